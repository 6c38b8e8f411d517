// `jbsim sensitivity SCENARIO [--ranges FILE] [--on-difference]`: each key parameter to a low
// and a high value, one at a time, on common random numbers → sensitivity.json (data for a
// tornado chart); with --on-difference, of the reform's effect against its baseline.

import type { Argv, CommandModule } from 'yargs';
import { toJson } from '../../experiment/output.js';
import { valueAt } from '../../experiment/parameters.js';
import {
  BUILT_IN_RANGES,
  builtInRanges,
  differencePairs,
  differenceSensitivityFile,
  readRanges,
  sensitivityFile,
  type ParameterRange,
  type SensitivityFile,
} from '../../experiment/sensitivity.js';
import type { LoadedScenario } from '../../experiment/summarise.js';
import type { ReplicationResult } from '../../model/results.js';
import { insideOut, loadScenario, loadScenarios, readFileBytes, runScenarioSet, setProvenance, writeFileAtomic } from '../../node/index.js';
import { checkRunSize } from '../../node/size.js';
import { canonicalJson } from '../../scenario/load.js';
import type { OverrideInput } from '../../scenario/overrides.js';
import { UserError } from '../../userError.js';
import { VERSION } from '../../version.js';
import type { Lang } from '../../report/index.js';
import {
  formatNumber,
  interruptible,
  loadReport,
  outputFolder,
  replicationOptions,
  replicationSettings,
  reportOptions,
  reportStep,
  settledOf,
  table,
  unsettledLines,
  writtenLine,
  type ReplicationArgs,
  type ReportArgs,
} from './run.js';

interface SensitivityArgs extends ReplicationArgs, ReportArgs {
  scenario: string;
  ranges?: string;
  metric: string;
  'on-difference': boolean;
  baseline?: string;
}

export const sensitivityCommand: CommandModule<object, SensitivityArgs> = {
  command: 'sensitivity <scenario>',
  describe: 'Move key parameters one at a time to a low and a high value → sensitivity.json (tornado chart data)',
  builder: (y) =>
    reportOptions(
      replicationOptions(
        y
          .positional('scenario', { type: 'string', demandOption: true, describe: 'a scenario file' })
          .option('ranges', {
            type: 'string',
            describe: `a YAML/JSON file of ranges (path: [low, high]) instead of the built-in ${BUILT_IN_RANGES.length} parameters`,
          })
          .option('metric', {
            type: 'string',
            default: 'coldHandoversPerFamily',
            describe: 'the metric the printed ranking uses (the file has all)',
          })
          .option('on-difference', {
            type: 'boolean',
            default: false,
            describe:
              "vary the effect of the reform SCENARIO against its baseline instead of the scenario's own figures (both run at each value, paired)",
          })
          .option('baseline', {
            type: 'string',
            describe: 'with --on-difference: the baseline file (default: the file SCENARIO extends, at the root of its `extends` chain)',
          }),
      ),
    )
      .example('jbsim sensitivity scenarios/foodvalley/baseline.yaml -r 10', 'the built-in parameters, 10 replications per value')
      .example('jbsim sensitivity base.yaml --ranges my-ranges.yaml', 'your own parameters and ranges')
      .example(
        'jbsim sensitivity scenarios/foodvalley/guardian-duos.yaml --on-difference',
        "what the duos' effect on the baseline depends on",
      ) as unknown as Argv<SensitivityArgs>,
  handler: async (argv) => {
    const settings = replicationSettings(argv);
    if (argv['on-difference']) return onDifference(argv, settings);
    if (argv.baseline !== undefined)
      throw new UserError({
        file: '--baseline',
        message: 'only with --on-difference',
        hint: "add --on-difference to vary a reform's effect against this baseline",
      });
    const [base] = loadScenarios([String(argv.scenario)], settings.overrides);
    const ranges = argv.ranges !== undefined ? rangesFile(String(argv.ranges), base.scenario) : builtInRanges(base.scenario);
    const scenarios = [base];
    const names = [base.scenario.name];
    for (const r of ranges)
      for (const value of [r.low, r.high]) {
        scenarios.push(withValue(String(argv.scenario), settings.overrides, r.path, value));
        names.push(`${base.scenario.name} at ${r.path}=${value}`);
      }
    const done = await runAndWrite(argv, settings, scenarios, names, (results, provenance) =>
      sensitivityFile(base, ranges, results, settings.seed, VERSION, provenance),
    );
    if (done !== undefined)
      printRanking(
        done.file,
        String(argv.metric),
        settings,
        done.wallSeconds,
        done.out,
        done.written,
        `${ranges.length} parameters × 2 values + base`,
        done.unsettled,
      );
  },
};

/** The scenario file with every --set and `path=value` on top; a mistake names the value. */
function withValue(file: string, overrides: readonly OverrideInput[], path: string, value: number): LoadedScenario {
  try {
    return loadScenarios([file], [...overrides, `${path}=${value}`])[0];
  } catch (err) {
    if (err instanceof UserError) throw new UserError(err.diagnostics.map((d) => ({ ...d, message: `${path} = ${value}: ${d.message}` })));
    throw err;
  }
}

