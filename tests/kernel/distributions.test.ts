// Every distribution: the sampled mean and variance against closed forms written here from
// the parameters (so a wrong `mean` getter cannot hide a wrong sampler), the class's own
// mean and variance against the same forms, the bounds, and for the continuous ones the
// shape (Kolmogorov–Smirnov). Tolerances are 5 standard errors: a correct sampler fails
// about once in 1.7 million checks, while a bias of a few per cent is caught.

import { describe, expect, it } from 'vitest';
import {
  Bernoulli,
  Deterministic,
  Empirical,
  Exponential,
  Gamma,
  Lognormal,
  RandomStreams,
  Triangular,
  Uniform,
  makeDistribution,
  type Distribution,
} from '../../src/kernel/index.js';
import { incompleteGammaP, ksCritical, ksDistance, normalCdf } from '../helpers/stats.js';

const N = 200_000;
const Z = 5;
const KS_ALPHA = 1e-4;

interface Case {
  name: string;
  /** Made inside the test, not when the file loads: a mutant of a constructor is then seen (docs/mutation.md). */
  dist: () => Distribution;
  mean: number;
  variance: number;
  cdf?: (x: number) => number;
  min?: number;
  max?: number;
  /** Samples must be > 0 (durations that are logged or divided by). */
  positive?: boolean;
}

function lognormalCdf(mean: number, sd: number): (x: number) => number {
  const sigma2 = Math.log(1 + (sd / mean) ** 2);
  const mu = Math.log(mean) - sigma2 / 2;
  return (x) => (x <= 0 ? 0 : normalCdf((Math.log(x) - mu) / Math.sqrt(sigma2)));
}

function gammaCdf(shape: number, scale: number): (x: number) => number {
  return (x) => incompleteGammaP(shape, x / scale);
}

function triangularCdf(a: number, c: number, b: number): (x: number) => number {
  return (x) => {
    if (x <= a) return 0;
    if (x >= b) return 1;
    return x <= c ? (x - a) ** 2 / ((b - a) * (c - a)) : 1 - (b - x) ** 2 / ((b - a) * (b - c));
  };
}

const cases: Case[] = [
  { name: 'exponential(mean 3)', dist: () => new Exponential(3), mean: 3, variance: 9, cdf: (x) => 1 - Math.exp(-x / 3), positive: true },
  { name: 'lognormal(mean 10, sd 5)', dist: () => new Lognormal(10, 5), mean: 10, variance: 25, cdf: lognormalCdf(10, 5), positive: true },
  { name: 'lognormal(mean 2, sd 3)', dist: () => new Lognormal(2, 3), mean: 2, variance: 9, cdf: lognormalCdf(2, 3), positive: true },
  // shape 4, scale 0.75
  { name: 'gamma(mean 3, sd 1.5)', dist: () => new Gamma(3, 1.5), mean: 3, variance: 2.25, cdf: gammaCdf(4, 0.75), positive: true },
  // shape 0.25 < 1: the boosted branch of the sampler
  { name: 'gamma(mean 1, sd 2), shape 0.25', dist: () => new Gamma(1, 2), mean: 1, variance: 4, cdf: gammaCdf(0.25, 4), positive: true },
  // shape exactly 1 (an exponential)
  {
    name: 'gamma(mean 2, sd 2), shape 1',
    dist: () => new Gamma(2, 2),
    mean: 2,
    variance: 4,
    cdf: (x) => 1 - Math.exp(-x / 2),
    positive: true,
  },
  { name: 'gamma(mean 40, sd 2), shape 400', dist: () => new Gamma(40, 2), mean: 40, variance: 4, cdf: gammaCdf(400, 0.1), positive: true },
  // (a² + b² + c² − ab − ac − bc) / 18 = (1 + 36 + 4 − 6 − 2 − 12) / 18
  {
    name: 'triangular(1, 2, 6)',
    dist: () => new Triangular(1, 2, 6),
    mean: 3,
    variance: 21 / 18,
    cdf: triangularCdf(1, 2, 6),
    min: 1,
    max: 6,
  },
  {
    name: 'triangular(0, 0, 1), mode at min',
    dist: () => new Triangular(0, 0, 1),
    mean: 1 / 3,
    variance: 1 / 18,
    cdf: triangularCdf(0, 0, 1),
    min: 0,
    max: 1,
  },
  {
    name: 'triangular(2, 5, 5), mode at max',
    dist: () => new Triangular(2, 5, 5),
    mean: 4,
    variance: 0.5,
    cdf: triangularCdf(2, 5, 5),
    min: 2,
    max: 5,
  },
  {
    name: 'uniform(−2, 3)',
    dist: () => new Uniform(-2, 3),
    mean: 0.5,
    variance: 25 / 12,
    cdf: (x) => Math.min(1, Math.max(0, (x + 2) / 5)),
    min: -2,
    max: 3,
  },
  // E[X] = (1·1 + 5·0 + 10·3 + 20·6)/10 = 15.1; E[X²] = (1 + 300 + 2400)/10 = 270.1
  {
    name: 'empirical, weighted',
    dist: () => new Empirical([1, 5, 10, 20], [1, 0, 3, 6]),
    mean: 15.1,
    variance: 270.1 - 15.1 ** 2,
    min: 1,
    max: 20,
  },
  { name: 'empirical, equal weights', dist: () => new Empirical([2, 4, 9]), mean: 5, variance: 26 / 3, min: 2, max: 9 },
  { name: 'bernoulli(0.3)', dist: () => new Bernoulli(0.3), mean: 0.3, variance: 0.21, min: 0, max: 1 },
];

