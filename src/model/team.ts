// The workforce of one organisation: positions that each hold a caseload up to a cap, with a
// waiting list in front. People leave (a hazard that rises with work pressure), vacancies take
// time to fill, new people hold a reduced caseload during induction, sick leave is covered by a
// duo partner, a replacement from a bounded pool, or nobody. A leaving person's cases go to
// colleagues with room or onto the waiting list: more handovers and fuller caseloads for the
// colleagues, which raises their pressure: the feedback loop the study describes.
//
// Duos: positions are paired. Every family of a pair knows both members. Each member holds up
// to their own cap; when one leaves, the other carries the vacant half only up to a temporary
// limit (the rest go to colleagues with room or wait), and when the seat is filled the pair
// rebalances. A sick member is covered by the partner, who then visits both caseloads.

import { type Distribution, type Entry, type Event, type Simulation, type Stream, TimeWeighted } from '../kernel/index.js';
import { unitExponential } from './draws.js';
import type { Professional, ProfessionalRegistry, Role } from './professional.js';
import type { HandoverCause } from './results.js';
import { removeAt } from '../lists.js';
import { RoomIndex } from './roomIndex.js';
import type { PositionSnapshot } from './settled/snapshot.js';
import { teamStream } from './streams.js';
import { DAYS_PER_YEAR } from './units.js';

/** One case on a caseload: a family, weighing its number of children (guardians) or its workload (local team). */
export interface Case<F = unknown> {
  /** The team the case belongs to (placed with one of its positions, or on its waiting list). */
  readonly team: Team<F>;
  /** The family whose case it is (null only in tests of the workforce alone). */
  readonly family: F | null;
  readonly weight: number;
  /** Problem domains the holder handles without a help provider (they cost the holder hours). */
  readonly selfDomains: number;
  position: Position<F> | null;
  /** When the case began to need this team: orders the waiting list (earlier first). */
  since: number;
  onWaitingList: boolean;
  /** Why the case needs a professional now: the cause of the handover when one takes it. */
  reason: HandoverCause;
  /** The person who held it last (a guardian change is a new holder within the case). */
  holder: Professional | null;
  /** Resolved the first time the case is placed, for a journey waiting for that. */
  placed: Event<void> | null;
  /** A guardian's case of a family under a measure (false: before or after it, with long involvement). */
  inMeasure: boolean;
}

export function newCase<F>(
  team: Team<F>,
  family: F | null,
  weight: number,
  selfDomains: number,
  since: number,
  reason: HandoverCause,
  inMeasure = false,
): Case<F> {
  return { team, family, weight, selfDomains, position: null, since, onWaitingList: false, reason, holder: null, placed: null, inMeasure };
}

/** Held by someone at least once: a case's first placement sets its reason to turnover for good (see `place`). */
export function everHeld(c: Case<unknown>): boolean {
  return c.reason === 'turnover';
}

/** What the model does when the workforce moves a case. */
export interface CaseListener<F = unknown> {
  /** `pos.person` now holds the case; `reason` is why it changed hands. */
  assigned(c: Case<F>, pos: Position<F>, reason: HandoverCause): void;
  /** Nobody holds the case: it waits on the list. */
  released(c: Case<F>): void;
  /** During sick leave the case is seen by `by` (null: by nobody), and after it by the holder again. */
  covered(c: Case<F>, by: Professional | null): void;
  /** The family meets a duo member it will know from now on. */
  introduced(c: Case<F>, person: Professional): void;
  /** Someone left the team (before their cases are moved). */
  departed(pos: Position<F>): void;
  /** Something that sets how often the families of `pos` are visited is about to change. */
  caseloadChanging(pos: Position<F>): void;
}

export interface SickLeave {
  episodesPerYear: number;
  days: Distribution;
  /** Replacements the team can call on at once (a bounded pool). */
  replacementPool: number;
}

