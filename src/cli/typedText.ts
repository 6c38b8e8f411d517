// yargs reads the text of a number option with Number() and fills in the default when no text
// follows it: `-r abc` reaches a command as NaN, its check could only say "got NaN", and `-r`
// alone (or `--replications=`) reaches it as 30 or 0, as if the user had typed that. So the
// command line is read once more, the way yargs read it but with every number option as text
// and without defaults: an option given nothing, or given more than once (which yargs hands on
// as a list, `-r 5 -r abc` as 5,NaN), is refused here, for every command at once, and the text
// typed in place of a NaN is put back (under every name of the option), so that each option's
// own check says what it expected and what it got:
// `--replications: expected a whole number ≥ 1, got the text "abc"`. A text option given more
// than once (`--out a --out b`, which yargs hands on as the folder "a,b") is refused as well, and
// so is `--no-` before an option that takes a value: yargs reads `--no-out` as the folder
// "false" and `--no-replications` as 0.

import { Parser } from 'yargs/helpers';
import { UserError, type Diagnostic } from '../userError.js';

/** What this reads of yargs' parser options (`getOptions()`, which yargs' types leave out). */
export interface ParserOptions {
  number: string[];
  array: string[];
  string: string[];
  default: Record<string, unknown>;
  configuration: Record<string, unknown>;
}

/**
 * For yargs middleware (before validation): `argv` as yargs parsed `raw` (the command line's
 * words) with `options`; `aliases` ties -r to --replications.
 */
export function checkOptionValues(
  argv: Record<string, unknown>,
  raw: readonly string[],
  options: ParserOptions,
  aliases: Readonly<Record<string, readonly string[] | undefined>>,
): void {
  const typed = Parser([...raw], {
    ...options,
    string: [...options.string, ...options.number],
    number: [],
    default: {},
    // as yargs itself parses
    configuration: { 'parse-positional-numbers': false, ...options.configuration, 'populate--': true },
  });
  const problems: Diagnostic[] = [];
  for (const names of optionNames(options.number, aliases)) {
    // a list of numbers by design takes each value as given
    if (names.some((n) => options.array.includes(n))) continue;
    const text: unknown = typed[names[0]!];
    if (Array.isArray(text)) {
      problems.push(givenTwice(names, text.map(String)));
      continue;
    }
    if (typeof text !== 'string') continue;
    if (text.trim() === '') {
      problems.push(
        noNumber(
          names,
          names.map((n) => options.default[n]).find((v) => typeof v === 'number'),
        ),
      );
      continue;
    }
    if (!Number.isNaN(argv[names[0]!])) continue;
    for (const name of names) if (Object.hasOwn(argv, name)) argv[name] = text;
  }
  // a text option given twice reaches a command as a list, `--out a --out b` as the folder "a,b"
  for (const names of optionNames(options.string, aliases)) {
    if (names.some((n) => options.array.includes(n))) continue;
    const text: unknown = typed[names[0]!];
    if (Array.isArray(text)) problems.push(givenTwice(names, text.map(String), 'value'));
  }
  problems.push(...negatedValues(raw, options, aliases));
  // `jbsim run -r --help` asks what -r takes: the help says it
  if (problems.length > 0 && argv.help !== true) throw new UserError(problems);
}

/** `--no-out`, `--no-replications`: only a switch (`--no-report`) can be turned off. */
function negatedValues(
  raw: readonly string[],
  options: ParserOptions,
  aliases: Readonly<Record<string, readonly string[] | undefined>>,
): Diagnostic[] {
  const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
  const valued = optionNames([...options.number, ...options.string], aliases);
  const problems: Diagnostic[] = [];
  for (const word of raw) {
    if (word === '--') break; // what follows is not an option
    const name = /^--no-([^=]+)/.exec(word)?.[1];
    const names = name === undefined ? undefined : valued.find((ns) => ns.some((n) => kebab(n) === kebab(name)));
    if (names === undefined) continue;
    const { label, long } = optionLabel(names);
    const fallback = names.map((n) => options.default[n]).find((v) => v !== undefined);
    problems.push({
      file: word,
      message: `${label} takes a value; it cannot be switched off with --no-`,
      hint:
        fallback === undefined
          ? `leave --${long} out, or give it a value`
          : `leave --${long} out to use its default, ${String(fallback)}, or give it a value`,
    });
  }
  return problems;
}

/** Each option of the list once, as all its names (`replications`, `r`): the name it was declared with first. */
function optionNames(numbers: readonly string[], aliases: Readonly<Record<string, readonly string[] | undefined>>): string[][] {
  const seen = new Set<string>();
  const options: string[][] = [];
  for (const name of numbers) {
    if (seen.has(name)) continue;
    const names = [name, ...(aliases[name] ?? [])];
    for (const n of names) seen.add(n);
    options.push(names);
  }
  return options;
}

/** An option's names as a message shows them: `--replications (-r)`. */
function optionLabel(names: readonly string[]): { label: string; long: string } {
  const long = names.find((n) => n.length > 1) ?? names[0]!;
  const short = names.find((n) => n.length === 1);
  return { label: short === undefined || short === long ? `--${long}` : `--${long} (-${short})`, long };
}

function noNumber(names: readonly string[], fallback: number | undefined): Diagnostic {
  const { label, long } = optionLabel(names);
  return {
    file: label,
    message: 'a number is needed after it, and none was given',
    hint:
      fallback === undefined
        ? 'put one after it, or leave the option out'
        : `put one after it, e.g. --${long} ${fallback}, or leave the option out to use its default, ${fallback}`,
  };
}

/** Which of the values was meant is not for jbsim to guess. */
function givenTwice(names: readonly string[], texts: readonly string[], what: 'number' | 'value' = 'number'): Diagnostic {
  const values = texts.map((t) => (t.trim() === '' ? 'nothing' : what === 'number' && Number.isFinite(Number(t)) ? t : `"${t}"`));
  return {
    file: optionLabel(names).label,
    message: `given more than once: ${values.slice(0, -1).join(', ')} and ${values.at(-1)}`,
    hint: `give it once, with the ${what} you mean`,
  };
}

/** An option's value as a message shows it: a number as itself, text as text (`the text "abc"`), no text as nothing. */
export function shown(value: unknown): string {
  if (typeof value === 'string') return value.trim() === '' ? 'nothing' : `the text "${value}"`;
  if (typeof value === 'number' && Number.isNaN(value)) return 'something that is not a number';
  return String(value);
}
