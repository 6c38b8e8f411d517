// Confidence intervals over replications: one value per replication (independent across
// replications), a Student-t interval for their mean. Differences between two scenarios are
// paired by replication, which is where common random numbers pay off.

import { mean, sampleVariance } from 'simple-statistics';
import { tQuantile } from './tDistribution.js';

export interface MeanInterval {
  mean: number;
  /** NaN when there are fewer than two values: no interval can be given. */
  low: number;
  high: number;
  halfWidth: number;
  /** Values behind the interval. */
  n: number;
}

const EMPTY: MeanInterval = { mean: NaN, low: NaN, high: NaN, halfWidth: NaN, n: 0 };

/** Two-sided t interval for the mean of independent values; NaN values (no data) are left out. */
export function meanInterval(values: ArrayLike<number>, confidence = 0.95): MeanInterval {
  const xs = Array.from(values).filter((v) => !Number.isNaN(v));
  const n = xs.length;
  if (n === 0) return EMPTY;
  const m = mean(xs);
  if (n === 1) return { mean: m, low: NaN, high: NaN, halfWidth: NaN, n };
  const variance = sampleVariance(xs);
  // Identical values: the interval is the point (a quantile times 0, but without the rounding).
  const halfWidth = variance === 0 ? 0 : tQuantile(1 - (1 - confidence) / 2, n - 1) * Math.sqrt(variance / n);
  return { mean: m, low: m - halfWidth, high: m + halfWidth, halfWidth, n };
}

/** Differences `scenario[r] − baseline[r]` over the replications where both have a value. */
export function pairedDifferences(scenario: ArrayLike<number>, baseline: ArrayLike<number>): number[] {
  if (scenario.length !== baseline.length) {
    throw new RangeError(`paired values need as many replications on both sides (${scenario.length} vs ${baseline.length})`);
  }
  return Array.from(scenario, (s, r) => s - baseline[r]!).filter((d) => !Number.isNaN(d));
}
