// `jbsim validate FILE...`: checks scenario files (and folders of them) without running them,
// listing every mistake with its place, and that the scenarios compare would take together
// (the files named and the files in the folders named, all in one comparison) differ in name.
// Exit 0 when all are valid, 2 otherwise.

import { dirname, relative } from 'node:path';
import type { CommandModule } from 'yargs';
import { formatDiagnostic, UserError, type Diagnostic } from '../../userError.js';
import { isFolder, loadScenario, nameClashes, scenarioFilesIn } from '../../node/index.js';
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
    // what `jbsim compare` would take together with the same arguments: the files named and the
    // files in each folder named, as one comparison. Files in sub-folders (found here, not by
    // compare) are each folder's own comparison, as `jbsim compare that/folder` would take them.
    const files: { file: string; group: string }[] = [];
    const problems: Diagnostic[] = [];
    for (const arg of argv.files.map(String)) {
      if (isFolder(arg)) {
        const found = scenarioFilesIn(arg, { recursive: true });
        if (found.length === 0) problems.push({ file: arg, message: 'this folder holds no scenario files (.yaml, .yml or .json)' });
        files.push(
          ...found.map((file) => ({ file, group: relative(arg, dirname(file)) === '' ? 'command line' : `folder ${dirname(file)}` })),
        );
      } else {
        files.push({ file: arg, group: 'command line' });
      }
    }
    let invalid = problems.length;
    for (const d of problems) process.stderr.write(`${formatDiagnostic(d)}\n`);
    const results = files.map(({ file, group }) => {
      try {
        return { file, group, scenario: loadScenario(file, { overrides }).scenario };
      } catch (err) {
        if (!(err instanceof UserError)) throw err;
        return { file, group, diagnostics: err.diagnostics };
      }
    });
    // scenarios compared together must differ in name, as compare checks
    const clashes = new Map<string, Diagnostic[]>();
    let clashAcross = false;
    for (const group of new Set(files.map((f) => f.group))) {
      const loaded = results.flatMap((r) => (r.group === group && r.scenario ? [{ scenario: r.scenario, file: r.file }] : []));
      const found = nameClashes(loaded, overrides);
      if (group === 'command line' && argv.files.length > 1 && found.length > 0) clashAcross = true;
      for (const d of found) clashes.set(d.file, [...(clashes.get(d.file) ?? []), d]);
    }
    for (const r of results) {
      const mistakes = r.diagnostics ?? clashes.get(r.file);
      clashes.delete(r.file);
      if (mistakes === undefined) {
        process.stdout.write(`${r.file}: ok (${r.scenario!.name})\n`);
        continue;
      }
      invalid++;
      for (const d of mistakes) process.stderr.write(`${formatDiagnostic(d)}\n`);
    }
    // a clash no file is to blame for (--set name=… given to several)
    for (const d of new Set([...clashes.values()].flat().map(formatDiagnostic))) {
      invalid++;
      process.stderr.write(`${d}\n`);
    }
    if (invalid > 0) {
      const total = files.length + problems.length;
      throw new UserError({
        file: 'validate',
        message: `${invalid} of ${total} ${total === 1 ? 'scenario has' : 'scenarios have'} mistakes (listed above)`,
        // files that are each fine may clash only because they were named together
        ...(clashAcross
          ? {
              hint: 'jbsim compare takes all the files and folders named as one comparison, so their names must differ; scenarios not meant to be compared can be checked with one jbsim validate each',
            }
          : {}),
      });
    }
  },
};
