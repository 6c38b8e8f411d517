// Percentiles of a pooled sample: of plain values (replications) through simple-statistics'
// quantile (linear interpolation, R type 7) on one sorted copy, and of a ValueCounts (families
// over all replications) by the same definition over its kept values.

import { quantileSorted } from 'simple-statistics';
import { quantile, type ValueCounts } from './valueCounts.js';

export interface Percentiles {
  p50: number;
  p90: number;
  p95: number;
  max: number;
}

/** Sorts once; NaN values are left out; all NaN when nothing is left. */
export function percentiles(values: ArrayLike<number>): Percentiles {
  const sorted = sortedFinite(values);
  if (sorted.length === 0) return { p50: NaN, p90: NaN, p95: NaN, max: NaN };
  const xs = sorted as unknown as number[];
  return {
    p50: quantileSorted(xs, 0.5),
    p90: quantileSorted(xs, 0.9),
    p95: quantileSorted(xs, 0.95),
    max: sorted[sorted.length - 1]!,
  };
}

/** The same percentiles of a distribution; `max` is exact. All NaN when it is empty. */
export function valueCountsPercentiles(d: ValueCounts): Percentiles {
  if (d.n === 0) return { p50: NaN, p90: NaN, p95: NaN, max: NaN };
  return { p50: quantile(d, 0.5), p90: quantile(d, 0.9), p95: quantile(d, 0.95), max: d.max };
}

/** The mean of the values that are not NaN (NaN when there are none; an infinite value counts). */
export function meanWithoutNaN(values: ArrayLike<number>): number {
  let s = 0;
  let n = 0;
  for (let i = 0; i < values.length; i++) {
    const x = values[i]!;
    if (Number.isNaN(x)) continue;
    s += x;
    n++;
  }
  return n === 0 ? NaN : s / n;
}

/** An ascending copy without NaN. */
export function sortedFinite(values: ArrayLike<number>): Float64Array {
  const kept = Array.from(values).filter((v) => !Number.isNaN(v));
  return Float64Array.from(kept).sort();
}
