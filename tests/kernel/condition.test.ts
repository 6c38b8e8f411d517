// anyOf/allOf leave nothing behind: a decided condition takes its callbacks off the events still
// pending, a condition nobody waits for any more stops listening (also when nested, also when its
// waiter was interrupted), and one that stopped listening starts again when it gets a waiter.
// SimPy's own tests of this are in simpy/event.test.ts (test_condition_*_callback_removal).

import { describe, expect, it } from 'vitest';
import { Interrupt, Simulation, type Event, type ProcessGenerator } from '../../src/kernel/index.js';

describe('conditions take their callbacks off the events that did not decide them', () => {
  it('a process waiting many times on anyOf([stop, timeout]) leaves nothing on stop', () => {
    const sim = new Simulation();
    const stop = sim.event();
    let rounds = 0;
    sim.process(
      (function* (): ProcessGenerator<void> {
        for (;;) {
          const winner = yield sim.anyOf([stop, sim.timeout(1)]);
          if (winner === stop) return;
          rounds++;
        }
      })(),
    );
    sim.run(10_000.5);
    expect(rounds).toBe(10_000);
    expect(stop.callbacks).toHaveLength(1); // the condition waited for now, not one per round
    stop.succeed();
    sim.run();
    expect(rounds).toBe(10_000);
    expect(sim.pending).toBe(0);
  });

  it('allOf that fails early takes its callback off the events still pending', () => {
    const sim = new Simulation();
    const pending = sim.event();
    const bad = sim.event();
    const all = sim.allOf([pending, bad]);
    let caught: unknown;
    sim.process(
      (function* (): ProcessGenerator<void> {
        try {
          yield all;
        } catch (e) {
          caught = e;
        }
      })(),
    );
    sim.schedule(1, () => bad.fail(new RangeError('refused')));
    sim.run();
    expect((caught as Error).message).toBe('refused');
    expect(pending.callbacks).toEqual([]);
  });

  it('a process interrupted while waiting on anyOf leaves nothing on its events', () => {
    const sim = new Simulation();
    const stop = sim.event();
    const never = sim.event();
    const p = sim.process(
      (function* (): ProcessGenerator<string> {
        try {
          yield sim.anyOf([stop, sim.allOf([never, stop])]);
          return 'woke';
        } catch (e) {
          return e instanceof Interrupt ? 'interrupted' : 'other';
        }
      })(),
    );
    sim.schedule(1, () => p.interrupt());
    sim.run();
    expect(p.value).toBe('interrupted');
    expect(stop.callbacks).toEqual([]);
    expect(never.callbacks).toEqual([]);
  });

  it('a nested condition that another process also waits for keeps listening', () => {
    const sim = new Simulation();
    const a = sim.timeout(1, 'a');
    const b = sim.timeout(2, 'b');
    const c = sim.timeout(3, 'c');
    const bAndC = sim.allOf([b, c]);
    const got: unknown[] = [];
    sim.process(
      (function* (): ProcessGenerator<void> {
        const w: Event = yield sim.anyOf([a, bAndC]);
        got.push(['outer', w.value, sim.now]);
      })(),
    );
    sim.process(
      (function* (): ProcessGenerator<void> {
        got.push(['inner', yield bAndC, sim.now]);
      })(),
    );
    sim.run();
    expect(got).toEqual([
      ['outer', 'a', 1],
      ['inner', ['b', 'c'], 3],
    ]);
  });

  it('a nested condition that stopped listening starts again, counting what happened meanwhile, when waited for', () => {
    const sim = new Simulation();
    const a = sim.timeout(1, 'a');
    const b = sim.timeout(2, 'b');
    const c = sim.event<string>();
    const bAndC = sim.allOf([b, c]);
    const got: unknown[] = [];
    sim.process(
      (function* (): ProcessGenerator<void> {
        yield sim.anyOf([a, bAndC]); // decided by a at 1: bAndC has no waiter and stops listening
        expect(b.callbacks).toEqual([]);
        expect(c.callbacks).toEqual([]);
        yield 2; // b happens at 2 while nobody listens
        got.push(['waits', sim.now]);
        got.push(['both', yield bAndC, sim.now]);
      })(),
    );
    sim.schedule(4, () => c.succeed('c'));
    sim.run();
    expect(got).toEqual([
      ['waits', 3],
      ['both', ['b', 'c'], 4],
    ]);
  });

  it('a condition decided while nobody listened is decided when waited for, at that time', () => {
    const sim = new Simulation();
    const a = sim.timeout(1, 'a');
    const b = sim.timeout(2, 'b');
    const bOrC = sim.anyOf([b, sim.event()]);
    const got: unknown[] = [];
    sim.process(
      (function* (): ProcessGenerator<void> {
        yield sim.anyOf([a, bOrC]);
        yield 5;
        const w: Event = yield bOrC;
        got.push(w.value, sim.now);
      })(),
    );
    sim.run();
    expect(got).toEqual(['b', 6]);
  });

  it('an event listed twice counts twice in allOf and decides anyOf once', () => {
    const sim = new Simulation();
    const t = sim.timeout(1, 'x');
    const all = sim.allOf([t, t]);
    const any = sim.anyOf([t, t]);
    sim.run();
    expect(all.value).toEqual(['x', 'x']);
    expect(any.value).toBe(t);
  });

  it('refuses what is not a list of events of this simulation', () => {
    const sim = new Simulation();
    const other = new Simulation();
    expect(() => sim.anyOf(null as never)).toThrow(/anyOf = null: expected a list of events/);
    expect(() => sim.allOf([sim.event(), 3] as never)).toThrow(/allOf = 3: expected events only/);
    expect(() => sim.allOf([other.event()])).toThrow(/expected events of this simulation/);
  });
});
