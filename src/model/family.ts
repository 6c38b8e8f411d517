// A family and what happens to it, counted as it happens: who is responsible for it, every
// handover (cold: a new face, the story retold; warm: a known face), the professionals it meets,
// how many are involved at once, the days nobody is responsible. The path itself is in journey.ts.

import type { Event, Process } from '../kernel/index.js';
import type { Case } from './caseload.js';
import type { Link, ProfessionalSpell, TraceEvent, TraceHandover } from './results.js';
import type { Professional } from './professional.js';

/** Collects a journey's events and spells when a trace is asked for; absent otherwise. */
export interface Tracer {
  event(e: TraceEvent): void;
  spell(s: ProfessionalSpell): void;
  /** A change of responsible professional, with both (for object-centric event logs). */
  handover?(h: TraceHandover): void;
}

export class Family {
  readonly id: number;
  readonly municipality: number;
  readonly children: number;
  readonly problemDomains: number;
  /** Whether the family needs the compulsory track now; can arise during voluntary help. */
  needsCompulsory: boolean;
  /** In the observed cohort: first signalled inside the observation window. */
  readonly observed: boolean;
  readonly firstSignalAt: number;
  /** First signal of the current trajectory (a re-entry starts a new one). */
  trajectoryStart: number;
  reentries = 0;

  responsible: Professional | null = null;
  private lastResponsible: Professional | null = null;
  private noneSince: number | null;
  daysWithoutProfessional = 0;

  /** Faces met (professional ids, after `alias`). */
  readonly known = new Faces();
  /** With long involvement one person carries the family across roles: id → the face it shows. */
  private alias: Map<number, number> | null = null;
  /** Help providers working with the family now. */
  providerCount = 0;
  /** Who they are, kept only when tracing (their spells are drawn); null otherwise. */
  private readonly providers: Professional[] | null;
  involvedNow = 0;
  maxInvolved = 0;
  /** When each involved professional's spell began; kept only when tracing. */
  private readonly spellStart: Map<number, number> | null;

  handovers = 0;
  coldHandovers = 0;
  warmHandovers = 0;
  guardianChanges = 0;

  hadMeasure = false;
  measureDays = 0;
  contacts = 0;
  /** Contacts in the measures counted in `measureDays` (an unfinished one is in neither). */
  measureContacts = 0;
  visitIntervalSumDays = 0;
  visitIntervals = 0;
  lastVisitAt = -1;
  firstVisitPending = false;
  readonly timeToGuardianDays: number[] = [];
  readonly waits: Partial<Record<Link, number[]>> = {};

  // Where the family is in the chain (kept by journey.ts and chain.ts).
  process: Process<void> | null = null;
  /** Resolved when a professional with room takes the family on. */
  awaiting: Event<void> | null = null;
  ltCase: Case | null = null;
  guardianCase: Case | null = null;
  /** When the guardian visits next (Infinity: no visit planned); see Chain.catchUpVisits. */
  nextVisitAt = Infinity;
  /** Provider changes are drawn up to here; see Chain.catchUpProviderChanges. */
  providersSince = 0;
  /** Inside the measure loop, where a cold guardian change interrupts with lost progress. */
  inMeasure = false;
  lastGuardian: Professional | null = null;
  lastLtWorker: Professional | null = null;
  /** The next professional to take the family on knows the case (one organisation, embedded guardian). */
  warmNext = false;
  /** Long involvement: the next professional to take the family on is this same person to the family. */
  carryFrom: Professional | null = null;

  constructor(
    id: number,
    municipality: number,
    attrs: { children: number; problemDomains: number; needsCompulsory: boolean },
    now: number,
    observed: boolean,
    private readonly tracer: Tracer | null,
  ) {
    this.id = id;
    this.municipality = municipality;
    this.children = attrs.children;
    this.problemDomains = attrs.problemDomains;
    this.needsCompulsory = attrs.needsCompulsory;
    this.observed = observed;
    this.spellStart = tracer !== null ? new Map() : null;
    this.providers = tracer !== null ? [] : null;
    this.firstSignalAt = now;
    this.trajectoryStart = now;
    this.noneSince = now; // signalled, and nobody responsible yet
  }

  faceOf(p: Professional): number {
    return this.alias?.get(p.id) ?? p.id;
  }

  /** Long involvement: from now on `p` shows this family the face of `sameAs`. */
  carryOver(p: Professional, sameAs: Professional): void {
    (this.alias ??= new Map()).set(p.id, this.faceOf(sameAs));
  }

