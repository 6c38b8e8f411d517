// `jbsim warmup`: how long a scenario takes to settle, and whether its settled start needs a
// warm-up at all. Replications run from an empty chain for many years and from the settled start
// for fewer, both observed from time 0; for each headline series (stock, children without a
// guardian, caseload, queues, waits per link) the series averaged over replications is smoothed
// (Welch) and cut with MSER-5. Whether a cut matters is read across replications, from the 95%
// interval of what it cuts off minus the rest, against a threshold: a share of the level the series
// settles at (1% unless `--material` says otherwise), and at least 0.05 in the series' unit. The cut
// counts when the whole interval lies beyond the threshold (a start-up bias that matters); it is
// negligible when the whole interval lies within it; otherwise this number of replications cannot
// tell, and the recommendation says so. Without the threshold, many long replications make a
// difference of hundredths of a day "more than noise" and ask for years of warm-up that would change
// no result; without the "cannot tell", too few replications would pass a slow drift off as noise.
// The recommendation is the warm-up the settled start needs.

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
/** The threshold's share of the rest's level (`--material`). */
export const DEFAULT_MATERIAL_SHARE = 0.01;
/**
 * The least threshold, in the series' own unit (days, children, families, children per guardian):
 * half the last digit the report prints for waits and for counts under 100. Near a level of 0 a
 * share of the level is no threshold at all (+0.04 days on a local-team wait of 0.03 is 150%).
 */
export const ABSOLUTE_FLOOR = 0.05;

/**
 * What MSER-5's cut is: nothing cut off; no data to judge it; a start-up bias that counts (the 95%
 * interval of what it cuts off minus the rest lies wholly beyond the threshold); negligible (wholly
 * within it); or unclear (more replications may tell).
 */
export type CutVerdict = 'none' | 'nodata' | 'counts' | 'negligible' | 'unclear';

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
  /** The interval of what MSER cuts off minus the rest excludes 0 (it differs by more than noise, however little). */
  mserBiasShown: boolean;
  /** The threshold the cut was judged against, in the series' unit (null: nothing cut off). */
  mserThreshold: number | null;
  mserVerdict: CutVerdict;
  /**
   * Across replications: the cut-off part's mean minus the rest's, with its 95% interval, and that
   * difference as a share of the rest's mean (null: nothing cut off; a relative of null: the rest's mean is 0).
   */
  mserCutDifference: { mean: number | null; ci95: [number | null, number | null]; relative: number | null } | null;
}

