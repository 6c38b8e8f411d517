// Writes the chain's state down as a Snapshot (snapshot.ts) at the moment it is called, between events.

import type { Family } from '../family.js';
import type { MeasureResume, Phase } from '../phases.js';
import type { Case, Position, Team } from '../team.js';
import { SNAPSHOT_FORMAT, type CaseSnapshot, type FamilySnapshot, type PositionSnapshot, type Snapshot } from './snapshot.js';

/** The chain's state now, for `restore`. */
export function takeSnapshot(
  now: number,
  families: Iterable<Family>,
  institutions: readonly Team[],
  localTeams: readonly Team[],
): Snapshot {
  const teamIndex = new Map<Team, number>();
  for (const [i, t] of institutions.entries()) teamIndex.set(t, i);
  for (const [i, t] of localTeams.entries()) teamIndex.set(t, i);
  const caseOf = (c: Case | null): CaseSnapshot | null =>
    c === null
      ? null
      : {
          team: teamIndex.get(c.team)!,
          position: c.position?.index ?? null,
          weight: c.weight,
          sinceAgoDays: now - c.since,
          reason: c.reason,
          inMeasure: c.inMeasure,
        };
  const out: FamilySnapshot[] = [];
  for (const f of families) {
    const lt = f.knownLocalTeamWorker;
    const ltPos = lt === null ? undefined : localTeams[f.municipality]!.positions.find((p) => p.person === lt);
    out.push({
      municipality: f.municipality,
      children: f.children,
      problemDomains: f.problemDomains,
      needsCompulsory: f.needsCompulsory,
      neededAtSignal: f.neededAtSignal,
      reentries: f.reentries,
      selfDeliveredDomains: f.selfDeliveredDomains,
      selfHelpStarted: f.selfHelpStarted,
      helpPlanned: f.helpPlanned,
      providersPlanned: f.providersPlanned,
      providerCount: f.providerCount,
      phase: resumePhase(f, now),
      holdsUnit: (f.phase.at === 'veiligThuis' || f.phase.at === 'investigation') && Number.isFinite(f.until),
      queuedAgoDays: Number.isFinite(f.queuedAt) ? now - f.queuedAt : null,
      localTeamCase: caseOf(f.localTeamCase),
      guardianCase: caseOf(f.guardianCase),
      nextVisitInDays: Number.isFinite(f.nextVisitAt) ? f.nextVisitAt - now : null,
      lastVisitAgoDays: f.lastVisitAt === null ? null : now - f.lastVisitAt,
      guardianVisitAgoDays: f.guardianVisitAt === -Infinity ? null : now - f.guardianVisitAt,
      guardianSinceAgoDays: f.guardianSince === Infinity ? null : now - f.guardianSince,
      knownLocalTeamPosition: ltPos?.index ?? null,
    });
  }
  return {
    format: SNAPSHOT_FORMAT,
    takenAtDays: now,
    families: out,
    institutions: institutions.map((t) => t.positions.map((p) => positionSnapshot(p, now))),
    localTeams: localTeams.map((t) => t.positions.map((p) => positionSnapshot(p, now))),
  };
}

function positionSnapshot(pos: Position, now: number): PositionSnapshot {
  if (pos.person === null) return { fillInDays: Math.max(0, (pos.fillAt ?? now) - now) };
  const out: PositionSnapshot = {};
  if (pos.inducting) out.inductionLeftDays = pos.inductionUntil - now;
  if (pos.sick && pos.sickEntry !== null) out.sickLeftDays = Math.max(0, pos.sickEntry.time - now);
  return out;
}

/** The phase a family is in, with the time its current timed step has left. */
function resumePhase(f: Family, now: number): Phase {
  const p = f.phase;
  const left = Number.isFinite(f.until) ? Math.max(0, f.until - now) : undefined;
  switch (p.at) {
    case 'veiligThuis':
      return left === undefined ? { at: 'veiligThuis' } : { at: 'veiligThuis', triageLeftDays: left };
    case 'localTeam':
      return {
        at: 'localTeam',
        ...(left !== undefined ? { helpLeftDays: left, helpDays: f.until - f.stepStartedAt } : {}),
        ...(p.afterTable ? { afterTable: true } : {}),
      };
    case 'table':
      return { at: 'table' };
    case 'investigation':
      return left === undefined ? { at: 'investigation' } : { at: 'investigation', leftDays: left };
    case 'court':
      // preparing (timed), or queueing for a hearing (nothing left to prepare)
      return { at: 'court', preparationLeftDays: left ?? 0 };
    case 'measure': {
      const m = f.measure;
      if (m === null) throw new Error(`family ${f.id} is in a measure without one`);
      const resume: MeasureResume = {
        ruledAgoDays: now - m.rulingAt,
        periodAgoDays: now - m.periodStart,
        visitsThisPeriod: m.visitsThisPeriod,
        progressLostDays: m.progressLostDays,
        firstVisitAgoDays: m.firstVisitAt === null ? null : now - m.firstVisitAt,
        endInDays: left ?? null,
      };
      return { at: 'measure', kind: m.kind, resume };
    }
    case 'aftercare': {
      const inHelp = f.localTeamCase !== null || f.guardianCase !== null;
      if (left === undefined) return { at: 'aftercare', cause: p.cause };
      return inHelp ? { at: 'aftercare', cause: p.cause, leftDays: left } : { at: 'aftercare', cause: p.cause, gapLeftDays: left };
    }
    case 'away':
      return { at: 'away', leftDays: left ?? 0 };
    default:
      // signal, escalation and closure pass within one instant: a snapshot between events never sees them
      throw new Error(`family ${f.id} is in the instantaneous phase ${p.at}`);
  }
}
