// `jbsim warmup`'s recommendation (src/experiment/warmup.ts). A series asks for the warm-up MSER-5
// cuts only when the cut is a start-up bias that matters: the 95% interval, across replications,
// of what it cuts off minus the rest lies wholly beyond a threshold (a share of the level the series
// settles at, and at least ABSOLUTE_FLOOR). Wholly within, the cut is negligible; reaching across
// the threshold, these replications cannot tell, and the recommendation says so. Series are built
// by hand (a step at the start of every replication, plus seeded noise), so the size of the
// start-up difference is known.

import { describe, expect, it } from 'vitest';
import { ABSOLUTE_FLOOR, DEFAULT_MATERIAL_SHARE, judgeCut, neededDays, relativeTo, warmupVariants } from '../../src/experiment/warmup.js';
import { DAYS_PER_MONTH, DAYS_PER_YEAR } from '../../src/model/units.js';
import { disagreeingGiWait, jbtStep, MONTHS, replicationsWith, study, studyScenario } from '../helpers/warmupStudies.js';

describe('the verdict on a cut, from its interval and the threshold', () => {
  it('counts an interval wholly beyond the threshold, on either side', () => {
    expect(judgeCut([0.11, 0.3], 0.1)).toBe('counts');
    expect(judgeCut([-0.3, -0.11], 0.1)).toBe('counts');
  });

  it('calls an interval wholly within the threshold negligible, its edges included', () => {
    expect(judgeCut([-0.1, 0.1], 0.1)).toBe('negligible');
    expect(judgeCut([0.02, 0.04], 0.1)).toBe('negligible');
    expect(judgeCut([0.02, 0.1], 0.1)).toBe('negligible');
    expect(judgeCut([-0.1, -0.02], 0.1)).toBe('negligible');
  });

  it('calls an interval reaching across the threshold unclear, also when it holds 0: no sign of a bias is no proof that it is small', () => {
    expect(judgeCut([-4.2, 9.4], 4.5)).toBe('unclear'); // the stock of measures: +2.6 children on 453, spread wide
    expect(judgeCut([-2, 38], 0.6)).toBe('unclear'); // +30% of the level, not shown
    expect(judgeCut([0.017, 0.41], 0.05)).toBe('unclear'); // shown, and maybe material
    expect(judgeCut([-0.3, -0.01], 0.05)).toBe('unclear');
    expect(judgeCut([0.1, 0.3], 0.1)).toBe('unclear'); // an interval starting at the threshold is not beyond it
    expect(judgeCut([-0.3, -0.1], 0.1)).toBe('unclear');
    expect(judgeCut([-0.1, 0.11], 0.1)).toBe('unclear');
    expect(judgeCut([-0.11, 0.1], 0.1)).toBe('unclear');
  });

  it('has no verdict without an interval', () => {
    expect(judgeCut([Number.NaN, 1], 0.1)).toBe('nodata');
    expect(judgeCut([0, Number.POSITIVE_INFINITY], 0.1)).toBe('nodata');
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
    expect(file.recommendation.negligibleSeries).toEqual([]);
    expect(file.recommendation.unclearSeries).toEqual([]);
  });

  it('leaves out a step of 0.3% of the level, though it is more than noise, and names it', () => {
    const file = study(jbtStep('settled', 0.03));
    const jbt = file.series['waitDays.JBT']!.settled;
    expect(jbt.mserBiasShown).toBe(true); // 20 replications with little noise: the 0.03 is no accident
    expect(jbt.mserVerdict).toBe('negligible');
    expect(neededDays(jbt)).toBe(0);
    expect(file.recommendation.settledWarmupYears).toBeLessThan(jbt.mserDays / DAYS_PER_YEAR);
    const named = file.recommendation.negligibleSeries.find((m) => m.series === 'waitDays.JBT');
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
  // built inside the test: a mutation run credits a test only with what runs inside it
  it('is unclear, not noise: it does not count, and the recommendation says more replications will tell', () => {
    const noisy = disagreeingGiWait();
    const file = study(noisy, undefined, noisy);
    const gi = file.series['waitDays.GI']!.settled;
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

describe('the two runs of a study', () => {
  it('are the scenario from an empty chain and from its settled start, observed from day 0 for their years, without follow-up', () => {
    const [empty, settled] = warmupVariants(studyScenario, 30, 10);
    expect(empty.scenario.name).toBe('x (empty)');
    expect(settled.scenario.name).toBe('x (settled)');
    expect(empty.scenario.simulation).toEqual({ warmupYears: 0, start: 'empty', years: 30, followUpYears: 0 });
    expect(settled.scenario.simulation).toEqual({ warmupYears: 0, start: 'settled', years: 10, followUpYears: 0 });
    expect(empty.file).toBe('x.yaml');
    expect(studyScenario.scenario.simulation.warmupYears).toBe(1); // the scenario itself is left as it was
  });
});

describe("a series' report", () => {
  it('has its months, and no threshold, verdict or difference where nothing is cut', () => {
    const file = study(jbtStep('settled', 0));
    const flat = file.series.waitingForLocalTeam!.settled;
    expect(flat.day).toHaveLength(MONTHS);
    expect(flat.day[0]).toBeCloseTo(DAYS_PER_MONTH, 10);
    expect(flat.mserDays).toBe(0);
    expect(flat.mserVerdict).toBe('none');
    expect(flat.mserThreshold).toBeNull();
    expect(flat.mserCutDifference).toBeNull();
  });

  it('counts the replications both starts have, and says so where it cannot tell', () => {
    const file = study(disagreeingGiWait(), undefined, jbtStep('empty', 0));
    expect(file.replications).toBe(5);
    expect(file.recommendation.text).toContain('5 replications cannot tell');
  });
});

describe("the recommendation's text", () => {
  it('says a year, not 1 years, and names what may not settle within the settled run', () => {
    // a GI wait that climbs through the whole run, from both starts
    const climbing = replicationsWith('climb', 'waitDays.GI', (t, rng) => 10 + 0.05 * t + 0.1 * rng());
    const file = study(climbing, undefined, climbing);
    expect(file.recommendation.text).toContain(
      "From an empty chain the series settle after 5 years or more (waitDays.GI at MSER-5's limit).",
    );
    expect(file.recommendation.text).toContain(
      'From the settled start they need a warm-up of 5 years; waitDays.GI may not settle at all within 10 years',
    );
    const oneYear = study(jbtStep('settled', 0.5));
    expect(oneYear.recommendation.settledWarmupYears).toBe(3.5);
    expect(oneYear.recommendation.text).toContain('a warm-up of 3.5 years.');
    expect(oneYear.recommendation.text).toContain("The scenario's simulation.warmupYears is 1.");
  });

  it('names a negligible cut only when it is more than noise and longer than the warm-up, and an unclear one only when longer', () => {
    // the table's wait: a shown but negligible start-up; the GI's wait: replications that disagree
    const settled = jbtStep('settled', 0.03);
    const gi = disagreeingGiWait();
    settled.forEach((r, i) => {
      if (i < gi.length)
        (r.series as unknown as Record<string, number[]>)['waitDays.GI'] = (gi[i]!.series as unknown as Record<string, number[]>)[
          'waitDays.GI'
        ]!;
    });
    const both = study(settled.slice(0, 5));
    // the wait for an investigation is cut too, but by noise within the threshold: not named
    expect(both.series.waitingForInvestigation!.settled).toMatchObject({ mserVerdict: 'negligible', mserBiasShown: false });
    expect(both.recommendation.negligibleSeries.map((m) => m.series)).toEqual(['waitDays.JBT']);
    expect(both.recommendation.unclearSeries.map((u) => u.series)).toEqual(['waitDays.GI']);
    // a start-up that counts for longer than either cut: neither is named any more
    const longer = settled.slice(0, 5).map((r) => {
      const s = { ...(r.series as unknown as Record<string, number[]>) };
      s.childrenUnderMeasure = s.childrenUnderMeasure!.map((v, t) => (t < 58 ? v + 5 : v));
      return { series: s } as unknown as typeof r;
    });
    const file = study(longer);
    expect(file.recommendation.settledWarmupYears).toBe(5); // the stock's start-up, cut at MSER's limit
    expect(file.series['waitDays.GI']!.settled.mserVerdict).toBe('unclear'); // still unclear, but within the warm-up
    expect(file.recommendation.negligibleSeries).toEqual([]);
    expect(file.recommendation.unclearSeries).toEqual([]);
  });
});

describe('the size of a difference against its level', () => {
  it('is the share of the size of the level, and from a level of 0 infinite, unless there is no difference', () => {
    expect(relativeTo(2, -4)).toBe(0.5);
    expect(relativeTo(-1, 4)).toBe(-0.25);
    expect(relativeTo(1, 0)).toBe(Number.POSITIVE_INFINITY);
    expect(relativeTo(-1, 0)).toBe(Number.NEGATIVE_INFINITY);
    expect(relativeTo(0, 0)).toBe(0);
  });
});

describe('the whole recommendation', () => {
  it('reads as one text, sentence by sentence', () => {
    const file = study(jbtStep('settled', 0.5), undefined, jbtStep('settled', 0.5));
    expect(file.scenario).toEqual({ name: 'x', file: 'x.yaml', hash: 'h' });
    const jbt = file.series['waitDays.JBT']!.settled;
    expect(jbt.mserCutDifference!.ci95).toEqual([expect.any(Number), expect.any(Number)]);
    expect(jbt.mserCutDifference!.ci95[0]!).toBeLessThan(jbt.mserCutDifference!.mean!);
    expect(file.recommendation.text).toBe(
      'From an empty chain the series settle after 3.5 years. From the settled start they need a warm-up of 3.5 years. ' +
        "A cut counts when the 95% interval of what it cuts off minus the rest lies wholly beyond the threshold: 1% of the rest's level and at least 0.05 in the series' unit (--material). " +
        "The scenario's simulation.warmupYears is 1.",
    );
  });

  it('says "1 year"', () => {
    // a start-up of 10 months without noise: cut at 304 days, rounded up to a whole year
    const tenMonths = replicationsWith('ten', 'waitDays.JBT', (t) => 10 + (t < 10 ? 0.5 : 0));
    const file = study(tenMonths, undefined, tenMonths);
    expect(file.recommendation.settledWarmupYears).toBe(1);
    expect(file.recommendation.text).toContain('From an empty chain the series settle after 1 year.');
    expect(file.recommendation.text).toContain('they need a warm-up of 1 year.');
  });

  it("names an unclear cut at MSER-5's limit as such", () => {
    let offset = 0;
    const long = replicationsWith(
      'long',
      'waitDays.GI',
      (t, rng) => {
        if (t === 0) offset = 8 * (rng() - 0.3);
        return 30 + (t < 66 ? offset : 0) + 2 * (rng() - 0.5);
      },
      5,
    );
    const file = study(long, undefined, long);
    expect(file.recommendation.unclearSeries).toEqual([{ series: 'waitDays.GI', years: 5, atLimit: true }]);
    expect(file.recommendation.text).toContain("waitDays.GI (5 years, at MSER-5's limit): 5 replications cannot tell");
  });

  it('cuts the months to the shortest replication', () => {
    const reps = jbtStep('settled', 0);
    const shorter = reps.map((r, i) => {
      if (i !== 1) return r;
      const s = Object.fromEntries(Object.entries(r.series as unknown as Record<string, number[]>).map(([k, v]) => [k, v.slice(0, 100)]));
      return { series: s } as unknown as typeof r;
    });
    const jbt = study(shorter).series['waitDays.JBT']!.settled;
    expect(jbt.mean).toHaveLength(100);
    expect(jbt.day).toHaveLength(100);
  });

  it('names an unclear cut that is more than noise as unclear, not as negligible', () => {
    // 0.1 on 10: exactly the threshold; 20 tight replications show it, but cannot tell which side of 0.1 it is
    const file = study(jbtStep('settled', 0.1));
    const jbt = file.series['waitDays.JBT']!.settled;
    expect(jbt).toMatchObject({ mserVerdict: 'unclear', mserBiasShown: true });
    expect(file.recommendation.negligibleSeries).toEqual([]);
    expect(file.recommendation.unclearSeries.map((u) => u.series)).toEqual(['waitDays.JBT']);
  });

  it('does not name an unclear cut as long as the warm-up: it is covered', () => {
    // the table's start-up counts; the GI's replications disagree about theirs, over the same 40 months
    const settled = jbtStep('settled', 0.5).slice(0, 5);
    const gi = disagreeingGiWait();
    settled.forEach((r, i) => {
      (r.series as unknown as Record<string, number[]>)['waitDays.GI'] = (gi[i]!.series as unknown as Record<string, number[]>)[
        'waitDays.GI'
      ]!;
    });
    const file = study(settled);
    const [jbt, giReport] = [file.series['waitDays.JBT']!.settled, file.series['waitDays.GI']!.settled];
    expect(giReport.mserVerdict).toBe('unclear');
    expect(giReport.mserDays).toBe(jbt.mserDays); // the precondition: cuts of the same length
    expect(jbt.mserVerdict).toBe('counts');
    expect(file.recommendation.unclearSeries).toEqual([]);
    expect(file.recommendation.text).not.toContain('cannot tell');
  });
});

describe('lists of series in the text', () => {
  it('are joined with commas', () => {
    // the table's and the GI's waits climb through the whole run, from both starts
    const climbing = replicationsWith('climb2', 'waitDays.GI', (t, rng) => 10 + 0.05 * t + 0.1 * rng()).map((r, i) => {
      const s = r.series as unknown as Record<string, number[]>;
      s['waitDays.JBT'] = s['waitDays.GI']!.map((v) => v + 0.01 * i);
      return r;
    });
    const text = study(climbing, undefined, climbing).recommendation.text;
    expect(text).toContain("or more (waitDays.JBT, waitDays.GI at MSER-5's limit)");
    expect(text).toContain('waitDays.JBT, waitDays.GI may not settle at all');
  });

  it('of unclear cuts too', () => {
    const settled = disagreeingGiWait().map((r) => {
      const s = r.series as unknown as Record<string, number[]>;
      s['waitDays.RvdK'] = s['waitDays.GI']!.map((v) => v - 20);
      return r;
    });
    expect(study(settled).recommendation.text).toMatch(
      /^.*waitDays\.RvdK \([\d.]+ years\), waitDays\.GI \([\d.]+ years\): 5 replications cannot tell/,
    );
  });
});

describe('a series a replication does not have', () => {
  it('is empty: nothing to average, nothing cut', () => {
    const reps = jbtStep('settled', 0).map((r) => {
      const s = { ...(r.series as unknown as Record<string, number[]>) };
      delete s['waitDays.court'];
      return { series: s } as unknown as typeof r;
    });
    const court = study(reps).series['waitDays.court']!.settled;
    expect(court.mean).toEqual([]);
    expect(court.mserVerdict).toBe('none');
  });
});
