// The settled starts of an experiment's replications: replication r begins from a snapshot of a
// pilot run of its scenario (src/model/settled/). Pilots are long runs, so their snapshots are
// kept in a cache (a folder on the command line, memory in the page), one entry per replication,
// keyed by everything they depend on: the scenario's model parameters (not its name, description
// or observation settings), the seed and the model's own code, and the replication. The same key
// always gives the same snapshot, so a kept copy changes the speed of a run, never its results.
// A start stays in the cache as bytes until its task is handed to a thread (src/experiment/pool.ts).

import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { pilotPlan, replicationOf } from '../model/settled/pilotPlan.js';
import type { KeyValueCache } from '../platform/cache.js';
import type { Scenario } from '../scenario/schema.js';
import type { ReplicationResult } from '../model/results.js';
import { START_UNREADABLE, taskFailure, type ReplicationTask, type StartBytes, type TaskPool } from './pool.js';

/** Everything in the scenario the pilot's dynamics depend on (the observation settings and the words are left out). */
function modelPart(s: Scenario): unknown {
  const { name: _n, description: _d, simulation, ...rest } = s as Scenario & { $schema?: string; extends?: string; title?: unknown };
  const { $schema: _s, extends: _e, title: _t, ...model } = rest as Record<string, unknown>;
  return { ...model, settledStart: simulation.settledStart };
}

/** A stable JSON text: object keys sorted, so the same values give the same key whatever their order in the file. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v !== null && typeof v === 'object') {
    return `{${Object.keys(v as Record<string, unknown>)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v);
}

export function pilotKey(s: Scenario, seed: number, modelFingerprint: string): string {
  return `settled-${bytesToHex(sha256(utf8ToBytes(canonical({ model: modelPart(s), seed, code: modelFingerprint })))).slice(0, 32)}`;
}

/** The cache key of one replication's settled start (each is kept on its own, so a run reads only its own). */
export function startKey(pilot: string, replication: number): string {
  return `${pilot}-r${replication}`;
}

/** Hands out replication r's settled start, read from where it is kept. */
export type StartReader = (replication: number) => StartBytes;

export class SettledStarts {
  /** Starts no cache keeps (there is none, or writing failed), by start key. */
  private readonly held = new Map<string, StartBytes>();

  /**
   * `cache`: where snapshots are kept between runs (null: nowhere). `modelFingerprint`: a hash of
   * the model's code, so a kept pilot never outlives the code that made it.
   */
  constructor(
    private readonly pool: TaskPool,
    private readonly cache: KeyValueCache | null,
    private readonly modelFingerprint: string,
  ) {}

  /**
   * Lets go of the settled starts of these scenarios held in memory: an uncertainty analysis runs
   * thousands of scenarios once each, and holding every pilot's snapshots would fill the memory.
   */
  forget(scenarios: readonly Scenario[], seed: number): void {
    for (const s of scenarios) {
      if (s.simulation.start !== 'settled') continue;
      const prefix = startKey(pilotKey(s, seed, this.modelFingerprint), 0).slice(0, -1);
      for (const key of [...this.held.keys()]) if (key.startsWith(prefix)) this.held.delete(key);
    }
  }

