// A family's path through the chain, as a state machine of phases read top to bottom:
//
//   signal → (Veilig Thuis) → local team: voluntary help → escalation → (jeugdbeschermingstafel)
//   → RvdK investigation → court → measure (wait for a gezinsvoogd, visits, yearly reviews)
//   → aftercare at the local team (afschaling) → closure → perhaps a new signal later (away).
//
// Each phase begins in `enter`, does its part and returns the next phase, or waits: for a timed
// step (a delay) or in a queue (an event: a unit, a slot, a place on a caseload). A wait returns
// WAITING, and when it ends the phase goes on in `afterTimedStep` or `afterQueue`, by the phase the
// family is in. So the family's record is the whole state of its journey: its phase, when its
// timed step ends (`until`), since when it queues (`queuedAt`), and the few values a phase keeps
// across a wait (`heldUnit`, `heldBy`, `stepDays`, `waitedDays`; a measure's `endAt`). No process
// or generator is kept per family: a national run has ~50,000 families alive, and their generators
// were a fifth of its garbage (docs/performance.md, "The journey as a state machine").
//
// The order of events is the one the process API gave (Simulation.spawn, a yielded delay, a
// yielded event): the same delays are scheduled at the same moments, and a family waiting for an
// event goes on when the event is processed, after the callbacks added before it.
//
// A family can leave at every link; reforms change the path only through their effects
// (reforms/index.ts). A phase may start part-way (a `…LeftDays` given): a settled start places
// families mid-journey.

import { exp, pow, type Event } from '../kernel/index.js';
import type { PersonPool } from './area.js';
import type { ChainContext } from './context.js';
import { chance } from './draws.js';
import type { Family, MeasureState } from './family.js';
import { PHASES, type Phase } from './phases.js';
import type { Professional } from './professional.js';
import type { HandoverCause, Link } from './results.js';
import { everHeld, newCase } from './team.js';
import { DAYS_PER_YEAR } from './units.js';

/** What a phase returns while the family waits: the wait's end takes the journey on. */
const WAITING = null;
type Next = Phase | typeof WAITING;

type PhaseAt<A extends Phase['at']> = Extract<Phase, { at: A }>;

