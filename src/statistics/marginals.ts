// The distributions a parameter's plausible range can have: uniform, triangular, beta on a
// range (shares and probabilities) and lognormal (durations, rates). Each gives its quantile
// function, which a Latin hypercube needs, and its CDF, which the tests check samples against.

import { incompleteBeta } from './tDistribution.js';
import { normalCdf, normalQuantile } from './normal.js';

export interface Marginal {
  /** The value below which a share u of the distribution lies, for 0 < u < 1. */
  quantile(u: number): number;
  cdf(x: number): number;
  mean: number;
}

/** 1.6449: lognormal ranges give their 5th and 95th percentiles. */
const Z95 = normalQuantile(0.95);

function check(condition: boolean, message: string): void {
  if (!condition) throw new RangeError(message);
}

export function uniformMarginal(low: number, high: number): Marginal {
  check(Number.isFinite(low) && Number.isFinite(high) && low < high, `a uniform range needs low < high, got ${low} and ${high}`);
  return {
    quantile: (u) => low + u * (high - low),
    cdf: (x) => (x <= low ? 0 : x >= high ? 1 : (x - low) / (high - low)),
    mean: (low + high) / 2,
  };
}

export function triangularMarginal(low: number, mode: number, high: number): Marginal {
  check(
    Number.isFinite(low) && Number.isFinite(high) && low < high && low <= mode && mode <= high,
    `a triangular range needs low ≤ mode ≤ high and low < high, got ${low}, ${mode}, ${high}`,
  );
  const width = high - low;
  const split = (mode - low) / width;
  return {
    quantile: (u) => (u < split ? low + Math.sqrt(u * width * (mode - low)) : high - Math.sqrt((1 - u) * width * (high - mode))),
    cdf: (x) => {
      if (x <= low) return 0;
      if (x >= high) return 1;
      return x <= mode ? ((x - low) * (x - low)) / (width * (mode - low)) : 1 - ((high - x) * (high - x)) / (width * (high - mode));
    },
    mean: (low + mode + high) / 3,
  };
}

/** Beta(α, β) stretched over [low, high]. */
export function betaMarginal(low: number, high: number, alpha: number, beta: number): Marginal {
  check(Number.isFinite(low) && Number.isFinite(high) && low < high, `a beta range needs low < high, got ${low} and ${high}`);
  check(
    alpha > 0 && beta > 0 && Number.isFinite(alpha) && Number.isFinite(beta),
    `a beta range needs α > 0 and β > 0, got ${alpha} and ${beta}`,
  );
  const width = high - low;
  const cdf01 = (t: number) => incompleteBeta(t, alpha, beta);
  return {
    // bisection to the last bit, as for the t quantile: exact and deterministic
    quantile: (u) => {
      let lo = 0;
      let hi = 1;
      for (let i = 0; i < 200; i++) {
        const mid = lo + (hi - lo) / 2;
        if (mid === lo || mid === hi) break;
        if (cdf01(mid) < u) lo = mid;
        else hi = mid;
      }
      return low + width * (lo + (hi - lo) / 2);
    },
    cdf: (x) => (x <= low ? 0 : x >= high ? 1 : cdf01((x - low) / width)),
    mean: low + (width * alpha) / (alpha + beta),
  };
}

/**
 * A beta over [low, high] with the given mean and α + β = 6, the concentration of a PERT
 * distribution: as peaked as a PERT with its mode near that mean.
 */
export function betaByMean(low: number, high: number, mean: number): Marginal {
  check(low < mean && mean < high, `a beta range by its mean needs low < mean < high, got ${low}, ${mean}, ${high}`);
  const alpha = (6 * (mean - low)) / (high - low);
  return betaMarginal(low, high, alpha, 6 - alpha);
}

/** A lognormal whose 5th and 95th percentiles are `p5` and `p95`. */
export function lognormalBetween(p5: number, p95: number): Marginal {
  check(
    p5 > 0 && p95 > p5 && Number.isFinite(p95),
    `a lognormal range needs 0 < low < high (its 5th and 95th percentiles), got ${p5} and ${p95}`,
  );
  const mu = (Math.log(p5) + Math.log(p95)) / 2;
  const sigma = (Math.log(p95) - Math.log(p5)) / (2 * Z95);
  return {
    quantile: (u) => Math.exp(mu + sigma * normalQuantile(u)),
    cdf: (x) => (x <= 0 ? 0 : normalCdf((Math.log(x) - mu) / sigma)),
    mean: Math.exp(mu + (sigma * sigma) / 2),
  };
}
