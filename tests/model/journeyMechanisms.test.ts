// Mechanisms of a family's journey (src/model/journey.ts) that the path tests leave unchecked:
// the need drawn at a re-entry, the reforms' need factor, the weight of a local-team case with
// self-delivered help, a guardian who holds the family (long involvement) when the table keeps it
// voluntary, what a phase resumed from a settled start reports (the RvdK's wait and length, the
// time to a guardian), the time to a guardian with long involvement at the ruling, and the
// cause of the handover back to the local team after the Raad or the court let go.

import { describe, expect, it } from 'vitest';
import type { Stream } from '../../src/kernel/index.js';
import { Chain } from '../../src/model/chain.js';
import { needAtEntry } from '../../src/model/journey.js';
import { takeSnapshot } from '../../src/model/settled/take.js';
import type { Scenario } from '../../src/scenario/schema.js';
import { valueCountsMean } from '../../src/statistics/index.js';
import {
  SEED,
  SHORT,
  oneFamilyScenario,
  pathScenario,
  runUntil,
  scenario,
  startOneFamily,
  tracedChain,
  traces,
  type Plain,
} from './helpers.js';

const fixed = (value: number) => ({ kind: 'deterministic', value });

const LONG: Plain = { reforms: { longInvolvement: { enabled: true } } };

/** The family of a chain signalled by hand (the first and only one). */
const first = (chain: Chain) => chain.families.get(1)!;

/** Survival of the time to a guardian as the observer has it: the values observed and those censored. */
function timeToGuardian(chain: Chain) {
  const { timeFromRulingToGuardianDays: r, timeFromSignalToGuardianDays: s } = chain.observer.survival;
  return { fromRuling: r.events.values, fromSignal: s.events.values, censored: r.censored.n + s.censored.n };
}

/**
 * A settled start from `pilot` as it is now: a chain of `s` (started `settled`, observed from its
 * day 0) restored from the pilot's snapshot. Its families are not in the cohort; the window is open.
 */
function settledFrom(s: Scenario, pilot: Chain): Chain {
  const snap = takeSnapshot(pilot.sim.now, pilot.families.values(), pilot.institutions, pilot.localTeams);
  return new Chain({ ...s, simulation: { ...s.simulation, start: 'settled', warmupYears: 0 } }, SEED, 0, null, snap);
}

// ---- the need for the compulsory track ---------------------------------------------------------------

describe('the need at a re-entry', () => {
  // The family needs no compulsory track at entry and does not deteriorate: help of 100 days,
  // closure at 100, signalled again 10 days later (day 110), with three problem domains.
  const REENTRY: Plain = {
    entry: { reentryProbability: 1, reentryDelayDays: fixed(10) },
    family: { compulsoryNeedAtEntry: 0.1, compulsoryNeedPerExtraDomain: 0.5, problemDomains: fixed(3) },
  };

  /** Whether the family needs the compulsory track after its re-entry, its draw `u` given by hand. */
  function needAfterReentry(u: (p: number) => number): { needs: boolean; neededAtSignal: boolean; p: number } {
    const run = startOneFamily(pathScenario(REENTRY));
    const { chain, family } = run;
    // the entry's own draw came before: it needed nothing (else it would not close at 100)
    family.needsCompulsory = false;
    family.neededAtSignal = false;
    const p = needAtEntry(chain, family.problemDomains);
    (chain.s as unknown as { needAtReentry: Pick<Stream, 'next'> }).needAtReentry = { next: () => u(p) };
    runUntil(chain, () => family.reentries > 0);
    expect(chain.sim.now).toBe(110);
    return { needs: family.needsCompulsory, neededAtSignal: family.neededAtSignal, p };
  }

  it('is drawn against the need at entry for its problem domains: needed just below it, not just above it', () => {
    const below = needAfterReentry((p) => p * (1 - 1e-9));
    const above = needAfterReentry((p) => p * (1 + 1e-9));
    expect(below.p).toBeCloseTo(0.2, 12); // 0.1 × (1 + 0.5 × 2)
    expect(below).toMatchObject({ needs: true, neededAtSignal: true });
    expect(above).toMatchObject({ needs: false, neededAtSignal: false });
  });

  it('a family that cannot need it at entry does not need it at its re-entry either', () => {
    const run = startOneFamily(pathScenario(REENTRY, { family: { compulsoryNeedAtEntry: 0 } }));
    runUntil(run.chain, () => run.family.reentries > 0);
    expect(run.chain.sim.now).toBe(110);
    expect(run.family.needsCompulsory).toBe(false);
    expect(run.family.neededAtSignal).toBe(false);
  });
});

