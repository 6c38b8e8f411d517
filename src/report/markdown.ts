// summary.md: the headline table in Markdown for a CI job summary or a pull-request comment. It
// renders the same table model as the page, so the digits agree with index.html and comparison.json.

import type { Comparison, ScenarioSummary } from '../experiment/types.js';
import { HEADLINE_METRICS, WAIT_METRICS, headlineTable, type HeadlineTable } from './headline.js';
import type { Labels } from './labels.js';

/** Text for a Markdown table cell: no markup, no pipes, no line breaks. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]|#~])/g, '\\$1');
}

function tableMarkdown(labels: Labels, table: HeadlineTable): string {
  const header = [labels.scenario, ...table.columns.map((c) => `${c.name} (${c.unit})`), labels.verdict];
  const lines = [`| ${header.map(escapeMarkdown).join(' | ')} |`, `| --- | ${table.columns.map(() => '---:').join(' | ')} | --- |`];
  for (const row of table.rows) {
    const name = row.isBaseline ? `${escapeMarkdown(row.scenario)} (${labels.baselineTag})` : escapeMarkdown(row.scenario);
    // numbers carry no markup; "[a tot b]" without a following "(" is not a link
    const cells = row.cells.map((c) => {
      if (!c.difference) return c.valueText;
      const arrow = c.direction === 'lower' ? '▼ ' : c.direction === 'higher' ? '▲ ' : '';
      const text = `${c.valueText} (${arrow}${c.differenceText} [${c.intervalText}])`;
      return c.direction === 'none' ? text : `**${text}**`;
    });
    lines.push(`| ${[name, ...cells, escapeMarkdown(row.verdict)].join(' | ')} |`);
  }
  return lines.join('\n');
}

export function summaryMarkdown(labels: Labels, summaries: ScenarioSummary[], comparison: Comparison, version: string): string {
  const headline = headlineTable(labels, summaries, comparison, HEADLINE_METRICS);
  const waits = headlineTable(labels, summaries, comparison, WAIT_METRICS);
  return [
    `## ${labels.reportTitle}`,
    '',
    escapeMarkdown(labels.runLine(comparison.baseline, comparison.replications, comparison.seed, version)),
    '',
    `### ${labels.sections.headline}`,
    '',
    tableMarkdown(labels, headline),
    '',
    `_${escapeMarkdown(labels.markdownNote)}_`,
    '',
    `### ${labels.sections.waits}`,
    '',
    tableMarkdown(labels, waits),
    '',
  ].join('\n');
}
