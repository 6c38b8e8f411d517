// What the experiment layer needs from whatever runs replications: worker threads on the command
// line (src/node/workerPool.ts), Web Workers in the browser page, or this thread. A task is a
// replication (scenario, seed, replication, and the settled start it begins from) or a pilot run
// that takes the settled starts; the model derives its random streams from exactly those, so
// where a task runs never changes its result; each result is handed over with its task's index.

import type { Snapshot } from '../model/index.js';
import type { ReplicationResult } from '../model/results.js';
import type { Scenario } from '../scenario/schema.js';

/** What a model module exports (a model without settled starts has no `pilotRun`). */
export interface ModelModule {
  runReplication(
    scenario: Scenario,
    options: { seed: number; replication: number; start?: Snapshot | (() => Snapshot) },
  ): ReplicationResult;
  pilotRun?(scenario: Scenario, seed: number, pilot: number, count: number): Snapshot[];
}

/**
 * A settled start on its way to the thread that runs the replication: the snapshot as JSON text in
 * UTF-8. Bytes rather than objects, because a national start is ~30 MB of text: the thread that
 * hands out tasks then never parses one, copying bytes to a worker is one memory copy where
 * cloning an object graph walks it, and only the thread that restores the chain holds the objects.
 */
export type StartBytes = Uint8Array;

export function encodeStart(snapshot: Snapshot): StartBytes {
  return new TextEncoder().encode(JSON.stringify(snapshot));
}

/** How the error of a start that cannot be read begins (the experiment removes such an entry). */
export const START_UNREADABLE = 'its settled start could not be read';

export function decodeStart(bytes: StartBytes): Snapshot {
  try {
    return JSON.parse(new TextDecoder().decode(bytes)) as Snapshot;
  } catch (err) {
    // only a damaged cache file can do this: entries are written whole or not at all
    throw new Error(`${START_UNREADABLE} (${err instanceof Error ? err.message : String(err)})`);
  }
}

export type ReplicationTask =
  | { kind: 'replication'; scenario: Scenario; seed: number; replication: number; start?: StartBytes }
  | { kind: 'pilot'; scenario: Scenario; seed: number; pilot: number; count: number };

/**
 * One task on a loaded model: a replication's result, or a pilot's snapshots (each encoded). The
 * task's start is taken from it and read once, so neither its text nor its objects stay referenced
 * while the replication runs (a national start is ~30 MB of text and ~25 MB of objects).
 */
export function runTask(model: ModelModule, task: ReplicationTask): ReplicationResult | StartBytes[] {
  if (task.kind === 'pilot') {
    if (model.pilotRun === undefined) throw new Error('this model has no settled starts');
    return model.pilotRun(task.scenario, task.seed, task.pilot, task.count).map(encodeStart);
  }
  let bytes = task.start;
  delete task.start;
  return model.runReplication(task.scenario, {
    seed: task.seed,
    replication: task.replication,
    ...(bytes !== undefined
      ? {
          start: () => {
            const snapshot = decodeStart(bytes!);
            bytes = undefined;
            return snapshot;
          },
        }
      : {}),
  });
}

/** The buffer a task's start can be moved in to a worker, instead of copied (none when it shares one). */
export function startTransfer(task: ReplicationTask): ArrayBuffer[] {
  const start = task.kind === 'replication' ? task.start : undefined;
  return start !== undefined &&
    start.byteOffset === 0 &&
    start.byteLength === start.buffer.byteLength &&
    start.buffer instanceof ArrayBuffer
    ? [start.buffer]
    : [];
}

/** Runs tasks somewhere. */
export interface TaskPool {
  /** Whether the model the tasks run on takes settled starts (a test model may not). */
  takesSettledStarts(): Promise<boolean>;
  /**
   * Runs tasks 0 … count − 1. `taskAt(i)` is called when task i is handed to a thread, not before,
   * so a task's settled start is read only then and only the tasks running at once hold theirs.
   * Each result goes to `onResult` as it arrives (in whatever order the tasks finish) and is not
   * kept. `describe` turns a failure of task i into the error to throw (one failure stops the rest).
   */
  runTasks(
    count: number,
    taskAt: (index: number) => ReplicationTask,
    describe: (index: number, err: unknown) => Error,
    onResult: (index: number, result: unknown) => void,
  ): Promise<void>;
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
