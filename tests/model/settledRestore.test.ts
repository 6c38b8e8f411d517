// A snapshot restored (src/model/settled/): a replication's settled start is the state of the pilot
// it was taken from. Restored into a fresh chain and written down again at time 0, it is the same.

import { describe, expect, it } from 'vitest';
import { Chain } from '../../src/model/chain.js';
import { PILOT_REPLICATION, pilotSnapshots, type Snapshot } from '../../src/model/index.js';
import { takeSnapshot } from '../../src/model/settled/take.js';
import { everHeld } from '../../src/model/team.js';
import { DAYS_PER_YEAR } from '../../src/model/units.js';
import { SEED, scenario, type Plain } from './helpers.js';

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

/** A third of FoodValley with guardians near their capacity, so some families wait for one. */
const TIGHT: Plain = {
  region: { municipalities: [{ name: 'Ede', youthPopulation: 18000, measuresPerThousandYouth: 8.7 }] },
  gi: {
    institutions: [
      { name: 'A', share: 0.75, guardianPositions: 8 },
      { name: 'B', share: 0.25, guardianPositions: 3 },
    ],
  },
  localTeam: { workersPerThousandYouth: 0.15 },
};

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

  it('refuses a snapshot of another chain or format', () => {
    const s = scenario(TIGHT, { simulation: { start: 'settled', settledStart: { pilotYears: 1, spacingYears: 1 } } });
    const [snap] = pilotSnapshots(s, SEED, 1);
    expect(() => new Chain(s, SEED, 0, null, { ...snap!, format: 2 as 1 })).toThrow(/format 2/);
    expect(() => new Chain(s, SEED, 0, null, { ...snap!, institutions: [] })).toThrow(/other institutions/);
    expect(() => new Chain(s, SEED, 0)).toThrow(/needs its snapshot/);
  });

  it('comes from a pilot paused every spacing after its settling years', () => {
    const s = scenario(TIGHT, { simulation: { start: 'settled', settledStart: { pilotYears: 1, spacingYears: 0.5, pilots: 1 } } });
    const snaps = pilotSnapshots(s, SEED, 3);
    expect(snaps.map((x) => x.takenAtDays)).toEqual([1, 1.5, 2].map((y) => y * DAYS_PER_YEAR));
    expect(() => pilotSnapshots(s, SEED, 0)).toThrow(RangeError);
    // the same pilot for the same seed
    expect(JSON.stringify(pilotSnapshots(s, SEED, 1)[0])).toBe(JSON.stringify(snaps[0]));
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
