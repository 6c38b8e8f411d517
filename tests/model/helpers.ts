// Small scenarios and runners for the model's mechanism tests. Runs are short (a year or two of
// warm-up, two or three observed years) so the folder stays fast; comparisons between scenarios
// use the same seed and replications, i.e. common random numbers.

import { expect } from 'vitest';
import { Chain } from '../../src/model/chain.js';
import type { Family } from '../../src/model/family.js';
import {
  runReplication,
  traceReplication,
  type HandoverCause,
  type Link,
  type ReplicationResult,
  type TraceEvent,
  type TraceResult,
} from '../../src/model/index.js';
import type { Role } from '../../src/model/professional.js';
import { scenarioSchema, type Scenario } from '../../src/scenario/schema.js';
import { valueCountsMean, mergeAll, type ValueCounts } from '../../src/statistics/index.js';

export type Plain = Record<string, unknown>;
const isPlain = (v: unknown): v is Plain => typeof v === 'object' && v !== null && !Array.isArray(v);

/** `over` laid over `base`, group by group (lists are replaced, not merged). */
export function deepMerge(base: Plain, over: Plain): Plain {
  const out: Plain = { ...base };
  for (const [k, v] of Object.entries(over)) out[k] = isPlain(v) && isPlain(out[k]) ? deepMerge(out[k] as Plain, v) : v;
  return out;
}

/** The full scenario: schema defaults (FoodValley today) with `overrides` laid over them. */
export function scenario(...overrides: Plain[]): Scenario {
  return scenarioSchema.parse(overrides.reduce((acc, o) => deepMerge(acc, o), { name: 'test' } as Plain));
}

/** A short run of the baseline from an empty chain: 2 years of warm-up, 3 observed, 1 of follow-up. */
export const SHORT: Plain = { simulation: { start: 'empty', warmupYears: 2, years: 3, followUpYears: 1 } };

/** Guardian positions that duos can pair (the default has an odd number at one GI). */
export const EVEN_INSTITUTIONS: Plain = {
  gi: {
    institutions: [
      { name: 'Jeugdbescherming Gelderland', share: 0.7, guardianPositions: 20 },
      { name: 'William Schrikker Groep', share: 0.18, guardianPositions: 6 },
      { name: 'Leger des Heils', share: 0.12, guardianPositions: 4 },
    ],
  },
};

export const SEED = 4242;

export function replications(s: Scenario, n: number, seed = SEED): ReplicationResult[] {
  return Array.from({ length: n }, (_, r) => runReplication(s, { seed, replication: r }));
}

export function traces(s: Scenario, n: number, seed = SEED): TraceResult[] {
  return Array.from({ length: n }, (_, r) => traceReplication(s, { seed, replication: r }));
}

export function mean(xs: readonly number[]): number {
  return xs.length === 0 ? NaN : xs.reduce((a, b) => a + b, 0) / xs.length;
}
export function sum(xs: readonly number[]): number {
  return xs.reduce((a, b) => a + b, 0);
}
/** All families' values of a per-family metric, pooled over replications. */
export function pooled(results: readonly ReplicationResult[], pick: (r: ReplicationResult) => ValueCounts): ValueCounts {
  return mergeAll(results.map(pick));
}
/** The mean over all families of all replications (NaN with none). */
export function pooledMean(results: readonly ReplicationResult[], pick: (r: ReplicationResult) => ValueCounts): number {
  return valueCountsMean(pooled(results, pick));
}

// ---- one family on a deterministic path ---------------------------------------------------------

/**
 * A chain with no arrivals of its own, where one family needs the compulsory track and is sure
 * to get an OTS of exactly one year (no extension, no Veilig Thuis, no re-entry, nobody leaves
 * or falls ill unless a test makes them). Two guardian positions at one GI.
 */
