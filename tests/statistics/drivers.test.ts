// The statistics that say which parameter drives an outcome, on models whose answer is known:
// PRCC on a linear and a monotone model, first-order Sobol indices on the Ishigami function
// and a linear model, EVPPI on two choices with a known value of information. Inputs come
// from Latin hypercubes on several streams; the tolerances are several standard errors wide,
// so no stream is special.

import { describe, expect, it } from 'vitest';
import { RandomStreams, type Stream } from '../../src/kernel/random.js';
import {
  evpi,
  evppi,
  firstOrderSobol,
  fisherInterval,
  fisherPValue,
  inverse,
  latinHypercube,
  loess,
  normalCdf,
  normalQuantile,
  prcc,
  prccPossible,
  ranks,
  spearman,
  uniformMarginal,
} from '../../src/statistics/index.js';

const SEEDS = [11, 2024, 777_777];
const streamFor = (seed: number, name: string): Stream => new RandomStreams(seed, 0).stream(name);
const normal = (s: Stream) => normalQuantile(s.nextOpen());

function design(seed: number, n: number, p: number, low = 0, high = 1): number[][] {
  return latinHypercube(
    n,
    Array.from({ length: p }, () => uniformMarginal(low, high)),
    streamFor(seed, 'design'),
  );
}

/** Column j of a design (every row has a value per parameter). */
const column = (x: readonly number[][], j: number): number[] => x.map((row) => row[j]!);

describe('ranks and the inverse', () => {
  it('gives tied values the mean of their ranks', () => {
    expect(ranks([10, 30, 20, 30])).toEqual([0, 2.5, 1, 2.5]);
  });
  it('inverts a matrix, and says when it cannot', () => {
    const m = [
      [4, 1, 0.5],
      [1, 3, 0.2],
      [0.5, 0.2, 2],
    ];
    const inv = inverse(m)!;
    for (const [i, row] of m.entries())
      for (let j = 0; j < 3; j++) expect(row.reduce((s, v, k) => s + v * inv[k]![j]!, 0)).toBeCloseTo(i === j ? 1 : 0, 12);
    expect(
      inverse([
        [1, 2],
        [2, 4],
      ]),
    ).toBeNull();
  });
});

describe('Fisher intervals and p-values', () => {
  it('test r against 0 with atanh(r)·√(n − 3 − k) as a standard normal', () => {
    // atanh(0.5)·√100 = 5.493: p = 2(1 − Φ(5.493))
    expect(fisherPValue(0.5, 103, 0)).toBeCloseTo(3.95e-8, 9);
    expect(fisherPValue(0, 50, 2)).toBe(1);
    expect(fisherPValue(0.9, 4, 1)).toBeNaN();
  });

  it('are atanh(r) ± 1.96/√(n − 3 − k)', () => {
    const [lo, hi] = fisherInterval(0.5, 103, 0);
    expect(Math.atanh(lo)).toBeCloseTo(Math.atanh(0.5) - 1.959963984540054 / 10, 12);
    expect(Math.atanh(hi)).toBeCloseTo(Math.atanh(0.5) + 1.959963984540054 / 10, 12);
    expect(fisherInterval(0.5, 10, 7)).toEqual([NaN, NaN]);
  });
});

describe('PRCC', () => {
  // y = 3 x1 − 2 x2 + 0.5 x3 + 0 x4 + noise, x uniform on [0, 1] (variance 1/12), noise sd 0.3:
  // the partial correlation of x_j is a_j σ_x / √(a_j² σ_x² + σ_ε²); on ranks it is close to that.
  const coefficients = [3, -2, 0.5, 0];
  const noiseSd = 0.3;
  const partial = coefficients.map((a) => (a * Math.sqrt(1 / 12)) / Math.sqrt((a * a) / 12 + noiseSd * noiseSd));

  it.each(SEEDS)('finds the drivers of a linear model, with their signs and sizes (seed %i)', (seed) => {
    const n = 2000;
    const x = design(seed, n, 4);
    const noise = streamFor(seed, 'noise');
    const y = x.map((row) => row.reduce((s, v, j) => s + coefficients[j]! * v, 0) + noiseSd * normal(noise));
    const result = prcc(x, y);
    expect(result).toHaveLength(4);
    for (const [j, r] of result.entries()) expect(Math.abs(r.coefficient - partial[j]!)).toBeLessThan(0.05);
    const [x1, x2, x3, x4] = result;
    // x4 does nothing: within 4.5 standard errors of zero
    expect(Math.abs(x4?.coefficient ?? NaN)).toBeLessThan(4.5 / Math.sqrt(n - 5));
    for (const r of [x1, x2, x3]) expect((r?.ci95[0] ?? NaN) * (r?.ci95[1] ?? NaN)).toBeGreaterThan(0);
    expect(x4?.ci95[0]).toBeLessThan(x4?.coefficient ?? NaN);
    expect(x4?.ci95[1]).toBeGreaterThan(x4?.coefficient ?? NaN);
  });

  it.each(SEEDS)('sees a monotone but far from linear effect as nearly perfect (seed %i)', (seed) => {
    const x = design(seed, 300, 3);
    // exp(8 x1) dwarfs x2, yet with x2's effect taken out x1 orders y exactly
    const y = x.map(([x1 = NaN, x2 = NaN]) => Math.exp(8 * x1) + x2);
    const [a, b, c] = prcc(x, y);
    expect(a?.coefficient).toBeGreaterThan(0.99);
    expect(b?.coefficient).toBeGreaterThan(0.3);
    expect(Math.abs(c?.coefficient ?? NaN)).toBeLessThan(4.5 / Math.sqrt(300));
  });

  it('needs more runs than parameters; Spearman does not', () => {
    expect(prccPossible(20, 55)).toBe(false);
    expect(prccPossible(200, 55)).toBe(true);
    const x = design(5, 20, 30);
    const y = column(x, 0);
    expect(prcc(x, y).every((r) => Number.isNaN(r.coefficient))).toBe(true);
    expect(spearman(x, y)[0]?.coefficient).toBeCloseTo(1, 12);
  });

  it('gives ±1 to a parameter that determines the outcome exactly, and no correlation to the others', () => {
    const x = design(9, 50, 3);
    const [a, b, c] = prcc(
      x,
      column(x, 1).map((v) => -Math.exp(v)),
    );
    expect(b?.coefficient).toBe(-1);
    expect(Math.abs(a?.coefficient ?? NaN)).toBeLessThan(1e-6);
    expect(Math.abs(c?.coefficient ?? NaN)).toBeLessThan(1e-6);
  });

  it('leaves a constant parameter out', () => {
    const x = design(8, 100, 2).map(([x1 = NaN, x2 = NaN]) => [x1, 0.5, x2]);
    const [a, constant] = prcc(
      x,
      x.map(([x1 = NaN, , x3 = NaN]) => x1 + x3),
    );
    expect(constant?.coefficient).toBeNaN();
    expect(a?.coefficient).toBeGreaterThan(0.9);
  });
});

