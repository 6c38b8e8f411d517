// What a replication counts (src/model/observer.ts): flows inside the observation window only (a
// flow just before the window's start or end is left out, one just after its start or before its
// end is counted), the cohort of families first signalled in the window (or its first part), and the time from ruling
// to the first guardian visit with censoring: a family not yet visited is censored, not dropped.

import { describe, expect, it } from 'vitest';
import { Chain } from '../../src/model/chain.js';
import type { ReplicationResult } from '../../src/model/index.js';
import { DAYS_PER_MONTH, DAYS_PER_YEAR } from '../../src/model/units.js';
import { SEED, pathScenario, runUntil, type Plain } from './helpers.js';

/** The path family (signalled at day 0; see pathScenario) observed over [from, to). */
function observe(from: number, to: number, ...over: Plain[]): ReplicationResult {
  const s = pathScenario(
    { simulation: { warmupYears: from / DAYS_PER_YEAR, years: (to - from) / DAYS_PER_YEAR, followUpYears: 0 } },
    ...over,
  );
  const chain = new Chain(s, SEED, 0);
  chain.arrivals.signal(0);
  return chain.run();
}

// Each flow of the path family, with the day it happens and what the result shows when it is counted.
const REENTRY: Plain = { entry: { reentryProbability: 1, reentryDelayDays: { kind: 'deterministic', value: 30 } } };
const FLOWS: Array<{ name: string; at: number; counted: (r: ReplicationResult) => boolean; over?: Plain }> = [
  { name: 'escalation to the table', at: 20, counted: (r) => r.system.escalationsToJBT === 1 },
  { name: 'start of an investigation', at: 21, counted: (r) => r.system.rvdkInvestigationsStarted === 1 },
  {
    name: 'end of an investigation (its wait and length)',
    at: 71,
    counted: (r) => r.system.rvdkInvestigationDays === 50 && r.system.rvdkWaitDays === 0,
  },
  { name: 'ruling of a measure', at: 91, counted: (r) => r.system.measuresStarted === 1 && r.system.childrenIntoMeasure === 2 },
  {
    name: 'end of a measure',
    at: 456,
    counted: (r) => r.system.measureDurationDays === 365 && Math.abs(r.system.otsDurationMonths - 365 / DAYS_PER_MONTH) < 1e-9,
  },
  { name: 're-entry', at: 556, counted: (r) => r.system.reentries === 1, over: REENTRY },
];
const nothing = (r: ReplicationResult) =>
  r.system.escalationsToJBT + r.system.rvdkInvestigationsStarted + r.system.measuresStarted + r.system.reentries === 0;

