// What a family sees when the workforce moves its case (src/model/assignments.ts) and how its
// guardian visits go on (src/model/visits.ts): one family on the fixed path (pathScenario: a
// measure from day 91, the first visit 5 days after a guardian takes it, then every 7 days, the
// shortest interval), with sickness and departures forced at known moments. A face the family
// knows goes on with the visits as planned; a new face starts over after the first-visit delay;
// nobody means no visits; the event log names each of these steps.

import { describe, expect, it } from 'vitest';
import { Chain } from '../../src/model/chain.js';
import type { Family } from '../../src/model/family.js';
import { guardianListener } from '../../src/model/assignments.js';
import { newCase, type Position } from '../../src/model/team.js';
import { DAYS_PER_YEAR } from '../../src/model/units.js';
import { SEED, pathScenario, runUntil, tracedChain, type Plain } from './helpers.js';

const fixed = (value: number) => ({ kind: 'deterministic', value });
const TWO_GUARDIANS: Plain = { gi: { institutions: [{ name: 'GI', share: 1, guardianPositions: 2 }] } };
const DUOS: Plain = { reforms: { guardianDuos: { enabled: true } } };
/** Sick leave of 38 days; a pool of one replacement (share 1 of one position), or none. */
const ILL = (pool: number): Plain => ({ guardians: { sickDays: fixed(38), replacementPoolShare: pool } });

/** The path family in a chain of `s`, its guardian visits as they are counted, and its guardian's position once it has one. */
function visited(s: ReturnType<typeof pathScenario>) {
  const traced = tracedChain(s);
  traced.signal(0);
  const f = traced.chain.families.get(1)!;
  const visits: number[] = [];
  const record = f.recordVisit.bind(f);
  f.recordVisit = (t) => {
    visits.push(t);
    record(t);
  };
  runUntil(traced.chain, () => f.measure !== null && f.guardianCase?.position != null);
  expect(traced.chain.sim.now).toBe(91);
  const pos = f.guardianCase!.position! as Position<Family>;
  expect(traced.chain.time.visitIntervalDays(pos)).toBe(7);
  return { ...traced, f, visits, pos };
}

/** Runs to day `until` and counts the visits due before it. */
function runTo(chain: Chain, f: Family, until: number): void {
  chain.sim.run(until);
  chain.visits.catchUp(f, until);
}

const step = (from: number, to: number, by = 7) =>
  Array.from({ length: Math.floor((to - from) / by) + 1 }, (_, k) => from + k * by).filter((t) => t < to);

