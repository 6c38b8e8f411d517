// The settled check on replications whose answer is known: a drift counts when its interval over
// the replications excludes zero and it is larger than a material amount; a link counts as
// saturated by its mean over the replications; and the links busy all the time in single
// replications are listed with how often, whatever the verdict.

import { describe, expect, it } from 'vitest';
import { SATURATED, settledCheck } from '../../src/experiment/settled.js';
import type { MetricSummary } from '../../src/experiment/types.js';
import type { ReplicationResult } from '../../src/model/results.js';

const MONTHS = 60;

/** A replication whose stock of children under a measure goes linearly from `from` to `to`, plus `noise` on alternate months. */
function replication(from: number, to: number, utilisation: Record<string, number> = {}, noise = 0): ReplicationResult {
  const stock = Array.from({ length: MONTHS }, (_, k) => from + ((to - from) * k) / (MONTHS - 1) + (k % 2 === 0 ? noise : -noise));
  return { series: { childrenUnderMeasure: stock }, system: { utilisation } } as unknown as ReplicationResult;
}

function summary(mean: number): MetricSummary {
  return { mean, ci95: [mean, mean], p50: mean, p90: mean, p95: mean, max: mean, n: 3 };
}

const NONE = new Map<string, MetricSummary>();

describe('settledCheck: drift', () => {
  it('a stock that rises by 10% in every replication drifts', () => {
    const r = settledCheck([replication(1000, 1100), replication(1000, 1102), replication(1000, 1098)], NONE);
    expect(r.settled).toBe(false);
    const c = r.checks.find((x) => x.series === 'childrenUnderMeasure')!;
    expect(c.drifts).toBe(true);
    // first and last fifth: 12 months each, means 1000 + 100 × 5.5/59 and 1000 + 100 × 53.5/59
    expect(c.difference).toBeCloseTo((100 * 48) / 59, 6);
    expect(c.allowed).toBeCloseTo(0.03 * c.firstFifth, 6);
    expect(r.reasons[0]).toMatch(/^children under a measure rise from \d+ to \d+/);
  });

  it('a fall counts as well as a rise', () => {
    const r = settledCheck([replication(1000, 900), replication(1000, 898), replication(1000, 902)], NONE);
    expect(r.settled).toBe(false);
    expect(r.reasons[0]).toMatch(/ fall from /);
  });

  it('a rise smaller than 3% of the level does not count, however clear', () => {
    const r = settledCheck([replication(1000, 1020), replication(1000, 1021), replication(1000, 1019)], NONE);
    expect(r.checks[0]!.drifts).toBe(false);
    expect(r.settled).toBe(true);
  });

  it('a large difference whose interval includes zero does not count', () => {
    const r = settledCheck([replication(1000, 1300), replication(1000, 700), replication(1000, 1250)], NONE);
    const c = r.checks[0]!;
    expect(Math.abs(c.difference)).toBeGreaterThan(c.allowed);
    expect(c.ci95[0]).toBeLessThan(0);
    expect(c.drifts).toBe(false);
  });

  it('a series too short to split into fifths is not checked', () => {
    const short = { series: { childrenUnderMeasure: [1, 2, 3, 4] }, system: { utilisation: {} } } as unknown as ReplicationResult;
    expect(settledCheck([short, short], NONE).checks).toEqual([]);
  });
});

describe('settledCheck: links busy all the time', () => {
  it('a link whose mean over the replications is at the mark makes the scenario unsettled', () => {
    const metrics = new Map([
      ['utilisation.RvdK Rotterdam', summary(SATURATED)],
      ['utilisation.RvdK Zeeland', summary(SATURATED - 0.001)],
    ]);
    const r = settledCheck([replication(1000, 1000)], metrics);
    expect(r.settled).toBe(false);
    expect(r.reasons).toEqual([
      'RvdK Rotterdam is busy 100% of the time: there is always a queue, and the observed years cannot rule out that it grows in the long run',
    ]);
  });

  it('lists the links busy all the time in single replications, most often first, and how many replications had one', () => {
    const reps = [
      replication(1000, 1000, { 'RvdK Rotterdam': 1, 'RvdK Zeeland': 0.999, 'LT Ede': 0.5 }),
      replication(1000, 1000, { 'RvdK Rotterdam': 0.996, 'RvdK Zeeland': 0.9 }),
      replication(1000, 1000, { 'RvdK Rotterdam': 0.994, 'RvdK Zeeland': 0.9, 'RvdK Amsterdam': SATURATED }),
      replication(1000, 1000, { 'RvdK Rotterdam': 0.9, 'RvdK Zeeland': 0.9 }),
    ];
    const r = settledCheck(reps, new Map([['utilisation.RvdK Rotterdam', summary(0.97)]]));
    // the verdict reads the mean: settled, and the single replications are listed beside it
    expect(r.settled).toBe(true);
    expect(r.replicationsWithSaturation).toBe(3);
    expect(r.saturatedIn).toEqual([
      { link: 'RvdK Rotterdam', replications: 2 },
      { link: 'RvdK Amsterdam', replications: 1 },
      { link: 'RvdK Zeeland', replications: 1 },
    ]);
  });

  it('reads a model that reports no links as having none busy', () => {
    const r = settledCheck(
      [{ series: {}, system: {} } as unknown as ReplicationResult, { series: {} } as unknown as ReplicationResult],
      NONE,
    );
    expect(r.saturatedIn).toEqual([]);
    expect(r.replicationsWithSaturation).toBe(0);
  });

  it('lists nothing when no replication has a link busy all the time', () => {
    const r = settledCheck([replication(1000, 1000, { 'RvdK Rotterdam': 0.99 })], NONE);
    expect(r.saturatedIn).toEqual([]);
    expect(r.replicationsWithSaturation).toBe(0);
  });
});