/** Probability that a family with `domains` problem domains needs the compulsory track when signalled. */
export function needAtEntry(ctx: ChainContext, domains: number): number {
  const fam = ctx.plan.p.family;
  return Math.min(1, fam.compulsoryNeedAtEntry * (1 + fam.compulsoryNeedPerExtraDomain * (domains - 1)) * ctx.plan.reforms.needFactor);
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

/** The journeys of one chain's families. */
export class Journeys {
  /** Scheduled when a timed step begins: one function for every family and phase. */
  private readonly timedStepEnded = (f: Family): void => this.goOn(f, this.afterTimedStep(f));

  constructor(private readonly ctx: ChainContext) {}

  /** Starts a family's journey now, at `phase` (a settled start resumes it part-way). */
  start(f: Family, phase: Phase = PHASES.signal): void {
    this.goOn(f, phase);
  }

  /** Runs phase after phase until one waits, or the family is gone for good. */
  private goOn(f: Family, next: Next): void {
    let phase = next;
    while (phase !== WAITING) {
      f.phase = phase;
      if (phase.at === 'gone') {
        this.ctx.familyGone(f);
        return;
      }
      f.until = NaN;
      f.queuedAt = NaN;
      phase = this.enter(f, phase);
    }
  }

  private enter(f: Family, phase: Exclude<Phase, { at: 'gone' }>): Next {
    switch (phase.at) {
      case 'signal':
        return this.signal(f);
      case 'veiligThuis':
        return this.veiligThuis(f);
      case 'localTeam':
        return this.localTeam(f, phase);
      case 'escalation':
        return this.escalation(f);
      case 'table':
        return this.queue(f, this.ctx.areaOf(f).jbt.book());
      case 'investigation':
        return this.investigation(f);
      case 'court':
        return this.wait(f, phase.preparationLeftDays ?? this.ctx.plan.p.court.preparationDays);
      case 'measure':
        return this.measure(f, phase);
      case 'aftercare':
        return this.aftercare(f, phase);
      case 'closure':
        return this.closure(f);
      case 'away':
        return this.wait(f, phase.leftDays);
    }
  }

  /** The current phase's timed step has ended. */
  private afterTimedStep(f: Family): Next {
    const phase = f.phase;
    switch (phase.at) {
      case 'veiligThuis':
        return this.triaged(f);
      case 'localTeam':
        return this.helped(f, phase);
      case 'investigation':
        return this.investigated(f);
      case 'court':
        return this.prepared(f);
      case 'measure':
        return this.periodEnded(f, phase.kind);
      case 'aftercare':
        // no case anywhere: the afschaling gap ended; else the aftercare itself did
        return f.localTeamCase === null && f.guardianCase === null ? this.afterGap(f, phase) : PHASES.closure;
      case 'away':
        return this.returned(f);
      default:
        throw new Error(`family ${f.id}: a timed step ended in phase ${phase.at}, which has none`);
    }
  }

  /** What the family queued for in its current phase has come. */
  private afterQueue(f: Family): Next {
    const phase = f.phase;
    switch (phase.at) {
      case 'veiligThuis':
        return this.triage(f);
      case 'localTeam':
        this.joinedLocalTeam(f);
        return this.help(f, phase);
      case 'table':
        return this.seated(f);
      case 'investigation':
        return this.investigate(f);
      case 'court':
        return this.heard(f);
      case 'measure':
        return this.guardianThere(f);
      case 'aftercare':
        this.joinedLocalTeam(f);
        return this.aftercareHelp(f);
      default:
        throw new Error(`family ${f.id}: a queue ended in phase ${phase.at}, which has none`);
    }
  }

  /** Waits `days` as the current phase's timed step (recorded, so a snapshot knows when it ends). */
  private wait(f: Family, days: number): Next {
    const now = this.ctx.sim.now;
    f.until = now + days;
    f.stepStartedAt = now;
    f.queuedAt = NaN;
    this.ctx.sim.schedule(days, this.timedStepEnded, f);
    return WAITING;
  }

  /** Queues for `ev` from now (a snapshot keeps queues in order); the journey goes on when it is processed. */
  private queue<T>(f: Family, ev: Event<T>): Next {
    f.until = NaN;
    f.queuedAt = this.ctx.sim.now;
    ev.onSettled(() => this.goOn(f, this.afterQueue(f)));
    return WAITING;
  }

  /** The days since the family began to queue. */
  private queuedDays(f: Family): number {
    return this.ctx.sim.now - f.queuedAt;
  }

  /** A wait at a link ended: the cohort's waits per family and the system's monthly series. */
  private recordWait(f: Family, link: Link, days: number): void {
    this.ctx.observer.familyWaited(f, link, days);
    this.ctx.observer.waited(link, days);
  }

  // ---- signal and Veilig Thuis ------------------------------------------------------------------

  private signal(f: Family): Next {
    const { ctx } = this;
    f.trace(f.reentries > 0 ? 'signal (re-entry)' : 'signal', ctx.sim.now, 'signal', 'signal');
    const viaVeiligThuis = !ctx.plan.reforms.skipsVeiligThuis && chance(ctx.s.viaVeiligThuis, ctx.plan.p.entry.viaVeiligThuisShare);
    return viaVeiligThuis ? PHASES.veiligThuis : PHASES.localTeam;
  }

  /** Veilig Thuis looks at the report first: the family waits for a worker and meets them. */
  private veiligThuis(f: Family): Next {
    return this.queueForUnit(f, this.ctx.areaOf(f).veiligThuis);
  }

  private triage(f: Family): Next {
    const { ctx } = this;
    const worker = this.takeUnit(f, ctx.areaOf(f).veiligThuis);
    f.meet(worker);
    f.trace('Veilig Thuis triage', ctx.sim.now, worker, 'VT');
    const phase = f.phase as PhaseAt<'veiligThuis'>;
    return this.wait(f, phase.triageLeftDays ?? ctx.plan.d.triage.sample(ctx.s.triage));
  }

  private triaged(f: Family): Next {
    this.giveBack(f, this.ctx.areaOf(f).veiligThuis);
    return PHASES.localTeam;
  }

  /** Queues for a unit of a pool of people (Veilig Thuis, the RvdK office); `takeUnit` once it is granted. */
  private queueForUnit(f: Family, pool: PersonPool): Next {
    const req = pool.resource.request();
    f.heldUnit = req;
    return this.queue(f, req);
  }

  /** The person who works the family's case with the unit just granted. */
  private takeUnit(f: Family, pool: PersonPool): Professional {
    const person = pool.take();
    f.heldBy = person;
    return person;
  }

  /** The worker or investigator goes back to the pool, then the unit they held, before the next phase begins. */
  private giveBack(f: Family, pool: PersonPool): void {
    pool.give(f.heldBy!);
    const unit = f.heldUnit!;
    f.heldBy = null;
    f.heldUnit = null;
    // in the order the process version gave them back; either order gives the same results, as the
    // next holder is granted the unit through an event processed later, and only then takes a person
    pool.resource.release(unit);
  }

  // ---- the local team --------------------------------------------------------------------------

  /**
   * Voluntary help at the local team; at its end the family may need the compulsory track (a family
   * that already needs it tries for a shorter while before the worker escalates). A family
   * resumed from a settled start has `helpLeftDays` of its period left out of `helpDays` in all: the
   * chance that its need arose is over the whole period, as for every other family (over the days
   * left alone, too few would escalate in the first months after the start).
   */
  private localTeam(f: Family, phase: PhaseAt<'localTeam'>): Next {
    this.ctx.providers.planHelp(f);
    // with long involvement a guardian who took the family on at escalation stays with it
    if (f.guardianCase === null && !this.joinLocalTeam(f, 'structural', null)) return WAITING;
    return this.help(f, phase);
  }

  private help(f: Family, phase: PhaseAt<'localTeam'>): Next {
    const { ctx } = this;
    // the worker arranges the help: a family still waiting for one has no providers, and costs none
    ctx.providers.startHelp(f);
    const { plan, s } = ctx;
    const helpDays =
      phase.helpLeftDays ??
      (f.neededAtSignal && phase.afterTable !== true
        ? plan.d.helpBeforeEscalation.sample(s.helpBeforeEscalation)
        : plan.d.voluntaryHelp.sample(s.voluntaryHelp));
    f.stepDays = helpDays;
    const next = this.wait(f, helpDays);
    // resumed: the period began before the start, so a snapshot taken later writes its whole length again
    // Stryker disable next-line ConditionalExpression,LogicalOperator: a resumed phase carries both or neither (take.ts writes them together), so either half decides
    if (phase.helpLeftDays !== undefined && phase.helpDays !== undefined)
      f.stepStartedAt = ctx.sim.now - (phase.helpDays - phase.helpLeftDays);
    return next;
  }

  private helped(f: Family, phase: PhaseAt<'localTeam'>): Next {
    const { plan, s } = this.ctx;
    if (phase.afterTable === true) return PHASES.closure; // the table kept it voluntary: help runs its course
    // Stryker disable next-line ConditionalExpression: a family that needs the track keeps needing it; a draw for it anyway only shifts the deterioration stream's later draws, which are alike
    if (!f.needsCompulsory) {
      const ratePerDay = (plan.p.family.deteriorationRatePerYear * plan.reforms.needFactor) / DAYS_PER_YEAR;
      // Stryker disable next-line ConditionalExpression,LogicalOperator: as above, both or neither
      const periodDays = phase.helpLeftDays !== undefined && phase.helpDays !== undefined ? phase.helpDays : f.stepDays;
      if (chance(s.deterioration, 1 - exp(-ratePerDay * periodDays))) f.needsCompulsory = true;
    }
    return f.needsCompulsory ? PHASES.escalation : PHASES.closure;
  }

  /**
   * Waits for a local-team worker with room (the one the family knew, when asked and possible).
   * A family that has a case there already (a settled start) only waits for it to be placed.
   * False while it queues: `joinedLocalTeam` follows when it is placed.
   */
  private joinLocalTeam(f: Family, reason: HandoverCause, prefer: Professional | null): boolean {
    const { sim, plan } = this.ctx;
    let c = f.localTeamCase;
    if (c === null) {
      const team = this.ctx.localTeams[f.municipality]!;
      c = newCase(team, f, 1 + f.selfDeliveredDomains * plan.localTeamWeightPerSelfDomain, f.selfDeliveredDomains, sim.now, reason);
      f.localTeamCase = c;
      team.admitTo(c, prefer);
    }
    if (c.position === null) {
      c.placed ??= sim.event<void>();
      this.queue(f, c.placed);
      return false;
    }
    this.recordWait(f, 'LT', 0);
    return true;
  }

  private joinedLocalTeam(f: Family): void {
    this.recordWait(f, 'LT', this.queuedDays(f));
  }

  // ---- escalation, the table, the Raad ---------------------------------------------------------

  /** The local team escalates: unless advice keeps it voluntary, to the table or straight to the investigation. */
  private escalation(f: Family): Next {
    const { ctx } = this;
    const r = ctx.plan.reforms;
    if (chance(ctx.s.embeddedAdvice, r.escalationAverted)) {
      // the embedded guardian's advice keeps it voluntary: as when the table does, the voluntary help
      // runs its course with the same worker and providers, then the case closes (closing at once
      // also took the help and its providers away, a saving the advice does not make)
      // Stryker disable next-line BooleanLiteral: the help after the table ends in closure without a draw of need, and a re-entry draws its need afresh (Family.reenter): nothing reads it in between
      f.needsCompulsory = false;
      f.trace('escalation averted by GI advice', ctx.sim.now, 'LT', 'LT');
      return PHASES.localTeamAfterTable;
    }
    if (ctx.observer.inWindow()) ctx.observer.counts.escalationsToJBT++;
    // Stryker disable next-line ConditionalExpression: a family reaches the escalation without a guardian (one taken on earlier is released at closure), so the second half is always true
    if (r.guardianFromEscalation && f.guardianCase === null) this.takeGuardianNow(f);
    // one organisation decides inside, as the table would, without waiting for a meeting
    return r.skipsTable ? this.decide(f) : PHASES.table;
  }

  /** Long involvement: a guardian takes the family on now and holds it until closure; the local team lets go once they do. */
  private takeGuardianNow(f: Family): void {
    const { ctx } = this;
    const team = ctx.chooseInstitution(f);
    const c = newCase(team, f, f.children, f.selfDeliveredDomains, ctx.sim.now, 'structural', false);
    f.guardianCase = c;
    if (team.admit(c)) leaveLocalTeam(f);
    else {
      c.placed = ctx.sim.event<void>();
      c.placed.onSettled(() => leaveLocalTeam(f));
    }
  }

  private seated(f: Family): Next {
    this.recordWait(f, 'JBT', this.queuedDays(f));
    f.trace('jeugdbeschermingstafel', this.ctx.sim.now, 'JBT', 'JBT');
    return this.decide(f);
  }

  /** Whether the compulsory track is needed: an investigation, or voluntary help runs its course. */
  private decide(f: Family): Phase {
    const jbt = this.ctx.plan.p.jbt;
    const investigate = chance(
      this.ctx.s.tableDecision,
      f.needsCompulsory ? jbt.compulsoryDecisionWithNeed : jbt.compulsoryDecisionWithoutNeed,
    );
    return investigate ? PHASES.investigation : PHASES.localTeamAfterTable;
  }

  /** RvdK: wait for an investigator, then the investigation. The investigator becomes responsible, unless a guardian already is. */
  private investigation(f: Family): Next {
    return this.queueForUnit(f, this.ctx.areaOf(f).rvdk);
  }

  private investigate(f: Family): Next {
    const { ctx } = this;
    const { sim, s, observer } = ctx;
    const investigator = this.takeUnit(f, ctx.areaOf(f).rvdk);
    const waitDays = this.queuedDays(f);
    f.waitedDays = waitDays;
    this.recordWait(f, 'RvdK', waitDays);
    if (observer.inWindow()) observer.counts.rvdkInvestigationsStarted++;
    if (f.guardianCase !== null) f.meet(investigator);
    else {
      leaveLocalTeam(f);
      f.handOver(investigator, sim.now, 'structural');
    }
    f.trace('RvdK investigation', sim.now, investigator, 'RvdK');
    const leftDays = (f.phase as PhaseAt<'investigation'>).leftDays;
    const days = leftDays ?? ctx.plan.d.investigation.sample(s.investigation);
    f.stepDays = days;
    return this.wait(f, days);
  }

  private investigated(f: Family): Next {
    const { ctx } = this;
    const { observer } = ctx;
    // an investigation resumed from a settled start has no wait of its own to report
    if ((f.phase as PhaseAt<'investigation'>).leftDays === undefined && observer.inWindow()) observer.recordRvdk(f.waitedDays, f.stepDays);
    this.giveBack(f, ctx.areaOf(f).rvdk);
    const rvdk = ctx.plan.p.rvdk;
    const request = chance(ctx.s.measureRequest, f.needsCompulsory ? rvdk.measureRequestWithNeed : rvdk.measureRequestWithoutNeed);
    return request ? PHASES.court : PHASES.aftercareStructural;
  }

  // ---- the court -------------------------------------------------------------------------------

  /** The juvenile court: the request is prepared, then heard at the first session with a free slot. */
  private prepared(f: Family): Next {
    return this.queue(f, this.ctx.areaOf(f).court.book());
  }

  private heard(f: Family): Next {
    const { ctx } = this;
    const c = ctx.plan.p.court;
    this.recordWait(f, 'court', this.queuedDays(f)); // the wait for a hearing, after the preparation
    f.trace('court hearing', ctx.sim.now, ctx.areaOf(f).nextJudge(), 'court');
    const u = ctx.s.courtOutcome.next();
    // Stryker disable next-line EqualityOperator: a uniform draw equals the share with probability zero
    if (u < c.otsShare) return PHASES.ots;
    // Stryker disable next-line EqualityOperator: a uniform draw equals the share with probability zero
    if (u < c.otsShare + c.voogdijShare) return PHASES.voogdij;
    return PHASES.aftercareStructural;
  }

  // ---- the measure -----------------------------------------------------------------------------

  /** The measure: wait for a gezinsvoogd, then visits and yearly reviews until it ends. */
  private measure(f: Family, phase: PhaseAt<'measure'>): Next {
    const { ctx } = this;
    const { sim, observer } = ctx;
    const { kind, resume } = phase;
    const now0 = sim.now;
    const m: MeasureState = {
      kind,
      rulingAt: now0 - (resume?.ruledAgoDays ?? 0),
      ruledInWindow: resume === undefined && observer.inWindow(),
      periodStart: now0 - (resume?.periodAgoDays ?? 0),
      visitsThisPeriod: resume?.visitsThisPeriod ?? 0,
      progressLostDays: resume?.progressLostDays ?? 0,
      firstVisitAt: resume?.firstVisitAgoDays == null ? null : now0 - resume.firstVisitAgoDays,
      // a resumed period ends when it did before the start; a new one's end is set once the guardian is there
      endAt: resume?.endInDays != null ? now0 + resume.endInDays : NaN,
      // Stryker disable next-line BooleanLiteral: set below, once the family's case is known, before anything reads it
      reportsWait: false,
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
      // Stryker disable next-line StringLiteral: a handover to nobody records no cause
      f.handOver(null, now0, 'structural'); // the Raad's part is done; the family waits for a guardian
      const team = ctx.chooseInstitution(f);
      c = newCase(team, f, f.children, f.selfDeliveredDomains, start, 'structural', true);
      f.guardianCase = c;
      team.admit(c);
    } else if (resume === undefined) {
      // long involvement: the family's guardian is there already (or still on the way)
      c.team.setInMeasure(c, true);
      // in contact: the guardian who holds the case has seen the family (or their cover has); a new
      // one who has not is not, and the time runs to their first visit
      if (c.position !== null && f.inContact()) {
        m.firstVisitAt = start;
        if (m.ruledInWindow) observer.firstGuardianVisit(0, start - f.trajectoryStart);
      }
    }
    // a measure resumed from a settled start has its wait recorded already, unless it is still
    // waiting for its first guardian: then the whole wait since the ruling ends here (without it
    // the monthly series of the first years lacks the longest waits, and `jbsim warmup` sees a
    // trend that is not there). A family back on the list after its guardian left is not waiting
    // since the ruling, and a measure that had not been resumed would not report that wait either.
    // Stryker disable next-line ConditionalExpression: a resumed measure whose guardian is there goes on at once, inside the restore at time 0, and the window's opening resets the waits counted before it (the family is not in the cohort)
    m.reportsWait = resume === undefined || (c.position === null && !everHeld(c));
    if (c.position === null) {
      c.placed ??= sim.event<void>();
      return this.queue(f, c.placed);
    }
    return this.guardianThere(f);
  }

  /** The guardian is there: the measure runs to the end of its period (or of the voogdij). */
  private guardianThere(f: Family): Next {
    const { ctx } = this;
    const m = f.measure!;
    if (m.reportsWait) this.recordWait(f, 'GI', ctx.sim.now - m.rulingAt);
    if (Number.isNaN(m.endAt))
      m.endAt = m.rulingAt + (m.kind === 'OTS' ? ctx.plan.p.gi.otsReviewIntervalDays : ctx.plan.d.voogdij.sample(ctx.s.voogdij));
    return this.wait(f, Math.max(0, m.endAt - ctx.sim.now));
  }

  /** A period's end: lost progress adds time, an OTS review may extend it, else the measure ends. */
  private periodEnded(f: Family, kind: PhaseAt<'measure'>['kind']): Next {
    const { ctx } = this;
    const { sim } = ctx;
    const g = ctx.plan.p.gi;
    const m = f.measure!;
    if (m.progressLostDays > 0) {
      m.endAt += m.progressLostDays; // new guardians started over meanwhile
      m.progressLostDays = 0;
      return this.wait(f, Math.max(0, m.endAt - sim.now));
    }
    if (kind === 'OTS' && chance(ctx.s.review, extensionProbability(ctx, f, m))) {
      m.endAt += g.otsReviewIntervalDays;
      m.periodStart = sim.now;
      m.visitsThisPeriod = 0;
      f.trace('OTS extended', sim.now, 'court', 'GI');
      return this.wait(f, Math.max(0, m.endAt - sim.now));
    }
    return this.measureEnds(f, kind);
  }

  private measureEnds(f: Family, kind: PhaseAt<'measure'>['kind']): Next {
    const { ctx } = this;
    const { sim, s, observer, plan } = ctx;
    const m = f.measure!;
    const c = f.guardianCase!;
    const start = m.rulingAt;
    const now = sim.now;
    ctx.visits.catchUp(f, now);
    if (m.firstVisitAt === null && m.ruledInWindow) observer.noGuardianVisitYet(now - start, now - f.trajectoryStart);
    f.measureDays += now - start;
    f.measure = null;
    observer.measureEnded(f, kind, now - start);
    f.trace('measure ends', now, 'GI', 'afschaling');
    const toLocalTeam = chance(s.afschaling, plan.p.gi.afschalingToLocalTeam);
    if (plan.reforms.guardianFromEscalation) {
      c.team.setInMeasure(c, false);
      // Stryker disable next-line StringLiteral: the guardian stays through this aftercare, so nobody new takes the family on and the cause is never read
      return toLocalTeam ? PHASES.aftercareAfschaling : PHASES.closure;
    }
    ctx.visits.cancel(f);
    c.team.discharge(c);
    f.guardianCase = null;
    // Stryker disable next-line StringLiteral: a handover to nobody records no cause
    f.handOver(null, now, 'afschaling');
    return toLocalTeam ? PHASES.aftercareAfschaling : PHASES.closure;
  }

  // ---- after the compulsory track ----------------------------------------------------------------

  /**
   * After the compulsory track: the local team takes the family back for a while, then closes. Today
   * nobody is there for a while first (the afschaling gap); where the reforms make it prompt, the
   * family goes back to the worker it knew. With long involvement the guardian stays instead.
   */
  private aftercare(f: Family, phase: PhaseAt<'aftercare'>): Next {
    const { plan, s } = this.ctx;
    if (f.guardianCase !== null) return this.wait(f, phase.leftDays ?? plan.d.aftercare.sample(s.aftercare)); // closure next, where the guardian lets go
    if (!plan.reforms.afschalingToKnownWorker && f.localTeamCase === null)
      return this.wait(f, phase.gapLeftDays ?? plan.d.afschalingGap.sample(s.afschalingGap));
    return this.afterGap(f, phase);
  }

  private afterGap(f: Family, phase: PhaseAt<'aftercare'>): Next {
    const prompt = this.ctx.plan.reforms.afschalingToKnownWorker;
    f.trace('afschaling', this.ctx.sim.now, 'LT', 'afschaling');
    if (!this.joinLocalTeam(f, phase.cause, prompt ? f.knownLocalTeamWorker : null)) return WAITING;
    return this.aftercareHelp(f);
  }

  private aftercareHelp(f: Family): Next {
    const { plan, s } = this.ctx;
    return this.wait(f, (f.phase as PhaseAt<'aftercare'>).leftDays ?? plan.d.aftercare.sample(s.aftercare));
  }

  /** The family leaves the chain: nobody stays, help providers stop; perhaps it is signalled again later. */
  private closure(f: Family): Phase {
    const { ctx } = this;
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
    if (!chance(s.reentry, plan.p.entry.reentryProbability)) return PHASES.gone;
    return { at: 'away', leftDays: plan.d.reentryDelay.sample(s.reentryDelay) };
  }

  private returned(f: Family): Phase {
    const { ctx } = this;
    // Stryker disable next-line EqualityOperator: a uniform draw equals the probability with probability zero
    f.reenter(ctx.sim.now, ctx.s.needAtReentry.next() < needAtEntry(ctx, f.problemDomains));
    if (ctx.observer.inWindow()) ctx.observer.counts.reentries++;
    return PHASES.signal;
  }
}

/** The local-team worker lets go of the family (a settled start re-arms it for long involvement: settled/restore.ts). */
export function leaveLocalTeam(f: Family): void {
  const c = f.localTeamCase;
  if (c === null) return;
  f.localTeamCase = null;
  c.team.discharge(c);
}
