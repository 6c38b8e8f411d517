// A family's path through the chain, as a state machine of phases read top to bottom:
//
//   signal → (Veilig Thuis) → local team: voluntary help → escalation → (jeugdbeschermingstafel)
//   → RvdK investigation → court → measure (wait for a gezinsvoogd, visits, yearly reviews)
//   → aftercare at the local team (afschaling) → closure → perhaps a new signal later (away).
//
// Each phase is a small process step that does its part and returns the next phase. A family can
// leave at every link; reforms change the path only through their effects (reforms/index.ts). A
// phase may start part-way (a `…LeftDays` given): a settled start places families mid-journey.

import { exp, pow, type ProcessGenerator } from '../kernel/index.js';
import type { ChainContext } from './context.js';
import { chance } from './draws.js';
import type { Family, MeasureState } from './family.js';
import type { MeasureKind, MeasureResume, Phase } from './phases.js';
import type { Professional } from './professional.js';
import type { HandoverCause, Link } from './results.js';
import { everHeld, newCase } from './team.js';
import { DAYS_PER_YEAR } from './units.js';

export function* journey(ctx: ChainContext, f: Family, start: Phase = { at: 'signal' }): ProcessGenerator<void> {
  let phase = start;
  while (phase.at !== 'gone') {
    f.phase = phase;
    f.until = NaN;
    f.queuedAt = NaN;
    phase = yield* step(ctx, f, phase);
  }
  f.phase = phase;
  ctx.familyGone(f);
}

function step(ctx: ChainContext, f: Family, phase: Exclude<Phase, { at: 'gone' }>): ProcessGenerator<Phase> {
  switch (phase.at) {
    case 'signal':
      return signal(ctx, f);
    case 'veiligThuis':
      return veiligThuis(ctx, f, phase.triageLeftDays);
    case 'localTeam':
      return localTeam(ctx, f, phase.helpLeftDays, phase.helpDays, phase.afterTable === true);
    case 'escalation':
      return escalation(ctx, f);
    case 'table':
      return table(ctx, f);
    case 'investigation':
      return investigation(ctx, f, phase.leftDays);
    case 'court':
      return court(ctx, f, phase.preparationLeftDays);
    case 'measure':
      return measure(ctx, f, phase.kind, phase.resume);
    case 'aftercare':
      return aftercare(ctx, f, phase.cause, phase.gapLeftDays, phase.leftDays);
    case 'closure':
      return closure(ctx, f);
    case 'away':
      return away(ctx, f, phase.leftDays);
  }
}

/** Waits `days` as the current phase's timed step (recorded, so a snapshot knows when it ends). */
function wait(ctx: ChainContext, f: Family, days: number): number {
  f.until = ctx.sim.now + days;
  f.stepStartedAt = ctx.sim.now;
  f.queuedAt = NaN;
  return days;
}

/** A wait at a link ended: the cohort's waits per family and the system's monthly series. */
function recordWait(ctx: ChainContext, f: Family, link: Link, days: number): void {
  ctx.observer.familyWaited(f, link, days);
  ctx.observer.waited(link, days);
}

/** Marks the family as queueing from now (a snapshot keeps queues in order). */
function queue<E>(ctx: ChainContext, f: Family, ev: E): E {
  f.until = NaN;
  f.queuedAt = ctx.sim.now;
  return ev;
}

/** Probability that a family with `domains` problem domains needs the compulsory track when signalled. */
export function needAtEntry(ctx: ChainContext, domains: number): number {
  const fam = ctx.plan.p.family;
  return Math.min(1, fam.compulsoryNeedAtEntry * (1 + fam.compulsoryNeedPerExtraDomain * (domains - 1)) * ctx.plan.reforms.needFactor);
}

// ---- the phases ------------------------------------------------------------------------------

function* signal(ctx: ChainContext, f: Family): ProcessGenerator<Phase> {
  f.trace(f.reentries > 0 ? 'signal (re-entry)' : 'signal', ctx.sim.now, 'signal', 'signal');
  const viaVeiligThuis = !ctx.plan.reforms.skipsVeiligThuis && chance(ctx.s.viaVeiligThuis, ctx.plan.p.entry.viaVeiligThuisShare);
  return viaVeiligThuis ? { at: 'veiligThuis' } : { at: 'localTeam' };
}

