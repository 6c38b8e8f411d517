// The few draws the model makes by hand, outside the kernel's distributions: all logarithms of
// uniforms go through here, so the model has one place where it turns a uniform into a waiting time.

import { log, type Stream } from '../kernel/index.js';

/** A draw from the exponential distribution with mean 1 (a unit of cumulative hazard). */
export function unitExponential(s: Stream): number {
  return -log(s.nextOpen());
}

/** True with probability `p` (never draws when p ≤ 0, so a switched-off chance leaves the stream untouched). */
export function chance(s: Stream, p: number): boolean {
  // Stryker disable next-line EqualityOperator: a uniform draw equals p with probability zero
  return p > 0 && s.next() < p;
}

/**
 * `x` rounded down or up at random, up with probability its fraction: a whole number whose mean is
 * `x`. For a count of people sized by a share (a replacement pool of 5% of 29 guardians is 1.45):
 * rounding to the nearest gives 1 at 29 and 2 at 44 positions, a jump of 100% for 50% more
 * positions, which a reform that adds positions then shows as an effect of its own.
 */
export function roundAtRandom(x: number, s: Stream): number {
  const whole = Math.floor(x);
  return whole + (chance(s, x - whole) ? 1 : 0);
}
