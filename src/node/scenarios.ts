// The scenarios of an experiment from the command line's files and folders: a folder stands
// for its scenario files (baseline first), every file is loaded with the same `--set`
// overrides, and names must differ because results are keyed by name.

import { relative, sep } from 'node:path';
import { checkOverrides } from '../scenario/load.js';
import type { OverrideInput } from '../scenario/overrides.js';
import { parseSource } from '../scenario/source.js';
import { isFolder, loadScenario, readFileBytes, scenarioFilesIn } from './scenarioFiles.js';
import { UserError, type Diagnostic } from '../userError.js';
import type { LoadedScenario } from '../experiment/summarise.js';
import { isNonEmpty, type NonEmpty } from '../lists.js';

/** The scenario files behind the arguments, in order, folders expanded (not recursively). */
export function scenarioFiles(inputs: readonly string[]): string[] {
  const files: string[] = [];
  for (const input of inputs) {
    if (isFolder(input)) {
      const found = scenarioFilesIn(input);
      if (found.length === 0) throw new UserError({ file: input, message: 'this folder holds no scenario files (.yaml, .yml or .json)' });
      files.push(...found);
    } else files.push(input);
  }
  return files;
}

/** Where a file is, as written into summaries: relative to the working folder when inside it. */
function displayPath(abs: string): string {
  const rel = relative(process.cwd(), abs);
  return (rel.startsWith('..') || rel === '' ? abs : rel).split(sep).join('/');
}

/** At least one scenario, or a located error. */
export function loadScenarios(inputs: readonly string[], overrides: readonly OverrideInput[]): NonEmpty<LoadedScenario> {
  checkOverrides(overrides);
  const loaded = scenarioFiles(inputs).map((file) => {
    const { scenario, file: abs, hash } = loadScenario(file, { overrides });
    return { scenario, file: displayPath(abs), hash };
  });
  const clashes = nameClashes(loaded, overrides);
  if (clashes.length > 0) throw new UserError(clashes);
  if (!isNonEmpty(loaded))
    throw new UserError({ file: 'command line', message: 'no scenario named', hint: 'name a scenario file, or a folder of them' });
  return loaded;
}

/**
 * Scenarios of one comparison that share a name (results are keyed by name): one mistake per
 * file whose name an earlier file has, at its `name:` line, or, where it has none of its own,
 * saying that it takes the name of the file it extends. `file`s are paths that can be read.
 */
export function nameClashes(
  loaded: readonly { scenario: { name: string }; file: string }[],
  overrides: readonly OverrideInput[] = [],
): Diagnostic[] {
  if (loaded.length < 2) return [];
  const named = overrides
    .map((o) => (typeof o === 'string' ? { text: o, option: '--set' } : o))
    .find((o) => o.text.slice(0, o.text.indexOf('=')).trim() === 'name');
  if (named !== undefined)
    return [
      {
        file: named.option,
        path: 'name',
        message: `gives all ${loaded.length} scenarios the same name, and results are kept by name`,
        hint: `leave ${named.option} name=… out when there is more than one scenario`,
      },
    ];
  const seen = new Map<string, string>();
  const clashes: Diagnostic[] = [];
  for (const l of loaded) {
    const name = l.scenario.name;
    const other = seen.get(name);
    if (other === undefined) {
      seen.set(name, l.file);
      continue;
    }
    const at = lineOf(l.file, ['name']);
    const stem = l.file
      .split(/[\\/]/)
      .pop()!
      .replace(/\.(ya?ml|json)$/i, '');
    clashes.push(
      at.line !== undefined
        ? {
            file: l.file,
            line: at.line,
            path: 'name',
            message: `the name "${name}" is also used by ${other}`,
            hint: 'give every scenario of a comparison its own `name`',
          }
        : {
            file: l.file,
            path: 'name',
            message: `the name "${name}" is also used by ${other}: this file has no \`name:\` of its own, so it takes the name of the file it extends`,
            hint: `add a name of its own, e.g. \`name: ${stem}\``,
          },
    );
  }
  return clashes;
}

/** The settings that say what a run observes: scenarios compared with each other must share them. */
const OBSERVED_ALIKE = ['start', 'warmupYears', 'years', 'followUpYears', 'cohortShare'] as const;

/**
 * Scenarios compared on common random numbers are paired replication by replication: a reform
 * observed over other years, or counting other families per family, would be compared with a
 * different window of the baseline, and its differences would mix the reform with the window.
 */
export function checkObservedAlike(ordered: NonEmpty<LoadedScenario>): void {
  const [base, ...others] = ordered;
  for (const l of others) {
    for (const key of OBSERVED_ALIKE) {
      const mine = l.scenario.simulation[key];
      const theirs = base.scenario.simulation[key];
      if (mine === theirs) continue;
      throw new UserError({
        file: l.file,
        ...lineOf(l.file, ['simulation', key]),
        path: `simulation.${key}`,
        message: `is ${String(mine)} here and ${String(theirs)} in the baseline "${base.scenario.name}" (${base.file}): compared scenarios must be observed alike`,
        hint: `leave simulation.${key} out of this file, so that it takes the baseline's (with extends:), or give every scenario the same value (--set simulation.${key}=… sets it for all)`,
      });
    }
  }
}

/** Where a setting is written in a scenario's own file; nothing when it comes from a file it extends, or an override. */
function lineOf(file: string, path: readonly string[]): { line?: number } {
  const read = readFileBytes(file, file);
  if (!read.ok) return {};
  const parsed = parseSource(read.bytes, file, { json: file.toLowerCase().endsWith('.json') });
  const at = parsed.ok ? parsed.source.locate(path, 'key') : undefined;
  return at?.exact ? { line: at.line } : {};
}

/** Puts the baseline first: the one asked for, else one named `baseline`, else the first. */
export function orderBaselineFirst(loaded: NonEmpty<LoadedScenario>, baseline: string | undefined): NonEmpty<LoadedScenario> {
  let first: LoadedScenario | undefined;
  if (baseline !== undefined) {
    const wanted = baseline.trim().toLowerCase();
    const stem = (f: string) =>
      f
        .split('/')
        .pop()!
        .replace(/\.(ya?ml|json)$/i, '')
        .toLowerCase();
    first =
      loaded.find((l) => l.scenario.name === baseline) ??
      loaded.find((l) => l.scenario.name.toLowerCase() === wanted) ??
      loaded.find((l) => stem(l.file) === wanted);
    if (first === undefined) {
      throw new UserError({
        file: '--baseline',
        message: `no scenario is called "${baseline}"`,
        hint: `the scenarios are: ${loaded.map((l) => l.scenario.name).join(', ')}`,
      });
    }
  } else {
    first = loaded.find((l) => l.scenario.name.toLowerCase() === 'baseline') ?? loaded[0];
  }
  return [first, ...loaded.filter((l) => l !== first)];
}
