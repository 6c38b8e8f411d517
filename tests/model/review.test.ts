// Review findings: each test pins one bookkeeping rule that a path through the model broke.
// One family on a fixed path (helpers.oneFamilyScenario), with sickness and departures forced.

import { describe, expect, it } from 'vitest';
import type { Position } from '../../src/model/caseload.js';
import type { Professional } from '../../src/model/professional.js';
import { oneFamilyScenario, runUntil, startOneFamily, type OneFamily } from './helpers.js';

const MONTH_DAYS = 365.25 / 12;

function fallIllNow(run: OneFamily, pos: Position): void {
  if (pos.sickEntry !== null) run.chain.sim.cancel(pos.sickEntry);
  pos.team.fallIll(pos);
}

function departNow(run: OneFamily, pos: Position): void {
  if (pos.departure !== null) run.chain.sim.cancel(pos.departure);
  pos.team.depart(pos);
}

describe('sick leave and handovers', () => {
  it('a guardian back from sick leave is a new face to a family placed while they were ill (solo)', () => {
    const run = startOneFamily(oneFamilyScenario({ guardians: { sickDays: { kind: 'deterministic', value: 300 } } }));
    const { chain, family } = run;
    runUntil(chain, () => family.responsible?.role === 'RvdK');
    for (const pos of chain.institutions[0].positions) fallIllNow(run, pos);
    runUntil(chain, () => run.handovers.some((h) => h.to === 'guardian'));
    // the family was placed on an ill guardian: the replacement came first, the guardian is a stranger
    expect(run.handovers.map((h) => `${h.from}>${h.to}`)).toContain('RvdK>replacement');
    expect(run.handovers.find((h) => h.from === 'replacement' && h.to === 'guardian')).toMatchObject({ kind: 'cold' });
  });

  it('a family handed to a sick duo partner meets the partner\'s replacement: a cold change', () => {
    const loss = 30;
    const run = startOneFamily(
      oneFamilyScenario({ reforms: { guardianDuos: { enabled: true } }, guardians: { coldHandoverProgressLossDays: loss, sickDays: { kind: 'deterministic', value: 700 } } }),
    );
    const { chain, family } = run;
    runUntil(chain, () => family.inMeasure);
    const mine = family.guardianCase!.position!;
    const partner = mine.partner!;
    fallIllNow(run, partner); // covered by the family's guardian
    expect(partner.cover).toBe(mine.person);
    chain.sim.schedule(100, () => departNow(run, mine));
    runUntil(chain, () => family.measureDays > 0);
    const change = run.handovers.filter((h) => h.from === 'guardian' && h.to === 'replacement');
    expect(change).toEqual([expect.objectContaining({ kind: 'cold' })]);
    expect(family.measureDays).toBeCloseTo(365 + loss, 9);
  });

  it('a duo member who falls ill stops covering the partner\'s families', () => {
    const run = startOneFamily(oneFamilyScenario({ reforms: { guardianDuos: { enabled: true } }, guardians: { sickDays: { kind: 'deterministic', value: 200 } } }));
    const { chain, family } = run;
    runUntil(chain, () => family.inMeasure);
    const mine = family.guardianCase!.position!;
    const partner = mine.partner!;
    fallIllNow(run, mine);
    expect(family.responsible).toBe(partner.person);
    fallIllNow(run, partner);
    expect(mine.cover).not.toBe(partner.person);
    expect(family.responsible).not.toBe(partner.person);
    expect(family.responsible?.role).toBe('replacement');
  });
});

describe('visits', () => {
  it('the time between two measures is not a visit interval', () => {
    const run = startOneFamily(oneFamilyScenario({ entry: { reentryProbability: 1, reentryDelayDays: { kind: 'deterministic', value: 30 } } }));
    const { chain, family } = run;
    const gaps: number[] = [];
    const record = family.recordVisit.bind(family);
    family.recordVisit = (now) => {
      if (family.lastVisitAt >= 0 && family.inMeasure) gaps.push(now - family.lastVisitAt);
      record(now);
    };
    runUntil(chain, () => family.measureDays >= 730 - 1e-9);
    expect(family.reentries).toBe(1);
    expect(Math.max(...gaps)).toBeLessThanOrEqual(182);
    expect(family.visitIntervalSumDays / family.visitIntervals).toBeLessThanOrEqual(182);
  });

  it('contacts per month count the contacts of the measures whose length is counted', () => {
    const run = startOneFamily(oneFamilyScenario({ entry: { reentryProbability: 1, reentryDelayDays: { kind: 'deterministic', value: 30 } } }));
    const { chain, family } = run;
    runUntil(chain, () => family.measureDays > 0);
    const contacts = family.contacts;
    const days = family.measureDays;
    // a second measure is under way when the run ends (censored); visits are counted when asked for
    runUntil(chain, () => {
      chain.catchUpVisits(family, chain.sim.now);
      return family.reentries === 1 && family.inMeasure && family.contacts > contacts + 5;
    });
    chain.observer.familyDone(family, true);
    expect(chain.observer.families.contactsPerMonth.n).toBe(1);
    expect(chain.observer.families.contactsPerMonth.max).toBeCloseTo(contacts / (days / MONTH_DAYS), 9);
  });
});

describe('long involvement', () => {
  it('a trajectory without a measure does not carry the guardian of an earlier one', () => {
    const run = startOneFamily(
      oneFamilyScenario({ reforms: { longInvolvement: { enabled: true } }, entry: { reentryProbability: 1, reentryDelayDays: { kind: 'deterministic', value: 30 } } }),
    );
    const { chain, family } = run;
    runUntil(chain, () => family.reentries === 1);
    expect(family.hadMeasure).toBe(true);
    // the second time the Raad asks for no measure: the family goes back to the local team
    (chain.p.rvdk as { measureRequestWithNeed: number }).measureRequestWithNeed = 0;
    const carried: Professional[] = [];
    const carryOver = family.carryOver.bind(family);
    family.carryOver = (p, sameAs) => {
      carried.push(sameAs);
      carryOver(p, sameAs);
    };
    runUntil(chain, () => family.reentries === 2);
    expect(carried.filter((p) => p.role === 'guardian')).toEqual([]);
  });
});
