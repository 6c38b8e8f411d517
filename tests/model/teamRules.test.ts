// More of the workforce's rules (src/model/team.ts), each driven directly on a Team: the case
// taken back by the person the family knew, the measure a long-involvement case is under, the
// order of a waiting list among equals, a duo's odd seat and its rebalancing down to the first
// case, who keeps covering whom while partners fall ill, recover and leave, the pressure a
// partner's sickness puts on the one who covers, and a team set up from a snapshot.

import { describe, expect, it } from 'vitest';
import { Deterministic } from '../../src/kernel/index.js';
import { newCase, type Position } from '../../src/model/team.js';
import { DAYS_PER_YEAR } from '../../src/model/units.js';
import { admitNew, brokenRules, departNow, discharge, fallIllNow, makeTeam, newFamilyCase, type Harness } from './teamHarness.js';

const sick = (days: number, replacementPool: number) => ({
  sickLeave: { episodesPerYear: 0, days: new Deterministic(days), replacementPool },
});
const duos = (carryLimit: number) => ({ duos: { carryLimit } });

/** Admits a case made by `newFamilyCase` through `admit` and keeps it among the live ones. */
function admitted(h: Harness, weight = 1): { c: ReturnType<typeof newFamilyCase>; placed: boolean } {
  const c = newFamilyCase(h, weight);
  h.live.push(c);
  return { c, placed: h.team.admit(c) };
}

describe('admitting and discharging', () => {
  it('says whether the case was placed, and a discharged case is off the list and out of the team', () => {
    const h = makeTeam({ positions: 1, capPerPosition: 2 });
    expect(admitted(h).placed).toBe(true);
    expect(admitted(h).placed).toBe(true);
    const waiting = admitted(h);
    expect(waiting.placed).toBe(false);
    expect(waiting.c.onWaitingList).toBe(true);
    discharge(h, waiting.c);
    expect(waiting.c.onWaitingList).toBe(false);
    expect(h.team.waiting.length).toBe(0);
    // a case discharged twice, or never admitted, changes nothing
    const never = newFamilyCase(h);
    h.team.discharge(never);
    h.team.discharge(waiting.c);
    expect(h.team.positions[0]!.load).toBe(2);
    expect(brokenRules(h)).toEqual([]);
  });

  it('a new case is outside a measure unless it is made under one', () => {
    const h = makeTeam({ positions: 2 });
    expect(newCase(h.team, null, 1, 0, 0, 'structural').inMeasure).toBe(false);
    admitNew(h);
    admitNew(h);
    expect(h.team.levels.casesOutsideMeasure.value).toBe(2);
    admitNew(h, 1, h.sim.now, 0, true);
    expect(h.team.levels.casesOutsideMeasure.value).toBe(2);
    expect(brokenRules(h)).toEqual([]);
  });

  it('a case on the waiting list counts as a child without a guardian only once it is under a measure', () => {
    const h = makeTeam({ positions: 1, capPerPosition: 2 });
    admitNew(h, 2);
    // long involvement: queued at the escalation, no ruling yet
    const early = admitNew(h, 2);
    expect(early.onWaitingList).toBe(true);
    expect(h.team.levels.waiting.value).toBe(2);
    expect(h.team.levels.waitingInMeasure.value).toBe(0);
    // the ruling while it waits
    h.team.setInMeasure(early, true);
    expect(h.team.levels.waitingInMeasure.value).toBe(2);
    // a case queued under a measure counts at once, and stops counting when placed or gone
    const ruled = admitNew(h, 1, h.sim.now, 0, true);
    expect(h.team.levels.waitingInMeasure.value).toBe(3);
    discharge(h, early);
    expect(h.team.levels.waitingInMeasure.value).toBe(1);
    expect(ruled.onWaitingList).toBe(true);
    expect(brokenRules(h)).toEqual([]);
  });

  it('cases on the list with the same start of need are served in the order they came', () => {
    const h = makeTeam({ positions: 1, capPerPosition: 1 });
    const holder = admitNew(h, 1, 0);
    const first = admitNew(h, 1, 5);
    const second = admitNew(h, 1, 5);
    const earlier = admitNew(h, 1, 3);
    expect(h.team.waiting).toEqual([earlier, first, second]);
    discharge(h, holder);
    discharge(h, earlier);
    expect(first.position).not.toBeNull();
    expect(second.onWaitingList).toBe(true);
  });
});

