// The chain as a diagram drawn from the results: its links top to bottom, at each the mean wait
// (and the duration where the model measures one), on each arrow how many of every 100 signals
// take that path, and to the side where the others leave. The baseline on the left, a reform on
// the right, with what clearly differs in bold and colour. Plain SVG, so it needs no script and
// the same file goes into the page, a slide and the README.

import type { Comparison, MetricDifference, ScenarioSummary } from '../experiment/types.js';
import { DAYS_PER_YEAR } from '../model/units.js';
import { isClear } from './conclusions.js';
import { formatNumber } from './format.js';
import { metricOf } from './headline.js';
import type { Labels } from './labels.js';
import { betterDirection } from './outcomes.js';
import { BETTER, FONT, WORSE } from './theme.js';

/** A number on the diagram and the metric it comes from (for the reform's colour). */
interface Figure {
  value: number;
  metric: string;
}

/** What the diagram shows of one scenario. */
export interface ChainFigures {
  /** Of every 100 signals in the window: escalated, investigated by the RvdK, given a measure; and re-entries among them. */
  escalated: Figure;
  investigated: Figure;
  measured: Figure;
  reentries: Figure;
  waits: { LT: Figure; JBT: Figure; RvdK: Figure; court: Figure; GI: Figure };
  investigationDays: Figure;
  firstVisitDays: Figure;
  measureYears: Figure;
  /** False when families do not pass a table (one organisation decides inside). */
  hasTable: boolean;
}

function mean(s: ScenarioSummary, metric: string): number {
  return metricOf(s, metric)?.mean ?? NaN;
}

export function chainFigures(s: ScenarioSummary): ChainFigures {
  const signals = mean(s, 'familiesArrived') + mean(s, 'reentries');
  const per100 = (metric: string): Figure => ({ value: signals > 0 ? (100 * mean(s, metric)) / signals : NaN, metric });
  const wait = (link: string): Figure => ({ value: mean(s, `waitDays.${link}`), metric: `waitDays.${link}` });
  const table = metricOf(s, 'waitDays.JBT');
  return {
    escalated: per100('escalationsToJBT'),
    investigated: per100('rvdkInvestigationsStarted'),
    measured: per100('measuresStarted'),
    reentries: per100('reentries'),
    waits: { LT: wait('LT'), JBT: wait('JBT'), RvdK: wait('RvdK'), court: wait('court'), GI: wait('GI') },
    investigationDays: { value: mean(s, 'rvdkInvestigationDays'), metric: 'rvdkInvestigationDays' },
    firstVisitDays: { value: mean(s, 'timeFromRulingToGuardianDays'), metric: 'timeFromRulingToGuardianDays' },
    measureYears: { value: mean(s, 'measureDurationDays') / DAYS_PER_YEAR, metric: 'measureDurationDays' },
    hasTable: table !== undefined && table.n > 0 && Number.isFinite(table.mean),
  };
}

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

const COLUMN = 440;
const BOX = { x: 10, width: 210, height: 54 };
const STEP = 96;
const TOP = 46;

/** How a figure of the reform column is drawn: plain, or bold (and coloured when better or worse) when it clearly differs. */
type Style = 'plain' | 'changed' | 'better' | 'worse';

function styleOf(d: MetricDifference | undefined, metric: string, flow: boolean): Style {
  if (!isClear(d)) return 'plain';
  // a flow's share is a ratio of counts: bold when its count clearly changes, with no verdict
  if (flow || betterDirection(metric) === 'none') return 'changed';
  return d.difference < 0 ? 'better' : 'worse';
}

function tspan(text: string, style: Style): string {
  if (style === 'plain') return escapeXml(text);
  const fill = style === 'better' ? BETTER : style === 'worse' ? WORSE : '#000000';
  return `<tspan font-weight="bold" fill="${fill}">${escapeXml(text)}</tspan>`;
}

/**
 * One column of the diagram, and the texts it shows per figure. For the reform's column (`diffs`
 * and the baseline's `shown` texts) a figure is marked when it clearly differs and the text shown
 * differs too: a clear change too small to print is not worth the reader's eye.
 */
