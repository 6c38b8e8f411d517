// `jbsim sensitivity`: one parameter at a time to a low and a high value around the scenario's
// own, the rest unchanged, all on the same random numbers. The swing of a metric between low
// and high ranks the parameters (a tornado chart). With `--on-difference` the swing is that of
// a reform's effect against its baseline: both run at each value, paired by replication. The
// built-in list covers the parameters the calibration and the reforms are least sure of;
// `--ranges FILE` replaces it.

import { reformEnabled, reformOfPath } from '../model/reforms/index.js';
import type { ReplicationResult } from '../model/results.js';
import type { Scenario } from '../scenario/schema.js';
import { parseSource } from '../scenario/source.js';
import { UserError, type Diagnostic } from '../userError.js';
import { metricDifference } from './compare.js';
import { fitToBounds, numericParameter, valueAt } from './parameters.js';
import { scenarioStatistics, type LoadedScenario, type ScenarioStatistics } from './summarise.js';
import { estimates, type Estimate } from './sweep.js';
import type { MetricDifference } from './types.js';
import { zip } from '../lists.js';

/** A change around the scenario's value: `factor` multiplies it, `delta` adds to it, `value` replaces it. */
type Change = { factor: number } | { delta: number } | { value: number };

export interface BuiltInRange {
  path: string;
  low: Change;
  high: Change;
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
  {
    path: 'gi.extensionContactElasticity',
    low: { value: 0 },
    high: { value: 0.6 },
    why: 'assumption: from no effect of contact to twice the default',
  },
  // a reform's own parameters count only where the reform is on (see builtInRanges)
  {
    path: 'reforms.guardianDuos.coordinationHoursPerFamilyPerMonth',
    low: { factor: 0.5 },
    high: { factor: 2.5 },
    why: 'no pilot measured it (src/scenario/ranges.ts)',
  },
  {
    path: 'reforms.guardianInLocalTeam.escalationReduction',
    low: { value: 0.05 },
    high: { value: 0.4 },
    why: 'no evaluation of GI advice to local teams',
  },
  {
    path: 'reforms.prevention.compulsoryNeedReduction',
    low: { value: 0.05 },
    high: { value: 0.5 },
    why: 'a self-report about another intervention',
  },
  {
    path: 'reforms.oneOrganisation.voluntarySignalFactor',
    low: { value: 0.75 },
    high: { value: 1 },
    why: 'a higher threshold to ask for help, of unknown size',
  },
];

export interface ParameterRange {
  path: string;
  low: number;
  high: number;
  baseValue: number;
  unit?: string;
}

function apply(base: number, change: Change): number {
  return 'factor' in change ? base * change.factor : 'delta' in change ? base + change.delta : change.value;
}

/** `reforms.guardianDuos.…` matters only in a scenario with guardian duos on. */
function reformOn(scenario: Scenario, path: string): boolean {
  const reform = reformOfPath(path);
  if (reform === undefined) return true;
  return reformEnabled(scenario, reform);
}

/**
 * The built-in ranges around this scenario's values, fitted to each parameter's bounds;
 * parameters with no room to move, and those of reforms the scenario does not have, are left out.
 */
export function builtInRanges(scenario: Scenario): ParameterRange[] {
  const out: ParameterRange[] = [];
  for (const r of BUILT_IN_RANGES) {
    if (!reformOn(scenario, r.path)) continue;
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
      entries.push(Array.isArray(v) ? { path, low: v[0], high: v[1] } : ({ path, ...(v as object) } as never));
    }
  }
  const problems: Diagnostic[] = [];
  const out: ParameterRange[] = [];
  entries.forEach((e, i) => {
    const at = (p: PropertyKey[]) => parsed.source.locate(p) ?? {};
    const where = Array.isArray(data) ? [i] : [String(e?.path)];
    if (e === null || typeof e !== 'object' || typeof e.path !== 'string' || typeof e.low !== 'number' || typeof e.high !== 'number') {
      problems.push({
        file,
        ...at(where),
        message: 'each range needs a parameter path and numbers low and high',
        hint: 'e.g. `guardians.caseloadCapChildren: [12, 22]`',
      });
      return;
    }
    try {
      const p = numericParameter(e.path, scenario, file);
      const base = valueAt(scenario, e.path);
      out.push({
        path: e.path,
        low: e.low,
        high: e.high,
        baseValue: typeof base === 'number' ? base : NaN,
        ...(p.unit ? { unit: p.unit } : {}),
      });
    } catch (err) {
      if (!(err instanceof UserError)) throw err;
      problems.push(...err.diagnostics.map((d) => ({ ...d, ...at(where) })));
    }
  });
  if (problems.length > 0) throw new UserError(problems);
  if (out.length === 0)
    throw new UserError({ file, message: 'no ranges in the file', hint: 'e.g. `guardians.caseloadCapChildren: [12, 22]`' });
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

