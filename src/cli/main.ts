// The command line: parses arguments, runs one command, and turns every user mistake into a
// located message and exit code 2. Runtime failures exit 1. Nothing here holds model logic.

import yargs, { type Argv } from 'yargs';
import { UserError } from '../userError.js';
import { VERSION } from '../version.js';
import { commands } from './commands/index.js';

export const EXIT_OK = 0;
export const EXIT_RUNTIME = 1;
export const EXIT_BAD_INPUT = 2;

export async function main(argv: string[]): Promise<number> {
  // `jbsim schema | head` closes the pipe early: that is not a failure.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(EXIT_OK);
    throw err;
  });
  let parser: Argv = yargs(argv)
    .scriptName('jbsim')
    .usage('jbsim <command> [options]\n\nSimulates the Dutch youth protection chain and compares reform scenarios on handovers, waits and professionals per family.')
    .version(VERSION)
    .help()
    .alias('h', 'help')
    .strict()
    .demandCommand(1, 'Name a command: see the list above.')
    .recommendCommands()
    .wrap(Math.min(110, process.stdout.columns ?? 100))
    .exitProcess(false)
    .fail((msg, err) => {
      if (err) throw err;
      const message = msg?.startsWith('Did you mean') ? `unknown command. ${msg}` : (msg ?? 'invalid arguments');
      throw new UserError({ file: 'command line', message, hint: 'run `jbsim --help` or `jbsim <command> --help`' });
    });
  for (const command of commands) parser = parser.command(command as never);
  try {
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
