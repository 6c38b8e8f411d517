// A distribution of many observations in bounded memory: the count, sum, minimum and maximum
// exactly, and a count per value with each value kept to 3 significant digits (whole numbers
// below 1000 stay exact). At most 900 kept values per decade, however many observations.
// Plain JSON data, so it crosses worker threads and shard files as it is.

export interface ValueCounts {
  /** Observations added. */
  n: number;
  /**
   * Their running sum in the order added, with Neumaier's compensation beside it: the total is
   * `sum + sumCompensation`, the same number simple-statistics' `sum` gives for the values.
   */
  sum: number;
  sumCompensation: number;
  /** Exact extremes (0 when empty). */
  min: number;
  max: number;
  /** Whether every observation was a whole number (true when empty). */
  whole: boolean;
  /** The kept values, ascending and distinct, and how many observations each stands for (`counts[i]` is `values[i]`'s). */
  values: number[];
  counts: number[];
}

export function emptyValueCounts(): ValueCounts {
  return { n: 0, sum: 0, sumCompensation: 0, min: 0, max: 0, whole: true, values: [], counts: [] };
}

export function valueCountsOf(xs: Iterable<number>): ValueCounts {
  const d = emptyValueCounts();
  for (const x of xs) add(d, x);
  return d;
}

/** `x` to 3 significant digits; whole numbers below 1000 as they are. */
export function keptValue(x: number): number {
  if (Number.isInteger(x) && x > -1000 && x < 1000) return x === 0 ? 0 : x;
  const kept = Number(x.toPrecision(3));
  // next to the largest double, rounding up would overflow
  return kept === 0 ? 0 : Number.isFinite(kept) ? kept : x;
}

/** Adds one observation (finite; a NaN or infinite one is a bug upstream and throws). */
export function add(d: ValueCounts, x: number): void {
  if (!Number.isFinite(x)) throw new RangeError(`a distribution takes finite values, got ${x}`);
  if (d.n === 0) {
    d.min = x;
    d.max = x;
  } else {
    if (x < d.min) d.min = x;
    if (x > d.max) d.max = x;
  }
  d.n++;
  // one step of simple-statistics' sum (Kahan–Babuška–Neumaier), so the mean is the same to the bit
  const t = d.sum + x;
  d.sumCompensation += Math.abs(d.sum) >= Math.abs(x) ? d.sum - t + x : x - t + d.sum;
  d.sum = t;
  if (d.whole && !Number.isInteger(x)) d.whole = false;
  addCount(d, keptValue(x), 1);
}

function addCount(d: ValueCounts, value: number, count: number): void {
  const { values, counts } = d;
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  if (values[lo] === value) counts[lo] = counts[lo]! + count;
  else {
    values.splice(lo, 0, value);
    counts.splice(lo, 0, count);
  }
}

/** A new distribution of the observations of both. The sum is compensated, not the same bits as adding one by one. */
export function merge(a: ValueCounts, b: ValueCounts): ValueCounts {
  if (a.n === 0) return copy(b);
  if (b.n === 0) return copy(a);
  const values: number[] = [];
  const counts: number[] = [];
  let i = 0;
  let j = 0;
  // a list read to its end gives Infinity, which sorts after every kept value; a value's count is there while it is
  while (i < a.values.length || j < b.values.length) {
    const va = a.values[i] ?? Infinity;
    const vb = b.values[j] ?? Infinity;
    if (va === vb) {
      values.push(va);
      counts.push(a.counts[i++]! + b.counts[j++]!);
    } else if (va < vb) {
      values.push(va);
      counts.push(a.counts[i++]!);
    } else {
      values.push(vb);
      counts.push(b.counts[j++]!);
    }
  }
  const t = a.sum + b.sum;
  const compensation = a.sumCompensation + b.sumCompensation + (Math.abs(a.sum) >= Math.abs(b.sum) ? a.sum - t + b.sum : b.sum - t + a.sum);
  return {
    n: a.n + b.n,
    sum: t,
    sumCompensation: compensation,
    min: Math.min(a.min, b.min),
    max: Math.max(a.max, b.max),
    whole: a.whole && b.whole,
    values,
    counts,
  };
}

export function mergeAll(ds: Iterable<ValueCounts>): ValueCounts {
  let out = emptyValueCounts();
  for (const d of ds) out = merge(out, d);
  return out;
}

function copy(d: ValueCounts): ValueCounts {
  return { ...d, values: d.values.slice(), counts: d.counts.slice() };
}

/** The exact mean; NaN when empty. */
export function valueCountsMean(d: ValueCounts): number {
  return d.n === 0 ? NaN : (d.sum + d.sumCompensation) / d.n;
}

/**
 * The p-quantile as simple-statistics' quantileSorted (linear interpolation, R type 7) gives it
 * over all observations sorted, here over the kept values by their counts. Exact for whole
 * numbers below 1000; otherwise within the 3-digit rounding, and never outside [min, max].
 */
export function quantile(d: ValueCounts, p: number): number {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`a quantile needs 0 ≤ p ≤ 1, got ${p}`);
  if (d.n === 0) return NaN;
  if (p === 1) return d.max;
  if (p === 0) return d.min;
  const idx = (d.n - 1) * p;
  let q: number;
  if (idx % 1 !== 0) {
    const lower = Math.floor(idx);
    const fraction = idx - lower;
    const xLower = valueAtRank(d, lower);
    const xUpper = valueAtRank(d, lower + 1);
    q = xLower + fraction * (xUpper - xLower);
  } else q = valueAtRank(d, idx);
  return Math.min(d.max, Math.max(d.min, q));
}

/** The kept value of the observation at 0-based rank `rank` (below d.n, so d has values) in ascending order. */
function valueAtRank(d: ValueCounts, rank: number): number {
  let seen = 0;
  for (const [i, value] of d.values.entries()) {
    seen += d.counts[i]!;
    if (rank < seen) return value;
  }
  return d.values[d.values.length - 1]!;
}

/**
 * Observations per bin of width `width` from `start` (bin k holds [start + k·width, start + (k+1)·width)),
 * by kept value; values beyond the last bin count in it, values before the first in the first.
 * Kept values often sit exactly on an edge (0.7 with 0.1-wide bins), where floating point puts
 * 0.7 / 0.1 at 6.9999…: the edges are compared as the 12-digit numbers the bins are labelled with.
 */
export function binCounts(d: ValueCounts, start: number, width: number, bins: number): number[] {
  const out = new Array<number>(bins).fill(0);
  const edge = (k: number) => Number((start + k * width).toPrecision(12));
  for (const [i, v] of d.values.entries()) {
    let k = Math.floor((v - start) / width);
    if (edge(k + 1) <= v) k++;
    else if (v < edge(k)) k--;
    const bin = Math.max(0, Math.min(bins - 1, k));
    out[bin] = out[bin]! + d.counts[i]!;
  }
  return out;
}
