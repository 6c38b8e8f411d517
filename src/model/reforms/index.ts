// The reforms and their composition. Every enabled reform in the scenario's `reforms:` section
// contributes effects; they fold into one set: factors multiply, independent chances combine,
// switches add up (either reform switching something on switches it on), and values that replace
// a parameter come from the one reform that sets them. This file is the only place that reads
// `enabled`.

import type { Scenario } from '../../scenario/schema.js';
import { guardianDuos } from './guardianDuos.js';
import { guardianInLocalTeam } from './guardianInLocalTeam.js';
import { lessAdmin } from './lessAdmin.js';
import { longInvolvement } from './longInvolvement.js';
import { lowerCaseload } from './lowerCaseload.js';
import { oneOrganisation } from './oneOrganisation.js';
import { prevention } from './prevention.js';
import { selfDeliveredHelp } from './selfDeliveredHelp.js';
import {
  COST_EFFECTS,
  type DuoEffects,
  type ReformEffects,
  type ReformKey,
  type ReformModule,
  type SelfDeliveredEffects,
} from './types.js';

export type { DuoEffects, ReformEffects, ReformKey, ReformModule, SelfDeliveredEffects } from './types.js';

/** Every reform the model knows, in the order their effects fold. */
export const REFORMS: readonly ReformModule[] = [
  guardianDuos,
  guardianInLocalTeam,
  lessAdmin,
  lowerCaseload,
  selfDeliveredHelp,
  prevention,
  oneOrganisation,
  longInvolvement,
] as ReformModule[];

/** The folded effects of every enabled reform: what the model reads. */
export interface Reforms {
  /** Keys of the enabled reforms, in registry order. */
  readonly enabled: readonly ReformKey[];
  readonly signalRateFactor: number;
  readonly needFactor: number;
  readonly voluntaryComeForward: number;
  readonly skipsVeiligThuis: boolean;
  /** Veilig Thuis's workers still needed (and paid), as a share: 1 unless an intake that replaces its step needs fewer. */
  readonly intakeStaffShare: number;
  readonly skipsTable: boolean;
  readonly escalationAverted: number;
  readonly guardianFromEscalation: boolean;
  readonly afschalingToKnownWorker: boolean;
  readonly adminShare: number | null;
  readonly adminSupportShareOfSavedHours: number;
  readonly guardianHoursPerWeekElsewhere: number;
  readonly guardianPositionsFactor: number;
  readonly caseloadCap: { children: number; keepCapacity: boolean } | null;
  readonly duos: DuoEffects | null;
  readonly selfDelivered: SelfDeliveredEffects | null;
  readonly fixedCostPerYearEuro: number;
}

/** Keys whose value replaces a parameter: two reforms setting one would be ambiguous. */
const SINGLE: readonly (keyof ReformEffects)[] = ['adminShare', 'adminSupportShareOfSavedHours', 'caseloadCap', 'duos', 'selfDelivered'];

/** The reform a parameter path lies under (`reforms.guardianDuos.…` → `guardianDuos`), if any. */
export function reformOfPath(path: string): string | undefined {
  return /^reforms\.([A-Za-z]+)\./.exec(path)?.[1];
}

/**
 * Whether a reform's parameter (`reforms.<key>.<name>`) sets only costs: changed, it changes some
 * of the reform's effects and only those in `COST_EFFECTS` (the programme's price, the intake staff
 * still paid). Read from the module itself, so a new parameter needs no list kept by hand.
 */
