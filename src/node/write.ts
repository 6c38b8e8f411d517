// Writes an experiment's files into --out: every content is computed first (experiment/write.ts),
// then each file is written atomically, inside the output folder. Provenance gets the host.

import { arch, cpus, hostname, platform } from 'node:os';
import type { ExperimentRun } from '../experiment/experiment.js';
import { finalContents, runTimings, shardContents, type FinalInput, type FinalOutput } from '../experiment/write.js';
import { insideOut, writeFileAtomic } from './output.js';

/** Host, versions and timings: kept apart from the results. */
export function hostProvenance(): Record<string, unknown> {
  return {
    host: hostname(),
    platform: `${platform()}-${arch()}`,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
    node: process.version,
  };
}

export function runProvenance(run: ExperimentRun, workers: number, startedAt: Date, argv: readonly string[]): Record<string, unknown> {
  return { ...runTimings(run, workers, startedAt, argv), ...hostProvenance() };
}

/** Computes every output of a finished (or merged) experiment, then writes them. */
export function writeFinal(out: string, input: FinalInput): FinalOutput {
  const { summaries, comparison, files } = finalContents(input);
  const paths = files.map(([parts, content]) => [insideOut(out, ...parts), content] as const);
  for (const [path, content] of paths) writeFileAtomic(path, content);
  return { summaries, comparison, files: paths.map(([p]) => p) };
}

export function writeShard(out: string, run: ExperimentRun, version: string, provenance: Record<string, unknown>): string {
  const [name, content] = shardContents(run, version, provenance);
  const path = insideOut(out, name);
  writeFileAtomic(path, content);
  return path;
}
