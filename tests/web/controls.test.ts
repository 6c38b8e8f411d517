// The page's controls and its address, without a browser: a control for every parameter the
// schema has (numbers and switches, in lists and distributions too), each path one the
// command line's --set accepts and reads back to the scenario's value; the address keeps every
// setting, a file of the user's included.

import { describe, expect, it } from 'vitest';
import { scenarioDefaults } from '../../src/scenario/load.js';
import { scenarioJsonSchema } from '../../src/scenario/jsonSchema.js';
import { parseOverrides } from '../../src/scenario/overrides.js';
import { loadScenario } from '../../src/node/scenarioFiles.js';
import { isAssumption, sectionsOf, valueAt } from '../../web/src/controls.js';
import { readState, writeState } from '../../web/src/state.js';

type Json = Record<string, any>;
const schema = scenarioJsonSchema() as Json;

/** Every number or switch the schema defines, as dotted paths (list entries as [], distributions by field). */
function schemaLeaves(node: Json, path: string, out: string[]): string[] {
  if (Array.isArray(node.oneOf)) return out; // a distribution: its fields depend on its kind
  if (node.type === 'object')
    for (const [k, c] of Object.entries<Json>(node.properties ?? {})) schemaLeaves(c, path ? `${path}.${k}` : k, out);
  else if (node.type === 'array' && node.items?.type === 'object') schemaLeaves(node.items, `${path}[]`, out);
  else if (['number', 'integer', 'boolean'].includes(node.type)) out.push(path);
  return out;
}

describe('controls from the schema', () => {
  const scenario = scenarioDefaults();
  const sections = sectionsOf(schema, scenario);
  const controls = sections.flatMap((s) => s.controls);

  it('cover every number and switch of the schema, in the schema`s sections', () => {
    const covered = new Set(controls.map((c) => c.path.replace(/\[\d+\]/g, '[]')));
    const leaves = schemaLeaves(schema, '', []);
    expect(leaves.length).toBeGreaterThan(60);
    expect(leaves.filter((p) => !covered.has(p))).toEqual([]);
    expect(sections.map((s) => s.key)).toEqual(Object.keys(schema.properties).filter((k) => schema.properties[k].type === 'object'));
  });

  it('have paths the command line`s --set accepts, holding the scenario`s values', () => {
    const { diagnostics } = parseOverrides(controls.map((c) => `${c.path}=${JSON.stringify(valueAt(scenario, c.path))}`));
    expect(diagnostics).toEqual([]);
    for (const c of controls) {
      const v = valueAt(scenario, c.path);
      expect(typeof v, c.path).toBe(c.kind === 'boolean' ? 'boolean' : 'number');
    }
    // distributions by their fields, for the kind the scenario uses
    expect(controls.map((c) => c.path)).toContain('rvdk.investigationDays.mean');
    expect(controls.map((c) => c.path)).toContain('gi.institutions[2].guardianPositions');
  });

  it('mark as assumptions exactly the parameters whose source says so', () => {
    const byPath = new Map(controls.map((c) => [c.path, c]));
    expect(isAssumption(byPath.get('guardians.hoursPerVisit')!.about)).toBe(true);
    expect(isAssumption(byPath.get('guardians.adminShare')!.about)).toBe(false);
    for (const c of controls) expect(isAssumption(c.about)).toBe(/assumption/i.test(String(c.about.source ?? '')));
  });

  it('show a changed scenario`s own values', () => {
    const duos = loadScenario('scenarios/foodvalley/guardian-duos.yaml').scenario;
    const paths = new Map(
      sectionsOf(schema, duos)
        .flatMap((s) => s.controls)
        .map((c) => [c.path, valueAt(duos, c.path)]),
    );
    expect(paths.get('reforms.guardianDuos.enabled')).toBe(true);
  });
});

describe('the address', () => {
  it('keeps every setting, a file of the user`s included, and reads defaults for what it lacks', () => {
    const state = {
      scenario: 'guardian-duos',
      custom: { name: 'mijn scenario.yaml', text: 'extends: baseline.yaml\nname: mine\n# é ü — ∞\n' },
      overrides: ['guardians.adminShare=0.3', 'gi.institutions[0].guardianPositions=22'],
      replications: 12,
      seed: -5,
      lang: 'en' as const,
      run: true,
    };
    const back = readState(writeState(state));
    expect(back).toEqual({ ...state, scenario: 'baseline' });
    expect(readState('#scenario=baseline&replications=3&seed=7&run')).toMatchObject({
      scenario: 'baseline',
      replications: 3,
      seed: 7,
      run: true,
      overrides: [],
      custom: null,
      lang: 'nl',
    });
    expect(readState('#replications=0&seed=1.5')).toMatchObject({ replications: 30, seed: 20191, run: false });
  });
});
