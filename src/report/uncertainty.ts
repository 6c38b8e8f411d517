// The uncertainty analysis in the report: charts (the effect of each reform over plausible
// worlds beside the noise-only interval; a tornado of drivers per reform), an HTML section and
// a Markdown section that the comparison report places, and a page of its own for
// `jbsim uncertainty`. Reads uncertainty.json only. Scenarios appear by the names the caller
// gives (the comparison report: their titles), parameters by their labels. With fewer worlds
// than it takes to tell the parameters apart, the section says what the worlds can and cannot
// say and leaves out what they cannot (drivers, what to measure first).

import type { Comparison } from '../experiment/types.js';
import { mostMissedBands, type UncertaintyFile, type WorldScreen } from '../experiment/uncertaintyTypes.js';
import { scaled, slug } from './experimentCharts.js';
import { topLevel, type ChartDef, type VlSpec } from './charts.js';
import { decimalsFor, formatEuro, formatEuroRange, formatInterval, formatNumber, formatPercent } from './format.js';
import { escapeMarkdown } from './markup.js';
import { metricWords, type Labels } from './labels.js';
import { betterDirection, SUMMARY_METRICS } from './outcomes.js';
import { parameterName } from './parameterWords.js';
import { GREY, OKABE_ITO, WORSE, BETTER } from './theme.js';
import { driversKnown, standingOut, uncertaintyStatement, type UncertaintyNames } from './uncertaintyText.js';
import { uncertaintyWords, type UncertaintyWords } from './uncertaintyLabels.js';

/** Drivers a tornado shows per measure. */
const TORNADO_DRIVERS = 4;
/** Parameters the "measure first" table lists. */
const MEASURE_FIRST_ROWS = 10;
/** One-sided confidence for "points the same way in all n worlds → in at least this share of all". */
const LEAST_SHARE_ALPHA = 0.05;

export const reforms = (file: UncertaintyFile) => Object.keys(file.scenarios);
const measureLabel = (labels: Labels, metric: string) => {
  const w = metricWords(labels, metric);
  return w.unit ? `${w.name} (${w.unit})` : w.name;
};
const digits = (metric: string, ...values: number[]) => decimalsFor(metric, Math.max(...values.filter(Number.isFinite).map(Math.abs), 0));

/**
 * An effect and a range as the rest of the report writes them: euro as a budget line ("+€ 396.800",
 * "€ 1,3 mln"), the way the cost table does, not hundreds of thousands in whole euro; other
 * measures to the digits their spread needs.
 */
function effectText(labels: Labels, metric: string, value: number, d: number): string {
  return metric === 'costPerYearEuro' ? formatEuro(labels, value, true) : formatNumber(labels, value, d, true);
}
function rangeText(labels: Labels, metric: string, range: [number, number], d: number): string {
  return metric === 'costPerYearEuro' ? formatEuroRange(labels, range) : formatInterval(labels, range, d);
}

/** Scenarios by name, parameters by their labels in the report's language. */
export function labelledNames(labels: Labels, scenario: (name: string) => string = (n) => n): UncertaintyNames {
  return { scenario, parameter: (path) => parameterName(labels.lang, path) };
}

/**
 * The analysis with its noise-only intervals taken from a comparison where it has none (a run
 * with `--base-replications 0` beside `jbsim compare` on the same seed: the same numbers).
 */
export function withNoiseFrom(file: UncertaintyFile, comparison: Comparison): UncertaintyFile {
  const scenarios: UncertaintyFile['scenarios'] = {};
  for (const [name, entry] of Object.entries(file.scenarios)) {
    const metrics: UncertaintyFile['scenarios'][string]['metrics'] = {};
    for (const [metric, u] of Object.entries(entry.metrics)) {
      const d = comparison.scenarios[name]?.[metric];
      metrics[metric] = u.noiseOnly === null && d !== undefined && comparison.baseline === file.baseline ? { ...u, noiseOnly: { difference: d.difference, ci95: d.ci95, replications: comparison.replications } } : u;
    }
    scenarios[name] = { ...entry, metrics };
  }
  return { ...file, scenarios };
}

