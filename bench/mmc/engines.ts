// The M/M/c queue written three ways in JavaScript: with the kernel's callback API, with its
// process API (customers started with `process`, as in SimPy, or with `spawn`, as the model
// starts its families), and as a plain loop that uses no kernel at all. bench/mmc_simpy.py is
// the same model in SimPy 3.
//
// All of them draw from the same two Alea streams (arrivals, service) in the same order: an
// interarrival time at each arrival, a service time when service starts. With FIFO service the
// sample paths are identical, so the three mean waits must agree to the last digit.

import seedrandom from 'seedrandom';
import { Exponential, Resource, Simulation, Stream, type ProcessGenerator } from '../../src/kernel/index.js';

export interface MmcParams {
  lambda: number;
  mu: number;
  servers: number;
  customers: number;
  seed: number;
}

export interface MmcRun {
  /** Mean wait in queue over all customers, zero waits included (days, or any time unit). */
  meanWait: number;
  served: number;
  /** Events the engine processed, for events per customer. */
  events: number;
}

export type JsEngine = 'jbsim-callback' | 'jbsim-process' | 'jbsim-spawn' | 'plain-js';
export const jsEngines: JsEngine[] = ['jbsim-callback', 'jbsim-process', 'jbsim-spawn', 'plain-js'];

function seedOf(p: MmcParams, name: string): string {
  return `mmc/${p.seed}/${name}`;
}

/** Callback API: two scheduled calls per customer (arrival, departure), no event objects. */
export function runCallback(p: MmcParams): MmcRun {
  const sim = new Simulation();
  const server = new Resource(sim, { capacity: p.servers });
  const interarrival = new Exponential(1 / p.lambda);
  const service = new Exponential(1 / p.mu);
  const arrivals = new Stream('arrivals', seedOf(p, 'arrivals'));
  const services = new Stream('service', seedOf(p, 'service'));
  let toArrive = p.customers;

  const depart = (): void => server.release();
  const startService = (): void => {
    sim.schedule(service.sample(services), depart);
  };
  const arrive = (): void => {
    server.acquire(startService);
    if (--toArrive > 0) sim.schedule(interarrival.sample(arrivals), arrive);
  };
  sim.schedule(interarrival.sample(arrivals), arrive);
  sim.run();
  return { meanWait: server.waits.mean, served: server.waits.n, events: sim.eventsFired };
}

/**
 * Process API: one generator per customer, as in SimPy. With `spawned`, each customer starts
 * with `spawn` (nobody waits for a customer): no start and no end event, 3 events a customer.
 */
export function runProcess(p: MmcParams, spawned = false): MmcRun {
  const sim = new Simulation();
  const server = new Resource(sim, { capacity: p.servers });
  const interarrival = new Exponential(1 / p.lambda);
  const service = new Exponential(1 / p.mu);
  const arrivals = new Stream('arrivals', seedOf(p, 'arrivals'));
  const services = new Stream('service', seedOf(p, 'service'));

  function* customer(): ProcessGenerator<void> {
    const req = server.request();
    yield req;
    yield service.sample(services);
    server.release(req);
  }
  function* source(): ProcessGenerator<void> {
    for (let i = 0; i < p.customers; i++) {
      yield interarrival.sample(arrivals);
      if (spawned) sim.spawn(customer());
      else sim.process(customer());
    }
  }
  sim.process(source());
  sim.run();
  return { meanWait: server.waits.mean, served: server.waits.n, events: sim.eventsFired };
}

/**
 * No kernel: a binary heap of (time, sequence, kind) on typed arrays, a ring buffer of arrival
 * times for the queue. The same tie-break as the kernel (time, then scheduling order), so the
 * comparison is like for like.
 */
