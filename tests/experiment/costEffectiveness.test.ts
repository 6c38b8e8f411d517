// The price of a reform's improvements: euro per unit improved, only where the improvement is real.

import { describe, expect, it } from 'vitest';
import { costEffectiveness } from '../../src/experiment/costEffectiveness.js';

const table = (cols: Record<string, number[]>) => new Map(Object.entries(cols).map(([k, v]) => [k, Float64Array.from(v)]));

describe('cost per improvement', () => {
  const baseline = {
    years: 5,
    perReplication: table({
      costPerYearEuro: [1e6, 1.1e6, 0.9e6, 1e6],
      coldHandoversPerFamily: [3, 3.2, 2.9, 3.1],
      timeFromRulingToGuardianDays: [40, 42, 38, 41],
      childrenWithoutGuardian: [20, 21, 19, 20],
      professionalsPerFamily: [12, 12, 12, 12],
      measuresStarted: [500, 500, 500, 500],
      cohortFamiliesWithMeasurePerYear: [100, 100, 100, 100],
    }),
  };

  it('prices each unit improved at the extra cost over the units per year', () => {
    // one cold handover fewer per family, 100 families a year, €200,000 more a year: €2,000 each
    const reform = {
      years: 5,
      perReplication: table({
        costPerYearEuro: [1.2e6, 1.3e6, 1.1e6, 1.2e6],
        coldHandoversPerFamily: [2, 2.2, 1.9, 2.1],
        timeFromRulingToGuardianDays: [40, 42, 38, 41],
        childrenWithoutGuardian: [20, 21, 19, 20],
        professionalsPerFamily: [12.5, 11.5, 12.2, 11.8],
        measuresStarted: [500, 500, 500, 500],
        cohortFamiliesWithMeasurePerYear: [100, 100, 100, 100],
      }),
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
      perReplication: table({
        ...Object.fromEntries([...baseline.perReplication].map(([k, v]) => [k, [...v]])),
        costPerYearEuro: [1.2e6, 1.3e6, 1.1e6, 1.2e6],
        coldHandoversPerFamily: [2, 2.2, 1.9, 2.1],
        timeFromRulingToGuardianDays: [30, 32, 28, 31],
        measuresStarted: [540, 540, 540, 540],
      }),
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
        ...Object.fromEntries([...baseline.perReplication].map(([k, v]) => [k, [...v]])),
        coldHandoversPerFamily: [4, 4.2, 3.9, 4.1],
      }),
    };
    const cold = costEffectiveness(worse, baseline)!.improvements.find((i) => i.metric === 'coldHandoversPerFamily')!;
    expect(cold.perYear.mean).toBeLessThan(0);
    expect(cold.euroPerUnit).toBeNull();
  });
});
