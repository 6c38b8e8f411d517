// How big a run will be, before it starts: families alive at once, events per replication and
// the memory that takes. A run that cannot fit (a region of 50 million young people, a country
// copied 20 times) is refused with the estimate, instead of growing for minutes until the
// machine gives up. The figures per family were measured (docs/performance.md); the estimate
// is meant to be right within a factor of about 1.5, which is all a refusal needs.

import { totalmem } from 'node:os';
import { getHeapStatistics } from 'node:v8';
import { exp, makeDistribution } from '../kernel/index.js';
import { composeReforms } from '../model/index.js';
import { DAYS_PER_YEAR } from '../model/units.js';
import type { Scenario } from '../scenario/schema.js';
import { UserError } from '../userError.js';

/**
 * Families in the chain at once per new family a year, once the chain has settled (Little's law:
 * the mean years a family stays, re-entries included). Measured 1.6 for FoodValley and 1.5 for
 * the Netherlands after 17 simulated years; 1.7 leaves room for longer measures.
 */
export const YEARS_IN_CHAIN_PER_FAMILY = 1.7;
/** Events per new family: measured 4.7 for FoodValley and 4.6 for the Netherlands. */
export const EVENTS_PER_FAMILY = 5;
/**
 * Memory per family alive, in bytes: the national run peaked at 600 MB with 51,700 families
 * alive and FoodValley at 90 MB with 950 (without the cli's cap on heap growth), ~10 kB each.
 */
export const BYTES_PER_FAMILY_ALIVE = 10_000;
/** A process before any family: Node, the kernel, the model and the results (~90 MB measured). */
export const BASE_BYTES = 100e6;
/** An event kept for an event log or a trace, with the professional spells beside it. */
export const BYTES_PER_TRACED_EVENT = 300;

export interface RunSize {
  newFamiliesPerYear: number;
  familiesAlive: number;
  eventsPerReplication: number;
  /** Peak memory of one replication. */
  bytesPerReplication: number;
}

/** New families signalled per year (re-entries not counted), as the chain draws them: the reforms' effects on who comes forward included. */
export function newFamiliesPerYear(p: Scenario): number {
  let perYear = 0;
  for (const m of p.region.municipalities) {
    perYear +=
      (m.youthPopulation / 1000) *
      p.entry.signalsPerThousandYouthPerYear *
      (m.measuresPerThousandYouth / p.region.referenceMeasuresPerThousandYouth);
  }
  const r = composeReforms(p);
  // families that need only voluntary help may stay away (a higher threshold); the need at the mean number of domains
  const domains = makeDistribution(p.family.problemDomains, 'family.problemDomains').mean;
  const need = Math.min(1, p.family.compulsoryNeedAtEntry * (1 + p.family.compulsoryNeedPerExtraDomain * (domains - 1)) * r.needFactor);
  const come = r.voluntaryComeForward;
  return perYear * r.signalRateFactor * (need + (1 - need) * come + (1 - need) * (1 - come) * laterAdmissions(p, r.needFactor, need, come));
}

/**
 * Families a family that stays away brings into the chain later, on average (arrivals.ts, `stayAway`):
 * signalled with the need if it arises within the help it did not get (the mean help period), else
 * perhaps signalled again, when it comes if it needs the track or comes forward, or stays away again.
 */
function laterAdmissions(p: Scenario, needFactor: number, need: number, come: number): number {
  if (come >= 1) return 0;
  const ratePerDay = (p.family.deteriorationRatePerYear * needFactor) / DAYS_PER_YEAR;
  const helpDays = makeDistribution(p.localTeam.voluntaryHelpDays, 'localTeam.voluntaryHelpDays').mean;
  const needArises = 1 - exp(-ratePerDay * helpDays);
  const again = (1 - needArises) * p.entry.reentryProbability;
  return (needArises + again * (need + (1 - need) * come)) / (1 - again * (1 - need) * (1 - come));
}

export function estimateSize(p: Scenario, options: { traced?: boolean } = {}): RunSize {
  const perYear = newFamiliesPerYear(p);
  const sim = p.simulation;
  const simulatedYears = sim.warmupYears + sim.years + sim.followUpYears;
  const familiesAlive = perYear * YEARS_IN_CHAIN_PER_FAMILY;
  const eventsPerReplication = perYear * simulatedYears * EVENTS_PER_FAMILY;
  const traced = options.traced ? eventsPerReplication * BYTES_PER_TRACED_EVENT : 0;
  return {
    newFamiliesPerYear: perYear,
    familiesAlive,
    eventsPerReplication,
    bytesPerReplication: BASE_BYTES + familiesAlive * BYTES_PER_FAMILY_ALIVE + traced,
  };
}

export interface MemoryLimits {
  /** What one replication may use: V8's heap limit of a thread, at most the machine's memory. */
  perReplication: number;
  /** The machine's memory, shared by the worker threads. */
  machine: number;
}

export function memoryLimits(): MemoryLimits {
  const machine = totalmem();
  return { perReplication: Math.min(getHeapStatistics().heap_size_limit, machine), machine };
}

const gb = (bytes: number) => `${(bytes / 1e9).toFixed(bytes < 1e10 ? 1 : 0)} GB`;
const whole = (x: number) => Math.round(x).toLocaleString('en-GB');

/**
 * Refuses (UserError) a scenario whose replication would not fit in memory, or whose
 * replications would not fit side by side in `workers` threads.
 */
export function checkRunSize(
  scenarios: readonly { scenario: Scenario; file: string }[],
  options: { workers: number; traced?: boolean; limits?: MemoryLimits },
): void {
  const limits = options.limits ?? memoryLimits();
  const threads = Math.max(1, options.workers);
  for (const { scenario, file } of scenarios) {
    const size = estimateSize(scenario, options);
    const estimate = `about ${whole(size.familiesAlive)} families alive at once and ${whole(size.eventsPerReplication)} events per replication, ~${gb(size.bytesPerReplication)} of memory`;
    if (size.bytesPerReplication > limits.perReplication) {
      throw new UserError({
        file,
        path: 'region.municipalities',
        message: `this run would not fit in memory: ${estimate}, where one replication can use ${gb(limits.perReplication)}`,
        hint: `the region has ${whole(scenario.region.municipalities.reduce((a, m) => a + m.youthPopulation, 0))} young people (the whole country has about 3.4 million); check youthPopulation and the rates that scale the inflow`,
      });
    }
    if (size.bytesPerReplication * threads > limits.machine) {
      const fit = Math.max(1, Math.floor(limits.machine / size.bytesPerReplication));
      throw new UserError({
        file,
        path: 'region.municipalities',
        message: `${threads} replications at once would not fit in memory: ${estimate} each, and the machine has ${gb(limits.machine)}`,
        hint: `use --workers ${fit}`,
      });
    }
  }
}
