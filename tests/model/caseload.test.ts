// The workforce on its own (src/model/caseload.ts): caps, the waiting list, departures and their
// redistribution, duos, induction, sick leave, and the pressure-dependent leave rate. A Team is
// driven directly, without families, so each rule can be checked exactly.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Deterministic, Lognormal, RandomStreams, Simulation } from '../../src/kernel/index.js';
import { RoomIndex, Team, teamLevels, type Assignment, type Case, type CaseListener, type Position, type TeamConfig, type TeamLevels } from '../../src/model/caseload.js';
import { ProfessionalRegistry } from '../../src/model/professional.js';

interface Harness {
  sim: Simulation;
  team: Team;
  levels: TeamLevels;
  assignments: Array<{ c: Case; pos: Position; how: Assignment; at: number }>;
  orphaned: Case[];
  covers: Array<{ c: Case; role: string; warm: boolean }>;
  /** Broken rules seen inside the listener, at the moment of an assignment. */
  violations: string[];
  nextKey: () => number;
}

function makeTeam(over: Partial<TeamConfig> = {}, seed = 1): Harness {
  const sim = new Simulation();
  const streams = new RandomStreams(seed, 0);
  const levels = teamLevels(sim);
  const assignments: Harness['assignments'] = [];
  const orphaned: Case[] = [];
  const covers: Harness['covers'] = [];
  const violations: string[] = [];
  let team: Team | null = null;
  const listener: CaseListener = {
    assigned(c, pos, how) {
      assignments.push({ c, pos, how, at: sim.now });
      const t = team!;
      if (t.unitLoad(pos) > t.unitCap(pos)) violations.push(`load ${t.unitLoad(pos)} > cap ${t.unitCap(pos)} at position ${pos.index} (${how})`);
      if (pos.person === null) violations.push(`case ${c.key} given to vacant position ${pos.index}`);
      if (c.position !== pos || c.onWaitingList) violations.push(`case ${c.key} assigned but not placed`);
    },
    orphaned(c) {
      orphaned.push(c);
    },
    covered(c, cover, warm) {
      covers.push({ c, role: cover.role, warm });
    },
    departed() {},
  };
  const config: TeamConfig = {
    name: 'GI',
    role: 'guardian',
    positions: 4,
    capPerPosition: 10,
    duos: false,
    turnoverRatePerYear: 0,
    turnoverPressureSensitivity: 0,
    recruitmentDays: new Deterministic(30),
    inductionDays: 0,
    inductionCapShare: 0.5,
    sickEpisodesPerYear: 0,
    sickDays: null,
    pressureOf: () => 1,
    ...over,
  };
  team = new Team(sim, config, new ProfessionalRegistry(), (n) => streams.stream(n), levels, listener);
  let key = 1;
  return { sim, team, levels, assignments, orphaned, covers, violations, nextKey: () => key++ };
}

function newCase(h: Harness, weight = 1): Case {
  return { key: h.nextKey(), weight, position: null, waitingSince: h.sim.now, onWaitingList: false };
}

/** Makes the person in `pos` leave now, as their scheduled departure would. */
function departNow(h: Harness, pos: Position): void {
  if (pos.departure !== null) h.sim.cancel(pos.departure);
  h.team.depart(pos);
}

/** Makes the person in `pos` fall ill now, in place of their next scheduled episode. */
function fallIllNow(h: Harness, pos: Position): void {
  if (pos.sickEntry !== null) h.sim.cancel(pos.sickEntry);
  h.team.fallIll(pos);
}

