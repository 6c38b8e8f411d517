// The page's replication pool: one Web Worker per core, each running whole replications. Jobs
// go to whichever worker is free; results come back in job order, so the summary does not
// depend on which worker ran what. Cancelling terminates the workers at once.

import { InterruptedError, replicationFailure, type Job, type ReplicationPool } from '../../src/experiment/pool.js';
import type { ReplicationResult } from '../../src/model/results.js';
import type { Scenario } from '../../src/scenario/schema.js';
import ReplicationWorker from './worker.ts?worker&inline';

type Reply = { id: number; result: ReplicationResult } | { id: number; error: string };

export function defaultWorkerCount(): number {
  return Math.max(1, Math.min(16, navigator.hardwareConcurrency || 2));
}

export class WebWorkerPool implements ReplicationPool {
  private workers: Worker[] = [];
  private cancelled = false;
  private stop: (() => void) | null = null;
  /** Sees every result as it arrives, with its job (for a preview of the results so far). */
  onResult: ((job: Job, result: ReplicationResult) => void) | null = null;

  constructor(private readonly size: number = defaultWorkerCount()) {}

  get workerCount(): number {
    return this.size;
  }

  async run(scenarios: readonly Scenario[], seed: number, jobs: readonly Job[], onResult?: (job: Job, result: ReplicationResult) => void): Promise<ReplicationResult[]> {
    if (this.cancelled) throw new InterruptedError();
    const results = new Array<ReplicationResult>(jobs.length);
    if (jobs.length === 0) return results;
    while (this.workers.length < Math.min(this.size, jobs.length)) this.workers.push(new ReplicationWorker());
    return new Promise<ReplicationResult[]>((resolve, reject) => {
      let next = 0;
      let done = 0;
      let failed = false;
      this.stop = () => {
        failed = true;
        reject(new InterruptedError());
      };
      const give = (worker: Worker) => {
        if (failed || next >= jobs.length) return;
        const i = next++;
        const job = jobs[i];
        worker.onmessage = (event: MessageEvent<Reply>) => {
          if (failed) return;
          const reply = event.data;
          if ('error' in reply) {
            failed = true;
            reject(replicationFailure(scenarios, seed, job, new Error(reply.error)));
            return;
          }
          results[i] = reply.result;
          this.onResult?.(job, reply.result);
          onResult?.(job, reply.result);
          if (++done === jobs.length) {
            this.stop = null;
            resolve(results);
          } else give(worker);
        };
        worker.onerror = (event) => {
          event.preventDefault();
          if (failed) return;
          failed = true;
          reject(replicationFailure(scenarios, seed, job, new Error(event.message || 'the worker stopped')));
        };
        worker.postMessage({ id: i, scenario: scenarios[job.scenarioIndex], seed, replication: job.replication });
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
