// What a reform can change in the chain, as named effects. A reform module turns its section of
// the scenario's `reforms:` into effects; the composition (index.ts) folds the effects of every
// enabled reform into one set the model reads. The model never asks which reform is on: it reads
// effects, so reforms combine freely and a new reform is one module.

import type { Scenario } from '../../scenario/schema.js';

/** Duo rules: pairs of guardians who know each other's families. */
export interface DuoEffects {
  coordinationHoursPerFamilyPerMonth: number;
  /** A member carries at most this share of the caseload cap for a vacant or sick partner. */
  partnerCarryLimitShare: number;
}

/** Help the professional gives without a help provider. */
export interface SelfDeliveredEffects {
  /** Share of problem domains handled by the local-team worker or guardian. */
  share: number;
  /** Hours a week one such domain takes of the professional's time. */
  hoursPerWeekPerDomain: number;
}

export interface ReformEffects {
  // ---- who enters the chain
  /** Multiplies the rate of signals. */
  signalRateFactor?: number;
  /** Multiplies the chance that a family needs the compulsory track at entry, and the rate at which the need arises during help. */
  needFactor?: number;
  /** Probability that a family without the need for the compulsory track comes forward for voluntary help at all. */
  voluntaryComeForward?: number;

  // ---- the path
  /** The organisation does its own intake: no Veilig Thuis triage. */
  skipsVeiligThuis?: boolean;
  /** Veilig Thuis's workers an intake that replaces it still needs, as a share (multiplies). */
  intakeStaffShare?: number;
  /** No jeugdbeschermingstafel: escalation goes straight to the investigation. */
  skipsTable?: boolean;
  /** Chance that advice at the local team keeps an escalation voluntary. */
  escalationAverted?: number;
  /** A gezinsvoogd takes the family on at escalation and stays until the case closes. */
  guardianFromEscalation?: boolean;
  /** Afschaling with no gap, to the local-team worker the family knew if still in post with room. */
  afschalingToKnownWorker?: boolean;

  // ---- the workforce
  /** Guardians' administrative share of working time (replaces the scenario's). */
  adminShare?: number;
  /** Share of the administrative hours saved that moves to administrative support staff (the cost of less administration). */
  adminSupportShareOfSavedHours?: number;
  /** Guardian hours a week spent away from the caseload (at the local team). */
  guardianHoursPerWeekElsewhere?: number;
  /** Multiplies every institution's guardian positions (rounded): a reform that comes with more guardians. */
  guardianPositionsFactor?: number;
  /** Guardian caseload cap (replaces the scenario's), and whether positions grow to keep the capacity. */
  caseloadCap?: { children: number; keepCapacity: boolean };
  duos?: DuoEffects;
  selfDelivered?: SelfDeliveredEffects;

  // ---- running costs the model does not measure as time
  /** Euro per year the reform costs besides the time and people the model counts (a programme, a system). */
  fixedCostPerYearEuro?: number;
}

/**
 * The effects that set only what the chain costs (people paid, a running cost), never what a family
 * or the workforce goes through: a parameter that feeds only these is no assumption behind an effect.
 */
export const COST_EFFECTS: readonly (keyof ReformEffects)[] = ['intakeStaffShare', 'adminSupportShareOfSavedHours', 'fixedCostPerYearEuro'];

/** A reform: its key in the scenario's `reforms:` section and how its settings become effects. */
export interface ReformModule<K extends ReformKey = ReformKey> {
  readonly key: K;
  effects(settings: Scenario['reforms'][K], scenario: Scenario): ReformEffects;
}

export type ReformKey = keyof Scenario['reforms'];
