// Kaplan–Meier estimates for times with right-censoring: a family still waiting when observation
// stops tells us its wait is at least that long. Dropping such families biases a wait low exactly
// where waits are long; the Kaplan–Meier estimator keeps them in the risk set until they leave it.
// Times come as ValueCounts (value → count), so pooled replications estimate one curve.

import type { ValueCounts } from './valueCounts.js';

/** The estimated survival S(t) = P(time > t): a step function, right-continuous. */
export interface SurvivalCurve {
  /** Distinct event times, ascending. */
  times: number[];
  /** S just after each event time. */
  survival: number[];
  /** Observations behind the curve (events + censored). */
  n: number;
  /** The largest time observed (event or censored): beyond it the curve says nothing. */
  horizon: number;
}

/**
 * The Kaplan–Meier curve. At a tie, events come before censorings (a family censored at t was
 * still at risk at t), the usual convention.
 */
export function kaplanMeier(events: ValueCounts, censored: ValueCounts): SurvivalCurve {
  const n = events.n + censored.n;
  let atRisk = n;
  let s = 1;
  const times: number[] = [];
  const survival: number[] = [];
  let i = 0;
  let j = 0;
  const ev = events.values;
  const cv = censored.values;
  while (i < ev.length || j < cv.length) {
    const te = i < ev.length ? ev[i]! : Infinity;
    const tc = j < cv.length ? cv[j]! : Infinity;
    if (te <= tc) {
      const d = events.counts[i]!;
      s *= 1 - d / atRisk;
      times.push(te);
      survival.push(s);
      atRisk -= d;
      i++;
    } else {
      atRisk -= censored.counts[j]!;
      j++;
    }
  }
  const horizon = Math.max(events.n > 0 ? events.max : 0, censored.n > 0 ? censored.max : 0);
  return { times, survival, n, horizon };
}

/** S(t): the share still without the event after time t. */
export function survivalAt(curve: SurvivalCurve, t: number): number {
  let s = 1;
  for (let k = 0; k < curve.times.length && curve.times[k]! <= t; k++) s = curve.survival[k]!;
  return s;
}

/** The time by which a share `p` has had the event (NaN if the curve never falls that far). */
export function survivalQuantile(curve: SurvivalCurve, p: number): number {
  for (let k = 0; k < curve.times.length; k++) if (curve.survival[k]! <= 1 - p + 1e-12) return curve.times[k]!;
  return NaN;
}

/**
 * The mean time restricted to `tau` (area under S from 0 to tau): the mean itself when the
 * curve reaches 0 before tau; otherwise a lower bound, since the tail beyond tau is unknown.
 */
export function restrictedMean(curve: SurvivalCurve, tau: number = curve.horizon): number {
  let area = 0;
  let last = 0;
  let s = 1;
  for (let k = 0; k < curve.times.length; k++) {
    const t = curve.times[k]!;
    if (t >= tau) break;
    area += s * (t - last);
    last = t;
    s = curve.survival[k]!;
  }
  return area + s * Math.max(0, tau - last);
}
