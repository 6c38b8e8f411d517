// First-order Sobol indices from the runs already made (no extra design): the share of the
// outcome's variance explained by one parameter alone, Var(E[Y | X_j]) / Var(Y), estimated by
// sorting the runs on X_j, cutting them into equal-count bins and comparing the bins' means
// (the correlation ratio, as in Plischke 2010's given-data estimators).

/** Least runs for which first-order indices are worth reporting (about 7 bins of 7 runs). */
export const SOBOL_MIN_RUNS = 50;

/** Bins for n runs: √n, so bins and runs per bin both grow with n. */
export function sobolBins(n: number): number {
  return Math.max(2, Math.floor(Math.sqrt(n)));
}

/**
 * The first-order index of x for y. The between-bin sum of squares is corrected for the part
 * within-bin noise alone would give ((M − 1) × the within-bin mean square, as in ω²), so an
 * unrelated parameter scores near 0 rather than about (M − 1)/n; a negative estimate reads 0.
 */
export function firstOrderSobol(x: ArrayLike<number>, y: ArrayLike<number>, bins = sobolBins(x.length)): number {
  const n = x.length;
  if (n !== y.length) throw new RangeError('x and y need the same number of runs');
  if (n < 2 * bins || bins < 2) return NaN;
  // indices run below n, the length of x, y and order (hence `!`)
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => x[a]! - x[b]! || a - b);
  let total = 0;
  for (let i = 0; i < n; i++) total += y[i]!;
  const grand = total / n;
  let sst = 0;
  for (let i = 0; i < n; i++) sst += (y[i]! - grand) ** 2;
  if (!(sst > 0)) return NaN;
  let ssb = 0;
  let ssw = 0;
  for (let b = 0; b < bins; b++) {
    const from = Math.floor((b * n) / bins);
    const to = Math.floor(((b + 1) * n) / bins);
    let sum = 0;
    for (let i = from; i < to; i++) sum += y[order[i]!]!;
    const m = sum / (to - from);
    ssb += (to - from) * (m - grand) ** 2;
    for (let i = from; i < to; i++) ssw += (y[order[i]!]! - m) ** 2;
  }
  const msw = ssw / (n - bins);
  const s = (ssb - (bins - 1) * msw) / (sst + msw);
  return Math.max(0, Math.min(1, s));
}
