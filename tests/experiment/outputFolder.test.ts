// The --out folder, checked before any work: a file, a folder that cannot be written, someone
// else's files are refused with the path; a folder of an earlier run is cleaned of the files the
// same command wrote there and does not write again, and nothing else.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkOutputFile, OUTPUT_LIST, prepareOutputFolder } from '../../src/node/outputFolder.js';
import { UserError } from '../../src/userError.js';
import { tempDir } from './helpers.js';

function refusal(f: () => unknown): { message: string; hint?: string; file: string } {
  try {
    f();
  } catch (err) {
    if (!(err instanceof UserError)) throw err;
    const [first] = err.diagnostics;
    if (first === undefined) throw new Error('refused without a diagnostic');
    return first;
  }
  throw new Error('not refused');
}

function put(dir: string, rel: string, text = 'x'): string {
  const file = join(dir, rel);
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, text);
  return file;
}

describe('before any work', () => {
  it('refuses a file, and a folder below a file, naming the path', () => {
    const dir = tempDir('out-file');
    const file = put(dir, 'results.txt');
    expect(refusal(() => prepareOutputFolder(file, 'run'))).toMatchObject({ file: '--out', message: `${file} is a file, not a folder` });
    expect(refusal(() => prepareOutputFolder(join(file, 'deeper', 'out'), 'run')).message).toBe(
      `${file} is a file, so ${join(file, 'deeper', 'out')} cannot be created in it`,
    );
  });

  it('refuses an empty name (it would mean the working folder), as the option that gave it', () => {
    for (const empty of ['', '  '])
      expect(refusal(() => prepareOutputFolder(empty, 'run', { force: true }))).toMatchObject({
        file: '--out',
        message: 'the folder name is empty',
      });
    expect(refusal(() => checkOutputFile('', '--event-log'))).toMatchObject({ file: '--event-log', message: 'the file name is empty' });
  });

  it('refuses a folder that cannot be written, by trying (root may ignore permissions; /proc takes no files)', () => {
    expect(refusal(() => prepareOutputFolder('/proc/jbsim-out', 'run')).message).toMatch(
      /^\/proc\/jbsim-out cannot be written: \/proc refuses new files/,
    );
  });

  it('lets a new folder through without creating it, and an empty one', () => {
    const dir = tempDir('out-new');
    prepareOutputFolder(join(dir, 'a', 'b'), 'run');
    expect(existsSync(join(dir, 'a'))).toBe(false);
    expect(() => prepareOutputFolder(dir, 'run')).not.toThrow();
  });

  it("refuses a folder with files jbsim did not write unless --force; hidden files and jbsim's own subfolders do not count", () => {
    const dir = tempDir('out-foreign');
    put(dir, '.DS_Store');
    put(dir, 'trace/journey.html');
    put(dir, `trace/${OUTPUT_LIST}`, JSON.stringify({ format: 'jbsim-output/1', written: { trace: ['journey.html'] } }));
    expect(() => prepareOutputFolder(dir, 'compare')).not.toThrow();
    put(dir, 'letter.txt');
    const r = refusal(() => prepareOutputFolder(dir, 'compare'));
    expect(r.message).toBe(`${dir} already holds files jbsim did not write (letter.txt)`);
    expect(r.hint).toMatch(/--force/);
    const forced = prepareOutputFolder(dir, 'compare', { force: true });
    forced.finish([put(dir, 'results.csv')]);
    expect(readFileSync(join(dir, 'letter.txt'), 'utf8')).toBe('x');
    // from now on the folder is jbsim's: no --force needed, and the letter is still not touched
    prepareOutputFolder(dir, 'compare').finish([join(dir, 'results.csv')]);
    expect(existsSync(join(dir, 'letter.txt'))).toBe(true);
  });

  it("lets the project's own runs stand in its reports/ folder, and only there", () => {
    const dir = tempDir('out-project');
    // the mutation reports of `npm run mutate` sit in reports/mutation/ beside npm start's results,
    // and the runs behind the generated docs (scripts/reform-sensitivity.mjs, calibration-checks.mjs)
    put(dir, 'mutation/model/mutation.json');
    put(dir, 'why-reforms/caseload-12/sensitivity.json');
    put(dir, 'calibration-checks/calibrate.txt');
    expect(() => prepareOutputFolder(dir, 'compare', { projectReports: dir })).not.toThrow();
    // elsewhere folders of those names are someone's
    expect(refusal(() => prepareOutputFolder(dir, 'compare', { projectReports: join(dir, 'reports') })).message).toBe(
      `${dir} already holds files jbsim did not write (calibration-checks/, mutation/, why-reforms/)`,
    );
    // by default the project's folder is the installed package's reports/
    expect(refusal(() => prepareOutputFolder(dir, 'compare')).message).toMatch(
      /did not write \(calibration-checks\/, mutation\/, why-reforms\/\)/,
    );
  });

  it('checks a single output file: not a folder, in a folder that can be written', () => {
    const dir = tempDir('out-single');
    expect(refusal(() => checkOutputFile(dir, '--event-log')).message).toBe(`${dir} is a folder, not a file`);
    const file = put(dir, 'f');
    expect(refusal(() => checkOutputFile(join(file, 'events.xes'), '--event-log')).message).toMatch(
      /is a file, not a folder, so .* cannot be written/,
    );
    expect(() => checkOutputFile(join(dir, 'new', 'events.xes'), '--event-log')).not.toThrow();
  });
});

