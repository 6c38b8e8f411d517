// The pilot runs behind a settled start: long runs of the scenario from an empty chain, left to
// settle for `simulation.settledStart.pilotYears`, then paused every `spacingYears` to take a
// snapshot (pilotPlan.ts says which replication starts from which). Each pilot draws its own
// random numbers (a replication number no experiment uses), so it is as reproducible as any
// replication, and two scenarios' pilots share random numbers wherever they agree.

import type { Scenario } from '../../scenario/schema.js';
import { Chain } from '../chain.js';
import { DAYS_PER_YEAR } from '../units.js';
import type { Snapshot } from './snapshot.js';
import { pilotPlan, startIndex } from './pilotPlan.js';
import { takeSnapshot } from './take.js';

/** The replication number of pilot 0's random streams (pilot k uses this − k; never an experiment's). */
export const PILOT_REPLICATION = 2_147_483_647;

/** The snapshots of replications 0 … count − 1, in replication order (every pilot run here, one after another). */
export function pilotSnapshots(p: Scenario, seed: number, count: number): Snapshot[] {
  if (!Number.isInteger(count) || count < 1) throw new RangeError(`a settled start needs at least one snapshot, asked for ${count}`);
  const runs = pilotPlan(p, count).map((t) => pilotRun(p, seed, t.pilot, t.count));
  return Array.from({ length: count }, (_, r) => {
    const { pilot, index } = startIndex(p, r);
    return runs[pilot]![index]!;
  });
}

/** Snapshots 0 … count − 1 of pilot run `pilot`. */
export function pilotRun(p: Scenario, seed: number, pilot: number, count: number): Snapshot[] {
  if (!Number.isInteger(count) || count < 1) throw new RangeError(`a pilot takes at least one snapshot, asked for ${count}`);
  const { pilotYears, spacingYears } = p.simulation.settledStart;
  const first = pilotYears * DAYS_PER_YEAR;
  const spacing = spacingYears * DAYS_PER_YEAR;
  // Stryker disable next-line ArithmeticOperator: more gaps only run the pilot longer; the snapshots taken are the same
  const gaps = count - 1;
  const last = first + gaps * spacing;
  // an empty start whose observation window opens after the last snapshot: a pilot's observations
  // are never used, and the observer's bookkeeping is about a sixth of a pilot's time (the
  // observer only watches, so the snapshots are the same either way: tests/model/settledRestore)
  const empty: Scenario = {
    ...p,
    simulation: {
      ...p.simulation,
      // Stryker disable next-line StringLiteral: any start but 'settled' is empty
      start: 'empty',
      warmupYears: last / DAYS_PER_YEAR + 1,
      years: 1,
      followUpYears: 0,
    },
  };
  // Stryker disable next-line ArithmeticOperator: above or below, each pilot gets streams of its own that no experiment's replication uses
  const chain = new Chain(empty, seed, PILOT_REPLICATION - pilot);
  const out: Snapshot[] = [];
  for (let k = 0; k < count; k++) {
    chain.sim.scheduleAt(first + k * spacing, () =>
      out.push(takeSnapshot(chain.sim.now, chain.families.values(), chain.institutions, chain.localTeams)),
    );
  }
  chain.sim.run(last + 1);
  return out;
}