export interface TeamConfig {
  name: string;
  /** The organisation the team belongs to, when it is one of several teams of it (a GI's team in one area). */
  organisation?: string;
  role: Role;
  positions: number;
  capPerPosition: number;
  /** Duos: positions paired two by two (an odd last one works alone), and the most a member carries for a vacant or sick partner. */
  duos: { carryLimit: number } | null;
  turnoverRatePerYear: number;
  /** rate × (1 + sensitivity × max(0, pressure − 1)). */
  turnoverPressureSensitivity: number;
  recruitmentDays: Distribution;
  /**
   * The labour market's limit: the most people the team can hire in a year (0: no limit). Hires
   * are at least a year ÷ this apart; a vacancy whose recruitment is done waits for the next hire,
   * in the order the vacancies became ready.
   */
  hiresPerYear: number;
  inductionDays: number;
  inductionCapShare: number;
  sickLeave: SickLeave | null;
  /** Work pressure of a position: 1 is the norm. */
  pressureOf: (pos: Position<any>) => number;
}

/** Time-weighted levels of one team, for the observer. */
export interface TeamLevels {
  inPost: TimeWeighted;
  inInduction: TimeWeighted;
  vacancies: TimeWeighted;
  /** Weight held (children, for guardians). */
  load: TimeWeighted;
  /** Capacity of the people in post (their caps). */
  capacity: TimeWeighted;
  /** Weight on the waiting list. */
  waiting: TimeWeighted;
  /**
   * Weight on the waiting list under a measure: the children without a guardian. With long
   * involvement a family queues for its guardian from the escalation, before any ruling; it has
   * no measure yet, so it does not count here until its ruling.
   */
  waitingInMeasure: TimeWeighted;
  casesWithHolder: TimeWeighted;
  replacementsInUse: TimeWeighted;
  /** Families held by duo members whose partner is in post (they cost coordination time). */
  familiesInFullDuos: TimeWeighted;
  /** Self-delivered problem domains held. */
  selfDomainsHeld: TimeWeighted;
  /** Cases held that are not under a measure (a guardian's, with long involvement). */
  casesOutsideMeasure: TimeWeighted;
}

export class Position<F = unknown> {
  person: Professional | null = null;
  partner: Position<F> | null = null;
  readonly cases: Case<F>[] = [];
  load = 0;
  selfDomains = 0;
  /** In induction (a reduced cap) until `inductionUntil`. */
  // Stryker disable next-line BooleanLiteral: every position is hired in the constructor, which sets it
  inducting = false;
  // Stryker disable next-line UnaryOperator: every position is hired in the constructor, which sets it
  inductionUntil = -Infinity;
  sick = false;
  /** Who sees the families during sick leave: the partner's person, a replacement, or nobody (null). */
  cover: Professional | null = null;
  coverKind: 'partner' | 'replacement' | null = null;
  hazardBudget = 0;
  hazardRate = 0;
  hazardSince = 0;
  departure: Entry | null = null;
  sickEntry: Entry | null = null;
  /** When a vacancy is filled (null: not vacant). */
  fillAt: number | null = null;
  constructor(
    readonly index: number,
    readonly team: Team<F>,
  ) {}

  /** Who sees the families now: the person, or whoever covers during sick leave. */
  get responsible(): Professional | null {
    return this.sick ? this.cover : this.person;
  }

  /** The partner is in post (a duo member with a filled partner seat). */
  get partnered(): boolean {
    return this.partner !== null && this.partner.person !== null;
  }

  /** The sick partner whose families this position's person sees, if any. */
  get covering(): Position<F> | null {
    const q = this.partner;
    // Stryker disable next-line ConditionalExpression: partner cover is only ever in place while the partner is ill (`q.sick` as true is the same)
    return q?.sick && q.coverKind === 'partner' ? q : null;
  }
}

