// Distributions over families pooled across replications, for the report's charts. Counts
// (handovers, professionals) get one bin per whole number; days get calendar-like bin widths
// (a week, a month, a quarter, ...); other continuous values 1-2-5 widths; at most ~40 bins.
// Values are binned as the distribution keeps them: continuous ones to 3 significant digits.

import { decimalExponent, powerOfTen } from '../kernel/index.js';
import { binCounts, type ValueCounts } from '../statistics/index.js';
import type { Histogram } from './types.js';

const MAX_BINS = 40;
const MAX_INTEGER_BINS = 200;
const DAY_WIDTHS = [1, 2, 7, 14, 30, 60, 91, 182, 365, 730, 1825, 3650];

/** Builds a histogram from observations pooled over `replications` replications. */
export function histogram(pooled: ValueCounts, replications: number, metric: string): Histogram {
  const { n, min, max } = pooled;
  if (n === 0) return { bins: [], familiesPerReplication: [], share: [] };
  // Bins span the exact extremes; a kept value rounded past one counts in the end bin, where its value lies.
  const integers = pooled.whole;

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
  const counts = binCounts(pooled, start, width, bins);
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
  for (let exponent = decimalExponent(range / MAX_BINS) - 1; ; exponent++) {
    for (const m of [1, 2, 5]) {
      const w = m * powerOfTen(exponent);
      if (range / w < MAX_BINS) return w;
    }
  }
}
