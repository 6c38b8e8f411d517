// Costs beside effects: per scenario the FTE in use per role and the cost per year, the
// difference with the baseline, and the price of its main improvement; and a chart of each
// reform's improvement per year against its extra cost per year.

import type { Comparison, ScenarioSummary } from '../experiment/types.js';
import { FTE_ROLES, type FteRole } from '../model/results.js';
import { topLevel, type ChartDef } from './charts.js';
import { euroClause, isClear, priceClause, clearChanges, type Price } from './conclusions.js';
import { formatEuro, formatEuroRange, formatInterval, formatNumber } from './format.js';
import { placeLabels } from './labelPlacement.js';
import { textWidth } from './textMetrics.js';
import { metricOf, scenarioOrder } from './headline.js';
import type { Labels } from './labels.js';
import { titles } from './names.js';
import { PROVIDERS } from './outcomes.js';
import { BETTER, GREY, WORSE } from './theme.js';

/** A role, duty or post that no scenario has (under 0.05 FTE, hours or posts) gets no column. */
const USED = 0.05;

export interface CostRow {
  scenario: string;
  title: string;
  isBaseline: boolean;
  settled: boolean;
  /** Per shown role: the FTE, and the clear difference from the baseline ("+14,2"), or ''. */
  fte: Array<{ role: FteRole; value: string; difference: string; tone: 'more' | 'less' | 'none' }>;
  totalFte: string;
  /** Help providers at work (provider-years a year) and the clear difference from the baseline, when the summaries have them. */
  providers: { value: string; difference: string; tone: 'more' | 'less' | 'none' } | null;
  perYear: string;
  difference: { text: string; interval: string; tone: 'more' | 'less' | 'none' } | null;
  price: string;
}

export interface CostTable {
  /** Roles whose FTE differ between scenarios: a column each. */
  roles: FteRole[];
  /** Each column's heading, in the order of `roles`. */
  roleNames: string[];
  /** Whether the help providers at work get a column: the main part of the cost, priced per provider-year. */
  providers: boolean;
  /** Roles with the same FTE in every scenario: named once under the table. */
  constant: Array<{ role: FteRole; name: string; value: string }>;
  rows: CostRow[];
}

/**
 * A role's name over its column or in the list of roles the same everywhere. Guardians in
 * induction are part of the guardians (and not added to the total): "of which in induction"
 * right after the guardians, and said outright where the guardians are not beside it.
 */
export function roleName(labels: Labels, role: FteRole, besideGuardians: boolean): string {
  if (role !== 'guardianInInduction') return labels.fteRoles[role];
  const w = labels.comparison.costs;
  return besideGuardians ? w.ofWhichInInduction : w.inInductionCounted;
}

/**
 * `prices`: scenario name → the price clause the summary gives it (`ReformConclusion.price`), so
 * the table says what the summary says, assumptions and checks included; without it the table
 * prices from the comparison alone.
 */
export function costTable(labels: Labels, summaries: readonly ScenarioSummary[], comparison: Comparison, prices?: Readonly<Record<string, Price>>): CostTable {
  const byName = new Map(summaries.map((s) => [s.scenario.name, s]));
  const title = titles(labels, summaries);
  const used = FTE_ROLES.filter((r) => summaries.some((s) => (metricOf(s, `fte.${r}`)?.mean ?? 0) >= USED));
  const base = byName.get(comparison.baseline);
  const same = (r: FteRole) => summaries.every((s) => Math.abs((metricOf(s, `fte.${r}`)?.mean ?? 0) - (metricOf(base, `fte.${r}`)?.mean ?? 0)) < USED);
  const roles = used.filter((r) => !same(r));
  const constantRoles = used.filter(same);
  const constant = constantRoles.map((role) => ({ role, name: roleName(labels, role, constantRoles.includes('guardian')), value: formatNumber(labels, metricOf(base, `fte.${role}`)?.mean ?? NaN, 1) }));
  const roleNames = roles.map((role) => roleName(labels, role, roles.includes('guardian')));
  const providers = summaries.some((s) => metricOf(s, PROVIDERS) !== undefined);
  const rows: CostRow[] = [];
  for (const name of scenarioOrder([...summaries], comparison)) {
    const s = byName.get(name);
    if (!s) continue;
    const isBaseline = name === comparison.baseline;
    const diffs = comparison.scenarios[name];
    const fte = roles.map((role) => {
      const d = diffs?.[`fte.${role}`];
      const clear = !isBaseline && isClear(d) && Math.abs(d.difference) >= 0.05;
      return { role, value: formatNumber(labels, metricOf(s, `fte.${role}`)?.mean ?? NaN, 1), difference: clear ? formatNumber(labels, d.difference, 1, true) : '', tone: (clear ? (d.difference > 0 ? 'more' : 'less') : 'none') as 'more' | 'less' | 'none' };
    });
    // guardians in induction are among the guardians in post (and priced there): counted once
    const total = FTE_ROLES.filter((r) => r !== 'guardianInInduction').reduce((a, r) => a + (metricOf(s, `fte.${r}`)?.mean ?? 0), 0);
    const p = diffs?.[PROVIDERS];
    const pClear = !isBaseline && isClear(p) && Math.abs(p.difference) >= 0.5;
    const ce = comparison.costEffectiveness?.[name];
    const cost = ce?.costPerYearEuro;
    const euro = euroClause(labels, ce, diffs);
    const settled = s.settled?.settled ?? true;
    const price = isBaseline
      ? null
      : prices !== undefined && name in prices
        ? prices[name]!
        : priceClause(labels, ce, diffs, euro.direction, clearChanges(labels, diffs).some((c) => c.kind === 'worse'), settled).price;
    rows.push({
      scenario: name,
      title: title(name),
      isBaseline,
      settled,
      fte,
      totalFte: formatNumber(labels, total, 1),
      providers: providers
        ? { value: formatNumber(labels, metricOf(s, PROVIDERS)?.mean ?? NaN, 0), difference: pClear ? formatNumber(labels, p.difference, 0, true) : '', tone: pClear ? (p.difference > 0 ? 'more' : 'less') : 'none' }
        : null,
      perYear: formatEuro(labels, metricOf(s, 'costPerYearEuro')?.mean ?? NaN),
      difference:
        isBaseline || !cost
          ? null
          : { text: formatEuro(labels, cost.mean, true), interval: formatEuroRange(labels, cost.ci95), tone: cost.ci95[0] > 0 ? 'more' : cost.ci95[1] < 0 ? 'less' : 'none' },
      price: isBaseline ? '' : priceCell(labels, price),
    });
  }
  return { roles, roleNames, providers, constant, rows };
}

