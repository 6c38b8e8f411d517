// The closed forms the analytic tests trust, checked against published values and against
// independent formulas, so a slip in a helper cannot make a wrong kernel pass.

import { describe, expect, it } from 'vitest';
import { erlangC, mmc } from '../helpers/queueing.js';
import { incompleteGammaP, ksDistance, normalCdf, tInterval, tQuantile } from '../helpers/stats.js';

function factorial(n: number): number {
  return n <= 1 ? 1 : n * factorial(n - 1);
}

/** Erlang C from the textbook sum, as a second opinion on the recursion. */
function erlangCBySum(c: number, a: number): number {
  const rho = a / c;
  let sum = 0;
  for (let k = 0; k < c; k++) sum += a ** k / factorial(k);
  const top = a ** c / factorial(c) / (1 - rho);
  return top / (sum + top);
}

describe('queueing closed forms', () => {
  it('M/M/1: P(wait) = ρ and Wq = ρ/(μ − λ)', () => {
    const t = mmc(0.9, 1, 1);
    expect(t.probWait).toBeCloseTo(0.9, 12);
    expect(t.meanWaitInQueue).toBeCloseTo(9, 10);
    expect(t.meanInSystem).toBeCloseTo(9, 10); // ρ/(1 − ρ)
  });

  it('M/M/2 at ρ = 0.5: C = 2ρ²/(1 + ρ) = 1/3', () => {
    expect(erlangC(2, 1)).toBeCloseTo(1 / 3, 12);
  });

  it('agrees with the summation formula', () => {
    for (const [c, a] of [
      [3, 2.4],
      [5, 4.5],
      [10, 9.5],
      [1, 0.3],
    ] as const) {
      expect(erlangC(c, a)).toBeCloseTo(erlangCBySum(c, a), 12);
    }
  });

  it('refuses an unstable queue', () => {
    expect(() => erlangC(2, 2)).toThrow(/unstable/);
  });
});

describe('statistics helpers', () => {
  it('Student-t quantiles match the tables', () => {
    expect(tQuantile(0.975, 1)).toBeCloseTo(12.706, 3);
    expect(tQuantile(0.975, 29)).toBeCloseTo(2.0452, 4);
    expect(tQuantile(0.995, 19)).toBeCloseTo(2.8609, 4);
    expect(tQuantile(0.9995, 29)).toBeCloseTo(3.6594, 4);
    expect(tQuantile(0.9995, 24)).toBeCloseTo(3.7454, 4);
  });

  it('t interval: mean ± t·s/√n', () => {
    const ci = tInterval([1, 2, 3, 4], 0.95);
    // s = √(5/3), t(0.975, 3) = 3.1824
    expect(ci.mean).toBe(2.5);
    expect(ci.halfWidth).toBeCloseTo(3.1824 * Math.sqrt(5 / 3 / 4), 3);
  });

  it('normal CDF and regularised incomplete gamma', () => {
    expect(normalCdf(1.959964)).toBeCloseTo(0.975, 6);
    expect(incompleteGammaP(1, 2)).toBeCloseTo(1 - Math.exp(-2), 10);
    // P(1/2, x) = erf(√x)
    expect(incompleteGammaP(0.5, 0.7)).toBeCloseTo(2 * normalCdf(Math.sqrt(1.4)) - 1, 6);
    // P(3, x) = 1 − e^{−x}(1 + x + x²/2), on both sides of the series/fraction switch
    for (const x of [1, 5]) expect(incompleteGammaP(3, x)).toBeCloseTo(1 - Math.exp(-x) * (1 + x + (x * x) / 2), 10);
  });

  it('KS distance of an evenly spread sample is 1/n', () => {
    const n = 100;
    const xs = Array.from({ length: n }, (_, i) => (i + 1) / n);
    expect(ksDistance(xs, (x) => x)).toBeCloseTo(1 / n, 12);
    expect(ksDistance(xs, (x) => x * x)).toBeGreaterThan(0.2);
  });
});
