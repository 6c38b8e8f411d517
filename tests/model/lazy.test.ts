// Visits and provider changes are not events: they are worked out when something they depend on
// changes or when they are read (visits.ts, providers.ts). These tests pin that the result is the
// schedule a visit-by-visit simulation would give.

import { describe, expect, it } from 'vitest';
import type { Family } from '../../src/model/family.js';
import { DAYS_PER_YEAR } from '../../src/model/units.js';
import { oneFamilyScenario, runUntil, startOneFamily } from './helpers.js';

const HOURS_PER_VISIT = 20;
const FIRST_VISIT = 5;

describe('visits', () => {
  it('follow the interval of the caseload in force at each visit, and stop when the measure ends', () => {
    // one guardian; a second family joins its caseload part-way through the first one's measure
    const s = oneFamilyScenario({
      guardians: { hoursPerVisit: HOURS_PER_VISIT },
      gi: { firstVisitDays: { kind: 'deterministic', value: FIRST_VISIT }, institutions: [{ name: 'GI', share: 1, guardianPositions: 1 }] },
      localTeam: { helpBeforeEscalationDays: { kind: 'deterministic', value: 1 } },
      rvdk: { investigationDays: { kind: 'deterministic', value: 10 } },
    });
    const { chain, family: a } = startOneFamily(s);
    const visits: number[] = [];
    const record = a.recordVisit.bind(a);
    a.recordVisit = (t) => {
      visits.push(t);
      record(t);
    };
    runUntil(chain, () => a.measure !== null && a.guardianCase?.position != null);
    const assignedAt = chain.sim.now;
    const pos = a.guardianCase!.position!;
    const interval = (n: number) => Math.min(182, Math.max(7, (7 * HOURS_PER_VISIT * n) / chain.time.contactHoursPerWeek(pos)));
    expect(interval(2)).toBeGreaterThan(interval(1)); // not clamped: the change shows
    expect(chain.time.visitIntervalDays(pos)).toBeCloseTo(interval(1), 12);

    // the second family is signalled 100 days into the measure and reaches the same guardian
    let b: Family | undefined;
    chain.sim.schedule(100, () => {
      chain.arrivals.signal(0);
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
    for (const [i, t] of visits.entries()) expect(t).toBeCloseTo(expected[i]!, 9);
    expect(a.contacts).toBe(expected.length);
    expect(a.visitIntervals).toBe(expected.length - 1);
    expect(a.visitIntervalSumDays).toBeCloseTo(expected.at(-1)! - expected[0]!, 9);
    expect(a.nextVisitAt).toBe(Infinity);
  });

  it('a family still under a measure when the run ends has its visits counted up to the end', () => {
    const run = startOneFamily(
      oneFamilyScenario({
        gi: { firstVisitDays: { kind: 'deterministic', value: FIRST_VISIT } },
        simulation: { years: 1, followUpYears: 0 },
      }),
    );
    const { chain, family } = run;
    runUntil(chain, () => family.measure !== null && family.guardianCase?.position != null);
    const assignedAt = chain.sim.now;
    const interval = chain.time.visitIntervalDays(family.guardianCase!.position!);
    let done = -1;
    chain.observer.familyDone = (f) => {
      if (f === family) done = f.contacts;
    };
    chain.run();
    expect(family.measure).not.toBeNull();
    // visits at assignedAt + 5, then every `interval`, strictly before the end of the run
    expect(done).toBe(Math.ceil((chain.followUpEnd - assignedAt - FIRST_VISIT) / interval));
  });

  it('the time between two measures is not a visit interval', () => {
    const run = startOneFamily(
      oneFamilyScenario({ entry: { reentryProbability: 1, reentryDelayDays: { kind: 'deterministic', value: 30 } } }),
    );
    const { chain, family } = run;
    const gaps: number[] = [];
    const record = family.recordVisit.bind(family);
    family.recordVisit = (now) => {
      if (family.lastVisitAt !== null) gaps.push(now - family.lastVisitAt);
      record(now);
    };
    runUntil(chain, () => family.measures === 2 && family.measure === null);
    expect(family.reentries).toBe(1);
    expect(Math.max(...gaps)).toBeLessThanOrEqual(182);
    expect(family.visitIntervals).toBe(gaps.length);
  });

  it('contacts per month count the contacts of the measures whose length is counted', () => {
    const run = startOneFamily(
      oneFamilyScenario({ entry: { reentryProbability: 1, reentryDelayDays: { kind: 'deterministic', value: 30 } } }),
    );
    const { chain, family } = run;
    runUntil(chain, () => family.measureDays > 0);
    const contacts = family.contacts;
    const days = family.measureDays;
    expect(days).toBeCloseTo(365, 9);
    expect(contacts).toBeGreaterThan(0);
    chain.observer.familyDone(family, true);
    expect(chain.observer.families.contactsPerMonth.n).toBe(1);
    expect(chain.observer.families.contactsPerMonth.max).toBeCloseTo(contacts / (days / (DAYS_PER_YEAR / 12)), 9);
  });
});

describe('provider changes', () => {
  /** One family with its providers deployed, and a rate high enough to count changes. */
  function deployed(rate: number) {
    const run = startOneFamily(oneFamilyScenario({ providers: { changeRatePerYear: rate, perProblemDomain: 2 } }));
    expect(run.family.providerCount).toBeGreaterThan(0); // deployed inside the signal
    return { family: run.family, catchUp: (until: number) => run.chain.providers.catchUp(run.family, until), since: run.chain.sim.now };
  }

  it('deploys the providers per problem domain, once per trajectory', () => {
    const { family } = deployed(0);
    expect(family.providerCount).toBe(2 * family.problemDomains);
    expect(family.helpPlanned).toBe(true);
  });

  it('replace each provider at the change rate, whether counted at once or in many steps', () => {
    const rate = 3; // per provider per year
    const years = 200;
    for (const steps of [1, 1000]) {
      const { family, catchUp, since } = deployed(rate);
      const n = family.providerCount;
      const met = family.known.size;
      for (let k = 1; k <= steps; k++) catchUp(since + (k * years * DAYS_PER_YEAR) / steps);
      const changes = family.known.size - met; // every replacement is a new face
      const expected = n * rate * years; // Poisson: sd = sqrt(expected)
      expect(Math.abs(changes - expected)).toBeLessThan(4 * Math.sqrt(expected));
      expect(family.providerCount).toBe(n);
      expect(family.maxInvolved).toBe(n + 1); // never two providers for one at once
    }
  });

  it('with no change rate, the providers stay', () => {
    const { family, catchUp, since } = deployed(0);
    const met = family.known.size;
    catchUp(since + 100 * DAYS_PER_YEAR);
    expect(family.known.size).toBe(met);
  });
});
