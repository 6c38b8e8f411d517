// Charts for the other experiments: a sweep (each metric against one parameter, with its band,
// saying what was held fixed) and one-at-a-time sensitivity (a tornado per metric, the largest
// effects on top, each bar labelled with the value tried). Parameters appear by their labels.

import { decimalsFor, formatInterval, formatNumber } from './format.js';
import { topLevel, type ChartDef } from './charts.js';
import { metricWords, type Labels } from './labels.js';
import { parameterName, unitWords, valueWords } from './parameterWords.js';
import { OKABE_ITO } from './theme.js';
import type { SensitivityResult, SweepResult } from './types.js';

/** A file-name-safe stem from a parameter path or metric key. */
export function slug(text: string): string {
  return text.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').toLowerCase() || 'chart';
}

// The measures the pages chart; sweep.json, sweep.csv and sensitivity.json keep every metric.
const CHARTED_METRICS = ['coldHandoversPerFamily', 'guardianChangesPerFamily', 'professionalsPerFamily', 'timeFromRulingToGuardianDays', 'waitDays.GI', 'childrenWithoutGuardian', 'visitIntervalDays', 'fte.guardian', 'costPerYearEuro'];

/** Euro a year reads in millions on an axis. */
export function scaled(labels: Labels, metric: string): { factor: number; unit: string } {
  return metric === 'costPerYearEuro' ? { factor: 1e-6, unit: labels.charts.millionEuroPerYear } : { factor: 1, unit: metricWords(labels, metric).unit };
}

/** "Caseloadnorm (kinderen)": a parameter's label and its unit in words. */
function parameterTitle(labels: Labels, path: string, unit: string | undefined): string {
  const words = unitWords(labels.lang, unit);
  return words ? `${parameterName(labels.lang, path)} (${words})` : parameterName(labels.lang, path);
}

/** What the sweep held fixed, in a sentence for the caption ('' when it varied nothing that needs saying). */
function heldText(labels: Labels, sweep: SweepResult): string {
  const h = sweep.held;
  if (!h || h.guardianPositions.length === 0) return '';
  const w = labels.charts.sweep;
  const n = (x: number) => formatNumber(labels, x, 0);
  if (h.what === 'positions') return w.heldPositions(n(h.guardianPositions[0]!));
  // capacityChildren has a value per point, as guardianPositions has
  return w.heldCapacity(n(h.capacityChildren[0]!), n(Math.min(...h.guardianPositions)), n(Math.max(...h.guardianPositions)));
}

export function sweepChart(labels: Labels, sweep: SweepResult): ChartDef | null {
  const w = labels.charts;
  const rows: Array<Record<string, unknown>> = [];
  // a measure that is zero everywhere has nothing to show (and an axis with no range); one
  // replication gives a mean without an interval, which still draws a line
  const metrics = CHARTED_METRICS.filter((m) => sweep.points.some((p) => (p.metrics[m]?.mean ?? 0) > 0 || (p.metrics[m]?.ci95[1] ?? 0) > 0));
  for (const point of [...sweep.points].sort((a, b) => a.value - b.value)) {
    for (const metric of metrics) {
      const e = point.metrics[metric];
      if (!e) continue;
      const decimals = decimalsFor(metric, e.mean);
      const { factor } = scaled(labels, metric);
      rows.push({
        measure: metric,
        value: point.value,
        mean: e.mean * factor,
        // none of these measures can be negative: an interval below zero is an artefact of few replications
        low: Math.max(0, e.ci95[0]) * factor,
        high: e.ci95[1] * factor,
        valueText: formatNumber(labels, point.value, Number.isInteger(point.value) ? 0 : 2),
        text: `${formatNumber(labels, e.mean, decimals)} (${formatInterval(labels, e.ci95, decimals)})`,
      });
    }
  }
  if (rows.length === 0) return null;
  const name = parameterName(labels.lang, sweep.parameter);
  const axisTitle = parameterTitle(labels, sweep.parameter, sweep.unit);
  const x = { field: 'value', type: 'quantitative', title: axisTitle, scale: { zero: false } };
  const tooltip = [
    { field: 'valueText', title: axisTitle },
    { field: 'text', title: `${w.mean} (${w.ci})` },
  ];
  const title = w.sweep.title(name);
  const held = heldText(labels, sweep);
  const caption = `${w.sweep.caption(name, sweep.scenario)}${held ? ` ${held}` : ''}`;
  // a panel per measure with its own axis in its own unit
  const panels = metrics
    .filter((m) => rows.some((r) => r.measure === m))
    .map((m) => ({
      title: { text: metricWords(labels, m).name, anchor: 'start', fontSize: 12 },
      width: 280,
      height: 160,
      transform: [{ filter: { field: 'measure', equal: m } }],
      layer: [
        { mark: { type: 'area', opacity: 0.2, color: OKABE_ITO.blue }, encoding: { x, y: { field: 'low', type: 'quantitative', title: w.sweep.axis(scaled(labels, m).unit), scale: { zero: true } }, y2: { field: 'high' } } },
        { mark: { type: 'line', color: OKABE_ITO.blue, strokeWidth: 2, point: { filled: true, size: 40, color: OKABE_ITO.blue } }, encoding: { x, y: { field: 'mean', type: 'quantitative' }, tooltip } },
      ],
    }));
  const spec = topLevel(labels, title, caption, { data: { values: rows }, concat: panels, columns: 2, resolve: { scale: { y: 'independent' } } });
  return { name: `sweep-${slug(sweep.parameter)}`, title, caption, spec };
}