export function oneFamilyScenario(...overrides: Plain[]): Scenario {
  return scenario(
    {
      entry: { signalsPerThousandYouthPerYear: 0, viaVeiligThuisShare: 0, reentryProbability: 0 },
      family: { compulsoryNeedAtEntry: 1, deteriorationRatePerYear: 0 },
      jbt: { compulsoryDecisionWithNeed: 1 },
      rvdk: { measureRequestWithNeed: 1 },
      court: { otsShare: 1, voogdijShare: 0 },
      gi: { otsExtensionProbability: 0, afschalingToLocalTeam: 1, institutions: [{ name: 'GI', share: 1, guardianPositions: 2 }] },
      guardians: { turnoverRatePerYear: 0, sickEpisodesPerYear: 0 },
      localTeam: { turnoverRatePerYear: 0 },
      providers: { changeRatePerYear: 0 },
      simulation: { start: 'empty', warmupYears: 0, years: 4, followUpYears: 1 },
    },
    ...overrides,
  );
}

export interface HandoverRecord {
  at: number;
  from: Role;
  to: Role;
  kind: 'cold' | 'warm';
  cause: HandoverCause;
}

export interface OneFamily {
  chain: Chain;
  family: Family;
  handovers: HandoverRecord[];
  /** The family's waits so far, per link, in the order they ended. */
  waits: () => FamilyWaits;
}

export type FamilyWaits = Partial<Record<Link, number[]>>;

/**
 * Every wait the chain's families end, per family id, as the journey reports it to the observer
 * (which counts the cohort's and keeps no family's own). Install before the first signal.
 */
export function waitsByFamily(chain: Chain): Map<number, FamilyWaits> {
  const waits = new Map<number, FamilyWaits>();
  const counted = chain.observer.familyWaited.bind(chain.observer);
  chain.observer.familyWaited = (f, link, days) => {
    const mine = waits.get(f.id) ?? {};
    waits.set(f.id, mine);
    mine[link] = [...(mine[link] ?? []), days];
    counted(f, link, days);
  };
  return waits;
}

/** Starts the one family at time 0 and records every handover it has, with the roles on both sides. */
export function startOneFamily(s: Scenario, seed = SEED): OneFamily {
  const chain = new Chain(s, seed, 0);
  const waits = waitsByFamily(chain);
  chain.arrivals.signal(0);
  const family = chain.families.get(1)!;
  const handovers: HandoverRecord[] = [];
  const handOver = family.handOver.bind(family);
  // the journey's first step (up to the local team) has already run inside the signal
  let last: Role | null = family.responsible?.role ?? null;
  family.handOver = (p, now, cause) => {
    const kind = handOver(p, now, cause);
    if (p !== null) {
      if (kind !== 'none' && last !== null) handovers.push({ at: now, from: last, to: p.role, kind, cause });
      last = p.role;
    }
    return kind;
  };
  return { chain, family, handovers, waits: () => waits.get(family.id) ?? {} };
}

/**
 * Runs the chain until `done` holds (checked after every event) or the run ends. A journey that
 * never gets where `done` waits for fails after `maxEvents` instead of hanging the test worker.
 */
export function runUntil(chain: Chain, done: () => boolean, maxEvents = 5_000_000): void {
  for (let n = 0; !done() && chain.sim.step(); n++) {
    if (n >= maxEvents) throw new Error(`runUntil: not done after ${maxEvents} events (day ${chain.sim.now})`);
  }
}

// ---- a path with known durations ----------------------------------------------------------------

const fixed = (value: number) => ({ kind: 'deterministic', value });

/**
 * The one-family chain with every duration fixed, so each wait is known by hand. A family that
 * needs the compulsory track, signalled at day 0, goes:
 *   local team 0 → escalation 20 → table 21 (meets every 7 days) → investigation 21–71
 *   → court preparation to 85, hearing 91 (every 7 days) → OTS of 365 days from 91, first visit 96
 *   → afschaling gap to 466 → aftercare to 526 → closure.
 * One local-team worker (cap 1 family) in Ede, one investigator, one guardian (cap 2 children),
 * two children per family: a second family waits at every link behind the first.
 */
