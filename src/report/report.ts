// The comparison report: index.html (self-contained), summary.md and charts/ (Vega-Lite spec, SVG
// and PNG per chart), from the summaries and comparison.json that `jbsim compare` produces.

import { join } from 'node:path';
import type { Comparison, ScenarioSummary } from '../experiment/types.js';
import { comparisonCharts } from './charts.js';
import { writeFileAtomic } from './files.js';
import { HEADLINE_METRICS, WAIT_METRICS, headlineTable, scenarioOrder, type HeadlineRow, type HeadlineTable } from './headline.js';
import { chartFigure, escapeHtml, paragraphs, renderPage, type PageSection } from './html.js';
import { labelsFor, type Labels } from './labels.js';
import { summaryMarkdown } from './markdown.js';
import { writeChart, type RenderedChart } from './render.js';
import { textIn } from '../scenario/localText.js';
import type { ReportInput, ReportOptions, ScenarioDiff } from './types.js';

/** Renders all charts of a page in parallel (SVG and PNG work overlaps). */
export async function writeCharts(dir: string, charts: Parameters<typeof writeChart>[1][]): Promise<RenderedChart[]> {
  return Promise.all(charts.map((c) => writeChart(dir, c)));
}

export async function writeReport(outDir: string, input: ReportInput, options: ReportOptions): Promise<string[]> {
  const { summaries, comparison } = input;
  checkInput(summaries, comparison);
  const labels = labelsFor(options.lang);
  const version = summaries.find((s) => s.scenario.name === comparison.baseline)?.version ?? summaries[0].version;
  const rendered = await writeCharts(join(outDir, 'charts'), comparisonCharts(labels, summaries, comparison));

  const headline = headlineTable(labels, summaries, comparison, HEADLINE_METRICS);
  const waits = headlineTable(labels, summaries, comparison, WAIT_METRICS);
  const sections: PageSection[] = [
    { id: 'headline', title: labels.sections.headline, html: `${tableHtml(labels, headline, 'headline')}\n<p class="note">${escapeHtml(labels.headlineNote)}</p>\n<h3>${escapeHtml(labels.sections.waits)}</h3>\n${tableHtml(labels, waits, 'waits')}` },
    { id: 'charts', title: labels.sections.charts, html: rendered.map((c) => chartFigure(labels, c, 'charts/')).join('\n') },
    { id: 'scenarios', title: labels.sections.scenarios, html: scenariosHtml(labels, summaries, comparison, input.scenarioDiffs) },
    { id: 'glossary', title: labels.sections.glossary, html: glossaryHtml(labels) },
    { id: 'provenance', title: labels.sections.provenance, html: provenanceHtml(labels, summaries, comparison) },
  ];
  const intro = `<p class="run">${escapeHtml(labels.runLine(comparison.baseline, comparison.replications, comparison.seed, version))}</p>`;
  const html = renderPage({ labels, title: labels.reportTitle, intro, sections, charts: rendered });
  const written = await Promise.all([writeFileAtomic(join(outDir, 'index.html'), html), writeFileAtomic(join(outDir, 'summary.md'), summaryMarkdown(labels, summaries, comparison, version))]);
  return [...written, ...rendered.flatMap((c) => c.files)];
}

function checkInput(summaries: ScenarioSummary[], comparison: Comparison): void {
  if (!comparison || typeof comparison.baseline !== 'string') throw new Error('the comparison has no baseline');
  if (!Array.isArray(summaries) || summaries.length === 0) throw new Error('a report needs at least one scenario summary');
  const names = new Set(summaries.map((s) => s.scenario.name));
  if (!names.has(comparison.baseline)) throw new Error(`the baseline "${comparison.baseline}" has no summary`);
}

function tableHtml(labels: Labels, table: HeadlineTable, id: string): string {
  const head = table.columns.map((c) => `<th scope="col">${escapeHtml(c.name)}<small>${escapeHtml(c.unit)}</small></th>`).join('');
  const rows = table.rows.map((row) => {
    const name = `<th scope="row">${escapeHtml(row.scenario)}${row.isBaseline ? ` <span class="tag">${escapeHtml(labels.baselineTag)}</span>` : ''}</th>`;
    const cells = row.cells
      .map((c) => {
        if (!c.difference) return `<td><span class="value">${escapeHtml(c.valueText)}</span></td>`;
        const arrow = c.direction === 'lower' ? '▼ ' : c.direction === 'higher' ? '▲ ' : '';
        const relative = c.relativeText ? ` (${escapeHtml(c.relativeText)})` : '';
        return `<td class="${c.direction}" title="${escapeHtml(c.verdict)}"><span class="value">${escapeHtml(c.valueText)}</span><span class="diff">${arrow}${escapeHtml(c.differenceText)}${relative}</span><span class="ci">${escapeHtml(labels.ci)} ${escapeHtml(c.intervalText)}</span></td>`;
      })
      .join('');
    return `<tr${row.isBaseline ? ' class="baseline"' : ''} data-scenario="${escapeHtml(row.scenario)}">${name}${cells}<td class="verdict">${verdictHtml(row)}</td></tr>`;
  });
  return `<div class="table-wrap"><table class="headline" id="table-${id}">
<thead><tr><th scope="col" class="scenario-col">${escapeHtml(labels.scenario)}</th>${head}<th scope="col" class="scenario-col">${escapeHtml(labels.verdict)}</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table></div>`;
}

