// The command line: parses arguments, runs one command, and turns every user mistake into a
// located message and exit code 2. Runtime failures exit 1. Nothing here holds model logic.

import yargs, { type Argv } from 'yargs';
import { didYouMean } from '../scenario/didYouMean.js';
import { UserError, type Diagnostic } from '../userError.js';
import { VERSION } from '../version.js';
import { commands } from './commands/index.js';
import { limitHeapGrowth } from './heapGrowth.js';
import { checkOptionValues, type ParserOptions } from './typedText.js';

export const EXIT_OK = 0;
export const EXIT_RUNTIME = 1;
export const EXIT_BAD_INPUT = 2;

export async function main(argv: string[]): Promise<number> {
  limitHeapGrowth(); // again, for callers of main() other than bin/jbsim (set late, it holds less: heapGrowth.ts)
  quietOnClosedPipe();
  let parser: Argv = yargs(argv)
    .scriptName('jbsim')
    .usage(
      'jbsim <command> [options]\n\nSimulates the Dutch youth protection chain and compares reform scenarios on handovers, waits and professionals per family.',
    )
    .version(VERSION)
    // yargs would speak the machine's language (Dutch on most of our users' machines) in help
    // headings and messages: jbsim speaks English, and plainLanguage() rewrites yargs' English
    .locale('en')
    .help()
    .alias('h', 'help')
    .strict()
    .demandCommand(1, 'name a command')
    .wrap(Math.min(110, process.stdout.columns ?? 100))
    .exitProcess(false)
    // `-r abc` arrives as NaN and `-r` alone as the default: refuse the one, and give each
    // option's check the text of the other. yargs passes itself to a middleware (its types
    // leave that out): its options are the command's, its aliases tie -r to --replications.
    .middleware(
      ((args: Record<string, unknown>, y?: { getOptions?: () => ParserOptions; getAliases?: () => Record<string, string[]> }) => {
        const options = y?.getOptions?.();
        if (options !== undefined) checkOptionValues(args, argv, options, y?.getAliases?.() ?? {});
      }) as (args: Record<string, unknown>) => void,
      true,
    )
    .fail((msg, err) => {
      if (err) throw err;
      const choices = invalidChoices(msg ?? '');
      if (choices.length > 0) throw new UserError(choices);
      const extra = extraFiles(msg ?? '', argv);
      if (extra.length > 0) throw new UserError(extra);
      const message = plainLanguage(msg ?? 'invalid arguments');
      if (message === 'name a command')
        throw new UserError({
          file: 'command line',
          message: `name a command: ${COMMAND_NAMES.join(', ')}`,
          hint: 'run `jbsim --help` for what each does',
        });
      throw new UserError({ file: 'command line', message, hint: 'run `jbsim --help` or `jbsim <command> --help`' });
    });
  for (const command of commands) parser = parser.command(command as never);
  try {
    if (argv.length === 0) {
      // `jbsim` alone: the list of commands is what the user wants to see
      parser.showHelp('log');
      return EXIT_OK;
    }
    checkCommandName(argv);
    await parser.parseAsync();
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT_OK;
  } catch (err) {
    if (err instanceof UserError) {
      process.stderr.write(`jbsim: ${err.message}\n`);
      return EXIT_BAD_INPUT;
    }
    const message = err instanceof Error ? err.message : String(err);
    process.stderr.write(`jbsim: the run failed: ${message}\n`);
    if (process.env.JBSIM_DEBUG) process.stderr.write(`${(err as Error)?.stack ?? ''}\n`);
    else process.stderr.write('  (set JBSIM_DEBUG=1 to see where; please report it with the scenario file)\n');
    return EXIT_RUNTIME;
  }
}

let pipeWatched = false;

/**
 * `jbsim schema | head` closes the pipe early: that is not a failure. Once per process: main()
 * may run many times in one (the tests), and the handler must outlive it (output still flushing).
 */
function quietOnClosedPipe(): void {
  if (pipeWatched) return;
  pipeWatched = true;
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(EXIT_OK);
    throw err;
  });
}

/** Each command's first word (`run <scenario>` is `run`). */
const COMMAND_NAMES = commands.map((c) => String(c.command).replace(/ .*/, ''));

/** A first word that is not an option must be a command: say so with a suggestion, before yargs calls it an option. */
function checkCommandName(argv: readonly string[]): void {
  const first = argv[0];
  if (first === undefined || first.startsWith('-') || COMMAND_NAMES.includes(first)) return;
  const close = didYouMean(first, COMMAND_NAMES);
  throw new UserError({
    file: 'command line',
    message: `unknown command "${first}"`,
    hint: close ? `did you mean jbsim ${close}?` : `the commands are: ${COMMAND_NAMES.join(', ')} (jbsim --help says what each does)`,
  });
}

/** The commands that take one scenario file (`run <scenario>`, not `compare <scenarios..>`). */
const ONE_FILE_COMMANDS = commands.map((c) => String(c.command)).flatMap((c) => (/^\S+ <[^.>]+>$/.test(c) ? [c.replace(/ .*/, '')] : []));

/**
 * `jbsim run a.yaml b.yaml`: yargs calls b.yaml an unknown argument. A word the user typed as
 * such (no option) after a command that takes one file is a second file: say that, and where
 * several go. Unknown options in the same message are still named.
 */
function extraFiles(msg: string, argv: readonly string[]): Diagnostic[] {
  const m = /^Unknown arguments?: (.*)$/s.exec(msg);
  const command = argv.find((w) => COMMAND_NAMES.includes(w));
  if (!m || command === undefined || !ONE_FILE_COMMANDS.includes(command)) return [];
  const unknown = (m[1] ?? '').split(', ');
  const files = unknown.filter((u) => !u.startsWith('-') && argv.includes(u));
  if (files.length === 0) return [];
  const options = unknown.filter((u) => !files.includes(u));
  return [
    {
      file: 'command line',
      message: `${command} takes one scenario file; also given: ${files.join(', ')}`,
      hint:
        command === 'run'
          ? 'to run several scenarios and compare them, use jbsim compare, which takes several files (or a folder)'
          : `run jbsim ${command} once for each file`,
    },
    ...(options.length > 0 ? [{ file: 'command line', message: `unknown option: ${options.join(', ')}` }] : []),
  ];
}

/**
 * yargs' `Invalid values:\n  Argument: lang, Given: "de", Choices: "nl", "en"` as
 * `--lang: expected nl or en, got "de"`, one line per option.
 */
function invalidChoices(msg: string): Diagnostic[] {
  if (!msg.startsWith('Invalid values:')) return [];
  return [...msg.matchAll(/Argument: (.+?), Given: (.+?), Choices: (.+)$/gm)].map(([, name, given, choices]) => {
    const list = (choices ?? '').split(', ').map((c) => c.replace(/^"(.*)"$/, '$1'));
    const expected = list.length > 1 ? `${list.slice(0, -1).join(', ')} or ${list.at(-1)}` : list.join('');
    return { file: `--${name}`, message: `expected ${expected}, got ${given}` };
  });
}

/** yargs speaks to programmers; say the same to a scenario author. */
function plainLanguage(msg: string): string {
  if (msg.startsWith('Not enough non-option arguments'))
    return 'a file or folder is missing after the command (e.g. jbsim run scenarios/foodvalley/baseline.yaml)';
  if (msg.startsWith('Unknown argument')) return msg.replace(/^Unknown arguments?: /, 'unknown option: ');
  return msg;
}
