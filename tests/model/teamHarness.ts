// A team driven on its own, without a chain: real Family objects take the handovers (so warm and
// cold are decided as in the model: by the faces a family knows), and every bookkeeping rule of
// src/model/team.ts is checked from the outside, also at the moment of each assignment.

import { Deterministic, RandomStreams, Simulation } from '../../src/kernel/index.js';
import { Family, type HandoverKind } from '../../src/model/family.js';
import { ProfessionalRegistry, type Professional } from '../../src/model/professional.js';
import type { HandoverCause } from '../../src/model/results.js';
import { newCase, Team, type Case, type CaseListener, type Position, type TeamConfig } from '../../src/model/team.js';

export interface Assigned {
  c: Case<Family>;
  pos: Position<Family>;
  person: Professional;
  reason: HandoverCause;
  kind: HandoverKind;
  at: number;
}

export interface Covered {
  c: Case<Family>;
  by: Professional | null;
  kind: HandoverKind;
  at: number;
}

export interface Harness {
  sim: Simulation;
  team: Team<Family>;
  assigned: Assigned[];
  released: Case<Family>[];
  covered: Covered[];
  /** Rules broken at the moment of an assignment. */
  violations: string[];
  live: Case<Family>[];
  /** Positions the team said were about to change what sets their families' visits, in order. */
  changing: Position<Family>[];
}

export const BASE_CONFIG: TeamConfig = {
  name: 'GI',
  role: 'guardian',
  positions: 4,
  capPerPosition: 10,
  duos: null,
  turnoverRatePerYear: 0,
  turnoverPressureSensitivity: 0,
  recruitmentDays: new Deterministic(30),
  hiresPerYear: 0,
  inductionDays: 0,
  inductionCapShare: 0.5,
  sickLeave: null,
  pressureOf: () => 1,
};

export function makeTeam(over: Partial<TeamConfig> = {}, seed = 1): Harness {
  const sim = new Simulation();
  const streams = new RandomStreams(seed, 0);
  const h: Harness = {
    sim,
    team: null as unknown as Team<Family>,
    assigned: [],
    released: [],
    covered: [],
    violations: [],
    live: [],
    changing: [],
  };
  const fam = (c: Case<Family>): Family => c.family!;
  const listener: CaseListener<Family> = {
    assigned(c, pos, reason) {
      const person = pos.person!;
      const kind = fam(c).handOver(person, sim.now, reason);
      h.assigned.push({ c, pos, person, reason, kind, at: sim.now });
      const t = h.team;
      if (pos.person === null) h.violations.push(`case given to vacant position ${pos.index}`);
      if (c.position !== pos || c.onWaitingList) h.violations.push('assigned but not placed');
      if (t.config.duos !== null) {
        if (pos.load > t.carryLimit) h.violations.push(`position ${pos.index} holds ${pos.load} > carry limit ${t.carryLimit}`);
        // above the own cap only by carrying for a vacant partner seat
        if (pos.load > t.capOf(pos) && !(reason === 'turnover' && pos.partner?.person === null)) {
          h.violations.push(`position ${pos.index} holds ${pos.load} > cap ${t.capOf(pos)} (${reason}) without carrying for a vacant seat`);
        }
      } else if (pos.load > t.capOf(pos)) h.violations.push(`position ${pos.index} holds ${pos.load} > cap ${t.capOf(pos)}`);
    },
    released(c) {
      fam(c).handOver(null, sim.now, 'turnover');
      h.released.push(c);
    },
    covered(c, by) {
      const kind = fam(c).handOver(by, sim.now, 'absence');
      h.covered.push({ c, by, kind, at: sim.now });
    },
    introduced(c, person) {
      fam(c).meet(person);
    },
    departed() {},
    caseloadChanging(pos) {
      h.changing.push(pos);
    },
  };
  h.team = new Team<Family>(sim, { ...BASE_CONFIG, ...over }, new ProfessionalRegistry(), (n) => streams.stream(n), listener);
  return h;
}