/**
 * The least share of all plausible worlds in which an effect points one way, with 95%
 * confidence, when it does so in every one of n sampled worlds (Clopper–Pearson, one-sided): α^(1/n).
 */
export function leastShareWhenAllAgree(n: number): number {
  return n > 0 ? LEAST_SHARE_ALPHA ** (1 / n) : NaN;
}

// ---- charts ---------------------------------------------------------------------------------

/** The marks of the effects chart, shared by its panels and its key so the two cannot drift apart. */
const EFFECT_MARKS = {
  zero: { type: 'rule', color: '#444444', strokeDash: [3, 3] },
  world: { type: 'tick', color: OKABE_ITO.skyBlue, opacity: 0.5, thickness: 1 },
  noise: { type: 'rule', color: GREY, strokeWidth: 6, opacity: 0.6 },
  range: { type: 'rule', color: OKABE_ITO.blue, strokeWidth: 3 },
  median: { type: 'point', filled: true, size: 60, color: OKABE_ITO.blue },
} as const;
const KEY_LINE = 18;
const KEY_SYMBOL = 28;

/**
 * The key to the effects chart, drawn with the panels' own marks: a PNG pasted into a memo has
 * neither the caption nor the tooltips to say what a tick, a blue line or a grey bar is.
 */
function effectsKey(w: UncertaintyWords): VlSpec {
  const lines = [w.effects.key.world, w.effects.key.range, w.effects.key.noise, w.effects.key.zero];
  const at = (i: number) => ({ value: KEY_LINE * i + KEY_LINE / 2 });
  const one = { values: [{}] };
  return {
    width: 420,
    height: KEY_LINE * lines.length,
    // a key, not a plot: no frame around it
    view: { stroke: null },
    layer: [
      { data: one, mark: { ...EFFECT_MARKS.world, orient: 'vertical', size: 12 }, encoding: { x: { value: KEY_SYMBOL / 2 }, y: at(0) } },
      { data: one, mark: EFFECT_MARKS.range, encoding: { x: { value: 2 }, x2: { value: KEY_SYMBOL - 2 }, y: at(1) } },
      { data: one, mark: EFFECT_MARKS.median, encoding: { x: { value: KEY_SYMBOL / 2 }, y: at(1) } },
      { data: one, mark: EFFECT_MARKS.noise, encoding: { x: { value: 2 }, x2: { value: KEY_SYMBOL - 2 }, y: at(2) } },
      { data: one, mark: { ...EFFECT_MARKS.zero, orient: 'vertical' }, encoding: { x: { value: KEY_SYMBOL / 2 }, y: { value: KEY_LINE * 3 + 3 }, y2: { value: KEY_LINE * 4 - 3 } } },
      {
        data: { values: lines.map((text, i) => ({ text, y: KEY_LINE * i + KEY_LINE / 2 })) },
        mark: { type: 'text', align: 'left', baseline: 'middle', fontSize: 11, color: '#333333' },
        encoding: { x: { value: KEY_SYMBOL + 8 }, y: { field: 'y', type: 'quantitative', scale: null }, text: { field: 'text' } },
      },
    ],
  };
}