describe('taken back by the person the family knew (prompt afschaling)', () => {
  it('goes to that person if they are in post with room, even when a colleague has more room', () => {
    const h = makeTeam({ positions: 2, capPerPosition: 3 });
    const [a, b] = [h.team.positions[0]!, h.team.positions[1]!];
    admitNew(h);
    admitNew(h);
    admitNew(h); // a holds 2, b holds 1
    expect([a.load, b.load]).toEqual([2, 1]);
    const c = newFamilyCase(h);
    h.live.push(c);
    expect(h.team.admitTo(c, a.person)).toBe(true);
    expect(c.position).toBe(a);
    expect(brokenRules(h)).toEqual([]);
  });

  it('goes to whoever has most room when that person has none, has left, or is not named', () => {
    const h = makeTeam({ positions: 3, capPerPosition: 2, recruitmentDays: new Deterministic(100) });
    const [a, b, c] = h.team.positions as [Position<never>, Position<never>, Position<never>];
    admitNew(h);
    admitNew(h);
    admitNew(h);
    admitNew(h); // a 2, b 1, c 1 (a tie goes to the first)
    const full = newFamilyCase(h);
    h.live.push(full);
    expect(h.team.admitTo(full, a.person)).toBe(true);
    expect(full.position).toBe(b);
    const known = c.person;
    departNow(h, c); // nobody has room for c's case: it waits
    const gone = newFamilyCase(h);
    h.live.push(gone);
    expect(h.team.admitTo(gone, known)).toBe(false);
    expect(gone.onWaitingList).toBe(true);
    expect(brokenRules(h)).toEqual([]);
    // nobody named: as any new case
    const fresh = makeTeam({ positions: 2, capPerPosition: 2 });
    admitNew(fresh);
    const x = newFamilyCase(fresh);
    fresh.live.push(x);
    expect(fresh.team.admitTo(x, null)).toBe(true);
    expect(x.position).toBe(fresh.team.positions[1]);
  });

  it("a case heavier than the known person's room goes elsewhere", () => {
    const h = makeTeam({ positions: 2, capPerPosition: 4 });
    const [a, b] = [h.team.positions[0]!, h.team.positions[1]!];
    admitNew(h, 3); // a: 1 left
    const heavy = newFamilyCase(h, 2);
    h.live.push(heavy);
    h.team.admitTo(heavy, a.person);
    expect(heavy.position).toBe(b);
    const fits = newFamilyCase(h, 1);
    h.live.push(fits);
    h.team.admitTo(fits, a.person);
    expect(fits.position).toBe(a); // exactly the room there is
    expect(brokenRules(h)).toEqual([]);
  });
});

describe('a case under a measure or not (long involvement)', () => {
  it('counts held cases outside a measure as their measure starts and ends; a waiting case only once placed', () => {
    const h = makeTeam({ positions: 1, capPerPosition: 1 });
    const held = admitNew(h);
    const waiting = admitNew(h);
    const level = () => h.team.levels.casesOutsideMeasure.value;
    expect(level()).toBe(1);
    h.team.setInMeasure(held, true);
    expect(level()).toBe(0);
    h.team.setInMeasure(held, true); // no change: not counted twice
    expect(level()).toBe(0);
    h.team.setInMeasure(held, false);
    h.team.setInMeasure(held, false);
    expect(level()).toBe(1);
    h.team.setInMeasure(waiting, true);
    expect(level()).toBe(1);
    expect(waiting.inMeasure).toBe(true);
    h.team.setInMeasure(held, true);
    discharge(h, held); // the waiting case under its measure takes the place
    expect(waiting.position).not.toBeNull();
    expect(level()).toBe(0);
    expect(brokenRules(h)).toEqual([]);
  });
});

