// `jbsim sweep SCENARIO --vary path=start:stop:step [--vary …]`: the scenario at every point
// of a grid of parameter values, on common random numbers → sweep.json and sweep.csv.

import type { Argv, CommandModule } from 'yargs';
import { toJson } from '../../experiment/output.js';
import { insideOut, loadScenarios, runScenarioSet, setProvenance, writeFileAtomic } from '../../node/index.js';
import { checkRunSize } from '../../node/size.js';
import {
  checkHold,
  checkVaries,
  gridPoints,
  heldOf,
  holdOverrides,
  HOLDS,
  parseVary,
  sweepCsv,
  sweepFile,
} from '../../experiment/sweep.js';
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

interface SweepArgs extends ReplicationArgs, ReportArgs {
  scenario: string;
  vary: string[];
  hold?: string;
}

export const sweepCommand: CommandModule<object, SweepArgs> = {
  command: 'sweep <scenario>',
  describe: 'Run a scenario over a range (or grid) of parameter values → sweep.json and sweep.csv',
  builder: (y) =>
    reportOptions(
      replicationOptions(
        y
          .positional('scenario', { type: 'string', demandOption: true, describe: 'a scenario file' })
          .option('vary', {
            type: 'string',
            array: true,
            nargs: 1,
            demandOption: true,
            describe: 'path=start:stop:step (stop included) or path=v1,v2,…; several make a grid',
          })
          .option('hold', {
            type: 'string',
            describe: `with a sweep of guardians.caseloadCapChildren, what stays fixed: ${HOLDS.join(' or ')} (default positions: the FTE stay, fewer children fit at a lower cap; capacity: cap × positions stays, positions scale)`,
          }),
      ),
    )
      .example('jbsim sweep scenarios/foodvalley/baseline.yaml --vary guardians.caseloadCapChildren=10:20:2', 'six caseload caps')
      .example(
        'jbsim sweep base.yaml --vary guardians.caseloadCapChildren=10:20:2 --hold capacity',
        'the same caps with the positions to keep cap × positions',
      )
      .example(
        'jbsim sweep base.yaml --vary guardians.caseloadCapChildren=12,15,18 --vary guardians.turnoverRatePerYear=0.1,0.2',
        'a 3 × 2 grid',
      ) as unknown as Argv<SweepArgs>,
  handler: async (argv) => {
    const settings = replicationSettings(argv);
    const folder = outputFolder(argv, 'sweep');
    const [base] = loadScenarios([String(argv.scenario)], settings.overrides);
    const varies = argv.vary.map((v) => parseVary(String(v)));
    const parameters = checkVaries(varies, base.scenario);
    const hold = checkHold(argv.hold === undefined ? undefined : String(argv.hold), varies);
    const points = gridPoints(varies);
    // every point is a scenario of its own, loaded and validated like a file with --set
    const scenarios = points.map((values) => {
      try {
        return loadScenarios(
          [String(argv.scenario)],
          [
            ...settings.overrides,
            ...Object.entries(values).map(([p, v]) => ({ text: `${p}=${v}`, option: '--vary' })),
            ...holdOverrides(hold, base.scenario, values).map((text) => ({ text, option: '--hold' })),
          ],
        )[0];
      } catch (err) {
        if (err instanceof UserError) {
          const at = pointText(values);
          throw new UserError(err.diagnostics.map((d) => ({ ...d, message: `at ${at}: ${d.message}` })));
        }
        throw err;
      }
    });
    checkRunSize(scenarios, { workers: Math.min(settings.workers, scenarios.length * settings.replications) });
    const startedAt = new Date();
    const out = String(argv.out);
    const [jsonFile, csvFile] = [insideOut(out, 'sweep.json'), insideOut(out, 'sweep.csv')];
    const written = [jsonFile, csvFile];
    const done = await interruptible(async (signal) => {
      const run = await runScenarioSet(scenarios, settings.seed, settings.replications, {
        workers: settings.workers,
        quiet: argv.quiet,
        signal,
      });
      const held =
        hold === null
          ? undefined
          : heldOf(
              hold,
              scenarios.map((s) => s.scenario),
            );
      const file = sweepFile(
        base,
        parameters,
        points,
        run.results,
        settings.seed,
        VERSION,
        setProvenance(run, settings.workers, startedAt, process.argv.slice(2)),
        held,
      );
      writeFileAtomic(jsonFile, toJson(file));
      writeFileAtomic(csvFile, sweepCsv(file));
      // the report draws one parameter on its axis; a grid has no single curve to draw
      if (argv.report && parameters.length === 1)
        written.push(...(await reportStep(out, async () => (await loadReport()).writeSweepReport(out, file, { lang: argv.lang as Lang }))));
      else if (argv.report && !argv.quiet)
        process.stderr.write(
          'jbsim: a grid of several parameters has no single curve to chart: no sweep.html (sweep.json and sweep.csv hold every point)\n',
        );
      folder.finish(written);
      return { run, file };
    });
    if (done === undefined || argv.quiet) return;
    const { run, file } = done;
    const o = process.stdout;
    o.write(
      `jbsim sweep: ${points.length} points × ${settings.replications} replications, seed ${settings.seed}, in ${run.wallSeconds.toFixed(1)} s\n`,
    );
    if (file.held) {
      const p = file.held.guardianPositions;
      o.write(
        file.held.what === 'positions'
          ? `held fixed: the guardian positions (${p[0]} FTE); the children that can have a guardian at once change with the cap\n`
          : `held fixed: cap × positions (${file.held.capacityChildren[0]} children); the positions scale from ${Math.min(...p)} to ${Math.max(...p)} FTE\n`,
      );
    }
    o.write('\n');
    const metrics = [
      'coldHandoversPerFamily',
      'guardianChangesPerFamily',
      'timeFromRulingToGuardianDays',
      'childrenWithoutGuardian',
      'fte.guardian',
      'costPerYearEuro',
    ];
    const rows = [[...file.parameters, ...metrics]];
    for (const p of file.points)
      rows.push([...file.parameters.map((path) => String(p.values[path])), ...metrics.map((m) => formatNumber(p.metrics[m]?.mean ?? NaN))]);
    const settled = points.map((values, i) => ({
      scenario: { name: `${file.scenario} at ${pointText(values)}` },
      settled: settledOf(run.results[i]!),
    }));
    o.write(`${table(rows)}\n\n${unsettledLines(settled)}${writtenLine(out, written)}`);
  },
};

/** A point as its values: `guardians.caseloadCapChildren=12, guardians.turnoverRatePerYear=0.1`. */
function pointText(values: Record<string, number>): string {
  return Object.entries(values)
    .map(([p, v]) => `${p}=${v}`)
    .join(', ');
}
