// Every reform the schema offers has a module, and every module a row in docs/model.md's table: a
// reform nobody can read about, or a row for a reform that does not exist, fails here.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { REFORMS } from '../../src/model/reforms/index.js';
import { scenarioSchema } from '../../src/scenario/schema.js';

describe('the reforms and their documentation', () => {
  const keys = Object.keys(scenarioSchema.parse({ name: 'x' }).reforms).sort();
  const page = readFileSync(new URL('../../docs/model.md', import.meta.url), 'utf8');
  const table = page.slice(page.indexOf('| reform | mechanism |'), page.indexOf('### What each reform costs'));
  const rows = [...table.matchAll(/^\| `(\w+)` \|/gm)].map((m) => m[1]!).sort();

  it('every reform in the schema has exactly one module', () => {
    expect(REFORMS.map((m) => m.key).sort()).toEqual(keys);
  });

  it('docs/model.md describes every reform once, and no other', () => {
    expect(rows).toEqual(keys);
  });
});
