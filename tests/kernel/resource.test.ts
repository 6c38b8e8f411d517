// The resource's contract (top of resource.ts): a released unit goes at once to the first
// waiter, so a queued waiter beats a later request at the same instant; lowering capacity
// never preempts; raising it serves waiters at once; the priority discipline; withdrawing a
// request not yet granted. Then a property test against a small reference model.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Interrupt, type Request, Resource, Simulation, type QueueDiscipline } from '../../src/kernel/index.js';

describe('a queued waiter is served before a later request at the same instant', () => {
  it('callback API: the release hands the unit to the waiter, not to the newcomer', () => {
    const sim = new Simulation();
    const res = new Resource(sim, { capacity: 1 });
    const log: string[] = [];
    res.acquire(() => log.push(`A@${sim.now}`));
    res.acquire(() => log.push(`B@${sim.now}`));
    sim.schedule(5, () => {
      res.release(); // A done
      res.acquire(() => log.push(`C@${sim.now}`));
    });
    // D asks at 5 too, before A's release in the same instant: it still queues behind B
    sim.schedule(5, () => res.acquire(() => log.push(`D@${sim.now}`)), undefined, 0);
    sim.schedule(7, () => res.release()); // B done
    sim.schedule(8, () => res.release()); // D done
    sim.run();
    expect(log).toEqual(['A@0', 'B@5', 'D@7', 'C@8']);
    expect(res.inUse).toBe(1);
  });

  it('process API: the waiting process gets the unit and resumes at that instant', () => {
    const sim = new Simulation();
    const res = new Resource(sim, { capacity: 1 });
    const log: string[] = [];
    function* user(name: string, holdDays: number): Generator<any, void, any> {
      const req = res.request();
      yield req;
      log.push(`${name} got@${sim.now}`);
      yield holdDays;
      res.release(req);
    }
    sim.process(user('A', 5));
    sim.process(user('B', 1));
    sim.schedule(5, () => sim.process(user('C', 1)));
    sim.run();
    expect(log).toEqual(['A got@0', 'B got@5', 'C got@6']);
    expect(res.waits.n).toBe(3);
    expect(res.waits.mean).toBeCloseTo((0 + 5 + 1) / 3, 12);
  });

  it('a request made while waiters are being served queues behind them', () => {
    // granting w1 runs its callback at once; a request from inside it finds a free unit
    // (capacity 3, 2 in use) but w2 is still queued, so the newcomer must wait
    for (const api of ['callback', 'process'] as const) {
      const sim = new Simulation();
      const res = new Resource(sim, { capacity: 1 });
      const log: string[] = [];
      res.acquire(() => log.push('holder'));
      res.acquire(() => {
        log.push('w1');
        if (api === 'callback') res.acquire(() => log.push('newcomer'));
        else {
          const req = res.request();
          req.onSettled(() => log.push('newcomer'));
        }
      });
      res.acquire(() => log.push('w2'));
      res.setCapacity(3);
      sim.run();
      expect(log, api).toEqual(['holder', 'w1', 'w2']);
      expect(res.waiting, api).toBe(1);
      res.release();
      sim.run();
      expect(log, api).toEqual(['holder', 'w1', 'w2', 'newcomer']);
    }
  });
});

describe('capacity changes', () => {
  it('lowering the capacity never preempts; waiters wait until in-use drops below it', () => {
    const sim = new Simulation();
    const res = new Resource(sim, { capacity: 3 });
    for (let i = 0; i < 3; i++) res.acquire(() => {});
    let waiterServed = false;
    res.acquire(() => (waiterServed = true));
    res.setCapacity(1);
    expect(res.inUse).toBe(3);
    res.release();
    expect([res.inUse, waiterServed]).toEqual([2, false]);
    res.release();
    expect([res.inUse, waiterServed]).toEqual([1, false]);
    res.release();
    expect([res.inUse, waiterServed]).toEqual([1, true]);
  });

  it('raising the capacity grants waiters at once, in queue order', () => {
    const sim = new Simulation();
    const res = new Resource(sim, { capacity: 1 });
    const log: string[] = [];
    res.acquire(() => log.push('holder'));
    for (const n of ['w1', 'w2', 'w3']) res.acquire(() => log.push(n));
    res.setCapacity(3);
    expect(log).toEqual(['holder', 'w1', 'w2']); // before setCapacity returned
    expect([res.inUse, res.waiting]).toEqual([3, 1]);
  });

  it('raising the capacity grants a waiting process the same instant', () => {
    const sim = new Simulation();
    const res = new Resource(sim, { capacity: 0 });
    let gotAt = -1;
    sim.process(
      (function* () {
        yield res.request();
        gotAt = sim.now;
      })(),
    );
    sim.schedule(4, () => res.setCapacity(1));
    sim.run();
    expect(gotAt).toBe(4);
  });
});

