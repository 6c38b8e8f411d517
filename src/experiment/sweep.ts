// `jbsim sweep`: a scenario run at every point of a grid of parameter values, all points on
// the same random numbers, so the curve a metric draws over a parameter is smooth rather than
// noisy. Writes sweep.json (the report's SweepResult, plus `parameters`/`values` for grids)
// and sweep.csv (one row per point and metric).

import type { ReplicationResult } from '../model/results.js';
import { UserError } from '../userError.js';
import { numericParameter, type NumericParameter } from './parameters.js';
import { toCsv, type CsvCell } from '../csv.js';
import { scenarioStatistics, type LoadedScenario, type ScenarioStatistics } from './summarise.js';
import type { Scenario } from '../scenario/schema.js';
import { isNonEmpty, mapNonEmpty, zip, type NonEmpty } from '../lists.js';

export const MAX_SWEEP_POINTS = 500;
const MAX_VALUES_PER_PARAMETER = 200;

export interface Vary {
  path: string;
  values: number[];
}

export interface Estimate {
  mean: number;
  ci95: [number, number];
}

/** `path=start:stop:step` (stop included) or `path=v1,v2,…`. */
export function parseVary(text: string): Vary {
  const eq = text.indexOf('=');
  const problem = (message: string): never => {
    throw new UserError({
      file: '--vary',
      message: `"${text}": ${message}`,
      hint: 'write path=start:stop:step (e.g. guardians.caseloadCapChildren=10:20:2) or path=v1,v2,v3',
    });
  };
  if (eq <= 0) problem('expected path=values');
  const path = text.slice(0, eq).trim();
  const spec = text.slice(eq + 1).trim();
  const num = (s: string): number => {
    const v = s.trim() === '' ? NaN : Number(s);
    if (!Number.isFinite(v)) problem(`"${s}" is not a number`);
    return v;
  };
  let values: number[];
  if (spec.includes(':')) {
    const parts = spec.split(':');
    const [a, b, c] = parts;
    if (parts.length !== 3 || a === undefined || b === undefined || c === undefined) return problem('a range needs start:stop:step');
    const [start, stop, step] = [num(a), num(b), num(c)];
    if (step === 0 || Math.sign(stop - start) * Math.sign(step) < 0) problem('the step must be non-zero and go from start towards stop');
    const count = Math.floor((stop - start) / step + 1e-9) + 1;
    if (count > MAX_VALUES_PER_PARAMETER) problem(`that is ${count} values; at most ${MAX_VALUES_PER_PARAMETER}`);
    // computed from the index, not by adding steps, so 0.1-steps do not drift
    values = Array.from({ length: count }, (_, i) => Number((start + i * step).toPrecision(12)));
  } else {
    values = spec.split(',').map(num);
  }
  if (values.length === 0) problem('no values');
  if (new Set(values).size !== values.length) problem('a value is listed twice');
  return { path, values };
}

/** Every combination, the first parameter varying slowest. */
export function gridPoints(varies: readonly Vary[]): Record<string, number>[] {
  let points: Record<string, number>[] = [{}];
  for (const v of varies) points = points.flatMap((p) => v.values.map((x) => ({ ...p, [v.path]: x })));
  if (points.length > MAX_SWEEP_POINTS) {
    throw new UserError({
      file: '--vary',
      message: `the grid has ${points.length} points; at most ${MAX_SWEEP_POINTS}`,
      hint: 'use fewer values or fewer --vary options',
    });
  }
  return points;
}

export function checkVaries(varies: readonly Vary[], scenario: Scenario): NonEmpty<NumericParameter> {
  if (!isNonEmpty(varies))
    throw new UserError({
      file: '--vary',
      message: 'nothing to vary',
      hint: 'name a parameter and its values, e.g. --vary guardians.caseloadCapChildren=10:20:2',
    });
  const seen = new Set<string>();
  return mapNonEmpty(varies, (v) => {
    if (seen.has(v.path))
      throw new UserError({
        file: '--vary',
        path: v.path,
        message: 'varied twice',
        hint: 'give each parameter one --vary with all its values',
      });
    seen.add(v.path);
    return numericParameter(v.path, scenario, '--vary');
  });
}

/** Mean and interval of every metric of one point. */
export function estimates(results: readonly ReplicationResult[] | ScenarioStatistics): Record<string, Estimate> {
  const stats = Array.isArray(results) ? scenarioStatistics(results) : (results as ScenarioStatistics);
  const out: Record<string, Estimate> = {};
  for (const name of stats.catalogue.names) {
    const m = stats.metrics.get(name)!;
    out[name] = { mean: m.mean, ci95: m.ci95 };
  }
  return out;
}

/**
 * What a sweep over the caseload cap holds fixed. `positions`: every institution keeps its guardian
 * positions (its FTE and cost), so a lower cap means fewer children can have a guardian at once.
 * `capacity`: cap × positions stays as in the scenario, so a lower cap takes more positions (FTE).
 */
