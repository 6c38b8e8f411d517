// The experiment layer's output contract (documented in the README, read by the report layer).
// summary.json holds one ScenarioSummary; comparison.json one Comparison. Nothing in `metrics`,
// `distributions` or `series` depends on wall-clock time: timings live in `provenance`.
// A number with no data behind it (a step the scenario does not have, an interval from a single
// replication) is NaN in memory and null in the JSON.

import type { FteRole, HandoverCause, Link } from '../model/results.js';
import type { LocalText } from '../scenario/localText.js';

/** One metric over replications and families. */
export interface MetricSummary {
  /** Mean over replications of the per-replication mean. */
  mean: number;
  /** t-based 95% confidence interval of that mean, over replications. */
  ci95: [number, number];
  /** Percentiles and maximum over all families (or all replications, for system metrics), pooled. */
  p50: number;
  p90: number;
  p95: number;
  max: number;
  /** Number of replications behind the interval. */
  n: number;
}

/** Metrics grouped by a dotted name's parts: `waitDays.LT` is `waitDays: { LT: … }`. */
export interface MetricGroup {
  [key: string]: MetricSummary | MetricGroup;
}

/** Headline metrics every summary has (more follow: every metric of the model, grouped by name). */
export interface HeadlineMetrics {
  handoversPerFamily: MetricSummary;
  coldHandoversPerFamily: MetricSummary;
  guardianChangesPerFamily: MetricSummary;
  professionalsPerFamily: MetricSummary;
  /** From the court's ruling to the first guardian visit, Kaplan–Meier (measures still waiting are censored, not dropped). */
  timeFromRulingToGuardianDays: MetricSummary;
  waitDays: Record<Link, MetricSummary>;
  childrenWithoutGuardian: MetricSummary;
  childrenUnderMeasure: MetricSummary;
  visitIntervalDays: MetricSummary;
  handoversByCause: Record<HandoverCause, { cold: MetricSummary; warm: MetricSummary }>;
  fte: Record<FteRole, MetricSummary>;
  costPerYearEuro: MetricSummary;
  censoredShare: MetricSummary;
  utilisation: Record<string, MetricSummary>;
  [metric: string]: MetricSummary | MetricGroup;
}

/**
 * Whether the scenario is observed in a settled state: its stock of children under a measure and
 * its queues do not drift between the first and the last fifth of the window (paired over
 * replications), and no link runs at full capacity throughout.
 */
export interface SettledReport {
  settled: boolean;
  /** Why not, in words (empty when settled). */
  reasons: string[];
  checks: SettledCheck[];
  /**
   * Links busy all the time in single replications (the verdict reads their mean over the
   * replications): each with the number of replications, most first. A queue that never empties
   * through the window in a replication carries its backlog through it, and that replication's
   * wait there depends on how long one looks.
   */
  saturatedIn?: SaturatedLink[];
  /** Replications in which at least one link was busy all the time. */
  replicationsWithSaturation?: number;
}

export interface SaturatedLink {
  /** The utilisation key (`RvdK Rotterdam-Rijnmond`, `GI William Schrikker`, `LT Ede`). */
  link: string;
  replications: number;
}

export interface SettledCheck {
  /** The monthly series checked. */
  series: string;
  firstFifth: number;
  lastFifth: number;
  /** Last fifth minus first fifth: mean over replications and its 95% interval. */
  difference: number;
  ci95: [number, number];
  /** The drift that counts as material (a share of the level, or a floor). */
  allowed: number;
  drifts: boolean;
}

/** A distribution over families pooled across replications, for charts: value → share of families. */
export interface Histogram {
  /** Integer-valued metrics: one bin per value; continuous: bin lower edges. */
  bins: number[];
  /** Families per bin, divided by the number of replications (families per replication). */
  familiesPerReplication: number[];
  /** Share of families in each bin (sums to 1). */
  share: number[];
}

/** A monthly series with its mean and 95% band over replications. */
export interface SeriesSummary {
  day: number[];
  mean: number[];
  ci95Low: number[];
  ci95High: number[];
}

