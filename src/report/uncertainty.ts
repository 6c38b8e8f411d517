// The uncertainty analysis in the report: charts (the effect of each reform over plausible
// worlds beside the noise-only interval; a tornado of drivers per reform), an HTML section and
// a Markdown section that the comparison report can place, and a page of its own for
// `jbsim uncertainty`. Reads uncertainty.json only.

import { join } from 'node:path';
import type { Comparison } from '../experiment/types.js';
import type { UncertaintyFile } from '../experiment/uncertaintyTypes.js';
import { slug } from './experimentCharts.js';
import { topLevel, type ChartDef } from './charts.js';
import { writeFileAtomic } from './files.js';
import { decimalsFor, formatInterval, formatNumber, formatPercent } from './format.js';
import { chartFigure, escapeHtml, renderPage, type PageSection } from './html.js';
import { labelsFor, metricWords, type Labels } from './labels.js';
import { escapeMarkdown } from './markdown.js';
import { writeCharts, type RenderedChart } from './render.js';
import { BETTER, GREY, OKABE_ITO, WORSE } from './theme.js';
import type { Lang, ReportOptions } from './types.js';
import { uncertaintyStatement } from './uncertaintyText.js';
import { uncertaintyWords, type UncertaintyWords } from './uncertaintyLabels.js';

/** Drivers a tornado shows per measure. */
const TORNADO_DRIVERS = 4;
/** Parameters the "measure first" table lists. */
const MEASURE_FIRST_ROWS = 10;

const reforms = (file: UncertaintyFile) => Object.keys(file.scenarios);
const measureLabel = (labels: Labels, metric: string) => {
  const w = metricWords(labels, metric);
  return w.unit ? `${w.name} (${w.unit})` : w.name;
};
const digits = (metric: string, ...values: number[]) => decimalsFor(metric, Math.max(...values.filter(Number.isFinite).map(Math.abs), 0));

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

// ---- charts ---------------------------------------------------------------------------------

/** Per measure: each reform's effect in every world, its median and 5th–95th percentile, and the noise-only interval. */
export function effectsChart(labels: Labels, file: UncertaintyFile): ChartDef | null {
  const w = uncertaintyWords(labels.lang);
  const rows: Array<Record<string, unknown>> = [];
  for (const scenario of reforms(file)) {
    for (const metric of file.metrics) {
      const u = file.scenarios[scenario].metrics[metric];
      if (!u || u.effect.n === 0) continue;
      const measure = measureLabel(labels, metric);
      const d = digits(metric, u.effect.p5, u.effect.p95);
      // one data source: each layer draws the rows that have its field (vega-lite drops rows whose x is missing)
      u.samples.forEach((e, k) => {
        if (Number.isFinite(e)) rows.push({ scenario, measure, sample: e, text: formatNumber(labels, e, d, true), world: k + 1 });
      });
      rows.push({ scenario, measure, median: u.effect.median, low: u.effect.p5, high: u.effect.p95, text: `${formatNumber(labels, u.effect.median, d, true)} (${formatInterval(labels, [u.effect.p5, u.effect.p95], d)})`, improve: formatPercent(labels, u.probabilityOfImprovement, 0) });
      if (u.noiseOnly && Number.isFinite(u.noiseOnly.ci95[0])) {
        rows.push({ scenario, measure, noiseLow: u.noiseOnly.ci95[0], noiseHigh: u.noiseOnly.ci95[1], text: `${formatNumber(labels, u.noiseOnly.difference, d, true)} (${formatInterval(labels, u.noiseOnly.ci95, d)})` });
      }
    }
  }
  if (rows.length === 0) return null;
  const measures = file.metrics.map((m) => measureLabel(labels, m));
  const y = { field: 'scenario', type: 'nominal', sort: reforms(file), title: null };
  const x = (field: string) => ({ field, type: 'quantitative', title: w.effects.axis });
  const spec = topLevel(labels, w.effects.title, w.effects.caption, {
    data: { values: rows },
    facet: { field: 'measure', type: 'nominal', sort: measures, title: null, header: { labelAnchor: 'start', labelFontWeight: 'bold' } },
    columns: 2,
    resolve: { scale: { x: 'independent' } },
    spec: {
      width: 260,
      height: { step: 22 },
      layer: [
        { mark: { type: 'rule', color: '#444444', strokeDash: [3, 3] }, encoding: { x: { datum: 0, type: 'quantitative' } } },
        { mark: { type: 'tick', color: OKABE_ITO.skyBlue, opacity: 0.5, thickness: 1 }, encoding: { y, x: x('sample'), tooltip: [{ field: 'scenario', title: w.scenario }, { field: 'world', title: w.effects.sample }, { field: 'text', title: labels.charts.difference }] } },
        { mark: { type: 'rule', color: GREY, strokeWidth: 6, opacity: 0.6, yOffset: 7 }, encoding: { y, x: x('noiseLow'), x2: { field: 'noiseHigh' }, tooltip: [{ field: 'scenario', title: w.scenario }, { field: 'text', title: w.noiseOnly }] } },
        { mark: { type: 'rule', color: OKABE_ITO.blue, strokeWidth: 3 }, encoding: { y, x: x('low'), x2: { field: 'high' } } },
        {
          mark: { type: 'point', filled: true, size: 60, color: OKABE_ITO.blue },
          encoding: { y, x: x('median'), tooltip: [{ field: 'scenario', title: w.scenario }, { field: 'text', title: `${w.median} (${w.range90})` }, { field: 'improve', title: w.probability }] },
        },
      ],
    },
  });
  return { name: 'uncertainty-effects', title: w.effects.title, caption: w.effects.caption, spec };
}

