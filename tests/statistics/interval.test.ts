import { describe, expect, it } from 'vitest';
import { meanInterval, pairedDifferences, percentiles } from '../../src/statistics/index.js';

describe('meanInterval', () => {
  it('is the t interval of the mean', () => {
    const ci = meanInterval([1, 2, 3, 4, 5]);
    const half = 2.7764451052 * Math.sqrt(2.5 / 5);
    expect(ci.mean).toBe(3);
    expect(ci.n).toBe(5);
    expect(ci.halfWidth).toBeCloseTo(half, 9);
    expect(ci.low).toBeCloseTo(3 - half, 9);
    expect(ci.high).toBeCloseTo(3 + half, 9);
  });

  it('leaves out replications without data and gives no interval from one value', () => {
    expect(meanInterval([NaN, 4, NaN, 6]).n).toBe(2);
    const one = meanInterval([NaN, 7]);
    expect(one.mean).toBe(7);
    expect(one.low).toBeNaN();
    expect(meanInterval([]).mean).toBeNaN();
  });

  it('is a point when every replication agrees', () => {
    expect(meanInterval([2, 2, 2])).toMatchObject({ low: 2, high: 2, halfWidth: 0 });
  });
});

describe('pairedDifferences', () => {
  it('pairs by replication and skips pairs with a missing side', () => {
    expect(pairedDifferences([3, NaN, 5, 9], [1, 2, NaN, 4])).toEqual([2, 5]);
  });
  it('refuses unequal lengths', () => {
    expect(() => pairedDifferences([1], [1, 2])).toThrow();
  });
});

describe('percentiles', () => {
  it('interpolates linearly (R type 7) over the pooled values', () => {
    const p = percentiles([5, 1, 4, 2, 3, NaN, 10, 6, 7, 8, 9]);
    // numpy.percentile([...], [50, 90, 95]) = 5.5, 9.1, 9.55
    expect(p.p50).toBeCloseTo(5.5, 12);
    expect(p.p90).toBeCloseTo(9.1, 12);
    expect(p.p95).toBeCloseTo(9.55, 12);
    expect(p.max).toBe(10);
  });
  it('is NaN without data', () => {
    expect(percentiles([]).p50).toBeNaN();
  });
});
