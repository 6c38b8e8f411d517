// `--set path=VALUE` on the command line: changes one parameter for one run without editing a
// file. The path must name a parameter of the schema; the value is read as YAML, so numbers,
// true/false and `{ kind: lognormal, mean: 30, sd: 10 }` work, and it is validated like a file.

import type { Diagnostic } from '../userError.js';
import { didYouMean } from './didYouMean.js';
import type { EntryName } from './merge.js';
import { scenarioSchema } from './schema.js';
import { allKeyPaths, allowedKeys, childSchema, kindOf } from './schemaWalk.js';
import { parseSource } from './source.js';

/**
 * An override as the command line gives it: `path=value`, or that text with the option it came
 * from when that is not `--set` (`--years` sets simulation.years), so that a mistake names it.
 */
export type OverrideInput = string | { text: string; option: string };

export interface Override {
  /** The option as written, for messages. */
  text: string;
  /** The option it came from: `--set`, or the one that stands for it (`--years`, `--vary`). */
  option: string;
  /** Keys, list indexes, and list entries by name (`[Leger des Heils]`). */
  path: (string | number | EntryName)[];
  value: unknown;
}

const MAX_OVERRIDE_LENGTH = 10_000;

/** Parses `--set` options; throws nothing, returns the overrides or what is wrong with them. */
export function parseOverrides(texts: readonly OverrideInput[]): { overrides: Override[]; diagnostics: Diagnostic[] } {
  const overrides: Override[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const text of texts) {
    const r = parseOverride(text);
    if ('diagnostic' in r) diagnostics.push(r.diagnostic);
    else overrides.push(r.override);
  }
  return { overrides, diagnostics };
}

function parseOverride(raw: OverrideInput): { override: Override } | { diagnostic: Diagnostic } {
  const text = String(typeof raw === 'string' ? raw : raw.text);
  const file = typeof raw === 'string' ? '--set' : raw.option;
  if (text.length > MAX_OVERRIDE_LENGTH) return { diagnostic: { file, message: `the value is too long (${text.length} characters)` } };
  const eq = text.indexOf('=');
  if (eq <= 0) {
    return {
      diagnostic: { file, message: `"${clip(text)}" is not of the form path=value`, hint: `for example: ${file} guardians.adminShare=0.3` },
    };
  }
  const pathText = text.slice(0, eq).trim();
  const valueText = text.slice(eq + 1);
  const path = parameterPath(pathText);
  if (!path) {
    return {
      diagnostic: {
        file,
        message: `"${clip(pathText)}" is not a parameter path`,
        hint: 'write the names separated by dots, e.g. guardians.adminShare or gi.institutions[Leger des Heils].guardianPositions',
      },
    };
  }
  const unknown = checkPath(path, file);
  if (unknown) return { diagnostic: { file, path: pathText, ...unknown } };

  const parsed = parseValue(valueText);
  if (!parsed.ok)
    return { diagnostic: { file, path: pathText, message: `the value "${clip(valueText)}" cannot be read: ${parsed.message}` } };
  return { override: { text, option: file, path, value: parsed.data } };
}

/**
 * `a.b[0].c` or `a.b.0.c` → ['a', 'b', 0, 'c']; `a.b[Leger des Heils].c` names a list entry
 * (the name may hold dots and spaces, not brackets).
 */
export function parameterPath(text: string): Override['path'] | undefined {
  if (text === '') return undefined;
  const out: Override['path'] = [];
  const token = /([^.[\]]+)|\[([^[\]]*)\]|(\.)/gy;
  let expectName = true;
  for (let m = token.exec(text); m !== null; m = token.exec(text)) {
    if (m[1] !== undefined) {
      if (!expectName) return undefined;
      out.push(/^(0|[1-9]\d{0,8})$/.test(m[1]) ? Number(m[1]) : m[1]);
      expectName = false;
    } else if (m[2] !== undefined) {
      if (expectName && out.length === 0) return undefined;
      const inside = m[2].trim();
      if (inside === '') return undefined;
      out.push(/^(0|[1-9]\d{0,8})$/.test(inside) ? Number(inside) : { name: inside });
      expectName = false;
    } else {
      if (expectName) return undefined;
      expectName = true;
    }
  }
  if (token.lastIndex !== 0 && token.lastIndex !== text.length) return undefined;
  return expectName ? undefined : out;
}

/** Says what is wrong with a path that the schema does not have, with a suggestion in the words of `option`. */
function checkPath(path: Override['path'], option: string): { message: string; hint?: string } | undefined {
  let s: Parameters<typeof childSchema>[0] = scenarioSchema;
  for (const [i, part] of path.entries()) {
    if (typeof part === 'object' && kindOf(s) !== 'array')
      return { message: `${showPath(path.slice(0, i))} is not a list: [${part.name}] names an entry of a list` };
    // an entry named is an entry of the list, like an index
    const seg = typeof part === 'object' ? 0 : part;
    const next = childSchema(s, seg);
    if (next) {
      s = next;
      continue;
    }
    const here = showPath(path.slice(0, i));
    const keys = allowedKeys(s);
    const kind = kindOf(s);
    if (!keys) {
      if (kind === 'array')
        return { message: `${here} is a list: the next part must be an entry number like [0] or an entry's name like [Ede], not "${seg}"` };
      return { message: `${here} is a single value and has no part "${seg}"`, hint: `write ${option} ${here}=VALUE` };
    }
    const close = typeof seg === 'string' ? didYouMean(seg, keys) : undefined;
    if (close)
      return {
        message: 'there is no such parameter',
        hint: `did you mean ${showPath([...path.slice(0, i), close, ...path.slice(i + 1)])}?`,
      };
    const elsewhere = allKeyPaths(scenarioSchema).filter((p) => p.at(-1)?.toLowerCase() === String(seg).toLowerCase());
    if (elsewhere.length > 0)
      return {
        message: 'there is no such parameter',
        hint: `did you mean ${elsewhere.map((p) => p.join('.').replace(/\.\[\]/g, '[0]')).join(' or ')}?`,
      };
    return { message: 'there is no such parameter', hint: `${here ? `${here} has` : 'the top level has'}: ${keys.join(', ')}` };
  }
  return undefined;
}

/** A path for messages, as it is written: `gi.institutions[Leger des Heils].share`. */
function showPath(path: Override['path']): string {
  return path
    .map((p, i) => (typeof p === 'object' ? `[${p.name}]` : typeof p === 'number' ? `[${p}]` : `${i > 0 ? '.' : ''}${p}`))
    .join('');
}

function parseValue(text: string): { ok: true; data: unknown } | { ok: false; message: string } {
  const r = parseSource(text, '--set', { anyValue: true });
  if (r.ok) return { ok: true, data: r.source.data };
  return { ok: false, message: r.diagnostics.map((d) => d.message).join('; ') };
}

function clip(s: string): string {
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}
