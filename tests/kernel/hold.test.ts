// Holding a unit across a yield: a request in a `using` declaration, and withUnit(), release the
// unit on every way out of the block (its end, a return, an error, an Interrupt while holding, an
// Interrupt while still queued). And the resource's users and queue as read-only lists.

import { describe, expect, it } from 'vitest';
import { Interrupt, Resource, Simulation, withUnit, type Process, type ProcessGenerator, type Request } from '../../src/kernel/index.js';

type Exit = 'end' | 'return' | 'error' | 'interrupt while holding' | 'interrupt while queued';
const exits: Exit[] = ['end', 'return', 'error', 'interrupt while holding', 'interrupt while queued'];

/**
 * One unit, first held by a blocker until 2. The process under test asks at 0, so it is queued
 * until 2, then holds the unit for 3 days (to 5) unless it leaves the block early. Another
 * process asks at 1 and records when it gets the unit: that is when the unit came back.
 */
function scenario(exit: Exit, hold: (res: Resource, body: () => ProcessGenerator<void>) => ProcessGenerator<void>) {
  const sim = new Simulation();
  const res = new Resource(sim, { capacity: 1 });
  const blocker = res.request();
  sim.schedule(2, () => res.release(blocker));
  const log: string[] = [];
  const p = sim.process(
    (function* (): ProcessGenerator<void> {
      try {
        yield* hold(res, function* () {
          log.push(`holding@${sim.now}`);
          if (exit === 'return') return;
          if (exit === 'error') throw new RangeError('file lost');
          yield 3;
          log.push(`done@${sim.now}`);
        });
      } catch (e) {
        log.push(e instanceof Interrupt ? `interrupted@${sim.now}` : `caught ${(e as Error).message}@${sim.now}`);
      }
      log.push(`after@${sim.now}`);
    })(),
  );
  if (exit === 'interrupt while holding') sim.schedule(3, () => p.interrupt());
  if (exit === 'interrupt while queued') sim.schedule(1.5, () => p.interrupt());
  let nextGotItAt = -1;
  sim.schedule(1, () =>
    sim.process(
      (function* (): ProcessGenerator<void> {
        using req = res.request();
        yield req;
        nextGotItAt = sim.now;
      })(),
    ),
  );
  sim.run();
  return { log, nextGotItAt, res };
}

const expected: Record<Exit, { log: string[]; nextGotItAt: number }> = {
  end: { log: ['holding@2', 'done@5', 'after@5'], nextGotItAt: 5 },
  return: { log: ['holding@2', 'after@2'], nextGotItAt: 2 },
  error: { log: ['holding@2', 'caught file lost@2', 'after@2'], nextGotItAt: 2 },
  'interrupt while holding': { log: ['holding@2', 'interrupted@3', 'after@3'], nextGotItAt: 3 },
  // withdrawn from the queue: the next in line gets the blocker's unit at 2
  'interrupt while queued': { log: ['interrupted@1.5', 'after@1.5'], nextGotItAt: 2 },
};

const viaUsing = (res: Resource, body: () => ProcessGenerator<void>): ProcessGenerator<void> =>
  (function* () {
    using req = res.request();
    yield req;
    yield* body();
  })();

const viaWithUnit = (res: Resource, body: () => ProcessGenerator<void>): ProcessGenerator<void> => withUnit(res, body);

