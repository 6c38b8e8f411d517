// The files an experiment leaves in --out. `run`: summary.json and results.csv. `compare`:
// summaries/NAME.json (one per scenario), comparison.json and results.csv (all scenarios).
// A shard writes shard-i-of-n.json with its raw results instead; `merge` turns a complete set
// back into exactly the files of the unsharded run. This computes their contents; writing them
// (all computed before the first is written, each atomically) is src/node/write.ts.

import type { ReplicationResult } from '../model/results.js';
import { comparison } from './compare.js';
import { toCsv, type CsvCell } from '../csv.js';
import { scenarioFileNames, toJson } from './output.js';
import { shardFileName, type Shard } from './shard.js';
import { scenarioStatistics, summarise, type LoadedScenario, type ScenarioStatistics } from './summarise.js';
import type { ExperimentRun } from './experiment.js';
import type { Comparison, PrecisionReport, ScenarioSummary } from './types.js';
import { mapNonEmpty, zip, type NonEmpty } from '../lists.js';

/** What the final files are computed from: complete results, replications 0 … R − 1. */
export interface FinalInput {
  command: 'run' | 'compare';
  scenarios: NonEmpty<LoadedScenario>;
  baseline: string | null;
  seed: number;
  /** The jbsim version that computed the results. */
  version: string;
  /** results[s][r]: scenario s, replication r. */
  results: ReplicationResult[][];
  precision: PrecisionReport | null;
  provenance: Record<string, unknown>;
}

export interface FinalOutput {
  /** One per scenario, in order. */
  summaries: NonEmpty<ScenarioSummary>;
  comparison: Comparison | null;
  /** Paths written, in order. */
  files: string[];
}

/** The outputs before they are written: each file as its path inside --out (parts) and its content. */
export interface FinalContents {
  summaries: NonEmpty<ScenarioSummary>;
  comparison: Comparison | null;
  files: [string[], string][];
}

/** Timings of a run: kept apart from the results (the host is added where there is one). */
export function runTimings(run: ExperimentRun, workers: number, startedAt: Date, argv: readonly string[]): Record<string, unknown> {
  return {
    command: ['jbsim', ...argv].join(' '),
    startedAt: startedAt.toISOString(),
    finishedAt: new Date().toISOString(),
    wallSeconds: round(run.wallSeconds, 3),
    workers,
    eventsFired: run.eventsFired,
    eventsPerSecond: Math.round(run.eventsFired / Math.max(run.wallSeconds, 1e-9)),
  };
}

const round = (x: number, digits: number) => Number(x.toFixed(digits));

/** Computes every output of a finished (or merged) experiment. */
export function finalContents(input: FinalInput): FinalContents {
  const files: [string[], string][] = [];
  const perScenario = mapNonEmpty(zip(input.scenarios, input.results), ([loaded, results]) => ({
    loaded,
    results,
    stats: scenarioStatistics(results),
  }));
  const summaries = mapNonEmpty(perScenario, ({ loaded, results, stats }) => {
    const summary = summarise(loaded, results, input.seed, input.version, input.provenance, stats);
    if (input.precision !== null) {
      // provenance stays last so the results read first
      const { provenance, ...rest } = summary;
      return { ...rest, precision: input.precision, provenance } as ScenarioSummary;
    }
    return summary;
  });

  let cmp: Comparison | null = null;
  if (input.command === 'run') {
    files.push([['summary.json'], toJson(summaries[0])]);
  } else {
    const names = scenarioFileNames(input.scenarios.map((l) => l.scenario.name));
    for (const [summary, name] of zip(summaries, names)) files.push([['summaries', `${name}.json`], toJson(summary)]);
    cmp = comparison(
      input.baseline ?? input.scenarios[0].scenario.name,
      perScenario.map(({ loaded, stats }) => ({ name: loaded.scenario.name, stats, years: loaded.scenario.simulation.years })),
      input.seed,
      perScenario[0].results.length,
    );
    if (input.precision !== null) cmp.precision = input.precision;
    files.push([['comparison.json'], toJson(cmp)]);
  }
  files.push([
    ['results.csv'],
    resultsCsv(
      input.scenarios,
      input.results,
      perScenario.map((p) => p.stats),
    ),
  ]);
  return { summaries, comparison: cmp, files };
}

/** One row per scenario, replication and metric: the per-replication value behind every interval. */
export function resultsCsv(
  scenarios: readonly LoadedScenario[],
  results: readonly ReplicationResult[][],
  stats: readonly ScenarioStatistics[],
): string {
  const rows: CsvCell[][] = [];
  for (const [[loaded, replications], statistics] of zip(zip(scenarios, results), stats)) {
    const { names } = statistics.catalogue;
    for (const [k, result] of replications.entries()) {
      // the statistics hold every catalogued metric, one value per replication
      for (const metric of names) rows.push([loaded.scenario.name, result.replication, metric, statistics.perReplication.get(metric)![k]!]);
    }
  }
  return toCsv(['scenario', 'replication', 'metric', 'value'], rows);
}

// ---- shard files --------------------------------------------------------------------------

/** 2: per-family observations as distributions (src/statistics/valueCounts.ts), not arrays. */
export const SHARD_FORMAT = 'jbsim-shard/2';

export interface ShardFile {
  format: typeof SHARD_FORMAT;
  command: 'run' | 'compare';
  version: string;
  seed: number;
  /** Replications of the whole experiment. */
  replications: number;
  shard: Shard;
  baseline: string | null;
  scenarios: Array<LoadedScenario & { results: ReplicationResult[] }>;
  provenance: Record<string, unknown>;
}

/** JSON has no NaN or Infinity; results carry them (a figure with no data), so they travel as strings. */
function encodeNonFinite(_key: string, value: unknown): unknown {
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  return value;
}

/** Undoes encodeNonFinite inside results (which hold numbers only). */
export function decodeNonFinite(value: unknown): unknown {
  if (value === 'NaN') return NaN;
  if (value === 'Infinity') return Infinity;
  if (value === '-Infinity') return -Infinity;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = decodeNonFinite(value[i]);
  } else if (value !== null && typeof value === 'object') {
    for (const k of Object.keys(value)) (value as Record<string, unknown>)[k] = decodeNonFinite((value as Record<string, unknown>)[k]);
  }
  return value;
}

/** The shard file's name and content. */
export function shardContents(run: ExperimentRun, version: string, provenance: Record<string, unknown>): [string, string] {
  const shard = run.spec.shard!;
  const doc: ShardFile = {
    format: SHARD_FORMAT,
    command: run.spec.command,
    version,
    seed: run.spec.seed,
    replications: run.replications,
    shard,
    baseline: run.spec.baseline,
    scenarios: zip(run.spec.scenarios, run.results).map(([l, results]) => ({ ...l, results })),
    provenance,
  };
  return [shardFileName(shard), `${JSON.stringify(doc, encodeNonFinite)}\n`];
}
