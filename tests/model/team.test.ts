// The workforce on its own (src/model/team.ts): caps, the waiting list in order of need,
// induction, departures and where their cases go, duos (assignment, the carry limit, rebalancing,
// coordination), sick leave and its cover, and the pressure-dependent leave rate. A Team is
// driven directly, so each rule is checked exactly; the families are real, so warm and cold are
// the model's own verdicts.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Deterministic, Exponential, Lognormal } from '../../src/kernel/index.js';
import { RoomIndex } from '../../src/model/roomIndex.js';
import { DAYS_PER_YEAR } from '../../src/model/units.js';
import { admitNew, brokenRules, departNow, discharge, fallIllNow, makeTeam, type Harness } from './teamHarness.js';

const sick = (days: number, replacementPool: number, episodesPerYear = 0) => ({
  sickLeave: { episodesPerYear, days: new Deterministic(days), replacementPool },
});
const duos = (carryLimit: number) => ({ duos: { carryLimit } });

describe('the room index', () => {
  it('gives the largest room and the first unit holding it, as a scan would, under any updates', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: -5, max: 30 })), { maxLength: 200 }),
        (units, updates) => {
          const index = new RoomIndex(units);
          const rooms = new Array<number>(units).fill(-Infinity);
          expect(index.max()).toBe(-Infinity);
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
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 200) },
    );
  });
});

describe('caseload cap and waiting list', () => {
  it('gives each new case to the position with most room and queues the rest', () => {
    const h = makeTeam({ positions: 3, capPerPosition: 4 });
    const first = admitNew(h);
    expect(first.position!.index).toBe(0);
    const second = admitNew(h);
    expect(second.position!.index).toBe(1); // most room, not the first position
    for (let i = 0; i < 12; i++) admitNew(h);
    expect(h.team.positions.map((p) => p.load)).toEqual([4, 4, 4]);
    expect(h.team.waiting.length).toBe(2);
    expect(h.released.length).toBe(2);
    expect(h.team.waitingWeight).toBe(2);
    expect(brokenRules(h)).toEqual([]);
    // a discharge frees room, which the first waiting case takes
    const next = h.team.waiting[0]!;
    discharge(h, first);
    expect(next.position).toBe(h.team.positions[0]);
    expect(h.assigned.at(-1)).toMatchObject({ c: next, reason: 'structural', kind: 'none' });
    expect(h.team.waiting.length).toBe(1);
    // a waiting case that leaves comes off the list
    discharge(h, h.team.waiting[0]!);
    expect(h.team.waiting.length).toBe(0);
    expect(h.team.levels.waiting.value).toBe(0);
    expect(brokenRules(h)).toEqual([]);
  });

  it('skips a waiting case too heavy for the room there is, and serves a lighter one behind it', () => {
    const h = makeTeam({ positions: 1, capPerPosition: 5 });
    const a = admitNew(h, 4);
    const heavy = admitNew(h, 3);
    const light = admitNew(h, 1);
    expect(a.position).not.toBeNull();
    expect(heavy.onWaitingList).toBe(true);
    expect(light.position).not.toBeNull();
    expect(brokenRules(h)).toEqual([]);
    discharge(h, a);
    expect(heavy.position).not.toBeNull();
  });

  it('keeps the waiting list in order of need: a case orphaned by a departure goes before later ones', () => {
    const h = makeTeam({ positions: 2, capPerPosition: 2, recruitmentDays: new Deterministic(100) });
    h.sim.run(10);
    const old = [admitNew(h), admitNew(h), admitNew(h), admitNew(h)]; // since day 10, all placed
    h.sim.run(20);
    const later = [admitNew(h, 1, 20), admitNew(h, 1, 15)];
    expect(h.team.waiting.map((c) => c.since)).toEqual([15, 20]);
    departNow(h, old[0]!.position!);
    // the leaver's two cases (since day 10) wait before the ones whose need began later
    expect(h.team.waiting.map((c) => c.since)).toEqual([10, 10, 15, 20]);
    expect(h.team.waiting.slice(2)).toEqual([later[1], later[0]]);
    expect(brokenRules(h)).toEqual([]);
    // the new hire serves them in that order
    h.sim.run(121);
    expect(h.team.waiting.map((c) => c.since)).toEqual([15, 20]);
    expect(brokenRules(h)).toEqual([]);
  });

  it('a new person holds a reduced caseload during induction, the full cap after it', () => {
    const h = makeTeam({
      positions: 2,
      capPerPosition: 10,
      inductionDays: 50,
      inductionCapShare: 0.5,
      recruitmentDays: new Deterministic(30),
    });
    for (let i = 0; i < 20; i++) admitNew(h);
    expect(h.team.levels.inInduction.value).toBe(0); // the team starts experienced
    departNow(h, h.team.positions[0]!);
    expect(h.team.waiting.length).toBe(10);
    expect(h.team.levels.capacity.value).toBe(10);
    h.sim.run(31); // the vacancy is filled on day 30
    expect(h.team.positions[0]!.load).toBe(5);
    expect(h.team.levels.inInduction.value).toBe(1);
    expect(h.team.levels.capacity.value).toBe(15);
    expect(h.team.waiting.length).toBe(5);
    expect(brokenRules(h)).toEqual([]);
    h.sim.run(81); // induction ends on day 80
    expect(h.team.positions[0]!.load).toBe(10);
    expect(h.team.levels.inInduction.value).toBe(0);
    expect(h.team.waiting.length).toBe(0);
    expect(brokenRules(h)).toEqual([]);
  });

  it("an induction cut short by a departure does not end the next person's induction early", () => {
    const h = makeTeam({ positions: 1, capPerPosition: 10, inductionDays: 50, recruitmentDays: new Deterministic(10) });
    departNow(h, h.team.positions[0]!);
    h.sim.run(20); // hired on day 10, induction until day 60
    departNow(h, h.team.positions[0]!);
    h.sim.run(40); // hired again on day 30, induction until day 80
    h.sim.run(61); // the first induction's end passes
    expect(h.team.positions[0]!.inducting).toBe(true);
    expect(h.team.capOf(h.team.positions[0]!)).toBe(5);
    h.sim.run(81);
    expect(h.team.positions[0]!.inducting).toBe(false);
    expect(brokenRules(h)).toEqual([]);
  });
});

