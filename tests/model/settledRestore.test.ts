// A snapshot restored (src/model/settled/): a replication's settled start is the state of the pilot
// it was taken from. Restored into a fresh chain and written down again at time 0, it is the same.

import { describe, expect, it } from 'vitest';
import { Chain } from '../../src/model/chain.js';
import { PILOT_REPLICATION, pilotSnapshots, type Snapshot, type TraceEvent } from '../../src/model/index.js';
import { pilotRun } from '../../src/model/settled/pilot.js';
import { pilotPlan, replicationOf, startIndex } from '../../src/model/settled/pilotPlan.js';
import { takeSnapshot } from '../../src/model/settled/take.js';
import { everHeld } from '../../src/model/team.js';
import { DAYS_PER_YEAR } from '../../src/model/units.js';
import type { Scenario } from '../../src/scenario/schema.js';
import { SEED, scenario, TIGHT, type Plain } from './helpers.js';

/** Runs the events of the restoring instant (journeys resuming), then writes the chain down again. */
function restoredSnapshot(s: ReturnType<typeof scenario>, snap: Snapshot): Snapshot {
  const chain = new Chain(s, SEED, 0, null, snap);
  while (chain.sim.peekTime() === 0) chain.sim.step();
  return takeSnapshot(chain.sim.now, chain.families.values(), chain.institutions, chain.localTeams);
}

/** Plain data with times rounded (a time is written as "days ago" twice, through a subtraction each way). */
function rounded(x: unknown): unknown {
  if (typeof x === 'number') return Math.round(x * 1e6) / 1e6;
  if (Array.isArray(x)) return x.map(rounded);
  if (x !== null && typeof x === 'object') return Object.fromEntries(Object.entries(x).map(([k, v]) => [k, rounded(v)]));
  return x;
}

