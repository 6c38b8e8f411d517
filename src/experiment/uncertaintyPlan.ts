// What `jbsim uncertainty` varies and how: the parameters with a plausible range (built in, or
// from the scenarios' `uncertainty:` sections), a Latin hypercube over them, and for every
// sample the baseline and each reform with the sampled values. The uncertainty is about the
// world, so every scenario gets the same values, except where a reform sets a parameter itself
// (less-admin's adminShare): that value is the reform's lever, not an uncertainty, and stays.

import { RandomStreams } from '../kernel/random.js';
import { reformEnabled, reformOfPath } from '../model/reforms/index.js';
import { canonicalJson } from '../scenario/load.js';
import { marginalOf, PARAMETER_RANGES, rangeTarget, uncertaintyOf, type RangeSpec } from '../scenario/ranges.js';
import { scenarioSchema, type DistributionParams, type Scenario } from '../scenario/schema.js';
import { formatPath } from '../scenario/schemaWalk.js';
import { latinHypercube } from '../statistics/index.js';
import { UserError, type Diagnostic } from '../userError.js';
import { splitPath, valueAt } from './parameters.js';
import type { LoadedScenario } from './summarise.js';
import { zip, type NonEmpty } from '../lists.js';

/** A parameter the analysis varies. */
export interface UncertainParameter {
  path: string;
  range: RangeSpec;
  /** A number, or a distribution whose mean the range is of (the whole distribution is scaled). */
  target: 'number' | 'distribution';
  integer: boolean;
  unit?: string;
  /** The baseline's value (a distribution's mean). */
  baseValue: number;
  /** `built-in` (src/scenario/ranges.ts), or the scenario whose `uncertainty:` section gave the range. */
  from: string;
  why: string;
  /** The schema's source for the figure. */
  source?: string;
  /** Scenarios that set the parameter themselves and keep their value. */
  heldIn: string[];
  /**
   * Reforms whose effect the parameter cannot touch: a parameter of a reform that neither they
   * nor the baseline switch on. Left out of their drivers, where it could only add noise.
   */
  inertIn?: string[];
}

/** A parameter with a built-in range that this analysis does not vary, and why. */
export interface HeldParameter {
  path: string;
  reason: string;
}

export interface UncertaintyPlan {
  seed: number;
  samples: number;
  /** Replications per sample and scenario. */
  replications: number;
  /** Replications at the scenarios' own values (the noise-only interval, as `compare` gives it). */
  baseReplications: number;
  baseline: string;
  scenarios: Array<{ name: string; file: string; hash: string }>;
  parameters: UncertainParameter[];
  held: HeldParameter[];
  /**
   * The figures of today's chain each world's baseline is checked against: the baseline's
   * calibration targets with their bands (docs/calibration.md). Empty: no check.
   */
  screen: ScreenTarget[];
  /**
   * Analyse only the worlds whose baseline lands inside every screen band (history matching's
   * rejection step): the reforms run only in those. False: every world drawn is analysed.
   */
  likeToday: boolean;
}

export interface ScreenTarget {
  name: string;
  band: [number, number];
}

/**
 * The seed of each sample: sample k's replications 0 … R − 1 (and its scenarios' settled
 * starts) use seed k of a named stream of the master seed, so samples draw independent random
 * numbers while the baseline and every reform of one sample share theirs. The base point uses
 * the master seed itself, replications 0 … B − 1: exactly those of `compare`.
 */
export function sampleSeeds(plan: Pick<UncertaintyPlan, 'seed' | 'samples'>): number[] {
  return seedsFrom(plan, 'uncertainty.sampleSeeds');
}

/** A seed per sample from the named stream of the master seed. */
function seedsFrom(plan: Pick<UncertaintyPlan, 'seed' | 'samples'>, name: string): number[] {
  const stream = new RandomStreams(plan.seed, 0).stream(name);
  return Array.from({ length: plan.samples }, () => Math.floor(stream.next() * 2 ** 31));
}

/**
 * The seed each sample's screen runs its baseline on (`likeToday`): a stream of its own, so the
 * replications that decide whether a world is kept are not those its effects are measured on.
 */
export function screenSeedsOf(plan: Pick<UncertaintyPlan, 'seed' | 'samples'>): number[] {
  return seedsFrom(plan, 'uncertainty.screenSeeds');
}

export const MAX_SAMPLES = 100_000;

