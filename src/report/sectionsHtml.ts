// The page's prose sections as HTML: the summary with its rankings, the caveats per scenario
// and the one provenance block. Every text a user wrote (titles, descriptions, file names) is
// escaped; the rest comes from labels and the numbers.

import type { Comparison, ScenarioSummary } from '../experiment/types.js';
import { textIn } from '../scenario/localText.js';
import { changesOf, restsOn, type CaveatInput, type ParameterNote } from './caveats.js';
import { rankGroups, type Conclusions } from './conclusions.js';
import { formatNumber, formatYears, lowerFirst } from './format.js';
import { scenarioOrder } from './headline.js';
import { escapeHtml, paragraphs } from './html.js';
import { metricWords, type Labels } from './labels.js';
import { titles } from './names.js';

export function summaryHtml(labels: Labels, c: Conclusions): string {
  const reforms = c.reforms
    .map(
      (r) => `<div class="reform${r.settled ? '' : ' unsettled'}" data-scenario="${escapeHtml(r.scenario)}">
${r.warning ? `<p class="warning"><span class="tag unsettled">${escapeHtml(labels.comparison.unsettledTag)}</span> ${escapeHtml(r.warning)}</p>\n` : ''}${r.sentences.map((s, i) => `<p>${i === 0 && s.startsWith(r.title) ? `<strong>${escapeHtml(r.title)}</strong>${escapeHtml(s.slice(r.title.length))}` : escapeHtml(s)}</p>`).join('\n')}
</div>`,
    )
    .join('\n');
  return `<p class="lead">${escapeHtml(c.intro)}</p>\n${reforms}`;
}

export function rankingsHtml(labels: Labels, c: Conclusions): string {
  const w = labels.comparison.rankings;
  const rows = c.rankings
    .map((r) => {
      const order =
        r.ranked.length > 0
          ? `<ol>${rankGroups(r.ranked)
              .map((g) => `<li value="${g.rank}">${escapeHtml(g.texts.join(' = '))}</li>`)
              .join('')}</ol>`
          : `<span class="muted">${escapeHtml(w.noneClear)}</span>`;
      return `<tr><th scope="row">${escapeHtml(r.name)}</th><td>${order}</td><td>${escapeHtml(r.unsettled.join(', '))}</td></tr>`;
    })
    .join('\n');
  return `<div class="table-wrap"><table class="params rankings" id="table-rankings">
<thead><tr><th scope="col">${escapeHtml(w.metric)}</th><th scope="col">${escapeHtml(w.order)}</th><th scope="col">${escapeHtml(w.unranked)}</th></tr></thead>
<tbody>
${rows}
</tbody></table></div>`;
}

function notesTable(labels: Labels, notes: readonly ParameterNote[], withBaseline: boolean): string {
  const w = labels.comparison.caveats;
  const rows = notes
    .map((n) => `<tr><td>${escapeHtml(n.name)}</td><td><strong>${escapeHtml(n.value)}</strong></td>${withBaseline ? `<td>${escapeHtml(n.baseline ?? '')}</td>` : ''}<td>${escapeHtml(n.source)}</td></tr>`)
    .join('\n');
  return `<table class="params"><thead><tr><th>${escapeHtml(w.parameter)}</th><th>${escapeHtml(w.value)}</th>${withBaseline ? `<th>${escapeHtml(w.baselineValue)}</th>` : ''}<th>${escapeHtml(w.source)}</th></tr></thead>
<tbody>
${rows}
</tbody></table>`;
}

/** "Name: value (source); drives: …" as a list item's text parts. */
function restsOnItem(labels: Labels, a: ParameterNote): string {
  const drives = a.drives && a.drives.length > 0 ? ` — ${labels.comparison.caveats.drives(a.drives.map((m) => lowerFirst(metricWords(labels, m).name)))}` : '';
  return `${escapeHtml(a.name)}: <strong>${escapeHtml(a.value)}</strong> (${escapeHtml(a.source)})${escapeHtml(drives)}`;
}

