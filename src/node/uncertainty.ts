// `jbsim uncertainty` from loaded scenarios to results: plan the parameters and the Latin
// hypercube, build and check every sampled scenario (before anything runs), run the base point
// and the samples on the workers, then write a shard or analyse. The cli calls this; so do the
// tests, with a small test model.

import { calibrationTargets } from '../model/calibration.js';
import { scenarioDefaults } from '../scenario/load.js';
import type { Shard } from '../experiment/shard.js';
import type { LoadedScenario } from '../experiment/summarise.js';
import { analyseUncertainty } from '../experiment/uncertaintyAnalysis.js';
import {
  designOf,
  planParameters,
  sampledScenarios,
  type ScreenTarget,
  type UncertainParameter,
  type UncertaintyPlan,
} from '../experiment/uncertaintyPlan.js';
import { runUncertaintyReplications, shardWork, type ScreenValue, type UncertaintyValues } from '../experiment/uncertaintyRun.js';
import { UserError } from '../userError.js';
import type { UncertaintyFile } from '../experiment/uncertaintyTypes.js';
import { progressBar } from './progress.js';
import { writeUncertaintyShard } from './uncertaintyFiles.js';
import { ReplicationRunner } from './workerPool.js';
import { hostProvenance } from './write.js';
import type { Scenario } from '../scenario/schema.js';
import type { NonEmpty } from '../lists.js';

export const DEFAULT_SAMPLES = 200;
export const DEFAULT_SAMPLE_REPLICATIONS = 5;

export interface UncertaintySettings {
  seed: number;
  samples: number;
  replications: number;
  baseReplications: number;
  shard: Shard | null;
  /** Analyse only the worlds whose baseline looks like today's chain (`--like-today`); default: every world. */
  likeToday?: boolean;
}

export interface PreparedUncertainty {
  plan: UncertaintyPlan;
  design: number[][];
  work: { samples: number[]; base: number[] };
  baseScenarios: Scenario[];
  sampled: Map<number, Scenario[]>;
  shard: Shard | null;
  /** How a baseline's result gives a screen target's value (the calibration's reading, or a test model's). */
  screenValue?: ScreenValue;
}

/** Everything that can be wrong with the input is found here, before any replication runs. */
export function prepareUncertainty(
  loaded: NonEmpty<LoadedScenario>,
  settings: UncertaintySettings,
  options: {
    /** Tests with another model give their parameters and skip the scenario schema. */ parameters?: UncertainParameter[];
    checkAgainstSchema?: boolean;
    /** …and the figures the worlds are screened on, with how a result gives each (default: the baseline's calibration targets). */
    screen?: { targets: ScreenTarget[]; value: ScreenValue };
  } = {},
): PreparedUncertainty {
  const { parameters, held } = options.parameters
    ? { parameters: options.parameters, held: [] }
    : planParameters(loaded, scenarioDefaults());
  const plan: UncertaintyPlan = {
    seed: settings.seed,
    samples: settings.samples,
    replications: settings.replications,
    baseReplications: settings.baseReplications,
    baseline: loaded[0].scenario.name,
    scenarios: loaded.map((l) => ({ name: l.scenario.name, file: l.file, hash: l.hash })),
    parameters,
    held,
    // a test model's results have none of the chain's figures to check, unless the test gives some
    screen: options.screen?.targets ?? (options.checkAgainstSchema === false ? [] : screenTargets(loaded[0].scenario)),
    likeToday: settings.likeToday ?? false,
  };
  if (plan.likeToday && plan.screen.length === 0)
    throw new UserError({
      file: loaded[0].file,
      message: "the baseline has no figures of today's chain to check the worlds against, so --like-today would keep none",
      hint: 'leave --like-today out',
    });
  const design = designOf(plan);
  const work = shardWork(plan, settings.shard);
  const sampled = sampledScenarios(plan, loaded, design, work.samples, options.checkAgainstSchema ?? true);
  return {
    plan,
    design,
    work,
    baseScenarios: loaded.map((l) => l.scenario),
    sampled,
    shard: settings.shard,
    screenValue: options.screen?.value,
  };
}

/** The baseline's calibration targets and their bands for its region: what each world's baseline is checked against. */
function screenTargets(baseline: Scenario): ScreenTarget[] {
  return calibrationTargets(baseline).map((t) => ({ name: t.name, band: t.band(baseline) }));
}

export interface UncertaintyRunOptions {
  workers: number;
  quiet: boolean;
  signal?: AbortSignal;
  /** A compiled model module other than dist/'s (tests). */
  modelModule?: string;
  argv: readonly string[];
  /**
   * Workers to run on, owned by the caller (warm from a comparison just run). Its cache decides
   * where the sampled scenarios' pilots go: `jbsim compare --uncertainty N` keeps them, since
   * its small design comes back on every run of the same comparison; without a runner they are
   * kept nowhere, as a full analysis's thousands of one-off pilots would fill the cache.
   */
  runner?: ReplicationRunner;
}

export type UncertaintyRun = { values: UncertaintyValues; provenance: Record<string, unknown>; workers: number; wallSeconds: number };

export async function runPreparedUncertainty(prepared: PreparedUncertainty, options: UncertaintyRunOptions): Promise<UncertaintyRun> {
  const startedAt = new Date();
  const started = performance.now();
  const jobs = prepared.baseScenarios.length * (prepared.work.base.length + prepared.plan.replications * prepared.work.samples.length);
  const workers = options.runner?.workers ?? (options.workers === 0 ? 0 : Math.max(1, Math.min(options.workers, jobs)));
  // every sample's scenarios are new: a runner of its own keeps none of their pilots (see `runner`)
  const runner =
    options.runner ?? new ReplicationRunner({ workers, modelModule: options.modelModule, signal: options.signal, cache: null });
  const bar = progressBar({ quiet: options.quiet, label: 'uncertainty' });
  let events = 0;
  let ran = 0;
  let values: UncertaintyValues;
  try {
    values = await runUncertaintyReplications(
      prepared.plan,
      prepared.baseScenarios,
      (k) => prepared.sampled.get(k)!,
      prepared.work,
      runner,
      {
        total: (n) => bar.total(n),
        done: (r) => {
          events += r.system.eventsFired;
          ran++;
          bar.done(r);
        },
      },
      prepared.screenValue,
    );
  } finally {
    bar.stop();
    if (!options.runner) await runner.close();
  }
  const wallSeconds = (performance.now() - started) / 1000;
  const provenance = {
    command: ['jbsim', ...options.argv].join(' '),
    startedAt: startedAt.toISOString(),
    finishedAt: new Date().toISOString(),
    wallSeconds: Number(wallSeconds.toFixed(3)),
    workers,
    // those run: with --like-today a world unlike today's chain runs its baseline only
    replications: ran,
    secondsPerReplication: Number(((wallSeconds * Math.max(workers, 1)) / Math.max(ran, 1)).toFixed(4)),
    eventsFired: events,
    ...hostProvenance(),
  };
  return { values, provenance, workers, wallSeconds };
}

/** The analysis of complete values (a full run or a merge). */
export function analyse(plan: UncertaintyPlan, values: UncertaintyValues, version: string): UncertaintyFile {
  return analyseUncertainty(plan, designOf(plan), values, version);
}

/** A shard's run: its values to shard-i-of-n.json. */
export function writeShardOf(out: string, prepared: PreparedUncertainty, run: UncertaintyRun, version: string): string {
  if (prepared.shard === null) throw new Error('not a sharded run');
  return writeUncertaintyShard(out, prepared.plan, prepared.shard, run.values, version, run.provenance);
}