describe('the need at entry', () => {
  const NEED: Plain = { family: { compulsoryNeedAtEntry: 0.1, compulsoryNeedPerExtraDomain: 0.5 } };

  it("is multiplied by the reforms' need factor (prevention lowers it)", () => {
    const today = new Chain(oneFamilyScenario(NEED), SEED, 0);
    const prevention = new Chain(
      oneFamilyScenario(NEED, { reforms: { prevention: { enabled: true, compulsoryNeedReduction: 0.5 } } }),
      SEED,
      0,
    );
    expect(prevention.plan.reforms.needFactor).toBe(0.5);
    expect(needAtEntry(today, 3)).toBeCloseTo(0.2, 12);
    expect(needAtEntry(prevention, 3)).toBeCloseTo(0.1, 12);
    expect(needAtEntry(prevention, 1)).toBeCloseTo(0.05, 12);
  });

  it('is capped at 1', () => {
    const chain = new Chain(oneFamilyScenario({ family: { compulsoryNeedAtEntry: 0.8, compulsoryNeedPerExtraDomain: 1 } }), SEED, 0);
    expect(needAtEntry(chain, 3)).toBe(1);
  });
});

// ---- the local team --------------------------------------------------------------------------------

describe('self-delivered help at the local team', () => {
  it("weighs the family's case by the time its self-delivered domains take", () => {
    // a worker's 36 hours over 18 families: 2 hours a family; a domain the worker handles takes
    // 2 hours a week too, so each adds one family's worth to the case (three domains: weight 4)
    const s = oneFamilyScenario({
      reforms: { selfDeliveredHelp: { enabled: true, share: 1, hoursPerWeekPerDomain: 2 } },
      localTeam: { hoursPerWeek: 36, caseloadCapFamilies: 18 },
      family: { problemDomains: fixed(3) },
    });
    const { family } = startOneFamily(s);
    expect(family.selfDeliveredDomains).toBe(3);
    const c = family.localTeamCase!;
    expect(c.position).not.toBeNull();
    expect(c.weight).toBeCloseTo(4, 12);
    expect(c.team.roomOf(c.position!)).toBeCloseTo(18 - 4, 12);
  });

  it('without it a case weighs one family', () => {
    const { family } = startOneFamily(oneFamilyScenario({ family: { problemDomains: fixed(3) } }));
    expect(family.selfDeliveredDomains).toBe(0);
    expect(family.localTeamCase!.weight).toBe(1);
  });
});

describe('long involvement, when the table keeps the family voluntary', () => {
  it('the guardian who took it on at the escalation stays with it: no local-team case for the help', () => {
    // escalation at 20 (the guardian takes the family on, the local team lets go), the table at 21
    // keeps it voluntary: the full help of 100 days to 121, held by the guardian alone
    const { chain, signal, waits } = tracedChain(pathScenario(LONG, { jbt: { compulsoryDecisionWithNeed: 0 } }));
    signal(0);
    const a = first(chain);
    chain.sim.run(60);
    expect(a.phase).toEqual({ at: 'localTeam', afterTable: true });
    expect(a.guardianCase?.position).not.toBeNull();
    expect(a.localTeamCase).toBeNull();
    expect(chain.localTeams[0]!.positions.every((p) => p.cases.length === 0)).toBe(true);
    expect(a.responsible?.role).toBe('guardian');
    runUntil(chain, () => a.phase.at === 'gone');
    expect(chain.sim.now).toBe(121);
    expect(waits(1).LT).toEqual([0]); // the local team once, at the signal
  });
});

// ---- a settled start ------------------------------------------------------------------------------

/** A chain of `s` with the path family signalled at day 0 and run to `day`: the pilot a settled start is taken from. */
function pathFamilyAt(s: Scenario, day: number): Chain {
  const pilot = new Chain(s, SEED, 0);
  pilot.arrivals.signal(0);
  pilot.sim.run(day);
  return pilot;
}

