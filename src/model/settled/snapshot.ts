// A settled chain as plain data: where every family is (its phase, how long its current step has
// left, its cases and measure) and the state of every position (vacant, in induction, ill). A
// long run of a scenario is paused at a few moments and written down this way (pilot.ts); a
// replication then starts from one such moment instead of from an empty chain, so its warm-up
// needs months instead of a decade. Times are relative to the moment the snapshot was taken.

import type { Phase } from '../phases.js';
import type { HandoverCause } from '../results.js';

export const SNAPSHOT_FORMAT = 4;

export interface Snapshot {
  format: typeof SNAPSHOT_FORMAT;
  /** When the snapshot was taken in the run it came from (days). */
  takenAtDays: number;
  families: FamilySnapshot[];
  institutions: PositionSnapshot[][];
  localTeams: PositionSnapshot[][];
}

export interface PositionSnapshot {
  /** Vacant: days until the vacancy is filled. */
  fillInDays?: number;
  /** In post and in induction: days of induction left. */
  inductionLeftDays?: number;
  /** In post and on sick leave: days until they are back. */
  sickLeftDays?: number;
}

export interface CaseSnapshot {
  /** Index of the team among the institutions (guardian cases) or the local teams. */
  team: number;
  /** Index of the position holding it (null: on the waiting list). */
  position: number | null;
  weight: number;
  sinceAgoDays: number;
  reason: HandoverCause;
  inMeasure: boolean;
}

export interface FamilySnapshot {
  municipality: number;
  children: number;
  problemDomains: number;
  needsCompulsory: boolean;
  neededAtSignal: boolean;
  reentries: number;
  selfDeliveredDomains: number;
  /** Of those, the domains whose help has started (format 3). */
  selfHelpStarted: number;
  helpPlanned: boolean;
  /** Providers planned, not yet started: the family waits for a local-team worker. */
  providersPlanned: number;
  providerCount: number;
  /** The phase to resume, with the time its current step has left. */
  phase: Phase;
  /** Holds a unit of Veilig Thuis or the RvdK now (restored before those who queue for one). */
  holdsUnit: boolean;
  /** Queueing since (days ago; null: not in a queue). Queues are rebuilt in this order. */
  queuedAgoDays: number | null;
  localTeamCase: CaseSnapshot | null;
  guardianCase: CaseSnapshot | null;
  /** Days to the next guardian visit (null: none planned). */
  nextVisitInDays: number | null;
  lastVisitAgoDays: number | null;
  /** Days since the latest guardian visit of the trajectory (null: none yet; format 4). */
  guardianVisitAgoDays: number | null;
  /** Days since the guardian who holds the case took it on (null: none has yet; format 4). */
  guardianSinceAgoDays: number | null;
  /** Position index of the local-team worker the family knows, if still in post. */
  knownLocalTeamPosition: number | null;
}
