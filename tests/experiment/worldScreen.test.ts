// The rule that decides whether a plausible world looks like today's chain (src/experiment/worldScreen.ts):
// a band holds its edges, a target is judged on the mean of the replications that have a value,
// a target without any value is not judged, and a world needs one judged target and no miss; and
// what the worlds that pass say about each assumption.

import { describe, expect, it } from 'vitest';
import { bandVerdicts, looksLikeToday, parameterShifts, type ParameterShift } from '../../src/experiment/worldScreen.js';
import { RandomStreams } from '../../src/kernel/random.js';

const SCREEN = [
  { name: 'rvdkWaitDays', band: [5, 40] as [number, number] },
  { name: 'otsDurationMonths', band: [22, 36] as [number, number] },
];
/** Target t's value in replication j, from a table [target][replication]. */
const from = (table: number[][]) => (t: number, j: number) => table[t]![j]!;

describe('bandVerdicts', () => {
  it('counts both edges of a band as inside, and the values just past them as outside', () => {
    expect(bandVerdicts(SCREEN, 1, from([[5], [36]]))).toEqual([true, true]);
    expect(bandVerdicts(SCREEN, 1, from([[40], [22]]))).toEqual([true, true]);
    expect(bandVerdicts(SCREEN, 1, from([[4.999], [36.001]]))).toEqual([false, false]);
    expect(bandVerdicts(SCREEN, 1, from([[40.001], [21.999]]))).toEqual([false, false]);
  });

  it('judges a target on the mean over the replications that have a value, and not at all without one', () => {
    // 3 and 9: each outside on its own, their mean 6 inside; NaN left out of the mean
    expect(
      bandVerdicts(
        SCREEN,
        3,
        from([
          [3, NaN, 9],
          [NaN, NaN, NaN],
        ]),
      ),
    ).toEqual([true, null]);
    expect(
      bandVerdicts(
        SCREEN,
        2,
        from([
          [1, 2],
          [30, 50],
        ]),
      ),
    ).toEqual([false, false]);
    // only the replications asked for are read
    expect(
      bandVerdicts(
        SCREEN,
        1,
        from([
          [20, 1000],
          [30, 1000],
        ]),
      ),
    ).toEqual([true, true]);
  });
});

describe('looksLikeToday', () => {
  it('needs every judged target inside and at least one judged', () => {
    expect(looksLikeToday([true, true])).toBe(true);
    expect(looksLikeToday([true, null])).toBe(true);
    expect(looksLikeToday([null, true])).toBe(true);
    expect(looksLikeToday([true, false])).toBe(false);
    expect(looksLikeToday([false, null])).toBe(false);
    expect(looksLikeToday([null, null])).toBe(false);
    expect(looksLikeToday([])).toBe(false);
  });
});

