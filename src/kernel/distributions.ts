// Probability distributions, each sampled from a named stream and each knowing its own mean
// and variance (the tests check the samples against them). Parameters are validated when the
// distribution is made, so an impossible value is reported by name before the run starts.

import { KernelInputError, requireFinite, requireNonNegative, requirePositive } from './errors.js';
import { cos, exp, log, pow } from './math.js';
import type { Stream } from './random.js';

export interface Distribution {
  sample(stream: Stream): number;
  readonly mean: number;
  readonly variance: number;
}

/** The plain-data form of a distribution, as written in a scenario file. */
export type DistributionSpec =
  | { kind: 'exponential'; mean: number }
  | { kind: 'lognormal'; mean: number; sd: number }
  | { kind: 'gamma'; mean: number; sd: number }
  | { kind: 'triangular'; min: number; mode: number; max: number }
  | { kind: 'uniform'; min: number; max: number }
  | { kind: 'deterministic'; value: number }
  | { kind: 'empirical'; values: number[]; weights?: number[] }
  | { kind: 'bernoulli'; p: number };

export class Exponential implements Distribution {
  readonly mean: number;
  constructor(mean: number) {
    requirePositive('exponential.mean', mean);
    this.mean = mean;
  }
  get variance(): number {
    return this.mean * this.mean;
  }
  sample(s: Stream): number {
    return -this.mean * log(s.nextOpen());
  }
}

/** A standard normal draw (Box–Muller; two uniforms per draw, no hidden state). */
export function standardNormal(s: Stream): number {
  return Math.sqrt(-2 * log(s.nextOpen())) * cos(2 * Math.PI * s.next());
}

/** Lognormal given the mean and standard deviation of the variable itself (not of its log). */
export class Lognormal implements Distribution {
  readonly mean: number;
  readonly sd: number;
  private readonly mu: number;
  private readonly sigma: number;
  constructor(mean: number, sd: number) {
    requirePositive('lognormal.mean', mean);
    requireNonNegative('lognormal.sd', sd);
    this.mean = mean;
    this.sd = sd;
    const s2 = log(1 + (sd * sd) / (mean * mean));
    this.sigma = Math.sqrt(s2);
    this.mu = log(mean) - s2 / 2;
  }
  get variance(): number {
    return this.sd * this.sd;
  }
  sample(s: Stream): number {
    // Stryker disable next-line ArithmeticOperator: the standard normal is symmetric, so −σZ is distributed as +σZ (and Box–Muller is not monotone in its draws, so no coupling is lost either)
    return exp(this.mu + this.sigma * standardNormal(s));
  }
}

/** Gamma given mean and sd (shape = (mean/sd)², scale = sd²/mean); Marsaglia–Tsang sampling. */
export class Gamma implements Distribution {
  readonly mean: number;
  readonly sd: number;
  readonly shape: number;
  readonly scale: number;
  constructor(mean: number, sd: number) {
    requirePositive('gamma.mean', mean);
    requirePositive('gamma.sd', sd);
    this.mean = mean;
    this.sd = sd;
    const ratio = mean / sd;
    this.shape = ratio * ratio;
    this.scale = (sd * sd) / mean;
  }
  get variance(): number {
    return this.sd * this.sd;
  }
  sample(s: Stream): number {
    return sampleGamma(this.shape, s) * this.scale;
  }
}

function sampleGamma(shape: number, s: Stream): number {
  // Stryker disable next-line EqualityOperator: Gamma(a + 1) · U^(1/a) is Gamma(a) for every a > 0, a = 1 included
  if (shape < 1) {
    // boost: Gamma(a) = Gamma(a + 1) · U^(1/a)
    return sampleGamma(shape + 1, s) * pow(s.nextOpen(), 1 / shape);
  }
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = standardNormal(s);
      // Stryker disable next-line ArithmeticOperator: x is standard normal, so 1 − cx is distributed as 1 + cx
      v = 1 + c * x;
      // Stryker disable next-line ConditionalExpression,EqualityOperator: a v ≤ 0 kept would be rejected below anyway (the squeeze fails for |x| that large, log(v) of a negative cube is NaN); v = 0 has probability zero
    } while (v <= 0);
    v = v * v * v;
    const u = s.nextOpen();
    // Stryker disable next-line ConditionalExpression,EqualityOperator: the squeeze only saves the logarithms; the exact test below accepts the same draws; equality has probability zero
    if (u < 1 - 0.0331 * x * x * x * x) return d * v;
    // Stryker disable next-line EqualityOperator: equality has probability zero
    if (log(u) < 0.5 * x * x + d * (1 - v + log(v))) return d * v;
  }
}

export class Triangular implements Distribution {
  constructor(
    readonly min: number,
    readonly mode: number,
    readonly max: number,
  ) {
    requireFinite('triangular.min', min);
    requireFinite('triangular.mode', mode);
    requireFinite('triangular.max', max);
    if (!(min <= mode && mode <= max && min < max)) {
      throw new KernelInputError('triangular', { min, mode, max }, 'min ≤ mode ≤ max and min < max');
    }
  }
  get mean(): number {
    return (this.min + this.mode + this.max) / 3;
  }
  get variance(): number {
    const { min: a, mode: c, max: b } = this;
    return (a * a + b * b + c * c - a * b - a * c - b * c) / 18;
  }
  sample(s: Stream): number {
    const { min: a, mode: c, max: b } = this;
    const u = s.next();
    const f = (c - a) / (b - a);
    // Stryker disable next-line EqualityOperator: u = f has probability zero, and both branches give the mode there
    return u < f ? a + Math.sqrt(u * (b - a) * (c - a)) : b - Math.sqrt((1 - u) * (b - a) * (b - c));
  }
}

