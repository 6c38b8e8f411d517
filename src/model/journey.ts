// A family's path through the chain, top to bottom, as one process:
//   signal → (Veilig Thuis) → local team, voluntary help → JBT → RvdK investigation → court →
//   GI: wait for a gezinsvoogd, the measure with its yearly reviews → afschaling to the local team
//   → closure, and perhaps a new signal later (re-entry).
// A family can leave at every link. Reforms change the path where the domain brief says they do.

import type { ProcessGenerator } from '../kernel/index.js';
import { exp, pow } from '../kernel/index.js';
import type { Case } from './caseload.js';
import { isColdChange, type Chain } from './chain.js';
import type { Family } from './family.js';

export function* journey(chain: Chain, f: Family): ProcessGenerator<void> {
  const { sim, p } = chain;
  for (;;) {
    yield* trajectory(chain, f);
    leaveChain(chain, f);
    if (!chain.chance(p.entry.reentryProbability, 'entry/reentry')) break;
    yield chain.d.reentryDelay.sample(chain.stream('entry/reentry-delay'));
    f.reenter(sim.now);
    f.needsCompulsory = chain.stream('family/need').next() < chain.needAtEntry(f.problemDomains);
    if (chain.observer.inWindow()) chain.observer.counts.reentries++;
    f.trace('signal (re-entry)', sim.now, 'signal', 'signal');
  }
  chain.familyGone(f);
}

function* trajectory(chain: Chain, f: Family): ProcessGenerator<void> {
  const { sim, p } = chain;
  const r = p.reforms;
  const area = chain.areaOf(f);
  f.trace('signal', sim.now, 'signal', 'signal');

  // Veilig Thuis looks at reports first (not in one organisation: it does its own intake).
  if (!r.oneOrganisation.enabled && chain.chance(p.entry.viaVeiligThuisShare, 'entry/via-vt')) {
    const req = area.veiligThuis.resource.request();
    yield req;
    const worker = area.veiligThuis.take();
    f.meet(worker);
    f.trace('Veilig Thuis triage', sim.now, worker, 'VT');
    yield chain.d.triage.sample(chain.stream('vt/triage'));
    area.veiligThuis.give(worker);
    area.veiligThuis.resource.release(req);
  }

  // The local team arranges voluntary help.
  yield* joinLocalTeam(chain, f);
  chain.deployProviders(f);
  const helpDays = chain.d.voluntaryHelp.sample(chain.stream('lt/voluntary-help'));
  yield helpDays;
  if (!f.needsCompulsory && chain.stream('family/deterioration').next() < 1 - exp(-chain.deteriorationPerDay() * helpDays)) {
    f.needsCompulsory = true;
  }
  if (!f.needsCompulsory) return leaveLocalTeam(chain, f); // voluntary help sufficed
  if (r.guardianInLocalTeam.enabled && chain.chance(r.guardianInLocalTeam.escalationReduction, 'lt/gi-advice')) {
    f.needsCompulsory = false; // the embedded guardian's advice keeps it voluntary
    return leaveLocalTeam(chain, f);
  }

  // Escalation: the jeugdbeschermingstafel (one organisation decides internally).
  if (chain.observer.inWindow()) chain.observer.counts.escalationsToJBT++;
  if (!r.oneOrganisation.enabled) {
    const asked = sim.now;
    yield area.jbt.book();
    f.recordWait('JBT', sim.now - asked);
    for (const m of area.jbtMembers) f.meet(m);
    f.trace('jeugdbeschermingstafel', sim.now, 'JBT', 'JBT');
  }
  const investigate = chain.chance(f.needsCompulsory ? p.jbt.compulsoryDecisionWithNeed : p.jbt.compulsoryDecisionWithoutNeed, 'jbt/decision');
  if (!investigate) {
    yield chain.d.voluntaryHelp.sample(chain.stream('lt/voluntary-help'));
    return leaveLocalTeam(chain, f);
  }

  // RvdK: wait for an investigator, then the investigation.
  const requested = sim.now;
  const req = area.rvdk.resource.request();
  yield req;
  const investigator = area.rvdk.take();
  const rvdkWait = sim.now - requested;
  f.recordWait('RvdK', rvdkWait);
  leaveLocalTeam(chain, f);
  f.setResponsible(investigator, sim.now, r.oneOrganisation.enabled);
  f.trace('RvdK investigation', sim.now, investigator, 'RvdK');
  const investigationDays = chain.d.investigation.sample(chain.stream('rvdk/investigation'));
  yield investigationDays;
  if (chain.observer.inWindow()) {
    chain.observer.recordRvdk(rvdkWait, investigationDays);
  }
  area.rvdk.give(investigator);
  area.rvdk.resource.release(req);
  if (!chain.chance(f.needsCompulsory ? p.rvdk.measureRequestWithNeed : p.rvdk.measureRequestWithoutNeed, 'rvdk/request')) {
    return yield* aftercare(chain, f, false);
  }

  // The juvenile court hears the request.
  const requestAt = sim.now;
  yield p.court.preparationDays;
  yield area.court.book();
  f.recordWait('court', sim.now - requestAt);
  const judge = area.nextJudge();
  f.meet(judge);
  f.trace('court hearing', sim.now, judge, 'court');
  const u = chain.stream('court/outcome').next();
  const kind = u < p.court.otsShare ? 'OTS' : u < p.court.otsShare + p.court.voogdijShare ? 'voogdij' : null;
  if (kind === null) return yield* aftercare(chain, f, false);

  yield* measure(chain, f, kind);

  // Afschaling: back to the local team, or closure.
  if (chain.chance(p.gi.afschalingToLocalTeam, 'gi/afschaling')) {
    const seamless = r.guardianInLocalTeam.enabled || r.oneOrganisation.enabled || r.longInvolvement.enabled;
    yield* aftercare(chain, f, seamless);
  }
}