/** Per measure a panel in its own unit: each reform's effect in every world, its median and 5th–95th percentile, and the noise-only interval. */
export function effectsChart(labels: Labels, file: UncertaintyFile, names: UncertaintyNames = labelledNames(labels)): ChartDef | null {
  const w = uncertaintyWords(labels.lang);
  const rows: Array<Record<string, unknown>> = [];
  for (const name of reforms(file)) {
    const scenario = names.scenario(name);
    for (const metric of file.metrics) {
      const u = file.scenarios[name]!.metrics[metric];
      if (!u || u.effect.n === 0) continue;
      const d = digits(metric, u.effect.p5, u.effect.p95);
      const improve = betterDirection(metric) === 'none' ? w.noDirection : formatPercent(labels, u.probabilityOfImprovement, 0);
      // euro a year drawn in millions, as on every other cost axis; the tooltips keep the report's text
      const { factor } = scaled(labels, metric);
      // one data source: each layer draws the rows that have its field (vega-lite drops rows whose x is missing)
      u.samples.forEach((e, k) => {
        if (Number.isFinite(e)) rows.push({ scenario, metric, sample: e * factor, text: effectText(labels, metric, e, d), world: k + 1 });
      });
      rows.push({ scenario, metric, median: u.effect.median * factor, low: u.effect.p5 * factor, high: u.effect.p95 * factor, text: `${effectText(labels, metric, u.effect.median, d)} (${rangeText(labels, metric, [u.effect.p5, u.effect.p95], d)})`, improve });
      if (u.noiseOnly && Number.isFinite(u.noiseOnly.ci95[0])) {
        rows.push({ scenario, metric, noiseLow: u.noiseOnly.ci95[0] * factor, noiseHigh: u.noiseOnly.ci95[1] * factor, text: `${effectText(labels, metric, u.noiseOnly.difference, d)} (${rangeText(labels, metric, u.noiseOnly.ci95, d)})` });
      }
    }
  }
  if (rows.length === 0) return null;
  const y = { field: 'scenario', type: 'nominal', sort: reforms(file).map(names.scenario), title: null };
  // a panel per measure, each with its own axis in its own unit (a facet would share one axis title)
  const panels = file.metrics
    .filter((m) => rows.some((r) => r.metric === m))
    .map((m) => {
      const words = metricWords(labels, m);
      const x = (field: string) => ({ field, type: 'quantitative', title: w.effects.axis(scaled(labels, m).unit) });
      return {
        title: { text: words.name, anchor: 'start', fontSize: 12 },
        width: 260,
        height: { step: 22 },
        transform: [{ filter: { field: 'metric', equal: m } }],
        layer: [
          { mark: EFFECT_MARKS.zero, encoding: { x: { datum: 0, type: 'quantitative' } } },
          { mark: EFFECT_MARKS.world, encoding: { y, x: x('sample'), tooltip: [{ field: 'scenario', title: w.scenario }, { field: 'world', title: w.effects.sample }, { field: 'text', title: labels.charts.difference }] } },
          { mark: { ...EFFECT_MARKS.noise, yOffset: 7 }, encoding: { y, x: x('noiseLow'), x2: { field: 'noiseHigh' }, tooltip: [{ field: 'scenario', title: w.scenario }, { field: 'text', title: w.noiseOnly }] } },
          { mark: EFFECT_MARKS.range, encoding: { y, x: x('low'), x2: { field: 'high' } } },
          {
            mark: EFFECT_MARKS.median,
            encoding: { y, x: x('median'), tooltip: [{ field: 'scenario', title: w.scenario }, { field: 'text', title: `${w.median} (${w.range90})` }, { field: 'improve', title: w.probability }] },
          },
        ],
      };
    });
  const spec = topLevel(labels, w.effects.title, w.effects.caption, {
    data: { values: rows },
    vconcat: [effectsKey(w), { concat: panels, columns: 2, resolve: { scale: { x: 'independent' } } }],
  });
  return { name: 'uncertainty-effects', title: w.effects.title, caption: w.effects.caption, spec };
}

/**
 * For one reform, per measure: the parameters most related to its effect, with intervals (a
 * tornado). One axis of "measure · parameter" rows, the measures in the file's order and the
 * strongest driver first within each: facets with their own parameter axis would need
 * independent scales over layered marks, which vega-lite cannot union cleanly. None when the
 * worlds are too few to tell the parameters apart.
 */
