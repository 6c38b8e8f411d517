// An experiment from start to files: start the workers, run, write the shard or the final
// outputs, stop the workers. The cli commands call this; so do the tests, with a test model.

import type { ReplicationResult } from '../model/results.js';
import { runExperiment, runMatrix, type ExperimentRun, type ExperimentSpec } from '../experiment/experiment.js';
import { progressBar } from './progress.js';
import { ReplicationRunner } from './workerPool.js';
import { shardReplications } from '../experiment/shard.js';
import type { LoadedScenario } from '../experiment/summarise.js';
import type { FinalOutput } from '../experiment/write.js';
import { hostProvenance, runProvenance, writeFinal, writeShard } from './write.js';

export interface ExecuteOptions {
  out: string;
  /** The jbsim version, written into the outputs. */
  version: string;
  workers: number;
  quiet: boolean;
  /** The command line, for provenance. */
  argv: readonly string[];
  signal?: AbortSignal;
  /** A compiled model module other than dist/'s (tests). */
  modelModule?: string;
  /** Workers to run on, owned (and closed) by the caller, who has more to run on them while they are warm. */
  runner?: ReplicationRunner;
}

export type Executed = { run: ExperimentRun /** Worker threads used. */; workers: number } & (
  | { kind: 'shard'; file: string }
  | { kind: 'final'; output: FinalOutput }
);

export async function executeExperiment(spec: ExperimentSpec, options: ExecuteOptions): Promise<Executed> {
  const startedAt = new Date();
  const workers =
    options.runner?.workers ?? threadsFor(options.workers, spec.scenarios.length * shardReplications(spec.replications, spec.shard).length);
  const runner = options.runner ?? new ReplicationRunner({ workers, modelModule: options.modelModule, signal: options.signal });
  const bar = progressBar({ quiet: options.quiet });
  let run: ExperimentRun;
  try {
    run = await runExperiment(spec, runner, bar);
  } finally {
    bar.stop();
    if (!options.runner) await runner.close();
  }
  const provenance = runProvenance(run, workers, startedAt, options.argv);
  if (spec.shard !== null) return { run, workers, kind: 'shard', file: writeShard(options.out, run, options.version, provenance) };
  const output = writeFinal(options.out, {
    command: spec.command,
    scenarios: spec.scenarios,
    baseline: spec.baseline,
    seed: spec.seed,
    version: options.version,
    results: run.results,
    precision: run.precision,
    provenance,
  });
  return { run, workers, kind: 'final', output };
}

/** No more threads than replications to run: idle threads only cost start-up time. */
function threadsFor(workers: number, jobs: number): number {
  return workers === 0 ? 0 : Math.max(1, Math.min(workers, jobs));
}

export interface ScenarioSetRun {
  /** results[s][r]: scenario s, replication r. */
  results: ReplicationResult[][];
  wallSeconds: number;
  eventsFired: number;
}

/** Every scenario × replications 0 … R − 1 (sweeps, sensitivity): no shards, no precision target. */
export async function runScenarioSet(
  scenarios: readonly LoadedScenario[],
  seed: number,
  replications: number,
  options: Omit<ExecuteOptions, 'out' | 'version' | 'argv'>,
): Promise<ScenarioSetRun> {
  const started = performance.now();
  const runner = new ReplicationRunner({
    workers: threadsFor(options.workers, scenarios.length * replications),
    modelModule: options.modelModule,
    signal: options.signal,
  });
  const bar = progressBar({ quiet: options.quiet });
  bar.total(scenarios.length * replications);
  try {
    const results = await runMatrix(runner, scenarios, seed, shardReplications(replications, null), bar);
    let eventsFired = 0;
    for (const rs of results) for (const r of rs) eventsFired += r.system.eventsFired;
    return { results, wallSeconds: (performance.now() - started) / 1000, eventsFired };
  } finally {
    bar.stop();
    await runner.close();
  }
}

export function setProvenance(run: ScenarioSetRun, workers: number, startedAt: Date, argv: readonly string[]): Record<string, unknown> {
  return {
    command: ['jbsim', ...argv].join(' '),
    startedAt: startedAt.toISOString(),
    finishedAt: new Date().toISOString(),
    wallSeconds: Number(run.wallSeconds.toFixed(3)),
    workers,
    eventsFired: run.eventsFired,
    eventsPerSecond: Math.round(run.eventsFired / Math.max(run.wallSeconds, 1e-9)),
    ...hostProvenance(),
  };
}
