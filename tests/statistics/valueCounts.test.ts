import fc from 'fast-check';
import { mean, quantileSorted } from 'simple-statistics';
import { describe, expect, it } from 'vitest';
import {
  add,
  binCounts,
  valueCountsMean,
  valueCountsOf,
  valueCountsPercentiles,
  emptyValueCounts,
  keptValue,
  merge,
  mergeAll,
  percentiles,
  quantile,
} from '../../src/statistics/index.js';

const PROBABILITIES = [0, 0.01, 0.25, 0.5, 0.9, 0.95, 0.99, 1];
const wholes = fc.array(fc.integer({ min: 0, max: 999 }), { minLength: 1, maxLength: 300 });
const doubles = fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }), { minLength: 1, maxLength: 300 });
/** Positive values over many decades, as waits and durations in days are. */
const spread = fc.array(
  fc.tuple(fc.double({ min: 1, max: 10, noNaN: true }), fc.integer({ min: -4, max: 4 })).map(([m, e]) => m * 10 ** e),
  { minLength: 1, maxLength: 300 },
);

describe('kept values', () => {
  it('keeps whole numbers below 1000 exactly and the rest to 3 significant digits', () => {
    expect([0, 7, 999, -999].map(keptValue)).toEqual([0, 7, 999, -999]);
    expect([1234, 12.345, 0.0012345, 987654, -3.14259].map(keptValue)).toEqual([1230, 12.3, 0.00123, 988000, -3.14]);
    expect(Object.is(keptValue(-0), 0)).toBe(true);
  });

  it('moves a value by at most half a unit in its third digit', () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        (x) => Math.abs(keptValue(x) - x) <= 0.005 * Math.abs(x) * (1 + 1e-12),
      ),
    );
  });
});

describe('distributions', () => {
  it('have the mean of simple-statistics to the last bit', () => {
    fc.assert(fc.property(doubles, (xs) => valueCountsMean(valueCountsOf(xs)) === mean(xs)));
  });

  it('give the array percentiles exactly for whole numbers below 1000', () => {
    fc.assert(
      fc.property(wholes, (xs) => {
        const sorted = [...xs].sort((a, b) => a - b);
        const d = valueCountsOf(xs);
        return PROBABILITIES.every((p) => quantile(d, p) === quantileSorted(sorted, p));
      }),
    );
    const xs = [5, 1, 4, 2, 3, 10, 6, 7, 8, 9];
    expect(valueCountsPercentiles(valueCountsOf(xs))).toEqual(percentiles(xs));
  });

  it('give percentiles within the 3-digit rounding otherwise, and the exact maximum', () => {
    fc.assert(
      fc.property(fc.oneof(doubles, spread), (xs) => {
        const sorted = [...xs].sort((a, b) => a - b);
        const d = valueCountsOf(xs);
        expect(valueCountsPercentiles(d).max).toBe(sorted[sorted.length - 1]);
        for (const p of PROBABILITIES) {
          const h = (sorted.length - 1) * p;
          const near = Math.max(Math.abs(sorted[Math.floor(h)]!), Math.abs(sorted[Math.ceil(h)]!)); // 0 ≤ h ≤ length − 1
          expect(Math.abs(quantile(d, p) - quantileSorted(sorted, p))).toBeLessThanOrEqual(0.005 * near * (1 + 1e-9));
        }
      }),
    );
  });

  it('merge as if every value had been added to one', () => {
    fc.assert(
      fc.property(fc.oneof(wholes, doubles, spread), fc.oneof(wholes, doubles, spread), (a, b) => {
        const merged = merge(valueCountsOf(a), valueCountsOf(b));
        const all = valueCountsOf([...a, ...b]);
        const { sum, sumCompensation, ...rest } = merged;
        const { sum: allSum, sumCompensation: allCompensation, ...allRest } = all;
        expect(rest).toEqual(allRest);
        expect(sum + sumCompensation).toBeCloseTo(allSum + allCompensation, 6);
        for (const p of PROBABILITIES) expect(quantile(merged, p)).toBe(quantile(all, p));
      }),
    );
  });

  it('merge without changing their inputs, and merge empty ones to empty', () => {
    const a = valueCountsOf([1, 2, 2.5]);
    const before = JSON.stringify(a);
    merge(a, valueCountsOf([2, 3]));
    merge(emptyValueCounts(), a).counts[0] = 99;
    expect(JSON.stringify(a)).toBe(before);
    const none = mergeAll([emptyValueCounts(), emptyValueCounts()]);
    expect(none).toEqual(emptyValueCounts());
    expect(valueCountsMean(none)).toBeNaN();
    expect(quantile(none, 0.5)).toBeNaN();
    expect(valueCountsPercentiles(none).max).toBeNaN();
  });

  it('count per bin as the values themselves would, for whole numbers', () => {
    fc.assert(
      fc.property(wholes, fc.integer({ min: 1, max: 50 }), (xs, width) => {
        const bins = Math.floor(Math.max(...xs) / width) + 1;
        const expected = new Array<number>(bins).fill(0);
        for (const x of xs) expected[Math.floor(x / width)]!++; // a bin for every value up to the largest
        return JSON.stringify(binCounts(valueCountsOf(xs), 0, width, bins)) === JSON.stringify(expected);
      }),
    );
  });

  it('put a value that sits on a bin edge in the bin it starts, not the one before', () => {
    // 0.3 / 0.1 is 2.9999… in floating point; every kept value on a 0.1 edge from 0 to 10
    const edges = Array.from({ length: 100 }, (_, k) => Number((k * 0.1).toPrecision(12)));
    const counts = binCounts(valueCountsOf(edges), 0, 0.1, 100);
    expect(counts).toEqual(new Array<number>(100).fill(1));
    // and just below an edge stays below it
    expect(binCounts(valueCountsOf([0.699, 0.7, 0.701]), 0, 0.1, 10)).toEqual([0, 0, 0, 0, 0, 0, 1, 2, 0, 0]);
  });

  it('stay bounded however many values are added: at most 900 kept values per decade', () => {
    const d = emptyValueCounts();
    let seed = 1;
    const random = () => {
      seed = (seed * 48271) % 2147483647;
      return seed / 2147483647;
    };
    // 200,000 values spread over 6 decades (0.01 to 10,000 days)
    for (let i = 0; i < 200_000; i++) add(d, 10 ** (6 * random() - 2));
    expect(d.n).toBe(200_000);
    expect(d.values.length).toBeLessThanOrEqual(6 * 900 + 1);
    expect(d.counts.reduce((s, c) => s + c, 0)).toBe(200_000);
  });

  it('survive JSON as they are', () => {
    const d = valueCountsOf([0.1, 0.2, 0.3, 1e-7, 12345.678, 3]);
    const back = JSON.parse(JSON.stringify(d)) as typeof d;
    expect(back).toEqual(d);
    expect(valueCountsMean(back)).toBe(valueCountsMean(d));
  });

  it('refuse values that are not finite', () => {
    expect(() => add(emptyValueCounts(), NaN)).toThrow(RangeError);
    expect(() => add(emptyValueCounts(), Infinity)).toThrow(RangeError);
  });
});
