// Always-on statistics, cheap enough for the hot path: a counter, a tally of observations
// (Welford's running mean and variance) and a time-weighted level (queue length, caseload).
// Nothing here stores one record per event unless `Tally` is asked to keep its values.

import type { Simulation } from './simulation.js';

export class Counter {
  count = 0;
  inc(by = 1): void {
    this.count += by;
  }
  reset(): void {
    this.count = 0;
  }
}

/** Observations of a quantity (a wait, a number of handovers): count, mean, variance, min, max. */
export class Tally {
  n = 0;
  mean = 0;
  min = Infinity;
  max = -Infinity;
  private m2 = 0;
  /** The observations themselves, only when constructed with `keepValues` (for percentiles). */
  readonly values: number[] | null;

  constructor(keepValues = false) {
    this.values = keepValues ? [] : null;
  }

  add(x: number): void {
    this.n++;
    const d = x - this.mean;
    this.mean += d / this.n;
    this.m2 += d * (x - this.mean);
    // Stryker disable next-line EqualityOperator: an observation equal to the minimum leaves it the same
    if (x < this.min) this.min = x;
    // Stryker disable next-line EqualityOperator: an observation equal to the maximum leaves it the same
    if (x > this.max) this.max = x;
    if (this.values !== null) this.values.push(x);
  }

  /** Sample variance (n − 1 in the denominator); 0 with fewer than two observations. */
  get variance(): number {
    return this.n > 1 ? this.m2 / (this.n - 1) : 0;
  }

  get sum(): number {
    return this.mean * this.n;
  }

  reset(): void {
    this.n = 0;
    this.mean = 0;
    this.m2 = 0;
    this.min = Infinity;
    this.max = -Infinity;
    if (this.values !== null) this.values.length = 0;
  }
}

/**
 * A level that holds between changes (queue length, busy servers, caseload). Its mean is the
 * time-average: the area under the step function divided by the elapsed time.
 */
export class TimeWeighted {
  // `declare`d and set in the constructor: a class field without an initialiser starts as
  // undefined, after which V8 boxes every number stored in it, one allocation per `set`
  declare value: number;
  declare max: number;
  declare private area: number;
  declare private lastTime: number;
  declare private startTime: number;
  declare private readonly sim: Simulation;

  constructor(sim: Simulation, initial = 0) {
    this.value = initial;
    this.max = initial;
    this.area = 0;
    this.lastTime = sim.now;
    this.startTime = sim.now;
    this.sim = sim;
  }

  set(value: number): void {
    const now = this.sim.now;
    this.area += this.value * (now - this.lastTime);
    this.lastTime = now;
    this.value = value;
    // Stryker disable next-line EqualityOperator: a value equal to the maximum leaves it the same
    if (value > this.max) this.max = value;
  }

  add(delta: number): void {
    this.set(this.value + delta);
  }

  /** Time-average from the last reset up to `atTime` (default: now). */
  mean(atTime: number = this.sim.now): number {
    const elapsed = atTime - this.startTime;
    if (elapsed <= 0) return this.value;
    return (this.area + this.value * (atTime - this.lastTime)) / elapsed;
  }

  /** Forgets the history (e.g. at the end of a warm-up) but keeps the current level. */
  reset(): void {
    this.area = 0;
    this.lastTime = this.sim.now;
    this.startTime = this.sim.now;
    this.max = this.value;
  }
}
