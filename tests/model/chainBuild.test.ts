// The chain as built from the scenario (src/model/chain.ts), checked without running it: the GI
// teams with and without areas, what each guardian team is given (duos' carry limit, the hires the
// labour market allows, the work pressure its leave rate reads) and when the run ends.

import { describe, expect, it } from 'vitest';
import { Chain } from '../../src/model/chain.js';
import type { Family } from '../../src/model/family.js';
import { DAYS_PER_YEAR } from '../../src/model/units.js';
import { SEED, SHORT, scenario, type Plain } from './helpers.js';

const built = (...over: Plain[]) => scenario(SHORT, ...over);

const FOODVALLEY = scenario().region.municipalities;
/** Ede and Scherpenzeel in 'west', Barneveld and Nijkerk in 'east'. */
const WEST_EAST: Plain = { region: { municipalities: FOODVALLEY.map((m, i) => ({ ...m, area: i === 0 || i === 3 ? 'west' : 'east' })) } };
/** One large institution and one with a single position (which rounds to none in the smaller area). */
const TWO_GIS: Plain = {
  gi: {
    institutions: [
      { name: 'Large', share: 0.8, guardianPositions: 20 },
      { name: 'Small', share: 0.2, guardianPositions: 1 },
    ],
  },
};

const names = (c: Chain) => c.institutions.map((t) => t.config.name);
const sizes = (c: Chain) => c.institutions.map((t) => t.positions.length);

/** A family signalled now in municipality `m`. */
function familyOf(chain: Chain, m: number): Family {
  const before = new Set(chain.families.keys());
  chain.arrivals.signal(m);
  return [...chain.families.values()].find((f) => !before.has(f.id))!;
}

describe("a GI team's replacement pool", () => {
  const pool = (c: Chain) => c.institutions.map((t) => t.config.sickLeave!.replacementPool);

  it('is its share of the positions, rounded down or up at random per replication: a whole number whose mean is the share', () => {
    // 20 positions × 0.05 = 1 exactly; 5 × 0.05 = 0.25; 1 × 0.05 = 0.05
    const s = built(
      {
        gi: {
          institutions: [
            { name: 'A', share: 0.6, guardianPositions: 20 },
            { name: 'B', share: 0.3, guardianPositions: 5 },
            { name: 'C', share: 0.1, guardianPositions: 1 },
          ],
        },
      },
      { guardians: { replacementPoolShare: 0.05 } },
    );
    const n = 2000;
    const sums = [0, 0, 0];
    for (let r = 0; r < n; r++) {
      const p = pool(new Chain(s, SEED, r));
      expect(p[0]).toBe(1);
      expect([0, 1]).toContain(p[1]);
      expect([0, 1]).toContain(p[2]);
      for (let i = 0; i < 3; i++) sums[i]! += p[i]!;
    }
    const within = (sum: number, q: number) => expect(Math.abs(sum - q * n)).toBeLessThan(5 * Math.sqrt(n * q * (1 - q)));
    within(sums[1]!, 0.25);
    within(sums[2]!, 0.05);
  });

  it('is the same in every scenario of a replication whose pool has the same fraction (common random numbers)', () => {
    // 29 positions × 0.05 = 1.45 and 44 × 0.05 = 2.2: the same draw rounds both
    const at = (positions: number) =>
      built(
        { gi: { institutions: [{ name: 'A', share: 1, guardianPositions: positions }] } },
        { guardians: { replacementPoolShare: 0.05 } },
      );
    for (let r = 0; r < 50; r++) {
      const small = pool(new Chain(at(29), SEED, r))[0]!;
      const large = pool(new Chain(at(44), SEED, r))[0]!;
      expect([1, 2]).toContain(small);
      expect([2, 3]).toContain(large);
      // a draw below 0.2 rounds both up, above 0.45 neither
      if (large === 3) expect(small).toBe(2);
      if (small === 1) expect(large).toBe(2);
    }
  });
});

