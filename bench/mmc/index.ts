// Benchmark "mmc": the M/M/c queue in four engines, each in its own child process, so wall
// time and peak memory are per engine. Each child runs the model `reps` times with the same
// seed; the table reports the fastest run (the first run includes JIT warm-up and is usually
// the slowest). The engines take turns over ROUNDS rounds (a child per engine per round), so
// a burst of other work on a shared machine slows them all rather than one: the ratios are
// measured side by side. Peak RSS is the largest of an engine's children, each covering its
// whole life, all repetitions included.
//
// Each child settles into a speed of its own once compiled (the same engine's children were
// seen to level off 40 % apart on a busy machine), so the fastest of a few children is partly
// luck. Five rounds give each engine five children, and the report adds the ratios round by
// round (each engine's fastest run in that round, side by side in time), least, median and
// most, so the spread of a ratio is printed beside the figure the target reads.

import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { repoRoot, runChild } from '../child.js';
import { markdownTable } from '../table.js';
import type { BenchOptions, BenchOutcome, BenchRow, Benchmark } from '../types.js';
import { erlangCWait, jsEngines } from './engines.js';
import { MMC } from './params.js';
import { isNonEmpty, type NonEmpty } from '../../src/lists.js';

const workerPath = fileURLToPath(new URL('./worker.js', import.meta.url));
const simpyScript = `${repoRoot}bench/mmc_simpy.py`;
/** Debian's python3 carries python3-simpy3; a pyenv python on PATH usually does not. */
const python = process.env.JBSIM_BENCH_PYTHON ?? '/usr/bin/python3';
const SIMPY_INSTALL = 'apt-get update && apt-get install -y python3-simpy3';
/** Turns each engine takes; its fastest run over all of them is reported. */
const ROUNDS = 5;

interface EngineReport {
  engine: string;
  version: string;
  runs: { wallSeconds: number; cpuSeconds: number; meanWait: number; served: number; events: number }[];
  peakRssMB: number;
}

interface Measured {
  engine: string;
  version: string;
  wallSeconds: number;
  /** The least CPU time of any run: what the engine costs when other work takes turns on the cores. */
  cpuSeconds: number;
  customersPerSecond: number;
  eventsPerCustomer: number;
  meanWait: number;
  peakRssMB: number;
  served: number;
}

const TARGETS = {
  callbackVsSimpy: 20, // callback API customers/s ≥ 20 × SimPy's
  callbackVsPlain: 2, // callback API wall time ≤ 2 × the plain loop's
  processVsSimpy: 15, // process API customers/s ≥ 15 × SimPy's
  peakRssMB: 100, // jbsim engines
};

function best(reports: NonEmpty<EngineReport>, customers: number): Measured {
  const runs = reports.flatMap((r) => r.runs);
  const fastest = runs.reduce((a, b) => (b.wallSeconds < a.wallSeconds ? b : a));
  return {
    engine: reports[0].engine,
    version: reports[0].version,
    wallSeconds: fastest.wallSeconds,
    cpuSeconds: Math.min(...runs.map((r) => r.cpuSeconds)),
    customersPerSecond: customers / fastest.wallSeconds,
    eventsPerCustomer: fastest.events / customers,
    meanWait: fastest.meanWait,
    peakRssMB: Math.max(...reports.map((r) => r.peakRssMB)),
    served: fastest.served,
  };
}

async function simpyAvailable(): Promise<string | null> {
  if (!existsSync(python)) return `${python} not found`;
  const probe = await runChild<string>(python, ['-c', 'import json, simpy; print(json.dumps(simpy.__version__))']);
  return probe.ok ? null : `SimPy cannot be imported by ${python}`;
}

