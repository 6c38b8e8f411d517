// `jbsim warmup`: how long a scenario takes to settle, and whether its settled start needs a
// warm-up at all. Replications run from an empty chain for many years and from the settled start
// for fewer, both observed from time 0; for each headline series (stock, children without a
// guardian, caseload, queues, waits per link) the series averaged over replications is smoothed
// (Welch) and cut with MSER-5; a cut counts when, across replications, what it cuts off differs
// from the rest by more than noise. The recommendation is the warm-up the settled start needs.

import { averageOverReplications, mser, startupBias, welchMovingAverage } from '../statistics/index.js';
import { DAYS_PER_MONTH, DAYS_PER_YEAR, type ReplicationResult } from '../model/index.js';
import type { LoadedScenario } from './summarise.js';

/** The series judged, in the order the chart shows them. */
export const WARMUP_SERIES = [
  'childrenUnderMeasure',
  'childrenWithoutGuardian',
  'meanCaseloadChildren',
  'waitingForInvestigation',
  'waitingForLocalTeam',
  'waitDays.LT',
  'waitDays.JBT',
  'waitDays.RvdK',
  'waitDays.court',
  'waitDays.GI',
] as const;

export const DEFAULT_EMPTY_YEARS = 30;
export const DEFAULT_SETTLED_YEARS = 10;
/** Welch's window: a year of monthly points either side. */
export const WELCH_WINDOW_MONTHS = 12;

export interface StartReport {
  /** Day of each monthly point from the start of the run. */
  day: number[];
  /** The series averaged over replications (null: no family waited that month). */
  mean: (number | null)[];
  /** Welch's moving average of it. */
  welch: (number | null)[];
  /** MSER-5's truncation point, and whether it hit the limit of half the series (the series may never settle). */
  mserDays: number;
  mserAtLimit: boolean;
  /** What MSER cuts off differs from the rest by more than noise (else its cut is no start-up bias). */
  mserBiasShown: boolean;
  /** Across replications: the cut-off part's mean minus the rest's, with its 95% interval (null: nothing cut off). */
  mserCutDifference: { mean: number | null; ci95: [number | null, number | null] } | null;
}

export interface WarmupFile {
  scenario: { name: string; file: string; hash: string };
  seed: number;
  replications: number;
  emptyYears: number;
  settledYears: number;
  welchWindowMonths: number;
  series: Record<string, { empty: StartReport; settled: StartReport }>;
  recommendation: {
    /** The warm-up a settled start needs (the largest MSER-5 point over the series after it, rounded up to a quarter year). */
    settledWarmupYears: number;
    /** The same from an empty chain. */
    emptyWarmupYears: number;
    /** Series whose MSER-5 point hit its limit: they may not settle within the run. */
    unsettledSeries: string[];
    text: string;
  };
  version: string;
  provenance: Record<string, unknown>;
}

/** The two runs of a warm-up study: the scenario from an empty chain and from its settled start, observed from time 0. */
export function warmupVariants(base: LoadedScenario, emptyYears: number, settledYears: number): [LoadedScenario, LoadedScenario] {
  const variant = (start: 'empty' | 'settled', years: number): LoadedScenario => ({
    ...base,
    scenario: {
      ...base.scenario,
      name: `${base.scenario.name} (${start})`,
      simulation: { ...base.scenario.simulation, start, warmupYears: 0, years, followUpYears: 0 },
    },
  });
  return [variant('empty', emptyYears), variant('settled', settledYears)];
}

const finite = (x: number): number | null => (Number.isFinite(x) ? x : null);
const quarterYearsUp = (days: number) => Math.ceil((days / DAYS_PER_YEAR) * 4) / 4;

function startReport(results: readonly ReplicationResult[], series: string): StartReport {
  const rows = results.map((r) => (r.series as unknown as Record<string, number[] | undefined>)[series] ?? []);
  const mean = averageOverReplications(rows);
  const day = (results[0]?.series.day ?? []).slice(0, mean.length);
  const cut = mser(mean, 5);
  const bias = startupBias(rows, cut.truncation);
  return {
    day,
    mean: mean.map(finite),
    welch: welchMovingAverage(mean, WELCH_WINDOW_MONTHS).map(finite),
    mserDays: Math.round(cut.truncation * DAYS_PER_MONTH * 10) / 10,
    mserAtLimit: cut.atLimit,
    mserBiasShown: bias.shown,
    mserCutDifference: cut.truncation > 0 ? { mean: finite(bias.difference), ci95: [finite(bias.ci95[0]), finite(bias.ci95[1])] } : null,
  };
}

export function warmupFile(
  base: LoadedScenario,
  empty: readonly ReplicationResult[],
  settled: readonly ReplicationResult[],
  options: { seed: number; emptyYears: number; settledYears: number; version: string; provenance: Record<string, unknown> },
): WarmupFile {
  const series: WarmupFile['series'] = {};
  for (const name of WARMUP_SERIES) series[name] = { empty: startReport(empty, name), settled: startReport(settled, name) };
  const reports = Object.entries(series);
  // a series counts where its cut shows a start-up bias (or where it may never settle)
  const needed = (r: StartReport) => (r.mserBiasShown || r.mserAtLimit ? r.mserDays : 0);
  const settledDays = Math.max(0, ...reports.map(([, r]) => needed(r.settled)));
  const emptyDays = Math.max(0, ...reports.map(([, r]) => needed(r.empty)));
  const unsettled = reports.filter(([, r]) => r.settled.mserAtLimit).map(([name]) => name);
  const settledWarmupYears = quarterYearsUp(settledDays);
  const emptyWarmupYears = quarterYearsUp(emptyDays);
  const text =
    `From an empty chain the series settle after ${emptyWarmupYears} years (MSER-5, the largest over the series whose cut-off part differs from the rest by more than noise). ` +
    `From the settled start they need ${settledWarmupYears === 0 ? 'no warm-up' : `a warm-up of ${settledWarmupYears} years`}` +
    (unsettled.length > 0
      ? `; ${unsettled.join(', ')} may not settle at all within ${options.settledYears} years (MSER-5 at its limit).`
      : '.') +
    ` The scenario's simulation.warmupYears is ${base.scenario.simulation.warmupYears}.`;
  return {
    scenario: { name: base.scenario.name, file: base.file, hash: base.hash },
    seed: options.seed,
    replications: Math.min(empty.length, settled.length),
    emptyYears: options.emptyYears,
    settledYears: options.settledYears,
    welchWindowMonths: WELCH_WINDOW_MONTHS,
    series,
    recommendation: { settledWarmupYears, emptyWarmupYears, unsettledSeries: unsettled, text },
    version: options.version,
    provenance: options.provenance,
  };
}
