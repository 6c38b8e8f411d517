// A family's path (src/model/journey.ts), with every duration fixed so each wait is known by
// hand: the waits at every link by value, the early escalation of families that need the
// compulsory track, Veilig Thuis, deterioration, the table's and the Raad's decisions, the court's
// outcomes and the voogdij path. Shares are checked on many families signalled at once.

import { describe, expect, it } from 'vitest';
import type { Chain } from '../../src/model/chain.js';
import type { Family } from '../../src/model/family.js';
import { DAYS_PER_YEAR } from '../../src/model/units.js';
import { expectBinomial, mass, pathScenario, runUntil, tracedChain, timesOf, type Plain } from './helpers.js';

const fixed = (value: number) => ({ kind: 'deterministic', value });

const fam = (chain: Chain, id: number): Family => chain.families.get(id)!;

describe('waits at every link, by value', () => {
  it("one family alone waits only for the table's and the court's sessions", () => {
    const { chain, events, signal, waits } = tracedChain(pathScenario());
    signal(0);
    const a = fam(chain, 1);
    runUntil(chain, () => a.phase.at === 'gone');
    expect(waits(1)).toEqual({ LT: [0, 0], JBT: [1], RvdK: [0], court: [6], GI: [0] });
    expect(timesOf(events, 1, 'jeugdbeschermingstafel')).toEqual([21]);
    expect(timesOf(events, 1, 'RvdK investigation')).toEqual([21]);
    expect(timesOf(events, 1, 'court hearing')).toEqual([91]);
    expect(timesOf(events, 1, 'measure: OTS')).toEqual([91]);
    expect(timesOf(events, 1, 'measure ends')).toEqual([456]);
    expect(timesOf(events, 1, 'afschaling')).toEqual([466]);
    expect(timesOf(events, 1, 'closure')).toEqual([526]);
    expect(a.measureDays).toBe(365);
    expect(a.daysInChainAt(1000)).toBe(526);
  });

  it('a second family waits behind the first at the local team, the Raad and the GI, by the days the first holds them', () => {
    const { chain, signal, waits } = tracedChain(pathScenario());
    signal(0);
    signal(0);
    const [a, b] = [fam(chain, 1), fam(chain, 2)];
    runUntil(chain, () => a.phase.at === 'gone' && b.phase.at === 'gone');
    // b: local team when a leaves it for the Raad (21); table 42 (wait 1); the investigator is
    // free when a's investigation ends (71: wait 29); 121 + 14 = 135, hearing 140 (wait 5);
    // the guardian is free when a's measure ends (456: wait 316); its OTS ends at 140 + 365 = 505,
    // the gap to 515, where the local-team worker holds a until 526 (wait 11).
    expect(waits(1)).toEqual({ LT: [0, 0], JBT: [1], RvdK: [0], court: [6], GI: [0] });
    expect(waits(2)).toEqual({ LT: [21, 11], JBT: [1], RvdK: [29], court: [5], GI: [316] });
    expect(b.measureDays).toBe(365);
  });

  it('a family that needs the compulsory track at entry escalates after the shorter try, one that does not after its help', () => {
    // need at entry: help 20 days, table at 21; no need, certain deterioration: help 100 days, table at 105
    for (const [neededAtSignal, table] of [
      [true, 21],
      [false, 105],
    ] as [boolean, number][]) {
      const { chain, events, signal } = tracedChain(pathScenario(neededAtSignal ? {} : { family: { compulsoryNeedAtEntry: 0 } }));
      signal(0);
      // without the need at the signal the worker tries the full voluntary help first; the need arises meanwhile
      expect(fam(chain, 1).neededAtSignal).toBe(neededAtSignal);
      fam(chain, 1).needsCompulsory = true;
      runUntil(chain, () => timesOf(events, 1, 'jeugdbeschermingstafel').length > 0);
      expect(timesOf(events, 1, 'jeugdbeschermingstafel')).toEqual([table]);
    }
  });

  it('a family that needs no compulsory track and does not deteriorate closes after its help', () => {
    const { chain, events, signal, waits } = tracedChain(
      pathScenario({ family: { compulsoryNeedAtEntry: 0, deteriorationRatePerYear: 0 } }),
    );
    signal(0);
    const a = fam(chain, 1);
    runUntil(chain, () => a.phase.at === 'gone');
    expect(timesOf(events, 1, 'closure')).toEqual([100]);
    expect(waits(1)).toEqual({ LT: [0] });
  });

  it('via Veilig Thuis the family meets a worker there and reaches the local team after the triage', () => {
    const { chain, events, signal } = tracedChain(pathScenario({ entry: { viaVeiligThuisShare: 1 } }));
    signal(0);
    const a = fam(chain, 1);
    runUntil(chain, () => a.known.size > 0);
    expect(chain.sim.now).toBe(0);
    expect(a.known.size).toBe(1); // the Veilig Thuis worker, before anyone is responsible
    expect(a.responsible).toBeNull();
    runUntil(chain, () => timesOf(events, 1, 'jeugdbeschermingstafel').length > 0);
    expect(timesOf(events, 1, 'Veilig Thuis triage')).toEqual([0]);
    expect(timesOf(events, 1, 'local team worker')).toEqual([7]);
    expect(timesOf(events, 1, 'jeugdbeschermingstafel')).toEqual([28]); // 7 + 20 = 27, next session 28
    expect(a.daysWithoutProfessionalAt(7)).toBe(7);
  });

  it('the table may keep it voluntary: the family goes back to the local team for its full help, then closes', () => {
    const { chain, events, signal } = tracedChain(pathScenario({ jbt: { compulsoryDecisionWithNeed: 0 } }));
    signal(0);
    const a = fam(chain, 1);
    runUntil(chain, () => a.phase.at === 'gone');
    expect(timesOf(events, 1, 'closure')).toEqual([121]); // table 21, help of 100
    expect(timesOf(events, 1, 'RvdK investigation')).toEqual([]);
  });

  it('the table and the Raad judge a family with the need by the chances for one: those for a family without it play no part', () => {
    const { chain, events, signal } = tracedChain(
      pathScenario({ jbt: { compulsoryDecisionWithoutNeed: 0 }, rvdk: { measureRequestWithoutNeed: 0 } }),
    );
    signal(0);
    runUntil(chain, () => chain.sim.now > 100);
    expect(timesOf(events, 1, 'RvdK investigation')).toEqual([21]);
    expect(timesOf(events, 1, 'court hearing')).toEqual([91]);
  });

  it('the Raad may ask for no measure: the family goes to aftercare after the gap', () => {
    const { chain, events, signal } = tracedChain(pathScenario({ rvdk: { measureRequestWithNeed: 0 } }));
    signal(0);
    const a = fam(chain, 1);
    runUntil(chain, () => a.phase.at === 'gone');
    expect(timesOf(events, 1, 'court hearing')).toEqual([]);
    expect(timesOf(events, 1, 'afschaling')).toEqual([81]); // investigation ends 71, gap 10
    expect(timesOf(events, 1, 'closure')).toEqual([141]);
  });
});

