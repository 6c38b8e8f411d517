// Scenario files on disk: the command line's ScenarioFiles, and the loading functions the
// commands and tests call with a path. Symlinks are resolved to find a file that extends
// itself; paths are shown relative to the working folder when they are inside it.

import { closeSync, openSync, readdirSync, readSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import type { ScenarioFiles } from '../platform/files.js';
import { loadScenarioFrom, loadScenarioTextFrom, SCENARIO_EXTENSIONS, type LoadedScenario, type LoadOptions } from '../scenario/load.js';
import { MAX_FILE_BYTES, tooBig } from '../scenario/source.js';
import type { Diagnostic } from '../userError.js';

export const nodeScenarioFiles: ScenarioFiles = {
  resolve: (file) => path.resolve(file),
  resolveFrom: (from, relative) => path.resolve(path.dirname(from), relative),
  display: (abs) => {
    const rel = path.relative(process.cwd(), abs);
    return rel === '' || rel.startsWith(`..${path.sep}..${path.sep}..`) || path.isAbsolute(rel) ? abs : rel;
  },
  identity: (abs) => {
    try {
      return realpathSync(abs);
    } catch {
      return undefined;
    }
  },
  read: (abs, label) => readFileBytes(abs, label),
};

/** Loads and validates a scenario file; throws UserError with every mistake found. */
export function loadScenario(file: string, options: LoadOptions = {}): LoadedScenario {
  return loadScenarioFrom(nodeScenarioFiles, file, options);
}

/** Like loadScenario, for text not (yet) in a file; `file` names it and anchors a relative `extends`. */
export function loadScenarioText(text: string | Uint8Array, file: string, options: LoadOptions = {}): LoadedScenario {
  return loadScenarioTextFrom(nodeScenarioFiles, text, file, options);
}

/** Reads a file's bytes, refusing anything but a regular file of at most MAX_FILE_BYTES. */
export function readFileBytes(file: string, label: string): { ok: true; bytes: Uint8Array } | { ok: false; diagnostic: Diagnostic } {
  let size: number;
  try {
    const st = statSync(file);
    if (st.isDirectory()) return { ok: false, diagnostic: { file: label, message: 'this is a folder, not a scenario file' } };
    if (!st.isFile()) return { ok: false, diagnostic: { file: label, message: 'this is not a regular file' } };
    size = st.size;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR')
      return {
        ok: false,
        diagnostic: {
          file: label,
          message: 'file not found',
          hint: 'check the spelling and the folder; paths are relative to where you run jbsim',
        },
      };
    if (code === 'EACCES' || code === 'EPERM')
      return { ok: false, diagnostic: { file: label, message: 'no permission to read this file' } };
    return { ok: false, diagnostic: { file: label, message: `cannot read the file (${code ?? 'unknown error'})` } };
  }
  if (size > MAX_FILE_BYTES) return { ok: false, diagnostic: tooBig(label, size) };
  // Read at most one byte more than allowed: the file may have grown since stat.
  const buf = Buffer.alloc(Math.min(size, MAX_FILE_BYTES) + 1);
  let n = 0;
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    for (;;) {
      const r = readSync(fd, buf, n, buf.length - n, null);
      if (r === 0) break;
      n += r;
      if (n === buf.length) break;
    }
  } catch (err) {
    return {
      ok: false,
      diagnostic: { file: label, message: `cannot read the file (${(err as NodeJS.ErrnoException).code ?? 'unknown error'})` },
    };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  if (n > MAX_FILE_BYTES) return { ok: false, diagnostic: tooBig(label, n) };
  return { ok: true, bytes: buf.subarray(0, n) };
}

/**
 * The scenario files in a folder, sorted by name with the baseline first (the order
 * `jbsim compare` runs them in); `*.schema.json` is not a scenario.
 */
export function scenarioFilesIn(dir: string, options: { recursive?: boolean } = {}): string[] {
  const out: string[] = [];
  const walk = (d: string, depth: number) => {
    const entries = readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const p = path.join(d, e.name);
      if (e.isDirectory()) {
        if (options.recursive && depth < 8) walk(p, depth + 1);
      } else if (SCENARIO_EXTENSIONS.test(e.name) && !/\.schema\.json$/i.test(e.name)) {
        out.push(p);
      }
    }
  };
  walk(dir, 0);
  const isBaseline = (p: string) => /^baseline\.(ya?ml|json)$/i.test(path.basename(p));
  return [...out.filter(isBaseline), ...out.filter((p) => !isBaseline(p))];
}

/** True when the path is a folder (for commands that take files or folders). */
export function isFolder(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}