export class Team<F = unknown> {
  readonly positions: Position<F>[] = [];
  private readonly waitingList: Case<F>[] = [];
  readonly levels: TeamLevels;
  departures = 0;
  private readonly turnoverStream: Stream;
  private readonly recruitmentStream: Stream;
  private readonly sickStream: Stream;
  private readonly rooms: RoomIndex;
  private replacementsFree: number;
  /** With a hiring limit: the earliest time of the next hire. */
  private nextHireAt = -Infinity;
  /** Sick positions with nobody covering, waiting for a replacement, in order. */
  private readonly awaitingReplacement: Position<F>[] = [];

  constructor(
    private readonly sim: Simulation,
    readonly config: TeamConfig,
    private readonly registry: ProfessionalRegistry,
    streams: (name: string) => Stream,
    private readonly listener: CaseListener<F>,
  ) {
    // Stryker disable next-line StringLiteral: a stream's name only has to differ from the team's other streams; any other name draws alike
    this.turnoverStream = streams(teamStream(config.name, 'turnover'));
    // Stryker disable next-line StringLiteral: a stream's name only has to differ from the team's other streams; any other name draws alike
    this.recruitmentStream = streams(teamStream(config.name, 'recruitment'));
    // Stryker disable next-line StringLiteral: a stream's name only has to differ from the team's other streams; any other name draws alike
    this.sickStream = streams(teamStream(config.name, 'sick'));
    this.levels = teamLevels(sim);
    this.replacementsFree = config.sickLeave?.replacementPool ?? 0;
    for (let i = 0; i < config.positions; i++) this.positions.push(new Position<F>(i, this));
    this.rooms = new RoomIndex(config.positions);
    if (config.duos !== null) {
      for (let i = 0; i + 1 < this.positions.length; i += 2) {
        this.positions[i]!.partner = this.positions[i + 1]!;
        this.positions[i + 1]!.partner = this.positions[i]!;
      }
    }
    this.levels.vacancies.add(config.positions);
    // The team starts fully staffed and experienced: nobody is in induction at time 0.
    for (const pos of this.positions) this.hire(pos, false);
  }

  /** Families on the waiting list, in order. */
  get waiting(): readonly Case<F>[] {
    return this.waitingList;
  }

  get waitingWeight(): number {
    let w = 0;
    for (const c of this.waitingList) w += c.weight;
    return w;
  }

  /** The cap of a position now: 0 when vacant, reduced during induction. */
  capOf(pos: Position<F>): number {
    if (pos.person === null) return 0;
    if (pos.inducting) return Math.floor(this.config.capPerPosition * this.config.inductionCapShare);
    return this.config.capPerPosition;
  }

  /** Room for new cases: none while vacant or sick. */
  roomOf(pos: Position<F>): number {
    // Stryker disable next-line ConditionalExpression: a vacant position has cap 0 and holds nothing, so its room is 0 without the first test
    return pos.person === null || pos.sick ? 0 : this.capOf(pos) - pos.load;
  }

  /** The most a duo member may hold while carrying for a vacant or sick partner. */
  get carryLimit(): number {
    return this.config.duos?.carryLimit ?? this.config.capPerPosition;
  }

  /** Takes a new case: to the position with most room, or onto the waiting list. Returns whether it was placed. */
  admit(c: Case<F>): boolean {
    const pos = this.findRoom(c.weight);
    if (pos === null) {
      this.enqueue(c);
      return false;
    }
    this.place(c, pos, c.reason);
    return true;
  }

  /** The case leaves the team (measure ended, family closed). Frees room for the waiting list. */
  discharge(c: Case<F>): void {
    if (c.onWaitingList) {
      const i = this.waitingList.indexOf(c);
      // Stryker disable next-line ConditionalExpression: a case flagged as waiting is on the list
      if (i >= 0) removeAt(this.waitingList, i);
      this.leaveWaitingList(c);
      return;
    }
    const pos = c.position;
    if (pos === null) return;
    this.unplace(c, pos);
    this.serveWaitingList();
  }

