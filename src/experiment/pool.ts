// What the experiment layer needs from whatever runs replications: worker threads on the command
// line (src/node/workerPool.ts), Web Workers in the browser page, or this thread. Each task is
// (scenario, seed, replication) and the model derives its random streams from exactly that, so
// where a replication runs never changes its result; results come back in job order.

import type { ReplicationResult } from '../model/results.js';
import type { Scenario } from '../scenario/schema.js';

/** What a model module exports. */
export interface ModelModule {
  runReplication(scenario: Scenario, options: { seed: number; replication: number }): ReplicationResult;
}

export interface ReplicationTask {
  scenario: Scenario;
  seed: number;
  replication: number;
}

export interface Job {
  /** Which scenario of the experiment (an index into its list). */
  scenarioIndex: number;
  replication: number;
}

export interface ReplicationPool {
  /**
   * Runs every job and returns the results in job order. `onResult` sees each result as it
   * arrives (for progress); the order of those calls depends on timing, the returned array not.
   */
  run(scenarios: readonly Scenario[], seed: number, jobs: readonly Job[], onResult?: (job: Job, result: ReplicationResult) => void): Promise<ReplicationResult[]>;
}

/** A run stopped by its user (Ctrl-C, the page's cancel button). */
export class InterruptedError extends Error {
  constructor() {
    super('interrupted');
    this.name = 'InterruptedError';
  }
}

/** The message for a replication that failed: which scenario, replication and seed. */
export function replicationFailure(scenarios: readonly Scenario[], seed: number, job: Job, err: unknown): Error {
  const message = err instanceof Error ? err.message : String(err);
  const e = new Error(`scenario ${scenarios[job.scenarioIndex].name}, replication ${job.replication} (seed ${seed}): ${message}`);
  if (err instanceof Error && err.stack) e.stack = `${e.message}\n${err.stack}`;
  return e;
}
