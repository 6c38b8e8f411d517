// The inverse of a small dense matrix (a correlation matrix of a few dozen parameters), by
// Gauss–Jordan elimination with partial pivoting. simple-statistics has no matrix algebra, and a
// library for one inverse would be more weight than these lines.

/** The inverse of a square matrix, or null when it is singular (to working precision). */
export function inverse(matrix: readonly (readonly number[])[]): number[][] | null {
  const n = matrix.length;
  const a = matrix.map((row, i) => {
    if (row.length !== n) throw new RangeError('the matrix must be square');
    const out = new Array<number>(2 * n).fill(0);
    for (let j = 0; j < n; j++) out[j] = row[j];
    out[n + i] = 1;
    return out;
  });
  let scale = 0;
  for (const row of matrix) for (const v of row) scale = Math.max(scale, Math.abs(v));
  const tiny = Math.max(scale, 1) * n * 1e-12;
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) pivot = r;
    if (!(Math.abs(a[pivot][col]) > tiny)) return null;
    [a[col], a[pivot]] = [a[pivot], a[col]];
    const p = a[col][col];
    for (let j = 0; j < 2 * n; j++) a[col][j] /= p;
    for (let r = 0; r < n; r++) {
      if (r === col) continue;
      const f = a[r][col];
      if (f === 0) continue;
      for (let j = 0; j < 2 * n; j++) a[r][j] -= f * a[col][j];
    }
  }
  return a.map((row) => row.slice(n));
}
