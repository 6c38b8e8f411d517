// From the values of every sample to what a policy advisor asks: how sure is "reform X is
// better", which assumption drives its effect, and which one to measure first. All of it is
// computed from complete values in sample order, so a merge of shards gives the same file.

import { quantileSorted } from 'simple-statistics';
import {
  evpi,
  evppi,
  firstOrderSobol,
  meanInterval,
  meanWithoutNaN,
  pairedDifferences,
  prcc,
  prccPossible,
  sortedFinite,
  SOBOL_MIN_RUNS,
  spearman,
} from '../statistics/index.js';
import { RandomStreams } from '../kernel/random.js';
import { betterDirection, improvementSign } from './direction.js';
import type { UncertaintyPlan } from './uncertaintyPlan.js';
import { isScreenMetric, worldVerdicts, type UncertaintyValues } from './uncertaintyRun.js';
import { looksLikeToday, parameterShifts } from './worldScreen.js';
import { zip } from '../lists.js';
import {
  UNCERTAINTY_FORMAT,
  type ChoiceUncertainty,
  type Driver,
  type MetricUncertainty,
  type UncertaintyFile,
  type WorldScreen,
} from './uncertaintyTypes.js';

export const WEIGHTED = 'weighted';

/** Equal weight per group of metrics (`waitDays.LT` … share the weight of `waitDays`); none for a metric that is neither better nor worse higher. */
export function metricWeights(metrics: readonly string[]): Record<string, number> {
  const groups = new Map<string, string[]>();
  for (const m of metrics.filter((x) => improvementSign(x) !== 0)) {
    const g = m.replace(/\..*/, ''); // the part before the first dot
    groups.set(g, [...(groups.get(g) ?? []), m]);
  }
  const out: Record<string, number> = {};
  for (const members of groups.values()) for (const m of members) out[m] = 1 / groups.size / members.length;
  return out;
}

// A sample's store holds a value per scenario, replication and metric (S × R × M, see uncertaintyRun.ts),
// a base run's one per scenario and metric, and the design a row per sample with a value per parameter:
// the reads below stay inside them (hence `!`).

/** Per sample: the mean over replications of reform − baseline, and the baseline's mean. */
function sampleEffects(plan: UncertaintyPlan, values: UncertaintyValues, s: number, m: number): { effect: number[]; baseline: number[] } {
  const R = plan.replications;
  const M = values.metrics.length;
  const effect: number[] = [];
  const baseline: number[] = [];
  for (let k = 0; k < plan.samples; k++) {
    const store = values.samples.get(k)!;
    const b = Array.from({ length: R }, (_, j) => store[(0 * R + j) * M + m]!);
    const r = Array.from({ length: R }, (_, j) => store[(s * R + j) * M + m]!);
    effect.push(meanWithoutNaN(pairedDifferences(r, b)));
    baseline.push(meanWithoutNaN(b));
  }
  return { effect, baseline };
}

function distribution(effect: readonly number[]): MetricUncertainty['effect'] {
  const sorted = sortedFinite(effect) as unknown as number[];
  if (sorted.length === 0) return { median: NaN, p5: NaN, p95: NaN, mean: NaN, n: 0 };
  return {
    median: quantileSorted(sorted, 0.5),
    p5: quantileSorted(sorted, 0.05),
    p95: quantileSorted(sorted, 0.95),
    mean: meanWithoutNaN(effect),
    n: sorted.length,
  };
}

/** The parameters that can touch reform s's effect (the others are inert there). */
function relevant(plan: UncertaintyPlan, scenario: string): number[] {
  return plan.parameters
    .map((p, j) => ({ p, j }))
    .filter(({ p }) => !(p.inertIn ?? []).includes(scenario))
    .map(({ j }) => j);
}

/** The drivers of one effect: a coefficient per parameter column, strongest first (exported for its tests). */
export function drivers(
  plan: UncertaintyPlan,
  design: readonly number[][],
  effect: readonly number[],
  columns: readonly number[],
  method: 'prcc' | 'spearman',
  sobol: boolean,
): Driver[] {
  const rows = effect.map((e, k) => ({ e, k })).filter(({ e }) => Number.isFinite(e));
  const x = rows.map(({ k }) => columns.map((j) => design[k]![j]!));
  const y = rows.map(({ e }) => e);
  if (rows.length < 3) return [];
  // one coefficient per column
  const coefficients = method === 'prcc' ? prcc(x, y) : spearman(x, y);
  const list = zip(columns, coefficients).map(([j, r], c): Driver => {
    // stands out after testing every parameter (Bonferroni), and only where partial rank
    // correlations are possible: among 8 worlds and 79 parameters a few have |ρ| near 1 by chance
    const significant = method === 'prcc' && Number.isFinite(r.pValue) && r.pValue < 0.05 / columns.length;
    const s = sobol
      ? firstOrderSobol(
          x.map((row) => row[c]!),
          y,
        )
      : NaN;
    return {
      path: plan.parameters[j]!.path,
      coefficient: r.coefficient,
      ci95: r.ci95,
      significant,
      pValue: r.pValue,
      sobolFirstOrder: Number.isFinite(s) ? s : null,
    };
  });
  const size = (d: Driver) => (Number.isFinite(d.coefficient) ? Math.abs(d.coefficient) : -1);
  // stable: equal sizes keep the parameters' order
  return list
    .map((d, i) => ({ d, i }))
    .sort((a, b) => size(b.d) - size(a.d) || a.i - b.i)
    .map(({ d }) => d);
}

