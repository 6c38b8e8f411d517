// Bad input is refused where it is given, with an error that names the parameter and the
// value, so a NaN or a negative delay never reaches the clock or a queue.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  Bernoulli,
  Deterministic,
  Empirical,
  Exponential,
  Gamma,
  KernelInputError,
  Lognormal,
  MAX_PRIORITY,
  RandomStreams,
  Resource,
  Simulation,
  Triangular,
  Uniform,
  makeDistribution,
  type DistributionSpec,
} from '../../src/kernel/index.js';

/** Expects `fn` to throw a KernelInputError whose message starts with `prefix`. */
function expectInputError(fn: () => unknown, prefix: string): KernelInputError {
  let caught: unknown;
  try {
    fn();
  } catch (e) {
    caught = e;
  }
  expect(caught, `expected a KernelInputError starting "${prefix}"`).toBeInstanceOf(KernelInputError);
  expect((caught as Error).message.startsWith(prefix), `message: ${(caught as Error).message}`).toBe(true);
  return caught as KernelInputError;
}

const noop = (): void => {};

describe('the clock refuses bad times', () => {
  it('negative, NaN and infinite delays', () => {
    const sim = new Simulation();
    expectInputError(() => sim.schedule(-1, noop), 'delay (days) = -1: expected a finite number ≥ 0');
    const e = expectInputError(() => sim.schedule(NaN, noop), 'delay (days) = NaN');
    expect([e.parameter, e.value]).toEqual(['delay (days)', NaN]);
    expectInputError(() => sim.schedule(Infinity, noop), 'delay (days) = Infinity');
    expectInputError(() => sim.schedule(-Infinity, noop), 'delay (days) = -Infinity');
    expectInputError(() => sim.schedule(-1e-12, noop), 'delay (days) = -1e-12');
    expectInputError(() => sim.timeout(-2), 'delay (days) = -2');
    expect(sim.pending).toBe(0); // nothing half-scheduled
  });

  it('a delay that is not a number, even one that compares like a number', () => {
    const sim = new Simulation();
    sim.schedule(1, noop);
    sim.run();
    // '5' >= 0 and [] >= 0 both hold in JavaScript; the clock must not become '15' or '10'
    expectInputError(() => sim.schedule('5' as never, noop), 'delay (days) = "5": expected a finite number ≥ 0');
    expectInputError(() => sim.schedule([] as never, noop), 'delay (days) = []');
    expectInputError(() => sim.schedule(null as never, noop), 'delay (days) = null');
    expectInputError(() => sim.timeout('2' as never), 'delay (days) = "2"');
    sim.run();
    expect(sim.now).toBe(1);
  });

  it('scheduleAt in the past, or at a time that is not a number', () => {
    const sim = new Simulation();
    sim.schedule(5, noop);
    sim.run();
    expectInputError(() => sim.scheduleAt(3, noop), 'time (days) = 3: expected a time ≥ now (5)');
    expectInputError(() => sim.scheduleAt(NaN, noop), 'time (days) = NaN');
    expectInputError(() => sim.scheduleAt(Infinity, noop), 'time (days) = Infinity');
    sim.scheduleAt(5, noop); // now itself is fine
    expect(sim.pending).toBe(1);
  });

  it('a priority that is not a whole number from 0 to MAX_PRIORITY', () => {
    const sim = new Simulation();
    expectInputError(() => sim.schedule(1, noop, undefined, -1), `priority = -1: expected a whole number from 0 to ${MAX_PRIORITY}`);
    expectInputError(() => sim.schedule(1, noop, undefined, 0.5), 'priority = 0.5');
    expectInputError(() => sim.scheduleAt(1, noop, undefined, MAX_PRIORITY + 1), `priority = ${MAX_PRIORITY + 1}`);
    const ev = sim.event();
    expectInputError(() => ev.succeed(undefined, NaN), 'priority = NaN');
    expect(ev.triggered).toBe(false); // it can still succeed properly
    expect(sim.pending).toBe(0);
    const order: number[] = [];
    sim.schedule(1, () => order.push(MAX_PRIORITY), undefined, MAX_PRIORITY);
    sim.schedule(1, () => order.push(2), undefined, 2);
    sim.run();
    expect(order).toEqual([2, MAX_PRIORITY]);
  });

  it('run(until) in the past or not a number', () => {
    const sim = new Simulation();
    sim.run(4);
    expectInputError(() => sim.run(2), 'until (days) = 2: expected a time ≥ now (4)');
    expectInputError(() => sim.run(NaN), 'until (days) = NaN');
    expectInputError(() => sim.run(-Infinity), 'until (days) = -Infinity');
    expect(sim.now).toBe(4);
  });

  it('-0 is a valid zero delay and leaves the clock a plain number', () => {
    const sim = new Simulation();
    let at = NaN;
    sim.schedule(-0, () => (at = sim.now));
    sim.run();
    expect(at).toBe(0);
  });

  it('whatever numbers are thrown at it, the clock stays finite', () => {
    // magnitudes stay below 1e12 days: near 1e308 a finite delay can overflow the clock to Infinity
    const anyNumber = fc.oneof(
      fc.constantFrom(NaN, Infinity, -Infinity, -0, 0, Number.MIN_VALUE, -Number.MIN_VALUE),
      fc.constantFrom<unknown>('5', '', null, undefined, [], [3], {}, true).map((x) => x as number),
      fc.double({ min: -1e12, max: 1e12 }),
    );
    const call = fc.record({ kind: fc.constantFrom('schedule', 'scheduleAt', 'timeout', 'run', 'yield'), x: anyNumber });
    fc.assert(
      fc.property(fc.array(call, { maxLength: 40 }), (calls) => {
        const sim = new Simulation();
        const times: number[] = [];
        const record = (): void => void times.push(sim.now);
        for (const { kind, x } of calls) {
          try {
            if (kind === 'schedule') sim.schedule(x, record);
            else if (kind === 'scheduleAt') sim.scheduleAt(x, record);
            else if (kind === 'timeout') sim.timeout(x).onSettled(record);
            else if (kind === 'run') sim.run(x);
            else
              sim.process(
                (function* () {
                  try {
                    yield x;
                  } catch (e) {
                    if (!(e instanceof KernelInputError)) throw e;
                  }
                  record();
                })(),
              );
          } catch (e) {
            expect(e).toBeInstanceOf(KernelInputError);
          }
          expect(Number.isFinite(sim.now)).toBe(true);
        }
        sim.run();
        expect(Number.isFinite(sim.now)).toBe(true);
        expect(times.every(Number.isFinite)).toBe(true);
        for (let i = 1; i < times.length; i++) expect(times[i]).toBeGreaterThanOrEqual(times[i - 1]!);
      }),
      { numRuns: 300 },
    );
  });
});

