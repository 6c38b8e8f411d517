// The phases of a family's journey (journey.ts runs them). A phase may carry how far it already
// went (`…LeftDays`): a settled start places families part-way through one.

import type { HandoverCause } from './results.js';

export type MeasureKind = 'OTS' | 'voogdij';

/** A measure part-way: what a settled start restores (times relative to the start). */
export interface MeasureResume {
  ruledAgoDays: number;
  periodAgoDays: number;
  visitsThisPeriod: number;
  progressLostDays: number;
  firstVisitAgoDays: number | null;
  /** Days to the end of the current period (or of a voogdij); null while the family still waits for its first guardian. */
  endInDays: number | null;
}

export type Phase =
  | { at: 'signal' }
  | { at: 'veiligThuis'; triageLeftDays?: number }
  | { at: 'localTeam'; helpLeftDays?: number; helpDays?: number; afterTable?: boolean }
  | { at: 'escalation' }
  | { at: 'table' }
  | { at: 'investigation'; leftDays?: number }
  | { at: 'court'; preparationLeftDays?: number }
  | { at: 'measure'; kind: MeasureKind; resume?: MeasureResume }
  | { at: 'aftercare'; cause: HandoverCause; gapLeftDays?: number; leftDays?: number }
  | { at: 'closure' }
  | { at: 'away'; leftDays: number }
  | { at: 'gone' };

export type PhaseName = Phase['at'];

/**
 * The phases that carry nothing but where the family is, made once and shared by every family: a
 * national run enters some five million phases, and a fresh object for each lived as long as the
 * phase (months), so the collector copied it out of the young generation and traced it there.
 */
export const PHASES = Object.freeze({
  signal: Object.freeze({ at: 'signal' }),
  veiligThuis: Object.freeze({ at: 'veiligThuis' }),
  localTeam: Object.freeze({ at: 'localTeam' }),
  localTeamAfterTable: Object.freeze({ at: 'localTeam', afterTable: true }),
  escalation: Object.freeze({ at: 'escalation' }),
  table: Object.freeze({ at: 'table' }),
  investigation: Object.freeze({ at: 'investigation' }),
  court: Object.freeze({ at: 'court' }),
  ots: Object.freeze({ at: 'measure', kind: 'OTS' }),
  voogdij: Object.freeze({ at: 'measure', kind: 'voogdij' }),
  aftercareStructural: Object.freeze({ at: 'aftercare', cause: 'structural' }),
  aftercareAfschaling: Object.freeze({ at: 'aftercare', cause: 'afschaling' }),
  closure: Object.freeze({ at: 'closure' }),
  gone: Object.freeze({ at: 'gone' }),
} as const satisfies Record<string, Phase>);