describe('departures', () => {
  it("solo: a leaving person's cases go to colleagues with room (cold, turnover), the rest wait for the new hire", () => {
    const h = makeTeam({ positions: 3, capPerPosition: 4, recruitmentDays: new Deterministic(30) });
    for (let i = 0; i < 10; i++) admitNew(h);
    const leaving = h.team.positions.find((p) => p.load === 4)!;
    const theirs = leaving.cases.slice();
    const before = h.assigned.length;
    departNow(h, leaving);
    expect(h.team.departures).toBe(1);
    expect(leaving.person).toBeNull();
    expect(leaving.fillAt).toBe(30);
    const moved = h.assigned.slice(before);
    expect(moved.every((a) => a.pos !== leaving && a.reason === 'turnover' && a.kind === 'cold')).toBe(true);
    expect(moved.length + h.team.waiting.length).toBe(theirs.length);
    expect(h.team.waiting.length).toBe(2);
    expect(theirs.filter((c) => c.onWaitingList).every((c) => c.family!.responsible === null)).toBe(true);
    expect(brokenRules(h)).toEqual([]);
    h.sim.run(31);
    expect(h.team.waiting.length).toBe(0);
    expect(h.assigned.slice(-2).every((a) => a.pos === leaving && a.kind === 'cold' && a.reason === 'turnover')).toBe(true);
    expect(brokenRules(h)).toEqual([]);
  });

  it("duos: the partner carries a leaver's cases warm up to the carry limit; the rest go to colleagues or wait", () => {
    const h = makeTeam({ positions: 4, capPerPosition: 10, ...duos(13), recruitmentDays: new Deterministic(100) });
    for (let i = 0; i < 36; i++) admitNew(h);
    expect(h.team.positions.map((p) => p.load)).toEqual([9, 9, 9, 9]);
    const [leaving, partner] = [h.team.positions[0]!, h.team.positions[1]!];
    expect(leaving.partner).toBe(partner);
    const theirs = leaving.cases.slice();
    const before = h.assigned.length;
    departNow(h, leaving);
    const moved = h.assigned.slice(before);
    const toPartner = moved.filter((a) => a.pos === partner);
    // 9 + 4 = 13: the limit, not the partner's cap of 10 and not all nine
    expect(partner.load).toBe(13);
    expect(toPartner.length).toBe(4);
    expect(toPartner.every((a) => a.kind === 'warm' && a.reason === 'turnover')).toBe(true);
    // the other five to the other pair's members with room (one each: 10 is their cap), the rest wait
    const toOthers = moved.filter((a) => a.pos !== partner);
    expect(toOthers.map((a) => a.pos.index).sort()).toEqual([2, 3]);
    expect(toOthers.every((a) => a.kind === 'cold')).toBe(true);
    expect(h.team.waiting.length).toBe(3);
    expect(toPartner.length + toOthers.length + h.team.waiting.length).toBe(theirs.length);
    expect(brokenRules(h)).toEqual([]);
  });

  it("duos: a carrier over their cap takes no new case, and a lone member's room is their own cap", () => {
    const h = makeTeam({ positions: 2, capPerPosition: 6, ...duos(8), recruitmentDays: new Deterministic(100) });
    for (let i = 0; i < 8; i++) admitNew(h);
    departNow(h, h.team.positions[0]!);
    const partner = h.team.positions[1]!;
    expect(partner.load).toBe(8);
    expect(h.team.waiting.length).toBe(0 + 8 - 8);
    admitNew(h);
    expect(partner.load).toBe(8);
    expect(h.team.waiting.length).toBe(1);
    expect(brokenRules(h)).toEqual([]);
  });

  it('duos: when the seat is filled the pair rebalances to the new member, warm (they met the families at the start)', () => {
    const h = makeTeam({
      positions: 2,
      capPerPosition: 10,
      ...duos(13),
      recruitmentDays: new Deterministic(30),
      inductionDays: 60,
      inductionCapShare: 0.2,
    });
    for (let i = 0; i < 16; i++) admitNew(h);
    departNow(h, h.team.positions[0]!);
    const [seat, carrier] = [h.team.positions[0]!, h.team.positions[1]!];
    expect(carrier.load).toBe(13);
    expect(h.team.waiting.length).toBe(3);
    const before = h.assigned.length;
    h.sim.run(31); // filled on day 30: the new member knows every family of the pair
    expect(carrier.cases.every((c) => c.family!.knows(seat.person!))).toBe(true);
    // in induction the new member takes 2 from the carrier, who stays over its cap until the induction ends
    expect(seat.load).toBe(2);
    expect(carrier.load).toBe(11);
    const rebalanced = h.assigned.slice(before);
    expect(rebalanced.length).toBe(2);
    expect(rebalanced.every((a) => a.pos === seat && a.kind === 'warm' && a.reason === 'turnover')).toBe(true);
    expect(brokenRules(h)).toEqual([]);
    h.sim.run(91); // induction over: the carrier hands down to its cap, then the waiting list is served
    expect(carrier.load).toBe(10);
    expect(seat.load).toBe(6);
    expect(h.team.waiting.length).toBe(0);
    expect(h.assigned.filter((a) => a.at === 90 && a.pos === seat && a.c.holder === seat.person).length).toBe(6 - 2);
    expect(brokenRules(h)).toEqual([]);
  });

  it('duos: families cost coordination only while both seats are filled', () => {
    const h = makeTeam({ positions: 2, capPerPosition: 10, ...duos(13), recruitmentDays: new Deterministic(30) });
    for (let i = 0; i < 6; i++) admitNew(h);
    expect(h.team.levels.familiesInFullDuos.value).toBe(6);
    expect(h.team.positions.every((p) => p.partnered)).toBe(true);
    departNow(h, h.team.positions[0]!);
    expect(h.team.positions[1]!.partnered).toBe(false);
    expect(h.team.levels.familiesInFullDuos.value).toBe(0);
    h.sim.run(20);
    admitNew(h);
    expect(h.team.levels.familiesInFullDuos.value).toBe(0);
    h.sim.run(31);
    expect(h.team.levels.familiesInFullDuos.value).toBe(7);
    // a time-average: 6 families for 0 days … 0 for 30 … 7 after
    h.sim.run(60);
    expect(h.team.levels.familiesInFullDuos.mean()).toBeCloseTo((7 * 30) / 60, 9);
    expect(brokenRules(h)).toEqual([]);
  });

  it('duos: a new case goes to the healthy member with room, never to a sick one', () => {
    const h = makeTeam({ positions: 2, capPerPosition: 10, ...duos(13), ...sick(50, 0) });
    for (let i = 0; i < 4; i++) admitNew(h);
    const [a, b] = h.team.positions as [(typeof h.team.positions)[0], (typeof h.team.positions)[0]];
    discharge(h, a.cases[0]!); // a has more room than b
    fallIllNow(h, a);
    expect(h.team.roomOf(a)).toBe(0);
    const c = admitNew(h);
    expect(c.position).toBe(b);
    fallIllNow(h, b);
    const d = admitNew(h);
    expect(d.onWaitingList).toBe(true); // both ill: nobody takes new cases
    expect(brokenRules(h)).toEqual([]);
    h.sim.run(51);
    expect(d.position).not.toBeNull();
    expect(brokenRules(h)).toEqual([]);
  });

  it('duos: when both members are gone, the cases go to other pairs cold, or wait', () => {
    const h = makeTeam({ positions: 4, capPerPosition: 6, ...duos(8), recruitmentDays: new Deterministic(100) });
    for (let i = 0; i < 16; i++) admitNew(h);
    departNow(h, h.team.positions[0]!);
    const before = h.assigned.length;
    departNow(h, h.team.positions[1]!);
    const moved = h.assigned.slice(before);
    expect(moved.length).toBeGreaterThan(0);
    expect(moved.every((a) => a.pos.index >= 2 && a.kind === 'cold')).toBe(true);
    expect(brokenRules(h)).toEqual([]);
  });
});