  /** A case's measure starts or ends while it stays with the team (long involvement). */
  setInMeasure(c: Case<F>, inMeasure: boolean): void {
    if (c.inMeasure === inMeasure) return;
    c.inMeasure = inMeasure;
    if (c.position !== null) this.levels.casesOutsideMeasure.add(inMeasure ? -1 : 1);
    if (c.onWaitingList) this.levels.waitingInMeasure.add(inMeasure ? c.weight : -c.weight);
  }

  /** Takes a case back to the person the family knew if they are still in post with room; else as any new case. */
  admitTo(c: Case<F>, person: Professional | null): boolean {
    if (person !== null) {
      const pos = this.positions.find((x) => x.person === person);
      if (pos !== undefined && this.roomOf(pos) >= c.weight) {
        this.place(c, pos, c.reason);
        return true;
      }
    }
    return this.admit(c);
  }

  /** The position with most room if it has room for `weight`, else null. */
  private findRoom(weight: number): Position<F> | null {
    const room = this.rooms.max();
    // Stryker disable next-line ConditionalExpression,EqualityOperator: weights are at least 1, so room >= weight already means room > 0
    if (room < weight || room <= 0) return null;
    return this.positions[this.rooms.first()]!;
  }

  private refreshRoom(pos: Position<F>): void {
    this.rooms.set(pos.index, this.roomOf(pos));
  }

  /** Tells the model that what sets the visits of `pos` (and of a partner it covers or who covers it) is about to change. */
  private beforeChange(pos: Position<F>): void {
    this.listener.caseloadChanging(pos);
    if (pos.partner !== null) this.listener.caseloadChanging(pos.partner);
  }

  /** Work pressure changed for `pos` (and, in a duo, for the partner whose time it shares). */
  private afterChange(pos: Position<F>): void {
    this.refreshRoom(pos);
    this.updateHazard(pos);
    if (pos.partner !== null) {
      this.refreshRoom(pos.partner);
      this.updateHazard(pos.partner);
    }
  }

  private place(c: Case<F>, pos: Position<F>, reason: HandoverCause): void {
    this.beforeChange(pos);
    c.position = pos;
    pos.cases.push(c);
    pos.load += c.weight;
    pos.selfDomains += c.selfDomains;
    const lv = this.levels;
    lv.load.add(c.weight);
    lv.casesWithHolder.add(1);
    lv.selfDomainsHeld.add(c.selfDomains);
    if (!c.inMeasure) lv.casesOutsideMeasure.add(1);
    if (pos.partnered) lv.familiesInFullDuos.add(1);
    this.afterChange(pos);
    // a family in a duo knows both members
    if (pos.partner?.person != null) this.listener.introduced(c, pos.partner.person);
    this.listener.assigned(c, pos, reason);
    c.holder = pos.person;
    c.reason = 'turnover'; // from now on, losing the holder is turnover
    if (c.placed !== null) {
      const ev = c.placed;
      c.placed = null;
      ev.succeed();
    }
  }

  private unplace(c: Case<F>, pos: Position<F>): void {
    this.beforeChange(pos);
    const i = pos.cases.indexOf(c);
    removeAt(pos.cases, i);
    pos.load -= c.weight;
    pos.selfDomains -= c.selfDomains;
    const lv = this.levels;
    lv.load.add(-c.weight);
    lv.casesWithHolder.add(-1);
    lv.selfDomainsHeld.add(-c.selfDomains);
    if (!c.inMeasure) lv.casesOutsideMeasure.add(-1);
    if (pos.partnered) lv.familiesInFullDuos.add(-1);
    c.position = null;
    this.afterChange(pos);
  }

  /** Onto the waiting list, in order of `since`: a case orphaned by a departure keeps its place from when its need began. */
  private enqueue(c: Case<F>): void {
    c.onWaitingList = true;
    let i = this.waitingList.length;
    while (i > 0 && this.waitingList[i - 1]!.since > c.since) i--;
    this.waitingList.splice(i, 0, c);
    this.levels.waiting.add(c.weight);
    if (c.inMeasure) this.levels.waitingInMeasure.add(c.weight);
    this.listener.released(c);
  }

