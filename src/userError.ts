// Mistakes a user can make (a bad scenario file, a bad option) are values, not stack traces:
// they carry where the mistake is, what was expected and what to do, and the cli prints them
// once, then exits with code 2.

export interface Diagnostic {
  /** The file, or the option (e.g. `--set`), where the mistake is. */
  file: string;
  line?: number;
  column?: number;
  /** Dotted path of the parameter, when there is one (e.g. `guardians.caseloadCapChildren`). */
  path?: string;
  message: string;
  /** What to do about it. */
  hint?: string;
}

export class UserError extends Error {
  readonly diagnostics: Diagnostic[];
  constructor(diagnostics: Diagnostic[] | Diagnostic) {
    const list = Array.isArray(diagnostics) ? diagnostics : [diagnostics];
    super(list.map(formatDiagnostic).join('\n'));
    this.name = 'UserError';
    this.diagnostics = list;
  }
}

export function formatDiagnostic(d: Diagnostic): string {
  const where = d.line !== undefined ? `${d.file}:${d.line}${d.column !== undefined ? `:${d.column}` : ''}` : d.file;
  const path = d.path ? ` ${d.path}:` : '';
  const hint = d.hint ? `\n  hint: ${d.hint}` : '';
  return `${where}:${path} ${d.message}${hint}`;
}
