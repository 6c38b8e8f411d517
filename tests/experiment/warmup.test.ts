// `jbsim warmup`'s recommendation (src/experiment/warmup.ts): a series asks for the warm-up MSER-5
// cuts only when what it cuts off is a start-up bias that matters: more than noise across the
// replications, and at least the material share of the level the series settles at. Series are
// built by hand (a step at the start of every replication, plus seeded noise), so the size of the
// start-up difference is known.

import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MATERIAL_SHARE, WARMUP_SERIES, neededDays, warmupFile } from '../../src/experiment/warmup.js';
import type { LoadedScenario } from '../../src/experiment/summarise.js';
import type { ReplicationResult } from '../../src/model/index.js';
import { DAYS_PER_MONTH, DAYS_PER_YEAR } from '../../src/model/units.js';

const MONTHS = 120;

/** Monthly values: `level`, raised by `step` in the first `stepMonths`, plus noise of sd `sd`. */
function series(seed: string, level: number, step: number, stepMonths: number, sd: number): number[] {
  const rng = seedrandom(seed);
  return Array.from({ length: MONTHS }, (_, t) => {
    const noise = Math.sqrt(-2 * Math.log(1 - rng())) * Math.cos(2 * Math.PI * rng());
    return level + (t < stepMonths ? step : 0) + sd * noise;
  });
}

/** Replications whose headline series are flat at 10 except `waitDays.JBT`, which starts `step` higher for 40 months. */
function replications(start: string, step: number, count = 20): ReplicationResult[] {
  return Array.from({ length: count }, (_, r) => {
    const s: Record<string, number[]> = { day: Array.from({ length: MONTHS }, (_, t) => (t + 1) * DAYS_PER_MONTH) };
    for (const name of WARMUP_SERIES) s[name] = series(`${start} ${name} ${r}`, 10, 0, 0, 0.02);
    s['waitDays.JBT'] = series(`${start} JBT ${r}`, 10, step, 40, 0.02);
    return { series: s } as unknown as ReplicationResult;
  });
}

const base = {
  file: 'x.yaml',
  hash: 'h',
  scenario: { name: 'x', simulation: { warmupYears: 1 } },
} as unknown as LoadedScenario;

function study(step: number, materialShare?: number) {
  const flat = replications('empty', 0);
  return warmupFile(base, flat, replications('settled', step), {
    seed: 1,
    emptyYears: 10,
    settledYears: 10,
    materialShare,
    version: 'test',
    provenance: {},
  });
}

describe('the warm-up a settled start needs', () => {
  it('counts a start-up step of 5% of the level: the warm-up covers it', () => {
    const file = study(0.5);
    const jbt = file.series['waitDays.JBT']!.settled;
    expect(jbt.mserBiasShown).toBe(true);
    expect(jbt.mserMaterial).toBe(true);
    expect(jbt.mserCutDifference!.relative).toBeGreaterThan(0.03);
    // the step lasts 40 months: MSER-5 cuts about there, and the recommendation rounds up to a quarter year
    expect(jbt.mserDays / DAYS_PER_MONTH).toBeGreaterThanOrEqual(35);
    expect(jbt.mserDays / DAYS_PER_MONTH).toBeLessThanOrEqual(45);
    expect(file.recommendation.settledWarmupYears).toBe(Math.ceil((jbt.mserDays / DAYS_PER_YEAR) * 4) / 4);
    expect(file.recommendation.immaterialSeries).toEqual([]);
  });

  it('leaves out a step of 0.3% of the level, though it is more than noise, and names it', () => {
    const file = study(0.03);
    const jbt = file.series['waitDays.JBT']!.settled;
    expect(jbt.mserBiasShown).toBe(true); // 20 replications with little noise: the 0.03 is no accident
    expect(jbt.mserMaterial).toBe(false);
    expect(neededDays(jbt)).toBe(0);
    expect(file.recommendation.settledWarmupYears).toBeLessThan(jbt.mserDays / DAYS_PER_YEAR);
    const named = file.recommendation.immaterialSeries.find((m) => m.series === 'waitDays.JBT');
    expect(named?.years).toBeCloseTo(jbt.mserDays / DAYS_PER_YEAR, 10);
    expect(named?.relative).toBeGreaterThan(0.002);
    expect(named?.relative).toBeLessThan(DEFAULT_MATERIAL_SHARE);
    expect(file.recommendation.text).toContain('waitDays.JBT: MSER-5 cuts');
    expect(file.recommendation.text).toContain('under 1%');
    expect(file.materialShare).toBe(DEFAULT_MATERIAL_SHARE);
  });

  it('counts the same small step once the material share is below it', () => {
    const file = study(0.03, 0.001);
    const jbt = file.series['waitDays.JBT']!.settled;
    expect(jbt.mserMaterial).toBe(true);
    expect(neededDays(jbt)).toBe(jbt.mserDays);
    expect(file.recommendation.immaterialSeries).toEqual([]);
    expect(file.recommendation.text).toContain('at least 0.1% of the rest');
  });

  it('asks for no warm-up when every series is flat', () => {
    const file = study(0);
    expect(file.recommendation.settledWarmupYears).toBe(0);
    expect(file.recommendation.text).toContain('no warm-up');
  });
});

