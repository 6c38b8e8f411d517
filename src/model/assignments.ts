// What happens to a family when the workforce moves its case: the handover (cold or warm, by
// cause), guardian changes, the visits that follow, and the progress a measure loses when a new
// guardian starts over. One listener for the guardians' teams, one for the local teams.

import type { ChainContext } from './context.js';
import type { Family } from './family.js';
import type { Professional } from './professional.js';
import type { Case, CaseListener, Position } from './team.js';

function familyOf(c: Case<Family>): Family {
  if (c.family === null) throw new Error('a case without a family reached the chain');
  return c.family;
}

export function guardianListener(ctx: ChainContext): CaseListener<Family> {
  const { sim, observer, visits } = ctx;
  const p = ctx.plan.p;
  return {
    assigned(c: Case<Family>, pos: Position<Family>, reason) {
      const f = familyOf(c);
      const person = pos.person!;
      // Stryker disable next-line ConditionalExpression: a guardian case changes position only when its holder leaves or hands it to a duo partner, so a held case's new position is always a new person
      const change = c.holder !== null && c.holder !== person;
      // a guardian who takes the case on is not in contact with the family until they visit (journey.ts, the ruling)
      if (c.holder !== person) f.guardianSince = sim.now;
      if (change) {
        f.guardianChanges++;
        if (reason === 'turnover' && observer.inWindow()) observer.counts.departureChanges++;
      }
      const kind = f.handOver(person, sim.now, reason);
      f.trace(change ? `guardian change (${kind})` : 'guardian assigned', sim.now, person, 'GI');
      visits.afterNewVisitor(f, kind === 'warm');
      // a new guardian who does not know the family starts a new plan: the measure takes longer
      const m = f.measure;
      if (change && kind === 'cold' && m !== null) m.progressLostDays += p.guardians.coldHandoverProgressLossDays;
    },
    released(c: Case<Family>) {
      const f = familyOf(c);
      // Stryker disable next-line StringLiteral: a handover to nobody records no cause
      f.handOver(null, sim.now, 'turnover');
      visits.cancel(f);
      f.trace('waiting for a guardian', sim.now, 'GI waiting list', 'GI');
    },
    covered(c: Case<Family>, by: Professional | null) {
      const f = familyOf(c);
      const kind = f.handOver(by, sim.now, 'absence');
      if (by === null) visits.cancel(f);
      else visits.afterNewVisitor(f, kind !== 'cold');
      f.trace(by === null ? 'guardian ill, nobody covers' : `cover during sick leave (${kind})`, sim.now, by ?? 'GI', 'GI');
    },
    introduced(c: Case<Family>, person: Professional) {
      familyOf(c).meet(person);
    },
    departed() {
      if (observer.inWindow()) observer.counts.departures++;
    },
    caseloadChanging(pos: Position<Family>) {
      const now = sim.now;
      for (const c of pos.cases) visits.catchUp(familyOf(c), now);
    },
  };
}

export function localTeamListener(ctx: ChainContext): CaseListener<Family> {
  const { sim } = ctx;
  return {
    assigned(c: Case<Family>, pos: Position<Family>, reason) {
      const f = familyOf(c);
      const person = pos.person!;
      f.handOver(person, sim.now, reason);
      f.knownLocalTeamWorker = person;
      f.trace('local team worker', sim.now, person, 'LT');
    },
    released(c: Case<Family>) {
      // Stryker disable next-line StringLiteral: a handover to nobody records no cause
      familyOf(c).handOver(null, sim.now, 'turnover');
    },
    // Stryker disable all: local teams have no sick leave (sickLeave: null) and no duos in the model, so nothing calls these two
    covered(c: Case<Family>, by: Professional | null) {
      familyOf(c).handOver(by, sim.now, 'absence');
    },
    introduced(c: Case<Family>, person: Professional) {
      familyOf(c).meet(person);
    },
    // Stryker restore all
    departed() {},
    caseloadChanging() {},
  };
}