describe('visits when someone else sees the family', () => {
  it('a replacement (a new face) starts after the first-visit delay; the guardian back (known) goes on as planned', () => {
    const { chain, f, visits, pos, events } = visited(pathScenario(ILL(1)));
    chain.sim.scheduleAt(101, () => pos.team.fallIll(pos)); // back on day 139
    runTo(chain, f, 160);
    // 96 by the guardian; the replacement from 106 (101 + 5) every 7 days; the guardian back on
    // day 139 keeps the next planned visit (141)
    expect(visits).toEqual([96, ...step(106, 160)]);
    const gi = events
      .filter((e) => e.caseId === 1 && e.link === 'GI' && e.timeDays >= 91 && e.timeDays < 160)
      .map((e) => [e.timeDays, e.activity, e.resource.replace(/#\d+/, '')]);
    expect(gi).toEqual([
      [91, 'measure: OTS', 'court'],
      [91, 'guardian assigned', 'guardian'],
      [101, 'cover during sick leave (cold)', 'replacement'],
      [139, 'cover during sick leave (warm)', 'guardian'],
    ]);
  });

  it('a duo partner (a known face) goes on with the visits as planned, and so does the guardian back', () => {
    const { chain, f, visits, pos } = visited(pathScenario(TWO_GUARDIANS, DUOS, ILL(0)));
    chain.sim.scheduleAt(101, () => pos.team.fallIll(pos));
    runTo(chain, f, 160);
    expect(pos.partner!.covering).toBe(null); // back on day 139
    expect(visits).toEqual(step(96, 160));
  });

  it('nobody covering means no visits; the guardian back visits one interval later', () => {
    const { chain, f, visits, pos, events } = visited(pathScenario(ILL(0)));
    chain.sim.scheduleAt(101, () => pos.team.fallIll(pos));
    runTo(chain, f, 160);
    expect(visits).toEqual([96, ...step(146, 160)]);
    expect(events.filter((e) => e.caseId === 1 && e.timeDays === 101).map((e) => [e.activity, e.resource, e.link])).toEqual([
      ['guardian ill, nobody covers', 'GI', 'GI'],
    ]);
  });

  it('a duo partner who takes the case over when the guardian leaves (warm) goes on with the visits as planned', () => {
    const { chain, f, visits, pos, events } = visited(pathScenario(TWO_GUARDIANS, DUOS));
    chain.sim.scheduleAt(101, () => pos.team.depart(pos));
    runTo(chain, f, 130);
    expect(f.guardianCase!.position).toBe(pos.partner);
    expect(visits).toEqual(step(96, 130));
    expect(events.filter((e) => e.caseId === 1 && e.timeDays === 101).map((e) => e.activity)).toEqual(['guardian change (warm)']);
  });

  it('a visit due at the very moment the guardian leaves is not made by the leaver: the new guardian starts after the delay', () => {
    const { chain, f, visits, pos, events } = visited(pathScenario(TWO_GUARDIANS));
    chain.sim.scheduleAt(110, () => pos.team.depart(pos));
    runTo(chain, f, 130);
    expect(visits).toEqual([96, 103, 115, 122, 129]);
    expect(f.guardianChanges).toBe(1);
    expect(
      events.filter((e) => e.caseId === 1 && e.timeDays === 110).map((e) => [e.activity, e.resource.replace(/#\d+/, ''), e.link]),
    ).toEqual([['guardian change (cold)', 'guardian', 'GI']]);
  });

  it('a family whose guardian left waits with nobody: no visits, days without a professional, then a new face', () => {
    const { chain, f, visits, pos, events } = visited(pathScenario({ guardians: { recruitmentDays: fixed(30), inductionDays: 0 } }));
    chain.sim.scheduleAt(101, () => pos.team.depart(pos));
    runTo(chain, f, 102);
    expect(f.responsible).toBeNull();
    expect(events.filter((e) => e.caseId === 1 && e.timeDays === 101).map((e) => [e.activity, e.resource, e.link])).toEqual([
      ['waiting for a guardian', 'GI waiting list', 'GI'],
    ]);
    runTo(chain, f, 150);
    // hired on day 131, first visit 5 days later
    expect(visits).toEqual([96, ...step(136, 150)]);
    expect(f.daysWithoutProfessionalAt(150)).toBe(30);
  });
});

describe('the local team', () => {
  it('the worker is named in the event log; a worker who leaves leaves the family with nobody', () => {
    const { chain, events, signal } = tracedChain(pathScenario({ localTeam: { recruitmentDays: fixed(50) } }));
    signal(0);
    const f = chain.families.get(1)!;
    const worker = f.responsible!;
    expect(worker.role).toBe('LT');
    expect(events.filter((e) => e.caseId === 1 && e.timeDays === 0 && e.link === 'LT').map((e) => [e.activity, e.resource])).toEqual([
      ['local team worker', `LT#${worker.id}`],
    ]);
    chain.sim.run(10);
    const pos = f.localTeamCase!.position!;
    pos.team.depart(pos);
    expect(f.responsible).toBeNull();
    chain.sim.run(20);
    expect(f.daysWithoutProfessionalAt(20)).toBe(10);
  });
});

describe("the guardians' listener", () => {
  it('refuses a case without a family (only a bug in the chain could make one)', () => {
    const chain = new Chain(pathScenario(), SEED, 0);
    const team = chain.institutions[0]!;
    const c = newCase(team as never, null, 1, 0, 0, 'structural');
    expect(() => guardianListener(chain).assigned(c as never, team.positions[0]!, 'structural')).toThrow(/a case without a family/);
  });
});

describe('counting visits due', () => {
  it('no visits while nobody sees the family, whatever was planned; none without a guardian at all', () => {
    const { chain, f, pos } = visited(pathScenario(ILL(0)));
    chain.sim.run(100);
    pos.team.fallIll(pos);
    const contacts = f.contacts;
    f.nextVisitAt = 99; // as if one had been planned
    chain.visits.catchUp(f, 100);
    expect(f.contacts).toBe(contacts);
    expect(f.nextVisitAt).toBe(Infinity);
    const lone = new Chain(pathScenario(), SEED, 0);
    lone.arrivals.signal(0);
    const g = lone.families.get(1)!;
    g.nextVisitAt = 0;
    expect(() => lone.visits.catchUp(g, 1)).toThrow(/family 1 has a visit due without a guardian/);
  });
});

describe('departures and the guardian changes they cause, in the window only', () => {
  // the only guardian leaves on day 200; the seat is filled on day 230 and the induction (cap 1 < 2
  // children) ends on day 320, when the family gets its new guardian
  const leaving = (from: number) => {
    const s = pathScenario({
      guardians: { recruitmentDays: fixed(30), inductionDays: 90, inductionCapShare: 0.5 },
      simulation: { warmupYears: from / DAYS_PER_YEAR, years: (600 - from) / DAYS_PER_YEAR, followUpYears: 0 },
    });
    const chain = new Chain(s, SEED, 0);
    chain.arrivals.signal(0);
    chain.sim.run(200);
    const pos = chain.institutions[0]!.positions[0]!;
    pos.team.depart(pos);
    return chain.run().system;
  };

  it('a departure before the window is not counted; the change it causes inside the window is', () => {
    const s = leaving(210);
    expect(s.guardianTurnoverPerYear).toBe(0);
    expect(s.departureChangesPerFamilyGuardianYear).toBeGreaterThan(0);
  });

  it('neither counts when both come before the window', () => {
    const s = leaving(330);
    expect(s.guardianTurnoverPerYear).toBe(0);
    expect(s.departureChangesPerFamilyGuardianYear).toBe(0);
  });
});
