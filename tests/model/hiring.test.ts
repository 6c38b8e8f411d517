// The labour market's limit on hiring (guardians.maxHiresPerYearShare): vacancies whose
// recruitment is done wait for the next hire, hires at least a year ÷ limit apart, in the order
// the vacancies became ready. What such a limit does to a whole chain's staffing is in
// hiringLevels.test.ts (replications: too slow for the mutation runs, which use this file).

import { describe, expect, it } from 'vitest';
import { Deterministic } from '../../src/kernel/index.js';
import { Chain } from '../../src/model/chain.js';
import { DAYS_PER_YEAR } from '../../src/model/units.js';
import { SHORT, scenario } from './helpers.js';
import { brokenRules, departNow, makeTeam } from './teamHarness.js';

/** Days at which each of the team's positions was filled again after all left at time 0. */
function hireTimes(hiresPerYear: number, recruitment: number[]): number[] {
  const h = makeTeam({ positions: recruitment.length, hiresPerYear, recruitmentDays: new Deterministic(0) });
  const positions = h.team.positions;
  // each position's recruitment takes its own time: the team's distribution is replaced per departure
  positions.forEach((pos, i) => {
    (h.team.config as unknown as { recruitmentDays: Deterministic }).recruitmentDays = new Deterministic(recruitment[i]!);
    departNow(h, pos);
  });
  const filled: number[] = positions.map(() => NaN);
  const listenFill = h.team.hireNow.bind(h.team);
  h.team.hireNow = (pos) => {
    filled[pos.index] = h.sim.now;
    listenFill(pos);
  };
  h.sim.run(10 * DAYS_PER_YEAR);
  expect(brokenRules(h)).toEqual([]);
  return filled;
}

describe('hiring limit', () => {
  it('without a limit every vacancy is filled when its recruitment is done', () => {
    expect(hireTimes(0, [30, 10, 50, 30])).toEqual([30, 10, 50, 30]);
  });

  it('with a limit, hires are a year ÷ limit apart, in the order the vacancies became ready', () => {
    const gap = DAYS_PER_YEAR / 4;
    // ready at 30, 10, 50, 30: position 1 first (10), then 0 and 3 (ready at 30, in that order), then 2
    expect(hireTimes(4, [30, 10, 50, 30])).toEqual([10 + gap, 10, 10 + 3 * gap, 10 + 2 * gap]);
  });

  it('a hire the limit allows at once is not delayed', () => {
    const gap = DAYS_PER_YEAR / 2;
    // the second vacancy is ready after the first hire's gap has passed
    expect(hireTimes(2, [10, 10 + gap + 5])).toEqual([10, 10 + gap + 5]);
  });

  it('each GI team hires at its share of its own positions', () => {
    const s = scenario(SHORT, { guardians: { maxHiresPerYearShare: 0.25 } });
    const chain = new Chain(s, 1, 0);
    for (const t of chain.institutions) expect(t.config.hiresPerYear).toBe(0.25 * t.positions.length);
    for (const t of chain.localTeams) expect(t.config.hiresPerYear).toBe(0);
  });
});
