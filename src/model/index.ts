// The model's public surface: run one replication of a scenario, or trace one.
import type { Scenario } from '../scenario/schema.js';
import { Chain } from './chain.js';
import { pilotRun } from './settled/pilot.js';
import { startIndex } from './settled/pilotPlan.js';
import type { Snapshot } from './settled/snapshot.js';
import type { Tracer } from './family.js';
import type { ProfessionalSpell, ReplicationResult, TraceEvent, TraceHandover } from './results.js';

export * from './results.js';
export { composeReforms, REFORMS } from './reforms/index.js';
export type { Reforms, ReformEffects, ReformModule, ReformKey } from './reforms/index.js';
export { DAYS_PER_MONTH, DAYS_PER_YEAR } from './units.js';

export { pilotRun, pilotSnapshots, PILOT_REPLICATION } from './settled/pilot.js';
export { pilotPlan, replicationOf, startIndex } from './settled/pilotPlan.js';
export type { Snapshot } from './settled/snapshot.js';

export interface ReplicationOptions {
  seed: number;
  replication: number;
  /**
   * The settled start of this replication: snapshot `replication` of the scenario's pilot
   * (`pilotSnapshots`). Computed here when not given, which runs the pilot up to it; an
   * experiment computes the pilot once for all its replications and passes each its own, as a
   * function that reads it (called once, so whoever holds the options need not hold the snapshot
   * while the replication runs).
   */
  start?: Snapshot | (() => Snapshot);
}

/** The snapshot a replication's settled start begins from (null for an empty start). */
export function startOf(scenario: Scenario, options: ReplicationOptions): Snapshot | null {
  if (scenario.simulation.start !== 'settled') return null;
  if (options.start !== undefined) return typeof options.start === 'function' ? options.start() : options.start;
  const { pilot, index } = startIndex(scenario, options.replication);
  return pilotRun(scenario, options.seed, pilot, index + 1)[index]!;
}

/** Runs one replication: deterministic from (scenario, seed, replication). */
export function runReplication(scenario: Scenario, options: ReplicationOptions): ReplicationResult {
  return new Chain(scenario, options.seed, options.replication, null, startOf(scenario, options)).run();
}

export interface TraceResult {
  result: ReplicationResult;
  events: TraceEvent[];
  spells: ProfessionalSpell[];
  handovers: TraceHandover[];
  /** Children per family, for every family of the replication. */
  children: Map<number, number>;
  /** One row per family that had a measure, to pick one to draw (e.g. the most guardian changes). */
  families: Array<{ caseId: number; guardianChanges: number; handovers: number; professionals: number }>;
}

/** Runs one replication and keeps every family's events and spells (memory grows with the run). */
export function traceReplication(scenario: Scenario, options: ReplicationOptions): TraceResult {
  const events: TraceEvent[] = [];
  const spells: ProfessionalSpell[] = [];
  const handovers: TraceHandover[] = [];
  const children = new Map<number, number>();
  const tracer: Tracer = { event: (e) => events.push(e), spell: (s) => spells.push(s), handover: (h) => handovers.push(h) };
  const chain = new Chain(scenario, options.seed, options.replication, tracer, startOf(scenario, options));
  const families: TraceResult['families'] = [];
  const done = chain.observer.familyDone.bind(chain.observer);
  chain.observer.familyDone = (f, censored) => {
    children.set(f.id, f.children);
    if (f.measures > 0)
      families.push({ caseId: f.id, guardianChanges: f.guardianChanges, handovers: f.handovers, professionals: f.known.size });
    done(f, censored);
  };
  const result = chain.run();
  return { result, events, spells, handovers, children, families };
}
