// The real command line, as users run it: `node bin/jbsim validate` and `jbsim schema`. It is
// compiled into tests/.artifacts (not dist/, which other tests may be using).
import { execFile, execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, test } from 'vitest';
import { CORPUS } from './corpus.js';
import { BROKEN, ROOT, SCENARIOS, tempDir } from './helpers.js';

const run = promisify(execFile);
const OUT = path.join(ROOT, 'tests/.artifacts/cli');
const BIN = path.join(OUT, 'bin/jbsim');

beforeAll(() => {
  mkdirSync(path.join(OUT, 'bin'), { recursive: true });
  const main = path.join(OUT, 'dist/src/cli/main.js');
  const buildInfo = path.join(OUT, 'build.tsbuildinfo');
  const build = () => {
    try {
      // Incremental: a second run recompiles only what changed.
      const tsc = path.join(ROOT, 'node_modules/typescript/bin/tsc');
      execFileSync(
        process.execPath,
        [
          tsc,
          '-p',
          path.join(ROOT, 'tsconfig.build.json'),
          '--outDir',
          path.join(OUT, 'dist'),
          '--incremental',
          '--tsBuildInfoFile',
          buildInfo,
        ],
        { cwd: ROOT, stdio: 'pipe' },
      );
    } catch {
      // Type errors elsewhere in the project still emit JavaScript; the existence check decides.
    }
  };
  build();
  if (!existsSync(main)) {
    // Output removed behind the incremental build's back: start afresh.
    rmSync(buildInfo, { force: true });
    build();
  }
  copyFileSync(path.join(ROOT, 'bin/jbsim'), BIN);
  copyFileSync(path.join(ROOT, 'package.json'), path.join(OUT, 'package.json'));
  if (!existsSync(main)) throw new Error('the cli did not compile');
}, 180_000);