let nextFamily = 1;

/** A new case for a new family, not yet admitted (its need began at `since`). */
export function newFamilyCase(h: Harness, weight = 1, since = h.sim.now, selfDomains = 0, inMeasure = false): Case<Family> {
  const f = new Family(nextFamily++, 0, { children: weight, problemDomains: 1, needsCompulsory: true }, h.sim.now, false, null);
  return newCase(h.team, f, weight, selfDomains, since, 'structural', inMeasure);
}

/** A new case of `weight` for a new family, admitted now (its need began at `since`). */
export function admitNew(h: Harness, weight = 1, since = h.sim.now, selfDomains = 0, inMeasure = false): Case<Family> {
  const c = newFamilyCase(h, weight, since, selfDomains, inMeasure);
  h.live.push(c);
  h.team.admit(c);
  return c;
}

export function discharge(h: Harness, c: Case<Family>): void {
  h.live.splice(h.live.indexOf(c), 1);
  h.team.discharge(c);
}

/** The person in `pos` leaves now, as their scheduled departure would make them. */
export function departNow(h: Harness, pos: Position<Family>): void {
  if (pos.departure !== null) h.sim.cancel(pos.departure);
  h.team.depart(pos);
}

/** The person in `pos` falls ill now, in place of their next scheduled episode. */
export function fallIllNow(h: Harness, pos: Position<Family>): void {
  if (pos.sickEntry !== null) h.sim.cancel(pos.sickEntry);
  h.team.fallIll(pos);
}

