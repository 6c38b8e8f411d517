// The ratio of two paired means (euro per unit of improvement) with Fieller's confidence
// interval: exact for normal means, and honest where the delta method is not (when the
// denominator is small against its noise the interval is unbounded, and Fieller says so).

import { tQuantile } from './tDistribution.js';

export interface RatioInterval {
  /** mean(numerator) / mean(denominator). */
  estimate: number;
  /** Fieller's 95% interval; null when it is unbounded (the denominator's interval includes 0). */
  ci95: [number, number] | null;
}

/** `num[i]` and `den[i]` come from the same replication (paired). */
export function ratioOfMeans(num: ArrayLike<number>, den: ArrayLike<number>, confidence = 0.95): RatioInterval {
  const n = Math.min(num.length, den.length);
  let a = 0;
  let b = 0;
  for (let i = 0; i < n; i++) {
    a += num[i]!;
    b += den[i]!;
  }
  a /= n;
  b /= n;
  const estimate = a / b;
  if (n < 2) return { estimate, ci95: null };
  let saa = 0;
  let sbb = 0;
  let sab = 0;
  for (let i = 0; i < n; i++) {
    const x = num[i]! - a;
    const y = den[i]! - b;
    saa += x * x;
    sbb += y * y;
    sab += x * y;
  }
  // variances and covariance of the means
  const k = 1 / (n * (n - 1));
  const vaa = saa * k;
  const vbb = sbb * k;
  const vab = sab * k;
  const t = tQuantile(1 - (1 - confidence) / 2, n - 1);
  const t2 = t * t;
  // (a − R b)² = t² (vaa − 2R vab + R² vbb)  ⇔  A R² − 2B R + C = 0
  const A = b * b - t2 * vbb;
  const B = a * b - t2 * vab;
  const C = a * a - t2 * vaa;
  if (A <= 0) return { estimate, ci95: null }; // the denominator is not distinguishable from 0
  const disc = B * B - A * C;
  if (disc < 0) return { estimate, ci95: null };
  const root = Math.sqrt(disc);
  return { estimate, ci95: [(B - root) / A, (B + root) / A] };
}