describe('window accounting', () => {
  it.each(FLOWS)('$name: counted just inside the window, not just outside it', ({ at, counted, over, name }) => {
    const o = over ?? {};
    // the window [at − 0.5, at + 1) holds it; [at + 0.5, at + 1) starts just after it
    expect(counted(observe(at - 0.5, at + 1, o)), `${name} just after the start`).toBe(true);
    expect(counted(observe(at + 0.5, at + 1, o)), `${name} just before the start`).toBe(false);
    // the window [at − 1, at + 0.5) holds it; [at − 1, at − 0.5) ends just before it
    expect(counted(observe(at - 1, at + 0.5, o)), `${name} just before the end`).toBe(true);
    expect(counted(observe(at - 1, at - 0.5, o)), `${name} just after the end`).toBe(false);
  });

  it('a window with no flow in it counts none', () => {
    const r = observe(200, 300);
    expect(nothing(r)).toBe(true);
    expect(Number.isNaN(r.system.rvdkWaitDays)).toBe(true);
    expect(Number.isNaN(r.system.measureDurationDays)).toBe(true);
    // the stock is there all the same: 2 children under a measure all through the window
    expect(r.system.childrenUnderMeasure).toBe(2);
  });

  it('the cohort is the families first signalled in the window: only their waits and handovers are reported', () => {
    const inside = observe(0, 600);
    expect(inside.system.familiesArrived).toBe(1);
    expect(inside.system.childrenArrived).toBe(2);
    expect(inside.system.providersDeployed).toBeGreaterThan(0);
    expect(inside.families.waitDays.court.n).toBe(1);
    expect(inside.families.waitDays.court.max).toBe(6);
    expect(inside.families.handoversPerFamily.n).toBe(1);
    const before = observe(0.5, 600);
    expect(before.system.familiesArrived).toBe(0);
    expect(before.system.providersDeployed).toBe(0);
    expect(before.families.waitDays.court.n).toBe(0);
    expect(before.families.handoversPerFamily.n).toBe(0);
    // but its flows in the window are the system's
    expect(before.system.measuresStarted).toBe(1);
  });

  it('the cohort can be the first part of the window: later families count in the flows, not per family', () => {
    // window [100, 700) after 100 days of warm-up, cohort [100, 400) at share 0.5; a family 0.5 day
    // before that line and one 0.5 day after it, each followed to its exit (the path takes 526
    // days; 2 years of follow-up)
    const run = (cohortShare: number) => {
      const s = pathScenario({
        simulation: { warmupYears: 100 / DAYS_PER_YEAR, years: 600 / DAYS_PER_YEAR, followUpYears: 2, cohortShare },
        localTeam: { caseloadCapFamilies: 2 },
        guardians: { caseloadCapChildren: 4 },
      });
      const chain = new Chain(s, SEED, 0);
      chain.sim.scheduleAt(399.5, () => chain.arrivals.signal(0));
      chain.sim.scheduleAt(400.5, () => chain.arrivals.signal(0));
      return chain.run();
    };
    const half = run(0.5);
    const whole = run(1);
    expect(whole.families.handoversPerFamily.n).toBe(2);
    expect(half.families.handoversPerFamily.n).toBe(1);
    expect(half.families.waitDays.court.n).toBe(1);
    expect(half.system.censoredShare).toBe(0);
    // one family with a measure in 300 days of the cohort's part; two in the whole window's 600
    expect(half.system.cohortFamiliesWithMeasurePerYear).toBeCloseTo(1 / (300 / DAYS_PER_YEAR), 12);
    expect(whole.system.cohortFamiliesWithMeasurePerYear).toBeCloseTo(2 / (600 / DAYS_PER_YEAR), 12);
    // the window's flows and levels are the same whichever families are counted per family
    expect(half.system).toEqual({
      ...whole.system,
      censoredShare: half.system.censoredShare,
      handoversPerFamilyYear: half.system.handoversPerFamilyYear,
      coldHandoversPerFamilyYear: half.system.coldHandoversPerFamilyYear,
      guardianChangesPerFamilyYear: half.system.guardianChangesPerFamilyYear,
    });
    expect(half.system.familiesArrived).toBe(2);
    expect(half.system.measuresStarted).toBe(2);
  });

  it("a family signalled the instant the cohort's part closes is not in the cohort; one the instant the window opens is", () => {
    // cohort [100, 400) at share 0.5 of the window [100, 700): families at exactly 100 and exactly 400
    const s = pathScenario({
      simulation: { warmupYears: 100 / DAYS_PER_YEAR, years: 600 / DAYS_PER_YEAR, followUpYears: 2, cohortShare: 0.5 },
      localTeam: { caseloadCapFamilies: 2 },
      guardians: { caseloadCapChildren: 4 },
    });
    const chain = new Chain(s, SEED, 0);
    chain.sim.scheduleAt(100, () => chain.arrivals.signal(0));
    chain.sim.scheduleAt(400, () => chain.arrivals.signal(0));
    const r = chain.run();
    expect(r.families.handoversPerFamily.n).toBe(1);
    expect(r.system.cohortFamiliesWithMeasurePerYear).toBeCloseTo(1 / (300 / DAYS_PER_YEAR), 12);
    // both arrived in the window
    expect(r.system.familiesArrived).toBe(2);
  });

  it('time-averages cover the window only', () => {
    // 2 children under a measure from day 91 to day 456: over [0, 182.5) the mean is 2 × 91.5 / 182.5
    const r = observe(0, 182.5);
    expect(r.system.childrenUnderMeasure).toBeCloseTo((2 * (182.5 - 91)) / 182.5, 9);
    expect(observe(100, 200).system.childrenUnderMeasure).toBe(2);
    expect(observe(460, 500).system.childrenUnderMeasure).toBe(0);
  });
});

