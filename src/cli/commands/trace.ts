// `jbsim trace SCENARIO [--family K | --worst guardianChanges]`: one replication with every
// family's journey kept, then one family drawn as a Gantt chart (journey.html/svg/png/vl.json)
// with its event log (events.csv, events.xes) for process-mining tools.

import type { Argv, CommandModule } from 'yargs';
import { DEFAULT_SEED } from '../../experiment/index.js';
import { loadScenarios } from '../../node/index.js';
import { checkRunSize } from '../../node/size.js';
import { traceReplication, type TraceResult } from '../../model/index.js';
import type { Lang } from '../../report/index.js';
import type { OverrideInput } from '../../scenario/overrides.js';
import { UserError } from '../../userError.js';
import { shown } from '../typedText.js';
import { outputFolder, writtenLine } from './run.js';

const WORST = ['guardianChanges', 'handovers', 'professionals'] as const;
type Worst = (typeof WORST)[number];
const WORST_WORDS: Record<Worst, string> = {
  guardianChanges: 'guardian changes',
  handovers: 'handovers',
  professionals: 'professionals met',
};

interface TraceArgs {
  scenario: string;
  family?: number;
  worst?: string;
  seed: number;
  replication: number;
  years?: number;
  set?: string[];
  out: string;
  force: boolean;
  lang: string;
  'all-families': boolean;
  quiet: boolean;
}

function wholeNumber(option: string, value: unknown, min: number): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min) {
    throw new UserError({ file: `--${option}`, message: `expected a whole number ≥ ${min}, got ${shown(value)}` });
  }
  return value;
}

/** The family to draw: the one asked for, or the one with the most of `worst` (lowest id on a tie). */
export function chooseFamily(
  trace: Pick<TraceResult, 'families' | 'spells'>,
  family: number | undefined,
  worst: Worst,
): { caseId: number; reason: string } {
  if (family !== undefined) {
    if (!trace.spells.some((s) => s.caseId === family)) {
      const ids = trace.families.map((f) => f.caseId).slice(0, 8);
      throw new UserError({
        file: '--family',
        message: `family ${family} met no professional in this replication`,
        hint:
          ids.length > 0
            ? `families with a measure here include ${ids.join(', ')}; or use --worst guardianChanges`
            : 'no family reached a measure: try more --years',
      });
    }
    const row = trace.families.find((f) => f.caseId === family);
    return {
      caseId: family,
      reason: row ? `--family ${family} (${row.guardianChanges} guardian changes, ${row.handovers} handovers)` : `--family ${family}`,
    };
  }
  if (trace.families.length === 0) {
    throw new UserError({
      file: '--worst',
      message: 'no family reached a measure in this replication',
      hint: 'run more years (--years) or another --replication',
    });
  }
  const best = trace.families.reduce((a, b) => (b[worst] > a[worst] || (b[worst] === a[worst] && b.caseId < a.caseId) ? b : a));
  return { caseId: best.caseId, reason: `most ${WORST_WORDS[worst]} (${best[worst]}) of ${trace.families.length} families with a measure` };
}

