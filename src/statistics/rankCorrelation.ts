// Which parameters drive an outcome, from a sample of runs: Spearman's rank correlation and the
// partial rank correlation coefficient (PRCC, Marino et al. 2008), each with a Fisher-z interval.
// PRCC measures a monotone effect of one parameter with the others' effects taken out, which is
// what a tornado of drivers should show; it needs more runs than parameters.

import { sampleCorrelation } from 'simple-statistics';
import { inverse } from './linearAlgebra.js';
import { normalCdf, normalQuantile } from './normal.js';

/** Ranks 0 … n − 1, ties sharing the mean of the ranks they span. */
export function ranks(values: ArrayLike<number>): number[] {
  // order is a permutation of the indices of values, and i ≤ j < n below (hence `!`)
  const order = Array.from({ length: values.length }, (_, i) => i).sort((a, b) => values[a]! - values[b]! || a - b);
  const out = new Array<number>(values.length);
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j + 1 < order.length && values[order[j + 1]!] === values[order[i]!]) j++;
    for (let k = i; k <= j; k++) out[order[k]!] = (i + j) / 2;
    i = j + 1;
  }
  return out;
}

export interface Correlation {
  coefficient: number;
  /** Fisher-z 95% interval; NaN when too few runs for one. */
  ci95: [number, number];
  /** Two-sided p-value of the coefficient against 0 (Fisher z); NaN when too few runs. */
  pValue: number;
}

/** The Fisher-z test of a (partial) correlation against 0: two-sided p-value. */
export function fisherPValue(r: number, n: number, controlled: number): number {
  const dof = n - 3 - controlled;
  if (!(dof > 0) || !Number.isFinite(r)) return NaN;
  const c = Math.min(Math.max(r, -1 + 1e-15), 1 - 1e-15);
  return 2 * (1 - normalCdf(Math.abs(Math.atanh(c)) * Math.sqrt(dof)));
}

/**
 * The Fisher-z interval of a (partial) correlation from n runs with `controlled` other
 * variables taken out: atanh(r) ± z / √(n − 3 − controlled).
 */
export function fisherInterval(r: number, n: number, controlled: number, confidence = 0.95): [number, number] {
  const dof = n - 3 - controlled;
  if (!(dof > 0) || !Number.isFinite(r)) return [NaN, NaN];
  const z = normalQuantile(1 - (1 - confidence) / 2);
  // |r| = 1 exactly: atanh is infinite and the interval is the point
  const c = Math.min(Math.max(r, -1 + 1e-15), 1 - 1e-15);
  const half = z / Math.sqrt(dof);
  return [Math.tanh(Math.atanh(c) - half), Math.tanh(Math.atanh(c) + half)];
}

function isConstant(xs: ArrayLike<number>): boolean {
  for (let i = 1; i < xs.length; i++) if (xs[i] !== xs[0]) return false;
  return true;
}

/** Column j of a table of runs (x[k][j]: run k, parameter j); every run has a value per parameter. */
function column(x: readonly (readonly number[])[], j: number): number[] {
  return x.map((row) => row[j]!);
}

/** Spearman's ρ of each column of `x` (x[k][j]: run k, parameter j) with y. */
export function spearman(x: readonly (readonly number[])[], y: ArrayLike<number>): Correlation[] {
  const n = y.length;
  const ry = ranks(y);
  const p = x[0]?.length ?? 0;
  return Array.from({ length: p }, (_, j) => {
    const values = column(x, j);
    if (n < 3 || isConstant(values) || isConstant(ry)) return { coefficient: NaN, ci95: [NaN, NaN] as [number, number], pValue: NaN };
    const r = sampleCorrelation(ranks(values), ry);
    return { coefficient: r, ci95: fisherInterval(r, n, 0), pValue: fisherPValue(r, n, 0) };
  });
}

/** Whether PRCC can be computed for n runs of p parameters (it needs n − 2 − p ≥ 2). */
export function prccPossible(n: number, p: number): boolean {
  return n - 2 - p >= 2;
}

/**
 * PRCC of each column of `x` with y: the correlation of the ranks of x_j and y after a linear
 * regression of both on the ranks of every other parameter. Computed from the inverse of the
 * parameters' rank correlation matrix alone (which a Latin hypercube keeps well conditioned),
 * so an outcome that one parameter determines exactly gets ±1 rather than a singular matrix.
 * Constant columns get NaN and are left out of the others' regressions.
 */
export function prcc(x: readonly (readonly number[])[], y: ArrayLike<number>): Correlation[] {
  const n = y.length;
  const p = x[0]?.length ?? 0;
  const none = (): Correlation => ({ coefficient: NaN, ci95: [NaN, NaN], pValue: NaN });
  const out = Array.from({ length: p }, none);
  const used: number[] = [];
  const columns: number[][] = [];
  for (let j = 0; j < p; j++) {
    const values = column(x, j);
    if (!isConstant(values)) {
      used.push(j);
      columns.push(ranks(values));
    }
  }
  const ry = ranks(y);
  const m = columns.length;
  if (m === 0 || isConstant(ry) || !prccPossible(n, m)) return out;
  // m × m matrices and vectors of m (one per column used): indices below m are in range (hence `!`)
  const rxx: number[][] = Array.from({ length: m }, (_, a) => Array.from({ length: m }, (_, b) => (a === b ? 1 : 0)));
  for (let a = 0; a < m; a++) {
    for (let b = a + 1; b < m; b++) {
      const r = sampleCorrelation(columns[a]!, columns[b]!);
      rxx[a]![b] = r;
      rxx[b]![a] = r;
    }
  }
  const rxy = columns.map((c) => sampleCorrelation(c, ry));
  const inv = inverse(rxx);
  if (inv === null) return out;
  // standardised regression of y on every parameter: β = Rxx⁻¹ rxy, R² = rxy·β
  const beta = inv.map((row) => row.reduce((s, v, b) => s + v * rxy[b]!, 0));
  const unexplained = Math.max(0, 1 - rxy.reduce((s, v, a) => s + v * beta[a]!, 0));
  for (const [a, j] of used.entries()) {
    // x_j's variance left after the other parameters, and y's left after them too
    const b = beta[a]!;
    const own = 1 / inv[a]![a]!;
    const yRest = unexplained + b * b * own;
    // nothing left to explain (the others determine y exactly, to rounding): no partial correlation
    const r = yRest > 1e-10 ? (b * Math.sqrt(own)) / Math.sqrt(yRest) : 0;
    const coefficient = Math.max(-1, Math.min(1, r));
    out[j] = { coefficient, ci95: fisherInterval(coefficient, n, m - 1), pValue: fisherPValue(coefficient, n, m - 1) };
  }
  return out;
}
