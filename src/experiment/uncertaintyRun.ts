// Runs the replications of an uncertainty analysis and keeps of each only the headline
// metrics' values: 200 samples × 10 scenarios × 5 replications are 10,000 results of ~18 kB,
// too many to hold, and the analysis needs one number per metric of each. Each sample is one
// call to the runner with its own seed (its scenarios' settled starts come from their own
// pilots); a few samples are in flight at once so the workers stay busy, and each sample's
// snapshots are let go when it is done. Every value lands at its own index, so the values do
// not depend on the worker count or the order results arrive in.

import { calibrationTargets } from '../model/calibration.js';
import type { ReplicationResult } from '../model/results.js';
import type { Scenario } from '../scenario/schema.js';
import { catalogue, HEADLINE_METRICS, replicationValue, type MetricKind } from './metrics.js';
import type { ProgressSink } from './experiment.js';
import type { Job, ReplicationPool } from './pool.js';
import { shardReplications, type Shard } from './shard.js';
import { sampleSeeds, screenSeedsOf, type UncertaintyPlan } from './uncertaintyPlan.js';
import { bandVerdicts, looksLikeToday, type BandVerdicts } from './worldScreen.js';

/** Runs replications, and lets go of a sample's settled starts once its replications are done (thousands of samples, each run once). */
export type UncertaintyPool = ReplicationPool & { forgetSettledStarts(scenarios: readonly Scenario[], seed: number): void | Promise<void> };

/**
 * The metrics' values, indexed by replication (base point) and by sample. Beside the headline
 * metrics, the baseline's figures the world is screened on travel as metrics named
 * `screen.<target>` (NaN for the other scenarios): so shards and merges carry them unchanged.
 */
export interface UncertaintyValues {
  /** The analysed metrics the model reports, in UNCERTAINTY_METRICS order, then `screen.<target>` per screen target. */
  metrics: string[];
  /** Base replication b → values[s × M + m]. */
  base: Map<number, Float64Array>;
  /** Sample k → values[(s × R + j) × M + m]. */
  samples: Map<number, Float64Array>;
}

/** The prefix of the metrics that carry a screen target's value (see UncertaintyValues). */
export const SCREEN_PREFIX = 'screen.';

export const isScreenMetric = (metric: string): boolean => metric.startsWith(SCREEN_PREFIX);

/** A screen target's value in a baseline's result: the calibration's own reading by default. */
export type ScreenValue = (target: string, result: ReplicationResult, scenario: Scenario) => number;

const calibrationValue: ScreenValue = (target, result, scenario) =>
  calibrationTargets(scenario)
    .find((x) => x.name === target)
    ?.value(result, scenario) ?? NaN;

/** Sample k's baseline against each screen band, from its store (the baseline is scenario 0 of each world). */
export function worldVerdicts(
  plan: Pick<UncertaintyPlan, 'screen' | 'replications'>,
  metrics: readonly string[],
  store: Float64Array,
): BandVerdicts {
  const M = metrics.length;
  const at = plan.screen.map((t) => metrics.indexOf(`${SCREEN_PREFIX}${t.name}`));
  return bandVerdicts(plan.screen, plan.replications, (t, j) => (at[t]! < 0 ? NaN : store[j * M + at[t]!]!));
}

/** Samples in flight at once: enough to keep the workers busy across one sample's pilots. */
const SAMPLES_IN_FLIGHT = 4;

/**
 * What the plausible worlds are analysed on: the headline metrics and the cost, since a reform's
 * saving rests on assumptions as much as its effects do (the prices are among the parameters varied).
 */
export const UNCERTAINTY_METRICS: readonly string[] = [...HEADLINE_METRICS, 'costPerYearEuro'];

/** The analysed metrics a result has, in a fixed order. */
export function analysedMetrics(result: ReplicationResult): string[] {
  const cat = catalogue(result);
  return UNCERTAINTY_METRICS.filter((m) => cat.kind.has(m));
}

/** The samples and base replications a shard runs (round-robin, as for `compare`). */
export function shardWork(
  plan: Pick<UncertaintyPlan, 'samples' | 'baseReplications'>,
  shard: Shard | null,
): { samples: number[]; base: number[] } {
  return { samples: shardReplications(plan.samples, shard), base: shardReplications(plan.baseReplications, shard) };
}

