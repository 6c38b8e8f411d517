// The scenarios shipped with jbsim: all valid, the baseline equal to the schema's defaults, and
// each reform a small file that changes what its description says and nothing else.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadScenario, scenarioFilesIn } from '../../src/node/scenarioFiles.js';
import { scenarioDefaults, type LoadedScenario } from '../../src/scenario/load.js';
import type { Scenario } from '../../src/scenario/schema.js';
import { parseSource } from '../../src/scenario/source.js';
import { FOODVALLEY, SCENARIOS } from './helpers.js';

const files = scenarioFilesIn(SCENARIOS, { recursive: true });
const loaded = new Map<string, LoadedScenario>(files.map((f) => [path.relative(SCENARIOS, f), loadScenario(f)]));
const get = (rel: string) => {
  const l = loaded.get(rel);
  if (!l) throw new Error(`${rel} is not a bundled scenario`);
  return l.scenario;
};
const baseline = get('foodvalley/baseline.yaml');

/** Leaf values that differ, as dotted paths (lists compared whole). */
function differences(a: unknown, b: unknown, prefix = ''): string[] {
  if (typeof a === 'object' && a !== null && !Array.isArray(a) && typeof b === 'object' && b !== null && !Array.isArray(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].flatMap((k) =>
      differences((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], prefix ? `${prefix}.${k}` : k),
    );
  }
  return JSON.stringify(a) === JSON.stringify(b) ? [] : [prefix];
}

const positions = (s: Scenario) => s.gi.institutions.reduce((t, i) => t + i.guardianPositions, 0);

describe('every bundled scenario', () => {
  test('the set is complete', () => {
    expect([...loaded.keys()].sort()).toEqual(
      [
        'foodvalley/baseline.yaml',
        'foodvalley/caseload-12.yaml',
        'foodvalley/combined-reform.yaml',
        'foodvalley/guardian-duos.yaml',
        'foodvalley/guardian-in-local-team.yaml',
        'foodvalley/less-admin.yaml',
        'foodvalley/long-involvement.yaml',
        'foodvalley/one-organisation.yaml',
        'foodvalley/prevention-schools.yaml',
        'foodvalley/self-delivered-help.yaml',
        'netherlands.yaml',
      ].sort(),
    );
  });

  for (const file of files) {
    const rel = path.relative(SCENARIOS, file);
    test(`${rel}: schema line, name, description`, () => {
      const text = readFileSync(file, 'utf8');
      const [first = ''] = text.split('\n');
      const schema = /^# yaml-language-server: \$schema=(\S+)$/.exec(first)?.[1];
      expect(schema, first).toBeDefined();
      expect(path.resolve(path.dirname(file), schema ?? '')).toBe(path.join(SCENARIOS, 'scenario.schema.json'));
      const s = get(rel);
      expect(s.name).toBe(path.basename(file, '.yaml'));
      expect(s.description.length).toBeGreaterThan(150);
    });
  }

  test('names are unique', () => {
    const names = [...loaded.values()].map((l) => l.scenario.name);
    expect(new Set(names).size).toBe(names.length);
  });
});

describe('the FoodValley baseline', () => {
  const file = path.join(FOODVALLEY, 'baseline.yaml');

  test('equals the schema defaults', () => {
    const { name, description, ...values } = baseline;
    const { name: _n, description: _d, ...defaults } = scenarioDefaults();
    expect(values).toEqual(defaults);
    expect(name).toBe('baseline');
  });

  test('writes every parameter out, extends nothing', () => {
    const parsed = parseSource(readFileSync(file), file);
    if (!parsed.ok) throw new Error('baseline does not parse');
    const missing: string[] = [];
    const walk = (v: unknown, p: (string | number)[]) => {
      if (typeof v === 'object' && v !== null && !Array.isArray(v) && !('kind' in v)) {
        for (const [k, c] of Object.entries(v)) walk(c, [...p, k]);
      } else if (!parsed.source.has(p)) {
        missing.push(p.join('.'));
      }
    };
    walk(scenarioDefaults(), []);
    expect(missing.filter((m) => m !== 'name')).toEqual([]);
    expect(loaded.get('foodvalley/baseline.yaml')!.chain).toHaveLength(1);
  });
});

