// The command line as a first-time user meets it: the list of commands when none is given, an
// unknown command named as such with a suggestion, --workers above the cores explained, help
// without repeats, and --set the same option in every command.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import yargs, { type Argv } from 'yargs';
import { commands } from '../../src/cli/commands/index.js';
import { nameClashes } from '../../src/node/scenarios.js';
import { ARTIFACT, BIN, ensureBuilt, ROOT, tempDir } from '../experiment/helpers.js';

beforeAll(ensureBuilt, 180_000);

/** The real program in its own process, as a user starts it. */
function jbsim(...args: string[]): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** The compiled main() in this process, for what needs no run (a process start costs a second or more). */
async function inProcess(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const { main } = (await import(pathToFileURL(join(ARTIFACT, 'dist/src/cli/main.js')).href)) as { main(argv: string[]): Promise<number> };
  let out = '';
  let err = '';
  const spies = [
    vi.spyOn(process.stdout, 'write').mockImplementation((c: string | Uint8Array) => {
      out += String(c);
      return true;
    }),
    vi.spyOn(process.stderr, 'write').mockImplementation((c: string | Uint8Array) => {
      err += String(c);
      return true;
    }),
    vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => {
      out += `${a.join(' ')}\n`;
    }),
    vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => {
      err += `${a.join(' ')}\n`;
    }),
  ];
  try {
    const code = await main(args);
    return { code, out, err };
  } finally {
    for (const s of spies) s.mockRestore();
    process.exitCode = undefined;
  }
}

const NAMES = commands.map((c) => String(c.command).replace(/ .*/, ''));
const BASELINE = 'scenarios/foodvalley/baseline.yaml';

/**
 * Every number option of every command, by its long name, as yargs has it after the command's
 * builder: an option added later is tested without being listed here.
 */
const NUMBER_OPTIONS = commands.flatMap((c) => {
  const y = yargs([]);
  (c.builder as (y: Argv) => Argv)(y);
  const { number } = (y as unknown as { getOptions(): { number: string[] } }).getOptions();
  // a command may declare an option again with its own default (uncertainty's --replications)
  return [...new Set(number.filter((name) => name.length > 1))].map((name) => [String(c.command).replace(/ .*/, ''), name] as const);
});
/** A file that is not there: a command that got past its options would stop at it at once, not run. */
const NO_FILE = 'tmp/no-such-scenario.yaml';

describe('finding the commands', () => {
  it('`jbsim` alone lists every command, exit 0', () => {
    const r = jbsim();
    expect(r.code).toBe(0);
    for (const name of NAMES) expect(r.out).toMatch(new RegExp(`^ {2}jbsim ${name}\\b`, 'm'));
  });

  it('options without a command: exit 2 naming the commands', async () => {
    const r = await inProcess('--quiet');
    expect(r.code).toBe(2);
    expect(r.err).toContain(`name a command: ${NAMES.join(', ')}`);
  });

  it('on a Dutch machine too, a mistake yargs finds is said in the words jbsim uses', async () => {
    const saved = process.env.LC_ALL;
    process.env.LC_ALL = 'nl_NL.UTF-8';
    try {
      const r = await inProcess('run');
      expect(r.code).toBe(2);
      expect(r.err).toContain('a file or folder is missing after the command');
    } finally {
      if (saved === undefined) delete process.env.LC_ALL;
      else process.env.LC_ALL = saved;
    }
  });

  it('an unknown command is called one, with the closest command or the list', async () => {
    const typo = await inProcess('compre', 'scenarios/foodvalley');
    expect(typo.code).toBe(2);
    expect(typo.err).toBe('jbsim: command line: unknown command "compre"\n  hint: did you mean jbsim compare?\n');
    const unknown = await inProcess('frobnicate');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/^jbsim: command line: unknown command "frobnicate"\n {2}hint: the commands are: run, compare/);
  });
});

