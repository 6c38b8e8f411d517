// A guardian's week (guardianTime.ts): contact hours after administration, indirect work and reform
// duties; the visit interval and work pressure they give; who visits during sick leave.

import { describe, expect, it } from 'vitest';
import { Deterministic } from '../../src/kernel/index.js';
import { GuardianTime } from '../../src/model/guardianTime.js';
import { chainPlan } from '../../src/model/plan.js';
import { WEEKS_PER_MONTH } from '../../src/model/units.js';
import { scenario, type Plain } from './helpers.js';
import { admitNew, fallIllNow, makeTeam } from './teamHarness.js';

// 36 h × (1 − 0.4 − 0.35) = 9 contact hours a week; 4 hours a visit
const WEEK: Plain = {
  guardians: {
    hoursPerWeek: 36,
    adminShare: 0.4,
    indirectCaseworkShare: 0.35,
    hoursPerVisit: 4,
    normVisitIntervalDays: 28,
    minContactHoursPerWeek: 0.5,
  },
};
const time = (...over: Plain[]) => new GuardianTime(chainPlan(scenario(WEEK, ...over)));

describe("guardians' time", () => {
  it('the visit interval follows from the caseload and the contact hours', () => {
    const t = time();
    const h = makeTeam({ positions: 1, capPerPosition: 20 });
    const pos = h.team.positions[0]!;
    for (let i = 0; i < 9; i++) admitNew(h);
    // 9 families, 9 hours a week, 4 hours a visit: every 4 weeks, exactly the norm
    expect(t.contactHoursPerWeek(pos)).toBeCloseTo(9, 12);
    expect(t.visitIntervalDays(pos)).toBeCloseTo(28, 12);
    expect(t.pressure(pos)).toBeCloseTo(1, 12);
    for (let i = 0; i < 9; i++) admitNew(h);
    expect(t.visitIntervalDays(pos)).toBeCloseTo(56, 12);
    expect(t.pressure(pos)).toBeCloseTo(2, 12);
  });

  it('is bounded by the shortest and longest interval, and by the minimum contact hours', () => {
    const t = time({ guardians: { shortestVisitIntervalDays: 10, longestVisitIntervalDays: 40 } });
    const h = makeTeam({ positions: 1, capPerPosition: 100 });
    const pos = h.team.positions[0]!;
    expect(t.visitIntervalDays(pos)).toBe(10); // nobody: as for one family, 28 / 9 days, raised to 10
    for (let i = 0; i < 50; i++) admitNew(h);
    expect(t.visitIntervalDays(pos)).toBe(40);
    const starved = time({ guardians: { adminShare: 0.6, minContactHoursPerWeek: 2 } }); // 1.8 hours left: the minimum
    expect(starved.contactHoursPerWeek(pos)).toBe(2);
  });

  it('less administration gives more contact hours', () => {
    const h = makeTeam({ positions: 1, capPerPosition: 20 });
    const pos = h.team.positions[0]!;
    expect(time({ reforms: { lessAdmin: { enabled: true, adminShare: 0.25 } } }).contactHoursPerWeek(pos)).toBeCloseTo(
      36 * (1 - 0.25 - 0.35),
      12,
    );
  });

  it('hours at the local team and self-delivered help come out of contact time', () => {
    const h = makeTeam({ positions: 1, capPerPosition: 20 });
    const pos = h.team.positions[0]!;
    expect(time({ reforms: { guardianInLocalTeam: { enabled: true, hoursPerWeek: 2 } } }).contactHoursPerWeek(pos)).toBeCloseTo(7, 12);
    pos.selfDomains = 3;
    expect(time({ reforms: { selfDeliveredHelp: { enabled: true, hoursPerWeekPerDomain: 1 } } }).contactHoursPerWeek(pos)).toBeCloseTo(
      6,
      12,
    );
  });

  it("duo coordination is charged per family held, only while the partner's seat is filled", () => {
    const t = time({ reforms: { guardianDuos: { enabled: true, coordinationHoursPerFamilyPerMonth: 2 } } });
    const h = makeTeam({ positions: 2, capPerPosition: 20, duos: { carryLimit: 26 }, recruitmentDays: new Deterministic(30) });
    for (let i = 0; i < 6; i++) admitNew(h);
    const [a, b] = [h.team.positions[0]!, h.team.positions[1]!];
    expect(t.contactHoursPerWeek(a)).toBeCloseTo(9 - (3 * 2) / WEEKS_PER_MONTH, 12);
    h.team.depart(b);
    expect(a.cases.length).toBe(6);
    expect(t.contactHoursPerWeek(a)).toBeCloseTo(9, 12);
  });

  it("during sick leave: the partner visits both caseloads, a replacement only the sick one's, nobody never", () => {
    const t = time();
    const h = makeTeam({
      positions: 2,
      capPerPosition: 20,
      duos: { carryLimit: 26 },
      sickLeave: { episodesPerYear: 0, days: new Deterministic(50), replacementPool: 1 },
    });
    for (let i = 0; i < 10; i++) admitNew(h);
    const [a, b] = [h.team.positions[0]!, h.team.positions[1]!];
    fallIllNow(h, a);
    expect(a.coverKind).toBe('partner');
    expect(t.familiesVisitedBy(b)).toBe(10);
    expect(t.visitIntervalDays(a)).toBeCloseTo(t.visitIntervalDays(b), 12);
    expect(t.visitIntervalDays(b)).toBeCloseTo((7 * 4 * 10) / 9, 12);
    fallIllNow(h, b); // a's cover falls ill: a gets the replacement, b nobody
    expect(a.coverKind).toBe('replacement');
    expect(t.visitIntervalDays(a)).toBeCloseTo((7 * 4 * 5) / 9, 12);
    expect(b.coverKind).toBeNull();
    expect(t.visitIntervalDays(b)).toBe(Infinity);
  });
});

describe('self-delivered help during sick leave', () => {
  const selfHelp = { reforms: { selfDeliveredHelp: { enabled: true, hoursPerWeekPerDomain: 1 } } };

  it("a partner covering a sick member gives the help of both caseloads: its hours come off the partner's contact time", () => {
    const t = time(selfHelp);
    const h = makeTeam({
      positions: 2,
      capPerPosition: 20,
      duos: { carryLimit: 26 },
      sickLeave: { episodesPerYear: 0, days: new Deterministic(50), replacementPool: 0 },
    });
    const [a, b] = [h.team.positions[0]!, h.team.positions[1]!];
    a.selfDomains = 2;
    b.selfDomains = 1;
    expect(t.contactHoursPerWeek(b)).toBeCloseTo(9 - 1, 12);
    fallIllNow(h, a);
    expect(b.covering).toBe(a);
    expect(t.contactHoursPerWeek(b)).toBeCloseTo(9 - 3, 12);
  });

  it("a replacement gives the sick guardian's self-delivered help out of its own hours", () => {
    const t = time(selfHelp);
    const h = makeTeam({
      positions: 1,
      capPerPosition: 20,
      sickLeave: { episodesPerYear: 0, days: new Deterministic(50), replacementPool: 1 },
    });
    const pos = h.team.positions[0]!;
    for (let i = 0; i < 6; i++) admitNew(h);
    pos.selfDomains = 3;
    fallIllNow(h, pos);
    expect(pos.coverKind).toBe('replacement');
    // 9 hours less 3 for the help: 6 families every 7 × 4 × 6 / 6 days
    expect(t.visitIntervalDays(pos)).toBeCloseTo((7 * 4 * 6) / (9 - 3), 12);
  });
});
