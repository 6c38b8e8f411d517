// The comparison report: index.html (self-contained), summary.md and charts/ (Vega-Lite spec, SVG
// and PNG per chart, and the chain diagrams as SVG and PNG), from the summaries and comparison.json
// that `jbsim compare` produces. The page opens with the conclusion, then costs beside effects,
// the outcome tables, the course over time, the chain, the caveats each result rests on and,
// when there is one, the uncertainty analysis.

import { join } from 'node:path';
import type { Comparison, ScenarioSummary } from '../experiment/types.js';
import { chainDiagram, type ChainDiagram } from './chain.js';
import { comparisonCharts, displayed } from './charts.js';
import { conclusions, likeTodayLeaning, pricesOf, type CheckInput } from './conclusions.js';
import { reformEnabled, reformOfPath } from '../model/reforms/index.js';
import { indexedPath } from '../experiment/parameters.js';
import { canonicalJson } from '../scenario/load.js';
import { parameterName, valueWords } from './parameterWords.js';
import { costEffectChart, costTable, usedMetrics } from './costs.js';
import { writeFileAtomic } from './files.js';
import { formatYears } from './format.js';
import { headlineTable, scenarioOrder } from './headline.js';
import { chartFigure, escapeHtml, renderPage, type PageSection } from './html.js';
import { labelsFor, type Labels } from './labels.js';
import { summaryMarkdown } from './markdown.js';
import { titles } from './names.js';
import { DUTY_METRICS, FAMILY_METRICS, GUARDIAN_METRICS, HANDOVER_CAUSE_METRICS, WAIT_METRICS } from './outcomes.js';
import { writeCharts, writeSvgFigure, type RenderedChart } from './render.js';
import { censoredCaveat, cohortNote, restsOn, saturationCaveat } from './caveats.js';
import { caveatsHtml, provenanceHtml, rankingsHtml, summaryHtml } from './sectionsHtml.js';
import { outcomeTableHtml, unsettledNote } from './markup.js';
import { costTableHtml } from './tables.js';
import type { ReportInput, ReportOptions } from './types.js';
import { labelledNames, uncertaintyCharts, withNoiseFrom } from './uncertainty.js';
import { uncertaintySection } from './uncertaintyPage.js';

/** Which section each chart belongs in; the rest go under "more charts". */
const PLACED: Record<string, 'costs' | 'causes' | 'series'> = {
  'cost-effect': 'costs',
  handovers: 'causes',
  'children-under-measure': 'series',
  'children-without-guardian': 'series',
  caseload: 'series',
};
const isUncertaintyChart = (name: string) => name.startsWith('uncertainty-');

