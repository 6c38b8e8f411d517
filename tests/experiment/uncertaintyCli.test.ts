// `jbsim uncertainty` on the real model (short horizons): option and input mistakes exit with 2
// before anything runs, the files are the same bytes on a repeat, on one or two workers and
// from merged shards, and the report carries the section with its charts.

import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CALIBRATION_TARGETS } from '../../src/model/calibration.js';
import { BIN, ensureBuilt, readTree, ROOT, tempDir } from './helpers.js';

beforeAll(ensureBuilt, 180_000);

const SCENARIOS = [join(ROOT, 'scenarios/foodvalley/baseline.yaml'), join(ROOT, 'scenarios/foodvalley/guardian-duos.yaml')] as const;
// short runs, with short pilots behind the settled starts (each sample's scenarios have their own)
const SHORT = [
  '--set',
  'simulation.warmupYears=1',
  '--set',
  'simulation.followUpYears=0',
  '--set',
  'simulation.settledStart.pilotYears=3',
  '--set',
  'simulation.settledStart.spacingYears=1',
  '--years',
  '1',
  '--quiet',
];
const SMALL = ['--samples', '3', '-r', '1', '--base-replications', '2'];

function jbsim(args: string[]) {
  const env = { ...process.env };
  delete env.JBSIM_SHARD;
  return spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', env, timeout: 170_000 });
}

const results = (dir: string) => new Map([...readTree(dir)].filter(([k]) => k === 'uncertainty.json' || k === 'uncertainty.csv'));