  /** Off the waiting list (placed, or gone): the levels follow. */
  private leaveWaitingList(c: Case<F>): void {
    c.onWaitingList = false;
    this.levels.waiting.add(-c.weight);
    if (c.inMeasure) this.levels.waitingInMeasure.add(-c.weight);
  }

  /**
   * Hands waiting cases, in order, to positions with room. A case too heavy for the largest room
   * now is passed over for a lighter one behind it (a deliberate choice: holding every place
   * free until a large family fits would leave capacity unused; docs/model.md).
   */
  serveWaitingList(): void {
    let i = 0;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: an early stop: with no room anywhere findRoom places nobody, so scanning on changes nothing
    while (i < this.waitingList.length && this.rooms.max() > 0) {
      const c = this.waitingList[i]!;
      const pos = this.findRoom(c.weight);
      if (pos === null) {
        i++;
        continue;
      }
      removeAt(this.waitingList, i);
      this.leaveWaitingList(c);
      this.place(c, pos, c.reason);
    }
  }

  /** Moves a held case from one position to another now (a departure, a rebalance). */
  private move(c: Case<F>, from: Position<F>, to: Position<F>): void {
    this.unplace(c, from);
    this.place(c, to, 'turnover');
  }

  // ---- people ------------------------------------------------------------------------------

  private hire(pos: Position<F>, induction: boolean): void {
    this.beforeChange(pos);
    pos.person = this.registry.create(this.config.role, this.config.name);
    pos.inducting = induction && this.config.inductionDays > 0;
    // Stryker disable next-line UnaryOperator: the end of an induction is read only while inducting
    pos.inductionUntil = pos.inducting ? this.sim.now + this.config.inductionDays : -Infinity;
    const lv = this.levels;
    lv.inPost.add(1);
    lv.vacancies.add(-1);
    lv.capacity.add(this.capOf(pos));
    if (pos.inducting) lv.inInduction.add(1);
    // One unit-exponential draw per person: the cumulative hazard at which they leave. Pressure
    // changes the rate, not the draw, so scenarios keep common random numbers per person.
    pos.hazardBudget = unitExponential(this.turnoverStream);
    pos.hazardSince = this.sim.now;
    pos.hazardRate = 0;
    const q = pos.partner;
    // Stryker disable next-line ConditionalExpression: a vacant partner seat holds no cases, so counting and introducing them does nothing
    if (q !== null && q.person !== null) {
      // the pair is whole again: the partner's families cost coordination time, and meet the new member
      lv.familiesInFullDuos.add(q.cases.length);
      for (const c of q.cases) this.listener.introduced(c, pos.person);
    }
    this.afterChange(pos);
    this.scheduleSickness(pos);
    // Stryker disable next-line ConditionalExpression: endInduction returns at once for someone not in induction (or in a later one)
    if (pos.inducting) this.sim.schedule(this.config.inductionDays, endInduction, pos);
  }

  private updateHazard(pos: Position<F>): void {
    if (pos.person === null) return;
    const now = this.sim.now;
    pos.hazardBudget -= pos.hazardRate * (now - pos.hazardSince);
    pos.hazardSince = now;
    const cfg = this.config;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: with no sensitivity the pressure is multiplied by 0; asking for it only costs time
    const pressure = cfg.turnoverPressureSensitivity > 0 ? cfg.pressureOf(pos) : 1;
    const ratePerDay = (cfg.turnoverRatePerYear / DAYS_PER_YEAR) * (1 + cfg.turnoverPressureSensitivity * Math.max(0, pressure - 1));
    // Stryker disable next-line ConditionalExpression,EqualityOperator: skips rescheduling the departure at the time it already has
    if (ratePerDay === pos.hazardRate && pos.departure !== null) return;
    pos.hazardRate = ratePerDay;
    if (pos.departure !== null) this.sim.cancel(pos.departure);
    // a rate so small that the departure lies beyond any finite time means nobody leaves
    const inDays = Math.max(0, pos.hazardBudget) / ratePerDay;
    // Stryker disable next-line EqualityOperator: a rate of 0 gives an infinite (or NaN) time, which the second test refuses as well
    pos.departure = ratePerDay > 0 && inDays < Infinity ? this.sim.schedule(inDays, leave, pos) : null;
  }

