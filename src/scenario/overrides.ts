// `--set path=VALUE` on the command line: changes one parameter for one run without editing a
// file. The path must name a parameter of the schema; the value is read as YAML, so numbers,
// true/false and `{ kind: lognormal, mean: 30, sd: 10 }` work, and it is validated like a file.

import type { Diagnostic } from '../userError.js';
import { didYouMean } from './didYouMean.js';
import { scenarioSchema } from './schema.js';
import { allKeyPaths, allowedKeys, childSchema, formatPath, kindOf } from './schemaWalk.js';
import { parseSource } from './source.js';

export interface Override {
  /** The option as written, for messages. */
  text: string;
  path: (string | number)[];
  value: unknown;
}

const MAX_OVERRIDE_LENGTH = 10_000;

/** Parses `--set` options; throws nothing, returns the overrides or what is wrong with them. */
export function parseOverrides(texts: readonly string[]): { overrides: Override[]; diagnostics: Diagnostic[] } {
  const overrides: Override[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const text of texts) {
    const r = parseOverride(text);
    if ('diagnostic' in r) diagnostics.push(r.diagnostic);
    else overrides.push(r.override);
  }
  return { overrides, diagnostics };
}

function parseOverride(raw: unknown): { override: Override } | { diagnostic: Diagnostic } {
  const text = String(raw);
  const file = '--set';
  if (text.length > MAX_OVERRIDE_LENGTH) return { diagnostic: { file, message: `the value is too long (${text.length} characters)` } };
  const eq = text.indexOf('=');
  if (eq <= 0) {
    return { diagnostic: { file, message: `"${clip(text)}" is not of the form path=value`, hint: 'for example: --set guardians.adminShare=0.3' } };
  }
  const pathText = text.slice(0, eq).trim();
  const valueText = text.slice(eq + 1);
  const path = splitPath(pathText);
  if (!path) {
    return { diagnostic: { file, message: `"${clip(pathText)}" is not a parameter path`, hint: 'write the names separated by dots, e.g. guardians.adminShare or gi.institutions[0].guardianPositions' } };
  }
  const unknown = checkPath(path);
  if (unknown) return { diagnostic: { file, path: pathText, ...unknown } };

  const parsed = parseValue(valueText);
  if (!parsed.ok) return { diagnostic: { file, path: pathText, message: `the value "${clip(valueText)}" cannot be read: ${parsed.message}` } };
  return { override: { text, path, value: parsed.data } };
}

/** `a.b[0].c` or `a.b.0.c` → ['a', 'b', 0, 'c']. */
function splitPath(text: string): (string | number)[] | undefined {
  if (text === '') return undefined;
  const out: (string | number)[] = [];
  for (const part of text.replace(/\[(\d+)\]/g, '.$1').split('.')) {
    if (part === '') return undefined;
    out.push(/^(0|[1-9]\d{0,8})$/.test(part) ? Number(part) : part);
  }
  return out;
}

/** Says what is wrong with a path that the schema does not have, with a suggestion. */
function checkPath(path: (string | number)[]): { message: string; hint?: string } | undefined {
  let s: Parameters<typeof childSchema>[0] = scenarioSchema;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    const next = childSchema(s, seg);
    if (next) {
      s = next;
      continue;
    }
    const here = formatPath(path.slice(0, i));
    const keys = allowedKeys(s);
    const kind = kindOf(s);
    if (!keys) {
      if (kind === 'array') return { message: `${here} is a list: the next part must be an entry number like [0], not "${seg}"` };
      return { message: `${here} is a single value and has no part "${seg}"`, hint: `write --set ${here}=VALUE` };
    }
    const close = typeof seg === 'string' ? didYouMean(seg, keys) : undefined;
    if (close) return { message: 'there is no such parameter', hint: `did you mean ${formatPath([...path.slice(0, i), close, ...path.slice(i + 1)])}?` };
    const elsewhere = allKeyPaths(scenarioSchema).filter((p) => p[p.length - 1].toLowerCase() === String(seg).toLowerCase());
    if (elsewhere.length > 0) return { message: 'there is no such parameter', hint: `did you mean ${elsewhere.map((p) => p.join('.').replace(/\.\[\]/g, '[0]')).join(' or ')}?` };
    return { message: 'there is no such parameter', hint: `${here ? `${here} has` : 'the top level has'}: ${keys.join(', ')}` };
  }
  return undefined;
}

function parseValue(text: string): { ok: true; data: unknown } | { ok: false; message: string } {
  const r = parseSource(text, '--set', { anyValue: true });
  if (r.ok) return { ok: true, data: r.source.data };
  return { ok: false, message: r.diagnostics.map((d) => d.message).join('; ') };
}

function clip(s: string): string {
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}
