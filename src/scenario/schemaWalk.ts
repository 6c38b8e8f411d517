// Reads the zod schema as data: which keys are allowed at a path, what a value there must be,
// and its description. Used to word errors in plain language, to check `--set` paths and to
// generate the reference docs, so none of these repeats the schema by hand.

import { z } from 'zod';

type Schema = z.core.$ZodType;
type Def = { type: string; [k: string]: unknown };

const def = (s: Schema): Def => (s as unknown as { _zod: { def: Def } })._zod.def;

const WRAPPERS = new Set(['default', 'prefault', 'optional', 'nullable', 'readonly', 'catch', 'nonoptional']);

/** The schema without default/optional wrappers. */
export function unwrap(s: Schema): Schema {
  let cur = s;
  for (let i = 0; i < 20; i++) {
    const d = def(cur);
    if (WRAPPERS.has(d.type)) cur = d.innerType as Schema;
    else if (d.type === 'pipe') cur = d.in as Schema;
    else break;
  }
  return cur;
}

export interface ParameterMeta {
  description?: string;
  unit?: string;
  source?: string;
  /** A distribution's upper bound (numbers carry theirs as a check). */
  max?: number;
  /** Why the upper bound is where it is. */
  maxWhy?: string;
}

/** Metadata (`.meta()`) on the schema or any of its wrappers. */
export function metaOf(s: Schema): ParameterMeta {
  let cur: Schema | undefined = s;
  const found: Record<string, unknown> = {};
  for (let i = 0; cur && i < 20; i++) {
    const m = z.globalRegistry.get(cur);
    if (m) for (const [k, v] of Object.entries(m)) if (!(k in found)) found[k] = v;
    const d = def(cur);
    cur = WRAPPERS.has(d.type) ? (d.innerType as Schema) : d.type === 'pipe' ? (d.in as Schema) : undefined;
  }
  return found as ParameterMeta;
}

