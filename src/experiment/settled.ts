// Is the scenario observed in a settled state? Averages over the window mean something only if
// the chain is not still filling up or running away. Two tests, on every replication's monthly
// series: the mean of the last fifth of the window against the first fifth (paired over
// replications: a drift whose interval excludes zero and that is larger than a material amount
// fails), and the utilisation of every link (a link busy all the time has a queue that can grow
// without bound).

import { meanInterval } from '../statistics/index.js';
import type { ReplicationResult } from '../model/results.js';
import type { MetricSummary, SaturatedLink, SettledCheck, SettledReport } from './types.js';

/** The series checked, with what counts as a material drift: a share of the level, and a floor in its own unit. */
const CHECKED: readonly { series: string; share: number; floor: number; words: string }[] = [
  { series: 'childrenUnderMeasure', share: 0.03, floor: 1, words: 'children under a measure' },
  { series: 'childrenWithoutGuardian', share: 0.25, floor: 3, words: 'children without a guardian' },
  { series: 'waitingForInvestigation', share: 0.25, floor: 3, words: 'families waiting for an RvdK investigation' },
  { series: 'waitingForLocalTeam', share: 0.25, floor: 3, words: 'families waiting for a local-team worker' },
];

/** A link busy at least this share of the window in every sense counts as saturated. */
export const SATURATED = 0.995;

function fifthMean(xs: readonly number[], last: boolean): number {
  const k = Math.max(1, Math.floor(xs.length / 5));
  const part = last ? xs.slice(xs.length - k) : xs.slice(0, k);
  return part.reduce((a, b) => a + b, 0) / part.length;
}

/** `metrics`: the scenario's metric summaries by dotted name (its `utilisation.…` ones are read). */
export function settledCheck(results: readonly ReplicationResult[], metrics: ReadonlyMap<string, MetricSummary>): SettledReport {
  const checks: SettledCheck[] = [];
  const reasons: string[] = [];
  for (const c of CHECKED) {
    const series = results.map((r) => (r.series as unknown as Record<string, number[] | undefined>)[c.series]);
    if (series.some((s) => s === undefined || s.length < 5)) continue;
    const first = series.map((s) => fifthMean(s!, false));
    const last = series.map((s) => fifthMean(s!, true));
    const diff = meanInterval(last.map((x, i) => x - first[i]!));
    const firstMean = meanInterval(first).mean;
    const allowed = Math.max(c.floor, c.share * Math.abs(firstMean));
    const significant = diff.n > 1 ? diff.low > 0 || diff.high < 0 : true;
    const drifts = significant && Math.abs(diff.mean) > allowed;
    checks.push({
      series: c.series,
      firstFifth: firstMean,
      lastFifth: meanInterval(last).mean,
      difference: diff.mean,
      ci95: [diff.low, diff.high],
      allowed,
      drifts,
    });
    if (drifts) {
      reasons.push(
        `${c.words} ${diff.mean > 0 ? 'rise' : 'fall'} from ${round(firstMean)} to ${round(meanInterval(last).mean)} between the first and the last fifth of the observed years (more than the ${round(allowed)} that counts as settled)`,
      );
    }
  }
  for (const [name, m] of metrics) {
    if (!name.startsWith('utilisation.')) continue;
    const u = m.mean;
    if (u >= SATURATED)
      reasons.push(
        `${name.slice('utilisation.'.length)} is busy ${Math.round(u * 100)}% of the time: there is always a queue, and the observed years cannot rule out that it grows in the long run`,
      );
  }
  const saturated = saturatedReplications(results);
  return { settled: reasons.length === 0, reasons, checks, ...saturated };
}

/** The links busy all the time in single replications, and in how many replications any link was. */
function saturatedReplications(results: readonly ReplicationResult[]): {
  saturatedIn: SaturatedLink[];
  replicationsWithSaturation: number;
} {
  const counts = new Map<string, number>();
  let replicationsWithSaturation = 0;
  for (const r of results) {
    // the experiment layer runs other models too (the tests' queue), which report no links
    const utilisation: Record<string, number> = (r.system as Partial<ReplicationResult['system']> | undefined)?.utilisation ?? {};
    const busy = Object.entries(utilisation).filter(([, u]) => u >= SATURATED);
    if (busy.length > 0) replicationsWithSaturation++;
    for (const [link] of busy) counts.set(link, (counts.get(link) ?? 0) + 1);
  }
  const saturatedIn = [...counts]
    .map(([link, replications]) => ({ link, replications }))
    .sort((a, b) => b.replications - a.replications || (a.link < b.link ? -1 : 1));
  return { saturatedIn, replicationsWithSaturation };
}

function round(x: number): number {
  return Math.abs(x) >= 10 ? Math.round(x) : Math.round(x * 10) / 10;
}
