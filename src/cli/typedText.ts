// yargs reads the text of a number option with Number(): `-r abc` reaches a command as NaN,
// and its check could only say "got NaN". The text as typed is put back in place of the NaN
// (under every name of the option), so that each option's own check says what it expected and
// what it got: `--replications: expected a whole number ≥ 1, got the text "abc"`.

/**
 * For yargs middleware (before validation): each option whose value is NaN gets the text typed
 * after it in `raw` (the command line's words), under the option's every alias.
 */
export function typedTextForNaN(
  argv: Record<string, unknown>,
  raw: readonly string[],
  aliases: Readonly<Record<string, readonly string[] | undefined>>,
): void {
  for (const key of Object.keys(argv)) {
    if (!Number.isNaN(argv[key])) continue;
    const names = new Set([key, ...(aliases[key] ?? [])]);
    for (const [name, others] of Object.entries(aliases)) if (others?.includes(key)) names.add(name);
    const text = typedAfter(raw, names);
    if (text === undefined) continue;
    for (const name of names) if (Object.hasOwn(argv, name)) argv[name] = text;
  }
}

/** The text last given to any of these option names (`--name TEXT`, `--name=TEXT`, `-n TEXT`, `-n=TEXT`); '' when none follows. */
function typedAfter(raw: readonly string[], names: ReadonlySet<string>): string | undefined {
  let found: string | undefined;
  for (let i = 0; i < raw.length; i++) {
    const word = raw[i]!;
    if (word === '--') break;
    const m = /^(?:--([^=]+)|-([^-=]))(?:=(.*))?$/s.exec(word);
    const name = m?.[1] ?? m?.[2];
    if (name === undefined || !names.has(name)) continue;
    found = m![3] ?? raw[i + 1] ?? '';
  }
  return found;
}

/** An option's value as a message shows it: a number as itself, text as text (`the text "abc"`), no text as nothing. */
export function shown(value: unknown): string {
  if (typeof value === 'string') return value.trim() === '' ? 'nothing' : `the text "${value}"`;
  if (typeof value === 'number' && Number.isNaN(value)) return 'something that is not a number';
  return String(value);
}