/** Every bookkeeping rule of the team, checked from the outside. Returns the broken ones. */
export function brokenRules(h: Harness): string[] {
  const { team, live } = h;
  const lv = team.levels;
  const out: string[] = [...h.violations];
  let load = 0;
  let inPost = 0;
  let capacity = 0;
  let held = 0;
  let inFullDuos = 0;
  let replacements = 0;
  let selfDomains = 0;
  let outsideMeasure = 0;
  let inducting = 0;
  for (const pos of team.positions) {
    const w = pos.cases.reduce((a, c) => a + c.weight, 0);
    if (w !== pos.load) out.push(`position ${pos.index}: load ${pos.load} but cases weigh ${w}`);
    const d = pos.cases.reduce((a, c) => a + c.selfDomains, 0);
    if (d !== pos.selfDomains) out.push(`position ${pos.index}: ${pos.selfDomains} self-delivered domains but its cases have ${d}`);
    selfDomains += d;
    outsideMeasure += pos.cases.filter((c) => !c.inMeasure).length;
    if (pos.inducting) inducting++;
    if (pos.cases.some((c) => c.position !== pos)) out.push(`position ${pos.index} holds a case placed elsewhere`);
    held += pos.cases.length;
    load += pos.load;
    capacity += team.capOf(pos);
    if (team.config.duos !== null ? pos.load > team.carryLimit : pos.load > team.capOf(pos))
      out.push(`position ${pos.index}: load ${pos.load} above its limit`);
    if (pos.person === null) {
      if (pos.cases.length > 0) out.push(`vacant position ${pos.index} holds ${pos.cases.length} cases`);
      if (pos.departure !== null || pos.sickEntry !== null || pos.sick)
        out.push(`vacant position ${pos.index} has a departure or sickness pending`);
      continue;
    }
    inPost++;
    if (pos.partnered) inFullDuos += pos.cases.length;
    for (const c of pos.cases)
      if (c.family!.responsible !== pos.responsible)
        out.push(`a family of position ${pos.index} is not seen by whoever the position says is responsible`);
    if (pos.sick) {
      if (pos.coverKind === 'partner' && (pos.cover !== pos.partner?.person || pos.partner.sick))
        out.push(`sick position ${pos.index}: partner cover by someone who is not a healthy partner`);
      if (pos.coverKind === 'replacement') {
        replacements++;
        if (pos.cover?.role !== 'replacement') out.push(`sick position ${pos.index}: replacement cover by a ${pos.cover?.role}`);
      }
      if (pos.coverKind === null && pos.cover !== null) out.push(`sick position ${pos.index}: uncovered but ${pos.cover.role} covers`);
      for (const c of pos.cases)
        if (c.family!.responsible !== pos.cover) out.push(`a family of sick position ${pos.index} is not seen by its cover`);
    } else {
      if (pos.cover !== null) out.push(`healthy position ${pos.index} has cover`);
      for (const c of pos.cases)
        if (c.family!.responsible !== pos.person) out.push(`a family of position ${pos.index} is not seen by its holder`);
    }
  }
  const pool = team.config.sickLeave?.replacementPool ?? 0;
  if (replacements > pool) out.push(`${replacements} replacements in use, pool of ${pool}`);
  if (lv.replacementsInUse.value !== replacements) out.push(`replacements level ${lv.replacementsInUse.value}, ${replacements} in use`);
  if (Math.abs(lv.load.value - load) > 1e-9) out.push(`load level ${lv.load.value} but positions hold ${load}`);
  if (Math.abs(lv.capacity.value - capacity) > 1e-9) out.push(`capacity level ${lv.capacity.value} but caps add to ${capacity}`);
  if (lv.casesWithHolder.value !== held) out.push(`held level ${lv.casesWithHolder.value} but ${held} held`);
  if (lv.familiesInFullDuos.value !== inFullDuos) out.push(`families-in-full-duos level ${lv.familiesInFullDuos.value} but ${inFullDuos}`);
  if (lv.inPost.value !== inPost) out.push(`in-post level ${lv.inPost.value} but ${inPost} people`);
  if (lv.inInduction.value !== inducting) out.push(`in-induction level ${lv.inInduction.value} but ${inducting} in induction`);
  if (lv.selfDomainsHeld.value !== selfDomains)
    out.push(`self-delivered domains level ${lv.selfDomainsHeld.value} but ${selfDomains} held`);
  if (lv.casesOutsideMeasure.value !== outsideMeasure)
    out.push(`outside-measure level ${lv.casesOutsideMeasure.value} but ${outsideMeasure} held outside a measure`);
  if (lv.inPost.value + lv.vacancies.value !== team.positions.length) out.push('in post + vacancies ≠ positions');
  if (Math.abs(lv.waiting.value - team.waitingWeight) > 1e-9) out.push('waiting level differs from the waiting list');
  const waitingInMeasure = team.waiting.filter((c) => c.inMeasure).reduce((a, c) => a + c.weight, 0);
  if (Math.abs(lv.waitingInMeasure.value - waitingInMeasure) > 1e-9)
    out.push(`waiting-in-measure level ${lv.waitingInMeasure.value} but ${waitingInMeasure} on the list under a measure`);
  for (let i = 1; i < team.waiting.length; i++)
    if (team.waiting[i - 1]!.since > team.waiting[i]!.since) out.push('waiting list out of order of need');
  for (const c of team.waiting) if (c.family!.responsible !== null) out.push('a waiting family has someone responsible');
  // every live case is in exactly one place
  const waiting = new Set(team.waiting);
  for (const c of live) {
    const placed = c.position?.cases.includes(c);
    const onList = waiting.has(c);
    if (placed === onList) out.push(`a case is placed ${placed} and waiting ${onList}`);
    if (onList !== c.onWaitingList) out.push('onWaitingList flag wrong');
  }
  if (held + team.waiting.length !== live.length) out.push(`team holds ${held + team.waiting.length} cases, ${live.length} are live`);
  // nobody waits while a healthy person in post has room for them
  for (const c of team.waiting) {
    const room = team.positions.find((p) => team.roomOf(p) >= c.weight);
    if (room !== undefined) out.push(`a case of weight ${c.weight} waits while position ${room.index} has room ${team.roomOf(room)}`);
  }
  return out;
}