/** Per scenario: its description, what it changes in words with units and sources, and what its results rest on most. */
export function caveatsHtml(labels: Labels, input: CaveatInput): string {
  const w = labels.comparison.caveats;
  const title = titles(labels, input.summaries);
  const byName = new Map(input.summaries.map((s) => [s.scenario.name, s]));
  const blocks = scenarioOrder([...input.summaries], input.comparison)
    .filter((name) => byName.has(name))
    .map((name) => {
      const s = byName.get(name)!;
      const text = textIn(s.scenario.description, labels.lang);
      const description = text.trim() ? paragraphs(text) : '';
      if (name === input.comparison.baseline) return `<div class="scenario" data-scenario="${escapeHtml(name)}"><h3>${escapeHtml(title(name))} <span class="tag">${escapeHtml(labels.baselineTag)}</span></h3>\n${description}\n<p>${escapeHtml(w.baseline)}</p></div>`;
      const diffs = input.diffs?.[name];
      const values = input.values?.[name];
      const changes = changesOf(labels, diffs, values);
      const parts: string[] = [];
      for (const r of changes.reforms) {
        parts.push(`<p><strong>${escapeHtml(r.name)}</strong>${r.parameters.length > 0 ? `, ${escapeHtml(w.reformDefaults)}:` : ''}</p>`);
        if (r.parameters.length > 0) parts.push(notesTable(labels, r.parameters, r.parameters.some((p) => p.baseline !== undefined)));
      }
      if (changes.other.length > 0) parts.push(`<p><strong>${escapeHtml(w.otherChanges)}</strong></p>`, notesTable(labels, changes.other, true));
      if (parts.length === 0) parts.push(`<p>${escapeHtml(diffs ? w.noChanges : labels.diffsUnknown)}</p>`);
      const rest = restsOn(labels, input, name);
      const basis = rest.basis ? `<p class="note">${escapeHtml(rest.basis)}</p>\n` : '';
      const restsOnHtml = rest.notes.length > 0 ? `<h4>${escapeHtml(w.restsOn)}</h4>\n${basis}<ul class="assumptions">${rest.notes.map((a) => `<li>${restsOnItem(labels, a)}</li>`).join('')}</ul>` : '';
      const tag = s.settled?.settled === false ? ` <span class="tag unsettled">${escapeHtml(labels.comparison.unsettledTag)}</span>` : '';
      return `<div class="scenario" data-scenario="${escapeHtml(name)}"><h3>${escapeHtml(title(name))}${tag}</h3>
${description}
<h4>${escapeHtml(w.changes)}</h4>
${parts.join('\n')}
${restsOnHtml}
</div>`;
    });
  return `<p>${escapeHtml(w.intro)}</p>\n${blocks.join('\n')}`;
}

const shortHash = (hash: string) => hash.replace(/^sha256:/, '').slice(0, 12);

/** One block: how the results were made (the same for every scenario), then the files and their fingerprints. */
export function provenanceHtml(labels: Labels, summaries: readonly ScenarioSummary[], comparison: Comparison): string {
  const w = labels.comparison.provenance;
  const base = summaries.find((s) => s.scenario.name === comparison.baseline) ?? summaries[0]!;
  const p = (base.provenance ?? {}) as Record<string, unknown>;
  const text = (v: unknown) => (v === undefined || v === null ? undefined : String(v));
  const facts: Array<[string, string | undefined]> = [
    [w.replications, String(comparison.replications)],
    [w.seed, String(comparison.seed)],
    [w.run, w.observed(formatYears(labels, base.horizonDays), formatYears(labels, base.warmupDays))],
    [w.version, base.version],
    [w.command, text(p.command)],
    [w.started, text(p.startedAt)?.replace('T', ' ').replace(/\.\d+Z$/, ' UTC')],
    [w.machine, typeof p.wallSeconds === 'number' ? w.wall(formatNumber(labels, p.wallSeconds, 1), String(p.workers ?? '?')) : undefined],
  ];
  const shown = facts.filter((f): f is [string, string] => f[1] !== undefined);
  const title = titles(labels, summaries);
  const files = scenarioOrder([...summaries], comparison)
    .map((name) => summaries.find((s) => s.scenario.name === name))
    .filter((s): s is ScenarioSummary => s !== undefined)
    .map((s) => `<tr><td>${escapeHtml(title(s.scenario.name))}</td><td><code>${escapeHtml(s.scenario.file)}</code></td><td><code>${escapeHtml(shortHash(s.scenario.hash))}</code></td></tr>`)
    .join('\n');
  return `<dl class="provenance">
${shown.map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${k === w.command ? `<code>${escapeHtml(v)}</code>` : escapeHtml(v)}</dd>`).join('\n')}
</dl>
<h3>${escapeHtml(w.files)}</h3>
<div class="table-wrap"><table class="params">
<thead><tr><th>${escapeHtml(labels.scenario)}</th><th>${escapeHtml(w.file)}</th><th>${escapeHtml(w.hash)}</th></tr></thead>
<tbody>
${files}
</tbody></table></div>`;
}
