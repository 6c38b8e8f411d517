// Whatever a scenario file holds, loading it ends in a valid scenario or a UserError with
// located messages: never another exception, a hang or a polluted prototype.
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { stringify } from 'yaml';
import { loadScenarioText } from '../../src/node/scenarioFiles.js';
import { scenarioDefaults } from '../../src/scenario/load.js';
import { UserError, type Diagnostic } from '../../src/userError.js';
import { tempDir } from './helpers.js';

const dir = tempDir();
const file = path.join(dir, 'fuzz.yaml');

/** Loads and classifies; anything but success or a UserError fails the property. */
function outcome(input: string | Uint8Array, overrides: string[] = []): 'valid' | Diagnostic[] {
  try {
    loadScenarioText(input, file, { overrides });
    return 'valid';
  } catch (err) {
    if (err instanceof UserError) {
      expect(err.diagnostics.length).toBeGreaterThan(0);
      for (const d of err.diagnostics) {
        expect(d.file).toMatch(/\S/);
        expect(d.message).toMatch(/\S/);
      }
      return err.diagnostics;
    }
    throw err;
  }
}

const scalar = fc.oneof(
  fc.double(),
  fc.integer(),
  fc.string({ maxLength: 12 }),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom('__proto__', 'constructor', 'lognormal', 'kind', '0,5', '38%', '.nan', '-0'),
);
const yamlish = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, scalar, fc.array(tie('value'), { maxLength: 4 }), tie('object')),
  object: fc.dictionary(
    fc.oneof(
      fc.string({ maxLength: 10 }),
      fc.constantFrom('name', 'guardians', 'adminShare', 'kind', 'mean', 'extends', '__proto__', 'toString', 'gi'),
    ),
    tie('value'),
    { maxKeys: 5 },
  ),
})).object;

/** Every leaf path of the defaults, for targeted mutations. */
function leafPaths(v: unknown, p: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(v)) return [p, ...v.flatMap((x, i) => leafPaths(x, [...p, i]))];
  if (typeof v === 'object' && v !== null) return [p, ...Object.entries(v).flatMap(([k, x]) => leafPaths(x, [...p, k]))];
  return [p];
}
const defaults = scenarioDefaults();
const paths = leafPaths(defaults).filter((p) => p.length > 0 && p[0] !== 'extends');

function setPath(root: Record<string, unknown>, p: (string | number)[], value: unknown) {
  const last = p.at(-1);
  if (last === undefined) throw new Error('an empty path');
  let cur: any = root;
  for (const seg of p.slice(0, -1)) cur = cur[seg];
  cur[last] = value;
}

describe('the loader never fails with anything but a UserError', () => {
  test('on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => void outcome(s)),
      { numRuns: 400 },
    );
  });

  test('on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (b) => void outcome(b)),
      { numRuns: 300 },
    );
  });

  test('on text made of YAML punctuation', () => {
    const piece = fc.constantFrom(
      'name: x\n',
      'a:',
      ' ',
      '\n',
      '  ',
      '- ',
      '&a ',
      '*a ',
      '!t ',
      '[',
      ']',
      '{',
      '}',
      ',',
      ':',
      '? ',
      '"',
      "'",
      '#',
      '|',
      '>',
      '---\n',
      '%YAML 1.1\n',
      'extends: ',
      'fuzz.yaml',
      'guardians:\n  adminShare: ',
      '1.4',
      '\t',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => void outcome(parts.join(''))),
      { numRuns: 400 },
    );
  });

  test('on arbitrary YAML documents', () => {
    fc.assert(
      fc.property(yamlish, (obj) => {
        const before = Object.keys(Object.prototype).length;
        void outcome(stringify(obj));
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        expect(Object.keys(Object.prototype).length).toBe(before);
      }),
      { numRuns: 300 },
    );
  });

  test('on the baseline with one value replaced: every message is located in the file', () => {
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.oneof(scalar, yamlish, fc.array(scalar, { maxLength: 3 })), (p, value) => {
        const doc = structuredClone(defaults) as Record<string, unknown>;
        setPath(doc, p, value);
        const result = outcome(stringify(doc));
        if (result !== 'valid') {
          for (const d of result) {
            expect(d.file).toBe(file);
            expect(d.line, JSON.stringify(d)).toBeGreaterThanOrEqual(1);
          }
        }
      }),
      // each run loads the whole baseline (~25 ms on a quiet machine, 75+ under load): 200 keep
      // the test within its time on a shared machine; every run draws new cases
      { numRuns: 200 },
    );
  }, 120_000);

  test('on arbitrary --set options', () => {
    const option = fc.oneof(
      fc.string({ maxLength: 40 }),
      fc.tuple(fc.constantFrom(...paths.map((p) => p.join('.'))), fc.string({ maxLength: 20 })).map(([p, v]) => `${p}=${v}`),
      fc.tuple(fc.constantFrom(...paths.map((p) => p.join('.'))), scalar).map(([p, v]) => `${p}=${JSON.stringify(v)}`),
    );
    fc.assert(
      fc.property(fc.array(option, { maxLength: 3 }), (opts) => {
        const result = outcome('name: fuzz\n', opts);
        if (result !== 'valid') for (const d of result) expect(d.file === '--set' || d.file === file).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