describe('an investigation resumed from a settled start', () => {
  it('reports no RvdK wait or length of its own: only investigations that began in the run do', () => {
    // the path family's investigation runs 21–71; the settled start is taken at day 30
    const s = pathScenario();
    const pilot = pathFamilyAt(s, 30);
    expect(first(pilot).phase.at).toBe('investigation');
    const resumed = settledFrom(s, pilot);
    const f = first(resumed);
    expect(resumed.observer.inWindow()).toBe(true);
    resumed.sim.run(42);
    expect(f.phase.at).toBe('court'); // its 41 days left have run
    const result = resumed.run();
    expect(result.system.rvdkWaitDays).toBeNaN();
    expect(result.system.rvdkInvestigationDays).toBeNaN();
    // the same investigation, not resumed, is reported
    expect(pilot.run().system.rvdkInvestigationDays).toBe(50);
  });
});

describe('a measure resumed from a settled start', () => {
  it('was not ruled in the window: its first guardian visit after the start is not a time to a guardian', () => {
    // the path family's OTS is ruled at 91, the guardian's first visit at 96; the start is at 93
    const s = pathScenario();
    const pilot = pathFamilyAt(s, 93);
    expect(first(pilot).measure?.firstVisitAt).toBeNull();
    const resumed = settledFrom(s, pilot);
    const f = first(resumed);
    expect(f.measure?.ruledInWindow).toBe(false);
    runUntil(resumed, () => f.phase.at === 'gone');
    expect(f.contacts).toBeGreaterThan(0); // the guardian did visit
    expect(timeToGuardian(resumed)).toEqual({ fromRuling: [], fromSignal: [], censored: 0 });
    // the pilot, which ruled it in its window, observes it: 5 days (visits are counted when the measure ends, 456)
    pilot.sim.run(500);
    expect(timeToGuardian(pilot).fromRuling).toEqual([5]);
  });
});

// ---- long involvement at the ruling -------------------------------------------------------------------

describe('long involvement at the ruling', () => {
  /** The guardian takes the family on at 20 and visits from 25; they leave at `leaveAt`, and the vacancy is filled `recruitmentDays` later. */
  function guardianLeaves(leaveAt: number, recruitmentDays: number) {
    const { chain, signal } = tracedChain(pathScenario(LONG, { guardians: { recruitmentDays: fixed(recruitmentDays), inductionDays: 0 } }));
    signal(0);
    const a = first(chain);
    chain.sim.run(leaveAt);
    const pos = a.guardianCase!.position!;
    pos.team.depart(pos);
    return { chain, a };
  }

  it('a guardian who visited but has left is not there at the ruling: the time counts to the next one', () => {
    // nobody has room, so the case waits; the OTS is ruled at 91; the vacancy is filled at 150 and
    // the new guardian visits first at 155: 64 days after the ruling, 155 after the signal
    const { chain, a } = guardianLeaves(50, 100);
    expect(a.guardianCase!.position).toBeNull();
    expect(a.guardianVisitAt).toBeGreaterThan(0);
    chain.sim.run(100);
    expect(a.measure).not.toBeNull();
    expect(a.measure!.firstVisitAt).toBeNull();
    chain.sim.run(500);
    expect(timeToGuardian(chain)).toEqual({ fromRuling: [64], fromSignal: [155], censored: 0 });
  });

  it('a new guardian who has not visited by the ruling is not in contact yet: the time counts to their first visit', () => {
    // filled at 88; the new guardian takes the case on and visits first at 93, after the ruling at
    // 91: 2 days, not 0 (the family has a guardian at the ruling, but not one it has seen)
    const { chain, a } = guardianLeaves(80, 8);
    chain.visits.catchUp(a, 80);
    expect(a.guardianVisitAt).toBeGreaterThanOrEqual(25);
    chain.sim.run(91.5);
    expect(a.guardianCase!.position).not.toBeNull();
    expect(a.guardianSince).toBe(88);
    expect(a.measure!.firstVisitAt).toBeNull();
    chain.sim.run(500);
    expect(timeToGuardian(chain)).toEqual({ fromRuling: [2], fromSignal: [93], censored: 0 });
  });

  it('the guardian who has visited by the ruling is in contact: the first visit counts on the day of the ruling', () => {
    // filled at 60; the new guardian visits from 65, before the ruling at 91
    const { chain } = guardianLeaves(52, 8);
    chain.sim.run(500);
    expect(timeToGuardian(chain)).toEqual({ fromRuling: [0], fromSignal: [91], censored: 0 });
  });

  it('its own guardian, back from sick leave, is in contact at once, whoever covered meanwhile', () => {
    // the guardian falls ill at 88 and is back at 90, before the ruling at 91: they have visited the
    // family, so its first visit counts on the day of the ruling
    const ill = (over: Plain) => {
      const { chain, signal } = tracedChain(pathScenario(LONG, { guardians: { sickDays: fixed(2), ...over } }));
      signal(0);
      chain.sim.run(88);
      const pos = first(chain).guardianCase!.position!;
      pos.team.fallIll(pos);
      chain.sim.run(500);
      return timeToGuardian(chain).fromRuling;
    };
    // nobody to cover, or a replacement the family never met (who would visit first at 93)
    expect(ill({ replacementPoolShare: 0 })).toEqual([0]);
    expect(ill({ replacementPoolShare: 1 })).toEqual([0]);
  });

  it('a ruling before the window is not observed, even with the guardian there and visiting', () => {
    // the ruling at 91 falls in the warm-up year; the guardian has visited since 25
    const { chain, signal } = tracedChain(pathScenario(LONG, { simulation: { warmupYears: 1 } }));
    signal(0);
    const a = first(chain);
    chain.sim.run(100);
    expect(a.measure!.firstVisitAt).toBe(91);
    expect(a.measure!.ruledInWindow).toBe(false);
    chain.sim.run(500);
    expect(timeToGuardian(chain)).toEqual({ fromRuling: [], fromSignal: [], censored: 0 });
  });
});