describe('first-order Sobol indices from given data', () => {
  it.each(SEEDS)('Ishigami (a = 7, b = 0.1): 0.314, 0.442, 0 (seed %i)', (seed) => {
    const x = design(seed, 20_000, 3, -Math.PI, Math.PI);
    const y = x.map(([a = NaN, b = NaN, c = NaN]) => Math.sin(a) + 7 * Math.sin(b) ** 2 + 0.1 * c ** 4 * Math.sin(a));
    const [s1, s2, s3] = [0, 1, 2].map((j) => firstOrderSobol(column(x, j), y));
    expect(Math.abs((s1 ?? NaN) - 0.3139)).toBeLessThan(0.03);
    expect(Math.abs((s2 ?? NaN) - 0.4424)).toBeLessThan(0.03);
    expect(s3).toBeLessThan(0.02);
  });

  it.each(SEEDS)('a linear model: a_j² / Σ a² (seed %i)', (seed) => {
    const x = design(seed, 2000, 4);
    const a = [1, 2, 3, 0];
    const y = x.map((r) => r.reduce((s, v, j) => s + a[j]! * v, 0));
    for (const [j, expected] of [1 / 14, 4 / 14, 9 / 14, 0].entries())
      expect(Math.abs(firstOrderSobol(column(x, j), y) - expected)).toBeLessThan(0.03);
  });
});

describe('EVPPI', () => {
  it('smooths a straight line into itself', () => {
    const x = [3, 1, 2, 5, 4, 9, 7, 8, 6, 10, 0, 11];
    expect(
      loess(
        x,
        x.map((v) => 2 * v - 1),
      ),
    ).toEqual(x.map((v) => expect.closeTo(2 * v - 1, 9)));
  });

  it.each(SEEDS)(
    'a choice that hangs on φ ~ U(−1, 1): knowing φ is worth E[max(0, φ)] = 0.25; an unrelated ψ is worth 0 (seed %i)',
    (seed) => {
      const n = 2000;
      const x = design(seed, n, 2, -1, 1);
      const noise = streamFor(seed, 'noise');
      const doNothing = new Array<number>(n).fill(0);
      const reform = x.map(([phi = NaN]) => phi + 0.5 * normal(noise));
      expect(Math.abs(evppi(column(x, 0), [doNothing, reform]) - 0.25)).toBeLessThan(0.03);
      expect(evppi(column(x, 1), [doNothing, reform])).toBeLessThan(0.03);
      // knowing everything, the noise too: E[max(0, φ + ε)] = ∫ (μ Φ(μ/σ) + σ ϕ(μ/σ)) dμ/2 over μ in (−1, 1)
      let exact = 0;
      for (let i = 0; i < 10_000; i++) {
        const mu = -1 + (2 * (i + 0.5)) / 10_000;
        exact += (mu * normalCdf(mu / 0.5) + (0.5 * Math.exp(-((mu / 0.5) ** 2) / 2)) / Math.sqrt(2 * Math.PI)) / 10_000;
      }
      expect(Math.abs(evpi([doNothing, reform]) - exact)).toBeLessThan(0.03);
    },
  );

  it.each(SEEDS)('a curved value φ² − 1/3: EVPPI = E[max(0, φ² − 1/3)] = 0.1283 (seed %i)', (seed) => {
    const n = 4000;
    const x = design(seed, n, 1, -1, 1);
    const noise = streamFor(seed, 'noise');
    const reform = x.map(([phi = NaN]) => phi * phi - 1 / 3 + 0.3 * normal(noise));
    // ∫ over |φ| > 1/√3 of (φ² − 1/3)/2 dφ = [φ³/3 − φ/3] from 1/√3 to 1
    const exact = 1 / 3 - 1 / 3 - ((1 / Math.sqrt(3)) ** 3 / 3 - 1 / Math.sqrt(3) / 3);
    expect(exact).toBeCloseTo(0.1283, 4);
    expect(Math.abs(evppi(column(x, 0), [new Array<number>(n).fill(0), reform]) - exact)).toBeLessThan(0.02);
  });
});