describe('a snapshot restored', () => {
  it('is the state it was taken from: every family, case, queue position, measure and position', () => {
    for (const over of [{}, { reforms: { guardianDuos: { enabled: true }, longInvolvement: { enabled: true } } }]) {
      const s = scenario(TIGHT, over, { simulation: { start: 'settled', settledStart: { pilotYears: 4, spacingYears: 1 } } });
      const [snap] = pilotSnapshots(s, SEED, 1);
      expect(snap!.families.length).toBeGreaterThan(100);
      expect(snap!.families.some((f) => f.phase.at === 'measure')).toBe(true);
      // someone queues, and someone waits on a caseload's list (the local team is short of workers)
      expect(snap!.families.some((f) => f.queuedAgoDays !== null)).toBe(true);
      expect(snap!.families.some((f) => f.guardianCase?.position === null || f.localTeamCase?.position === null)).toBe(true);
      const again = restoredSnapshot(s, snap!);
      // When a family began to queue for Veilig Thuis, the Raad, the table or the court is not kept:
      // the queues are rebuilt in their order, and those families are not in the observed cohort.
      // A family whose timed step ends at the very moment of the snapshot takes that step at time 0
      // of the restored chain (here: its OTS review), before the chain is written down again.
      const dueNow = snap!.families.map((f) => f.phase.at === 'measure' && f.phase.resume?.endInDays === 0);
      const strip = (x: Snapshot) =>
        rounded({
          ...x,
          takenAtDays: 0,
          families: x.families
            .filter((_, i) => !dueNow[i])
            .map((f) => ({ ...f, queuedAgoDays: f.queuedAgoDays === null ? null : 'queued' })),
        });
      expect(strip(again)).toEqual(strip(snap!));
    }
  });

  it('the people as they were: a guardian ill with the days left, a local-team vacancy with the days to its fill', () => {
    const over = {
      guardians: { sickDays: { kind: 'deterministic', value: 40 } },
      localTeam: { recruitmentDays: { kind: 'deterministic', value: 60 } },
    };
    const pilot = new Chain(scenario(TIGHT, over, { simulation: { start: 'empty', warmupYears: 0, years: 2, followUpYears: 0 } }), SEED, 0);
    pilot.sim.run(100);
    const guardian = pilot.institutions[1]!.positions[0]!;
    const worker = pilot.localTeams[0]!.positions[0]!;
    expect(guardian.sick || guardian.person === null).toBe(false);
    guardian.team.fallIll(guardian);
    worker.team.depart(worker);
    pilot.sim.run(110);
    const snap = takeSnapshot(pilot.sim.now, pilot.families.values(), pilot.institutions, pilot.localTeams);
    expect(snap.institutions[1]![0]).toEqual({ sickLeftDays: 30 });
    expect(snap.localTeams[0]![0]!.fillInDays).toBe(50);
    const restored = new Chain(
      scenario(TIGHT, over, { simulation: { start: 'settled', warmupYears: 0, years: 1, followUpYears: 0 } }),
      SEED,
      0,
      null,
      snap,
    );
    expect(restored.institutions[1]!.positions[0]!.sick).toBe(true);
    expect(restored.localTeams[0]!.positions[0]!.person).toBeNull();
    // and everyone else in post was well, with a sick leave ahead some day (drawn afresh): well in the restored chain
    const well = (teams: Chain['institutions']) => teams.flatMap((t) => t.positions.map((pos) => pos.person !== null && !pos.sick));
    expect(well(pilot.institutions).filter(Boolean).length).toBeGreaterThan(5);
    expect(well(restored.institutions)).toEqual(well(pilot.institutions));
    expect(well(restored.localTeams)).toEqual(well(pilot.localTeams));
    const again = takeSnapshot(0, restored.families.values(), restored.institutions, restored.localTeams);
    expect(rounded(again.institutions)).toEqual(rounded(snap.institutions));
    expect(rounded(again.localTeams)).toEqual(rounded(snap.localTeams));
  });

  it('into a local team with fewer seats: the cases of a seat it lacks wait, and nobody knows a worker there', () => {
    // a settled start is kept per scenario, so its teams have the seats its pilot had; restoring
    // tolerates fewer all the same (team.ts: restorePositions, restoreCase), and so does the worker a family knew
    const pilot = new Chain(scenario(TIGHT, { simulation: { start: 'empty', warmupYears: 0, years: 2, followUpYears: 0 } }), SEED, 0);
    pilot.sim.run(300);
    const snap = takeSnapshot(pilot.sim.now, pilot.families.values(), pilot.institutions, pilot.localTeams);
    const fewer = new Chain(
      scenario(
        TIGHT,
        { localTeam: { workersPerThousandYouth: 0.1 } },
        { simulation: { start: 'settled', warmupYears: 0, years: 1, followUpYears: 0 } },
      ),
      SEED,
      0,
      null,
      snap,
    );
    const seats = fewer.localTeams[0]!.positions.length;
    expect(seats).toBe(pilot.localTeams[0]!.positions.length - 1);
    const lacking = snap.families.filter((fs) => fs.localTeamCase?.position === seats).length;
    expect(lacking).toBeGreaterThan(0);
    expect(fewer.localTeams[0]!.waiting.length).toBe(pilot.localTeams[0]!.waiting.length + lacking);
    const families = [...fewer.families.values()];
    let knewThere = 0;
    snap.families.forEach((fs, k) => {
      if (fs.knownLocalTeamPosition === seats) {
        knewThere++;
        expect(families[k]!.knownLocalTeamWorker).toBeNull();
      }
    });
    expect(knewThere).toBeGreaterThan(0);
  });

  it("whatever the order of its families: each seat's cases in the order they came, each list in the order it waited", () => {
    const pilot = new Chain(scenario(TIGHT, { simulation: { start: 'empty', warmupYears: 0, years: 2, followUpYears: 0 } }), SEED, 0);
    pilot.sim.run(300);
    const snap = takeSnapshot(pilot.sim.now, pilot.families.values(), pilot.institutions, pilot.localTeams);
    const s = scenario(TIGHT, { simulation: { start: 'settled', warmupYears: 0, years: 1, followUpYears: 0 } });
    /** Each team's cases by how long ago they began there: held per seat, and waiting. */
    const cases = (chain: Chain) => {
      const ago = (c: { since: number }) => rounded(chain.sim.now - c.since);
      return [...chain.localTeams, ...chain.institutions].map((t) => ({
        held: t.positions.map((pos) => pos.cases.map(ago)),
        waiting: t.waiting.map(ago),
      }));
    };
    const asTaken = cases(new Chain(s, SEED, 0, null, snap));
    expect(asTaken).toEqual(cases(pilot));
    // the snapshot lists the families oldest first; listed the other way round, or shuffled, the chain is the same
    const shuffled = snap.families.map((f, k) => ({ f, key: (k * 7919) % 1009 })).sort((a, b) => a.key - b.key);
    for (const families of [[...snap.families].reverse(), shuffled.map((x) => x.f)])
      expect(cases(new Chain(s, SEED, 0, null, { ...snap, families }))).toEqual(asTaken);
    expect(asTaken.flatMap((t) => t.held).filter((seat) => seat.length > 1).length).toBeGreaterThan(3);
    expect(asTaken.flatMap((t) => t.waiting).length).toBeGreaterThan(3);
  });

  it('refuses a snapshot of another chain or format', () => {
    const s = scenario(TIGHT, { simulation: { start: 'settled', settledStart: { pilotYears: 1, spacingYears: 1 } } });
    const [snap] = pilotSnapshots(s, SEED, 1);
    expect(() => new Chain(s, SEED, 0, null, { ...snap!, format: 2 as 4 })).toThrow(/format 2/);
    expect(() => new Chain(s, SEED, 0, null, { ...snap!, institutions: [] })).toThrow(/other institutions/);
    expect(() => new Chain(s, SEED, 0, null, { ...snap!, localTeams: [] })).toThrow(/other institutions or municipalities/);
    expect(() => new Chain(s, SEED, 0)).toThrow(/needs its snapshot/);
  });

  it('comes from a pilot paused every spacing after its settling years', () => {
    const s = scenario(TIGHT, { simulation: { start: 'settled', settledStart: { pilotYears: 1, spacingYears: 0.5, pilots: 1 } } });
    const snaps = pilotSnapshots(s, SEED, 3);
    expect(snaps.map((x) => x.takenAtDays)).toEqual([1, 1.5, 2].map((y) => y * DAYS_PER_YEAR));
    expect(() => pilotSnapshots(s, SEED, 0)).toThrow(new RangeError('a settled start needs at least one snapshot, asked for 0'));
    // the same pilot for the same seed
    expect(JSON.stringify(pilotSnapshots(s, SEED, 1)[0])).toBe(JSON.stringify(snaps[0]));
  });

  it('a pilot run takes the snapshots asked for, no more, and refuses a count that is not a whole positive number', () => {
    const s = scenario(TIGHT, { simulation: { start: 'settled', settledStart: { pilotYears: 0.5, spacingYears: 0.25, pilots: 1 } } });
    expect(pilotRun(s, SEED, 0, 2).map((x) => x.takenAtDays)).toEqual([0.5, 0.75].map((y) => y * DAYS_PER_YEAR));
    for (const bad of [0, -1, 1.5])
      expect(() => pilotRun(s, SEED, 0, bad)).toThrow(new RangeError(`a pilot takes at least one snapshot, asked for ${bad}`));
    // snapshots less than a day apart: still the ones asked for, none past the last
    const often = scenario(TIGHT, { simulation: { start: 'settled', settledStart: { pilotYears: 0.5, spacingYears: 0.001, pilots: 1 } } });
    expect(pilotRun(often, SEED, 0, 2).map((x) => x.takenAtDays)).toEqual([0.5, 0.501].map((y) => y * DAYS_PER_YEAR));
  });

  it('shares the replications out over the pilots: pilot k takes every pilots-th, from k on', () => {
    const s = (pilots: number) => scenario({ simulation: { settledStart: { pilots } } });
    expect(pilotPlan(s(2), 5)).toEqual([
      { pilot: 0, count: 3 },
      { pilot: 1, count: 2 },
    ]);
    expect(pilotPlan(s(3), 7).map((t) => t.count)).toEqual([3, 2, 2]);
    expect(pilotPlan(s(4), 2).map((t) => t.count)).toEqual([1, 1]);
    // and back: snapshot i of pilot k is replication i × pilots + k's
    for (const pilots of [1, 3])
      for (let r = 0; r < 10; r++) {
        const { pilot, index } = startIndex(s(pilots), r);
        expect(replicationOf(s(pilots), pilot, index)).toBe(r);
      }
    expect(replicationOf(s(3), 2, 4)).toBe(14);
  });

  it('is the same whether or not the pilot observes (the observer only watches; pilots skip it for speed)', () => {
    for (const over of [{}, { reforms: { guardianDuos: { enabled: true } } }]) {
      const s = scenario(TIGHT, over, { simulation: { start: 'settled', settledStart: { pilotYears: 3, spacingYears: 1, pilots: 1 } } });
      const [fast] = pilotSnapshots(s, SEED, 1);
      // the same pilot observed from day 0 to past its snapshot
      const at = 3 * DAYS_PER_YEAR;
      const observed = new Chain(
        { ...s, simulation: { ...s.simulation, start: 'empty', warmupYears: 0, years: 4, followUpYears: 0 } },
        SEED,
        PILOT_REPLICATION,
      );
      let slow: Snapshot | undefined;
      observed.sim.scheduleAt(at, () => {
        slow = takeSnapshot(observed.sim.now, observed.families.values(), observed.institutions, observed.localTeams);
      });
      observed.sim.run(at + 1);
      expect(slow!.families.length).toBeGreaterThan(100);
      expect(JSON.stringify(fast)).toBe(JSON.stringify(slow));
    }
  });

  it('takes turns over independent pilots: replication r from pilot r mod pilots, its snapshot r ÷ pilots', () => {
    const s = scenario(TIGHT, { simulation: { start: 'settled', settledStart: { pilotYears: 1, spacingYears: 0.5, pilots: 2 } } });
    const snaps = pilotSnapshots(s, SEED, 4);
    expect(snaps.map((x) => x.takenAtDays)).toEqual([1, 1, 1.5, 1.5].map((y) => y * DAYS_PER_YEAR));
    // replications 0 and 1 start from two different runs at the same moment
    expect(JSON.stringify(snaps[0])).not.toBe(JSON.stringify(snaps[1]));
    // and replication 2 from the first run again, half a year on
    const one = scenario(TIGHT, { simulation: { start: 'settled', settledStart: { pilotYears: 1, spacingYears: 0.5, pilots: 1 } } });
    const [first, second] = pilotSnapshots(one, SEED, 2);
    expect(JSON.stringify(snaps[0])).toBe(JSON.stringify(first));
    expect(JSON.stringify(snaps[2])).toBe(JSON.stringify(second));
  });
});