/** Every bookkeeping rule of a team, checked from the outside. Returns the broken ones. */
function brokenRules(h: Harness, live: readonly Case[]): string[] {
  const { team, levels } = h;
  const out: string[] = [...h.violations];
  let load = 0;
  let inPost = 0;
  for (const pos of team.positions) {
    const w = pos.cases.reduce((a, c) => a + c.weight, 0);
    if (w !== pos.load) out.push(`position ${pos.index}: load ${pos.load} but cases weigh ${w}`);
    if (team.unitLoad(pos) > team.unitCap(pos)) out.push(`position ${pos.index}: unit load ${team.unitLoad(pos)} above cap ${team.unitCap(pos)}`);
    if (pos.person === null) {
      if (pos.cases.length > 0) out.push(`vacant position ${pos.index} holds ${pos.cases.length} cases`);
      if (pos.departure !== null || pos.sickEntry !== null || pos.sick) out.push(`vacant position ${pos.index} has a departure or sickness pending`);
    } else {
      inPost++;
      if (pos.sick && pos.cover === null) out.push(`sick position ${pos.index} has nobody covering`);
    }
    load += pos.load;
  }
  if (Math.abs(levels.load.value - load) > 1e-9) out.push(`load level ${levels.load.value} but positions hold ${load}`);
  if (levels.inPost.value !== inPost) out.push(`in-post level ${levels.inPost.value} but ${inPost} people`);
  if (levels.inPost.value + levels.vacancies.value !== team.positions.length) out.push('in post + vacancies ≠ positions');
  if (Math.abs(levels.waiting.value - team.waitingWeight) > 1e-9) out.push('waiting level differs from the waiting list');
  // every live case is in exactly one place
  const waiting = new Set(team.waiting);
  for (const c of live) {
    const placed = c.position !== null && c.position.cases.includes(c);
    const onList = waiting.has(c);
    if (placed === onList) out.push(`case ${c.key}: placed ${placed}, waiting ${onList}`);
    if (onList !== c.onWaitingList) out.push(`case ${c.key}: onWaitingList flag wrong`);
  }
  const liveCount = team.positions.reduce((a, p) => a + p.cases.length, 0) + team.waiting.length;
  if (liveCount !== live.length) out.push(`team holds ${liveCount} cases, ${live.length} are live`);
  // nobody waits while a unit with someone in post has room for them (the vacant half of a duo
  // carries its existing cases only, so it is no room for new ones)
  const step = team.config.duos ? 2 : 1;
  for (const c of team.waiting) {
    for (let i = 0; i < team.positions.length; i += step) {
      const p = team.positions[i];
      const staffed = p.person !== null || (p.partner?.person ?? null) !== null;
      if (staffed && team.unitRoom(p) >= c.weight) out.push(`case ${c.key} (weight ${c.weight}) waits while position ${i} has room`);
    }
  }
  return out;
}

