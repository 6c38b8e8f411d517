// `jbsim run SCENARIO`: replications of one scenario → summary.json and results.csv in --out.
// Also home of what run, compare, sweep and sensitivity share: the replication options, their
// checks, Ctrl-C handling and the plain-text result table.

import { extname, relative, resolve, sep } from 'node:path';
import type { Argv, CommandModule } from 'yargs';
import {
  DEFAULT_MAX_REPLICATIONS,
  DEFAULT_REPLICATIONS,
  DEFAULT_SEED,
  HEADLINE_METRICS,
  InterruptedError,
  parseShard,
  type PrecisionReport,
  type PrecisionTarget,
  type Shard,
} from '../../experiment/index.js';
import { defaultWorkers, executeExperiment, loadScenarios, type Executed } from '../../node/index.js';
import { checkRunSize } from '../../node/size.js';
import { prepareOutputFolder, checkOutputFile, type OutputFolder } from '../../node/outputFolder.js';
import { scenarioDifferences } from '../../experiment/diff.js';
import { metricAt, scenarioStatistics, type LoadedScenario } from '../../experiment/summarise.js';
import { settledCheck } from '../../experiment/settled.js';
import type { HeadlineMetrics, MetricGroup, SettledReport } from '../../experiment/types.js';
import type { ReplicationResult } from '../../model/results.js';
import type { UncertaintyFile } from '../../experiment/uncertaintyTypes.js';
import type { ChecksFile } from '../../experiment/assumptionCheck.js';
import type { FinalOutput } from '../../experiment/write.js';
import { writeFileAtomic } from '../../atomicFile.js';
import { traceReplication } from '../../model/index.js';
import type { OverrideInput } from '../../scenario/overrides.js';
import type { Lang } from '../../report/index.js';
import { UserError } from '../../userError.js';
import { shown } from '../typedText.js';
import { VERSION } from '../../version.js';

export interface ReplicationArgs extends OutArgs {
  replications: number;
  years?: number;
  seed: number;
  set?: string[];
  quiet: boolean;
  workers?: number;
}

export interface OutArgs {
  out: string;
  force?: boolean;
}

export interface ExperimentArgs extends ReplicationArgs {
  precision?: string;
  'max-replications': number;
  shard?: string;
}

/** Options every command that runs replications has. */
export function replicationOptions<T>(y: Argv<T>) {
  return y
    .option('replications', {
      alias: 'r',
      type: 'number',
      default: DEFAULT_REPLICATIONS,
      describe: 'independent replications per scenario',
    })
    .option('years', { type: 'number', describe: 'observed years after the warm-up (sets simulation.years)' })
    .option('seed', { type: 'number', default: DEFAULT_SEED, describe: 'master seed; replication r of every scenario uses (seed, r)' })
    .option('set', {
      type: 'string',
      array: true,
      nargs: 1,
      describe: 'change a parameter in every scenario, e.g. --set guardians.adminShare=0.3 (repeatable)',
    })
    .option('out', { alias: 'o', type: 'string', default: 'reports', describe: 'folder for the results' })
    .option('force', { type: 'boolean', default: false, describe: 'write into --out even if it holds files jbsim did not write' })
    .option('workers', {
      alias: 'w',
      type: 'number',
      describe: `worker threads (default: one per core, here ${defaultWorkers()}; 0 runs in the main thread)`,
    })
    .option('quiet', { alias: 'q', type: 'boolean', default: false, describe: 'no progress bar and no result table' });
}

/** For commands that also write the report (pages, summary.md, charts). */
export function reportOptions<T>(y: Argv<T>) {
  return y
    .option('report', {
      type: 'boolean',
      default: true,
      describe: 'also write the report (index.html, summary.md, charts/); --no-report skips it',
    })
    .option('lang', { type: 'string', choices: ['nl', 'en'], default: 'nl', describe: 'language of the report' });
}

export interface ReportArgs {
  report: boolean;
  lang: string;
}