describe('a family resumed in voluntary help', () => {
  // The need for the compulsory track is drawn at the end of the help period, over the whole
  // period. Families resumed with a day left of a ten-year period have had that period: at 0.12 a
  // year about 70% of them escalate. Drawn over the day left alone, about none would.
  it('escalates with the chance of its whole help period, not of the days it has left', () => {
    const s = scenario(TIGHT, { simulation: { start: 'settled', settledStart: { pilotYears: 4, spacingYears: 1 } } });
    const [snap] = pilotSnapshots(s, SEED, 1);
    // in help now: placed with a worker (the local team here is short of workers, and a family on its list has not begun)
    const helped = (f: Snapshot['families'][number]) =>
      f.phase.at === 'localTeam' &&
      f.phase.helpLeftDays !== undefined &&
      f.phase.afterTable !== true &&
      !f.needsCompulsory &&
      f.localTeamCase?.position != null;
    const resumed = snap!.families.filter(helped).length;
    expect(resumed).toBeGreaterThan(30);
    /** Families that need the compulsory track two days after a start where every helped family has a day left of `wholeDays`. */
    const escalatedWith = (wholeDays: number) => {
      const families = snap!.families.map((f) =>
        helped(f) ? { ...f, phase: { at: 'localTeam' as const, helpLeftDays: 1, helpDays: wholeDays } } : f,
      );
      const chain = new Chain(s, SEED, 0, null, { ...snap!, families });
      while (chain.sim.peekTime() <= 2) chain.sim.step();
      return [...chain.families.values()].filter((f) => f.needsCompulsory).length;
    };
    const share = (escalatedWith(10 * DAYS_PER_YEAR) - escalatedWith(1)) / resumed;
    const expected = 1 - Math.exp(-0.12 * 10);
    expect(share).toBeGreaterThan(expected - 0.2);
    expect(share).toBeLessThan(expected + 0.2);
  });
});