export interface WarmupFile {
  scenario: { name: string; file: string; hash: string };
  seed: number;
  replications: number;
  emptyYears: number;
  settledYears: number;
  welchWindowMonths: number;
  /** The threshold's share of a series' settled level (`--material`); the threshold is at least `absoluteFloor`. */
  materialShare: number;
  absoluteFloor: number;
  series: Record<string, { empty: StartReport; settled: StartReport }>;
  recommendation: {
    /** The warm-up a settled start needs (the largest MSER-5 point over the series after it, rounded up to a quarter year). */
    settledWarmupYears: number;
    /** The same from an empty chain. */
    emptyWarmupYears: number;
    /** Series whose MSER-5 point hit its limit with a start-up bias that counts: they may not settle within the run. */
    unsettledSeries: string[];
    /** Series of the settled start cut longer than the recommendation, by more than noise but negligibly: length and relative size. */
    negligibleSeries: { series: string; years: number; relative: number }[];
    /** Series of the settled start cut longer than the recommendation whose cut this number of replications cannot judge. */
    unclearSeries: { series: string; years: number; atLimit: boolean }[];
    /** Series of the empty chain cut at MSER's limit with a bias that counts: the empty chain's warm-up is a least value. */
    emptyUnsettledSeries: string[];
    /** The scenario's own `simulation.warmupYears`. */
    scenarioWarmupYears: number;
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

/** Days as years to two decimals (MSER's cuts are whole months: 5 years is 1,826.4 days). */
const roundYears = (days: number): number => Math.round((days / DAYS_PER_YEAR) * 100) / 100;

/** "1 year", "3.5 years". */
const yearsText = (y: number): string => `${y} ${y === 1 ? 'year' : 'years'}`;

/** A share as a percentage of two significant digits: 0.01 → "1%", 0.0072 → "0.72%". */
export const percent = (share: number): string => `${Number((share * 100).toPrecision(2))}%`;

const finite = (x: number): number | null => (Number.isFinite(x) ? x : null);

/** The warm-up a series asks for: its cut, where the cut is a start-up bias that counts. */
export function neededDays(r: StartReport): number {
  return r.mserVerdict === 'counts' ? r.mserDays : 0;
}

/**
 * A series that may not settle within the run: MSER at its limit, with a bias that counts. A cut
 * at the limit is judged like any other: on a flat series MSER's minimum is noise and falls
 * anywhere in the first half, its last point included, while a series that keeps moving shows a
 * difference between its halves; one the replications cannot judge is named as unclear.
 */
export function mayNotSettle(r: StartReport): boolean {
  return r.mserAtLimit && r.mserVerdict === 'counts';
}

/**
 * The verdict on a difference's 95% interval against a threshold (see CutVerdict). A difference
 * whose interval holds 0 but reaches beyond the threshold is unclear, not negligible:
 * the replications found no sign of a bias, but did not show that it is small. For a series as
 * spread as the stock of measures, showing that may take hundreds of replications; the
 * recommendation names such a cut and does not count it.
 */
export function judgeCut(ci: readonly [number, number], threshold: number): Exclude<CutVerdict, 'none'> {
  const [low, high] = ci;
  if (!Number.isFinite(low) || !Number.isFinite(high)) return 'nodata';
  if (low > threshold || high < -threshold) return 'counts';
  if (low >= -threshold && high <= threshold) return 'negligible';
  return 'unclear';
}

/** Rounded up to a quarter year; a cut at most a day past a quarter (60 months of 30.44 days are 5.0004 years) stays there. */
const quarterYearsUp = (days: number) => Math.max(0, Math.ceil(((days - 1) / DAYS_PER_YEAR) * 4) / 4);

/** The difference's size against the level's: from a level of 0, any difference is ±Infinity, and none is 0. */
export function relativeTo(difference: number, level: number): number {
  return difference === 0 ? 0 : difference / Math.abs(level);
}

function startReport(results: readonly ReplicationResult[], series: string, materialShare: number): StartReport {
  const rows = results.map((r) => (r.series as unknown as Record<string, number[] | undefined>)[series] ?? []);
  const mean = averageOverReplications(rows);
  // Stryker disable next-line OptionalChaining,LogicalOperator,ArrayDeclaration: a study has at least 2 replications (the command checks), so the first is there
  const day = (results[0]?.series.day ?? []).slice(0, mean.length);
  const cut = mser(mean, 5);
  const bias = startupBias(rows, cut.truncation);
  const relative = relativeTo(bias.difference, bias.restMean);
  const threshold = Math.max(ABSOLUTE_FLOOR, Number.isFinite(bias.restMean) ? materialShare * Math.abs(bias.restMean) : 0);
  return {
    day,
    mean: mean.map(finite),
    welch: welchMovingAverage(mean, WELCH_WINDOW_MONTHS).map(finite),
    mserDays: Math.round(cut.truncation * DAYS_PER_MONTH * 10) / 10,
    mserAtLimit: cut.atLimit,
    mserBiasShown: bias.shown,
    mserThreshold: cut.truncation > 0 ? threshold : null,
    mserVerdict: cut.truncation > 0 ? judgeCut(bias.ci95, threshold) : 'none',
    mserCutDifference:
      cut.truncation > 0
        ? { mean: finite(bias.difference), ci95: [finite(bias.ci95[0]), finite(bias.ci95[1])], relative: finite(relative) }
        : null,
  };
}

export function warmupFile(
  base: LoadedScenario,
  empty: readonly ReplicationResult[],
  settled: readonly ReplicationResult[],
  options: {
    seed: number;
    emptyYears: number;
    settledYears: number;
    materialShare?: number;
    version: string;
    provenance: Record<string, unknown>;
  },
): WarmupFile {
  const materialShare = options.materialShare ?? DEFAULT_MATERIAL_SHARE;
  const replications = Math.min(empty.length, settled.length);
  const series: WarmupFile['series'] = {};
  for (const name of WARMUP_SERIES)
    series[name] = { empty: startReport(empty, name, materialShare), settled: startReport(settled, name, materialShare) };
  const reports = Object.entries(series);
  const settledDays = Math.max(0, ...reports.map(([, r]) => neededDays(r.settled)));
  const emptyDays = Math.max(0, ...reports.map(([, r]) => neededDays(r.empty)));
  const unsettled = reports.filter(([, r]) => mayNotSettle(r.settled)).map(([name]) => name);
  const emptyUnsettled = reports.filter(([, r]) => mayNotSettle(r.empty)).map(([name]) => name);
  // cuts longer than the recommendation that it sets aside: named, so a reader sees what was left out and why
  const longer = (r: StartReport) => r.mserDays > settledDays;
  const negligible = reports
    .filter(([, r]) => r.settled.mserVerdict === 'negligible' && r.settled.mserBiasShown && longer(r.settled))
    .map(([name, r]) => ({
      series: name,
      years: roundYears(r.settled.mserDays),
      // Stryker disable next-line OptionalChaining: a negligible cut cut something, so its difference is there
      relative: r.settled.mserCutDifference?.relative ?? 0,
    }));
  const unclear = reports
    .filter(([, r]) => r.settled.mserVerdict === 'unclear' && longer(r.settled))
    .map(([name, r]) => ({ series: name, years: roundYears(r.settled.mserDays), atLimit: r.settled.mserAtLimit }));
  const settledWarmupYears = quarterYearsUp(settledDays);
  const emptyWarmupYears = quarterYearsUp(emptyDays);
  const scenarioWarmupYears = base.scenario.simulation.warmupYears;
  const threshold = `${percent(materialShare)} of the rest's level and at least ${ABSOLUTE_FLOOR} in the series' unit`;
  const text = [
    emptyWarmupYears === 0
      ? 'From an empty chain no series shows a start-up bias that counts.'
      : `From an empty chain the series settle after ${yearsText(emptyWarmupYears)}${emptyUnsettled.length > 0 ? ` or more (${emptyUnsettled.join(', ')} at MSER-5's limit)` : ''}.`,
    `From the settled start they need ${settledWarmupYears === 0 ? 'no warm-up' : `a warm-up of ${yearsText(settledWarmupYears)}`}${unsettled.length > 0 ? `; ${unsettled.join(', ')} may not settle at all within ${yearsText(options.settledYears)} (MSER-5 at its limit)` : ''}.`,
    ...negligible.map(
      (m) =>
        `${m.series}: MSER-5 cuts ${yearsText(m.years)}, but what it cuts off differs from the rest by ${percent(Math.abs(m.relative))}, less than the threshold (${threshold}): left out.`,
    ),
    ...(unclear.length > 0
      ? [
          `${unclear.map((u) => `${u.series} (${yearsText(u.years)}${u.atLimit ? ", at MSER-5's limit" : ''})`).join(', ')}: ${replications} replications cannot tell whether what MSER-5 cuts off differs from the rest by more than the threshold; more replications may.`,
        ]
      : []),
    `A cut counts when the 95% interval of what it cuts off minus the rest lies wholly beyond the threshold: ${threshold} (--material).`,
    `The scenario's simulation.warmupYears is ${scenarioWarmupYears}.`,
  ].join(' ');
  return {
    scenario: { name: base.scenario.name, file: base.file, hash: base.hash },
    seed: options.seed,
    replications,
    emptyYears: options.emptyYears,
    settledYears: options.settledYears,
    welchWindowMonths: WELCH_WINDOW_MONTHS,
    materialShare,
    absoluteFloor: ABSOLUTE_FLOOR,
    series,
    recommendation: {
      settledWarmupYears,
      emptyWarmupYears,
      unsettledSeries: unsettled,
      negligibleSeries: negligible,
      unclearSeries: unclear,
      emptyUnsettledSeries: emptyUnsettled,
      scenarioWarmupYears,
      text,
    },
    version: options.version,
    provenance: options.provenance,
  };
}
