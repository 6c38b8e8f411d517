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
import { sampleSeeds, type UncertaintyPlan } from './uncertaintyPlan.js';

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
): Promise<UncertaintyValues> {
  const S = baseScenarios.length;
  const R = plan.replications;
  const values: UncertaintyValues = { metrics: [], base: new Map(), samples: new Map() };
  progress?.total(S * (work.base.length + R * work.samples.length));
  let kinds: Map<string, MetricKind> | null = null;
  // the metric count is known after the first result: stores are sized for the most there can be
  const maxMetrics = UNCERTAINTY_METRICS.length + plan.screen.length;
  let headline = 0;
  const record = (store: Float64Array, offset: number, result: ReplicationResult, scenario: Scenario, isBaseline: boolean): void => {
    if (kinds === null) {
      const found = analysedMetrics(result);
      headline = found.length;
      values.metrics = [...found, ...plan.screen.map((t) => `${SCREEN_PREFIX}${t.name}`)];
      kinds = catalogue(result).kind;
    }
    const M = values.metrics.length;
    for (let i = 0; i < headline; i++) {
      const m = values.metrics[i]!;
      store[offset * M + i] = replicationValue(result, m, kinds.get(m)!);
    }
    // the screen is on today's chain: the baseline's figures only
    if (isBaseline && plan.screen.length > 0) {
      const targets = calibrationTargets(scenario);
      for (const [t, target] of plan.screen.entries()) {
        const v = targets.find((x) => x.name === target.name)?.value(result, scenario) ?? NaN;
        store[offset * M + headline + t] = v;
      }
    }
    progress?.done(result);
  };

  /** Scenarios × the given replications on one seed; each result goes where `at` says. */
  const runOne = async (
    scenarios: readonly Scenario[],
    seed: number,
    replications: readonly number[],
    at: (job: Job) => [Float64Array, number],
  ) => {
    const jobs: Job[] = [];
    for (const replication of replications) for (let s = 0; s < S; s++) jobs.push({ scenarioIndex: s, replication });
    await runner.run(scenarios, seed, jobs, (job, result) =>
      record(...at(job), result, scenarios[job.scenarioIndex]!, job.scenarioIndex === 0),
    );
    await runner.forgetSettledStarts(scenarios, seed);
  };

  // the base point's replications are those of `compare`: the master seed, numbered as there
  for (const b of work.base) values.base.set(b, new Float64Array(S * maxMetrics).fill(NaN));
  if (work.base.length > 0)
    await runOne(baseScenarios, plan.seed, work.base, (job) => [values.base.get(job.replication)!, job.scenarioIndex]);

  const seeds = sampleSeeds(plan);
  const replications = Array.from({ length: R }, (_, j) => j);
  const queue = [...work.samples];
  const next = async (): Promise<void> => {
    const k = queue.shift();
    if (k === undefined) return;
    const store = new Float64Array(S * R * maxMetrics).fill(NaN);
    values.samples.set(k, store);
    // a seed per sample, and k is one of them
    await runOne(sampleScenarios(k), seeds[k]!, replications, (job) => [store, job.scenarioIndex * R + job.replication]);
    return next();
  };
  await Promise.all(Array.from({ length: Math.min(SAMPLES_IN_FLIGHT, queue.length) }, next));

  // trim the stores to the metrics the model has
  const M = values.metrics.length;
  for (const [b, store] of values.base) values.base.set(b, store.slice(0, S * M));
  for (const [k, store] of values.samples) values.samples.set(k, store.slice(0, S * R * M));
  return values;
}
