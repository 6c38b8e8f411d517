// SimPy's tests/test_util.py (SimPy 4.1.1), translated to jbsim's kernel. SimPy is MIT licensed,
// Copyright (c) 2013 Ontje Lünsdorf and Stefan Scherfke: see LICENSE-SimPy.txt in this folder.
// Each test keeps SimPy's name. SimPy's all_of/any_of are jbsim's allOf/anyOf; their values
// differ by design (see condition.test.ts). start_delayed is written with schedule(), as a jbsim
// model does. Not translated: the subscribe_at tests (test_subscribe,
// test_subscribe_terminated_proc, test_subscribe_with_join, test_subscribe_at_timeout,
// test_subscribe_at_timeout_with_value) and the &=/|= chaining tests (test_all_of_chaining,
// test_all_of_chaining_intermediate_results, test_any_of_chaining): jbsim has no counterpart.

import { describe, expect, it } from 'vitest';
import { KernelInputError, Simulation, type Event, type ProcessGenerator } from '../../../src/kernel/index.js';

function runProcess<R>(sim: Simulation, body: () => ProcessGenerator<R>): R {
  return sim.run({ until: sim.process(body()) });
}

describe('SimPy test_util.py', () => {
  it('test_start_delayed: a process started after a delay begins at that time', () => {
    const sim = new Simulation();
    const starts: number[] = [];
    function* pem(): ProcessGenerator<void> {
      starts.push(sim.now);
      yield sim.timeout(1);
    }
    sim.schedule(5, () => sim.process(pem()));
    sim.run();
    expect(starts).toEqual([5]);
    expect(sim.now).toBe(6);
  });

  it('test_start_delayed_error: a negative delay is refused', () => {
    const sim = new Simulation();
    expect(() => sim.schedule(-1, () => undefined)).toThrow(KernelInputError);
    expect(() => sim.schedule(-1, () => undefined)).toThrow(/delay \(days\) = -1/);
  });

  it('test_all_of: allOf waits for every event and gives their values', () => {
    const sim = new Simulation();
    let at = -1;
    const results = runProcess(sim, function* () {
      const events = Array.from({ length: 10 }, (_, i) => sim.timeout(i, i));
      const r = yield sim.allOf(events);
      at = sim.now;
      return r;
    });
    expect(results).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(at).toBe(9);
  });

  it('test_all_of_generator: allOf takes any iterable of events, a generator too', () => {
    const sim = new Simulation();
    let at = -1;
    const results = runProcess(sim, function* () {
      const events = (function* () {
        for (let i = 0; i < 10; i++) yield sim.timeout(i, i);
      })();
      const r = yield sim.allOf(events);
      at = sim.now;
      return r;
    });
    expect(results).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(at).toBe(9);
  });

  it('test_wait_for_all_with_errors: allOf fails at the first failure; the other events go on', () => {
    const sim = new Simulation();
    function* childWithError(delay: number): ProcessGenerator<void> {
      yield sim.timeout(delay);
      throw new RangeError('crashing');
    }
    const seen: unknown[] = [];
    runProcess(sim, function* () {
      const events: [Event<any>, Event<any>, Event<any>] = [sim.timeout(1, 1), sim.process(childWithError(2)), sim.timeout(3, 3)];
      try {
        yield sim.allOf(events);
      } catch (e) {
        seen.push((e as Error).message, sim.now);
      }
      // although the condition failed, the values so far are there
      seen.push(events[0].value, (events[1].error as Error).message, events[2].processed);
    });
    expect(seen).toEqual(['crashing', 2, 1, 'crashing', false]);
  });

  it('test_all_of_with_triggered_events: events that already happened count', () => {
    const sim = new Simulation();
    const values = runProcess(sim, function* () {
      const events = [sim.timeout(0, 'spam'), sim.timeout(1, 'eggs')];
      yield sim.timeout(2);
      return yield sim.allOf(events);
    });
    expect(values).toEqual(['spam', 'eggs']);
  });

  it('test_any_of: anyOf is decided by the first event, at its time', () => {
    const sim = new Simulation();
    let at = -1;
    let events: Event<number>[] = [];
    const winner = runProcess(sim, function* () {
      events = Array.from({ length: 10 }, (_, i) => sim.timeout(i, i));
      const w = yield sim.anyOf(events);
      at = sim.now;
      return w;
    });
    expect(winner).toBe(events[0]);
    expect(at).toBe(0);
  });

  it('test_any_of_with_errors: anyOf fails when its first event failed; the others go on', () => {
    const sim = new Simulation();
    function* childWithError(delay: number): ProcessGenerator<void> {
      yield sim.timeout(delay);
      throw new RangeError('crashing');
    }
    const seen: unknown[] = [];
    runProcess(sim, function* () {
      const events: [Event<any>, Event<any>] = [sim.process(childWithError(1)), sim.timeout(2, 2)];
      try {
        yield sim.anyOf(events);
      } catch (e) {
        seen.push((e as Error).message);
      }
      seen.push((events[0].error as Error).message, events[1].processed);
    });
    expect(seen).toEqual(['crashing', 'crashing', false]);
  });

  it('test_any_of_with_triggered_events: of events that already happened, the first in the list decides', () => {
    const sim = new Simulation();
    let events: Event<string>[] = [];
    const winner = runProcess(sim, function* () {
      events = [sim.timeout(0, 'spam'), sim.timeout(1, 'eggs')];
      yield sim.timeout(2);
      return yield sim.anyOf(events);
    });
    // SimPy's value lists both events; jbsim's is the one that decided
    expect(winner).toBe(events[0]);
  });

  it('test_empty_any_of: anyOf([]) succeeds at once, with no event', () => {
    const sim = new Simulation();
    const results = runProcess(sim, function* () {
      return yield sim.anyOf([]);
    });
    expect(results).toBeUndefined();
    expect(sim.now).toBe(0);
  });

  it('test_empty_all_of: allOf([]) succeeds at once, with no values', () => {
    const sim = new Simulation();
    const results = runProcess(sim, function* () {
      return yield sim.allOf([]);
    });
    expect(results).toEqual([]);
    expect(sim.now).toBe(0);
  });

  it('test_all_of_expansion: the values can be destructured in the order given', () => {
    const sim = new Simulation();
    const [a, b, c] = runProcess(sim, function* () {
      const ts = [3, 2, 1].map((d) => sim.timeout(d, d));
      return (yield sim.allOf(ts)) as number[];
    });
    expect([a, b, c]).toEqual([3, 2, 1]);
  });
});
