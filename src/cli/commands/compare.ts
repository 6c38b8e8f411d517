// `jbsim compare SCENARIO_OR_DIR... [--baseline NAME] [--uncertainty N]`: every scenario on the
// same random numbers, each against the baseline → summaries/NAME.json, comparison.json,
// results.csv; with --uncertainty, also a quick exploration of parameter uncertainty over N
// plausible worlds (uncertainty.json and a section in the report); with --check path=value, the
// whole comparison again with one assumption at another value (checks.json, and in the summary
// what that changes for each reform).

import type { Argv, CommandModule } from 'yargs';
import { HEADLINE_METRICS, type Comparison } from '../../experiment/index.js';
import { checkObservedAlike, executeExperiment, loadScenarios, orderBaselineFirst, ReplicationRunner } from '../../node/index.js';
import { planChecks, runChecks, writeChecksFile } from '../../node/assumptionChecks.js';
import { checkRunSize } from '../../node/size.js';
import type { ChecksFile } from '../../experiment/assumptionCheck.js';
import { analyse, prepareUncertainty, runPreparedUncertainty, type PreparedUncertainty } from '../../node/uncertainty.js';
import { writeUncertaintyFiles } from '../../node/uncertaintyFiles.js';
import { MAX_SAMPLES, type UncertaintyPlan } from '../../experiment/uncertaintyPlan.js';
import type { UncertaintyFile } from '../../experiment/uncertaintyTypes.js';
import type { LoadedScenario } from '../../experiment/summarise.js';
import { withStatements } from '../../report/uncertaintyText.js';
import { isNonEmpty } from '../../lists.js';
import { UserError } from '../../userError.js';
import { shown } from '../typedText.js';
import { VERSION } from '../../version.js';
import {
  experimentOptions,
  experimentSettings,
  formatNumber,
  isZero,
  interruptible,
  outputFolder,
  precisionLine,
  ranLine,
  reportOptions,
  table,
  unsettledLines,
  writeComparisonReport,
  writtenLine,
  type ExperimentArgs,
  type ReportArgs,
} from './run.js';

interface CompareArgs extends ExperimentArgs, ReportArgs {
  scenarios: string[];
  baseline?: string;
  uncertainty: number;
  'like-today': boolean;
  check?: string[];
}

/**
 * Replications per world when only the worlds like today's chain count: a world is judged on its
 * baseline's mean, and one replication's noise alone moves a world across a band (the bundled
 * FoodValley world, inside every band on 30 replications, passes on 10 of them alone and on 56% of
 * their pairs: docs/uncertainty.md).
 */
export const LIKE_TODAY_REPLICATIONS = 2;

/**
 * The exploration of `--uncertainty N`: N plausible worlds of one replication each on the
 * comparison's seed, its noise-only intervals the comparison's own. With `--like-today` only the
 * worlds whose baseline looks like today's chain run the reforms and count, each on
 * LIKE_TODAY_REPLICATIONS. Checked and planned before anything runs, so a bad range or a sampled
 * scenario the schema refuses stops the run at once.
 */
