// Property tests of the future event list: whatever the mix of pushes, pops, peeks and
// cancellations, it pops exactly what a plain sort by (time, priority, sequence) of the live
// entries gives; and through Simulation.schedule/cancel a cancelled event never fires.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DUE_NOW, Entry, EventQueue, HEAP_TOP, NOTHING } from '../../src/kernel/eventQueue.js';
import { NORMAL, Simulation, URGENT } from '../../src/kernel/index.js';

const noop = (): void => {};

/** Few distinct times and priorities, so ties are the rule rather than the exception. */
const timeArb = fc.oneof(fc.integer({ min: 0, max: 6 }), fc.double({ min: 0, max: 6, noNaN: true }));
const priorityArb = fc.constantFrom(URGENT, NORMAL, 2);

type Op = { op: 'push'; time: number; priority: number } | { op: 'pop' } | { op: 'peek' } | { op: 'cancel'; pick: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ op: fc.constant('push' as const), time: timeArb, priority: priorityArb }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('pop' as const) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('peek' as const) }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('cancel' as const), pick: fc.nat() }) },
);

function byKey(a: { time: number; priority: number; seq: number }, b: { time: number; priority: number; seq: number }): number {
  return a.time - b.time || a.priority - b.priority || a.seq - b.seq;
}

/** Takes the next entry of a queue that has only heap entries; returns it, or undefined. */
function pop(q: EventQueue): Entry | undefined {
  const next = q.next(Infinity);
  expect(next).not.toBe(DUE_NOW);
  return next === HEAP_TOP ? q.popTop() : undefined;
}

/** The argument of the last call made through `record`. */
let made: unknown;
const record = (arg: unknown): void => {
  made = arg;
};

/**
 * Takes the next call before `limit` as Simulation.run does (an entry taken from the heap gets
 * its `fn` cleared, as `fire` does); returns its argument and time, or undefined.
 */
function takeNext(q: EventQueue, limit = Infinity): { arg: unknown; time: number } | undefined {
  const next = q.next(limit);
  if (next === HEAP_TOP) {
    const e = q.popTop();
    e.fn = null;
    return { arg: e.arg, time: e.time };
  }
  if (next === DUE_NOW) {
    const time = q.dueNowTime();
    made = undefined;
    q.callDueNow();
    return { arg: made, time };
  }
  expect(next).toBe(NOTHING);
  return undefined;
}

/** The next entry, as far as the queue tells: its time (Infinity when empty). */
function peekTime(live: Entry[]): number {
  return live[0]?.time ?? Infinity;
}

describe('EventQueue against a reference sort', () => {
  it('pops, peeks and sizes agree with the sorted live entries', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 300 }), (ops) => {
        const q = new EventQueue();
        let live: Entry[] = []; // the reference: entries pushed, not popped, not cancelled
        const cancelled: Entry[] = [];
        let seq = 0;
        for (const o of ops) {
          if (o.op === 'push') {
            const e = new Entry(o.time, o.priority, seq++, noop, undefined);
            q.push(e);
            live.push(e);
          } else if (o.op === 'pop') {
            live.sort(byKey);
            expect(pop(q)).toBe(live[0]); // undefined when empty
            if (live.length > 0) live.shift();
          } else if (o.op === 'peek') {
            live.sort(byKey);
            expect(q.peekTime()).toBe(peekTime(live));
          } else {
            // cancel a live entry, or (every third pick) one already cancelled: a no-op
            if (o.pick % 3 === 0 && cancelled.length > 0) {
              q.cancel(cancelled[o.pick % cancelled.length]!);
            } else if (live.length > 0) {
              const e = live[o.pick % live.length]!;
              q.cancel(e);
              cancelled.push(e);
              live = live.filter((x) => x !== e);
            }
          }
          expect(q.size).toBe(live.length);
        }
        live.sort(byKey);
        const drained: Entry[] = [];
        for (let e = pop(q); e !== undefined; e = pop(q)) drained.push(e);
        expect(drained).toEqual(live);
        expect(drained.some((e) => e.cancelled)).toBe(false);
        expect(q.size).toBe(0);
      }),
      { numRuns: 300 },
    );
  });

  it('stays ordered through the rebuild after mass cancellation', () => {
    // more than 1024 cancelled entries and more than half the heap: the compaction path
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 50 }), priorityArb, fc.boolean()), { minLength: 2200, maxLength: 3000 }),
        fc.integer({ min: 0, max: 200 }),
        (specs, popsBefore) => {
          const q = new EventQueue();
          const entries = specs.map(([t, p], i) => new Entry(t, p, i, noop, undefined));
          for (const e of entries) q.push(e);
          const popped: Entry[] = [];
          for (let i = 0; i < popsBefore; i++) popped.push(pop(q)!);
          const poppedSet = new Set(popped);
          // cancel the flagged ones plus every other remaining one, so more than half go
          const doomed = entries.filter((e, i) => !poppedSet.has(e) && (specs[i]?.[2] || i % 2 === 0));
          for (const e of doomed) q.cancel(e);
          const doomedSet = new Set(doomed);
          const expected = entries.filter((e) => !poppedSet.has(e) && !doomedSet.has(e)).sort(byKey);
          expect(q.size).toBe(expected.length);
          // pushes after the rebuild still land in order
          const late = [new Entry(25, NORMAL, 10_000, noop, undefined), new Entry(0, URGENT, 10_001, noop, undefined)];
          for (const e of late) q.push(e);
          const all = [...expected, ...late].sort(byKey);
          const drained: Entry[] = [];
          for (let e = pop(q); e !== undefined; e = pop(q)) drained.push(e);
          expect(drained).toEqual(all);
          expect([...popped].sort(byKey)).toEqual(popped); // the early pops were in order too
        },
      ),
      { numRuns: 15 },
    );
  });
});

