// The page's replication pool: one Web Worker per core, each running whole tasks (a replication,
// or a pilot run for the settled starts). Tasks go to whichever worker is free, each made only when
// it is handed out; results come back with their task's index, so the summary does not depend on
// which worker ran what. Cancelling terminates the workers at once. Settled starts are kept in
// memory for as long as the page is open.

import {
  InterruptedError,
  startTransfer,
  type Job,
  type ReplicationPool,
  type ReplicationTask,
  type TaskPool,
} from '../../src/experiment/pool.js';
import { runReplicationJobs, SettledStarts } from '../../src/experiment/settledStarts.js';
import type { ReplicationResult } from '../../src/model/results.js';
import { memoryCache } from '../../src/platform/cache.js';
import type { Scenario } from '../../src/scenario/schema.js';
import ReplicationWorker from './worker.ts?worker&inline';

type Reply = { id: number; result: unknown } | { id: number; error: string };

/** Settled starts already computed in this page, for every run of it (the code cannot change while it is open). */
const pageCache = memoryCache();

export function defaultWorkerCount(): number {
  return Math.max(1, Math.min(16, navigator.hardwareConcurrency || 2));
}

export class WebWorkerPool implements ReplicationPool, TaskPool {
  private workers: Worker[] = [];
  private cancelled = false;
  private stop: (() => void) | null = null;
  private readonly starts = new SettledStarts(this, pageCache, 'page');
  /** Sees every replication's result as it arrives, with its job (for a preview of the results so far). */
  onResult: ((job: Job, result: ReplicationResult) => void) | null = null;

  constructor(private readonly size: number = defaultWorkerCount()) {}

  get workerCount(): number {
    return this.size;
  }

  async takesSettledStarts(): Promise<boolean> {
    return true; // the page bundles the model itself
  }

  run(
    scenarios: readonly Scenario[],
    seed: number,
    jobs: readonly Job[],
    onResult?: (job: Job, result: ReplicationResult) => void,
  ): Promise<ReplicationResult[]> {
    return runReplicationJobs(this, this.starts, scenarios, seed, jobs, (i, r) => {
      this.onResult?.(jobs[i]!, r);
      onResult?.(jobs[i]!, r);
    });
  }

  runTasks(
    count: number,
    taskAt: (index: number) => ReplicationTask,
    describe: (index: number, err: unknown) => Error,
    onResult: (index: number, result: unknown) => void,
  ): Promise<void> {
    if (this.cancelled) return Promise.reject(new InterruptedError());
    if (count === 0) return Promise.resolve();
    while (this.workers.length < Math.min(this.size, count)) this.workers.push(new ReplicationWorker());
    return new Promise<void>((resolve, reject) => {
      let next = 0;
      let done = 0;
      let failed = false;
      this.stop = () => {
        failed = true;
        reject(new InterruptedError());
      };
      const fail = (err: Error) => {
        failed = true;
        reject(err);
      };
      const give = (worker: Worker) => {
        if (failed || next >= count) return;
        const i = next++;
        worker.onmessage = (event: MessageEvent<Reply>) => {
          if (failed) return;
          const reply = event.data;
          if ('error' in reply) {
            fail(describe(i, new Error(reply.error)));
            return;
          }
          try {
            onResult(i, reply.result);
          } catch (err) {
            fail(err instanceof Error ? err : new Error(String(err)));
            return;
          }
          if (++done === count) {
            this.stop = null;
            resolve();
          } else give(worker);
        };
        worker.onerror = (event) => {
          event.preventDefault();
          if (failed) return;
          fail(describe(i, new Error(event.message || 'the worker stopped')));
        };
        let task: ReplicationTask;
        try {
          task = taskAt(i);
        } catch (err) {
          fail(describe(i, err));
          return;
        }
        worker.postMessage({ id: i, task }, startTransfer(task));
      };
      this.workers.forEach(give);
    });
  }

  /** Stops every worker now; a run in progress rejects with InterruptedError. */
  cancel(): void {
    this.cancelled = true;
    this.close();
    this.stop?.();
    this.stop = null;
  }

  close(): void {
    for (const w of this.workers) w.terminate();
    this.workers = [];
  }
}