  /** @internal the person in `pos` leaves now. */
  depart(pos: Position<F>): void {
    pos.departure = null;
    this.departures++;
    this.listener.departed(pos);
    if (pos.sickEntry !== null) this.sim.cancel(pos.sickEntry);
    pos.sickEntry = null;
    const wasSick = pos.sick;
    const leaving = pos.person;
    const lv = this.levels;
    lv.capacity.add(-this.capOf(pos));
    if (pos.inducting) lv.inInduction.add(-1);
    pos.inducting = false;
    // Stryker disable next-line UnaryOperator: the end of an induction is read only while inducting
    pos.inductionUntil = -Infinity;
    const q = pos.partner;
    // Stryker disable next-line ConditionalExpression: a vacant partner seat holds no cases
    if (q !== null && q.person !== null) lv.familiesInFullDuos.add(-q.cases.length);
    this.beforeChange(pos);
    // nobody in post from here: moving the cases, or a freed replacement covering the partner,
    // must not reschedule this person's departure
    pos.person = null;
    pos.hazardRate = 0;
    lv.inPost.add(-1);
    lv.vacancies.add(1);
    // Stryker disable next-line ConditionalExpression: ending the cover of someone not ill changes nothing (no cover, not waiting for one)
    if (wasSick) {
      this.endCover(pos);
      pos.sick = false;
    }
    const cases = pos.cases.slice();
    for (const c of cases) this.unplace(c, pos);
    this.afterChange(pos);
    // a sick partner this person covered needs someone else
    if (q?.sick && q.cover === leaving) this.coverSick(q);
    // in a duo the partner carries what fits under the temporary limit; the rest go to colleagues or wait
    const carrier = q !== null && q.person !== null && !q.sick ? q : null;
    for (const c of cases) {
      if (carrier !== null && carrier.load + c.weight <= this.carryLimit) {
        this.place(c, carrier, 'turnover');
        continue;
      }
      const to = this.findRoom(c.weight);
      if (to === null) this.enqueue(c);
      else this.place(c, to, 'turnover');
    }
    this.scheduleFill(pos, this.config.recruitmentDays.sample(this.recruitmentStream));
  }

  private scheduleFill(pos: Position<F>, inDays: number): void {
    pos.fillAt = this.sim.now + inDays;
    this.sim.schedule(inDays, fill, pos);
  }

  /** @internal a vacancy's recruitment is done: it is filled now, or at the next hire the labour market allows. */
  fill(pos: Position<F>): void {
    const limit = this.config.hiresPerYear;
    if (limit > 0) {
      const now = this.sim.now;
      const at = Math.max(now, this.nextHireAt);
      this.nextHireAt = at + DAYS_PER_YEAR / limit;
      if (at > now) {
        pos.fillAt = at;
        this.sim.schedule(at - now, hireNow, pos);
        return;
      }
    }
    this.hireNow(pos);
  }

  /** @internal the vacancy is filled now. */
  hireNow(pos: Position<F>): void {
    pos.fillAt = null;
    this.hire(pos, true);
    this.rebalance(pos);
    this.serveWaitingList();
  }

  /**
   * A duo member with more than their own cap (carried for a vacant seat) hands cases to the
   * newly filled partner, up to the partner's cap now. The families met the new member when the
   * seat was filled (joint visits), so these handovers are to a known face: warm.
   */
  private rebalance(pos: Position<F>): void {
    const q = pos.partner;
    // Stryker disable next-line ConditionalExpression: rebalancing follows a hire or an induction's end, so `pos` is in post; a vacant partner holds no cases
    if (q === null || q.person === null || pos.person === null || pos.sick) return;
    const cap = this.capOf(q);
    for (let i = q.cases.length - 1; i >= 0 && q.load > cap; i--) {
      const c = q.cases[i]!;
      if (pos.load + c.weight > this.capOf(pos)) continue;
      this.move(c, q, pos);
    }
  }

