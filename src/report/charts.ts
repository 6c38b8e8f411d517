// The comparison charts as Vega-Lite specs, built from summary.json and comparison.json. Data go
// inline so every spec stands alone (a .vl.json file opens in the Vega editor as it is). User text
// (scenario names) only ever appears as data values, never inside an expression.

import type { Comparison, Histogram, MetricSummary, ScenarioSummary, SeriesSummary } from '../experiment/types.js';
import { HANDOVER_CAUSES, LINKS } from '../model/results.js';
import { formatInterval, formatNumber, formatPercent } from './format.js';
import { decimalsForDifference, metricOf, scenarioOrder, verdictFor } from './headline.js';
import { metricWords, type Labels } from './labels.js';
import { titles } from './names.js';
import { FAMILY_METRICS, GUARDIAN_METRICS, WAIT_METRICS, betterDirection } from './outcomes.js';
import { BETTER, CAUSE_COLOURS, GREY, OKABE_ITO, WORSE, chartConfig } from './theme.js';
import { DAYS_PER_MONTH } from '../model/units.js';

/** A Vega-Lite spec; typed loosely here, checked by compiling it. */
export type VlSpec = Record<string, unknown>;

export interface ChartDef {
  /** File stem under charts/ and the id on the page. */
  name: string;
  title: string;
  caption: string;
  spec: VlSpec;
}

export const VL_SCHEMA = 'https://vega.github.io/schema/vega-lite/v6.json';

export function topLevel(labels: Labels, title: string, caption: string, body: VlSpec): VlSpec {
  return { $schema: VL_SCHEMA, description: caption, title: { text: title }, config: chartConfig(labels), ...body };
}

/**
 * The header of a panel of `width` pixels named after a scenario: a title too long for one line
 * breaks before its last bracket ("… (niet stabiel)") instead of being cut off. Scenario titles
 * reach the expression as data (datum.value), never as code.
 */
export function panelHeader(width: number): VlSpec {
  const cut = "lastindexof(datum.value, ' (')";
  // about 7 pixels per character of bold 12-pixel text
  const fits = Math.floor(width / 7);
  return { labelAnchor: 'start', labelFontWeight: 'bold', labelLimit: width + 20, labelExpr: `length(datum.value) > ${fits} && ${cut} > 0 ? [substring(datum.value, 0, ${cut}), substring(datum.value, ${cut} + 1)] : datum.value` };
}

const GUARDIAN_TAIL_CHANGES = 4;

/**
 * The summaries and comparison with every scenario under the name a reader knows: its title, and
 * "(not settled)" where its averages are not an equilibrium. Names stay unique (a repeated title
 * gets its name added), since the charts group by them.
 */
export function displayed(labels: Labels, summaries: readonly ScenarioSummary[], comparison: Comparison): { summaries: ScenarioSummary[]; comparison: Comparison; shown: (name: string) => string } {
  const title = titles(labels, summaries);
  const settled = new Map(summaries.map((s) => [s.scenario.name, s.settled?.settled ?? true]));
  const names = scenarioOrder([...summaries], comparison);
  const counts = new Map<string, number>();
  for (const n of names) counts.set(title(n), (counts.get(title(n)) ?? 0) + 1);
  const shown = (name: string) => {
    const t = (counts.get(title(name)) ?? 0) > 1 && title(name) !== name ? `${title(name)} (${name})` : title(name);
    return settled.get(name) === false ? `${t} (${labels.comparison.unsettledTag})` : t;
  };
  return {
    summaries: summaries.map((s) => ({ ...s, scenario: { ...s.scenario, name: shown(s.scenario.name) } })),
    comparison: {
      ...comparison,
      baseline: shown(comparison.baseline),
      scenarios: Object.fromEntries(Object.entries(comparison.scenarios).map(([n, d]) => [shown(n), d])),
      costEffectiveness: Object.fromEntries(Object.entries(comparison.costEffectiveness ?? {}).map(([n, c]) => [shown(n), c])),
    },
    shown,
  };
}

