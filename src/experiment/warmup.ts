// `jbsim warmup`: how long a scenario takes to settle, and whether its settled start needs a
// warm-up at all. Replications run from an empty chain for many years and from the settled start
// for fewer, both observed from time 0; for each headline series (stock, children without a
// guardian, caseload, queues, waits per link) the series averaged over replications is smoothed
// (Welch) and cut with MSER-5; a cut counts when, across replications, what it cuts off differs
// from the rest by more than noise, and by enough to matter: at least a share of the level the
// series settles at (1% unless `--material` says otherwise). Without that floor, many long
// replications make a difference of hundredths of a day "more than noise" and ask for years of
// warm-up that would change no result. The recommendation is the warm-up the settled start needs.

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
/** A cut counts only when what it cuts off differs from the rest by at least this share of the rest's level. */
export const DEFAULT_MATERIAL_SHARE = 0.01;

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
  /** What MSER cuts off differs from the rest by at least the material share of the rest's level (false: nothing cut off). */
  mserMaterial: boolean;
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
  /** The share of a series' settled level a cut must change it by to count (`--material`). */
  materialShare: number;
  series: Record<string, { empty: StartReport; settled: StartReport }>;
  recommendation: {
    /** The warm-up a settled start needs (the largest MSER-5 point over the series after it, rounded up to a quarter year). */
    settledWarmupYears: number;
    /** The same from an empty chain. */
    emptyWarmupYears: number;
    /** Series whose MSER-5 point hit its limit with a start-up bias that counts: they may not settle within the run. */
    unsettledSeries: string[];
    /** Series of the settled start whose cut is more than noise but too small to count, with its length and relative size. */
    immaterialSeries: { series: string; years: number; relative: number }[];
    /** A series from the empty chain may not settle within the run: its warm-up is a least value. */
    emptyMayNotSettle: boolean;
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

/** "1 year", "3.5 years". */
const yearsText = (y: number): string => `${y} ${y === 1 ? 'year' : 'years'}`;

/** A share as a percentage of two significant digits: 0.01 → "1%", 0.0072 → "0.72%". */
export const percent = (share: number): string => `${Number((share * 100).toPrecision(2))}%`;

const finite = (x: number): number | null => (Number.isFinite(x) ? x : null);

/**
 * The warm-up a series asks for: its cut where what it cuts off is a start-up bias that matters
 * (more than noise, and at least the material share). A cut at MSER's limit is judged the same
 * way: on a flat series MSER's minimum is noise and falls anywhere in the first half, its last
 * point included, while a series that keeps moving shows a difference between its halves.
 */
export function neededDays(r: StartReport): number {
  return r.mserBiasShown && r.mserMaterial ? r.mserDays : 0;
}

/** What MSER-5's cut is: nothing cut off, a start-up bias that counts, or one that does not (noise, or too small). */
export type CutVerdict = 'none' | 'counts' | 'noise' | 'small';

export function cutVerdict(r: StartReport): CutVerdict {
  if (r.mserDays === 0) return 'none';
  if (neededDays(r) > 0) return 'counts';
  return r.mserBiasShown ? 'small' : 'noise';
}

/** A series that may not settle within the run: MSER at its limit, with a start-up bias that counts. */
export function mayNotSettle(r: StartReport): boolean {
  return r.mserAtLimit && neededDays(r) > 0;
}
/** Rounded up to a quarter year; a cut at most a day past a quarter (60 months of 30.44 days are 5.0004 years) stays there. */
const quarterYearsUp = (days: number) => Math.max(0, Math.ceil(((days - 1) / DAYS_PER_YEAR) * 4) / 4);

/** The difference's size against the level: a difference from a level of 0 is relative Infinity (any difference matters). */
function relativeTo(difference: number, level: number): number {
  if (difference === 0) return 0;
  return level === 0 ? Math.sign(difference) * Infinity : difference / Math.abs(level);
}

function startReport(results: readonly ReplicationResult[], series: string, materialShare: number): StartReport {
  const rows = results.map((r) => (r.series as unknown as Record<string, number[] | undefined>)[series] ?? []);
  const mean = averageOverReplications(rows);
  const day = (results[0]?.series.day ?? []).slice(0, mean.length);
  const cut = mser(mean, 5);
  const bias = startupBias(rows, cut.truncation);
  const relative = relativeTo(bias.difference, bias.restMean);
  return {
    day,
    mean: mean.map(finite),
    welch: welchMovingAverage(mean, WELCH_WINDOW_MONTHS).map(finite),
    mserDays: Math.round(cut.truncation * DAYS_PER_MONTH * 10) / 10,
    mserAtLimit: cut.atLimit,
    mserBiasShown: bias.shown,
    mserMaterial: cut.truncation > 0 && Math.abs(relative) >= materialShare,
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
  const series: WarmupFile['series'] = {};
  for (const name of WARMUP_SERIES)
    series[name] = { empty: startReport(empty, name, materialShare), settled: startReport(settled, name, materialShare) };
  const reports = Object.entries(series);
  const settledDays = Math.max(0, ...reports.map(([, r]) => neededDays(r.settled)));
  const emptyDays = Math.max(0, ...reports.map(([, r]) => neededDays(r.empty)));
  const unsettled = reports.filter(([, r]) => mayNotSettle(r.settled)).map(([name]) => name);
  // cuts longer than the recommendation that it leaves out as too small to matter: named, so a reader sees what was set aside
  const immaterial = reports
    .filter(([, r]) => r.settled.mserBiasShown && !r.settled.mserMaterial && r.settled.mserDays > settledDays)
    .map(([name, r]) => ({
      series: name,
      years: r.settled.mserDays / DAYS_PER_YEAR,
      relative: r.settled.mserCutDifference?.relative ?? 0,
    }));
  const settledWarmupYears = quarterYearsUp(settledDays);
  const emptyWarmupYears = quarterYearsUp(emptyDays);
  const emptyMayNotSettle = reports.some(([, r]) => mayNotSettle(r.empty));
  const scenarioWarmupYears = base.scenario.simulation.warmupYears;
  const text =
    `From an empty chain the series settle after ${yearsText(emptyWarmupYears)}${emptyMayNotSettle ? ' or more' : ''} (MSER-5, the largest over the series whose cut-off part differs from the rest by more than noise and by at least ${percent(materialShare)} of the rest's level). ` +
    `From the settled start they need ${settledWarmupYears === 0 ? 'no warm-up' : `a warm-up of ${yearsText(settledWarmupYears)}`}` +
    (unsettled.length > 0
      ? `; ${unsettled.join(', ')} may not settle at all within ${yearsText(options.settledYears)} (MSER-5 at its limit).`
      : '.') +
    immaterial
      .map(
        (m) =>
          ` ${m.series}: MSER-5 cuts ${yearsText(Number(m.years.toFixed(2)))}, but what it cuts off differs from the rest by ${percent(Math.abs(m.relative))} only (under ${percent(materialShare)}, --material), so it is left out.`,
      )
      .join('') +
    ` The scenario's simulation.warmupYears is ${scenarioWarmupYears}.`;
  return {
    scenario: { name: base.scenario.name, file: base.file, hash: base.hash },
    seed: options.seed,
    replications: Math.min(empty.length, settled.length),
    emptyYears: options.emptyYears,
    settledYears: options.settledYears,
    welchWindowMonths: WELCH_WINDOW_MONTHS,
    materialShare,
    series,
    recommendation: {
      settledWarmupYears,
      emptyWarmupYears,
      unsettledSeries: unsettled,
      immaterialSeries: immaterial,
      emptyMayNotSettle,
      scenarioWarmupYears,
      text,
    },
    version: options.version,
    provenance: options.provenance,
  };
}