export function runPlain(p: MmcParams): MmcRun {
  const arrivalPrng = seedrandom.alea(seedOf(p, 'arrivals'));
  const servicePrng = seedrandom.alea(seedOf(p, 'service'));
  const meanInterarrival = 1 / p.lambda;
  const meanService = 1 / p.mu;
  const nextInterarrival = (): number => {
    let u = arrivalPrng();
    while (u === 0) u = arrivalPrng();
    return -meanInterarrival * Math.log(u);
  };
  const nextService = (): number => {
    let u = servicePrng();
    while (u === 0) u = servicePrng();
    return -meanService * Math.log(u);
  };

  // at most one pending arrival plus one departure per server; the heap reads below hSize and the
  // queue reads below qLen stay inside their arrays (hence `!`)
  const cap = p.servers + 1;
  const hTime = new Float64Array(cap);
  const hSeq = new Float64Array(cap);
  const hKind = new Uint8Array(cap); // 0 arrival, 1 departure
  let hSize = 0;
  let seq = 0;
  const push = (time: number, kind: number): void => {
    const s = seq++;
    let i = hSize++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const pt = hTime[parent]!;
      if (pt < time || (pt === time && hSeq[parent]! < s)) break;
      hTime[i] = pt;
      hSeq[i] = hSeq[parent]!;
      hKind[i] = hKind[parent]!;
      i = parent;
    }
    hTime[i] = time;
    hSeq[i] = s;
    hKind[i] = kind;
  };
  // removes the top; the caller has read it
  const popTop = (): void => {
    const n = --hSize;
    if (n === 0) return;
    const lt = hTime[n]!;
    const ls = hSeq[n]!;
    const lk = hKind[n]!;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= n) break;
      const r = l + 1;
      const c = r < n && (hTime[r]! < hTime[l]! || (hTime[r] === hTime[l] && hSeq[r]! < hSeq[l]!)) ? r : l;
      if (lt < hTime[c]! || (lt === hTime[c] && ls < hSeq[c]!)) break;
      hTime[i] = hTime[c]!;
      hSeq[i] = hSeq[c]!;
      hKind[i] = hKind[c]!;
      i = c;
    }
    hTime[i] = lt;
    hSeq[i] = ls;
    hKind[i] = lk;
  };

  let queue = new Float64Array(1024); // arrival times of waiting customers, a ring buffer
  let qHead = 0;
  let qLen = 0;
  let busy = 0;
  let toArrive = p.customers;
  let served = 0;
  let meanWait = 0;
  let events = 0;

  const startService = (now: number, arrivedAt: number): void => {
    busy++;
    served++;
    meanWait += (now - arrivedAt - meanWait) / served; // running mean, as the kernel's Tally
    push(now + nextService(), 1);
  };

  push(nextInterarrival(), 0);
  while (hSize > 0) {
    const now = hTime[0]!;
    const kind = hKind[0]!;
    popTop();
    events++;
    if (kind === 0) {
      if (busy < p.servers && qLen === 0) startService(now, now);
      else {
        if (qLen === queue.length) {
          const grown = new Float64Array(queue.length * 2);
          for (let k = 0; k < qLen; k++) grown[k] = queue[(qHead + k) % queue.length]!;
          queue = grown;
          qHead = 0;
        }
        queue[(qHead + qLen++) % queue.length] = now;
      }
      if (--toArrive > 0) push(now + nextInterarrival(), 0);
    } else {
      busy--;
      if (qLen > 0) {
        const arrivedAt = queue[qHead]!;
        qHead = (qHead + 1) % queue.length;
        qLen--;
        startService(now, arrivedAt);
      }
    }
  }
  return { meanWait, served, events };
}

export function runJsEngine(engine: JsEngine, p: MmcParams): MmcRun {
  switch (engine) {
    case 'jbsim-callback':
      return runCallback(p);
    case 'jbsim-process':
      return runProcess(p);
    case 'jbsim-spawn':
      return runProcess(p, true);
    case 'plain-js':
      return runPlain(p);
  }
}

/** Erlang C: the exact mean wait in queue of the M/M/c queue in steady state. */
export function erlangCWait(lambda: number, mu: number, c: number): number {
  const a = lambda / mu;
  if (a >= c) return Infinity;
  let term = 1; // a^k / k!
  let sum = 0;
  for (let k = 0; k < c; k++) {
    sum += term;
    term *= a / (k + 1);
  }
  const tail = (term * c) / (c - a);
  return tail / (sum + tail) / (c * mu - lambda);
}