/** Every comparison chart there is data for, in reading order; scenarios appear by their titles. */
export function comparisonCharts(labels: Labels, named: ScenarioSummary[], namedComparison: Comparison): ChartDef[] {
  const { summaries, comparison } = displayed(labels, named, namedComparison);
  const order = scenarioOrder(summaries, comparison).filter((n) => n === comparison.baseline || summaries.some((s) => s.scenario.name === n));
  const byName = new Map(summaries.map((s) => [s.scenario.name, s]));
  const ordered = order.map((n) => byName.get(n)).filter((s): s is ScenarioSummary => s !== undefined);
  const charts = [
    differencesChart(labels, comparison, scenarioOrder(summaries, comparison)),
    handoversChart(labels, ordered),
    handoverDistributionChart(labels, ordered),
    guardianChangesChart(labels, ordered),
    professionalsChart(labels, ordered),
    waitsChart(labels, ordered, comparison.baseline),
    seriesChart(labels, ordered, comparison.baseline, 'childrenUnderMeasure', 'children-under-measure', labels.charts.underMeasure),
    seriesChart(labels, ordered, comparison.baseline, 'childrenWithoutGuardian', 'children-without-guardian', labels.charts.withoutGuardian),
    seriesChart(labels, ordered, comparison.baseline, 'meanCaseloadChildren', 'caseload', labels.charts.caseload),
  ];
  return charts.filter((c): c is ChartDef => c !== null);
}

// ---- difference from the baseline (forest plot) ----------------------------------------------

function differencesChart(labels: Labels, comparison: Comparison, order: string[]): ChartDef | null {
  const w = labels.charts;
  const metrics = [...FAMILY_METRICS, ...GUARDIAN_METRICS, ...WAIT_METRICS];
  const names = order.filter((n) => n !== comparison.baseline && comparison.scenarios[n]);
  const rows: Array<Record<string, unknown>> = [];
  for (const scenario of names) {
    for (const metric of metrics) {
      const d = comparison.scenarios[scenario]![metric]; // names keeps the scenarios with differences
      // no value (one organisation has no table to wait for): no point, rather than "– tot –"
      if (!d || !Number.isFinite(d.difference)) continue;
      const words = metricWords(labels, metric);
      const decimals = decimalsForDifference(metric, d);
      const { direction, text } = verdictFor(labels, metric, d, decimals);
      rows.push({
        scenario,
        measure: `${words.name} (${words.unit})`,
        difference: d.difference,
        low: d.ci95[0],
        high: d.ci95[1],
        direction: direction === 'none' ? w.noClear : betterDirection(metric) === 'none' ? w.neutralClear : direction === 'lower' ? w.lowerClear : w.higherClear,
        differenceText: formatNumber(labels, d.difference, decimals, true),
        intervalText: formatInterval(labels, d.ci95, decimals),
        // the tooltip gives the difference and its interval on their own rows: the verdict in words only
        verdict: direction === 'none' ? text : direction === 'lower' ? words.lower : words.higher,
      });
    }
  }
  if (rows.length === 0) return null;
  const tooltip = [
    { field: 'scenario', title: w.scenario },
    { field: 'measure', title: w.measure },
    { field: 'differenceText', title: w.difference },
    { field: 'intervalText', title: w.ci },
    { field: 'verdict', title: labels.verdict },
  ];
  const y = { field: 'scenario', type: 'nominal', sort: names, title: null };
  // a panel per measure, each with its own axis in its own unit (a facet would share one axis title)
  const panels = metrics
    .map((m) => metricWords(labels, m))
    .filter((x) => rows.some((r) => r.measure === `${x.name} (${x.unit})`))
    .map((x) => ({
      title: { text: x.name, anchor: 'start', fontSize: 12 },
      width: 260,
      height: Math.max(40, 20 * names.length),
      transform: [{ filter: { field: 'measure', equal: `${x.name} (${x.unit})` } }],
      layer: [
        { mark: { type: 'rule', color: '#444444', strokeDash: [3, 3] }, encoding: { x: { datum: 0, type: 'quantitative' } } },
        { mark: { type: 'rule', strokeWidth: 2 }, encoding: { y, x: { field: 'low', type: 'quantitative', title: w.differences.axis(x.unit) }, x2: { field: 'high' }, color: directionColour(w), tooltip } },
        { mark: { type: 'point', filled: true, size: 70 }, encoding: { y, x: { field: 'difference', type: 'quantitative' }, color: directionColour(w), tooltip } },
      ],
    }));
  const spec = topLevel(labels, w.differences.title, w.differences.caption, {
    data: { values: rows },
    concat: panels,
    columns: 2,
    resolve: { scale: { x: 'independent' } },
  });
  return { name: 'differences', title: w.differences.title, caption: w.differences.caption, spec };
}

