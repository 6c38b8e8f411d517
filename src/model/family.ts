// A family and what happens to it, counted as it happens: who is responsible for it, every
// handover with its cause (cold: a face the family does not know, the story retold; warm: a face
// it knows), the professionals it meets, how many are involved at once, the days nobody is
// responsible, its time in the chain. The path itself is in journey.ts.

import type { Request } from '../kernel/index.js';
import type { Professional } from './professional.js';
import { type MeasureKind, PHASES, type Phase } from './phases.js';
import type { Case } from './team.js';
import { HANDOVER_CAUSES, type HandoverCause, type ProfessionalSpell, type TraceEvent, type TraceHandover } from './results.js';

/** Collects a journey's events and spells when a trace is asked for; absent otherwise. */
export interface Tracer {
  event(e: TraceEvent): void;
  spell(s: ProfessionalSpell): void;
  /** A change of responsible professional, with both (for object-centric event logs). */
  handover?(h: TraceHandover): void;
}

export type HandoverKind = 'cold' | 'warm' | 'none';

/** Handovers of one cause: cold and warm. */
export interface HandoverCount {
  cold: number;
  warm: number;
}

/** A running measure (OTS or voogdij), from the court's ruling to its end. */
export interface MeasureState {
  readonly kind: MeasureKind;
  readonly rulingAt: number;
  /** Ruled inside the observation window: its time to a guardian is observed. */
  readonly ruledInWindow: boolean;
  /** When the current OTS period began (its review looks at the contact since). */
  periodStart: number;
  visitsThisPeriod: number;
  /** Days of progress lost to cold guardian changes, still to be added to the measure. */
  progressLostDays: number;
  /** The first guardian visit of this measure (null: none yet). */
  firstVisitAt: number | null;
  /** When the current period (or the voogdij) ends, before progress lost meanwhile (NaN: set once the guardian is there). */
  endAt: number;
  /** Whether the wait for the first guardian is reported when it ends (journey.ts says which measures do). */
  reportsWait: boolean;
}

export interface FamilyAttributes {
  children: number;
  problemDomains: number;
  needsCompulsory: boolean;
}

export class Family {
  readonly id: number;
  readonly municipality: number;
  readonly children: number;
  readonly problemDomains: number;
  /** Whether the family needs the compulsory track now; can arise during voluntary help. */
  needsCompulsory: boolean;
  /** Needed the compulsory track when this trajectory's signal came (escalates without a full voluntary period). */
  neededAtSignal: boolean;
  /** In the observed cohort: first signalled inside the observation window (or its first part, `simulation.cohortShare`). */
  readonly observed: boolean;
  readonly firstSignalAt: number;
  /** First signal of the current trajectory (a re-entry starts a new one). */
  trajectoryStart: number;
  reentries = 0;
  /** Problem domains of this trajectory that the professional handles without a help provider. */
  selfDeliveredDomains = 0;
  /**
   * The self-delivered domains whose help has started (the worker took the family on), until the
   * trajectory ends: 0 before and after. They need someone who holds the case (`Providers.startHelp`).
   */
  selfHelpStarted = 0;

  responsible: Professional | null = null;
  private lastResponsible: Professional | null = null;
  /** Since when nobody is responsible while the family is in the chain (null: someone is, or it is out). */
  private noneSince: number | null;
  private daysWithoutProfessional = 0;
  /** In the chain since (null: between trajectories, or gone). */
  private inChainSince: number | null;
  private daysInChain = 0;

  /** Faces met (professional ids): a handover to one of them is warm. */
  readonly known = new Faces();
  /** Help providers working with the family now. */
  providerCount = 0;
  /** Who they are, kept only when tracing (their spells are drawn); null otherwise. */
  private readonly providers: Professional[] | null;
  private involvedNow = 0;
  maxInvolved = 0;
  /** When each involved professional's spell began; kept only when tracing. */
  private readonly spellStart: Map<number, number> | null;

  handovers = 0;
  coldHandovers = 0;
  warmHandovers = 0;
  /**
   * Handovers by cause, cold then warm per cause in HANDOVER_CAUSES' order: one small array, not
   * five objects (~100 bytes less on each of a national run's ~50,000 live families).
   */
  private readonly byCause = [0, 0, 0, 0, 0, 0, 0, 0];
  guardianChanges = 0;

  measures = 0;
  /** Days under a measure and the contacts in them, over the family's measures so far. */
  measureDays = 0;
  measureContacts = 0;
  contacts = 0;
  visitIntervalSumDays = 0;
  visitIntervals = 0;
  /** The last guardian visit of the current measure (null: none yet; a settled start's times are negative). */
  lastVisitAt: number | null = null;