export type Hold = 'positions' | 'capacity';
export const HOLDS: readonly Hold[] = ['positions', 'capacity'];

/** The parameter whose sweeps have something to hold: positions or the children they can take. */
export const CASELOAD_CAP = 'guardians.caseloadCapChildren';

export interface Held {
  what: Hold;
  /** Guardian positions (FTE) of all institutions at each point, in point order. */
  guardianPositions: number[];
  /** Children that can have a guardian at once (cap × positions) at each point. */
  capacityChildren: number[];
}

/** `--hold`: only a sweep of the caseload cap has a choice to make; anything else is refused with the reason. */
export function checkHold(hold: string | undefined, varies: readonly Vary[]): Hold | null {
  const capped = varies.some((v) => v.path === CASELOAD_CAP);
  if (hold === undefined) return capped ? 'positions' : null;
  if (!HOLDS.includes(hold as Hold)) {
    const fte = hold === 'fte';
    throw new UserError({
      file: '--hold',
      message: fte ? 'guardian positions are FTE, so "fte" could mean either choice' : `"${hold}" is not something a sweep can hold`,
      hint: 'use --hold positions (the positions, and so the FTE and their cost, stay fixed; fewer children fit at a lower cap) or --hold capacity (cap × positions stays fixed; a lower cap takes more positions)',
    });
  }
  if (!capped)
    throw new UserError({
      file: '--hold',
      message: `--hold applies to a sweep of ${CASELOAD_CAP}, which is not varied here`,
      hint: `vary ${CASELOAD_CAP}, or leave --hold out`,
    });
  return hold as Hold;
}

/**
 * `--set` overrides that keep the capacity: each institution's positions scaled by the scenario's
 * cap over the point's cap (rounded, at least one where there was one). None for `positions`.
 */
export function holdOverrides(hold: Hold | null, scenario: Scenario, values: Record<string, number>): string[] {
  const cap = values[CASELOAD_CAP];
  if (hold !== 'capacity' || cap === undefined) return [];
  const base = scenario.guardians.caseloadCapChildren;
  return scenario.gi.institutions.map(
    (inst, i) =>
      `gi.institutions[${i}].guardianPositions=${inst.guardianPositions === 0 ? 0 : Math.max(1, Math.round((inst.guardianPositions * base) / cap))}`,
  );
}

/** What the points of a sweep held, from the scenarios they ran. */
export function heldOf(hold: Hold, scenarios: readonly Scenario[]): Held {
  const positions = scenarios.map((s) => s.gi.institutions.reduce((a, i) => a + i.guardianPositions, 0));
  return {
    what: hold,
    guardianPositions: positions,
    capacityChildren: scenarios.map((s, k) => positions[k]! * s.guardians.caseloadCapChildren),
  };
}

export interface SweepFile {
  scenario: string;
  /** With a sweep of the caseload cap: what was held fixed, and the positions and capacity at each point. */
  held?: Held;
  /** The first varied parameter (the one a line chart puts on its axis). */
  parameter: string;
  unit?: string;
  parameters: string[];
  units: Record<string, string | undefined>;
  seed: number;
  replications: number;
  version: string;
  points: Array<{ value: number; values: Record<string, number>; metrics: Record<string, Estimate> }>;
  provenance: Record<string, unknown>;
}

export function sweepFile(
  base: LoadedScenario,
  parameters: NonEmpty<NumericParameter>,
  points: readonly Record<string, number>[],
  results: readonly ReplicationResult[][],
  seed: number,
  version: string,
  provenance: Record<string, unknown>,
  held?: Held,
): SweepFile {
  const first = parameters[0];
  return {
    scenario: base.scenario.name,
    ...(held ? { held } : {}),
    parameter: first.path,
    ...(first.unit ? { unit: first.unit } : {}),
    parameters: parameters.map((p) => p.path),
    units: Object.fromEntries(parameters.map((p) => [p.path, p.unit])),
    seed,
    replications: results[0]?.length ?? 0,
    version,
    // every point gives every parameter a value (gridPoints)
    points: zip(points, results).map(([values, rs]) => ({ value: values[first.path]!, values, metrics: estimates(rs) })),
    provenance,
  };
}

export function sweepCsv(file: SweepFile): string {
  const rows: CsvCell[][] = [];
  for (const [i, p] of file.points.entries()) {
    const head = [i, ...file.parameters.map((path) => p.values[path]!)];
    for (const [metric, e] of Object.entries(p.metrics)) rows.push([...head, metric, e.mean, e.ci95[0], e.ci95[1]]);
  }
  return toCsv(['point', ...file.parameters, 'metric', 'mean', 'ci95Low', 'ci95High'], rows);
}