export function costOnlyParameter(scenario: Scenario, path: string): boolean {
  const match = /^reforms\.([A-Za-z]+)\.([A-Za-z]+)$/.exec(path);
  const module = REFORMS.find((m) => m.key === match?.[1]);
  if (match === null || module === undefined) return false;
  const settings = (scenario.reforms as unknown as Record<string, Record<string, unknown>>)[module.key]!;
  const value = settings[match[2]!];
  const other = typeof value === 'number' ? value + 1 : typeof value === 'boolean' ? !value : undefined;
  if (other === undefined) return false;
  const effects = (s: Record<string, unknown>) => module.effects(s as never, scenario) as Record<string, unknown>;
  const before = effects(settings);
  const after = effects({ ...settings, [match[2]!]: other });
  const changed = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter(
    (k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]),
  );
  return changed.length > 0 && changed.every((k) => (COST_EFFECTS as readonly string[]).includes(k));
}

/**
 * Whether the scenario has the reform with this key on; false for a key no reform has. For the
 * experiment layer, which varies a reform's parameters only where the reform is on.
 */
export function reformEnabled(scenario: Scenario, key: string): boolean {
  const settings = scenario.reforms as unknown as Record<string, { enabled?: boolean } | undefined>;
  return REFORMS.some((m) => m.key === key) && settings[key]?.enabled === true;
}

/** Folds the effects of the scenario's enabled reforms. */
export function composeReforms(scenario: Scenario, modules: readonly ReformModule[] = REFORMS): Reforms {
  const enabled: ReformKey[] = [];
  // Stryker disable next-line ArrayDeclaration: a string in the list has none of the effects' keys, so every fold skips it
  const all: ReformEffects[] = [];
  const settings = scenario.reforms as Record<string, { enabled: boolean }>;
  for (const m of modules) {
    const s = settings[m.key];
    if (s === undefined || !s.enabled) continue;
    enabled.push(m.key);
    all.push((m.effects as (s: unknown, sc: Scenario) => ReformEffects)(s, scenario));
  }
  const set = <K extends keyof ReformEffects>(key: K): ReformEffects[K] | undefined => {
    const given = all.filter((e) => e[key] !== undefined);
    if (given.length > 1 && SINGLE.includes(key)) throw new Error(`two reforms set ${key}; compose them into one reform`);
    return given[0]?.[key];
  };
  const product = (key: 'signalRateFactor' | 'needFactor' | 'voluntaryComeForward' | 'guardianPositionsFactor' | 'intakeStaffShare') =>
    all.reduce((a, e) => a * (e[key] ?? 1), 1);
  const any = (key: 'skipsVeiligThuis' | 'skipsTable' | 'guardianFromEscalation' | 'afschalingToKnownWorker') =>
    all.some((e) => e[key] === true);
  const sum = (key: 'guardianHoursPerWeekElsewhere' | 'fixedCostPerYearEuro') => all.reduce((a, e) => a + (e[key] ?? 0), 0);
  return {
    enabled,
    signalRateFactor: product('signalRateFactor'),
    needFactor: product('needFactor'),
    voluntaryComeForward: product('voluntaryComeForward'),
    skipsVeiligThuis: any('skipsVeiligThuis'),
    // an intake's staff replaces Veilig Thuis's only where Veilig Thuis's step is skipped: else its workers still triage
    intakeStaffShare: any('skipsVeiligThuis') ? product('intakeStaffShare') : 1,
    skipsTable: any('skipsTable'),
    // independent chances: averted by any one of them
    escalationAverted: 1 - all.reduce((a, e) => a * (1 - (e.escalationAverted ?? 0)), 1),
    guardianFromEscalation: any('guardianFromEscalation'),
    afschalingToKnownWorker: any('afschalingToKnownWorker'),
    adminShare: set('adminShare') ?? null,
    adminSupportShareOfSavedHours: set('adminSupportShareOfSavedHours') ?? 0,
    guardianHoursPerWeekElsewhere: sum('guardianHoursPerWeekElsewhere'),
    guardianPositionsFactor: product('guardianPositionsFactor'),
    caseloadCap: set('caseloadCap') ?? null,
    duos: set('duos') ?? null,
    selfDelivered: set('selfDelivered') ?? null,
    fixedCostPerYearEuro: sum('fixedCostPerYearEuro'),
  };
}
