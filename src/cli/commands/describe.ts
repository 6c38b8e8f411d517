// `jbsim describe SCENARIO`: the STRESS-DES reporting items for a scenario, from the schema, the
// metric catalogue of a run and package.json (docs/stress-des.md is its output for the baseline).

import type { Argv, CommandModule } from 'yargs';
import { writeFileAtomic } from '../../atomicFile.js';
import { describeScenario } from '../../node/describe.js';
import { checkOutputFile } from '../../node/outputFolder.js';
import { stressDesMarkdown } from '../../report/stressDes.js';

interface Args {
  scenario: string;
  out?: string;
}

export const describeCommand: CommandModule<object, Args> = {
  command: 'describe <scenario>',
  describe:
    'The STRESS-DES reporting items for a scenario (objectives, logic, data, experimentation, implementation, code access), in Markdown',
  builder: (y) =>
    y
      .positional('scenario', { type: 'string', demandOption: true, describe: 'a scenario file' })
      .option('out', { alias: 'o', type: 'string', describe: 'write to this file instead of the screen' })
      .example(
        'jbsim describe scenarios/foodvalley/baseline.yaml --out docs/stress-des.md',
        'the reporting items of the bundled study',
      ) as unknown as Argv<Args>,
  handler: (argv) => {
    if (argv.out !== undefined) checkOutputFile(String(argv.out), '--out');
    const text = stressDesMarkdown(describeScenario(String(argv.scenario)));
    if (argv.out === undefined) process.stdout.write(text);
    else writeFileAtomic(String(argv.out), text);
  },
};