describe('mistakes exit with 2 and write nothing', () => {
  it.each([
    [['--samples', '0'], /--samples: expected a whole number from 1/],
    [['--base-replications', '-1'], /--base-replications/],
    [['--shard', '3/2'], /shard 3 of 2 does not exist/],
  ])('jbsim uncertainty %j', (extra, message) => {
    const out = tempDir('unc-bad');
    const r = jbsim(['uncertainty', ...SCENARIOS, ...SHORT, '--out', join(out, 'o'), ...extra]);
    expect(r.status, r.stderr).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(existsSync(join(out, 'o'))).toBe(false);
  });

  it('needs a reform to compare', () => {
    const r = jbsim(['uncertainty', SCENARIOS[0], ...SHORT, '--out', tempDir('unc-one')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/at least two scenarios/);
  });
});

describe('the files', () => {
  let first: string;
  beforeAll(() => {
    first = tempDir('unc-first');
    const r = jbsim(['uncertainty', ...SCENARIOS, ...SMALL, ...SHORT, '-w', '2', '--out', first]);
    expect(r.status, r.stderr).toBe(0);
  }, 170_000);

  it('holds, per reform and headline metric, the effect, the probability of improvement and the drivers, and the report', () => {
    const file = JSON.parse(readFileSync(join(first, 'uncertainty.json'), 'utf8'));
    const duos = file.scenarios['guardian-duos'];
    expect(duos.statement.nl).toMatch(/plausibele werelden/);
    expect(duos.statement.en).toMatch(/plausible worlds/);
    expect(Object.keys(duos.metrics)).toEqual(file.metrics);
    for (const u of Object.values<any>(duos.metrics)) {
      expect(u).toHaveProperty('probabilityOfImprovement');
      expect(u.effect).toHaveProperty('median');
      // every parameter but the other reforms' own
      expect(u.drivers.length).toBe(file.parameters.filter((p: { inertIn: string[] }) => !p.inertIn.includes('guardian-duos')).length);
      expect(u.drivers.length).toBeLessThan(file.parameters.length);
    }
    expect(file.method.drivers).toBe('spearman');
    expect(readdirSync(first)).toEqual(
      expect.arrayContaining(['uncertainty.html', 'uncertainty.md', 'uncertainty-provenance.json', 'charts']),
    );
    const charts = readdirSync(join(first, 'charts'));
    expect(charts).toEqual(expect.arrayContaining(['uncertainty-effects.svg', 'uncertainty-effects.png']));
    // 3 worlds cannot tell the parameters apart (Spearman, not PRCC): no driver chart claims they can
    expect(charts.filter((c) => c.startsWith('uncertainty-drivers'))).toEqual([]);
    expect(readFileSync(join(first, 'uncertainty.html'), 'utf8')).toContain('id="uncertainty"');
  });

  it("checks every world's baseline against each calibration band, from the baseline's own figures", () => {
    const file = JSON.parse(readFileSync(join(first, 'uncertainty.json'), 'utf8'));
    const names = file.worlds.targets.map((t: { name: string }) => t.name);
    // the baseline's own targets (FoodValley's, as `jbsim calibrate` judges them)
    expect(names).toEqual(CALIBRATION_TARGETS.map((t) => t.name));
    expect(file.worlds.drawn).toBe(3);
    for (const t of file.worlds.targets) {
      expect(t.inside).toBeLessThanOrEqual(t.judged);
      expect(t.judged).toBeLessThanOrEqual(3);
    }
    // the stock has a value in every world; the bands are the baseline's (FoodValley's)
    expect(file.worlds.targets[0]).toMatchObject({ band: [350, 550], judged: 3 });
    expect(file.worlds.consistent.every((k: number) => k >= 0 && k < 3)).toBe(true);
    expect(file.metrics.some((m: string) => m.startsWith('screen.'))).toBe(false);
  });

  it('with --like-today analyses the worlds its own screen keeps, each with the effects it has without the flag', () => {
    const file = JSON.parse(readFileSync(join(first, 'uncertainty.json'), 'utf8'));
    const out = tempDir('unc-like-cli');
    // on these short runs no world is like today's chain: the report is written all the same
    const r = jbsim(['uncertainty', ...SCENARIOS, ...SMALL, ...SHORT, '--like-today', '--out', out]);
    expect(r.status, r.stderr).toBe(0);
    expect(readdirSync(out)).toEqual(expect.arrayContaining(['uncertainty.html', 'uncertainty.md']));
    const like = JSON.parse(readFileSync(join(out, 'uncertainty.json'), 'utf8'));
    // the same worlds drawn and checked against the same bands, the screen on random numbers of its own; only those it keeps analysed
    type Bands = { drawn: number; consistent: number[]; targets: { name: string; band: number[]; judged: number }[] };
    const bands = (w: Bands) => [w.drawn, w.targets.map((t) => [t.name, t.band, t.judged])];
    expect(bands(like.worlds)).toEqual(bands(file.worlds));
    const kept = (like.worlds as Bands).consistent;
    expect(like).toMatchObject({ samples: 3, likeToday: true, analysedWorlds: kept.length });
    expect(file).toMatchObject({ likeToday: false, analysedWorlds: 3 });
    const rows = readFileSync(join(out, 'uncertainty.csv'), 'utf8').trim().split(/\r?\n/).slice(1);
    expect([...new Set(rows.map((line) => Number(line.split(',')[0])))]).toEqual(kept);
    for (const [metric, u] of Object.entries<{ samples: (number | null)[] }>(like.scenarios['guardian-duos'].metrics))
      for (const [k, e] of u.samples.entries())
        expect(e).toBe(kept.includes(k) ? file.scenarios['guardian-duos'].metrics[metric].samples[k] : null);
  }, 170_000);

  it('are the same bytes on a repeat, on one worker, and from merged shards', () => {
    const again = tempDir('unc-again');
    expect(jbsim(['uncertainty', ...SCENARIOS, ...SMALL, ...SHORT, '-w', '1', '--no-report', '--out', again]).status).toBe(0);
    expect(results(again)).toEqual(results(first));
    const shards = tempDir('unc-cli-shards');
    for (const shard of ['1/2', '2/2'])
      expect(jbsim(['uncertainty', ...SCENARIOS, ...SMALL, ...SHORT, '-w', '1', '--shard', shard, '--out', shards]).status).toBe(0);
    const merged = tempDir('unc-cli-merged');
    const r = jbsim(['merge', shards, '--out', merged, '--quiet', '--no-report']);
    expect(r.status, r.stderr).toBe(0);
    expect(results(merged)).toEqual(results(first));
  }, 170_000);
});
