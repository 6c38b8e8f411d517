// A settled start and sick leave (src/model/settled/restore.ts): who covers a sick guardian is
// handed out again when a snapshot is restored, and the visits must follow the cover.

import { describe, expect, it } from 'vitest';
import { Chain } from '../../src/model/chain.js';
import { takeSnapshot } from '../../src/model/settled/take.js';
import { SEED, scenario, type Plain } from './helpers.js';

/** A third of FoodValley with guardians near their capacity (as in settledRestore.test.ts). */
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

describe('a family resumed under a sick guardian', () => {
  // A snapshot records who is ill, not who covers them: restoring hands the replacements out again,
  // seat by seat, so a guardian nobody covered in the pilot may be covered in the restored chain.
  // In a running chain a cover plans a visit (assignments.ts: covered → afterNewVisitor).
  it('is visited by whoever covers it in the restored chain, as in a running chain', () => {
    const sickly = {
      guardians: { sickEpisodesPerYear: 3, sickDays: { kind: 'deterministic', value: 60 }, replacementPoolShare: 0.15 },
    };
    const pilot = new Chain(
      scenario(TIGHT, sickly, { simulation: { start: 'empty', warmupYears: 0, years: 3, followUpYears: 0 } }),
      SEED,
      1,
    );
    pilot.sim.run(400);
    const snap = takeSnapshot(pilot.sim.now, pilot.families.values(), pilot.institutions, pilot.localTeams);
    const restored = new Chain(
      scenario(TIGHT, sickly, { simulation: { start: 'settled', warmupYears: 0, years: 1, followUpYears: 0 } }),
      SEED,
      0,
      null,
      snap,
    );
    /** Families in a measure whose guardian is ill and covered: [covered, of them with no visit planned]. */
    const coveredWithoutVisit = (chain: Chain) => {
      const covered = [...chain.families.values()].filter(
        (f) => f.measure !== null && f.guardianCase?.position?.sick && f.guardianCase.position.cover !== null,
      );
      return [covered.length, covered.filter((f) => f.nextVisitAt === Infinity).length];
    };
    const [inPilot, unvisitedInPilot] = coveredWithoutVisit(pilot);
    expect(inPilot).toBeGreaterThan(0);
    expect(unvisitedInPilot).toBe(0);
    const [inRestored, unvisitedInRestored] = coveredWithoutVisit(restored);
    expect(inRestored).toBeGreaterThan(0);
    expect(unvisitedInRestored).toBe(0);
  });
});
