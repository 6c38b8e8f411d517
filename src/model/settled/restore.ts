// Starts a chain from a snapshot: the positions as they were (vacancies, induction, sick leave),
// every family back in its phase with its cases where they were, and the queues in their order.
// Families placed this way arrived before the observed window, so they count in the system's
// levels and flows but not in the cohort.

import type { ChainContext } from '../context.js';
import { Family, type Tracer } from '../family.js';
import { leaveLocalTeam } from '../journey.js';
import type { Phase } from '../phases.js';
import type { Team } from '../team.js';
import { newCase } from '../team.js';
import type { CaseSnapshot, Snapshot } from './snapshot.js';
import { SNAPSHOT_FORMAT } from './snapshot.js';
import { zip } from '../../lists.js';

/** What restoring needs from the chain besides its context. */
export interface RestoreTarget {
  ctx: ChainContext;
  families: Map<number, Family>;
  takeId(): number;
  tracer: Tracer | null;
  /** Starts a family's journey at a phase (journey.ts). */
  startJourney(f: Family, phase: Phase): void;
}

export function restore(target: RestoreTarget, snap: Snapshot): void {
  const { ctx } = target;
  const { sim, institutions, localTeams } = ctx;
  if (snap.format !== SNAPSHOT_FORMAT)
    throw new Error(`a settled start of format ${String(snap.format)} cannot be read (this model reads format ${SNAPSHOT_FORMAT})`);
  if (snap.institutions.length !== institutions.length || snap.localTeams.length !== localTeams.length) {
    throw new Error('the settled start was taken from a chain with other institutions or municipalities');
  }
  for (const [t, s] of zip(institutions, snap.institutions)) t.restorePositions(s);
  for (const [t, s] of zip(localTeams, snap.localTeams)) t.restorePositions(s);

  const now = sim.now;
  const restored = snap.families.map((fs) => {
    const f = new Family(
      target.takeId(),
      fs.municipality,
      { children: fs.children, problemDomains: fs.problemDomains, needsCompulsory: fs.needsCompulsory },
      now,
      false,
      target.tracer,
    );
    f.neededAtSignal = fs.neededAtSignal;
    f.reentries = fs.reentries;
    f.selfDeliveredDomains = fs.selfDeliveredDomains;
    f.selfHelpStarted = fs.selfHelpStarted;
    ctx.observer.selfHelpStarted(fs.selfHelpStarted);
    f.helpPlanned = fs.helpPlanned;
    f.providersPlanned = fs.providersPlanned;
    for (let k = 0; k < fs.providerCount; k++) f.addProvider(ctx.registry.create('provider', 'jeugdhulp'), now);
    f.providersSince = now;
    ctx.observer.providersResumed(fs.providerCount);
    if (fs.knownLocalTeamPosition !== null)
      f.knownLocalTeamWorker = localTeams[fs.municipality]!.positions[fs.knownLocalTeamPosition]?.person ?? null;
    target.families.set(f.id, f);
    return { f, fs };
  });

  // Cases: held ones with their position, waiting ones onto the lists in the order they waited.
  const cases: { f: Family; cs: CaseSnapshot; team: Team<Family>; guardian: boolean; withWorker: boolean }[] = [];
  for (const { f, fs } of restored) {
    const withWorker = fs.localTeamCase !== null;
    if (fs.localTeamCase !== null)
      cases.push({ f, cs: fs.localTeamCase, team: localTeams[fs.localTeamCase.team]!, guardian: false, withWorker });
    if (fs.guardianCase !== null)
      cases.push({ f, cs: fs.guardianCase, team: institutions[fs.guardianCase.team]!, guardian: true, withWorker });
  }
  cases.sort((a, b) => Number(a.cs.position === null) - Number(b.cs.position === null) || b.cs.sinceAgoDays - a.cs.sinceAgoDays);
  for (const { f, cs, team, guardian, withWorker } of cases) {
    const c = newCase(team, f, cs.weight, f.selfDeliveredDomains, now - cs.sinceAgoDays, cs.reason, cs.inMeasure);
    if (guardian) f.guardianCase = c;
    else f.localTeamCase = c;
    // long involvement: a guardian who took the family on at escalation and is not yet placed; the
    // worker lets go once they are, as in the running chain (journey.ts, takeGuardianNow)
    if (guardian && withWorker && cs.position === null) {
      c.placed = sim.event<void>();
      c.placed.onSettled(() => leaveLocalTeam(f));
    }
    // a measure resumed later adds its children to the stock; its case is there before it
    team.restoreCase(c, cs.position);
  }
  // Visits go on where they were, before sick leave is restored: the snapshot does not say who
  // covers a sick guardian, so the cover is handed out again, and a family covered now by someone
  // it was not covered by in the pilot gets its visits from that cover (as in a running chain), not
  // the snapshot's none.
  for (const { f, fs } of restored) {
    f.nextVisitAt = fs.nextVisitInDays === null || f.guardianCase?.position == null ? Infinity : now + fs.nextVisitInDays;
    f.lastVisitAt = fs.lastVisitAgoDays === null ? null : now - fs.lastVisitAgoDays;
    // after the cases: placing a case made its guardian one who took it on now
    f.guardianVisitAt = fs.guardianVisitAgoDays === null ? -Infinity : now - fs.guardianVisitAgoDays;
    f.guardianSince = fs.guardianSinceAgoDays === null ? Infinity : now - fs.guardianSinceAgoDays;
  }
  for (const [t, s] of zip(institutions, snap.institutions)) t.restoreSickness(s);
  for (const [t, s] of zip(localTeams, snap.localTeams)) t.restoreSickness(s);

  // Journeys: those holding a unit (Veilig Thuis, the RvdK) first, then the queues in their order.
  const order = restored
    .slice()
    .sort((a, b) => Number(b.fs.holdsUnit) - Number(a.fs.holdsUnit) || (b.fs.queuedAgoDays ?? -1) - (a.fs.queuedAgoDays ?? -1));
  for (const { f, fs } of order) target.startJourney(f, fs.phase);
}
