// Guardian turnover in the whole chain: no leave rate, no changes; a leave rate r with immediate
// replacement gives r guardian changes per family-year; work pressure raises the rate only when
// guardians are over the norm.

import { describe, expect, it } from 'vitest';
import { meanInterval } from '../../src/statistics/index.js';
import { SHORT, mean, replications, scenario, sum, traces } from './helpers.js';

describe('guardian turnover', () => {
  it('with no leave rate there are no departures and no guardian changes', () => {
    const s = scenario(SHORT, { guardians: { turnoverRatePerYear: 0 }, localTeam: { turnoverRatePerYear: 0 } });
    const runs = traces(s, 3);
    for (const { result, events } of runs) {
      expect(result.system.guardianTurnoverPerYear).toBe(0);
      expect(result.system.departureChangesPerFamilyGuardianYear).toBe(0);
      expect(result.families.guardianChangesPerFamily.n).toBeGreaterThan(50);
      expect(result.families.guardianChangesPerFamily.max).toBe(0);
      expect(events.some((e) => e.activity.startsWith('guardian change'))).toBe(false);
      // re-entries happen, so a family can have two measures: its second guardian is no change
      expect(result.system.reentries).toBeGreaterThan(0);
    }
  });

  it('a leave rate r with immediate replacement gives r guardian changes per family-year and r departures per guardian-year', () => {
    const r = 0.3;
    const s = scenario({
      guardians: {
        turnoverRatePerYear: r,
        turnoverPressureSensitivity: 0,
        recruitmentDays: { kind: 'deterministic', value: 0 },
        inductionDays: 0,
      },
      // ample capacity: twice today's positions, so a leaving guardian's families always find room
      gi: {
        institutions: [
          { name: 'A', share: 0.7, guardianPositions: 40 },
          { name: 'B', share: 0.18, guardianPositions: 10 },
          { name: 'C', share: 0.12, guardianPositions: 8 },
        ],
      },
      simulation: { warmupYears: 2, years: 3, followUpYears: 0 },
    });
    const runs = replications(s, 10);
    for (const res of runs) expect(res.system.childrenWithoutGuardian).toBe(0);

    // Changes come in batches (all of a leaving guardian's families at once): the replications'
    // spread, not a Poisson count, gives the interval.
    // A 99% interval: at 95% one seed in twenty would fail a correct model.
    const changes = meanInterval(
      runs.map((x) => x.system.departureChangesPerFamilyGuardianYear),
      0.99,
    );
    expect(changes.low).toBeLessThanOrEqual(r);
    expect(changes.high).toBeGreaterThanOrEqual(r);
    expect(changes.halfWidth / r).toBeLessThan(0.25);

    // Departures are independent, Poisson with mean r × guardian-years: pooled, within 4 SE.
    const guardianYears = sum(runs.map((x) => x.system.guardiansInPost * s.simulation.years));
    const departures = sum(runs.map((x) => x.system.guardianTurnoverPerYear * x.system.guardiansInPost * s.simulation.years));
    const expected = r * guardianYears;
    expect(Math.abs(departures - expected)).toBeLessThan(4 * Math.sqrt(expected));
    const turnover = meanInterval(
      runs.map((x) => x.system.guardianTurnoverPerYear),
      0.99,
    );
    expect(turnover.low).toBeLessThanOrEqual(r);
    expect(turnover.high).toBeGreaterThanOrEqual(r);
  });

  it('pressure sensitivity raises turnover when guardians are overloaded', () => {
    // adminShare 0.6 leaves ~2 contact hours a week: a guardian with more than two families is
    // over the norm, from the first years of the run on.
    const base = { ...SHORT, guardians: { adminShare: 0.6, turnoverPressureSensitivity: 0 } };
    const calm = replications(scenario(base), 4);
    const sensitive = replications(scenario(base, { guardians: { turnoverPressureSensitivity: 1.5 } }), 4);
    const t0 = mean(calm.map((x) => x.system.guardianTurnoverPerYear));
    const t1 = mean(sensitive.map((x) => x.system.guardianTurnoverPerYear));
    expect(t1).toBeGreaterThan(1.5 * t0);
    // more departures, more changes for families
    expect(mean(sensitive.map((x) => x.system.departureChangesPerFamilyGuardianYear))).toBeGreaterThan(
      mean(calm.map((x) => x.system.departureChangesPerFamilyGuardianYear)),
    );
  });

  it('pressure sensitivity changes nothing while every guardian is under the norm', () => {
    // adminShare 0.1: ~20 contact hours a week, more than a full caseload needs at the norm interval
    const base = { ...SHORT, guardians: { adminShare: 0.1, turnoverPressureSensitivity: 0 } };
    const a = replications(scenario(base), 2);
    const b = replications(scenario(base, { guardians: { turnoverPressureSensitivity: 3 } }), 2);
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
  });
});
