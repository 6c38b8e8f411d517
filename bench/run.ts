// `npm run bench [-- --json FILE] [--reps N] [--only NAME,...] [--check]`
// Runs the benchmark modules in `benchmarks` one after another and prints their tables.
// A new benchmark (a national-scale run, a scenario comparison) is a module that returns rows
// with its own name; add it to the list below.
//   --json FILE   also write {"benchmarks": [rows of every module]} to FILE
//   --reps N      timed runs per engine, fastest reported (default 5; fewer leave the JIT cold)
//   --only NAMES  run only these benchmarks
//   --check       exit 1 when a module misses a target (not only on hard failures)

import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { compare } from './compare/index.js';
import { mmc } from './mmc/index.js';
import { national } from './national/index.js';
import { web } from './web/index.js';
import type { BenchRow, Benchmark } from './types.js';

const benchmarks: Benchmark[] = [mmc, compare, national, web];

const { values } = parseArgs({
  options: {
    json: { type: 'string' },
    reps: { type: 'string', default: '5' },
    only: { type: 'string' },
    check: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});

if (values.help) {
  console.log('npm run bench -- [--json FILE] [--reps N] [--only NAME,...] [--check]\n');
  for (const b of benchmarks) console.log(`  ${b.name.padEnd(12)} ${b.description}`);
  process.exit(0);
}

const reps = Number(values.reps);
if (!Number.isInteger(reps) || reps < 1) {
  console.error(`--reps ${values.reps}: expected a whole number ≥ 1`);
  process.exit(2);
}
const only = values.only?.split(',').map((s) => s.trim());
const unknown = only?.filter((n) => !benchmarks.some((b) => b.name === n)) ?? [];
if (unknown.length > 0) {
  console.error(`unknown benchmark ${unknown.join(', ')}; known: ${benchmarks.map((b) => b.name).join(', ')}`);
  process.exit(2);
}

const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';
// the load average says whether other work shared the machine (wall times are then longer)
console.log(
  `jbsim benchmarks, ${new Date().toISOString()}, ${cpu} (${cpus().length} cores), Node ${process.version}, ` +
    `load average ${(loadavg()[0] ?? NaN).toFixed(2)}\n`,
);

const rows: BenchRow[] = [];
let failed = false;
let missed = false;
for (const b of benchmarks) {
  if (only && !only.includes(b.name)) continue;
  process.stderr.write(`${b.name}: ${b.description}\n`);
  const outcome = await b.run({ reps });
  rows.push(...outcome.rows);
  console.log(`${outcome.report}\n`);
  failed ||= outcome.failed;
  missed ||= outcome.targetsMet === false;
}

if (values.json !== undefined) {
  writeFileSync(values.json, `${JSON.stringify({ benchmarks: rows }, null, 2)}\n`);
  console.log(`wrote ${values.json}`);
}
if (failed || (values.check && missed)) process.exitCode = 1;
