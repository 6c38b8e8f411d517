// `jbsim calibrate SCENARIO`: runs replications of a scenario and sets the model's figures beside
// the real ones (docs/calibration.md): per target the mean over replications with its 95% t
// interval, the band a credible baseline lands in, and a verdict by the interval, not the mean:
// inside (the whole interval in the band), overlapping (partly), or outside (not at all).

import type { Argv, CommandModule } from 'yargs';
import { DEFAULT_SEED, type Job } from '../../experiment/index.js';
import { defaultWorkers, loadScenario, progressBar, ReplicationRunner } from '../../node/index.js';
import { checkRunSize } from '../../node/size.js';
import { calibrationTargets, calibrationValues, regionScale } from '../../model/calibration.js';
import type { ReplicationResult } from '../../model/results.js';
import type { Scenario } from '../../scenario/schema.js';
import { meanInterval } from '../../statistics/index.js';
import { columnWidths, formatNumber, interruptible, replicationSettings } from './run.js';
import { zip } from '../../lists.js';

/**
 * As many as a comparison runs: a verdict by interval needs the interval narrow enough to say. At
 * 10 the RvdK wait's interval spans about ±3.7 days around 7, across the band's lower edge of 5.
 */
export const DEFAULT_CALIBRATION_REPLICATIONS = 30;

interface Args {
  scenario: string;
  replications: number;
  seed: number;
  set?: string[];
  workers?: number;
  json: boolean;
  quiet: boolean;
}

/** Where a target's 95% interval lies against its band. */
export type CalibrationVerdict = 'inside' | 'overlapping' | 'outside';

/** One row of the comparison, as `--json` prints it. */
export interface CalibrationRow {
  target: string;
  unit: string;
  source: string;
  model: { mean: number | null; ci95: [number | null, number | null] };
  band: [number, number];
  verdict: CalibrationVerdict;
}

/** The confidence codes at the end of each source (docs/calibration.md). */
export const SOURCE_CODES: ReadonlyArray<[string, string]> = [
  ['D', 'read in the source itself'],
  ['S', 'a secondary source quoting the original'],
  ['I', 'derived from other figures'],
  ['E', 'an estimate, to be replaced when a better figure is found'],
];

const finite = (x: number): number | null => (Number.isFinite(x) ? x : null);

/**
 * Inside when the whole interval lies in the band, outside when none of it does, overlapping
 * otherwise. Without an interval (one replication) the mean alone decides inside or outside.
 */
export function verdictOf(mean: number, ci: readonly [number, number], band: readonly [number, number]): CalibrationVerdict {
  if (!Number.isFinite(mean)) return 'outside';
  const [low, high] = Number.isFinite(ci[0]) && Number.isFinite(ci[1]) ? ci : [mean, mean];
  if (low >= band[0] && high <= band[1]) return 'inside';
  if (high < band[0] || low > band[1]) return 'outside';
  return 'overlapping';
}

/** The comparison for a scenario's replications, each target judged by its interval. */
export function calibrationRows(results: readonly ReplicationResult[], scenario: Scenario): CalibrationRow[] {
  return zip(calibrationTargets(scenario), calibrationValues(results, scenario)).map(([t, values]) => {
    const m = meanInterval(values);
    const band = t.band(scenario);
    return {
      target: t.name,
      unit: t.unit,
      source: t.source,
      model: { mean: finite(m.mean), ci95: [finite(m.low), finite(m.high)] },
      band,
      verdict: verdictOf(m.mean, [m.low, m.high], band),
    };
  });
}

function formatValue(x: number | null, unit: string): string {
  if (x === null) return '–';
  const text = unit === 'share' ? `${(x * 100).toFixed(1)}%` : formatNumber(x);
  // an interval's end a hair below zero would print as "-0.00"
  return text.replace(/^-(0\.?0*%?)$/, '$1');
}

function formatBand(band: [number, number], unit: string): string {
  const f = (x: number) => (unit === 'share' ? `${+(x * 100).toFixed(1)}%` : String(x));
  return `${f(band[0])}–${f(band[1])}`;
}