/** The comparison report from finished outputs; the results are already written when it runs. */
export async function writeComparisonReport(
  out: string,
  output: FinalOutput,
  scenarios: readonly LoadedScenario[],
  lang: string,
  uncertainty?: UncertaintyFile,
  checks?: ChecksFile,
): Promise<string[]> {
  if (output.comparison === null) return [];
  const comparison = output.comparison;
  return reportStep(out, async () => {
    const { writeReport } = await loadReport();
    const scenarioValues = Object.fromEntries(scenarios.map((l) => [l.scenario.name, l.scenario]));
    return writeReport(
      out,
      {
        summaries: [...output.summaries],
        comparison,
        scenarioDiffs: scenarioDifferences(scenarios, comparison.baseline),
        scenarioValues,
        ...(uncertainty ? { uncertainty } : {}),
        ...(checks ? { checks: checks.checks } : {}),
      },
      { lang: lang as Lang },
    );
  });
}

/** The report layer loads charting libraries: only when a report is written, not on every start. */
export function loadReport(): Promise<typeof import('../../report/index.js')> {
  return import('../../report/index.js');
}

/** A report failure is reported as such: the results it would show are already safe on disk. */
export async function reportStep(out: string, write: () => Promise<string[]>): Promise<string[]> {
  try {
    return await write();
  } catch (err) {
    throw new Error(`the results are in ${out}, but the report could not be written: ${err instanceof Error ? err.message : String(err)}`);
  }
}

export function experimentOptions<T>(y: Argv<T>) {
  return replicationOptions(y)
    .option('precision', {
      type: 'string',
      describe: 'add replications until every headline 95% interval is within ± this share of its mean, e.g. 5%',
    })
    .option('max-replications', {
      type: 'number',
      default: DEFAULT_MAX_REPLICATIONS,
      describe: 'the most replications --precision may run',
    })
    .option('shard', {
      type: 'string',
      default: process.env.JBSIM_SHARD,
      defaultDescription: '$JBSIM_SHARD',
      describe:
        'run shard i of n (i/n: replications r with r mod n = i−1) and write shard-i-of-n.json for `jbsim merge`; `auto` reads JBSIM_SHARD, JOB_COMPLETION_INDEX + JBSIM_SHARD_COUNT or SLURM_ARRAY_TASK_ID/COUNT',
    });
}

const whole = (name: string, v: unknown, min: number, hint?: string): number => {
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < min) {
    throw new UserError({ file: `--${name}`, message: `expected a whole number ≥ ${min}, got ${shown(v)}`, ...(hint ? { hint } : {}) });
  }
  return v;
};

/**
 * The --out folder, checked before any work (a file, no permission, someone else's files: exit
 * 2 with the path). Shards of one run are written one by one into one folder: they accumulate.
 */
export function outputFolder(argv: OutArgs, command: string, options: { shard?: boolean } = {}): OutputFolder {
  return prepareOutputFolder(String(argv.out), options.shard ? `${command} --shard` : command, {
    force: argv.force === true,
    accumulate: options.shard === true,
  });
}

export interface ReplicationSettings {
  seed: number;
  replications: number;
  workers: number;
  /** `--set`, and `--years` as the override it stands for (a mistake in its value names --years). */
  overrides: OverrideInput[];
}

export function replicationSettings(argv: ReplicationArgs): ReplicationSettings {
  // One replication is allowed (a quick look, a timing run); its intervals are left empty.
  const replications = whole('replications', argv.replications, 1);
  const seed = argv.seed;
  if (typeof seed !== 'number' || !Number.isSafeInteger(seed))
    throw new UserError({ file: '--seed', message: `expected a whole number, got ${shown(seed)}` });
  const workers = argv.workers === undefined ? defaultWorkers() : whole('workers', argv.workers, 0);
  if (workers > defaultWorkers() && !argv.quiet) {
    process.stderr.write(
      `jbsim: --workers ${workers} is more than the ${defaultWorkers()} cores here: the threads take turns on the cores, which costs start-up time and memory and gains no speed (and no more threads than replications are started)\n`,
    );
  }
  const overrides: OverrideInput[] = (argv.set ?? []).map(String);
  if (argv.years !== undefined) {
    if (!(typeof argv.years === 'number' && argv.years > 0 && Number.isFinite(argv.years))) {
      throw new UserError({ file: '--years', message: `expected a number of years above 0, got ${shown(argv.years)}` });
    }
    overrides.push({ text: `simulation.years=${argv.years}`, option: '--years' });
  }
  return { seed, replications, workers, overrides };
}

