// Writing results: every file goes to a temporary name in the same folder and is then renamed,
// so a reader (or a crash, or Ctrl-C) never sees a half-written file. File names built from
// scenario names are reduced to safe characters and checked to stay inside the output folder.

import { basename, dirname, join, relative, resolve, isAbsolute } from 'node:path';
import { UserError } from '../userError.js';

export { writeFileAtomic } from '../atomicFile.js';

/** JSON as written everywhere: two-space indent, newline at the end; NaN (no data) becomes null. */
export function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** A scenario name as a file name: letters, digits, `-`, `_` and `.` only, never a path. */
export function safeFileName(name: string): string {
  const cleaned = name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[.-]+/, '')
    .replace(/-+$/, '')
    .slice(0, 80);
  return cleaned === '' ? 'scenario' : cleaned;
}

/** `out/…parts`, refusing anything that would land outside `out`. */
export function insideOut(out: string, ...parts: string[]): string {
  const root = resolve(out);
  const target = resolve(root, ...parts);
  const rel = relative(root, target);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) {
    throw new UserError({ file: '--out', message: `refusing to write ${target}: it is outside the output folder ${root}` });
  }
  return target;
}

/** Safe, distinct file names for a list of scenario names (a clash gets -2, -3, …). */
export function scenarioFileNames(names: readonly string[]): string[] {
  const used = new Set<string>();
  return names.map((name) => {
    const base = safeFileName(name);
    let candidate = base;
    for (let k = 2; used.has(candidate.toLowerCase()); k++) candidate = `${base}-${k}`;
    used.add(candidate.toLowerCase());
    return candidate;
  });
}
