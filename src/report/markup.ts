// The report's markup that the browser page shares: escaping, the outcome tables and the style
// sheet, so the page and index.html show a comparison in the same words and the same look.
// Unsettled scenarios carry a tag, so their means are not read as an equilibrium.

import { missingNote, type HeadlineTable } from './headline.js';
import type { Labels } from './labels.js';

export function escapeHtml(text: unknown): string {
  return String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

/** Text for a Markdown table cell: no markup, no pipes, no line breaks. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]|#~])/g, '\\$1');
}

/** JSON that is safe inside a <script> element: no `</script>`, no `<!--`, no line separators. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** Paragraphs from plain text: blank lines split paragraphs, single newlines become breaks. */
export function paragraphs(text: string): string {
  return text
    .trim()
    .split(/\n\s*\n/)
    .filter((p) => p.trim() !== '')
    .map((p) => `<p>${escapeHtml(p.trim()).replace(/\n/g, '<br>')}</p>`)
    .join('\n');
}

/** A table row's scenario cell: its title, tagged as the baseline or as not settled. */
export function rowHeader(labels: Labels, title: string, isBaseline: boolean, settled: boolean): string {
  const tags = [isBaseline ? `<span class="tag">${escapeHtml(labels.baselineTag)}</span>` : '', settled ? '' : `<span class="tag unsettled">${escapeHtml(labels.comparison.unsettledTag)}</span>`].join('');
  return `<th scope="row">${escapeHtml(title)}${tags ? ` ${tags}` : ''}</th>`;
}

/** A note under a table that shows an unsettled scenario. */
export function unsettledNote(labels: Labels, any: boolean): string {
  return any ? `<p class="note unsettled-note"><span class="tag unsettled">${escapeHtml(labels.comparison.unsettledTag)}</span> ${escapeHtml(labels.comparison.unsettledRow)}</p>` : '';
}

/** An outcome table with the note on its dashes (no value, not the cost table's '–') right under it when it has any. */
export function outcomeTableHtml(labels: Labels, table: HeadlineTable, id: string, compact = false): string {
  const missing = missingNote(labels, table);
  return `${headlineTableHtml(labels, table, id, compact)}${missing === null ? '' : `\n<p class="note">${escapeHtml(missing)}</p>`}`;
}

/**
 * An outcome table as the report shows it: per cell the value, the difference from the baseline
 * (coloured by what it means for families) and its interval. `compact`: no interval line and no relative change in the cell (the interval stays in the
 * cell's tooltip), for tables with many columns.
 */
export function headlineTableHtml(labels: Labels, table: HeadlineTable, id: string, compact = false): string {
  const head = table.columns.map((c) => `<th scope="col">${escapeHtml(c.name)}<small>${escapeHtml(c.unit)}</small></th>`).join('');
  const rows = table.rows.map((row) => {
    const cells = row.cells
      .map((c) => {
        if (!c.difference) return `<td><span class="value">${escapeHtml(c.valueText)}</span></td>`;
        const arrow = c.direction === 'lower' ? '▼ ' : c.direction === 'higher' ? '▲ ' : '';
        const relative = c.relativeText && !compact ? ` (${escapeHtml(c.relativeText)})` : '';
        const ci = `${labels.ci} ${c.intervalText}`;
        // a clear difference's verdict carries its interval already; only the others need it added
        const tip = compact && c.direction === 'none' ? `${c.verdict} · ${ci}` : c.verdict;
        return `<td class="${c.tone}" title="${escapeHtml(tip)}"><span class="value">${escapeHtml(c.valueText)}</span><span class="diff">${arrow}${escapeHtml(c.differenceText)}${relative}</span>${compact ? '' : `<span class="ci">${escapeHtml(ci)}</span>`}</td>`;
      })
      .join('');
    const classes = [row.isBaseline ? 'baseline' : '', row.settled ? '' : 'unsettled'].filter(Boolean).join(' ');
    return `<tr${classes ? ` class="${classes}"` : ''} data-scenario="${escapeHtml(row.scenario)}">${rowHeader(labels, row.title, row.isBaseline, row.settled)}${cells}</tr>`;
  });
  return `<div class="table-wrap"><table class="headline${compact ? ' compact' : ''}" id="table-${escapeHtml(id)}">
<thead><tr><th scope="col" class="scenario-col">${escapeHtml(labels.scenario)}</th>${head}</tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table></div>`;
}

export const REPORT_STYLE = `
:root { --ink: #1a1a1a; --muted: #5a5a5a; --line: #d9d9d9; --better: #0072B2; --worse: #D55E00; --bg-soft: #f6f6f4; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 Arial, "Liberation Sans", Helvetica, sans-serif; color: var(--ink); background: #fff; }
main { max-width: 1240px; margin: 0 auto; padding: 24px 28px 64px; }
h1 { font-size: 26px; margin: 0 0 4px; }
h2 { font-size: 20px; margin: 40px 0 12px; padding-top: 8px; border-top: 1px solid var(--line); }
h3 { font-size: 16px; margin: 24px 0 8px; }
.run { color: var(--muted); margin: 0 0 12px; }
nav ul { list-style: none; padding: 0; margin: 8px 0 0; display: flex; flex-wrap: wrap; gap: 6px 18px; }
a { color: #0b5394; }
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; }
table.headline { width: 100%; font-size: 14px; }
table.headline th, table.headline td { border-bottom: 1px solid var(--line); padding: 6px 8px; vertical-align: top; text-align: right; }
table.headline th[scope=row], table.headline th.scenario-col { text-align: left; }
table.headline thead th { font-weight: bold; background: var(--bg-soft); }
table.headline thead th small { display: block; font-weight: normal; color: var(--muted); }
table.headline tr.baseline { background: var(--bg-soft); }
.tag { display: inline-block; font-size: 11px; font-weight: normal; color: var(--muted); border: 1px solid var(--line); border-radius: 3px; padding: 0 4px; margin-left: 4px; white-space: nowrap; }
.value { display: block; font-weight: bold; }
.diff { display: block; white-space: nowrap; }
.ci { display: block; white-space: nowrap; color: var(--muted); font-size: 12px; }
td .diff { color: var(--muted); }
td.better .diff { color: var(--better); font-weight: bold; }
td.worse .diff { color: var(--worse); font-weight: bold; }
td.neutral .diff { color: var(--ink); font-weight: bold; }
table.costs td .value, table.costs td .ci { white-space: nowrap; }
table.headline td.text-col, table.headline th.text-col { text-align: left; min-width: 220px; max-width: 360px; }
/* after the rule above, which it narrows: the price column's heading set it to 220 pixels before */
table.costs td.text-col, table.costs th.text-col { min-width: 160px; }
table.headline.compact { font-size: 13px; }
table.headline.compact th, table.headline.compact td { padding: 5px 6px; }
table.headline thead th[scope=colgroup] { text-align: left; border-bottom: none; }
tr.unsettled th[scope=row], tr.unsettled td .value { font-style: italic; }
.tag.unsettled { color: #8a4b00; border-color: #e0b070; background: #fff6e5; }
.lead { max-width: 900px; }
.reform { max-width: 980px; margin: 0 0 14px; padding: 2px 0 2px 12px; border-left: 3px solid var(--line); }
.reform.unsettled { border-left-color: #e0b070; }
.reform p { margin: 4px 0; }
.warning { color: #6b3a00; }
.note.caveat { color: #6b3a00; }
.muted { color: var(--muted); }
table.rankings ol { margin: 0; padding-left: 20px; }
table.rankings td, table.rankings th { padding-right: 16px; }
details { margin: 8px 0; }
details > summary { cursor: pointer; font-weight: bold; padding: 4px 0; }
dl.provenance { display: grid; grid-template-columns: max-content 1fr; gap: 2px 16px; }
dl.provenance dt { color: var(--muted); }
dl.provenance dd { margin: 0; }
ul.assumptions { margin: 4px 0 0; }
h4 { font-size: 14px; margin: 12px 0 4px; }
.note { color: var(--muted); font-size: 13px; max-width: 900px; }
figure.chart { margin: 28px 0; padding: 12px 0 0; }
figure.chart .vis { overflow-x: auto; }
figure.chart .vis img { max-width: 100%; height: auto; }
figcaption { color: var(--muted); font-size: 13px; max-width: 900px; margin-top: 6px; }
.downloads { display: block; margin-top: 2px; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.scenario { margin: 16px 0 24px; }
table.params { font-size: 13px; }
table.params th, table.params td { border-bottom: 1px solid var(--line); padding: 4px 10px 4px 0; text-align: left; vertical-align: top; }
table.params code, dl code { font-size: 12px; }
dl.glossary dt { font-weight: bold; margin-top: 8px; }
dl.glossary dd { margin: 0 0 0 0; color: #333; }
pre { background: var(--bg-soft); padding: 8px; overflow-x: auto; font-size: 12px; }
.jb-tooltip { position: fixed; z-index: 10; pointer-events: none; background: #fff; border: 1px solid #bbb; border-radius: 3px; box-shadow: 0 2px 6px rgba(0,0,0,.18); padding: 6px 8px; font-size: 12px; max-width: 420px; }
.jb-tooltip th { text-align: left; font-weight: normal; color: var(--muted); padding: 1px 10px 1px 0; vertical-align: top; }
.jb-tooltip td { padding: 1px 0; font-weight: bold; white-space: pre-line; }
.noscript { color: var(--muted); font-size: 13px; }
@media print { nav, .downloads { display: none; } figure.chart { break-inside: avoid; } }
`;
