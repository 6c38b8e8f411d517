// `jbsim sensitivity SCENARIO [--ranges FILE]`: each key parameter to a low and a high value,
// one at a time, on common random numbers → sensitivity.json (data for a tornado chart).

import type { Argv, CommandModule } from 'yargs';
import { toJson } from '../../experiment/output.js';
import { insideOut, loadScenarios, readFileBytes, runScenarioSet, setProvenance, writeFileAtomic } from '../../node/index.js';
import { checkRunSize } from '../../node/size.js';
import { BUILT_IN_RANGES, builtInRanges, readRanges, sensitivityFile } from '../../experiment/sensitivity.js';
import { UserError } from '../../userError.js';
import { VERSION } from '../../version.js';
import type { Lang } from '../../report/index.js';
import { formatNumber, interruptible, loadReport, outputFolder, replicationOptions, replicationSettings, reportOptions, reportStep, table, writtenLine, type ReplicationArgs, type ReportArgs } from './run.js';

interface SensitivityArgs extends ReplicationArgs, ReportArgs {
  scenario: string;
  ranges?: string;
  metric: string;
}

export const sensitivityCommand: CommandModule<object, SensitivityArgs> = {
  command: 'sensitivity <scenario>',
  describe: 'Move key parameters one at a time to a low and a high value → sensitivity.json (tornado chart data)',
  builder: (y) =>
    reportOptions(replicationOptions(
      y
        .positional('scenario', { type: 'string', demandOption: true, describe: 'a scenario file' })
        .option('ranges', { type: 'string', describe: `a YAML/JSON file of ranges (path: [low, high]) instead of the built-in ${BUILT_IN_RANGES.length} parameters` })
        .option('metric', { type: 'string', default: 'coldHandoversPerFamily', describe: 'the metric the printed ranking uses (the file has all)' }),
    ))
      .example('jbsim sensitivity scenarios/foodvalley/baseline.yaml -r 10', 'the built-in parameters, 10 replications per value')
      .example('jbsim sensitivity base.yaml --ranges my-ranges.yaml', 'your own parameters and ranges') as unknown as Argv<SensitivityArgs>,
  handler: async (argv) => {
    const settings = replicationSettings(argv);
    const folder = outputFolder(argv, 'sensitivity');
    const [base] = loadScenarios([String(argv.scenario)], settings.overrides);
    const ranges = argv.ranges !== undefined ? rangesFile(String(argv.ranges), base.scenario) : builtInRanges(base.scenario);
    const scenarios = [base];
    for (const r of ranges) {
      for (const value of [r.low, r.high]) {
        try {
          scenarios.push(loadScenarios([String(argv.scenario)], [...settings.overrides, `${r.path}=${value}`])[0]);
        } catch (err) {
          if (err instanceof UserError) throw new UserError(err.diagnostics.map((d) => ({ ...d, message: `${r.path} = ${value}: ${d.message}` })));
          throw err;
        }
      }
    }
    let metric = String(argv.metric);
    checkRunSize(scenarios, { workers: Math.min(settings.workers, scenarios.length * settings.replications) });
    const startedAt = new Date();
    const out = String(argv.out);
    const written = [insideOut(out, 'sensitivity.json')];
    const done = await interruptible(async (signal) => {
      const run = await runScenarioSet(scenarios, settings.seed, settings.replications, { workers: settings.workers, quiet: argv.quiet, signal });
      const file = sensitivityFile(base, ranges, run.results, settings.seed, VERSION, setProvenance(run, settings.workers, startedAt, process.argv.slice(2)));
      writeFileAtomic(written[0], toJson(file));
      if (argv.report) written.push(...(await reportStep(out, async () => (await loadReport()).writeSensitivityReport(out, file, { lang: argv.lang as Lang }))));
      folder.finish(written);
      return { run, file };
    });
    if (done === undefined || argv.quiet) return;
    const { run, file } = done;
    if (!(metric in file.base)) {
      // known only once the model has answered; the file is written, so this is no reason to fail
      process.stderr.write(`jbsim: --metric: no metric "${metric}"; ranking by coldHandoversPerFamily (metrics: ${Object.keys(file.base).join(', ')})\n`);
      metric = 'coldHandoversPerFamily';
    }
    const o = process.stdout;
    o.write(`jbsim sensitivity: ${ranges.length} parameters × 2 values + base, ${settings.replications} replications each, seed ${settings.seed}, in ${run.wallSeconds.toFixed(1)} s\n\n`);
    const ranked = [...file.parameters].sort((a, b) => (b.swing[metric] ?? 0) - (a.swing[metric] ?? 0));
    const rows = [['parameter', 'low', 'high', `${metric} at low`, 'at high', 'swing']];
    for (const p of ranked) {
      rows.push([p.path, String(p.low.value), String(p.high.value), formatNumber(p.low.metrics[metric]?.mean ?? NaN), formatNumber(p.high.metrics[metric]?.mean ?? NaN), formatNumber(p.swing[metric] ?? NaN)]);
    }
    o.write(`base: ${formatNumber(file.base[metric].mean)}\n${table(rows)}\n\n${writtenLine(out, written)}`);
  },
};

function rangesFile(file: string, scenario: Parameters<typeof readRanges>[2]) {
  const bytes = readFileBytes(file, file);
  if (!bytes.ok) throw new UserError(bytes.diagnostic);
  return readRanges(bytes.bytes, file, scenario);
}