describe('the GI teams', () => {
  it('without areas: one team per institution with all its positions, named after it, teams per area or not', () => {
    for (const teamsPerArea of [false, true]) {
      const chain = new Chain(built(TWO_GIS, { gi: { teamsPerArea } }), SEED, 0);
      expect(names(chain)).toEqual(['Large', 'Small']);
      expect(sizes(chain)).toEqual([20, 1]);
    }
  });

  it('with areas but without teams per area: still one team per institution, all its positions', () => {
    const chain = new Chain(built(TWO_GIS, WEST_EAST), SEED, 0);
    expect(names(chain)).toEqual(['Large', 'Small']);
    expect(sizes(chain)).toEqual([20, 1]);
    expect(chain.institutions.map((t) => t.config.organisation)).toEqual(['Large', 'Small']);
  });

  it("with teams per area: each institution has a team in every area, its positions split by the area's share, rounded up", () => {
    const chain = new Chain(built(TWO_GIS, WEST_EAST, { gi: { teamsPerArea: true } }), SEED, 0);
    const expected = FOODVALLEY.map((m) => m.youthPopulation * m.measuresPerThousandYouth);
    const west = (expected[0]! + expected[3]!) / expected.reduce((a, b) => a + b, 0);
    const east = 1 - west;
    expect(names(chain)).toEqual(['Large west', 'Small west', 'Large east', 'Small east']);
    expect(chain.institutions.map((t) => t.config.organisation)).toEqual(['Large', 'Small', 'Large', 'Small']);
    expect(sizes(chain)).toEqual([Math.ceil(20 * west), 1, Math.ceil(20 * east), 1]);
    // 20 × west is 11.02: rounded to the nearest it would be 11, so the test tells the two apart
    expect(Math.round(20 * west)).toBeLessThan(Math.ceil(20 * west));
  });

  it("a family's guardian comes from a team of its own area", () => {
    const chain = new Chain(built(TWO_GIS, WEST_EAST, { gi: { teamsPerArea: true } }), SEED, 0);
    for (const [m, area] of [
      [0, 'west'],
      [1, 'east'],
      [2, 'east'],
      [3, 'west'],
    ] as const) {
      const f = familyOf(chain, m);
      for (let k = 0; k < 20; k++) expect(chain.chooseInstitution(f).config.name.endsWith(area)).toBe(true);
    }
  });
});

describe('what each guardian team is given', () => {
  it("duos: the partner carries up to the cap times the reform's carry-limit share (whole children)", () => {
    const chain = new Chain(built({ reforms: { guardianDuos: { enabled: true, partnerCarryLimitShare: 1.3 } } }), SEED, 0);
    const cap = chain.plan.guardianCap;
    for (const t of chain.institutions) expect(t.config.duos).toEqual({ carryLimit: Math.floor(cap * 1.3) });
    expect(new Chain(built(), SEED, 0).institutions[0]!.config.duos).toBeNull();
  });

  it("hires per year: the team's positions times the labour market's share", () => {
    const chain = new Chain(built(TWO_GIS, { guardians: { maxHiresPerYearShare: 0.25 } }), SEED, 0);
    expect(chain.institutions.map((t) => t.config.hiresPerYear)).toEqual([5, 0.25]);
  });

  it("the work pressure a guardian's leave rate reads is the guardian's caseload pressure", () => {
    const chain = new Chain(built(), SEED, 0);
    for (const t of chain.institutions) for (const pos of t.positions) expect(t.config.pressureOf(pos)).toBe(chain.time.pressure(pos));
  });
});

describe('the end of the run', () => {
  it('is the warm-up, the observed years and the follow-up, in days', () => {
    const chain = new Chain(built({ simulation: { start: 'empty', warmupYears: 1, years: 2, followUpYears: 0.5 } }), SEED, 0);
    expect(chain.followUpEnd).toBeCloseTo(3.5 * DAYS_PER_YEAR, 9);
  });

  it('a settled start without the snapshot it begins from is refused', () => {
    expect(() => new Chain(scenario({ simulation: { start: 'settled' } }), SEED, 0)).toThrow(/a settled start needs its snapshot/);
  });
});
