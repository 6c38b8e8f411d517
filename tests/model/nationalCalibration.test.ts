// The national targets (region.calibrationTargets: national-2023): counts of the whole country
// with their source and year, the RvdK's investigations counted per child as the Raad counts them,
// and the regional list unchanged for every other scenario.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CALIBRATION_TARGETS, calibrationTargets, calibrationValues, NATIONAL_2023_TARGETS } from '../../src/model/calibration.js';
import { loadScenario } from '../../src/node/scenarioFiles.js';
import { SHORT, replications, scenario } from './helpers.js';

const NATIONAL = new URL('../../scenarios/netherlands/baseline.yaml', import.meta.url);

describe('national calibration targets', () => {
  it('the national baseline is checked against the national figures of 2023, FoodValley against its own', () => {
    const nl = loadScenario(NATIONAL.pathname).scenario;
    expect(calibrationTargets(nl)).toBe(NATIONAL_2023_TARGETS);
    expect(calibrationTargets(scenario())).toBe(CALIBRATION_TARGETS);
    expect(readFileSync(NATIONAL, 'utf8')).toMatch(/calibrationTargets: national-2023/);
  });

  it('every national target names its source with a year, and the counts have bands of their own', () => {
    const names = NATIONAL_2023_TARGETS.map((t) => t.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'childrenUnderMeasure',
        'childrenIntoMeasurePerYear',
        'rvdkInvestigationsPerYear',
        'rvdkWaitDays',
        'otsDurationMonths',
        'childrenWithoutGuardian',
        'guardianTurnoverPerYear',
      ]),
    );
    for (const t of NATIONAL_2023_TARGETS) expect(t.source, t.name).toMatch(/20\d\d/);
    const s = scenario();
    const band = (name: string) => NATIONAL_2023_TARGETS.find((t) => t.name === name)!.band(s);
    expect(band('childrenUnderMeasure')).toEqual([24_000, 32_000]);
    expect(band('rvdkInvestigationsPerYear')).toEqual([11_000, 16_000]);
    expect(band('childrenWithoutGuardian')).toEqual([1_000, 2_200]);
  });

  it('counts RvdK investigations per child: families investigated a year × the mean children per family', () => {
    const s = scenario(SHORT, {
      region: { calibrationTargets: 'national-2023', childrenPerFamily: { kind: 'empirical', values: [1, 3], weights: [3, 1] } },
    });
    const results = replications(s, 2);
    const values = calibrationValues(results, s);
    const t = NATIONAL_2023_TARGETS.findIndex((x) => x.name === 'rvdkInvestigationsPerYear');
    const w = NATIONAL_2023_TARGETS.findIndex((x) => x.name === 'childrenWithoutGuardian');
    results.forEach((r, k) => {
      expect(r.system.rvdkInvestigationsStarted).toBeGreaterThan(0);
      expect(values[t]![k]).toBeCloseTo((r.system.rvdkInvestigationsStarted / s.simulation.years) * 1.5, 9);
      expect(values[w]![k]).toBe(r.system.childrenWithoutGuardian);
    });
  });
});