describe('queue discipline', () => {
  function serveOrder(discipline: QueueDiscipline): number[] {
    const sim = new Simulation();
    const res = new Resource(sim, { capacity: 1, discipline });
    const order: number[] = [];
    res.acquire(() => {}, 9); // a free unit goes to whoever asks, whatever the priority
    for (const [i, p] of [3, 1, 2, 1, 0, 3].entries()) res.acquire(() => order.push(i), p);
    for (let i = 0; i < 7; i++) res.release();
    return order;
  }

  it('priority: smaller number first, FIFO among equals', () => {
    expect(serveOrder('priority')).toEqual([4, 1, 3, 2, 0, 5]);
  });

  it('fifo ignores priorities', () => {
    expect(serveOrder('fifo')).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('priority requests in the process API', () => {
    const sim = new Simulation();
    const res = new Resource(sim, { capacity: 1, discipline: 'priority' });
    const order: string[] = [];
    function* user(name: string, priority: number, arriveDays: number): Generator<any, void, any> {
      yield arriveDays;
      const req = res.request(priority);
      yield req;
      order.push(name);
      yield 10;
      res.release(req);
    }
    sim.process(user('first', 5, 0));
    sim.process(user('low', 5, 1));
    sim.process(user('high', 0, 2));
    sim.process(user('mid', 2, 3));
    sim.run();
    expect(order).toEqual(['first', 'high', 'mid', 'low']);
  });
});

describe('withdrawal and release', () => {
  for (const discipline of ['fifo', 'priority'] as const) {
    it(`${discipline}: release(req) of a waiting request withdraws it`, () => {
      const sim = new Simulation();
      const res = new Resource(sim, { capacity: 1, discipline });
      const holder = res.request();
      const a = res.request();
      const b = res.request();
      const c = res.request();
      expect(res.waiting).toBe(3);
      res.release(b);
      expect([res.waiting, res.queueLength.value, b.withdrawn, b.granted]).toEqual([2, 2, true, false]);
      res.release(b); // twice: nothing
      expect(res.waiting).toBe(2);
      res.release(holder);
      expect([a.granted, c.granted]).toEqual([true, false]);
      res.release(a);
      expect([b.granted, c.granted]).toEqual([false, true]);
      res.release(c);
      expect([res.inUse, res.waiting]).toEqual([0, 0]);
      sim.run();
      expect(b.triggered).toBe(false); // the withdrawn request never succeeds
    });
  }

  it('withdrawal still works after the FIFO queue has been compacted', () => {
    const sim = new Simulation();
    const res = new Resource(sim, { capacity: 1 });
    const holder = res.request();
    const reqs = Array.from({ length: 3000 }, () => res.request());
    const served: number[] = [];
    let current = holder;
    // serve 1600: past 1500 the deque drops its served head; then withdraw every third left
    for (const [i, next] of reqs.slice(0, 1600).entries()) {
      res.release(current);
      current = next;
      served.push(i);
    }
    const withdrawn = (i: number): boolean => i >= 1600 && (i - 1600) % 3 === 0;
    for (const [i, r] of reqs.entries()) if (withdrawn(i)) res.release(r);
    expect(res.waiting).toBe(1400 - 467);
    for (;;) {
      res.release(current);
      const next = reqs.findIndex((r) => r.granted && !r.withdrawn);
      const r = reqs[next];
      if (r === undefined) break;
      current = r;
      served.push(next);
    }
    const expected = reqs.map((_, i) => i).filter((i) => !withdrawn(i));
    expect(served).toEqual(expected);
  });

  it('a second release of a granted request is a no-op; release without a unit throws', () => {
    const sim = new Simulation();
    const res = new Resource(sim, { capacity: 2 });
    const a = res.request();
    res.acquire(() => {});
    res.release(a);
    res.release(a);
    expect(res.inUse).toBe(1);
    res.release();
    expect(() => res.release()).toThrow(/without a unit in use/);
    const other = new Resource(sim, { capacity: 1 });
    expect(() => res.release(other.request())).toThrow(/request/);
  });

  it('an interrupted waiter that withdraws in `finally` never holds the unit', () => {
    const sim = new Simulation();
    const res = new Resource(sim, { capacity: 1 });
    const log: string[] = [];
    function* user(name: string): Generator<any, void, any> {
      const req = res.request();
      try {
        yield req;
        log.push(`${name} got@${sim.now}`);
        yield 3;
      } catch (e) {
        if (!(e instanceof Interrupt)) throw e;
        log.push(`${name} interrupted@${sim.now}`);
      } finally {
        res.release(req);
      }
    }
    sim.process(user('A'));
    const b = sim.process(user('B'));
    sim.process(user('C'));
    sim.schedule(1, () => b.interrupt('left'));
    sim.run();
    expect(log).toEqual(['A got@0', 'B interrupted@1', 'C got@3']);
    expect(res.inUse).toBe(0);
  });

  it('interrupted after the grant but before resuming: the unit goes back, not lost', () => {
    const sim = new Simulation();
    const res = new Resource(sim, { capacity: 1 });
    const log: string[] = [];
    const holder = res.request();
    function* waiter(name: string): Generator<any, void, any> {
      const req = res.request();
      try {
        yield req;
        log.push(`${name} got@${sim.now}`);
      } catch {
        log.push(`${name} interrupted@${sim.now} granted=${req.granted}`);
      } finally {
        res.release(req);
      }
    }
    const b = sim.process(waiter('B'));
    sim.process(waiter('C'));
    sim.schedule(2, () => {
      res.release(holder); // grants B now; B would resume later this instant
      b.interrupt(); // URGENT: reaches B first
    });
    sim.run();
    expect(log).toEqual(['B interrupted@2 granted=true', 'C got@2']);
    expect(res.inUse).toBe(0);
  });
});

describe('resource statistics', () => {
  it('busy and queue length are time-weighted; waits include zero waits', () => {
    const sim = new Simulation();
    const res = new Resource(sim, { capacity: 2 });
    // 0–4: one busy; 1–4: two busy, 2–4: one waiting; 4–6: two busy; 6–10: one busy
    const hold = (d: number) => () => res.acquire(() => sim.schedule(d, () => res.release()));
    sim.schedule(0, hold(4));
    sim.schedule(1, hold(5));
    sim.schedule(2, hold(6));
    sim.run(10);
    expect(res.busy.mean()).toBeCloseTo((1 * 1 + 2 * 3 + 2 * 2 + 1 * 4) / 10, 12);
    expect(res.queueLength.mean()).toBeCloseTo((1 * 2) / 10, 12);
    expect([res.waits.n, res.waits.mean, res.waits.max]).toEqual([3, 2 / 3, 2]);
  });
});

// ---- property: the resource against a reference model ---------------------------------

type ResOp =
  | { op: 'request'; priority: number }
  | { op: 'acquire'; priority: number }
  | { op: 'release'; pick: number }
  | { op: 'withdraw'; pick: number }
  | { op: 'capacity'; to: number };

const resOpArb: fc.Arbitrary<ResOp> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ op: fc.constant('request' as const), priority: fc.integer({ min: 0, max: 3 }) }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('acquire' as const), priority: fc.integer({ min: 0, max: 3 }) }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('release' as const), pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('withdraw' as const), pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('capacity' as const), to: fc.integer({ min: 0, max: 4 }) }) },
);

