// Small models built on the kernel for the analytic and determinism checks.

import { Exponential, RandomStreams, Resource, Simulation, Tally } from '../../src/kernel/index.js';

export interface MMcRun {
  arrivalRate: number;
  serviceRate: number;
  servers: number;
  seed: number;
  replication: number;
  /** Statistics start here (the transient from an empty system is discarded). */
  warmupDays: number;
  /** Arrivals stop here; the customers still inside are then served to the end. */
  horizonDays: number;
  /** Which resource API the customers use. */
  api: 'callback' | 'process';
}

export interface MMcResult {
  /** Customers who arrived in [warmup, horizon). */
  customers: number;
  /** Their mean wait in queue. */
  meanWait: number;
  /** The fraction of them who waited at all. */
  fractionWaited: number;
  /** Time-average busy servers / c over [warmup, horizon]. */
  utilisation: number;
  /** Time-average number waiting over [warmup, horizon]. */
  meanQueueLength: number;
}

export function runMMc(p: MMcRun): MMcResult {
  const sim = new Simulation();
  const streams = new RandomStreams(p.seed, p.replication);
  const arrivals = streams.stream('arrivals');
  const services = streams.stream('services');
  const interarrival = new Exponential(1 / p.arrivalRate);
  const service = new Exponential(1 / p.serviceRate);
  const res = new Resource(sim, { capacity: p.servers });
  const waits = new Tally();
  let waited = 0;
  let utilisation = NaN;
  let meanQueueLength = NaN;

  const record = (arrivedAt: number): void => {
    if (arrivedAt < p.warmupDays) return;
    const w = sim.now - arrivedAt;
    waits.add(w);
    if (w > 0) waited++;
  };

  function* customer(): Generator<any, void, any> {
    const arrivedAt = sim.now;
    const req = res.request();
    yield req;
    record(arrivedAt);
    yield service.sample(services);
    res.release(req);
  }

  const arrive = (): void => {
    if (p.api === 'process') sim.process(customer());
    else {
      const arrivedAt = sim.now;
      res.acquire(() => {
        record(arrivedAt);
        sim.schedule(service.sample(services), () => res.release());
      });
    }
    const gap = interarrival.sample(arrivals);
    if (sim.now + gap < p.horizonDays) sim.schedule(gap, arrive);
  };

  sim.schedule(interarrival.sample(arrivals), arrive);
  sim.scheduleAt(p.warmupDays, () => {
    res.busy.reset();
    res.queueLength.reset();
  });
  sim.scheduleAt(p.horizonDays, () => {
    utilisation = res.busy.mean() / p.servers;
    meanQueueLength = res.queueLength.mean();
  });
  sim.run();
  return {
    customers: waits.n,
    meanWait: waits.mean,
    fractionWaited: waited / waits.n,
    utilisation,
    meanQueueLength,
  };
}