/** EVPPI of a parameter unrelated to everything: the mean over shuffled copies of the design's ranks. */
function noiseFloor(plan: UncertaintyPlan, netValue: number[][]): number {
  const stream = new RandomStreams(plan.seed, 0).stream('uncertainty.evppiNoiseFloor');
  const n = plan.samples;
  const copies = 5;
  let total = 0;
  for (let c = 0; c < copies; c++) {
    const column = Array.from({ length: n }, (_, k) => k);
    for (let k = n - 1; k > 0; k--) {
      const m = Math.floor(stream.next() * (k + 1));
      [column[k], column[m]] = [column[m]!, column[k]!];
    }
    total += evppi(column, netValue);
  }
  return total / copies;
}

function noiseOnly(plan: UncertaintyPlan, values: UncertaintyValues, s: number, m: number): MetricUncertainty['noiseOnly'] {
  if (plan.baseReplications === 0) return null;
  const M = values.metrics.length;
  const b: number[] = [];
  const r: number[] = [];
  for (let rep = 0; rep < plan.baseReplications; rep++) {
    const store = values.base.get(rep)!;
    b.push(store[0 * M + m]!);
    r.push(store[s * M + m]!);
  }
  const ci = meanInterval(pairedDifferences(r, b));
  return { difference: ci.mean, ci95: [ci.low, ci.high], replications: ci.n };
}

/** rankFirst, EVPI and EVPPI per parameter for one choice; netValue[d][k], option d = 0 the baseline. */
function choice(
  plan: UncertaintyPlan,
  design: readonly number[][],
  options: readonly string[],
  netValue: number[][],
  unit: string,
): ChoiceUncertainty {
  // netValue: a row per option with a value per sample
  const n = plan.samples;
  const first = new Array<number>(options.length).fill(0);
  for (let k = 0; k < n; k++) {
    let best = 0;
    for (let d = 1; d < options.length; d++) if (netValue[d]![k]! > netValue[best]![k]!) best = d;
    first[best]!++;
  }
  const total = evpi(netValue);
  const measureFirst = plan.parameters
    .map((p, j) => {
      const value = evppi(
        design.map((row) => row[j]!),
        netValue,
      );
      return { path: p.path, evppi: value, shareOfEvpi: total > 0 ? value / total : null, j };
    })
    .sort((a, b) => b.evppi - a.evppi || a.j - b.j)
    .map(({ j: _, ...rest }) => rest);
  return {
    unit,
    rankFirst: Object.fromEntries(zip(options, first).map(([o, count]) => [o, n > 0 ? count / n : NaN])),
    evpi: total,
    measureFirst,
    noiseFloor: noiseFloor(plan, netValue),
    // the partial value cannot exceed the whole; beyond rounding, an estimate that does is the smoother's error
    evppiWithinEvpi: measureFirst.every((v) => !(v.evppi > total * (1 + 1e-9) + 1e-12)),
  };
}

/** Each world's baseline against the plan's screen targets (null: the plan has none). */
function screenWorlds(plan: UncertaintyPlan, design: readonly number[][], values: UncertaintyValues): WorldScreen | null {
  if (plan.screen.length === 0) return null;
  const verdicts = Array.from({ length: plan.samples }, (_, k) => worldVerdicts(plan, values.metrics, values.samples.get(k)!));
  const consistent = verdicts.flatMap((v, k) => (looksLikeToday(v) ? [k] : []));
  return {
    drawn: plan.samples,
    consistent,
    targets: plan.screen.map((t, i) => ({
      name: t.name,
      band: t.band,
      inside: verdicts.filter((v) => v[i] === true).length,
      judged: verdicts.filter((v) => v[i] !== null).length,
    })),
    shifted: parameterShifts(
      plan.parameters.map((p) => p.path),
      design,
      consistent,
    ),
  };
}

/**
 * The analysis restricted to the worlds it is over (with --like-today, those like today's
 * chain), renumbered 0 … n − 1: every figure below is computed on this view as on all worlds.
 */
function keptWorlds(
  plan: UncertaintyPlan,
  design: readonly number[][],
  values: UncertaintyValues,
  kept: readonly number[],
): { plan: UncertaintyPlan; design: number[][]; values: UncertaintyValues } {
  return {
    plan: { ...plan, samples: kept.length },
    design: kept.map((k) => design[k]!),
    values: { ...values, samples: new Map(kept.map((k, i) => [i, values.samples.get(k)!])) },
  };
}

