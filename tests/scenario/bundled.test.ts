// The scenarios shipped with jbsim: all valid, the baseline equal to the schema's defaults, and
// each reform a small file that changes what its description says and nothing else.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadScenario, scenarioFilesIn } from '../../src/node/scenarioFiles.js';
import { scenarioDefaults, type LoadedScenario } from '../../src/scenario/load.js';
import type { Scenario } from '../../src/scenario/schema.js';
import { parseSource } from '../../src/scenario/source.js';
import { LANGUAGES, textIn } from '../../src/scenario/localText.js';
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

/** The reform files each folder of scenarios has beside its baseline. */
const REFORM_FILES = [
  'caseload-12',
  'combined-reform',
  'guardian-duos',
  'guardian-in-local-team',
  'less-admin',
  'long-involvement',
  'one-organisation',
  'prevention-schools',
  'self-delivered-help',
];

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
        'netherlands/baseline.yaml',
        ...REFORM_FILES.map((f) => `netherlands/${f}.yaml`),
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
      // the reports speak Dutch and English: a title and a description in each
      for (const lang of LANGUAGES) {
        expect(typeof s.title === 'object' && s.title[lang].length > 3, `${lang} title`).toBe(true);
        expect(typeof s.description === 'object' && s.description[lang].length > 150, `${lang} description`).toBe(true);
      }
    });
  }

  test('names are unique within a folder (a folder is compared as one set)', () => {
    for (const folder of ['foodvalley', 'netherlands']) {
      const names = [...loaded.entries()].filter(([rel]) => rel.startsWith(`${folder}/`)).map(([, l]) => l.scenario.name);
      expect(new Set(names).size).toBe(names.length);
    }
  });
});

describe('the FoodValley baseline', () => {
  const file = path.join(FOODVALLEY, 'baseline.yaml');

  test('equals the schema defaults', () => {
    const { name, title: _t, description, ...values } = baseline;
    const { name: _n, description: _d, ...defaults } = scenarioDefaults();
    expect(values).toEqual(defaults);
    expect(name).toBe('baseline');
    expect(description).not.toBe('');
  });

  test('its title is not inherited by the scenarios that extend it', () => {
    const titles = [...loaded.values()].map((l) => JSON.stringify(l.scenario.title));
    expect(new Set(titles).size).toBe(titles.length);
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

  test('both folders bundle the same reforms', () => {
    expect(Object.keys(changes).sort()).toEqual([...REFORM_FILES].sort());
  });

  for (const folder of ['foodvalley', 'netherlands']) {
    for (const [name, expected] of Object.entries(changes)) {
      test(`${folder}/${name} changes ${expected.join(', ')}`, () => {
        const s = get(`${folder}/${name}.yaml`);
        const diff = differences(s, get(`${folder}/baseline.yaml`)).filter(
          (p) => !['name', 'title', 'description'].includes(p.split('.')[0]!),
        );
        expect(diff.sort()).toEqual([...expected].sort());
        const chain = loaded.get(`${folder}/${name}.yaml`)!.chain;
        expect(path.relative(SCENARIOS, chain[1] ?? '')).toBe(path.join(folder, 'baseline.yaml'));
      });
    }
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
      expect(textIn(get(`foodvalley/${name}.yaml`).description, 'en'), name).toMatch(/cost|costs|price|takes their time|FTE/i);
    }
  });
});

describe('the Netherlands', () => {
  const nl = () => get('netherlands/baseline.yaml');
  const youth = (s: Scenario) => s.region.municipalities.reduce((t, m) => t + m.youthPopulation, 0);
  const expected = (s: Scenario) =>
    s.region.municipalities.reduce((t, m) => t + (m.youthPopulation * m.measuresPerThousandYouth) / 1000, 0);

  test('has about 3.4 million young people in a few dozen areas at most, each with GI teams of its own', () => {
    expect(youth(nl())).toBeGreaterThan(3_300_000);
    expect(youth(nl())).toBeLessThan(3_500_000);
    expect(nl().region.municipalities.length).toBeGreaterThanOrEqual(10);
    expect(nl().region.municipalities.length).toBeLessThanOrEqual(60);
    expect(nl().region.municipalities.every((m) => m.area !== undefined)).toBe(true);
    expect(nl().gi.teamsPerArea).toBe(true);
  });

  test('scales the chain capacities by expected measures, not by population', () => {
    const s = nl();
    const demand = expected(s) / expected(baseline);
    const ratios = {
      guardianPositions: positions(s) / positions(baseline),
      veiligThuis: s.veiligThuis.workers / baseline.veiligThuis.workers,
      tableSlots: s.jbt.slotsPerMeeting / baseline.jbt.slotsPerMeeting,
      judges: s.court.judges / baseline.court.judges,
    };
    for (const [what, r] of Object.entries(ratios))
      expect([what, Math.abs(r / demand - 1) < 0.01], `${what}: ${r} against demand ×${demand}`).toEqual([what, true]);
    // the population grows more than the demand: FoodValley's rates are above the national one
    expect(youth(s) / youth(baseline)).toBeGreaterThan(demand);
  });

  test('runs short of guardians: the labour market limits hiring', () => {
    expect(nl().guardians.maxHiresPerYearShare).toBeGreaterThan(0);
    expect(baseline.guardians.maxHiresPerYearShare).toBe(0);
  });

  test('extends the FoodValley baseline', () => {
    const chain = loaded.get('netherlands/baseline.yaml')!.chain;
    expect(path.relative(SCENARIOS, chain[1] ?? '')).toBe(path.join('foodvalley', 'baseline.yaml'));
  });
});
