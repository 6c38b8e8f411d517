// Kaplan–Meier (src/statistics/survival.ts) against a case worked by hand, and its two limits:
// no censoring gives the empirical survival function; censoring never lowers the curve below it.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kaplanMeier, restrictedMean, survivalAt, survivalQuantile } from '../../src/statistics/survival.js';
import { valueCountsOf } from '../../src/statistics/valueCounts.js';

describe('Kaplan–Meier', () => {
  // Events at 2, 3, 3, 5; censored at 3 and 4 (six families).
  // t = 2: 6 at risk, 1 event → S = 5/6
  // t = 3: 5 at risk (an event comes before a censoring at the same time), 2 events → S = 5/6 × 3/5 = 1/2
  //        then the one censored at 3 leaves: 2 at risk; the one censored at 4 leaves: 1 at risk
  // t = 5: 1 at risk, 1 event → S = 0
  const curve = kaplanMeier(valueCountsOf([2, 3, 3, 5]), valueCountsOf([3, 4]));

  it('gives the curve worked out by hand', () => {
    expect(curve.n).toBe(6);
    expect(curve.horizon).toBe(5);
    expect(curve.times).toEqual([2, 3, 5]);
    expect(curve.survival[0]).toBeCloseTo(5 / 6, 12);
    expect(curve.survival[1]).toBeCloseTo(1 / 2, 12);
    expect(curve.survival[2]).toBe(0);
  });

  it('reads S(t) as a right-continuous step function', () => {
    expect(survivalAt(curve, 0)).toBe(1);
    expect(survivalAt(curve, 1.999)).toBe(1);
    expect(survivalAt(curve, 2)).toBeCloseTo(5 / 6, 12);
    expect(survivalAt(curve, 4.9)).toBeCloseTo(1 / 2, 12);
    expect(survivalAt(curve, 5)).toBe(0);
  });

  it('gives quantiles and the restricted mean', () => {
    expect(survivalQuantile(curve, 0.1)).toBe(2);
    expect(survivalQuantile(curve, 0.5)).toBe(3);
    expect(survivalQuantile(curve, 0.9)).toBe(5);
    // area under S: 1 × 2 + 5/6 × 1 + 1/2 × 2 = 3 + 5/6
    expect(restrictedMean(curve)).toBeCloseTo(3 + 5 / 6, 12);
    expect(restrictedMean(curve, 2.5)).toBeCloseTo(2 + (5 / 6) * 0.5, 12);
    // a curve that never falls far enough has no such quantile
    const flat = kaplanMeier(valueCountsOf([1]), valueCountsOf([10, 10, 10]));
    expect(survivalQuantile(flat, 0.5)).toBeNaN();
    expect(restrictedMean(flat, 10)).toBeCloseTo(1 + 0.75 * 9, 12);
  });

  it('without censoring is the empirical survival function; censoring keeps the curve at or above it', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 50 }), { minLength: 1, maxLength: 60 }),
        fc.array(fc.integer({ min: 0, max: 50 }), { maxLength: 30 }),
        (events, censored) => {
          const plain = kaplanMeier(valueCountsOf(events), valueCountsOf([]));
          const withCensoring = kaplanMeier(valueCountsOf(events), valueCountsOf(censored));
          for (let t = 0; t <= 50; t++) {
            const empirical = events.filter((x) => x > t).length / events.length;
            expect(survivalAt(plain, t)).toBeCloseTo(empirical, 12);
            // treating the censored as if they had the event at their time would lower it
            const asEvents = kaplanMeier(valueCountsOf([...events, ...censored]), valueCountsOf([]));
            expect(survivalAt(withCensoring, t)).toBeGreaterThanOrEqual(survivalAt(asEvents, t) - 1e-12);
          }
        },
      ),
      { numRuns: 100 },
    );
  });

  it('is a non-increasing curve between 0 and 1 whatever is censored', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 100 }), { maxLength: 40 }),
        fc.array(fc.integer({ min: 0, max: 100 }), { maxLength: 40 }),
        (ev, ce) => {
          const c = kaplanMeier(valueCountsOf(ev), valueCountsOf(ce));
          let last = 1;
          for (const s of c.survival) {
            expect(s).toBeLessThanOrEqual(last + 1e-15);
            expect(s).toBeGreaterThanOrEqual(0);
            last = s;
          }
        },
      ),
    );
  });
});
