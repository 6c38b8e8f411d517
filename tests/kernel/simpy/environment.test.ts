// SimPy's tests/test_environment.py (SimPy 4.1.1), translated to jbsim's kernel. SimPy is MIT
// licensed, Copyright (c) 2013 Ontje Lünsdorf and Stefan Scherfke: see LICENSE-SimPy.txt in this
// folder. Every test of the file is translated; each keeps SimPy's name. One states a deliberate
// difference: run() takes a number or { until }, never a string (test_run_until_value).

import { describe, expect, it } from 'vitest';
import { KernelInputError, KernelStateError, Simulation, type ProcessGenerator } from '../../../src/kernel/index.js';

describe('SimPy test_environment.py', () => {
  it('test_event_queue_empty: run(until) ends early when no events are left', () => {
    const sim = new Simulation();
    const log: number[] = [];
    sim.process(
      (function* (): ProcessGenerator<void> {
        while (sim.now < 2) {
          log.push(sim.now);
          yield sim.timeout(1);
        }
      })(),
    );
    sim.run(10);
    expect(log).toEqual([0, 1]);
  });

  it('test_run_negative_until: an until before now is refused', () => {
    const sim = new Simulation();
    expect(() => sim.run(-3)).toThrow(KernelInputError);
    expect(() => sim.run({ until: -3 })).toThrow(/a time ≥ now/);
  });

  it('test_run_resume: a run stopped at until can be resumed', () => {
    const sim = new Simulation();
    const events = [5, 10, 15].map((t) => sim.timeout(t));
    expect(sim.now).toBe(0);
    expect(events.some((e) => e.processed)).toBe(false);

    sim.run(10);
    expect(sim.now).toBe(10);
    expect(events.map((e) => e.processed)).toEqual([true, false, false]);

    sim.run({ until: 15 });
    expect(sim.now).toBe(15);
    expect(events.map((e) => e.processed)).toEqual([true, true, false]);

    sim.run();
    expect(sim.now).toBe(15);
    expect(events.map((e) => e.processed)).toEqual([true, true, true]);
  });

  it('test_run_until_value: differs from SimPy, which accepts "3.141592": a string is refused', () => {
    const sim = new Simulation();
    expect(() => sim.run('3.141592' as never)).toThrow(KernelInputError);
    expect(() => sim.run({ until: '3.141592' as never })).toThrow(KernelInputError);
    expect(sim.now).toBe(0);
  });

  it('test_run_with_processed_event: run({ until }) of an event already processed returns its value at once', () => {
    const sim = new Simulation();
    const timeout = sim.timeout(1, 'spam');
    expect(sim.run({ until: timeout })).toBe('spam');
    expect(sim.now).toBe(1);
    expect(sim.run({ until: timeout })).toBe('spam');
    expect(sim.now).toBe(1);
  });

  it('test_run_with_untriggered_event: run({ until }) of an event that can no longer happen throws', () => {
    const sim = new Simulation();
    expect(() => sim.run({ until: sim.event() })).toThrow(KernelStateError);
    expect(() => sim.run({ until: sim.event() })).toThrow(/^No scheduled events left but "until" event was not triggered/);
  });
});