describe('resources refuse bad capacities', () => {
  it('negative, fractional, NaN and infinite capacities, on creation and on change', () => {
    const sim = new Simulation();
    expectInputError(() => new Resource(sim, { capacity: -1 }), 'capacity = -1: expected a whole number ≥ 0');
    expectInputError(() => new Resource(sim, { capacity: 1.5 }), 'capacity = 1.5');
    expectInputError(() => new Resource(sim, { capacity: NaN }), 'capacity = NaN');
    expectInputError(() => new Resource(sim, { capacity: Infinity }), 'capacity = Infinity');
    expectInputError(() => new Resource(sim, { capacity: 1, discipline: 'lifo' as never }), 'discipline = "lifo"');
    const res = new Resource(sim, { capacity: 2 });
    expectInputError(() => res.setCapacity(-3), 'capacity = -3');
    expectInputError(() => res.setCapacity(0.5), 'capacity = 0.5');
    expect(res.capacity).toBe(2); // unchanged after a refused change
  });
});

describe('distributions refuse impossible parameters', () => {
  const cases: [string, () => unknown, string][] = [
    ['exponential mean 0', () => new Exponential(0), 'exponential.mean = 0: expected a finite number > 0'],
    ['exponential mean NaN', () => new Exponential(NaN), 'exponential.mean = NaN'],
    ['exponential mean -2', () => new Exponential(-2), 'exponential.mean = -2'],
    ['lognormal mean 0', () => new Lognormal(0, 1), 'lognormal.mean = 0'],
    ['lognormal sd -1', () => new Lognormal(1, -1), 'lognormal.sd = -1: expected a finite number ≥ 0'],
    ['lognormal sd Infinity', () => new Lognormal(1, Infinity), 'lognormal.sd = Infinity'],
    ['gamma mean -1', () => new Gamma(-1, 1), 'gamma.mean = -1'],
    ['gamma sd 0', () => new Gamma(1, 0), 'gamma.sd = 0: expected a finite number > 0'],
    ['triangular mode outside', () => new Triangular(0, 5, 3), 'triangular = {"min":0,"mode":5,"max":3}: expected min ≤ mode ≤ max'],
    ['triangular min = max', () => new Triangular(1, 1, 1), 'triangular = {"min":1,"mode":1,"max":1}'],
    ['triangular NaN', () => new Triangular(0, NaN, 3), 'triangular.mode = NaN'],
    ['uniform min > max', () => new Uniform(3, 1), 'uniform = {"min":3,"max":1}: expected min ≤ max'],
    ['uniform max Infinity', () => new Uniform(0, Infinity), 'uniform.max = Infinity'],
    ['deterministic NaN', () => new Deterministic(NaN), 'deterministic.value = NaN'],
    ['empirical no values', () => new Empirical([]), 'empirical.values = []'],
    ['empirical NaN value', () => new Empirical([1, NaN]), 'empirical.values[1] = NaN'],
    ['empirical weights count', () => new Empirical([1, 2], [1]), 'empirical.weights = [1]: expected 2 weights'],
    ['empirical negative weight', () => new Empirical([1, 2], [1, -1]), 'empirical.weights[1] = -1'],
    ['empirical zero weights', () => new Empirical([1, 2], [0, 0]), 'empirical.weights = [0,0]: expected weights with a positive sum'],
    ['bernoulli p 1.5', () => new Bernoulli(1.5), 'bernoulli.p = 1.5: expected a probability'],
    ['bernoulli p -0.1', () => new Bernoulli(-0.1), 'bernoulli.p = -0.1'],
    ['bernoulli p NaN', () => new Bernoulli(NaN), 'bernoulli.p = NaN'],
  ];
  for (const [name, make, prefix] of cases) it(name, () => void expectInputError(make, prefix));

  it('makeDistribution prefixes the location and keeps the value and expectation', () => {
    const e = expectInputError(
      () => makeDistribution({ kind: 'gamma', mean: 3, sd: -1 }, 'rvdk.investigationDays'),
      'rvdk.investigationDays.gamma.sd = -1: expected a finite number > 0',
    );
    expect([e.parameter, e.value]).toEqual(['rvdk.investigationDays.gamma.sd', -1]);
    expectInputError(() => makeDistribution({ kind: 'weibull' } as unknown as DistributionSpec), 'kind = "weibull": expected one of');
  });
});

describe('random streams refuse bad seeds', () => {
  it('fractional or unsafe seeds and negative replications', () => {
    expectInputError(() => new RandomStreams(1.5, 0), 'seed = 1.5: expected a whole number');
    expectInputError(() => new RandomStreams(NaN, 0), 'seed = NaN');
    expectInputError(() => new RandomStreams(2 ** 60, 0), 'seed = ');
    expectInputError(() => new RandomStreams(1, -1), 'replication = -1');
    expectInputError(() => new RandomStreams(1, 0.5), 'replication = 0.5');
  });
});
