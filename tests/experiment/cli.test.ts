// The commands as users and CI run them, on the real model (short horizons): options checked
// with exit code 2, results independent of the worker count and of sharding (shards from the
// environment as CI, Kubernetes and Slurm set it), and Ctrl-C stopping a run with exit 130 and
// no files.

import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { ARTIFACT, BIN, ensureBuilt, readTree, ROOT, tempDir, withoutProvenance } from './helpers.js';

beforeAll(ensureBuilt, 180_000);

const SCENARIOS = [join(ROOT, 'scenarios/foodvalley/baseline.yaml'), join(ROOT, 'scenarios/foodvalley/guardian-duos.yaml')] as const;
// a short run: one year of warm-up, one observed, no follow-up
const SHORT = ['--set', 'simulation.warmupYears=1', '--set', 'simulation.followUpYears=0', '--years', '1', '--quiet', '--no-report'];

function jbsim(args: string[], env: Record<string, string> = {}) {
  const cleanEnv = { ...process.env };
  for (const k of ['JBSIM_SHARD', 'JOB_COMPLETION_INDEX', 'JBSIM_SHARD_COUNT', 'SLURM_ARRAY_TASK_ID', 'SLURM_ARRAY_TASK_COUNT'])
    delete cleanEnv[k];
  return spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...cleanEnv, ...env }, timeout: 120_000 });
}

function comparable(dir: string): Map<string, string> {
  return new Map([...readTree(dir)].map(([k, v]) => [k, k.startsWith('summaries/') ? withoutProvenance(v) : v]));
}

/** The compiled cli's main() in this process: option checks need no child process. */
async function inProcess(args: string[]): Promise<{ status: number; stderr: string }> {
  const { main } = (await import(pathToFileURL(join(ARTIFACT, 'dist/src/cli/main.js')).href)) as { main(argv: string[]): Promise<number> };
  let stderr = '';
  const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr += String(chunk);
    return true;
  });
  const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  try {
    const status = await main(args);
    return { status, stderr };
  } finally {
    spy.mockRestore();
    out.mockRestore();
    process.exitCode = undefined;
  }
}

