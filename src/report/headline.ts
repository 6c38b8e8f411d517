// The headline table as data: each scenario against the baseline on the measures the study is
// about, with intervals and a plain-language verdict. The HTML page and summary.md both render
// this one model, so their numbers agree with each other and with comparison.json.

import type { Comparison, MetricDifference, MetricSummary, ScenarioSummary } from '../experiment/types.js';
import { decimalsFor, formatInterval, formatNumber, formatPercent } from './format.js';
import { metricWords, type Labels } from './labels.js';
import { titles } from './names.js';
import { FAMILY_METRICS, WAIT_METRICS, betterDirection } from './outcomes.js';

/** The first table of the page (what families meet); the other groups are in outcomes.ts. */
export const HEADLINE_METRICS = FAMILY_METRICS;
export { WAIT_METRICS };

export type Direction = 'lower' | 'higher' | 'none';
/** What a clear difference means for families: better, worse, or neither (a measure where lower is not better). */
export type Tone = 'better' | 'worse' | 'neutral' | 'none';

export interface HeadlineCell {
  metric: string;
  value: number | null;
  valueText: string;
  difference: MetricDifference | null;
  /** "−0,80", "" for the baseline. */
  differenceText: string;
  /** "−1,00 tot −0,60". */
  intervalText: string;
  relativeText: string;
  direction: Direction;
  tone: Tone;
  /** One line: "minder koude overdrachten (−0,80 per gezin, 95%-BI −1,00 tot −0,60)" or "… geen duidelijk verschil". */
  verdict: string;
}

export interface HeadlineRow {
  scenario: string;
  /** The title the reader knows it by. */
  title: string;
  isBaseline: boolean;
  /** False when the scenario does not settle: its means are those of the observed years only. */
  settled: boolean;
  cells: HeadlineCell[];
  /** The clear differences of this row in words, or the "no clear difference" line. */
  verdict: string;
  /** The same, one entry per clear difference (empty when there is none). */
  verdicts: string[];
}

export interface HeadlineTable {
  columns: Array<{ metric: string; name: string; unit: string }>;
  rows: HeadlineRow[];
}

/** A metric of a summary by its comparison key (`waitDays.GI`, `handoversByCause.turnover.cold` reach into the groups). */
export function metricOf(summary: ScenarioSummary | undefined, key: string): MetricSummary | undefined {
  if (!summary) return undefined;
  let node: unknown = summary.metrics;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return isMetricSummary(node) ? node : undefined;
}

function isMetricSummary(x: unknown): x is MetricSummary {
  return typeof x === 'object' && x !== null && typeof (x as MetricSummary).mean === 'number' && Array.isArray((x as MetricSummary).ci95);
}

/** Baseline first, then the summaries' order, then anything only the comparison names. */
export function scenarioOrder(summaries: ScenarioSummary[], comparison: Comparison): string[] {
  const names = [comparison.baseline, ...summaries.map((s) => s.scenario.name), ...Object.keys(comparison.scenarios)];
  return [...new Set(names)];
}

/**
 * Decimals for a difference: those of the metric, plus more while a clear difference would
 * print as 0 or with an interval bound of 0 (which would read as "no difference").
 */
export function decimalsForDifference(metric: string, d: MetricDifference): number {
  let decimals = decimalsFor(metric, Math.max(Math.abs(d.baseline), Math.abs(d.scenario)));
  const shown = (x: number) => Number(x.toFixed(decimals)) !== 0;
  while (d.significant && decimals < 4 && !(shown(d.difference) && shown(d.ci95[0]) && shown(d.ci95[1]))) decimals++;
  return decimals;
}

export function verdictFor(labels: Labels, metric: string, d: MetricDifference | null, decimals: number): { direction: Direction; text: string } {
  const words = metricWords(labels, metric);
  if (!d || !d.significant || d.difference === 0) return { direction: 'none', text: `${words.name}: ${labels.noClearDifference}` };
  const direction: Direction = d.difference < 0 ? 'lower' : 'higher';
  const amount = `${formatNumber(labels, d.difference, decimals, true)} ${words.unit}`.trim();
  return { direction, text: `${direction === 'lower' ? words.lower : words.higher} (${amount}, ${labels.ci} ${formatInterval(labels, d.ci95, decimals)})` };
}

export function headlineTable(labels: Labels, summaries: ScenarioSummary[], comparison: Comparison, metrics: readonly string[]): HeadlineTable {
  const byName = new Map(summaries.map((s) => [s.scenario.name, s]));
  const title = titles(labels, summaries);
  const columns = metrics.map((metric) => ({ metric, ...metricWords(labels, metric) }));
  const rows: HeadlineRow[] = [];
  const order = scenarioOrder(summaries, comparison);
  const decimals = new Map(metrics.map((metric) => [metric, columnDecimals(metric, order, comparison, byName)]));
  for (const scenario of order) {
    const isBaseline = scenario === comparison.baseline;
    const diffs = comparison.scenarios[scenario];
    if (!isBaseline && !diffs && !byName.has(scenario)) continue;
    const cells = metrics.map((metric) =>
      cellFor(labels, metric, isBaseline, diffs?.[metric] ?? null, metricOf(byName.get(scenario), metric), baselineValue(comparison, byName, metric), decimals.get(metric)!),
    );
    const clear = cells.filter((c) => c.direction !== 'none').map((c) => c.verdict);
    const verdict = isBaseline ? '' : clear.length > 0 ? clear.join('; ') : labels.noClearDifferenceAny;
    rows.push({ scenario, title: title(scenario), isBaseline, settled: byName.get(scenario)?.settled?.settled ?? true, cells, verdict, verdicts: isBaseline ? [] : clear });
  }
  return { columns, rows };
}