function column(labels: Labels, f: ChainFigures, x0: number, heading: string, diffs?: Record<string, MetricDifference>, shown?: ReadonlyMap<string, string>): { svg: string; texts: Map<string, string> } {
  const w = labels.comparison.chain;
  const days = (x: number) => formatNumber(labels, x, x >= 100 ? 0 : 1);
  const n = (x: number) => formatNumber(labels, x, 0);
  const texts = new Map<string, string>();
  const styled = (fig: Figure, text: string, flow = false) => {
    const key = `${fig.metric}${flow ? ' share' : ''}`;
    texts.set(key, text);
    // a share is a ratio of two counts: bold (no colour) when its count clearly changes
    return tspan(text, diffs && shown?.get(key) !== text ? styleOf(diffs[fig.metric], fig.metric, flow) : 'plain');
  };
  const waitText = (fig: Figure) => (Number.isFinite(fig.value) ? styled(fig, w.wait(days(fig.value))) : '');
  const nodes: Array<{ name: string; lines: string[] }> = [
    { name: w.signal, lines: [w.hundredSignals, styled(f.reentries, w.reentries(n(f.reentries.value)), true)] },
    { name: w.localTeam, lines: [waitText(f.waits.LT)] },
    { name: f.hasTable ? w.table : w.noTable, lines: f.hasTable ? [waitText(f.waits.JBT)] : [] },
    { name: w.rvdk, lines: [[waitText(f.waits.RvdK), Number.isFinite(f.investigationDays.value) ? styled(f.investigationDays, w.investigation(days(f.investigationDays.value))) : ''].filter((t) => t !== '').join(' · ')] },
    { name: w.court, lines: [waitText(f.waits.court)] },
    {
      name: w.guardian,
      lines: [
        waitText(f.waits.GI),
        Number.isFinite(f.firstVisitDays.value) ? styled(f.firstVisitDays, w.firstVisit(days(f.firstVisitDays.value))) : '',
        Number.isFinite(f.measureYears.value) ? styled(f.measureYears, w.measure(formatNumber(labels, f.measureYears.value, 1))) : '',
      ].filter((t) => t !== ''),
    },
    { name: w.end, lines: [] },
  ];
  // the arrow below each node: the share of signals that goes on, and who leaves there instead
  // (requests from the RvdK to the court are not counted, so that arrow has no number)
  const flows: Array<{ share: Figure | null; exit: string | null }> = [
    // every signal reaches the local team: the same 100 in every scenario
    { share: { value: 100, metric: '' }, exit: null },
    { share: f.escalated, exit: w.exitLocalTeam(n(100 - f.escalated.value)) },
    { share: f.investigated, exit: f.hasTable ? w.exitTable(n(f.escalated.value - f.investigated.value)) : w.exitDecision(n(f.escalated.value - f.investigated.value)) },
    { share: null, exit: null },
    { share: f.measured, exit: w.exitRvdk(n(f.investigated.value - f.measured.value)) },
    { share: f.measured, exit: null },
  ];
  const out: string[] = [`<text x="${x0 + BOX.x}" y="24" font-size="15" font-weight="bold">${escapeXml(heading)}</text>`];
  nodes.forEach((node, i) => {
    const y = TOP + i * STEP;
    const bx = x0 + BOX.x;
    out.push(`<rect x="${bx}" y="${y}" width="${BOX.width}" height="${BOX.height}" rx="6" fill="#F4F6F8" stroke="#8A96A3"/>`);
    out.push(`<text x="${bx + 10}" y="${y + 19}" font-size="13" font-weight="bold">${escapeXml(node.name)}</text>`);
    node.lines.slice(0, 2).forEach((line, k) => out.push(`<text x="${bx + 10}" y="${y + 35 + k * 14}" font-size="11">${line}</text>`));
    if (node.lines.length > 2) out.push(`<text x="${bx + BOX.width + 10}" y="${y + 35}" font-size="11">${node.lines[2]}</text>`);
    if (i === nodes.length - 1) return;
    const flow = flows[i]!; // an arrow below every node but the last
    const ax = bx + 40;
    const y1 = y + BOX.height;
    const y2 = y + STEP;
    const share = flow.share && Number.isFinite(flow.share.value) ? flow.share.value : null;
    const width = share === null ? 1.5 : 1.5 + (7 * share) / 100;
    out.push(`<line x1="${ax}" y1="${y1}" x2="${ax}" y2="${y2 - 7}" stroke="#4A5560" stroke-width="${width.toFixed(1)}"/>`);
    out.push(`<path d="M${ax - 5} ${y2 - 8} L${ax + 5} ${y2 - 8} L${ax} ${y2} Z" fill="#4A5560"/>`);
    if (share !== null && flow.share) out.push(`<text x="${ax + 10}" y="${(y1 + y2) / 2 + 4}" font-size="11">${flow.share.metric === '' ? escapeXml(w.of100(n(share))) : styled(flow.share, w.of100(n(share)), true)}</text>`);
    if (flow.exit) {
      const ey = y + BOX.height / 2;
      out.push(`<line x1="${bx + BOX.width}" y1="${ey}" x2="${bx + BOX.width + 14}" y2="${ey}" stroke="#8A96A3"/>`);
      out.push(`<text x="${bx + BOX.width + 18}" y="${ey + 4}" font-size="11" fill="#444444">${escapeXml(flow.exit)}</text>`);
    }
  });
  return { svg: out.join('\n'), texts };
}

export interface ChainDiagram {
  name: string;
  title: string;
  caption: string;
  svg: string;
}

/** The baseline's chain beside a reform's (or alone, when `reform` is absent). */
export function chainDiagram(labels: Labels, baseline: ScenarioSummary, baselineTitle: string, reform?: { summary: ScenarioSummary; title: string; comparison: Comparison }): ChainDiagram {
  const base = column(labels, chainFigures(baseline), 0, baselineTitle);
  const parts = [base.svg];
  if (reform) parts.push(column(labels, chainFigures(reform.summary), COLUMN, reform.title, reform.comparison.scenarios[reform.summary.scenario.name], base.texts).svg);
  const width = COLUMN * parts.length;
  const height = TOP + 6 * STEP + BOX.height + 12;
  const title = reform ? labels.comparison.chain.caption(reform.title) : labels.comparison.chain.caption(baselineTitle);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(FONT)}" fill="#1A1A1A">
<title>${escapeXml(title)}</title>
<rect width="100%" height="100%" fill="#FFFFFF"/>
${parts.join('\n')}
</svg>
`;
  const name = reform ? `chain-${slugOf(reform.summary.scenario.name)}` : 'chain';
  return { name, title, caption: labels.comparison.chain.intro, svg };
}

function slugOf(text: string): string {
  return text.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').toLowerCase() || 'scenario';
}
