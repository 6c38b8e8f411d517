// The cost table as HTML (the outcome tables are in markup.ts, shared with the browser page), and
// the note under a table that shows an unsettled scenario.

import type { CostTable } from './costs.js';
import type { Labels } from './labels.js';
import { escapeHtml, rowHeader } from './markup.js';

export function costTableHtml(labels: Labels, table: CostTable): string {
  const w = labels.comparison.costs;
  // the unit once over the staff columns, and the cost with its difference beneath as the staff
  // columns show theirs: a column fewer, so the table fits a 1,100-pixel window without scrolling
  const single = (html: string, cls = '') => `<th scope="col" rowspan="2"${cls ? ` class="${cls}"` : ''}>${html}</th>`;
  const first = [
    single(escapeHtml(labels.scenario), 'scenario-col'),
    `<th scope="colgroup" colspan="${table.roleNames.length + 1}">${escapeHtml(w.staff)}<small>${escapeHtml(w.fte)}</small></th>`,
    ...(table.providers ? [single(`${escapeHtml(w.providers)}<small>${escapeHtml(w.providerYears)}</small>`)] : []),
    single(`${escapeHtml(w.perYear)}<small>${escapeHtml(w.difference)}</small><small>${escapeHtml(labels.ci)}</small>`),
    single(escapeHtml(w.price), 'text-col'),
  ].join('');
  const second = [...table.roleNames, w.totalFte].map((name) => `<th scope="col">${escapeHtml(name)}</th>`).join('');
  const rows = table.rows.map((r) => {
    // more staff is neither good nor bad in itself; more euro is a cost, less a saving
    const fte = r.fte.map((c) => `<td class="${c.tone === 'none' ? 'none' : 'neutral'}"><span class="value">${escapeHtml(c.value)}</span>${c.difference ? `<span class="diff">${escapeHtml(c.difference)}</span>` : ''}</td>`).join('');
    const providers = r.providers
      ? `<td class="${r.providers.tone === 'none' ? 'none' : 'neutral'}"><span class="value">${escapeHtml(r.providers.value)}</span>${r.providers.difference ? `<span class="diff">${escapeHtml(r.providers.difference)}</span>` : ''}</td>`
      : '';
    const cost = r.difference
      ? `<td class="${r.difference.tone === 'more' ? 'worse' : r.difference.tone === 'less' ? 'better' : 'none'}"><span class="value">${escapeHtml(r.perYear)}</span><span class="diff">${escapeHtml(r.difference.text)}</span><span class="ci">${escapeHtml(r.difference.interval)}</span></td>`
      : `<td><span class="value">${escapeHtml(r.perYear)}</span></td>`;
    const classes = [r.isBaseline ? 'baseline' : '', r.settled ? '' : 'unsettled'].filter(Boolean).join(' ');
    return `<tr${classes ? ` class="${classes}"` : ''} data-scenario="${escapeHtml(r.scenario)}">${rowHeader(labels, r.title, r.isBaseline, r.settled)}${fte}<td><span class="value">${escapeHtml(r.totalFte)}</span></td>${providers}${cost}<td class="text-col">${escapeHtml(r.price)}</td></tr>`;
  });
  const constant = table.constant.length > 0 ? `\n<p class="note">${escapeHtml(labels.comparison.costs.constant(table.constant.map((c) => `${c.name} ${c.value}`)))}</p>` : '';
  return `<div class="table-wrap"><table class="headline compact costs" id="table-costs">
<thead><tr>${first}</tr><tr>${second}</tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table></div>${constant}`;
}
