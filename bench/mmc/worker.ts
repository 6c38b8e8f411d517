// Child process for one JavaScript engine: runs the model `reps` times and prints the times
// and its own peak memory as one JSON line. Usage: node worker.js ENGINE CUSTOMERS REPS SEED

import { performance } from 'node:perf_hooks';
import { jsEngines, runJsEngine, type JsEngine, type MmcParams } from './engines.js';
import { MMC } from './params.js';

const [engine, customers, reps, seed] = process.argv.slice(2);
if (!jsEngines.includes(engine as JsEngine)) {
  console.error(`unknown engine ${engine}; one of ${jsEngines.join(', ')}`);
  process.exit(2);
}
const params: MmcParams = { ...MMC, customers: Number(customers), seed: Number(seed) };

const runs = [];
for (let r = 0; r < Number(reps); r++) {
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const result = runJsEngine(engine as JsEngine, params);
  const wallSeconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  // all of the process's threads: V8's collector and compiler threads count too
  runs.push({ wallSeconds, cpuSeconds: (cpu.user + cpu.system) / 1e6, ...result });
}
console.log(
  JSON.stringify({
    engine,
    version: `Node ${process.version}`,
    runs,
    peakRssMB: process.resourceUsage().maxRSS / 1024, // maxRSS is in KiB
  }),
);
