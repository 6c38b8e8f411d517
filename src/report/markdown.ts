// summary.md: the summary, the rankings, the costs, the outcome tables, the caveats per scenario
// and the uncertainty analysis in Markdown, for a CI job summary, a pull-request comment or a
// note. It renders the same models as the page, so the digits agree with index.html and
// comparison.json.

import type { Comparison, ScenarioSummary } from '../experiment/types.js';
import type { UncertaintyFile } from '../experiment/uncertaintyTypes.js';
import { censoredCaveat, changesOf, cohortNote, restsOn, saturationCaveat, type CaveatInput, type ParameterNote } from './caveats.js';
import { pricesOf, rankGroups, type Conclusions } from './conclusions.js';
import { costTable, usedMetrics } from './costs.js';
import { formatYears, lowerFirst } from './format.js';
import { headlineTable, missingNote, scenarioOrder, type HeadlineTable } from './headline.js';
import { metricWords, type Labels } from './labels.js';
import { titles } from './names.js';
import { DUTY_METRICS, FAMILY_METRICS, GUARDIAN_METRICS, HANDOVER_CAUSE_METRICS, WAIT_METRICS } from './outcomes.js';
import { escapeMarkdown } from './markup.js';
import { uncertaintyMarkdown } from './uncertainty.js';
import type { UncertaintyNames } from './uncertaintyText.js';

function rowName(labels: Labels, title: string, isBaseline: boolean, settled: boolean): string {
  const tags = [isBaseline ? labels.baselineTag : '', settled ? '' : labels.comparison.unsettledTag].filter(Boolean);
  return `${escapeMarkdown(title)}${tags.length > 0 ? ` (${tags.join(', ')})` : ''}`;
}

/** An outcome table, with the note on its dashes right under it when it has any. */
function outcomeMarkdown(labels: Labels, table: HeadlineTable): string {
  const missing = missingNote(labels, table);
  return missing === null ? tableMarkdown(labels, table) : `${tableMarkdown(labels, table)}\n\n_${escapeMarkdown(missing)}_`;
}

function tableMarkdown(labels: Labels, table: HeadlineTable): string {
  const header = [labels.scenario, ...table.columns.map((c) => `${c.name} (${c.unit})`)];
  const lines = [`| ${header.map(escapeMarkdown).join(' | ')} |`, `| --- | ${table.columns.map(() => '---:').join(' | ')} |`];
  for (const row of table.rows) {
    // numbers carry no markup; "[a tot b]" without a following "(" is not a link
    const cells = row.cells.map((c) => {
      if (!c.difference) return c.valueText;
      const arrow = c.direction === 'lower' ? '▼ ' : c.direction === 'higher' ? '▲ ' : '';
      const text = `${c.valueText} (${arrow}${c.differenceText} [${c.intervalText}])`;
      return c.direction === 'none' ? text : `**${text}**`;
    });
    lines.push(`| ${[rowName(labels, row.title, row.isBaseline, row.settled), ...cells].join(' | ')} |`);
  }
  return lines.join('\n');
}

function costsMarkdown(labels: Labels, summaries: readonly ScenarioSummary[], comparison: Comparison, summary: Conclusions | undefined): string {
  const t = costTable(labels, summaries, comparison, pricesOf(summary));
  const w = labels.comparison.costs;
  const header = [labels.scenario, ...t.roleNames.map((name) => `${name} (${w.fte})`), `${w.totalFte} (${w.fte})`, ...(t.providers ? [`${w.providers} (${w.providerYears})`] : []), w.perYear, `${w.difference} [${labels.ci}]`, w.price];
  const lines = [`| ${header.map(escapeMarkdown).join(' | ')} |`, `| --- | ${header.slice(1, -1).map(() => '---:').join(' | ')} | --- |`];
  for (const r of t.rows) {
    const fte = r.fte.map((c) => `${c.value}${c.difference ? ` (${c.difference})` : ''}`);
    const diff = r.difference ? `${r.difference.text} [${r.difference.interval}]` : '';
    const providers = r.providers ? [`${r.providers.value}${r.providers.difference ? ` (${r.providers.difference})` : ''}`] : [];
    lines.push(`| ${[rowName(labels, r.title, r.isBaseline, r.settled), ...fte.map(escapeMarkdown), escapeMarkdown(r.totalFte), ...providers.map(escapeMarkdown), escapeMarkdown(r.perYear), escapeMarkdown(diff), escapeMarkdown(r.price)].join(' | ')} |`);
  }
  if (t.constant.length > 0) lines.push('', escapeMarkdown(w.constant(t.constant.map((c) => `${c.name} ${c.value}`))));
  return lines.join('\n');
}