/** A tornado chart per charted measure in the results; each bar says the value it tried. */
export function tornadoCharts(labels: Labels, result: SensitivityResult): ChartDef[] {
  const w = labels.charts.tornado;
  const charts: ChartDef[] = [];
  for (const metric of CHARTED_METRICS) {
    const base = result.base[metric];
    if (!base) continue;
    const words = metricWords(labels, metric);
    const { factor, unit } = scaled(labels, metric);
    const decimals = decimalsFor(metric, base.mean);
    const rows: Array<Record<string, unknown>> = [];
    const swings: Array<[string, number]> = [];
    for (const p of result.parameters) {
      const low = p.low.metrics[metric];
      const high = p.high.metrics[metric];
      if (!low || !high) continue;
      const label = w.parameterAt(parameterName(labels.lang, p.path), valueWords(labels, p.path, p.baseValue));
      swings.push([label, Math.abs(high.mean - low.mean)]);
      for (const [setting, side, e] of [
        [w.low, p.low, low],
        [w.high, p.high, high],
      ] as const) {
        const delta = e.mean - base.mean;
        rows.push({
          parameter: label,
          setting,
          delta: delta * factor,
          low: (e.ci95[0] - base.mean) * factor,
          high: (e.ci95[1] - base.mean) * factor,
          tried: valueWords(labels, p.path, side.value),
          right: delta >= 0,
          deltaText: formatNumber(labels, delta, decimals, true),
          resultText: `${formatNumber(labels, e.mean, decimals)} (${formatInterval(labels, e.ci95, decimals)})`,
        });
      }
    }
    if (rows.length === 0) continue;
    const order = swings.sort((a, b) => b[1] - a[1]).map(([label]) => label);
    const y = { field: 'parameter', type: 'nominal', sort: order, title: null };
    const yOffset = { field: 'setting', type: 'nominal', sort: [w.low, w.high] };
    const tooltip = [
      { field: 'parameter', title: w.parameter },
      { field: 'setting', title: w.setting },
      { field: 'tried', title: labels.charts.sweep.value },
      { field: 'deltaText', title: labels.charts.difference },
      { field: 'resultText', title: `${words.name} (${labels.ci})` },
    ];
    const title = w.title(`${words.name} (${words.unit})`);
    const caption = w.caption(result.scenario);
    const x = { field: 'delta', type: 'quantitative', title: w.axis(`${words.name} (${unit})`), scale: { zero: true } };
    // the value tried, at the end of its bar: outside it, on the side the bar points to
    const valueLabel = (right: boolean) => ({
      transform: [{ filter: `${right ? '' : '!'}datum.right` }],
      mark: { type: 'text', align: right ? 'left' : 'right', dx: right ? 4 : -4, fontSize: 10, color: '#333333' },
      encoding: { y, yOffset, x, text: { field: 'tried' } },
    });
    const spec = topLevel(labels, title, caption, {
      data: { values: rows },
      width: 520,
      height: { step: 14 },
      layer: [
        { mark: { type: 'bar' }, encoding: { y, yOffset, x, color: { field: 'setting', type: 'nominal', title: w.setting, scale: { domain: [w.low, w.high], range: [OKABE_ITO.skyBlue, OKABE_ITO.vermillion] } }, tooltip } },
        { mark: { type: 'rule', color: '#222222' }, encoding: { y, yOffset, x: { field: 'low', type: 'quantitative' }, x2: { field: 'high' }, tooltip } },
        { mark: { type: 'rule', color: '#444444' }, encoding: { x: { datum: 0, type: 'quantitative' } } },
        valueLabel(true),
        valueLabel(false),
      ],
    });
    charts.push({ name: `tornado-${slug(metric)}`, title, caption, spec });
  }
  return charts;
}
