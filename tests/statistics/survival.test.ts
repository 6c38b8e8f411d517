// Kaplan–Meier against a curve worked out by hand, and the properties a survival curve must have.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kaplanMeier, restrictedMean, survivalAt, survivalQuantile } from '../../src/statistics/survival.js';
import { valueCountsOf } from '../../src/statistics/valueCounts.js';

describe('Kaplan–Meier', () => {
  // events at 1, 2, 2, 4; censored at 3 and 5: S = 5/6 after 1, 1/2 after 2, 1/4 after 4
  const curve = kaplanMeier(valueCountsOf([1, 2, 2, 4]), valueCountsOf([3, 5]));

  it('steps down at each event time by the share of those still at risk', () => {
    expect(curve.times).toEqual([1, 2, 4]);
    expect(curve.survival[0]).toBeCloseTo(5 / 6, 12);
    expect(curve.survival[1]).toBeCloseTo(1 / 2, 12);
    expect(curve.survival[2]).toBeCloseTo(1 / 4, 12);
    expect(curve.n).toBe(6);
    expect(curve.horizon).toBe(5);
  });

  it('reads survival, quantiles and the restricted mean off the steps', () => {
    expect(survivalAt(curve, 0.5)).toBe(1);
    expect(survivalAt(curve, 3)).toBeCloseTo(0.5, 12);
    expect(survivalQuantile(curve, 0.5)).toBe(2);
    expect(survivalQuantile(curve, 0.9)).toBeNaN(); // never falls to 0.1 in what was observed
    // area: 1·1 + 5/6·1 + 1/2·2 + 1/4·1 up to the horizon 5
    expect(restrictedMean(curve)).toBeCloseTo(1 + 5 / 6 + 1 + 1 / 4, 12);
  });

  it('keeps censored observations in the risk set: dropping them would bias the time low', () => {
    const dropped = kaplanMeier(valueCountsOf([1, 2, 2, 4]), valueCountsOf([]));
    expect(restrictedMean(dropped)).toBeLessThan(restrictedMean(curve));
  });

  it('without censoring is the empirical distribution, and its mean the plain mean', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 500 }), { minLength: 1, maxLength: 60 }), (xs) => {
        const c = kaplanMeier(valueCountsOf(xs), valueCountsOf([]));
        const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
        expect(restrictedMean(c)).toBeCloseTo(mean, 9);
        for (const t of [0, 10, 100, 499]) expect(survivalAt(c, t)).toBeCloseTo(xs.filter((x) => x > t).length / xs.length, 12);
      }),
    );
  });

  it('is a non-increasing curve between 0 and 1 whatever is censored', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 100 }), { maxLength: 40 }), fc.array(fc.integer({ min: 0, max: 100 }), { maxLength: 40 }), (ev, ce) => {
        const c = kaplanMeier(valueCountsOf(ev), valueCountsOf(ce));
        let last = 1;
        for (const s of c.survival) {
          expect(s).toBeLessThanOrEqual(last + 1e-15);
          expect(s).toBeGreaterThanOrEqual(0);
          last = s;
        }
      }),
    );
  });
});