export const traceCommand: CommandModule<object, TraceArgs> = {
  command: 'trace <scenario>',
  describe: 'Follow one family through the chain: a chart of every professional it meets, and its event log (CSV, XES)',
  builder: (y) =>
    y
      .positional('scenario', { type: 'string', demandOption: true, describe: 'a scenario file' })
      .option('family', { alias: 'k', type: 'number', describe: 'the family (case id) to draw' })
      .option('worst', {
        type: 'string',
        choices: [...WORST],
        describe: 'draw the family with the most of this (default: guardianChanges)',
      })
      .conflicts('family', 'worst')
      .option('seed', { type: 'number', default: DEFAULT_SEED, describe: 'master seed, as in run and compare' })
      .option('replication', { type: 'number', default: 0, describe: 'which replication of that seed to trace' })
      .option('years', { type: 'number', describe: 'observed years after the warm-up (sets simulation.years)' })
      .option('set', {
        type: 'string',
        array: true,
        nargs: 1,
        describe: 'change a parameter, e.g. --set guardians.adminShare=0.3 (repeatable)',
      })
      .option('all-families', {
        type: 'boolean',
        default: false,
        describe: 'put every family of the replication in events.csv/events.xes (for process mining), not only the one drawn',
      })
      .option('out', {
        alias: 'o',
        type: 'string',
        default: 'reports/trace',
        describe: 'folder for journey.html, journey.png, events.csv, events.xes',
      })
      .option('force', { type: 'boolean', default: false, describe: 'write into --out even if it holds files jbsim did not write' })
      .option('lang', { type: 'string', choices: ['nl', 'en'], default: 'nl', describe: 'language of the chart and page' })
      .option('quiet', { alias: 'q', type: 'boolean', default: false, describe: 'print nothing' })
      .example('jbsim trace scenarios/foodvalley/baseline.yaml', 'the family with the most guardian changes')
      .example('jbsim trace scenarios/foodvalley/guardian-duos.yaml --family 1234 --out out/duo-1234', 'one family by id')
      .example(
        'jbsim trace base.yaml --all-families --out log/',
        'an event log of every family, for process mining',
      ) as unknown as Argv<TraceArgs>,
  handler: async (argv) => {
    const seed = argv.seed;
    if (typeof seed !== 'number' || !Number.isSafeInteger(seed))
      throw new UserError({ file: '--seed', message: `expected a whole number, got ${shown(seed)}` });
    const replication = wholeNumber('replication', argv.replication, 0);
    const family = argv.family === undefined ? undefined : wholeNumber('family', argv.family, 0);
    const overrides: OverrideInput[] = (argv.set ?? []).map(String);
    if (argv.years !== undefined) {
      if (!(typeof argv.years === 'number' && argv.years > 0 && Number.isFinite(argv.years))) {
        throw new UserError({ file: '--years', message: `expected a number of years above 0, got ${shown(argv.years)}` });
      }
      overrides.push({ text: `simulation.years=${argv.years}`, option: '--years' });
    }
    const folder = outputFolder(argv, 'trace');
    const loaded = loadScenarios([String(argv.scenario)], overrides);
    if (loaded.length !== 1)
      throw new UserError({ file: String(argv.scenario), message: 'trace follows one scenario file', hint: 'name a file, not a folder' });
    checkRunSize(loaded, { workers: 1, traced: true });
    const { scenario } = loaded[0];

    const trace = traceReplication(scenario, { seed, replication });
    const chosen = chooseFamily(trace, family, (argv.worst as Worst | undefined) ?? 'guardianChanges');
    const events = trace.events.filter((e) => e.caseId === chosen.caseId);
    const spells = trace.spells.filter((s) => s.caseId === chosen.caseId);
    const out = String(argv.out);
    // loaded here, not at start-up: the report layer (vega, resvg) takes a while to load
    const { writeJourneyReport } = await import('../../report/index.js');
    const files = await writeJourneyReport(
      out,
      {
        scenario: scenario.name,
        caseId: chosen.caseId,
        seed,
        replication,
        spells,
        events,
        reason: chosen.reason,
        ...(argv['all-families'] ? { logEvents: trace.events } : {}),
      },
      { lang: argv.lang as Lang },
    );
    folder.finish(files);
    if (argv.quiet) return;
    const guardians = new Set(spells.filter((s) => s.role === 'guardian' || s.role === 'replacement').map((s) => s.professional)).size;
    const professionals = new Set(spells.map((s) => s.professional)).size;
    process.stdout.write(
      `jbsim trace: ${scenario.name}, seed ${seed}, replication ${replication}: family ${chosen.caseId} (${chosen.reason}) met ${professionals} professionals, ${guardians} of them gezinsvoogden\n`,
    );
    process.stdout.write(writtenLine(out, files));
  },
};
