// `jbsim sensitivity`: the built-in list covers the assumptions reforms hang on (the contact
// elasticity from 0 to 0.6, and each reform's own parameter where that reform is on), and
// `--on-difference` moves a reform's effect: at the scenarios' own values it is exactly the
// paired difference `compare` reports for the same replications.

import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtInRanges } from '../../src/experiment/sensitivity.js';
import { loadScenarios } from '../../src/node/scenarios.js';
import { BIN, ensureBuilt, ROOT, tempDir } from './helpers.js';

const FV = join(ROOT, 'scenarios/foodvalley');
const scenario = (name: string) => loadScenarios([join(FV, `${name}.yaml`)], [])[0].scenario;
// short runs, with short pilots behind their settled starts (every value is a scenario of its own)
const SHORT = [
  '--set',
  'simulation.warmupYears=1',
  '--set',
  'simulation.followUpYears=0',
  '--set',
  'simulation.settledStart.pilotYears=3',
  '--set',
  'simulation.settledStart.spacingYears=1',
  '--years',
  '1',
  '--quiet',
  '--no-report',
  '-r',
  '3',
];

function jbsim(args: string[]) {
  return spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 170_000 });
}

describe('the built-in list', () => {
  it('varies the contact elasticity from 0 to 0.6', () => {
    expect(builtInRanges(scenario('baseline')).find((r) => r.path === 'gi.extensionContactElasticity')).toMatchObject({
      low: 0,
      high: 0.6,
      baseValue: 0.3,
    });
  });

  it.each([
    ['guardian-duos', 'reforms.guardianDuos.coordinationHoursPerFamilyPerMonth'],
    ['guardian-in-local-team', 'reforms.guardianInLocalTeam.escalationReduction'],
    ['prevention-schools', 'reforms.prevention.compulsoryNeedReduction'],
    ['one-organisation', 'reforms.oneOrganisation.voluntarySignalFactor'],
  ])("covers %s's own parameter, and leaves it out where the reform is off", (name, path) => {
    const r = builtInRanges(scenario(name)).find((x) => x.path === path);
    expect(r).toBeDefined();
    expect(r!.low).toBeLessThan(r!.baseValue);
    expect(r!.high).toBeGreaterThan(r!.baseValue);
    expect(builtInRanges(scenario('baseline')).some((x) => x.path === path)).toBe(false);
  });
});

describe('--on-difference', () => {
  beforeAll(ensureBuilt, 180_000);

  it("gives the reform's effect: at its own values, compare's paired difference", () => {
    const out = tempDir('sens-diff');
    const r = jbsim(['sensitivity', join(FV, 'guardian-duos.yaml'), '--on-difference', ...SHORT, '--out', out]);
    expect(r.status, r.stderr).toBe(0);
    const file = JSON.parse(readFileSync(join(out, 'sensitivity.json'), 'utf8'));
    expect(file.onDifference).toEqual({ scenario: 'guardian-duos', baseline: 'baseline' });
    expect(file.parameters.map((p: { path: string }) => p.path)).toContain('reforms.guardianDuos.coordinationHoursPerFamilyPerMonth');
    const cmpOut = tempDir('sens-cmp');
    const c = jbsim(['compare', join(FV, 'baseline.yaml'), join(FV, 'guardian-duos.yaml'), ...SHORT, '--out', cmpOut]);
    expect(c.status, c.stderr).toBe(0);
    const cmp = JSON.parse(readFileSync(join(cmpOut, 'comparison.json'), 'utf8'));
    for (const metric of ['coldHandoversPerFamily', 'waitDays.GI']) {
      expect(file.base[metric].mean).toBe(cmp.scenarios['guardian-duos'][metric].difference);
      expect(file.base[metric].ci95).toEqual(cmp.scenarios['guardian-duos'][metric].ci95);
    }
    const p = file.parameters.find((x: { path: string }) => x.path === 'gi.extensionContactElasticity');
    expect(p.swing.coldHandoversPerFamily).toBeCloseTo(
      Math.abs(p.high.metrics.coldHandoversPerFamily.mean - p.low.metrics.coldHandoversPerFamily.mean),
      12,
    );
  }, 170_000);

  it('needs a baseline it can find', () => {
    const r = jbsim(['sensitivity', join(FV, 'baseline.yaml'), '--on-difference', ...SHORT, '--out', tempDir('sens-nobase')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/extends no other.*--baseline/s);
  });
});