export class Uniform implements Distribution {
  constructor(
    readonly min: number,
    readonly max: number,
  ) {
    requireFinite('uniform.min', min);
    requireFinite('uniform.max', max);
    if (!(min <= max)) throw new KernelInputError('uniform', { min, max }, 'min ≤ max');
  }
  get mean(): number {
    return (this.min + this.max) / 2;
  }
  get variance(): number {
    const range = this.max - this.min;
    return (range * range) / 12;
  }
  sample(s: Stream): number {
    return this.min + (this.max - this.min) * s.next();
  }
}

export class Deterministic implements Distribution {
  constructor(readonly value: number) {
    requireFinite('deterministic.value', value);
  }
  get mean(): number {
    return this.value;
  }
  get variance(): number {
    return 0;
  }
  sample(): number {
    return this.value;
  }
}

/** A discrete distribution over given values, with optional weights (default: equal). */
export class Empirical implements Distribution {
  readonly values: number[];
  private readonly cumulative: Float64Array;
  readonly mean: number;
  readonly variance: number;
  constructor(values: number[], weights?: number[]) {
    if (!Array.isArray(values) || values.length === 0) {
      throw new KernelInputError('empirical.values', values, 'a non-empty list of numbers');
    }
    for (const [i, v] of values.entries()) requireFinite(`empirical.values[${i}]`, v);
    const w = weights ?? values.map(() => 1);
    if (w.length !== values.length) {
      throw new KernelInputError('empirical.weights', w, `${values.length} weights, one per value`);
    }
    for (const [i, x] of w.entries()) requireNonNegative(`empirical.weights[${i}]`, x);
    const total = w.reduce((a, b) => a + b, 0);
    if (!(total > 0)) throw new KernelInputError('empirical.weights', w, 'weights with a positive sum');
    this.values = values.slice();
    this.cumulative = new Float64Array(values.length);
    // w has one weight per value (checked above)
    let acc = 0;
    let mean = 0;
    for (const [i, v] of values.entries()) {
      acc += w[i]! / total;
      this.cumulative[i] = acc;
      mean += (v * w[i]!) / total;
    }
    this.cumulative[values.length - 1] = 1;
    let variance = 0;
    // Stryker disable next-line ArithmeticOperator: Σ w (v + m)(v − m) = E[v²] − m², the same variance up to rounding
    for (const [i, v] of values.entries()) variance += ((v - mean) * (v - mean) * w[i]!) / total;
    this.mean = mean;
    this.variance = variance;
  }
  sample(s: Stream): number {
    const u = s.next();
    const c = this.cumulative;
    let lo = 0;
    let hi = c.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      // Stryker disable next-line EqualityOperator: a draw equal to a cumulative weight has probability zero
      if (u < c[mid]!) hi = mid;
      else lo = mid + 1;
    }
    return this.values[lo]!;
  }
}

/** 1 with probability p, else 0. */
export class Bernoulli implements Distribution {
  constructor(readonly p: number) {
    if (!(p >= 0 && p <= 1)) throw new KernelInputError('bernoulli.p', p, 'a probability between 0 and 1');
  }
  get mean(): number {
    return this.p;
  }
  get variance(): number {
    return this.p * (1 - this.p);
  }
  sample(s: Stream): number {
    // Stryker disable next-line EqualityOperator: a draw equal to p has probability zero
    return s.next() < this.p ? 1 : 0;
  }
}

/** Builds a distribution from its plain-data form; `where` prefixes the parameter names in errors. */
export function makeDistribution(spec: DistributionSpec, where = ''): Distribution {
  try {
    switch (spec.kind) {
      case 'exponential':
        return new Exponential(spec.mean);
      case 'lognormal':
        return new Lognormal(spec.mean, spec.sd);
      case 'gamma':
        return new Gamma(spec.mean, spec.sd);
      case 'triangular':
        return new Triangular(spec.min, spec.mode, spec.max);
      case 'uniform':
        return new Uniform(spec.min, spec.max);
      case 'deterministic':
        return new Deterministic(spec.value);
      case 'empirical':
        return new Empirical(spec.values, spec.weights);
      case 'bernoulli':
        return new Bernoulli(spec.p);
      default:
        throw new KernelInputError(
          'kind',
          (spec as { kind: unknown }).kind,
          'one of exponential, lognormal, gamma, triangular, uniform, deterministic, empirical, bernoulli',
        );
    }
  } catch (err) {
    if (err instanceof KernelInputError && where !== '') {
      // Stryker disable next-line Regex: a lazy match tried from the start finds the same first ": expected " with or without the anchor
      throw new KernelInputError(`${where}.${err.parameter}`, err.value, err.message.replace(/^.*?: expected /, ''));
    }
    throw err;
  }
}
