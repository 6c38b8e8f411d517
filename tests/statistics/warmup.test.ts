// Finding a warm-up: Welch's moving average, the mean over replications, MSER-5, and the check
// across replications that what it cuts off differs from the rest by more than noise
// (src/statistics/warmup.ts).

import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { averageOverReplications, mser, startupBias, welchMovingAverage } from '../../src/statistics/warmup.js';

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

/** A slowly wandering series (AR(1), correlation `phi` from one month to the next, unit variance). */
function wandering(seed: string, n: number, phi: number): number[] {
  const e = normals(seed, n);
  const out: number[] = [];
  let x = e[0]!;
  for (let t = 0; t < n; t++) {
    x = t === 0 ? x : phi * x + Math.sqrt(1 - phi * phi) * e[t]!;
    out.push(x);
  }
  return out;
}

describe('MSER-5', () => {
  it('cuts off a start-up transient', () => {
    const noise = normals('transient', 300);
    // 40 points that start 10 too high and decay linearly, then noise around 0
    const series = noise.map((e, t) => (t < 40 ? (10 * (40 - t)) / 40 : 0) + e);
    const cut = mser(series, 5);
    expect(cut.truncation).toBeGreaterThanOrEqual(25);
    expect(cut.truncation).toBeLessThanOrEqual(60);
    expect(cut.truncation % 5).toBe(0);
    expect(cut.atLimit).toBe(false);
  });

  it('hits its limit on a series that keeps climbing', () => {
    const series = normals('trend', 200).map((e, t) => t / 10 + e);
    const cut = mser(series, 5);
    expect(cut.atLimit).toBe(true);
    expect(cut.truncation).toBe(100);
  });

  it('may cut at its limit, and there only: the best of 4 batches after two is the last two', () => {
    const series = [...Array(10).fill(10), ...Array(10).fill(1)];
    expect(mser(series, 5)).toEqual({ truncation: 10, statistic: 0, atLimit: true });
  });

  it('judges no cut that would leave fewer than two batches', () => {
    // 2 batches: cutting the first would leave one, whose spread is 0 and would always win
    expect(mser([...Array(5).fill(9), ...Array(5).fill(1)], 5).truncation).toBe(0);
  });

  it('is not at its limit with a single batch, where it can cut nothing', () => {
    expect(mser([1, 2, 3, 4, 5], 5)).toMatchObject({ truncation: 0, atLimit: false });
  });

  it('leaves batches without a number out of the rest it judges', () => {
    // the first batch has no number; the rest is flat, so nothing need be cut
    expect(mser([...Array(5).fill(Number.NaN), ...Array(45).fill(1)], 5).truncation).toBe(0);
  });

  it('cuts off a start below the level as well as one above it', () => {
    // one batch at 0, three at 10: the rest after the first batch has no spread at all
    expect(mser([...Array(5).fill(0), ...Array(15).fill(10)], 5).truncation).toBe(5);
  });

  it('cuts nothing off a constant series', () => {
    const cut = mser([5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5], 5);
    expect(cut.truncation).toBe(0);
    expect(cut.atLimit).toBe(false);
  });
});

describe('the start-up bias behind a cut, across replications', () => {
  it('is shown for a transient every replication has, with its size', () => {
    const reps = Array.from({ length: 20 }, (_, r) => normals(`rep ${r}`, 120).map((e, t) => (t < 30 ? 4 : 0) + e));
    const cut = mser(averageOverReplications(reps), 5);
    const bias = startupBias(reps, cut.truncation);
    expect(bias.shown).toBe(true);
    // the first 30 points are 4 higher: cutting about there leaves a difference near 4
    expect(bias.difference).toBeGreaterThan(2.5);
    expect(bias.difference).toBeLessThan(4.5);
    expect(bias.ci95[0]).toBeLessThan(bias.difference);
    expect(bias.ci95[1]).toBeGreaterThan(bias.difference);
  });

  it("gives the level the series settles at: the replications' mean after the cut", () => {
    const bias = startupBias(
      [
        [10, 10, 4, 6],
        [12, 12, 5, 7],
      ],
      2,
    );
    expect(bias.restMean).toBe(5.5);
    expect(bias.difference).toBe(5.5); // (10 − 5) and (12 − 6)
    expect(startupBias([[1, 2]], 2).restMean).toBeNaN();
  });

  it('is shown for a start below the level, with a negative difference', () => {
    const reps = Array.from({ length: 10 }, (_, r) => normals(`low ${r}`, 60).map((e, t) => (t < 20 ? -5 : 0) + e));
    const bias = startupBias(reps, 20);
    expect(bias.shown).toBe(true);
    expect(bias.ci95[1]).toBeLessThan(0);
  });

  it('leaves out points that are not numbers from each part', () => {
    const bias = startupBias(
      [
        [10, Number.NaN, 4, 6],
        [12, 12, 5, 7],
      ],
      2,
    );
    expect(bias.difference).toBe(5.5); // (10 − 5) and (12 − 6): the missing month is left out, not counted as 0 or NaN
  });

  it('is not shown when every replication differs by exactly 0: an interval of one point at 0', () => {
    const bias = startupBias(
      [
        [1, 1, 1, 1],
        [2, 2, 2, 2],
      ],
      2,
    );
    expect(bias.ci95).toEqual([0, 0]);
    expect(bias.shown).toBe(false);
  });

  it('is not shown when nothing is cut off, or with a single replication', () => {
    const reps = Array.from({ length: 10 }, (_, r) => normals(`flat ${r}`, 60));
    expect(startupBias(reps, 0).shown).toBe(false);
    expect(startupBias([normals('one', 60).map((e, t) => (t < 20 ? 100 : 0) + e)], 20).shown).toBe(false);
  });

  it("on settled but slowly wandering series (a queue near full use), is seldom shown, where the batches' own spread would show it most of the time", () => {
    let shown = 0;
    let batchShown = 0;
    const studies = 200;
    for (let k = 0; k < studies; k++) {
      // 20 replications of 10 years of months whose level has a memory of about 3 years
      const reps = Array.from({ length: 20 }, (_, r) => wandering(`study ${k} rep ${r}`, 120, 0.97));
      const mean = averageOverReplications(reps);
      const cut = mser(mean, 5);
      if (cut.truncation === 0) continue;
      if (startupBias(reps, cut.truncation).shown) shown++;
      // the spread of the averaged series' own batches, as if its months were independent
      const batches: number[] = [];
      for (let i = 0; i + 5 <= mean.length; i += 5) batches.push(mean.slice(i, i + 5).reduce((a, b) => a + b, 0) / 5);
      const d = cut.truncation / 5;
      const cutPart = batches.slice(0, d);
      const kept = batches.slice(d);
      const m = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
      const v = kept.reduce((a, b) => a + (b - m(kept)) ** 2, 0) / (kept.length - 1);
      if (Math.abs(m(cutPart) - m(kept)) > 2 * Math.sqrt(v / cutPart.length + v / kept.length)) batchShown++;
    }
    // a test at 95%, made about twice as likely to fire by MSER choosing the cut where the
    // difference is largest: about 10%, and far below the batch spread's rate
    expect(shown / studies).toBeLessThan(0.16);
    expect(batchShown / studies).toBeGreaterThan(0.4);
  });
});
