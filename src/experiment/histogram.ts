// Distributions over families pooled across replications, for the report's charts. Counts
// (handovers, professionals) get one bin per whole number; days get calendar-like bin widths
// (a week, a month, a quarter, ...); other continuous values 1-2-5 widths; at most ~40 bins.

import type { Histogram } from './types.js';

const MAX_BINS = 40;
const MAX_INTEGER_BINS = 200;
const DAY_WIDTHS = [1, 2, 7, 14, 30, 60, 91, 182, 365, 730, 1825, 3650];

/** Builds a histogram from values pooled over `replications` replications (NaN left out). */
export function histogram(values: ArrayLike<number>, replications: number, metric: string): Histogram {
  let min = Infinity;
  let max = -Infinity;
  let n = 0;
  let integers = true;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (Number.isNaN(v)) continue;
    n++;
    if (v < min) min = v;
    if (v > max) max = v;
    if (integers && !Number.isInteger(v)) integers = false;
  }
  if (n === 0 || !Number.isFinite(min) || !Number.isFinite(max)) return { bins: [], familiesPerReplication: [], share: [] };

  let start: number;
  let width: number;
  if (integers && max - min <= MAX_INTEGER_BINS) {
    // counts start at 0 so charts of different scenarios line up
    start = Math.min(0, min);
    width = 1;
  } else {
    width = binWidth(max - Math.min(0, min), /Days(\.|$)/.test(metric));
    start = Math.floor(Math.min(0, min) / width) * width;
  }
  const bins = Math.floor((max - start) / width) + 1;
  const counts = new Array<number>(bins).fill(0);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (Number.isNaN(v)) continue;
    counts[Math.min(bins - 1, Math.floor((v - start) / width))]++;
  }
  return {
    // rounded so 0.1-wide bins read 0.3, not 0.30000000000000004
    bins: counts.map((_, i) => Number((start + i * width).toPrecision(12))),
    familiesPerReplication: counts.map((c) => c / replications),
    share: counts.map((c) => c / n),
  };
}

function binWidth(range: number, days: boolean): number {
  if (days) {
    for (const w of DAY_WIDTHS) if (range / w < MAX_BINS) return w;
    return Math.ceil(range / MAX_BINS / 3650) * 3650;
  }
  if (range === 0) return 1;
  for (let exponent = Math.floor(Math.log10(range / MAX_BINS)) - 1; ; exponent++) {
    for (const m of [1, 2, 5]) {
      const w = m * 10 ** exponent;
      if (range / w < MAX_BINS) return w;
    }
  }
}
