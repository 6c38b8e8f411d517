// Plausible ranges: every figure the schema marks as an assumption or an estimate has one (or a
// stated reason why not), each fits its parameter's allowed values, the most extreme corner of
// all of them together still makes a valid scenario, and a scenario's own `uncertainty:`
// section is checked like every other section, with errors at their line.

import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { scenarioJsonSchema } from '../../src/scenario/jsonSchema.js';
import { scenarioDefaults } from '../../src/scenario/load.js';
import { loadScenarioText } from '../../src/node/scenarioFiles.js';
import {
  isUncertainSource,
  marginalOf,
  NOT_VARIED,
  PARAMETER_RANGES,
  rangeOutsideBounds,
  rangeTarget,
  type RangeSpec,
} from '../../src/scenario/ranges.js';
import { scenarioSchema } from '../../src/scenario/schema.js';
import { FOODVALLEY, textDiagnostics } from './helpers.js';

type Json = Record<string, any>;

/** Every number and distribution in the JSON Schema with its source (a list's source covers its fields). */
function figures(): Array<{ path: string; source: string | undefined }> {
  const out: Array<{ path: string; source: string | undefined }> = [];
  const walk = (node: Json, path: string, inherited: string | undefined) => {
    if (node.type === 'object' && node.properties && !node.oneOf) {
      for (const [k, child] of Object.entries<Json>(node.properties)) walk(child, path ? `${path}.${k}` : k, inherited);
    } else if (node.type === 'array' && node.items?.properties) {
      for (const [k, child] of Object.entries<Json>(node.items.properties)) walk(child, `${path}[].${k}`, node.source ?? inherited);
    } else if (node.type === 'number' || node.type === 'integer' || Array.isArray(node.oneOf)) {
      out.push({ path, source: node.source ?? inherited });
    }
  };
  walk(scenarioJsonSchema() as Json, '', undefined);
  return out;
}

describe('the built-in ranges', () => {
  const marked = figures().filter((f) => isUncertainSource(f.source));

  test('cover every figure marked as an assumption or an estimate, or say why not', () => {
    expect(marked.length).toBeGreaterThan(40);
    const missing = marked.filter((f) => !(f.path in PARAMETER_RANGES) && !(f.path in NOT_VARIED)).map((f) => f.path);
    expect(missing).toEqual([]);
  });

  test('leave out only marked figures, each for a stated reason', () => {
    for (const [p, reason] of Object.entries(NOT_VARIED)) {
      expect(marked.map((f) => f.path)).toContain(p);
      expect(reason.length).toBeGreaterThan(20);
      expect(p in PARAMETER_RANGES).toBe(false);
    }
  });

  test.each(Object.entries(PARAMETER_RANGES))('%s lies inside what the parameter allows, with its reasoning', (p, range) => {
    const target = rangeTarget(scenarioSchema, p);
    expect(typeof target).not.toBe('string');
    if (typeof target === 'string') return;
    expect(rangeOutsideBounds(range, target)).toBeUndefined();
    expect(range.why.length).toBeGreaterThan(10);
    // the range is about today's value: FoodValley's default sits inside it
    const base = p.split('.').reduce<any>((v, k) => v?.[k], scenarioDefaults());
    const value = typeof base === 'number' ? base : base.mean;
    const m = marginalOf(range);
    expect(value).toBeGreaterThanOrEqual(range.kind === 'lognormal' ? m.quantile(0.001) : range.low);
    expect(value).toBeLessThanOrEqual(range.kind === 'lognormal' ? m.quantile(0.999) : range.high);
  });

  test.each([0.001, 0.999])('every range at its %f quantile at once still makes a valid scenario', (u) => {
    const scenario = scenarioDefaults() as any;
    for (const [p, range] of Object.entries(PARAMETER_RANGES)) {
      const keys = p.split('.');
      const last = keys.pop() ?? '';
      const parent = keys.reduce((v, k) => v[k], scenario);
      const x = marginalOf(range).quantile(u);
      const integer = typeof rangeTarget(scenarioSchema, p) !== 'string' && (rangeTarget(scenarioSchema, p) as any).bounds?.integer;
      if (typeof parent[last] === 'number') parent[last] = integer ? Math.round(x) : x;
      else parent[last] = { ...parent[last], mean: x };
    }
    for (const reform of Object.values<any>(scenario.reforms)) reform.enabled = true;
    scenario.reforms.guardianDuos.enabled = false; // duos need even positions: not a range matter
    const result = scenarioSchema.safeParse(scenario);
    expect(result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([]);
  });
});

describe("a scenario's uncertainty section", () => {
  const file = path.join(FOODVALLEY, 'my-ranges.yaml');
  const load = (text: string) => loadScenarioText(`extends: baseline.yaml\nname: mine\n${text}`, file).scenario;

  test('takes ranges of numbers and of durations, and `fixed`', () => {
    const s = load(
      'uncertainty:\n  guardians.hoursPerVisit: { kind: triangular, low: 3, mode: 4, high: 6, why: our time study }\n  gi.firstVisitDays: { kind: lognormal, low: 4, high: 30 }\n  gi.extensionContactElasticity: fixed\n',
    );
    expect(s.uncertainty?.['guardians.hoursPerVisit']).toEqual({ kind: 'triangular', low: 3, mode: 4, high: 6, why: 'our time study' });
    expect(s.uncertainty?.['gi.extensionContactElasticity']).toBe('fixed');
  });

  test.each([
    ['  guardians.hoursPerVist: { kind: uniform, low: 3, high: 5 }', 4, /no such parameter \(did you mean guardians\.hoursPerVisit\?\)/],
    ['  guardians.adminShare: { kind: uniform, low: 0.3, high: 1.2 }', 4, /high \(1\.2\) is above what the parameter allows \(at most 1\)/],
    ['  guardians.adminShare: { kind: lognormal, low: 0.3, high: 0.5 }', 4, /no upper end/],
    ['  name: { kind: uniform, low: 1, high: 2 }', 4, /not a number or a distribution/],
    ['  gi.firstVisitDays: { kind: uniform, low: 0, high: 20 }', 4, /mean, which must be above 0/],
    ['  guardians.hoursPerVisit: { kind: triangular, low: 3, mode: 8, high: 6 }', 4, /low ≤ mode ≤ high/],
    ['  guardians.hoursPerVisit: { kind: beta, low: 3, high: 6 }', 4, /either `mean`/],
    [
      '  guardians.hoursPerVisit: { kind: normal, low: 3, high: 6 }',
      4,
      /unknown range kind "normal": one of uniform, triangular, beta, lognormal/,
    ],
    ['  guardians.hoursPerVisit: { kind: uniform, low: 3, hi: 6 }', 4, /unknown key "hi" in a uniform range|high: is missing/],
    ['  guardians.hoursPerVisit: 5', 4, /expected a range/],
  ])('refuses %s at its line', (line, lineNo, message) => {
    const ds = textDiagnostics(`extends: baseline.yaml\nname: mine\nuncertainty:\n${line}\n`, file);
    expect(ds.map((d) => d.message).join('\n')).toMatch(message);
    expect(ds[0].line).toBe(lineNo);
    expect(ds[0].file).toBe(file);
  });

  test("a range with another kind in a child replaces the parent's whole", () => {
    const parent = 'uncertainty:\n  guardians.hoursPerVisit: { kind: triangular, low: 3, mode: 4, high: 6 }\n';
    const s = loadScenarioText(`name: p\n${parent}`, file).scenario;
    expect((s.uncertainty?.['guardians.hoursPerVisit'] as RangeSpec | undefined)?.kind).toBe('triangular');
  });
});
