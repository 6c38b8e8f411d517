// The settled starts of an experiment's replications: replication r begins from a snapshot of a
// pilot run of its scenario (src/model/settled/). Pilots are long runs, so their snapshots are
// kept in a cache (a folder on the command line, memory in the page), keyed by everything they
// depend on: the scenario's model parameters (not its name, description or observation settings),
// the seed and the model's own code. The same key always gives the same snapshots, so a kept copy
// changes the speed of a run, never its results.

import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { pilotPlan, startIndex } from '../model/settled/pilotPlan.js';
import type { Snapshot } from '../model/index.js';
import type { KeyValueCache } from '../platform/cache.js';
import type { Scenario } from '../scenario/schema.js';
import type { ReplicationResult } from '../model/results.js';
import { taskFailure, type ReplicationTask, type TaskPool } from './pool.js';

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

export class SettledStarts {
  /** Snapshots already at hand, by key. */
  private readonly known = new Map<string, Snapshot[]>();

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
   * Lets go of the settled starts of these scenarios: an uncertainty analysis runs thousands of
   * scenarios once each, and holding every pilot's snapshots would fill the memory.
   */
  forget(scenarios: readonly Scenario[], seed: number): void {
    for (const s of scenarios) if (s.simulation.start === 'settled') this.known.delete(pilotKey(s, seed, this.modelFingerprint));
  }

  /** The settled starts of replications 0 … count − 1 of each scenario (null for an empty start, or a model without them). */
  async for(scenarios: readonly Scenario[], seed: number, count: number): Promise<(Snapshot[] | null)[]> {
    if (count === 0 || !(await this.pool.takesSettledStarts())) return scenarios.map(() => null);
    const keys = scenarios.map((s) => (s.simulation.start === 'settled' ? pilotKey(s, seed, this.modelFingerprint) : null));
    const missing = new Map<string, Scenario>();
    scenarios.forEach((s, i) => {
      const key = keys[i];
      if (key != null && this.have(key, count) === null && !missing.has(key)) missing.set(key, s);
    });
    if (missing.size > 0) {
      // every pilot of every scenario missing its snapshots, as one batch of tasks (they run in parallel)
      const tasks: { key: string; task: ReplicationTask & { kind: 'pilot' } }[] = [];
      for (const [key, scenario] of missing)
        for (const t of pilotPlan(scenario, count))
          tasks.push({ key, task: { kind: 'pilot', scenario, seed, pilot: t.pilot, count: t.count } });
      const runs = (await this.pool.runTasks(
        tasks.map((t) => t.task),
        (i, err) => taskFailure(tasks[i]!.task, err),
      )) as Snapshot[][];
      for (const [key, scenario] of missing) {
        const mine = tasks.map((t, i) => ({ pilot: t.task.pilot, snaps: runs[i]! })).filter((_, i) => tasks[i]!.key === key);
        const snaps = Array.from({ length: count }, (_, r) => {
          const { pilot, index } = startIndex(scenario, r);
          return mine.find((m) => m.pilot === pilot)!.snaps[index]!;
        });
        this.known.set(key, snaps);
        this.keep(key, snaps);
      }
    }
    return keys.map((key) => (key === null ? null : this.have(key, count)!));
  }

  private have(key: string, count: number): Snapshot[] | null {
    const mem = this.known.get(key);
    if (mem !== undefined && mem.length >= count) return mem;
    const bytes = this.cache?.get(key);
    if (bytes === undefined) return null;
    try {
      const stored = JSON.parse(new TextDecoder().decode(bytes)) as unknown;
      if (!Array.isArray(stored) || stored.length < count) return null;
      this.known.set(key, stored as Snapshot[]);
      return stored as Snapshot[];
    } catch {
      return null; // an unreadable entry is a miss
    }
  }

  private keep(key: string, snaps: readonly Snapshot[]): void {
    try {
      this.cache?.set(key, utf8ToBytes(JSON.stringify(snaps)));
    } catch {
      // a cache that cannot be written only means the next run computes the pilots again
    }
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
  const begins = starts === null || count === 0 ? [] : await starts.for(scenarios, seed, count);
  const tasks = jobs.map((job): ReplicationTask => {
    const start = begins[job.scenarioIndex]?.[job.replication];
    return {
      kind: 'replication',
      scenario: scenarios[job.scenarioIndex]!,
      seed,
      replication: job.replication,
      ...(start !== undefined ? { start } : {}),
    };
  });
  return (await pool.runTasks(
    tasks,
    (i, err) => taskFailure(tasks[i]!, err),
    onResult && ((i, r) => onResult(i, r as ReplicationResult)),
  )) as ReplicationResult[];
}
