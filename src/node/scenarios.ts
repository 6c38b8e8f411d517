// The scenarios of an experiment from the command line's files and folders: a folder stands
// for its scenario files (baseline first), every file is loaded with the same `--set`
// overrides, and names must differ because results are keyed by name.

import { relative, sep } from 'node:path';
import { checkOverrides } from '../scenario/load.js';
import { isFolder, loadScenario, scenarioFilesIn } from './scenarioFiles.js';
import { UserError } from '../userError.js';
import type { LoadedScenario } from '../experiment/summarise.js';

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

export function loadScenarios(inputs: readonly string[], overrides: readonly string[]): LoadedScenario[] {
  checkOverrides(overrides);
  const loaded = scenarioFiles(inputs).map((file) => {
    const { scenario, file: abs, hash } = loadScenario(file, { overrides });
    return { scenario, file: displayPath(abs), hash };
  });
  const seen = new Map<string, string>();
  for (const l of loaded) {
    const other = seen.get(l.scenario.name);
    if (other !== undefined) {
      throw new UserError({ file: l.file, path: 'name', message: `the name "${l.scenario.name}" is also used by ${other}`, hint: 'give every scenario of a comparison its own `name`' });
    }
    seen.set(l.scenario.name, l.file);
  }
  return loaded;
}

/** Puts the baseline first: the one asked for, else one named `baseline`, else the first. */
export function orderBaselineFirst(loaded: readonly LoadedScenario[], baseline: string | undefined): LoadedScenario[] {
  let index: number;
  if (baseline !== undefined) {
    const wanted = baseline.trim().toLowerCase();
    const stem = (f: string) => f.split('/').pop()!.replace(/\.(ya?ml|json)$/i, '').toLowerCase();
    index = loaded.findIndex((l) => l.scenario.name === baseline);
    if (index < 0) index = loaded.findIndex((l) => l.scenario.name.toLowerCase() === wanted);
    if (index < 0) index = loaded.findIndex((l) => stem(l.file) === wanted);
    if (index < 0) {
      throw new UserError({
        file: '--baseline',
        message: `no scenario is called "${baseline}"`,
        hint: `the scenarios are: ${loaded.map((l) => l.scenario.name).join(', ')}`,
      });
    }
  } else {
    index = loaded.findIndex((l) => l.scenario.name.toLowerCase() === 'baseline');
    if (index < 0) index = 0;
  }
  return [loaded[index], ...loaded.filter((_, i) => i !== index)];
}