export function pathScenario(...overrides: Plain[]): Scenario {
  return oneFamilyScenario(
    {
      region: { childrenPerFamily: fixed(2) },
      localTeam: {
        workersPerThousandYouth: 0.04,
        caseloadCapFamilies: 1,
        helpBeforeEscalationDays: fixed(20),
        voluntaryHelpDays: fixed(100),
        aftercareDays: fixed(60),
      },
      jbt: { meetingIntervalDays: 7 },
      rvdk: { investigators: 1, investigationDays: fixed(50) },
      court: { preparationDays: 14, hearingIntervalDays: 7 },
      gi: { firstVisitDays: fixed(5), afschalingGapDays: fixed(10), institutions: [{ name: 'GI', share: 1, guardianPositions: 1 }] },
      guardians: { caseloadCapChildren: 2 },
      veiligThuis: { triageDays: fixed(7) },
    },
    ...overrides,
  );
}

/** A chain of `s` with a tracer; `signal(at)` signals a family of Ede at day `at`. */
export function tracedChain(
  s: Scenario,
  seed = SEED,
): { chain: Chain; events: TraceEvent[]; signal: (at: number) => void; waits: (familyId: number) => FamilyWaits } {
  const events: TraceEvent[] = [];
  const chain = new Chain(s, seed, 0, { event: (e) => events.push(e), spell: () => {} });
  const waits = waitsByFamily(chain);
  const signal = (at: number) => {
    if (at === chain.sim.now) chain.arrivals.signal(0);
    else chain.sim.scheduleAt(at, () => chain.arrivals.signal(0));
  };
  return { chain, events, signal, waits: (id) => waits.get(id) ?? {} };
}

/** The times of a family's traced activities, by activity. */
export function timesOf(events: readonly TraceEvent[], caseId: number, activity: string): number[] {
  return events.filter((e) => e.caseId === caseId && e.activity === activity).map((e) => e.timeDays);
}

// ---- many families at once ----------------------------------------------------------------------

/** Ample capacity everywhere and short fixed durations: many families pass every link at once. */
export const MASS: Plain = {
  localTeam: {
    workersPerThousandYouth: 10,
    caseloadCapFamilies: 100,
    helpBeforeEscalationDays: fixed(1),
    voluntaryHelpDays: fixed(100),
    aftercareDays: fixed(1),
  },
  veiligThuis: { workers: 3000, triageDays: fixed(1) },
  jbt: { meetingIntervalDays: 1, slotsPerMeeting: 600 },
  rvdk: { investigators: 3000, investigationDays: fixed(1) },
  court: { preparationDays: 1, hearingIntervalDays: 1, slotsPerHearing: 100, judges: 400 },
  gi: { firstVisitDays: fixed(1), afschalingGapDays: fixed(1), institutions: [{ name: 'GI', share: 1, guardianPositions: 3000 }] },
};

/** Signals `n` families at day 0 and runs to `until`; returns the chain and its trace. */
export function mass(n: number, until: number, ...over: Plain[]) {
  const t = tracedChain(pathScenario(MASS, ...over));
  for (let i = 0; i < n; i++) t.signal(0);
  t.chain.sim.run(until);
  const count = (activity: string) => new Set(t.events.filter((e) => e.activity === activity).map((e) => e.caseId)).size;
  return { ...t, count };
}

/** |observed − n·p| within 4 binomial standard deviations. */
export function expectBinomial(observed: number, n: number, p: number): void {
  const sd = Math.sqrt(n * p * (1 - p));
  expect(Math.abs(observed - n * p), `${observed} of ${n}, expected p = ${p}`).toBeLessThanOrEqual(4 * sd + 1e-9);
}

/** A third of FoodValley with guardians near their capacity, so some families wait for one. */
export const TIGHT: Plain = {
  region: { municipalities: [{ name: 'Ede', youthPopulation: 18000, measuresPerThousandYouth: 8.7 }] },
  gi: {
    institutions: [
      { name: 'A', share: 0.75, guardianPositions: 8 },
      { name: 'B', share: 0.25, guardianPositions: 3 },
    ],
  },
  localTeam: { workersPerThousandYouth: 0.15 },
};
