// Which numbers of a ReplicationResult are metrics, in which order, and the value each has in
// one replication. Three kinds:
// - family: per-family observations (ValueCounts); a replication's value is the mean over its families;
// - survival: times to an event with censoring; a replication's value is the Kaplan–Meier mean
//   (restricted to the longest time observed: a lower bound only if the curve has not reached 0);
// - system: one number per replication.
// Nested groups (waits per link, handovers by cause, FTE per role, utilisation per link) become
// dotted names: `waitDays.LT`, `handoversByCause.absence.cold`, `fte.guardian`. The order is fixed
// here so summaries, CSV rows and comparisons list metrics the same way whatever the worker count.

import { emptyValueCounts, kaplanMeier, restrictedMean, valueCountsMean, type ValueCounts } from '../statistics/index.js';
import { LINKS, type ReplicationResult, type SurvivalObservations } from '../model/results.js';

export type MetricKind = 'family' | 'survival' | 'system';

/** The headline metrics, in order; `waitDays` expands to one per link. */
export const HEADLINE_METRICS: readonly string[] = [
  'handoversPerFamily',
  'coldHandoversPerFamily',
  'guardianChangesPerFamily',
  'professionalsPerFamily',
  'timeFromRulingToGuardianDays',
  ...LINKS.map((l) => `waitDays.${l}`),
  'childrenWithoutGuardian',
  'childrenUnderMeasure',
  'visitIntervalDays',
];

/**
 * The metrics the report ranks the reforms on (the cost last). comparison.json pairs every two
 * reforms on these (`between`), so a ranking can tell a real order from noise.
 */
export const RANKING_METRICS = [
  'coldHandoversPerFamily',
  'childrenWithoutGuardian',
  'timeFromRulingToGuardianDays',
  'professionalsPerFamily',
  'visitIntervalDays',
  'costPerYearEuro',
] as const;

/** Whether more of a metric is better for families (true), worse (false), or neither (null): fewer handovers, shorter waits are better. */
export function higherIsBetter(metric: string): boolean | null {
  if (/^(contactsPerMonth|shareGuardianWithinFiveWorkingDays)$/.test(metric)) return true;
  if (
    /(handover|Handover|guardianChanges|professionals|Professional|Days|WithoutGuardian|WaitingForGuardian|Unserved|Cost|costPerYear)/.test(
      metric,
    )
  )
    return false;
  return null;
}

/** System figures that describe the run, not the chain: kept out of the metrics. */
const NOT_METRICS = new Set<string>(['eventsFired']);

export interface MetricCatalogue {
  /** Every metric, headline first. */
  names: string[];
  kind: Map<string, MetricKind>;
}

const isValueCounts = (v: unknown): v is ValueCounts => typeof v === 'object' && v !== null && 'counts' in v && 'values' in v;
const isSurvival = (v: unknown): v is SurvivalObservations => typeof v === 'object' && v !== null && 'events' in v && 'censored' in v;

/** Every leaf under `node` with its dotted name. */
function leaves(node: unknown, prefix: string, isLeaf: (v: unknown) => boolean, out: [string, unknown][]): [string, unknown][] {
  if (isLeaf(node)) out.push([prefix, node]);
  else if (typeof node === 'object' && node !== null)
    for (const [k, v] of Object.entries(node)) leaves(v, prefix === '' ? k : `${prefix}.${k}`, isLeaf, out);
  return out;
}

/** The metrics a result carries, in a fixed order: the headline ones, then the others in the model's order. */
export function catalogue(sample: ReplicationResult): MetricCatalogue {
  const kind = new Map<string, MetricKind>();
  for (const [name] of leaves(sample.families, '', isValueCounts, [])) kind.set(name, 'family');
  for (const [name] of leaves(sample.survival ?? {}, '', isSurvival, [])) kind.set(name, 'survival');
  for (const [name] of leaves(sample.system, '', (v) => typeof v === 'number', [])) if (!NOT_METRICS.has(name)) kind.set(name, 'system');
  const names = HEADLINE_METRICS.filter((m) => kind.has(m));
  for (const name of kind.keys()) if (!names.includes(name)) names.push(name);
  return { names, kind };
}

function at(node: unknown, dotted: string): unknown {
  let cur = node;
  for (const k of dotted.split('.')) {
    if (typeof cur !== 'object' || cur === null) return undefined;
    cur = (cur as Record<string, unknown>)[k];
  }
  return cur;
}

const EMPTY = emptyValueCounts();

/** The per-family observations behind a family metric (empty when the model has none): the result's own, to read, not to change. */
export function familyDistribution(result: ReplicationResult, metric: string): ValueCounts {
  const d = at(result.families, metric);
  return isValueCounts(d) ? d : EMPTY;
}

/** The censored times behind a survival metric (null when the model has none). */
export function survivalData(result: ReplicationResult, metric: string): SurvivalObservations | null {
  const d = at(result.survival, metric);
  return isSurvival(d) ? d : null;
}

/** One replication's value of a metric; NaN when the replication has no observation of it. */
export function replicationValue(result: ReplicationResult, metric: string, kind: MetricKind): number {
  if (kind === 'system') {
    const v = at(result.system, metric);
    return typeof v === 'number' ? v : NaN;
  }
  if (kind === 'survival') {
    const d = survivalData(result, metric);
    if (d === null || d.events.n + d.censored.n === 0) return NaN;
    return restrictedMean(kaplanMeier(d.events, d.censored));
  }
  return valueCountsMean(familyDistribution(result, metric));
}

/** Per-replication values of every metric: metric → one value per replication, in replication order. */
export function replicationTable(results: readonly ReplicationResult[], cat: MetricCatalogue): Map<string, Float64Array> {
  const table = new Map<string, Float64Array>();
  for (const name of cat.names) {
    const kind = cat.kind.get(name)!;
    table.set(
      name,
      Float64Array.from(results, (r) => replicationValue(r, name, kind)),
    );
  }
  return table;
}