async function run(options: BenchOptions): Promise<BenchOutcome> {
  const { customers, seed } = MMC;
  const reps = String(options.reps);
  const notes: string[] = [];
  const measured: Measured[] = [];
  let failed = false;

  const missing = await simpyAvailable();
  if (missing !== null) notes.push(`SimPy skipped (${missing}). To include it: ${SIMPY_INSTALL}`);
  const engines: { label: string; command: string; args: string[] }[] = jsEngines.map((engine) => ({
    label: engine,
    command: process.execPath,
    args: [workerPath, engine, String(customers), reps, String(seed)],
  }));
  if (missing === null) {
    engines.push({
      label: 'simpy',
      command: python,
      args: [simpyScript, MMC.lambda, MMC.mu, MMC.servers, customers, reps, seed].map(String),
    });
  }

  const loadAtStart = loadavg()[0] ?? NaN;
  const reports = new Map<string, EngineReport[]>(engines.map((e) => [e.label, []]));
  for (let round = 1; round <= ROUNDS; round++) {
    for (const e of engines) {
      if (reports.get(e.label) === undefined) continue; // failed in an earlier round
      process.stderr.write(`  mmc: round ${round}/${ROUNDS}: ${e.label} ...\n`);
      const res = await runChild<EngineReport>(e.command, e.args);
      if (res.ok && res.value) reports.get(e.label)!.push(res.value);
      else {
        notes.push(`${e.label} failed: ${res.error}`);
        failed = true;
        reports.delete(e.label);
      }
    }
  }
  for (const e of engines) {
    const r = reports.get(e.label);
    if (r !== undefined && isNonEmpty(r)) measured.push(best(r, customers));
  }
  // other work on the machine lengthens wall times: say how much there was
  const load =
    `Load average (1 min) ${loadAtStart.toFixed(2)} at the start of this benchmark, ${(loadavg()[0] ?? NaN).toFixed(2)} at its end. ` +
    '"cpu s" is the least CPU time of any run (all threads of the process; in Node that includes V8\'s collector and compiler ' +
    'threads): when other work shares the cores it is the steadier figure, and "by cpu" is SimPy\'s divided by the engine\'s. ' +
    'The targets are read from wall time.';

  const get = (e: string): Measured | undefined => measured.find((m) => m.engine === e);
  const simpy = get('simpy');
  const plain = get('plain-js');
  const cb = get('jbsim-callback');
  const proc = get('jbsim-process');
  const wq = erlangCWait(MMC.lambda, MMC.mu, MMC.servers);

  const ratio = (x: number | undefined): string => (x === undefined ? '–' : `${x.toFixed(1)}×`);

  // each engine's fastest wall time round by round, and a ratio of two engines per round
  const roundBest = (label: string): number[] => (reports.get(label) ?? []).map((r) => Math.min(...r.runs.map((x) => x.wallSeconds)));
  const perRound = (num: string, den: string): string => {
    const a = roundBest(num);
    const b = roundBest(den);
    if (a.length !== ROUNDS || b.length !== ROUNDS) return '–';
    const r = a.map((x, k) => x / b[k]!).sort((x, y) => x - y);
    const mid = r.length % 2 === 1 ? r[(r.length - 1) / 2]! : (r[r.length / 2 - 1]! + r[r.length / 2]!) / 2;
    return `${ratio(r[0])} – ${ratio(mid)} – ${ratio(r[r.length - 1])}`;
  };
  const table = markdownTable(
    [
      'engine',
      'wall s',
      'cpu s',
      'customers/s',
      'events/customer',
      'peak RSS MB',
      'mean wait',
      'speed vs SimPy',
      'by cpu',
      'time vs plain loop',
    ],
    measured.map((m) => [
      m.engine,
      m.wallSeconds.toFixed(3),
      m.cpuSeconds.toFixed(3),
      Math.round(m.customersPerSecond).toLocaleString('en-US'),
      m.eventsPerCustomer.toFixed(2),
      m.peakRssMB.toFixed(1),
      m.meanWait.toFixed(4),
      ratio(simpy && m.customersPerSecond / simpy.customersPerSecond),
      ratio(simpy && simpy.cpuSeconds / m.cpuSeconds),
      ratio(plain && m.wallSeconds / plain.wallSeconds),
    ]),
    [false, true, true, true, true, true, true, true, true, true],
  );

  // targets: null where an engine it needs did not run
  const checks: [string, number | undefined, (x: number) => boolean, string][] = [
    [
      `jbsim-callback customers/s ≥ ${TARGETS.callbackVsSimpy}× SimPy`,
      cb && simpy && cb.customersPerSecond / simpy.customersPerSecond,
      (x) => x >= TARGETS.callbackVsSimpy,
      '×',
    ],
    [
      `jbsim-callback wall time ≤ ${TARGETS.callbackVsPlain}× plain loop`,
      cb && plain && cb.wallSeconds / plain.wallSeconds,
      (x) => x <= TARGETS.callbackVsPlain,
      '×',
    ],
    [
      `jbsim-process customers/s ≥ ${TARGETS.processVsSimpy}× SimPy`,
      proc && simpy && proc.customersPerSecond / simpy.customersPerSecond,
      (x) => x >= TARGETS.processVsSimpy,
      '×',
    ],
    [`jbsim-callback peak RSS < ${TARGETS.peakRssMB} MB`, cb?.peakRssMB, (x) => x < TARGETS.peakRssMB, ' MB'],
    [`jbsim-process peak RSS < ${TARGETS.peakRssMB} MB`, proc?.peakRssMB, (x) => x < TARGETS.peakRssMB, ' MB'],
  ];
  let targetsMet: boolean | null = true;
  const targetRows = checks.map(([what, value, ok, unit]) => {
    if (value === undefined) {
      targetsMet = null;
      return [what, '–', 'not checked'];
    }
    const met = ok(value);
    if (!met && targetsMet !== null) targetsMet = false;
    return [what, `${value.toFixed(1)}${unit}`, met ? 'met' : 'MISSED'];
  });
  const targetTable = markdownTable(['target', 'measured', ''], targetRows);
  const spreadTable = markdownTable(
    ['ratio', `per round (least – median – most of ${ROUNDS})`],
    [
      ['jbsim-callback × SimPy (speed)', perRound('simpy', 'jbsim-callback')],
      ['jbsim-callback ÷ plain loop (time)', perRound('jbsim-callback', 'plain-js')],
      ['jbsim-process × SimPy (speed)', perRound('simpy', 'jbsim-process')],
      ['jbsim-spawn × SimPy (speed)', perRound('simpy', 'jbsim-spawn')],
    ],
  );

  // agreement: the JavaScript engines share their random numbers, so their means must be equal;
  // SimPy draws its own, so it agrees with Erlang C only up to sampling error
  const jsMeans = measured.filter((m) => m.engine !== 'simpy').map((m) => m.meanWait);
  const [firstMean = NaN] = jsMeans;
  const jsAgree = jsMeans.every((w) => Math.abs(w - firstMean) <= 1e-9 * Math.abs(firstMean));
  if (!jsAgree) {
    notes.push('The JavaScript engines disagree on the mean wait: they share their random numbers, so this is a bug.');
    failed = true;
  }
  for (const m of measured) {
    if (m.served !== customers) {
      notes.push(`${m.engine} served ${m.served} customers, not ${customers}.`);
      failed = true;
    }
    // a sanity band, not a test: one run's mean wait has a standard deviation of about 6 %
    if (Math.abs(m.meanWait - wq) > 0.25 * wq) {
      notes.push(`${m.engine}: mean wait ${m.meanWait.toFixed(4)} is more than 25 % from Erlang C ${wq.toFixed(4)}.`);
      failed = true;
    }
  }

  const versions = measured.filter((m) => m.engine === 'simpy' || m.engine === 'plain-js').map((m) => m.version);
  const report = [
    `### mmc: M/M/c queue, λ = ${MMC.lambda}, μ = ${MMC.mu}, c = ${MMC.servers}, ${customers.toLocaleString('en-US')} customers`,
    '',
    `Each engine in its own process, ${reps} run${options.reps === 1 ? '' : 's'} with the same seed per process; the engines take turns over ${ROUNDS} rounds and the fastest of an engine's ${ROUNDS * options.reps} runs is shown. ${versions.join('; ')}. ${load}`,
    '',
    table,
    '',
    `Mean wait in queue: Erlang C gives ${wq.toFixed(4)} in steady state. ` +
      (jsAgree ? 'The JavaScript engines share their random numbers and agree exactly. ' : '') +
      (simpy ? 'SimPy draws its own (Mersenne Twister), so it agrees up to sampling error.' : ''),
    '',
    targetTable,
    '',
    spreadTable,
    ...(notes.length > 0 ? ['', ...notes.map((n) => `- ${n}`)] : []),
  ].join('\n');

  const rows: BenchRow[] = measured.map((m) => ({
    name: 'mmc',
    engine: m.engine,
    customers,
    wallSeconds: m.wallSeconds,
    cpuSeconds: m.cpuSeconds,
    customersPerSecond: m.customersPerSecond,
    peakRssMB: m.peakRssMB,
  }));
  return { rows, report, targetsMet, failed };
}

export const mmc: Benchmark = {
  name: 'mmc',
  description: 'M/M/c queue: jbsim callback and process APIs against SimPy 3 and a plain JavaScript loop',
  run,
};
