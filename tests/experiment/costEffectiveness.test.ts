// The price of a reform's improvements: euro per unit improved, only where the improvement is real.

import { describe, expect, it } from 'vitest';
import { costEffectiveness } from '../../src/experiment/costEffectiveness.js';

const table = (cols: Record<string, number[]>) => new Map(Object.entries(cols).map(([k, v]) => [k, Float64Array.from(v)]));

/** A baseline's per-replication values: 100 families with a measure a year, 500 measures in 5 years. */
const BASE = {
  costPerYearEuro: [1e6, 1.1e6, 0.9e6, 1e6],
  coldHandoversPerFamily: [3, 3.2, 2.9, 3.1],
  timeFromRulingToGuardianDays: [40, 42, 38, 41],
  childrenWithoutGuardian: [20, 21, 19, 20],
  professionalsPerFamily: [12, 12, 12, 12],
  measuresStarted: [500, 500, 500, 500],
  cohortFamiliesWithMeasurePerYear: [100, 100, 100, 100],
};

/** A reform that costs €200,000 a year more and has one cold handover fewer per family. */
const FEWER_COLD = { ...BASE, costPerYearEuro: [1.2e6, 1.3e6, 1.1e6, 1.2e6], coldHandoversPerFamily: [2, 2.2, 1.9, 2.1] };

describe('cost per improvement', () => {
  const baseline = { years: 5, perReplication: table(BASE) };

  it('prices each unit improved at the extra cost over the units per year', () => {
    // one cold handover fewer per family, 100 families a year, €200,000 more a year: €2,000 each
    const reform = {
      years: 5,
      perReplication: table({ ...FEWER_COLD, professionalsPerFamily: [12.5, 11.5, 12.2, 11.8] }),
    };
    const ce = costEffectiveness(reform, baseline)!;
    expect(ce.costPerYearEuro.mean).toBeCloseTo(200_000, 6);
    const cold = ce.improvements.find((i) => i.metric === 'coldHandoversPerFamily')!;
    expect(cold.perYear.mean).toBeCloseTo(100, 9);
    expect(cold.euroPerUnit!.estimate).toBeCloseTo(2000, 6);
    expect(cold.euroPerUnit!.ci95![0]).toBeLessThanOrEqual(2000);
    // no change in waiting, and a change in professionals that is noise: no price for either
    expect(ce.improvements.find((i) => i.metric === 'timeFromRulingToGuardianDays')!.euroPerUnit).toBeNull();
    expect(ce.improvements.find((i) => i.metric === 'professionalsPerFamily')!.euroPerUnit).toBeNull();
  });

  it('counts a per-family improvement for the families a year, and the time to a first visit for the measures a year', () => {
    // 540 measures in 5 years (108 a year) for 100 families a year: some families have two
    const reform = {
      years: 5,
      perReplication: table({ ...FEWER_COLD, timeFromRulingToGuardianDays: [30, 32, 28, 31], measuresStarted: [540, 540, 540, 540] }),
    };
    const ce = costEffectiveness(reform, baseline)!;
    const perYear = (metric: string) => ce.improvements.find((i) => i.metric === metric)!.perYear.mean;
    expect(perYear('coldHandoversPerFamily')).toBeCloseTo(100, 9);
    expect(perYear('timeFromRulingToGuardianDays')).toBeCloseTo(10 * 108, 9);
  });

  it('names each unit by what its metric measures', () => {
    // the time runs from the ruling to the first visit, so a unit is that visit a day sooner
    // for one family, not a day less on the GI's waiting list
    const units = Object.fromEntries(costEffectiveness(baseline, baseline)!.improvements.map((i) => [i.metric, i.unit]));
    expect(units.timeFromRulingToGuardianDays).toBe("day sooner to a family's first visit by a guardian after the ruling");
    expect(units.coldHandoversPerFamily).toBe('cold handover avoided');
  });

  it('gives no price to a worsening', () => {
    const worse = {
      years: 5,
      perReplication: table({
        ...BASE,
        coldHandoversPerFamily: [4, 4.2, 3.9, 4.1],
      }),
    };
    const cold = costEffectiveness(worse, baseline)!.improvements.find((i) => i.metric === 'coldHandoversPerFamily')!;
    expect(cold.perYear.mean).toBeLessThan(0);
    expect(cold.euroPerUnit).toBeNull();
  });
});