export async function writeReport(outDir: string, input: ReportInput, options: ReportOptions): Promise<string[]> {
  const { summaries, comparison } = input;
  checkInput(summaries, comparison);
  const labels = labelsFor(options.lang);
  const w = labels.comparison;
  const version = summaries.find((s) => s.scenario.name === comparison.baseline)?.version ?? summaries[0]!.version;
  const title = titles(labels, summaries);
  const { shown } = displayed(labels, summaries, comparison);

  const cost = costEffectChart(labels, comparison, shown);
  // the noise-only intervals of a quick analysis (run without base replications) are the comparison's own
  const uncertainty = input.uncertainty ? withNoiseFrom(input.uncertainty, comparison) : undefined;
  const names = labelledNames(labels, shown);
  const charts = [...comparisonCharts(labels, summaries, comparison), ...(cost ? [cost] : []), ...(uncertainty ? uncertaintyCharts(labels, uncertainty, names) : [])];
  const diagrams = chainDiagrams(labels, summaries, comparison);
  const chartsDir = join(outDir, 'charts');
  const [rendered, diagramFiles] = await Promise.all([writeCharts(chartsDir, charts), Promise.all(diagrams.map((d) => writeSvgFigure(chartsDir, d.name, d.svg)))]);
  const figures = (where: string | undefined) => rendered.filter((c) => PLACED[c.chart.name] === where && !isUncertaintyChart(c.chart.name)).map((c) => chartFigure(labels, c, 'charts/')).join('\n');

  const caveats = { summaries, comparison, diffs: input.scenarioDiffs, values: input.scenarioValues, uncertainty };
  const assumptions = Object.fromEntries(summaries.map((s) => [s.scenario.name, restsOn(labels, caveats, s.scenario.name).notes]));
  const providerPricePerYear = input.scenarioValues ? Object.fromEntries(Object.entries(input.scenarioValues).map(([name, v]) => [name, v.costs.providerPerYearEuro])) : undefined;
  const checks = checkInputs(labels, input);
  const summary = conclusions(labels, {
    summaries,
    comparison,
    assumptions,
    uncertainty,
    ...(providerPricePerYear ? { providerPricePerYear } : {}),
    ...(checks.length > 0 ? { checks } : {}),
  });
  const anyUnsettled = summaries.some((s) => s.settled?.settled === false);
  const note = (text: string) => `<p class="note">${escapeHtml(text)}</p>`;
  const table = (metrics: readonly string[], id: string, compact = false) => outcomeTableHtml(labels, headlineTable(labels, summaries, comparison, metrics), id, compact);

  const cohort = cohortNote(labels, summaries, comparison);
  const cohortHtml = cohort === null ? '' : note(cohort);
  const censored = censoredCaveat(labels, summaries, comparison);
  const censoredHtml = censored === null ? '' : `<p class="note caveat">${escapeHtml(censored)}</p>`;
  const saturated = saturationCaveat(labels, summaries, comparison);
  const saturatedHtml = saturated === null ? '' : `<p class="note caveat">${escapeHtml(saturated)}</p>`;
  const duties = usedMetrics(summaries, DUTY_METRICS);
  const dutiesHtml = duties.length > 0 ? `<h3>${escapeHtml(w.costs.duties)}</h3>\n${table(duties, 'duties', true)}\n${note(w.costs.dutiesNote)}` : '';
  const sections: PageSection[] = [
    { id: 'summary', title: w.sections.summary, html: `${summaryHtml(labels, summary)}\n<h3>${escapeHtml(w.sections.rankings)}</h3>\n${rankingsHtml(labels, summary)}` },
    { id: 'costs', title: w.sections.costs, html: `${costTableHtml(labels, costTable(labels, summaries, comparison, pricesOf(summary)))}\n${note(w.costs.note)}\n${dutiesHtml}\n${unsettledNote(labels, anyUnsettled)}\n${figures('costs')}` },
    { id: 'families', title: w.sections.families, html: `${table(FAMILY_METRICS, 'headline')}\n${note(w.tableNote)}\n${note(w.neutralNote)}\n${cohortHtml}\n${censoredHtml}\n${unsettledNote(labels, anyUnsettled)}` },
    { id: 'guardian', title: w.sections.guardian, html: `${table(GUARDIAN_METRICS, 'guardian')}\n${note(w.guardianNote)}\n${unsettledNote(labels, anyUnsettled)}` },
    { id: 'waits', title: w.sections.waits, html: `${table(WAIT_METRICS, 'waits')}\n${note(w.waitsNote)}\n${saturatedHtml}` },
    { id: 'causes', title: w.sections.causes, html: `${table(HANDOVER_CAUSE_METRICS, 'causes', true)}\n${note(w.compactNote)}\n${figures('causes')}` },
    { id: 'series', title: w.sections.series, html: figures('series') },
    { id: 'chain', title: w.sections.chain, html: chainHtml(labels, diagrams) },
    { id: 'charts', title: w.sections.charts, html: figures(undefined) },
    { id: 'caveats', title: w.sections.caveats, html: caveatsHtml(labels, caveats) },
    // the uncertainty analysis, after the caveats it quantifies
    ...(uncertainty ? [uncertaintySection(labels, uncertainty, rendered.filter((c) => isUncertaintyChart(c.chart.name)), 'charts/', names)] : []),
    { id: 'glossary', title: w.sections.glossary, html: glossaryHtml(labels) },
    { id: 'provenance', title: w.sections.provenance, html: provenanceHtml(labels, summaries, comparison) },
  ].filter((s) => s.html.trim() !== '');
  const intro = `<p class="run">${escapeHtml(w.runLine(title(comparison.baseline), comparison.replications, formatYears(labels, summaries[0]!.horizonDays)))}</p>`;
  const html = renderPage({ labels, title: labels.reportTitle, intro, sections, charts: rendered });
  const written = await Promise.all([writeFileAtomic(join(outDir, 'index.html'), html), writeFileAtomic(join(outDir, 'summary.md'), summaryMarkdown(labels, summaries, comparison, version, summary, { caveats, names, uncertainty }))]);
  return [...written, ...rendered.flatMap((c: RenderedChart) => c.files), ...diagramFiles.flat()];
}

