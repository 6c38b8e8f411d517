// SimPy's tests/test_condition.py (SimPy 4.1.1), translated to jbsim's kernel. SimPy is MIT
// licensed, Copyright (c) 2013 Ontje Lünsdorf and Stefan Scherfke: see LICENSE-SimPy.txt in this
// folder. Each test keeps SimPy's name.
//
// SimPy writes `a & b` and `a | b`; jbsim writes sim.allOf([a, b]) and sim.anyOf([a, b]), so a
// chain `a & b & c` becomes allOf([allOf([a, b]), c]). The values differ by design: SimPy gives a
// ConditionValue (a dictionary of the events that happened); jbsim's allOf gives the values in the
// order of the events, and anyOf gives the event that decided it. The translations assert jbsim's
// values where SimPy asserts its dictionaries. Not translated: test_iand_with_and_cond,
// test_iand_with_or_cond, test_ior_with_or_cond, test_ior_with_and_cond (the &= and |= operators)
// and test_condition_value (the dictionary's methods), which jbsim has no counterpart for.

import { describe, expect, it } from 'vitest';
import { Simulation, type Event, type ProcessGenerator } from '../../../src/kernel/index.js';

/** timeouts after 0, 1, 2 days whose values are their delays */
function timeouts(sim: Simulation): [Event<number>, Event<number>, Event<number>] {
  return [sim.timeout(0, 0), sim.timeout(1, 1), sim.timeout(2, 2)];
}

/** A process that fails after `delay` days. */
function* explode(sim: Simulation, delay: number): ProcessGenerator<void> {
  yield sim.timeout(delay);
  throw new RangeError(`Onoes, failed after ${delay}!`);
}

/** Runs `body` as a process and the simulation to its end; returns what the process returned. */
function runProcess<R>(sim: Simulation, body: () => ProcessGenerator<R>): R {
  return sim.run({ until: sim.process(body()) });
}