function printRanking(
  file: SensitivityFile,
  wanted: string,
  settings: { replications: number; seed: number },
  wallSeconds: number,
  out: string,
  written: string[],
  what: string,
  unsettled: string,
): void {
  let metric = wanted;
  if (!(metric in file.base)) {
    // known only once the model has answered; the file is written, so this is no reason to fail
    process.stderr.write(
      `jbsim: --metric: no metric "${metric}"; ranking by coldHandoversPerFamily (metrics: ${Object.keys(file.base).join(', ')})\n`,
    );
    metric = 'coldHandoversPerFamily';
  }
  const o = process.stdout;
  o.write(
    `jbsim sensitivity: ${what}, ${settings.replications} replications each, seed ${settings.seed}, in ${wallSeconds.toFixed(1)} s\n\n`,
  );
  const ranked = [...file.parameters].sort((a, b) => (b.swing[metric] ?? 0) - (a.swing[metric] ?? 0));
  const rows = [['parameter', 'low', 'high', `${metric} at low`, 'at high', 'swing']];
  for (const p of ranked) {
    rows.push([
      p.path,
      String(p.low.value),
      String(p.high.value),
      formatNumber(p.low.metrics[metric]?.mean ?? NaN),
      formatNumber(p.high.metrics[metric]?.mean ?? NaN),
      formatNumber(p.swing[metric] ?? NaN),
    ]);
  }
  o.write(`base: ${formatNumber(file.base[metric]?.mean ?? NaN)}\n${table(rows)}\n\n${unsettled}${writtenLine(out, written)}`);
}

/** The baseline of a reform: --baseline, else the root of its `extends` chain. */
function baselineFile(argv: SensitivityArgs): string {
  if (argv.baseline !== undefined) return String(argv.baseline);
  const { chain } = loadScenario(String(argv.scenario));
  const root = chain.at(-1);
  if (chain.length < 2 || root === undefined) {
    throw new UserError({
      file: String(argv.scenario),
      message: 'this scenario extends no other, so its baseline is not known',
      hint: 'name it with --baseline FILE',
    });
  }
  return root;
}

/**
 * `--on-difference`: the reform and its baseline at each low and high value. The ranges are
 * around the baseline's values (the world), and around the reform's for its own parameters.
 */
async function onDifference(argv: SensitivityArgs, settings: ReturnType<typeof replicationSettings>): Promise<void> {
  const reformFile = String(argv.scenario);
  const baseFile = baselineFile(argv);
  const [baseline] = loadScenarios([baseFile], settings.overrides);
  const [reform] = loadScenarios([reformFile], settings.overrides);
  let ranges: ParameterRange[];
  if (argv.ranges !== undefined) ranges = rangesFile(String(argv.ranges), reform.scenario);
  else {
    const world = builtInRanges(baseline.scenario);
    ranges = [...world, ...builtInRanges(reform.scenario).filter((r) => !world.some((w) => w.path === r.path))];
  }
  // a value the reform sets itself is its lever: it keeps it while the baseline moves
  const lever = (path: string) => canonicalJson(valueAt(reform.scenario, path)) !== canonicalJson(valueAt(baseline.scenario, path));
  const names: string[] = [];
  const scenarios = differencePairs(ranges, (path, value, which) => {
    const file = which === 'baseline' ? baseFile : reformFile;
    const own = which === 'baseline' ? baseline : reform;
    if (path === null || (which === 'reform' && lever(path))) {
      names.push(own.scenario.name);
      return own;
    }
    names.push(`${own.scenario.name} at ${path}=${value}`);
    return withValue(file, settings.overrides, path, value);
  });
  const done = await runAndWrite(argv, settings, scenarios, names, (results, provenance) =>
    differenceSensitivityFile(baseline, reform, ranges, results, settings.seed, VERSION, provenance),
  );
  if (done !== undefined)
    printRanking(
      done.file,
      String(argv.metric),
      settings,
      done.wallSeconds,
      done.out,
      done.written,
      `effect of ${reform.scenario.name} against ${baseline.scenario.name}, ${ranges.length} parameters × 2 values + base`,
      done.unsettled,
    );
}

/**
 * Runs the scenarios, writes sensitivity.json and the report; undefined when interrupted or
 * quiet. `names` says each scenario in the lines about those not settled.
 */
async function runAndWrite(
  argv: SensitivityArgs,
  settings: ReturnType<typeof replicationSettings>,
  scenarios: LoadedScenario[],
  names: readonly string[],
  makeFile: (results: ReplicationResult[][], provenance: Record<string, unknown>) => SensitivityFile,
): Promise<{ file: SensitivityFile; wallSeconds: number; out: string; written: string[]; unsettled: string } | undefined> {
  checkRunSize(scenarios, { workers: Math.min(settings.workers, scenarios.length * settings.replications) });
  const folder = outputFolder(argv, 'sensitivity');
  const startedAt = new Date();
  const out = String(argv.out);
  const jsonFile = insideOut(out, 'sensitivity.json');
  const written = [jsonFile];
  const done = await interruptible(async (signal) => {
    const run = await runScenarioSet(scenarios, settings.seed, settings.replications, {
      workers: settings.workers,
      quiet: argv.quiet,
      signal,
    });
    const file = makeFile(run.results, setProvenance(run, settings.workers, startedAt, process.argv.slice(2)));
    writeFileAtomic(jsonFile, toJson(file));
    if (argv.report)
      written.push(
        ...(await reportStep(out, async () => (await loadReport()).writeSensitivityReport(out, file, { lang: argv.lang as Lang }))),
      );
    folder.finish(written);
    // read from the replications here: sensitivity.json keeps only their estimates
    const unsettled = argv.quiet
      ? ''
      : unsettledLines(run.results.map((rs, i) => ({ scenario: { name: names[i]! }, settled: settledOf(rs) })));
    return { file, wallSeconds: run.wallSeconds, unsettled };
  });
  if (done === undefined || argv.quiet) return undefined;
  return { ...done, out, written };
}

function rangesFile(file: string, scenario: Parameters<typeof readRanges>[2]) {
  const bytes = readFileBytes(file, file);
  if (!bytes.ok) throw new UserError(bytes.diagnostic);
  return readRanges(bytes.bytes, file, scenario);
}
