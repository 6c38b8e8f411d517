// The cost table as HTML (the outcome tables are in markup.ts, shared with the browser page), and
// the note under a table that shows an unsettled scenario.

import type { CostTable } from './costs.js';
import type { Labels } from './labels.js';
import { escapeHtml, rowHeader } from './markup.js';

export function costTableHtml(labels: Labels, table: CostTable): string {
  const w = labels.comparison.costs;
  const head = [
    ...table.roleNames.map((name) => `<th scope="col">${escapeHtml(name)}<small>${escapeHtml(w.fte)}</small></th>`),
    `<th scope="col">${escapeHtml(w.totalFte)}<small>${escapeHtml(w.fte)}</small></th>`,
    ...(table.providers ? [`<th scope="col">${escapeHtml(w.providers)}<small>${escapeHtml(w.providerYears)}</small></th>`] : []),
    `<th scope="col">${escapeHtml(w.perYear)}</th>`,
    `<th scope="col">${escapeHtml(w.difference)}<small>${escapeHtml(labels.ci)}</small></th>`,
    `<th scope="col" class="text-col">${escapeHtml(w.price)}</th>`,
  ].join('');
  const rows = table.rows.map((r) => {
    // more staff is neither good nor bad in itself; more euro is a cost, less a saving
    const fte = r.fte.map((c) => `<td class="${c.tone === 'none' ? 'none' : 'neutral'}"><span class="value">${escapeHtml(c.value)}</span>${c.difference ? `<span class="diff">${escapeHtml(c.difference)}</span>` : ''}</td>`).join('');
    const providers = r.providers
      ? `<td class="${r.providers.tone === 'none' ? 'none' : 'neutral'}"><span class="value">${escapeHtml(r.providers.value)}</span>${r.providers.difference ? `<span class="diff">${escapeHtml(r.providers.difference)}</span>` : ''}</td>`
      : '';
    const diff = r.difference ? `<td class="${r.difference.tone === 'more' ? 'worse' : r.difference.tone === 'less' ? 'better' : 'none'}"><span class="value">${escapeHtml(r.difference.text)}</span><span class="ci">${escapeHtml(r.difference.interval)}</span></td>` : '<td></td>';
    const classes = [r.isBaseline ? 'baseline' : '', r.settled ? '' : 'unsettled'].filter(Boolean).join(' ');
    return `<tr${classes ? ` class="${classes}"` : ''} data-scenario="${escapeHtml(r.scenario)}">${rowHeader(labels, r.title, r.isBaseline, r.settled)}${fte}<td><span class="value">${escapeHtml(r.totalFte)}</span></td>${providers}<td><span class="value">${escapeHtml(r.perYear)}</span></td>${diff}<td class="text-col">${escapeHtml(r.price)}</td></tr>`;
  });
  const constant = table.constant.length > 0 ? `\n<p class="note">${escapeHtml(labels.comparison.costs.constant(table.constant.map((c) => `${c.name} ${c.value}`)))}</p>` : '';
  return `<div class="table-wrap"><table class="headline compact costs" id="table-costs">
<thead><tr><th scope="col" class="scenario-col">${escapeHtml(labels.scenario)}</th>${head}</tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table></div>${constant}`;
}
