// The expected value of partial perfect information (EVPPI): how much better, on average, the
// choice between options would be if one parameter were known exactly. Estimated from the runs
// already made by the nonparametric regression method of Strong, Oakley & Brennan (2014): each
// option's net value is smoothed against the parameter, and EVPPI = mean over runs of the best
// smoothed value − the best mean. A local-linear smoother (LOESS, tricube weights) stands in
// for their GAM; it is exact for a straight line and needs no tuning beyond its span.

/** The share of runs each local fit uses: about n^0.8 runs (at least 10), so it narrows as n grows. */
export function loessSpan(n: number): number {
  return Math.min(1, Math.max(10, Math.ceil(n ** 0.8)) / n);
}

/** Local-linear fitted values of y at each x (degree 1, tricube weights over the nearest span × n runs). */
export function loess(x: ArrayLike<number>, y: ArrayLike<number>, span = loessSpan(x.length)): number[] {
  const n = x.length;
  if (n !== y.length) throw new RangeError('x and y need the same number of runs');
  const k = Math.min(n, Math.max(2, Math.ceil(span * n)));
  // indices run below n, the length of x, y and everything made from them (hence `!`)
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => x[a]! - x[b]! || a - b);
  const xs = order.map((i) => x[i]!);
  const ys = order.map((i) => y[i]!);
  const fitted = new Array<number>(n);
  let lo = 0;
  for (const [t, x0] of xs.entries()) {
    // slide the window of the k nearest points along the sorted values
    while (lo + k < n && x0 - xs[lo]! > xs[lo + k]! - x0) lo++;
    const hi = lo + k - 1;
    const h = Math.max(x0 - xs[lo]!, xs[hi]! - x0) * 1.000001;
    let sw = 0;
    let sx = 0;
    let sy = 0;
    let sxx = 0;
    let sxy = 0;
    for (let i = lo; i <= hi; i++) {
      const d = h > 0 ? Math.abs(xs[i]! - x0) / h : 0;
      const w = (1 - d * d * d) ** 3;
      const dx = xs[i]! - x0;
      sw += w;
      sx += w * dx;
      sy += w * ys[i]!;
      sxx += w * dx * dx;
      sxy += w * dx * ys[i]!;
    }
    const det = sw * sxx - sx * sx;
    // at x0 the local line's value is its intercept; a flat window gives the weighted mean
    fitted[order[t]!] = sxx > 0 && det > 1e-10 * sw * sxx ? (sxx * sy - sx * sxy) / det : sy / sw;
  }
  return fitted;
}

/**
 * EVPPI of a parameter for a choice between options. netValue[d][k]: option d's net value in
 * run k (higher is better); theta[k]: the parameter in run k. In the units of the net value.
 */
export function evppi(theta: ArrayLike<number>, netValue: readonly ArrayLike<number>[], span?: number): number {
  const n = theta.length;
  if (netValue.length === 0 || n < 3) return NaN;
  return informationValue(netValue.map((v) => loess(theta, v, span)));
}

/** The expected value of perfect information on everything: mean of the best option per run − the best mean. */
export function evpi(netValue: readonly ArrayLike<number>[]): number {
  return informationValue(netValue);
}

/** Mean over runs of the best option's value − the best option's mean value (never below 0). */
function informationValue(values: readonly ArrayLike<number>[]): number {
  // every option has a value per run: n of them (hence `!`)
  const n = values[0]?.length ?? 0;
  if (n === 0) return NaN;
  let withInfo = 0;
  for (let k = 0; k < n; k++) {
    let best = -Infinity;
    for (const v of values) best = Math.max(best, v[k]!);
    withInfo += best;
  }
  let bestMean = -Infinity;
  for (const v of values) {
    let s = 0;
    for (let k = 0; k < n; k++) s += v[k]!;
    bestMean = Math.max(bestMean, s / n);
  }
  // the mean of maxima is never below the maximum of means; rounding may say otherwise
  return Math.max(0, withInfo / n - bestMean);
}