describe('help', () => {
  it.each(NAMES)('`jbsim %s --help` gives each example once', async (name) => {
    const r = await inProcess(name, '--help');
    expect(r.code).toBe(0);
    const examples =
      r.out
        .split('Examples:')[1]
        ?.split('\n')
        .filter((l) => l.trim() !== '') ?? [];
    expect(new Set(examples).size).toBe(examples.length);
  });

  it.each(['run', 'compare', 'sweep', 'sensitivity', 'trace', 'calibrate', 'validate'])(
    '`jbsim %s --help` shows --set as a repeatable list',
    async (name) => {
      const help = (await inProcess(name, '--help')).out;
      const set = help.slice(help.indexOf('--set')).split(/\n\s*-/)[0];
      expect(set).toMatch(/\[array\]/);
    },
  );
});

describe('options', () => {
  it('warmup years out of range are bad input: exit 2 naming the option, before any run', async () => {
    const r = await inProcess('warmup', 'scenarios/foodvalley/baseline.yaml', '--empty-years', '1', '--out', 'tmp/never-written');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--empty-years.*from 2 to 200, got 1/);
  });

  it('a warmup --material that is no share is bad input: exit 2 naming the option, before any run', async () => {
    for (const bad of ['abc', '0', '150%']) {
      const r = await inProcess('warmup', 'scenarios/foodvalley/baseline.yaml', '--material', bad, '--out', 'tmp/never-written');
      expect(r.code).toBe(2);
      expect(r.err).toContain(`--material: "${bad}" is not a share`);
    }
  });

  it.each([
    [['run', BASELINE, '-r', 'abc'], '--replications: expected a whole number ≥ 1, got the text "abc"'],
    [['run', BASELINE, '--replications=abc'], '--replications: expected a whole number ≥ 1, got the text "abc"'],
    [['run', BASELINE, '--workers', 'abc'], '--workers: expected a whole number ≥ 0, got the text "abc"'],
    [['run', BASELINE, '-w', 'abc'], '--workers: expected a whole number ≥ 0, got the text "abc"'],
    [['run', BASELINE, '--seed', 'abc'], '--seed: expected a whole number, got the text "abc"'],
    [['run', BASELINE, '--years', 'abc'], '--years: expected a number of years above 0, got the text "abc"'],
    [['compare', 'scenarios/foodvalley', '--uncertainty', 'abc'], '--uncertainty: expected a whole number of plausible worlds from 0 to'],
    [['uncertainty', 'scenarios/foodvalley', '--samples', 'abc'], '--samples: expected a whole number from 1 to'],
    [['uncertainty', 'scenarios/foodvalley', '-n', 'abc'], '--samples: expected a whole number from 1 to'],
    [['trace', BASELINE, '--family', 'abc'], '--family: expected a whole number ≥ 0, got the text "abc"'],
  ])('a number option given text names the text, not NaN: jbsim %j', async (args, message) => {
    const r = await inProcess(...args, '--out', 'tmp/never-written');
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
    expect(r.err).toMatch(/got the text "abc"\n/);
    expect(r.err).not.toContain('NaN');
  });

  it.each(NUMBER_OPTIONS)(
    'jbsim %s --%s with no number after it is refused, naming the option, before anything else',
    async (command, option) => {
      for (const args of [
        [command, NO_FILE, `--${option}`],
        [command, `--${option}`, '--quiet', NO_FILE],
        [command, NO_FILE, `--${option}=`],
      ]) {
        const r = await inProcess(...args);
        expect(r.code, args.join(' ')).toBe(2);
        expect(r.err, args.join(' ')).toMatch(
          new RegExp(`^jbsim: --${option}(?: \\(-\\w\\))?: a number is needed after it, and none was given\n`),
        );
      }
    },
  );

  it('`-r` with nothing after it names -r and --replications and the default', async () => {
    const r = await inProcess('run', NO_FILE, '-r', '--out', 'tmp/never-written');
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      'jbsim: --replications (-r): a number is needed after it, and none was given\n  hint: put one after it, e.g. --replications 30, or leave the option out to use its default, 30\n',
    );
    const years = await inProcess('run', NO_FILE, '--years', '-r', '2', '--out', 'tmp/never-written');
    expect(years.err).toBe(
      'jbsim: --years: a number is needed after it, and none was given\n  hint: put one after it, or leave the option out\n',
    );
    // asking what -r takes is no mistake
    const help = await inProcess('run', '-r', '--help');
    expect(help.code).toBe(0);
    expect(help.out).toContain('--replications');
  });

  it.each(NUMBER_OPTIONS)('jbsim %s --%s given twice is refused with both values, before anything else', async (command, option) => {
    const r = await inProcess(command, NO_FILE, `--${option}`, '1', `--${option}=2`);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(
      new RegExp(`^jbsim: --${option}(?: \\(-\\w\\))?: given more than once: 1 and 2\n {2}hint: give it once, with the number you mean\n$`),
    );
  });

  it('--max-replications is read with or without --precision: a mistyped cap is refused', async () => {
    for (const extra of [[], ['--precision', '5%']]) {
      const r = await inProcess('run', NO_FILE, '--max-replications', 'abc', ...extra, '--out', 'tmp/never-written');
      expect(r.code).toBe(2);
      expect(r.err).toBe('jbsim: --max-replications: expected a whole number ≥ 1, got the text "abc"\n');
    }
  });

  it('-r given twice, under either name, says so with what was typed, not as 5,NaN', async () => {
    for (const [args, values] of [
      [['-r', '5', '-r', 'abc'], '5 and "abc"'],
      [['-r', '1', '--replications', '2'], '1 and 2'],
      [['-r', '1', '-r2', '-r', ''], '1, 2 and nothing'],
    ] as const) {
      const r = await inProcess('run', NO_FILE, ...args, '--out', 'tmp/never-written');
      expect(r.code).toBe(2);
      expect(r.err).toBe(`jbsim: --replications (-r): given more than once: ${values}\n  hint: give it once, with the number you mean\n`);
    }
    // the options meant to be repeated still are
    const r = await inProcess('sweep', NO_FILE, '--vary', 'a=1,2', '--vary', 'b=1,2', '--set', 'c=1', '--set', 'd=1', '-r', '1', '-r', '2');
    expect(r.err).toBe('jbsim: --replications (-r): given more than once: 1 and 2\n  hint: give it once, with the number you mean\n');
  });

  it('a text option given twice is refused with both values, not joined into one (--out a --out b is no folder "a,b")', async () => {
    const r = await inProcess('run', NO_FILE, '--out', 'tmp/a', '-o', 'tmp/b', '-r', '1');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(
      /^jbsim: --out \(-o\): given more than once: "tmp\/a" and "tmp\/b"\n {2}hint: give it once, with the value you mean\n$/,
    );
    expect(existsSync('tmp/a,tmp/b')).toBe(false);
    const lang = await inProcess('compare', NO_FILE, '--lang', 'nl', '--lang', 'en');
    expect(lang.err).toBe('jbsim: --lang: given more than once: "nl" and "en"\n  hint: give it once, with the value you mean\n');
  });

  it('--no- before an option that takes a value is refused (yargs read --no-out as the folder "false"); a switch still turns off', async () => {
    const out = await inProcess('run', NO_FILE, '--no-out', '-r', '1');
    expect(out.code).toBe(2);
    expect(out.err).toBe(
      'jbsim: --no-out: --out (-o) takes a value; it cannot be switched off with --no-\n  hint: leave --out out to use its default, reports, or give it a value\n',
    );
    expect(existsSync('false')).toBe(false);
    const r = await inProcess('compare', NO_FILE, '--no-max-replications');
    expect(r.err).toBe(
      'jbsim: --no-max-replications: --max-replications takes a value; it cannot be switched off with --no-\n  hint: leave --max-replications out to use its default, 200, or give it a value\n',
    );
    // --no-report is a switch turned off: the run goes on to find the missing file
    const report = await inProcess('compare', NO_FILE, '--no-report');
    expect(report.err).toContain('no-such-scenario.yaml');
    expect(report.err).not.toContain('--no-');
    // after `--` a word is no option, whatever it looks like: a file of that name is looked for
    const after = await inProcess('validate', '--', '--no-out');
    expect(after.code).toBe(2);
    expect(after.err).not.toContain('takes a value');
  });

  it('a --check that makes the run too large for memory is refused, blamed on --check, before any run', async () => {
    const r = await inProcess(
      'compare',
      'scenarios/netherlands/baseline.yaml',
      'scenarios/netherlands/less-admin.yaml',
      '-r',
      '2',
      '--check',
      'entry.signalsPerThousandYouthPerYear=200',
      '--out',
      'tmp/too-large-check',
    );
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^jbsim: --check: with entry\.signalsPerThousandYouthPerYear=200: this run would not fit in memory: /);
    expect(existsSync('tmp/too-large-check')).toBe(false);
  });

  it('a second file after a command that takes one is called that, with where several go', async () => {
    const r = await inProcess('run', 'a.yaml', 'b.yaml', 'c.yaml');
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      'jbsim: command line: run takes one scenario file; also given: b.yaml, c.yaml\n  hint: to run several scenarios and compare them, use jbsim compare, which takes several files (or a folder)\n',
    );
    const sweep = await inProcess('sweep', 'a.yaml', 'b.yaml', '--vary', 'guardians.adminShare=0.2,0.3', '--frobnicate');
    expect(sweep.code).toBe(2);
    expect(sweep.err).toContain(
      'command line: sweep takes one scenario file; also given: b.yaml\n  hint: run jbsim sweep once for each file\n',
    );
    expect(sweep.err).toContain('command line: unknown option: frobnicate\n');
  });

  it("a value outside an option's choices is named with the choices, in plain words", async () => {
    for (const command of ['compare', 'trace']) {
      const r = await inProcess(command, BASELINE, '--lang', 'de');
      expect(r.code).toBe(2);
      expect(r.err).toBe('jbsim: --lang: expected nl or en, got "de"\n');
    }
  });

  it('--set takes one value each time, in every position', async () => {
    const r = await inProcess(
      'validate',
      '--set',
      'guardians.adminShare=0.3',
      'scenarios/foodvalley/less-admin.yaml',
      '--set',
      'guardians.hoursPerWeek=30',
      BASELINE,
    );
    expect(r.err).toBe('');
    expect(r.out.trim().split('\n')).toEqual(['scenarios/foodvalley/less-admin.yaml: ok (less-admin)', `${BASELINE}: ok (baseline)`]);
  });

  it('validate checks the names of all its files and folders together, as compare takes them', async () => {
    const dir = smallScenarios();
    mkdirSync(join(dir, 'reforms'));
    // a second file named small, in a folder of its own
    writeFileSync(join(dir, 'reforms', 'baseline.yaml'), 'extends: ../small.yaml\nrvdk:\n  investigators: 10\n');
    const clash = `${join(dir, 'reforms', 'baseline.yaml')}: name: the name "small" is also used by ${join(dir, 'small.yaml')}: this file has no \`name:\` of its own, so it takes the name of the file it extends\n  hint: add a name of its own, e.g. \`name: baseline\`\n`;
    const together = await inProcess('validate', join(dir, 'small.yaml'), join(dir, 'reforms'));
    expect(together.code).toBe(2);
    expect(together.out).toBe(`${join(dir, 'small.yaml')}: ok (small)\n`);
    expect(together.err).toBe(
      `${clash}jbsim: validate: 1 of 2 scenarios have mistakes (listed above)\n  hint: jbsim compare takes all the files and folders named as one comparison, so their names must differ; scenarios not meant to be compared can be checked with one jbsim validate each\n`,
    );
    const compare = await inProcess('compare', join(dir, 'small.yaml'), join(dir, 'reforms'), '--out', join(dir, 'out'));
    expect(compare.code).toBe(2);
    expect(compare.err).toBe(`jbsim: ${clash}`);
    // each alone has nothing to clash with
    for (const arg of [join(dir, 'small.yaml'), join(dir, 'reforms')]) expect((await inProcess('validate', arg)).code).toBe(0);
    // a folder's sub-folders are no part of a comparison of the folder: each is checked as a comparison of its own
    const folder = await inProcess('validate', dir);
    expect(folder.code, folder.err).toBe(0);
    expect(folder.out.trim().split('\n')).toHaveLength(3);
  });

  it('a --check that changes no assumption, or is malformed, is blamed on --check, before anything runs', async () => {
    const dir = smallScenarios();
    const compare = (...args: string[]) =>
      inProcess(
        'compare',
        join(dir, 'small.yaml'),
        join(dir, 'tight.yaml'),
        '-r',
        '1',
        '-w',
        '0',
        '--no-report',
        '--out',
        join(dir, 'out'),
        ...args,
      );
    const notAssumption = (key: string) =>
      `jbsim: --check: ${key}: not an assumption about the chain: checking it would change nothing the comparison measures\n  hint: name a parameter of the chain (docs/parameters.md) and the value to try, e.g. --check gi.extensionContactElasticity=0.14\n`;
    for (const [check, err] of [
      ['name=other', notAssumption('name')],
      ['title=Other', notAssumption('title')],
      ['description=other', notAssumption('description')],
      ['extends=other.yaml', notAssumption('extends')],
      ['uncertainty.guardians.adminShare=[0.1, 0.3]', notAssumption('uncertainty.guardians.adminShare')],
      [
        'guardians.adminShare.x=1',
        'jbsim: --check: guardians.adminShare.x: guardians.adminShare is a single value and has no part "x"\n  hint: write --check guardians.adminShare=VALUE\n',
      ],
    ]) {
      const r = await compare('--check', check!);
      expect(r.code, check).toBe(2);
      expect(r.err, check).toBe(err);
      expect(existsSync(join(dir, 'out')), check).toBe(false);
    }
    // one scenario has no name to clash with: the check is refused all the same, not run and then failed
    const one = await inProcess('compare', join(dir, 'small.yaml'), '-r', '1', '-w', '0', '--out', join(dir, 'out'), '--check', 'name=x');
    expect(one.code).toBe(2);
    expect(one.err).toBe(notAssumption('name'));
    // --check takes one value: scenario files after it stay scenarios (the check is then what is refused)
    const before = await inProcess(
      'compare',
      '--check',
      'name=x',
      join(dir, 'small.yaml'),
      join(dir, 'tight.yaml'),
      '--out',
      join(dir, 'out'),
    );
    expect(before.code).toBe(2);
    expect(before.err).toBe(notAssumption('name'));
    // whichever option gives the scenarios one name is the one named
    const loaded = ['a', 'b'].map((name) => ({ scenario: { name }, file: `${name}.yaml` }));
    expect(nameClashes(loaded, [{ text: 'name=x', option: '--check' }])).toEqual([
      {
        file: '--check',
        path: 'name',
        message: 'gives all 2 scenarios the same name, and results are kept by name',
        hint: 'leave --check name=… out when there is more than one scenario',
      },
    ]);
  });

  it('--workers above the cores says what it does, and the run goes on', () => {
    const out = `tests/.artifacts/workers-${process.pid}`;
    const r = jbsim(
      'run',
      BASELINE,
      '-r',
      '1',
      '--workers',
      '100',
      '--years',
      '1',
      '--set',
      'simulation.warmupYears=1',
      '--set',
      'simulation.followUpYears=0',
      '--out',
      out,
      '--force',
    );
    expect(r.code, r.err).toBe(0);
    expect(r.err).toMatch(/--workers 100 is more than the \d+ cores here: the threads take turns on the cores/);
    expect(r.out).toMatch(/on 1 worker\n/);
    rmSync(join(ROOT, out), { recursive: true, force: true });
  }, 60_000);
});