  // Where the family is (kept by journey.ts; read by the workforce's listeners, visits and snapshots).
  /** The phase of its journey; when the phase's current timed step ends (NaN: waiting in a queue), and since when it queues. */
  // Stryker disable next-line ObjectLiteral,StringLiteral: the journey sets the phase as it starts, inside the signal, before anything reads it
  phase: Phase = PHASES.signal;
  until = NaN;
  /** When the current timed step began: a settled start resumes a step with its whole length known. */
  stepStartedAt = NaN;
  queuedAt = NaN;
  /** The Veilig Thuis or RvdK unit the family holds or queues for, and the person working its case there. */
  heldUnit: Request | null = null;
  heldBy: Professional | null = null;
  /**
   * The length of the local team's help or of the RvdK's investigation as drawn, and the wait for
   * the investigator: set by those steps and read at their end (journey.ts); stale in other phases.
   */
  stepDays = NaN;
  waitedDays = NaN;
  /** The family's case at its local team and at its GI (null when it has none there). */
  localTeamCase: Case<Family> | null = null;
  guardianCase: Case<Family> | null = null;
  measure: MeasureState | null = null;
  /** The local-team worker the family last had (a face it knows, for a warm afschaling). */
  knownLocalTeamWorker: Professional | null = null;
  /** When the guardian visits next (Infinity: no visit planned); see visits.ts. */
  nextVisitAt = Infinity;
  /** The latest guardian visit of this trajectory, before or during a measure (−Infinity: none yet). */
  guardianVisitAt = -Infinity;
  /**
   * Since when the guardian who holds the family's case holds it (Infinity: none has yet). Sick
   * leave and its cover do not change it: the family's guardian is still its guardian. With
   * `guardianVisitAt` it says whether the family is in contact with its guardian (`inContact`).
   */
  guardianSince = Infinity;
  /** Help has been planned for this trajectory (`Providers.planHelp`). */
  helpPlanned = false;
  /** Providers planned that have not started: the family waits for the worker who arranges them. */
  providersPlanned = 0;
  /** Provider changes are drawn up to here; see providers.ts. */
  providersSince = 0;

  constructor(
    id: number,
    municipality: number,
    attrs: FamilyAttributes,
    now: number,
    observed: boolean,
    private readonly tracer: Tracer | null,
  ) {
    this.id = id;
    this.municipality = municipality;
    this.children = attrs.children;
    this.problemDomains = attrs.problemDomains;
    this.needsCompulsory = attrs.needsCompulsory;
    this.neededAtSignal = attrs.needsCompulsory;
    this.observed = observed;
    // Stryker disable next-line ConditionalExpression: a map without a tracer is only filled, never read (uninvolve asks for the tracer first)
    this.spellStart = tracer !== null ? new Map() : null;
    // Stryker disable next-line ConditionalExpression: without a tracer a kept list only changes which provider uninvolve() is given, and it records nothing then
    this.providers = tracer !== null ? [] : null;
    this.firstSignalAt = now;
    this.trajectoryStart = now;
    this.noneSince = now; // signalled, and nobody responsible yet
    this.inChainSince = now;
  }

  /** Meeting a professional who is not responsible for the family (a duo partner, an investigator beside its guardian). */
  meet(p: Professional): void {
    this.known.add(p.id);
  }

  /** Whether the family knows this professional's face. */
  knows(p: Professional): boolean {
    return this.known.has(p.id);
  }

  /**
   * Makes `p` the professional responsible for the family (null: nobody). A change from the last
   * responsible person to another is a handover, recorded under `cause`: warm when the family
   * knows the new face, cold otherwise. Returns 'cold', 'warm' or 'none' (no handover: the same
   * person again, nobody, or the family's first professional).
   */
  handOver(p: Professional | null, now: number, cause: HandoverCause): HandoverKind {
    if (p === this.responsible) return 'none';
    if (this.responsible !== null) this.uninvolve(this.responsible, now);
    this.responsible = p;
    if (p === null) {
      // Stryker disable next-line ConditionalExpression,LogicalOperator: handing over to nobody comes from someone (p differs from the responsible), so no spell without anyone is open, and leave() hands over before it ends the stay in the chain
      if (this.noneSince === null && this.inChainSince !== null) this.noneSince = now;
      // Stryker disable next-line StringLiteral: every caller that hands over to nobody ignores the kind
      return 'none';
    }
    this.closeNone(now);
    let kind: HandoverKind = 'none';
    if (this.lastResponsible !== null && this.lastResponsible !== p) {
      kind = this.known.has(p.id) ? 'warm' : 'cold';
      this.tracer?.handover?.({
        caseId: this.id,
        timeDays: now,
        from: `${this.lastResponsible.role}#${this.lastResponsible.id}`,
        to: `${p.role}#${p.id}`,
        kind,
        cause,
      });
      this.handovers++;
      this.byCause[2 * HANDOVER_CAUSES.indexOf(cause) + (kind === 'cold' ? 0 : 1)]!++;
      if (kind === 'warm') this.warmHandovers++;
      else this.coldHandovers++;
    }
    this.known.add(p.id);
    this.lastResponsible = p;
    this.involve(p, now);
    return kind;
  }

  /** A new help provider: always a new face. */
  addProvider(p: Professional, now: number): void {
    this.providerCount++;
    this.providers?.push(p);
    this.known.addUnseen();
    this.involve(p, now);
  }

