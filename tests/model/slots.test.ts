// The session schedule behind the JBT's meetings and the court's hearings (src/model/slots.ts):
// each session takes up to `slots` families in the order they booked, and the wait is the time to
// the first session with a free slot.

import { describe, expect, it } from 'vitest';
import { Simulation } from '../../src/kernel/index.js';
import { SlotSchedule } from '../../src/model/slots.js';

/** Books `n` families at time `at`; `served` gets, per family in booking order, the times its slot came (one each when right). */
function bookAt(sim: Simulation, schedule: SlotSchedule, at: number, n: number, served: number[][]): void {
  sim.scheduleAt(at, () => {
    for (let k = 0; k < n; k++) {
      const times: number[] = [];
      served.push(times);
      schedule.book().onSettled(() => times.push(sim.now));
    }
  });
}

describe('a slot schedule', () => {
  it('serves up to `slots` families per session, in booking order, at the sessions', () => {
    const sim = new Simulation();
    const schedule = new SlotSchedule(sim, 7, 2);
    const served: number[][] = [];
    bookAt(sim, schedule, 0, 5, served);
    sim.run(6);
    expect(schedule.waiting).toBe(5);
    sim.run(8);
    expect(schedule.waiting).toBe(3);
    sim.run(100);
    // two at day 7, two at day 14, the last at day 21: each family exactly once
    expect(served).toEqual([[7], [7], [14], [14], [21]]);
    expect(schedule.waiting).toBe(0);
  });

  it('counts the slots offered at every session and the slots used', () => {
    const sim = new Simulation();
    const schedule = new SlotSchedule(sim, 10, 3);
    bookAt(sim, schedule, 1, 4, []);
    sim.run(35); // sessions at days 10, 20 and 30
    expect(schedule.offered).toBe(9);
    expect(schedule.used).toBe(4);
  });

  it('gives a family that books after a session the next one, not that one', () => {
    const sim = new Simulation();
    const schedule = new SlotSchedule(sim, 14, 5);
    const served: number[][] = [];
    bookAt(sim, schedule, 15, 1, served);
    sim.run(60);
    expect(served).toEqual([[28]]);
  });

  it('keeps the booking order over a long queue (the list is compacted as it is served)', () => {
    const sim = new Simulation();
    const schedule = new SlotSchedule(sim, 1, 7);
    const order: number[] = [];
    sim.scheduleAt(0.5, () => {
      for (let k = 0; k < 1000; k++) schedule.book().onSettled(() => order.push(k));
    });
    // a second wave while the first is being served: compaction must not lose or reorder it
    sim.scheduleAt(60.5, () => {
      for (let k = 1000; k < 1300; k++) schedule.book().onSettled(() => order.push(k));
    });
    sim.run(100);
    expect(order.slice(0, 7 * 99)).toEqual(Array.from({ length: 7 * 99 }, (_, k) => k));
    expect(schedule.waiting).toBe(1300 - 7 * 99);
    expect(schedule.used).toBe(7 * 99);
  });
});
