// `jbsim sensitivity`: one parameter at a time to a low and a high value around the scenario's
// own, the rest unchanged, all on the same random numbers. The swing of a metric between low
// and high ranks the parameters (a tornado chart). The built-in list covers the parameters the
// calibration is least sure of; `--ranges FILE` replaces it.

import type { ReplicationResult } from '../model/results.js';
import type { Scenario } from '../scenario/schema.js';
import { parseSource } from '../scenario/source.js';
import { UserError, type Diagnostic } from '../userError.js';
import { metricDifference } from './compare.js';
import { fitToBounds, numericParameter, valueAt } from './parameters.js';
import { scenarioStatistics, type LoadedScenario } from './summarise.js';
import { estimates, type Estimate } from './sweep.js';
import type { MetricDifference } from './types.js';

/** A change around the scenario's value: `factor` multiplies it, `delta` adds to it. */
export interface BuiltInRange {
  path: string;
  low: { factor: number } | { delta: number };
  high: { factor: number } | { delta: number };
  why: string;
}

export const BUILT_IN_RANGES: readonly BuiltInRange[] = [
  { path: 'guardians.caseloadCapChildren', low: { factor: 0.8 }, high: { factor: 1.2 }, why: 'practice ranges ~15–22 per FTE' },
  { path: 'guardians.turnoverRatePerYear', low: { factor: 2 / 3 }, high: { factor: 4 / 3 }, why: 'leave rates differ by year and GI' },
  { path: 'guardians.turnoverPressureSensitivity', low: { factor: 0.5 }, high: { factor: 1.5 }, why: 'assumption' },
  { path: 'guardians.adminShare', low: { delta: -0.08 }, high: { delta: 0.08 }, why: 'one survey figure' },
  { path: 'guardians.sickEpisodesPerYear', low: { factor: 0.5 }, high: { factor: 1.5 }, why: 'assumption' },
  { path: 'guardians.recruitmentDays.mean', low: { factor: 0.5 }, high: { factor: 1.5 }, why: 'assumption' },
  { path: 'entry.signalsPerThousandYouthPerYear', low: { factor: 0.8 }, high: { factor: 1.2 }, why: 'calibrated to the inflow' },
  { path: 'entry.reentryProbability', low: { factor: 2 / 3 }, high: { factor: 4 / 3 }, why: 'assumption' },
  { path: 'family.deteriorationRatePerYear', low: { factor: 2 / 3 }, high: { factor: 4 / 3 }, why: 'calibrated to the inflow' },
  { path: 'rvdk.investigators', low: { factor: 0.78 }, high: { factor: 1.22 }, why: 'calibrated to a ~30-day wait' },
  { path: 'gi.otsExtensionProbability', low: { delta: -0.1 }, high: { delta: 0.1 }, why: 'not found in sources' },
  { path: 'providers.changeRatePerYear', low: { factor: 0.5 }, high: { factor: 1.5 }, why: 'assumption' },
];

export interface ParameterRange {
  path: string;
  low: number;
  high: number;
  baseValue: number;
  unit?: string;
}

function apply(base: number, change: { factor: number } | { delta: number }): number {
  return 'factor' in change ? base * change.factor : base + change.delta;
}

/** The built-in ranges around this scenario's values, fitted to each parameter's bounds; parameters with no room to move are left out. */
export function builtInRanges(scenario: Scenario): ParameterRange[] {
  const out: ParameterRange[] = [];
  for (const r of BUILT_IN_RANGES) {
    const p = numericParameter(r.path, scenario, 'sensitivity');
    const base = valueAt(scenario, r.path);
    if (typeof base !== 'number') continue; // e.g. a distribution without a `mean` in this scenario
    // three significant digits: 0.113, not 0.113333333333
    const low = fitToBounds(Number(apply(base, r.low).toPrecision(3)), p);
    const high = fitToBounds(Number(apply(base, r.high).toPrecision(3)), p);
    if (low === high) continue;
    out.push({ path: r.path, low, high, baseValue: base, ...(p.unit ? { unit: p.unit } : {}) });
  }
  return out;
}