/** Veilig Thuis looks at the report first: the family meets a worker there. */
function* veiligThuis(ctx: ChainContext, f: Family, triageLeftDays?: number): ProcessGenerator<Phase> {
  const vt = ctx.areaOf(f).veiligThuis;
  // the unit is held until this step ends, however it ends (released on leaving the function)
  using req = vt.resource.request();
  yield queue(ctx, f, req);
  const worker = vt.take();
  f.meet(worker);
  f.trace('Veilig Thuis triage', ctx.sim.now, worker, 'VT');
  yield wait(ctx, f, triageLeftDays ?? ctx.plan.d.triage.sample(ctx.s.triage));
  vt.give(worker);
  return { at: 'localTeam' };
}

/**
 * Voluntary help at the local team; at its end the family may need the compulsory track (a family
 * that already needs it tries for a shorter while before the worker escalates). A family
 * resumed from a settled start has `helpLeftDays` of its period left out of `helpDays` in all: the
 * chance that its need arose is over the whole period, as for every other family (over the days
 * left alone, too few would escalate in the first months after the start).
 */
function* localTeam(
  ctx: ChainContext,
  f: Family,
  helpLeftDays: number | undefined,
  wholeHelpDays: number | undefined,
  afterTable: boolean,
): ProcessGenerator<Phase> {
  const { plan, s } = ctx;
  ctx.providers.deploy(f);
  // with long involvement a guardian who took the family on at escalation stays with it
  if (f.guardianCase === null) yield* joinLocalTeam(ctx, f, 'structural', null);
  const helpDays =
    helpLeftDays ??
    (f.neededAtSignal && !afterTable
      ? plan.d.helpBeforeEscalation.sample(s.helpBeforeEscalation)
      : plan.d.voluntaryHelp.sample(s.voluntaryHelp));
  const days = wait(ctx, f, helpDays);
  // resumed: the period began before the start, so a snapshot taken later writes its whole length again
  // Stryker disable next-line ConditionalExpression: a resumed phase carries both or neither (take.ts writes them together), so either half decides
  if (helpLeftDays !== undefined && wholeHelpDays !== undefined) f.stepStartedAt = ctx.sim.now - (wholeHelpDays - helpLeftDays);
  yield days;
  if (afterTable) return { at: 'closure' }; // the table kept it voluntary: help runs its course
  if (!f.needsCompulsory) {
    const ratePerDay = (plan.p.family.deteriorationRatePerYear * plan.reforms.needFactor) / DAYS_PER_YEAR;
    // Stryker disable next-line ConditionalExpression: as above, both or neither
    const periodDays = helpLeftDays !== undefined && wholeHelpDays !== undefined ? wholeHelpDays : helpDays;
    if (chance(s.deterioration, 1 - exp(-ratePerDay * periodDays))) f.needsCompulsory = true;
  }
  return f.needsCompulsory ? { at: 'escalation' } : { at: 'closure' };
}

/**
 * Waits for a local-team worker with room (the one the family knew, when asked and possible).
 * A family that has a case there already (a settled start) only waits for it to be placed.
 */
function* joinLocalTeam(ctx: ChainContext, f: Family, reason: HandoverCause, prefer: Professional | null): ProcessGenerator<void> {
  const { sim, plan } = ctx;
  const asked = sim.now;
  let c = f.localTeamCase;
  if (c === null) {
    const team = ctx.localTeams[f.municipality]!;
    c = newCase(team, f, 1 + f.selfDeliveredDomains * plan.localTeamWeightPerSelfDomain, f.selfDeliveredDomains, asked, reason);
    f.localTeamCase = c;
    team.admitTo(c, prefer);
  }
  if (c.position === null) {
    c.placed ??= sim.event<void>();
    yield queue(ctx, f, c.placed);
  }
  recordWait(ctx, f, 'LT', sim.now - asked);
}

function leaveLocalTeam(f: Family): void {
  const c = f.localTeamCase;
  if (c === null) return;
  f.localTeamCase = null;
  c.team.discharge(c);
}

