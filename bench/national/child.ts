// Child process for the "national" benchmark: one replication of scenarios/netherlands/baseline.yaml
// over 10 observed years on one worker, as the issue states it, and one JSON line of results.
// Usage: node child.js OUT_DIR

import { limitHeapGrowth } from '../../src/cli/heapGrowth.js';

// before the program loads, as bin/jbsim does (src/cli/heapGrowth.ts)
limitHeapGrowth();
const { readFileSync } = await import('node:fs');
const { join } = await import('node:path');
const { main } = await import('../../src/cli/main.js');
const { loadScenario } = await import('../../src/node/scenarioFiles.js');

const NATIONAL_ARGS = ['run', 'scenarios/netherlands/baseline.yaml', '--replications', '1', '--years', '10', '--workers', '1', '--quiet'];

const [out] = process.argv.slice(2);
if (out === undefined) {
  console.error('usage: node child.js OUT_DIR');
  process.exit(2);
}
const t0 = performance.now();
const cpu0 = process.cpuUsage();
const code = await main([...NATIONAL_ARGS, '--out', out!]);
const wallSeconds = (performance.now() - t0) / 1000;
const cpu = process.cpuUsage(cpu0);
if (code !== 0) {
  console.error(`jbsim run exited with ${code}`);
  process.exit(1);
}
type Metric = { mean: number } | undefined;
const summary = JSON.parse(readFileSync(join(out!, 'summary.json'), 'utf8')) as {
  provenance: { eventsFired: number };
  warmupDays: number;
  horizonDays: number;
  metrics: Record<string, Metric>;
};
const followUpDays = loadScenario('scenarios/netherlands/baseline.yaml').scenario.simulation.followUpYears * 365.25;
const mean = (k: string) => summary.metrics[k]?.mean ?? NaN;
console.log(
  JSON.stringify({
    wallSeconds,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    eventsFired: summary.provenance.eventsFired,
    childrenUnderMeasure: mean('childrenUnderMeasure'),
    // family trajectories simulated: those begun per day in the observed window (new families
    // and re-entries) times the days simulated (warm-up, window, follow-up)
    trajectories:
      ((mean('familiesArrived') + mean('reentries')) / summary.horizonDays) * (summary.warmupDays + summary.horizonDays + followUpDays),
    peakRssMB: process.resourceUsage().maxRSS / 1024,
  }),
);
