// The workforce: a team of positions, each holding a caseload up to a cap, with a waiting list in
// front. People leave (a hazard that rises with work pressure), vacancies take time to fill, new
// people start with a reduced cap, sick leave brings a temporary replacement. A leaving person's
// cases go to colleagues with room or onto the waiting list: more handovers and fuller caseloads
// for the colleagues, which raises their pressure: the feedback loop the study describes.
//
// Duos: positions are paired and know each other's cases. When one leaves or is ill, the partner
// takes the cases over (a warm handover). The pair's cap is the sum of both positions' caps, held
// while a position is vacant, so the partner carries the vacant half until it is filled.

import { type Distribution, type Entry, type Simulation, type Stream, TimeWeighted } from '../kernel/index.js';
import { log } from '../kernel/index.js';
import type { Family } from './family.js';
import type { Professional, ProfessionalRegistry, Role } from './professional.js';

/** One case on a caseload: a family, weighing its number of children (guardians) or 1 (LT). */
export interface Case {
  readonly key: number;
  /** The family whose case it is (absent only in tests of the workforce alone). */
  readonly family?: Family;
  readonly weight: number;
  position: Position | null;
  waitingSince: number;
  onWaitingList: boolean;
}

/** How a case came to a position. */
export type Assignment = 'new' | 'fromWaitingList' | 'redistributed' | 'partner';

/** What the model does when the workforce moves a case. */
export interface CaseListener {
  assigned(c: Case, pos: Position, how: Assignment): void;
  /** The case lost its professional and waits on the list. */
  orphaned(c: Case): void;
  /** The person covering the case changed for a while (sick leave) or back. */
  covered(c: Case, cover: Professional, warm: boolean): void;
  /** Someone left the team (before their cases were moved). */
  departed(pos: Position): void;
  /** The caseload of `pos` is about to change (a case comes or goes): whatever depends on its size is brought up to now first. */
  caseloadChanging?(pos: Position): void;
}

export interface TeamConfig {
  name: string;
  role: Role;
  positions: number;
  capPerPosition: number;
  duos: boolean;
  turnoverRatePerYear: number;
  /** rate × (1 + sensitivity × max(0, pressure − 1)). */
  turnoverPressureSensitivity: number;
  recruitmentDays: Distribution;
  inductionDays: number;
  inductionCapShare: number;
  sickEpisodesPerYear: number;
  sickDays: Distribution | null;
  /** Work pressure of a position: 1 is the norm. */
  pressureOf: (pos: Position) => number;
}

/** Levels the observer reads (shared across teams of one kind). */
export interface TeamLevels {
  inPost: TimeWeighted;
  vacancies: TimeWeighted;
  load: TimeWeighted;
  waiting: TimeWeighted;
  casesWithProfessional: TimeWeighted;
}

export class Position {
  person: Professional | null = null;
  partner: Position | null = null;
  readonly cases: Case[] = [];
  load = 0;
  inductionUntil = -Infinity;
  sick = false;
  cover: Professional | null = null;
  /** The cases held when the person fell ill: the ones they know when they come back. */
  heldWhenIll: Set<Case> | null = null;
  hazardBudget = 0;
  hazardRate = 0;
  hazardSince = 0;
  departure: Entry | null = null;
  sickEntry: Entry | null = null;
  constructor(
    readonly index: number,
    readonly team: Team,
  ) {}

  /** Who sees the families now: the person, or whoever covers during sick leave. */
  get responsible(): Professional | null {
    return this.sick ? this.cover : this.person;
  }
}

export class Team {
  readonly positions: Position[] = [];
  private readonly waitingList: Case[] = [];
  departures = 0;
  private readonly turnoverStream: Stream;
  private readonly recruitmentStream: Stream;
  private readonly sickStream: Stream;
  /** Room of every unit (a position, or a duo pair), to find the one with most room in log time. */
  private readonly rooms: RoomIndex;

