// The pilot run behind a settled start: one long run of the scenario from an empty chain, left to
// settle for `simulation.settledStart.pilotYears`, then paused every `spacingYears` to take a
// snapshot. Replication r starts from snapshot r. The pilot draws its own random numbers (a
// replication number no experiment uses), so it is as reproducible as any replication, and two
// scenarios' pilots share random numbers wherever they agree, like their replications.

import type { Scenario } from '../../scenario/schema.js';
import { Chain } from '../chain.js';
import { DAYS_PER_YEAR } from '../units.js';
import type { Snapshot } from './snapshot.js';
import { takeSnapshot } from './take.js';

/** The replication number of the pilot's random streams (never an experiment's). */
export const PILOT_REPLICATION = 2_147_483_647;

/** Snapshots 0 … count − 1 of the scenario's pilot run. */
export function pilotSnapshots(p: Scenario, seed: number, count: number): Snapshot[] {
  if (!Number.isInteger(count) || count < 1) throw new RangeError(`a pilot takes at least one snapshot, asked for ${count}`);
  const { pilotYears, spacingYears } = p.simulation.settledStart;
  const first = pilotYears * DAYS_PER_YEAR;
  const spacing = spacingYears * DAYS_PER_YEAR;
  const last = first + (count - 1) * spacing;
  // an empty start, observed over the whole pilot (its observations are not used)
  const pilot: Scenario = { ...p, simulation: { ...p.simulation, start: 'empty', warmupYears: 0, years: last / DAYS_PER_YEAR + 1, followUpYears: 0 } };
  const chain = new Chain(pilot, seed, PILOT_REPLICATION);
  const out: Snapshot[] = [];
  for (let k = 0; k < count; k++) {
    chain.sim.scheduleAt(first + k * spacing, () => out.push(takeSnapshot(chain.sim.now, chain.families.values(), chain.institutions, chain.localTeams)));
  }
  chain.sim.run(last + 1);
  return out;
}
