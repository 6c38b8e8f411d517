// `jbsim warmup`'s recommendation (src/experiment/warmup.ts): a series asks for the warm-up MSER-5
// cuts only when what it cuts off is a start-up bias that matters: more than noise across the
// replications, and at least the material share of the level the series settles at. Series are
// built by hand (a step at the start of every replication, plus seeded noise), so the size of the
// start-up difference is known.

import { describe, expect, it } from 'vitest';
import { DEFAULT_MATERIAL_SHARE, neededDays } from '../../src/experiment/warmup.js';
import { DAYS_PER_MONTH, DAYS_PER_YEAR } from '../../src/model/units.js';
import { jbtStep, replicationsWith, study } from '../helpers/warmupStudies.js';

describe('the warm-up a settled start needs', () => {
  it('counts a start-up step of 5% of the level: the warm-up covers it', () => {
    const file = study(jbtStep('settled', 0.5));
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
    const file = study(jbtStep('settled', 0.03));
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
    const file = study(jbtStep('settled', 0.03), 0.001);
    const jbt = file.series['waitDays.JBT']!.settled;
    expect(jbt.mserMaterial).toBe(true);
    expect(neededDays(jbt)).toBe(jbt.mserDays);
    expect(file.recommendation.immaterialSeries).toEqual([]);
    expect(file.recommendation.text).toContain('at least 0.1% of the rest');
  });

  it('asks for no warm-up when every series is flat', () => {
    const file = study(jbtStep('settled', 0));
    expect(file.recommendation.settledWarmupYears).toBe(0);
    expect(file.recommendation.text).toContain('no warm-up');
  });
});

describe("a cut at MSER-5's limit (half the run)", () => {
  it('counts on a series still climbing: it may not settle, and the recommendation says so', () => {
    const climbing = replicationsWith('climb', 'waitDays.JBT', (t, rng) => 10 + 0.05 * t + 0.1 * rng());
    const file = study(climbing, undefined, climbing);
    const jbt = file.series['waitDays.JBT']!.settled;
    expect(jbt.mserAtLimit).toBe(true);
    expect(file.recommendation.unsettledSeries).toEqual(['waitDays.JBT']);
    expect(file.recommendation.settledWarmupYears).toBe(5);
    expect(file.recommendation.text).toContain('may not settle at all');
    expect(file.recommendation.text).toContain('after 5 years or more');
  });

  it('does not count on a flat series whose noise put the minimum there', () => {
    // the same level throughout, noisier in the first half: MSER cuts all of that half, but no replication has a start-up bias
    const flat = replicationsWith('flat', 'waitDays.JBT', (t, rng) => 10 + (t < 60 ? 1 : 0.01) * (rng() - 0.5));
    const file = study(flat, undefined, flat);
    const jbt = file.series['waitDays.JBT']!.settled;
    expect(jbt.mserAtLimit).toBe(true);
    expect(jbt.mserBiasShown).toBe(false);
    expect(file.recommendation.unsettledSeries).toEqual([]);
    expect(file.recommendation.settledWarmupYears).toBe(0);
  });
});

describe('a series settled at 0', () => {
  it('counts any start-up difference it shows: there is no level to compare it with', () => {
    const queue0 = (start: string) => replicationsWith(start, 'waitingForLocalTeam', (t, rng) => (t < 30 ? 0.5 + 0.1 * rng() : 0));
    const file = study(queue0('settled'), undefined, queue0('empty'));
    const queue = file.series.waitingForLocalTeam!.settled;
    expect(queue.mserBiasShown).toBe(true);
    expect(queue.mserMaterial).toBe(true);
    expect(queue.mserCutDifference!.relative).toBeNull(); // Infinity is no JSON number
    expect(file.recommendation.settledWarmupYears).toBeGreaterThanOrEqual(2.5);
  });
});
