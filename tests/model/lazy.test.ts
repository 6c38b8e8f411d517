// Visits and provider changes are not events: they are worked out when something they depend on
// changes or when they are read (Chain.catchUpVisits, Chain.catchUpProviderChanges). These tests
// pin that the result is the schedule a visit-by-visit simulation would give.

import { describe, expect, it } from 'vitest';
import { oneFamilyScenario, runUntil, startOneFamily } from './helpers.js';
import type { Family } from '../../src/model/family.js';

const HOURS_PER_VISIT = 20;
const FIRST_VISIT = 5;

describe('visits', () => {
  it('follow the interval of the caseload in force at each visit, and stop when the measure ends', () => {
    // one guardian; a second family joins its caseload partway through the first one's measure
    const s = oneFamilyScenario({
      guardians: { hoursPerVisit: HOURS_PER_VISIT },
      gi: { firstVisitDays: { kind: 'deterministic', value: FIRST_VISIT }, institutions: [{ name: 'GI', share: 1, guardianPositions: 1 }] },
      localTeam: { voluntaryHelpDays: { kind: 'deterministic', value: 1 } },
      rvdk: { investigationDays: { kind: 'deterministic', value: 10 } },
    });
    const run = startOneFamily(s);
    const { chain, family: a } = run;
    const visits: number[] = [];
    const record = a.recordVisit.bind(a);
    a.recordVisit = (t) => {
      visits.push(t);
      record(t);
    };
    runUntil(chain, () => a.inMeasure);
    const assignedAt = chain.sim.now;
    const pos = a.guardianCase!.position!;
    const interval = (n: number) => Math.min(182, Math.max(7, (7 * HOURS_PER_VISIT * n) / chain.contactHoursPerWeek(pos)));
    expect(interval(2)).toBeGreaterThan(interval(1)); // not clamped: the change shows

    // the second family is signalled 100 days into the measure and reaches the same guardian
    let b: Family | undefined;
    chain.sim.schedule(100, () => {
      (chain as unknown as { startFamily(m: number): void }).startFamily(0);
      b = chain.families.get(2);
    });
    runUntil(chain, () => b?.guardianCase?.position != null);
    const joinedAt = chain.sim.now;
    expect(b!.guardianCase!.position).toBe(pos);
    runUntil(chain, () => a.measureDays > 0);
    const endedAt = chain.sim.now;
    expect(joinedAt).toBeLessThan(endedAt);

    const expected: number[] = [];
    for (let t = assignedAt + FIRST_VISIT; t < endedAt; t += interval(t < joinedAt ? 1 : 2)) expected.push(t);
    expect(visits.length).toBe(expected.length);
    visits.forEach((t, i) => expect(t).toBeCloseTo(expected[i], 9));
    expect(a.contacts).toBe(expected.length);
    expect(a.timeToGuardianDays).toEqual([expected[0] - a.firstSignalAt]);
    expect(a.nextVisitAt).toBe(Infinity);
  });

  it('a family still under a measure when the run ends has its visits counted up to the end', () => {
    const run = startOneFamily(oneFamilyScenario({ gi: { firstVisitDays: { kind: 'deterministic', value: FIRST_VISIT } }, simulation: { years: 1, followUpYears: 0 } }));
    const { chain, family } = run;
    runUntil(chain, () => family.inMeasure);
    const assignedAt = chain.sim.now;
    const pos = family.guardianCase!.position!;
    const interval = chain.visitIntervalDays(pos);
    let done = -1;
    chain.observer.familyDone = (f) => {
      if (f === family) done = f.contacts;
    };
    chain.run();
    expect(family.inMeasure).toBe(true);
    // visits at assignedAt + 5, then every `interval`, strictly before the end of the run
    expect(done).toBe(Math.ceil((chain.followUpEnd - assignedAt - FIRST_VISIT) / interval));
  });
});

describe('provider changes', () => {
  /** One family with its providers deployed, and a rate high enough to count changes. */
  function deployed(rate: number): { family: Family; catchUp: (until: number) => void; since: number } {
    const run = startOneFamily(oneFamilyScenario({ providers: { changeRatePerYear: rate, perProblemDomain: 2 } }));
    runUntil(run.chain, () => run.family.providerCount > 0);
    return { family: run.family, catchUp: (until) => run.chain.catchUpProviderChanges(run.family, until), since: run.chain.sim.now };
  }

  it('replace each provider at the change rate, whether counted at once or in many steps', () => {
    const rate = 3; // per provider per year
    const years = 400;
    for (const steps of [1, 2000]) {
      const { family, catchUp, since } = deployed(rate);
      const n = family.providerCount;
      const met = family.known.size;
      for (let k = 1; k <= steps; k++) catchUp(since + (k * years * 365) / steps);
      const changes = family.known.size - met; // every replacement is a new face
      const expected = n * rate * years; // Poisson: sd = sqrt(expected)
      expect(Math.abs(changes - expected)).toBeLessThan(4 * Math.sqrt(expected));
      expect(family.providerCount).toBe(n);
      expect(family.involvedNow).toBe(n + (family.responsible !== null ? 1 : 0));
    }
  });

  it('with no change rate, the providers stay', () => {
    const { family, catchUp, since } = deployed(0);
    const met = family.known.size;
    catchUp(since + 100 * 365);
    expect(family.known.size).toBe(met);
  });
});