/** A share strictly between 0 and 1 given as `5%` or `0.05` to `--name`; bad input names the option. */
export function shareOption(name: string, raw: unknown, what: string, hint: string): number {
  const text = String(raw).trim();
  const m = /^(\d+(?:\.\d+)?|\.\d+)\s*(%?)$/.exec(text);
  const value = m ? Number(m[1]) / (m[2] === '%' ? 100 : 1) : NaN;
  if (!(value > 0 && value < 1)) throw new UserError({ file: `--${name}`, message: `"${text}" is not ${what}`, hint });
  return value;
}

export function experimentSettings(argv: ExperimentArgs): ReplicationSettings & { precision: PrecisionTarget | null; shard: Shard | null } {
  const base = replicationSettings(argv);
  const shard = argv.shard === undefined || argv.shard === '' ? null : parseShard(String(argv.shard), process.env);
  let precision: PrecisionTarget | null = null;
  // read the same with or without --precision: a mistyped cap is a mistake even where it is not used
  whole('max-replications', argv['max-replications'], 1);
  if (argv.precision !== undefined) {
    const value = shareOption('precision', argv.precision, 'a precision', 'a share of the mean, e.g. --precision 5% or --precision 0.05');
    const max = whole('max-replications', argv['max-replications'], base.replications, 'at least --replications');
    if (shard !== null) {
      throw new UserError({
        file: '--precision',
        message: 'cannot be combined with --shard: each shard would stop at its own count',
        hint: 'find the count with --precision on one machine, then shard with --replications N',
      });
    }
    precision = { relativeHalfWidth: value, maxReplications: max };
  }
  return { ...base, precision, shard };
}

/**
 * Runs `work` with Ctrl-C wired to an abort signal: the first Ctrl-C stops the workers (the
 * run writes nothing) and the command exits with 130; once the replications are done, the
 * files are finished first. A second Ctrl-C exits at once.
 */
export async function interruptible<T>(work: (signal: AbortSignal) => Promise<T>): Promise<T | undefined> {
  const controller = new AbortController();
  let presses = 0;
  const onSigint = () => {
    presses++;
    if (presses > 1) process.exit(130);
    controller.abort();
  };
  process.on('SIGINT', onSigint);
  try {
    const result = await work(controller.signal);
    if (controller.signal.aborted) {
      // Ctrl-C came after the replications: the writing was allowed to finish
      process.stderr.write('\njbsim: interrupted after the results were written (they are complete)\n');
      process.exitCode = 130;
    }
    return result;
  } catch (err) {
    if (err instanceof InterruptedError) {
      process.stderr.write('\njbsim: interrupted: the workers were stopped and no results were written\n');
      process.exitCode = 130;
      return undefined;
    }
    throw err;
  } finally {
    process.off('SIGINT', onSigint);
  }
}

// ---- what is printed ------------------------------------------------------------------------

export function formatNumber(x: number): string {
  if (!Number.isFinite(x)) return '–';
  const a = Math.abs(x);
  const text = a >= 100 ? x.toFixed(0) : a >= 10 ? x.toFixed(1) : x.toFixed(2);
  // a value that rounds to zero prints without a sign: −0.00 reads as a difference where there is none
  return isZero(text) ? text.replace('-', '') : text;
}

/** Whether a number as printed is zero (no digit but 0). */
export function isZero(text: string): boolean {
  return !/[1-9]/.test(text);
}

export function metricTable(metrics: HeadlineMetrics | MetricGroup, names: readonly string[]): string {
  const rows: string[][] = [['metric', 'mean', '95% interval', 'p90']];
  for (const name of names) {
    const m = metricAt(metrics, name);
    if (m === undefined || !Number.isFinite(m.mean)) continue;
    rows.push([name, formatNumber(m.mean), `${formatNumber(m.ci95[0])} … ${formatNumber(m.ci95[1])}`, formatNumber(m.p90)]);
  }
  return table(rows);
}

export function table(rows: string[][]): string {
  const widths = columnWidths(rows);
  return rows.map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ')).join('\n');
}

