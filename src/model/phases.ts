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
