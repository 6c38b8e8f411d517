// SimPy's tests/test_timeout.py (SimPy 4.1.1), translated to jbsim's kernel. SimPy is MIT licensed,
// Copyright (c) 2013 Ontje Lünsdorf and Stefan Scherfke: see LICENSE-SimPy.txt in this folder.
// Every test of the file is translated; each keeps SimPy's name.

import { describe, expect, it } from 'vitest';
import { KernelInputError, Simulation, type Event, type ProcessGenerator } from '../../../src/kernel/index.js';

describe('SimPy test_timeout.py', () => {
  it('test_discrete_time_steps: a process stepping one day at a time, run(until = 3)', () => {
    const sim = new Simulation();
    const log: number[] = [];
    sim.process(
      (function* (): ProcessGenerator<void> {
        for (;;) {
          log.push(sim.now);
          yield sim.timeout(1);
        }
      })(),
    );
    sim.run(3);
    expect(log).toEqual([0, 1, 2]);
  });

  it('test_negative_timeout: a negative delay fails the process, and run() reports it', () => {
    const sim = new Simulation();
    sim.process(
      (function* (): ProcessGenerator<void> {
        yield sim.timeout(-1);
      })(),
    );
    expect(() => sim.run()).toThrow(KernelInputError);
  });

  it('test_timeout_value: the value given to timeout() is what the yield returns', () => {
    const sim = new Simulation();
    let got: unknown;
    sim.process(
      (function* (): ProcessGenerator<void> {
        got = yield sim.timeout(1, 'ohai');
      })(),
    );
    sim.run();
    expect(got).toBe('ohai');
  });

  it('test_shared_timeout: one timeout wakes every process waiting for it, in the order they waited', () => {
    const sim = new Simulation();
    const log: [number, number][] = [];
    const timeout = sim.timeout(1);
    for (let id = 0; id < 3; id++) {
      sim.process(
        (function* (): ProcessGenerator<void> {
          yield timeout;
          log.push([id, sim.now]);
        })(),
      );
    }
    sim.run();
    expect(log).toEqual([
      [0, 1],
      [1, 1],
      [2, 1],
    ]);
  });

  it('test_triggered_timeout: a timeout that already happened hands its value to a later waiter', () => {
    const sim = new Simulation();
    function* child(event: Event<string>): ProcessGenerator<string> {
      return yield event;
    }
    const main = sim.process(
      (function* (): ProcessGenerator<string> {
        const event = sim.timeout(1, 'i was already done');
        yield sim.timeout(2); // start the child after the timeout has happened
        return yield sim.process(child(event));
      })(),
    );
    expect(sim.run({ until: main })).toBe('i was already done');
    expect(sim.now).toBe(2);
  });
});
