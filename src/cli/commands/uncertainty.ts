// `jbsim uncertainty SCENARIO_OR_FOLDER... [--samples 200] [--replications 5]`: a probabilistic
// sensitivity analysis. Latin hypercube samples over the plausible ranges; per sample the
// baseline and every reform on the same random numbers → uncertainty.json, uncertainty.csv,
// and the report (uncertainty.html, uncertainty.md, charts/). Shards merge with `jbsim merge`.

import type { Argv, CommandModule } from 'yargs';
import { DEFAULT_REPLICATIONS, parseShard } from '../../experiment/index.js';
import { checkObservedAlike, loadScenarios, orderBaselineFirst } from '../../node/scenarios.js';
import { checkRunSize } from '../../node/size.js';
import {
  analyse,
  DEFAULT_SAMPLE_REPLICATIONS,
  DEFAULT_SAMPLES,
  prepareUncertainty,
  runPreparedUncertainty,
  writeShardOf,
} from '../../node/uncertainty.js';
import { writeUncertaintyFiles } from '../../node/uncertaintyFiles.js';
import { MAX_SAMPLES } from '../../experiment/uncertaintyPlan.js';
import { mostMissedBands, type UncertaintyFile } from '../../experiment/uncertaintyTypes.js';
import type { Lang } from '../../report/index.js';
import { withStatements } from '../../report/uncertaintyText.js';
import { UserError } from '../../userError.js';
import { shown } from '../typedText.js';
import { VERSION } from '../../version.js';
import {
  formatNumber,
  interruptible,
  loadReport,
  replicationOptions,
  replicationSettings,
  reportOptions,
  reportStep,
  table,
  writtenLine,
  type ReplicationArgs,
  type ReportArgs,
} from './run.js';

interface UncertaintyArgs extends ReplicationArgs, ReportArgs {
  scenarios: string[];
  baseline?: string;
  samples: number;
  'base-replications': number;
  shard?: string;
  'like-today': boolean;
}

const whole = (name: string, v: unknown, min: number, max = Number.MAX_SAFE_INTEGER): number => {
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < min || v > max) {
    throw new UserError({
      file: `--${name}`,
      message: `expected a whole number from ${min}${max < Number.MAX_SAFE_INTEGER ? ` to ${max}` : ' up'}, got ${shown(v)}`,
    });
  }
  return v;
};

export const uncertaintyCommand: CommandModule<object, UncertaintyArgs> = {
  command: 'uncertainty <scenarios..>',
  describe:
    'How sure is "reform X is better"? Vary every uncertain parameter over its plausible range (Latin hypercube) → uncertainty.json, charts',
  builder: (y) =>
    reportOptions(
      replicationOptions(
        y
          .positional('scenarios', {
            type: 'string',
            array: true,
            demandOption: true,
            describe: 'scenario files, or folders of them: the baseline and the reforms',
          })
          .option('baseline', {
            alias: 'b',
            type: 'string',
            describe: 'the scenario the others are compared with (default: the one named "baseline", else the first)',
          }),
      )
        .option('samples', {
          alias: 'n',
          type: 'number',
          default: DEFAULT_SAMPLES,
          describe: 'plausible worlds (Latin hypercube samples); PRCC needs more samples than parameters, Sobol indices at least 50',
        })
        .option('replications', { type: 'number', default: DEFAULT_SAMPLE_REPLICATIONS, describe: 'replications per sample and scenario' })
        .option('base-replications', {
          type: 'number',
          default: DEFAULT_REPLICATIONS,
          describe:
            "replications at the scenarios' own values, for the noise-only interval (the same numbers as `jbsim compare`); 0 skips them",
        })
        .option('like-today', {
          type: 'boolean',
          default: false,
          describe:
            "analyse only the worlds whose baseline looks like today's chain (inside every calibration band); the reforms run only in those. Few worlds pass: draw many (docs/uncertainty.md)",
        })
        .option('shard', {
          type: 'string',
          default: process.env.JBSIM_SHARD,
          defaultDescription: '$JBSIM_SHARD',
          describe:
            'run shard i of n (samples k with k mod n = i−1) and write shard-i-of-n.json for `jbsim merge`; `auto` reads the environment as for compare',
        }),
    )
      .example('jbsim uncertainty scenarios/foodvalley', '200 worlds × 5 replications of every bundled scenario')
      .example('jbsim uncertainty scenarios/foodvalley --samples 20 --replications 2', 'a quick look (drivers by rank correlation)')
      .example(
        'jbsim uncertainty scenarios/foodvalley --like-today --samples 4000 --replications 2',
        "only the worlds that look like today's chain",
      )
      .example(
        'jbsim uncertainty scenarios/foodvalley --shard 2/4 --out shards/',
        'the second of four shards; then `jbsim merge shards/`',
      ) as unknown as Argv<UncertaintyArgs>,
  handler: async (argv) => {
    const settings = replicationSettings(argv);
    const samples = whole('samples', argv.samples, 1, MAX_SAMPLES);
    const baseReplications = whole('base-replications', argv['base-replications'], 0, 10_000);
    const shard = argv.shard === undefined || argv.shard === '' ? null : parseShard(String(argv.shard));
    const scenarios = orderBaselineFirst(loadScenarios(argv.scenarios.map(String), settings.overrides), argv.baseline);
    checkObservedAlike(scenarios);
    if (scenarios.length < 2)
      throw new UserError({
        file: argv.scenarios.join(', '),
        message: 'an uncertainty analysis compares reforms with a baseline: give at least two scenarios',
        hint: 'e.g. jbsim uncertainty scenarios/foodvalley',
      });
    checkRunSize(scenarios, { workers: Math.min(settings.workers, scenarios.length * settings.replications * samples) });
    const prepared = prepareUncertainty(scenarios, {
      seed: settings.seed,
      samples,
      replications: settings.replications,
      baseReplications,
      shard,
      likeToday: argv['like-today'],
    });
    if (prepared.plan.parameters.length === 0)
      throw new UserError({
        file: argv.scenarios.join(', '),
        message: 'no parameter has a plausible range here, so nothing varies',
        hint: "give ranges in the baseline's uncertainty: section (see docs/parameters.md)",
      });
    const out = String(argv.out);
    const done = await interruptible(async (signal) => {
      const run = await runPreparedUncertainty(prepared, {
        workers: settings.workers,
        quiet: argv.quiet,
        signal,
        argv: process.argv.slice(2),
      });
      if (shard !== null) return { run, shardFile: writeShardOf(out, prepared, run, VERSION) };
      const written = await finishUncertainty(out, analyse(prepared.plan, run.values, VERSION), run.provenance, argv);
      return { run, ...written };
    });
    if (done === undefined || argv.quiet) return;
    const o = process.stdout;
    const p = prepared.plan;
    o.write(
      `jbsim uncertainty: ${p.samples} ${p.likeToday ? "worlds drawn (only those like today's chain run the reforms)" : 'samples'} × ${p.scenarios.length} scenarios × ${p.replications} replications${p.baseReplications > 0 ? ` + ${p.baseReplications} at the scenarios' own values` : ''}, ${p.parameters.length} parameters varied, seed ${p.seed}, in ${done.run.wallSeconds.toFixed(1)} s on ${done.run.workers === 0 ? 'the main thread' : `${done.run.workers} worker${done.run.workers === 1 ? '' : 's'}`}\n`,
    );
    if ('shardFile' in done) {
      o.write(`wrote ${done.shardFile}\n`);
      return;
    }
    o.write(`\n${summaryTable(done.file, argv.lang as Lang)}\n\n${writtenLine(out, done.files)}`);
  },
};

