// `jbsim warmup`'s recommendation (src/experiment/warmup.ts). A series asks for the warm-up MSER-5
// cuts only when the cut is a start-up bias that matters: the 95% interval, across replications,
// of what it cuts off minus the rest lies wholly beyond a threshold (a share of the level the series
// settles at, and at least ABSOLUTE_FLOOR). Wholly within, the cut is negligible; reaching across
// the threshold, these replications cannot tell, and the recommendation says so. Series are built
// by hand (a step at the start of every replication, plus seeded noise), so the size of the
// start-up difference is known.

import { describe, expect, it } from 'vitest';
import { ABSOLUTE_FLOOR, DEFAULT_MATERIAL_SHARE, judgeCut, neededDays } from '../../src/experiment/warmup.js';
import { DAYS_PER_MONTH, DAYS_PER_YEAR } from '../../src/model/units.js';
import { disagreeingGiWait, jbtStep, replicationsWith, study } from '../helpers/warmupStudies.js';

describe('the verdict on a cut, from its mean, its interval and the threshold', () => {
  it('counts an interval wholly beyond the threshold, on either side', () => {
    expect(judgeCut(0.2, [0.11, 0.3], 0.1)).toBe('counts');
    expect(judgeCut(-0.2, [-0.3, -0.11], 0.1)).toBe('counts');
  });

  it('calls an interval wholly within the threshold negligible, its edges included', () => {
    expect(judgeCut(0, [-0.1, 0.1], 0.1)).toBe('negligible');
    expect(judgeCut(0.03, [0.02, 0.04], 0.1)).toBe('negligible');
  });

  it('calls a difference negligible whose interval holds 0 and whose mean is within the threshold', () => {
    // the stock of measures: +2.6 children on 453 (0.6%), threshold 4.5, spread wide
    expect(judgeCut(2.6, [-4.2, 9.4], 4.5)).toBe('negligible');
    expect(judgeCut(-2.6, [-9.4, 0], 4.5)).toBe('negligible');
    expect(judgeCut(2.6, [0, 9.4], 4.5)).toBe('negligible'); // an interval that reaches 0 holds it
  });

  it('calls it unclear otherwise: a mean beyond the threshold whose interval holds 0, or an interval reaching across the threshold', () => {
    expect(judgeCut(18, [-2, 38], 0.6)).toBe('unclear'); // +30% of the level, not shown
    expect(judgeCut(4.5, [-4.2, 13.2], 4.5)).toBe('unclear'); // a mean at the threshold is not within it
    expect(judgeCut(0.21, [0.017, 0.41], 0.05)).toBe('unclear'); // shown, and maybe material
    expect(judgeCut(0.04, [0.01, 0.3], 0.05)).toBe('unclear'); // shown, a small mean, but the interval reaches beyond
    expect(judgeCut(0.2, [0.1, 0.3], 0.1)).toBe('unclear'); // an interval starting at the threshold is not beyond it
    expect(judgeCut(-0.2, [-0.3, -0.1], 0.1)).toBe('unclear');
  });

  it('has no verdict without an interval', () => {
    expect(judgeCut(1, [Number.NaN, 1], 0.1)).toBe('nodata');
    expect(judgeCut(1, [0, Number.POSITIVE_INFINITY], 0.1)).toBe('nodata');
  });
});

describe('the warm-up a settled start needs', () => {
  it('counts a start-up step of 5% of the level: the warm-up covers it', () => {
    const file = study(jbtStep('settled', 0.5));
    const jbt = file.series['waitDays.JBT']!.settled;
    expect(jbt.mserVerdict).toBe('counts');
    expect(jbt.mserThreshold).toBeCloseTo(0.1, 2); // 1% of a level of 10
    expect(jbt.mserCutDifference!.relative).toBeGreaterThan(0.03);
    // the step lasts 40 months: MSER-5 cuts about there, and the recommendation rounds up to a quarter year
    expect(jbt.mserDays / DAYS_PER_MONTH).toBeGreaterThanOrEqual(35);
    expect(jbt.mserDays / DAYS_PER_MONTH).toBeLessThanOrEqual(45);
    expect(file.recommendation.settledWarmupYears).toBe(Math.ceil((jbt.mserDays / DAYS_PER_YEAR) * 4) / 4);
    expect(file.recommendation.immaterialSeries).toEqual([]);
    expect(file.recommendation.unclearSeries).toEqual([]);
  });

  it('leaves out a step of 0.3% of the level, though it is more than noise, and names it', () => {
    const file = study(jbtStep('settled', 0.03));
    const jbt = file.series['waitDays.JBT']!.settled;
    expect(jbt.mserBiasShown).toBe(true); // 20 replications with little noise: the 0.03 is no accident
    expect(jbt.mserVerdict).toBe('negligible');
    expect(neededDays(jbt)).toBe(0);
    expect(file.recommendation.settledWarmupYears).toBeLessThan(jbt.mserDays / DAYS_PER_YEAR);
    const named = file.recommendation.immaterialSeries.find((m) => m.series === 'waitDays.JBT');
    expect(named?.years).toBeCloseTo(jbt.mserDays / DAYS_PER_YEAR, 2);
    expect(named?.relative).toBeGreaterThan(0.002);
    expect(named?.relative).toBeLessThan(DEFAULT_MATERIAL_SHARE);
    expect(file.recommendation.text).toContain('waitDays.JBT: MSER-5 cuts');
    expect(file.recommendation.text).toContain('1% of the rest');
    expect(file.materialShare).toBe(DEFAULT_MATERIAL_SHARE);
  });

  it('counts a step of 0.8% once the share is 0.5%, and not at 1%', () => {
    const steps = jbtStep('settled', 0.08);
    expect(study(steps).series['waitDays.JBT']!.settled.mserVerdict).toBe('negligible');
    const file = study(steps, 0.005);
    const jbt = file.series['waitDays.JBT']!.settled;
    expect(jbt.mserThreshold).toBeCloseTo(0.05, 2);
    expect(jbt.mserVerdict).toBe('counts');
    expect(neededDays(jbt)).toBe(jbt.mserDays);
    expect(file.recommendation.text).toContain('0.5% of the rest');
  });

  it('asks for no warm-up when every series is flat', () => {
    const file = study(jbtStep('settled', 0));
    expect(file.recommendation.settledWarmupYears).toBe(0);
    expect(file.recommendation.emptyWarmupYears).toBe(0);
    expect(file.recommendation.text).toContain('From an empty chain no series shows a start-up bias that counts.');
    expect(file.recommendation.text).toContain('no warm-up');
  });
});