/**
 * For one reform, per measure: the parameters most related to its effect, with intervals (a
 * tornado). One axis of "measure · parameter" rows, the measures in the file's order and the
 * strongest driver first within each: facets with their own parameter axis would need
 * independent scales over layered marks, which vega-lite cannot union cleanly.
 */
export function driversChart(labels: Labels, file: UncertaintyFile, scenario: string): ChartDef | null {
  const w = uncertaintyWords(labels.lang);
  const rows: Array<Record<string, unknown>> = [];
  for (const metric of file.metrics) {
    const u = file.scenarios[scenario]?.metrics[metric];
    if (!u) continue;
    const measure = measureLabel(labels, metric);
    u.drivers
      .filter((d) => Number.isFinite(d.coefficient))
      .slice(0, TORNADO_DRIVERS)
      .forEach((d) => {
        rows.push({
          row: `${measure} · ${d.path}`,
          measure,
          parameter: d.path,
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
  const method = file.method.drivers === 'prcc' ? 'PRCC' : 'Spearman';
  const y = { field: 'row', type: 'nominal', sort: rows.map((r) => r.row), title: null };
  const tooltip = [
    { field: 'measure', title: w.measure },
    { field: 'parameter', title: w.tornado.parameter },
    { field: 'text', title: method },
    { field: 'interval', title: w.tornado.interval },
  ];
  const title = w.tornado.title(scenario);
  const caption = w.tornado.caption(method);
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

/** Every chart of the analysis: the effects, then a tornado per reform. */
export function uncertaintyCharts(labels: Labels, file: UncertaintyFile): ChartDef[] {
  return [effectsChart(labels, file), ...reforms(file).map((s) => driversChart(labels, file, s))].filter((c): c is ChartDef => c !== null);
}

// ---- tables as data (the page and the Markdown render the same rows) -------------------------

interface EffectRow {
  scenario: string;
  measure: string;
  median: string;
  range: string;
  noise: string;
  probability: string;
  driver: string;
}

function effectRows(labels: Labels, file: UncertaintyFile): EffectRow[] {
  const rows: EffectRow[] = [];
  for (const scenario of reforms(file)) {
    for (const metric of file.metrics) {
      const u = file.scenarios[scenario].metrics[metric];
      if (!u || u.effect.n === 0) continue;
      const d = digits(metric, u.effect.p5, u.effect.p95);
      const top = u.drivers.find((x) => Number.isFinite(x.coefficient));
      rows.push({
        scenario,
        measure: measureLabel(labels, metric),
        median: formatNumber(labels, u.effect.median, d, true),
        range: formatInterval(labels, [u.effect.p5, u.effect.p95], d),
        noise: u.noiseOnly && Number.isFinite(u.noiseOnly.ci95[0]) ? `${formatNumber(labels, u.noiseOnly.difference, d, true)} (${formatInterval(labels, u.noiseOnly.ci95, d)})` : '–',
        probability: formatPercent(labels, u.probabilityOfImprovement, 0),
        driver: top ? `${top.path} (${formatNumber(labels, top.coefficient, 2, true)})` : '–',
      });
    }
  }
  return rows;
}

function options(file: UncertaintyFile): string[] {
  return [file.baseline, ...reforms(file)];
}

function rankRows(labels: Labels, w: UncertaintyWords, file: UncertaintyFile): { head: string[]; rows: string[][] } {
  const keys = [...file.metrics, 'weighted'].filter((k) => file.choice[k] !== undefined);
  const head = [w.scenario, ...keys.map((k) => (k === 'weighted' ? w.weighted : measureLabel(labels, k)))];
  const rows = options(file).map((o) => [o === file.baseline ? `${o} (${w.baseline})` : o, ...keys.map((k) => formatPercent(labels, file.choice[k].rankFirst[o] ?? NaN, 0))]);
  return { head, rows };
}

function measureFirstRows(labels: Labels, file: UncertaintyFile): string[][] {
  const weighted = file.choice.weighted;
  if (!weighted) return [];
  return weighted.measureFirst.slice(0, MEASURE_FIRST_ROWS).map((v) => [v.path, formatNumber(labels, v.evppi, 4), v.shareOfEvpi === null ? '–' : formatPercent(labels, v.shareOfEvpi, 0)]);
}

// ---- HTML ------------------------------------------------------------------------------------

function htmlTable(head: string[], rows: string[][]): string {
  return `<div class="table-wrap"><table class="params"><thead><tr>${head.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr></thead>
<tbody>
${rows.map((r) => `<tr>${r.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`).join('\n')}
</tbody></table></div>`;
}

/** The section for a page: `rendered` are the charts of uncertaintyCharts, written under `chartsHref`. */
export function uncertaintySection(labels: Labels, file: UncertaintyFile, rendered: readonly RenderedChart[], chartsHref = 'charts/'): PageSection {
  const w = uncertaintyWords(labels.lang);
  const statements = reforms(file).map((s) => `<li>${escapeHtml(statementOf(file, s, labels.lang))}</li>`).join('\n');
  const effects = effectRows(labels, file).map((r) => [r.scenario, r.measure, r.median, r.range, r.noise, r.probability, r.driver]);
  const rank = rankRows(labels, w, file);
  const evpi = file.choice.weighted ? formatNumber(labels, file.choice.weighted.evpi, 4) : '–';
  const floor = file.choice.weighted ? formatNumber(labels, file.choice.weighted.noiseFloor, 4) : '–';
  const held = file.held.map((h) => `<li><code>${escapeHtml(h.path)}</code>: ${escapeHtml(h.reason)}</li>`).join('\n');
  const html = `<p>${escapeHtml(w.intro(file.samples, file.replications, file.parameters.length, file.baseReplications))}</p>
<ul class="statements">
${statements}
</ul>
${rendered.map((c) => chartFigure(labels, c, chartsHref)).join('\n')}
<h3>${escapeHtml(w.effectTable)}</h3>
${htmlTable([w.scenario, w.measure, w.median, w.range90, w.noiseOnly, w.probability, w.topDriver], effects)}
<p class="note">${escapeHtml(w.methodNote(file.method.drivers, file.method.sobol))}</p>
<h3>${escapeHtml(w.rankFirstTitle)}</h3>
${htmlTable(rank.head, rank.rows)}
<p class="note">${escapeHtml(w.rankFirstNote)}</p>
<h3>${escapeHtml(w.measureFirstTitle)}</h3>
${htmlTable([labels.parameter, w.evppi, w.shareOfEvpi], measureFirstRows(labels, file))}
<p class="note">${escapeHtml(w.measureFirstNote(evpi, floor))}</p>
${held ? `<h3>${escapeHtml(w.heldTitle)}</h3>\n<ul>\n${held}\n</ul>` : ''}`;
  return { id: 'uncertainty', title: w.title, html };
}

/** The statement stored in the file, or made now for a file without one. */
function statementOf(file: UncertaintyFile, scenario: string, lang: Lang): string {
  return file.scenarios[scenario].statement?.[lang] ?? uncertaintyStatement(file, scenario, lang);
}

// ---- Markdown --------------------------------------------------------------------------------

function markdownTable(head: string[], rows: string[][]): string {
  return [`| ${head.map(escapeMarkdown).join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.map(escapeMarkdown).join(' | ')} |`)].join('\n');
}

/** The section for summary.md. */
export function uncertaintyMarkdown(labels: Labels, file: UncertaintyFile): string {
  const w = uncertaintyWords(labels.lang);
  const effects = effectRows(labels, file).map((r) => [r.scenario, r.measure, r.median, r.range, r.noise, r.probability, r.driver]);
  const evpi = file.choice.weighted ? formatNumber(labels, file.choice.weighted.evpi, 4) : '–';
  const floor = file.choice.weighted ? formatNumber(labels, file.choice.weighted.noiseFloor, 4) : '–';
  return [
    `### ${w.title}`,
    '',
    escapeMarkdown(w.intro(file.samples, file.replications, file.parameters.length, file.baseReplications)),
    '',
    ...reforms(file).map((s) => `- ${escapeMarkdown(statementOf(file, s, labels.lang))}`),
    '',
    markdownTable([w.scenario, w.measure, w.median, w.range90, w.noiseOnly, w.probability, w.topDriver], effects),
    '',
    `#### ${w.measureFirstTitle}`,
    '',
    markdownTable([labels.parameter, w.evppi, w.shareOfEvpi], measureFirstRows(labels, file)),
    '',
    `_${escapeMarkdown(w.measureFirstNote(evpi, floor))}_`,
    '',
  ].join('\n');
}

// ---- the page of `jbsim uncertainty` ---------------------------------------------------------

/** uncertainty.html, uncertainty.md and the charts under charts/. */
export async function writeUncertaintyReport(outDir: string, file: UncertaintyFile, options: ReportOptions): Promise<string[]> {
  const labels = labelsFor(options.lang);
  const rendered = await writeCharts(join(outDir, 'charts'), uncertaintyCharts(labels, file));
  const section = uncertaintySection(labels, file, rendered);
  const html = renderPage({
    labels,
    title: section.title,
    intro: `<p class="run">${escapeHtml(labels.runLine(file.baseline, file.replications, file.seed, file.version))}</p>`,
    sections: [section],
    charts: rendered,
  });
  const written = await Promise.all([
    writeFileAtomic(join(outDir, 'uncertainty.html'), html),
    writeFileAtomic(join(outDir, 'uncertainty.md'), uncertaintyMarkdown(labels, file)),
  ]);
  return [...written, ...rendered.flatMap((c) => c.files)];
}
