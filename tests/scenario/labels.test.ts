// Every parameter has a short label in Dutch and English: the reports name parameters in words,
// never by their paths. A parameter added without one fails here (and in the type check).

import type { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { scenarioSchema } from '../../src/scenario/schema.js';
import { allKeyPaths, kindOf, metaOf, schemaAt } from '../../src/scenario/schemaWalk.js';

/** Words about the file, names of list entries and the ranges section for `jbsim uncertainty`: not parameters. */
const NOT_PARAMETERS = new Set([
  '$schema',
  'name',
  'title',
  'description',
  'extends',
  'uncertainty',
  'region.municipalities.[].name',
  'gi.institutions.[].name',
]);

function parameters(): Array<{ path: string; schema: z.core.$ZodType }> {
  const out: Array<{ path: string; schema: z.core.$ZodType }> = [];
  for (const path of allKeyPaths(scenarioSchema)) {
    const key = path.join('.');
    if (NOT_PARAMETERS.has(key)) continue;
    const schema = schemaAt(
      scenarioSchema,
      path.map((p) => (p === '[]' ? 0 : p)),
    );
    if (schema === undefined) throw new Error(`no schema at ${key}`);
    // a group of settings is not a parameter; a distribution (a union of kinds) is one
    if (kindOf(schema) === 'object') continue;
    if (
      path.length >= 2 &&
      kindOf(
        schemaAt(
          scenarioSchema,
          path.slice(0, -1).map((p) => (p === '[]' ? 0 : p)),
        )!,
      ) === 'union'
    )
      continue;
    out.push({ path: key, schema });
  }
  return out;
}

describe('parameter labels', () => {
  const all = parameters();

  it('finds the parameters (a walk that finds none would pass anything)', () => {
    expect(all.length).toBeGreaterThan(100);
    expect(all.map((p) => p.path)).toContain('guardians.caseloadCapChildren');
    expect(all.map((p) => p.path)).toContain('reforms.guardianDuos.enabled');
    expect(all.map((p) => p.path)).toContain('gi.firstVisitDays');
  });

  it('gives every parameter a short label in Dutch and in English', () => {
    const missing = all.filter((p) => {
      const label = (metaOf(p.schema) as { label?: { nl?: unknown; en?: unknown } }).label;
      return !(typeof label?.nl === 'string' && typeof label.en === 'string' && label.nl.length > 2 && label.en.length > 2);
    });
    expect(missing.map((p) => p.path)).toEqual([]);
  });

  it('keeps labels short and distinct within a section', () => {
    const seen = new Map<string, string>();
    for (const p of all) {
      const label = (metaOf(p.schema) as { label: { nl: string; en: string } }).label;
      for (const text of [label.nl, label.en]) expect(text.length, p.path).toBeLessThanOrEqual(60);
      const key = `${p.path.split('.')[0]}|${label.nl}`;
      expect(seen.get(key), `${p.path} and ${seen.get(key)} share the label "${label.nl}"`).toBeUndefined();
      seen.set(key, p.path);
    }
  });
});
