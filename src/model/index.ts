// The model's public surface: run one replication of a scenario, or trace one.
import type { Scenario } from '../scenario/schema.js';
import { Chain } from './chain.js';
import type { Tracer } from './family.js';
import type { ProfessionalSpell, ReplicationResult, TraceEvent, TraceHandover } from './results.js';

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
  const chain = new Chain(scenario, options.seed, options.replication, tracer);
  const families: TraceResult['families'] = [];
  const done = chain.observer.familyDone.bind(chain.observer);
  chain.observer.familyDone = (f, censored) => {
    children.set(f.id, f.children);
    if (f.hadMeasure) families.push({ caseId: f.id, guardianChanges: f.guardianChanges, handovers: f.handovers, professionals: f.known.size });
    done(f, censored);
  };
  chain.run();
  return { result: chain.observer.result(options.replication, chain.sim.eventsFired, scenario.guardians.caseloadCapChildren), events, spells, handovers, children, families };
}