/** [a, b, c, d, …] as [[a, b], [c, d], …]; the length must be even. */
function inPairs<T>(xs: readonly T[]): [T, T][] {
  if (xs.length % 2 !== 0) throw new RangeError(`expected pairs, got ${xs.length} entries`);
  return Array.from({ length: xs.length / 2 }, (_, i) => [xs[2 * i]!, xs[2 * i + 1]!]);
}

/** The base, then a (low, high) pair per range: the order the scenarios ran in. */
function baseAndRanges<T>(results: readonly T[], ranges: number): { base: T; lowHigh: [T, T][] } {
  const [base, ...rest] = results;
  if (base === undefined || rest.length !== 2 * ranges)
    throw new RangeError(`expected the base and a low and a high per range (${1 + 2 * ranges} runs), got ${results.length}`);
  return { base, lowHigh: inPairs(rest) };
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
  const runs = baseAndRanges(results, ranges.length);
  return {
    scenario: base.scenario.name,
    seed,
    replications: runs.base.length,
    version,
    base: estimates(runs.base),
    parameters: zip(ranges, runs.lowHigh).map(([r, [lowResults, highResults]]) => {
      const low = scenarioStatistics(lowResults);
      const high = scenarioStatistics(highResults);
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

// ---- on the difference a reform makes --------------------------------------------------------

/** A reform's effect against its baseline, paired by replication, with its interval. */
function effectEstimates(
  reform: ScenarioStatistics,
  baseline: ScenarioStatistics,
): { estimates: Record<string, Estimate>; perReplication: Map<string, number[]> } {
  const estimates: Record<string, Estimate> = {};
  const perReplication = new Map<string, number[]>();
  for (const name of baseline.catalogue.names) {
    const r = reform.perReplication.get(name);
    if (r === undefined) continue;
    const b = baseline.perReplication.get(name)!;
    const d = metricDifference(r, b);
    estimates[name] = { mean: d.difference, ci95: d.ci95 };
    perReplication.set(
      name,
      Array.from(r, (x, i) => x - b[i]!),
    ); // paired: a value per replication on both sides
  }
  return { estimates, perReplication };
}

export interface DifferenceSensitivityFile extends SensitivityFile {
  /** The reform and its baseline: every figure below is the reform's effect (reform − baseline). */
  onDifference: { scenario: string; baseline: string };
}

/**
 * The scenarios to run for `--on-difference`: the baseline and the reform at their own values,
 * then both at each low and each high value. A reform that sets a parameter itself keeps its
 * value (less-admin's adminShare is its lever); the baseline still moves.
 */
export function differencePairs(
  ranges: readonly ParameterRange[],
  build: (path: string | null, value: number, which: 'baseline' | 'reform') => LoadedScenario,
): LoadedScenario[] {
  const out = [build(null, NaN, 'baseline'), build(null, NaN, 'reform')];
  for (const r of ranges) for (const value of [r.low, r.high]) out.push(build(r.path, value, 'baseline'), build(r.path, value, 'reform'));
  return out;
}

/** results follow differencePairs: base pair, then the low pair and the high pair of each range. */
export function differenceSensitivityFile(
  baseline: LoadedScenario,
  reform: LoadedScenario,
  ranges: readonly ParameterRange[],
  results: readonly ReplicationResult[][],
  seed: number,
  version: string,
  provenance: Record<string, unknown>,
): DifferenceSensitivityFile {
  // each run is a (baseline, reform) pair
  const runs = baseAndRanges(inPairs(results), ranges.length);
  const effect = ([b, r]: [ReplicationResult[], ReplicationResult[]]) => effectEstimates(scenarioStatistics(r), scenarioStatistics(b));
  const base = effect(runs.base);
  return {
    scenario: `${reform.scenario.name} − ${baseline.scenario.name}`,
    onDifference: { scenario: reform.scenario.name, baseline: baseline.scenario.name },
    seed,
    replications: runs.base[0].length,
    version,
    base: base.estimates,
    parameters: zip(ranges, runs.lowHigh).map(([r, [lowRuns, highRuns]]) => {
      const low = effect(lowRuns);
      const high = effect(highRuns);
      const swing: Record<string, number> = {};
      const highMinusLow: Record<string, MetricDifference> = {};
      for (const [name, h] of high.perReplication) {
        const l = low.perReplication.get(name);
        if (l === undefined) continue;
        highMinusLow[name] = metricDifference(h, l);
        swing[name] = Math.abs(high.estimates[name]!.mean - low.estimates[name]!.mean); // an estimate for every name with values
      }
      return {
        path: r.path,
        baseValue: r.baseValue,
        ...(r.unit ? { unit: r.unit } : {}),
        low: { value: r.low, metrics: low.estimates },
        high: { value: r.high, metrics: high.estimates },
        swing,
        highMinusLow,
      };
    }),
    provenance,
  };
}