/** The local team escalates: unless advice keeps it voluntary, to the table or straight to the investigation. */
function* escalation(ctx: ChainContext, f: Family): ProcessGenerator<Phase> {
  const r = ctx.plan.reforms;
  if (chance(ctx.s.embeddedAdvice, r.escalationAverted)) {
    // Stryker disable next-line BooleanLiteral: the family closes next, and a re-entry draws its need afresh (Family.reenter): nothing reads it in between
    f.needsCompulsory = false; // the embedded guardian's advice keeps it voluntary
    f.trace('escalation averted by GI advice', ctx.sim.now, 'LT', 'LT');
    return { at: 'closure' };
  }
  if (ctx.observer.inWindow()) ctx.observer.counts.escalationsToJBT++;
  // Stryker disable next-line ConditionalExpression: a family reaches the escalation without a guardian (one taken on earlier is released at closure), so the second half is always true
  if (r.guardianFromEscalation && f.guardianCase === null) takeGuardianNow(ctx, f);
  // one organisation decides inside, as the table would, without waiting for a meeting
  return r.skipsTable ? decide(ctx, f) : { at: 'table' };
}

/** Long involvement: a guardian takes the family on now and holds it until closure; the local team lets go once they do. */
function takeGuardianNow(ctx: ChainContext, f: Family): void {
  const team = ctx.chooseInstitution(f);
  const c = newCase(team, f, f.children, f.selfDeliveredDomains, ctx.sim.now, 'structural', false);
  f.guardianCase = c;
  if (team.admit(c)) leaveLocalTeam(f);
  else {
    c.placed = ctx.sim.event<void>();
    c.placed.onSettled(() => leaveLocalTeam(f));
  }
}

function* table(ctx: ChainContext, f: Family): ProcessGenerator<Phase> {
  const { sim } = ctx;
  const asked = sim.now;
  yield queue(ctx, f, ctx.areaOf(f).jbt.book());
  recordWait(ctx, f, 'JBT', sim.now - asked);
  f.trace('jeugdbeschermingstafel', sim.now, 'JBT', 'JBT');
  return decide(ctx, f);
}

/** Whether the compulsory track is needed: an investigation, or voluntary help runs its course. */
function decide(ctx: ChainContext, f: Family): Phase {
  const jbt = ctx.plan.p.jbt;
  const investigate = chance(ctx.s.tableDecision, f.needsCompulsory ? jbt.compulsoryDecisionWithNeed : jbt.compulsoryDecisionWithoutNeed);
  return investigate ? { at: 'investigation' } : { at: 'localTeam', afterTable: true };
}

/** RvdK: wait for an investigator, then the investigation. The investigator becomes responsible, unless a guardian already is. */
function* investigation(ctx: ChainContext, f: Family, leftDays?: number): ProcessGenerator<Phase> {
  yield* investigate(ctx, f, leftDays);
  const rvdk = ctx.plan.p.rvdk;
  const request = chance(ctx.s.measureRequest, f.needsCompulsory ? rvdk.measureRequestWithNeed : rvdk.measureRequestWithoutNeed);
  return request ? { at: 'court' } : { at: 'aftercare', cause: 'structural' };
}

/** The investigation itself: the investigator's unit is held until it ends, however it ends (released on leaving). */
function* investigate(ctx: ChainContext, f: Family, leftDays?: number): ProcessGenerator<void> {
  const { sim, s, observer } = ctx;
  const rvdk = ctx.areaOf(f).rvdk;
  const requested = sim.now;
  using req = rvdk.resource.request();
  yield queue(ctx, f, req);
  const investigator = rvdk.take();
  const waitDays = sim.now - requested;
  recordWait(ctx, f, 'RvdK', waitDays);
  if (observer.inWindow()) observer.counts.rvdkInvestigationsStarted++;
  if (f.guardianCase !== null) f.meet(investigator);
  else {
    leaveLocalTeam(f);
    f.handOver(investigator, sim.now, 'structural');
  }
  f.trace('RvdK investigation', sim.now, investigator, 'RvdK');
  const days = leftDays ?? ctx.plan.d.investigation.sample(s.investigation);
  yield wait(ctx, f, days);
  // an investigation resumed from a settled start has no wait of its own to report
  if (leftDays === undefined && observer.inWindow()) observer.recordRvdk(waitDays, days);
  rvdk.give(investigator);
}

