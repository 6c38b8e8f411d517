// SimPy's tests/test_event.py (SimPy 4.1.1), translated to jbsim's kernel. SimPy is MIT licensed,
// Copyright (c) 2013 Ontje Lünsdorf and Stefan Scherfke: see LICENSE-SimPy.txt in this folder.
// Each test keeps SimPy's name. Not translated: test_names (Python's repr of events).
// SimPy writes `a | b` and `b & c`; jbsim writes sim.anyOf([a, b]) and sim.allOf([b, c]).

import { describe, expect, it } from 'vitest';
import { KernelStateError, Simulation, type ProcessGenerator } from '../../../src/kernel/index.js';

describe('SimPy test_event.py', () => {
  it('test_succeed: an event succeeded by one process wakes another with the value', () => {
    const sim = new Simulation();
    const seen: unknown[] = [];
    const event = sim.event<string>();
    sim.process(
      (function* (): ProcessGenerator<void> {
        const value = yield event;
        seen.push(value, sim.now);
      })(),
    );
    sim.process(
      (function* (): ProcessGenerator<void> {
        yield sim.timeout(5);
        event.succeed('ohai');
      })(),
    );
    sim.run();
    expect(seen).toEqual(['ohai', 5]);
  });

  it('test_fail: an event failed by one process throws into another', () => {
    const sim = new Simulation();
    const seen: unknown[] = [];
    const event = sim.event();
    sim.process(
      (function* (): ProcessGenerator<void> {
        try {
          yield event;
          seen.push('not failed');
        } catch (e) {
          seen.push((e as Error).message, sim.now);
        }
      })(),
    );
    sim.process(
      (function* (): ProcessGenerator<void> {
        yield sim.timeout(5);
        event.fail(new RangeError('ohai'));
      })(),
    );
    sim.run();
    expect(seen).toEqual(['ohai', 5]);
  });

  it('test_value: once the event has happened, its value can be read', () => {
    const sim = new Simulation();
    const event = sim.timeout(0, 'I am the value');
    sim.run();
    expect(event.value).toBe('I am the value');
  });

  it('test_unavailable_value: reading the value of an event not yet triggered throws, it does not give undefined', () => {
    const sim = new Simulation();
    const event = sim.event();
    expect(() => event.value).toThrow(KernelStateError);
    expect(() => event.value).toThrow(/not yet available/);
    // the same for a process that has not ended
    const proc = sim.process(
      (function* (): ProcessGenerator<number> {
        yield sim.timeout(1);
        return 7;
      })(),
    );
    expect(() => proc.value).toThrow(/not yet available/);
    sim.run();
    expect(proc.value).toBe(7);
  });

  it('test_triggered: waiting for an event succeeded before the process started', () => {
    const sim = new Simulation();
    const event = sim.event<string>();
    event.succeed('i was already done');
    const proc = sim.process(
      (function* (): ProcessGenerator<string> {
        return yield event;
      })(),
    );
    expect(sim.run({ until: proc })).toBe('i was already done');
  });

  it('test_callback_modification: the callbacks are taken off the event before they run', () => {
    const sim = new Simulation();
    const seen: unknown[] = [];
    const event = sim.event();
    event.onSettled((ev) => seen.push(ev.callbacks));
    event.succeed();
    sim.run({ until: event });
    expect(seen).toEqual([null]);
  });

  it('test_condition_callback_removal: a condition takes its callbacks off the events that did not decide it', () => {
    const sim = new Simulation();
    const a = sim.event();
    const b = sim.event();
    a.succeed();
    const aOrB = sim.anyOf([a, b]);
    sim.run(); // SimPy runs until aOrB; nothing else is scheduled, so this is the same
    expect(aOrB.processed).toBe(true);
    expect(a.callbacks).toBeNull(); // processed
    expect(b.callbacks).toEqual([]); // the condition's callback is gone
  });

  it('test_condition_nested_callback_removal: also from the events of a nested condition nobody else waits for', () => {
    const sim = new Simulation();
    const a = sim.event();
    const b = sim.event();
    const c = sim.event();
    const bAndC = sim.allOf([b, c]);
    const aOrBAndC = sim.anyOf([a, bAndC]);
    a.succeed();
    sim.run(); // SimPy runs until aOrBAndC; nothing else is scheduled, so this is the same
    expect(a.callbacks).toBeNull();
    expect(b.callbacks).toEqual([]);
    expect(c.callbacks).toEqual([]);
    expect(bAndC.callbacks).toEqual([]);
    expect(aOrBAndC.callbacks).toBeNull();
  });
});