/** small.yaml, settled, and tight.yaml, which is not: each runs in well under a second. */
function smallScenarios(): string {
  const dir = tempDir('cli-unsettled');
  // one municipality for a year from a settled start
  writeFileSync(
    join(dir, 'small.yaml'),
    `extends: ${join(ROOT, BASELINE)}
name: small
region: { municipalities: [{ name: Ede, youthPopulation: 5000, measuresPerThousandYouth: 8.7 }] }
simulation: { start: settled, warmupYears: 0, years: 1, followUpYears: 0, settledStart: { pilotYears: 0.5, spacingYears: 0.25, pilots: 2 } }
`,
  );
  // one RvdK investigator: busy all the time, a queue that can grow without bound
  writeFileSync(join(dir, 'tight.yaml'), 'extends: small.yaml\nname: tight\nrvdk:\n  investigators: 1\n');
  return dir;
}

/** What `run` and `compare` print for a scenario with one RvdK investigator, named `name`. */
const rvdkUnsettled = (name: string) =>
  `not settled: ${name}: RvdK is busy 100% of the time: there is always a queue, and the observed years cannot rule out that it grows in the long run; its averages depend on how long the run is\n`;

describe('results on the console', () => {
  it('a scenario that is not settled gets a line saying so, with the reasons summary.json gives', async () => {
    const dir = smallScenarios();
    const run = await inProcess('run', join(dir, 'tight.yaml'), '-r', '2', '-w', '0', '--out', join(dir, 'run'));
    expect(run.code, run.err).toBe(0);
    const summary = JSON.parse(readFileSync(join(dir, 'run', 'summary.json'), 'utf8')) as {
      settled: { settled: boolean; reasons: string[] };
    };
    expect(summary.settled.settled).toBe(false);
    expect(summary.settled.reasons).toContain(
      'RvdK is busy 100% of the time: there is always a queue, and the observed years cannot rule out that it grows in the long run',
    );
    const line = `not settled: tight: ${summary.settled.reasons.join('; ')}; its averages depend on how long the run is\n`;
    expect(run.out).toContain(line);

    const compare = await inProcess(
      'compare',
      join(dir, 'small.yaml'),
      join(dir, 'tight.yaml'),
      '-r',
      '2',
      '-w',
      '0',
      '--no-report',
      '--out',
      join(dir, 'compare'),
    );
    expect(compare.code, compare.err).toBe(0);
    expect(compare.out).toContain(line);
    expect(compare.out).not.toContain('not settled: small');
  }, 60_000);

  it('sweep and sensitivity say which of their points are not settled, in the same words', async () => {
    const dir = smallScenarios();
    const quick = ['-r', '2', '-w', '0', '--no-report'];
    const sweep = await inProcess(
      'sweep',
      join(dir, 'small.yaml'),
      '--vary',
      'rvdk.investigators=1,10',
      ...quick,
      '--out',
      join(dir, 'sweep'),
    );
    expect(sweep.code, sweep.err).toBe(0);
    expect(sweep.out.match(/^not settled: .*$/gm)).toEqual([rvdkUnsettled('small at rvdk.investigators=1').trim()]);
    // after the table, before the files, as in run and compare
    expect(sweep.out).toMatch(/\n\nnot settled: [^\n]*\nwrote /);

    writeFileSync(join(dir, 'ranges.yaml'), 'rvdk.investigators: [1, 10]\n');
    const options = ['--ranges', join(dir, 'ranges.yaml'), ...quick];
    const sensitivity = await inProcess('sensitivity', join(dir, 'tight.yaml'), ...options, '--out', join(dir, 'sensitivity'));
    expect(sensitivity.code, sensitivity.err).toBe(0);
    expect(sensitivity.out.match(/^not settled: .*$/gm)).toEqual(
      [rvdkUnsettled('tight'), rvdkUnsettled('tight at rvdk.investigators=1')].map((l) => l.trim()),
    );

    // tight sets the investigators itself: it keeps its 1 while its baseline moves, and is said once
    const difference = await inProcess(
      'sensitivity',
      join(dir, 'tight.yaml'),
      '--on-difference',
      '--baseline',
      join(dir, 'small.yaml'),
      ...options,
      '--out',
      join(dir, 'difference'),
    );
    expect(difference.code, difference.err).toBe(0);
    expect(difference.out.match(/^not settled: .*$/gm)).toEqual(
      [rvdkUnsettled('tight'), rvdkUnsettled('small at rvdk.investigators=1')].map((l) => l.trim()),
    );
  }, 60_000);
});
