// Benchmark "national": the Netherlands at scale, `jbsim run scenarios/netherlands.yaml
// --replications 1 --years 10 --workers 1` (warm-up included), in its own process for its peak
// memory. Targets from the model issue: under 5 s and under 500 MB.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runChild } from '../child.js';
import { markdownTable } from '../table.js';
import type { BenchOutcome, Benchmark } from '../types.js';

const childPath = fileURLToPath(new URL('./child.js', import.meta.url));
const TARGET_SECONDS = 5;
const TARGET_MB = 500;

interface Measured {
  wallSeconds: number;
  eventsFired: number;
  childrenUnderMeasure: number | null;
  peakRssMB: number;
}

async function run(): Promise<BenchOutcome> {
  const out = mkdtempSync(join(tmpdir(), 'jbsim-bench-national-'));
  process.stderr.write('  national: jbsim run scenarios/netherlands.yaml --replications 1 --years 10 --workers 1 ...\n');
  const res = await runChild<Measured>(process.execPath, [childPath, out]);
  rmSync(out, { recursive: true, force: true });
  if (!res.ok || !res.value) return { rows: [], report: `### national\n\nfailed: ${res.error}`, targetsMet: null, failed: true };
  const m = res.value;
  const table = markdownTable(
    ['wall s', 'events', 'events/s', 'children under a measure', 'peak RSS MB'],
    [
      [
        m.wallSeconds.toFixed(1),
        m.eventsFired.toLocaleString('en-US'),
        Math.round(m.eventsFired / m.wallSeconds).toLocaleString('en-US'),
        m.childrenUnderMeasure === null ? '–' : m.childrenUnderMeasure.toFixed(0),
        m.peakRssMB.toFixed(0),
      ],
    ],
    [true, true, true, true, true],
  );
  const timeMet = m.wallSeconds < TARGET_SECONDS;
  const memoryMet = m.peakRssMB < TARGET_MB;
  const targets = markdownTable(
    ['target', 'measured', ''],
    [
      [`wall time < ${TARGET_SECONDS} s`, `${m.wallSeconds.toFixed(1)} s`, timeMet ? 'met' : 'MISSED'],
      [`peak RSS < ${TARGET_MB} MB`, `${m.peakRssMB.toFixed(0)} MB`, memoryMet ? 'met' : 'MISSED'],
    ],
  );
  const report = ['### national: the Netherlands, one replication, 10 observed years', '', table, '', targets].join('\n');
  return {
    rows: [{ name: 'national', engine: 'jbsim-run', ...m, childrenUnderMeasure: m.childrenUnderMeasure ?? -1 }],
    report,
    targetsMet: timeMet && memoryMet,
    failed: false,
  };
}

export const national: Benchmark = {
  name: 'national',
  description: 'the national scenario, one replication over 10 observed years (wall time, peak memory)',
  run,
};