describe('what the worlds like today say about a parameter', () => {
  /** The values 1 … 5 drawn, 1, 2 and 3 kept. */
  const expectOneToFiveKeptLow = (shift: ParameterShift | undefined) => {
    // ranks 0 … 4; kept 0, 1 and 2: sum 3 against n(N − 1)/2 = 6, sd √(3 · 2 · 6 / 12) = √3
    expect(shift?.z).toBeCloseTo(-3 / Math.sqrt(3), 12);
    // percentiles interpolated between order statistics: 1 + 0.1 × 4 = 1.4 …
    expect(shift?.drawn.median).toBe(3);
    expect(shift?.drawn.p10).toBeCloseTo(1.4, 12);
    expect(shift?.drawn.p90).toBeCloseTo(4.6, 12);
    expect(shift?.kept.median).toBe(2);
    expect(shift?.kept.p10).toBeCloseTo(1.2, 12);
    expect(shift?.kept.p90).toBeCloseTo(2.8, 12);
  };

  it('gives the rank-sum z of the kept values among all drawn', () => {
    const [shift] = parameterShifts(['a'], [[1], [2], [3], [4], [5]], [0, 1, 2]);
    expectOneToFiveKeptLow(shift);
  });

  it('finds the parameter the bands constrain, and not one they ignore', () => {
    const stream = new RandomStreams(3, 0).stream('design');
    const design = Array.from({ length: 400 }, () => [stream.next(), stream.next()]);
    // kept: the worlds whose first parameter is below 0.3
    const kept = design.flatMap((row, k) => (row[0]! < 0.3 ? [k] : []));
    const [first, second] = parameterShifts(['constrained', 'ignored'], design, kept);
    expect(first?.path).toBe('constrained');
    expect(first?.z).toBeLessThan(-10);
    expect(first?.standsOut).toBe(true);
    expect(first?.kept.p90).toBeLessThan(0.3);
    expect(second?.path).toBe('ignored');
    expect(Math.abs(second?.z ?? NaN)).toBeLessThan(3);
    expect(second?.standsOut).toBe(false);
    // the same worlds kept the other way round: the sign turns
    const above = design.flatMap((row, k) => (row[0]! >= 0.3 ? [k] : []));
    expect(parameterShifts(['constrained', 'ignored'], design, above)[0]?.z).toBeGreaterThan(10);
  });

  it('takes the percentiles of the values in order, whatever order the worlds were drawn in', () => {
    // the same values as 1 … 5 above, drawn out of order: worlds 1, 3 and 4 hold 1, 2 and 3
    const [shift] = parameterShifts(['a'], [[5], [1], [4], [2], [3]], [1, 3, 4]);
    expectOneToFiveKeptLow(shift);
    // negative values: a sum of two in place of their difference would misorder them
    const [negative] = parameterShifts(['a'], [[-1], [-5], [-3], [-4], [-2]], [0, 2, 4]);
    expect(negative?.drawn.median).toBe(-3);
    expect(negative?.drawn.p10).toBeCloseTo(-4.6, 12);
    expect(negative?.kept.median).toBe(-2);
    expect(negative?.kept.p10).toBeCloseTo(-2.8, 12);
  });

  it("orders the parameters by |z|, a lower shift as far as a higher, ties in the parameters' order", () => {
    // 10 worlds, the first 5 kept; ranks 0 … 9, so a rank sum of 22.5 is no shift and the sd is √(5 · 5 · 11 / 12)
    const sd = Math.sqrt(275 / 12);
    const column = {
      zero: [0, 9, 1, 8, 4, 2, 3, 5, 6, 7], // kept ranks sum to 22: z = −0.5 / sd
      mid: [0, 1, 2, 3, 5, 4, 6, 7, 8, 9], // 11: z = −11.5 / sd
      low: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], // 10: z = −12.5 / sd
      high: [9, 8, 7, 6, 5, 4, 3, 2, 1, 0], // 35: z = +12.5 / sd
    };
    const paths = Object.keys(column) as (keyof typeof column)[];
    const design = Array.from({ length: 10 }, (_, k) => paths.map((p) => column[p][k]!));
    const shifts = parameterShifts(paths, design, [0, 1, 2, 3, 4]);
    expect(shifts.map((s) => s.path)).toEqual(['low', 'high', 'mid', 'zero']);
    expect(shifts.map((s) => s.z * sd)).toEqual([-12.5, 12.5, -11.5, -0.5].map((x) => expect.closeTo(x, 10)));
    // Bonferroni over 4 parameters: |z| above the 1 − 0.025 / 4 quantile, 2.50; 12.5 / sd = 2.61 is, 11.5 / sd = 2.40 is not
    expect(shifts.map((s) => s.standsOut)).toEqual([true, true, false, false]);
    // the same columns in another order: the order of |z| again, the tie in the new order of the parameters
    const reversed = [...paths].reverse();
    const shuffled = parameterShifts(
      reversed,
      design.map((row) => [...row].reverse()),
      [0, 1, 2, 3, 4],
    );
    expect(shuffled.map((s) => s.path)).toEqual(['high', 'low', 'mid', 'zero']);
    // three equal columns: all tied, in their own order
    const same = parameterShifts(
      ['x', 'y', 'z'],
      Array.from({ length: 10 }, (_, k) => [k, k, k]),
      [0, 2, 4],
    );
    expect(same.map((s) => s.path)).toEqual(['x', 'y', 'z']);
  });

  it('says nothing with fewer than 3 worlds kept, or with none left out', () => {
    const design = [[1], [2], [3], [4], [5]];
    expect(parameterShifts(['a'], design, [0, 1])).toEqual([]);
    expect(parameterShifts(['a'], design, [0, 1, 2, 3, 4])).toEqual([]);
    expect(parameterShifts(['a'], design, [0, 1, 2])).toHaveLength(1);
  });

  it('needs Bonferroni over every parameter to stand out', () => {
    // z = −2.3 stands out alone (two-sided 5%: 1.96) but not among 10 parameters (2.81)
    const design = Array.from({ length: 40 }, (_, k) => [k]);
    const kept = [0, 1, 2, 3, 6, 9, 14, 20, 30, 35];
    const [alone] = parameterShifts(['a'], design, kept);
    expect(Math.abs(alone?.z ?? NaN)).toBeGreaterThan(1.96);
    expect(Math.abs(alone?.z ?? NaN)).toBeLessThan(2.81);
    expect(alone?.standsOut).toBe(true);
    const wide = Array.from({ length: 40 }, (_, k) => Array.from({ length: 10 }, () => k));
    expect(
      parameterShifts(
        Array.from({ length: 10 }, (_, j) => `p${j}`),
        wide,
        kept,
      ).every((s) => !s.standsOut),
    ).toBe(true);
  });
});
