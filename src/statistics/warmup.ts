// Finding the end of a warm-up in an output series. Welch's procedure (Welch 1983; Law 2015,
// ch. 9): average the series over replications, then smooth with a moving average and read where
// it levels off. MSER-5 (White 1997; Hoad, Robinson & Davies 2010): batch the averaged series in
// fives, and truncate where the remaining batch means have the smallest standard error of their
// mean, i.e. minimise Σ(Y_i − Ȳ_d)² / (m − d)² over the first half of the batches. Whether what
// MSER cuts off is a start-up bias or noise is judged across replications (startupBias), which
// are independent; the batches of one series are not.

import { meanInterval } from './interval.js';

/** Welch's moving average of window `w` (2w + 1 points; shrinking at the start so the first points are kept). */
export function welchMovingAverage(series: readonly number[], w: number): number[] {
  const n = series.length;
  const out: number[] = [];
  for (let i = 0; i < n - w; i++) {
    const half = Math.min(i, w);
    let sum = 0;
    let count = 0;
    for (let j = i - half; j <= i + half; j++) {
      const v = series[j]!;
      if (Number.isFinite(v)) {
        sum += v;
        count++;
      }
    }
    // Stryker disable next-line ConditionalExpression,EqualityOperator: with no number, sum / count is 0 / 0, NaN already
    out.push(count > 0 ? sum / count : NaN);
  }
  return out;
}

/** The mean over replications at each time point (replications of unequal length are cut to the shortest). */
export function averageOverReplications(series: readonly (readonly number[])[]): number[] {
  const n = Math.min(...series.map((s) => s.length));
  const out: number[] = [];
  for (let t = 0; t < n; t++) {
    let sum = 0;
    let count = 0;
    for (const s of series) {
      const v = s[t]!;
      if (Number.isFinite(v)) {
        sum += v;
        count++;
      }
    }
    // Stryker disable next-line ConditionalExpression,EqualityOperator: with no number, sum / count is 0 / 0, NaN already
    out.push(count > 0 ? sum / count : NaN);
  }
  return out;
}

export interface MserResult {
  /** Points of the series to discard (a multiple of the batch size). */
  truncation: number;
  /** The MSER statistic at that point. */
  statistic: number;
  /** The truncation fell in the second half of the series: the series may not have settled at all. */
  atLimit: boolean;
}

/** MSER with batches of `batch` points (5: MSER-5). Points that are not finite are left out of their batch. */
export function mser(series: readonly number[], batch = 5): MserResult {
  const means: number[] = [];
  for (let i = 0; i + batch <= series.length; i += batch) means.push(partMean(series, i, i + batch));
  const m = means.length;
  let best = { d: 0, stat: Infinity };
  const limit = Math.floor(m / 2);
  for (let d = 0; d <= limit; d++) {
    const rest = means.slice(d).filter(Number.isFinite);
    const k = rest.length;
    if (k < 2) break;
    const mean = rest.reduce((a, b) => a + b, 0) / k;
    // Stryker disable next-line ArithmeticOperator: one factor as b + mean gives Σ(b² − mean²), which is the same sum of squares
    const sse = rest.reduce((a, b) => a + (b - mean) * (b - mean), 0);
    const stat = sse / (k * k);
    if (stat < best.stat) best = { d, stat };
  }
  return { truncation: best.d * batch, statistic: best.stat, atLimit: best.d >= limit && limit > 0 };
}

export interface StartupBias {
  /** Mean over replications of (the mean of points 0 … t − 1) − (the mean of points t …). */
  difference: number;
  ci95: [number, number];
  /** The interval excludes 0: the part cut off differs from the rest by more than noise. */
  shown: boolean;
  /** Mean over replications of the mean of points t …: the level the series settles at (NaN with no such point). */
  restMean: number;
}

/**
 * Whether the first `truncation` points of each replication differ from its rest by more than
 * noise. On a series with no start-up bias MSER's minimum is noise and can fall anywhere in the
 * first half; a cut without a shown bias is no reason to warm up longer. The noise is read across
 * replications, which are independent: within one series, neighbouring months of a slowly
 * moving queue are not, and a spread read from its batches would understate it (a waiting list
 * near full use wanders for years and would show a "bias" at every cut).
 */
export function startupBias(replications: readonly (readonly number[])[], truncation: number): StartupBias {
  const differences = replications.map((s) => partMean(s, 0, truncation) - partMean(s, truncation, s.length));
  const ci = meanInterval(differences);
  const shown = ci.low > 0 || ci.high < 0;
  const restMean = meanInterval(replications.map((s) => partMean(s, truncation, s.length))).mean;
  return { difference: ci.mean, ci95: [ci.low, ci.high], shown, restMean };
}

/** Mean of the finite points from..to − 1 (NaN if none). */
function partMean(series: readonly number[], from: number, to: number): number {
  let sum = 0;
  let count = 0;
  for (let i = from; i < to; i++) {
    const v = series[i]!;
    if (Number.isFinite(v)) {
      sum += v;
      count++;
    }
  }
  // Stryker disable next-line ConditionalExpression,EqualityOperator: with no number, sum / count is 0 / 0, NaN already
  return count > 0 ? sum / count : NaN;
}