/** The widest cell of each column: a width for every column any row has (so `widths[c]!` holds for a cell of c). */
export function columnWidths(rows: readonly (readonly string[])[]): number[] {
  const widths: number[] = [];
  for (const row of rows) for (const [c, cell] of row.entries()) widths[c] = Math.max(widths[c] ?? 0, cell.length);
  return widths;
}

export function precisionLine(p: PrecisionReport | null): string {
  if (p === null) return '';
  const target = `±${(p.targetRelativeHalfWidth * 100).toPrecision(2)}%`;
  if (p.met) return `precision ${target}: reached with ${p.replications} replications\n`;
  const list = p.unmet
    .slice(0, 5)
    .map((u) => `${u.scenario} ${u.metric} ±${formatNumber(u.halfWidth)} (allowed ±${formatNumber(u.allowedHalfWidth)})`)
    .join(', ');
  return `precision ${target}: NOT reached at the cap of ${p.maxReplications} replications; still too wide: ${list}${p.unmet.length > 5 ? `, and ${p.unmet.length - 5} more` : ''}\n`;
}

/**
 * One line per scenario that is not settled (summary.json's `settled`, in its words): the table
 * above shows its averages as if they were, and they are not. A name said before is not said
 * again (a sensitivity's reform that keeps its own value runs as itself at every value).
 */
export function unsettledLines(
  summaries: readonly { scenario: { name: string }; settled: Pick<SettledReport, 'settled' | 'reasons'> }[],
): string {
  const said = new Set<string>();
  let lines = '';
  for (const s of summaries) {
    if (s.settled.settled || said.has(s.scenario.name)) continue;
    said.add(s.scenario.name);
    lines += `not settled: ${s.scenario.name}: ${s.settled.reasons.join('; ')}; its averages depend on how long the run is\n`;
  }
  return lines;
}

/** summary.json's `settled` of replications no summary is written for (a sweep's points, a sensitivity's values). */
export function settledOf(results: readonly ReplicationResult[]): SettledReport {
  return settledCheck(results, scenarioStatistics(results).metrics);
}

export function ranLine(what: string, executed: Executed, scenarios: number): string {
  const workers = executed.workers;
  const r = executed.run;
  const reps = r.replicationNumbers.length;
  const shard = r.spec.shard ? ` (shard ${r.spec.shard.index}/${r.spec.shard.count} of ${r.replications})` : '';
  return `${what}: ${scenarios} scenario${scenarios === 1 ? '' : 's'} × ${reps} replications${shard}, seed ${r.spec.seed}, in ${r.wallSeconds.toFixed(1)} s on ${workers === 0 ? 'the main thread' : `${workers} worker${workers === 1 ? '' : 's'}`}\n`;
}

// ---- the command ---------------------------------------------------------------------------

interface RunArgs extends ExperimentArgs {
  scenario: string;
  'event-log'?: string;
}

type EventLogFormat = 'csv' | 'xes' | 'ocel';

/** `--event-log FILE`: the format follows the extension, checked before anything runs. */
function eventLogFormat(file: string): EventLogFormat {
  const name = file.toLowerCase();
  if (name.endsWith('.jsonocel') || name.endsWith('.ocel.json')) return 'ocel';
  const ext = extname(name);
  if (ext === '.csv' || ext === '.xes') return ext.slice(1) as 'csv' | 'xes';
  throw new UserError({
    file: '--event-log',
    message: `"${file}" ends in none of .csv, .xes, .jsonocel or .ocel.json`,
    hint: 'name the file events.csv (a table), events.xes (IEEE 1849, one trace per family: ProM, PM4Py, Disco) or events.jsonocel (OCEL 2.0: events linked to families, children, cases and professionals)',
  });
}

/**
 * Writes every family's events of replication 0 (the run's first sample path: tracing draws no
 * random numbers of its own, so it is the same path the run measured).
 */