/** Waits for a local-team worker with room. */
function* joinLocalTeam(chain: Chain, f: Family): ProcessGenerator<void> {
  const asked = chain.sim.now;
  const c: Case = { key: f.id, family: f, weight: 1, position: null, waitingSince: asked, onWaitingList: false };
  f.ltCase = c;
  chain.localTeams[f.municipality].admit(c);
  if (c.position === null) {
    f.awaiting = chain.sim.event<void>();
    yield f.awaiting;
  }
  f.recordWait('LT', chain.sim.now - asked);
}

function leaveLocalTeam(chain: Chain, f: Family): void {
  if (f.ltCase === null) return;
  const c = f.ltCase;
  f.ltCase = null;
  if (f.responsible !== null && c.position !== null && f.responsible === c.position.responsible) f.setResponsible(null, chain.sim.now);
  chain.localTeams[f.municipality].discharge(c);
}

/** The local team takes the family back for a while after the compulsory track, then closes. */
function* aftercare(chain: Chain, f: Family, seamless: boolean): ProcessGenerator<void> {
  const { sim, p } = chain;
  f.setResponsible(null, sim.now);
  if (!seamless) yield chain.d.afschalingGap.sample(chain.stream('gi/afschaling-gap'));
  f.warmNext = seamless;
  if (p.reforms.longInvolvement.enabled && f.lastGuardian !== null) f.carryFrom = f.lastGuardian;
  f.trace('afschaling', sim.now, 'LT', 'afschaling');
  yield* joinLocalTeam(chain, f);
  yield chain.d.aftercare.sample(chain.stream('lt/aftercare'));
  leaveLocalTeam(chain, f);
}

/** The measure: wait for a gezinsvoogd, then visits and yearly reviews until it ends. */
function* measure(chain: Chain, f: Family, kind: 'OTS' | 'voogdij'): ProcessGenerator<void> {
  const { sim, p } = chain;
  const o = chain.observer;
  const start = sim.now;
  f.hadMeasure = true;
  if (o.inWindow()) {
    o.counts.measuresStarted++;
    o.counts.childrenIntoMeasure += f.children;
  }
  o.childrenUnderMeasure.add(f.children);
  f.setResponsible(null, sim.now); // the Raad's part is done; the family waits for a guardian
  f.firstVisitPending = true;
  f.lastVisitAt = -1; // the time since an earlier measure's last visit is no visit interval
  // A guardian change happens within a measure: the first guardian of a later measure (after a
  // re-entry) is an assignment, not a change caused by someone leaving.
  f.lastGuardian = null;
  if (p.reforms.oneOrganisation.enabled) f.warmNext = true;
  if (p.reforms.longInvolvement.enabled && f.lastLtWorker !== null) f.carryFrom = f.lastLtWorker;
  f.trace(kind === 'OTS' ? 'measure: OTS' : 'measure: voogdij', sim.now, 'court', 'GI');

  const team = chain.chooseInstitution();
  const c: Case = { key: f.id, family: f, weight: f.children, position: null, waitingSince: start, onWaitingList: false };
  f.guardianCase = c;
  team.admit(c);
  if (c.position === null) {
    f.awaiting = sim.event<void>();
    yield f.awaiting;
  }
  f.recordWait('GI', sim.now - start);

  const g = p.gi;
  let endAt = kind === 'OTS' ? start + g.otsReviewIntervalDays : start + chain.d.voogdij.sample(chain.stream('gi/voogdij'));
  f.inMeasure = true;
  for (;;) {
    try {
      yield Math.max(0, endAt - sim.now);
    } catch (err) {
      if (!isColdChange(err)) throw err;
      endAt += p.guardians.coldHandoverProgressLossDays; // a new guardian starts over
      continue;
    }
    if (kind === 'OTS' && chain.stream('gi/review').next() < extensionProbability(chain, f, c)) {
      endAt += g.otsReviewIntervalDays;
      f.trace('OTS extended', sim.now, 'court', 'GI');
      continue;
    }
    break;
  }
  chain.cancelVisit(f); // counts the visits up to now, still as visits in this measure
  f.inMeasure = false;
  f.firstVisitPending = false;
  f.guardianCase = null;
  team.discharge(c);
  f.setResponsible(null, sim.now);
  o.childrenUnderMeasure.add(-f.children);
  const days = sim.now - start;
  f.measureDays += days;
  f.measureContacts = f.contacts;
  if (kind === 'OTS' && o.inWindow()) o.recordOts(days / (365.25 / 12));
  f.trace('measure ends', sim.now, 'GI', 'afschaling');
}

/** Rarer contact makes an extension more likely: p × (interval ÷ norm)^elasticity, at most 0.95. */
function extensionProbability(chain: Chain, f: Family, c: Case): number {
  const g = chain.p.gi;
  const norm = chain.p.guardians.normVisitIntervalDays;
  const interval = c.position !== null ? chain.visitIntervalDays(c.position) : f.visitIntervals > 0 ? f.visitIntervalSumDays / f.visitIntervals : norm;
  return Math.min(0.95, g.otsExtensionProbability * pow(interval / norm, g.extensionContactElasticity));
}

/** The family leaves the chain: nobody stays, help providers stop. */
function leaveChain(chain: Chain, f: Family): void {
  leaveLocalTeam(chain, f);
  chain.endProviders(f);
  f.leave(chain.sim.now);
  f.trace('closure', chain.sim.now, 'LT', 'exit');
}
