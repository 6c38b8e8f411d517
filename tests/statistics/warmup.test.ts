// Finding a warm-up: Welch's moving average, the mean over replications, and MSER-5 with its check
// that what it cuts off differs from the rest by more than noise (src/statistics/warmup.ts).

import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { averageOverReplications, mser, welchMovingAverage } from '../../src/statistics/warmup.js';

/** Standard normal draws from a seeded stream (Box–Muller). */
function normals(seed: string, n: number): number[] {
  const rng = seedrandom(seed);
  return Array.from({ length: n }, () => Math.sqrt(-2 * Math.log(1 - rng())) * Math.cos(2 * Math.PI * rng()));
}

describe("Welch's moving average", () => {
  it('averages 2w + 1 points, on a window that shrinks at the start, and stops w points before the end', () => {
    expect(welchMovingAverage([1, 2, 3, 4, 5, 6, 7], 2)).toEqual([1, 2, 3, 4, 5]);
    expect(welchMovingAverage([0, 0, 9, 0, 0, 0], 1)).toEqual([0, 3, 3, 3, 0]);
  });

  it('leaves out points that are not numbers', () => {
    expect(welchMovingAverage([2, Number.NaN, 4, 6], 1)).toEqual([2, 3, 5]);
  });
});

describe('the mean over replications', () => {
  it('is taken point by point, over the replications that have a number there, cut to the shortest', () => {
    expect(
      averageOverReplications([
        [1, 2, 3],
        [3, Number.NaN, 5, 7],
      ]),
    ).toEqual([2, 2, 4]);
  });
});

describe('MSER-5', () => {
  it('cuts off a start-up transient, and says it differs from the rest', () => {
    const noise = normals('transient', 300);
    // 40 points that start 10 too high and decay linearly, then noise around 0
    const series = noise.map((e, t) => (t < 40 ? (10 * (40 - t)) / 40 : 0) + e);
    const cut = mser(series, 5);
    expect(cut.truncation).toBeGreaterThanOrEqual(25);
    expect(cut.truncation).toBeLessThanOrEqual(60);
    expect(cut.truncation % 5).toBe(0);
    expect(cut.atLimit).toBe(false);
    expect(cut.biasShown).toBe(true);
  });

  it('hits its limit on a series that keeps climbing', () => {
    const series = normals('trend', 200).map((e, t) => t / 10 + e);
    const cut = mser(series, 5);
    expect(cut.atLimit).toBe(true);
    expect(cut.truncation).toBe(100);
  });

  it('on noise alone, often cuts somewhere but seldom shows a bias (about 11%: 5% for a test at 2 standard errors, doubled by MSER choosing the cut)', () => {
    let shown = 0;
    let cutSomewhere = 0;
    const runs = 400;
    for (let k = 0; k < runs; k++) {
      const cut = mser(normals(`noise ${k}`, 120), 5);
      if (cut.truncation > 0) cutSomewhere++;
      if (cut.biasShown) shown++;
    }
    // MSER's minimum on a settled series is noise: it often lies past the first batch
    expect(cutSomewhere / runs).toBeGreaterThan(0.25);
    // the check turns most of those cuts down
    expect(shown / runs).toBeLessThan(0.16);
    expect(shown / cutSomewhere).toBeLessThan(0.45);
  });

  it('shows no bias when it cuts nothing', () => {
    const cut = mser([5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5], 5);
    expect(cut.truncation).toBe(0);
    expect(cut.biasShown).toBe(false);
  });
});
