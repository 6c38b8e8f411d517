// Which numbers of a ReplicationResult are metrics, in which order, and the value each has in
// one replication: the mean over that replication's families for per-family metrics (waits per
// link as `waitDays.LT` etc.), the figure itself for system metrics. The order is fixed here so
// summaries, CSV rows and comparisons list metrics the same way whatever the worker count.

import { valueCountsMean, emptyValueCounts, type ValueCounts } from '../statistics/index.js';
import { LINKS, type FamilyObservations, type ReplicationResult, type SystemObservations } from '../model/results.js';

/** The headline metrics, in the order of HeadlineMetrics; `waitDays` expands to one per link. */
export const HEADLINE_METRICS: readonly string[] = [
  'handoversPerFamily',
  'coldHandoversPerFamily',
  'guardianChangesPerFamily',
  'professionalsPerFamily',
  'timeToGuardianDays',
  ...LINKS.map((l) => `waitDays.${l}`),
  'childrenWithoutGuardian',
  'visitIntervalDays',
];

/** System figures that describe the run, not the chain: kept out of the metrics. */
const NOT_METRICS = new Set<string>(['eventsFired']);

export interface MetricCatalogue {
  /** Every metric, headline first. */
  names: string[];
  /** Whether a metric is per family (pooled percentiles over families) or per system. */
  kind: Map<string, 'family' | 'system'>;
}

/** The metrics a result carries, in a fixed order: the headline ones, then the other family and system figures in the model's order. */
export function catalogue(sample: ReplicationResult): MetricCatalogue {
  const kind = new Map<string, 'family' | 'system'>();
  for (const key of Object.keys(sample.families) as (keyof FamilyObservations)[]) {
    if (key === 'waitDays') for (const link of Object.keys(sample.families.waitDays)) kind.set(`waitDays.${link}`, 'family');
    else kind.set(key, 'family');
  }
  for (const key of Object.keys(sample.system) as (keyof SystemObservations)[]) {
    if (!NOT_METRICS.has(key)) kind.set(key, 'system');
  }
  const names = HEADLINE_METRICS.filter((m) => kind.has(m));
  for (const name of kind.keys()) if (!names.includes(name)) names.push(name);
  return { names, kind };
}

const EMPTY = emptyValueCounts();

/** The per-family observations behind a family metric (empty when the model has none): the result's own, to read, not to change. */
export function familyDistribution(result: ReplicationResult, metric: string): ValueCounts {
  const d = metric.startsWith('waitDays.')
    ? result.families.waitDays[metric.slice('waitDays.'.length) as keyof FamilyObservations['waitDays']]
    : (result.families as unknown as Record<string, ValueCounts | undefined>)[metric];
  return d ?? EMPTY;
}

/** One replication's value of a metric; NaN when the replication has no observation of it. */
export function replicationValue(result: ReplicationResult, metric: string, kind: 'family' | 'system'): number {
  if (kind === 'system') {
    const v = (result.system as unknown as Record<string, unknown>)[metric];
    return typeof v === 'number' ? v : NaN;
  }
  return valueCountsMean(familyDistribution(result, metric));
}

/** Per-replication values of every metric: metric → one value per replication, in replication order. */
export function replicationTable(results: readonly ReplicationResult[], cat: MetricCatalogue): Map<string, Float64Array> {
  const table = new Map<string, Float64Array>();
  for (const name of cat.names) {
    const kind = cat.kind.get(name)!;
    const column = new Float64Array(results.length);
    results.forEach((r, i) => (column[i] = replicationValue(r, name, kind)));
    table.set(name, column);
  }
  return table;
}