/** A plain-text table: numbers right-aligned, words left-aligned. */
export function calibrationTable(rows: readonly CalibrationRow[]): string {
  const cells: string[][] = [['target', 'model mean', '95% interval', 'band', 'verdict', 'source']];
  for (const r of rows) {
    const unit = r.unit;
    cells.push([
      r.target,
      formatValue(r.model.mean, unit),
      `${formatValue(r.model.ci95[0], unit)} … ${formatValue(r.model.ci95[1], unit)}`,
      formatBand(r.band, unit),
      r.verdict === 'outside' ? 'OUTSIDE' : r.verdict,
      r.source,
    ]);
  }
  const right = [false, true, true, true, false, false];
  const widths = columnWidths(cells);
  return cells
    .map((row) =>
      row.map((cell, c) => (right[c] ? cell.padStart(widths[c]!) : c === row.length - 1 ? cell : cell.padEnd(widths[c]!))).join('  '),
    )
    .join('\n');
}

export const calibrateCommand: CommandModule<object, Args> = {
  command: 'calibrate <scenario>',
  describe: "Compare a scenario's figures with the real ones (children under a measure, waits, durations, turnover, caseload)",
  builder: (y) =>
    y
      .positional('scenario', { type: 'string', demandOption: true, describe: 'a scenario file (.yaml, .yml, .json)' })
      .option('replications', {
        alias: 'r',
        type: 'number',
        default: DEFAULT_CALIBRATION_REPLICATIONS,
        describe: 'independent replications',
      })
      .option('seed', { type: 'number', default: DEFAULT_SEED, describe: 'master seed; replication r uses (seed, r)' })
      .option('set', {
        type: 'string',
        array: true,
        nargs: 1,
        describe: 'change a parameter, e.g. --set rvdk.investigators=40 (repeatable)',
      })
      .option('workers', {
        alias: 'w',
        type: 'number',
        describe: `worker threads (default: one per core, here ${defaultWorkers()}; 0 runs in the main thread)`,
      })
      .option('json', { type: 'boolean', default: false, describe: 'print the comparison as JSON' })
      .option('quiet', { alias: 'q', type: 'boolean', default: false, describe: 'no progress bar' })
      .example('jbsim calibrate scenarios/foodvalley/baseline.yaml', 'the baseline beside the figures in docs/calibration.md')
      .example('jbsim calibrate baseline.yaml --set rvdk.investigators=40 --json', 'one change, as JSON') as unknown as Argv<Args>,
  handler: async (argv) => {
    const settings = replicationSettings({ ...argv, out: '' });
    const { scenario } = loadScenario(String(argv.scenario), { overrides: settings.overrides });
    checkRunSize([{ scenario, file: String(argv.scenario) }], { workers: Math.min(settings.workers, settings.replications) });
    const jobs: Job[] = Array.from({ length: settings.replications }, (_, replication) => ({ scenarioIndex: 0, replication }));
    const started = performance.now();
    const results = await interruptible(async (signal) => {
      const runner = new ReplicationRunner({ workers: settings.workers, signal });
      const bar = progressBar({ quiet: argv.quiet || argv.json });
      bar.total(jobs.length);
      try {
        return await runner.run([scenario], settings.seed, jobs, (_, r) => bar.done(r));
      } finally {
        bar.stop();
        await runner.close();
      }
    });
    if (results === undefined) return;
    const rows = calibrationRows(results, scenario);
    const out = process.stdout;
    if (argv.json) {
      out.write(`${JSON.stringify(rows, null, 2)}\n`);
      return;
    }
    const seconds = (performance.now() - started) / 1000;
    const scale = regionScale(scenario);
    out.write(
      `jbsim calibrate: ${scenario.name}, ${settings.replications} replications, seed ${settings.seed}, in ${seconds.toFixed(1)} s\n`,
    );
    if (scenario.region.calibrationTargets === 'national-2023') out.write('national targets of 2023 (region.calibrationTargets)\n');
    else if (Math.abs(scale - 1) > 1e-6)
      out.write(
        `volume bands scaled ×${scale.toFixed(1)} to the region (expected children under a measure from the municipalities' rates)\n`,
      );
    out.write(`\n${calibrationTable(rows)}\n\n`);
    const count = (v: CalibrationVerdict) => rows.filter((r) => r.verdict === v).length;
    out.write(
      `${count('inside')} of ${rows.length} targets inside their band, ${count('overlapping')} overlapping it, ${count('outside')} outside (judged by the 95% interval of the mean over replications: inside when all of it is in the band; bands and sources: docs/calibration.md)\n`,
    );
    out.write(`source codes: ${SOURCE_CODES.map(([code, meaning]) => `${code} ${meaning}`).join('; ')}\n`);
  },
};
