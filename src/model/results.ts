// What one replication of the model returns: plain data, no kernel objects, so it can cross a
// worker-thread boundary and be merged across shards. The experiment layer aggregates these
// over replications; the report layer only ever reads them.

import type { ValueCounts } from '../statistics/valueCounts.js';

/** The links of the chain where a family can wait. */
export const LINKS = ['LT', 'JBT', 'RvdK', 'court', 'GI'] as const;
export type Link = (typeof LINKS)[number];

/**
 * Why a family's responsible professional changed:
 * - structural: the family moves from one link to the next (local team → RvdK → guardian), or re-enters;
 * - turnover: a professional left (the case went to a colleague, waited, or was rebalanced in a duo);
 * - absence: a guardian is on sick leave (to whoever covers, and back);
 * - afschaling: the measure ended and the local team takes over again.
 */
export const HANDOVER_CAUSES = ['structural', 'turnover', 'absence', 'afschaling'] as const;
export type HandoverCause = (typeof HANDOVER_CAUSES)[number];

/** Roles whose full-time equivalents the model counts (the cost side). */
export const FTE_ROLES = [
  'guardian',
  'guardianInInduction',
  'localTeam',
  'rvdkInvestigator',
  'veiligThuis',
  'jbtMember',
  'replacement',
  'adminSupport',
] as const;
export type FteRole = (typeof FTE_ROLES)[number];

/** Working hours spent on reform duties, per week on average over the window. */
export const REFORM_DUTIES = ['duoCoordination', 'guardianAtLocalTeam', 'selfDeliveredHelp', 'longInvolvement'] as const;
export type ReformDuty = (typeof REFORM_DUTIES)[number];

/**
 * Per-family observations of the observed cohort (families first signalled in the window, or its
 * first part `simulation.cohortShare`, that received a measure), as bounded distributions: a replication's memory does not grow with the
 * horizon. Each mean is exact; percentiles see values to 3 significant digits. Waits are over
 * every cohort family that passed the link. Families still in the chain when follow-up ends are
 * counted as they stand (see `SystemObservations.censoredShare` and the rates per family-year).
 */
export interface FamilyObservations {
  /** Every change of responsible professional. */
  handoversPerFamily: ValueCounts;
  /** Of those, the cold ones: a face the family did not know, the story retold. */
  coldHandoversPerFamily: ValueCounts;
  warmHandoversPerFamily: ValueCounts;
  /** Handovers by cause, cold and warm. */
  handoversByCause: Record<HandoverCause, { cold: ValueCounts; warm: ValueCounts }>;
  /** Changes of gezinsvoogd during a measure (someone left, or a duo rebalanced). */
  guardianChangesPerFamily: ValueCounts;
  /** Distinct professionals who worked with the family (responsible ones, help providers, duo partners, Veilig Thuis), first signal to exit. */
  professionalsPerFamily: ValueCounts;
  /** The most professionals involved with the family at one time. */
  maxProfessionalsAtOnce: ValueCounts;
  /** Days in the chain with nobody responsible (waiting lists, sick leave without cover, the afschaling gap). */
  daysWithoutProfessional: ValueCounts;
  /** Guardian contacts per month under a measure. */
  contactsPerMonth: ValueCounts;
  /** Days between guardian visits, one value per family (its mean interval). */
  visitIntervalDays: ValueCounts;
  /** Waits at each link, per family that passed that link. */
  waitDays: Record<Link, ValueCounts>;
}

/**
 * A time to an event with right-censoring: `events` are the times of those who had the event,
 * `censored` the times observed so far of those who had not when observation stopped. The
 * Kaplan–Meier estimate uses both; dropping the censored would bias the time low exactly where
 * it is long.
 */
export interface SurvivalObservations {
  events: ValueCounts;
  censored: ValueCounts;
}

export interface SurvivalMetrics {
  /** From the court's ruling to the first visit by a gezinsvoogd (as the inspectorate measures it), measures ruled in the window. */
  timeFromRulingToGuardianDays: SurvivalObservations;
  /** From the trajectory's first signal to the first visit by a gezinsvoogd, measures ruled in the window. */
  timeFromSignalToGuardianDays: SurvivalObservations;
}

