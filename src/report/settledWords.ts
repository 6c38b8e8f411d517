// Why a scenario is not settled, in the report's language. The experiment layer writes its
// reasons in English; the report words them again from the same checks (the drifting series and
// the links busy all the time), so a Dutch page says it in Dutch.

import { SATURATED } from '../experiment/settled.js';
import type { ScenarioSummary } from '../experiment/types.js';
import { formatNumber, lowerFirst } from './format.js';
import { metricWords, type Labels } from './labels.js';

/** A link or team of the utilisation keys (`GI Jeugdbescherming Gelderland`, `LT Ede`, `VT`, `court`), in words. */
export function capacityWords(labels: Labels, key: string): string {
  const [head, ...rest] = key.split(' ') as [string, ...string[]]; // split gives at least one part
  const name = labels.capacities[head] ?? head;
  return rest.length > 0 ? `${name} ${rest.join(' ')}` : name;
}

function round(labels: Labels, x: number): string {
  return formatNumber(labels, x, Math.abs(x) >= 10 ? 0 : 1);
}

/** The reasons, one sentence each; empty when the scenario is settled. */
export function unsettledReasons(labels: Labels, summary: ScenarioSummary): string[] {
  const s = summary.settled;
  if (!s || s.settled) return [];
  const out: string[] = [];
  for (const c of s.checks) {
    if (!c.drifts) continue;
    out.push(labels.settled.drift(lowerFirst(metricWords(labels, c.series).name), c.difference > 0, round(labels, c.firstFifth), round(labels, c.lastFifth)));
  }
  const busy = saturatedByMean(summary);
  if (busy.length > 0) out.push(labels.settled.saturated(busy.map(([key, mean]) => `${capacityWords(labels, key)} (${Math.round(mean * 100)}%)`)));
  // the experiment layer may know a reason the report has no words for: say so rather than drop it
  if (out.length === 0) out.push(labels.settled.unknown);
  return out;
}

/** The links whose utilisation, as a mean over the replications, is at least `from` and under `below`: key and mean. */
function busyLinks(summary: ScenarioSummary, from: number, below = Infinity): [string, number][] {
  const utilisation = (summary.metrics.utilisation ?? {}) as Record<string, { mean: number } | undefined>;
  return Object.entries(utilisation).flatMap(([key, m]) => (m !== undefined && m.mean >= from && m.mean < below ? [[key, m.mean] as [string, number]] : []));
}

/** The links at the saturation mark: key and mean. */
export function saturatedByMean(summary: ScenarioSummary): [string, number][] {
  return busyLinks(summary, SATURATED);
}

/**
 * From this busy share up a waiting list is steep: for a single server the wait ρ/(1−ρ) doubles
 * between 90% and 95%. A GI with many caseload places is less steep at 85%, but near 100% every
 * link is: a small change in demand or capacity moves its wait by a large share.
 */
const NEARLY_FULL = 0.85;

/** The links busy at least NEARLY_FULL on average but not all the time (that is the unsettled warning's), busiest first. */
export function nearlyFull(summary: ScenarioSummary): [string, number][] {
  return busyLinks(summary, NEARLY_FULL, SATURATED).sort((a, b) => b[1] - a[1]);
}
