// Percentiles of a pooled sample (families over all replications), through simple-statistics'
// quantile (linear interpolation, R type 7) on one sorted copy.

import { quantileSorted } from 'simple-statistics';

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
    max: sorted[sorted.length - 1],
  };
}

/** An ascending copy without NaN. */
export function sortedFinite(values: ArrayLike<number>): Float64Array {
  let n = 0;
  for (let i = 0; i < values.length; i++) if (!Number.isNaN(values[i])) n++;
  const out = new Float64Array(n);
  let j = 0;
  for (let i = 0; i < values.length; i++) if (!Number.isNaN(values[i])) out[j++] = values[i];
  return out.sort();
}