/**
 * `--ranges FILE` (its content; `file` names it): YAML or JSON, either a list of
 * `{ path, low, high }` or a mapping `path: [low, high]`.
 */
export function readRanges(content: Uint8Array | string, file: string, scenario: Scenario): ParameterRange[] {
  const parsed = parseSource(content, file, { json: /\.json$/i.test(file) });
  if (!parsed.ok) throw new UserError(parsed.diagnostics);
  const data = parsed.source.data;
  const entries: { path: unknown; low: unknown; high: unknown }[] = [];
  if (Array.isArray(data)) entries.push(...(data as { path: unknown; low: unknown; high: unknown }[]));
  else if (data !== null && typeof data === 'object') {
    for (const [path, v] of Object.entries(data as Record<string, unknown>)) {
      entries.push(Array.isArray(v) ? { path, low: v[0], high: v[1] } : { path, ...(v as object) } as never);
    }
  }
  const problems: Diagnostic[] = [];
  const out: ParameterRange[] = [];
  entries.forEach((e, i) => {
    const at = (p: PropertyKey[]) => parsed.source.locate(p) ?? {};
    const where = Array.isArray(data) ? [i] : [String(e?.path)];
    if (e === null || typeof e !== 'object' || typeof e.path !== 'string' || typeof e.low !== 'number' || typeof e.high !== 'number') {
      problems.push({ file, ...at(where), message: 'each range needs a parameter path and numbers low and high', hint: 'e.g. `guardians.caseloadCapChildren: [12, 22]`' });
      return;
    }
    try {
      const p = numericParameter(e.path, scenario, file);
      const base = valueAt(scenario, e.path);
      out.push({ path: e.path, low: e.low, high: e.high, baseValue: typeof base === 'number' ? base : NaN, ...(p.unit ? { unit: p.unit } : {}) });
    } catch (err) {
      if (!(err instanceof UserError)) throw err;
      problems.push(...err.diagnostics.map((d) => ({ ...d, ...at(where) })));
    }
  });
  if (problems.length > 0) throw new UserError(problems);
  if (out.length === 0) throw new UserError({ file, message: 'no ranges in the file', hint: 'e.g. `guardians.caseloadCapChildren: [12, 22]`' });
  return out;
}

export interface SensitivityFile {
  scenario: string;
  seed: number;
  replications: number;
  version: string;
  base: Record<string, Estimate>;
  parameters: Array<{
    path: string;
    baseValue: number;
    unit?: string;
    low: { value: number; metrics: Record<string, Estimate> };
    high: { value: number; metrics: Record<string, Estimate> };
    /** |metric at high − metric at low|: the bar length in a tornado chart. */
    swing: Record<string, number>;
    /** The same, signed and paired by replication, with its interval. */
    highMinusLow: Record<string, MetricDifference>;
  }>;
  provenance: Record<string, unknown>;
}

/** results[0] is the base; then low and high of each range in turn. */
export function sensitivityFile(
  base: LoadedScenario,
  ranges: readonly ParameterRange[],
  results: readonly ReplicationResult[][],
  seed: number,
  version: string,
  provenance: Record<string, unknown>,
): SensitivityFile {
  return {
    scenario: base.scenario.name,
    seed,
    replications: results[0].length,
    version,
    base: estimates(results[0]),
    parameters: ranges.map((r, i) => {
      const low = scenarioStatistics(results[1 + 2 * i]);
      const high = scenarioStatistics(results[2 + 2 * i]);
      const swing: Record<string, number> = {};
      const highMinusLow: Record<string, MetricDifference> = {};
      for (const name of low.catalogue.names) {
        const h = high.perReplication.get(name);
        if (h === undefined) continue;
        const d = metricDifference(h, low.perReplication.get(name)!);
        highMinusLow[name] = d;
        swing[name] = Math.abs(high.metrics.get(name)!.mean - low.metrics.get(name)!.mean);
      }
      return {
        path: r.path,
        baseValue: r.baseValue,
        ...(r.unit ? { unit: r.unit } : {}),
        low: { value: r.low, metrics: estimates(low) },
        high: { value: r.high, metrics: estimates(high) },
        swing,
        highMinusLow,
      };
    }),
    provenance,
  };
}
