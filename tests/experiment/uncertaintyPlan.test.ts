// What `jbsim uncertainty` varies: the built-in ranges where the baseline has FoodValley's
// values, a reform's own setting kept as its lever, ranges and `fixed` from the scenarios'
// uncertainty sections, and sampled scenarios that carry the design's values (durations
// scaled as a whole) and are checked against the schema before anything runs.

import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadScenarios } from '../../src/node/scenarios.js';
import { prepareUncertainty } from '../../src/node/uncertainty.js';
import { designOf, distributionMean, planParameters, sampledScenario, scaleDistribution } from '../../src/experiment/uncertaintyPlan.js';
import { scenarioDefaults } from '../../src/scenario/load.js';
import { loadScenarioText } from '../../src/node/scenarioFiles.js';
import { marginalOf, PARAMETER_RANGES } from '../../src/scenario/ranges.js';
import type { DistributionParams } from '../../src/scenario/schema.js';
import { UserError } from '../../src/userError.js';
import type { LoadedScenario } from '../../src/experiment/summarise.js';
import type { NonEmpty } from '../../src/lists.js';
import { ROOT } from './helpers.js';

const FV = path.join(ROOT, 'scenarios/foodvalley');
const load = (...names: string[]) =>
  loadScenarios(
    names.map((n) => path.join(FV, `${n}.yaml`)),
    [],
  );
// written beside the bundled files (never to disk), so `extends: baseline.yaml` finds FoodValley's
const text = (name: string, body: string) => {
  const l = loadScenarioText(`extends: baseline.yaml\nname: ${name}\n${body}`, path.join(FV, `test-${name}.yaml`));
  return { scenario: l.scenario, file: l.file, hash: l.hash };
};

describe('the parameters varied', () => {
  test('every built-in range for FoodValley; a reform keeps a value it sets itself', () => {
    // a reform written as a value of today's parameter, not as a reform module
    const adminTarget = text('admin-target', 'guardians:\n  adminShare: 0.25\n');
    const { parameters, held } = planParameters(
      [...load('baseline'), adminTarget, ...load('guardian-duos', 'caseload-12')],
      scenarioDefaults(),
    );
    expect(parameters.map((p) => p.path).sort()).toEqual(Object.keys(PARAMETER_RANGES).sort());
    expect(held).toEqual([]);
    const admin = parameters.find((p) => p.path === 'guardians.adminShare')!;
    expect(admin.heldIn).toEqual(['admin-target']);
    expect(admin.baseValue).toBe(0.38);
    const coordination = parameters.find((p) => p.path === 'reforms.guardianDuos.coordinationHoursPerFamilyPerMonth')!;
    expect(coordination.heldIn).toEqual([]);
    // a duo parameter cannot touch the effect of reforms without duos
    expect(coordination.inertIn).toEqual(['admin-target', 'caseload-12']);
    expect(admin.inertIn).toEqual([]);
    expect(parameters.find((p) => p.path === 'guardians.recruitmentDays')).toMatchObject({ target: 'distribution', baseValue: 120 });
  });

  test('a baseline with its own value does not get the built-in range, unless its section gives one', () => {
    const own = text('baseline', 'entry:\n  signalsPerThousandYouthPerYear: 20\n');
    const a = planParameters([own, ...load('less-admin')], scenarioDefaults());
    expect(a.parameters.some((p) => p.path === 'entry.signalsPerThousandYouthPerYear')).toBe(false);
    expect(a.held.find((h) => h.path === 'entry.signalsPerThousandYouthPerYear')?.reason).toMatch(/baseline sets its own value \(20\)/);
    const ranged = text(
      'baseline',
      'entry:\n  signalsPerThousandYouthPerYear: 20\nuncertainty:\n  entry.signalsPerThousandYouthPerYear: { kind: uniform, low: 16, high: 24 }\n  gi.extensionContactElasticity: fixed\n',
    );
    const b = planParameters([ranged, ...load('less-admin')], scenarioDefaults());
    expect(b.parameters.find((p) => p.path === 'entry.signalsPerThousandYouthPerYear')).toMatchObject({
      from: 'baseline',
      range: { kind: 'uniform', low: 16, high: 24 },
    });
    expect(b.parameters.some((p) => p.path === 'gi.extensionContactElasticity')).toBe(false);
    expect(b.held).toContainEqual({ path: 'gi.extensionContactElasticity', reason: 'fixed in the uncertainty: section of baseline' });
  });

  test('a reform may add a range; two scenarios may not disagree on one', () => {
    const extra = text(
      'duos-measured',
      'reforms:\n  guardianDuos:\n    enabled: true\nuncertainty:\n  guardians.hoursPerVisit: { kind: uniform, low: 3, high: 5 }\n',
    );
    const { parameters } = planParameters([...load('baseline'), extra], scenarioDefaults());
    expect(parameters.find((p) => p.path === 'guardians.hoursPerVisit')).toMatchObject({
      from: 'duos-measured',
      range: { kind: 'uniform' },
    });
    const other = text('other', 'uncertainty:\n  guardians.hoursPerVisit: { kind: uniform, low: 2, high: 5 }\n');
    expect(() => planParameters([...load('baseline'), extra, other], scenarioDefaults())).toThrow(UserError);
  });
});

