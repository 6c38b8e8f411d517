// M/M/c queues against Erlang C. Each setting runs independent replications (own random
// substreams, warm-up discarded) and the theory must lie inside a t confidence interval of the
// replication means. Intervals are at 99.9 %: with 20 of them in this file, a correct kernel
// fails somewhere with probability about 2 % for an arbitrary seed, while a kernel that is
// a few per cent off is caught. The warm-up is at least 25 relaxation times of the queue, so
// the initial-transient bias left is far below the interval width and no widening is added.

import { describe, expect, it } from 'vitest';
import { runMMc, type MMcResult } from '../helpers/models.js';
import { mmc } from '../helpers/queueing.js';
import { tInterval } from '../helpers/stats.js';

const CONFIDENCE = 0.999;
const SEED = 20240611;

interface Setting {
  name: string;
  arrivalRate: number;
  serviceRate: number;
  servers: number;
  warmupDays: number;
  horizonDays: number;
  replications: number;
  api: 'callback' | 'process';
}

const settings: Setting[] = [
  // light load through the process API (request events, generators)
  {
    name: 'M/M/1, ρ = 0.5, process API',
    arrivalRate: 0.5,
    serviceRate: 1,
    servers: 1,
    warmupDays: 500,
    horizonDays: 20_000,
    replications: 30,
    api: 'process',
  },
  {
    name: 'M/M/3, ρ = 0.8',
    arrivalRate: 2.4,
    serviceRate: 1,
    servers: 3,
    warmupDays: 1_000,
    horizonDays: 40_000,
    replications: 30,
    api: 'callback',
  },
  {
    name: 'M/M/5, ρ = 0.9',
    arrivalRate: 4.5,
    serviceRate: 1,
    servers: 5,
    warmupDays: 2_000,
    horizonDays: 60_000,
    replications: 30,
    api: 'callback',
  },
  // the slowest to settle: relaxation time 1/(μ(1−√ρ)²) ≈ 380 days
  {
    name: 'M/M/1, ρ = 0.9',
    arrivalRate: 0.9,
    serviceRate: 1,
    servers: 1,
    warmupDays: 10_000,
    horizonDays: 210_000,
    replications: 30,
    api: 'callback',
  },
];

function replicate(s: Setting): MMcResult[] {
  const results: MMcResult[] = [];
  for (let r = 0; r < s.replications; r++) {
    results.push(
      runMMc({
        arrivalRate: s.arrivalRate,
        serviceRate: s.serviceRate,
        servers: s.servers,
        seed: SEED,
        replication: r,
        warmupDays: s.warmupDays,
        horizonDays: s.horizonDays,
        api: s.api,
      }),
    );
  }
  return results;
}

function expectInside(label: string, theory: number, xs: number[]): void {
  const ci = tInterval(xs, CONFIDENCE);
  const report = `${label}: theory ${theory.toPrecision(5)}, ${CONFIDENCE * 100}% CI [${ci.lo.toPrecision(5)}, ${ci.hi.toPrecision(5)}]`;
  expect(ci.lo <= theory && theory <= ci.hi, report).toBe(true);
  // an interval so wide it could not catch a wrong kernel would make the check empty
  expect(ci.halfWidth / theory, `${report}: too wide to be a test`).toBeLessThan(0.08);
}

describe('M/M/c against Erlang C', () => {
  for (const s of settings) {
    it(s.name, () => {
      const theory = mmc(s.arrivalRate, s.serviceRate, s.servers);
      const runs = replicate(s);
      // enough customers that the per-replication means are close to normal
      expect(Math.min(...runs.map((r) => r.customers))).toBeGreaterThan(9_000);
      expectInside(
        'mean wait in queue Wq',
        theory.meanWaitInQueue,
        runs.map((r) => r.meanWait),
      );
      expectInside(
        'probability of waiting',
        theory.probWait,
        runs.map((r) => r.fractionWaited),
      );
      expectInside(
        'utilisation',
        theory.utilisation,
        runs.map((r) => r.utilisation),
      );
      expectInside(
        'time-average queue length Lq',
        theory.meanQueueLength,
        runs.map((r) => r.meanQueueLength),
      );
      // the arrival rate: a clock or sampler off by a common factor leaves ρ unchanged but not this
      expectInside(
        'arrival rate λ',
        s.arrivalRate,
        runs.map((r) => r.customers / (s.horizonDays - s.warmupDays)),
      );
    });
  }
});
