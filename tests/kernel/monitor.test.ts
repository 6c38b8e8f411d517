// Monitors: the time-weighted mean of a step function worked out by hand, reset at the end
// of a warm-up, and the running tally against simple-statistics.

import fc from 'fast-check';
import { max, mean, min, sampleVariance } from 'simple-statistics';
import { describe, expect, it } from 'vitest';
import { Counter, Simulation, Tally, TimeWeighted } from '../../src/kernel/index.js';

describe('TimeWeighted', () => {
  it('the mean of a step function is its area over the elapsed time', () => {
    const sim = new Simulation();
    const level = new TimeWeighted(sim, 2);
    // level 2 on [0,3), 5 on [3,4), 0 on [4,7), 1 from 7 on
    sim.schedule(3, () => level.set(5));
    sim.schedule(4, () => level.add(-5));
    sim.schedule(7, () => level.add(1));
    sim.run(10);
    const area = 2 * 3 + 5 * 1 + 0 * 3 + 1 * 3;
    expect(level.mean()).toBeCloseTo(area / 10, 12);
    // at an earlier time within the last step: the last level runs to that time only
    expect(level.mean(8)).toBeCloseTo((2 * 3 + 5 * 1 + 1 * 1) / 8, 12);
    expect(level.max).toBe(5);
    expect(level.value).toBe(1);
  });

  it('several changes at one instant count only the last', () => {
    const sim = new Simulation();
    const level = new TimeWeighted(sim, 0);
    sim.schedule(2, () => {
      level.set(100);
      level.set(3);
    });
    sim.run(4);
    expect(level.mean()).toBeCloseTo((0 * 2 + 3 * 2) / 4, 12);
    expect(level.max).toBe(100); // the peak was still reached
  });

  it('reset forgets the history but keeps the level', () => {
    const sim = new Simulation();
    const level = new TimeWeighted(sim, 10);
    sim.schedule(5, () => level.set(4));
    sim.schedule(6, () => level.reset());
    sim.schedule(8, () => level.set(1));
    sim.run(10);
    // since the reset at 6: 4 on [6,8), 1 on [8,10)
    expect(level.mean()).toBeCloseTo((4 * 2 + 1 * 2) / 4, 12);
    expect(level.max).toBe(4);
  });

  it('starts counting when it is made, and with no time elapsed its mean is the level', () => {
    const sim = new Simulation();
    sim.schedule(10, () => {});
    sim.run();
    const level = new TimeWeighted(sim, 7);
    expect(level.mean()).toBe(7);
    sim.schedule(2, () => level.set(1));
    sim.run(14);
    expect(level.mean()).toBeCloseTo((7 * 2 + 1 * 2) / 4, 12);
  });
});

describe('Tally', () => {
  it('agrees with simple-statistics on any sample', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 2, maxLength: 200 }), (xs) => {
        const t = new Tally();
        for (const x of xs) t.add(x);
        const scale = Math.max(1, ...xs.map(Math.abs));
        expect(t.n).toBe(xs.length);
        expect(Math.abs(t.mean - mean(xs))).toBeLessThanOrEqual(1e-9 * scale);
        expect(Math.abs(t.variance - sampleVariance(xs))).toBeLessThanOrEqual(1e-9 * Math.max(1, sampleVariance(xs)));
        expect([t.min, t.max]).toEqual([min(xs), max(xs)]);
        expect(t.sum).toBeCloseTo(
          xs.reduce((a, b) => a + b, 0),
          3,
        );
      }),
      { numRuns: 200 },
    );
  });

  it('stays accurate on a large offset where the naive sum of squares fails', () => {
    const t = new Tally();
    const xs = [1e9 + 4, 1e9 + 7, 1e9 + 13, 1e9 + 16];
    for (const x of xs) t.add(x);
    expect(t.mean).toBe(1e9 + 10);
    expect(t.variance).toBeCloseTo(30, 9); // (36 + 9 + 9 + 36) / 3
  });

  it('variance is 0 below two observations; reset starts over; values kept on request', () => {
    const t = new Tally(true);
    expect(t.variance).toBe(0);
    t.add(3);
    expect([t.n, t.mean, t.variance]).toEqual([1, 3, 0]);
    t.add(5);
    expect(t.values).toEqual([3, 5]);
    t.reset();
    expect([t.n, t.mean, t.variance, t.min, t.max, t.values]).toEqual([0, 0, 0, Infinity, -Infinity, []]);
    t.add(-2);
    expect([t.mean, t.min, t.max]).toEqual([-2, -2, -2]);
    expect(new Tally().values).toBeNull();
  });
});

describe('Counter', () => {
  it('counts and resets', () => {
    const c = new Counter();
    c.inc();
    c.inc(4);
    expect(c.count).toBe(5);
    c.reset();
    expect(c.count).toBe(0);
  });
});