/** Adds the statements, writes the files and (unless --no-report) the report; shared with `jbsim merge`. */
export async function finishUncertainty(
  out: string,
  analysed: UncertaintyFile,
  provenance: Record<string, unknown>,
  argv: ReportArgs,
): Promise<{ file: UncertaintyFile; files: string[] }> {
  const file = withStatements(analysed);
  const files = writeUncertaintyFiles(out, file, provenance);
  if (argv.report)
    files.push(...(await reportStep(out, async () => (await loadReport()).writeUncertaintyReport(out, file, { lang: argv.lang as Lang }))));
  return { file, files };
}

/** Per reform its statement, then per headline metric the probability of improvement and the median effect. */
export function summaryTable(file: UncertaintyFile, lang: Lang): string {
  const scenarios = Object.entries(file.scenarios);
  const rows: string[][] = [['P(improves) · median effect', ...scenarios.map(([name]) => name)]];
  for (const metric of file.metrics) {
    const cells = scenarios.map(([, { metrics }]) => {
      const u = metrics[metric];
      if (!u || !Number.isFinite(u.probabilityOfImprovement)) return '–';
      return `${Math.round(u.probabilityOfImprovement * 100)}% · ${u.effect.median > 0 ? '+' : ''}${formatNumber(u.effect.median)}`;
    });
    rows.push([metric, ...cells]);
  }
  // a reform with no world to say anything from (--like-today kept none) has no statement: no empty line for it
  const statements = scenarios
    .map(([, { statement }]) => statement?.[lang] ?? '')
    .filter((s) => s !== '')
    .map((s) => `- ${s}`)
    .join('\n');
  // a ranking whose estimates exceed the value of knowing everything says nothing; an EVPPI needs
  // three worlds at least: with fewer it is unknown, and the order of the parameters means nothing
  const first = (file.choice.weighted?.evppiWithinEvpi ? file.choice.weighted.measureFirst : [])
    .filter((v) => Number.isFinite(v.evppi))
    .slice(0, 3)
    .map((v) => v.path)
    .join(', ');
  return `${statements === '' ? '' : `${statements}\n\n`}${table(rows)}${first ? `\n\nmeasure first (EVPPI, weighted): ${first}` : ''}${worldsLine(file)}`;
}

/** How many worlds' baselines land inside every calibration band, and the bands fewest do. */
function worldsLine(file: UncertaintyFile): string {
  const w = file.worlds;
  if (w === null || w.targets.length === 0) return '';
  const fewest = mostMissedBands(w, 3)
    .map((t) => `${t.name} ${t.inside}/${t.judged}`)
    .join(', ');
  const kept = !file.likeToday
    ? ''
    : w.consistent.length === 0
      ? '; only these are analysed (--like-today), so nothing was compared: draw more worlds (--samples)'
      : '; only these are analysed (--like-today)';
  const shifted = w.shifted
    .filter((s) => s.standsOut)
    .slice(0, 3)
    .map(
      (s) =>
        `${s.path} ${s.z < 0 ? 'lower' : 'higher'} (median ${formatNumber(s.kept.median)} against ${formatNumber(s.drawn.median)} drawn)`,
    )
    .join(', ');
  return `\nlike today's chain: ${w.consistent.length} of ${w.drawn} worlds inside every calibration band${fewest === '' ? '' : ` (fewest inside: ${fewest})`}${kept}${shifted === '' ? '' : `\nthose worlds differ most in: ${shifted}`}`;
}