  /** The provider at `index` (0 ≤ index < providerCount) stops. */
  removeProvider(index: number, now: number): void {
    this.providerCount--;
    if (this.providers !== null) this.uninvolve(this.providers.splice(index, 1)[0]!, now);
    else this.involvedNow--;
  }

  /** The trajectory ends (closure): nobody is responsible, no provider stays, time out of the chain starts. */
  leave(now: number): void {
    this.handOver(null, now, 'structural');
    while (this.providerCount > 0) this.removeProvider(this.providerCount - 1, now);
    this.closeNone(now);
    if (this.inChainSince !== null) this.daysInChain += now - this.inChainSince;
    this.inChainSince = null;
  }

  /** A new trajectory after a re-entry signal. */
  reenter(now: number, needsCompulsory: boolean): void {
    this.reentries++;
    this.trajectoryStart = now;
    this.needsCompulsory = needsCompulsory;
    this.neededAtSignal = needsCompulsory;
    this.inChainSince = now;
    this.noneSince = now;
    this.helpPlanned = false;
    this.providersPlanned = 0;
    this.selfDeliveredDomains = 0;
    this.guardianVisitAt = -Infinity;
  }

  /** Whether a guardian visit (by the guardian, or their cover) came since the guardian took the case on (a visit at that very moment counts). */
  inContact(): boolean {
    return this.guardianVisitAt >= this.guardianSince;
  }

  /** Days without a responsible professional while in the chain, an open spell counted up to `now`. */
  daysWithoutProfessionalAt(now: number): number {
    return this.daysWithoutProfessional + (this.noneSince !== null ? now - this.noneSince : 0);
  }

  /** Days in the chain (between first signal and closure, over all trajectories), up to `now`. */
  daysInChainAt(now: number): number {
    return this.daysInChain + (this.inChainSince !== null ? now - this.inChainSince : 0);
  }

  /** This family's handovers for `cause` so far, cold and warm. */
  handoversBy(cause: HandoverCause): HandoverCount {
    const at = 2 * HANDOVER_CAUSES.indexOf(cause);
    return { cold: this.byCause[at]!, warm: this.byCause[at + 1]! };
  }

  /** A guardian visit at `now` under the running measure (counted lazily, see visits.ts). */
  recordVisit(now: number): void {
    this.contacts++;
    this.measure!.visitsThisPeriod++;
    if (this.lastVisitAt !== null) {
      this.visitIntervalSumDays += now - this.lastVisitAt;
      this.visitIntervals++;
    }
    this.lastVisitAt = now;
  }

  /** Records a journey event when tracing; `resource` may be a professional (named only then). */
  trace(activity: string, now: number, resource: string | Professional, link: TraceEvent['link']): void {
    if (this.tracer === null) return;
    const name = typeof resource === 'string' ? resource : `${resource.role}#${resource.id}`;
    this.tracer.event({ caseId: this.id, activity, timeDays: now, resource: name, link });
  }

  private closeNone(now: number): void {
    if (this.noneSince !== null) {
      this.daysWithoutProfessional += now - this.noneSince;
      this.noneSince = null;
    }
  }

  private involve(p: Professional, now: number): void {
    this.involvedNow++;
    // Stryker disable next-line EqualityOperator: at equality the maximum is set to what it is
    if (this.involvedNow > this.maxInvolved) this.maxInvolved = this.involvedNow;
    if (this.spellStart !== null) this.spellStart.set(p.id, now);
  }

  private uninvolve(p: Professional, now: number): void {
    this.involvedNow--;
    // Stryker disable next-line ConditionalExpression,LogicalOperator: spellStart is a map exactly when there is a tracer (the constructor), so either half alone decides the same
    if (this.tracer !== null && this.spellStart !== null) {
      const start = this.spellStart.get(p.id);
      this.spellStart.delete(p.id);
      // Stryker disable next-line ConditionalExpression: everyone let go was taken on through involve(), which started the spell
      if (start !== undefined) {
        this.tracer.spell({ caseId: this.id, professional: `${p.role}#${p.id}`, role: p.role, startDays: start, endDays: now });
      }
    }
  }
}

/**
 * The distinct faces a family has met. The ids of the people who can be met again (workers,
 * guardians, investigators) are kept to tell a known face from a new one; a help provider is new
 * by construction and only counted. A plain array: a family meets a dozen or two such people, and
 * a Set per family cost a national run ~12 MB.
 */
export class Faces {
  // grown by push, which reserves room for 17 ids at the first push (~70 bytes more on each live
  // family, ~3 MB in a national run). Replacing the array by one a face longer at every new face
  // kept it exact but allocated a new array each time: ~5% of all the bytes a national run allocates.
  private readonly ids: number[] = [];
  private unseen = 0;

  add(id: number): void {
    if (!this.ids.includes(id)) this.ids.push(id);
  }

  /** A face that cannot have been met before. */
  addUnseen(): void {
    this.unseen++;
  }

  has(id: number): boolean {
    return this.ids.includes(id);
  }

  get size(): number {
    return this.ids.length + this.unseen;
  }
}