describe('the room index', () => {
  it('gives the largest room and the first unit holding it, as a scan would, under any updates', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: -5, max: 30 })), { maxLength: 200 }),
        (units, updates) => {
          const index = new RoomIndex(units);
          const rooms = new Array<number>(units).fill(-Infinity);
          for (const [at, room] of updates) {
            const unit = at % units;
            index.set(unit, room);
            rooms[unit] = room;
            const max = Math.max(...rooms);
            expect(index.max()).toBe(max);
            if (max > -Infinity) expect(index.first()).toBe(rooms.indexOf(max));
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('caseload cap and waiting list', () => {
  it('gives each new case to the position with most room and queues the rest', () => {
    const h = makeTeam({ positions: 3, capPerPosition: 4 });
    const live = Array.from({ length: 14 }, () => newCase(h));
    for (const c of live) h.team.admit(c);
    expect(h.team.positions.map((p) => p.load)).toEqual([4, 4, 4]);
    expect(h.team.waiting.length).toBe(2);
    expect(h.orphaned.length).toBe(2);
    expect(brokenRules(h, live)).toEqual([]);
    // a discharge frees room, which the first waiting case takes
    const first = h.team.waiting[0];
    h.team.discharge(live[0]);
    expect(first.position).not.toBeNull();
    expect(h.assignments.at(-1)).toMatchObject({ c: first, how: 'fromWaitingList' });
    expect(brokenRules(h, live.slice(1))).toEqual([]);
  });

  it('skips a waiting case too heavy for the room there is, and serves a lighter one behind it', () => {
    const h = makeTeam({ positions: 1, capPerPosition: 5 });
    const a = newCase(h, 4);
    const heavy = newCase(h, 3);
    const light = newCase(h, 1);
    for (const c of [a, heavy, light]) h.team.admit(c);
    expect(heavy.onWaitingList).toBe(true);
    expect(light.position).not.toBeNull();
    expect(brokenRules(h, [a, heavy, light])).toEqual([]);
  });

  it('a new person holds a reduced caseload during induction, the full cap after it', () => {
    const h = makeTeam({ positions: 2, capPerPosition: 10, inductionDays: 50, inductionCapShare: 0.5, recruitmentDays: new Deterministic(30) });
    const live = Array.from({ length: 20 }, () => newCase(h));
    for (const c of live) h.team.admit(c);
    departNow(h, h.team.positions[0]);
    expect(h.team.waiting.length).toBe(10);
    h.sim.run(31); // the vacancy is filled on day 30
    expect(h.team.positions[0].load).toBe(5);
    expect(h.team.waiting.length).toBe(5);
    h.sim.run(81); // induction ends on day 80
    expect(h.team.positions[0].load).toBe(10);
    expect(h.team.waiting.length).toBe(0);
    expect(brokenRules(h, live)).toEqual([]);
  });
});

describe('departures', () => {
  it('solo: a leaving person\'s cases go to colleagues with room, the rest wait for the new hire', () => {
    const h = makeTeam({ positions: 3, capPerPosition: 4, recruitmentDays: new Deterministic(30) });
    const live = Array.from({ length: 10 }, () => newCase(h));
    for (const c of live) h.team.admit(c);
    const leaving = h.team.positions.find((p) => p.load === 4)!;
    const theirs = leaving.cases.slice();
    const before = h.assignments.length;
    departNow(h, leaving);
    expect(h.team.departures).toBe(1);
    expect(leaving.person).toBeNull();
    const moved = h.assignments.slice(before);
    expect(moved.every((a) => a.how === 'redistributed' && a.pos !== leaving)).toBe(true);
    expect(moved.length + h.team.waiting.length).toBe(theirs.length);
    expect(h.team.waiting.length).toBe(2);
    expect(brokenRules(h, live)).toEqual([]);
    h.sim.run(31);
    expect(h.team.waiting.length).toBe(0);
    expect(h.assignments.slice(-2).every((a) => a.how === 'fromWaitingList' && a.pos === leaving)).toBe(true);
    expect(brokenRules(h, live)).toEqual([]);
  });

  it('duos: a leaving member\'s cases go to the partner (how = partner) and the pair keeps its cap', () => {
    const h = makeTeam({ positions: 4, capPerPosition: 6, duos: true });
    const live = Array.from({ length: 20 }, () => newCase(h));
    for (const c of live) h.team.admit(c);
    const leaving = h.team.positions[0];
    const partner = leaving.partner!;
    expect(partner).toBe(h.team.positions[1]);
    const theirs = leaving.cases.slice();
    expect(theirs.length).toBeGreaterThan(0);
    const before = h.assignments.length;
    departNow(h, leaving);
    const moved = h.assignments.slice(before);
    expect(moved.map((a) => a.c)).toEqual(theirs);
    expect(moved.every((a) => a.how === 'partner' && a.pos === partner)).toBe(true);
    expect(theirs.every((c) => c.position === partner)).toBe(true);
    expect(h.team.waiting.length).toBe(0);
    // the vacant half keeps its cap while the partner is in post
    expect(h.team.unitCap(partner)).toBe(12);
    expect(brokenRules(h, live)).toEqual([]);
  });

  it('duos: a pair with a vacancy takes no new case beyond its member in post', () => {
    const h = makeTeam({ positions: 2, capPerPosition: 6, duos: true, recruitmentDays: new Deterministic(100) });
    const first = [newCase(h), newCase(h)];
    for (const c of first) h.team.admit(c);
    departNow(h, h.team.positions[0]);
    const partner = h.team.positions[1];
    expect(partner.cases.length).toBe(2);
    // the partner can take 4 more (its own cap of 6), not the vacant half's 6 as well
    const more = Array.from({ length: 8 }, () => newCase(h));
    for (const c of more) h.team.admit(c);
    expect(partner.cases.length).toBe(6);
    expect(h.team.waiting.length).toBe(4);
    expect(brokenRules(h, [...first, ...more])).toEqual([]);
  });

  it('duos: when both members are gone, the cases go to other pairs or wait', () => {
    const h = makeTeam({ positions: 4, capPerPosition: 6, duos: true, recruitmentDays: new Deterministic(100) });
    const live = Array.from({ length: 16 }, () => newCase(h));
    for (const c of live) h.team.admit(c);
    departNow(h, h.team.positions[0]);
    const before = h.assignments.length;
    departNow(h, h.team.positions[1]);
    const moved = h.assignments.slice(before);
    expect(moved.every((a) => a.how === 'redistributed' && a.pos.index >= 2)).toBe(true);
    expect(brokenRules(h, live)).toEqual([]);
  });

  it('a sick duo member is covered by the partner (warm); a sick solo worker by a replacement (cold)', () => {
    for (const duos of [true, false]) {
      const h = makeTeam({ positions: 2, duos, sickEpisodesPerYear: 1, sickDays: new Deterministic(20) });
      const live = [newCase(h), newCase(h), newCase(h)];
      for (const c of live) h.team.admit(c);
      const pos = live[0].position!;
      fallIllNow(h, pos);
      expect(pos.sick).toBe(true);
      if (duos) expect(pos.cover).toBe(pos.partner!.person);
      const covered = h.covers.filter((x) => pos.cases.includes(x.c));
      expect(covered.length).toBe(pos.cases.length);
      expect(covered.every((x) => x.role === (duos ? 'guardian' : 'replacement') && x.warm === duos)).toBe(true);
      expect(brokenRules(h, live)).toEqual([]);
      h.sim.run(21);
      expect(pos.sick).toBe(false);
      expect(h.covers.slice(-pos.cases.length).every((x) => x.role === 'guardian' && x.warm)).toBe(true);
    }
  });
});

describe('leave rate and work pressure', () => {
  // Immediate refill and a constant pressure: departures are Poisson with rate
  // positions × years × r × (1 + s × max(0, pressure − 1)).
  const cases: Array<{ s: number; pressure: number; factor: number }> = [
    { s: 0, pressure: 3, factor: 1 },
    { s: 1, pressure: 3, factor: 3 },
    { s: 0.5, pressure: 2, factor: 1.5 },
    { s: 2, pressure: 0.5, factor: 1 },
  ];
  it.each(cases)('sensitivity $s at pressure $pressure multiplies the leave rate by $factor', ({ s, pressure, factor }) => {
    const r = 0.2;
    const positions = 40;
    const years = 25;
    const h = makeTeam({ positions, turnoverRatePerYear: r, turnoverPressureSensitivity: s, pressureOf: () => pressure, recruitmentDays: new Deterministic(0) }, 7);
    h.sim.run(years * 365);
    const expected = positions * years * r * factor;
    expect(Math.abs(h.team.departures - expected)).toBeLessThan(4 * Math.sqrt(expected));
  });

  it('a leave rate of 0 means nobody ever leaves', () => {
    const h = makeTeam({ positions: 10, turnoverRatePerYear: 0, turnoverPressureSensitivity: 5, pressureOf: () => 10 });
    h.sim.run(50 * 365);
    expect(h.team.departures).toBe(0);
  });

  it('pressure raises the rate from the moment it rises: the hazard budget is kept, not redrawn', () => {
    // With common random numbers a person under more pressure leaves earlier, never later.
    const leaveAt = (pressure: number) => {
      const h = makeTeam({ positions: 1, turnoverRatePerYear: 0.3, turnoverPressureSensitivity: 1, pressureOf: () => pressure }, 11);
      const t0 = h.team.positions[0].person;
      while (h.team.positions[0].person === t0 && h.sim.step()) {
        /* until the first person leaves */
      }
      return h.sim.now;
    };
    const calm = leaveAt(1);
    const pressed = leaveAt(2);
    expect(pressed).toBeCloseTo(calm / 2, 6);
  });
});

describe('property: the rules hold under any sequence of events', () => {
  type Op =
    | { k: 'admit'; w: number }
    | { k: 'discharge'; i: number }
    | { k: 'depart'; i: number }
    | { k: 'sick'; i: number }
    | { k: 'advance'; days: number };
  const op: fc.Arbitrary<Op> = fc.oneof(
    { arbitrary: fc.record({ k: fc.constant('admit' as const), w: fc.integer({ min: 1, max: 4 }) }), weight: 4 },
    { arbitrary: fc.record({ k: fc.constant('discharge' as const), i: fc.nat(1000) }), weight: 2 },
    { arbitrary: fc.record({ k: fc.constant('depart' as const), i: fc.nat(1000) }), weight: 1 },
    { arbitrary: fc.record({ k: fc.constant('sick' as const), i: fc.nat(1000) }), weight: 1 },
    { arbitrary: fc.record({ k: fc.constant('advance' as const), days: fc.integer({ min: 0, max: 120 }) }), weight: 2 },
  );

  it('no caseload exceeds its cap; every case is in one place; nobody waits while there is room', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.integer({ min: 1, max: 3 }), fc.integer({ min: 3, max: 12 }), fc.integer({ min: 0, max: 1000 }), fc.array(op, { maxLength: 80 }), (duos, units, cap, seed, ops) => {
        const h = makeTeam(
          {
            positions: duos ? 2 * units : units + 1,
            capPerPosition: cap,
            duos,
            turnoverRatePerYear: 1,
            turnoverPressureSensitivity: 1,
            pressureOf: (pos) => pos.load / cap + 0.5,
            recruitmentDays: new Lognormal(40, 30),
            inductionDays: 30,
            inductionCapShare: 0.5,
            sickEpisodesPerYear: 2,
            sickDays: new Lognormal(20, 15),
          },
          seed,
        );
        const live: Case[] = [];
        for (const o of ops) {
          const positions = h.team.positions;
          if (o.k === 'admit') {
            const c = newCase(h, o.w);
            live.push(c);
            h.team.admit(c);
          } else if (o.k === 'discharge') {
            if (live.length === 0) continue;
            const [c] = live.splice(o.i % live.length, 1);
            h.team.discharge(c);
          } else if (o.k === 'depart') {
            const pos = positions[o.i % positions.length];
            if (pos.person !== null) departNow(h, pos);
          } else if (o.k === 'sick') {
            const pos = positions[o.i % positions.length];
            if (pos.person !== null && !pos.sick) fallIllNow(h, pos);
          } else {
            h.sim.run(h.sim.now + o.days);
          }
          const broken = brokenRules(h, live);
          if (broken.length > 0) throw new Error(`after ${JSON.stringify(o)} at day ${h.sim.now.toFixed(1)}: ${broken.join('; ')}`);
        }
      }),
      { numRuns: 300 },
    );
  });
});