function directionColour(w: Labels['charts']) {
  return { field: 'direction', type: 'nominal', title: null, scale: { domain: [w.lowerClear, w.higherClear, w.neutralClear, w.noClear], range: [BETTER, WORSE, '#333333', GREY] } };
}

// ---- handovers -----------------------------------------------------------------------------------

/**
 * Handovers per family by cause, stacked per scenario: a colour per cause, dark for cold (a new
 * face) and light for warm (a known one), so "fewer handovers" and "fewer strangers" can be told apart.
 */
function handoversChart(labels: Labels, summaries: ScenarioSummary[]): ChartDef | null {
  const w = labels.charts;
  const bars: Array<Record<string, unknown>> = [];
  const totals: Array<Record<string, unknown>> = [];
  const parts = HANDOVER_CAUSES.flatMap((cause) => (['cold', 'warm'] as const).map((kind) => ({ cause, kind, metric: `handoversByCause.${cause}.${kind}` })));
  const legend = parts.map((p) => metricWords(labels, p.metric).name);
  for (const s of summaries) {
    const name = s.scenario.name;
    parts.forEach((p, order) => {
      const m = metricOf(s, p.metric);
      if (!m) return;
      bars.push({ scenario: name, part: legend[order], order, mean: m.mean, text: formatNumber(labels, m.mean, 2) });
    });
    const total = metricOf(s, 'handoversPerFamily');
    if (total) totals.push({ scenario: name, mean: total.mean, low: total.ci95[0], high: total.ci95[1], text: formatNumber(labels, total.mean, 2), intervalText: formatInterval(labels, total.ci95, 2) });
  }
  if (bars.length === 0) return null;
  const order = summaries.map((s) => s.scenario.name);
  const y = { field: 'scenario', type: 'nominal', sort: order, title: null };
  const spec = topLevel(labels, w.handovers.title, w.handovers.caption, {
    width: 560,
    height: { step: 26 },
    layer: [
      {
        data: { values: bars },
        mark: { type: 'bar', height: { band: 0.7 } },
        encoding: {
          y,
          x: { field: 'mean', type: 'quantitative', stack: 'zero', title: w.handovers.axis, scale: { zero: true } },
          color: { field: 'part', type: 'nominal', title: null, sort: legend, scale: { domain: legend, range: parts.map((p) => CAUSE_COLOURS[p.cause][p.kind]) }, legend: { columns: 4 } },
          order: { field: 'order' },
          tooltip: [
            { field: 'scenario', title: w.scenario },
            { field: 'part', title: w.kind },
            { field: 'text', title: w.mean },
          ],
        },
      },
      {
        data: { values: totals },
        mark: { type: 'rule', strokeWidth: 1.5, color: '#222222' },
        encoding: {
          y,
          x: { field: 'low', type: 'quantitative' },
          x2: { field: 'high' },
          tooltip: [
            { field: 'scenario', title: w.scenario },
            { field: 'text', title: `${w.mean} (${w.total})` },
            { field: 'intervalText', title: w.ci },
          ],
        },
      },
    ],
  });
  return { name: 'handovers', title: w.handovers.title, caption: w.handovers.caption, spec };
}

function histogramRows(h: Histogram | undefined): Array<{ value: number; share: number; families: number }> {
  if (!h) return [];
  return h.bins.map((value, i) => ({ value, share: h.share[i] ?? 0, families: h.familiesPerReplication[i] ?? 0 }));
}