  constructor(
    private readonly sim: Simulation,
    readonly config: TeamConfig,
    private readonly registry: ProfessionalRegistry,
    streams: (name: string) => Stream,
    private readonly levels: TeamLevels,
    private readonly listener: CaseListener,
  ) {
    this.turnoverStream = streams(`${config.name}/turnover`);
    this.recruitmentStream = streams(`${config.name}/recruitment`);
    this.sickStream = streams(`${config.name}/sick`);
    for (let i = 0; i < config.positions; i++) this.positions.push(new Position(i, this));
    this.rooms = new RoomIndex(config.duos ? Math.ceil(config.positions / 2) : config.positions);
    if (config.duos) {
      for (let i = 0; i + 1 < this.positions.length; i += 2) {
        this.positions[i].partner = this.positions[i + 1];
        this.positions[i + 1].partner = this.positions[i];
      }
    }
    levels.vacancies.add(config.positions);
    // The team starts fully staffed and experienced: nobody is in induction at time 0.
    for (const pos of this.positions) this.hire(pos, false);
  }

  get waitingWeight(): number {
    let w = 0;
    for (const c of this.waitingList) w += c.weight;
    return w;
  }

  /** Families on the waiting list, in order. */
  get waiting(): readonly Case[] {
    return this.waitingList;
  }

  /** The cap of a position now: a vacant duo position keeps its cap (the partner covers it). */
  capOf(pos: Position): number {
    const cap = this.config.capPerPosition;
    if (pos.person === null) return this.config.duos && pos.partner?.person ? cap : 0;
    if (!this.config.duos && this.sim.now < pos.inductionUntil) return Math.floor(cap * this.config.inductionCapShare);
    return cap;
  }

  /** Cap and load of the unit that holds the cases: the pair for duos, the position otherwise. */
  unitCap(pos: Position): number {
    return pos.partner !== null ? this.capOf(pos) + this.capOf(pos.partner) : this.capOf(pos);
  }
  /**
   * Room for taking on a case: only the caps of members in post count. The vacant half of a duo
   * is carried for the cases the pair already has, not filled with new ones.
   */
  unitRoom(pos: Position): number {
    const q = pos.partner;
    const filled = (x: Position) => (x.person !== null ? this.capOf(x) : 0);
    return filled(pos) + (q !== null ? filled(q) : 0) - this.unitLoad(pos);
  }
  unitLoad(pos: Position): number {
    return pos.partner !== null ? pos.load + pos.partner.load : pos.load;
  }

  /** Takes a new case: to the position with most room, or onto the waiting list. */
  admit(c: Case): void {
    const pos = this.findRoom(c.weight);
    if (pos === null) this.enqueue(c);
    else this.place(c, pos, 'new');
  }

  /** The case leaves the team (measure ended, family closed). Frees room for the waiting list. */
  discharge(c: Case): void {
    if (c.onWaitingList) {
      const i = this.waitingList.indexOf(c);
      if (i >= 0) this.waitingList.splice(i, 1);
      c.onWaitingList = false;
      this.levels.waiting.add(-c.weight);
      return;
    }
    const pos = c.position;
    if (pos === null) return;
    this.unplace(c, pos);
    this.serveWaitingList();
  }

  /** The unit with most room (the first of equals) if it has room for `weight`: a member of it, or null. */
  private findRoom(weight: number): Position | null {
    const room = this.rooms.max();
    if (room < weight || room <= 0) return null;
    return this.memberFor(this.positions[this.config.duos ? 2 * this.rooms.first() : this.rooms.first()]);
  }

  /** Re-reads the room of the unit `pos` belongs to, after its load, people or caps changed. */
  private refreshRoom(pos: Position): void {
    const unit = this.config.duos ? pos.index >> 1 : pos.index;
    this.rooms.set(unit, this.unitRoom(this.positions[this.config.duos ? 2 * unit : unit]));
  }

  /** Within a unit, the filled, healthy member with the lighter load. */
  private memberFor(p: Position): Position | null {
    const q = p.partner;
    const ok = (x: Position | null): boolean => x !== null && x.person !== null && !x.sick;
    if (ok(p) && ok(q)) return q!.load < p.load ? q : p;
    if (ok(p)) return p;
    if (ok(q)) return q;
    // everyone in the unit is ill: a filled member still holds the case, covered meanwhile
    if (p.person !== null) return p;
    if (q !== null && q.person !== null) return q;
    return null;
  }

  private place(c: Case, pos: Position, how: Assignment): void {
    this.listener.caseloadChanging?.(pos);
    c.position = pos;
    pos.cases.push(c);
    pos.load += c.weight;
    this.refreshRoom(pos);
    this.levels.load.add(c.weight);
    this.levels.casesWithProfessional.add(1);
    this.updateHazard(pos);
    this.listener.assigned(c, pos, how);
  }

