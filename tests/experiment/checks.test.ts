// `jbsim compare --check path=value`: the whole comparison again with one assumption at another
// value. Its comparison must be the one `--set path=value` gives (same seed, same replications),
// the comparison's own results must not move, and a bad check stops the command before any run.

import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, ensureBuilt, ROOT, tempDir } from './helpers.js';

beforeAll(ensureBuilt, 180_000);

const SCENARIOS = [join(ROOT, 'scenarios/foodvalley/baseline.yaml'), join(ROOT, 'scenarios/foodvalley/guardian-duos.yaml')] as const;
// a short run: one year of warm-up, one observed, no follow-up
const SHORT = ['--set', 'simulation.warmupYears=1', '--set', 'simulation.followUpYears=0', '--years', '1', '--quiet', '-r', '2'];
const CHECK = 'gi.extensionContactElasticity=0.6';
// the scenarios' own value: this check must give the comparison itself, and say that it holds
const SAME = 'gi.extensionContactElasticity=0.3';
// a value only the duos' own reform reads: both files hold the default, yet at 1 hour it is another variant of the duos
const OWN = 'reforms.guardianDuos.coordinationHoursPerFamilyPerMonth=1';

function jbsim(args: string[]) {
  return spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
}

const json = (dir: string, file: string) => JSON.parse(readFileSync(join(dir, file), 'utf8'));

describe('compare --check', () => {
  let plain: string;
  let checked: string;
  let set: string;

  beforeAll(() => {
    plain = tempDir('check-plain');
    checked = tempDir('check-checked');
    set = tempDir('check-set');
    for (const [out, extra] of [
      [plain, ['--no-report']],
      [checked, ['--check', CHECK, '--check', SAME, '--check', OWN]],
      [set, ['--no-report', '--set', CHECK]],
    ] as const) {
      const r = jbsim(['compare', ...SCENARIOS, ...SHORT, ...extra, '--out', out]);
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
    }
  }, 300_000);

  it('gives the comparison that --set gives, with every scenario at the checked value', () => {
    const file = json(checked, 'checks.json');
    expect(file.seed).toBe(json(set, 'comparison.json').seed);
    expect(file.replications).toBe(2);
    expect(file.format).toBe('jbsim-checks/1');
    expect(file.version).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
    expect(file.checks).toHaveLength(3);
    const [check, same] = file.checks;
    // at the value the scenarios have, the check is the comparison itself
    expect(same.value).toBe(0.3);
    expect(same.comparison).toEqual(json(plain, 'comparison.json'));
    expect(check.path).toBe('gi.extensionContactElasticity');
    expect(check.value).toBe(0.6);
    expect(check.own).toEqual({ baseline: 0.3, 'guardian-duos': 0.3 });
    expect(check.comparison).toEqual(json(set, 'comparison.json'));
    for (const name of ['baseline', 'guardian-duos']) {
      const summary = json(set, `summaries/${name}.json`);
      expect(check.settled[name]).toBe(summary.settled.settled);
      if (!summary.settled.settled) expect(check.unsettledReasons[name]).toEqual(summary.settled.reasons);
    }
  });

  it("leaves the comparison's own results as they are without it", () => {
    for (const file of ['comparison.json', 'results.csv'])
      expect(readFileSync(join(checked, file), 'utf8')).toBe(readFileSync(join(plain, file), 'utf8'));
    expect(existsSync(join(plain, 'checks.json'))).toBe(false);
  });

  it('says in the summary what the checked value changes for the reform, or that it holds', () => {
    const summary = readFileSync(join(checked, 'summary.md'), 'utf8');
    expect(summary).toContain('Elk scenario is ook doorgerekend met ‘Effect van contact op verlenging’ op 0,6');
    expect(summary).toContain(
      'Elk scenario is ook doorgerekend met ‘Effect van contact op verlenging’ op 0,6, ‘Effect van contact op verlenging’ op 0,3 en met ‘Overlegtijd in het duo’ op 1 uur per gezin per maand',
    );
    // what 0.6 changes depends on the model's results; each unit test of the sentence pins one verdict
    expect(summary).toMatch(
      /Met ‘Effect van contact op verlenging’ op 0,6 in plaats van 0,3 (valt het anders uit: |blijven dezelfde veranderingen duidelijk)/,
    );
    expect(summary).toContain(
      'Met ‘Effect van contact op verlenging’ op 0,3 in plaats van 0,3 blijven dezelfde veranderingen duidelijk en houden de kosten dezelfde richting',
    );
    expect(readFileSync(join(checked, 'index.html'), 'utf8')).toContain('op 0,6 in plaats van 0,3');
    // the duos set their own coordination time: a check of it is another variant of the reform, said so; the elasticity is no setting of theirs
    expect(summary).toMatch(
      /Met ‘Overlegtijd in het duo’ op 1 uur per gezin per maand in plaats van 0,5 uur per gezin per maand \(een waarde die deze hervorming zelf instelt: /,
    );
    expect(summary).not.toMatch(/op 0,6 in plaats van 0,3 \(/);
  });
});

describe('a bad --check stops compare before any run', () => {
  it.each([
    [['--check', 'gi.extensionContactElasticity'], /--check: expected path=value, got "gi\.extensionContactElasticity"/],
    [['--check', 'gi.extensionContactElasticity='], /--check: expected path=value/],
    [['--check', 'gi.noSuchParameter=1'], /--check: gi\.noSuchParameter: there is no such parameter/],
    [
      ['--check', 'gi.extensionContactElasticity=lots'],
      /--check: gi\.extensionContactElasticity: expected a number between 0 and 5, got the text "lots"/,
    ],
    [['--check', CHECK, '--shard', '1/2'], /--check: a check runs the whole comparison again, which a shard cannot/],
  ])('%s', (extra, message) => {
    const out = tempDir('check-bad');
    const r = jbsim(['compare', ...SCENARIOS, ...SHORT, '--no-report', ...extra, '--out', join(out, 'x')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(join(out, 'x'))).toBe(false);
  });
});
