// A settled start and sick leave (src/model/settled/restore.ts): who covers a sick guardian is
// handed out again when a snapshot is restored, and the visits must follow the cover.

import { describe, expect, it } from 'vitest';
import { Chain } from '../../src/model/chain.js';
import { takeSnapshot } from '../../src/model/settled/take.js';
import { SEED, scenario, TIGHT } from './helpers.js';

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

describe('a long-involvement family resumed while its guardian is not yet placed', () => {
  // With long involvement a guardian takes the family on at escalation; the local-team worker keeps
  // it until the guardian is placed (journey.ts, takeGuardianNow). A settled start must re-arm that,
  // or the family is held on both sides until it closes.
  it('leaves its local-team worker once its guardian is placed, as in a running chain', () => {
    // guardians short enough that families taken on at escalation wait for theirs
    const involved = {
      gi: {
        institutions: [
          { name: 'A', share: 0.75, guardianPositions: 4 },
          { name: 'B', share: 0.25, guardianPositions: 1 },
        ],
      },
      reforms: { longInvolvement: { enabled: true } },
    };
    const pilot = new Chain(
      scenario(TIGHT, involved, { simulation: { start: 'empty', warmupYears: 0, years: 3, followUpYears: 0 } }),
      SEED,
      1,
    );
    const waitingIn = (snap: ReturnType<typeof takeSnapshot>) =>
      snap.families.filter((f) => f.guardianCase !== null && f.guardianCase.position === null && f.localTeamCase?.position != null).length;
    let snap = takeSnapshot(0, pilot.families.values(), pilot.institutions, pilot.localTeams);
    for (let day = 200; day <= 800 && waitingIn(snap) === 0; day += 50) {
      pilot.sim.run(day);
      snap = takeSnapshot(day, pilot.families.values(), pilot.institutions, pilot.localTeams);
    }
    expect(waitingIn(snap)).toBeGreaterThan(0);
    const restored = new Chain(
      scenario(TIGHT, involved, { simulation: { start: 'settled', warmupYears: 0, years: 1, followUpYears: 0 } }),
      SEED,
      0,
      null,
      snap,
    );
    const heldTwice = (chain: Chain) =>
      [...chain.families.values()].filter((f) => f.localTeamCase?.position != null && f.guardianCase?.position != null).length;
    for (let day = 0; day <= 360; day += 5) {
      restored.sim.run(day);
      expect(heldTwice(restored)).toBe(0);
    }
    // and the pilot, run on, never holds a family twice either
    expect(heldTwice(pilot)).toBe(0);
  });
});
