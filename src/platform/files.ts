// Where scenario files come from. Loading a scenario reads the file and the files it `extends`;
// on the command line those are on disk (src/node/scenarioFiles.ts), in the browser page they are
// the bundled scenarios and the text a user opened or pasted. Paths are POSIX-style here.

import type { Diagnostic } from '../userError.js';

export type ReadResult = { ok: true; bytes: Uint8Array | string } | { ok: false; diagnostic: Diagnostic };

/** The few file operations a scenario load needs. */
export interface ScenarioFiles {
  /** The absolute form of a path as the user wrote it. */
  resolve(file: string): string;
  /** `relative` against the folder of the file `from` (absolute). */
  resolveFrom(from: string, relative: string): string;
  /** The path as shown in messages and summaries. */
  display(abs: string): string;
  /** The file's identity with links resolved (to find a file that extends itself), or undefined when it does not exist. */
  identity(abs: string): string | undefined;
  /** The file's content; `label` names it in a problem. */
  read(abs: string, label: string): ReadResult;
}

/** `a/b/../c` → `a/c`; keeps a leading `/`. */
export function normalisePosix(path: string): string {
  const absolute = path.startsWith('/');
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (!absolute) out.push('..');
    } else out.push(part);
  }
  const joined = out.join('/');
  return absolute ? `/${joined}` : joined === '' ? '.' : joined;
}

function folderOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i <= 0 ? (path.startsWith('/') ? '/' : '.') : path.slice(0, i);
}

/**
 * Scenario files held in memory, by path (e.g. `scenarios/foodvalley/baseline.yaml`): the bundled
 * scenarios of the browser page. Paths are relative to a root shown as nothing.
 */
export function memoryScenarioFiles(files: Readonly<Record<string, string>>): ScenarioFiles {
  const byPath = new Map(Object.entries(files).map(([p, text]) => [normalisePosix(`/${p}`), text]));
  return {
    resolve: (file) => normalisePosix(file.startsWith('/') ? file : `/${file}`),
    resolveFrom: (from, relative) => normalisePosix(relative.startsWith('/') ? relative : `${folderOf(from)}/${relative}`),
    display: (abs) => abs.replace(/^\//, ''),
    identity: (abs) => (byPath.has(abs) ? abs : undefined),
    read: (abs, label) => {
      const text = byPath.get(abs);
      return text === undefined ? { ok: false, diagnostic: { file: label, message: 'file not found' } } : { ok: true, bytes: text };
    },
  };
}