/**
 * The note on the dash of a cell with no value, for a table that has one (null when none has).
 * The dash is no zero and no "the same as the baseline": no replication measured the value, and
 * for a wait that means no family reached the link.
 */
export function missingNote(labels: Labels, table: HeadlineTable): string | null {
  const missing = table.rows.flatMap((r) => r.cells).filter((c) => c.value === null || !Number.isFinite(c.value));
  if (missing.length === 0) return null;
  const w = labels.comparison.missingValue;
  return missing.every((c) => c.metric.startsWith('waitDays.')) ? w.link : w.other;
}

function baselineValue(comparison: Comparison, byName: Map<string, ScenarioSummary>, metric: string): number | null {
  const fromSummary = metricOf(byName.get(comparison.baseline), metric)?.mean;
  if (fromSummary !== undefined) return fromSummary;
  for (const diffs of Object.values(comparison.scenarios)) if (diffs[metric]) return diffs[metric].baseline;
  return null;
}

/**
 * One precision for a whole column: the most decimals any of its cells needs on its own (its size,
 * or more where a clear difference would otherwise print as 0). Chosen per cell, the baseline's
 * 0,070 stood above a reform's 0,1 for the same wait, which reads as a rise where there is none;
 * with one precision equal values print equally, and a row's value minus the baseline's reads as
 * the difference beside it. A value that is exactly 0 (a duty the scenario does not have) has no
 * size to speak of and does not vote.
 */
function columnDecimals(metric: string, order: readonly string[], comparison: Comparison, byName: Map<string, ScenarioSummary>): number {
  const baseline = baselineValue(comparison, byName, metric);
  const votes: number[] = [];
  const own = (value: number | null | undefined) => {
    const size = Math.max(Math.abs(value ?? 0), Math.abs(baseline ?? 0));
    if (Number.isFinite(size) && size > 0) votes.push(decimalsFor(metric, size));
  };
  own(baseline);
  for (const scenario of order) {
    if (scenario === comparison.baseline) continue;
    const d = comparison.scenarios[scenario]?.[metric];
    if (d && Number.isFinite(d.difference) && !isIdentical(d)) votes.push(decimalsForDifference(metric, d));
    else own(d?.scenario ?? metricOf(byName.get(scenario), metric)?.mean);
  }
  return votes.length > 0 ? Math.max(...votes) : decimalsFor(metric, 0);
}

/** The same in every replication: no difference and no interval around it. */
function isIdentical(d: MetricDifference): boolean {
  return d.difference === 0 && d.ci95[0] === 0 && d.ci95[1] === 0;
}

/** `decimals`: the column's, the same for every row (columnDecimals). */
function cellFor(
  labels: Labels,
  metric: string,
  isBaseline: boolean,
  d: MetricDifference | null,
  summary: MetricSummary | undefined,
  baseline: number | null,
  decimals: number,
): HeadlineCell {
  // comparison.json is the reference for the numbers; the summary fills in when it lacks a metric
  const value = isBaseline ? baseline : (d?.scenario ?? summary?.mean ?? null);
  const valueText = value === null ? '–' : formatNumber(labels, value, decimals);
  // a difference with no data behind it (a link the scenario does not have), or none in any
  // replication (a duty neither arm has), is shown as no difference at all: the value alone
  const identical = d !== null && isIdentical(d);
  if (isBaseline || !d || !Number.isFinite(d.difference) || identical) {
    return { metric, value, valueText, difference: null, differenceText: '', intervalText: '', relativeText: '', direction: 'none', tone: 'none', verdict: isBaseline ? '' : verdictFor(labels, metric, null, decimals).text };
  }
  const { direction, text } = verdictFor(labels, metric, d, decimals);
  return {
    metric,
    value,
    valueText,
    difference: d,
    differenceText: formatNumber(labels, d.difference, decimals, true),
    intervalText: formatInterval(labels, d.ci95, decimals),
    // a change relative to a level that prints as 0 (warm handovers on departure: 0,00) is noise, not +21.808%
    relativeText: d.relativeChange === null || !Number.isFinite(d.relativeChange) || Math.abs(d.baseline) < 0.5 * 10 ** -decimals ? '' : formatPercent(labels, d.relativeChange, 0).replace(/^(?=\d)/, d.relativeChange > 0 ? '+' : ''),
    direction,
    tone: direction === 'none' ? 'none' : betterDirection(metric) === 'none' ? 'neutral' : direction === 'lower' ? 'better' : 'worse',
    verdict: text,
  };
}