describe('time from ruling to guardian, with censoring', () => {
  it('a visited family is an event; one still waiting when the run ends is censored at the time it waited so far', () => {
    // a: ruled 91, first visit 96. b: ruled 140, waits for the only guardian until 456; the run ends at 300.
    const s = pathScenario({ simulation: { warmupYears: 0, years: 300 / DAYS_PER_YEAR, followUpYears: 0 } });
    const chain = new Chain(s, SEED, 0);
    chain.arrivals.signal(0);
    chain.arrivals.signal(0);
    const r = chain.run();
    const t = r.survival.timeFromRulingToGuardianDays;
    expect(t.events.values).toEqual([5]);
    expect(t.censored.values).toEqual([300 - 140]);
    const fromSignal = r.survival.timeFromSignalToGuardianDays;
    expect(fromSignal.events.values).toEqual([96]);
    expect(fromSignal.censored.values).toEqual([300]);
    // Kaplan–Meier: half of two within 7 days (the censored one was still at risk then)
    expect(r.system.shareGuardianWithinFiveWorkingDays).toBe(0.5);
    // both cohort families are in the chain at the end: censored
    expect(r.system.censoredShare).toBe(1);
  });

  it('a measure that ends before any visit is censored at its length', () => {
    const s = pathScenario({
      guardians: { sickDays: { kind: 'deterministic', value: 700 }, replacementPoolShare: 0 },
      simulation: { warmupYears: 0, years: 2, followUpYears: 0 },
    });
    const chain = new Chain(s, SEED, 0);
    chain.arrivals.signal(0);
    const a = chain.families.get(1)!;
    runUntil(chain, () => a.guardianCase?.position != null);
    expect(chain.sim.now).toBe(91);
    const pos = a.guardianCase!.position!;
    pos.team.fallIll(pos); // before the first visit, and nobody covers
    expect(a.responsible).toBeNull();
    const d0 = a.daysWithoutProfessionalAt(91);
    runUntil(chain, () => a.measure === null);
    expect(chain.sim.now).toBe(456);
    expect(a.daysWithoutProfessionalAt(456) - d0).toBe(365);
    const r = chain.run();
    expect(r.survival.timeFromRulingToGuardianDays.events.n).toBe(0);
    expect(r.survival.timeFromRulingToGuardianDays.censored.values).toEqual([365]);
    expect(r.survival.timeFromSignalToGuardianDays.censored.values).toEqual([456]);
    expect(r.system.shareGuardianWithinFiveWorkingDays).toBe(0);
  });

  it('long involvement: a guardian who already visits the family is there at the ruling (time 0)', () => {
    // the guardian takes the family on at escalation (day 20) and visits from day 25
    const r = observe(0, 600, { reforms: { longInvolvement: { enabled: true } } });
    expect(r.survival.timeFromRulingToGuardianDays.events.values).toEqual([0]);
    expect(r.survival.timeFromSignalToGuardianDays.events.values).toEqual([91]);
    expect(r.survival.timeFromRulingToGuardianDays.censored.n).toBe(0);
  });

  it('a measure ruled before the window is not in the curve', () => {
    const r = observe(95, 200);
    expect(r.survival.timeFromRulingToGuardianDays.events.n + r.survival.timeFromRulingToGuardianDays.censored.n).toBe(0);
    expect(Number.isNaN(r.system.shareGuardianWithinFiveWorkingDays)).toBe(true);
  });
});

describe('rates per family-year and the censored share', () => {
  it('count the handovers of the cohort over its years in the chain', () => {
    // the path family: LT → RvdK → guardian → LT: three handovers in 526 days
    const r = observe(0, 600);
    expect(r.system.censoredShare).toBe(0);
    expect(r.system.handoversPerFamilyYear).toBeCloseTo(3 / (526 / DAYS_PER_YEAR), 9);
    expect(r.families.handoversPerFamily.max).toBe(3);
  });
});
