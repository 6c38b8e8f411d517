// Runs replications on the command line: in worker threads (piscina) or, with 0 workers, in
// this thread. Each task is a replication or a pilot run for the settled starts, and the model
// derives its random streams from exactly what the task names, so where a task ran never
// changes its result; results come back in job order.

import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Piscina } from 'piscina';
import {
  InterruptedError,
  runTask,
  startTransfer,
  type Job,
  type ModelModule,
  type ReplicationPool,
  type ReplicationTask,
  type TaskPool,
} from '../experiment/pool.js';
import { runReplicationJobs, SettledStarts } from '../experiment/settledStarts.js';
import type { ReplicationResult } from '../model/results.js';
import type { KeyValueCache } from '../platform/cache.js';
import type { Scenario } from '../scenario/schema.js';
import { fileCache } from './fileCache.js';
import { modelFingerprint } from './fingerprint.js';

export { InterruptedError, type Job, type ModelModule, type ReplicationTask } from '../experiment/pool.js';

export interface RunnerOptions {
  /** Worker threads; 0 runs everything in this thread. */
  workers: number;
  /** The compiled model (a file URL or path); default: the model in dist/. */
  modelModule?: string;
  /** Aborting stops the workers and rejects with an InterruptedError. */
  signal?: AbortSignal;
  /** Where settled starts are kept between runs (default: the user's cache folder; null: nowhere). */
  cache?: KeyValueCache | null;
}

/** A file of the compiled program. Under the test runner this module is TypeScript in src/; the workers always need dist/. */
export function compiledFile(fromHere: string): string {
  const here = import.meta.url;
  const url = here.endsWith('.ts') ? new URL(`../../dist/src/node/${fromHere}`, here) : new URL(fromHere, here);
  return url.href;
}

export function defaultWorkers(): number {
  return availableParallelism();
}

export class ReplicationRunner implements ReplicationPool, TaskPool {
  private pool: Piscina | null = null;
  private inline: Promise<ModelModule> | null = null;
  private readonly modelModule: string;
  private readonly starts: SettledStarts;

  constructor(private readonly options: RunnerOptions) {
    const model = options.modelModule ?? compiledFile('../model/index.js');
    this.modelModule = model.startsWith('file:') ? model : pathToFileURL(model).href;
    const worker = compiledFile('workerEntry.cjs');
    for (const [what, url] of [
      ['model', this.modelModule],
      ['worker', worker],
    ] as const) {
      if (!existsSync(fileURLToPath(url))) {
        throw new Error(`the compiled ${what} (${fileURLToPath(url)}) is missing: run \`npm run build\` in the jbsim folder`);
      }
    }
    if (!Number.isInteger(options.workers) || options.workers < 0)
      throw new RangeError(`workers must be a whole number ≥ 0, got ${options.workers}`);
    this.freeSlots = options.workers;
    this.starts = new SettledStarts(this, options.cache === undefined ? fileCache() : options.cache, modelFingerprint(this.modelModule));
    if (options.workers > 0) {
      this.pool = new Piscina({
        filename: worker,
        minThreads: options.workers,
        maxThreads: options.workers,
        idleTimeout: 60_000,
        workerData: { modelModule: this.modelModule },
      });
      // piscina reports a result that arrives for a task already aborted (a Ctrl-C race) as a
      // pool 'error'; unheard, that would crash the process. Anything else fails the run.
      this.pool.on('error', (err: Error) => {
        if (!this.aborting) this.poolError ??= err;
      });
    }
  }

  private aborting = false;
  private poolError: Error | null = null;

  get workers(): number {
    return this.options.workers;
  }

  private model(): Promise<ModelModule> {
    this.inline ??= import(this.modelModule) as Promise<ModelModule>;
    return this.inline;
  }

  async takesSettledStarts(): Promise<boolean> {
    return (await this.model()).pilotRun !== undefined;
  }