describe('option mistakes exit with 2 and a located message', () => {
  it.each([
    [['run', SCENARIOS[0], '--replications', '0'], /--replications: expected a whole number ≥ 1/],
    [['compare', ...SCENARIOS, '--shard', '5/4'], /shard 5 of 4 does not exist/],
    [['compare', ...SCENARIOS, '--precision', 'lots'], /--precision: "lots" is not a precision/],
    [['compare', ...SCENARIOS, '--precision', '5%', '--shard', '1/2'], /cannot be combined with --shard/],
    [['compare', ...SCENARIOS, '--baseline', 'nope'], /no scenario is called "nope"/],
    [['compare', ...SCENARIOS, '--uncertainty', '-1'], /--uncertainty: expected a whole number of plausible worlds from 0 to/],
    [['compare', ...SCENARIOS, '--uncertainty', '2.5'], /--uncertainty: expected a whole number/],
    [
      ['compare', ...SCENARIOS, '--uncertainty', '4', '--shard', '1/2'],
      /--uncertainty: a sharded comparison cannot explore uncertainty as well/,
    ],
    [['compare', SCENARIOS[0]!, '--uncertainty', '4'], /--uncertainty: exploring uncertainty compares reforms with a baseline/],
    [
      ['compare', ...SCENARIOS, '--like-today'],
      /--like-today: keeps the plausible worlds of --uncertainty that look like today's chain, but no worlds are drawn/,
    ],
    [['compare', ...SCENARIOS, '--set', 'guardians.caseloadCapChildren=0'], /caseloadCapChildren/],
    [['run', 'no-such-file.yaml'], /no-such-file\.yaml/],
    [
      ['run', SCENARIOS[0], '--event-log', 'events.txt'],
      /--event-log: "events\.txt" ends in none of \.csv, \.xes, \.jsonocel or \.ocel\.json/,
    ],
    [['sweep', SCENARIOS[0], '--vary', 'guardians.caseloadCapChildren=1:5:0'], /--vary/],
    [['sweep', SCENARIOS[0], '--vary', 'reforms.guardianDuos.enabled=1,2'], /not a number/],
    // an option that stands for a parameter is named as typed, not as the --set it becomes
    [['run', SCENARIOS[0], '--years', '1000'], /^jbsim: --years: simulation\.years: expected a number above 0 and at most 100, got 1000\n/],
    [['trace', SCENARIOS[0], '--years', '1000'], /^jbsim: --years: simulation\.years: expected a number above 0/],
    [
      ['sweep', SCENARIOS[0], '--vary', 'guardians.adminShare=0.3,1.5'],
      /^jbsim: --vary: guardians\.adminShare: at guardians\.adminShare=1\.5: expected a number between 0 and 1/,
    ],
    [
      ['sweep', SCENARIOS[0], '--vary', 'guardians.adminShare=0.2,0.3', '--hold', 'capacity'],
      /--hold: --hold applies to a sweep of guardians\.caseloadCapChildren/,
    ],
    [['sweep', SCENARIOS[0], '--vary', 'guardians.caseloadCapChildren=12,18', '--hold', 'fte'], /--hold: guardian positions are FTE/],
    [['run', SCENARIOS[0], '--out', 'package.json'], /^jbsim: --out: package\.json is a file, not a folder/],
    [['run', SCENARIOS[0], '-o', ''], /^jbsim: --out: the folder name is empty\n/],
    [
      ['compare', ...SCENARIOS, '--out', 'package.json/reports'],
      /^jbsim: --out: package\.json is a file, so package\.json\/reports cannot be created in it/,
    ],
    [
      ['sweep', SCENARIOS[0], '--vary', 'guardians.caseloadCapChildren=12,15', '--out', 'src'],
      /--out: src already holds files jbsim did not write/,
    ],
    [['run', SCENARIOS[0], '--event-log', 'package.json/events.xes'], /--event-log: package\.json is a file, not a folder/],
  ])('jbsim %j', async (args, message) => {
    const r = await inProcess(args as string[]);
    expect(r.status, r.stderr).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it('refuses to compare scenarios observed differently, at the line that differs, before any run', async () => {
    const dir = tempDir('cli-observed-alike');
    const reform = join(dir, 'half.yaml');
    writeFileSync(reform, `extends: ${SCENARIOS[0]}\nname: half\nsimulation:\n  cohortShare: 0.5\n`);
    for (const command of ['compare', 'uncertainty']) {
      const r = await inProcess([command, SCENARIOS[0], reform, '--out', join(dir, command)]);
      expect(r.status, r.stderr).toBe(2);
      expect(r.stderr).toContain(`${reform}:4: simulation.cohortShare: is 0.5 here and 1 in the baseline "baseline"`);
      expect(existsSync(join(dir, command, 'comparison.json'))).toBe(false);
    }
    // the same value for all, from the command line, compares them alike
    const alike = await inProcess([
      'compare',
      SCENARIOS[0],
      reform,
      ...SHORT,
      '--replications',
      '1',
      '--set',
      'simulation.cohortShare=0.5',
      '--out',
      join(dir, 'alike'),
    ]);
    expect(alike.status, alike.stderr).toBe(0);
  });

  it('merge says when there are no shards', async () => {
    const dir = tempDir('cli-merge-empty');
    const r = await inProcess(['merge', dir]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/no shard files/);
  });
});

describe('the real model through the cli', () => {
  let unsharded: string;
  beforeAll(() => {
    unsharded = tempDir('cli-unsharded');
    const r = jbsim(['compare', ...SCENARIOS, '-r', '4', '-w', '2', '--out', unsharded, ...SHORT]);
    expect(r.status, r.stderr).toBe(0);
  }, 120_000);

  it('sweeps the caseload cap holding its capacity: positions scale, the file and the chart say so', () => {
    const out = tempDir('cli-sweep-hold');
    const args = [
      'sweep',
      SCENARIOS[0],
      '--vary',
      'guardians.caseloadCapChildren=12,24',
      '--hold',
      'capacity',
      '-r',
      '1',
      '-w',
      '0',
      '--out',
      out,
      '--set',
      'simulation.start=empty',
      ...SHORT.filter((a) => a !== '--no-report'),
    ];
    const r = jbsim(args);
    expect(r.status, r.stderr).toBe(0);
    const file = JSON.parse(readFileSync(join(out, 'sweep.json'), 'utf8')) as {
      held: { what: string; guardianPositions: number[]; capacityChildren: number[] };
    };
    expect(file.held.what).toBe('capacity');
    // 29 positions at a cap of 18: about 44 at 12 and 22 at 24, so cap × positions stays near 522
    const [at12, at24] = file.held.guardianPositions;
    expect(at12).toBeGreaterThan(at24! * 1.8);
    for (const c of file.held.capacityChildren) expect(Math.abs(c - 522)).toBeLessThan(40);
    const page = readFileSync(join(out, 'sweep.html'), 'utf8');
    expect(page).toContain('Caseloadnorm × posities blijft gelijk');
    expect(page).not.toContain('guardians.caseloadCapChildren');
  }, 120_000);

  it('writes a warm-up study whose page speaks Dutch, with the cuts per series and a chart', () => {
    const out = tempDir('cli-warmup');
    const r = jbsim([
      'warmup',
      SCENARIOS[0],
      '-r',
      '2',
      '--empty-years',
      '2',
      '--settled-years',
      '2',
      '-w',
      '0',
      '--out',
      out,
      '--lang',
      'nl',
      '--material',
      '5%',
      '--quiet',
    ]);
    expect(r.status, r.stderr).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['.jbsim-output.json', 'charts', 'warmup.html', 'warmup.json']);
    const file = JSON.parse(readFileSync(join(out, 'warmup.json'), 'utf8')) as {
      materialShare: number;
      recommendation: { scenarioWarmupYears: number };
    };
    expect(file.materialShare).toBe(0.05); // from --material
    expect(file.recommendation.scenarioWarmupYears).toBe(1);
    const page = readFileSync(join(out, 'warmup.html'), 'utf8');
    expect(page).toMatch(/Vanaf een lege keten (komen de reeksen|laat geen reeks)/);
    expect(page).toContain('5% van het niveau van de rest');
    expect(page).toContain('<section id="cuts">');
    expect(page).not.toContain('From an empty chain');
  }, 120_000);

  it('warmup will not write into a folder of files it did not write: exit 2 before any run', () => {
    const out = tempDir('cli-warmup-foreign');
    writeFileSync(join(out, 'notes.txt'), 'mine');
    const r = jbsim(['warmup', SCENARIOS[0], '-r', '2', '--empty-years', '2', '--settled-years', '2', '-w', '0', '--out', out, '--quiet']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('already holds files jbsim did not write (notes.txt)');
    expect(readdirSync(out)).toEqual(['notes.txt']);
  });

  it('writes the compare outputs', () => {
    expect(readdirSync(unsharded).sort()).toEqual(['.jbsim-output.json', 'comparison.json', 'results.csv', 'summaries']);
    expect(readdirSync(join(unsharded, 'summaries')).sort()).toEqual(['baseline.json', 'guardian-duos.json']);
  });

  // the exploration runs on the comparison's own workers, or in the main thread: the same bytes
  it('compare --uncertainty writes the same uncertainty.json on two workers as in the main thread', () => {
    const runs = [0, 2].map((w) => {
      const out = tempDir(`cli-explore-${w}`);
      const r = jbsim(['compare', ...SCENARIOS, '-r', '2', '-w', String(w), '--uncertainty', '2', '--out', out, ...SHORT]);
      expect(r.status, r.stderr).toBe(0);
      return readFileSync(join(out, 'uncertainty.json'), 'utf8');
    });
    const file = JSON.parse(runs[0]!) as {
      samples: number;
      replications: number;
      baseReplications: number;
      scenarios: Record<string, unknown>;
    };
    expect([file.samples, file.replications, file.baseReplications, Object.keys(file.scenarios)]).toEqual([2, 1, 0, ['guardian-duos']]);
    expect(runs[1]).toBe(runs[0]);
  }, 240_000);

  it('compare --uncertainty --like-today screens the worlds drawn on two replications each and counts only those that pass', () => {
    const out = tempDir('cli-explore-like-today');
    const quietless = SHORT.filter((a) => a !== '--quiet');
    const r = jbsim(['compare', ...SCENARIOS, '-r', '2', '-w', '2', '--uncertainty', '3', '--like-today', '--out', out, ...quietless]);
    expect(r.status, r.stderr).toBe(0);
    const file = JSON.parse(readFileSync(join(out, 'uncertainty.json'), 'utf8')) as {
      samples: number;
      replications: number;
      likeToday: boolean;
      analysedWorlds: number;
      worlds: { drawn: number; consistent: number[] };
    };
    expect([file.samples, file.replications, file.likeToday, file.worlds.drawn]).toEqual([3, 2, true, 3]);
    // on these short runs no world is like today's chain (the kept worlds' own path is tested on a
    // queue model, tests/experiment/uncertainty.test.ts): the command says so and what to do
    expect([file.analysedWorlds, file.worlds.consistent]).toEqual([0, []]);
    expect(r.stdout).toContain(
      "explored uncertainty over 0 of 3 plausible worlds drawn (those that look like today's chain) × 2 scenarios, 80 parameters varied (none passed, so nothing was compared: draw more worlds)",
    );
  }, 240_000);

  // the shards run in the main thread (-w 0), the whole run on two workers: neither changes a byte
  it('merges shards from CI, Kubernetes and Slurm environments into the same bytes', () => {
    const shards = tempDir('cli-shards');
    const runs: Record<string, string>[] = [
      { JBSIM_SHARD: '1/3' },
      { JOB_COMPLETION_INDEX: '1', JBSIM_SHARD_COUNT: '3' },
      { SLURM_ARRAY_TASK_ID: '3', SLURM_ARRAY_TASK_COUNT: '3', SLURM_ARRAY_TASK_MIN: '1' },
    ];
    for (const env of runs) {
      const args = ['compare', ...SCENARIOS, '-r', '4', '-w', '0', '--out', shards, ...SHORT];
      if (!('JBSIM_SHARD' in env)) args.push('--shard', 'auto');
      const r = jbsim(args, env);
      expect(r.status, r.stderr).toBe(0);
    }
    expect(readdirSync(shards).sort()).toEqual(['.jbsim-output.json', 'shard-1-of-3.json', 'shard-2-of-3.json', 'shard-3-of-3.json']);
    const merged = tempDir('cli-merged');
    const r = jbsim(['merge', shards, '--out', merged, '--quiet', '--no-report']);
    expect(r.status, r.stderr).toBe(0);
    expect(comparable(merged)).toEqual(comparable(unsharded));
  }, 120_000);
});

describe('the output folder', () => {
  it('--out naming a file: exit 2 with the path, before any simulation', () => {
    const started = performance.now();
    // a thousand replications would take minutes: a quick exit shows nothing ran
    const r = jbsim(['run', SCENARIOS[0], '-r', '1000', '--out', 'package.json']);
    expect(r.status, r.stderr).toBe(2);
    expect(r.stderr).toMatch(/package\.json is a file, not a folder/);
    expect(performance.now() - started).toBeLessThan(10_000);
  }, 30_000);

  it('a second comparison into the same folder leaves no summary of a scenario it no longer has', () => {
    const out = tempDir('cli-reuse');
    for (const scenarios of [SCENARIOS, SCENARIOS.slice(0, 1)]) {
      const r = jbsim(['compare', ...scenarios, '-r', '2', '-w', '0', '--out', out, ...SHORT]);
      expect(r.status, r.stderr).toBe(0);
    }
    expect(readdirSync(join(out, 'summaries'))).toEqual(['baseline.json']);
  }, 120_000);
});

describe('--event-log', () => {
  it("writes every family's events of replication 0 as CSV", () => {
    const dir = tempDir('cli-event-log');
    const file = join(dir, 'log', 'events.csv');
    const r = jbsim([
      'run',
      SCENARIOS[0],
      '-r',
      '2',
      '-w',
      '0',
      '--out',
      dir,
      '--event-log',
      file,
      '--set',
      'simulation.warmupYears=1',
      '--set',
      'simulation.followUpYears=0',
      '--years',
      '1',
      '--quiet',
    ]);
    expect(r.status, r.stderr).toBe(0);
    const lines = readFileSync(file, 'utf8').trim().split(/\r?\n/); // CSV rows end in CRLF (RFC 4180)
    expect(lines[0]).toBe('case_id,activity,timestamp,time_days,resource,link');
    expect(lines.length).toBeGreaterThan(100);
    expect(lines.some((l) => l.includes(',RvdK investigation,'))).toBe(true);
    expect(new Set(lines.slice(1).map((l) => l.split(',')[0])).size).toBeGreaterThan(10);
  }, 120_000);
});

/** Resolves once process `pid` has used `cpuSeconds` of CPU (read from /proc), or after `fallbackMs` where there is no /proc. */
async function runningFor(pid: number, cpuSeconds: number, fallbackMs: number): Promise<void> {
  const stat = `/proc/${pid}/stat`;
  if (!existsSync(stat)) return new Promise((r) => setTimeout(r, fallbackMs));
  const ticksPerSecond = 100; // USER_HZ on Linux
  for (;;) {
    let fields: string[];
    try {
      // the fields after the command's closing parenthesis; utime and stime are the 12th and 13th of them
      fields = readFileSync(stat, 'utf8').split(') ')[1]!.split(' ');
    } catch {
      return; // exited already: the test's checks will say how
    }
    if ((Number(fields[11]) + Number(fields[12])) / ticksPerSecond >= cpuSeconds) return;
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('Ctrl-C', () => {
  it('stops the workers, writes nothing and exits with 130', async () => {
    const out = tempDir('cli-sigint');
    const child = spawn(
      process.execPath,
      [BIN, 'compare', ...SCENARIOS, '-r', '4000', '-w', '2', '--out', join(out, 'reports'), ...SHORT],
      { cwd: ROOT },
    );
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += String(d)));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    // running replications (the handler is in place), far from done: on Linux, once the process
    // has had 3 s of CPU (starting takes about one); elsewhere after 4 s of wall time
    await runningFor(child.pid!, 3, 4_000);
    const sent = performance.now();
    child.kill('SIGINT');
    const code = await exited;
    expect(code, stderr).toBe(130);
    expect(performance.now() - sent).toBeLessThan(5_000);
    expect(stderr).toMatch(/interrupted/);
    expect(existsSync(join(out, 'reports')) ? readdirSync(join(out, 'reports')) : []).toEqual([]);
  }, 60_000);
});