describe('self-delivered problem domains', () => {
  it("are held with the case, by the position and in the team's level, and leave with it", () => {
    const h = makeTeam({ positions: 2, capPerPosition: 5, recruitmentDays: new Deterministic(10) });
    const a = admitNew(h, 1, 0, 2);
    const b = admitNew(h, 1, 0, 3);
    expect(a.position!.selfDomains).toBe(2);
    expect(b.position!.selfDomains).toBe(3);
    expect(h.team.levels.selfDomainsHeld.value).toBe(5);
    departNow(h, a.position!); // a's case moves to b's holder
    expect(b.position!.selfDomains).toBe(5);
    discharge(h, b);
    expect(h.team.levels.selfDomainsHeld.value).toBe(2);
    expect(brokenRules(h)).toEqual([]);
  });
});

describe('duos: the odd seat and rebalancing', () => {
  it('an odd last position works alone', () => {
    const h = makeTeam({ positions: 3, capPerPosition: 4, ...duos(6) });
    const [a, b, c] = h.team.positions as [Position<never>, Position<never>, Position<never>];
    expect([a.partner, b.partner, c.partner]).toEqual([b, a, null]);
    for (let i = 0; i < 12; i++) admitNew(h);
    expect(c.load).toBe(4);
    expect(c.partnered).toBe(false);
    expect(h.team.levels.familiesInFullDuos.value).toBe(8);
    expect(brokenRules(h)).toEqual([]);
  });

  it("a solo team's most a member carries is its cap", () => {
    expect(makeTeam({ capPerPosition: 7 }).team.carryLimit).toBe(7);
    expect(makeTeam({ capPerPosition: 7, ...duos(9) }).team.carryLimit).toBe(9);
  });

  it('rebalancing looks at every case the carrier holds, down to its first, for one that fits the new member', () => {
    // cap 6, carry 9, induction at half the cap: the new member takes at most 3
    const h = makeTeam({
      positions: 2,
      capPerPosition: 6,
      ...duos(9),
      recruitmentDays: new Deterministic(30),
      inductionDays: 60,
      inductionCapShare: 0.5,
    });
    const [a, b] = [h.team.positions[0]!, h.team.positions[1]!];
    const light = admitNew(h, 1); // to a (the first with most room)
    admitNew(h, 4); // to b (6 > 5)
    admitNew(h, 4); // to a (5 > 2)
    expect([a.load, b.load]).toEqual([5, 4]);
    departNow(h, b); // a carries b's 4: 9, the carry limit
    expect(a.cases.map((c) => c.weight)).toEqual([1, 4, 4]);
    h.sim.run(31); // b's seat is filled: neither 4 fits under 3, the first case does
    expect(light.position).toBe(b);
    expect(a.load).toBe(8);
    expect(brokenRules(h)).toEqual([]);
  });
});

