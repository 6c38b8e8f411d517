// The inverse of a small dense matrix (a correlation matrix of a few dozen parameters), by
// Gauss–Jordan elimination with partial pivoting. simple-statistics has no matrix algebra, and a
// library for one inverse would be more weight than these lines.

/** The inverse of a square matrix, or null when it is singular (to working precision). */
export function inverse(matrix: readonly (readonly number[])[]): number[][] | null {
  const n = matrix.length;
  // [matrix | identity]: n rows of 2n numbers, so every index below is in range (hence `!`)
  const a = matrix.map((row, i) => {
    if (row.length !== n) throw new RangeError('the matrix must be square');
    const out = new Array<number>(2 * n).fill(0);
    out.splice(0, n, ...row);
    out[n + i] = 1;
    return out;
  });
  let scale = 0;
  for (const row of matrix) for (const v of row) scale = Math.max(scale, Math.abs(v));
  const tiny = Math.max(scale, 1) * n * 1e-12;
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(a[r]![col]!) > Math.abs(a[pivot]![col]!)) pivot = r;
    const pivotRow = a[pivot]!;
    if (!(Math.abs(pivotRow[col]!) > tiny)) return null;
    a[pivot] = a[col]!;
    a[col] = pivotRow;
    const p = pivotRow[col]!;
    for (const [j, v] of pivotRow.entries()) pivotRow[j] = v / p;
    for (const [r, row] of a.entries()) {
      if (r === col) continue;
      const f = row[col]!;
      if (f === 0) continue;
      for (const [j, v] of pivotRow.entries()) row[j] = row[j]! - f * v;
    }
  }
  return a.map((row) => row.slice(n));
}
