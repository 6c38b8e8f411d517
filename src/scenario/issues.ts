// Turns zod's validation issues into messages a policy advisor can act on: what the value
// must be, what was written, and a hint (a likely typo, a decimal comma, a percentage).

import type { z } from 'zod';
import type { Diagnostic } from '../userError.js';
import { didYouMean } from './didYouMean.js';
import { scenarioSchema } from './schema.js';
import {
  allKeyPaths,
  allowedKeys,
  describeExpected,
  describeNumber,
  discriminatorOf,
  formatPath,
  kindOf,
  metaOf,
  numberBounds,
  schemaAt,
} from './schemaWalk.js';

type Issue = z.core.$ZodIssue;
export type Locator = (path: readonly PropertyKey[], prefer: 'key' | 'value') => Pick<Diagnostic, 'file' | 'line' | 'column'>;

export function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let v = data;
  for (const seg of path) {
    if (typeof v !== 'object' || v === null) return undefined;
    if (!Object.hasOwn(v, seg as string)) return undefined;
    v = (v as Record<string, unknown>)[seg as string];
  }
  return v;
}

/** How a written value reads back to the user. */
export function describeValue(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'an empty value';
  if (typeof v === 'number') {
    if (Number.isNaN(v)) return '.nan (not a number)';
    if (!Number.isFinite(v)) return v > 0 ? 'infinity' : 'minus infinity';
    return String(v);
  }
  if (typeof v === 'string') return `the text "${v.length > 40 ? `${v.slice(0, 37)}...` : v}"`;
  if (typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return `a list of ${v.length} ${v.length === 1 ? 'entry' : 'entries'}`;
  return 'a group of settings';
}

export function issuesToDiagnostics(issues: readonly Issue[], data: unknown, locate: Locator): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const issue of issues) out.push(...toDiagnostics(issue, data, locate));
  return out;
}

function toDiagnostics(issue: Issue, data: unknown, locate: Locator): Diagnostic[] {
  const path = issue.path;
  const value = valueAt(data, path);
  const schema = schemaAt(scenarioSchema, path, data);
  const at = (p: readonly PropertyKey[], prefer: 'key' | 'value' = 'value') => ({ ...locate(p, prefer), path: formatPath(p) || undefined });
  const one = (message: string, hint?: string): Diagnostic[] => [{ ...at(path), message, ...(hint ? { hint } : {}) }];

  switch (issue.code) {
    case 'unrecognized_keys': {
      const keys = allowedKeys(schemaAt(scenarioSchema, path, data) ?? scenarioSchema, value) ?? [];
      const where = path.length ? `in ${formatPath(path)}` : 'at the top level';
      return issue.keys.map((key) => {
        const d: Diagnostic = { ...at([...path, key], 'key'), message: `unknown key "${key}" ${where}` };
        const hint = unknownKeyHint(key, keys, path, value);
        return hint ? { ...d, hint } : d;
      });
    }
    case 'invalid_union': {
      const disc = (issue as { discriminator?: string }).discriminator;
      if (disc) {
        const owner = path[path.length - 1] === disc ? path.slice(0, -1) : path;
        const written = valueAt(data, [...owner, disc]);
        const options = discriminatorOf(schemaAt(scenarioSchema, owner, data) ?? scenarioSchema)?.values.map(String) ?? [];
        const list = options.join(', ');
        if (!isObject(valueAt(data, owner))) {
          return [
            {
              ...at(owner),
              message: `expected ${describeExpected(schemaAt(scenarioSchema, owner, data) ?? scenarioSchema)}, got ${describeValue(valueAt(data, owner))}`,
            },
          ];
        }
        if (written === undefined) return [{ ...at(owner), message: `a distribution needs a \`${disc}\`: one of ${list}` }];
        const close = typeof written === 'string' ? didYouMean(written, options) : undefined;
        return [
          {
            ...at([...owner, disc]),
            message: `unknown distribution ${disc} ${typeof written === 'string' ? `"${written}"` : describeValue(written)}`,
            hint: close ? `did you mean ${close}?` : `use one of: ${list}`,
          },
        ];
      }
      return one(`expected ${schema ? describeExpected(schema, value) : 'a different value'}, got ${describeValue(value)}`);
    }
    case 'invalid_type': {
      const expected = schema ? describeExpected(schema, value) : plainType(issue.expected);
      if (value === undefined) {
        const name = String(path[path.length - 1] ?? 'value');
        return [{ ...at(path), message: `\`${name}\` is missing: expected ${expected}` }];
      }
      return one(`expected ${expected}, got ${describeValue(value)}`, typeHint(schema, value));
    }
    case 'too_small':
    case 'too_big': {
      if (issue.origin === 'number' || issue.origin === 'int' || issue.origin === 'bigint') {
        const b = schema ? numberBounds(schema) : undefined;
        const expected = b
          ? describeNumber(b)
          : `a number ${issue.code === 'too_small' ? 'of at least' : 'at most'} ${'minimum' in issue ? issue.minimum : issue.maximum}`;
        const m = issue.code === 'too_big' && schema ? metaOf(schema) : undefined;
        const why =
          m?.maxWhy && b?.max !== undefined
            ? `at most ${b.max}${m.unit && m.unit !== 'count' ? ` ${m.unit}` : ''}: ${m.maxWhy}`
            : undefined;
        return one(`expected ${expected}, got ${describeValue(value)}`, rangeHint(b, value) ?? why);
      }
      const n = Number('minimum' in issue ? issue.minimum : issue.maximum);
      if (issue.origin === 'array') {
        const count = Array.isArray(value) ? value.length : 0;
        return one(
          issue.code === 'too_small'
            ? `needs at least ${n} ${n === 1 ? 'entry' : 'entries'}, got ${count}`
            : `may have at most ${n} entries, got ${count}`,
        );
      }
      if (issue.origin === 'string') {
        return one(
          issue.code === 'too_small'
            ? n <= 1
              ? 'must not be empty'
              : `needs at least ${n} characters`
            : `may be at most ${n} characters long, got ${typeof value === 'string' ? value.length : '?'}`,
        );
      }
      return one(issue.message);
    }
    case 'invalid_format':
      return one(`expected ${issue.message}, got ${describeValue(value)}`);
    case 'invalid_value':
      return one(`expected ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}, got ${describeValue(value)}`);
    case 'not_multiple_of':
      return one(`expected a multiple of ${String(issue.divisor)}, got ${describeValue(value)}`);
    default:
      return one(issue.message);
  }
}