describe('the samples', () => {
  test('the design follows each range, rounds whole numbers, and depends on the seed only', () => {
    const loaded = load('baseline', 'guardian-duos');
    const { parameters } = planParameters(loaded, scenarioDefaults());
    const plan = { seed: 7, samples: 40, parameters };
    const design = designOf(plan);
    expect(designOf(plan)).toEqual(design);
    expect(designOf({ ...plan, seed: 8 })).not.toEqual(design);
    parameters.forEach((p, j) => {
      const column = design.map((row) => row[j]);
      const m = marginalOf(p.range);
      const [lo, hi] = p.range.kind === 'lognormal' ? [m.quantile(1e-9), m.quantile(1 - 1e-9)] : [p.range.low, p.range.high];
      for (const v of column) {
        expect(v).toBeGreaterThanOrEqual(Math.floor(lo));
        expect(v).toBeLessThanOrEqual(Math.ceil(hi));
        if (p.integer) expect(Number.isInteger(v)).toBe(true);
      }
    });
  });

  test('a sampled scenario carries the values; a duration is scaled whole, its shape kept', () => {
    const [base] = load('baseline');
    const lessAdmin = text('admin-target', 'guardians:\n  adminShare: 0.25\n');
    const { parameters } = planParameters([base, lessAdmin], scenarioDefaults());
    const values = parameters.map((p) => (p.target === 'number' ? p.range.low : p.baseValue * 1.5));
    const b = sampledScenario(base.scenario, parameters, values);
    const l = sampledScenario(lessAdmin.scenario, parameters, values);
    expect(b.guardians.adminShare).toBe(PARAMETER_RANGES['guardians.adminShare'].low);
    expect(l.guardians.adminShare).toBe(0.25);
    expect(b.gi.extensionContactElasticity).toBe(0);
    expect(l.gi.extensionContactElasticity).toBe(0);
    expect(b.guardians.recruitmentDays).toEqual({ kind: 'lognormal', mean: 180, sd: 90 });
    expect(base.scenario.guardians.recruitmentDays).toEqual({ kind: 'lognormal', mean: 120, sd: 60 });
  });

  test("scaling keeps every kind of distribution's shape and moves its mean", () => {
    const kinds: DistributionParams[] = [
      { kind: 'exponential', mean: 10 },
      { kind: 'lognormal', mean: 10, sd: 4 },
      { kind: 'gamma', mean: 10, sd: 4 },
      { kind: 'triangular', min: 2, mode: 8, max: 20 },
      { kind: 'uniform', min: 4, max: 16 },
      { kind: 'deterministic', value: 10 },
      { kind: 'empirical', values: [5, 10, 20], weights: [1, 2, 1] },
    ];
    for (const d of kinds) expect(distributionMean(scaleDistribution(d, 1.5))).toBeCloseTo(1.5 * distributionMean(d), 12);
  });

  test('samples that break a rule together are refused before anything runs, with the values', () => {
    const loaded: NonEmpty<LoadedScenario> = [
      text(
        'baseline',
        'uncertainty:\n  court.otsShare: { kind: uniform, low: 0.8, high: 0.95 }\n  court.voogdijShare: { kind: uniform, low: 0.1, high: 0.2 }\n',
      ),
      ...load('less-admin'),
    ];
    let error: unknown;
    try {
      prepareUncertainty(loaded, { seed: 1, samples: 30, replications: 1, baseReplications: 0, shard: null });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).message).toMatch(/uncertainty sample \d+ of baseline.*otsShare \+ voogdijShare must not exceed 1/s);
    expect((error as UserError).message).toMatch(/court\.otsShare = 0\.\d+/);
  });
});
