// Parameters named by dotted paths (`guardians.caseloadCapChildren`, `gi.institutions[0].share`)
// for sweeps and sensitivity runs: the value a scenario has there, and what the schema says
// about it (unit, whole number or not, bounds), so generated values are ones the loader accepts.

import { parameterPath } from '../scenario/overrides.js';
import { scenarioSchema, type Scenario } from '../scenario/schema.js';
import { metaOf, numberBounds, schemaAt, type NumberBounds } from '../scenario/schemaWalk.js';
import { UserError } from '../userError.js';

export function splitPath(text: string): (string | number)[] {
  return text
    .trim()
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

/**
 * The value at a parameter path of a scenario, read as `--set` reads it (`gi.institutions[0].x`,
 * `gi.institutions.0.x`, `gi.institutions[Leger des Heils].x`); undefined when it has none.
 */
export function valueAt(scenario: unknown, path: string): unknown {
  const segments = parameterPath(path.trim());
  if (segments === undefined) return undefined;
  let v: unknown = scenario;
  for (const seg of segments) {
    if (v === null || typeof v !== 'object') return undefined;
    if (typeof seg === 'object')
      v = Array.isArray(v) ? v.find((entry: unknown) => (entry as { name?: unknown } | null)?.name === seg.name) : undefined;
    else v = (v as Record<string | number, unknown>)[seg];
  }
  return v;
}

/**
 * The path with list entries named by their number (`gi.institutions[Leger des Heils].x` →
 * `gi.institutions.2.x`), as the schema walks and the report's words read paths; unchanged where
 * a name matches no entry of the scenario.
 */
export function indexedPath(scenario: unknown, path: string): string {
  const segments = parameterPath(path.trim());
  if (segments === undefined) return path;
  const out: (string | number)[] = [];
  let v: unknown = scenario;
  for (const seg of segments) {
    let key: string | number;
    if (typeof seg === 'object') {
      const index = Array.isArray(v) ? v.findIndex((entry: unknown) => (entry as { name?: unknown } | null)?.name === seg.name) : -1;
      if (index < 0) return path;
      key = index;
    } else key = seg;
    out.push(key);
    v = v !== null && typeof v === 'object' ? (v as Record<string | number, unknown>)[key] : undefined;
  }
  return out.join('.');
}

export interface NumericParameter {
  path: string;
  unit?: string;
  bounds: NumberBounds;
}

/** The schema's view of a numeric parameter; a UserError when the path names no number. */
export function numericParameter(path: string, scenario: Scenario, where: string): NumericParameter {
  const schema = schemaAt(scenarioSchema, splitPath(path), scenario);
  const bounds = schema === undefined ? undefined : numberBounds(schema);
  if (schema === undefined || bounds === undefined) {
    throw new UserError({
      file: where,
      path,
      message: schema === undefined ? 'no such parameter' : 'this parameter is not a number, so it cannot be varied over a range',
      hint: 'name a numeric parameter, e.g. guardians.caseloadCapChildren or gi.firstVisitDays.mean (see docs/parameters.md)',
    });
  }
  const unit = metaOf(schema).unit;
  return { path, bounds, ...(unit ? { unit } : {}) };
}

/** A value moved into the parameter's bounds and, for whole numbers, rounded. */
export function fitToBounds(value: number, p: NumericParameter): number {
  let v = p.bounds.integer ? Math.round(value) : Number(value.toPrecision(12));
  if (p.bounds.min !== undefined && v < p.bounds.min) v = p.bounds.min;
  if (p.bounds.max !== undefined && v > p.bounds.max) v = p.bounds.max;
  return v;
}