describe('what is priced, and over what', () => {
  const base = BASE;
  // every priced metric better by a clear amount, the cost €200,000 a year more
  const better = {
    ...base,
    costPerYearEuro: [1.2e6, 1.3e6, 1.1e6, 1.2e6],
    coldHandoversPerFamily: [2, 2.2, 1.9, 2.1],
    timeFromRulingToGuardianDays: [30, 32, 28, 31],
    childrenWithoutGuardian: [15, 16, 14, 15],
    professionalsPerFamily: [11, 11, 11, 11],
  };
  const without = (cols: Record<string, number[]>, ...keys: string[]) =>
    Object.fromEntries(Object.entries(cols).filter(([k]) => !keys.includes(k)));
  const priced = (s: Record<string, number[]>, b: Record<string, number[]> = base) =>
    costEffectiveness({ years: 5, perReplication: table(s) }, { years: 5, perReplication: table(b) });
  const perYear = (ce: ReturnType<typeof priced>) => Object.fromEntries(ce!.improvements.map((i) => [i.metric, i.perYear.mean]));

  it('prices every headline improvement, each in its own unit a year, and nothing else', () => {
    const ce = priced(better)!;
    expect(ce.improvements.map((i) => i.metric)).toEqual([
      'coldHandoversPerFamily',
      'timeFromRulingToGuardianDays',
      'childrenWithoutGuardian',
      'professionalsPerFamily',
    ]);
    const y = perYear(ce);
    // per family: × 100 families a year; per measure: × 500 / 5 = 100 measures a year
    expect(y.coldHandoversPerFamily).toBeCloseTo(100, 9);
    expect(y.timeFromRulingToGuardianDays).toBeCloseTo(10 * 100, 9);
    expect(y.professionalsPerFamily).toBeCloseTo(100, 9);
    // a time-averaged count of children is already child-years a year: not scaled by any count
    expect(y.childrenWithoutGuardian).toBeCloseTo(5, 9);
    expect(ce.improvements.find((i) => i.metric === 'childrenWithoutGuardian')!.euroPerUnit!.estimate).toBeCloseTo(200_000 / 5, 6);
    expect(ce.improvements.map((i) => i.unit)).toEqual([
      'cold handover avoided',
      "day sooner to a family's first visit by a guardian after the ruling",
      'child-year without a guardian avoided',
      'professional fewer for a family',
    ]);
  });

  it('gives nothing without the cost on either side', () => {
    expect(priced(without(better, 'costPerYearEuro'))).toBeNull();
    expect(priced(better, without(base, 'costPerYearEuro'))).toBeNull();
    expect(priced(without(better, 'costPerYearEuro'), without(base, 'costPerYearEuro'))).toBeNull();
  });

  it('leaves out a metric either side lacks, and the others are priced all the same', () => {
    expect(Object.keys(perYear(priced(without(better, 'coldHandoversPerFamily'))))).toEqual([
      'timeFromRulingToGuardianDays',
      'childrenWithoutGuardian',
      'professionalsPerFamily',
    ]);
    expect(Object.keys(perYear(priced(better, without(base, 'professionalsPerFamily'))))).toEqual([
      'coldHandoversPerFamily',
      'timeFromRulingToGuardianDays',
      'childrenWithoutGuardian',
    ]);
  });

  it('leaves out a metric whose count of families or measures the scenario lacks', () => {
    // no families a year: the two per-family metrics cannot be priced; the time per measure can
    expect(Object.keys(perYear(priced(without(better, 'cohortFamiliesWithMeasurePerYear'))))).toEqual([
      'timeFromRulingToGuardianDays',
      'childrenWithoutGuardian',
    ]);
    // no measures: the time to a first visit cannot be priced, the per-family metrics can
    expect(Object.keys(perYear(priced(without(better, 'measuresStarted'))))).toEqual([
      'coldHandoversPerFamily',
      'childrenWithoutGuardian',
      'professionalsPerFamily',
    ]);
    // the same with no replications at all: left out, not priced as an empty estimate
    const none = Object.fromEntries(Object.keys(base).map((k) => [k, [] as number[]]));
    expect(priced(without(none, 'measuresStarted'), none)!.improvements.map((i) => i.metric)).not.toContain('timeFromRulingToGuardianDays');
  });

  it('leaves out a metric with a replication that has no value', () => {
    // no first visit in one replication: the mean time is NaN there
    const ce = priced({ ...better, timeFromRulingToGuardianDays: [30, Number.NaN, 28, 31] });
    expect(ce!.improvements.map((i) => i.metric)).not.toContain('timeFromRulingToGuardianDays');
    expect(ce!.improvements.map((i) => i.metric)).toContain('coldHandoversPerFamily');
  });

  it('prices a metric over the replications both sides have', () => {
    const ce = priced({ ...better, coldHandoversPerFamily: [...better.coldHandoversPerFamily, 0] });
    expect(perYear(ce).coldHandoversPerFamily).toBeCloseTo(100, 9);
  });
});
