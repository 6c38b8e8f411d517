// The event list at its edges: many calls due at one instant (the lists of calls due now grow
// past their first 16 slots), the sequence number's limit, and the priorities allowed. Each
// test fails on a queue that loses, reorders or mistimes a call there (docs/mutation.md).

import { describe, expect, it } from 'vitest';
import { Entry, EventQueue, requirePriority } from '../../src/kernel/eventQueue.js';
import { KernelInputError, NORMAL, Simulation, URGENT } from '../../src/kernel/index.js';

describe('many calls due at one instant', () => {
  it('keep their time and order past the lists’ first slots, for scheduled calls and kernel events alike', () => {
    const sim = new Simulation();
    const seen: string[] = [];
    sim.schedule(2.5, () => {
      for (let k = 0; k < 70; k++) {
        sim.schedule(0, () => seen.push(`n${k}@${sim.now}`));
        sim.schedule(0, () => seen.push(`u${k}@${sim.now}`), undefined, URGENT);
        sim
          .event()
          .succeed()
          .onSettled(() => seen.push(`e${k}@${sim.now}`));
      }
    });
    sim.run();
    const urgent = Array.from({ length: 70 }, (_, k) => `u${k}@2.5`);
    const normal = Array.from({ length: 70 }, (_, k) => [`n${k}@2.5`, `e${k}@2.5`]).flat();
    expect(seen).toEqual([...urgent, ...normal]);
    expect(sim.now).toBe(2.5);
  });

  it('processes started at one instant start in order, each at that time', () => {
    const sim = new Simulation();
    const seen: string[] = [];
    sim.schedule(1, () => {
      for (let k = 0; k < 40; k++) {
        sim.process(
          (function* () {
            seen.push(`${k}@${sim.now}`);
            yield 0;
            seen.push(`${k} again@${sim.now}`);
          })(),
        );
      }
    });
    sim.run();
    const starts = Array.from({ length: 40 }, (_, k) => `${k}@1`);
    const again = Array.from({ length: 40 }, (_, k) => `${k} again@1`);
    expect(seen).toEqual([...starts, ...again]);
  });
});

describe('the sequence number and the priority', () => {
  it('a sequence number at 2^43 is refused with its name; just below is accepted', () => {
    const q = new EventQueue();
    const fn = (): void => {};
    const limit = 2 ** 43;
    expect(() => q.push(new Entry(1, NORMAL, limit - 1, fn, null))).not.toThrow();
    expect(() => q.push(new Entry(1, NORMAL, limit, fn, null))).toThrow(KernelInputError);
    expect(() => q.pushNowCall(0, NORMAL, limit, fn, null)).toThrow(
      `event sequence = ${limit}: expected fewer than ${limit} events scheduled in one run`,
    );
    expect(q.size).toBe(1);
  });

  it('priorities are whole numbers from 0 to MAX_PRIORITY', () => {
    expect(() => requirePriority(0)).not.toThrow();
    expect(() => requirePriority(1023)).not.toThrow();
    expect(() => requirePriority(-1)).toThrow(KernelInputError);
    expect(() => requirePriority(1024)).toThrow(/priority = 1024: expected a whole number from 0 to 1023/);
    expect(() => requirePriority(0.5)).toThrow(KernelInputError);
  });
});