describe('the queues of a snapshot restored', () => {
  // One investigator and one Veilig Thuis worker: both queues are long at the snapshot. A queue is
  // first come, first served whatever the durations, so the families waiting at the snapshot start
  // in the restored chain in the order they would have in the chain it was taken from.
  const QUEUES: Plain = {
    rvdk: { investigators: 1, investigationDays: { kind: 'deterministic', value: 30 } },
    veiligThuis: { workers: 1, triageDays: { kind: 'deterministic', value: 15 } },
  };
  const T = DAYS_PER_YEAR;
  const LINKS = [
    ['investigation', 'RvdK investigation'],
    ['veiligThuis', 'Veilig Thuis triage'],
  ] as const;

  /** A chain whose traced events are kept. */
  const traced = (s: Scenario, replication: number, snap: Snapshot | null = null) => {
    const events: TraceEvent[] = [];
    const chain = new Chain(s, SEED, replication, { event: (e) => events.push(e), spell: () => {} }, snap);
    return { chain, events };
  };
  /** The families (by index in `ids`) in the order they first do `activity` in `events`. */
  const firstStarts = (events: readonly TraceEvent[], ids: number[], activity: string): number[] => {
    const index = new Map(ids.map((id, k) => [id, k]));
    const seen = new Set<number>();
    const out: number[] = [];
    for (const e of events) {
      const k = index.get(e.caseId);
      if (e.activity === activity && k !== undefined && !seen.has(k)) {
        out.push(k);
        seen.add(k);
      }
    }
    return out;
  };

  it("those holding a unit go on holding it; those waiting start in the order they queued; the caseloads' lists keep their order", () => {
    const pilot = traced(scenario(TIGHT, QUEUES, { simulation: { start: 'empty', warmupYears: 0, years: 3, followUpYears: 0 } }), 0);
    pilot.chain.sim.run(T);
    const snap = takeSnapshot(pilot.chain.sim.now, pilot.chain.families.values(), pilot.chain.institutions, pilot.chain.localTeams);
    const pilotIds = [...pilot.chain.families.keys()];
    pilot.events.length = 0;
    /** Each team's waiting list, as indices of the families in the chain's order. */
    const lists = (chain: Chain, ids: number[]) =>
      [...chain.localTeams, ...chain.institutions].map((t) => ({
        waiting: t.waiting.map((c) => ids.indexOf(c.family!.id)),
        held: t.positions.map((pos) => pos.cases.map((c) => ids.indexOf(c.family!.id))),
      }));
    const pilotLists = lists(pilot.chain, pilotIds);
    const restored = traced(
      scenario(TIGHT, QUEUES, { simulation: { start: 'settled', warmupYears: 0, years: 2, followUpYears: 0 } }),
      1,
      snap,
    );
    const restoredIds = [...restored.chain.families.keys()];
    expect(restoredIds).toHaveLength(pilotIds.length);
    // families placed from a snapshot arrived before the window: none is in the observed cohort;
    // each knows the local-team worker it knew (by position; nobody where that seat is vacant now)
    const families = [...restored.chain.families.values()];
    expect(families.some((f) => f.observed)).toBe(false);
    let known = 0;
    snap.families.forEach((fs, k) => {
      const worker =
        fs.knownLocalTeamPosition === null
          ? null
          : (restored.chain.localTeams[fs.municipality]!.positions[fs.knownLocalTeamPosition]!.person ?? null);
      if (worker !== null) known++;
      expect(families[k]!.knownLocalTeamWorker).toBe(worker);
    });
    expect(known).toBeGreaterThan(3);
    // the caseloads' waiting lists in their order, and each position's cases in the order they came
    expect(pilotLists.flatMap((l) => l.waiting).length).toBeGreaterThan(3);
    expect(lists(restored.chain, restoredIds)).toEqual(pilotLists);

    // the unit holders at time 0 of the restored chain are the snapshot's
    while (restored.chain.sim.peekTime() === 0) restored.chain.sim.step();
    const again = takeSnapshot(0, restored.chain.families.values(), restored.chain.institutions, restored.chain.localTeams);
    expect(again.families.map((f) => f.holdsUnit)).toEqual(snap.families.map((f) => f.holdsUnit));

    pilot.chain.sim.run(3 * T);
    restored.chain.sim.run(2 * T);
    for (const [at, activity] of LINKS) {
      const waiting = snap.families.flatMap((f, k) => (f.phase.at === at && !f.holdsUnit ? [k] : []));
      expect(
        snap.families.filter((f) => f.phase.at === at && f.holdsUnit),
        at,
      ).toHaveLength(1);
      expect(waiting.length, at).toBeGreaterThan(3);
      const rank = (order: number[]) => new Map(order.map((k, i) => [k, i]));
      const p = rank(firstStarts(pilot.events, pilotIds, activity).filter((k) => waiting.includes(k)));
      const r = rank(firstStarts(restored.events, restoredIds, activity).filter((k) => waiting.includes(k)));
      expect(p.size, at).toBe(waiting.length);
      expect(r.size, at).toBe(waiting.length);
      // every two that queued at different times start in the same order in both chains
      // (two that queued at the same instant may start in either order)
      let pairs = 0;
      for (const a of waiting)
        for (const b of waiting) {
          if (snap.families[a]!.queuedAgoDays! <= snap.families[b]!.queuedAgoDays!) continue;
          pairs++;
          expect(r.get(a)! < r.get(b)!, `${at}: ${a} queued before ${b}`).toBe(p.get(a)! < p.get(b)!);
        }
      expect(pairs, at).toBeGreaterThan(3);
    }
  });
});

