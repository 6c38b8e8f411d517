// The warm-up page's text (warmup.html): the recommendation in the page's language, and a table of
// MSER-5's cut per series and start with what the cut takes off and whether it counts, so a reader
// sees why a long cut in the chart is no reason to warm up longer.

import type { StartReport, WarmupFile } from '../experiment/warmup.js';
import { formatNumber, formatPercent } from './format.js';
import { escapeHtml, type PageSection } from './html.js';
import { metricWords, type Labels } from './labels.js';
import { seriesTitle } from './warmupChart.js';
import { warmupWords } from './warmupWords.js';
import { DAYS_PER_YEAR } from '../model/units.js';

/** Decimals that give a number two significant digits (at most 3 after the point). */
function twoDigits(x: number): number {
  if (x === 0 || !Number.isFinite(x)) return 0;
  return Math.min(3, Math.max(0, 1 - Math.floor(Math.log10(Math.abs(x)))));
}

/** A share as a percentage with two significant digits (0,72%, 5,0%, 31%); a whole percentage as such (7%, not 7,0%). */
function percentOf(labels: Labels, share: number): string {
  const percent = Math.round(share * 1e8) / 1e6; // 0.07 × 100 is 7.000000000000001
  return formatPercent(labels, share, Number.isInteger(percent) ? 0 : twoDigits(percent));
}

/** Years with no trailing zero: 3, 3,5, 3,25, 2,92. */
const years = (labels: Labels, y: number) => {
  const hundredths = Math.round(y * 100);
  return formatNumber(labels, hundredths / 100, hundredths % 100 === 0 ? 0 : hundredths % 10 === 0 ? 1 : 2);
};

/** The recommendation, sentence by sentence, in the page's language. */
export function warmupRecommendation(labels: Labels, file: WarmupFile): string[] {
  const w = warmupWords(labels.lang);
  const r = file.recommendation;
  // in prose the name alone: "Kinderen met een maatregel (kinderen) (5 jaar)" reads badly
  const name = (key: string) => metricWords(labels, key).name;
  const names = (keys: readonly string[]) => w.list(keys.map(name));
  return [
    w.empty(r.emptyWarmupYears === 0 ? null : years(labels, r.emptyWarmupYears), names(r.emptyUnsettledSeries)),
    w.settled(r.settledWarmupYears === 0 ? null : years(labels, r.settledWarmupYears), r.unclearSeries.length === 0),
    ...(r.unsettledSeries.length > 0 ? [w.unsettled(names(r.unsettledSeries), years(labels, file.settledYears))] : []),
    ...r.negligibleSeries.map((m) => w.negligible(name(m.series), years(labels, m.years), percentOf(labels, Math.abs(m.relative)))),
    ...(r.unclearSeries.length > 0
      ? [w.unclear(w.list(r.unclearSeries.map((u) => w.unclearItem(name(u.series), years(labels, u.years), u.atLimit))), file.replications)]
      : []),
    w.scenario(years(labels, r.scenarioWarmupYears)),
    w.rule(percentOf(labels, file.materialShare), formatNumber(labels, file.absoluteFloor, 2)),
  ];
}

function cutCells(labels: Labels, r: StartReport): string {
  const w = warmupWords(labels.lang);
  const verdict = r.mserVerdict;
  const limit = r.mserAtLimit ? ` <span class="tag">${escapeHtml(w.atLimit)}</span>` : '';
  const cut = `<td>${escapeHtml(years(labels, r.mserDays / DAYS_PER_YEAR))}${limit}</td>`;
  const d = r.mserCutDifference;
  let difference = '–';
  if (d !== null && d.mean !== null) {
    const digits = twoDigits(d.mean);
    const ci =
      d.ci95[0] !== null && d.ci95[1] !== null
        ? `<span class="ci">[${escapeHtml(`${formatNumber(labels, d.ci95[0], digits)} ${labels.to} ${formatNumber(labels, d.ci95[1], digits)}`)}]</span>`
        : '';
    const share = d.relative !== null ? `<span class="ci">${escapeHtml(w.ofRest(percentOf(labels, Math.abs(d.relative))))}</span>` : '';
    const threshold =
      r.mserThreshold !== null ? `<span class="ci">${escapeHtml(w.threshold(formatNumber(labels, r.mserThreshold, twoDigits(r.mserThreshold))))}</span>` : '';
    difference = `<span class="value">${escapeHtml(formatNumber(labels, d.mean, digits, true))}</span>${ci}${share}${threshold}`;
  }
  const said = escapeHtml(w.verdicts[verdict]);
  return `${cut}<td>${difference}</td><td class="text-col">${verdict === 'counts' ? `<strong>${said}</strong>` : said}</td>`;
}

/** MSER-5's cuts per series, from each start, with what they take off and whether they count. */
export function warmupCutsSection(labels: Labels, file: WarmupFile): PageSection {
  const w = warmupWords(labels.lang);
  const head = `<thead><tr><th scope="col" rowspan="2" class="scenario-col">${escapeHtml(w.series)}</th><th scope="colgroup" colspan="3">${escapeHtml(w.fromEmpty)}</th><th scope="colgroup" colspan="3">${escapeHtml(w.fromSettled)}</th></tr>
<tr>${`${[w.cut, w.difference].map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('')}<th scope="col" class="text-col">${escapeHtml(w.verdict)}</th>`.repeat(2)}</tr></thead>`;
  const rows = Object.entries(file.series)
    .map(([key, r]) => `<tr><th scope="row">${escapeHtml(seriesTitle(labels, key))}</th>${cutCells(labels, r.empty)}${cutCells(labels, r.settled)}</tr>`)
    .join('\n');
  return {
    id: 'cuts',
    title: w.section,
    html: `<p class="lead">${escapeHtml(w.intro)}</p>\n<div class="table-wrap"><table class="headline compact warmup">${head}\n<tbody>\n${rows}\n</tbody></table></div>`,
  };
}
