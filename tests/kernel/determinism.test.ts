// Reproducibility: one seed, one output, byte for byte; and named streams that depend on
// (master seed, replication, name) only, so scenarios share random numbers by construction.

import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  Bernoulli,
  Empirical,
  Exponential,
  Gamma,
  Interrupt,
  Lognormal,
  RandomStreams,
  Resource,
  Simulation,
  Tally,
  Triangular,
} from '../../src/kernel/index.js';

/** A small model touching every kernel mechanism; returns the simulation and a finisher. */
function buildClinic(seed: number, replication: number): { sim: Simulation; result: () => string } {
  const sim = new Simulation();
  const rs = new RandomStreams(seed, replication);
  const arrivals = new Exponential(0.8);
  const intakeTime = new Lognormal(0.7, 0.4);
  const treatTime = new Gamma(2, 1.2);
  const reviewTime = new Triangular(0.1, 0.3, 1);
  const urgency = new Empirical([0, 1, 2], [1, 3, 6]);
  const dropOut = new Bernoulli(0.1);
  const intake = new Resource(sim, { capacity: 1 });
  const treatment = new Resource(sim, { capacity: 2, discipline: 'priority' });
  const sojourn = new Tally();
  const interrupted = new Tally();
  const order: number[] = [];

  function* family(id: number): Generator<any, void, any> {
    const start = sim.now;
    const r1 = intake.request();
    let r2 = null;
    try {
      yield r1;
      yield intakeTime.sample(rs.stream('intake'));
      intake.release(r1);
      r2 = treatment.request(urgency.sample(rs.stream('urgency')));
      yield r2;
      yield sim.timeout(treatTime.sample(rs.stream('treatment')));
    } catch (e) {
      if (!(e instanceof Interrupt)) throw e;
      interrupted.add(sim.now - start);
      return;
    } finally {
      intake.release(r1); // withdraws it if still queued; after the release above, a no-op
      if (r2 !== null) treatment.release(r2);
    }
    yield reviewTime.sample(rs.stream('review'));
    sojourn.add(sim.now - start);
    order.push(id);
  }

  let id = 0;
  const arrive = (): void => {
    const p = sim.process(family(id++));
    if (dropOut.sample(rs.stream('dropout')) === 1) {
      sim.schedule(0.5, () => {
        if (p.isAlive) p.interrupt('moved away');
      });
    }
    if (id < 400) sim.schedule(arrivals.sample(rs.stream('arrivals')), arrive);
  };
  sim.schedule(0, arrive);
  return {
    sim,
    result: () =>
      JSON.stringify({
        now: sim.now,
        eventsFired: sim.eventsFired,
        sojourn: [sojourn.n, sojourn.mean, sojourn.variance, sojourn.min, sojourn.max],
        interrupted: [interrupted.n, interrupted.mean],
        intakeBusy: intake.busy.mean(),
        treatmentQueue: treatment.queueLength.mean(),
        treatmentWaits: [treatment.waits.n, treatment.waits.mean, treatment.waits.variance],
        order,
      }),
  };
}

function runClinic(seed: number, replication = 0): string {
  const { sim, result } = buildClinic(seed, replication);
  sim.run();
  return result();
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('same seed, same output', () => {
  it('reruns are byte-identical; another seed or replication is not', () => {
    const a = runClinic(11);
    expect(runClinic(11)).toBe(a);
    const parsed = JSON.parse(a);
    // the model really ran: most families finished, a few were interrupted
    expect(parsed.sojourn[0]).toBeGreaterThan(300);
    expect(parsed.interrupted[0]).toBeGreaterThan(10);
    expect(parsed.sojourn[0] + parsed.interrupted[0]).toBe(400);
    expect(runClinic(12)).not.toBe(a);
    expect(runClinic(11, 1)).not.toBe(a);
  });

  it('two simulations stepped in turn do not disturb each other', () => {
    const alone = runClinic(11);
    const x = buildClinic(11, 0);
    const y = buildClinic(99, 0);
    let more = true;
    while (more) more = [x.sim.step(), y.sim.step()].some(Boolean);
    expect(x.result()).toBe(alone);
    expect(y.result()).toBe(runClinic(99));
  });

  it('never draws from Math.random', () => {
    const spy = vi.spyOn(Math, 'random');
    runClinic(5);
    expect(spy).not.toHaveBeenCalled();
  });
});

describe('named random streams', () => {
  const take = (s: { next(): number }, n: number): number[] => Array.from({ length: n }, () => s.next());

  it('the same (seed, replication, name) gives the same sequence', () => {
    expect(take(new RandomStreams(3, 2).stream('arrivals'), 1000)).toEqual(take(new RandomStreams(3, 2).stream('arrivals'), 1000));
  });

  it('another name, replication or seed gives another sequence', () => {
    const base = take(new RandomStreams(3, 2).stream('arrivals'), 20);
    expect(take(new RandomStreams(3, 2).stream('arrival'), 20)).not.toEqual(base);
    expect(take(new RandomStreams(3, 3).stream('arrivals'), 20)).not.toEqual(base);
    expect(take(new RandomStreams(4, 2).stream('arrivals'), 20)).not.toEqual(base);
    // seed and replication must stay apart in the derivation: (12, 3) is not (1, 23)
    expect(take(new RandomStreams(12, 3).stream('x'), 20)).not.toEqual(take(new RandomStreams(1, 23).stream('x'), 20));
  });

  it('a stream does not depend on which other streams were made or used first', () => {
    const one = new RandomStreams(8, 0);
    take(one.stream('other'), 500);
    const a1 = take(one.stream('a'), 50);
    const two = new RandomStreams(8, 0);
    const a2 = take(two.stream('a'), 50);
    expect(a1).toEqual(a2);
  });

  it('stream(name) hands back the same stream, which carries on', () => {
    const rs = new RandomStreams(1, 0);
    const first = take(rs.stream('s'), 10);
    const next = take(rs.stream('s'), 10);
    expect(rs.stream('s')).toBe(rs.stream('s'));
    expect(next).not.toEqual(first);
    expect([...first, ...next]).toEqual(take(new RandomStreams(1, 0).stream('s'), 20));
  });

  it('draws are uniform on [0, 1) and two streams are uncorrelated', () => {
    const n = 100_000;
    const rs = new RandomStreams(2024, 0);
    const a = take(rs.stream('a'), n);
    const b = take(rs.stream('b'), n);
    expect(a.every((u) => u >= 0 && u < 1)).toBe(true);
    const mean = a.reduce((s, u) => s + u, 0) / n;
    const meanB = b.reduce((s, u) => s + u, 0) / n;
    expect(Math.abs(mean - 0.5)).toBeLessThan(5 * Math.sqrt(1 / 12 / n));
    let cov = 0;
    for (const [i, u] of a.entries()) cov += (u - mean) * (b[i]! - meanB);
    const corr = cov / n / (1 / 12);
    expect(Math.abs(corr)).toBeLessThan(5 / Math.sqrt(n));
    const open = rs.stream('open');
    for (let i = 0; i < 10_000; i++) {
      const u = open.nextOpen();
      expect(u > 0 && u < 1).toBe(true);
    }
  });
});
