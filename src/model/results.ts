// What one replication of the model returns: plain data, no kernel objects, so it can cross a
// worker-thread boundary and be merged across shards. The experiment layer aggregates these
// over replications; the report layer only ever reads them.

import type { ValueCounts } from '../statistics/valueCounts.js';

/** The links of the chain where a family can wait. */
export const LINKS = ['LT', 'JBT', 'RvdK', 'court', 'GI'] as const;
export type Link = (typeof LINKS)[number];

/**
 * Per-family observations of the observed cohort, as bounded distributions: a replication's
 * memory does not grow with the horizon. Each mean is exact; percentiles and histograms see
 * continuous values to 3 significant digits (src/statistics/valueCounts.ts). The population is
 * the families that received a measure (OTS or voogdij), except for the waits.
 */
export interface FamilyObservations {
  /** Every change of responsible professional for a family with a measure. */
  handoversPerFamily: ValueCounts;
  /** Of those, the cold ones: a new face, the story retold. */
  coldHandoversPerFamily: ValueCounts;
  warmHandoversPerFamily: ValueCounts;
  /** Changes of gezinsvoogd during the measure (a replacement or redistribution). */
  guardianChangesPerFamily: ValueCounts;
  /** Distinct professionals a family with a measure met from first signal to exit. */
  professionalsPerFamily: ValueCounts;
  /** The most professionals involved with the family at one time. */
  maxProfessionalsAtOnce: ValueCounts;
  /** First signal to the first visit of a gezinsvoogd. */
  timeToGuardianDays: ValueCounts;
  /** Days in the chain with no responsible professional (waiting lists, afschaling gap). */
  daysWithoutProfessional: ValueCounts;
  /** Guardian contacts per month under the measure. */
  contactsPerMonth: ValueCounts;
  /** Days between guardian visits, one value per family (its mean interval). */
  visitIntervalDays: ValueCounts;
  /** Days under a measure, ruling to end, summed over the family's finished measures. */
  measureDurationDays: ValueCounts;
  /** Waits at each link, per family that passed that link. */
  waitDays: Record<Link, ValueCounts>;
}

/** Whole-system figures over the observation window. */
export interface SystemObservations {
  /** Flows count what happens inside the window, whichever family it happens to. */
  familiesArrived: number;
  childrenArrived: number;
  /** Families that reached a measure in the window, and their children (the inflow). */
  measuresStarted: number;
  childrenIntoMeasure: number;
  /** Escalations from voluntary help to the compulsory track (to the JBT, or inside one organisation). */
  escalationsToJBT: number;
  /** New signals for families whose case had closed. */
  reentries: number;
  /** Time-averages over the window. */
  childrenUnderMeasure: number;
  childrenWithoutGuardian: number;
  guardianCaseloadChildren: number;
  guardiansInPost: number;
  guardianVacancies: number;
  /** Guardians who left, per guardian-year in post. */
  guardianTurnoverPerYear: number;
  /**
   * Guardian changes caused by a guardian leaving, per family-year with a guardian. With a leave
   * rate r and immediate replacement this approaches r (per completed family it would be biased
   * low by families still in care at the horizon).
   */
  departureChangesPerFamilyGuardianYear: number;
  guardianUtilisation: number;
  /** RvdK: mean wait before an investigation starts, and its duration. */
  rvdkWaitDays: number;
  rvdkInvestigationDays: number;
  /** Mean length of OTS measures that ended in the window, in months. */
  otsDurationMonths: number;
  /** Families still in the chain at the end of follow-up (their figures are counted so far). */
  censoredFamilies: number;
  eventsFired: number;
}

/** Monthly snapshots over the window (for charts over time with bands across replications). */
export interface TimeSeries {
  /** Day of each snapshot, counted from the end of the warm-up. */
  day: number[];
  childrenWithoutGuardian: number[];
  meanCaseloadChildren: number[];
  childrenUnderMeasure: number[];
  guardiansInPost: number[];
}

/** One replication's outcome. Everything here depends on the seed only, never on wall-clock time. */
export interface ReplicationResult {
  replication: number;
  families: FamilyObservations;
  system: SystemObservations;
  series: TimeSeries;
}

/** One event of a family's journey, for `jbsim trace` and the event log (CSV / XES). */
export interface TraceEvent {
  caseId: number;
  activity: string;
  timeDays: number;
  resource: string;
  link: Link | 'signal' | 'VT' | 'afschaling' | 'exit';
}

/** A change of the professional responsible for a family: from whom to whom, cold or warm. */
export interface TraceHandover {
  caseId: number;
  timeDays: number;
  /** Professionals as in events and spells: `role#id`. */
  from: string;
  to: string;
  kind: 'cold' | 'warm';
}

/** A spell of one professional with one family, for the journey (Gantt) chart. */
export interface ProfessionalSpell {
  caseId: number;
  professional: string;
  role: 'LT' | 'VT' | 'JBT' | 'RvdK' | 'judge' | 'guardian' | 'replacement' | 'provider';
  startDays: number;
  endDays: number;
}
