// Charts for the other experiments: a sweep (each metric against one parameter, with its band)
// and one-at-a-time sensitivity (a tornado per metric, the largest effects on top).

import { decimalsFor, formatInterval, formatNumber } from './format.js';
import { topLevel, type ChartDef } from './charts.js';
import { HEADLINE_METRICS } from './headline.js';
import { metricWords, type Labels } from './labels.js';
import { OKABE_ITO } from './theme.js';
import type { SensitivityResult, SweepResult } from './types.js';

/** A file-name-safe stem from a parameter path or metric key. */
export function slug(text: string): string {
  return text.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').toLowerCase() || 'chart';
}

// The measures the pages chart; sweep.json, sweep.csv and sensitivity.json keep every metric.
const CHARTED_METRICS = [...HEADLINE_METRICS, 'waitDays.GI', 'childrenWithoutGuardian', 'visitIntervalDays'];

export function sweepChart(labels: Labels, sweep: SweepResult): ChartDef | null {
  const w = labels.charts;
  const rows: Array<Record<string, unknown>> = [];
  // a measure that is zero everywhere has nothing to show (and an axis with no range)
  const metrics = CHARTED_METRICS.filter((m) => sweep.points.some((p) => (p.metrics[m]?.ci95[1] ?? 0) > 0));
  for (const point of [...sweep.points].sort((a, b) => a.value - b.value)) {
    for (const metric of metrics) {
      const e = point.metrics[metric];
      if (!e) continue;
      const words = metricWords(labels, metric);
      const decimals = decimalsFor(metric, e.mean);
      rows.push({
        measure: `${words.name} (${words.unit})`,
        value: point.value,
        mean: e.mean,
        // none of these measures can be negative: an interval below zero is an artefact of few replications
        low: Math.max(0, e.ci95[0]),
        high: e.ci95[1],
        valueText: formatNumber(labels, point.value, Number.isInteger(point.value) ? 0 : 2),
        text: `${formatNumber(labels, e.mean, decimals)} (${formatInterval(labels, e.ci95, decimals)})`,
      });
    }
  }
  if (rows.length === 0) return null;
  const measures = metrics.map((m) => metricWords(labels, m)).map((x) => `${x.name} (${x.unit})`);
  const parameterTitle = sweep.unit ? `${sweep.parameter} (${sweep.unit})` : sweep.parameter;
  const x = { field: 'value', type: 'quantitative', title: parameterTitle, scale: { zero: false } };
  const tooltip = [
    { field: 'measure', title: w.measure },
    { field: 'valueText', title: parameterTitle },
    { field: 'text', title: `${w.mean} (${w.ci})` },
  ];
  const title = w.sweep.title(sweep.parameter);
  const caption = w.sweep.caption(sweep.parameter, sweep.scenario);
  const spec = topLevel(labels, title, caption, {
    data: { values: rows },
    facet: { field: 'measure', type: 'nominal', sort: measures, title: null, header: { labelAnchor: 'start', labelFontWeight: 'bold' } },
    columns: 2,
    resolve: { scale: { y: 'independent' }, axis: { x: 'independent' } },
    spec: {
      width: 280,
      height: 160,
      layer: [
        { mark: { type: 'area', opacity: 0.2, color: OKABE_ITO.blue }, encoding: { x, y: { field: 'low', type: 'quantitative', title: w.sweep.axis, scale: { zero: true } }, y2: { field: 'high' } } },
        { mark: { type: 'line', color: OKABE_ITO.blue, strokeWidth: 2, point: { filled: true, size: 40, color: OKABE_ITO.blue } }, encoding: { x, y: { field: 'mean', type: 'quantitative' }, tooltip } },
      ],
    },
  });
  return { name: `sweep-${slug(sweep.parameter)}`, title, caption, spec };
}

/** A tornado chart per charted measure in the results. */
export function tornadoCharts(labels: Labels, result: SensitivityResult): ChartDef[] {
  const w = labels.charts.tornado;
  const charts: ChartDef[] = [];
  for (const metric of CHARTED_METRICS) {
    const base = result.base[metric];
    if (!base) continue;
    const words = metricWords(labels, metric);
    const decimals = decimalsFor(metric, base.mean);
    const rows: Array<Record<string, unknown>> = [];
    const swings: Array<[string, number]> = [];
    for (const p of result.parameters) {
      const low = p.low.metrics[metric];
      const high = p.high.metrics[metric];
      if (!low || !high) continue;
      const label = p.unit ? `${p.path} (${p.unit})` : p.path;
      swings.push([label, Math.abs(high.mean - low.mean)]);
      for (const [setting, side, e] of [
        [w.low, p.low, low],
        [w.high, p.high, high],
      ] as const) {
        const delta = e.mean - base.mean;
        rows.push({
          parameter: label,
          setting,
          delta,
          low: e.ci95[0] - base.mean,
          high: e.ci95[1] - base.mean,
          settingText: `${formatNumber(labels, side.value, Number.isInteger(side.value) ? 0 : 2)} (${labels.baselineValue.toLowerCase()}: ${formatNumber(labels, p.baseValue, Number.isInteger(p.baseValue) ? 0 : 2)})`,
          deltaText: formatNumber(labels, delta, decimals, true),
          resultText: `${formatNumber(labels, e.mean, decimals)} (${formatInterval(labels, e.ci95, decimals)})`,
        });
      }
    }
    if (rows.length === 0) continue;
    const order = swings.sort((a, b) => b[1] - a[1]).map(([label]) => label);
    const y = { field: 'parameter', type: 'nominal', sort: order, title: null };
    const tooltip = [
      { field: 'parameter', title: w.parameter },
      { field: 'setting', title: w.setting },
      { field: 'settingText', title: labels.charts.sweep.value },
      { field: 'deltaText', title: labels.charts.difference },
      { field: 'resultText', title: `${words.name} (${labels.ci})` },
    ];
    const title = w.title(`${words.name} (${words.unit})`);
    const caption = w.caption(result.scenario);
    const spec = topLevel(labels, title, caption, {
      data: { values: rows },
      width: 520,
      height: { step: 12 },
      layer: [
        {
          mark: { type: 'bar' },
          encoding: {
            y,
            yOffset: { field: 'setting', type: 'nominal', sort: [w.low, w.high] },
            x: { field: 'delta', type: 'quantitative', title: w.axis(`${words.name} (${words.unit})`), scale: { zero: true } },
            color: { field: 'setting', type: 'nominal', title: w.setting, scale: { domain: [w.low, w.high], range: [OKABE_ITO.skyBlue, OKABE_ITO.vermillion] } },
            tooltip,
          },
        },
        { mark: { type: 'rule', color: '#222222' }, encoding: { y, yOffset: { field: 'setting', type: 'nominal', sort: [w.low, w.high] }, x: { field: 'low', type: 'quantitative' }, x2: { field: 'high' }, tooltip } },
        { mark: { type: 'rule', color: '#444444' }, encoding: { x: { datum: 0, type: 'quantitative' } } },
      ],
    });
    charts.push({ name: `tornado-${slug(metric)}`, title, caption, spec });
  }
  return charts;
}
