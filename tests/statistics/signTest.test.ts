// The sign test against exact binomial tails and the normal approximation beyond 1,000 tosses.

import { describe, expect, it } from 'vitest';
import { clearMajority, signTestP } from '../../src/statistics/index.js';

/** Σ_{i ≥ k} C(n, i) / 2^n, exactly for small n. */
function tail(k: number, n: number): number {
  let c = 1;
  let sum = 0;
  for (let i = 0; i <= n; i++) {
    if (i >= k) sum += c;
    c = (c * (n - i)) / (i + 1);
  }
  return sum / 2 ** n;
}

describe('signTestP', () => {
  it('is the upper tail of a fair coin', () => {
    for (const n of [1, 5, 8, 13, 30]) for (let k = 0; k <= n + 1; k++) expect(signTestP(k, n)).toBeCloseTo(k > n ? 0 : tail(k, n), 12);
    expect(signTestP(10, 13)).toBeCloseTo(0.0461, 4);
    expect(signTestP(7, 13)).toBeCloseTo(0.5, 12);
  });

  it('is 1 with no tosses, and follows the normal curve for many', () => {
    expect(signTestP(0, 0)).toBe(1);
    expect(signTestP(3, 0)).toBe(1);
    // 2,000 tosses: the mean 1,000, sd √500; 1,045 heads is about 2 sd up
    expect(signTestP(1045, 2000)).toBeCloseTo(0.0233, 3);
    expect(signTestP(1000, 2000)).toBeCloseTo(0.5, 1);
  });
});

describe('clearMajority', () => {
  it('asks more than a coin would give: 7 of 8 and 10 of 13, not 6 of 8 or 9 of 13', () => {
    expect([clearMajority(7, 8), clearMajority(6, 8)]).toEqual([true, false]);
    expect([clearMajority(10, 13), clearMajority(9, 13)]).toEqual([true, false]);
    // 200 worlds, the full analysis's default: 113 (56.5%) and up
    expect(clearMajority(113, 200)).toBe(true);
    expect(clearMajority(112, 200)).toBe(false);
    expect(clearMajority(0, 0)).toBe(false);
  });
});
