// The uncertainty section of an HTML page, and the page `jbsim uncertainty` writes. Apart from
// uncertainty.ts, which the browser page uses too, because a page is written with Node's files.

import { join } from 'node:path';
import type { UncertaintyFile } from '../experiment/uncertaintyTypes.js';
import { writeFileAtomic } from './files.js';
import { formatNumber } from './format.js';
import { chartFigure, escapeHtml, renderPage, type PageSection } from './html.js';
import { labelsFor, type Labels } from './labels.js';
import { writeCharts, type RenderedChart } from './render.js';
import type { ReportOptions } from './types.js';
import {
  effectHead,
  effectRows,
  fewWorldsText,
  worldsCheckText,
  labelledNames,
  measureFirstRows,
  measureFirstUnknownText,
  rankRows,
  reforms,
  statementOf,
  uncertaintyCharts,
  uncertaintyMarkdown,
} from './uncertainty.js';
import { driversKnown, type UncertaintyNames } from './uncertaintyText.js';
import { uncertaintyWords } from './uncertaintyLabels.js';

// ---- the section ------------------------------------------------------------------------------------

function htmlTable(head: string[], rows: string[][]): string {
  return `<div class="table-wrap"><table class="params"><thead><tr>${head.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr></thead>
<tbody>
${rows.map((r) => `<tr>${r.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`).join('\n')}
</tbody></table></div>`;
}

/** The section for a page: `rendered` are the charts of uncertaintyCharts, written under `chartsHref`. */
export function uncertaintySection(labels: Labels, file: UncertaintyFile, rendered: readonly RenderedChart[], chartsHref = 'charts/', names: UncertaintyNames = labelledNames(labels)): PageSection {
  const w = uncertaintyWords(labels.lang);
  const statements = reforms(file)
    .map((s) => statementOf(labels, file, s, names))
    .filter((s) => s !== '')
    .map((s) => `<li>${escapeHtml(s)}</li>`)
    .join('\n');
  const few = fewWorldsText(labels, file);
  const worlds = worldsCheckText(labels, file);
  const rank = rankRows(labels, w, file, names);
  const measureFirst = measureFirstRows(labels, file, names);
  const unknown = measureFirstUnknownText(labels, file);
  const evpi = file.choice.weighted ? formatNumber(labels, file.choice.weighted.evpi, 4) : '–';
  const floor = file.choice.weighted ? formatNumber(labels, file.choice.weighted.noiseFloor, 4) : '–';
  const held = file.held.map((h) => `<li>${escapeHtml(names.parameter(h.path))}</li>`).join('\n');
  const parts = [
    `<p>${escapeHtml(w.intro(file.analysedWorlds, file.replications, file.parameters.length, file.baseReplications, file.likeToday ? file.samples : null))}</p>`,
    worlds ? `<p class="note caveat">${escapeHtml(worlds)}</p>` : '',
    few ? `<p class="note caveat">${escapeHtml(few.can)}</p>\n<p class="note caveat">${escapeHtml(few.cannot)}</p>\n<p class="note">${escapeHtml(few.full)} <code>${escapeHtml(few.command)}</code></p>` : '',
    statements ? `<ul class="statements">\n${statements}\n</ul>` : '',
    rendered.map((c) => chartFigure(labels, c, chartsHref)).join('\n'),
    // no world analysed (--like-today kept none): no tables of empty or unknown shares, the worlds check says why
    file.analysedWorlds > 0 ? `<h3>${escapeHtml(w.effectTable)}</h3>\n${htmlTable(effectHead(labels, file), effectRows(labels, file, names))}` : '',
    driversKnown(file) ? `<p class="note">${escapeHtml(w.methodNote(file.method.drivers, file.method.sobol))}</p>` : '',
    rank.head.length > 1 && file.analysedWorlds > 0 ? `<h3>${escapeHtml(w.rankFirstTitle)}</h3>\n${htmlTable(rank.head, rank.rows)}\n<p class="note">${escapeHtml(w.rankFirstNote)}</p>` : '',
    measureFirst.length > 0 ? `<h3>${escapeHtml(w.measureFirstTitle)}</h3>\n${htmlTable([labels.parameter, w.evppi, w.shareOfEvpi], measureFirst)}\n<p class="note">${escapeHtml(w.measureFirstNote(evpi, floor))}</p>` : '',
    unknown ? `<h3>${escapeHtml(w.measureFirstTitle)}</h3>\n<p class="note caveat">${escapeHtml(unknown)}</p>` : '',
    held ? `<h3>${escapeHtml(w.heldTitle)}</h3>\n<p>${escapeHtml(w.heldReason)}:</p>\n<ul>\n${held}\n</ul>` : '',
  ];
  return { id: 'uncertainty', title: w.title, html: parts.filter((p) => p !== '').join('\n') };
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
