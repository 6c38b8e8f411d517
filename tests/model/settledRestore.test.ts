// A snapshot restored (src/model/settled/): a replication's settled start is the state of the pilot
// it was taken from. Restored into a fresh chain and written down again at time 0, it is the same.

import { describe, expect, it } from 'vitest';
import { Chain } from '../../src/model/chain.js';
import { pilotSnapshots, type Snapshot } from '../../src/model/index.js';
import { takeSnapshot } from '../../src/model/settled/take.js';
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