describe('after the files are written', () => {
  it('removes the files the same command wrote before and not now, and the folders it empties; keeps the rest', () => {
    const dir = tempDir('out-stale');
    // as a command does it: check the folder, write, then finish
    const run = (command: string, files: string[]) => {
      const folder = prepareOutputFolder(dir, command);
      folder.finish(files.map((f) => put(dir, f)));
    };
    run('compare', ['comparison.json', 'results.csv', 'summaries/baseline.json', 'summaries/duos.json', 'charts/a.svg']);
    run('sweep', ['sweep.json']);
    const swept = join(dir, 'sweep.json');
    put(dir, 'notes.md');
    // the second comparison has one scenario and no charts
    run('compare', ['comparison.json', 'results.csv', 'summaries/baseline.json']);
    expect(existsSync(join(dir, 'summaries/duos.json'))).toBe(false);
    expect(existsSync(join(dir, 'charts'))).toBe(false);
    expect(existsSync(join(dir, 'summaries/baseline.json'))).toBe(true);
    expect(existsSync(swept)).toBe(true);
    expect(existsSync(join(dir, 'notes.md'))).toBe(true);
    const list = JSON.parse(readFileSync(join(dir, OUTPUT_LIST), 'utf8'));
    expect(list.written).toEqual({ compare: ['comparison.json', 'results.csv', 'summaries/baseline.json'], sweep: ['sweep.json'] });
  });

  it("removes another command's results once this run replaced one of their files, and says so; keeps those it did not touch", () => {
    const dir = tempDir('out-mixed');
    const said: string[] = [];
    const notices = { write: (t: string) => said.push(t) };
    const run = (command: string, files: string[]) => prepareOutputFolder(dir, command, { notices }).finish(files.map((f) => put(dir, f)));
    run('compare', ['comparison.json', 'results.csv', 'summaries/baseline.json', 'index.html']);
    run('trace', ['journey.html']);
    expect(said).toEqual([]);
    // a single run into the same folder replaces results.csv: the comparison's other files no longer match it
    run('run', ['summary.json', 'results.csv']);
    for (const f of ['comparison.json', 'summaries/baseline.json', 'summaries', 'index.html']) expect(existsSync(join(dir, f))).toBe(false);
    for (const f of ['summary.json', 'results.csv', 'journey.html']) expect(existsSync(join(dir, f))).toBe(true);
    expect(JSON.parse(readFileSync(join(dir, OUTPUT_LIST), 'utf8')).written).toEqual({
      trace: ['journey.html'],
      run: ['results.csv', 'summary.json'],
    });
    expect(said).toEqual([
      `jbsim: removed the results of an earlier \`jbsim compare\` from ${dir} (comparison.json, index.html, summaries/baseline.json): this run replaced its results.csv\n`,
    ]);
  });

  it('keeps the shards of one run, written one by one', () => {
    const dir = tempDir('out-shards');
    for (const i of [1, 2, 3]) prepareOutputFolder(dir, 'compare --shard', { accumulate: true }).finish([put(dir, `shard-${i}-of-3.json`)]);
    for (const i of [1, 2, 3]) expect(existsSync(join(dir, `shard-${i}-of-3.json`))).toBe(true);
  });

  it('never removes anything outside the folder, whatever the list says', () => {
    const dir = tempDir('out-escape');
    const outside = put(dir, 'precious.txt');
    const out = join(dir, 'out');
    put(out, OUTPUT_LIST, JSON.stringify({ format: 'jbsim-output/1', written: { run: ['../precious.txt', '/etc/hostname'] } }));
    prepareOutputFolder(out, 'run').finish([put(out, 'summary.json')]);
    expect(existsSync(outside)).toBe(true);
  });
});