describe('EventQueue with calls due now (pushNow, pushNowCall) beside the heap', () => {
  type NowOp =
    | { op: 'push'; delay: number; priority: number }
    | { op: 'pushNow' | 'pushNowCall'; priority: number }
    | { op: 'take'; limit: number }
    | { op: 'peek' }
    | { op: 'cancel'; pick: number };
  const nowOpArb: fc.Arbitrary<NowOp> = fc.oneof(
    {
      weight: 3,
      arbitrary: fc.record({ op: fc.constant('push' as const), delay: fc.oneof(fc.constant(0), timeArb), priority: priorityArb }),
    },
    {
      weight: 3,
      arbitrary: fc.record({ op: fc.constantFrom('pushNow' as const, 'pushNowCall' as const), priority: fc.constantFrom(URGENT, NORMAL) }),
    },
    {
      weight: 3,
      arbitrary: fc.record({ op: fc.constant('take' as const), limit: fc.oneof(fc.constant(Infinity), fc.integer({ min: 0, max: 8 })) }),
    },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('peek' as const) }) },
    { weight: 2, arbitrary: fc.record({ op: fc.constant('cancel' as const), pick: fc.nat() }) },
  );
  /** A call as the reference sees it; `entry` is null for one pushed without an Entry. */
  interface Call {
    time: number;
    priority: number;
    seq: number;
    entry: Entry | null;
  }

  it('takes what a plain sort of the live calls gives, as the clock moves on', () => {
    fc.assert(
      fc.property(fc.array(nowOpArb, { maxLength: 400 }), (ops) => {
        const q = new EventQueue();
        let live: Call[] = [];
        let now = 0; // the time of the last call taken, as in a simulation
        let seq = 0;
        for (const o of ops) {
          if (o.op === 'push' || o.op === 'pushNow' || o.op === 'pushNowCall') {
            const call: Call = { time: o.op === 'push' ? now + o.delay : now, priority: o.priority, seq: seq++, entry: null };
            if (o.op === 'pushNowCall') q.pushNowCall(call.time, call.priority, call.seq, record, call);
            else {
              call.entry = new Entry(call.time, call.priority, call.seq, record, call);
              if (o.op === 'push') q.push(call.entry);
              else q.pushNow(call.entry);
            }
            live.push(call);
          } else if (o.op === 'take') {
            live.sort(byKey);
            const due = live.length > 0 && live[0]!.time < o.limit;
            const taken = takeNext(q, o.limit);
            expect(taken !== undefined).toBe(due);
            if (due) {
              const call = live.shift()!;
              expect(taken).toEqual({ arg: call, time: call.time });
              if (call.entry !== null) expect(call.entry.fn).toBeNull(); // taken: cancelling it now does nothing
              now = call.time;
            }
          } else if (o.op === 'peek') {
            live.sort(byKey);
            expect(q.peekTime()).toBe(live[0]?.time ?? Infinity);
          } else if (o.op === 'cancel') {
            const cancellable = live.filter((c) => c.entry !== null);
            if (cancellable.length > 0) {
              const c = cancellable[o.pick % cancellable.length]!;
              q.cancel(c.entry!);
              q.cancel(c.entry!); // a second cancel is a no-op
              live = live.filter((x) => x !== c);
            }
          }
          expect(q.size).toBe(live.length);
        }
        live.sort(byKey);
        const drained: unknown[] = [];
        for (let t = takeNext(q); t !== undefined; t = takeNext(q)) drained.push(t.arg);
        expect(drained).toEqual(live);
        expect(q.size).toBe(0);
      }),
      { numRuns: 300 },
    );
  });

  it('next leaves the next call in place when it is due at or after the limit', () => {
    const q = new EventQueue();
    const later = new Entry(5, NORMAL, 0, record, 'later');
    q.push(later);
    q.pushNowCall(2, NORMAL, 1, record, 'now');
    expect(q.next(2)).toBe(NOTHING);
    expect(q.peekTime()).toBe(2);
    expect(takeNext(q, 3)).toEqual({ arg: 'now', time: 2 });
    expect(q.next(5)).toBe(NOTHING);
    expect(q.size).toBe(1);
    expect(q.next(Infinity)).toBe(HEAP_TOP);
    expect(q.popTop()).toBe(later);
  });

  it('a rebuild after mass cancellation keeps count of the cancelled entries due now', () => {
    const q = new EventQueue();
    let seq = 0;
    const dueNow = Array.from({ length: 600 }, () => new Entry(0, seq % 2 === 0 ? URGENT : NORMAL, seq++, record, seq));
    const later = Array.from({ length: 3000 }, () => new Entry(1 + (seq % 7), NORMAL, seq++, record, seq));
    for (const e of dueNow) q.pushNow(e);
    for (const e of later) q.push(e);
    // cancel every third due now first, then most of the heap: the rebuild comes while those wait
    const cancelled = new Set([...dueNow.filter((_, i) => i % 3 === 0), ...later.filter((_, i) => i % 10 !== 0)]);
    for (const e of cancelled) q.cancel(e);
    const expected = [...dueNow, ...later]
      .filter((e) => !cancelled.has(e))
      .sort(byKey)
      .map((e) => e.arg); // read now: taking an entry clears it
    expect(q.size).toBe(expected.length);
    const drained: unknown[] = [];
    for (let t = takeNext(q); t !== undefined; t = takeNext(q)) drained.push(t.arg);
    expect(drained).toEqual(expected);
    expect(q.size).toBe(0);
  });

  it('the lists of calls due now grow past their first size and keep their order', () => {
    const q = new EventQueue();
    const calls = Array.from({ length: 100 }, (_, i) => ({ time: 0, priority: i % 3 === 0 ? URGENT : NORMAL, seq: i }));
    for (const c of calls.slice(0, 40)) q.pushNowCall(c.time, c.priority, c.seq, record, c);
    const taken: unknown[] = [takeNext(q)!.arg, takeNext(q)!.arg];
    for (const c of calls.slice(40)) q.pushNowCall(c.time, c.priority, c.seq, record, c);
    for (let t = takeNext(q); t !== undefined; t = takeNext(q)) taken.push(t.arg);
    const firstTwo = calls.slice(0, 40).sort(byKey).slice(0, 2);
    const rest = calls.filter((c) => !firstTwo.includes(c)).sort(byKey);
    expect(taken).toEqual([...firstTwo, ...rest]);
  });
});

