// The contract of uncertainty.json (`jbsim uncertainty`), read by the report layer. Nothing in
// it depends on the clock or the machine (those go to uncertainty-provenance.json), so the same
// inputs give the same bytes. A number with no data behind it is NaN in memory, null in JSON.

import type { Better } from './direction.js';
import type { HeldParameter, UncertainParameter } from './uncertaintyPlan.js';
import type { ParameterShift } from './worldScreen.js';

export const UNCERTAINTY_FORMAT = 'jbsim-uncertainty/1';

export interface EffectDistribution {
  /** Over samples: parameter and random uncertainty together. */
  median: number;
  p5: number;
  p95: number;
  mean: number;
  /** Samples with a value (a scenario without the step has none). */
  n: number;
}

export interface Driver {
  path: string;
  /** PRCC (or Spearman's ρ when the samples are too few for PRCC) of the parameter with the effect. */
  coefficient: number;
  ci95: [number, number];
  /**
   * Stands out after testing every parameter of the effect (p below 0.05 ÷ parameters), and the
   * samples allow partial rank correlations (more samples than parameters + 4). Never with
   * Spearman's ρ: too few samples to tell the parameters apart, whatever one interval says.
   */
  significant: boolean;
  /** Two-sided p-value of the coefficient (Fisher z); below 0.05 ÷ parameters it stands out after testing them all. */
  pValue: number;
  /** First-order Sobol index (share of the effect's variance), when the samples allow one. */
  sobolFirstOrder: number | null;
}

export interface MetricUncertainty {
  /** Which way is better (null: neither, e.g. children under a measure; then no probabilities). */
  better: Better;
  /** The paired difference at the scenarios' own values with its t interval over replications: random noise only. */
  noiseOnly: { difference: number; ci95: [number, number]; replications: number } | null;
  effect: EffectDistribution;
  /** Share of samples in which the reform improves the metric. */
  probabilityOfImprovement: number;
  /** Share in which it makes the metric worse (the rest: exactly no change). */
  probabilityOfWorsening: number;
  /** Parameters by |coefficient|, largest first. */
  drivers: Driver[];
  /** The effect in each sample (NaN: no value), in sample order. */
  samples: number[];
}

export interface ValueOfInformation {
  path: string;
  /** Expected value of partial perfect information, in the units of the choice's net value. */
  evppi: number;
  /** EVPPI ÷ EVPI: the share of the value of knowing everything that knowing this parameter gives. */
  shareOfEvpi: number | null;
}

export interface ChoiceUncertainty {
  /** Net value of each option per sample is −(effect) for lower-is-better metrics; the baseline's is 0. */
  unit: string;
  /** Share of samples in which each option (the baseline too) is best. */
  rankFirst: Record<string, number>;
  /** Expected value of perfect information on all parameters (and the noise of the sample's estimate). */
  evpi: number;
  /** Parameters by EVPPI, largest first: what to measure first. */
  measureFirst: ValueOfInformation[];
  /**
   * The EVPPI a parameter unrelated to everything gets from this many samples (the mean over
   * shuffled copies of a parameter): the smoother's chance gain. Below it an EVPPI says nothing.
   */
  noiseFloor: number;
  /**
   * Every parameter's EVPPI estimate is at most the EVPI, as the true values always are. False:
   * the smoother follows the noise of a few extreme worlds at this number of worlds, and the
   * ranking of what to measure first says nothing.
   */
  evppiWithinEvpi: boolean;
}

export interface UncertaintyFile {
  format: typeof UNCERTAINTY_FORMAT;
  baseline: string;
  seed: number;
  /** Worlds drawn. */
  samples: number;
  /** Worlds every figure below is over: all drawn, or with `likeToday` those inside every band (`worlds.consistent`). */
  analysedWorlds: number;
  /** Only the worlds like today's chain were analysed (`jbsim uncertainty --like-today`); their reforms alone were run. */
  likeToday: boolean;
  replications: number;
  baseReplications: number;
  version: string;
  method: {
    sampling: string;
    /** `prcc`, or `spearman` when there are too few samples for PRCC. */
    drivers: 'prcc' | 'spearman';
    sobol: boolean;
    evppi: string;
    /** The weighted choice: metric → weight (each group of metrics, such as the waits, shares one). */
    weights: Record<string, number>;
  };
  metrics: string[];
  parameters: UncertainParameter[];
  held: HeldParameter[];
  /** The sampled values: design[k][j] is sample k's value of parameters[j]. */
  design: number[][];
  /** Reform → metric → its uncertainty. */
  scenarios: Record<string, { metrics: Record<string, MetricUncertainty>; statement?: { nl: string; en: string } }>;
  /** The choice between all options on each metric, and on the weighted sum (`weighted`). */
  choice: Record<string, ChoiceUncertainty>;
  /** How the worlds' baselines compare with today's chain; null when there was nothing to check against. */
  worlds: WorldScreen | null;
}

/**
 * Each world's baseline against the figures of today's chain (the calibration targets and their
 * bands, docs/calibration.md), judged on its mean over the world's replications. A world whose
 * baseline misses a band is a combination of plausible values that together do not describe
 * the chain as it is measured. Reported; with `likeToday` only the worlds that pass are analysed
 * (with ranges drawn independently few worlds pass every band: docs/uncertainty.md).
 */
export interface WorldScreen {
  /** Worlds drawn. */
  drawn: number;
  /** The worlds whose baseline lands inside every band it has a value for, by sample number. */
  consistent: number[];
  /** Per target: its band, and in how many worlds the baseline landed inside it, of those with a value. */
  targets: Array<{ name: string; band: [number, number]; inside: number; judged: number }>;
  /**
   * What the bands say about the assumptions: per parameter varied, its values in the consistent
   * worlds against all drawn, the most shifted first (empty with fewer than 3 consistent worlds).
   */
  shifted: ParameterShift[];
}

/** The `count` bands the fewest worlds land inside (only those some world missed), fewest first; ties in the targets' order. */
export function mostMissedBands(w: WorldScreen, count: number): WorldScreen['targets'] {
  return w.targets
    .map((t, i) => ({ t, i }))
    .filter(({ t }) => t.judged > 0 && t.inside < t.judged)
    .sort((a, b) => a.t.inside / a.t.judged - b.t.inside / b.t.judged || a.i - b.i)
    .slice(0, count)
    .map(({ t }) => t);
}