describe('the reforms', () => {
  // What each reform changes relative to the baseline (besides name and description): only its switches.
  const changes: Record<string, string[]> = {
    'guardian-duos': ['reforms.guardianDuos.enabled'],
    'guardian-in-local-team': ['reforms.guardianInLocalTeam.enabled'],
    'less-admin': ['reforms.lessAdmin.enabled'],
    'caseload-12': ['reforms.lowerCaseload.enabled'],
    'self-delivered-help': ['reforms.selfDeliveredHelp.enabled'],
    'prevention-schools': ['reforms.prevention.enabled'],
    'one-organisation': ['reforms.oneOrganisation.enabled'],
    'long-involvement': ['reforms.longInvolvement.enabled'],
    'combined-reform': ['reforms.guardianDuos.enabled', 'reforms.guardianInLocalTeam.enabled', 'reforms.lessAdmin.enabled'],
  };

  for (const [name, expected] of Object.entries(changes)) {
    test(`${name} changes ${expected.join(', ')}`, () => {
      const s = get(`foodvalley/${name}.yaml`);
      const diff = differences(s, baseline).filter((p) => p !== 'name' && p !== 'description');
      expect(diff.sort()).toEqual([...expected].sort());
      const chain = loaded.get(`foodvalley/${name}.yaml`)!.chain;
      expect(path.basename(chain.at(-1) ?? '')).toBe('baseline.yaml');
    });
  }

  test('combined-reform is a plain composition of three reforms on the baseline', () => {
    const chain = loaded.get('foodvalley/combined-reform.yaml')!.chain.map((f) => path.basename(f));
    expect(chain).toEqual(['combined-reform.yaml', 'baseline.yaml']);
    const r = get('foodvalley/combined-reform.yaml').reforms;
    expect(
      Object.entries(r)
        .filter(([, v]) => v.enabled)
        .map(([k]) => k)
        .sort(),
    ).toEqual(['guardianDuos', 'guardianInLocalTeam', 'lessAdmin']);
  });

  test('every description names what the reform costs', () => {
    for (const name of Object.keys(changes)) {
      if (name === 'combined-reform' || name === 'prevention-schools' || name === 'one-organisation') continue;
      expect(get(`foodvalley/${name}.yaml`).description, name).toMatch(/cost|costs|price|takes their time|FTE/i);
    }
  });
});

describe('the Netherlands', () => {
  const nl = () => get('netherlands.yaml');
  const youth = (s: Scenario) => s.region.municipalities.reduce((t, m) => t + m.youthPopulation, 0);

  test('has about 3.4 million young people in a few dozen areas at most', () => {
    expect(youth(nl())).toBeGreaterThan(3_300_000);
    expect(youth(nl())).toBeLessThan(3_500_000);
    expect(nl().region.municipalities.length).toBeGreaterThanOrEqual(10);
    expect(nl().region.municipalities.length).toBeLessThanOrEqual(60);
  });

  test('scales the chain capacities about 65 times', () => {
    const ratio = (a: number, b: number) => a / b;
    const s = nl();
    const ratios = {
      guardianPositions: ratio(positions(s), positions(baseline)),
      investigators: ratio(s.rvdk.investigators, baseline.rvdk.investigators),
      courtSlots: ratio(s.court.slotsPerHearing * s.court.judges, baseline.court.slotsPerHearing * baseline.court.judges),
      judges: ratio(s.court.judges, baseline.court.judges),
      tableSlots: ratio(s.jbt.slotsPerMeeting, baseline.jbt.slotsPerMeeting),
      veiligThuis: ratio(s.veiligThuis.workers, baseline.veiligThuis.workers),
    };
    for (const [what, r] of Object.entries(ratios)) expect([what, r > 60 && r < 70], `${what}: ${r}`).toEqual([what, true]);
    expect(ratio(youth(s), youth(baseline))).toBeGreaterThan(60);
  });

  test('extends the FoodValley baseline', () => {
    const chain = loaded.get('netherlands.yaml')!.chain;
    expect(path.relative(SCENARIOS, chain[1] ?? '')).toBe(path.join('foodvalley', 'baseline.yaml'));
  });
});