export async function runUncertaintyReplications(
  plan: UncertaintyPlan,
  baseScenarios: readonly Scenario[],
  sampleScenarios: (sample: number) => readonly Scenario[],
  work: { samples: readonly number[]; base: readonly number[] },
  runner: UncertaintyPool,
  progress?: ProgressSink,
  screenValue: ScreenValue = calibrationValue,
): Promise<UncertaintyValues> {
  const S = baseScenarios.length;
  const R = plan.replications;
  const values: UncertaintyValues = { metrics: [], base: new Map(), samples: new Map() };
  // with --like-today a world's baseline runs first on random numbers of its own (the screen), and
  // the world runs every scenario only when that passes: the total shrinks when one does not
  let planned = S * (work.base.length + R * work.samples.length) + (plan.likeToday ? R * work.samples.length : 0);
  progress?.total(planned);
  let kinds: Map<string, MetricKind> | null = null;
  // the metric count is known after the first result: stores are sized for the most there can be
  const maxMetrics = UNCERTAINTY_METRICS.length + plan.screen.length;
  let headline = 0;
  /** What a run records: every figure, or (--like-today) the screen's figures or the analysed ones only. */
  type Part = 'all' | 'screen' | 'analysed';
  const record = (
    store: Float64Array,
    offset: number,
    result: ReplicationResult,
    scenario: Scenario,
    isBaseline: boolean,
    part: Part,
  ): void => {
    if (kinds === null) {
      const found = analysedMetrics(result);
      headline = found.length;
      values.metrics = [...found, ...plan.screen.map((t) => `${SCREEN_PREFIX}${t.name}`)];
      kinds = catalogue(result).kind;
    }
    const M = values.metrics.length;
    if (part !== 'screen')
      for (let i = 0; i < headline; i++) {
        const m = values.metrics[i]!;
        store[offset * M + i] = replicationValue(result, m, kinds.get(m)!);
      }
    // the screen is on today's chain: the baseline's figures only
    if (isBaseline && part !== 'analysed')
      for (const [t, target] of plan.screen.entries()) store[offset * M + headline + t] = screenValue(target.name, result, scenario);
    progress?.done(result);
  };

  /**
   * The scenarios numbered `which` × the given replications on one seed; each result goes where
   * `at` says (by the scenario's number among all S). A scenario's settled starts depend on it and
   * the seed only, so running the baseline apart from its reforms changes no result.
   */
  const runOne = async (
    scenarios: readonly Scenario[],
    which: readonly number[],
    seed: number,
    replications: readonly number[],
    at: (scenarioIndex: number, replication: number) => [Float64Array, number],
    part: Part = 'all',
  ) => {
    const subset = which.map((s) => scenarios[s]!);
    const jobs: Job[] = [];
    for (const replication of replications) for (let i = 0; i < which.length; i++) jobs.push({ scenarioIndex: i, replication });
    await runner.run(subset, seed, jobs, (job, result) => {
      const s = which[job.scenarioIndex]!;
      record(...at(s, job.replication), result, scenarios[s]!, s === 0, part);
    });
    await runner.forgetSettledStarts(subset, seed);
  };
  const all = Array.from({ length: S }, (_, s) => s);

  // the base point's replications are those of `compare`: the master seed, numbered as there
  for (const b of work.base) values.base.set(b, new Float64Array(S * maxMetrics).fill(NaN));
  if (work.base.length > 0) await runOne(baseScenarios, all, plan.seed, work.base, (s, b) => [values.base.get(b)!, s]);

  const seeds = sampleSeeds(plan);
  const screenSeeds = plan.likeToday ? screenSeedsOf(plan) : [];
  const replications = Array.from({ length: R }, (_, j) => j);
  const queue = [...work.samples];
  const next = async (): Promise<void> => {
    const k = queue.shift();
    if (k === undefined) return;
    const store = new Float64Array(S * R * maxMetrics).fill(NaN);
    values.samples.set(k, store);
    // a seed per sample, and k is one of them
    const scenarios = sampleScenarios(k);
    const at = (s: number, j: number): [Float64Array, number] => [store, s * R + j];
    if (!plan.likeToday) await runOne(scenarios, all, seeds[k]!, replications, at);
    else {
      // The baseline first, on the screen's own random numbers: a world unlike today's chain runs
      // nothing more. A world that passes runs every scenario, its baseline again, on the world's
      // seed, as without --like-today: had the effects been measured on the replications that
      // passed the screen, they would carry the luck that let them pass (a queue that happened to
      // run long, which a reform then removes).
      await runOne(scenarios, [0], screenSeeds[k]!, replications, at, 'screen');
      if (looksLikeToday(worldVerdicts(plan, values.metrics, store))) await runOne(scenarios, all, seeds[k]!, replications, at, 'analysed');
      else {
        planned -= S * R;
        progress?.total(planned);
      }
    }
    return next();
  };
  await Promise.all(Array.from({ length: Math.min(SAMPLES_IN_FLIGHT, queue.length) }, next));

  // trim the stores to the metrics the model has
  const M = values.metrics.length;
  for (const [b, store] of values.base) values.base.set(b, store.slice(0, S * M));
  for (const [k, store] of values.samples) values.samples.set(k, store.slice(0, S * R * M));
  return values;
}