/** A list-scan scheduler written straight from the contract, to compare Simulation with. */
class ReferenceScheduler {
  now = 0;
  private seq = 0;
  readonly pending: { time: number; priority: number; seq: number; id: number }[] = [];
  schedule(delay: number, priority: number, id: number): void {
    this.pending.push({ time: this.now + delay, priority, seq: this.seq++, id });
  }
  cancel(id: number): void {
    const i = this.pending.findIndex((p) => p.id === id);
    if (i >= 0) this.pending.splice(i, 1);
  }
  /** Removes and returns the next event before `until`, or undefined. */
  next(until: number): { time: number; id: number } | undefined {
    const earlier = (a: (typeof this.pending)[number], b: (typeof this.pending)[number]) =>
      a.time < b.time || (a.time === b.time && (a.priority < b.priority || (a.priority === b.priority && a.seq < b.seq)));
    const p = this.pending.reduce<(typeof this.pending)[number] | undefined>(
      (best, a) => (best === undefined || earlier(a, best) ? a : best),
      undefined,
    );
    if (p === undefined || p.time >= until) return undefined;
    this.pending.splice(this.pending.indexOf(p), 1);
    this.now = p.time;
    return p;
  }
}

interface Plan {
  initial: { delay: number; priority: number }[];
  /** What the k-th event to fire does: schedule children, cancel others (ids taken modulo). */
  actions: { spawn: { delay: number; priority: number }[]; cancel: number[] }[];
  /** run(until) stops, as increments of the clock; then a final run(). */
  stops: number[];
  /** Cancellations made from outside, between the stops. */
  outsideCancels: number[];
}