function planExploration(
  argv: CompareArgs,
  scenarios: readonly LoadedScenario[],
  seed: number,
  sharded: boolean,
): PreparedUncertainty | null {
  const worlds = argv.uncertainty;
  const likeToday = argv['like-today'] === true;
  if (typeof worlds !== 'number' || !Number.isSafeInteger(worlds) || worlds < 0 || worlds > MAX_SAMPLES) {
    throw new UserError({
      file: '--uncertainty',
      message: `expected a whole number of plausible worlds from 0 to ${MAX_SAMPLES}, got ${shown(worlds)}`,
    });
  }
  if (worlds === 0) {
    if (likeToday)
      throw new UserError({
        file: '--like-today',
        message: "keeps the plausible worlds of --uncertainty that look like today's chain, but no worlds are drawn",
        hint: 'give --uncertainty N as well, e.g. --uncertainty 200 --like-today (few worlds pass: draw many)',
      });
    return null;
  }
  if (sharded)
    throw new UserError({
      file: '--uncertainty',
      message: 'a sharded comparison cannot explore uncertainty as well',
      hint: 'leave --uncertainty out of the shards, or shard the analysis itself: jbsim uncertainty --shard i/n',
    });
  if (scenarios.length < 2 || !isNonEmpty(scenarios))
    throw new UserError({
      file: '--uncertainty',
      message: 'exploring uncertainty compares reforms with a baseline: give at least two scenarios',
    });
  const prepared = prepareUncertainty(scenarios, {
    seed,
    samples: worlds,
    replications: likeToday ? LIKE_TODAY_REPLICATIONS : 1,
    baseReplications: 0,
    shard: null,
    likeToday,
  });
  if (prepared.plan.parameters.length === 0)
    throw new UserError({
      file: '--uncertainty',
      message: 'no parameter has a plausible range here, so nothing varies',
      hint: "give ranges in the baseline's uncertainty: section (see docs/parameters.md)",
    });
  return prepared;
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
          })
          .option('uncertainty', {
            type: 'number',
            default: 0,
            describe:
              'also explore parameter uncertainty over N plausible worlds (1 replication each; their pilots are kept in the cache) → uncertainty.json and a section in the report; 0: none. For drivers and what to measure first take more worlds than parameters, or jbsim uncertainty',
          })
          .option('like-today', {
            type: 'boolean',
            default: false,
            describe: `with --uncertainty: only the worlds whose baseline looks like today's chain (inside every calibration band) run the reforms and count, ${LIKE_TODAY_REPLICATIONS} replications each. Few worlds pass (FoodValley: 4 to 7 in 100), so draw many`,
          })
          .option('check', {
            type: 'string',
            array: true,
            // one value each time, so that scenario files after it stay scenarios
            nargs: 1,
            describe:
              'also run the whole comparison with one assumption at another value, in every scenario (path=value, as for --set; may be given more than once) → checks.json, and the summary says what changes for each reform',
          }),
      ),
    )
      .example('jbsim compare scenarios/foodvalley', 'every bundled FoodValley scenario against the baseline')
      .example('jbsim compare base.yaml duos.yaml --baseline base --replications 60', 'two files, 60 replications each')
      .example('jbsim compare scenarios/foodvalley --uncertainty 8', 'and how robust each effect is over 8 plausible worlds')
      .example(
        'jbsim compare scenarios/foodvalley --uncertainty 200 --like-today',
        "over the plausible worlds of 200 that look like today's chain",
      )
      .example(
        'jbsim compare scenarios/foodvalley --check gi.extensionContactElasticity=0.14',
        'and which conclusions change when rarer contact lengthens measures less',
      )
      .example(
        'jbsim compare scenarios/foodvalley --shard 2/4 --out shards/',
        'the second of four shards; then `jbsim merge shards/`',
      ) as unknown as Argv<CompareArgs>,
  handler: async (argv) => {
    const settings = experimentSettings(argv);
    const folder = outputFolder(argv, 'compare', { shard: settings.shard !== null });
    const scenarios = orderBaselineFirst(loadScenarios(argv.scenarios.map(String), settings.overrides), argv.baseline);
    checkObservedAlike(scenarios);
    checkRunSize(scenarios, { workers: Math.min(settings.workers, scenarios.length * settings.replications) });
    const exploration = planExploration(argv, scenarios, settings.seed, settings.shard !== null);
    const checkTexts = (argv.check ?? []).map(String);
    if (checkTexts.length > 0 && settings.shard !== null)
      throw new UserError({
        file: '--check',
        message: 'a check runs the whole comparison again, which a shard cannot',
        hint: 'leave out --shard, or --check',
      });
    // loaded now, so a bad path or value stops the command before any long work
    const checks = planChecks(checkTexts, argv.scenarios.map(String), settings.overrides, scenarios);
    // a checked value can make a run larger (a population, a rate): sized before any run as well
    for (const c of checks) checkedRunSize(c.setting.text, c.scenarios, settings.workers, settings.replications);
    const baseline = scenarios[0].scenario.name;
    const out = String(argv.out);
    let report: string[] = [];
    let explored: string[] = [];
    let checked: string[] = [];
    let explorationKept = 0;
    const executed = await interruptible(async (signal) => {
      // with checks or an exploration to follow, one set of workers runs them all: what follows finds them warm
      const runner = exploration !== null || checks.length > 0 ? new ReplicationRunner({ workers: settings.workers, signal }) : undefined;
      let done: Awaited<ReturnType<typeof executeExperiment>>;
      let uncertainty: UncertaintyFile | undefined;
      let checksFile: ChecksFile | undefined;
      try {
        done = await executeExperiment(
          {
            command: 'compare',
            scenarios,
            baseline,
            seed: settings.seed,
            replications: settings.replications,
            precision: settings.precision,
            shard: settings.shard,
          },
          {
            out,
            version: VERSION,
            workers: settings.workers,
            quiet: argv.quiet,
            argv: process.argv.slice(2),
            signal,
            ...(runner ? { runner } : {}),
          },
        );
        if (done.kind === 'final' && runner !== undefined && checks.length > 0) {
          // on the replications the comparison ended with (a precision target may have added some)
          checksFile = await runChecks(checks, scenarios, settings.seed, done.run.replications, runner, argv.quiet);
          checked = [writeChecksFile(out, checksFile)];
        }
        if (done.kind === 'final' && exploration !== null) {
          // the pilots of this small, fixed design are kept in the cache (the runner's default): the next run of the same comparison finds them
          const run = await runPreparedUncertainty(exploration, {
            workers: settings.workers,
            quiet: argv.quiet,
            signal,
            argv: process.argv.slice(2),
            runner,
          });
          uncertainty = withStatements(analyse(exploration.plan, run.values, VERSION));
          explorationKept = uncertainty.analysedWorlds;
          explored = writeUncertaintyFiles(out, uncertainty, run.provenance);
        }
      } finally {
        await runner?.close();
      }
      if (done.kind === 'final' && argv.report)
        report = await writeComparisonReport(out, done.output, scenarios, argv.lang, uncertainty, checksFile);
      folder.finish(done.kind === 'shard' ? [done.file] : [...done.output.files, ...checked, ...explored, ...report]);
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
    o.write(unsettledLines(executed.output.summaries));
    if (exploration !== null) o.write(explorationLine(exploration.plan, explorationKept));
    for (const c of checks) o.write(`checked every scenario again with ${c.setting.text} (checks.json)\n`);
    o.write(writtenLine(out, [...executed.output.files, ...checked, ...explored, ...report]));
  },
};

/** What the exploration covered, for the command's summary. */
export function explorationLine(plan: UncertaintyPlan, kept: number): string {
  const worlds = plan.likeToday
    ? `${kept} of ${plan.samples} plausible worlds drawn (those that look like today's chain)`
    : `${plan.samples} plausible worlds`;
  const hint =
    plan.likeToday && kept === 0
      ? 'none passed, so nothing was compared: draw more worlds'
      : 'too few worlds to tell which assumption drives an effect unless they outnumber the parameters + 4';
  return `explored uncertainty over ${worlds} × ${plan.scenarios.length} scenarios, ${plan.parameters.length} parameters varied (${hint})\n`;
}

/** Differences from the baseline on the headline metrics; * marks an interval that excludes zero. */
export function comparisonTable(cmp: Comparison): string {
  const scenarios = Object.entries(cmp.scenarios);
  if (scenarios.length === 0) return `only the baseline (${cmp.baseline}): nothing to compare`;
  const rows: string[][] = [[`difference from ${cmp.baseline}`, ...scenarios.map(([name]) => name)]];
  for (const metric of HEADLINE_METRICS) {
    const cells = scenarios.map(([, differences]) => {
      const d = differences[metric];
      if (d === undefined || !Number.isFinite(d.difference)) return '–';
      const text = formatNumber(d.difference);
      // a sign only where the printed digits show a difference
      const sign = d.difference > 0 && !isZero(text) ? '+' : '';
      return `${sign}${text}${d.significant ? '*' : ' '}`;
    });
    if (cells.every((c) => c === '–')) continue;
    rows.push([metric, ...cells]);
  }
  return `${table(rows)}\n* the 95% interval of the difference excludes zero`;
}

/** `checkRunSize` of a check's scenarios, its refusal blamed on the --check that made the run too large. */
function checkedRunSize(text: string, scenarios: readonly LoadedScenario[], workers: number, replications: number): void {
  try {
    checkRunSize(scenarios, { workers: Math.min(workers, scenarios.length * replications) });
  } catch (err) {
    if (!(err instanceof UserError)) throw err;
    throw new UserError(err.diagnostics.map(({ path: _path, ...d }) => ({ ...d, file: '--check', message: `with ${text}: ${d.message}` })));
  }
}
