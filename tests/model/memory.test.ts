// A replication's memory must not grow with the observed horizon when no trace is asked for:
// per-family observations are bounded distributions. Ten times the horizon gives about ten times
// the families, and per-family figures that take far less than ten times the room.

import { describe, expect, it } from 'vitest';
import { runReplication } from '../../src/model/index.js';
import { HANDOVER_CAUSES, LINKS, type FamilyObservations } from '../../src/model/results.js';
import type { ValueCounts } from '../../src/statistics/index.js';
import { scenario, SEED } from './helpers.js';

const SMALL = {
  region: { municipalities: [{ name: 'Ede', youthPopulation: 16000, measuresPerThousandYouth: 8.7 }] },
  gi: {
    institutions: [
      { name: 'A', share: 0.75, guardianPositions: 6 },
      { name: 'B', share: 0.25, guardianPositions: 3 },
    ],
  },
};
const run = (years: number) =>
  runReplication(scenario(SMALL, { simulation: { start: 'empty', warmupYears: 2, years, followUpYears: 1 } }), {
    seed: SEED,
    replication: 0,
  });

/** Every per-family metric by name: the waits as `waitDays.LT`, the causes as `handoversByCause.turnover.cold`, etc. */
function distributions(f: FamilyObservations): [string, ValueCounts][] {
  const { waitDays, handoversByCause, ...perFamily } = f;
  return [
    ...Object.entries(perFamily),
    ...LINKS.map((l): [string, ValueCounts] => [`waitDays.${l}`, waitDays[l]]),
    ...HANDOVER_CAUSES.flatMap((c): [string, ValueCounts][] => [
      [`handoversByCause.${c}.cold`, handoversByCause[c].cold],
      [`handoversByCause.${c}.warm`, handoversByCause[c].warm],
    ]),
  ];
}

/** The most kept values a distribution of these values can have: 900 per decade they span, and zero. */
function keptValueBound(values: readonly number[]): number {
  const positive = values.filter((v) => v > 0);
  if (positive.length === 0) return 1;
  const decades = Math.floor(Math.log10(positive[positive.length - 1]!)) - Math.floor(Math.log10(positive[0]!)) + 1;
  return 900 * decades + 1;
}

describe('per-family observations', () => {
  it('take bounded room whatever the horizon', () => {
    const short = run(3).families;
    const long = run(30).families;
    const families = long.handoversPerFamily.n / short.handoversPerFamily.n;
    const bytes = JSON.stringify(long).length / JSON.stringify(short).length;
    expect(families).toBeGreaterThan(7);
    expect(bytes).toBeLessThan(families / 2);
    for (const [name, d] of distributions(long)) {
      expect(d.min, name).toBeGreaterThanOrEqual(0);
      expect(d.values.length, name).toBeLessThanOrEqual(keptValueBound(d.values));
      expect(
        d.counts.reduce((s, c) => s + c, 0),
        name,
      ).toBe(d.n);
    }
    // whole numbers below 1000 are kept exactly: one entry per count seen
    expect(long.handoversPerFamily.values.every(Number.isInteger)).toBe(true);
    expect(long.handoversPerFamily.values.length).toBeLessThan(100);
  }, 60_000);
});