const delayArb = fc.oneof(fc.constantFrom(0, 0, 1, 2), fc.double({ min: 0, max: 3, noNaN: true }));
const planArb: fc.Arbitrary<Plan> = fc.record({
  initial: fc.array(fc.record({ delay: delayArb, priority: priorityArb }), { minLength: 1, maxLength: 25 }),
  actions: fc.array(
    fc.record({
      spawn: fc.array(fc.record({ delay: delayArb, priority: priorityArb }), { maxLength: 2 }),
      cancel: fc.array(fc.nat(), { maxLength: 2 }),
    }),
    { maxLength: 60 },
  ),
  stops: fc.array(fc.oneof(fc.constantFrom(0, 1), fc.double({ min: 0, max: 2, noNaN: true })), { maxLength: 5 }),
  outsideCancels: fc.array(fc.nat(), { maxLength: 5 }),
});

describe('Simulation.schedule/cancel against the contract', () => {
  it('fires in (time, priority, insertion) order, never a cancelled event, never at or after until', () => {
    fc.assert(
      fc.property(planArb, (plan) => {
        const sim = new Simulation();
        const entries: Entry[] = [];
        const fired: { id: number; time: number }[] = [];
        const firedIds = new Set<number>();
        const cancelledBeforeFiring = new Set<number>();

        const cancel = (id: number): void => {
          if (!firedIds.has(id)) cancelledBeforeFiring.add(id);
          sim.cancel(entries[id]!); // after firing: a no-op (every id names an entry made)
        };
        const add = (delay: number, priority: number): void => {
          entries.push(sim.schedule(delay, onFire, entries.length, priority));
        };
        function onFire(id: number): void {
          fired.push({ id, time: sim.now });
          firedIds.add(id);
          const action = plan.actions[fired.length - 1];
          if (action === undefined) return;
          for (const c of action.cancel) cancel(c % entries.length);
          for (const s of action.spawn) add(s.delay, s.priority);
        }

        for (const s of plan.initial) add(s.delay, s.priority);
        let until = 0;
        plan.stops.forEach((inc, i) => {
          until += inc;
          const before = fired.length;
          sim.run(until);
          expect(sim.now).toBe(until);
          for (const f of fired.slice(before)) expect(f.time).toBeLessThan(until);
          const c = plan.outsideCancels[i];
          if (c !== undefined) cancel(c % entries.length);
        });
        sim.run();

        expect(fired).toEqual(replayReference(plan));
        for (const f of fired) expect(cancelledBeforeFiring.has(f.id)).toBe(false);
        expect(sim.pending).toBe(0);
      }),
      { numRuns: 300 },
    );
  });
});

/** Runs the plan on the reference scheduler only. */
function replayReference(plan: Plan): { id: number; time: number }[] {
  const ref = new ReferenceScheduler();
  let count = 0;
  const out: { id: number; time: number }[] = [];
  const add = (delay: number, priority: number): void => ref.schedule(delay, priority, count++);
  for (const s of plan.initial) add(s.delay, s.priority);
  const drain = (until: number): void => {
    for (let n = ref.next(until); n !== undefined; n = ref.next(until)) {
      out.push({ id: n.id, time: n.time });
      const action = plan.actions[out.length - 1];
      if (action === undefined) continue;
      for (const c of action.cancel) ref.cancel(c % count);
      for (const s of action.spawn) add(s.delay, s.priority);
    }
    if (until !== Infinity) ref.now = until;
  };
  let until = 0;
  plan.stops.forEach((inc, i) => {
    until += inc;
    drain(until);
    const c = plan.outsideCancels[i];
    if (c !== undefined) ref.cancel(c % count);
  });
  drain(Infinity);
  return out;
}
