// Runs replications: in worker threads (piscina) or, with 0 workers, in this thread. Each task
// is (scenario, seed, replication) and the model derives its random streams from exactly that,
// so where a replication ran never changes its result; results come back in job order.

import { setMaxListeners } from 'node:events';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Piscina } from 'piscina';
import type { Snapshot } from '../model/index.js';
import type { ReplicationResult } from '../model/results.js';
import type { Scenario } from '../scenario/schema.js';
import { folderStore, modelFingerprint, pilotKey, type SnapshotStore } from './settledStarts.js';

/** What a compiled model module exports (a model without settled starts has no `pilotSnapshots`). */
export interface ModelModule {
  runReplication(scenario: Scenario, options: { seed: number; replication: number; start?: Snapshot }): ReplicationResult;
  pilotSnapshots?(scenario: Scenario, seed: number, count: number): Snapshot[];
}

export type ReplicationTask =
  | { kind: 'replication'; scenario: Scenario; seed: number; replication: number; start?: Snapshot }
  | { kind: 'pilot'; scenario: Scenario; seed: number; count: number };

export interface Job {
  /** Which scenario of the experiment (an index into its list). */
  scenarioIndex: number;
  replication: number;
}

export interface RunnerOptions {
  /** Worker threads; 0 runs everything in this thread. */
  workers: number;
  /** The compiled model (a file URL or path); default: the model in dist/. */
  modelModule?: string;
  /** Aborting stops the workers and rejects with an InterruptedError. */
  signal?: AbortSignal;
  /** Where pilot snapshots are kept between runs (default: the user's cache folder; null: nowhere). */
  snapshots?: SnapshotStore | null;
}

export class InterruptedError extends Error {
  constructor() {
    super('interrupted');
    this.name = 'InterruptedError';
  }
}

/** A file of the compiled program. Under the test runner this module is TypeScript in src/; the workers always need dist/. */
export function compiledFile(fromExperiment: string): string {
  const here = import.meta.url;
  const url = here.endsWith('.ts') ? new URL(`../../dist/src/experiment/${fromExperiment}`, here) : new URL(fromExperiment, here);
  return url.href;
}

export function defaultWorkers(): number {
  return availableParallelism();
}

export class ReplicationRunner {
  private pool: Piscina | null = null;
  private inline: Promise<ModelModule> | null = null;
  private readonly modelModule: string;
  private readonly store: SnapshotStore | null;
  private fingerprint: string | null = null;
  /** Snapshots already at hand, by pilot key. */
  private readonly known = new Map<string, Snapshot[]>();

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
    this.store = options.snapshots === undefined ? folderStore() : options.snapshots;
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

  private async model(): Promise<ModelModule> {
    this.inline ??= import(this.modelModule) as Promise<ModelModule>;
    return this.inline;
  }

  /**
   * The settled starts for replications 0 … count − 1 of each scenario (null for a scenario with
   * an empty start, or a model without settled starts): from memory, the store, or a pilot run
   * (in the workers, one scenario per task).
   */
  async settledStarts(scenarios: readonly Scenario[], seed: number, count: number): Promise<(Snapshot[] | null)[]> {
    const model = await this.model();
    if (model.pilotSnapshots === undefined) return scenarios.map(() => null);
    this.fingerprint ??= modelFingerprint(this.modelModule);
    const keys = scenarios.map((s) => (s.simulation.start === 'settled' ? pilotKey(s, seed, this.fingerprint!) : null));
    const have = (key: string) => {
      const mem = this.known.get(key);
      if (mem !== undefined && mem.length >= count) return mem;
      const stored = this.store?.read(key) ?? null;
      if (stored !== null && stored.length >= count) {
        this.known.set(key, stored);
        return stored;
      }
      return null;
    };
    const missing = new Map<string, Scenario>();
    scenarios.forEach((s, i) => {
      const key = keys[i];
      if (key != null && have(key) === null && !missing.has(key)) missing.set(key, s);
    });
    if (missing.size > 0) {
      const entries = [...missing.entries()];
      const computed = await this.runTasks(
        entries.map(([, scenario]) => ({ kind: 'pilot', scenario, seed, count }) as ReplicationTask),
        (i, err) => new Error(`scenario ${entries[i]![1].name}, settled start (seed ${seed}): ${err}`),
      );
      entries.forEach(([key], i) => {
        const snaps = computed[i] as Snapshot[];
        this.known.set(key, snaps);
        this.store?.write(key, snaps);
      });
    }
    return keys.map((key) => (key === null ? null : have(key)!));
  }