async function writeEventLog(file: string, format: EventLogFormat, scenario: LoadedScenario['scenario'], seed: number): Promise<void> {
  const trace = traceReplication(scenario, { seed, replication: 0 });
  const { eventLogCsv, eventLogXes, eventLogOcelJson } = await loadReport();
  const text =
    format === 'csv'
      ? eventLogCsv(trace.events)
      : format === 'xes'
        ? eventLogXes(trace.events, `jbsim ${scenario.name}, seed ${seed}, replication 0`)
        : eventLogOcelJson(trace);
  writeFileAtomic(file, text);
}

export const runCommand: CommandModule<object, RunArgs> = {
  command: 'run <scenario>',
  describe: 'Run one scenario: replications → summary.json and results.csv',
  builder: (y) =>
    experimentOptions(y.positional('scenario', { type: 'string', demandOption: true, describe: 'a scenario file (.yaml, .yml, .json)' }))
      .example('jbsim run scenarios/foodvalley/baseline.yaml', '30 replications into reports/')
      .option('event-log', {
        type: 'string',
        describe:
          'also write the events of replication 0 to FILE: .csv, .xes (a trace per family) or .jsonocel / .ocel.json (OCEL 2.0: events linked to families, children, cases and professionals)',
      })
      .example('jbsim run my.yaml --event-log out/events.xes', 'and an event log for process mining') as unknown as Argv<RunArgs>,
  handler: async (argv) => {
    const settings = experimentSettings(argv);
    const eventLog =
      argv['event-log'] === undefined ? null : { file: String(argv['event-log']), format: eventLogFormat(String(argv['event-log'])) };
    const folder = outputFolder(argv, 'run', { shard: settings.shard !== null });
    if (eventLog !== null) checkOutputFile(eventLog.file, '--event-log');
    const scenarios = loadScenarios([String(argv.scenario)], settings.overrides);
    if (scenarios.length !== 1)
      throw new UserError({
        file: String(argv.scenario),
        message: 'run takes one scenario file',
        hint: 'to run several, use `jbsim compare`',
      });
    checkRunSize(scenarios, { workers: Math.min(settings.workers, settings.replications), traced: eventLog !== null });
    const executed = await interruptible(async (signal) => {
      const done = await executeExperiment(
        {
          command: 'run',
          scenarios,
          baseline: null,
          seed: settings.seed,
          replications: settings.replications,
          precision: settings.precision,
          shard: settings.shard,
        },
        { out: String(argv.out), version: VERSION, workers: settings.workers, quiet: argv.quiet, argv: process.argv.slice(2), signal },
      );
      if (done.kind === 'shard') {
        folder.finish([done.file]);
        return done;
      }
      if (eventLog !== null) await writeEventLog(eventLog.file, eventLog.format, scenarios[0].scenario, settings.seed);
      folder.finish([...done.output.files, ...(eventLog !== null ? [eventLog.file] : [])]);
      return done;
    });
    if (executed === undefined) return;
    const out = process.stdout;
    if (executed.kind === 'shard') {
      if (!argv.quiet) out.write(`${ranLine('jbsim run', executed, 1)}wrote ${executed.file}\n`);
      return;
    }
    if (argv.quiet) return;
    const summary = executed.output.summaries[0];
    out.write(ranLine('jbsim run', executed, 1));
    out.write(precisionLine(executed.run.precision));
    out.write(`\n${summary.scenario.name}\n${metricTable(summary.metrics, HEADLINE_METRICS)}\n\n`);
    out.write(unsettledLines([summary]));
    out.write(writtenLine(String(argv.out), executed.output.files));
    if (eventLog !== null) out.write(`wrote ${eventLog.file}\n`);
  },
};

/** "wrote reports/: comparison.json, results.csv, summaries/ (10 files), …" */
export function writtenLine(out: string, files: readonly string[]): string {
  const root = resolve(out);
  const groups = new Map<string, number>();
  for (const f of files) {
    const [top = '', ...below] = relative(root, resolve(f)).split(sep);
    const key = below.length > 0 ? `${top}/` : top;
    groups.set(key, (groups.get(key) ?? 0) + 1);
  }
  const list = [...groups].map(([k, n]) => (k.endsWith('/') ? `${k} (${n} file${n === 1 ? '' : 's'})` : k));
  return `wrote ${out}${out.endsWith('/') ? '' : '/'}: ${list.join(', ')}\n`;
}
