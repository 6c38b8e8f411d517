// From the replications of one scenario to its ScenarioSummary (summary.json): per metric the
// mean over replications with its t interval and the pooled percentiles, the histograms of the
// per-family metrics and the monthly series with bands. Replications are read in replication
// order, so the same results give the same bytes however they were computed.

import { valueCountsPercentiles, meanInterval, mergeAll, percentiles, type ValueCounts, type Percentiles } from '../statistics/index.js';
import { LINKS, type Link, type ReplicationResult } from '../model/results.js';
import type { Scenario } from '../scenario/schema.js';
import { histogram } from './histogram.js';
import { catalogue, familyDistribution, replicationTable, type MetricCatalogue } from './metrics.js';
import type { HeadlineMetrics, Histogram, MetricSummary, ScenarioSummary, SeriesSummary } from './types.js';

export const DAYS_PER_YEAR = 365;

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
  if (results.length === 0) throw new Error('a summary needs at least one replication');
  const cat = catalogue(results[0]);
  const perReplication = replicationTable(results, cat);
  const metrics = new Map<string, MetricSummary>();
  const pooled = new Map<string, ValueCounts>();
  for (const name of cat.names) {
    const values = perReplication.get(name)!;
    if (cat.kind.get(name) === 'family') {
      const families = pooledFamilies(results, name);
      pooled.set(name, families);
      metrics.set(name, metricSummary(values, valueCountsPercentiles(families)));
    } else metrics.set(name, metricSummary(values, percentiles(values)));
  }
  return { catalogue: cat, perReplication, metrics, pooled };
}

export function metricSummary(perReplication: ArrayLike<number>, p: Percentiles): MetricSummary {
  const ci = meanInterval(perReplication);
  return { mean: ci.mean, ci95: [ci.low, ci.high], p50: p.p50, p90: p.p90, p95: p.p95, max: p.max, n: ci.n };
}

/** A family metric's observations over all replications. */
function pooledFamilies(results: readonly ReplicationResult[], metric: string): ValueCounts {
  return mergeAll(results.map((r) => familyDistribution(r, metric)));
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
    scenario: { name: scenario.name, file: loaded.file, hash: loaded.hash, description: scenario.description },
    seed,
    replications: results.length,
    horizonDays: scenario.simulation.years * DAYS_PER_YEAR,
    warmupDays: scenario.simulation.warmupYears * DAYS_PER_YEAR,
    version,
    metrics: headlineMetrics(stats),
    distributions,
    series: seriesSummaries(results),
    provenance,
  };
}

/** The metrics object: headline metrics with the waits grouped by link, then the others. */
function headlineMetrics(stats: ScenarioStatistics): HeadlineMetrics {
  const out: Record<string, MetricSummary | Record<string, MetricSummary>> = {};
  const waits: Partial<Record<Link, MetricSummary>> = {};
  for (const name of stats.catalogue.names) {
    const m = stats.metrics.get(name)!;
    if (name.startsWith('waitDays.')) {
      if (!('waitDays' in out)) out.waitDays = waits as Record<string, MetricSummary>;
      waits[name.slice('waitDays.'.length) as Link] = m;
    } else out[name] = m;
  }
  for (const link of LINKS) if (!(link in waits)) waits[link] = metricSummary([], percentiles([]));
  if (!('waitDays' in out)) out.waitDays = waits as Record<string, MetricSummary>;
  return out as HeadlineMetrics;
}

/** Mean and 95% band per snapshot, over replications. */
function seriesSummaries(results: readonly ReplicationResult[]): Record<string, SeriesSummary> {
  const out: Record<string, SeriesSummary> = {};
  const first = results[0].series;
  const points = Math.min(...results.map((r) => r.series.day.length));
  for (const key of Object.keys(first)) {
    if (key === 'day') continue;
    const s: SeriesSummary = { day: first.day.slice(0, points), mean: [], ci95Low: [], ci95High: [] };
    const column = new Float64Array(results.length);
    for (let t = 0; t < points; t++) {
      results.forEach((r, i) => (column[i] = ((r.series as unknown as Record<string, number[]>)[key] ?? [])[t] ?? NaN));
      const ci = meanInterval(column);
      s.mean.push(ci.mean);
      s.ci95Low.push(ci.low);
      s.ci95High.push(ci.high);
    }
    out[key] = s;
  }
  return out;
}