/** The juvenile court: the request is prepared, then heard at the first session with a free slot. */
function* court(ctx: ChainContext, f: Family, preparationLeftDays?: number): ProcessGenerator<Phase> {
  const { sim, s } = ctx;
  const c = ctx.plan.p.court;
  const area = ctx.areaOf(f);
  yield wait(ctx, f, preparationLeftDays ?? c.preparationDays);
  const asked = sim.now;
  yield queue(ctx, f, area.court.book());
  recordWait(ctx, f, 'court', sim.now - asked); // the wait for a hearing, after the preparation
  f.trace('court hearing', sim.now, area.nextJudge(), 'court');
  const u = s.courtOutcome.next();
  // Stryker disable next-line EqualityOperator: a uniform draw equals the share with probability zero
  if (u < c.otsShare) return { at: 'measure', kind: 'OTS' };
  // Stryker disable next-line EqualityOperator: a uniform draw equals the share with probability zero
  if (u < c.otsShare + c.voogdijShare) return { at: 'measure', kind: 'voogdij' };
  return { at: 'aftercare', cause: 'structural' };
}

/** The measure: wait for a gezinsvoogd, then visits and yearly reviews until it ends. */
function* measure(ctx: ChainContext, f: Family, kind: MeasureKind, resume?: MeasureResume): ProcessGenerator<Phase> {
  const { sim, s, observer, plan } = ctx;
  const g = plan.p.gi;
  const now0 = sim.now;
  const m: MeasureState = {
    kind,
    rulingAt: now0 - (resume?.ruledAgoDays ?? 0),
    ruledInWindow: resume === undefined && observer.inWindow(),
    periodStart: now0 - (resume?.periodAgoDays ?? 0),
    visitsThisPeriod: resume?.visitsThisPeriod ?? 0,
    progressLostDays: resume?.progressLostDays ?? 0,
    firstVisitAt: resume?.firstVisitAgoDays == null ? null : now0 - resume.firstVisitAgoDays,
    running: true,
  };
  const start = m.rulingAt;
  // visits due before the ruling (a guardian held the family already: long involvement) belong
  // to the time before the measure, not to it: count them now (a resumed measure's are its own)
  if (resume === undefined) ctx.visits.catchUp(f, now0);
  f.measure = m;
  if (resume === undefined) {
    f.measures++;
    f.lastVisitAt = null; // the time since an earlier measure's last visit is no visit interval
    observer.measureStarted(f);
    f.trace(kind === 'OTS' ? 'measure: OTS' : 'measure: voogdij', start, 'court', 'GI');
  } else observer.measureResumed(f);

  let c = f.guardianCase;
  if (c === null) {
    f.handOver(null, now0, 'structural'); // the Raad's part is done; the family waits for a guardian
    const team = ctx.chooseInstitution(f);
    c = newCase(team, f, f.children, f.selfDeliveredDomains, start, 'structural', true);
    f.guardianCase = c;
    team.admit(c);
  } else if (resume === undefined) {
    // long involvement: the family's guardian is there already (or still on the way)
    c.team.setInMeasure(c, true);
    if (c.position !== null && f.guardianVisitsThisTrajectory > 0) {
      m.firstVisitAt = start;
      if (m.ruledInWindow) observer.firstGuardianVisit(0, start - f.trajectoryStart);
    }
  }
  // a measure resumed from a settled start has its wait recorded already, unless it is still
  // waiting for its first guardian: then the whole wait since the ruling ends here (without it
  // the monthly series of the first years lacks the longest waits, and `jbsim warmup` sees a
  // trend that is not there). A family back on the list after its guardian left is not waiting
  // since the ruling, and a measure that had not been resumed would not report that wait either.
  const waits = resume === undefined || (c.position === null && !everHeld(c));
  if (c.position === null) {
    c.placed ??= sim.event<void>();
    yield queue(ctx, f, c.placed);
  }
  if (waits) recordWait(ctx, f, 'GI', sim.now - start);

  let endAt =
    resume?.endInDays != null
      ? now0 + resume.endInDays
      : start + (kind === 'OTS' ? g.otsReviewIntervalDays : plan.d.voogdij.sample(s.voogdij));
  for (;;) {
    yield wait(ctx, f, Math.max(0, endAt - sim.now));
    if (m.progressLostDays > 0) {
      endAt += m.progressLostDays; // new guardians started over meanwhile
      m.progressLostDays = 0;
      continue;
    }
    if (kind === 'OTS' && chance(s.review, extensionProbability(ctx, f, m))) {
      endAt += g.otsReviewIntervalDays;
      m.periodStart = sim.now;
      m.visitsThisPeriod = 0;
      f.trace('OTS extended', sim.now, 'court', 'GI');
      continue;
    }
    break;
  }

  const now = sim.now;
  ctx.visits.catchUp(f, now);
  m.running = false;
  if (m.firstVisitAt === null && m.ruledInWindow) observer.noGuardianVisitYet(now - start, now - f.trajectoryStart);
  f.measureDays += now - start;
  f.measure = null;
  observer.measureEnded(f, kind, now - start);
  f.trace('measure ends', now, 'GI', 'afschaling');
  const toLocalTeam = chance(s.afschaling, g.afschalingToLocalTeam);
  if (plan.reforms.guardianFromEscalation) {
    c.team.setInMeasure(c, false);
    return toLocalTeam ? { at: 'aftercare', cause: 'afschaling' } : { at: 'closure' };
  }
  ctx.visits.cancel(f);
  c.team.discharge(c);
  f.guardianCase = null;
  f.handOver(null, now, 'afschaling');
  return toLocalTeam ? { at: 'aftercare', cause: 'afschaling' } : { at: 'closure' };
}