describe('a family resumed on the waiting list for a guardian', () => {
  // Its wait began at the ruling, before the start. When it gets a guardian, that whole wait ends:
  // the monthly series of waits (what `jbsim warmup` reads) must hold it, or the first years lack
  // the longest waits and show a climb that is only the start's.
  it('reports its whole wait since the ruling when placed, once', () => {
    // fewer guardians than the measures need for a while: a list that lasts
    const short = {
      gi: {
        institutions: [
          { name: 'A', share: 0.75, guardianPositions: 3 },
          { name: 'B', share: 0.25, guardianPositions: 1 },
        ],
      },
    };
    const s = scenario(TIGHT, short, {
      simulation: { start: 'settled', warmupYears: 0, settledStart: { pilotYears: 4, spacingYears: 1 } },
    });
    const [snap] = pilotSnapshots(s, SEED, 1);
    // waiting for a first guardian since the ruling (a case that was ever held has turnover as its reason)
    const waiting = snap!.families.filter(
      (f) => f.phase.at === 'measure' && f.guardianCase?.position === null && f.guardianCase.reason !== 'turnover',
    );
    // and back on the list after a guardian left: their wait since the ruling is no wait for a guardian
    expect(
      snap!.families.some((f) => f.phase.at === 'measure' && f.guardianCase?.position === null && f.guardianCase.reason === 'turnover'),
    ).toBe(true);
    expect(waiting.length).toBeGreaterThan(3);
    const ruledAt = waiting.map((f) => (f.phase.at === 'measure' ? -f.phase.resume!.ruledAgoDays : NaN)).sort((a, b) => a - b);
    const chain = new Chain(s, SEED, 0, null, snap!);
    const before: number[] = [];
    const waited = chain.observer.waited.bind(chain.observer);
    chain.observer.waited = (link, days) => {
      // a GI wait that began before the start is one of the resumed families'
      if (link === 'GI' && chain.sim.now - days < 0) before.push(chain.sim.now - days);
      waited(link, days);
    };
    chain.sim.run(2 * DAYS_PER_YEAR);
    const stillWaiting = [...chain.families.values()].filter(
      (f) =>
        f.measure !== null &&
        f.guardianCase !== null &&
        f.guardianCase.position === null &&
        !everHeld(f.guardianCase) &&
        f.measure.rulingAt < 0,
    ).length;
    expect(before.length + stillWaiting).toBe(waiting.length);
    expect(before.length).toBeGreaterThan(0);
    for (const t of before) expect(ruledAt.some((r) => Math.abs(r - t) < 1e-6)).toBe(true);
  });
});
