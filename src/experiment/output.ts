// The text of result files: JSON and CSV as written everywhere, and file names built from
// scenario names, reduced to safe characters (src/node/output.ts keeps them inside --out).

/** JSON as written everywhere: two-space indent, newline at the end; NaN (no data) becomes null. */
export function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** A scenario name as a file name: letters, digits, `-`, `_` and `.` only, never a path. */
export function safeFileName(name: string): string {
  const cleaned = name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[.-]+/, '')
    .replace(/-+$/, '')
    .slice(0, 80);
  return cleaned === '' ? 'scenario' : cleaned;
}

/** Safe, distinct file names for a list of scenario names (a clash gets -2, -3, …). */
export function scenarioFileNames(names: readonly string[]): string[] {
  const used = new Set<string>();
  return names.map((name) => {
    const base = safeFileName(name);
    let candidate = base;
    for (let k = 2; used.has(candidate.toLowerCase()); k++) candidate = `${base}-${k}`;
    used.add(candidate.toLowerCase());
    return candidate;
  });
}