  /** @internal the person in `pos` has their full cap from now on (if they are still there). */
  endInduction(pos: Position<F>): void {
    // the person who started this induction may have left (and someone else started theirs)
    if (!pos.inducting || this.sim.now < pos.inductionUntil) return;
    pos.inducting = false;
    const lv = this.levels;
    lv.inInduction.add(-1);
    lv.capacity.add(this.config.capPerPosition - Math.floor(this.config.capPerPosition * this.config.inductionCapShare));
    this.afterChange(pos);
    this.rebalance(pos);
    this.serveWaitingList();
  }

  // ---- a settled start ---------------------------------------------------------------------------

  /**
   * Sets the positions as a snapshot had them (called at time 0, before any case is placed):
   * vacancies with the time left until they are filled, people in induction with the time left.
   */
  restorePositions(snaps: readonly PositionSnapshot[]): void {
    const lv = this.levels;
    snaps.forEach((snap, i) => {
      const pos = this.positions[i];
      if (pos === undefined || pos.person === null) return;
      if (snap.fillInDays !== undefined) {
        if (pos.departure !== null) this.sim.cancel(pos.departure);
        if (pos.sickEntry !== null) this.sim.cancel(pos.sickEntry);
        pos.departure = null;
        pos.sickEntry = null;
        lv.capacity.add(-this.capOf(pos));
        pos.person = null;
        pos.hazardRate = 0;
        lv.inPost.add(-1);
        lv.vacancies.add(1);
        this.scheduleFill(pos, snap.fillInDays);
      } else if (snap.inductionLeftDays !== undefined && this.config.inductionDays > 0) {
        lv.capacity.add(-this.capOf(pos));
        pos.inducting = true;
        pos.inductionUntil = this.sim.now + snap.inductionLeftDays;
        lv.capacity.add(this.capOf(pos));
        lv.inInduction.add(1);
        this.sim.schedule(snap.inductionLeftDays, endInduction, pos);
      }
      this.afterChange(pos);
    });
  }

  /** Puts a case back where a snapshot had it: with the position at `index`, or on the waiting list (in order of `since`). */
  restoreCase(c: Case<F>, index: number | null): void {
    // Stryker disable next-line ConditionalExpression: positions[null] is undefined as well
    const pos = index === null ? undefined : this.positions[index];
    if (pos === undefined || pos.person === null) this.enqueue(c);
    else this.place(c, pos, c.reason);
  }

  /** Sends on sick leave the people a snapshot had ill, with the days they have left (after the cases are back). */
  restoreSickness(snaps: readonly PositionSnapshot[]): void {
    snaps.forEach((snap, i) => {
      const pos = this.positions[i];
      if (pos === undefined || pos.person === null || snap.sickLeftDays === undefined || this.config.sickLeave === null) return;
      if (pos.sickEntry !== null) this.sim.cancel(pos.sickEntry);
      pos.sick = true;
      this.coverSick(pos);
      pos.sickEntry = this.sim.schedule(snap.sickLeftDays, recover, pos);
    });
  }

  // ---- sick leave ----------------------------------------------------------------------------

  private scheduleSickness(pos: Position<F>): void {
    const sl = this.config.sickLeave;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: with no episodes a year the gap is infinite, and the check below schedules nothing
    if (sl === null || sl.episodesPerYear <= 0) return;
    const gap = (unitExponential(this.sickStream) * DAYS_PER_YEAR) / sl.episodesPerYear;
    if (gap < Infinity) pos.sickEntry = this.sim.schedule(gap, fallIll, pos);
  }

