// One experiment: every scenario × every replication, on common random numbers (replication r
// of each scenario uses (seed, r)). With a precision target it adds replications until every
// headline metric's 95% interval is narrow enough; the batch sizes follow from the results
// only, never from timing or the worker count, so the same inputs stop at the same count.

import { meanInterval } from '../statistics/index.js';
import type { ReplicationResult } from '../model/results.js';
import { catalogue, HEADLINE_METRICS, replicationValue } from './metrics.js';
import type { Job, ReplicationPool } from './pool.js';
import { shardReplications, type Shard } from './shard.js';
import type { LoadedScenario } from './summarise.js';
import type { PrecisionReport } from './types.js';
import type { NonEmpty } from '../lists.js';

export const DEFAULT_SEED = 20191;
export const DEFAULT_REPLICATIONS = 30;
export const DEFAULT_MAX_REPLICATIONS = 200;
/** Least replications added per round when the precision target is not met. */
export const PRECISION_BATCH = 10;

export interface PrecisionTarget {
  /** Largest allowed half-width of the 95% interval, relative to the mean (0.05 for 5%). */
  relativeHalfWidth: number;
  maxReplications: number;
}

export interface ExperimentSpec {
  command: 'run' | 'compare';
  scenarios: NonEmpty<LoadedScenario>;
  /** compare: the baseline's name. */
  baseline: string | null;
  seed: number;
  replications: number;
  precision: PrecisionTarget | null;
  shard: Shard | null;
}

/** Receives progress; the cli draws a bar from it. */
export interface ProgressSink {
  /** Replications planned so far (grows when a precision target adds some). */
  total(replications: number): void;
  done(result: ReplicationResult): void;
}

export interface ExperimentRun {
  spec: ExperimentSpec;
  /** Replications of the whole experiment (all shards). */
  replications: number;
  /** The replications run here, ascending (all of them unless sharded). */
  replicationNumbers: number[];
  /** results[s][k]: scenario s, replication replicationNumbers[k]. */
  results: ReplicationResult[][];
  precision: PrecisionReport | null;
  eventsFired: number;
  wallSeconds: number;
}

/** Runs scenarios × replications; results[s][k] is scenario s at replications[k]. */
export async function runMatrix(
  runner: ReplicationPool,
  scenarios: readonly LoadedScenario[],
  seed: number,
  replications: readonly number[],
  progress?: ProgressSink,
): Promise<ReplicationResult[][]> {
  // replication-major, so the first results of every scenario arrive early
  const jobs: Job[] = [];
  for (const replication of replications) for (let s = 0; s < scenarios.length; s++) jobs.push({ scenarioIndex: s, replication });
  const flat = await runner.run(
    scenarios.map((l) => l.scenario),
    seed,
    jobs,
    progress && ((_, result) => progress.done(result)),
  );
  // flat[i] is the result of jobs[i]
  return scenarios.map((_, s) => flat.filter((_, i) => jobs[i]?.scenarioIndex === s));
}

export async function runExperiment(spec: ExperimentSpec, runner: ReplicationPool, progress?: ProgressSink): Promise<ExperimentRun> {
  const started = performance.now();
  let replications = spec.replications;
  let numbers = shardReplications(replications, spec.shard);
  progress?.total(numbers.length * spec.scenarios.length);
  let results = await runMatrix(runner, spec.scenarios, spec.seed, numbers, progress);
  let precision: PrecisionReport | null = null;

  if (spec.precision !== null) {
    for (;;) {
      precision = checkPrecision(spec.scenarios, results, spec.precision);
      if (precision.met || replications >= spec.precision.maxReplications) break;
      const next = nextReplications(replications, precision.worst === null ? Infinity : ratio(precision.worst), spec.precision);
      const extra = shardReplications(next, spec.shard).filter((r) => r >= replications);
      progress?.total((numbers.length + extra.length) * spec.scenarios.length);
      const more = await runMatrix(runner, spec.scenarios, spec.seed, extra, progress);
      results = results.map((rs, s) => rs.concat(more[s]!)); // one list per scenario in both
      numbers = numbers.concat(extra);
      replications = next;
    }
  }

  let eventsFired = 0;
  for (const rs of results) for (const r of rs) eventsFired += r.system.eventsFired;
  return {
    spec,
    replications,
    replicationNumbers: numbers,
    results,
    precision,
    eventsFired,
    wallSeconds: (performance.now() - started) / 1000,
  };
}

/**
 * Half-widths small enough whatever the mean: a relative target means nothing for a wait of
 * 0.05 days. Days: 1 day; per-family counts: 0.02 per family; children: 0.5 children.
 */
export function precisionFloor(metric: string): number {
  if (/Days(\.|$)/.test(metric)) return 1;
  if (metric.endsWith('PerFamily')) return 0.02;
  if (metric.startsWith('children')) return 0.5;
  return 0;
}

/** Where the intervals are now: every headline metric of every scenario against the target. */
export function checkPrecision(
  scenarios: readonly LoadedScenario[],
  results: readonly ReplicationResult[][],
  target: PrecisionTarget,
): PrecisionReport {
  const unmet: PrecisionReport['unmet'] = [];
  let worst: PrecisionReport['worst'] = null;
  scenarios.forEach((loaded, s) => {
    const rs = results[s] ?? [];
    if (rs[0] === undefined) return;
    const cat = catalogue(rs[0]);
    for (const metric of HEADLINE_METRICS) {
      const kind = cat.kind.get(metric);
      if (kind === undefined) continue;
      const ci = meanInterval(rs.map((r) => replicationValue(r, metric, kind)));
      if (ci.n === 0) continue; // the scenario has no such step (e.g. no JBT): nothing to estimate
      const halfWidth = Number.isNaN(ci.halfWidth) ? Infinity : ci.halfWidth;
      const allowedHalfWidth = Math.max(target.relativeHalfWidth * Math.abs(ci.mean), precisionFloor(metric));
      const entry = {
        scenario: loaded.scenario.name,
        metric,
        mean: ci.mean,
        halfWidth,
        relativeHalfWidth: halfWidth === 0 ? 0 : ci.mean === 0 ? Infinity : halfWidth / Math.abs(ci.mean),
        allowedHalfWidth,
      };
      if (worst === null || ratio(entry) > ratio(worst)) worst = entry;
      if (halfWidth > allowedHalfWidth) unmet.push(entry);
    }
  });
  return {
    targetRelativeHalfWidth: target.relativeHalfWidth,
    maxReplications: target.maxReplications,
    replications: results[0]?.length ?? 0,
    met: unmet.length === 0,
    worst,
    unmet,
  };
}

/** How many times too wide an interval is (≤ 1: narrow enough). */
export function ratio(e: { halfWidth: number; allowedHalfWidth: number }): number {
  return e.allowedHalfWidth > 0 ? e.halfWidth / e.allowedHalfWidth : e.halfWidth === 0 ? 0 : Infinity;
}

/** The next total: the count the widest interval needs (half-width ∝ 1/√n), at least one batch more, at most double. */
export function nextReplications(current: number, tooWide: number, target: PrecisionTarget): number {
  const needed = Number.isFinite(tooWide) ? Math.ceil(current * tooWide * tooWide) : Infinity;
  return Math.min(target.maxReplications, Math.max(current + PRECISION_BATCH, Math.min(2 * current, needed)));
}
