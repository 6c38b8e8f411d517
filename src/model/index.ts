// The model's public surface: run one replication of a scenario, or trace one.
import type { Scenario } from '../scenario/schema.js';
import { Chain } from './chain.js';
import type { Tracer } from './family.js';
import type { ProfessionalSpell, ReplicationResult, TraceEvent } from './results.js';

export * from './results.js';

export interface ReplicationOptions {
  seed: number;
  replication: number;
}

/** Runs one replication: deterministic from (scenario, seed, replication). */
export function runReplication(scenario: Scenario, options: ReplicationOptions): ReplicationResult {
  const chain = new Chain(scenario, options.seed, options.replication);
  chain.run();
  return chain.observer.result(options.replication, chain.sim.eventsFired, scenario.guardians.caseloadCapChildren);
}

export interface TraceResult {
  result: ReplicationResult;
  events: TraceEvent[];
  spells: ProfessionalSpell[];
  /** One row per family that had a measure, to pick one to draw (e.g. the most guardian changes). */
  families: Array<{ caseId: number; guardianChanges: number; handovers: number; professionals: number }>;
}

/** Runs one replication and keeps every family's events and spells (memory grows with the run). */
export function traceReplication(scenario: Scenario, options: ReplicationOptions): TraceResult {
  const events: TraceEvent[] = [];
  const spells: ProfessionalSpell[] = [];
  const tracer: Tracer = { event: (e) => events.push(e), spell: (s) => spells.push(s) };
  const chain = new Chain(scenario, options.seed, options.replication, tracer);
  const families: TraceResult['families'] = [];
  const done = chain.observer.familyDone.bind(chain.observer);
  chain.observer.familyDone = (f, censored) => {
    if (f.hadMeasure) families.push({ caseId: f.id, guardianChanges: f.guardianChanges, handovers: f.handovers, professionals: f.known.size });
    done(f, censored);
  };
  chain.run();
  return { result: chain.observer.result(options.replication, chain.sim.eventsFired, scenario.guardians.caseloadCapChildren), events, spells, families };
}
