// The folder a command writes into (--out), checked before any work: it must be a folder (or
// not exist yet) that can be written. jbsim keeps a list of the files each command wrote there
// (.jbsim-output.json), so that the next run of a command removes its own old files that it
// does not write again (the summary of a scenario no longer in the comparison) and nothing
// else. A folder that holds files jbsim did not write is refused unless --force is given, so
// that a mistyped --out cannot mix results into someone's documents. Two commands may share a
// folder (a comparison and a trace); but when one replaces a file another wrote (a run's
// results.csv over a comparison's), the other's remaining files describe a run that is no longer
// there, and they are removed, with a line on stderr that says so.

import { closeSync, existsSync, openSync, readdirSync, readFileSync, rmdirSync, rmSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { writeFileAtomic } from '../atomicFile.js';
import { UserError } from '../userError.js';
import { packageFolder } from './packageFolder.js';

export const OUTPUT_LIST = '.jbsim-output.json';
const FORMAT = 'jbsim-output/1';

interface OutputList {
  format: typeof FORMAT;
  /** Per command, the files (relative to the folder, with /) its last run wrote. */
  written: Record<string, string[]>;
}

export interface OutputFolder {
  dir: string;
  /**
   * After the files are written: removes the files this command's previous run wrote here and
   * this one did not, and records what this one wrote.
   */
  finish(files: readonly string[]): void;
}

export interface OutputOptions {
  /** Write into a folder that holds files jbsim did not write. */
  force?: boolean;
  /** Keep the files of earlier runs of this command (the shards of one run, written one by one). */
  accumulate?: boolean;
  /** The option that named the folder, for messages. */
  option?: string;
  /** The project's own `reports/` (default: the installed package's), whose own runs' folders do not count as foreign. */
  projectReports?: string;
  /** Where to say that another command's results were removed (default: stderr). */
  notices?: { write(text: string): unknown };
}

/** Checks `dir` before any work; throws UserError (exit 2) with the path when it cannot be used. */
export function prepareOutputFolder(dir: string, command: string, options: OutputOptions = {}): OutputFolder {
  const option = options.option ?? '--out';
  // resolve('') is the working folder: an empty name would write the results among whatever is there
  if (dir.trim() === '')
    throw new UserError({
      file: option,
      message: 'the folder name is empty',
      hint: 'name a folder for the results, e.g. --out reports (it is created if it does not exist)',
    });
  const abs = resolve(dir);
  const kind = pathKind(abs);
  if (kind === 'file')
    throw new UserError({
      file: option,
      message: `${dir} is a file, not a folder`,
      hint: 'name a folder for the results (it is created if it does not exist)',
    });
  if (kind === 'missing') {
    checkCanCreate(abs, dir, option);
    return outputFolder(abs, command, undefined, options);
  }
  checkWritable(abs, dir, option);
  const list = readOutputList(abs);
  if (list === undefined && !options.force) {
    const foreign = foreignEntries(abs, abs === resolve(options.projectReports ?? join(packageFolder(), 'reports')));
    if (foreign.length > 0) {
      const shown = foreign.slice(0, 5).join(', ') + (foreign.length > 5 ? `, and ${foreign.length - 5} more` : '');
      throw new UserError({
        file: option,
        message: `${dir} already holds files jbsim did not write (${shown})`,
        hint: 'name a new or empty folder, or add --force to write into this one anyway (no file is removed then)',
      });
    }
  }
  return outputFolder(abs, command, list, options);
}

/** For a single output file (`--event-log FILE`): not a folder, in a folder that can be written. */
export function checkOutputFile(file: string, option: string): void {
  if (file.trim() === '') throw new UserError({ file: option, message: 'the file name is empty', hint: `name a file after ${option}` });
  const abs = resolve(file);
  if (pathKind(abs) === 'folder') throw new UserError({ file: option, message: `${file} is a folder, not a file` });
  const parent = dirname(abs);
  const kind = pathKind(parent);
  if (kind === 'file')
    throw new UserError({ file: option, message: `${relativeOrAbsolute(parent)} is a file, not a folder, so ${file} cannot be written` });
  if (kind === 'missing') checkCanCreate(parent, file, option);
  else checkWritable(parent, file, option);
}

function outputFolder(abs: string, command: string, list: OutputList | undefined, options: OutputOptions): OutputFolder {
  return {
    dir: abs,
    finish(files) {
      const now = [
        ...new Set(
          files.map((f) => relative(abs, resolve(f)).split(sep).join('/')).filter((r) => r !== '' && !r.startsWith('..') && !isAbsolute(r)),
        ),
      ].sort();
      const before = list?.written[command] ?? [];
      const keep = new Set(now);
      // another run may have written the list since this one started: read it again
      const latest = readOutputList(abs) ?? list;
      const others = { ...(latest?.written ?? {}) };
      for (const [other, files] of Object.entries(others)) {
        if (other === command || !files.some((f) => keep.has(f))) continue;
        const rest = files.filter((f) => !keep.has(f));
        for (const f of rest) removeStale(abs, f);
        delete others[other];
        (options.notices ?? process.stderr).write(
          `jbsim: removed the results of an earlier \`jbsim ${other}\` from ${relativeOrAbsolute(abs)}${rest.length > 0 ? ` (${rest.slice(0, 3).join(', ')}${rest.length > 3 ? ', …' : ''})` : ''}: this run replaced its ${files
            .filter((f) => keep.has(f))
            .slice(0, 3)
            .join(', ')}\n`,
        );
      }
      if (options.accumulate) {
        for (const f of before) if (existsSync(join(abs, f))) keep.add(f);
      } else {
        for (const f of before) if (!keep.has(f)) removeStale(abs, f);
      }
      const written = { ...others, [command]: [...keep].sort() };
      writeFileAtomic(join(abs, OUTPUT_LIST), `${JSON.stringify({ format: FORMAT, written } satisfies OutputList, null, 2)}\n`);
    },
  };
}

/** Removes one old file and the folders it leaves empty, never outside the output folder. */
function removeStale(root: string, rel: string): void {
  const target = resolve(root, rel);
  const inside = relative(root, target);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return;
  rmSync(target, { force: true });
  for (let d = dirname(target); d !== root && relative(root, d) !== '' && !relative(root, d).startsWith('..'); d = dirname(d)) {
    try {
      rmdirSync(d);
    } catch {
      break; // not empty, or gone
    }
  }
}

function readOutputList(abs: string): OutputList | undefined {
  try {
    const doc = JSON.parse(readFileSync(join(abs, OUTPUT_LIST), 'utf8')) as Partial<OutputList>;
    if (doc.format !== FORMAT || typeof doc.written !== 'object' || doc.written === null) return undefined;
    const written: Record<string, string[]> = {};
    for (const [k, v] of Object.entries(doc.written))
      if (Array.isArray(v)) written[k] = v.filter((f): f is string => typeof f === 'string');
    return { format: FORMAT, written };
  } catch {
    return undefined;
  }
}

/**
 * The project's own runs beside the results `npm start` writes into `reports/`: the mutation
 * reports (`npm run mutate`, `reports/mutation/`) and the runs behind the generated docs
 * (`scripts/reform-sensitivity.mjs`, `reports/why-reforms/`; `scripts/calibration-checks.mjs`,
 * `reports/calibration-checks/`, which also holds files of its own). That folder is the
 * project's, not someone's documents, and such a run before the first `npm start` must not make
 * it refuse. Only there: in any other folder they are someone's files.
 */
const PROJECT_REPORT_FOLDERS = new Set(['mutation', 'why-reforms', 'calibration-checks']);

/** Entries of a folder without a list that jbsim did not write: not hidden, not jbsim's own output folders (nor, in the project's `reports/`, its own runs' folders). */
function foreignEntries(abs: string, isProjectReports: boolean): string[] {
  return readdirSync(abs, { withFileTypes: true })
    .filter((e) => !e.name.startsWith('.'))
    .filter((e) => !(e.isDirectory() && existsSync(join(abs, e.name, OUTPUT_LIST))))
    .filter((e) => !(isProjectReports && e.isDirectory() && PROJECT_REPORT_FOLDERS.has(e.name)))
    .map((e) => (e.isDirectory() ? `${e.name}/` : e.name))
    .sort();
}

function pathKind(abs: string): 'folder' | 'file' | 'missing' {
  try {
    return statSync(abs).isDirectory() ? 'folder' : 'file';
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    // ENOTDIR: a part of the path is a file, which the walk up to an existing ancestor finds
    if (code === 'ENOENT' || code === 'ENOTDIR') return 'missing';
    throw err;
  }
}

/** A folder that does not exist yet: its nearest existing ancestor must be a folder we can write. */
function checkCanCreate(abs: string, shown: string, option: string): void {
  let ancestor = dirname(abs);
  while (pathKind(ancestor) === 'missing' && dirname(ancestor) !== ancestor) ancestor = dirname(ancestor);
  if (pathKind(ancestor) === 'file')
    throw new UserError({ file: option, message: `${relativeOrAbsolute(ancestor)} is a file, so ${shown} cannot be created in it` });
  checkWritable(ancestor, shown, option);
}

/** Tries it: creates and removes a file (permissions alone do not say, e.g. for root or a read-only mount). */
function checkWritable(folder: string, shown: string, option: string): void {
  const probe = join(folder, `.jbsim-probe-${process.pid}-${Date.now()}`);
  try {
    closeSync(openSync(probe, 'wx'));
    rmSync(probe, { force: true });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'an error';
    throw new UserError({
      file: option,
      message: `${shown} cannot be written: ${relativeOrAbsolute(folder)} refuses new files (${code})`,
      hint: 'name a folder you can write to',
    });
  }
}

function relativeOrAbsolute(abs: string): string {
  const rel = relative(process.cwd(), abs);
  return rel === '' ? '.' : rel.startsWith('..') || isAbsolute(rel) ? abs : rel;
}