  /**
   * Makes sure replications 0 … count − 1 of each scenario have their settled start, running the
   * pilots of those that miss any, and returns a reader per scenario (null for an empty start, or
   * a model without them). The starts stay where they are kept until a task asks for one.
   */
  async for(scenarios: readonly Scenario[], seed: number, count: number): Promise<(StartReader | null)[]> {
    if (count === 0 || !(await this.pool.takesSettledStarts())) return scenarios.map(() => null);
    const keys = scenarios.map((s) => (s.simulation.start === 'settled' ? pilotKey(s, seed, this.modelFingerprint) : null));
    const missing = new Map<string, Scenario>();
    scenarios.forEach((s, i) => {
      const key = keys[i];
      if (key != null && !missing.has(key) && !this.has(key, count)) missing.set(key, s);
    });
    if (missing.size > 0) {
      // every pilot of every scenario missing a start, as one batch of tasks (they run in parallel);
      // each pilot's snapshots are stored as they arrive, not collected
      const tasks: { key: string; scenario: Scenario; task: ReplicationTask & { kind: 'pilot' } }[] = [];
      for (const [key, scenario] of missing)
        for (const t of pilotPlan(scenario, count))
          tasks.push({ key, scenario, task: { kind: 'pilot', scenario, seed, pilot: t.pilot, count: t.count } });
      await this.pool.runTasks(
        tasks.length,
        (i) => tasks[i]!.task,
        (i, err) => taskFailure(tasks[i]!.task, err),
        (i, result) => {
          const { key, scenario, task } = tasks[i]!;
          (result as StartBytes[]).forEach((bytes, index) => {
            const replication = replicationOf(scenario, task.pilot, index);
            if (replication < count) this.keep(startKey(key, replication), bytes);
          });
        },
      );
    }
    return keys.map((key) => (key === null ? null : (replication: number) => this.read(startKey(key, replication))));
  }

  private has(key: string, count: number): boolean {
    for (let r = 0; r < count; r++) {
      const k = startKey(key, r);
      if (!this.held.has(k) && !(this.cache?.has(k) ?? false)) return false;
    }
    return true;
  }

  /** A start's bytes, a copy of their own (a worker pool may move them away). */
  private read(key: string): StartBytes {
    const bytes = this.held.get(key)?.slice() ?? this.cache?.get(key);
    if (bytes === undefined) throw new Error(`${START_UNREADABLE} (${key} was removed from jbsim's cache folder during the run)`);
    return bytes;
  }

  /** Removes replication r's start, wherever it is kept: the next run computes it anew. */
  discard(scenario: Scenario, seed: number, replication: number): void {
    const key = startKey(pilotKey(scenario, seed, this.modelFingerprint), replication);
    this.held.delete(key);
    try {
      this.cache?.delete(key);
    } catch {
      // a file that cannot be removed stays a miss for has() when it cannot be read either
    }
  }

  private keep(key: string, bytes: StartBytes): void {
    try {
      if (this.cache !== null) {
        this.cache.set(key, bytes);
        return;
      }
    } catch {
      // a cache that cannot be written: hold the start here for this run
    }
    this.held.set(key, bytes);
  }
}

/**
 * Runs replications on a task pool, each from its settled start: the pilots first (cached), then
 * the replications, results in job order.
 */
export async function runReplicationJobs(
  pool: TaskPool,
  starts: SettledStarts | null,
  scenarios: readonly Scenario[],
  seed: number,
  jobs: readonly { scenarioIndex: number; replication: number }[],
  onResult?: (index: number, result: ReplicationResult) => void,
): Promise<ReplicationResult[]> {
  const count = jobs.reduce((a, j) => Math.max(a, j.replication + 1), 0);
  const readers = starts === null || count === 0 ? [] : await starts.for(scenarios, seed, count);
  const tasks = jobs.map((job): ReplicationTask & { kind: 'replication' } => ({
    kind: 'replication',
    scenario: scenarios[job.scenarioIndex]!,
    seed,
    replication: job.replication,
  }));
  const results = new Array<ReplicationResult>(jobs.length);
  // A start that cannot be read (a cache file damaged outside jbsim) fails its replication, and is
  // removed, so the run after computes it anew instead of failing the same way.
  const failure = (i: number, err: unknown): Error => {
    const message = err instanceof Error ? err.message : String(err);
    if (starts === null || !message.includes(START_UNREADABLE)) return taskFailure(tasks[i]!, err);
    starts.discard(tasks[i]!.scenario, seed, tasks[i]!.replication);
    return taskFailure(tasks[i]!, new Error(`${message}; it is removed from jbsim's cache folder, so running again computes it anew`));
  };
  await pool.runTasks(
    tasks.length,
    (i) => {
      const read = readers[jobs[i]!.scenarioIndex];
      return read == null ? tasks[i]! : { ...tasks[i]!, start: read(tasks[i]!.replication) };
    },
    failure,
    (i, r) => {
      results[i] = r as ReplicationResult;
      onResult?.(i, results[i]);
    },
  );
  return results;
}
