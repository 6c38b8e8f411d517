// The simultaneous-event contract at the top of simulation.ts: earlier time first; at one
// instant URGENT before NORMAL; then the order of scheduling. `run(until)` fires events
// strictly before `until` and leaves the clock at `until`.

import { describe, expect, it } from 'vitest';
import { NORMAL, Simulation, URGENT } from '../../src/kernel/index.js';

function recorder(sim: Simulation): { log: string[]; at: (label: string) => () => void } {
  const log: string[] = [];
  return { log, at: (label) => () => log.push(`${label}@${sim.now}`) };
}

describe('simultaneous events', () => {
  it('earlier time first, whatever the order of scheduling', () => {
    const sim = new Simulation();
    const { log, at } = recorder(sim);
    sim.schedule(3, at('c'));
    sim.schedule(1, at('a'));
    sim.schedule(2, at('b'));
    sim.run();
    expect(log).toEqual(['a@1', 'b@2', 'c@3']);
  });

  it('at one instant URGENT goes before NORMAL, even when scheduled later', () => {
    const sim = new Simulation();
    const { log, at } = recorder(sim);
    sim.schedule(5, at('normal-1'), undefined, NORMAL);
    sim.schedule(5, at('normal-2'));
    sim.schedule(5, at('urgent'), undefined, URGENT);
    sim.scheduleAt(5, at('urgent-abs'), undefined, URGENT);
    sim.run();
    expect(log).toEqual(['urgent@5', 'urgent-abs@5', 'normal-1@5', 'normal-2@5']);
  });

  it('same time and priority: first scheduled, first fired (also across schedule and scheduleAt)', () => {
    const sim = new Simulation();
    const { log, at } = recorder(sim);
    const labels = Array.from({ length: 20 }, (_, i) => `e${i}`);
    for (const [i, l] of labels.entries()) {
      if (i % 2 === 0) sim.schedule(4, at(l));
      else sim.scheduleAt(4, at(l));
    }
    sim.run();
    expect(log).toEqual(labels.map((l) => `${l}@4`));
  });

  it('a zero delay from inside an event runs at the same instant, after those already due', () => {
    const sim = new Simulation();
    const { log, at } = recorder(sim);
    sim.schedule(1, () => {
      log.push('first@1');
      sim.schedule(0, at('child'));
      sim.schedule(0, at('urgent-child'), undefined, URGENT);
    });
    sim.schedule(1, at('second'));
    sim.schedule(2, at('later'));
    sim.run();
    // the URGENT child jumps ahead of `second`, the NORMAL child queues behind it
    expect(log).toEqual(['first@1', 'urgent-child@1', 'second@1', 'child@1', 'later@2']);
  });
});

describe('run(until)', () => {
  it('fires events strictly before until, then sets the clock to until', () => {
    const sim = new Simulation();
    const { log, at } = recorder(sim);
    sim.schedule(1, at('a'));
    sim.schedule(4.999, at('b'));
    sim.schedule(5, at('at-until'));
    sim.schedule(6, at('after'));
    sim.run(5);
    expect(log).toEqual(['a@1', 'b@4.999']);
    expect(sim.now).toBe(5);
    expect(sim.pending).toBe(2);
    expect(sim.peekTime()).toBe(5);
    sim.run();
    expect(log).toEqual(['a@1', 'b@4.999', 'at-until@5', 'after@6']);
  });

  it('an event at until keeps its place among later-scheduled events at that instant', () => {
    const sim = new Simulation();
    const { log, at } = recorder(sim);
    sim.schedule(5, at('old'));
    sim.run(5);
    sim.schedule(0, at('new')); // same time and priority, scheduled later
    sim.run();
    expect(log).toEqual(['old@5', 'new@5']);
  });

  it('moves the clock to until when the queue runs dry first, and run() alone leaves it at the last event', () => {
    const sim = new Simulation();
    sim.schedule(2, () => {});
    sim.run(10);
    expect(sim.now).toBe(10);
    sim.schedule(3, () => {});
    sim.run();
    expect(sim.now).toBe(13);
  });

  it('run(now) fires nothing, not even events due now', () => {
    const sim = new Simulation();
    let fired = false;
    sim.schedule(0, () => (fired = true));
    sim.run(0);
    expect(fired).toBe(false);
    expect(sim.now).toBe(0);
  });

  it('stop() ends the run after the current event; the next run carries on', () => {
    const sim = new Simulation();
    const { log, at } = recorder(sim);
    sim.schedule(1, () => {
      log.push('stopper@1');
      sim.stop();
    });
    sim.schedule(1, at('same-instant'));
    sim.schedule(2, at('later'));
    sim.run(100);
    expect(log).toEqual(['stopper@1']);
    expect(sim.now).toBe(1); // a stopped run does not jump to until
    sim.run();
    expect(log).toEqual(['stopper@1', 'same-instant@1', 'later@2']);
  });

  it('step() fires one event at a time and reports when none is left', () => {
    const sim = new Simulation();
    const { log, at } = recorder(sim);
    sim.schedule(1, at('a'));
    sim.schedule(1, at('b'), undefined, URGENT);
    expect(sim.step()).toBe(true);
    expect(log).toEqual(['b@1']);
    expect(sim.step()).toBe(true);
    expect(sim.step()).toBe(false);
    expect(log).toEqual(['b@1', 'a@1']);
    expect(sim.eventsFired).toBe(2);
  });

  it('peekTime is the next live event, skipping cancelled ones, and Infinity when empty', () => {
    const sim = new Simulation();
    const e = sim.schedule(1, () => {});
    sim.schedule(3, () => {});
    sim.cancel(e);
    expect(sim.peekTime()).toBe(3);
    expect(sim.pending).toBe(1);
    sim.run();
    expect(sim.peekTime()).toBe(Infinity);
  });
});

describe('cancel', () => {
  it('a cancelled event never fires; cancelling twice or after firing does nothing', () => {
    const sim = new Simulation();
    const { log, at } = recorder(sim);
    const a = sim.schedule(1, at('a'));
    const b = sim.schedule(2, at('b'));
    sim.schedule(3, at('c'));
    sim.cancel(b);
    sim.cancel(b);
    sim.run(1.5);
    sim.cancel(a); // already fired
    expect(sim.pending).toBe(1);
    sim.run();
    expect(log).toEqual(['a@1', 'c@3']);
  });

  it('an event can cancel a later one at the same instant', () => {
    const sim = new Simulation();
    const { log, at } = recorder(sim);
    const victim = sim.schedule(1, at('victim'));
    sim.schedule(1, () => sim.cancel(victim), undefined, URGENT);
    sim.run();
    expect(log).toEqual([]);
  });
});
