// Which pilot run and which of its snapshots each replication starts from. Several pilot runs, each
// on its own random numbers, take turns: replication r starts from pilot r mod P, its snapshot
// ⌊r / P⌋. Snapshots of one pilot a few years apart are still correlated (a waiting list remembers
// its past for years); spreading the replications over independent pilots keeps their starts apart,
// and the pilots run in parallel.

import type { Scenario } from '../../scenario/schema.js';

export interface PilotTask {
  pilot: number;
  /** Snapshots this pilot takes. */
  count: number;
}

/** The pilots replications 0 … replications − 1 need, and how many snapshots each takes. */
export function pilotPlan(p: Scenario, replications: number): PilotTask[] {
  const pilots = Math.min(p.simulation.settledStart.pilots, replications);
  return Array.from({ length: pilots }, (_, k) => ({ pilot: k, count: Math.ceil((replications - k) / pilots) }));
}

/** The pilot and snapshot replication `r` starts from. */
export function startIndex(p: Scenario, replication: number): { pilot: number; index: number } {
  const pilots = p.simulation.settledStart.pilots;
  return { pilot: replication % pilots, index: Math.floor(replication / pilots) };
}

/** The replication that starts from snapshot `index` of pilot `pilot` (the inverse of startIndex). */
export function replicationOf(p: Scenario, pilot: number, index: number): number {
  return index * p.simulation.settledStart.pilots + pilot;
}