/** The contract in a dozen lines: a list of waiters and a count of units in use. */
class ReferenceResource {
  inUse = 0;
  waiting: { id: number; priority: number; seq: number; viaEvent: boolean }[] = [];
  grants: number[] = []; // callback grants at once, event grants when the events are processed
  private deferred: number[] = [];
  private seq = 0;
  constructor(
    public capacity: number,
    private readonly discipline: QueueDiscipline,
  ) {}
  claim(id: number, priority: number, viaEvent: boolean): void {
    if (this.inUse < this.capacity && this.waiting.length === 0) this.grant(id, viaEvent);
    else this.waiting.push({ id, priority, seq: this.seq++, viaEvent });
  }
  release(): void {
    this.inUse--;
    this.serve();
  }
  withdraw(id: number): void {
    this.waiting = this.waiting.filter((w) => w.id !== id);
  }
  setCapacity(c: number): void {
    this.capacity = c;
    this.serve();
  }
  /** What `sim.run()` does for the succeed events of granted requests. */
  flush(): void {
    this.grants.push(...this.deferred);
    this.deferred = [];
  }
  private serve(): void {
    while (this.inUse < this.capacity && this.waiting.length > 0) {
      let best = 0;
      if (this.discipline === 'priority') {
        for (let i = 1; i < this.waiting.length; i++) {
          const a = this.waiting[i]!;
          const b = this.waiting[best]!;
          if (a.priority < b.priority || (a.priority === b.priority && a.seq < b.seq)) best = i;
        }
      }
      const [w] = this.waiting.splice(best, 1);
      if (w !== undefined) this.grant(w.id, w.viaEvent);
    }
  }
  private grant(id: number, viaEvent: boolean): void {
    this.inUse++;
    (viaEvent ? this.deferred : this.grants).push(id);
  }
}