  private unplace(c: Case, pos: Position): void {
    this.listener.caseloadChanging?.(pos);
    const i = pos.cases.indexOf(c);
    pos.cases.splice(i, 1);
    pos.load -= c.weight;
    this.refreshRoom(pos);
    c.position = null;
    this.levels.load.add(-c.weight);
    this.levels.casesWithProfessional.add(-1);
    this.updateHazard(pos);
  }

  private enqueue(c: Case): void {
    c.onWaitingList = true;
    c.waitingSince = this.sim.now;
    this.waitingList.push(c);
    this.levels.waiting.add(c.weight);
    this.listener.orphaned(c);
  }

  /** Hands waiting cases, in order, to positions with room; a case too heavy for any room now is skipped. */
  serveWaitingList(): void {
    let i = 0;
    while (i < this.waitingList.length && this.rooms.max() > 0) {
      const c = this.waitingList[i];
      const pos = this.findRoom(c.weight);
      if (pos === null) {
        i++;
        continue;
      }
      this.waitingList.splice(i, 1);
      c.onWaitingList = false;
      this.levels.waiting.add(-c.weight);
      this.place(c, pos, 'fromWaitingList');
    }
  }

  // ---- people ------------------------------------------------------------------------------

  private hire(pos: Position, induction: boolean): void {
    pos.person = this.registry.create(this.config.role, this.config.name);
    pos.inductionUntil = induction ? this.sim.now + this.config.inductionDays : -Infinity;
    this.refreshRoom(pos);
    this.levels.inPost.add(1);
    this.levels.vacancies.add(-1);
    // One unit-exponential draw per person: the cumulative hazard at which they leave. Pressure
    // changes the rate, not the draw, so scenarios keep common random numbers per person.
    pos.hazardBudget = -log(this.turnoverStream.nextOpen());
    pos.hazardSince = this.sim.now;
    pos.hazardRate = 0;
    this.updateHazard(pos);
    this.scheduleSickness(pos);
    if (induction && this.config.inductionDays > 0 && !this.config.duos) {
      this.sim.schedule(this.config.inductionDays, endInduction, pos);
    }
  }

  private updateHazard(pos: Position): void {
    if (pos.person === null) return;
    const now = this.sim.now;
    pos.hazardBudget -= pos.hazardRate * (now - pos.hazardSince);
    pos.hazardSince = now;
    const cfg = this.config;
    const pressure = cfg.turnoverPressureSensitivity > 0 ? cfg.pressureOf(pos) : 1;
    const ratePerDay = (cfg.turnoverRatePerYear / 365) * (1 + cfg.turnoverPressureSensitivity * Math.max(0, pressure - 1));
    if (ratePerDay === pos.hazardRate && pos.departure !== null) return;
    pos.hazardRate = ratePerDay;
    if (pos.departure !== null) this.sim.cancel(pos.departure);
    pos.departure = ratePerDay > 0 ? this.sim.schedule(Math.max(0, pos.hazardBudget) / ratePerDay, leave, pos) : null;
  }

  /** @internal the person in `pos` leaves now. */
  depart(pos: Position): void {
    pos.departure = null;
    this.departures++;
    this.listener.departed(pos);
    if (pos.sickEntry !== null) this.sim.cancel(pos.sickEntry);
    pos.sickEntry = null;
    const leaving = pos.person;
    pos.sick = false;
    pos.cover = null;
    pos.heldWhenIll = null;
    pos.person = null;
    this.refreshRoom(pos);
    pos.hazardRate = 0;
    this.levels.inPost.add(-1);
    this.levels.vacancies.add(1);
    const cases = pos.cases.slice();
    const partner = pos.partner;
    this.replaceCoverBy(partner, leaving);
    if (partner !== null && partner.person !== null) {
      for (const c of cases) {
        this.unplace(c, pos);
        this.place(c, partner, 'partner');
      }
    } else {
      for (const c of cases) this.unplace(c, pos);
      for (const c of cases) {
        const to = this.findRoom(c.weight);
        if (to === null) this.enqueue(c);
        else this.place(c, to, 'redistributed');
      }
    }
    this.sim.schedule(this.config.recruitmentDays.sample(this.recruitmentStream), fill, pos);
  }