export function driversChart(labels: Labels, file: UncertaintyFile, scenario: string, names: UncertaintyNames = labelledNames(labels)): ChartDef | null {
  if (!driversKnown(file)) return null;
  const w = uncertaintyWords(labels.lang);
  const rows: Array<Record<string, unknown>> = [];
  for (const metric of file.metrics) {
    const u = file.scenarios[scenario]?.metrics[metric];
    if (!u) continue;
    const measure = metricWords(labels, metric).name;
    u.drivers
      .filter((d) => Number.isFinite(d.coefficient))
      .slice(0, TORNADO_DRIVERS)
      .forEach((d) => {
        const parameter = names.parameter(d.path);
        rows.push({
          row: `${measure} · ${parameter}`,
          measure,
          parameter,
          coefficient: d.coefficient,
          // a missing interval is drawn as none
          low: Number.isFinite(d.ci95[0]) ? d.ci95[0] : d.coefficient,
          high: Number.isFinite(d.ci95[1]) ? d.ci95[1] : d.coefficient,
          sign: d.coefficient >= 0 ? '+' : '−',
          text: formatNumber(labels, d.coefficient, 2, true),
          interval: Number.isFinite(d.ci95[0]) ? formatInterval(labels, d.ci95, 2) : '–',
        });
      });
  }
  if (rows.length === 0) return null;
  const y = { field: 'row', type: 'nominal', sort: rows.map((r) => r.row), title: null, axis: { labelLimit: 420 } };
  const tooltip = [
    { field: 'measure', title: w.measure },
    { field: 'parameter', title: w.tornado.parameter },
    { field: 'text', title: 'PRCC' },
    { field: 'interval', title: w.tornado.interval },
  ];
  const title = w.tornado.title(names.scenario(scenario));
  const caption = w.tornado.caption('PRCC');
  const spec = topLevel(labels, title, caption, {
    data: { values: rows },
    width: 360,
    height: { step: 13 },
    layer: [
      {
        mark: { type: 'bar' },
        encoding: {
          y,
          x: { field: 'coefficient', type: 'quantitative', title: w.tornado.axis, scale: { domain: [-1, 1] } },
          color: { field: 'sign', type: 'nominal', legend: null, scale: { domain: ['+', '−'], range: [WORSE, BETTER] } },
          tooltip,
        },
      },
      { mark: { type: 'rule', color: '#222222' }, encoding: { y, x: { field: 'low', type: 'quantitative' }, x2: { field: 'high' }, tooltip } },
      { mark: { type: 'rule', color: '#444444' }, encoding: { x: { datum: 0, type: 'quantitative' } } },
    ],
  });
  return { name: `uncertainty-drivers-${slug(scenario)}`, title, caption, spec };
}

/** Every chart of the analysis: the effects, then a tornado per reform (when the worlds can tell). */
export function uncertaintyCharts(labels: Labels, file: UncertaintyFile, names: UncertaintyNames = labelledNames(labels)): ChartDef[] {
  return [effectsChart(labels, file, names), ...reforms(file).map((s) => driversChart(labels, file, s, names))].filter((c): c is ChartDef => c !== null);
}

// ---- tables as data (the page and the Markdown render the same rows) -------------------------

export function effectRows(labels: Labels, file: UncertaintyFile, names: UncertaintyNames): string[][] {
  const w = uncertaintyWords(labels.lang);
  const known = driversKnown(file);
  const rows: string[][] = [];
  for (const scenario of reforms(file)) {
    for (const metric of file.metrics) {
      const u = file.scenarios[scenario]!.metrics[metric];
      if (!u || u.effect.n === 0) continue;
      const d = digits(metric, u.effect.p5, u.effect.p95);
      const top = standingOut(file, u)[0];
      rows.push([
        names.scenario(scenario),
        measureLabel(labels, metric),
        effectText(labels, metric, u.effect.median, d),
        rangeText(labels, metric, [u.effect.p5, u.effect.p95], d),
        u.noiseOnly && Number.isFinite(u.noiseOnly.ci95[0]) ? `${effectText(labels, metric, u.noiseOnly.difference, d)} (${rangeText(labels, metric, u.noiseOnly.ci95, d)})` : '–',
        betterDirection(metric) === 'none' ? w.noDirection : formatPercent(labels, u.probabilityOfImprovement, 0),
        ...(known ? [top ? `${names.parameter(top.path)} (${formatNumber(labels, top.coefficient, 2, true)})` : '–'] : []),
      ]);
    }
  }
  return rows;
}

