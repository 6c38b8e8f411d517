// A run in the page, with the experiment layer the command line uses: load the scenario (and
// the one it is compared with) from the bundled files, run the replications on the Web Worker
// pool, and compute exactly the files `jbsim run` / `jbsim compare` would write.

import { comparison as compareScenarios } from '../../src/experiment/compare.js';
import { runExperiment, type ExperimentRun } from '../../src/experiment/experiment.js';
import type { ReplicationPool } from '../../src/experiment/pool.js';
import { scenarioStatistics, type LoadedScenario } from '../../src/experiment/summarise.js';
import type { Comparison, ScenarioSummary } from '../../src/experiment/types.js';
import { toJson } from '../../src/experiment/output.js';
import { finalContents, runTimings } from '../../src/experiment/write.js';
import { loadScenarioFrom } from '../../src/scenario/load.js';
import { UserError } from '../../src/userError.js';
import { zip, type NonEmpty } from '../../src/lists.js';
import { BUNDLED, BUNDLED_SCENARIOS, customPath, scenarioFiles } from './bundled.js';
import type { PageState } from './state.js';

declare const __JBSIM_VERSION__: string;
export const VERSION = __JBSIM_VERSION__;

export interface Prepared {
  scenarios: NonEmpty<LoadedScenario>;
  /** The index in `scenarios` of the one the page's settings describe (its summary is the page's summary.json). */
  variant: number;
  /** The name of the scenario it is compared with, or null when it is run alone. */
  baseline: string | null;
  /** The equivalent command line. */
  argv: string[];
}

/** The path of the scenario a state names (a bundled one, or the user's own file). */
export function scenarioPath(state: PageState): string {
  if (state.custom) return customPath(state.custom.name);
  const found = BUNDLED_SCENARIOS.find((s) => s.id === state.scenario);
  if (!found) {
    throw new UserError({
      file: '#scenario',
      message: `there is no bundled scenario "${state.scenario}"`,
      hint: `the bundled scenarios are: ${BUNDLED_SCENARIOS.map((s) => s.id).join(', ')}`,
    });
  }
  return found.path;
}

/**
 * The scenario with the page's changes, and what it is compared with: the baseline of its folder,
 * or, for the baseline itself with changes, the file as written. Throws UserError with every
 * mistake, located as the command line would.
 */
export function prepare(state: PageState, unchangedSuffix: string): Prepared {
  const files = scenarioFiles(state.custom ?? undefined);
  const path = scenarioPath(state);
  const load = (file: string, overrides: string[]): LoadedScenario => {
    const { scenario, hash } = loadScenarioFrom(files, file, { overrides });
    return { scenario, file, hash };
  };
  const variant = load(path, state.overrides);
  const argv = [
    'run',
    path,
    '--replications',
    String(state.replications),
    '--seed',
    String(state.seed),
    ...state.overrides.flatMap((o) => ['--set', o]),
  ];

  const folderBaseline = `${path.slice(0, path.lastIndexOf('/'))}/baseline.yaml`;
  let reference: LoadedScenario | null = null;
  if (folderBaseline !== path && BUNDLED[folderBaseline] !== undefined) reference = load(folderBaseline, []);
  else if (state.overrides.length > 0) reference = load(path, []);
  if (reference === null || reference.hash === variant.hash) return { scenarios: [variant], variant: 0, baseline: null, argv };
  if (reference.scenario.name === variant.scenario.name) {
    // results are keyed by name: the unchanged file gets a name of its own (the model never reads it)
    reference = { ...reference, scenario: { ...reference.scenario, name: `${reference.scenario.name} ${unchangedSuffix}`.slice(0, 80) } };
  }
  return { scenarios: [reference, variant], variant: 1, baseline: reference.scenario.name, argv };
}

export interface Outcome {
  run: ExperimentRun;
  summaries: ScenarioSummary[];
  /** Against the baseline; for a scenario run alone, the scenario against itself (no differences). */
  comparison: Comparison;
  /** The files the command line writes: summary.json (or summaries/, comparison.json) and results.csv. */
  files: [string[], string][];
  /** summary.json of the page's scenario, as `jbsim run` writes it. */
  summaryJson: string;
}

export async function simulate(
  prepared: Prepared,
  state: PageState,
  pool: ReplicationPool,
  workers: number,
  onTotal: (n: number) => void,
  extra: Record<string, unknown>,
): Promise<Outcome> {
  const startedAt = new Date();
  const spec = {
    command: 'run' as const,
    scenarios: prepared.scenarios,
    baseline: prepared.baseline,
    seed: state.seed,
    replications: state.replications,
    precision: null,
    shard: null,
  };
  const run = await runExperiment(spec, pool, { total: onTotal, done: () => {} });
  return outcome(prepared, run, state.seed, { ...runTimings(run, workers, startedAt, prepared.argv), ...extra });
}

/** Summaries, comparison and files from results (also for a preview from the replications so far). */
export function outcome(prepared: Prepared, run: ExperimentRun, seed: number, provenance: Record<string, unknown>): Outcome {
  const command = prepared.baseline === null ? 'run' : 'compare';
  const contents = finalContents({
    command,
    scenarios: prepared.scenarios,
    baseline: prepared.baseline,
    seed,
    version: VERSION,
    results: run.results,
    precision: null,
    provenance,
  });
  const variantSummary = contents.summaries[prepared.variant]!; // a summary per scenario, and variant is one of them
  // a `compare` writes summaries/NAME.json; the page's summary.json is the scenario's own, as `jbsim run` writes it
  const summaryJson = toJson(variantSummary);
  let cmp = contents.comparison;
  if (cmp === null) {
    const [[loaded, results]] = zip(prepared.scenarios, run.results);
    const name = loaded.scenario.name;
    cmp = compareScenarios(
      name,
      [{ name, stats: scenarioStatistics(results), years: loaded.scenario.simulation.years }],
      seed,
      results.length,
    );
  }
  return { run, summaries: [...contents.summaries], comparison: cmp, files: contents.files, summaryJson };
}
