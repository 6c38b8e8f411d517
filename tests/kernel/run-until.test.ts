// run({ until: event }) beside the numeric run(until): it stops once the event has been processed
// and returns its value (or throws its error), and refuses what cannot work. And an event's value
// is there only once the event has been triggered, and only if it succeeded.

import { describe, expect, it } from 'vitest';
import { KernelInputError, KernelStateError, Simulation, type ProcessGenerator } from '../../src/kernel/index.js';

describe('run({ until: event })', () => {
  it('stops after the event has been processed, before later events at the same instant', () => {
    const sim = new Simulation();
    const log: string[] = [];
    const ruling = sim.event<string>();
    sim.process(
      (function* (): ProcessGenerator<void> {
        log.push(`waiter got ${yield ruling}@${sim.now}`);
      })(),
    );
    sim.schedule(3, () => {
      ruling.succeed('OTS');
      sim.schedule(0, () => log.push('same instant, later'));
    });
    sim.schedule(4, () => log.push('later'));
    expect(sim.run({ until: ruling })).toBe('OTS');
    expect(log).toEqual(['waiter got OTS@3']);
    expect(sim.now).toBe(3);
    sim.run();
    expect(log).toEqual(['waiter got OTS@3', 'same instant, later', 'later']);
  });

  it('a failed event is thrown out of run, and counts as handled', () => {
    const sim = new Simulation();
    const ev = sim.event();
    const boom = new RangeError('refused');
    sim.schedule(2, () => ev.fail(boom));
    sim.schedule(5, () => undefined);
    expect(() => sim.run({ until: ev })).toThrow(boom);
    expect(sim.now).toBe(2);
    expect(ev.defused).toBe(true);
    sim.run(); // not thrown a second time
    expect(sim.now).toBe(5);
    expect(() => sim.run({ until: ev })).toThrow(boom); // and again for an event already processed
  });

  it('stop() before the event ends the run with a KernelStateError, and the run can go on', () => {
    const sim = new Simulation();
    const ev = sim.timeout(5, 'late');
    sim.schedule(2, () => sim.stop());
    expect(() => sim.run({ until: ev })).toThrow(KernelStateError);
    expect(sim.now).toBe(2);
    expect(ev.callbacks).toEqual([]); // the run's own callback is gone again
    expect(sim.run({ until: ev })).toBe('late');
    expect(sim.now).toBe(5);
  });

  it('{ until: number } is run(until)', () => {
    const sim = new Simulation();
    sim.schedule(5, () => undefined);
    expect(sim.run({ until: 4 })).toBeUndefined();
    expect([sim.now, sim.pending]).toEqual([4, 1]);
  });

  it('refuses an until that is neither a time nor an event, and an event of another simulation', () => {
    const sim = new Simulation();
    expect(() => sim.run({ until: undefined as never })).toThrow(KernelInputError);
    expect(() => sim.run({ until: undefined as never })).toThrow(/until = undefined: expected a time in days or an Event/);
    expect(() => sim.run({ until: new Simulation().event() })).toThrow(/expected an event of this simulation/);
  });
});

describe('the value of an event', () => {
  it('is there from the moment the event is triggered (a timeout at once), before it is processed', () => {
    const sim = new Simulation();
    expect(sim.timeout(3, 'x').value).toBe('x');
    const ev = sim.event<number>();
    ev.succeed(7);
    expect([ev.processed, ev.value]).toEqual([false, 7]);
  });

  it('of a failed event throws a KernelStateError that carries the error', () => {
    const sim = new Simulation();
    const ev = sim.event();
    const boom = new RangeError('refused');
    ev.fail(boom);
    ev.defused = true;
    sim.run();
    let thrown: unknown;
    try {
      void ev.value;
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(KernelStateError);
    expect((thrown as Error).message).toMatch(/failed: it has no value; its error is in \.error/);
    expect((thrown as Error).cause).toBe(boom);
    expect(ev.error).toBe(boom);
  });
});