  /**
   * Lets go of the settled starts of these scenarios: an uncertainty analysis runs thousands of
   * scenarios once each, and holding every pilot's snapshots would fill the memory.
   */
  async forgetSettledStarts(scenarios: readonly Scenario[], seed: number): Promise<void> {
    if (this.known.size === 0) return;
    this.fingerprint ??= modelFingerprint(this.modelModule);
    for (const s of scenarios) if (s.simulation.start === 'settled') this.known.delete(pilotKey(s, seed, this.fingerprint));
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
    if (this.options.signal?.aborted) throw new InterruptedError();
    const count = jobs.reduce((a, j) => Math.max(a, j.replication + 1), 0);
    const starts = count > 0 ? await this.settledStarts(scenarios, seed, count) : [];
    const tasks = jobs.map((job): ReplicationTask => {
      const start = starts[job.scenarioIndex]?.[job.replication];
      return { kind: 'replication', scenario: scenarios[job.scenarioIndex]!, seed, replication: job.replication, ...(start !== undefined ? { start } : {}) };
    });
    const results = await this.runTasks(
      tasks,
      (i, err) => new Error(`scenario ${scenarios[jobs[i]!.scenarioIndex]!.name}, replication ${jobs[i]!.replication} (seed ${seed}): ${err}`),
      onResult && ((i, r) => onResult(jobs[i]!, r as ReplicationResult)),
    );
    return results as ReplicationResult[];
  }

  /** Runs tasks in the workers (or here, with none); results in task order. */
  private async runTasks(
    tasks: readonly ReplicationTask[],
    describe: (index: number, message: string) => Error,
    onResult?: (index: number, result: unknown) => void,
  ): Promise<unknown[]> {
    const signal = this.options.signal;
    if (signal?.aborted) throw new InterruptedError();
    const results = new Array<unknown>(tasks.length);
    const failed = (i: number, err: unknown): Error => {
      if (signal?.aborted) return new InterruptedError();
      const e = describe(i, err instanceof Error ? err.message : String(err));
      if (err instanceof Error && err.stack) e.stack = `${e.message}\n${err.stack}`;
      return e;
    };

    if (this.pool === null) {
      const model = await this.model();
      for (let i = 0; i < tasks.length; i++) {
        // let a Ctrl-C and the progress bar in between replications
        await new Promise((resolve) => setImmediate(resolve));
        if (signal?.aborted) throw new InterruptedError();
        try {
          results[i] = runTask(model, tasks[i]!);
        } catch (err) {
          throw failed(i, err);
        }
        onResult?.(i, results[i]);
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
        tasks.map(async (task, i) => {
          try {
            results[i] = await pool.run(task, { signal: stop.signal });
          } catch (err) {
            firstError ??= failed(i, err);
            stopAll();
            throw firstError;
          }
          onResult?.(i, results[i]);
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

/** One task on a loaded model: a replication, or a pilot's snapshots. */
export function runTask(model: ModelModule, task: ReplicationTask): ReplicationResult | Snapshot[] {
  if (task.kind === 'pilot') {
    if (model.pilotSnapshots === undefined) throw new Error('this model has no settled starts');
    return model.pilotSnapshots(task.scenario, task.seed, task.count);
  }
  return model.runReplication(task.scenario, { seed: task.seed, replication: task.replication, ...(task.start !== undefined ? { start: task.start } : {}) });
}