describe('sick leave', () => {
  it('solo: a guardian on sick leave takes no new case, though they have the most room; the family waits for their return', () => {
    // Two solo guardians with a cap of 3; the second falls ill with nobody on their caseload, so
    // by room alone every new case would go to them. A replacement covers the (empty) caseload:
    // cover is seeing families already held, not taking on new ones.
    const h = makeTeam({ positions: 2, capPerPosition: 3, ...sick(30, 1) });
    const [healthy, ill] = [h.team.positions[0]!, h.team.positions[1]!];
    admitNew(h);
    expect(healthy.load).toBe(1);
    fallIllNow(h, ill);
    expect(ill.coverKind).toBe('replacement');
    const during = [admitNew(h), admitNew(h), admitNew(h)];
    // positions 0, 0, and the list: the healthy one is full, the one with room is ill
    expect(during.map((c) => c.position?.index ?? 'waiting')).toEqual([0, 0, 'waiting']);
    expect(ill.load).toBe(0);
    expect(h.team.roomOf(ill)).toBe(0);
    expect(brokenRules(h)).toEqual([]);
    h.sim.run(31); // back on day 30: the waiting family goes to them
    expect(ill.sick).toBe(false);
    expect(during[2]!.position).toBe(ill);
    expect(brokenRules(h)).toEqual([]);
  });

  it("solo: a replacement from the pool covers (cold), and the guardian's return is warm", () => {
    const h = makeTeam({ positions: 2, ...sick(20, 1) });
    const [c1, c2] = [admitNew(h), admitNew(h)];
    const pos = c1.position!;
    const guardian = pos.person!;
    fallIllNow(h, pos);
    expect(pos.coverKind).toBe('replacement');
    expect(h.team.levels.replacementsInUse.value).toBe(1);
    expect(h.covered).toEqual([expect.objectContaining({ c: c1, kind: 'cold' })]);
    expect(c1.family!.responsible).toBe(pos.cover);
    expect(c1.family!.handoversBy('absence')).toEqual({ cold: 1, warm: 0 });
    expect(c2.family!.responsible).not.toBe(pos.cover);
    expect(brokenRules(h)).toEqual([]);
    h.sim.run(21);
    expect(pos.sick).toBe(false);
    expect(c1.family!.responsible).toBe(guardian);
    expect(c1.family!.handoversBy('absence')).toEqual({ cold: 1, warm: 1 });
    expect(h.team.levels.replacementsInUse.value).toBe(0);
    expect(brokenRules(h)).toEqual([]);
  });

  it('duo: the partner covers (warm) whatever both caseloads hold (covering is seeing, not holding); a replacement (cold) when the partner is ill too', () => {
    const h = makeTeam({ positions: 2, capPerPosition: 10, ...duos(13), ...sick(20, 1) });
    for (let i = 0; i < 16; i++) admitNew(h);
    const [a, b] = [h.team.positions[0]!, h.team.positions[1]!];
    fallIllNow(h, a); // 8 + 8 > 13: still the partner
    expect(a.coverKind).toBe('partner');
    expect(a.cover).toBe(b.person);
    expect(b.covering).toBe(a);
    expect(b.load).toBe(8); // the partner sees a's families but does not hold them
    expect(h.covered.every((x) => x.kind === 'warm')).toBe(true);
    expect(h.team.levels.replacementsInUse.value).toBe(0);
    const n = h.covered.length;
    fallIllNow(h, b); // the partner falls ill as well: the pool's one replacement for a's families, nobody for b's
    expect(a.coverKind).toBe('replacement');
    expect(b.coverKind).toBe(null);
    expect(b.cover).toBe(null);
    const after = h.covered.slice(n);
    expect(after.filter((x) => x.by !== null).every((x) => x.kind === 'cold' && x.by?.role === 'replacement')).toBe(true);
    expect(after.filter((x) => x.by === null)).toHaveLength(8);
    expect(brokenRules(h)).toEqual([]);
  });

  it('with the pool empty nobody covers: the families have days without a professional until a replacement is free', () => {
    const h = makeTeam({ positions: 3, ...sick(30, 1) });
    const [c1, c2] = [admitNew(h), admitNew(h)];
    fallIllNow(h, c1.position!); // takes the only replacement, until day 30
    h.sim.run(10);
    fallIllNow(h, c2.position!); // until day 40
    expect(c2.position!.coverKind).toBeNull();
    expect(c2.family!.responsible).toBeNull();
    const before = c2.family!.daysWithoutProfessionalAt(10);
    h.sim.run(25);
    expect(c2.family!.daysWithoutProfessionalAt(25) - before).toBeCloseTo(15, 9);
    expect(brokenRules(h)).toEqual([]);
    h.sim.run(31); // the first is back on day 30: the replacement goes to the second
    expect(c2.position!.coverKind).toBe('replacement');
    expect(c2.family!.daysWithoutProfessionalAt(31) - before).toBeCloseTo(20, 9);
    expect(c2.family!.handoversBy('absence').cold).toBe(1);
    h.sim.run(41);
    expect(c2.family!.responsible).toBe(c2.position!.person);
    expect(c2.family!.daysWithoutProfessionalAt(41) - before).toBeCloseTo(20, 9);
    expect(brokenRules(h)).toEqual([]);
  });

  it('a duo member who falls ill stops covering the partner, whose families get a replacement', () => {
    const h = makeTeam({ positions: 2, capPerPosition: 10, ...duos(13), ...sick(50, 2) });
    for (let i = 0; i < 4; i++) admitNew(h);
    const [a, b] = [h.team.positions[0]!, h.team.positions[1]!];
    fallIllNow(h, a);
    expect(a.cover).toBe(b.person);
    fallIllNow(h, b);
    expect(a.coverKind).toBe('replacement');
    expect(b.coverKind).toBe('replacement');
    expect(a.cases.every((c) => c.family!.responsible?.role === 'replacement')).toBe(true);
    expect(brokenRules(h)).toEqual([]);
  });

  it('a leaving partner who covered a sick member is replaced as cover', () => {
    const h = makeTeam({ positions: 2, capPerPosition: 10, ...duos(13), ...sick(50, 1), recruitmentDays: new Deterministic(200) });
    for (let i = 0; i < 4; i++) admitNew(h);
    const [a, b] = [h.team.positions[0]!, h.team.positions[1]!];
    fallIllNow(h, a);
    departNow(h, b);
    expect(a.coverKind).toBe('replacement');
    // the sick member carries nothing: b's families go elsewhere or wait
    expect(a.cases.length).toBe(2);
    expect(brokenRules(h)).toEqual([]);
    h.sim.run(51); // a is back, the replacement returns to the pool
    expect(h.team.levels.replacementsInUse.value).toBe(0);
    expect(brokenRules(h)).toEqual([]);
  });

  it('a sick member back at work covers the partner left with nobody', () => {
    const h = makeTeam({ positions: 2, capPerPosition: 10, ...duos(13), ...sick(50, 0) });
    for (let i = 0; i < 4; i++) admitNew(h);
    const [a, b] = [h.team.positions[0]!, h.team.positions[1]!];
    fallIllNow(h, a);
    h.sim.run(10);
    fallIllNow(h, b); // b covered a: now both have nobody
    expect(a.coverKind).toBeNull();
    expect(b.coverKind).toBeNull();
    h.sim.run(51); // a is back on day 50 and covers b, warm
    expect(b.coverKind).toBe('partner');
    expect(b.cases.every((c) => c.family!.responsible === a.person)).toBe(true);
    expect(brokenRules(h)).toEqual([]);
  });

  it('comes at the rate and with the duration the scenario gives', () => {
    // Episodes start at `episodesPerYear` per year of being at work; their length is drawn.
    const episodesPerYear = 1.5;
    const mean = 40;
    const sd = 25;
    const people = 30;
    const years = 20;
    const h = makeTeam({ positions: people, sickLeave: { episodesPerYear, days: new Lognormal(mean, sd), replacementPool: 3 } }, 17);
    const began = new Map<number, number>();
    const lengths: number[] = [];
    const team = h.team;
    const fall = team.fallIll.bind(team);
    const recover = team.recover.bind(team);
    team.fallIll = (pos) => {
      began.set(pos.index, h.sim.now);
      fall(pos);
    };
    team.recover = (pos) => {
      lengths.push(h.sim.now - began.get(pos.index)!);
      began.delete(pos.index);
      recover(pos);
    };
    h.sim.run(years * DAYS_PER_YEAR);
    const sickDays = lengths.reduce((a, b) => a + b, 0) + [...began.values()].reduce((a, t) => a + (h.sim.now - t), 0);
    const yearsAtWork = people * years - sickDays / DAYS_PER_YEAR;
    const expected = episodesPerYear * yearsAtWork;
    const episodes = lengths.length + began.size;
    expect(Math.abs(episodes - expected)).toBeLessThan(4 * Math.sqrt(expected));
    const m = lengths.reduce((a, b) => a + b, 0) / lengths.length;
    expect(Math.abs(m - mean)).toBeLessThan(4 * (sd / Math.sqrt(lengths.length)));
    expect(brokenRules(h)).toEqual([]);
  });

  it('no sick leave when the rate is 0', () => {
    const h = makeTeam({ positions: 10, sickLeave: { episodesPerYear: 0, days: new Deterministic(10), replacementPool: 1 } });
    h.sim.run(50 * DAYS_PER_YEAR);
    expect(h.team.positions.every((p) => !p.sick && p.sickEntry === null)).toBe(true);
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
    const h = makeTeam(
      {
        positions,
        turnoverRatePerYear: r,
        turnoverPressureSensitivity: s,
        pressureOf: () => pressure,
        recruitmentDays: new Deterministic(0),
      },
      7,
    );
    h.sim.run(years * DAYS_PER_YEAR);
    const expected = positions * years * r * factor;
    expect(Math.abs(h.team.departures - expected)).toBeLessThan(4 * Math.sqrt(expected));
  });

  it('a leave rate of 0 means nobody ever leaves', () => {
    const h = makeTeam({ positions: 10, turnoverRatePerYear: 0, turnoverPressureSensitivity: 5, pressureOf: () => 10 });
    h.sim.run(50 * DAYS_PER_YEAR);
    expect(h.team.departures).toBe(0);
  });

  it('pressure raises the rate from the moment it rises: the hazard budget is kept, not redrawn', () => {
    // With common random numbers a person under more pressure leaves earlier, never later.
    const leaveAt = (pressure: number) => {
      const h = makeTeam({ positions: 1, turnoverRatePerYear: 0.3, turnoverPressureSensitivity: 1, pressureOf: () => pressure }, 11);
      const t0 = h.team.positions[0]!.person;
      while (h.team.positions[0]!.person === t0 && h.sim.step()) {
        /* until the first person leaves */
      }
      return h.sim.now;
    };
    const calm = leaveAt(1);
    const pressed = leaveAt(2);
    expect(pressed).toBeCloseTo(calm / 2, 6);
  });

  it('a pressure change part-way spends the budget at the old rate first', () => {
    // rate doubles on day T: the person leaves at T + (budget − r·T) / 2r instead of budget / r
    let pressure = 1;
    const h = makeTeam(
      { positions: 1, capPerPosition: 10, turnoverRatePerYear: 0.5, turnoverPressureSensitivity: 1, pressureOf: () => pressure },
      3,
    );
    const pos = h.team.positions[0]!;
    const calmAt = pos.departure!.time;
    const T = calmAt / 3;
    h.sim.run(T);
    pressure = 2;
    admitNew(h); // a change of caseload makes the team look at the pressure again
    expect(pos.departure!.time).toBeCloseTo(T + (calmAt - T) / 2, 6);
  });
});