/**
 * Of `metrics`, those some scenario has (a mean of at least 0.05) and that differ between scenarios:
 * a duty no reform uses, or open posts the same everywhere, get no column.
 */
export function usedMetrics(summaries: readonly ScenarioSummary[], metrics: readonly string[]): string[] {
  return metrics.filter((m) => {
    const means = summaries.map((s) => metricOf(s, m)?.mean ?? 0);
    return means.some((v) => v >= USED) && means.some((v) => Math.abs(v - means[0]!) >= 1e-9);
  });
}

/** A scale's domain around the values and zero, with a margin: set here, so label positions are known. */
function paddedDomain(values: readonly number[]): [number, number] {
  const finite = [0, ...values.filter(Number.isFinite)];
  const low = Math.min(...finite);
  const high = Math.max(...finite);
  const margin = (high - low || 1) * 0.06;
  return [low - margin, high + margin];
}

// two panels side by side, their axes and the gap between them fit the report's 1,044-pixel
// column at 1,100 pixels: the chart is not shrunk there, so its names stay 10 pixels high
const PANEL = { width: 420, height: 250 };
const LABEL_FONT = 10;
const LABEL_LINE = 12;
/** From a point's centre to its name, and the room a point (60 square pixels) takes. */
const LABEL_GAP = 7;
const POINT_RADIUS = 5;

/**
 * Each reform's improvement per year against its extra cost per year, a panel per priced
 * measure, both with their 95% intervals. Up and to the left is better and cheaper. Every point
 * is named beside it, inside its panel and clear of the other names and points (a thin
 * line joins a moved name to its point).
 */
