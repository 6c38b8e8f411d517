// Runs replications on the command line: in worker threads (piscina) or, with 0 workers, in
// this thread. Each task is (scenario, seed, replication) and the model derives its random
// streams from exactly that, so where a replication ran never changes its result; results come
// back in job order.

import { setMaxListeners } from 'node:events';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Piscina } from 'piscina';
import { InterruptedError, replicationFailure, type Job, type ModelModule, type ReplicationPool, type ReplicationTask } from '../experiment/pool.js';
import type { ReplicationResult } from '../model/results.js';
import type { Scenario } from '../scenario/schema.js';

export { InterruptedError, type Job, type ModelModule, type ReplicationTask } from '../experiment/pool.js';

export interface RunnerOptions {
  /** Worker threads; 0 runs everything in this thread. */
  workers: number;
  /** The compiled model (a file URL or path); default: the model in dist/. */
  modelModule?: string;
  /** Aborting stops the workers and rejects with an InterruptedError. */
  signal?: AbortSignal;
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

export class ReplicationRunner implements ReplicationPool {
  private pool: Piscina | null = null;
  private inline: Promise<ModelModule> | null = null;
  private readonly modelModule: string;

  constructor(private readonly options: RunnerOptions) {
    const model = options.modelModule ?? compiledFile('../model/index.js');
    this.modelModule = model.startsWith('file:') ? model : pathToFileURL(model).href;
    const worker = compiledFile('worker.js');
    for (const [what, url] of [['model', this.modelModule], ['worker', worker]] as const) {
      if (!existsSync(fileURLToPath(url))) {
        throw new Error(`the compiled ${what} (${fileURLToPath(url)}) is missing: run \`npm run build\` in the jbsim folder`);
      }
    }
    if (!Number.isInteger(options.workers) || options.workers < 0) throw new RangeError(`workers must be a whole number ≥ 0, got ${options.workers}`);
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

  /**
   * Runs every job and returns the results in job order. `onResult` sees each result as it
   * arrives (for progress); the order of those calls depends on timing, the returned array not.
   */
  async run(
    scenarios: readonly Scenario[],
    seed: number,
    jobs: readonly Job[],
    onResult?: (job: Job, result: ReplicationResult) => void,
  ): Promise<ReplicationResult[]> {
    const signal = this.options.signal;
    if (signal?.aborted) throw new InterruptedError();
    const results = new Array<ReplicationResult>(jobs.length);
    const failed = (job: Job, err: unknown): Error => (signal?.aborted ? new InterruptedError() : replicationFailure(scenarios, seed, job, err));

    if (this.pool === null) {
      this.inline ??= import(this.modelModule) as Promise<ModelModule>;
      const model = await this.inline;
      for (let i = 0; i < jobs.length; i++) {
        // let a Ctrl-C and the progress bar in between replications
        await new Promise((resolve) => setImmediate(resolve));
        if (signal?.aborted) throw new InterruptedError();
        const job = jobs[i];
        try {
          results[i] = model.runReplication(scenarios[job.scenarioIndex], { seed, replication: job.replication });
        } catch (err) {
          throw failed(job, err);
        }
        onResult?.(job, results[i]);
      }
      return results;
    }

    const pool = this.pool;
    // One failure stops the rest: no point finishing an experiment that cannot be summarised.
    const stop = new AbortController();
    // every queued task listens on it
    setMaxListeners(0, stop.signal);
    const stopAll = () => {
      this.aborting = true;
      stop.abort();
    };
    signal?.addEventListener('abort', stopAll, { once: true });
    let firstError: Error | null = null;
    try {
      await Promise.all(
        jobs.map(async (job, i) => {
          const task: ReplicationTask = { scenario: scenarios[job.scenarioIndex], seed, replication: job.replication };
          try {
            results[i] = (await pool.run(task, { signal: stop.signal })) as ReplicationResult;
          } catch (err) {
            firstError ??= failed(job, err);
            stopAll();
            throw firstError;
          }
          onResult?.(job, results[i]);
        }),
      );
    } catch {
      throw firstError ?? new InterruptedError();
    } finally {
      signal?.removeEventListener('abort', stopAll);
    }
    if (this.poolError !== null) throw this.poolError;
    return results;
  }

  /** Stops the worker threads (running tasks are abandoned). */
  async close(): Promise<void> {
    const pool = this.pool;
    this.pool = null;
    this.aborting = true;
    if (pool !== null) await pool.destroy();
  }
}
