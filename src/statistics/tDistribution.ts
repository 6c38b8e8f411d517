// Student's t distribution: the CDF through the regularised incomplete beta function and the
// quantile by bisection on it. simple-statistics has no t quantile (only t-test statistics),
// so this is written out; tests/statistics checks it against published table values. The
// logarithms come from kernel/math, so an interval has the same bits in every engine.

import { exp, log } from '../kernel/math.js';

// Lanczos' approximation with g = 607/128 and 15 terms (as simple-statistics' gammaln, whose
// Math.log is engine-dependent): ln Γ(n) for n > 0, relative error ~1e-15.
const LANCZOS_G = 607 / 128;
const LANCZOS = [
  0.99999999999999709182, 57.156235665862923517, -59.59796035547549, 14.136097974741747174, -0.4919138160976202, 0.33994649984811888699e-4,
  0.46523628927048575665e-4, -9837447530487956e-20, 0.15808870322491248884e-3, -21026444172410488e-20, 0.2174396181152126432e-3,
  -1643181065367639e-19, 0.84418223983852743293e-4, -26190838401581408e-21, 0.36899182659531622704e-5,
];
// ln √(2π) as simple-statistics computes it (one ulp below the nearest double), so intervals keep their bits
const LOG_SQRT_2PI = 0.9189385332046727;

export function logGamma(n: number): number {
  if (!(n > 0)) return Infinity;
  const m = n - 1;
  let a = 0;
  for (const [i, c] of LANCZOS.entries()) a += i === 0 ? c : c / (m + i);
  const t = LANCZOS_G + 0.5 + m;
  return LOG_SQRT_2PI + log(a) - t + (m + 0.5) * log(t);
}

/** Regularised incomplete beta I_x(a, b), by Lentz's continued fraction (Numerical Recipes §6.4). */
export function incompleteBeta(x: number, a: number, b: number): number {
  if (!(x > 0)) return 0;
  if (x >= 1) return 1;
  // The continued fraction converges fast below (a+1)/(a+b+2); use the symmetry above it.
  if (x > (a + 1) / (a + b + 2)) return 1 - incompleteBeta(1 - x, b, a);
  const front = exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * log(x) + b * log(1 - x));
  const tiny = 1e-300;
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  if (Math.abs(d) < tiny) d = tiny;
  d = 1 / d;
  let f = d;
  for (let m = 1; m <= 500; m++) {
    const m2 = 2 * m;
    let num = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
    d = 1 + num * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + num / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    f *= d * c;
    num = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
    d = 1 + num * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + num / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    f *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return (front * f) / a;
}

/** P(T ≤ t) for Student's t with `df` degrees of freedom (df > 0, need not be whole). */
export function tCdf(t: number, df: number): number {
  if (!(df > 0)) throw new RangeError(`degrees of freedom must be > 0, got ${df}`);
  if (Number.isNaN(t)) return NaN;
  const tail = 0.5 * incompleteBeta(df / (df + t * t), df / 2, 0.5);
  return t >= 0 ? 1 - tail : tail;
}

const quantileCache = new Map<string, number>();

/** The p-quantile of Student's t with `df` degrees of freedom, for 0 < p < 1. */
export function tQuantile(p: number, df: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`a quantile needs 0 < p < 1, got ${p}`);
  if (!(df > 0)) throw new RangeError(`degrees of freedom must be > 0, got ${df}`);
  if (p === 0.5) return 0;
  if (p < 0.5) return -tQuantile(1 - p, df);
  const key = `${p}/${df}`;
  const cached = quantileCache.get(key);
  if (cached !== undefined) return cached;
  // Bracket, then bisect to the last representable bit: slow-ish, exact and deterministic.
  let lo = 0;
  let hi = 1;
  while (tCdf(hi, df) < p) {
    lo = hi;
    hi *= 2;
  }
  for (let i = 0; i < 200; i++) {
    const mid = lo + (hi - lo) / 2;
    if (mid === lo || mid === hi) break;
    if (tCdf(mid, df) < p) lo = mid;
    else hi = mid;
  }
  const q = lo + (hi - lo) / 2;
  quantileCache.set(key, q);
  return q;
}