function isObject(v: unknown): boolean {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function plainType(t: string): string {
  return (
    (
      {
        number: 'a number',
        int: 'a whole number',
        string: 'a text',
        boolean: 'true or false',
        object: 'a group of settings',
        array: 'a list',
      } as Record<string, string>
    )[t] ?? t
  );
}

function unknownKeyHint(key: string, allowed: string[], path: readonly PropertyKey[], value: unknown): string | undefined {
  const close = didYouMean(key, allowed);
  if (close) return `did you mean ${close}?`;
  const elsewhere = allKeyPaths(scenarioSchema)
    .filter((p) => p.at(-1)?.toLowerCase() === key.toLowerCase() && p.join('.') !== [...path.map(String), key].join('.'))
    .map(
      (p) =>
        p
          .slice(0, -1)
          .join('.')
          .replace(/\.\[\]/g, '[]') || 'the top level',
    );
  if (elsewhere.length > 0) return `"${key}" belongs under ${elsewhere.join(' or ')}`;
  const kind = isObject(value) ? (value as Record<string, unknown>).kind : undefined;
  if (typeof kind === 'string' && allowed.includes('kind')) return `a ${kind} distribution takes: ${allowed.join(', ')}`;
  if (allowed.length > 0 && allowed.length <= 20) return `allowed here: ${allowed.join(', ')}`;
  return undefined;
}

function typeHint(schema: Parameters<typeof kindOf>[0] | undefined, value: unknown): string | undefined {
  if (!schema) return undefined;
  const kind = kindOf(schema);
  if (kind === 'number' && typeof value === 'string') {
    const t = value.trim();
    if (/^[-+]?\d+,\d+$/.test(t)) return `use a decimal point: ${t.replace(',', '.')}, not ${t}`;
    if (/^[-+]?\d+(\.\d+)?\s*%$/.test(t)) {
      const b = numberBounds(schema);
      const n = Number(t.replace('%', '').trim());
      const fraction = Number((n / 100).toPrecision(6));
      if (b?.max === 1) return `write a share as a fraction: ${t} is ${fraction}`;
      // a rate such as a turnover of 25% a year: the number without % would be out of range
      if (b?.max !== undefined && n > b.max && fraction <= b.max) return `write it as a fraction: ${t} is ${fraction}`;
      return 'write the number without %';
    }
    if (/^[-+]?\d{1,3}([ _.']\d{3})+$/.test(t)) return `write the number without separators: ${t.replace(/[ _.']/g, '')}`;
    if (t !== '' && Number.isFinite(Number(t))) return 'remove the quotes around the number';
    return undefined;
  }
  if (kind === 'boolean' && typeof value === 'string') {
    const t = value.trim().toLowerCase();
    if (['yes', 'ja', 'y', 'on', 'true', 'aan', 'waar'].includes(t)) return 'write true (without quotes)';
    if (['no', 'nee', 'n', 'off', 'false', 'uit', 'onwaar'].includes(t)) return 'write false (without quotes)';
    return 'write true or false';
  }
  if (kind === 'number' && typeof value === 'number' && !Number.isInteger(value)) return undefined;
  if (kind === 'string' && (typeof value === 'number' || typeof value === 'boolean')) return `put the text in quotes: "${String(value)}"`;
  return undefined;
}

function rangeHint(b: ReturnType<typeof numberBounds>, value: unknown): string | undefined {
  if (!b || typeof value !== 'number') return undefined;
  if (b.max === 1 && value >= 2 && value <= 100)
    return `a share is a fraction between 0 and 1: ${value}% is ${Number((value / 100).toPrecision(6))}`;
  return undefined;
}