describe('the court', () => {
  it('a voogdij lasts its own length and is never reviewed', () => {
    const { chain, events, signal } = tracedChain(
      pathScenario({
        court: { otsShare: 0, voogdijShare: 1 },
        gi: { voogdijDays: { kind: 'deterministic', value: 1000 }, otsExtensionProbability: 0.9 },
      }),
    );
    signal(0);
    const a = fam(chain, 1);
    runUntil(chain, () => a.phase.at === 'gone');
    expect(timesOf(events, 1, 'measure: voogdij')).toEqual([91]);
    expect(timesOf(events, 1, 'OTS extended')).toEqual([]);
    expect(timesOf(events, 1, 'measure ends')).toEqual([1091]);
    expect(a.measureDays).toBe(1000);
  });

  it('may rule no measure: the family goes to aftercare', () => {
    const { chain, events, signal } = tracedChain(pathScenario({ court: { otsShare: 0, voogdijShare: 0 } }));
    signal(0);
    const a = fam(chain, 1);
    runUntil(chain, () => a.phase.at === 'gone');
    expect(a.measures).toBe(0);
    expect(timesOf(events, 1, 'afschaling')).toEqual([101]); // hearing 91, gap 10
  });

  it('an OTS extended at its review runs another period', () => {
    const { chain, events, signal } = tracedChain(
      pathScenario({ gi: { otsExtensionProbability: 1, maxExtensionProbability: 1, extensionContactElasticity: 0 } }),
    );
    signal(0);
    runUntil(chain, () => timesOf(events, 1, 'OTS extended').length >= 3);
    expect(timesOf(events, 1, 'OTS extended')).toEqual([456, 821, 1186]);
  });
});

// ---- rates over many families ------------------------------------------------------------------
// (the shares of the court, Veilig Thuis, the table and the Raad on many families are in
// journeyShares.test.ts: each branch is checked here on one family, and the mutation runs, which
// repeat every covering test per mutant, leave those 1,500-family runs out)

