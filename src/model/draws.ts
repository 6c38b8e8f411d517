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