describe('cover while partners fall ill, recover and leave', () => {
  /**
   * A duo and a pool of one replacement, left with b ill and covered by the replacement while a
   * is back at work: a fell ill (b covered), b fell ill (a got the replacement, b nobody), a
   * recovered (the replacement went to b, who had waited longest).
   */
  function bCoveredByReplacement() {
    const h = makeTeam({ positions: 2, capPerPosition: 10, ...duos(13), ...sick(20, 1), recruitmentDays: new Deterministic(100) });
    for (let i = 0; i < 4; i++) admitNew(h);
    const [a, b] = [h.team.positions[0]!, h.team.positions[1]!];
    fallIllNow(h, a); // a back on day 20
    h.sim.run(5);
    fallIllNow(h, b); // b back on day 25
    expect(a.coverKind).toBe('replacement');
    expect(b.coverKind).toBeNull();
    h.sim.run(21);
    expect(a.sick).toBe(false);
    expect(b.coverKind).toBe('replacement');
    return { h, a, b, replacement: b.cover! };
  }

  it('a partner back at work leaves the replacement with the families it already sees', () => {
    const { h, b, replacement } = bCoveredByReplacement();
    expect(b.cover).toBe(replacement);
    expect(b.cases.every((c) => c.family!.responsible === replacement)).toBe(true);
    expect(brokenRules(h)).toEqual([]);
  });

  it('a healthy partner who falls ill or leaves does not change the replacement covering the other', () => {
    const ill = bCoveredByReplacement();
    fallIllNow(ill.h, ill.a);
    expect(ill.b.cover).toBe(ill.replacement);
    expect(ill.a.coverKind).toBeNull(); // the pool's one replacement is with b
    expect(brokenRules(ill.h)).toEqual([]);
    const left = bCoveredByReplacement();
    const seen = left.h.covered.length;
    departNow(left.h, left.a);
    expect(left.b.cover).toBe(left.replacement);
    expect(left.h.covered.slice(seen).filter((x) => left.b.cases.includes(x.c))).toEqual([]);
    expect(brokenRules(left.h)).toEqual([]);
  });

  it('a freed replacement goes to the position that has waited longest, and the others are not announced again', () => {
    const h = makeTeam({ positions: 3, ...sick(30, 1) });
    const cases = [admitNew(h), admitNew(h), admitNew(h)];
    const [p, q, r] = cases.map((c) => c.position!) as [Position<never>, Position<never>, Position<never>];
    fallIllNow(h, p); // the replacement, until day 30
    h.sim.run(5);
    fallIllNow(h, q); // waits
    h.sim.run(10);
    fallIllNow(h, r); // waits behind q
    const announced = (pos: Position<never>) => h.covered.filter((x) => x.c.position === pos).length;
    expect([announced(q), announced(r)]).toEqual([1, 1]);
    h.sim.run(31);
    expect(q.coverKind).toBe('replacement');
    expect(r.coverKind).toBeNull();
    expect(announced(r)).toBe(1);
    expect(brokenRules(h)).toEqual([]);
  });
});

describe("who is told that their families' visits are about to change", () => {
  it("in a duo, a change at one member is told for both: the partner's time or the families it sees change with it", () => {
    const h = makeTeam({ positions: 4, capPerPosition: 10, ...duos(13), ...sick(20, 0), recruitmentDays: new Deterministic(30) });
    for (let i = 0; i < 8; i++) admitNew(h);
    const [a, b, c, d] = h.team.positions as [Position<never>, Position<never>, Position<never>, Position<never>];
    const told = (act: () => void) => {
      h.changing.length = 0;
      act();
      return new Set(h.changing);
    };
    expect(told(() => fallIllNow(h, a))).toEqual(new Set([a, b]));
    const held = c.cases[0]!;
    h.live.splice(h.live.indexOf(held), 1);
    expect(told(() => h.team.discharge(held))).toEqual(new Set([c, d]));
  });
});

describe('pressure on the one who covers', () => {
  it("a partner's sickness raises the pressure on the member who covers, and so their leave rate, from that moment", () => {
    // pressure 1 alone, 2 while covering a sick partner: the rate doubles for the cover
    const rate = 0.5;
    const h = makeTeam({
      positions: 2,
      capPerPosition: 10,
      ...duos(13),
      ...sick(1000, 0),
      turnoverRatePerYear: rate,
      turnoverPressureSensitivity: 1,
      pressureOf: (pos) => (pos.covering !== null ? 2 : 1),
    });
    const [a, b] = [h.team.positions[0]!, h.team.positions[1]!];
    const calmAt = b.departure!.time;
    const T = Math.min(calmAt, a.departure!.time) / 4;
    h.sim.run(T);
    fallIllNow(h, a);
    expect(b.covering).toBe(a);
    expect(b.departure!.time).toBeCloseTo(T + (calmAt - T) / 2, 6);
  });
});

