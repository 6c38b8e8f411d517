// `jbsim calibrate`: the --json shape, the table, and bad input as a located message with exit 2.
// Runs the command line as a user would, built from the current sources into tests/.artifacts
// (the experiment tests' build, rebuilt whenever a source is newer), never a stale dist/.

import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { verdictOf } from '../../src/cli/commands/calibrate.js';
import { BIN, ensureBuilt, ROOT } from '../experiment/helpers.js';

beforeAll(ensureBuilt, 200_000);
const TINY = ['--set', 'simulation.warmupYears=1', '--set', 'simulation.years=1', '--set', 'simulation.followUpYears=0', '-w', '0', '-q'];
const TWO = ['-r', '2'];

/** Runs the freshly built command line, as a user would, from the project folder. */
function jbsim(args: string[]): { code: number; out: string; err: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status ?? -1, out: r.stdout, err: r.stderr };
}

describe('jbsim calibrate', () => {
  it('--json prints one row per target: target, source, model {mean, ci95}, band, verdict by the interval', () => {
    const { code, out } = jbsim(['calibrate', 'scenarios/foodvalley/baseline.yaml', '--json', ...TINY, ...TWO]);
    expect(code).toBe(0);
    const rows = JSON.parse(out) as Array<Record<string, unknown>>;
    expect(rows.map((r) => r.target)).toEqual([
      'childrenUnderMeasure',
      'childrenIntoMeasurePerYear',
      'rvdkWaitDays',
      'rvdkInvestigationDays',
      'otsDurationMonths',
      'shareWithoutGuardian',
      'guardianTurnoverPerYear',
      'visitIntervalDays',
      'guardianCaseloadChildren',
    ]);
    for (const r of rows) {
      expect(Object.keys(r)).toEqual(['target', 'unit', 'source', 'model', 'band', 'verdict']);
      const model = r.model as { mean: number; ci95: [number, number] };
      const band = r.band as [number, number];
      expect(typeof model.mean).toBe('number');
      expect(model.ci95[0]).toBeLessThanOrEqual(model.mean);
      expect(band[0]).toBeLessThan(band[1]);
      const [low, high] = model.ci95;
      const expected = low >= band[0] && high <= band[1] ? 'inside' : high < band[0] || low > band[1] ? 'outside' : 'overlapping';
      expect(r.verdict).toBe(expected);
    }
  });

  it('prints a table with the band and the verdict for each target', () => {
    const { code, out } = jbsim(['calibrate', 'scenarios/foodvalley/baseline.yaml', ...TINY, ...TWO]);
    expect(code).toBe(0);
    expect(out).toMatch(/target\s+model mean\s+95% interval\s+band\s+verdict\s+source/);
    expect(out).toMatch(/rvdkInvestigationDays\s+[\d.]+\s+[\d.]+ … [\d.]+\s+75–105\s+(inside|overlapping|OUTSIDE)\s+89 d/);
    expect(out).toMatch(/\d of 9 targets inside their band, \d overlapping it, \d outside \(judged by the 95% interval/);
    expect(out).toMatch(
      /source codes: D read in the source itself; S a secondary source quoting the original; I derived from other figures; E an estimate/,
    );
  });

  it('judges a target by its interval: inside, overlapping or outside the band', () => {
    // the RvdK wait of 11.3–44.7 days against a band of 5–40: its mean is inside, its interval is not
    expect(verdictOf(28, [11.3, 44.7], [5, 40])).toBe('overlapping');
    expect(verdictOf(20, [12, 30], [5, 40])).toBe('inside');
    expect(verdictOf(50, [45, 55], [5, 40])).toBe('outside');
    expect(verdictOf(3, [NaN, NaN], [5, 40])).toBe('outside');
    expect(verdictOf(30, [NaN, NaN], [5, 40])).toBe('inside');
  });

  it('refuses a bad scenario or option with the place named, exit 2', () => {
    const bad = jbsim(['calibrate', 'scenarios/foodvalley/baseline.yaml', '--set', 'guardians.caseloadCapChildren=0', ...TINY, ...TWO]);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/guardians\.caseloadCapChildren/);
    const missing = jbsim(['calibrate', 'no-such-file.yaml', ...TINY, ...TWO]);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/no-such-file\.yaml/);
    const none = jbsim(['calibrate', 'scenarios/foodvalley/baseline.yaml', ...TINY, '-r', '0']);
    expect(none.code).toBe(2);
    expect(none.err).toMatch(/--replications/);
  });
});