/** The mean of a distribution as the schema writes it. */
export function distributionMean(d: DistributionParams): number {
  switch (d.kind) {
    case 'exponential':
    case 'lognormal':
    case 'gamma':
      return d.mean;
    case 'triangular':
      return (d.min + d.mode + d.max) / 3;
    case 'uniform':
      return (d.min + d.max) / 2;
    case 'deterministic':
      return d.value;
    case 'empirical': {
      const w = d.weights ?? d.values.map(() => 1);
      const total = w.reduce((a, b) => a + b, 0);
      return zip(d.values, w).reduce((a, [v, weight]) => a + v * weight, 0) / total;
    }
  }
}

/** The distribution stretched by `factor`: the same shape (coefficient of variation), its mean × factor. */
export function scaleDistribution(d: DistributionParams, factor: number): DistributionParams {
  switch (d.kind) {
    case 'exponential':
      return { ...d, mean: d.mean * factor };
    case 'lognormal':
    case 'gamma':
      return { ...d, mean: d.mean * factor, sd: d.sd * factor };
    case 'triangular':
      return { ...d, min: d.min * factor, mode: d.mode * factor, max: d.max * factor };
    case 'uniform':
      return { ...d, min: d.min * factor, max: d.max * factor };
    case 'deterministic':
      return { ...d, value: d.value * factor };
    case 'empirical':
      return { ...d, values: d.values.map((v) => v * factor) };
  }
}

function numberOf(value: unknown): number {
  if (typeof value === 'number') return value;
  if (value !== null && typeof value === 'object' && 'kind' in value) return distributionMean(value as DistributionParams);
  return NaN;
}

/**
 * The parameters to vary, from the built-in ranges and the scenarios' `uncertainty:` sections
 * (the baseline's first; a reform may add ranges, e.g. for its own parameters). A built-in
 * range is about FoodValley's default: where the baseline has another value it is not used.
 */
export function planParameters(
  scenarios: NonEmpty<LoadedScenario>,
  defaults: Scenario,
): { parameters: UncertainParameter[]; held: HeldParameter[] } {
  const [baseline, ...reforms] = scenarios;
  const chosen = new Map<string, { range: RangeSpec; from: string; why: string }>();
  const held: HeldParameter[] = [];
  for (const [path, range] of Object.entries(PARAMETER_RANGES)) {
    const own = valueAt(baseline.scenario, path);
    if (canonicalJson(own) === canonicalJson(valueAt(defaults, path))) chosen.set(path, { range, from: 'built-in', why: range.why });
    else
      held.push({
        path,
        reason: `the baseline sets its own value (${canonicalJson(own)}), which the built-in range is not about; give a range in its uncertainty: section to vary it`,
      });
  }
  const baseSection = uncertaintyOf(baseline.scenario);
  const problems: Diagnostic[] = [];
  const givenBy = new Map<string, string>();
  const take = (loaded: LoadedScenario, path: string, entry: RangeSpec | 'fixed') => {
    const name = loaded.scenario.name;
    const other = givenBy.get(path);
    if (other !== undefined && other !== name) {
      problems.push({
        file: loaded.file,
        path: `uncertainty.${path}`,
        message: `${other} gives another range for ${path}: the uncertainty about a parameter must be the same in every scenario`,
        hint: "give the range once, in the baseline's uncertainty: section",
      });
      return;
    }
    givenBy.set(path, name);
    if (entry === 'fixed') {
      chosen.delete(path);
      const i = held.findIndex((h) => h.path === path);
      if (i >= 0) held.splice(i, 1);
      held.push({ path, reason: `fixed in the uncertainty: section of ${name}` });
    } else {
      chosen.set(path, { range: entry, from: name, why: entry.why ?? `given in the uncertainty: section of ${name}` });
      const i = held.findIndex((h) => h.path === path);
      if (i >= 0) held.splice(i, 1);
    }
  };
  for (const [path, entry] of Object.entries(baseSection)) take(baseline, path, entry);
  for (const loaded of reforms) {
    for (const [path, entry] of Object.entries(uncertaintyOf(loaded.scenario))) {
      // inherited from the baseline (through `extends`): already taken
      if (Object.hasOwn(baseSection, path) && canonicalJson(baseSection[path]) === canonicalJson(entry)) continue;
      take(loaded, path, entry);
    }
  }
  if (problems.length > 0) throw new UserError(problems);

  const parameters: UncertainParameter[] = [];
  for (const [path, { range, from, why }] of chosen) {
    const target = rangeTarget(scenarioSchema, path, baseline.scenario);
    const baseValue = numberOf(valueAt(baseline.scenario, path));
    if (typeof target === 'string' || !Number.isFinite(baseValue)) {
      // e.g. a range of a distribution's mean where the baseline writes a number
      held.push({ path, reason: typeof target === 'string' ? target : 'the baseline has no number here' });
      continue;
    }
    const reform = reformOfPath(path);
    const on = (l: LoadedScenario) => reform !== undefined && reformEnabled(l.scenario, reform);
    const inertIn = reform === undefined || on(baseline) ? [] : reforms.filter((l) => !on(l)).map((l) => l.scenario.name);
    const heldIn = reforms
      .filter((l) => canonicalJson(valueAt(l.scenario, path)) !== canonicalJson(valueAt(baseline.scenario, path)))
      .map((l) => l.scenario.name);
    parameters.push({
      path,
      range,
      target: target.kind,
      integer: target.kind === 'number' && target.bounds.integer,
      ...(target.unit ? { unit: target.unit } : {}),
      baseValue,
      from,
      why,
      ...(target.source ? { source: target.source } : {}),
      heldIn,
      inertIn,
    });
  }
  held.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { parameters, held };
}

