// The labour market's limit on hiring (guardians.maxHiresPerYearShare) in a whole chain: a limit
// below the leave rate keeps a team below its positions. The limit's own rule (hires a year ÷ limit
// apart, in the order vacancies became ready) is checked on one team in hiring.test.ts.

import { describe, expect, it } from 'vitest';
import { SHORT, mean, replications, scenario } from './helpers.js';

describe('hiring limit, in a whole chain', () => {
  it('a limit below the leave rate keeps guardians in post at limit ÷ leave rate of the positions', () => {
    // leave rate 0.6 a year, no pressure effect, no recruitment delay or induction: in a steady
    // state hires (0.3 × positions a year) equal departures (0.6 × in post), so half the seats are filled
    const base = {
      guardians: {
        turnoverRatePerYear: 0.6,
        turnoverPressureSensitivity: 0,
        recruitmentDays: { kind: 'deterministic', value: 0 },
        inductionDays: 0,
      },
    };
    const positions = scenario().gi.institutions.reduce((a, i) => a + i.guardianPositions, 0);
    const limited = replications(scenario(SHORT, base, { guardians: { maxHiresPerYearShare: 0.3 }, simulation: { warmupYears: 4 } }), 4);
    const inPost = mean(limited.map((r) => r.system.guardiansInPost)) / positions;
    expect(inPost).toBeGreaterThan(0.4);
    expect(inPost).toBeLessThan(0.6);
    expect(mean(limited.map((r) => r.system.guardianVacancies)) / positions).toBeCloseTo(1 - inPost, 6);
    // and the shortage leaves children without a guardian, where the unlimited market leaves almost none
    const free = replications(scenario(SHORT, base, { simulation: { warmupYears: 4 } }), 4);
    expect(mean(free.map((r) => r.system.guardiansInPost)) / positions).toBeGreaterThan(0.97);
    expect(mean(limited.map((r) => r.system.childrenWithoutGuardian))).toBeGreaterThan(
      5 * mean(free.map((r) => r.system.childrenWithoutGuardian)) + 10,
    );
  });
});