describe('rates, on many families at once', () => {
  const N = 1500;

  it('the need for the compulsory track arises during help at the deterioration rate', () => {
    // p = 1 − exp(−rate × help days / year), help of 100 days; prevention multiplies the rate
    const rate = 0.6;
    for (const [over, factor] of [
      [{}, 1],
      [{ reforms: { prevention: { enabled: true, compulsoryNeedReduction: 0.5 } } }, 0.5],
    ] as [Plain, number][]) {
      const m = mass(N, 103, { family: { compulsoryNeedAtEntry: 0, deteriorationRatePerYear: rate } }, over);
      const p = 1 - Math.exp((-rate * factor * 100) / DAYS_PER_YEAR);
      expectBinomial(m.count('jeugdbeschermingstafel'), N, p);
      expect(m.chain.observer.counts.escalationsToJBT).toBe(m.count('jeugdbeschermingstafel'));
    }
  });

  it('the need at entry rises with the problem domains', () => {
    // 0.1 × (1 + 0.5 × (domains − 1)), with 3 domains: 0.2
    const m = mass(N, 3, {
      family: { compulsoryNeedAtEntry: 0.1, compulsoryNeedPerExtraDomain: 0.5, deteriorationRatePerYear: 0, problemDomains: fixed(3) },
    });
    expectBinomial(m.count('jeugdbeschermingstafel'), N, 0.2);
  });
});

describe('long involvement', () => {
  it('a family the table keeps voluntary closes without keeping its guardian: the case is released', () => {
    const { chain, signal } = tracedChain(
      pathScenario({ reforms: { longInvolvement: { enabled: true } }, jbt: { compulsoryDecisionWithNeed: 0 } }),
    );
    signal(0);
    const a = fam(chain, 1);
    runUntil(chain, () => a.guardianCase !== null);
    const team = a.guardianCase!.team;
    runUntil(chain, () => a.phase.at === 'gone');
    expect(chain.sim.now).toBe(121); // table 21, the full voluntary help of 100
    expect(a.guardianCase).toBeNull();
    expect(team.positions.every((p) => p.cases.length === 0)).toBe(true);
    expect(team.levels.casesOutsideMeasure.value).toBe(0);
  });
});

describe('long involvement, with the guardian full', () => {
  it('a family that finds no guardian free at its escalation keeps its local-team case until one takes it on', () => {
    // two families at day 0; the one guardian (two children) takes the first at its escalation (20)
    // and keeps it to its closure (516); the second escalates at 40 and waits for that guardian
    const { chain, signal } = tracedChain(pathScenario({ reforms: { longInvolvement: { enabled: true } } }));
    signal(0);
    signal(0);
    const b = fam(chain, 2);
    chain.sim.run(300);
    expect(b.guardianCase?.position).toBeNull();
    expect(b.localTeamCase?.position).not.toBeNull();
    runUntil(chain, () => b.guardianCase?.position != null);
    expect(chain.sim.now).toBe(516);
    // (its OTS, ruled at 140, has run out by then: the gap to the aftercare follows with nobody)
    chain.sim.run(517);
    expect(b.localTeamCase).toBeNull();
  });
});

describe('long involvement, at the ruling', () => {
  // The guardian takes the family on at the escalation (day 20); the OTS is ruled at 91.
  const firstVisit = (over: Plain) => {
    const { chain, signal } = tracedChain(pathScenario({ reforms: { longInvolvement: { enabled: true } } }, over));
    signal(0);
    chain.sim.run(500); // visits are counted when the measure ends (456; visits.ts counts them lazily)
    const { timeFromRulingToGuardianDays: fromRuling, timeFromSignalToGuardianDays: fromSignal } = chain.observer.survival;
    return [fromRuling.events.values, fromSignal.events.values, fromRuling.censored.n];
  };

  it('a guardian who visits the family already is there at the ruling: no wait for the first visit', () => {
    // visits from day 25 (5 days after taking it on), so the family has met its guardian by day 91
    expect(firstVisit({})).toEqual([[0], [91], 0]);
  });

  it('a guardian who has not visited yet counts from the first visit, after the ruling', () => {
    // the first visit 100 days after taking the family on: day 120, 29 days after the ruling
    expect(firstVisit({ gi: { firstVisitDays: { kind: 'deterministic', value: 100 } } })).toEqual([[29], [120], 0]);
  });
});

describe('long involvement, after the measure', () => {
  it('a family whose measure ends without aftercare closes and its guardian lets go', () => {
    const { chain, signal } = tracedChain(
      pathScenario({ reforms: { longInvolvement: { enabled: true } }, gi: { afschalingToLocalTeam: 0 } }),
    );
    signal(0);
    const a = fam(chain, 1);
    runUntil(chain, () => a.guardianCase !== null);
    const team = a.guardianCase!.team;
    runUntil(chain, () => a.phase.at === 'gone');
    expect(chain.sim.now).toBe(456);
    expect(a.guardianCase).toBeNull();
    expect(team.levels.casesWithHolder.value).toBe(0);
  });
});
