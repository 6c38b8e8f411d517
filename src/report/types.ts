// What the report layer reads besides summary.json and comparison.json: scenario differences,
// sweeps (sweep.json), sensitivity runs (sensitivity.json) and one family's trace. Plain data,
// so the experiment layer can write these files and the report can be rebuilt from them.

import type { AssumptionCheck } from '../experiment/assumptionCheck.js';
import type { Comparison, ScenarioSummary } from '../experiment/types.js';
import type { UncertaintyFile } from '../experiment/uncertaintyTypes.js';
import type { ProfessionalSpell, TraceEvent } from '../model/results.js';
import type { Scenario } from '../scenario/schema.js';

export type Lang = 'nl' | 'en';

export interface ReportOptions {
  lang: Lang;
}

/** One parameter in which a scenario differs from the baseline (dotted path). */
export interface ScenarioDiff {
  path: string;
  baseline: unknown;
  value: unknown;
}

export interface ReportInput {
  summaries: ScenarioSummary[];
  comparison: Comparison;
  /** scenario name → its differences from the baseline. */
  scenarioDiffs?: Record<string, ScenarioDiff[]>;
  /** scenario name → its validated parameters: the report names the parameters of the reforms it switches on, with their values and sources. */
  scenarioValues?: Record<string, Scenario>;
  /** An uncertainty analysis of the same scenarios (uncertainty.json): its section, and the drivers each reform's results rest on. */
  uncertainty?: UncertaintyFile;
  /** The comparison again with one assumption at another value (checks.json): the summary says what each changes. */
  checks?: AssumptionCheck[];
}

/** A mean with its 95% interval over replications. */
export interface Estimate {
  mean: number;
  ci95: [number, number];
}

/**
 * sweep.json: one parameter varied over values, other parameters as in the base scenario.
 * Metric keys as in comparison.json (`timeFromRulingToGuardianDays`, `waitDays.GI`, ...).
 */
export interface SweepResult {
  /** The scenario the sweep starts from. */
  scenario: string;
  /** Dotted parameter path, e.g. `guardians.caseloadCapChildren`. */
  parameter: string;
  /** Unit of the parameter as the schema gives it (e.g. `children`); the axis says it in words. */
  unit?: string;
  seed: number;
  replications: number;
  version?: string;
  /** With a sweep of the caseload cap: what was held fixed, and the positions and capacity at each point. */
  held?: { what: 'positions' | 'capacity'; guardianPositions: number[]; capacityChildren: number[] };
  points: Array<{ value: number; metrics: Record<string, Estimate> }>;
}

/**
 * sensitivity.json: one-at-a-time changes of each parameter to a low and a high value, the
 * rest at the base scenario; `metrics` are the results at those values.
 */
export interface SensitivityResult {
  scenario: string;
  seed: number;
  replications: number;
  version?: string;
  /** The base scenario's results, per metric key. */
  base: Record<string, Estimate>;
  parameters: Array<{
    path: string;
    baseValue: number;
    unit?: string;
    low: { value: number; metrics: Record<string, Estimate> };
    high: { value: number; metrics: Record<string, Estimate> };
  }>;
}

/** One family's journey, as `jbsim trace` produces it. */
export interface JourneyInput {
  scenario: string;
  caseId: number;
  seed: number;
  replication: number;
  spells: ProfessionalSpell[];
  events: TraceEvent[];
  /** Why this family was chosen, e.g. `most guardian changes (14)`. */
  reason?: string;
  /** Events for events.csv/events.xes when they should cover more than this family (process mining). */
  logEvents?: TraceEvent[];
}