describe("a cut at MSER-5's limit (half the run)", () => {
  /** Replications flat at 10 but for `JBT`, given month by month. */
  const runs = (start: string, jbt: (t: number, rng: () => number) => number) =>
    Array.from({ length: 20 }, (_, r) => {
      const s: Record<string, number[]> = { day: Array.from({ length: MONTHS }, (_, t) => (t + 1) * DAYS_PER_MONTH) };
      for (const name of WARMUP_SERIES) s[name] = series(`${start} ${name} ${r}`, 10, 0, 0, 0.02);
      const rng = seedrandom(`${start} JBT ${r}`);
      s['waitDays.JBT'] = Array.from({ length: MONTHS }, (_, t) => jbt(t, rng));
      return { series: s } as unknown as ReplicationResult;
    });
  const options = { seed: 1, emptyYears: 10, settledYears: 10, version: 't', provenance: {} };

  it('counts on a series still climbing: it may not settle, and the recommendation says so', () => {
    const climbing = runs('climb', (t, rng) => 10 + 0.05 * t + 0.1 * rng());
    const file = warmupFile(base, climbing, climbing, options);
    const jbt = file.series['waitDays.JBT']!.settled;
    expect(jbt.mserAtLimit).toBe(true);
    expect(file.recommendation.unsettledSeries).toEqual(['waitDays.JBT']);
    expect(file.recommendation.settledWarmupYears).toBe(5);
    expect(file.recommendation.text).toContain('may not settle at all');
    expect(file.recommendation.text).toContain('after 5 years or more');
  });

  it('does not count on a flat series whose noise put the minimum there', () => {
    // the same level throughout, noisier in the first half: MSER cuts all of that half, but no replication has a start-up bias
    const flat = runs('flat', (t, rng) => 10 + (t < 60 ? 1 : 0.01) * (rng() - 0.5));
    const file = warmupFile(base, flat, flat, options);
    const jbt = file.series['waitDays.JBT']!.settled;
    expect(jbt.mserAtLimit).toBe(true);
    expect(jbt.mserBiasShown).toBe(false);
    expect(file.recommendation.unsettledSeries).toEqual([]);
    expect(file.recommendation.settledWarmupYears).toBe(0);
  });
});

describe('a series settled at 0', () => {
  it('counts any start-up difference it shows: there is no level to compare it with', () => {
    const zero = (start: string) =>
      Array.from({ length: 20 }, (_, r) => {
        const s: Record<string, number[]> = { day: Array.from({ length: MONTHS }, (_, t) => (t + 1) * DAYS_PER_MONTH) };
        for (const name of WARMUP_SERIES) s[name] = series(`${start} ${name} ${r}`, 10, 0, 0, 0.02);
        const rng = seedrandom(`${start} queue ${r}`);
        s.waitingForLocalTeam = Array.from({ length: MONTHS }, (_, t) => (t < 30 ? 0.5 + 0.1 * rng() : 0));
        return { series: s } as unknown as ReplicationResult;
      });
    const file = warmupFile(base, zero('empty'), zero('settled'), {
      seed: 1,
      emptyYears: 10,
      settledYears: 10,
      version: 't',
      provenance: {},
    });
    const queue = file.series.waitingForLocalTeam!.settled;
    expect(queue.mserBiasShown).toBe(true);
    expect(queue.mserMaterial).toBe(true);
    expect(queue.mserCutDifference!.relative).toBeNull(); // Infinity is no JSON number
    expect(file.recommendation.settledWarmupYears).toBeGreaterThanOrEqual(2.5);
  });
});