function checkInput(summaries: ScenarioSummary[], comparison: Comparison): void {
  if (!comparison || typeof comparison.baseline !== 'string') throw new Error('the comparison has no baseline');
  if (!Array.isArray(summaries) || summaries.length === 0) throw new Error('a report needs at least one scenario summary');
  const names = new Set(summaries.map((s) => s.scenario.name));
  if (!names.has(comparison.baseline)) throw new Error(`the baseline "${comparison.baseline}" has no summary`);
}

/** The baseline's chain beside each reform's (the baseline alone when there is no reform). */
function chainDiagrams(labels: Labels, summaries: readonly ScenarioSummary[], comparison: Comparison): ChainDiagram[] {
  const title = titles(labels, summaries);
  const byName = new Map(summaries.map((s) => [s.scenario.name, s]));
  const base = byName.get(comparison.baseline)!;
  const reforms = scenarioOrder([...summaries], comparison).filter((n) => n !== comparison.baseline && byName.has(n) && comparison.scenarios[n]);
  if (reforms.length === 0) return [chainDiagram(labels, base, title(base.scenario.name))];
  return reforms.map((n) => chainDiagram(labels, base, title(comparison.baseline), { summary: byName.get(n)!, title: title(n), comparison }));
}

/** The diagrams as static images, one reform open at a time. */
function chainHtml(labels: Labels, diagrams: readonly ChainDiagram[]): string {
  if (diagrams.length === 0) return '';
  const figure = (d: ChainDiagram) => {
    const size = /width="(\d+)" height="(\d+)"/.exec(d.svg);
    const dims = size ? ` width="${size[1]}" height="${size[2]}"` : '';
    const link = (ext: string) => `<a href="charts/${escapeHtml(d.name)}.${ext}">${ext.toUpperCase()}</a>`;
    return `<figure class="chart chain" id="chart-${escapeHtml(d.name)}"><div class="vis"><img src="data:image/svg+xml;base64,${Buffer.from(d.svg, 'utf8').toString('base64')}" alt="${escapeHtml(d.title)}"${dims}></div>
<figcaption>${escapeHtml(d.title)}<span class="downloads">${escapeHtml(labels.download)}: ${link('png')} · ${link('svg')}</span></figcaption></figure>`;
  };
  const blocks = diagrams.map((d, i) => (diagrams.length === 1 ? figure(d) : `<details${i === 0 ? ' open' : ''}><summary>${escapeHtml(d.title)}</summary>\n${figure(d)}\n</details>`));
  return `<p class="note">${escapeHtml(diagrams[0]!.caption)}</p>\n${blocks.join('\n')}`;
}

function glossaryHtml(labels: Labels): string {
  return `<dl class="glossary">\n${labels.glossary.map(([term, text]) => `<dt>${escapeHtml(term)}</dt><dd>${escapeHtml(text)}</dd>`).join('\n')}\n</dl>`;
}

/** The checks of checks.json in the words of the report: the parameter's name and both values. */
function checkInputs(labels: Labels, input: ReportInput): CheckInput[] {
  const baseline = input.comparison.baseline;
  const scenario = input.scenarioValues?.[baseline];
  return (input.checks ?? []).map((c) => {
    const reform = reformOfPath(c.path);
    const setsItself = (name: string) =>
      name !== baseline &&
      (canonicalJson(c.own[name]) !== canonicalJson(c.own[baseline]) ||
        (reform !== undefined && input.scenarioValues?.[name] !== undefined && reformEnabled(input.scenarioValues[name]!, reform)));
    // the words read list entries by number: `[Leger des Heils]` becomes its place in the baseline's list
    const path = indexedPath(scenario, c.path);
    const leaning = likeTodayLeaning(input.uncertainty, c.path, c.own[baseline]);
    return {
      name: parameterName(labels.lang, path, scenario),
      value: valueWords(labels, path, c.value, scenario),
      own: Object.fromEntries(Object.entries(c.own).map(([name, v]) => [name, valueWords(labels, path, v, input.scenarioValues?.[name] ?? scenario)])),
      setByReform: Object.keys(c.own).filter(setsItself),
      comparison: c.comparison,
      settled: c.settled,
      // two significant digits: a median of a dozen worlds has no more
      ...(leaning ? { worlds: { median: valueWords(labels, path, Number(leaning.median.toPrecision(2)), scenario), lower: leaning.lower } } : {}),
    };
  });
}

