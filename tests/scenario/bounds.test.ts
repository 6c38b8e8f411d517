// Upper bounds that catch typos: every count, rate and duration has one, with its reason, and a
// value just above it is refused with a located message that gives the reason. Driven by the
// schema, so a parameter added without a bound fails here.
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { scenarioJsonSchema, upperBound } from '../../src/scenario/jsonSchema.js';
import { parameterReference } from '../../src/scenario/reference.js';
import { FOODVALLEY, textDiagnostics } from './helpers.js';
import { loadScenarioText } from '../../src/node/scenarioFiles.js';

type Json = Record<string, any>;

const isDistribution = (n: Json) => Array.isArray(n.oneOf) && n.oneOf.every((o: Json) => o.properties?.kind?.const !== undefined);

/** Every number and distribution parameter of the JSON Schema, list entries as [0]. */
function parameters(node: Json, prefix: string): { path: string; node: Json }[] {
  const out: { path: string; node: Json }[] = [];
  for (const [key, child] of Object.entries<Json>(node.properties ?? {})) {
    const p = prefix ? `${prefix}.${key}` : key;
    if (isDistribution(child) || child.type === 'number' || child.type === 'integer') out.push({ path: p, node: child });
    else if (child.type === 'object') out.push(...parameters(child, p));
    else if (child.type === 'array' && child.items?.type === 'object') out.push(...parameters(child.items, `${p}[0]`));
  }
  return out;
}

const ALL = parameters(scenarioJsonSchema() as Json, '');
const probability = (n: Json) => n.maximum === 1 && (n.unit === 'probability' || n.unit === 'share');

describe('every count, rate and duration has an upper bound', () => {
  test('the schema has parameters of each kind (the walk found them)', () => {
    expect(ALL.filter((p) => isDistribution(p.node)).length).toBeGreaterThan(10);
    expect(ALL.filter((p) => p.node.type === 'integer').length).toBeGreaterThan(5);
  });

  test.each(ALL.map((p) => [p.path, p.node] as const))('%s', (_, node) => {
    const bound = upperBound(node);
    expect(bound, 'an upper bound').toBeTypeOf('number');
    expect(Number.isFinite(bound)).toBe(true);
    if (!probability(node)) expect(node.maxWhy, 'the reason for the bound').toMatch(/\w{3}/);
    if (node.default !== undefined && typeof node.default === 'number') expect(node.default).toBeLessThanOrEqual(bound!);
  });
});

describe('a value above its bound is refused with the reason', () => {
  const bounded = ALL.filter((p) => !probability(p.node));
  test.each(bounded.map((p) => [p.path, p.node] as const))('%s', (at, node) => {
    const bound = upperBound(node)!;
    const above = node.type === 'integer' ? bound + 1 : bound * 1.01;
    const value = isDistribution(node) ? `{ kind: deterministic, value: ${above} }` : String(above);
    const ds = textDiagnostics('name: t\n', path.join(FOODVALLEY, 'typo.yaml'), { overrides: [`${at}=${value}`] });
    const d = ds.find((x) => x.path === at);
    expect(d, JSON.stringify(ds)).toBeDefined();
    expect(d!.file).toBe('--set');
    expect(`${d!.message} ${d!.hint ?? ''}`).toContain(node.maxWhy);
    // at the bound itself the value is accepted (cross-field rules aside)
    const atBound = isDistribution(node) ? `{ kind: deterministic, value: ${bound} }` : String(bound);
    let problems: string[] = [];
    try {
      loadScenarioText('name: t\n', path.join(FOODVALLEY, 'typo.yaml'), { overrides: [`${at}=${atBound}`] });
    } catch (err) {
      problems = ((err as { diagnostics?: { path?: string; message: string }[] }).diagnostics ?? [])
        .filter((x) => x.path === at && /at most|allowed|between/.test(x.message))
        .map((x) => x.message);
    }
    expect(problems).toEqual([]);
  });

  test('a typo in a file is located at its line, with the reason as a hint', () => {
    const text =
      'extends: baseline.yaml\nname: typo\nregion:\n  municipalities:\n    - { name: Ede, youthPopulation: 50000000, measuresPerThousandYouth: 8.7 }\n';
    const [d] = textDiagnostics(text, path.join(FOODVALLEY, 'typo.yaml'));
    expect(d).toMatchObject({
      line: 5,
      path: 'region.municipalities[0].youthPopulation',
      message: 'expected a whole number between 0 and 3500000, got 50000000',
    });
    expect(d.hint).toBe('at most 3500000 persons: the whole country has about 3.4 million young people under 18 (CBS)');
  });

  test('a distribution is bounded by its largest value, or by its mean when it has none', () => {
    const at = (spec: string) =>
      textDiagnostics(`name: t\nrvdk:\n  investigationDays: ${spec}\n`, path.join(FOODVALLEY, 'typo.yaml')).map((d) => d.message);
    expect(at('{ kind: lognormal, mean: 800, sd: 30 }')).toEqual([
      expect.stringMatching(/^its mean is 800, more than the 730 days allowed/),
    ]);
    expect(at('{ kind: uniform, min: 10, max: 900 }')).toEqual([expect.stringMatching(/^its largest value is 900/)]);
    // a value with weight 0 is never drawn
    expect(() =>
      loadScenarioText('name: t\nrvdk:\n  investigationDays: { kind: empirical, values: [80, 9000], weights: [1, 0] }\n', 'x.yaml'),
    ).not.toThrow();
    expect(at('{ kind: empirical, values: [80, 9000], weights: [1, 0.01] }')).toEqual([
      expect.stringMatching(/^its largest value is 9000/),
    ]);
  });
});

describe('the bounds are documented', () => {
  test('docs/parameters.md gives each bound with its reason', () => {
    const doc = parameterReference();
    for (const p of ALL.filter((x) => x.node.maxWhy)) expect(doc, p.path).toContain(`${upperBound(p.node)}: ${p.node.maxWhy}`);
  });

  test("the JSON Schema carries them as maximum, also on a distribution's parameters", () => {
    const rvdk = (scenarioJsonSchema() as Json).properties.rvdk.properties;
    expect(rvdk.investigators.maximum).toBe(4000);
    const options = Object.fromEntries(rvdk.investigationDays.oneOf.map((o: Json) => [o.properties.kind.const, o.properties]));
    expect(options.lognormal.mean.maximum).toBe(730);
    expect(options.uniform.max.maximum).toBe(730);
    expect(options.empirical.values.items.maximum).toBe(730);
    expect(rvdk.investigationDays.markdownDescription).toContain('At most 730: two years');
  });
});
