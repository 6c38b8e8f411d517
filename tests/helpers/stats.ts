// Small statistical tools for the tests: Student-t quantiles, confidence intervals over
// replications, and the CDFs and Kolmogorov–Smirnov statistic used on the distributions.

import { errorFunction, gammaln, mean, sampleVariance } from 'simple-statistics';

// Student's t comes from the project's own statistics (tested against SciPy in tests/statistics).
import { tQuantile } from '../../src/statistics/index.js';
export { tCdf, tQuantile } from '../../src/statistics/index.js';

export interface ConfidenceInterval {
  mean: number;
  halfWidth: number;
  lo: number;
  hi: number;
  n: number;
}

/** Two-sided t confidence interval for the mean of independent observations (one per replication). */
export function tInterval(xs: number[], confidence: number): ConfidenceInterval {
  const n = xs.length;
  if (n < 2) throw new Error('a confidence interval needs at least two replications');
  const m = mean(xs);
  const halfWidth = tQuantile(1 - (1 - confidence) / 2, n - 1) * Math.sqrt(sampleVariance(xs) / n);
  return { mean: m, halfWidth, lo: m - halfWidth, hi: m + halfWidth, n };
}

export function normalCdf(x: number): number {
  return 0.5 * (1 + errorFunction(x / Math.SQRT2));
}

/** Regularised lower incomplete gamma P(a, x): series for x < a + 1, continued fraction beyond. */
export function incompleteGammaP(a: number, x: number): number {
  if (x <= 0) return 0;
  const lnFront = -x + a * Math.log(x) - gammaln(a);
  if (x < a + 1) {
    let term = 1 / a;
    let sum = term;
    for (let n = 1; n < 1000; n++) {
      term *= x / (a + n);
      sum += term;
      if (Math.abs(term) < Math.abs(sum) * 1e-15) break;
    }
    return sum * Math.exp(lnFront);
  }
  const tiny = 1e-300;
  let b = x + 1 - a;
  let c = 1 / tiny;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 1000; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < tiny) d = tiny;
    c = b + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 1e-15) break;
  }
  return 1 - Math.exp(lnFront) * h;
}

/** Kolmogorov–Smirnov distance between the sample's empirical CDF and `cdf`. */
export function ksDistance(sample: number[], cdf: (x: number) => number): number {
  const xs = Float64Array.from(sample).sort();
  const n = xs.length;
  let d = 0;
  for (const [i, x] of xs.entries()) {
    const f = cdf(x);
    d = Math.max(d, (i + 1) / n - f, f - i / n);
  }
  return d;
}

/** Asymptotic KS critical value: reject at level α when the distance exceeds it. */
export function ksCritical(n: number, alpha: number): number {
  return Math.sqrt(-0.5 * Math.log(alpha / 2)) / Math.sqrt(n);
}