export function kindOf(s: Schema): string {
  return def(unwrap(s)).type;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The options of a union whose `kind` (discriminator) matches the value, or all of them. */
function unionOptions(s: Schema, value: unknown): Schema[] {
  const d = def(s);
  const options = (d.options as Schema[]).map(unwrap);
  const disc = d.discriminator as string | undefined;
  if (disc && isPlainObject(value)) {
    const match = options.filter((o) => {
      const shape = objectShape(o);
      const lit = shape?.[disc];
      return lit !== undefined && literalValues(lit).includes(value[disc]);
    });
    if (match.length > 0) return match;
  }
  return options;
}

export function discriminatorOf(s: Schema): { key: string; values: unknown[] } | undefined {
  const u = unwrap(s);
  const d = def(u);
  if (d.type !== 'union' || typeof d.discriminator !== 'string') return undefined;
  const key = d.discriminator;
  const values = (d.options as Schema[]).flatMap((o) => {
    const lit = objectShape(unwrap(o))?.[key];
    return lit ? literalValues(lit) : [];
  });
  return { key, values };
}

function literalValues(s: Schema): unknown[] {
  const d = def(unwrap(s));
  if (d.type === 'literal') return d.values as unknown[];
  if (d.type === 'enum') return Object.values(d.entries as Record<string, unknown>);
  return [];
}

function objectShape(s: Schema): Record<string, Schema> | undefined {
  const d = def(unwrap(s));
  return d.type === 'object' ? (d.shape as Record<string, Schema>) : undefined;
}

/**
 * Keys allowed in the object at this schema node; for a distribution, those of the kind the
 * value names (or of all kinds). Undefined when the node is not an object.
 */
export function allowedKeys(s: Schema, value?: unknown): string[] | undefined {
  const u = unwrap(s);
  const d = def(u);
  if (d.type === 'object') return Object.keys(d.shape as object);
  if (d.type === 'union') {
    const keys = new Set<string>();
    for (const o of unionOptions(u, value)) for (const k of allowedKeys(o) ?? []) keys.add(k);
    return keys.size > 0 ? [...keys] : undefined;
  }
  return undefined;
}

/** The schema of a child (key or list index), given the parent's value; undefined if not allowed. */
export function childSchema(s: Schema, segment: string | number, value?: unknown): Schema | undefined {
  const u = unwrap(s);
  const d = def(u);
  if (d.type === 'object') {
    const shape = d.shape as Record<string, Schema>;
    return typeof segment === 'string' && Object.hasOwn(shape, segment) ? shape[segment] : undefined;
  }
  if (d.type === 'array') {
    const isIndex = typeof segment === 'number' || /^(0|[1-9]\d{0,8})$/.test(segment);
    return isIndex ? (d.element as Schema) : undefined;
  }
  if (d.type === 'union') {
    for (const o of unionOptions(u, value)) {
      const c = childSchema(o, segment);
      if (c) return c;
    }
  }
  return undefined;
}

/** Follows a path through the schema, using the data to pick union options. */
export function schemaAt(root: Schema, path: readonly PropertyKey[], data?: unknown): Schema | undefined {
  let s: Schema | undefined = root;
  let v: unknown = data;
  for (const seg of path) {
    if (!s) return undefined;
    s = childSchema(s, seg as string | number, v);
    v = isPlainObject(v) || Array.isArray(v) ? (v as Record<string, unknown>)[seg as string] : undefined;
  }
  return s;
}

export interface NumberBounds {
  integer: boolean;
  min?: number;
  minInclusive?: boolean;
  max?: number;
  maxInclusive?: boolean;
}

export function numberBounds(s: Schema): NumberBounds | undefined {
  const u = unwrap(s);
  const d = def(u);
  if (d.type !== 'number') return undefined;
  const b: NumberBounds = { integer: false };
  for (const c of (d.checks as { _zod: { def: Record<string, unknown> } }[] | undefined) ?? []) {
    const cd = c._zod.def;
    if (cd.check === 'number_format' && (cd.format === 'safeint' || cd.format === 'int32' || cd.format === 'uint32')) b.integer = true;
    if (cd.check === 'greater_than') {
      const v = cd.value as number;
      if (b.min === undefined || v > b.min || (v === b.min && !cd.inclusive)) {
        b.min = v;
        b.minInclusive = cd.inclusive as boolean;
      }
    }
    if (cd.check === 'less_than') {
      const v = cd.value as number;
      if (b.max === undefined || v < b.max || (v === b.max && !cd.inclusive)) {
        b.max = v;
        b.maxInclusive = cd.inclusive as boolean;
      }
    }
  }
  return b;
}

/** "a number between 0 and 1", "a whole number of at least 0", ... */
export function describeNumber(b: NumberBounds): string {
  const what = b.integer ? 'a whole number' : 'a number';
  const { min, max } = b;
  if (min !== undefined && max !== undefined && b.minInclusive && b.maxInclusive) return `${what} between ${min} and ${max}`;
  const parts: string[] = [];
  if (min !== undefined) parts.push(b.minInclusive ? `of at least ${min}` : `above ${min}`);
  if (max !== undefined) parts.push(b.maxInclusive ? `at most ${max}` : `below ${max}`);
  return parts.length ? `${what} ${parts.join(' and ')}` : what;
}

/** What a value at this schema node must be, in words. */
export function describeExpected(s: Schema, value?: unknown): string {
  const u = unwrap(s);
  const d = def(u);
  switch (d.type) {
    case 'number':
      return describeNumber(numberBounds(u) ?? { integer: false });
    case 'string':
      return 'a text';
    case 'boolean':
      return 'true or false';
    case 'array':
      return `a list (each entry ${describeExpected(d.element as Schema)})`;
    case 'object':
      return 'a group of settings (indented `key: value` lines)';
    case 'literal':
      return (d.values as unknown[]).map((v) => JSON.stringify(v)).join(' or ');
    case 'union': {
      const disc = discriminatorOf(u);
      if (disc && disc.key === 'kind') return 'a distribution, e.g. `{ kind: lognormal, mean: 30, sd: 10 }`';
      return (d.options as Schema[]).map((o) => describeExpected(o, value)).join(', or ');
    }
    default:
      return 'a different value';
  }
}

/** Every dotted key path in the schema (list entries as `[]`), for "this key belongs under ...". */
export function allKeyPaths(root: Schema): string[][] {
  const out: string[][] = [];
  const walk = (s: Schema, path: string[], depth: number) => {
    if (depth > 8) return;
    const u = unwrap(s);
    const d = def(u);
    if (d.type === 'object') {
      for (const [k, c] of Object.entries(d.shape as Record<string, Schema>)) {
        out.push([...path, k]);
        walk(c, [...path, k], depth + 1);
      }
    } else if (d.type === 'array') {
      walk(d.element as Schema, [...path, '[]'], depth + 1);
    }
  };
  walk(root, [], 0);
  return out;
}

/** A dotted display path: `gi.institutions[1].guardianPositions`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else out += out ? `.${String(seg)}` : String(seg);
  }
  return out;
}
