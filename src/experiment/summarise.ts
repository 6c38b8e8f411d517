// From the replications of one scenario to its ScenarioSummary (summary.json): per metric the
// mean over replications with its t interval and the pooled percentiles, the histograms of the
// per-family metrics and the monthly series with bands. Replications are read in replication
// order, so the same results give the same bytes however they were computed.

import {
  kaplanMeier,
  meanInterval,
  mergeAll,
  percentiles,
  survivalQuantile,
  valueCountsPercentiles,
  type Percentiles,
  type ValueCounts,
} from '../statistics/index.js';
import { DAYS_PER_YEAR, LINKS, type ReplicationResult } from '../model/index.js';
import type { Scenario } from '../scenario/schema.js';
import { histogram } from './histogram.js';
import { catalogue, familyDistribution, replicationTable, survivalData, type MetricCatalogue } from './metrics.js';
import { settledCheck } from './settled.js';
import type { HeadlineMetrics, Histogram, MetricGroup, MetricSummary, ScenarioSummary, SeriesSummary } from './types.js';

export { DAYS_PER_YEAR };

/** A scenario as the experiment layer sees it: the validated values and where they came from. */
export interface LoadedScenario {
  scenario: Scenario;
  file: string;
  hash: string;
}

/** Everything computed from one scenario's replications, before it is shaped for output. */
export interface ScenarioStatistics {
  catalogue: MetricCatalogue;
  /** metric → one value per replication, in replication order. */
  perReplication: Map<string, Float64Array>;
  metrics: Map<string, MetricSummary>;
  /** Family metric → its observations pooled over replications. */
  pooled: Map<string, ValueCounts>;
}

export function scenarioStatistics(results: readonly ReplicationResult[]): ScenarioStatistics {
  const [first] = results;
  if (first === undefined) throw new Error('a summary needs at least one replication');
  const cat = catalogue(first);
  const perReplication = replicationTable(results, cat);
  const metrics = new Map<string, MetricSummary>();
  const pooled = new Map<string, ValueCounts>();
  for (const name of cat.names) {
    const values = perReplication.get(name)!;
    const kind = cat.kind.get(name);
    if (kind === 'family') {
      const families = pooledFamilies(results, name);
      pooled.set(name, families);
      metrics.set(name, metricSummary(values, valueCountsPercentiles(families)));
    } else if (kind === 'survival') metrics.set(name, metricSummary(values, survivalPercentiles(results, name)));
    else metrics.set(name, metricSummary(values, percentiles(values)));
  }
  return { catalogue: cat, perReplication, metrics, pooled };
}

export function metricSummary(perReplication: ArrayLike<number>, p: Percentiles): MetricSummary {
  const ci = meanInterval(perReplication);
  return { mean: ci.mean, ci95: [ci.low, ci.high], p50: p.p50, p90: p.p90, p95: p.p95, max: p.max, n: ci.n };
}

/** Percentiles of a censored time from the Kaplan–Meier curve of all replications (NaN where the curve does not fall that far); max is the longest observed time to the event. */
function survivalPercentiles(results: readonly ReplicationResult[], metric: string): Percentiles {
  const data = results.map((r) => survivalData(r, metric)).filter((d) => d !== null);
  const events = mergeAll(data.map((d) => d.events));
  const curve = kaplanMeier(events, mergeAll(data.map((d) => d.censored)));
  return {
    p50: survivalQuantile(curve, 0.5),
    p90: survivalQuantile(curve, 0.9),
    p95: survivalQuantile(curve, 0.95),
    max: events.n > 0 ? events.max : NaN,
  };
}

/** A family metric's observations over all replications. */
function pooledFamilies(results: readonly ReplicationResult[], metric: string): ValueCounts {
  return mergeAll(results.map((r) => familyDistribution(r, metric)));
}

/** Which families the per-family figures are of; nothing for a model whose scenarios do not say (a test model). */
function cohortPart(scenario: LoadedScenario['scenario']): Pick<ScenarioSummary, 'cohortDays' | 'followUpDays'> {
  const { cohortShare, years, followUpYears } = scenario.simulation;
  const cohortDays = cohortShare * years * DAYS_PER_YEAR;
  return Number.isFinite(cohortDays) ? { cohortDays, followUpDays: followUpYears * DAYS_PER_YEAR } : {};
}

export function summarise(
  loaded: LoadedScenario,
  results: readonly ReplicationResult[],
  seed: number,
  version: string,
  provenance: Record<string, unknown>,
  stats: ScenarioStatistics = scenarioStatistics(results),
): ScenarioSummary {
  const { scenario } = loaded;
  const distributions: Record<string, Histogram> = {};
  for (const name of stats.catalogue.names) {
    const pooled = stats.pooled.get(name);
    if (pooled !== undefined) distributions[name] = histogram(pooled, results.length, name);
  }
  return {
    scenario: {
      name: scenario.name,
      ...(scenario.title === undefined ? {} : { title: scenario.title }),
      file: loaded.file,
      hash: loaded.hash,
      description: scenario.description,
    },
    seed,
    replications: results.length,
    horizonDays: scenario.simulation.years * DAYS_PER_YEAR,
    warmupDays: scenario.simulation.warmupYears * DAYS_PER_YEAR,
    ...cohortPart(scenario),
    version,
    metrics: headlineMetrics(stats),
    settled: settledCheck(results, stats.metrics),
    distributions,
    series: seriesSummaries(results),
    provenance,
  };
}

/** The metrics object: every metric by name, dotted names nested (`waitDays.LT` → `waitDays: { LT }`). */
function headlineMetrics(stats: ScenarioStatistics): HeadlineMetrics {
  const out: Record<string, unknown> = {};
  for (const name of stats.catalogue.names) {
    const dot = name.lastIndexOf('.');
    let node = out;
    for (const key of dot < 0 ? [] : name.slice(0, dot).split('.')) {
      node[key] ??= {};
      node = node[key] as Record<string, unknown>;
    }
    node[name.slice(dot + 1)] = stats.metrics.get(name)!;
  }
  out.waitDays ??= {};
  const waits = out.waitDays as Record<string, MetricSummary>;
  for (const link of LINKS) waits[link] ??= metricSummary([], percentiles([]));
  return out as HeadlineMetrics;
}

/** Mean and 95% band per snapshot, over replications. */
function seriesSummaries(results: readonly ReplicationResult[]): Record<string, SeriesSummary> {
  const out: Record<string, SeriesSummary> = {};
  const first = results[0]?.series;
  if (first === undefined) return out;
  const points = Math.min(...results.map((r) => r.series.day.length));
  for (const key of Object.keys(first)) {
    if (key === 'day') continue;
    const s: SeriesSummary = { day: first.day.slice(0, points), mean: [], ci95Low: [], ci95High: [] };
    const column = new Float64Array(results.length);
    for (let t = 0; t < points; t++) {
      for (const [i, r] of results.entries()) column[i] = (r.series as unknown as Record<string, number[]>)[key]?.[t] ?? NaN;
      const ci = meanInterval(column);
      s.mean.push(ci.mean);
      s.ci95Low.push(ci.low);
      s.ci95High.push(ci.high);
    }
    out[key] = s;
  }
  return out;
}

/** A metric of a summary by its dotted name (`waitDays.LT`, `fte.guardian`); undefined when absent. */
export function metricAt(metrics: HeadlineMetrics | MetricGroup, name: string): MetricSummary | undefined {
  let node: unknown = metrics;
  for (const key of name.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return typeof node === 'object' && node !== null && 'mean' in node ? (node as MetricSummary) : undefined;
}