describe('property: the rules hold under any sequence of events', () => {
  type Op =
    | { k: 'admit'; w: number; d: number; m: boolean }
    | { k: 'measure'; i: number; m: boolean }
    | { k: 'discharge'; i: number }
    | { k: 'depart'; i: number }
    | { k: 'sick'; i: number }
    | { k: 'advance'; days: number };
  const op: fc.Arbitrary<Op> = fc.oneof(
    {
      arbitrary: fc.record({
        k: fc.constant('admit' as const),
        w: fc.integer({ min: 1, max: 4 }),
        d: fc.integer({ min: 0, max: 3 }),
        m: fc.boolean(),
      }),
      weight: 4,
    },
    { arbitrary: fc.record({ k: fc.constant('measure' as const), i: fc.nat(1000), m: fc.boolean() }), weight: 1 },
    { arbitrary: fc.record({ k: fc.constant('discharge' as const), i: fc.nat(1000) }), weight: 2 },
    { arbitrary: fc.record({ k: fc.constant('depart' as const), i: fc.nat(1000) }), weight: 1 },
    { arbitrary: fc.record({ k: fc.constant('sick' as const), i: fc.nat(1000) }), weight: 1 },
    { arbitrary: fc.record({ k: fc.constant('advance' as const), days: fc.integer({ min: 0, max: 120 }) }), weight: 2 },
  );

  it('no caseload above its cap or carry limit; every case in one place; nobody waits while there is room; levels agree', () => {
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 3, max: 12 }),
        fc.integer({ min: 0, max: 6 }),
        fc.integer({ min: 0, max: 2 }),
        fc.integer({ min: 0, max: 1000 }),
        fc.array(op, { maxLength: 80 }),
        (isDuo, units, cap, extra, pool, seed, ops) => {
          const h: Harness = makeTeam(
            {
              positions: isDuo ? 2 * units : units + 1,
              capPerPosition: cap,
              duos: isDuo ? { carryLimit: cap + extra } : null,
              turnoverRatePerYear: 1,
              turnoverPressureSensitivity: 1,
              pressureOf: (pos) => pos.load / cap + 0.5,
              recruitmentDays: new Lognormal(40, 30),
              inductionDays: 30,
              inductionCapShare: 0.5,
              sickLeave: { episodesPerYear: 2, days: new Exponential(20), replacementPool: pool },
            },
            seed,
          );
          for (const o of ops) {
            const positions = h.team.positions;
            if (o.k === 'admit') admitNew(h, o.w, h.sim.now, o.d, o.m);
            else if (o.k === 'measure') {
              if (h.live.length > 0) h.team.setInMeasure(h.live[o.i % h.live.length]!, o.m);
            } else if (o.k === 'discharge') {
              if (h.live.length === 0) continue;
              discharge(h, h.live[o.i % h.live.length]!);
            } else if (o.k === 'depart') {
              const pos = positions[o.i % positions.length]!;
              if (pos.person !== null) departNow(h, pos);
            } else if (o.k === 'sick') {
              const pos = positions[o.i % positions.length]!;
              if (pos.person !== null && !pos.sick) fallIllNow(h, pos);
            } else h.sim.run(h.sim.now + o.days);
            const broken = brokenRules(h);
            if (broken.length > 0) throw new Error(`after ${JSON.stringify(o)} at day ${h.sim.now.toFixed(1)}: ${broken.join('; ')}`);
          }
        },
      ),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 200) },
    );
  });
});

describe('rates too small for any finite time', () => {
  it('a leave rate or sick-leave rate of the smallest positive number means it never happens, not a crash', () => {
    const h = makeTeam({
      positions: 3,
      turnoverRatePerYear: Number.MIN_VALUE,
      sickLeave: { episodesPerYear: Number.MIN_VALUE, days: new Deterministic(10), replacementPool: 0 },
    });
    h.sim.run(100 * DAYS_PER_YEAR);
    expect(h.team.departures).toBe(0);
    expect(h.team.positions.every((p) => p.departure === null && p.sickEntry === null)).toBe(true);
  });
});
