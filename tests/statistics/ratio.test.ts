// Fieller's interval for a ratio of paired means (euro per unit of improvement).

import { describe, expect, it } from 'vitest';
import { meanInterval } from '../../src/statistics/interval.js';
import { ratioOfMeans } from '../../src/statistics/ratio.js';

describe('ratio of paired means', () => {
  it("with a denominator that does not vary, is the numerator's interval divided by it", () => {
    const num = [10, 12, 9, 14, 11, 13];
    const r = ratioOfMeans(
      num,
      num.map(() => 2),
    );
    const ci = meanInterval(num);
    expect(r.estimate).toBeCloseTo(ci.mean / 2, 12);
    expect(r.ci95![0]).toBeCloseTo(ci.low / 2, 10);
    expect(r.ci95![1]).toBeCloseTo(ci.high / 2, 10);
  });

  it('is unbounded (null) when the denominator cannot be told from zero', () => {
    const r = ratioOfMeans([5, 6, 7, 5], [1, -1, 2, -1.5]);
    expect(r.ci95).toBeNull();
  });

  it('contains the estimate, and widens when the denominator is noisier', () => {
    const num = [100, 120, 90, 140, 110, 130, 105, 125];
    const calm = ratioOfMeans(num, [10, 10.5, 9.5, 10, 10.2, 9.8, 10.1, 9.9]);
    const noisy = ratioOfMeans(num, [6, 14, 8, 12, 7, 13, 9, 11]);
    for (const r of [calm, noisy]) {
      expect(r.ci95![0]).toBeLessThan(r.estimate);
      expect(r.ci95![1]).toBeGreaterThan(r.estimate);
    }
    expect(noisy.ci95![1] - noisy.ci95![0]).toBeGreaterThan(calm.ci95![1] - calm.ci95![0]);
  });

  it('covers the true ratio about 95% of the time', () => {
    // deterministic pseudo-normal draws: true ratio 3 (numerator mean 30, denominator mean 10)
    let seed = 7;
    const u = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return (seed + 0.5) / 2147483648;
    };
    const normal = () => Math.sqrt(-2 * Math.log(u())) * Math.cos(2 * Math.PI * u());
    let covered = 0;
    const trials = 1000;
    for (let k = 0; k < trials; k++) {
      const den = Array.from({ length: 10 }, () => 10 + 2 * normal());
      const num = den.map((d) => 3 * d + 4 * normal());
      const r = ratioOfMeans(num, den);
      if (r.ci95 !== null && r.ci95[0] <= 3 && 3 <= r.ci95[1]) covered++;
    }
    // binomial(1000, 0.95): 4 standard deviations is ±28
    expect(covered).toBeGreaterThan(950 - 28);
    expect(covered).toBeLessThan(950 + 28);
  });
});