  /** Meeting a professional without being their case (a judge, a table member). */
  meet(p: Professional): void {
    this.known.add(this.faceOf(p));
  }

  /**
   * Makes `p` the professional responsible for the family (null: nobody). A change from the last
   * responsible person to another face is a handover: warm when `warm` says the new person knows
   * the case (a duo partner, one organisation) or when the family already knows that face.
   * Returns 'cold', 'warm' or 'none' (no handover: the same face, or nobody).
   */
  setResponsible(p: Professional | null, now: number, warm = false): 'cold' | 'warm' | 'none' {
    if (p === this.responsible) return 'none';
    if (this.responsible !== null) this.uninvolve(this.responsible, now);
    this.responsible = p;
    if (p === null) {
      if (this.noneSince === null) this.noneSince = now;
      return 'none';
    }
    if (this.noneSince !== null) {
      this.daysWithoutProfessional += now - this.noneSince;
      this.noneSince = null;
    }
    const face = this.faceOf(p);
    let kind: 'cold' | 'warm' | 'none' = 'none';
    if (this.lastResponsible !== null && this.faceOf(this.lastResponsible) !== face) {
      kind = warm || this.known.has(face) ? 'warm' : 'cold';
      this.tracer?.handover?.({ caseId: this.id, timeDays: now, from: `${this.lastResponsible.role}#${this.lastResponsible.id}`, to: `${p.role}#${p.id}`, kind });
      this.handovers++;
      if (kind === 'warm') this.warmHandovers++;
      else this.coldHandovers++;
    }
    this.known.add(face);
    this.lastResponsible = p;
    this.involve(p, now);
    return kind;
  }

  /** A new help provider: always a new face (providers are never anyone's alias). */
  addProvider(p: Professional, now: number): void {
    this.providerCount++;
    this.providers?.push(p);
    this.known.addUnseen();
    this.involve(p, now);
  }

  /** The provider at `index` (0 ≤ index < providerCount) stops. */
  removeProvider(index: number, now: number): void {
    this.providerCount--;
    if (this.providers !== null) this.uninvolve(this.providers.splice(index, 1)[0], now);
    else this.involvedNow--;
  }

  /** The family leaves the chain (closure): nobody is responsible and no provider stays. */
  leave(now: number): void {
    this.setResponsible(null, now);
    while (this.providerCount > 0) this.removeProvider(this.providerCount - 1, now);
    if (this.noneSince !== null) {
      this.daysWithoutProfessional += now - this.noneSince;
      this.noneSince = null;
    }
  }

  /** A new trajectory after a re-entry signal. */
  reenter(now: number): void {
    this.reentries++;
    this.trajectoryStart = now;
    this.noneSince = now;
    // long involvement carries the guardian of this trajectory's measure, not of an earlier one
    this.lastGuardian = null;
  }

  /** Days without a responsible professional so far, an open spell counted up to `now`. */
  daysWithoutProfessionalAt(now: number): number {
    return this.daysWithoutProfessional + (this.noneSince !== null ? now - this.noneSince : 0);
  }

  recordWait(link: Link, days: number): void {
    if (!this.observed) return; // only the cohort's waits are reported
    (this.waits[link] ??= []).push(days);
  }

  recordVisit(now: number): void {
    this.contacts++;
    if (this.lastVisitAt >= 0) {
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

  private involve(p: Professional, now: number): void {
    this.involvedNow++;
    if (this.involvedNow > this.maxInvolved) this.maxInvolved = this.involvedNow;
    if (this.spellStart !== null) this.spellStart.set(p.id, now);
  }

  private uninvolve(p: Professional, now: number): void {
    this.involvedNow--;
    if (this.tracer !== null && this.spellStart !== null) {
      const start = this.spellStart.get(p.id);
      this.spellStart.delete(p.id);
      if (start !== undefined) {
        this.tracer.spell({ caseId: this.id, professional: `${p.role}#${p.id}`, role: p.role, startDays: start, endDays: now });
      }
    }
  }
}

/**
 * The distinct faces a family has met. The ids of the people who can be met again (workers,
 * guardians, judges) are kept to tell a known face from a new one; a help provider is new by
 * construction and only counted. A plain array: a family meets a dozen or two such people, and
 * a Set per family cost a national run ~12 MB.
 */
export class Faces {
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