/** Whole-system figures over the observation window. */
export interface SystemObservations {
  /** Flows count what happens inside the window, whichever family it happens to. */
  familiesArrived: number;
  childrenArrived: number;
  /** Families signalled in the window who did not come forward (a higher threshold for voluntary help); they are not in familiesArrived. */
  familiesStayedAway: number;
  /** Measures ruled in the window, and their children (the inflow). */
  measuresStarted: number;
  childrenIntoMeasure: number;
  /** Escalations from voluntary help to the compulsory track (to the JBT, or inside one organisation). */
  escalationsToJBT: number;
  /** RvdK investigations started in the window. */
  rvdkInvestigationsStarted: number;
  /** New signals for families whose case had closed. */
  reentries: number;
  /** Help providers deployed in the window (each a trajectory that costs money). */
  providersDeployed: number;
  /** Time-averages over the window. */
  childrenUnderMeasure: number;
  childrenWithoutGuardian: number;
  /**
   * Children on the GIs' waiting lists, ruled or not (time-average). The same as childrenWithoutGuardian
   * unless families queue for a guardian before their ruling (long involvement, from the escalation).
   */
  childrenWaitingForGuardian: number;
  guardianCaseloadChildren: number;
  guardiansInPost: number;
  guardianVacancies: number;
  localTeamVacancies: number;
  /** Guardians who left, per guardian-year in post. */
  guardianTurnoverPerYear: number;
  /** Guardian changes caused by a guardian leaving, per family-year with a guardian. */
  departureChangesPerFamilyGuardianYear: number;
  guardianUtilisation: number;
  /** RvdK: mean wait before an investigation starts, and its duration (investigations that ended in the window). */
  rvdkWaitDays: number;
  rvdkInvestigationDays: number;
  /** Mean length of OTS measures that ended in the window, in months. */
  otsDurationMonths: number;
  /**
   * Mean length of the measures that ended in the window, weighted by children: in a settled
   * chain an unbiased estimate of the duration (every measure is counted whenever it began), so
   * children under a measure = children into a measure per day × this (Little's law).
   */
  measureDurationDays: number;
  /** Share of the ruling-to-first-visit times within 5 working days (7 calendar days), Kaplan–Meier. */
  shareGuardianWithinFiveWorkingDays: number;
  /** Cohort families with a measure still in the chain when follow-up ended (their counts are "so far"). */
  censoredShare: number;
  /**
   * Cohort families who received a measure (whenever, until follow-up ended), per year of the
   * cohort's part of the window: how many families a year the figures per family stand for. A
   * family can have several measures, so this is below measures started per year.
   */
  cohortFamiliesWithMeasurePerYear: number;
  /** Cohort rates: events per family-year in the chain (families with a measure), robust to censoring. */
  handoversPerFamilyYear: number;
  coldHandoversPerFamilyYear: number;
  guardianChangesPerFamilyYear: number;
  /** Help providers working with families (time-averaged): provider-years per year, the providers' cost driver. */
  providersActive: number;
  /**
   * Self-delivered problem domains whose help has started but that no local-team worker or
   * guardian holds now (time-averaged): help a provider would have given, that nobody gives
   * (during the RvdK's investigation, while waiting for a guardian). 0 without self-delivered help.
   */
  selfHelpUnservedDomains: number;
  /** Full-time equivalents in use, per role (time-averaged over the window). */
  fte: Record<FteRole, number>;
  /** Hours per week spent on reform duties (time-averaged). */
  reformHoursPerWeek: Record<ReformDuty, number>;
  /** People and help providers at the scenario's prices, plus the reforms' own running costs, per year. */
  costPerYearEuro: number;
  /** Busy share of each link's capacity (keys: `VT`, `LT <municipality>`, `JBT`, `RvdK`, `court`, `GI <institution>`, with ` <area>` when areas differ). */
  utilisation: Record<string, number>;
  eventsFired: number;
}

/** Monthly snapshots over the window (for charts over time and the settled check). */
export interface TimeSeries {
  /** Day of each snapshot, counted from the start of the observed window. */
  day: number[];
  childrenWithoutGuardian: number[];
  meanCaseloadChildren: number[];
  childrenUnderMeasure: number[];
  guardiansInPost: number[];
  waitingForInvestigation: number[];
  waitingForLocalTeam: number[];
  /** Mean wait of the families (all, not only the cohort) whose wait at the link ended in the month before each snapshot (NaN: none). */
  'waitDays.LT': number[];
  'waitDays.JBT': number[];
  'waitDays.RvdK': number[];
  'waitDays.court': number[];
  'waitDays.GI': number[];
}

/** One replication's outcome. Everything here depends on the seed only, never on wall-clock time. */
export interface ReplicationResult {
  replication: number;
  families: FamilyObservations;
  survival: SurvivalMetrics;
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
  cause: HandoverCause;
}

/** A spell of one professional with one family, for the journey (Gantt) chart. */
export interface ProfessionalSpell {
  caseId: number;
  professional: string;
  role: 'LT' | 'VT' | 'JBT' | 'RvdK' | 'judge' | 'guardian' | 'replacement' | 'provider';
  startDays: number;
  endDays: number;
}