describe('a unit held across yields comes back on every way out', () => {
  for (const [name, hold] of [
    ['using req = res.request()', viaUsing],
    ['withUnit(res, body)', viaWithUnit],
  ] as const) {
    for (const exit of exits) {
      it(`${name}: ${exit}`, () => {
        const { log, nextGotItAt, res } = scenario(exit, hold);
        expect(log).toEqual(expected[exit].log);
        expect(nextGotItAt).toBe(expected[exit].nextGotItAt);
        expect([res.inUse, res.waiting, res.users.length, res.queue.length]).toEqual([0, 0, 0, 0]);
      });
    }
  }

  it('interrupted after the grant but before resuming: the unit still comes back', () => {
    const sim = new Simulation();
    const res = new Resource(sim, { capacity: 1 });
    const blocker = res.request();
    let p: Process<void> | undefined;
    sim.schedule(2, () => {
      res.release(blocker); // grants p's request: p resumes later at this instant ...
      p!.interrupt(); // ... but the interrupt (urgent) comes first
    });
    p = sim.process(
      (function* (): ProcessGenerator<void> {
        try {
          using req = res.request();
          yield req;
          yield 10;
        } catch {
          // interrupted
        }
      })(),
    );
    sim.run();
    expect([res.inUse, res.waiting]).toEqual([0, 0]);
  });

  it('withUnit returns what the body returns and hands it the request', () => {
    const sim = new Simulation();
    const res = new Resource(sim, { capacity: 2 });
    let seen: Request | undefined;
    const p = sim.process(
      withUnit(
        res,
        function* (req) {
          seen = req;
          yield 1;
          return res.users.includes(req) ? 'held' : 'not held';
        },
        0,
      ),
    );
    sim.run();
    expect(p.value).toBe('held');
    expect(seen!.granted).toBe(true);
    expect(res.inUse).toBe(0);
  });

  it('disposing after an explicit release does nothing more', () => {
    const sim = new Simulation();
    const res = new Resource(sim, { capacity: 1 });
    sim.process(
      (function* (): ProcessGenerator<void> {
        using req = res.request();
        yield req;
        res.release(req); // given back early, by hand
        res.request(); // someone else's unit, from a request nobody yields
        yield 1;
      })(),
    );
    sim.run();
    expect(res.inUse).toBe(1); // the other unit is not released by the dispose
  });
});

describe('users and queue', () => {
  it('users in the order of their grants, queue in the order of service; copies that cannot be changed', () => {
    const sim = new Simulation();
    const res = new Resource(sim, { capacity: 2, discipline: 'priority' });
    const a = res.request(5);
    const b = res.request(5);
    const c = res.request(3);
    const d = res.request(1);
    const e = res.request(3);
    expect(res.users).toEqual([a, b]);
    expect(res.queue).toEqual([d, c, e]);
    const users = res.users;
    expect(Object.isFrozen(users)).toBe(true);
    expect(() => (users as Request[]).push(c)).toThrow(TypeError);

    res.release(a); // d is granted
    expect(res.users).toEqual([b, d]);
    expect(res.queue).toEqual([c, e]);
    res.release(c); // withdrawn
    expect(res.queue).toEqual([e]);
    expect(users).toEqual([a, b]); // the old copy does not change
  });

  it('fifo: the queue in arrival order, withdrawn requests left out', () => {
    const sim = new Simulation();
    const res = new Resource(sim, { capacity: 1 });
    const holder = res.request();
    const waiting = [res.request(), res.request(), res.request()];
    res.release(waiting[1]);
    expect(res.queue).toEqual([waiting[0], waiting[2]]);
    res.release(holder);
    expect(res.users).toEqual([waiting[0]]);
    expect(res.queue).toEqual([waiting[2]]);
  });

  it('units taken with acquire are counted, not listed', () => {
    const sim = new Simulation();
    const res = new Resource(sim, { capacity: 1 });
    res.acquire(() => undefined);
    res.acquire(() => undefined);
    const req = res.request();
    expect([res.inUse, res.waiting]).toEqual([1, 2]);
    expect(res.users).toEqual([]);
    expect(res.queue).toEqual([req]);
  });

  it('a request knows the process that made it', () => {
    const sim = new Simulation();
    const res = new Resource(sim, { capacity: 1 });
    expect(res.request().requestedBy).toBeNull();
    let req: Request | undefined;
    const p = sim.process(
      (function* (): ProcessGenerator<void> {
        req = res.request();
        yield req;
      })(),
    );
    sim.run();
    expect(req!.requestedBy).toBe(p);
  });
});
