import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { histogram } from '../../src/experiment/histogram.js';
import { safeFileName, scenarioFileNames, toJson } from '../../src/experiment/output.js';
import { insideOut, writeFileAtomic } from '../../src/node/output.js';
import { valueCountsOf } from '../../src/statistics/index.js';
import { UserError } from '../../src/userError.js';
import { tempDir } from './helpers.js';

describe('file names from scenario names', () => {
  it.each([
    ['guardian duos', 'guardian-duos'],
    ['../../etc/passwd', 'etc-passwd'],
    ['..', 'scenario'],
    ['/abs/path', 'abs-path'],
    ['C:\\Windows\\x', 'C-Windows-x'],
    ['.hidden', 'hidden'],
    ['Één (+10%)', 'Een-10'],
  ])('%s → %s', (name, expected) => {
    expect(safeFileName(name)).toBe(expected);
  });

  it('keeps names distinct', () => {
    expect(scenarioFileNames(['a b', 'a-b', 'A b'])).toEqual(['a-b', 'a-b-2', 'A-b-3']);
  });

  it('never leaves the output folder', () => {
    const out = tempDir('inside');
    expect(insideOut(out, 'summaries', 'x.json')).toBe(join(out, 'summaries', 'x.json'));
    expect(() => insideOut(out, '..', 'x.json')).toThrow(UserError);
    expect(() => insideOut(out, '/etc/passwd')).toThrow(UserError);
  });
});

describe('atomic writes', () => {
  it('replaces a file whole and leaves no temporary file', () => {
    const dir = tempDir('atomic');
    const path = join(dir, 'sub', 'summary.json');
    writeFileAtomic(path, 'old\n');
    writeFileAtomic(path, 'new\n');
    expect(readFileSync(path, 'utf8')).toBe('new\n');
    expect(readdirSync(join(dir, 'sub'))).toEqual(['summary.json']);
  });

  it('leaves the old file and no temporary file when the write fails', () => {
    const dir = tempDir('atomic-fail');
    const path = join(dir, 'comparison.json');
    writeFileSync(path, 'old\n');
    // a folder where the file should go makes the rename fail after the temp file was written
    const blocked = join(dir, 'blocked.json');
    mkdirSync(blocked);
    writeFileSync(join(blocked, 'x'), '');
    expect(() => writeFileAtomic(blocked, 'new\n')).toThrow();
    expect(readdirSync(dir).sort()).toEqual(['blocked.json', 'comparison.json']);
    expect(readFileSync(path, 'utf8')).toBe('old\n');
    expect(existsSync(join(blocked, 'x'))).toBe(true);
  });
});

describe('serialisation', () => {
  it('writes NaN (no data) as null', () => {
    expect(toJson({ mean: NaN, ci95: [NaN, 1] })).toBe('{\n  "mean": null,\n  "ci95": [\n    null,\n    1\n  ]\n}\n');
  });
});

describe('histograms', () => {
  const of = (xs: number[], replications: number, metric: string) => histogram(valueCountsOf(xs), replications, metric);

  it('gives counts one bin per whole number from 0', () => {
    const h = of([1, 1, 2, 4], 2, 'handoversPerFamily');
    expect(h.bins).toEqual([0, 1, 2, 3, 4]);
    expect(h.familiesPerReplication).toEqual([0, 1, 0.5, 0, 0.5]);
    expect(h.share).toEqual([0, 0.5, 0.25, 0, 0.25]);
  });

  it('gives days calendar-like widths, at most 40 bins', () => {
    const h = of([0.5, 100, 400, 1000], 1, 'timeToGuardianDays');
    const [first = NaN, second = NaN] = h.bins;
    expect(second - first).toBe(30);
    expect(h.bins.length).toBeLessThanOrEqual(40);
    expect(of([0.5, 3.2, 17.9], 1, 'waitDays.JBT').bins[1]).toBe(1);
  });

  it('gives other values 1-2-5 widths', () => {
    const h = of([0.05, 1.3, 2.9], 1, 'contactsPerMonth');
    expect(h.bins.slice(0, 3)).toEqual([0, 0.1, 0.2]);
    expect(h.share.reduce((a, b) => a + b)).toBeCloseTo(1, 12);
  });

  it('bins continuous values as continuous even when 3 significant digits make them whole', () => {
    // 150.4 and 170.2 are kept as 150 and 170: still days, not counts
    const h = of([150.4, 170.2], 1, 'measureDurationDays');
    const [first = NaN, second = NaN] = h.bins;
    expect(second - first).toBe(7);
    expect(h.share.reduce((a, b) => a + b)).toBeCloseTo(1, 12);
  });

  it('is empty without data', () => {
    expect(of([], 1, 'x').bins).toEqual([]);
  });
});