/**
 * The review of an OTS period: rarer contact makes an extension more likely,
 * p × (interval ÷ norm)^elasticity (capped), where the interval is the period's length over the
 * visits the family actually had in it: days without a guardian count as days without contact.
 */
export function extensionProbability(ctx: ChainContext, f: Family, m: MeasureState): number {
  const g = ctx.plan.p.gi;
  ctx.visits.catchUp(f, ctx.sim.now);
  const periodDays = ctx.sim.now - m.periodStart;
  const interval = periodDays / Math.max(1, m.visitsThisPeriod);
  const norm = ctx.plan.p.guardians.normVisitIntervalDays;
  return Math.min(g.maxExtensionProbability, g.otsExtensionProbability * pow(interval / norm, g.extensionContactElasticity));
}

/**
 * After the compulsory track: the local team takes the family back for a while, then closes. Today
 * nobody is there for a while first (the afschaling gap); where the reforms make it prompt, the
 * family goes back to the worker it knew. With long involvement the guardian stays instead.
 */
function* aftercare(ctx: ChainContext, f: Family, cause: HandoverCause, gapLeftDays?: number, leftDays?: number): ProcessGenerator<Phase> {
  const { sim, s, plan } = ctx;
  if (f.guardianCase !== null) {
    yield wait(ctx, f, leftDays ?? plan.d.aftercare.sample(s.aftercare));
    return { at: 'closure' }; // where the guardian lets go
  }
  const prompt = plan.reforms.afschalingToKnownWorker;
  if (!prompt && f.localTeamCase === null) yield wait(ctx, f, gapLeftDays ?? plan.d.afschalingGap.sample(s.afschalingGap));
  f.trace('afschaling', sim.now, 'LT', 'afschaling');
  yield* joinLocalTeam(ctx, f, cause, prompt ? f.knownLocalTeamWorker : null);
  yield wait(ctx, f, leftDays ?? plan.d.aftercare.sample(s.aftercare));
  return { at: 'closure' };
}

/** The family leaves the chain: nobody stays, help providers stop; perhaps it is signalled again later. */
function* closure(ctx: ChainContext, f: Family): ProcessGenerator<Phase> {
  const { sim, s, plan } = ctx;
  leaveLocalTeam(f);
  // long involvement: the guardian who took the family on at escalation lets go when it closes
  // (the table kept it voluntary, or its measure ended without aftercare at the local team)
  const held = f.guardianCase;
  if (held !== null) {
    ctx.visits.cancel(f);
    held.team.discharge(held);
    f.guardianCase = null;
  }
  ctx.providers.end(f);
  f.leave(sim.now);
  f.trace('closure', sim.now, 'LT', 'exit');
  if (!chance(s.reentry, plan.p.entry.reentryProbability)) return { at: 'gone' };
  return { at: 'away', leftDays: plan.d.reentryDelay.sample(s.reentryDelay) };
}

function* away(ctx: ChainContext, f: Family, leftDays: number): ProcessGenerator<Phase> {
  yield wait(ctx, f, leftDays);
  f.reenter(ctx.sim.now, ctx.s.needAtReentry.next() < needAtEntry(ctx, f.problemDomains));
  if (ctx.observer.inWindow()) ctx.observer.counts.reentries++;
  return { at: 'signal' };
}
