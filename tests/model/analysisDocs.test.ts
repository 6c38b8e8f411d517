// The figures of docs/model.md's "Why each reform moves the results" and of docs/calibration.md's
// checks of the settled start are written by scripts (scripts/reform-sensitivity.mjs,
// scripts/calibration-checks.mjs) between markers, from runs that take an hour. Without running
// them, this checks that the pages cover every bundled scenario, that every reform names the
// parameters that carry its effect with values the model accepts, and that the tables on the page
// were made with the values the ranges files name now (a changed range not rerun fails here).

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readRanges } from '../../src/experiment/sensitivity.js';
import { loadScenarios } from '../../src/node/scenarios.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const FOLDER = join(ROOT, 'scenarios/foodvalley');
const RANGES = join(ROOT, 'scripts/reform-ranges');
const bundled = readdirSync(FOLDER)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => f.replace(/\.yaml$/, ''));
const reforms = bundled.filter((n) => n !== 'baseline');

/** The text between a generated block's markers ('' when the page has none). */
function block(page: string, name: string): string {
  const text = readFileSync(join(ROOT, page), 'utf8');
  const a = text.indexOf(`<!-- generated: ${name} -->`);
  const b = text.indexOf(`<!-- end generated: ${name} -->`);
  return a < 0 || b < a ? '' : text.slice(a, b);
}

/** First cells of a block's table rows. */
const firstCells = (text: string) => [...text.matchAll(/^\| ([^|]+?) \|/gm)].map((m) => m[1]!);

function ranges(name: string) {
  const file = join(RANGES, `${name}.yaml`);
  const [reform] = loadScenarios([join(FOLDER, `${name}.yaml`)], []);
  return readRanges(readFileSync(file), file, reform!.scenario);
}

describe('why each reform moves the results (docs/model.md)', () => {
  it('has bundled reforms to explain', () => {
    expect(reforms.length).toBeGreaterThanOrEqual(9);
  });

  it.each(reforms)('%s: one or two parameters carry it, each with a low and a high value the model accepts', (name) => {
    const rs = ranges(name);
    expect(rs.length).toBeGreaterThanOrEqual(1);
    expect(rs.length).toBeLessThanOrEqual(2);
    for (const r of rs) {
      expect(r.low, r.path).toBeLessThan(r.high);
      // both the reform and its baseline run at each value: both must load
      for (const file of [`${name}.yaml`, 'baseline.yaml']) {
        for (const v of [r.low, r.high])
          expect(() => loadScenarios([join(FOLDER, file)], [`${r.path}=${v}`]), `${file} with ${r.path}=${v}`).not.toThrow();
      }
    }
  });

  it.each(reforms)('%s: its table on the page is the one the ranges file asks for', (name) => {
    const text = block('docs/model.md', `why ${name}`);
    expect(text, `no generated block "why ${name}": add the markers and run scripts/reform-sensitivity.mjs`).not.toBe('');
    const rows = firstCells(text);
    const expected = ['as bundled'];
    for (const r of ranges(name)) {
      const short = r.path.replace(/^reforms\.[A-Za-z]+\./, '');
      for (const which of ['low', 'high'] as const) expected.push(`\`${short}\` = ${r[which]} (${which}; bundled ${r.baseValue})`);
    }
    expect(rows.filter((c) => c !== 'run' && c !== '---')).toEqual(expected);
    expect(text).toContain(`--ranges scripts/reform-ranges/${name}.yaml`);
  });

  it('the overview has a row for every bundled reform', () => {
    expect(
      firstCells(block('docs/model.md', 'reform effects'))
        .filter((c) => c !== 'reform' && c !== '---')
        .sort(),
    ).toEqual([...reforms].sort());
  });
});

describe('the settled start checks (docs/calibration.md)', () => {
  it.each(['settled against warm-up', 'first and last fifth'])('%s: a row for every bundled scenario', (name) => {
    const cells = new Set(firstCells(block('docs/calibration.md', name)));
    for (const s of bundled) expect(cells.has(s), `${s} in "${name}"`).toBe(true);
  });

  it('the ruling-to-first-visit figures and the calibration of the baseline are on the page', () => {
    expect(block('docs/calibration.md', 'ruling to first visit')).toContain('shareGuardianWithinFiveWorkingDays');
    expect(block('docs/calibration.md', 'calibrate baseline')).toMatch(/\d+ of \d+ targets inside their band/);
  });
});
