// Benchmark "compare": the bundled comparison as users run it, `jbsim compare
// scenarios/foodvalley` with the default replications, worker threads and report, once, in its
// own process. Target: under 60 s on a 2-core machine, with the cores kept busy.

import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runChild } from '../child.js';
import { markdownTable } from '../table.js';
import type { BenchOutcome, Benchmark } from '../types.js';

const childPath = fileURLToPath(new URL('./child.js', import.meta.url));
const TARGET_SECONDS = 60;
/** Share of the available cores (at most 2 counted) the run should keep busy. */
const TARGET_CORE_USE = 0.8;

interface Measured {
  wallSeconds: number;
  simulationSeconds: number;
  cpuSeconds: number;
  scenarios: number;
  replications: number;
  eventsFired: number;
  workers: number;
  peakRssMB: number;
}

async function run(): Promise<BenchOutcome> {
  const out = mkdtempSync(join(tmpdir(), 'jbsim-bench-compare-'));
  process.stderr.write('  compare: jbsim compare scenarios/foodvalley ...\n');
  const res = await runChild<Measured>(process.execPath, [childPath, out]);
  rmSync(out, { recursive: true, force: true });
  if (!res.ok || !res.value) return { rows: [], report: `### compare\n\nfailed: ${res.error}`, targetsMet: null, failed: true };
  const m = res.value;
  const coresUsed = m.cpuSeconds / m.wallSeconds;
  const coresAvailable = Math.min(cpus().length, 2);
  const replications = m.scenarios * m.replications;
  const table = markdownTable(
    ['scenarios × replications', 'workers', 'wall s', 'of which simulation s', 'replications/s', 'events/s', 'cores used', 'peak RSS MB'],
    [
      [
        `${m.scenarios} × ${m.replications}`,
        String(m.workers),
        m.wallSeconds.toFixed(1),
        m.simulationSeconds.toFixed(1),
        (replications / m.simulationSeconds).toFixed(2),
        Math.round(m.eventsFired / m.simulationSeconds).toLocaleString('en-US'),
        coresUsed.toFixed(2),
        m.peakRssMB.toFixed(0),
      ],
    ],
    [false, true, true, true, true, true, true, true],
  );
  const wallMet = m.wallSeconds < TARGET_SECONDS;
  const coresMet = coresUsed >= TARGET_CORE_USE * coresAvailable;
  const targets = markdownTable(
    ['target', 'measured', ''],
    [
      [`wall time < ${TARGET_SECONDS} s`, `${m.wallSeconds.toFixed(1)} s`, wallMet ? 'met' : 'MISSED'],
      [`cores used ≥ ${TARGET_CORE_USE} × ${coresAvailable}`, coresUsed.toFixed(2), coresMet ? 'met' : 'MISSED'],
    ],
  );
  const report = [
    '### compare: the bundled FoodValley comparison',
    '',
    'One run of `jbsim compare scenarios/foodvalley` (default replications, one worker thread per core, report included). Cores used: CPU time of the process and its worker threads over wall time; other load on the machine lowers it.',
    '',
    table,
    '',
    targets,
  ].join('\n');
  return {
    rows: [{ name: 'compare', engine: 'jbsim-workers', ...m, coresUsed }],
    report,
    targetsMet: wallMet && coresMet,
    failed: false,
  };
}

export const compare: Benchmark = {
  name: 'compare',
  description: 'the bundled FoodValley comparison (jbsim compare scenarios/foodvalley), wall time and core use',
  run,
};
