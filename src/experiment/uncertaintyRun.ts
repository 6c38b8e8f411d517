// Runs the replications of an uncertainty analysis and keeps of each only the headline
// metrics' values: 200 samples × 10 scenarios × 5 replications are 10,000 results of ~18 kB,
// too many to hold, and the analysis needs one number per metric of each. Jobs go to the
// workers in batches so that memory stays bounded; each result lands at its own index, so
// the values do not depend on the worker count or the order results arrive in.

import type { ReplicationResult } from '../model/results.js';
import type { Scenario } from '../scenario/schema.js';
import { catalogue, HEADLINE_METRICS, replicationValue } from './metrics.js';
import type { ProgressSink } from './experiment.js';
import type { Job, ReplicationRunner } from './runner.js';
import { shardReplications, type Shard } from './shard.js';
import { sampleReplication, type UncertaintyPlan } from './uncertaintyPlan.js';

/** The metrics' values, indexed by replication (base point) and by sample. */
export interface UncertaintyValues {
  /** The headline metrics the model reports, in HEADLINE_METRICS order. */
  metrics: string[];
  /** Base replication b → values[s × M + m]. */
  base: Map<number, Float64Array>;
  /** Sample k → values[(s × R + j) × M + m]. */
  samples: Map<number, Float64Array>;
}

/** Jobs sent to the workers at a time: enough to keep them busy, few enough to hold. */
const BATCH_JOBS = 256;

/** The headline metrics a result has, in a fixed order. */
export function analysedMetrics(result: ReplicationResult): string[] {
  const cat = catalogue(result);
  return HEADLINE_METRICS.filter((m) => cat.kind.has(m));
}

/** The samples and base replications a shard runs (round-robin, as for `compare`). */
export function shardWork(plan: Pick<UncertaintyPlan, 'samples' | 'baseReplications'>, shard: Shard | null): { samples: number[]; base: number[] } {
  return { samples: shardReplications(plan.samples, shard), base: shardReplications(plan.baseReplications, shard) };
}

interface Slot {
  job: Job;
  store: Float64Array;
  offset: number;
}

export async function runUncertaintyReplications(
  plan: UncertaintyPlan,
  baseScenarios: readonly Scenario[],
  sampleScenarios: (sample: number) => readonly Scenario[],
  work: { samples: readonly number[]; base: readonly number[] },
  runner: ReplicationRunner,
  progress?: ProgressSink,
): Promise<UncertaintyValues> {
  const S = baseScenarios.length;
  const R = plan.replications;
  const values: UncertaintyValues = { metrics: [], base: new Map(), samples: new Map() };
  progress?.total(S * (work.base.length + R * work.samples.length));
  let kinds: Map<string, 'family' | 'system'> | null = null;

  const record = (slot: Slot, result: ReplicationResult) => {
    if (kinds === null) {
      values.metrics = analysedMetrics(result);
      kinds = catalogue(result).kind;
    }
    const M = values.metrics.length;
    values.metrics.forEach((m, i) => (slot.store[slot.offset * M + i] = replicationValue(result, m, kinds!.get(m)!)));
    progress?.done(result);
  };

  // Each batch: its scenarios (one list per batch) and where each result goes.
  let scenarios: Scenario[] = [];
  let slots: Slot[] = [];
  const flush = async () => {
    if (slots.length === 0) return;
    const batch = slots;
    const results = await runner.run(scenarios, plan.seed, batch.map((s) => s.job), (job, result) => record(batch[jobIndex.get(job)!], result));
    // every result was recorded on arrival; keep none
    results.length = 0;
    scenarios = [];
    slots = [];
    jobIndex.clear();
  };
  const jobIndex = new Map<Job, number>();
  const add = async (scenario: Scenario, replication: number, store: Float64Array, offset: number) => {
    const job: Job = { scenarioIndex: scenarios.length, replication };
    scenarios.push(scenario);
    jobIndex.set(job, slots.length);
    slots.push({ job, store, offset });
    if (slots.length >= BATCH_JOBS) await flush();
  };

  // the metric count is known after the first result: size stores for the most there can be
  const maxMetrics = HEADLINE_METRICS.length;
  for (const b of work.base) {
    const store = new Float64Array(S * maxMetrics).fill(NaN);
    values.base.set(b, store);
    for (let s = 0; s < S; s++) await add(baseScenarios[s], b, store, s);
  }
  for (const k of work.samples) {
    const store = new Float64Array(S * R * maxMetrics).fill(NaN);
    values.samples.set(k, store);
    const list = sampleScenarios(k);
    for (let j = 0; j < R; j++) for (let s = 0; s < S; s++) await add(list[s], sampleReplication(plan, k, j), store, s * R + j);
  }
  await flush();

  // trim the stores to the metrics the model has
  const M = values.metrics.length;
  for (const [b, store] of values.base) values.base.set(b, store.slice(0, S * M));
  for (const [k, store] of values.samples) values.samples.set(k, store.slice(0, S * R * M));
  return values;
}
