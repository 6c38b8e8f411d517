// `jbsim merge DIR... --out DIR`: combines the shard-i-of-n.json files of a sharded run into
// the files the unsharded run writes (the same bytes, apart from provenance).

import type { Argv, CommandModule } from 'yargs';
import { HEADLINE_METRICS } from '../../experiment/index.js';
import { assembleShards, findShardFiles, writeFinal } from '../../node/index.js';
import { analyse } from '../../node/uncertainty.js';
import { assembleUncertaintyShards, isUncertaintyShard } from '../../node/uncertaintyFiles.js';
import { finishUncertainty, summaryTable } from './uncertainty.js';
import type { Lang } from '../../report/index.js';
import type { NonEmpty } from '../../lists.js';
import { comparisonTable } from './compare.js';
import {
  interruptible,
  metricTable,
  outputFolder,
  reportOptions,
  writeComparisonReport,
  writtenLine,
  type OutArgs,
  type ReportArgs,
} from './run.js';

interface MergeArgs extends ReportArgs, OutArgs {
  inputs: string[];
  quiet: boolean;
}

export const mergeCommand: CommandModule<object, MergeArgs> = {
  command: 'merge <inputs..>',
  describe: 'Combine the shard files of a sharded run into its summaries, comparison and results.csv',
  builder: (y) =>
    reportOptions(y)
      .positional('inputs', {
        type: 'string',
        array: true,
        demandOption: true,
        describe: 'folders (searched 3 levels deep) or shard-i-of-n.json files',
      })
      .option('out', { alias: 'o', type: 'string', default: 'reports', describe: 'folder for the merged results' })
      .option('force', { type: 'boolean', default: false, describe: 'write into --out even if it holds files jbsim did not write' })
      .option('quiet', { alias: 'q', type: 'boolean', default: false, describe: 'print nothing' })
      .example(
        'jbsim merge shards/ --out reports/',
        'after `jbsim compare … --shard i/n --out shards/` for i = 1 … n',
      ) as unknown as Argv<MergeArgs>,
  handler: async (argv) => {
    const found = findShardFiles(argv.inputs.map(String));
    if (found.some(isUncertaintyShard)) return mergeUncertainty(found, argv);
    const assembled = assembleShards(found);
    const { shards, replications, ...input } = assembled;
    const outDir = String(argv.out);
    // the files of the unsharded run, so they replace that command's files
    const folder = outputFolder(argv, input.command);
    let report: string[] = [];
    const output = await interruptible(async () => {
      const written = writeFinal(outDir, input);
      if (argv.report) report = await writeComparisonReport(outDir, written, input.scenarios, argv.lang);
      folder.finish([...written.files, ...report]);
      return written;
    });
    if (output === undefined || argv.quiet) return;
    const out = process.stdout;
    out.write(
      `jbsim merge: ${shards.length} shards, ${input.scenarios.length} scenario${input.scenarios.length === 1 ? '' : 's'} × ${replications} replications, seed ${input.seed}\n\n`,
    );
    if (output.comparison !== null) out.write(`${comparisonTable(output.comparison)}\n\n`);
    else out.write(`${output.summaries[0].scenario.name}\n${metricTable(output.summaries[0].metrics, HEADLINE_METRICS)}\n\n`);
    out.write(writtenLine(outDir, [...output.files, ...report]));
  },
};

/** The shards of `jbsim uncertainty`: the same files the unsharded run writes. */
async function mergeUncertainty(paths: NonEmpty<string>, argv: MergeArgs): Promise<void> {
  const { plan, values, version, provenance } = assembleUncertaintyShards(paths);
  const outDir = String(argv.out);
  const done = await interruptible(() => finishUncertainty(outDir, analyse(plan, values, version), provenance, argv));
  if (done === undefined || argv.quiet) return;
  process.stdout.write(
    `jbsim merge: ${paths.length} shards of an uncertainty analysis, ${plan.samples} samples × ${plan.scenarios.length} scenarios × ${plan.replications} replications, seed ${plan.seed}\n\n${summaryTable(done.file, argv.lang as Lang)}\n\n${writtenLine(outDir, done.files)}`,
  );
}
