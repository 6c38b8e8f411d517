// Student-t quantiles against reference values (to 12 digits) and against the
// closed forms for 1 and 2 degrees of freedom (to near machine precision).

import { describe, expect, it } from 'vitest';
import { tCdf, tQuantile } from '../../src/statistics/index.js';
import { logGamma } from '../../src/statistics/tDistribution.js';

// p, df, value: scipy.stats.t.ppf (SciPy 1.17), the two checked against mpmath at 30 digits
const TABLE: [number, number, number][] = [
  [0.975, 1, 12.706204736174694],
  [0.975, 2, 4.302652729749462],
  [0.975, 3, 3.1824463052837078],
  [0.975, 4, 2.7764451051977934],
  [0.975, 5, 2.5705818356363146],
  [0.975, 9, 2.262157162798205],
  [0.975, 10, 2.228138851986274],
  [0.975, 19, 2.0930240544083087],
  [0.975, 29, 2.045229642132703],
  [0.975, 30, 2.0422724563012378],
  [0.975, 99, 1.9842169515864174],
  [0.975, 199, 1.9719565442517533],
  [0.975, 1000, 1.9623390808264083],
  [0.95, 5, 2.0150483733330233],
  [0.995, 10, 3.16927267261695],
  [0.9995, 1, 636.6192487687897],
  [0.9995, 29, 3.6594050194663748],
];

describe('t quantiles', () => {
  it.each(TABLE)('qt(%f, %i) = %f', (p, df, expected) => {
    expect(tQuantile(p, df) / expected).toBeCloseTo(1, 12);
  });

  it('matches the closed forms for 1 and 2 degrees of freedom', () => {
    for (const p of [0.6, 0.75, 0.9, 0.975, 0.999]) {
      expect(tQuantile(p, 1) / Math.tan(Math.PI * (p - 0.5))).toBeCloseTo(1, 12);
      expect(tQuantile(p, 2) / ((2 * p - 1) / Math.sqrt(2 * p * (1 - p)))).toBeCloseTo(1, 12);
    }
  });

  it('is symmetric and inverts the CDF', () => {
    for (const df of [1, 3, 12, 60, 500]) {
      for (const p of [0.01, 0.2, 0.5, 0.8, 0.975]) {
        expect(tQuantile(p, df)).toBeCloseTo(-tQuantile(1 - p, df), 12);
        expect(tCdf(tQuantile(p, df), df)).toBeCloseTo(p, 12);
      }
    }
  });

  it('approaches the normal quantile for many degrees of freedom', () => {
    expect(tQuantile(0.975, 1e7)).toBeCloseTo(1.959963985, 5);
  });

  it('refuses impossible arguments', () => {
    expect(() => tQuantile(1, 5)).toThrow(RangeError);
    expect(() => tQuantile(0.975, 0)).toThrow(RangeError);
  });
});

describe('logGamma', () => {
  it('matches ln Γ at known points and simple-statistics within 1e-14', async () => {
    const { gammaln } = await import('simple-statistics');
    expect(logGamma(1)).toBeCloseTo(0, 14);
    expect(logGamma(2)).toBeCloseTo(0, 14);
    expect(Math.abs(logGamma(0.5) - Math.log(Math.sqrt(Math.PI)))).toBeLessThan(1e-14);
    expect(Math.abs(logGamma(10) / Math.log(362880) - 1)).toBeLessThan(1e-14);
    for (const n of [0.05, 0.3, 1.5, 4.5, 14.5, 29, 100.25, 1e4])
      expect(Math.abs(logGamma(n) - gammaln(n))).toBeLessThanOrEqual(1e-14 * Math.max(1, Math.abs(gammaln(n))));
    expect(logGamma(0)).toBe(Infinity);
  });
});
