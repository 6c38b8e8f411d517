// `jbsim compare SCENARIO_OR_DIR... [--baseline NAME]`: every scenario on the same random
// numbers, each against the baseline → summaries/NAME.json, comparison.json, results.csv.

import type { Argv, CommandModule } from 'yargs';
import { HEADLINE_METRICS, type Comparison } from '../../experiment/index.js';
import { executeExperiment, loadScenarios, orderBaselineFirst } from '../../node/index.js';
import { checkRunSize } from '../../node/size.js';
import { VERSION } from '../../version.js';
import {
  experimentOptions,
  experimentSettings,
  formatNumber,
  interruptible,
  outputFolder,
  precisionLine,
  ranLine,
  reportOptions,
  table,
  writeComparisonReport,
  writtenLine,
  type ExperimentArgs,
  type ReportArgs,
} from './run.js';

interface CompareArgs extends ExperimentArgs, ReportArgs {
  scenarios: string[];
  baseline?: string;
}

export const compareCommand: CommandModule<object, CompareArgs> = {
  command: 'compare <scenarios..>',
  describe: 'Compare scenarios against a baseline on common random numbers → comparison.json, summaries/, results.csv',
  builder: (y) =>
    reportOptions(
      experimentOptions(
        y
          .positional('scenarios', {
            type: 'string',
            array: true,
            demandOption: true,
            describe: 'scenario files, or folders of them (all .yaml/.yml/.json inside)',
          })
          .option('baseline', {
            alias: 'b',
            type: 'string',
            describe: 'the scenario the others are compared with (default: the one named "baseline", else the first)',
          }),
      ),
    )
      .example('jbsim compare scenarios/foodvalley', 'every bundled FoodValley scenario against the baseline')
      .example('jbsim compare base.yaml duos.yaml --baseline base --replications 60', 'two files, 60 replications each')
      .example(
        'jbsim compare scenarios/foodvalley --shard 2/4 --out shards/',
        'the second of four shards; then `jbsim merge shards/`',
      ) as unknown as Argv<CompareArgs>,
  handler: async (argv) => {
    const settings = experimentSettings(argv);
    const folder = outputFolder(argv, 'compare', { shard: settings.shard !== null });
    const scenarios = orderBaselineFirst(loadScenarios(argv.scenarios.map(String), settings.overrides), argv.baseline);
    checkRunSize(scenarios, { workers: Math.min(settings.workers, scenarios.length * settings.replications) });
    const baseline = scenarios[0].scenario.name;
    const out = String(argv.out);
    let report: string[] = [];
    const executed = await interruptible(async (signal) => {
      const done = await executeExperiment(
        {
          command: 'compare',
          scenarios,
          baseline,
          seed: settings.seed,
          replications: settings.replications,
          precision: settings.precision,
          shard: settings.shard,
        },
        { out, version: VERSION, workers: settings.workers, quiet: argv.quiet, argv: process.argv.slice(2), signal },
      );
      if (done.kind === 'final' && argv.report) report = await writeComparisonReport(out, done.output, scenarios, argv.lang);
      folder.finish(done.kind === 'shard' ? [done.file] : [...done.output.files, ...report]);
      return done;
    });
    if (executed === undefined || argv.quiet) return;
    const o = process.stdout;
    o.write(ranLine('jbsim compare', executed, scenarios.length));
    if (executed.kind === 'shard') {
      o.write(`wrote ${executed.file}\n`);
      return;
    }
    o.write(precisionLine(executed.run.precision));
    if (executed.output.comparison !== null) o.write(`\n${comparisonTable(executed.output.comparison)}\n\n`);
    o.write(writtenLine(out, [...executed.output.files, ...report]));
  },
};

/** Differences from the baseline on the headline metrics; * marks an interval that excludes zero. */
export function comparisonTable(cmp: Comparison): string {
  const scenarios = Object.entries(cmp.scenarios);
  if (scenarios.length === 0) return `only the baseline (${cmp.baseline}): nothing to compare`;
  const rows: string[][] = [[`difference from ${cmp.baseline}`, ...scenarios.map(([name]) => name)]];
  for (const metric of HEADLINE_METRICS) {
    const cells = scenarios.map(([, differences]) => {
      const d = differences[metric];
      if (d === undefined || !Number.isFinite(d.difference)) return '–';
      const sign = d.difference > 0 ? '+' : '';
      return `${sign}${formatNumber(d.difference)}${d.significant ? '*' : ' '}`;
    });
    if (cells.every((c) => c === '–')) continue;
    rows.push([metric, ...cells]);
  }
  return `${table(rows)}\n* the 95% interval of the difference excludes zero`;
}
