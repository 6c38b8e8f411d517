// Benchmark "national": the Netherlands at scale, `jbsim run scenarios/netherlands/baseline.yaml
// --replications 1 --years 10 --workers 1`, each run in its own process for its peak memory.
// The first run takes the settled start's pilot runs and caches them; the best of the runs
// after it is reported, as the issue measures it. Targets: under 5 s and under 500 MB.

import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runChild } from '../child.js';
import { markdownTable } from '../table.js';
import type { BenchOptions, BenchOutcome, Benchmark } from '../types.js';

const childPath = fileURLToPath(new URL('./child.js', import.meta.url));
const TARGET_SECONDS = 5;
const TARGET_MB = 500;
/** Timed runs after the one that fills the pilot cache. */
const TIMED = 3;

interface Measured {
  wallSeconds: number;
  cpuSeconds: number;
  eventsFired: number;
  childrenUnderMeasure: number;
  trajectories: number;
  peakRssMB: number;
}

async function once(): Promise<{ ok: true; value: Measured } | { ok: false; error: string }> {
  const out = mkdtempSync(join(tmpdir(), 'jbsim-bench-national-'));
  try {
    const res = await runChild<Measured>(process.execPath, [childPath, out]);
    return res.ok && res.value ? { ok: true, value: res.value } : { ok: false, error: String(res.error) };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

async function run(options: BenchOptions): Promise<BenchOutcome> {
  const timed = Math.min(TIMED, options.reps);
  process.stderr.write(
    `  national: jbsim run scenarios/netherlands/baseline.yaml --replications 1 --years 10 --workers 1, 1 + ${timed} runs ...\n`,
  );
  const load = [loadavg()[0]!];
  const first = await once();
  if (!first.ok) return { rows: [], report: `### national\n\nfailed: ${first.error}`, targetsMet: null, failed: true };
  const runs: Measured[] = [];
  for (let i = 0; i < timed; i++) {
    const r = await once();
    if (!r.ok) return { rows: [], report: `### national\n\nfailed: ${r.error}`, targetsMet: null, failed: true };
    runs.push(r.value);
  }
  load.push(loadavg()[0]!);
  const best = runs.reduce((a, b) => (b.wallSeconds < a.wallSeconds ? b : a));
  const peak = Math.max(...runs.map((r) => r.peakRssMB));
  const usPerTrajectory = (best.cpuSeconds * 1e6) / best.trajectories;
  const f = (x: number, d = 1) => x.toFixed(d);
  const table = markdownTable(
    ['run', 'wall s', 'cpu s', 'events', 'trajectories', 'µs (cpu) per trajectory', 'children under a measure', 'peak RSS MB'],
    [first.value, ...runs].map((m, i) => [
      i === 0 ? 'first (pilots)' : `cached ${i}`,
      f(m.wallSeconds),
      f(m.cpuSeconds),
      m.eventsFired.toLocaleString('en-US'),
      Math.round(m.trajectories).toLocaleString('en-US'),
      f((m.cpuSeconds * 1e6) / m.trajectories),
      f(m.childrenUnderMeasure, 0),
      f(m.peakRssMB, 0),
    ]),
    [false, true, true, true, true, true, true, true],
  );
  const timeMet = best.wallSeconds < TARGET_SECONDS;
  const memoryMet = peak < TARGET_MB;
  const targets = markdownTable(
    ['target', 'measured', ''],
    [
      [
        `wall time < ${TARGET_SECONDS} s (best cached run)`,
        `${f(best.wallSeconds)} s (cpu ${f(best.cpuSeconds)} s)`,
        timeMet ? 'met' : 'MISSED',
      ],
      [`peak RSS < ${TARGET_MB} MB (largest cached run)`, `${f(peak, 0)} MB`, memoryMet ? 'met' : 'MISSED'],
    ],
  );
  const report = [
    '### national: the Netherlands, one replication, 10 observed years',
    '',
    `load average ${f(load[0]!, 2)} at the start, ${f(load[1]!, 2)} at the end (2 cores shared: read the cpu column)`,
    '',
    table,
    '',
    targets,
  ].join('\n');
  const row = {
    name: 'national',
    engine: 'jbsim-run',
    ...best,
    peakRssMB: peak,
    usPerTrajectory,
    firstWallSeconds: first.value.wallSeconds,
    loadStart: load[0]!,
    loadEnd: load[1]!,
  };
  return { rows: [row], report, targetsMet: timeMet && memoryMet, failed: false };
}

export const national: Benchmark = {
  name: 'national',
  description:
    'the national scenario, one replication over 10 observed years: wall and cpu time, µs per family trajectory, peak memory (best of the runs after the pilots are cached)',
  run,
};