export interface ScenarioSummary {
  /** `title` and `description` as the file gives them: one text, or one per language. */
  scenario: { name: string; title?: LocalText; file: string; hash: string; description: LocalText };
  seed: number;
  replications: number;
  horizonDays: number;
  warmupDays: number;
  /** The first part of the window whose newly signalled families are counted per family (absent in summaries written before it was kept). */
  cohortDays?: number;
  /** How long those families are followed after the window. */
  followUpDays?: number;
  version: string;
  metrics: HeadlineMetrics;
  settled: SettledReport;
  /** Per-family distributions pooled over replications (keys: family metric names). */
  distributions: Record<string, Histogram>;
  /** System series over time (keys: series names from the model's TimeSeries). */
  series: Record<string, SeriesSummary>;
  /** With `--precision`: the target and whether it was reached (absent otherwise). */
  precision?: PrecisionReport;
  /** Timings, host and dates: never compared, never part of the results. */
  provenance: Record<string, unknown>;
}

/**
 * How `--precision` ended: replications are added until every headline metric of every
 * scenario has a 95% half-width within the target share of its mean, or within a floor
 * (1 day for days, 0.02 per family for counts, 0.5 for children), whichever is larger.
 */
export interface PrecisionReport {
  /** Largest allowed 95% half-width relative to the mean (0.05 = 5%). */
  targetRelativeHalfWidth: number;
  maxReplications: number;
  /** Replications run (the count needed, or the cap when `met` is false). */
  replications: number;
  met: boolean;
  /** The interval furthest from its allowed half-width. */
  worst: PrecisionEntry | null;
  /** Metrics still wider than allowed. */
  unmet: PrecisionEntry[];
}

export interface PrecisionEntry {
  scenario: string;
  metric: string;
  mean: number;
  halfWidth: number;
  /** halfWidth / |mean| (Infinity, written null, when the mean is 0). */
  relativeHalfWidth: number;
  /** max(target × |mean|, floor). */
  allowedHalfWidth: number;
}

/** One metric of one scenario against the baseline, paired over replications (common random numbers). */
export interface MetricDifference {
  baseline: number;
  scenario: number;
  difference: number;
  ci95: [number, number];
  relativeChange: number | null;
  /** True when the interval of the difference excludes zero. */
  significant: boolean;
}

export interface Comparison {
  baseline: string;
  seed: number;
  replications: number;
  /** scenario name → metric name (waits as `waitDays.LT` etc.) → difference. */
  scenarios: Record<string, Record<string, MetricDifference>>;
  /** scenario name → what its differences cost: the extra cost a year and the cost per unit of each improvement. */
  costEffectiveness: Record<string, CostEffectiveness>;
  /** With `--precision`: as in the summaries. */
  precision?: PrecisionReport;
  /**
   * Every two scenarios other than the baseline against each other, on the ranking metrics,
   * paired by replication: metric → first scenario → second scenario (later in the
   * comparison's order) → the first's difference from the second. Tells which reforms a ranking
   * may put in order.
   */
  between?: Record<string, Record<string, Record<string, PairedEstimate>>>;
}

/** A mean with its 95% interval (paired over replications). */
export interface PairedEstimate {
  mean: number;
  ci95: [number, number];
}

export interface CostEffectiveness {
  /** Extra cost per year against the baseline (negative: it saves money). */
  costPerYearEuro: PairedEstimate;
  improvements: CostPerImprovement[];
}

export interface CostPerImprovement {
  /** The metric whose improvement is priced. */
  metric: string;
  /** What one unit of the improvement is, in words (e.g. 'cold handover avoided'). */
  unit: string;
  /** Units improved per year (positive: better for families), paired over replications. */
  perYear: PairedEstimate;
  /**
   * Euro per unit improved, with Fieller's interval (null when unbounded); null as a whole when
   * the improvement is not significant (its interval includes zero or it is a worsening).
   */
  euroPerUnit: { estimate: number; ci95: [number, number] | null } | null;
}