  /** @internal a vacancy is filled. */
  fill(pos: Position): void {
    this.hire(pos, true);
    this.serveWaitingList();
  }

  /** @internal the person in `pos` has their full cap from now on (if they are still there). */
  endInduction(pos: Position): void {
    if (pos.person !== null) this.refreshRoom(pos);
    this.serveWaitingList();
  }

  private scheduleSickness(pos: Position): void {
    const cfg = this.config;
    if (cfg.sickDays === null || cfg.sickEpisodesPerYear <= 0) return;
    const gap = (-log(this.sickStream.nextOpen()) * 365) / cfg.sickEpisodesPerYear;
    pos.sickEntry = this.sim.schedule(gap, fallIll, pos);
  }

  /** A sick partner covered by `person`, who is leaving or falling ill, gets a temporary replacement. */
  private replaceCoverBy(partner: Position | null, person: Professional | null): void {
    if (partner === null || !partner.sick || partner.cover !== person) return;
    partner.cover = this.registry.create('replacement', this.config.name);
    for (const c of partner.cases) this.listener.covered(c, partner.cover, false);
  }

  /** @internal */
  fallIll(pos: Position): void {
    const partner = pos.partner;
    this.replaceCoverBy(partner, pos.person);
    const partnerCovers = partner !== null && partner.person !== null && !partner.sick;
    pos.sick = true;
    pos.heldWhenIll = new Set(pos.cases);
    pos.cover = partnerCovers ? partner.person : this.registry.create('replacement', this.config.name);
    for (const c of pos.cases) this.listener.covered(c, pos.cover!, partnerCovers);
    pos.sickEntry = this.sim.schedule(this.config.sickDays!.sample(this.sickStream), recover, pos);
  }

  /** @internal */
  recover(pos: Position): void {
    const known = pos.heldWhenIll!;
    pos.sick = false;
    pos.cover = null;
    pos.heldWhenIll = null;
    pos.sickEntry = null;
    // A case placed here during the leave has only met the replacement: not warm, unless the
    // family knows this face anyway or the case is the pair's (duos know each other's cases).
    for (const c of pos.cases) this.listener.covered(c, pos.person!, this.config.duos || known.has(c));
    this.scheduleSickness(pos);
    this.serveWaitingList();
  }
}

function leave(pos: Position): void {
  pos.team.depart(pos);
}
function fill(pos: Position): void {
  pos.team.fill(pos);
}
function endInduction(pos: Position): void {
  pos.team.endInduction(pos);
}
function fallIll(pos: Position): void {
  pos.team.fallIll(pos);
}
function recover(pos: Position): void {
  pos.team.recover(pos);
}

export function teamLevels(sim: Simulation): TeamLevels {
  return {
    inPost: new TimeWeighted(sim),
    vacancies: new TimeWeighted(sim),
    load: new TimeWeighted(sim),
    waiting: new TimeWeighted(sim),
    casesWithProfessional: new TimeWeighted(sim),
  };
}

/**
 * The room of each unit in a max segment tree: the largest room, and the first unit that has it,
 * in constant time; a change in log time. A national GI has ~1,300 positions, and scanning them
 * all at every new case and every freed place was a visible share of a national run.
 */
export class RoomIndex {
  private readonly size: number;
  /** tree[1] is the root; the leaves are tree[size + unit]. Empty leaves hold -Infinity. */
  private readonly tree: Float64Array;

  constructor(readonly units: number) {
    let size = 1;
    while (size < units) size *= 2;
    this.size = size;
    this.tree = new Float64Array(2 * size).fill(-Infinity);
  }

  set(unit: number, room: number): void {
    const tree = this.tree;
    let i = this.size + unit;
    tree[i] = room;
    for (i >>= 1; i >= 1; i >>= 1) tree[i] = Math.max(tree[2 * i], tree[2 * i + 1]);
  }

  /** The largest room (-Infinity with no units). */
  max(): number {
    return this.tree[1];
  }

  /** The first unit whose room is the largest. */
  first(): number {
    const tree = this.tree;
    const best = tree[1];
    let i = 1;
    while (i < this.size) i = tree[2 * i] === best ? 2 * i : 2 * i + 1;
    return i - this.size;
  }
}