function draw(dist: Distribution, name: string, n = N): number[] {
  const stream = new RandomStreams(4242, 0).stream(name);
  const xs = new Array<number>(n);
  for (let i = 0; i < n; i++) xs[i] = dist.sample(stream);
  return xs;
}

const minOf = (xs: number[]): number => xs.reduce((a, b) => Math.min(a, b), Infinity);
const maxOf = (xs: number[]): number => xs.reduce((a, b) => Math.max(a, b), -Infinity);

function moments(xs: number[]): { mean: number; variance: number; m4: number } {
  const n = xs.length;
  let mean = 0;
  for (const x of xs) mean += x;
  mean /= n;
  let m2 = 0;
  let m4 = 0;
  for (const x of xs) {
    const d2 = (x - mean) ** 2;
    m2 += d2;
    m4 += d2 * d2;
  }
  return { mean, variance: m2 / (n - 1), m4: m4 / n };
}

describe('distributions: sampled moments, bounds and shape', () => {
  for (const c of cases) {
    it(c.name, () => {
      const dist = c.dist();
      expect(dist.mean).toBeCloseTo(c.mean, 12);
      expect(dist.variance).toBeCloseTo(c.variance, 10);

      const xs = draw(dist, c.name);
      expect(xs.every(Number.isFinite)).toBe(true);
      const m = moments(xs);
      const seMean = Math.sqrt(c.variance / N);
      expect(Math.abs(m.mean - c.mean), `mean ${m.mean} vs ${c.mean}`).toBeLessThan(Z * seMean);
      // standard error of the sample variance: √((μ₄ − σ⁴)/n), μ₄ estimated from the sample
      const seVar = Math.sqrt(Math.max(m.m4 - m.variance ** 2, 0) / N);
      expect(Math.abs(m.variance - c.variance), `variance ${m.variance} vs ${c.variance}`).toBeLessThan(Z * seVar);

      if (c.min !== undefined) expect(minOf(xs)).toBeGreaterThanOrEqual(c.min);
      if (c.max !== undefined) expect(maxOf(xs)).toBeLessThanOrEqual(c.max);
      if (c.positive) expect(xs.every((x) => x > 0)).toBe(true);
      if (c.cdf) expect(ksDistance(xs, c.cdf)).toBeLessThan(ksCritical(N, KS_ALPHA));
    });
  }

  it('uniform never reaches its max; triangular covers its range', () => {
    const u = draw(new Uniform(0, 1), 'u', 50_000);
    expect(maxOf(u)).toBeLessThan(1);
    const t = draw(new Triangular(1, 2, 6), 't', 50_000);
    // both tails are reached, not just the middle
    expect(minOf(t)).toBeLessThan(1.1);
    expect(maxOf(t)).toBeGreaterThan(5.7);
  });

  it('empirical draws each value with its weight, and a zero weight never', () => {
    const values = [1, 5, 10, 20];
    const weights = [1, 0, 3, 6];
    const xs = draw(new Empirical(values, weights), 'emp');
    values.forEach((v, i) => {
      const p = weights[i]! / 10;
      const freq = xs.filter((x) => x === v).length / N;
      if (p === 0) expect(freq).toBe(0);
      else expect(Math.abs(freq - p), `P(${v})`).toBeLessThan(Z * Math.sqrt((p * (1 - p)) / N));
    });
    expect(xs.every((x) => values.includes(x))).toBe(true);
    // a zero weight first and last is skipped too
    const edges = draw(new Empirical([7, 8, 9], [0, 1, 0]), 'emp-edges', 10_000);
    expect(new Set(edges)).toEqual(new Set([8]));
  });

  it('degenerate cases: deterministic, bernoulli(0|1), lognormal with sd 0', () => {
    expect(new Set(draw(new Deterministic(4.2), 'd', 1000))).toEqual(new Set([4.2]));
    expect(new Deterministic(4.2).mean).toBe(4.2);
    expect(new Deterministic(4.2).variance).toBe(0);
    expect(new Set(draw(new Bernoulli(0), 'b0', 1000))).toEqual(new Set([0]));
    expect(new Set(draw(new Bernoulli(1), 'b1', 1000))).toEqual(new Set([1]));
    for (const x of draw(new Lognormal(5, 0), 'ln0', 1000)) expect(x).toBeCloseTo(5, 12);
  });

  it('makeDistribution builds the class its spec names', () => {
    expect(makeDistribution({ kind: 'exponential', mean: 2 })).toBeInstanceOf(Exponential);
    expect(makeDistribution({ kind: 'lognormal', mean: 2, sd: 1 })).toBeInstanceOf(Lognormal);
    const g = makeDistribution({ kind: 'gamma', mean: 2, sd: 1 });
    expect(g).toBeInstanceOf(Gamma);
    expect([g.mean, g.variance]).toEqual([2, 1]);
    expect(makeDistribution({ kind: 'triangular', min: 0, mode: 1, max: 3 }).mean).toBeCloseTo(4 / 3, 12);
    expect(makeDistribution({ kind: 'uniform', min: 0, max: 4 }).variance).toBeCloseTo(16 / 12, 12);
    expect(makeDistribution({ kind: 'deterministic', value: 7 }).mean).toBe(7);
    expect(makeDistribution({ kind: 'empirical', values: [1, 3], weights: [3, 1] }).mean).toBeCloseTo(1.5, 12);
    expect(makeDistribution({ kind: 'bernoulli', p: 0.25 }).variance).toBeCloseTo(0.1875, 12);
  });
});