function handoverDistributionChart(labels: Labels, summaries: ScenarioSummary[]): ChartDef | null {
  const w = labels.charts;
  const rows: Array<Record<string, unknown>> = [];
  const kinds: string[] = [];
  for (const s of summaries) {
    const split = s.distributions.coldHandoversPerFamily && s.distributions.warmHandoversPerFamily;
    const parts: Array<[string, Histogram | undefined]> = split
      ? [
          [w.cold, s.distributions.coldHandoversPerFamily],
          [w.warm, s.distributions.warmHandoversPerFamily],
        ]
      : [[w.total, s.distributions.handoversPerFamily]];
    for (const [kind, h] of parts) {
      for (const r of histogramRows(h)) {
        if (!kinds.includes(kind)) kinds.push(kind);
        rows.push({ scenario: s.scenario.name, kind, count: r.value, share: r.share, shareText: formatPercent(labels, r.share), familiesText: formatNumber(labels, r.families, 1) });
      }
    }
  }
  if (rows.length === 0) return null;
  const colours = kinds.map((k) => (k === w.cold ? WORSE : k === w.warm ? OKABE_ITO.skyBlue : OKABE_ITO.blue));
  const spec = topLevel(labels, w.handoverDistribution.title, w.handoverDistribution.caption, {
    data: { values: rows },
    facet: { field: 'scenario', type: 'nominal', sort: summaries.map((s) => s.scenario.name), title: null, header: panelHeader(230) },
    columns: 3,
    // an x axis per panel: shared footer axes would also be drawn under empty grid cells
    resolve: { axis: { x: 'independent' } },
    spec: {
      width: 230,
      height: 130,
      mark: { type: 'bar' },
      encoding: {
        x: { field: 'count', type: 'ordinal', title: w.handoverDistribution.axis, axis: { labelAngle: 0, labelOverlap: 'greedy', labelSeparation: 3 } },
        xOffset: { field: 'kind', type: 'nominal', sort: kinds },
        y: { field: 'share', type: 'quantitative', title: w.shareOfFamilies, axis: { format: '.0%' }, scale: { zero: true } },
        color: { field: 'kind', type: 'nominal', title: w.kind, sort: kinds, scale: { domain: kinds, range: colours } },
        tooltip: [
          { field: 'scenario', title: w.scenario },
          { field: 'kind', title: w.kind },
          { field: 'count', title: w.handoverDistribution.axis },
          { field: 'shareText', title: w.shareOfFamilies },
        ],
      },
    },
  });
  return { name: 'handovers-distribution', title: w.handoverDistribution.title, caption: w.handoverDistribution.caption, spec };
}

// ---- guardian changes, with the tail ------------------------------------------------------------

function guardianChangesChart(labels: Labels, summaries: ScenarioSummary[]): ChartDef | null {
  const w = labels.charts;
  const g = w.guardianChanges;
  const rows: Array<Record<string, unknown>> = [];
  const panelWidth = 230;
  for (const s of summaries) {
    const bins = histogramRows(s.distributions.guardianChangesPerFamily);
    if (bins.length === 0) continue;
    const tailShare = bins.filter((b) => b.value >= GUARDIAN_TAIL_CHANGES).reduce((a, b) => a + b.share, 0);
    const observedMax = Math.max(...bins.filter((b) => b.share > 0).map((b) => b.value), 0);
    const most = Math.max(observedMax, metricOf(s, 'guardianChangesPerFamily')?.max ?? 0);
    for (const b of bins) {
      rows.push({ type: 'bar', scenario: s.scenario.name, changes: b.value, share: b.share, group: b.value >= GUARDIAN_TAIL_CHANGES ? g.tailLegend : g.restLegend, shareText: formatPercent(labels, b.share) });
    }
    rows.push({ type: 'note', scenario: s.scenario.name, line1: g.tail(formatPercent(labels, tailShare)), line2: g.most(Math.round(most)) });
  }
  if (rows.length === 0) return null;
  const tooltip = [
    { field: 'scenario', title: w.scenario },
    { field: 'changes', title: g.axis },
    { field: 'shareText', title: w.shareOfFamilies },
  ];
  const spec = topLevel(labels, g.title, g.caption, {
    data: { values: rows },
    facet: { field: 'scenario', type: 'nominal', sort: summaries.map((s) => s.scenario.name), title: null, header: panelHeader(panelWidth) },
    columns: 3,
    resolve: { axis: { x: 'independent' } },
    spec: {
      width: panelWidth,
      height: 140,
      layer: [
        {
          transform: [{ filter: "datum.type === 'bar'" }],
          mark: { type: 'bar' },
          encoding: {
            x: { field: 'changes', type: 'ordinal', title: g.axis, axis: { labelAngle: 0, labelOverlap: 'greedy', labelSeparation: 3 } },
            y: { field: 'share', type: 'quantitative', title: w.shareOfFamilies, axis: { format: '.0%' }, scale: { zero: true } },
            color: { field: 'group', type: 'nominal', title: null, scale: { domain: [g.restLegend, g.tailLegend], range: [OKABE_ITO.blue, WORSE] } },
            tooltip,
          },
        },
        {
          transform: [{ filter: "datum.type === 'note'" }],
          mark: { type: 'text', align: 'right', baseline: 'top', fontSize: 11, fontWeight: 'bold', color: WORSE },
          encoding: { text: { field: 'line1' }, x: { value: panelWidth - 4 }, y: { value: 4 } },
        },
        {
          transform: [{ filter: "datum.type === 'note'" }],
          mark: { type: 'text', align: 'right', baseline: 'top', fontSize: 11, color: '#333333' },
          encoding: { text: { field: 'line2' }, x: { value: panelWidth - 4 }, y: { value: 19 } },
        },
      ],
    },
  });
  return { name: 'guardian-changes', title: g.title, caption: g.caption, spec };
}