export function effectHead(labels: Labels, file: UncertaintyFile): string[] {
  const w = uncertaintyWords(labels.lang);
  return [w.scenario, w.measure, w.median, w.range90, w.noiseOnly, w.probability, ...(driversKnown(file) ? [w.topDriver] : [])];
}

/** The measures a reader weighs (not the waits per link, nor measures where lower is not better), then all together. */
function rankKeys(file: UncertaintyFile): string[] {
  const shown = SUMMARY_METRICS.filter((m) => file.metrics.includes(m) && file.choice[m] !== undefined && betterDirection(m) !== 'none');
  return [...shown, ...(file.choice.weighted ? ['weighted'] : [])];
}

export function rankRows(labels: Labels, w: UncertaintyWords, file: UncertaintyFile, names: UncertaintyNames): { head: string[]; rows: string[][] } {
  const keys = rankKeys(file);
  const head = [w.scenario, ...keys.map((k) => (k === 'weighted' ? w.weighted : measureLabel(labels, k)))];
  const rows = [file.baseline, ...reforms(file)].map((o) => [o === file.baseline ? `${names.scenario(o)}: ${w.baseline}` : names.scenario(o), ...keys.map((k) => formatPercent(labels, file.choice[k]!.rankFirst[o] ?? NaN, 0))]);
  return { head, rows };
}

export function measureFirstRows(labels: Labels, file: UncertaintyFile, names: UncertaintyNames): string[][] {
  const weighted = file.choice.weighted;
  if (!weighted || !driversKnown(file) || !weighted.evppiWithinEvpi) return [];
  return weighted.measureFirst.slice(0, MEASURE_FIRST_ROWS).map((v) => [names.parameter(v.path), formatNumber(labels, v.evppi, 4), v.shareOfEvpi === null ? '–' : formatPercent(labels, v.shareOfEvpi, 0)]);
}

/** Why there is no ranking of what to measure first although the worlds tell drivers apart (null: there is one, or no drivers). */
export function measureFirstUnknownText(labels: Labels, file: UncertaintyFile): string | null {
  const weighted = file.choice.weighted;
  if (!weighted || !driversKnown(file) || weighted.evppiWithinEvpi) return null;
  const top = weighted.measureFirst[0]?.evppi ?? NaN;
  return uncertaintyWords(labels.lang).measureFirstUnknown(formatNumber(labels, weighted.evpi, 4), formatNumber(labels, top, 4));
}

/** What the worlds can and cannot say, when they are too few to tell the parameters apart, and the command that would tell them. */
export function fewWorldsText(labels: Labels, file: UncertaintyFile): (ReturnType<UncertaintyWords['fewWorlds']> & { command: string }) | null {
  // no world analysed (--like-today kept none): there is nothing to say about them, and the worlds check says so
  if (driversKnown(file) || file.analysedWorlds === 0) return null;
  const w = uncertaintyWords(labels.lang);
  const n = file.analysedWorlds;
  const few = w.fewWorlds(n, file.parameters.length, formatPercent(labels, leastShareWhenAllAgree(n), 0), file.likeToday);
  if (!file.likeToday || file.worlds === null) return { ...few, command: w.fullCommand };
  // enough worlds drawn for parameters + 4 to pass at this run's rate, rounded up to thousands
  const needed = ((file.parameters.length + 4) * file.worlds.drawn) / n;
  return { ...few, full: w.fullLikeToday(n, file.worlds.drawn), command: w.fullCommandLikeToday(Math.ceil(needed / 1000) * 1000) };
}

export function statementOf(labels: Labels, file: UncertaintyFile, scenario: string, names: UncertaintyNames): string {
  return uncertaintyStatement(file, scenario, labels.lang, names);
}

// ---- Markdown --------------------------------------------------------------------------------

function markdownTable(head: string[], rows: string[][]): string {
  return [`| ${head.map(escapeMarkdown).join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.map(escapeMarkdown).join(' | ')} |`)].join('\n');
}

