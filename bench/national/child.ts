// Child process for the "national" benchmark: one replication of scenarios/netherlands.yaml over
// 10 observed years on one worker, as the model issue states it, and one JSON line of results.
// Usage: node child.js OUT_DIR

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';

const [out] = process.argv.slice(2);
if (out === undefined) {
  console.error('usage: node child.js OUT_DIR');
  process.exit(2);
}
const t0 = performance.now();
const code = await main([
  'run',
  'scenarios/netherlands.yaml',
  '--replications',
  '1',
  '--years',
  '10',
  '--workers',
  '1',
  '--out',
  out,
  '--quiet',
]);
const wallSeconds = (performance.now() - t0) / 1000;
if (code !== 0) {
  console.error(`jbsim run exited with ${code}`);
  process.exit(1);
}
const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as {
  provenance: { eventsFired: number };
  metrics: { childrenUnderMeasure?: { mean: number } };
};
console.log(
  JSON.stringify({
    wallSeconds,
    eventsFired: summary.provenance.eventsFired,
    childrenUnderMeasure: summary.metrics.childrenUnderMeasure?.mean ?? null,
    peakRssMB: process.resourceUsage().maxRSS / 1024,
  }),
);