// ---- professionals per family ----------------------------------------------------------------------

function professionalsChart(labels: Labels, summaries: ScenarioSummary[]): ChartDef | null {
  const w = labels.charts;
  const p = w.professionals;
  const panels: Array<[string, string]> = [
    ['professionalsPerFamily', p.distinct],
    ['maxProfessionalsAtOnce', p.atOnce],
  ];
  const intervals: Array<Record<string, unknown>> = [];
  const points: Array<Record<string, unknown>> = [];
  const statistics = [`${w.mean} (${w.ci})`, w.p90, w.max];
  for (const s of summaries) {
    for (const [metric, panel] of panels) {
      const m = metricOf(s, metric);
      if (!m) continue;
      const base = { scenario: s.scenario.name, panel };
      const meanText = `${formatNumber(labels, m.mean, 2)} (${formatInterval(labels, m.ci95, 2)})`;
      intervals.push({ ...base, low: m.ci95[0], high: m.ci95[1], meanText });
      points.push({ ...base, statistic: statistics[0], value: m.mean, valueText: meanText });
      points.push({ ...base, statistic: statistics[1], value: m.p90, valueText: formatNumber(labels, m.p90, 0) });
      points.push({ ...base, statistic: statistics[2], value: m.max, valueText: formatNumber(labels, m.max, 0) });
    }
  }
  if (points.length === 0) return null;
  const used = panels.map(([, name]) => name).filter((name) => points.some((r) => r.panel === name));
  const y = { field: 'scenario', type: 'nominal', sort: summaries.map((s) => s.scenario.name), title: null };
  const x = { type: 'quantitative', title: p.axis, scale: { zero: true } };
  const spec = topLevel(labels, p.title, p.caption, {
    data: { values: [...intervals.map((r) => ({ ...r, layer: 'interval' })), ...points.map((r) => ({ ...r, layer: 'point' }))] },
    facet: { column: { field: 'panel', type: 'nominal', sort: used, title: null, header: { labelFontWeight: 'bold', labelFontSize: 12 } } },
    resolve: { scale: { x: 'independent' } },
    spec: {
      width: 280,
      height: { step: 24 },
      layer: [
        {
          transform: [{ filter: "datum.layer === 'interval'" }],
          mark: { type: 'rule', strokeWidth: 2, color: '#222222' },
          encoding: { y, x: { field: 'low', ...x }, x2: { field: 'high' }, tooltip: [{ field: 'scenario', title: w.scenario }, { field: 'meanText', title: `${w.mean} (${w.ci})` }] },
        },
        {
          transform: [{ filter: "datum.layer === 'point'" }],
          mark: { type: 'point', filled: true, size: 80, opacity: 1 },
          encoding: {
            y,
            x: { field: 'value', ...x },
            shape: { field: 'statistic', type: 'nominal', title: null, scale: { domain: statistics, range: ['circle', 'triangle-right', 'cross'] } },
            color: { field: 'statistic', type: 'nominal', title: null, scale: { domain: statistics, range: ['#222222', OKABE_ITO.blue, WORSE] } },
            tooltip: [
              { field: 'scenario', title: w.scenario },
              { field: 'statistic', title: w.measure },
              { field: 'valueText', title: p.axis },
            ],
          },
        },
      ],
    },
  });
  return { name: 'professionals', title: p.title, caption: p.caption, spec };
}

