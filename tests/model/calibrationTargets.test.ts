// The calibration targets (src/model/calibration.ts) by value, without a calibration run: what each
// target reads from a replication's result, its band for FoodValley and for a region of another
// size, and which list a scenario is checked against. calibration.test.ts checks the model against
// the bands; this file checks that the bands and the values are the ones written down.

import { describe, expect, it } from 'vitest';
import {
  CALIBRATION_TARGETS,
  calibrationTargets,
  calibrationValues,
  NATIONAL_2023_TARGETS,
  regionScale,
} from '../../src/model/calibration.js';
import { Chain } from '../../src/model/chain.js';
import type { ReplicationResult } from '../../src/model/index.js';
import { valueCountsOf } from '../../src/statistics/valueCounts.js';
import { SEED, pathScenario, scenario, type Plain } from './helpers.js';

/** A real result of a small run, with the system figures the targets read set to known values. */
function resultWith(system: Partial<ReplicationResult['system']>, visitIntervals: number[] = [30, 40]): ReplicationResult {
  const chain = new Chain(pathScenario({ simulation: { warmupYears: 0, years: 1, followUpYears: 0 } }), SEED, 0);
  const r = chain.run();
  return { ...r, system: { ...r.system, ...system }, families: { ...r.families, visitIntervalDays: valueCountsOf(visitIntervals) } };
}

const FIGURES = {
  childrenUnderMeasure: 450,
  childrenIntoMeasure: 390,
  rvdkWaitDays: 21,
  rvdkInvestigationDays: 90,
  otsDurationMonths: 28,
  childrenWithoutGuardian: 18,
  guardianTurnoverPerYear: 0.2,
  guardianCaseloadChildren: 17,
  rvdkInvestigationsStarted: 600,
};

const targetValue = (targets: typeof CALIBRATION_TARGETS, name: string, r: ReplicationResult, over: Plain = {}) =>
  targets.find((t) => t.name === name)!.value(r, scenario({ simulation: { years: 3 } }, over));
const bandOf = (targets: typeof CALIBRATION_TARGETS, name: string, over: Plain = {}) =>
  targets.find((t) => t.name === name)!.band(scenario(over));

describe('the regional targets (FoodValley)', () => {
  const r = resultWith(FIGURES);

  it('read each figure from the result: volumes per year of the observed years, the share without a guardian, the mean visit interval', () => {
    const got = Object.fromEntries(CALIBRATION_TARGETS.map((t) => [t.name, targetValue(CALIBRATION_TARGETS, t.name, r)]));
    expect(got).toEqual({
      childrenUnderMeasure: 450,
      childrenIntoMeasurePerYear: 130,
      rvdkWaitDays: 21,
      rvdkInvestigationDays: 90,
      otsDurationMonths: 28,
      shareWithoutGuardian: 0.04,
      guardianTurnoverPerYear: 0.2,
      visitIntervalDays: 35,
      guardianCaseloadChildren: 17,
    });
  });

  it('no share without a guardian when nobody is under a measure (NaN, not 0 or infinity)', () => {
    expect(
      targetValue(
        CALIBRATION_TARGETS,
        'shareWithoutGuardian',
        resultWith({ ...FIGURES, childrenUnderMeasure: 0, childrenWithoutGuardian: 0 }),
      ),
    ).toBeNaN();
  });

  it('bands as written for FoodValley', () => {
    const bands = Object.fromEntries(CALIBRATION_TARGETS.map((t) => [t.name, t.band(scenario())]));
    expect(bands).toEqual({
      childrenUnderMeasure: [350, 550],
      childrenIntoMeasurePerYear: [100, 170],
      rvdkWaitDays: [5, 40],
      rvdkInvestigationDays: [75, 105],
      otsDurationMonths: [22, 36],
      shareWithoutGuardian: [0.01, 0.1],
      guardianTurnoverPerYear: [0.12, 0.3],
      visitIntervalDays: [28, 56],
      guardianCaseloadChildren: [15, 22],
    });
  });

  it('a region of another size scales the volume bands (2 significant digits), not the rates or durations', () => {
    const ms = scenario().region.municipalities;
    const triple: Plain = { region: { municipalities: ms.map((m) => ({ ...m, youthPopulation: 3 * m.youthPopulation })) } };
    const k = regionScale(scenario(triple));
    expect(regionScale(scenario())).toBeCloseTo(1, 3);
    expect(k).toBeCloseTo(3 * regionScale(scenario()), 9);
    const two = (x: number) => Number(x.toPrecision(2));
    expect(bandOf(CALIBRATION_TARGETS, 'childrenUnderMeasure', triple)).toEqual([two(350 * k), two(550 * k)]);
    expect(bandOf(CALIBRATION_TARGETS, 'childrenIntoMeasurePerYear', triple)).toEqual([two(100 * k), two(170 * k)]);
    expect(bandOf(CALIBRATION_TARGETS, 'childrenUnderMeasure', triple)[0]).not.toBe(350 * k); // rounded
    expect(bandOf(CALIBRATION_TARGETS, 'rvdkWaitDays', triple)).toEqual([5, 40]);
  });

  it('the expected stock is youth × measures per thousand youth, summed over the municipalities', () => {
    const ms = scenario().region.municipalities;
    const stock = ms.reduce((a, m) => a + (m.youthPopulation * m.measuresPerThousandYouth) / 1000, 0);
    const one: Plain = { region: { municipalities: [{ ...ms[0]!, youthPopulation: 10_000, measuresPerThousandYouth: 5 }] } };
    expect(regionScale(scenario(one)) / regionScale(scenario())).toBeCloseTo(50 / stock, 9);
  });
});

