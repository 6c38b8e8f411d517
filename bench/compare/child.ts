// Child process for the "compare" benchmark: runs `jbsim compare scenarios/foodvalley` in this
// process (so process.cpuUsage covers the worker threads too) and prints one JSON line.
// Usage: node child.js OUT_DIR [extra jbsim options...]

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';

const [out, ...extra] = process.argv.slice(2);
if (out === undefined) {
  console.error('usage: node child.js OUT_DIR [extra jbsim options...]');
  process.exit(2);
}
const cpu0 = process.cpuUsage();
const t0 = performance.now();
const code = await main(['compare', 'scenarios/foodvalley', '--out', out, '--quiet', ...extra]);
const wallSeconds = (performance.now() - t0) / 1000;
const cpu = process.cpuUsage(cpu0);
if (code !== 0) {
  console.error(`jbsim compare exited with ${code}`);
  process.exit(1);
}
const comparison = JSON.parse(readFileSync(join(out, 'comparison.json'), 'utf8')) as {
  replications: number;
  scenarios: Record<string, unknown>;
};
const baseline = JSON.parse(readFileSync(join(out, 'summaries', 'baseline.json'), 'utf8')) as {
  provenance: { wallSeconds: number; eventsFired: number; workers: number };
};
console.log(
  JSON.stringify({
    wallSeconds,
    simulationSeconds: baseline.provenance.wallSeconds,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    scenarios: Object.keys(comparison.scenarios).length + 1,
    replications: comparison.replications,
    eventsFired: baseline.provenance.eventsFired,
    workers: baseline.provenance.workers,
    peakRssMB: process.resourceUsage().maxRSS / 1024,
  }),
);