// ---- waits ------------------------------------------------------------------------------------------

function waitsChart(labels: Labels, summaries: ScenarioSummary[], baseline: string): ChartDef | null {
  const w = labels.charts;
  const names = summaries.map((s) => s.scenario.name);
  // a panel per link (and one for signal → first visit), a row per scenario: no colour to decode
  const panels = [...LINKS.map((l) => labels.links[l]), w.waits.toGuardian];
  const rows: Array<Record<string, unknown>> = [];
  for (const s of summaries) {
    const role = s.scenario.name === baseline ? labels.baselineTag : w.scenario.toLowerCase();
    const add = (panel: string, m: MetricSummary | undefined, decimals: number) => {
      // a link the scenario does not have: no point, rather than "– (– tot –)"
      if (!m || !Number.isFinite(m.mean)) return;
      // a wait is never negative: an interval below zero is an artefact of few replications
      rows.push({ panel, scenario: s.scenario.name, role, mean: m.mean, low: Math.max(0, m.ci95[0]), high: m.ci95[1], text: `${formatNumber(labels, m.mean, decimals)} (${formatInterval(labels, m.ci95, decimals)})`, p90Text: formatNumber(labels, m.p90, decimals) });
    };
    LINKS.forEach((link) => add(labels.links[link], metricOf(s, `waitDays.${link}`), 1));
    add(w.waits.toGuardian, metricOf(s, 'timeFromRulingToGuardianDays'), 0);
  }
  if (rows.length === 0) return null;
  const y = { field: 'scenario', type: 'nominal', sort: names, title: null };
  const tooltip = [
    { field: 'panel', title: w.waits.link },
    { field: 'scenario', title: w.scenario },
    { field: 'text', title: `${w.mean} (${w.ci}), ${w.days}` },
    { field: 'p90Text', title: `${w.p90}, ${w.days}` },
  ];
  const spec = topLevel(labels, w.waits.title, w.waits.caption, {
    data: { values: rows },
    facet: { field: 'panel', type: 'nominal', sort: panels.filter((p) => rows.some((r) => r.panel === p)), title: null, header: { labelAnchor: 'start', labelFontWeight: 'bold', labelLimit: 300 } },
    columns: 3,
    resolve: { scale: { x: 'independent' } },
    spec: {
      width: 220,
      height: { step: 16 },
      layer: [
        {
          mark: { type: 'bar', height: { band: 0.7 } },
          encoding: {
            y,
            x: { field: 'mean', type: 'quantitative', title: w.waits.axis, scale: { zero: true } },
            color: { field: 'role', type: 'nominal', title: null, scale: { domain: [labels.baselineTag, w.scenario.toLowerCase()], range: [GREY, OKABE_ITO.blue] }, legend: null },
            tooltip,
          },
        },
        { mark: { type: 'rule', color: '#222222' }, encoding: { y, x: { field: 'low', type: 'quantitative' }, x2: { field: 'high' }, tooltip } },
      ],
    },
  });
  return { name: 'waits', title: w.waits.title, caption: w.waits.caption, spec };
}

// ---- series over time with bands --------------------------------------------------------------

/**
 * A panel per scenario with the baseline drawn in grey in each: with ten scenarios one panel of
 * ten coloured bands is unreadable, and the question is always "this reform against today".
 */
