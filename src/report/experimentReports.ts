// Pages for the other experiments, built like the comparison report: a sweep (sweep.html), a
// sensitivity run (sensitivity.html) and one family's journey (journey.html with its event log).

import { join } from 'node:path';
import { eventLogCsv, eventLogXes, sortEvents, timestampOf } from './eventLog.js';
import { sweepChart, tornadoCharts } from './experimentCharts.js';
import { writeFileAtomic } from './files.js';
import { formatNumber } from './format.js';
import { chartFigure, escapeHtml, renderPage, type PageSection } from './html.js';
import { journeyChart } from './journey.js';
import { labelsFor, type Labels } from './labels.js';
import { writeChart, writeCharts } from './render.js';
import type { JourneyInput, ReportOptions, SensitivityResult, SweepResult } from './types.js';
import type { WarmupFile } from '../experiment/warmup.js';
import { warmupChart } from './warmupChart.js';
import { warmupCutsSection, warmupRecommendation } from './warmupPage.js';

function glossary(labels: Labels): PageSection {
  return { id: 'glossary', title: labels.sections.glossary, html: `<dl class="glossary">\n${labels.glossary.map(([t, d]) => `<dt>${escapeHtml(t)}</dt><dd>${escapeHtml(d)}</dd>`).join('\n')}\n</dl>` };
}

function runLine(labels: Labels, scenario: string, replications: number, seed: number, version?: string): string {
  return `<p class="run">${escapeHtml(labels.runLine(scenario, replications, seed, version ?? '–'))}</p>`;
}

/** sweep.html and charts/sweep-PARAMETER.{vl.json,svg,png}. */
export async function writeSweepReport(outDir: string, sweep: SweepResult, options: ReportOptions): Promise<string[]> {
  const labels = labelsFor(options.lang);
  const chart = sweepChart(labels, sweep);
  if (!chart) throw new Error('the sweep has no points with metrics to chart');
  const rendered = await writeCharts(join(outDir, 'charts'), [chart]);
  const html = renderPage({
    labels,
    title: chart.title,
    intro: runLine(labels, sweep.scenario, sweep.replications, sweep.seed, sweep.version),
    sections: [{ id: 'charts', title: labels.sections.charts, html: rendered.map((c) => chartFigure(labels, c, 'charts/')).join('\n') }, glossary(labels)],
    charts: rendered,
  });
  return [await writeFileAtomic(join(outDir, 'sweep.html'), html), ...rendered.flatMap((c) => c.files)];
}

/** sensitivity.html and a tornado chart per metric under charts/. */
export async function writeSensitivityReport(outDir: string, result: SensitivityResult, options: ReportOptions): Promise<string[]> {
  const labels = labelsFor(options.lang);
  const charts = tornadoCharts(labels, result);
  if (charts.length === 0) throw new Error('the sensitivity result has no parameters with low and high results to chart');
  const rendered = await writeCharts(join(outDir, 'charts'), charts);
  const title = labels.pages.sensitivityTitle(result.scenario);
  const html = renderPage({
    labels,
    title,
    intro: runLine(labels, result.scenario, result.replications, result.seed, result.version),
    sections: [{ id: 'charts', title: labels.sections.charts, html: rendered.map((c) => chartFigure(labels, c, 'charts/')).join('\n') }, glossary(labels)],
    charts: rendered,
  });
  return [await writeFileAtomic(join(outDir, 'sensitivity.html'), html), ...rendered.flatMap((c) => c.files)];
}

/** warmup.html and charts/warmup.{vl.json,svg,png}. */
export async function writeWarmupReport(outDir: string, file: WarmupFile, options: ReportOptions): Promise<string[]> {
  const labels = labelsFor(options.lang);
  const chart = warmupChart(labels, file);
  const rendered = await writeCharts(join(outDir, 'charts'), [chart]);
  const html = renderPage({
    labels,
    title: chart.title,
    intro: `${runLine(labels, file.scenario.name, file.replications, file.seed, file.version)}\n<p class="lead">${escapeHtml(warmupRecommendation(labels, file).join(' ')).replace('--material', '<code>--material</code>')}</p>`,
    sections: [
      { id: 'charts', title: labels.sections.charts, html: rendered.map((c) => chartFigure(labels, c, 'charts/')).join('\n') },
      warmupCutsSection(labels, file),
      glossary(labels),
    ],
    charts: rendered,
  });
  return [await writeFileAtomic(join(outDir, 'warmup.html'), html), ...rendered.flatMap((c) => c.files)];
}

/** journey.{html,vl.json,svg,png}, events.csv and events.xes for one family. */
export async function writeJourneyReport(outDir: string, journey: JourneyInput, options: ReportOptions): Promise<string[]> {
  const labels = labelsFor(options.lang);
  if (journey.spells.length === 0) throw new Error(`family ${journey.caseId} met no professionals in this replication: nothing to chart`);
  const chart = journeyChart(labels, journey.caseId, journey.spells, journey.events);
  const rendered = await writeChart(outDir, chart);
  const w = labels.pages;
  const facts = [
    [labels.scenario, journey.scenario],
    [w.family, String(journey.caseId)],
    [labels.provenance.seed, String(journey.seed)],
    [w.replication, String(journey.replication)],
    ...(journey.reason ? [[w.chosenBecause, journey.reason]] : []),
  ];
  const intro = `<table class="params"><tbody>${facts.map(([k, v]) => `<tr><th>${escapeHtml(k)}</th><td>${escapeHtml(v)}</td></tr>`).join('')}</tbody></table>`;
  const eventRows = sortEvents(journey.events)
    .map((e) => `<tr><td>${escapeHtml(formatNumber(labels, e.timeDays, 1))}</td><td>${escapeHtml(e.activity)}</td><td>${escapeHtml(e.resource)}</td><td>${escapeHtml(e.link)}</td><td><code>${escapeHtml(timestampOf(e.timeDays))}</code></td></tr>`)
    .join('\n');
  const eventsSection = `<p class="note">${escapeHtml(w.epochNote)} ${escapeHtml(labels.download)}: <a href="events.csv">events.csv</a> · <a href="events.xes">events.xes</a></p>
<div class="table-wrap"><table class="params"><thead><tr><th>${escapeHtml(w.day)}</th><th>${escapeHtml(labels.charts.journey.event)}</th><th>${escapeHtml(labels.charts.journey.professional)}</th><th>${escapeHtml(w.link)}</th><th>${escapeHtml(w.timestamp)}</th></tr></thead>
<tbody>
${eventRows}
</tbody></table></div>`;
  const html = renderPage({
    labels,
    title: chart.title,
    intro,
    sections: [
      { id: 'journey', title: w.journey, html: chartFigure(labels, rendered, '') },
      { id: 'events', title: w.events, html: eventsSection },
      glossary(labels),
    ],
    charts: [rendered],
  });
  const logName = `jbsim ${journey.scenario} seed ${journey.seed} replication ${journey.replication}`;
  const written = await Promise.all([
    writeFileAtomic(join(outDir, 'journey.html'), html),
    writeFileAtomic(join(outDir, 'events.csv'), eventLogCsv(journey.logEvents ?? journey.events)),
    writeFileAtomic(join(outDir, 'events.xes'), eventLogXes(journey.logEvents ?? journey.events, logName)),
  ]);
  return [...written, ...rendered.files];
}