describe('a large difference with a wide interval', () => {
  const noisy = disagreeingGiWait();
  const file = study(noisy, undefined, noisy);
  const gi = file.series['waitDays.GI']!.settled;

  it('is unclear, not noise: it does not count, and the recommendation says more replications will tell', () => {
    expect(gi.mserDays).toBeGreaterThan(0);
    expect(Math.abs(gi.mserCutDifference!.relative!)).toBeGreaterThan(DEFAULT_MATERIAL_SHARE);
    expect(gi.mserVerdict).toBe('unclear');
    expect(neededDays(gi)).toBe(0);
    expect(file.recommendation.unclearSeries.map((u) => u.series)).toEqual(['waitDays.GI']);
    expect(file.recommendation.text).toMatch(/waitDays\.GI \([\d.]+ years(, at MSER-5's limit)?\): 5 replications cannot tell/);
  });
});

describe('a series near a level of 0', () => {
  it('needs a difference of at least the absolute floor: 150% of a level of 0.03 days is 0.04 days', () => {
    const small = replicationsWith('lt', 'waitDays.LT', (t, rng) => 0.03 + (t < 40 ? 0.04 : 0) + 0.002 * rng());
    const lt = study(small).series['waitDays.LT']!.settled;
    expect(lt.mserCutDifference!.relative).toBeGreaterThan(1);
    expect(lt.mserThreshold).toBe(ABSOLUTE_FLOOR);
    expect(lt.mserVerdict).toBe('negligible');
  });

  it('counts any start-up difference beyond the floor from a level of 0: there is no level to compare it with', () => {
    const queue0 = (start: string) => replicationsWith(start, 'waitingForLocalTeam', (t, rng) => (t < 30 ? 0.5 + 0.1 * rng() : 0));
    const file = study(queue0('settled'), undefined, queue0('empty'));
    const queue = file.series.waitingForLocalTeam!.settled;
    expect(queue.mserVerdict).toBe('counts');
    expect(queue.mserCutDifference!.relative).toBeNull(); // Infinity is no JSON number
    expect(file.recommendation.settledWarmupYears).toBeGreaterThanOrEqual(2.5);
  });

  it('judges a series with a negative level against the size of that level', () => {
    const negative = replicationsWith('neg', 'waitDays.court', (t, rng) => -10 + (t < 40 ? 0.5 : 0) + 0.02 * rng());
    const court = study(negative).series['waitDays.court']!.settled;
    expect(court.mserThreshold).toBeCloseTo(0.1, 2);
    expect(court.mserVerdict).toBe('counts');
  });
});

describe("a cut at MSER-5's limit (half the run)", () => {
  it('counts on a series still climbing: it may not settle, and the recommendation says so', () => {
    const climbing = replicationsWith('climb', 'waitDays.JBT', (t, rng) => 10 + 0.05 * t + 0.1 * rng());
    const file = study(climbing, undefined, climbing);
    const jbt = file.series['waitDays.JBT']!.settled;
    expect(jbt.mserAtLimit).toBe(true);
    expect(file.recommendation.unsettledSeries).toEqual(['waitDays.JBT']);
    expect(file.recommendation.emptyUnsettledSeries).toEqual(['waitDays.JBT']);
    expect(file.recommendation.settledWarmupYears).toBe(5);
    expect(file.recommendation.text).toContain('may not settle at all');
    expect(file.recommendation.text).toContain("after 5 years or more (waitDays.JBT at MSER-5's limit)");
  });

  it('does not count on a flat series whose noise put the minimum there', () => {
    // the same level throughout, noisier in the first half: MSER cuts all of that half, but no replication has a start-up bias
    const flat = replicationsWith('flat', 'waitDays.JBT', (t, rng) => 10 + (t < 60 ? 1 : 0.01) * (rng() - 0.5));
    const file = study(flat, undefined, flat);
    const jbt = file.series['waitDays.JBT']!.settled;
    expect(jbt.mserAtLimit).toBe(true);
    expect(jbt.mserVerdict).toBe('negligible');
    expect(file.recommendation.unsettledSeries).toEqual([]);
    expect(file.recommendation.unclearSeries).toEqual([]);
    expect(file.recommendation.settledWarmupYears).toBe(0);
  });
});
