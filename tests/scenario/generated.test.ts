// The files generated from the schema are committed; they must match what `npm run docs` writes.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { generatedFiles } from '../../src/node/generateDocs.js';
import { scenarioJsonSchema } from '../../src/scenario/jsonSchema.js';
import { scenarioDefaults } from '../../src/scenario/load.js';
import { scenarioSchema } from '../../src/scenario/schema.js';
import { allKeyPaths } from '../../src/scenario/schemaWalk.js';
import { ROOT } from './helpers.js';

describe('generated files', () => {
  for (const [rel, text] of Object.entries(generatedFiles())) {
    test(`${rel} is up to date with the schema (run \`npm run docs\` if not)`, () => {
      expect(readFileSync(path.join(ROOT, rel), 'utf8')).toBe(text);
    });
  }
});

describe('the JSON Schema', () => {
  const js = scenarioJsonSchema() as Record<string, any>;

  test('requires only the name: everything else has a default', () => {
    expect(js.required).toEqual(['name']);
    expect(js.additionalProperties).toBe(false);
    expect(js.properties.guardians.additionalProperties).toBe(false);
  });

  test('carries defaults, units and sources', () => {
    const admin = js.properties.guardians.properties.adminShare;
    expect(admin.default).toBe(scenarioDefaults().guardians.adminShare);
    expect(admin.minimum).toBe(0);
    expect(admin.maximum).toBe(1);
    expect(admin.unit).toBeTypeOf('string');
    expect(admin.source).toMatch(/\S/);
    expect(admin.markdownDescription).toContain(admin.source);
  });

  test('has no meaningless integer bounds', () => {
    expect(JSON.stringify(js)).not.toContain(String(Number.MAX_SAFE_INTEGER));
  });
});

test('the parameter reference names every parameter', () => {
  const md = readFileSync(path.join(ROOT, 'docs/parameters.md'), 'utf8');
  const names = allKeyPaths(scenarioSchema).map((p) => p.join('.').replace(/\.\[\]/g, '[]'));
  // Groups (a section, a reform) are headings or prefixes; every value in them has a row.
  const leaves = names.filter((n) => !names.some((m) => m.startsWith(`${n}.`)));
  expect(leaves.length).toBeGreaterThan(60);
  const missing = leaves.filter((name) => !md.includes(`| \`${name}\` |`));
  expect(missing).toEqual([]);
});