// ---- back to the local team -----------------------------------------------------------------------

describe('back to the local team after the Raad or the court', () => {
  // one local-team worker: the family goes back to the worker it had (warm)
  const handoversWith = (over: Plain) => {
    const run = startOneFamily(pathScenario(over));
    runUntil(run.chain, () => run.family.phase.at === 'gone');
    return run;
  };

  it('after an investigation without a request, a structural handover', () => {
    const { handovers, family } = handoversWith({ rvdk: { measureRequestWithNeed: 0 } });
    expect(handovers).toEqual([
      { at: 21, from: 'LT', to: 'RvdK', kind: 'cold', cause: 'structural' },
      { at: 81, from: 'RvdK', to: 'LT', kind: 'warm', cause: 'structural' },
    ]);
    expect(family.handoversBy('structural')).toEqual({ cold: 1, warm: 1 });
    expect(family.handovers).toBe(2);
  });

  it('after a hearing without a measure, a structural handover', () => {
    const { handovers, family } = handoversWith({ court: { otsShare: 0, voogdijShare: 0 } });
    expect(handovers).toEqual([
      { at: 21, from: 'LT', to: 'RvdK', kind: 'cold', cause: 'structural' },
      { at: 101, from: 'RvdK', to: 'LT', kind: 'warm', cause: 'structural' },
    ]);
    expect(family.handoversBy('structural')).toEqual({ cold: 1, warm: 1 });
  });
});

describe('help providers at the local team', () => {
  it('are arranged by the worker: a family that waits for a local-team worker has none until it has one', () => {
    // a local team far too small, so that families queue for months
    const s = scenario(SHORT, { localTeam: { workersPerThousandYouth: 0.05 } });
    const [t] = traces(s, 1);
    const first = (role: string) => {
      const at = new Map<number, number>();
      for (const sp of t!.spells) if (sp.role === role) at.set(sp.caseId, Math.min(at.get(sp.caseId) ?? Infinity, sp.startDays));
      return at;
    };
    const worker = first('LT');
    const providers = first('provider');
    // families waited: the test is about something
    expect(valueCountsMean(t!.result.families.waitDays.LT)).toBeGreaterThan(30);
    let checked = 0;
    for (const [caseId, start] of providers) {
      const placed = worker.get(caseId);
      if (placed === undefined) continue;
      expect(start).toBeGreaterThanOrEqual(placed);
      checked++;
    }
    expect(checked).toBeGreaterThan(100);
  });
});