describe('rates too small for any finite time, but above zero', () => {
  it('a leave rate whose time to leave overflows to infinity: nobody leaves, and nothing is scheduled', () => {
    // 1e-321 a year is about 5e-324 a day: positive, but a unit budget over it is Infinity
    const h = makeTeam({ positions: 3, turnoverRatePerYear: 1e-321 });
    expect(h.team.positions.every((p) => p.departure === null)).toBe(true);
    h.sim.run(10 * DAYS_PER_YEAR);
    expect(h.team.departures).toBe(0);
  });
});

describe('a team set up from a snapshot', () => {
  it('vacancies are filled after the days left, inductions end after the days left, the rest is in post', () => {
    const h = makeTeam({ positions: 4, capPerPosition: 4, inductionDays: 50, inductionCapShare: 0.5, turnoverRatePerYear: 0.3 });
    h.team.restorePositions([{ fillInDays: 10 }, { inductionLeftDays: 20 }, {}]);
    const [vacant, inducting, inPost, unlisted] = h.team.positions as [Position<never>, Position<never>, Position<never>, Position<never>];
    expect(vacant.person).toBeNull();
    expect(vacant.departure).toBeNull();
    expect(vacant.fillAt).toBe(10);
    expect(inducting.inducting).toBe(true);
    expect(h.team.capOf(inducting)).toBe(2);
    expect(inPost.inducting).toBe(false);
    expect(unlisted.person).not.toBeNull();
    const lv = h.team.levels;
    expect([lv.inPost.value, lv.vacancies.value, lv.capacity.value, lv.inInduction.value]).toEqual([3, 1, 4 + 2 + 4, 1]);
    expect(brokenRules(h)).toEqual([]);
    h.sim.run(11);
    expect(vacant.person).not.toBeNull();
    expect(vacant.inducting).toBe(true); // a new hire starts their own induction
    h.sim.run(21);
    expect(inducting.inducting).toBe(false);
    expect(h.team.capOf(inducting)).toBe(4);
    expect(brokenRules(h)).toEqual([]);
  });

  it('a vacancy left by a pending departure or sickness cancels them; a snapshot longer than the team is cut', () => {
    // at 1000 a year both would come within hours; cancelled, neither comes before the seat is filled
    const h = makeTeam({
      positions: 1,
      turnoverRatePerYear: 1000,
      sickLeave: { episodesPerYear: 1000, days: new Deterministic(10), replacementPool: 0 },
    });
    const pos = h.team.positions[0]!;
    expect(pos.departure).not.toBeNull();
    expect(pos.sickEntry).not.toBeNull();
    h.team.restorePositions([{ fillInDays: 10 }, { fillInDays: 3 }]);
    expect(pos.departure).toBeNull();
    expect(pos.sickEntry).toBeNull();
    h.sim.run(9.9);
    expect(h.team.departures).toBe(0);
    expect(pos.sick).toBe(false);
    expect(brokenRules(h)).toEqual([]);
  });

  it('a seat that is vacant already is left as it is', () => {
    const h = makeTeam({ positions: 2, capPerPosition: 4, inductionDays: 50, recruitmentDays: new Deterministic(30) });
    departNow(h, h.team.positions[0]!);
    h.team.restorePositions([{ inductionLeftDays: 5 }, {}]);
    expect(h.team.positions[0]!.inducting).toBe(false);
    expect(brokenRules(h)).toEqual([]);
    h.sim.run(6);
    expect(brokenRules(h)).toEqual([]);
    const g = makeTeam({ positions: 1, recruitmentDays: new Deterministic(30) });
    departNow(g, g.team.positions[0]!);
    g.team.restorePositions([{ fillInDays: 5 }]);
    expect(g.team.positions[0]!.fillAt).toBe(30);
    expect(brokenRules(g)).toEqual([]);
  });

  it('a team without induction ignores the induction a snapshot gives', () => {
    const h = makeTeam({ positions: 1, capPerPosition: 4, inductionDays: 0 });
    h.team.restorePositions([{ inductionLeftDays: 20 }]);
    expect(h.team.positions[0]!.inducting).toBe(false);
    expect(h.team.capOf(h.team.positions[0]!)).toBe(4);
  });

  it('cases go back to their position, or wait when it is vacant or none is given', () => {
    const h = makeTeam({ positions: 2, capPerPosition: 1, recruitmentDays: new Deterministic(30) });
    h.team.restorePositions([{}, { fillInDays: 30 }]);
    const restore = (index: number | null) => {
      const c = newFamilyCase(h);
      h.live.push(c);
      h.team.restoreCase(c, index);
      return c;
    };
    expect(restore(0).position).toBe(h.team.positions[0]);
    expect(restore(1).onWaitingList).toBe(true);
    expect(restore(null).onWaitingList).toBe(true);
    expect(brokenRules(h)).toEqual([]);
  });

  it('people ill in the snapshot are ill again with the days they have left, and covered', () => {
    const h = makeTeam({ positions: 3, capPerPosition: 4, ...sick(100, 1) });
    for (let i = 0; i < 3; i++) admitNew(h);
    const [p, q, r] = h.team.positions as [Position<never>, Position<never>, Position<never>];
    h.team.restoreSickness([{ sickLeftDays: 5 }, { sickLeftDays: 8 }, {}, { sickLeftDays: 1 }]);
    expect([p.sick, q.sick, r.sick]).toEqual([true, true, false]);
    expect(p.coverKind).toBe('replacement');
    expect(q.coverKind).toBeNull();
    expect(brokenRules(h)).toEqual([]);
    h.sim.run(6);
    expect(p.sick).toBe(false);
    expect(q.coverKind).toBe('replacement');
    h.sim.run(9);
    expect(q.sick).toBe(false);
    expect(brokenRules(h)).toEqual([]);
    // a team without sick leave, or a vacant seat, ignores it
    const none = makeTeam({ positions: 1 });
    none.team.restoreSickness([{ sickLeftDays: 5 }]);
    expect(none.team.positions[0]!.sick).toBe(false);
    const vacant = makeTeam({ positions: 1, ...sick(100, 1) });
    vacant.team.restorePositions([{ fillInDays: 10 }]);
    vacant.team.restoreSickness([{ sickLeftDays: 5 }]);
    expect(vacant.team.positions[0]!.sick).toBe(false);
  });

  it('a pending episode is replaced by the one the snapshot gives', () => {
    const h = makeTeam({ positions: 1, sickLeave: { episodesPerYear: 50, days: new Deterministic(3), replacementPool: 0 } });
    const pos = h.team.positions[0]!;
    const pending = pos.sickEntry!;
    h.team.restoreSickness([{ sickLeftDays: 40 }]);
    expect(pos.sickEntry).not.toBe(pending);
    expect(pos.sickEntry!.time).toBe(40);
    h.sim.run(39);
    expect(pos.sick).toBe(true); // the pending episode's onset and its 3 days did not end it
  });
});

describe('common random numbers in the workforce', () => {
  it('who leaves when does not depend on sick leave: each draws from its own stream', () => {
    const departures = (over: Parameters<typeof makeTeam>[0]) => {
      const h = makeTeam({ positions: 10, turnoverRatePerYear: 1, recruitmentDays: new Deterministic(10), ...over });
      const at: number[] = [];
      const depart = h.team.depart.bind(h.team);
      h.team.depart = (pos) => {
        at.push(h.sim.now);
        depart(pos);
      };
      h.sim.run(3 * DAYS_PER_YEAR);
      return at;
    };
    const plain = departures({});
    expect(plain.length).toBeGreaterThan(10); // 30 expected
    // nobody covers and the pressure is fixed, so sick leave changes nothing but its own draws
    expect(departures({ sickLeave: { episodesPerYear: 4, days: new Deterministic(5), replacementPool: 0 } })).toEqual(plain);
  });
});