async function jbsim(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], { cwd: ROOT });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('jbsim validate', () => {
  test('every bundled scenario: ok, exit 0', async () => {
    const r = await jbsim('validate', 'scenarios');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const oks = r.stdout.trim().split('\n');
    expect(oks).toHaveLength(20);
    for (const line of oks) expect(line).toMatch(/^scenarios\/.+\.yaml: ok \(.+\)$/);
  });

  test('the broken files: each refused with a located message, exit 2', async () => {
    // One process for the whole corpus (each start costs a second); "N of N" shows each file failed.
    const files = Object.keys(CORPUS).map((f) => path.relative(ROOT, path.join(BROKEN, f)));
    const r = await jbsim('validate', ...files);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`jbsim: validate: ${files.length} of ${files.length} scenarios have mistakes`);
    const lines = r.stderr.split('\n');
    const unlocated = Object.entries(CORPUS).filter(([file, expected]) => {
      const where = `${path.relative(ROOT, path.join(BROKEN, expected.file ?? file))}:${expected.line}:${expected.column ?? ''}`;
      return !lines.some((l) => l.startsWith(where) && expected.message.test(l.replace(/^[^:]+:\d+:\d+: ([\w.[\]]+: )?/, '')));
    });
    expect(
      unlocated.map(([file]) => file),
      r.stderr,
    ).toEqual([]);
  });

  test('valid and invalid together: ok for one, the mistakes of the other, exit 2', async () => {
    const r = await jbsim('validate', 'scenarios/foodvalley/less-admin.yaml', 'tests/scenario/broken/typo-key.yaml', 'missing.yaml');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('scenarios/foodvalley/less-admin.yaml: ok (less-admin)\n');
    expect(r.stderr).toContain(
      'tests/scenario/broken/typo-key.yaml:4:3: guardians.caseloadCapChilderen: unknown key "caseloadCapChilderen" in guardians\n  hint: did you mean caseloadCapChildren?',
    );
    expect(r.stderr).toContain('missing.yaml: file not found');
    expect(r.stderr).toContain('2 of 3 scenarios have mistakes');
  });

  test('--set: a valid value passes, a bad one and an unknown one are refused', async () => {
    // A file after --set is a file, not a second value.
    const ok = await jbsim(
      'validate',
      'scenarios/foodvalley/baseline.yaml',
      '--set',
      'guardians.adminShare=0.3',
      'scenarios/foodvalley/less-admin.yaml',
      '--set',
      'reforms.prevention.enabled=true',
    );
    expect(ok.code).toBe(0);
    expect(ok.stdout.trim().split('\n')).toHaveLength(2);
    const bad = await jbsim('validate', 'scenarios/foodvalley/baseline.yaml', '--set', 'guardians.adminShare=1.4');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--set: guardians.adminShare: expected a number between 0 and 1, got 1.4');
    const unknown = await jbsim('validate', 'scenarios/foodvalley/baseline.yaml', '--set', 'guardians.adminshare=0.3');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('--set: guardians.adminshare: there is no such parameter\n  hint: did you mean guardians.adminShare?');
    expect(unknown.stdout).toBe('');
  });

  test('names compare would refuse together: the copy at its name: line, the nameless file told where its name comes from', async () => {
    const dir = path.join(tempDir(), 'reforms');
    mkdirSync(dir);
    const put = (name: string, text: string) => {
      writeFileSync(path.join(dir, name), text);
      return path.join(dir, name);
    };
    const base = put('baseline.yaml', `extends: ${path.join(SCENARIOS, 'foodvalley/baseline.yaml')}\nname: baseline\n`);
    const reform = put('a-reform.yaml', 'extends: baseline.yaml\nname: reform\nguardians:\n  adminShare: 0.2\n');
    const copy = put('b-copy.yaml', 'extends: baseline.yaml\nname: reform\nguardians:\n  adminShare: 0.25\n');
    const nameless = put('nameless.yaml', 'extends: baseline.yaml\nguardians:\n  adminShare: 0.3\n');
    const clash = `${copy}:2: name: the name "reform" is also used by ${reform}`;
    const inherited = `${nameless}: name: the name "baseline" is also used by ${base}: this file has no \`name:\` of its own, so it takes the name of the file it extends\n  hint: add a name of its own, e.g. \`name: nameless\``;

    const folder = await jbsim('validate', dir);
    expect(folder.code).toBe(2);
    expect(folder.stdout).toBe(`${base}: ok (baseline)\n${reform}: ok (reform)\n`);
    expect(folder.stderr).toContain(clash);
    expect(folder.stderr).toContain(inherited);
    expect(folder.stderr).toContain('2 of 4 scenarios have mistakes');

    // files named together are what compare would compare; one file alone has nothing to clash with
    const files = await jbsim('validate', reform, copy);
    expect(files.code).toBe(2);
    expect(files.stderr).toContain(clash);
    expect((await jbsim('validate', copy)).code).toBe(0);
    const renamed = await jbsim('validate', reform, copy, '--set', 'name=same');
    expect(renamed.code).toBe(2);
    expect(renamed.stderr).toContain('--set: name: gives all 2 scenarios the same name');

    // compare refuses the same, at the same line
    const compare = await jbsim('compare', base, reform, copy, '--out', path.join(dir, '..', 'out'));
    expect(compare.code).toBe(2);
    expect(compare.stderr).toContain(`${copy}:2: name: the name "reform" is also used by`);
  });

  test('no file: a usage message, exit 2', async () => {
    const r = await jbsim('validate');
    expect(r.code).toBe(2);
  });
});

describe('jbsim schema', () => {
  const dir = tempDir();

  test('prints the committed JSON Schema', async () => {
    const r = await jbsim('schema');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(readFileSync(path.join(SCENARIOS, 'scenario.schema.json'), 'utf8'));
  });

  test('--out writes it to a file', async () => {
    const out = path.join(dir, 'schema.json');
    const r = await jbsim('schema', '--out', out);
    expect(r.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(readFileSync(path.join(SCENARIOS, 'scenario.schema.json'), 'utf8'));
  });

  test('--out into a folder that does not exist: exit 2', async () => {
    const r = await jbsim('schema', '--out', path.join(dir, 'no/such/folder/schema.json'));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/cannot write the schema here/);
  });
});