/**
 * The Latin hypercube of the plan: design[k][j] is sample k's value of parameter j, whole
 * numbers rounded. It follows from the seed, the sample count and the parameters only, so
 * every shard and a merge compute the same design.
 */
export function designOf(plan: Pick<UncertaintyPlan, 'seed' | 'samples' | 'parameters'>): number[][] {
  const stream = new RandomStreams(plan.seed, 0).stream('uncertainty.latinHypercube');
  const raw = latinHypercube(
    plan.samples,
    plan.parameters.map((p) => marginalOf(p.range)),
    stream,
  );
  return raw.map((row) => zip(row, plan.parameters).map(([v, p]) => (p.integer ? Math.round(v) : Number(v.toPrecision(12)))));
}

function setAt(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = splitPath(path);
  const last = keys.pop();
  if (last === undefined) throw new Error('a parameter needs a path');
  let node: Record<string | number, unknown> = target;
  for (const k of keys) node = node[k] as Record<string | number, unknown>;
  node[last] = value;
}

/** One scenario with a sample's values, where it does not set the parameter itself. */
export function sampledScenario(scenario: Scenario, parameters: readonly UncertainParameter[], values: readonly number[]): Scenario {
  const out = structuredClone(scenario) as unknown as Record<string, unknown>;
  // A sample's few replications start from one pilot run: every sample is a new scenario that
  // needs its own, and several would cost more than the replications themselves. The spread
  // that matters here is between samples, each of which has its own pilot.
  const settled = (out as unknown as Partial<Scenario>).simulation?.settledStart;
  if (settled !== undefined) settled.pilots = 1;
  for (const [p, value] of zip(parameters, values)) {
    if (p.heldIn.includes(scenario.name)) continue;
    if (p.target === 'number') setAt(out, p.path, value);
    else {
      const d = valueAt(scenario, p.path) as DistributionParams;
      setAt(out, p.path, scaleDistribution(d, value / distributionMean(d)));
    }
  }
  return out as unknown as Scenario;
}

/**
 * scenarios[k][s]: sample k of scenario s, each checked against the schema before anything
 * runs (ranges that are each valid can still break a rule together, e.g. otsShare + voogdijShare).
 */
export function sampledScenarios(
  plan: UncertaintyPlan,
  loaded: readonly LoadedScenario[],
  design: readonly number[][],
  samples: readonly number[],
  checkAgainstSchema = true,
): Map<number, Scenario[]> {
  const out = new Map<number, Scenario[]>();
  for (const k of samples) {
    const row = design[k];
    if (row === undefined) throw new RangeError(`sample ${k} is not in the design (${design.length} samples)`);
    out.set(
      k,
      loaded.map((l) => {
        const candidate = sampledScenario(l.scenario, plan.parameters, row);
        if (!checkAgainstSchema) return candidate;
        const result = scenarioSchema.safeParse(candidate);
        if (result.success) return result.data;
        const values = zip(plan.parameters, row)
          .map(([p, v]) => `${p.path} = ${v}`)
          .join(', ');
        throw new UserError(
          result.error.issues.slice(0, 3).map((i) => ({
            file: `uncertainty sample ${k + 1} of ${l.scenario.name}`,
            path: formatPath(i.path),
            message: i.message,
            hint: `narrow the ranges (the uncertainty: section of ${plan.baseline}) so every combination is a valid scenario; this sample has ${values}`,
          })),
        );
      }),
    );
  }
  return out;
}
