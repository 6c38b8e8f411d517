// What the experiment layer needs from whatever runs replications: worker threads on the command
// line (src/node/workerPool.ts), Web Workers in the browser page, or this thread. A task is a
// replication (scenario, seed, replication, and the settled start it begins from) or a pilot run
// that takes the settled starts; the model derives its random streams from exactly those, so
// where a task runs never changes its result, and results come back in task order.

import type { Snapshot } from '../model/index.js';
import type { ReplicationResult } from '../model/results.js';
import type { Scenario } from '../scenario/schema.js';

/** What a model module exports (a model without settled starts has no `pilotRun`). */
export interface ModelModule {
  runReplication(scenario: Scenario, options: { seed: number; replication: number; start?: Snapshot }): ReplicationResult;
  pilotRun?(scenario: Scenario, seed: number, pilot: number, count: number): Snapshot[];
}

export type ReplicationTask =
  | { kind: 'replication'; scenario: Scenario; seed: number; replication: number; start?: Snapshot }
  | { kind: 'pilot'; scenario: Scenario; seed: number; pilot: number; count: number };

/** One task on a loaded model: a replication's result, or a pilot's snapshots. */
export function runTask(model: ModelModule, task: ReplicationTask): ReplicationResult | Snapshot[] {
  if (task.kind === 'pilot') {
    if (model.pilotRun === undefined) throw new Error('this model has no settled starts');
    return model.pilotRun(task.scenario, task.seed, task.pilot, task.count);
  }
  return model.runReplication(task.scenario, {
    seed: task.seed,
    replication: task.replication,
    ...(task.start !== undefined ? { start: task.start } : {}),
  });
}

/** Runs tasks somewhere: results in task order, whatever order they finish in. */
export interface TaskPool {
  /** Whether the model the tasks run on takes settled starts (a test model may not). */
  takesSettledStarts(): Promise<boolean>;
  /**
   * Runs every task. `describe` turns a failure of task i into the error to throw (one failure stops
   * the rest); `onResult` sees each result as it arrives.
   */
  runTasks(
    tasks: readonly ReplicationTask[],
    describe: (index: number, err: unknown) => Error,
    onResult?: (index: number, result: unknown) => void,
  ): Promise<unknown[]>;
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
  run(
    scenarios: readonly Scenario[],
    seed: number,
    jobs: readonly Job[],
    onResult?: (job: Job, result: ReplicationResult) => void,
  ): Promise<ReplicationResult[]>;
}

/** A run stopped by its user (Ctrl-C, the page's cancel button). */
export class InterruptedError extends Error {
  constructor() {
    super('interrupted');
    this.name = 'InterruptedError';
  }
}

/** The message for a task that failed: which scenario, which replication or pilot, and the seed. */
export function taskFailure(task: ReplicationTask, err: unknown): Error {
  const message = err instanceof Error ? err.message : String(err);
  const what = task.kind === 'pilot' ? `settled start (pilot ${task.pilot})` : `replication ${task.replication}`;
  const e = new Error(`scenario ${task.scenario.name}, ${what} (seed ${task.seed}): ${message}`);
  if (err instanceof Error && err.stack) e.stack = `${e.message}\n${err.stack}`;
  return e;
}
