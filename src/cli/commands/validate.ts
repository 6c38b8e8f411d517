// `jbsim validate FILE...`: checks scenario files (and folders of them) without running them,
// listing every mistake with its place. Exit 0 when all are valid, 2 otherwise.

import type { CommandModule } from 'yargs';
import { formatDiagnostic, UserError, type Diagnostic } from '../../userError.js';
import { isFolder, loadScenario, scenarioFilesIn } from '../../node/index.js';
import { checkOverrides } from '../../scenario/load.js';

interface Args {
  files: string[];
  set?: string | string[];
}

export const validateCommand: CommandModule<object, Args> = {
  command: 'validate <files..>',
  describe: 'Check scenario files (or folders of them) for mistakes, without running them',
  builder: (y) =>
    y
      .positional('files', { type: 'string', array: true, demandOption: true, describe: 'scenario files (.yaml, .yml, .json) or folders' })
      // One value per --set (repeat it for more), so that files after it are not taken as values;
      // as in every command.
      .option('set', {
        type: 'string',
        array: true,
        nargs: 1,
        describe: 'change a parameter for this check, e.g. --set guardians.adminShare=0.3 (repeatable)',
      })
      .example('jbsim validate scenarios/foodvalley', 'check every scenario in the folder')
      .example('jbsim validate my-reform.yaml --set guardians.caseloadCapChildren=12', 'check a file with one value changed'),
  handler: (argv) => {
    const overrides = ([] as unknown[]).concat(argv.set ?? []).map(String);
    checkOverrides(overrides);
    const files: string[] = [];
    const problems: Diagnostic[] = [];
    for (const arg of argv.files.map(String)) {
      if (isFolder(arg)) {
        const found = scenarioFilesIn(arg, { recursive: true });
        if (found.length === 0) problems.push({ file: arg, message: 'this folder holds no scenario files (.yaml, .yml or .json)' });
        files.push(...found);
      } else {
        files.push(arg);
      }
    }
    let invalid = problems.length;
    for (const d of problems) process.stderr.write(`${formatDiagnostic(d)}\n`);
    for (const file of files) {
      try {
        const { scenario } = loadScenario(file, { overrides });
        process.stdout.write(`${file}: ok (${scenario.name})\n`);
      } catch (err) {
        if (!(err instanceof UserError)) throw err;
        invalid++;
        for (const d of err.diagnostics) process.stderr.write(`${formatDiagnostic(d)}\n`);
      }
    }
    if (invalid > 0) {
      const total = files.length + problems.length;
      throw new UserError({
        file: 'validate',
        message: `${invalid} of ${total} ${total === 1 ? 'scenario has' : 'scenarios have'} mistakes (listed above)`,
      });
    }
  },
};