  /** Runs every job from its settled start; results in job order (`onResult` sees them as they arrive). */
  run(
    scenarios: readonly Scenario[],
    seed: number,
    jobs: readonly Job[],
    onResult?: (job: Job, result: ReplicationResult) => void,
  ): Promise<ReplicationResult[]> {
    return runReplicationJobs(this, this.starts, scenarios, seed, jobs, onResult && ((i, r) => onResult(jobs[i]!, r)));
  }

  async runTasks(
    count: number,
    taskAt: (index: number) => ReplicationTask,
    describe: (index: number, err: unknown) => Error,
    onResult: (index: number, result: unknown) => void,
  ): Promise<void> {
    const signal = this.options.signal;
    if (signal?.aborted) throw new InterruptedError();
    const failed = (i: number, err: unknown): Error => (signal?.aborted ? new InterruptedError() : describe(i, err));

    if (this.pool === null) {
      const model = await this.model();
      for (let i = 0; i < count; i++) {
        // let a Ctrl-C and the progress bar in between tasks
        await new Promise((resolve) => setImmediate(resolve));
        if (signal?.aborted) throw new InterruptedError();
        let result: unknown;
        try {
          result = runTask(model, taskAt(i));
        } catch (err) {
          throw failed(i, err);
        }
        onResult(i, result);
      }
      return;
    }

    const pool = this.pool;
    // One failure stops the rest: no point finishing an experiment that cannot be summarised.
    // One loop per worker hands out the next task when a worker is free (a slot shared by every
    // run on this runner: the uncertainty analysis runs several at once), so a task and the
    // settled start it carries exist only while it runs, not in a queue of thousands.
    let next = 0;
    let firstError: Error | null = null;
    const running = new Set<AbortController>();
    const stopAll = () => {
      this.aborting = true;
      for (const stop of running) stop.abort();
    };
    const stopped = () => firstError !== null || signal?.aborted === true || next >= count;
    signal?.addEventListener('abort', stopAll, { once: true });
    const feed = async (): Promise<void> => {
      while (!stopped()) {
        await this.takeSlot();
        let result: unknown;
        let i = -1;
        try {
          if (stopped()) return;
          i = next++;
          const stop = new AbortController();
          running.add(stop);
          try {
            const task = taskAt(i);
            // a start's bytes are moved to the worker, not copied: nothing of it stays here
            result = await pool.run(task, { signal: stop.signal, transferList: startTransfer(task) });
          } finally {
            running.delete(stop);
          }
        } catch (err) {
          firstError ??= failed(i, err);
          stopAll();
          return;
        } finally {
          this.giveSlot();
        }
        try {
          onResult(i, result);
        } catch (err) {
          firstError ??= err instanceof Error ? err : new Error(String(err));
          stopAll();
          return;
        }
      }
    };
    try {
      await Promise.all(Array.from({ length: Math.min(this.options.workers, count) }, feed));
    } finally {
      signal?.removeEventListener('abort', stopAll);
    }
    if (firstError !== null) throw firstError;
    if (signal?.aborted) throw new InterruptedError();
    if (this.poolError !== null) throw this.poolError;
  }

  /** Workers not running a task of any run on this runner, and the loops waiting for one (first come, first served). */
  private freeSlots: number;
  private readonly slotWaiters: (() => void)[] = [];

  private takeSlot(): Promise<void> {
    if (this.freeSlots > 0) {
      this.freeSlots--;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.slotWaiters.push(resolve));
  }

  private giveSlot(): void {
    const waiting = this.slotWaiters.shift();
    if (waiting !== undefined) waiting();
    else this.freeSlots++;
  }

  /** Lets go of these scenarios' settled starts (see SettledStarts.forget). */
  forgetSettledStarts(scenarios: readonly Scenario[], seed: number): void {
    this.starts.forget(scenarios, seed);
  }

  /** Stops the worker threads (running tasks are abandoned). */
  async close(): Promise<void> {
    const pool = this.pool;
    this.pool = null;
    this.aborting = true;
    if (pool !== null) await pool.destroy();
  }
}