describe('resource against a reference model', () => {
  for (const discipline of ['fifo', 'priority'] as const) {
    it(`${discipline}: grants, in-use and queue agree after every operation`, () => {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 3 }), fc.array(resOpArb, { maxLength: 120 }), (capacity, ops) => {
          const sim = new Simulation();
          const res = new Resource(sim, { capacity, discipline });
          const ref = new ReferenceResource(capacity, discipline);
          const grants: number[] = [];
          // claims by id: a Request, or the grant flag of a callback claim
          const claims: { req: Request | null; granted: boolean; released: boolean }[] = [];
          for (const o of ops) {
            const id = claims.length;
            if (o.op === 'request') {
              const req = res.request(o.priority);
              req.onSettled(() => grants.push(id));
              claims.push({ req, granted: false, released: false });
              ref.claim(id, o.priority, true);
            } else if (o.op === 'acquire') {
              const claim = { req: null, granted: false, released: false };
              claims.push(claim);
              res.acquire(() => {
                claim.granted = true;
                grants.push(id);
              }, o.priority);
              ref.claim(id, o.priority, false);
            } else if (o.op === 'release') {
              const held = claims.filter((c) => !c.released && (c.req ? c.req.granted : c.granted));
              if (held.length === 0) continue;
              const c = held[o.pick % held.length]!;
              c.released = true;
              if (c.req) res.release(c.req);
              else res.release();
              ref.release();
            } else if (o.op === 'withdraw') {
              const queued = claims.map((c, i) => ({ c, i })).filter(({ c }) => c.req && !c.req.granted && !c.req.withdrawn);
              if (queued.length === 0) continue;
              const { c, i } = queued[o.pick % queued.length]!;
              res.release(c.req!);
              ref.withdraw(i);
            } else {
              res.setCapacity(o.to);
              ref.setCapacity(o.to);
            }
            sim.run();
            ref.flush();
            expect(grants).toEqual(ref.grants);
            expect([res.inUse, res.waiting, res.capacity]).toEqual([ref.inUse, ref.waiting.length, ref.capacity]);
            expect([res.busy.value, res.queueLength.value]).toEqual([ref.inUse, ref.waiting.length]);
            expect(res.waits.n).toBe(ref.grants.length);
          }
        }),
        { numRuns: 300 },
      );
    });
  }
});

describe('users and queue, read at any moment', () => {
  it('users: oldest grant first, also after a user in the middle or at either end leaves', () => {
    const sim = new Simulation();
    const res = new Resource(sim, { capacity: 4 });
    const [a, b, c, d] = [res.request(), res.request(), res.request(), res.request()];
    expect(res.users).toEqual([a, b, c, d]);
    res.release(b);
    expect(res.users).toEqual([a, c, d]);
    res.release(d);
    expect(res.users).toEqual([a, c]);
    res.release(a);
    expect(res.users).toEqual([c]);
    const e = res.request();
    expect(res.users).toEqual([c, e]);
    sim.run();
  });

  it('queue (fifo): in arrival order whatever the priorities, without those served or withdrawn', () => {
    const sim = new Simulation();
    const res = new Resource(sim, { capacity: 1 });
    const first = res.request();
    const waiting = [res.request(3), res.request(1), res.request(2), res.request(0)];
    expect(res.queue).toEqual(waiting);
    res.release(first); // serves waiting[0]
    res.release(waiting[2]!); // withdraws it
    expect(res.queue).toEqual([waiting[1], waiting[3]]);
    sim.run();
  });

  it('queue (priority): in the order of service, smaller number first, first come among equals', () => {
    const sim = new Simulation();
    const res = new Resource(sim, { capacity: 1, discipline: 'priority' });
    res.request();
    const byPriority = [5, 1, 4, 1, 3, 2, 0].map((p) => res.request(p));
    const order = [6, 1, 3, 5, 4, 2, 0].map((i) => byPriority[i]);
    expect(res.queue).toEqual(order);
    expect(res.queue.map((r) => r.priority)).toEqual([0, 1, 1, 2, 3, 4, 5]);
    sim.run();
  });

  it('refuses an unknown discipline and a request of another resource, saying what is expected', () => {
    const sim = new Simulation();
    expect(() => new Resource(sim, { capacity: 1, discipline: 'lifo' as never })).toThrow(
      /^discipline = "lifo": expected 'fifo' or 'priority'$/,
    );
    const other = new Resource(sim, { capacity: 1 }).request();
    expect(() => new Resource(sim, { capacity: 1 }).release(other)).toThrow(
      /^request = "from another resource": expected a request of this resource$/,
    );
    sim.run();
  });
});
