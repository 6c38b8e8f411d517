// The Latin hypercube and the distributions of plausible ranges, against their definitions:
// every quantile function inverts its CDF, lognormal ranges put 5% beyond each end, and a
// design holds exactly one sample per stratum of every parameter, so its empirical CDF is
// within 1/n of the true one (a Kolmogorov–Smirnov distance far below the critical value).

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RandomStreams } from '../../src/kernel/random.js';
import {
  betaByMean,
  betaMarginal,
  latinHypercube,
  lognormalBetween,
  normalCdf,
  normalQuantile,
  spearman,
  triangularMarginal,
  uniformMarginal,
  type Marginal,
} from '../../src/statistics/index.js';
import { ksCritical, ksDistance } from '../helpers/stats.js';

const stream = (seed: number, name = 'uncertainty.latinHypercube') => new RandomStreams(seed, 0).stream(name);

const MARGINALS: Array<[string, Marginal]> = [
  ['uniform 2–5', uniformMarginal(2, 5)],
  ['triangular 0–0.3–1', triangularMarginal(0, 0.3, 1)],
  ['triangular with the mode at the low end', triangularMarginal(7, 7, 14)],
  ['beta α=2 β=5 on 0.1–0.6', betaMarginal(0.1, 0.6, 2, 5)],
  ['beta by mean 0.05 on 0.01–0.12', betaByMean(0.01, 0.12, 0.05)],
  ['lognormal 5th–95th 60–180', lognormalBetween(60, 180)],
];

describe('the standard normal', () => {
  // scipy.stats.norm.ppf
  it.each([
    [0.975, 1.959963984540054],
    [0.95, 1.6448536269514722],
    [0.5, 0],
    [0.1, -1.2815515655446004],
    [1e-10, -6.361340902404056],
  ])('Φ⁻¹(%f) = %f', (p, z) => {
    expect(normalQuantile(p)).toBeCloseTo(z, 12);
  });
  it('Φ inverts Φ⁻¹', () => {
    for (let p = 0.0005; p < 1; p += 0.0005) expect(Math.abs(normalCdf(normalQuantile(p)) - p)).toBeLessThan(1e-13);
  });
});

describe('the marginals', () => {
  it.each(MARGINALS)('%s: the CDF inverts the quantile function, and the mean is the integral of the quantile', (_, m) => {
    let integral = 0;
    const steps = 20_000;
    for (let i = 0; i < steps; i++) {
      const u = (i + 0.5) / steps;
      const x = m.quantile(u);
      expect(Math.abs(m.cdf(x) - u)).toBeLessThan(1e-9);
      integral += x / steps;
    }
    expect(integral / m.mean).toBeCloseTo(1, 3);
  });
  it('a beta by its mean has that mean; a lognormal range has its 5th and 95th percentiles at the ends', () => {
    expect(betaByMean(0.7, 0.95, 0.85).mean).toBeCloseTo(0.85, 12);
    const ln = lognormalBetween(60, 180);
    expect(ln.quantile(0.05)).toBeCloseTo(60, 9);
    expect(ln.quantile(0.95)).toBeCloseTo(180, 9);
    expect(ln.cdf(60)).toBeCloseTo(0.05, 12);
  });
  it('refuses ranges that are no ranges', () => {
    expect(() => uniformMarginal(3, 3)).toThrow(RangeError);
    expect(() => triangularMarginal(0, 2, 1)).toThrow(RangeError);
    expect(() => betaByMean(0, 1, 1)).toThrow(RangeError);
    expect(() => lognormalBetween(0, 10)).toThrow(RangeError);
  });
});

describe('a Latin hypercube', () => {
  it('puts exactly one sample in each of the n strata of every parameter', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 300 }), fc.integer({ min: 0, max: 2 ** 31 }), (n, seed) => {
        const design = latinHypercube(
          n,
          MARGINALS.map(([, m]) => m),
          stream(seed),
        );
        MARGINALS.forEach(([, m], j) => {
          const strata = design.map((row) => Math.min(n - 1, Math.floor(m.cdf(row[j]!) * n))).sort((a, b) => a - b);
          expect(strata).toEqual(Array.from({ length: n }, (_, k) => k));
        });
      }),
      { numRuns: 40 },
    );
  });

  it.each([50, 200, 1000])('with %i samples, every parameter has its distribution (KS distance ≤ 1/n)', (n) => {
    const design = latinHypercube(
      n,
      MARGINALS.map(([, m]) => m),
      stream(n * 7919),
    );
    MARGINALS.forEach(([, m], j) => {
      const d = ksDistance(
        design.map((row) => row[j]!),
        (x) => m.cdf(x),
      );
      expect(d).toBeLessThanOrEqual(1 / n + 1e-9);
      expect(d).toBeLessThan(ksCritical(n, 0.05));
    });
  });

  it('pairs the parameters independently: rank correlations between columns are near zero', () => {
    const n = 1000;
    const design = latinHypercube(
      n,
      MARGINALS.map(([, m]) => m),
      stream(4242),
    );
    for (let j = 1; j < MARGINALS.length; j++) {
      // a row has a value per parameter
      const [rho] = spearman(
        design.map((row) => [row[0]!]),
        design.map((row) => row[j]!),
      );
      // 4.5 standard errors: a real dependence would be far larger
      expect(Math.abs(rho?.coefficient ?? NaN)).toBeLessThan(4.5 / Math.sqrt(n));
    }
  });

  it('is the same design from the same stream, and another from another stream', () => {
    const ms = MARGINALS.map(([, m]) => m);
    expect(latinHypercube(30, ms, stream(1))).toEqual(latinHypercube(30, ms, stream(1)));
    expect(latinHypercube(30, ms, stream(1))).not.toEqual(latinHypercube(30, ms, stream(1, 'other')));
    expect(latinHypercube(30, ms, stream(1))).not.toEqual(latinHypercube(30, ms, stream(2)));
  });
});