  /**
   * Finds cover for a sick position: the duo partner (who knows the families and sees them
   * besides their own: both caseloads are visited less often meanwhile), else a replacement from
   * the pool, else nobody (the position waits for a replacement). Cover is seeing the families,
   * not holding them, so the partner's carry limit does not apply to it.
   */
  private coverSick(pos: Position<F>): void {
    this.beforeChange(pos);
    this.endCover(pos);
    const q = pos.partner;
    let by: Professional | null = null;
    if (q !== null && q.person !== null && !q.sick) {
      pos.coverKind = 'partner';
      by = q.person;
    } else if (this.replacementsFree > 0) {
      this.replacementsFree--;
      this.levels.replacementsInUse.add(1);
      pos.coverKind = 'replacement';
      by = this.registry.create('replacement', this.config.name);
    } else {
      pos.coverKind = null;
      this.awaitingReplacement.push(pos);
    }
    pos.cover = by;
    for (const c of pos.cases) this.listener.covered(c, by);
    this.afterChange(pos);
  }

  /** Ends the current cover of `pos` (a replacement goes back to the pool and may cover someone waiting). */
  private endCover(pos: Position<F>): void {
    if (pos.coverKind === 'replacement') {
      this.levels.replacementsInUse.add(-1);
      this.replacementsFree++;
      // Stryker disable next-line ConditionalExpression: a partner's cover is never on the list of those waiting for a replacement
    } else if (pos.coverKind === null) {
      const i = this.awaitingReplacement.indexOf(pos);
      if (i >= 0) removeAt(this.awaitingReplacement, i);
    }
    const freed = pos.coverKind === 'replacement';
    pos.cover = null;
    pos.coverKind = null;
    if (freed && this.awaitingReplacement.length > 0) this.coverSick(this.awaitingReplacement[0]!);
  }

  /** @internal */
  fallIll(pos: Position<F>): void {
    pos.sickEntry = null;
    this.beforeChange(pos);
    pos.sick = true;
    // a partner this person covered needs someone else
    const q = pos.partner;
    if (q?.sick && q.coverKind === 'partner') this.coverSick(q);
    this.coverSick(pos);
    pos.sickEntry = this.sim.schedule(this.config.sickLeave!.days.sample(this.sickStream), recover, pos);
  }

  /** @internal */
  recover(pos: Position<F>): void {
    pos.sickEntry = null;
    this.beforeChange(pos);
    this.endCover(pos);
    pos.sick = false;
    for (const c of pos.cases) this.listener.covered(c, pos.person);
    this.afterChange(pos);
    // a sick partner left with nobody can now be covered by this person
    const q = pos.partner;
    if (q?.sick && q.cover === null) this.coverSick(q);
    this.scheduleSickness(pos);
    this.serveWaitingList();
  }
}

function leave(pos: Position<unknown>): void {
  pos.team.depart(pos);
}
function fill(pos: Position<unknown>): void {
  pos.team.fill(pos);
}
function hireNow(pos: Position<unknown>): void {
  pos.team.hireNow(pos);
}
function endInduction(pos: Position<unknown>): void {
  pos.team.endInduction(pos);
}
function fallIll(pos: Position<unknown>): void {
  pos.team.fallIll(pos);
}
function recover(pos: Position<unknown>): void {
  pos.team.recover(pos);
}

export function teamLevels(sim: Simulation): TeamLevels {
  return {
    inPost: new TimeWeighted(sim),
    inInduction: new TimeWeighted(sim),
    vacancies: new TimeWeighted(sim),
    load: new TimeWeighted(sim),
    capacity: new TimeWeighted(sim),
    waiting: new TimeWeighted(sim),
    waitingInMeasure: new TimeWeighted(sim),
    casesWithHolder: new TimeWeighted(sim),
    replacementsInUse: new TimeWeighted(sim),
    familiesInFullDuos: new TimeWeighted(sim),
    selfDomainsHeld: new TimeWeighted(sim),
    casesOutsideMeasure: new TimeWeighted(sim),
  };
}
