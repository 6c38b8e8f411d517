// The page's tables as HTML: the outcome tables (a value, its difference from the baseline and
// the interval per cell, coloured by what the difference means for families) and the cost table.
// Unsettled scenarios carry a tag and a note under the table, so their means are not read as an
// equilibrium.

import type { CostTable } from './costs.js';
import type { HeadlineTable } from './headline.js';
import { escapeHtml } from './html.js';
import type { Labels } from './labels.js';

function rowHeader(labels: Labels, title: string, isBaseline: boolean, settled: boolean): string {
  const tags = [isBaseline ? `<span class="tag">${escapeHtml(labels.baselineTag)}</span>` : '', settled ? '' : `<span class="tag unsettled">${escapeHtml(labels.comparison.unsettledTag)}</span>`].join('');
  return `<th scope="row">${escapeHtml(title)}${tags ? ` ${tags}` : ''}</th>`;
}

/** A note under a table that shows an unsettled scenario. */
export function unsettledNote(labels: Labels, any: boolean): string {
  return any ? `<p class="note unsettled-note"><span class="tag unsettled">${escapeHtml(labels.comparison.unsettledTag)}</span> ${escapeHtml(labels.comparison.unsettledRow)}</p>` : '';
}

/**
 * `compact`: no interval line and no relative change in the cell (the interval stays in the
 * cell's tooltip), for tables with many columns.
 */
export function outcomeTableHtml(labels: Labels, table: HeadlineTable, id: string, compact = false): string {
  const head = table.columns.map((c) => `<th scope="col">${escapeHtml(c.name)}<small>${escapeHtml(c.unit)}</small></th>`).join('');
  const rows = table.rows.map((row) => {
    const cells = row.cells
      .map((c) => {
        if (!c.difference) return `<td><span class="value">${escapeHtml(c.valueText)}</span></td>`;
        const arrow = c.direction === 'lower' ? '▼ ' : c.direction === 'higher' ? '▲ ' : '';
        const relative = c.relativeText && !compact ? ` (${escapeHtml(c.relativeText)})` : '';
        const ci = `${labels.ci} ${c.intervalText}`;
        const tip = compact ? `${c.verdict} · ${ci}` : c.verdict;
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

export function costTableHtml(labels: Labels, table: CostTable): string {
  const w = labels.comparison.costs;
  const head = [
    ...table.roles.map((r) => `<th scope="col">${escapeHtml(labels.fteRoles[r])}<small>${escapeHtml(w.fte)}</small></th>`),
    `<th scope="col">${escapeHtml(w.totalFte)}<small>${escapeHtml(w.fte)}</small></th>`,
    `<th scope="col">${escapeHtml(w.perYear)}</th>`,
    `<th scope="col">${escapeHtml(w.difference)}<small>${escapeHtml(labels.ci)}</small></th>`,
    `<th scope="col" class="text-col">${escapeHtml(w.price)}</th>`,
  ].join('');
  const rows = table.rows.map((r) => {
    // more staff is neither good nor bad in itself; more euro is a cost, less a saving
    const fte = r.fte.map((c) => `<td class="${c.tone === 'none' ? 'none' : 'neutral'}"><span class="value">${escapeHtml(c.value)}</span>${c.difference ? `<span class="diff">${escapeHtml(c.difference)}</span>` : ''}</td>`).join('');
    const diff = r.difference ? `<td class="${r.difference.tone === 'more' ? 'worse' : r.difference.tone === 'less' ? 'better' : 'none'}"><span class="value">${escapeHtml(r.difference.text)}</span><span class="ci">${escapeHtml(r.difference.interval)}</span></td>` : '<td></td>';
    const classes = [r.isBaseline ? 'baseline' : '', r.settled ? '' : 'unsettled'].filter(Boolean).join(' ');
    return `<tr${classes ? ` class="${classes}"` : ''} data-scenario="${escapeHtml(r.scenario)}">${rowHeader(labels, r.title, r.isBaseline, r.settled)}${fte}<td><span class="value">${escapeHtml(r.totalFte)}</span></td><td><span class="value">${escapeHtml(r.perYear)}</span></td>${diff}<td class="text-col">${escapeHtml(r.price)}</td></tr>`;
  });
  const constant = table.constant.length > 0 ? `\n<p class="note">${escapeHtml(labels.comparison.costs.constant(table.constant.map((c) => `${labels.fteRoles[c.role]} ${c.value}`)))}</p>` : '';
  return `<div class="table-wrap"><table class="headline costs" id="table-costs">
<thead><tr><th scope="col" class="scenario-col">${escapeHtml(labels.scenario)}</th>${head}</tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table></div>${constant}`;
}