function seriesChart(labels: Labels, summaries: ScenarioSummary[], baseline: string, key: string, name: string, words: { title: string; caption: string; axis: string }): ChartDef | null {
  const w = labels.charts;
  const withData = summaries.filter((s) => (s.series[key]?.day.length ?? 0) > 0);
  if (withData.length === 0) return null;
  const base = withData.find((s) => s.scenario.name === baseline);
  const others = withData.filter((s) => s !== base);
  const panels = others.length > 0 ? others : withData;
  const baseRole = baseline === labels.baselineTag ? baseline : `${baseline} (${labels.baselineTag})`;
  const scenarioRole = w.scenario;
  const rows: Array<Record<string, unknown>> = [];
  const hover = new Map<string, Map<number, string[]>>();
  const push = (panel: string, s: ScenarioSummary, role: string) => {
    const series: SeriesSummary = s.series[key]!; // only summaries withData come here
    const months = hover.get(panel) ?? new Map<number, string[]>();
    hover.set(panel, months);
    series.day.forEach((day, i) => {
      const month = day / DAYS_PER_MONTH;
      // these are counts: an interval below zero is an artefact of few replications
      const low = Math.max(0, series.ci95Low[i]!);
      // the series' arrays run in step with its days
      const mean = series.mean[i]!;
      const high = series.ci95High[i]!;
      rows.push({ layer: 'series', panel, role, month, mean, low, high });
      const at = Math.round(month * 1000) / 1000;
      months.set(at, [...(months.get(at) ?? []), `${s.scenario.name}: ${formatNumber(labels, mean, 1)} (${formatInterval(labels, [low, high], 1)})`]);
    });
  };
  for (const s of panels) {
    if (base && s !== base) push(s.scenario.name, base, baseRole);
    push(s.scenario.name, s, s === base ? baseRole : scenarioRole);
  }
  for (const [panel, months] of hover) {
    const at = [...months.keys()].sort((a, b) => a - b);
    at.forEach((month, i) => {
      const before = i > 0 ? (month + at[i - 1]!) / 2 : month;
      const after = i < at.length - 1 ? (month + at[i + 1]!) / 2 : month;
      rows.push({ layer: 'hover', panel, month: before, monthEnd: after, monthText: formatNumber(labels, month, 0), values: months.get(month)!.join('\n') });
    });
  }
  const roles = base && others.length > 0 ? [baseRole, scenarioRole] : [base ? baseRole : scenarioRole];
  const colour = {
    field: 'role',
    type: 'nominal',
    title: null,
    sort: roles,
    scale: { domain: roles, range: roles.map((r) => (r === baseRole ? GREY : OKABE_ITO.blue)) },
    legend: { symbolType: 'stroke', symbolStrokeWidth: 2.5, symbolOpacity: 1 },
  };
  const x = { field: 'month', type: 'quantitative', title: w.month, scale: { zero: true, nice: false } };
  const series = { filter: "datum.layer === 'series'" };
  const spec = topLevel(labels, words.title, words.caption, {
    data: { values: rows },
    facet: { field: 'panel', type: 'nominal', sort: panels.map((s) => s.scenario.name), title: null, header: panelHeader(230) },
    columns: 3,
    resolve: { axis: { x: 'independent' } },
    spec: {
      width: 230,
      height: 150,
      layer: [
        { transform: [series], mark: { type: 'area', opacity: 0.18 }, encoding: { x, y: { field: 'low', type: 'quantitative', title: words.axis, scale: { zero: true } }, y2: { field: 'high' }, color: colour } },
        { transform: [series], mark: { type: 'line', strokeWidth: 1.8 }, encoding: { x, y: { field: 'mean', type: 'quantitative' }, color: colour } },
        {
          transform: [{ filter: "datum.layer === 'hover'" }],
          mark: { type: 'bar', fill: 'white', opacity: 0 },
          encoding: {
            x,
            x2: { field: 'monthEnd' },
            tooltip: [
              { field: 'monthText', title: w.month },
              { field: 'values', title: `${w.mean} (${w.ci})` },
            ],
          },
        },
      ],
    },
  });
  return { name, title: words.title, caption: words.caption, spec };
}