export function costEffectChart(labels: Labels, comparison: Comparison, shown: (name: string) => string): ChartDef | null {
  const w = labels.charts.costEffect;
  const rows: Array<Record<string, unknown>> = [];
  const panels: string[] = [];
  for (const [name, ce] of Object.entries(comparison.costEffectiveness ?? {})) {
    const cost = ce.costPerYearEuro;
    if (!Number.isFinite(cost.mean)) continue;
    for (const imp of ce.improvements) {
      if (!Number.isFinite(imp.perYear.mean)) continue;
      const panel = w.panels[imp.metric] ?? imp.unit;
      if (!panels.includes(panel)) panels.push(panel);
      const clear = imp.perYear.ci95[0] > 0 ? w.better : imp.perYear.ci95[1] < 0 ? w.worse : w.unclear;
      rows.push({
        panel,
        scenario: shown(name),
        cost: cost.mean / 1e6,
        costLow: cost.ci95[0] / 1e6,
        costHigh: cost.ci95[1] / 1e6,
        effect: imp.perYear.mean,
        effectLow: imp.perYear.ci95[0],
        effectHigh: imp.perYear.ci95[1],
        clear,
        costText: `${formatEuro(labels, cost.mean, true)} (${formatEuroRange(labels, cost.ci95)})`,
        effectText: `${formatNumber(labels, imp.perYear.mean, 0, true)} (${formatInterval(labels, imp.perYear.ci95, 0)})`,
      });
    }
  }
  if (rows.length === 0) return null;
  const num = (r: Record<string, unknown>, k: string) => r[k] as number;
  const xDomain = paddedDomain(rows.flatMap((r) => [num(r, 'costLow'), num(r, 'costHigh')]));
  const x = { type: 'quantitative', title: w.costAxis, scale: { domain: xDomain, nice: false, zero: false } };
  const colour = { field: 'clear', type: 'nominal', title: null, scale: { domain: [w.better, w.worse, w.unclear], range: [BETTER, WORSE, GREY] } };
  const tooltip = [
    { field: 'scenario', title: labels.charts.scenario },
    { field: 'costText', title: w.costAxis },
    { field: 'effectText', title: w.effectAxis },
  ];
  const concat = panels.map((panel) => {
    const mine = rows.filter((r) => r.panel === panel);
    const yDomain = paddedDomain(mine.flatMap((r) => [num(r, 'effectLow'), num(r, 'effectHigh')]));
    const y = { type: 'quantitative', title: w.effectAxis, scale: { domain: yDomain, nice: false, zero: false } };
    const px = (v: number) => ((v - xDomain[0]) / (xDomain[1] - xDomain[0])) * PANEL.width;
    const py = (v: number) => ((yDomain[1] - v) / (yDomain[1] - yDomain[0])) * PANEL.height;
    // every point named: a chart pasted into a memo has no tooltips to say which grey point is which
    const at = placeLabels(
      mine.map((r) => ({ x: px(num(r, 'cost')), y: py(num(r, 'effect')), width: textWidth(String(r.scenario), LABEL_FONT) + 2 })),
      PANEL,
      LABEL_LINE,
      LABEL_GAP,
      POINT_RADIUS,
    );
    const labelRows = mine.map((r, i) => {
      const a = at[i]!;
      return {
        cost: r.cost,
        effect: r.effect,
        scenario: r.scenario,
        labelX: xDomain[0] + (a.x / PANEL.width) * (xDomain[1] - xDomain[0]),
        labelY: yDomain[1] - (a.y / PANEL.height) * (yDomain[1] - yDomain[0]),
        align: a.align,
        moved: a.moved,
      };
    });
    // each name over a white outline of itself, so an interval line it crosses does not cut through
    // its letters; every outline first, so none covers a neighbouring name
    const names = [
      { stroke: 'white', strokeWidth: 5, strokeJoin: 'round', color: 'white' },
      { color: '#333333' },
    ].flatMap((paint) =>
      (['left', 'right'] as const).map((align) => ({
        data: { values: labelRows.filter((r) => r.align === align) },
        mark: { type: 'text', align, baseline: 'middle', fontSize: LABEL_FONT, ...paint },
        encoding: { x: { field: 'labelX', ...x }, y: { field: 'labelY', ...y }, text: { field: 'scenario' } },
      })),
    );
    return {
      title: { text: panel, anchor: 'start', fontSize: 12 },
      ...PANEL,
      layer: [
        { data: { values: [{}] }, mark: { type: 'rule', color: '#999999', strokeDash: [3, 3] }, encoding: { y: { datum: 0, ...y } } },
        { data: { values: [{}] }, mark: { type: 'rule', color: '#999999', strokeDash: [3, 3] }, encoding: { x: { datum: 0, ...x } } },
        { data: { values: mine }, mark: { type: 'rule', opacity: 0.6 }, encoding: { x: { field: 'costLow', ...x }, x2: { field: 'costHigh' }, y: { field: 'effect', ...y }, color: colour, tooltip } },
        { data: { values: mine }, mark: { type: 'rule', opacity: 0.6 }, encoding: { x: { field: 'cost', ...x }, y: { field: 'effectLow', ...y }, y2: { field: 'effectHigh' }, color: colour, tooltip } },
        { data: { values: mine }, mark: { type: 'point', filled: true, size: 60, opacity: 1 }, encoding: { x: { field: 'cost', ...x }, y: { field: 'effect', ...y }, color: colour, tooltip } },
        // darker than the grey intervals, so it reads as the thread from a name to its point
        { data: { values: labelRows.filter((r) => r.moved) }, mark: { type: 'rule', color: '#555555', strokeWidth: 0.75 }, encoding: { x: { field: 'cost', ...x }, y: { field: 'effect', ...y }, x2: { field: 'labelX' }, y2: { field: 'labelY' } } },
        ...names,
      ],
    };
  });
  const spec = topLevel(labels, w.title, w.caption, { concat, columns: 2, resolve: { scale: { y: 'independent' } } });
  return { name: 'cost-effect', title: w.title, caption: w.caption, spec };
}

/** The price column: a price, 'saves money and improves' (or only under these assumptions), 'not settled', or '–' (no clear cost difference, or a trade-off). */
function priceCell(labels: Labels, price: Price): string {
  const w = labels.comparison.costs;
  switch (price?.kind) {
    case 'price':
      return price.text;
    case 'bargain':
      return w.dominant;
    case 'bargainHere':
      return w.dominantHere;
    case 'unsettled':
      return w.unsettledPrice;
    default:
      return '–';
  }
}