describe('SimPy test_condition.py', () => {
  it('test_operator_and: allOf of allOf gives the values, nested as written', () => {
    const sim = new Simulation();
    const t = timeouts(sim);
    const results = runProcess(sim, function* () {
      return yield sim.allOf([sim.allOf([t[0], t[1]]), t[2]]);
    });
    expect(results).toEqual([[0, 1], 2]);
  });

  it('test_operator_and_blocked: allOf is not triggered while one event is pending', () => {
    const sim = new Simulation();
    const triggered = runProcess(sim, function* () {
      const timeout = sim.timeout(1);
      const event = sim.event();
      yield sim.timeout(1);
      return sim.allOf([timeout, event]).triggered;
    });
    expect(triggered).toBe(false);
  });

  it('test_operator_or: anyOf gives the first event that happened, at its time', () => {
    const sim = new Simulation();
    const t = timeouts(sim);
    const inner = sim.anyOf([t[0], t[1]]);
    const winner = runProcess(sim, function* () {
      return yield sim.anyOf([inner, t[2]]);
    });
    expect(winner).toBe(inner); // the nested condition decided the outer one ...
    expect(inner.value).toBe(t[0]); // ... and t0 decided it
    expect(sim.now).toBe(0);
  });

  it('test_operator_nested_and: (t0 & t2) | t1 is decided by t1, at 1', () => {
    const sim = new Simulation();
    const t = timeouts(sim);
    let at = -1;
    const winner = runProcess(sim, function* () {
      const w = yield sim.anyOf([sim.allOf([t[0], t[2]]), t[1]]);
      at = sim.now;
      return w;
    });
    expect(winner).toBe(t[1]);
    expect(at).toBe(1);
  });

  it('test_operator_nested_or: (t0 | t1) & t2 waits for t2, at 2', () => {
    const sim = new Simulation();
    const t = timeouts(sim);
    let at = -1;
    const results = runProcess(sim, function* () {
      const r = yield sim.allOf([sim.anyOf([t[0], t[1]]), t[2]]);
      at = sim.now;
      return r;
    });
    expect(results).toEqual([t[0], 2]);
    expect(at).toBe(2);
  });

  it('test_nested_cond_with_error: allOf fails with the error of a failing process', () => {
    const sim = new Simulation();
    let caught: unknown;
    runProcess(sim, function* () {
      try {
        yield sim.allOf([sim.process(explode(sim, 1)), sim.timeout(1)]);
      } catch (e) {
        caught = e;
      }
    });
    expect((caught as Error).message).toBe('Onoes, failed after 1!');
  });

  it('test_cond_with_error: anyOf fails when the first event to settle failed', () => {
    const sim = new Simulation();
    let caught: unknown;
    runProcess(sim, function* () {
      try {
        yield sim.anyOf([sim.process(explode(sim, 0)), sim.timeout(1)]);
      } catch (e) {
        caught = e;
      }
    });
    expect((caught as Error).message).toBe('Onoes, failed after 0!');
  });

  it('test_cond_with_nested_error: a failure inside a nested condition fails the outer one', () => {
    const sim = new Simulation();
    let caught: unknown;
    runProcess(sim, function* () {
      try {
        yield sim.anyOf([sim.allOf([sim.process(explode(sim, 0)), sim.timeout(1)]), sim.timeout(1)]);
      } catch (e) {
        caught = e;
      }
    });
    expect((caught as Error).message).toBe('Onoes, failed after 0!');
  });

  it("test_cond_with_uncaught_error: a failure after the condition was decided is nobody's and stops the run", () => {
    const sim = new Simulation();
    sim.process(
      (function* (): ProcessGenerator<void> {
        yield sim.anyOf([sim.timeout(1), sim.process(explode(sim, 2))]);
      })(),
    );
    expect(() => sim.run()).toThrow(/Onoes, failed after/);
    expect(sim.now).toBe(2);
  });

  it('test_immutable_results: the result of a condition does not change after it was decided', () => {
    const sim = new Simulation();
    const t = timeouts(sim);
    const seen: unknown[] = [];
    runProcess(sim, function* () {
      const condition = sim.anyOf([t[0], sim.allOf([t[1], t[2]])]);
      const results = yield condition;
      seen.push(results, condition.value);
      yield sim.timeout(2);
      seen.push(results, condition.value);
    });
    expect(seen).toEqual([t[0], t[0], t[0], t[0]]);
  });

  it('test_shared_and_condition: a condition inside another can be waited for on its own', () => {
    const sim = new Simulation();
    const t = timeouts(sim);
    const c1 = sim.allOf([t[0], t[1]]);
    const c2 = sim.allOf([c1, t[2]]);
    const got: unknown[] = [];
    sim.process(
      (function* (): ProcessGenerator<void> {
        got.push(['p1', yield c1]);
      })(),
    );
    sim.process(
      (function* (): ProcessGenerator<void> {
        got.push(['p2', yield c2]);
      })(),
    );
    sim.run();
    expect(got).toEqual([
      ['p1', [0, 1]],
      ['p2', [[0, 1], 2]],
    ]);
  });

  it('test_shared_or_condition: both waiters see the same first event', () => {
    const sim = new Simulation();
    const t = timeouts(sim);
    const c1 = sim.anyOf([t[0], t[1]]);
    const c2 = sim.anyOf([c1, t[2]]);
    const got: unknown[] = [];
    sim.process(
      (function* (): ProcessGenerator<void> {
        got.push(yield c1);
      })(),
    );
    sim.process(
      (function* (): ProcessGenerator<void> {
        const winner: Event<Event<number>> = yield c2;
        got.push(winner.value);
      })(),
    );
    sim.run();
    expect(got).toEqual([t[0], t[0]]);
  });

  it('test_result_order: allOf gives the values in the order the events were given, not the order they happened', () => {
    const sim = new Simulation();
    const reversed = timeouts(sim).reverse();
    const results = runProcess(sim, function* () {
      return yield sim.allOf(reversed);
    });
    expect(results).toEqual([2, 1, 0]);
  });

  it('test_nested_result_order: the same when nested', () => {
    const sim = new Simulation();
    const t = timeouts(sim);
    const condition = sim.allOf([sim.anyOf([t[0], t[1]]), t[2]]);
    const results = runProcess(sim, function* () {
      return yield condition;
    });
    expect(results).toEqual([t[0], 2]);
  });

  it('Condition keeps tuple(events) (SimPy events.py): changing the array after allOf/anyOf changes nothing', () => {
    const sim = new Simulation();
    const t = timeouts(sim);
    const list = [t[0], t[1]];
    const all = sim.allOf(list);
    list.push(t[2]); // not part of the condition: its value must not appear
    const emptied = [t[1], t[2]];
    const allOfEmptied = sim.allOf(emptied);
    emptied.length = 0; // the condition still waits for both, and has both values
    const anyList = [t[2]];
    const any = sim.anyOf(anyList);
    anyList.unshift(t[0]); // t0 comes first, but was never part of the condition
    sim.run();
    expect(all.value).toEqual([0, 1]);
    expect(allOfEmptied.value).toEqual([1, 2]);
    expect(any.value).toBe(t[2]);
  });

  it('test_all_of_empty_list: allOf([]) is triggered at once', () => {
    const sim = new Simulation();
    expect(sim.allOf([]).triggered).toBe(true);
  });

  it('test_any_of_empty_list: anyOf([]) is triggered at once', () => {
    const sim = new Simulation();
    expect(sim.anyOf([]).triggered).toBe(true);
  });
});