describe('the national targets', () => {
  const r = resultWith(FIGURES);

  it('counts RvdK investigations per child, with the mean of the children-per-family distribution', () => {
    const per = (d: Plain) => targetValue(NATIONAL_2023_TARGETS, 'rvdkInvestigationsPerYear', r, { region: { childrenPerFamily: d } });
    expect(per({ kind: 'empirical', values: [1, 3], weights: [3, 1] })).toBeCloseTo(200 * 1.5, 9);
    expect(per({ kind: 'empirical', values: [1, 2, 6] })).toBeCloseTo(200 * 3, 9); // equal weights without weights
    expect(per({ kind: 'deterministic', value: 2 })).toBe(400);
    expect(per({ kind: 'lognormal', mean: 2.5, sd: 1 })).toBeCloseTo(500, 9); // a distribution given by its mean
  });

  it('count the children without a guardian; take the other values from the regional targets', () => {
    expect(targetValue(NATIONAL_2023_TARGETS, 'childrenWithoutGuardian', r)).toBe(18);
    expect(targetValue(NATIONAL_2023_TARGETS, 'childrenIntoMeasurePerYear', r)).toBe(130);
    expect(targetValue(NATIONAL_2023_TARGETS, 'visitIntervalDays', r)).toBe(35);
  });

  it('have bands of their own for the counts, whatever the region', () => {
    const bands = Object.fromEntries(NATIONAL_2023_TARGETS.map((t) => [t.name, t.band(scenario())]));
    expect(bands).toMatchObject({
      childrenUnderMeasure: [24_000, 32_000],
      childrenIntoMeasurePerYear: [7_000, 11_000],
      rvdkInvestigationsPerYear: [11_000, 16_000],
      childrenWithoutGuardian: [1_000, 2_200],
      rvdkWaitDays: [5, 40],
    });
  });

  it('a scenario is checked against the list it names; calibrationValues gives target by replication', () => {
    const nl = scenario({ region: { calibrationTargets: 'national-2023' } });
    expect(calibrationTargets(nl)).toBe(NATIONAL_2023_TARGETS);
    expect(calibrationTargets(scenario())).toBe(CALIBRATION_TARGETS);
    const r2 = resultWith({ ...FIGURES, childrenUnderMeasure: 300 });
    const s = scenario({ simulation: { years: 3 } });
    const values = calibrationValues([r, r2], s);
    expect(values).toHaveLength(CALIBRATION_TARGETS.length);
    expect(values[0]).toEqual([450, 300]);
    expect(values[1]).toEqual([130, 130]);
  });
});