export function analyseUncertainty(
  drawnPlan: UncertaintyPlan,
  drawnDesign: readonly number[][],
  drawnValues: UncertaintyValues,
  version: string,
): UncertaintyFile {
  const worlds = screenWorlds(drawnPlan, drawnDesign, drawnValues);
  // === true: a shard written before the flag existed has none
  const likeToday = drawnPlan.likeToday === true;
  const kept = likeToday && worlds !== null ? worlds.consistent : Array.from({ length: drawnPlan.samples }, (_, k) => k);
  const { plan, design, values } = keptWorlds(drawnPlan, drawnDesign, drawnValues, kept);
  /** A value per kept world, back in the order of every world drawn (NaN where a world is left out). */
  const perDrawnWorld = (xs: readonly number[]): number[] => {
    const out = new Array<number>(drawnPlan.samples).fill(NaN);
    for (const [i, k] of kept.entries()) out[k] = xs[i]!;
    return out;
  };
  const headline = values.metrics.filter((m) => !isScreenMetric(m));
  const names = plan.scenarios.map((s) => s.name);
  // one method for every reform, so their drivers compare: PRCC when the most parameters any reform has allow it
  const method: 'prcc' | 'spearman' = names.slice(1).every((n) => prccPossible(plan.samples, relevant(plan, n).length))
    ? 'prcc'
    : 'spearman';
  const sobol = plan.samples >= SOBOL_MIN_RUNS;
  const weights = metricWeights(headline);
  const scenarios: UncertaintyFile['scenarios'] = {};
  const choices: Record<string, ChoiceUncertainty> = {};
  // weighted net value: Σ weight × relative improvement over the baseline in that sample
  const weighted = names.map(() => new Array<number>(plan.samples).fill(0));
  const perMetric = new Map<string, number[][]>();

  values.metrics.forEach((metric, m) => {
    if (isScreenMetric(metric)) return;
    const sign = improvementSign(metric);
    const net = names.map(() => new Array<number>(plan.samples).fill(0));
    for (const [s, name] of names.entries()) {
      if (s === 0) continue; // the baseline
      const { effect, baseline } = sampleEffects(plan, values, s, m);
      const improving = effect.filter((e) => Number.isFinite(e) && sign * e > 0).length;
      const worsening = effect.filter((e) => Number.isFinite(e) && sign * e < 0).length;
      const finite = effect.filter((e) => Number.isFinite(e)).length;
      scenarios[name] ??= { metrics: {} };
      scenarios[name].metrics[metric] = {
        better: betterDirection(metric),
        noiseOnly: noiseOnly(plan, values, s, m),
        effect: distribution(effect),
        probabilityOfImprovement: finite > 0 && sign !== 0 ? improving / finite : NaN,
        probabilityOfWorsening: finite > 0 && sign !== 0 ? worsening / finite : NaN,
        drivers: drivers(plan, design, effect, relevant(plan, name), method, sobol),
        samples: perDrawnWorld(effect),
      };
      // net and weighted have a row per scenario, effect and baseline a value per sample
      for (const [k, e] of effect.entries()) {
        // a measure the reform does not have (no JBT: no JBT wait) counts as no change
        net[s]![k] = Number.isFinite(e) ? sign * e : 0;
        const relative = sign * (e / Math.abs(baseline[k]!));
        // every metric with a better direction has a weight
        if (Number.isFinite(relative) && sign !== 0) weighted[s]![k]! += weights[metric]! * relative;
      }
    }
    perMetric.set(metric, net);
  });
  // a choice on a metric that is neither better nor worse either way means nothing
  for (const [metric, net] of perMetric)
    if (improvementSign(metric) !== 0)
      choices[metric] = choice(plan, design, names, net, "the metric's own unit (improvement over the baseline)");
  choices[WEIGHTED] = choice(plan, design, names, weighted, 'weighted mean relative improvement over the baseline (0.01 = 1%)');

  return {
    format: UNCERTAINTY_FORMAT,
    baseline: plan.baseline,
    seed: plan.seed,
    samples: drawnPlan.samples,
    analysedWorlds: kept.length,
    likeToday,
    replications: plan.replications,
    baseReplications: plan.baseReplications,
    version,
    method: {
      sampling: likeToday
        ? "Latin hypercube over the plausible ranges, kept only where the baseline lands inside every calibration band (--like-today): the worlds kept are no longer a Latin hypercube, and the rejection correlates the parameters, so a Sobol index is the share of the effect's variance a parameter explains with the others it moves with, and the indices need not add up; per sample every scenario on the same random numbers (paired), independent numbers between samples"
        : 'Latin hypercube over the plausible ranges; per sample every scenario on the same random numbers (paired), independent numbers between samples',
      drivers: method,
      sobol,
      evppi: 'nonparametric regression (Strong, Oakley & Brennan 2014) with a local-linear smoother',
      weights,
    },
    metrics: headline,
    parameters: plan.parameters,
    held: plan.held,
    design: drawnDesign.map((row) => [...row]),
    scenarios,
    choice: choices,
    worlds,
  };
}