/** How many worlds look like today's chain, and the three bands they miss most (null: nothing was checked). */
export function worldsCheckText(labels: Labels, file: UncertaintyFile): string | null {
  const screen = file.worlds;
  if (screen === null || screen.targets.length === 0) return null;
  const w = uncertaintyWords(labels.lang);
  const misses = mostMissedBands(screen, 3).map((t) => w.missed(w.screenTargets[t.name] ?? t.name, t.inside, t.judged));
  const shifts = shiftedText(labels, screen);
  if (file.likeToday) return `${w.keptWorlds(screen.consistent.length, screen.drawn, file.replications, misses.join(', '))}${shifts}`;
  if (misses.length === 0) return null;
  return `${w.worldsCheck(screen.consistent.length, screen.drawn, file.replications, misses.join(', '))}${shifts}`;
}

/** The parameters whose values the bands shift most (up to 3 that stand out), as a sentence; '' when none does. */
function shiftedText(labels: Labels, screen: WorldScreen): string {
  const w = uncertaintyWords(labels.lang);
  const items = screen.shifted
    .filter((s) => s.standsOut)
    .slice(0, 3)
    .map((s) => {
      // two significant digits of the range drawn
      const scale = Math.max(Math.abs(s.drawn.p10), Math.abs(s.drawn.p90));
      const decimals = scale > 0 ? Math.max(0, 1 - Math.floor(Math.log10(scale))) : 0;
      const f = (x: number) => formatNumber(labels, x, decimals);
      return w.shift(labelledNames(labels).parameter(s.path), s.z < 0, [f(s.kept.median), f(s.kept.p10), f(s.kept.p90)], [f(s.drawn.median), f(s.drawn.p10), f(s.drawn.p90)]);
    });
  return items.length === 0 ? '' : ` ${w.shifted(items)}`;
}

/** The section for summary.md (`level`: the heading's depth). */
export function uncertaintyMarkdown(labels: Labels, file: UncertaintyFile, names: UncertaintyNames = labelledNames(labels), level = 3): string {
  const w = uncertaintyWords(labels.lang);
  const few = fewWorldsText(labels, file);
  const worlds = worldsCheckText(labels, file);
  const measureFirst = measureFirstRows(labels, file, names);
  const unknown = measureFirstUnknownText(labels, file);
  const evpi = file.choice.weighted ? formatNumber(labels, file.choice.weighted.evpi, 4) : '–';
  const floor = file.choice.weighted ? formatNumber(labels, file.choice.weighted.noiseFloor, 4) : '–';
  const statements = reforms(file)
    .map((s) => statementOf(labels, file, s, names))
    .filter((s) => s !== '');
  const h = '#'.repeat(level);
  return [
    `${h} ${w.title}`,
    '',
    escapeMarkdown(w.intro(file.analysedWorlds, file.replications, file.parameters.length, file.baseReplications, file.likeToday ? file.samples : null)),
    '',
    ...(worlds ? [`_${escapeMarkdown(worlds)}_`, ''] : []),
    ...(few ? [`_${escapeMarkdown(few.can)}_`, '', `_${escapeMarkdown(few.cannot)}_`, '', `${escapeMarkdown(few.full)} \`${few.command}\``, ''] : []),
    ...statements.map((s) => `- ${escapeMarkdown(s)}`),
    '',
    // no world analysed: a table without rows says nothing the worlds check has not
    ...(file.analysedWorlds > 0 ? [markdownTable(effectHead(labels, file), effectRows(labels, file, names)), ''] : []),
    ...(measureFirst.length > 0 ? [`${h}# ${w.measureFirstTitle}`, '', markdownTable([labels.parameter, w.evppi, w.shareOfEvpi], measureFirst), '', `_${escapeMarkdown(w.measureFirstNote(evpi, floor))}_`, ''] : []),
    ...(unknown ? [`${h}# ${w.measureFirstTitle}`, '', `_${escapeMarkdown(unknown)}_`, ''] : []),
  ].join('\n');
}