function verdictHtml(row: HeadlineRow): string {
  if (row.verdicts.length === 0) return escapeHtml(row.verdict);
  return `<ul>${row.verdicts.map((v) => `<li>${escapeHtml(v)}</li>`).join('')}</ul>`;
}

/** A parameter value as a reader expects it: numbers and text plainly, structures as JSON. */
function valueText(value: unknown): string {
  if (value === undefined) return '–';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  return JSON.stringify(value);
}

function scenariosHtml(labels: Labels, summaries: ScenarioSummary[], comparison: Comparison, diffs: Record<string, ScenarioDiff[]> | undefined): string {
  const byName = new Map(summaries.map((s) => [s.scenario.name, s]));
  return scenarioOrder(summaries, comparison)
    .map((name) => byName.get(name))
    .filter((s): s is ScenarioSummary => s !== undefined)
    .map((s) => {
      const name = s.scenario.name;
      const text = textIn(s.scenario.description, labels.lang);
      const description = text.trim() ? paragraphs(text) : `<p>${escapeHtml(labels.noDescription)}</p>`;
      let params: string;
      if (name === comparison.baseline) params = `<p>${escapeHtml(labels.isBaseline)}</p>`;
      else if (!diffs || !diffs[name]) params = `<p>${escapeHtml(labels.diffsUnknown)}</p>`;
      else if (diffs[name].length === 0) params = `<p>${escapeHtml(labels.noDiffs)}</p>`;
      else {
        const rows = diffs[name].map((d) => `<tr><td><code>${escapeHtml(d.path)}</code></td><td>${escapeHtml(valueText(d.baseline))}</td><td><strong>${escapeHtml(valueText(d.value))}</strong></td></tr>`).join('\n');
        params = `<p>${escapeHtml(labels.differsIn)}:</p>
<table class="params"><thead><tr><th>${escapeHtml(labels.parameter)}</th><th>${escapeHtml(labels.baselineValue)}</th><th>${escapeHtml(labels.scenarioValue)}</th></tr></thead>
<tbody>
${rows}
</tbody></table>`;
      }
      return `<div class="scenario" data-scenario="${escapeHtml(name)}">
<h3>${escapeHtml(name)}${name === comparison.baseline ? ` <span class="tag">${escapeHtml(labels.baselineTag)}</span>` : ''}</h3>
${description}
${params}
</div>`;
    })
    .join('\n');
}

function glossaryHtml(labels: Labels): string {
  return `<dl class="glossary">\n${labels.glossary.map(([term, text]) => `<dt>${escapeHtml(term)}</dt><dd>${escapeHtml(text)}</dd>`).join('\n')}\n</dl>`;
}

function provenanceHtml(labels: Labels, summaries: ScenarioSummary[], comparison: Comparison): string {
  const p = labels.provenance;
  const rows = summaries
    .map(
      (s) =>
        `<tr><td>${escapeHtml(s.scenario.name)}</td><td><code>${escapeHtml(s.scenario.file)}</code></td><td><code>${escapeHtml(s.scenario.hash)}</code></td><td>${escapeHtml(s.seed)}</td><td>${escapeHtml(s.replications)}</td><td>${escapeHtml(s.horizonDays)}</td><td>${escapeHtml(s.warmupDays)}</td><td>${escapeHtml(s.version)}</td></tr>`,
    )
    .join('\n');
  const keys = [...new Set(summaries.flatMap((s) => Object.keys(s.provenance ?? {})))];
  const other =
    keys.length === 0
      ? ''
      : `<h3>${escapeHtml(p.other)}</h3>
<div class="table-wrap"><table class="params">
<thead><tr><th>${escapeHtml(labels.scenario)}</th>${keys.map((k) => `<th>${escapeHtml(k)}</th>`).join('')}</tr></thead>
<tbody>
${summaries.map((s) => `<tr><td>${escapeHtml(s.scenario.name)}</td>${keys.map((k) => `<td>${escapeHtml(valueText(s.provenance?.[k]))}</td>`).join('')}</tr>`).join('\n')}
</tbody></table></div>`;
  return `<p>${escapeHtml(labels.runLine(comparison.baseline, comparison.replications, comparison.seed, summaries[0].version))}</p>
<div class="table-wrap"><table class="params">
<thead><tr><th>${escapeHtml(labels.scenario)}</th><th>${escapeHtml(p.file)}</th><th>${escapeHtml(p.hash)}</th><th>${escapeHtml(p.seed)}</th><th>${escapeHtml(p.replications)}</th><th>${escapeHtml(p.horizon)}</th><th>${escapeHtml(p.warmup)}</th><th>${escapeHtml(p.version)}</th></tr></thead>
<tbody>
${rows}
</tbody></table></div>
${other}`;
}
