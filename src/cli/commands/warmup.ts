// `jbsim warmup SCENARIO`: how long the scenario takes to settle from an empty chain, and what
// warm-up its settled start needs → warmup.json, warmup.html and the chart (vega-lite, SVG, PNG).

import { UserError } from '../../userError.js';
import { shown } from '../typedText.js';
import type { Argv, CommandModule } from 'yargs';
import { toJson } from '../../experiment/output.js';
import { insideOut, loadScenarios, runScenarioSet, setProvenance, writeFileAtomic } from '../../node/index.js';
import { checkRunSize } from '../../node/size.js';
import {
  ABSOLUTE_FLOOR,
  DEFAULT_EMPTY_YEARS,
  DEFAULT_MATERIAL_SHARE,
  DEFAULT_SETTLED_YEARS,
  percent,
  warmupFile,
  warmupVariants,
  type StartReport,
} from '../../experiment/warmup.js';
import type { Lang } from '../../report/index.js';
import { VERSION } from '../../version.js';
import {
  formatNumber,
  interruptible,
  loadReport,
  outputFolder,
  replicationOptions,
  replicationSettings,
  reportOptions,
  shareOption,
  reportStep,
  table,
  writtenLine,
  type ReplicationArgs,
  type ReportArgs,
} from './run.js';
import { DAYS_PER_YEAR } from '../../model/units.js';

interface WarmupArgs extends ReplicationArgs, ReportArgs {
  scenario: string;
  emptyYears: number;
  settledYears: number;
  material: string;
}

export const warmupCommand: CommandModule<object, WarmupArgs> = {
  command: 'warmup <scenario>',
  describe: 'How long the scenario takes to settle (Welch, MSER-5), from an empty chain and from its settled start → warmup.json, chart',
  builder: (y) =>
    reportOptions(
      replicationOptions(
        y
          .positional('scenario', { type: 'string', demandOption: true, describe: 'a scenario file' })
          .option('empty-years', { type: 'number', default: DEFAULT_EMPTY_YEARS, describe: 'years simulated from an empty chain' })
          .option('settled-years', { type: 'number', default: DEFAULT_SETTLED_YEARS, describe: 'years simulated from the settled start' })
          .option('material', {
            type: 'string',
            default: `${DEFAULT_MATERIAL_SHARE * 100}%`,
            describe:
              "the threshold as a share of a series' settled level (and at least 0.05 in its unit): a cut counts when its 95% interval lies wholly beyond it",
          }),
      ),
    ).example('jbsim warmup scenarios/foodvalley/baseline.yaml -r 10', 'ten replications of each start') as unknown as Argv<WarmupArgs>,
  handler: async (argv) => {
    const settings = replicationSettings(argv);
    const years = (name: string, v: unknown) => {
      const n = Number(v);
      if (!Number.isFinite(n) || n < 2 || n > 200)
        throw new UserError({ file: `--${name}`, message: `expected a number of years from 2 to 200, got ${shown(v)}` });
      return n;
    };
    const emptyYears = years('empty-years', argv.emptyYears);
    const settledYears = years('settled-years', argv.settledYears);
    const materialShare = shareOption(
      'material',
      argv.material,
      'a share',
      "a share of the series' settled level, e.g. --material 1% or --material 0.01",
    );
    // whether a cut is more than noise is read from the spread across replications
    if (settings.replications < 2)
      throw new UserError({
        file: '--replications',
        message: `a warm-up study needs at least 2 replications, got ${settings.replications}; use 10 or more`,
      });
    const [base] = loadScenarios([String(argv.scenario)], settings.overrides);
    const variants = warmupVariants(base, emptyYears, settledYears);
    checkRunSize(variants, { workers: settings.workers });
    // someone else's files in --out, a file there, no permission: exit 2 now, not after the run
    const folder = outputFolder(argv, 'warmup');
    const startedAt = new Date();
    const out = String(argv.out);
    const written = [insideOut(out, 'warmup.json')];
    const done = await interruptible(async (signal) => {
      const run = await runScenarioSet(variants, settings.seed, settings.replications, {
        workers: settings.workers,
        quiet: argv.quiet,
        signal,
      });
      const file = warmupFile(base, run.results[0]!, run.results[1]!, {
        seed: settings.seed,
        emptyYears,
        settledYears,
        materialShare,
        version: VERSION,
        provenance: setProvenance(run, settings.workers, startedAt, process.argv.slice(2)),
      });
      writeFileAtomic(written[0]!, toJson(file));
      if (argv.report)
        written.push(
          ...(await reportStep(out, async () => (await loadReport()).writeWarmupReport(out, file, { lang: argv.lang as Lang }))),
        );
      folder.finish(written);
      return { run, file };
    });
    if (done === undefined || argv.quiet) return;
    const { run, file } = done;
    const o = process.stdout;
    o.write(
      `jbsim warmup: ${file.scenario.name}, ${file.replications} replications from an empty chain (${emptyYears} years) and from the settled start (${settledYears} years), in ${run.wallSeconds.toFixed(1)} s\n\n`,
    );
    const rows = [['series', 'MSER-5 empty (years)', 'MSER-5 settled (years)']];
    for (const [name, r] of Object.entries(file.series)) rows.push([name, cutCell(r.empty), cutCell(r.settled)]);
    o.write(
      `${table(rows)}\n(limit): MSER-5 cut at its limit, half the run. A cut counts when the 95% interval of what it takes off minus the rest lies wholly beyond ${percent(materialShare)} of the rest's level (and ${ABSOLUTE_FLOOR}); (negligible): wholly within it; (unclear): these replications cannot tell. Neither counts.\n\n${file.recommendation.text}\n\n${writtenLine(out, written)}`,
    );
  },
};

/** MSER-5's cut in years, marked when it does not count towards the warm-up. */
export function cutCell(r: StartReport): string {
  const years = formatNumber(r.mserDays / DAYS_PER_YEAR);
  const v = r.mserVerdict;
  const marks = [...(r.mserAtLimit ? ['limit'] : []), ...(v === 'negligible' || v === 'unclear' ? [v] : v === 'nodata' ? ['no data'] : [])];
  return marks.length > 0 ? `${years} (${marks.join(', ')})` : years;
}
