// Whether a plausible world looks like today's chain: its baseline's mean over the world's
// replications against each band of the calibration (docs/calibration.md). One rule, used where
// `--like-today` decides whether a world's reforms run at all and where the analysis reports
// how many worlds pass, so the two cannot disagree. And what the worlds that pass say about each
// assumption: a parameter the bands constrain has its values shifted in them.

import { quantileSorted } from 'simple-statistics';
import { meanWithoutNaN, normalQuantile, ranks } from '../statistics/index.js';
import type { ScreenTarget } from './uncertaintyPlan.js';

/** Per target: inside its band (true), outside (false), or no value to judge (null). */
export type BandVerdicts = (boolean | null)[];

/**
 * A world's baseline against each band. `valueAt(t, j)` is target t's value in the world's
 * replication j (NaN: none); a target is judged on the mean of the replications that have one.
 */
export function bandVerdicts(
  screen: readonly ScreenTarget[],
  replications: number,
  valueAt: (t: number, j: number) => number,
): BandVerdicts {
  return screen.map((target, t) => {
    const v = meanWithoutNaN(Array.from({ length: replications }, (_, j) => valueAt(t, j)));
    if (!Number.isFinite(v)) return null;
    return v >= target.band[0] && v <= target.band[1];
  });
}

/** Inside every band it has a value for, and judged on at least one: a world like today's chain. */
export function looksLikeToday(verdicts: BandVerdicts): boolean {
  return verdicts.some((v) => v !== null) && verdicts.every((v) => v !== false);
}

/** What the bands say about one parameter: its values in the worlds like today's chain against all drawn. */
export interface ParameterShift {
  path: string;
  /** Median and 10th–90th percentile over every world drawn. */
  drawn: { median: number; p10: number; p90: number };
  /** The same over the worlds inside every band. */
  kept: { median: number; p10: number; p90: number };
  /** Wilcoxon rank-sum z of the kept worlds' values among all drawn: above 0, they sit higher. */
  z: number;
  /** |z| beyond the two-sided 5% level after testing every parameter (Bonferroni), as for the drivers. */
  standsOut: boolean;
}

function spread(xs: readonly number[]): ParameterShift['drawn'] {
  const sorted = [...xs].sort((a, b) => a - b);
  return { median: quantileSorted(sorted, 0.5), p10: quantileSorted(sorted, 0.1), p90: quantileSorted(sorted, 0.9) };
}

/**
 * Per parameter, how the worlds kept differ from all drawn, largest |z| first (ties in the
 * parameters' order): a parameter the bands constrain has its kept values shifted. Empty with
 * fewer than 3 worlds kept, or none rejected (nothing to compare).
 */
export function parameterShifts(
  paths: readonly string[],
  design: readonly (readonly number[])[],
  kept: readonly number[],
): ParameterShift[] {
  const N = design.length;
  const n = kept.length;
  if (n < 3 || n >= N) return [];
  // the sum of n of the ranks 0 … N − 1 taken at random has mean n(N − 1)/2 and variance
  // n(N − n)(N + 1)/12 (ties, as in a whole-number parameter, only lower it: the test is conservative)
  const sd = Math.sqrt((n * (N - n) * (N + 1)) / 12);
  const critical = normalQuantile(1 - 0.025 / paths.length);
  return paths
    .map((path, j) => {
      const column = design.map((row) => row[j]!);
      const r = ranks(column);
      const rankSum = kept.reduce((a, k) => a + r[k]!, 0);
      const z = (rankSum - (n * (N - 1)) / 2) / sd;
      return { path, drawn: spread(column), kept: spread(kept.map((k) => column[k]!)), z, standsOut: Math.abs(z) > critical, j };
    })
    .sort((a, b) => Math.abs(b.z) - Math.abs(a.z) || a.j - b.j)
    .map(({ j: _, ...shift }) => shift);
}