/** Per reform in one line: what it changes, and what its results rest on most. */
function caveatsMarkdown(labels: Labels, input: CaveatInput): string[] {
  const w = labels.comparison.caveats;
  const title = titles(labels, input.summaries);
  const item = (n: ParameterNote) => `${n.name} ${n.value}${n.baseline !== undefined ? ` (${w.baselineValue.toLowerCase()} ${n.baseline})` : ''}`;
  const lines: string[] = [];
  for (const name of scenarioOrder([...input.summaries], input.comparison)) {
    if (name === input.comparison.baseline || !input.summaries.some((s) => s.scenario.name === name)) continue;
    const changes = changesOf(labels, input.diffs?.[name], input.values?.[name]);
    const changed = [...changes.reforms.map((r) => (r.parameters.length > 0 ? `${r.name} (${r.parameters.map(item).join('; ')})` : r.name)), ...changes.other.map(item)];
    const rest = restsOn(labels, input, name);
    const rests = rest.notes.map((a) => `${a.name} ${a.value} (${a.source})${a.drives && a.drives.length > 0 ? `, ${w.drives(a.drives.map((m) => lowerFirst(metricWords(labels, m).name)))}` : ''}`);
    const parts = [changed.length > 0 ? `${w.changes}: ${changed.join('; ')}.` : '', rests.length > 0 ? `${w.restsOn}: ${rests.join('; ')}.` : ''].filter(Boolean);
    lines.push(`- **${escapeMarkdown(title(name))}**: ${escapeMarkdown(parts.join(' '))}`);
  }
  return lines;
}

/** What summary.md adds when the report has it: the caveats per scenario and the uncertainty analysis. */
export interface MarkdownExtras {
  caveats?: CaveatInput;
  names?: UncertaintyNames;
  uncertainty?: UncertaintyFile;
}

export function summaryMarkdown(labels: Labels, summaries: ScenarioSummary[], comparison: Comparison, version: string, summary?: Conclusions, extras: MarkdownExtras = {}): string {
  const w = labels.comparison;
  const title = titles(labels, summaries);
  const years = formatYears(labels, summaries[0]!.horizonDays);
  const out = [`## ${labels.reportTitle}`, '', escapeMarkdown(`${w.runLine(title(comparison.baseline), comparison.replications, years)} · jbsim ${version}`), ''];
  if (summary && summary.reforms.length > 0) {
    out.push(`### ${w.sections.summary}`, '', escapeMarkdown(summary.intro), '');
    for (const r of summary.reforms) out.push(`- ${r.warning ? `**${escapeMarkdown(r.warning)}** ` : ''}${r.sentences.map(escapeMarkdown).join(' ')}`);
    out.push('', `### ${w.sections.rankings}`, '', `_${escapeMarkdown(w.rankings.order)}_`, '');
    for (const r of summary.rankings) {
      const order = r.ranked.length > 0 ? rankGroups(r.ranked).map((g) => `${g.rank}. ${g.texts.join(' = ')}`).join('; ') : w.rankings.noneClear;
      const unranked = r.unsettled.length > 0 ? ` (${w.unrankedInline}: ${r.unsettled.join(', ')})` : '';
      out.push(`- **${escapeMarkdown(r.name)}**: ${escapeMarkdown(order + unranked)}`);
    }
    out.push('');
  }
  out.push(`### ${w.sections.costs}`, '', costsMarkdown(labels, summaries, comparison, summary), '', `_${escapeMarkdown(w.costs.note)}_`, '');
  const duties = usedMetrics(summaries, DUTY_METRICS);
  if (duties.length > 0) out.push(`#### ${w.costs.duties}`, '', outcomeMarkdown(labels, headlineTable(labels, summaries, comparison, duties)), '', `_${escapeMarkdown(w.costs.dutiesNote)}_`, '');
  const saturated = saturationCaveat(labels, summaries, comparison);
  for (const [heading, metrics] of [
    [w.sections.families, FAMILY_METRICS],
    [w.sections.guardian, GUARDIAN_METRICS],
    [w.sections.waits, WAIT_METRICS],
    [w.sections.causes, HANDOVER_CAUSE_METRICS],
  ] as const) {
    out.push(`### ${heading}`, '', outcomeMarkdown(labels, headlineTable(labels, summaries, comparison, metrics)), '');
    // under the waits it speaks of, as on the page
    if (heading === w.sections.waits && saturated !== null) out.push(`_${escapeMarkdown(saturated)}_`, '');
  }
  out.push(`_${escapeMarkdown(labels.markdownNote)}_`, '');
  const cohort = cohortNote(labels, summaries, comparison);
  if (cohort !== null) out.push(`_${escapeMarkdown(cohort)}_`, '');
  const censored = censoredCaveat(labels, summaries, comparison);
  if (censored !== null) out.push(`_${escapeMarkdown(censored)}_`, '');
  if (summaries.some((s) => s.settled?.settled === false)) out.push(`_${escapeMarkdown(w.unsettledRow)}_`, '');
  const caveats = extras.caveats ? caveatsMarkdown(labels, extras.caveats) : [];
  if (caveats.length > 0) out.push(`### ${w.sections.caveats}`, '', ...caveats, '');
  if (extras.uncertainty) out.push(uncertaintyMarkdown(labels, extras.uncertainty, extras.names));
  return out.join('\n');
}
