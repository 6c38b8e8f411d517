// Processes: generators that yield what they wait for. Delays and timeouts, waiting for
// another process, failures that travel to the waiter or out of run(), interrupts, and the
// anyOf/allOf conditions.

import { describe, expect, it } from 'vitest';
import { type Event, Interrupt, KernelInputError, type Process, Resource, Simulation } from '../../src/kernel/index.js';

describe('yielding delays and timeouts', () => {
  it('a number and a timeout both advance the clock; the timeout hands back its value', () => {
    const sim = new Simulation();
    const seen: unknown[] = [];
    sim.process(
      (function* () {
        seen.push(sim.now);
        yield 2.5;
        seen.push(sim.now);
        const v = yield sim.timeout(1.5, 'done');
        seen.push(v, sim.now);
        yield 0;
        seen.push(sim.now);
      })(),
    );
    sim.run();
    expect(seen).toEqual([0, 2.5, 'done', 4, 4]);
  });

  it('starts at the current time, not at once', () => {
    const sim = new Simulation();
    const log: string[] = [];
    sim.schedule(3, () => {
      sim.process(
        (function* () {
          log.push(`start@${sim.now}`);
        })(),
      );
      log.push('after process()');
    });
    sim.run();
    expect(log).toEqual(['after process()', 'start@3']);
  });

  it('spawn runs the generator to its first yield inside the caller and ends without events', () => {
    const sim = new Simulation();
    const log: string[] = [];
    let proc: Process<string> | undefined;
    sim.schedule(3, () => {
      const before = sim.eventsFired;
      proc = sim.spawn(
        (function* () {
          log.push(`start@${sim.now}`);
          yield 2;
          log.push(`resumed@${sim.now}`);
          return 'done';
        })(),
      );
      log.push('after spawn()');
      expect(sim.eventsFired).toBe(before);
      expect(sim.activeProcess).toBeNull(); // restored once the first step has run
    });
    sim.run();
    expect(log).toEqual(['start@3', 'after spawn()', 'resumed@5']);
    expect(proc!.value).toBe('done');
    expect(proc!.processed).toBe(true);
    // the callback at 3 and the wake-up at 5: no start event, no end event
    expect(sim.eventsFired).toBe(2);
    expect(sim.pending).toBe(0);
  });

  it('a spawned process that gets a waiter ends as an event; one that fails unwatched throws out of run()', () => {
    const sim = new Simulation();
    const child = sim.spawn(
      (function* () {
        yield 1;
        return 42;
      })(),
    );
    let got: unknown;
    sim.process(
      (function* () {
        got = yield child;
      })(),
    );
    sim.run();
    expect(got).toBe(42);

    const failing = new Simulation();
    failing.spawn(
      (function* () {
        yield 1;
        throw new Error('lost');
      })(),
    );
    expect(() => failing.run()).toThrow('lost');
    expect(failing.now).toBe(1);
  });

  it('sim.activeProcess is the process running, and null outside', () => {
    const sim = new Simulation();
    let inside: unknown;
    const p = sim.process(
      (function* () {
        yield 1;
        inside = sim.activeProcess;
      })(),
    );
    sim.run();
    expect(inside).toBe(p);
    expect(sim.activeProcess).toBeNull();
  });
});

describe('waiting for events and processes', () => {
  it('a process waits for another and receives its return value', () => {
    const sim = new Simulation();
    let got: unknown;
    let at = -1;
    const child = sim.process(
      (function* () {
        yield 4;
        return 42;
      })(),
    );
    sim.process(
      (function* () {
        got = yield child;
        at = sim.now;
      })(),
    );
    sim.run();
    expect([got, at]).toEqual([42, 4]);
    expect(child.isAlive).toBe(false);
  });

  it('waiting for an already finished process carries on at once with its value', () => {
    const sim = new Simulation();
    const child = sim.process(
      (function* () {
        return 'early';
      })(),
    );
    let got: unknown;
    sim.schedule(5, () =>
      sim.process(
        (function* () {
          got = yield child;
          expect(sim.now).toBe(5);
        })(),
      ),
    );
    sim.run();
    expect(got).toBe('early');
  });

  it('an event succeeded by someone else wakes every waiter with its value', () => {
    const sim = new Simulation();
    const ev = sim.event<string>();
    const got: string[] = [];
    for (const name of ['a', 'b']) {
      sim.process(
        (function* () {
          const v = yield ev;
          got.push(`${name}:${v}@${sim.now}`);
        })(),
      );
    }
    sim.schedule(7, () => ev.succeed('ruling'));
    sim.run();
    expect(got).toEqual(['a:ruling@7', 'b:ruling@7']);
    expect(() => ev.succeed('again')).toThrow(/already been triggered/);
  });
});

describe('failures', () => {
  it('a failure reaches the waiting process as a thrown error', () => {
    const sim = new Simulation();
    const boom = new Error('file lost');
    const child = sim.process(
      (function* () {
        yield 1;
        throw boom;
      })(),
    );
    let caught: unknown;
    sim.process(
      (function* (): Generator<any, void, any> {
        try {
          yield child;
        } catch (e) {
          caught = e;
        }
      })(),
    );
    sim.run();
    expect(caught).toBe(boom);
    expect(child.ok).toBe(false);
  });

  it('a failed event reaches its waiter', () => {
    const sim = new Simulation();
    const ev = sim.event();
    const boom = new Error('rejected');
    let caught: unknown;
    sim.process(
      (function* () {
        try {
          yield ev;
        } catch (e) {
          caught = e;
        }
      })(),
    );
    sim.schedule(1, () => ev.fail(boom));
    sim.run();
    expect(caught).toBe(boom);
  });

  it('a failure nobody waits for is thrown out of run()', () => {
    const sim = new Simulation();
    const boom = new Error('unhandled');
    sim.process(
      (function* () {
        yield 2;
        throw boom;
      })(),
    );
    expect(() => sim.run()).toThrow(boom);
    expect(sim.now).toBe(2);
  });

  it('a failure passed on through a chain ends up out of run() when the last waiter rethrows', () => {
    const sim = new Simulation();
    const inner = sim.process(
      (function* () {
        yield 1;
        throw new Error('deep');
      })(),
    );
    sim.process(
      (function* (): Generator<any, void, any> {
        yield inner; // not caught: this process fails too, and nobody waits for it
      })(),
    );
    expect(() => sim.run()).toThrow('deep');
  });
});

describe('interrupts', () => {
  it('interrupts a process waiting on a delay; the old wake-up no longer resumes it', () => {
    const sim = new Simulation();
    const log: string[] = [];
    const p = sim.process(
      (function* () {
        try {
          yield 10;
          log.push(`woke@${sim.now}`);
        } catch (e) {
          expect(e).toBeInstanceOf(Interrupt);
          log.push(`interrupted@${sim.now}:${String((e as Interrupt).cause)}`);
        }
        yield 20; // would end at 13 if the old delay still resumed it
        log.push(`done@${sim.now}`);
      })(),
    );
    sim.schedule(3, () => p.interrupt('guardian left'));
    sim.run();
    expect(log).toEqual(['interrupted@3:guardian left', 'done@23']);
  });

  it('delays in a row, one interrupted: every wake-up comes once, on time (an entry is reused only after it fired)', () => {
    const sim = new Simulation();
    const log: string[] = [];
    const p = sim.process(
      (function* () {
        for (const d of [1, 0, 2, 5, 1, 0, 3]) {
          try {
            yield d;
            log.push(`woke@${sim.now}`);
          } catch {
            log.push(`interrupted@${sim.now}`);
          }
        }
      })(),
    );
    sim.schedule(4, () => p.interrupt()); // in the delay of 5 that began at 3
    sim.schedule(8.5, () => log.push('other@8.5'));
    sim.run();
    expect(log).toEqual(['woke@1', 'woke@1', 'woke@3', 'interrupted@4', 'woke@5', 'woke@5', 'woke@8', 'other@8.5']);
  });

  it('interrupts a process waiting on an event; a later succeed does not resume it', () => {
    const sim = new Simulation();
    const ev = sim.event<string>();
    const log: string[] = [];
    const p = sim.process(
      (function* () {
        try {
          yield ev;
        } catch {
          log.push(`interrupted@${sim.now}`);
        }
        const v = yield sim.timeout(10, 'own');
        log.push(`${v}@${sim.now}`);
      })(),
    );
    sim.schedule(1, () => p.interrupt());
    sim.schedule(2, () => ev.succeed('stale'));
    sim.run();
    expect(log).toEqual(['interrupted@1', 'own@11']);
  });

  it('interrupts a process waiting on a timeout event', () => {
    const sim = new Simulation();
    const log: string[] = [];
    const p = sim.process(
      (function* () {
        try {
          yield sim.timeout(10);
        } catch {
          log.push(`interrupted@${sim.now}`);
          yield 1;
          log.push(`done@${sim.now}`);
        }
      })(),
    );
    sim.schedule(4, () => p.interrupt());
    sim.run();
    expect(log).toEqual(['interrupted@4', 'done@5']);
  });

  it('interrupts a process queued for a resource; the request can be withdrawn', () => {
    const sim = new Simulation();
    const res = new Resource(sim, { capacity: 1 });
    const holder = res.request();
    let outcome = '';
    const p = sim.process(
      (function* () {
        const req = res.request();
        try {
          yield req;
          outcome = 'granted';
        } catch (e) {
          outcome = e instanceof Interrupt ? `interrupted@${sim.now}` : 'other';
          res.release(req);
        }
      })(),
    );
    sim.schedule(2, () => p.interrupt());
    sim.schedule(5, () => res.release(holder));
    sim.run();
    expect(outcome).toBe('interrupted@2');
    expect([res.inUse, res.waiting]).toEqual([0, 0]);
  });

  it('the interrupt is delivered ahead of a wake-up due at the same instant', () => {
    const sim = new Simulation();
    const log: string[] = [];
    // scheduled before the process exists, so this call comes first at t = 5; the process's
    // own wake-up (NORMAL) is also due at 5, but the interrupt (URGENT) overtakes it
    sim.schedule(5, () => p.interrupt());
    const p = sim.process(
      (function* () {
        try {
          yield 5;
          log.push('woke');
        } catch {
          log.push(`interrupted@${sim.now}`);
        }
      })(),
    );
    sim.run();
    expect(log).toEqual(['interrupted@5']);
  });

  it('an interrupt sent just before the process ends at the same instant is dropped', () => {
    const sim = new Simulation();
    const ev = sim.event();
    const log: string[] = [];
    // the first waiter interrupts the second, which is resumed by the same event and ends
    let p: Process<string> | undefined;
    sim.process(
      (function* () {
        yield ev;
        p!.interrupt('too late');
      })(),
    );
    p = sim.process(
      (function* () {
        yield ev;
        log.push(`ended@${sim.now}`);
        return 'done';
      })(),
    );
    sim.schedule(1, () => ev.succeed());
    sim.run();
    expect(log).toEqual(['ended@1']);
    expect([p.ok, p.value]).toEqual([true, 'done']);
  });

  it('an unhandled interrupt fails the process; interrupting an ended process throws', () => {
    const sim = new Simulation();
    const p = sim.process(
      (function* () {
        yield 10;
      })(),
    );
    let caught: unknown;
    sim.process(
      (function* () {
        try {
          yield p;
        } catch (e) {
          caught = e;
        }
      })(),
    );
    sim.schedule(1, () => p.interrupt('closed'));
    sim.run();
    expect(caught).toBeInstanceOf(Interrupt);
    expect((caught as Interrupt).cause).toBe('closed');
    expect(p.isAlive).toBe(false);
    expect(() => p.interrupt()).toThrow(/ended/);
  });
});

describe('anyOf and allOf', () => {
  it('anyOf succeeds with the first event, at its time', () => {
    const sim = new Simulation();
    let got: unknown;
    let at = -1;
    const slow = sim.timeout(5, 'slow');
    const fast = sim.timeout(2, 'fast');
    sim.process(
      (function* () {
        const winner: Event<string> = yield sim.anyOf([slow, fast]);
        got = winner.value;
        at = sim.now;
      })(),
    );
    sim.run();
    expect([got, at]).toEqual(['fast', 2]);
  });

  it('allOf waits for the last and gives the values in the given order', () => {
    const sim = new Simulation();
    let got: unknown;
    let at = -1;
    sim.process(
      (function* () {
        got = yield sim.allOf([sim.timeout(3, 'a'), sim.timeout(1, 'b'), sim.timeout(2, 'c')]);
        at = sim.now;
      })(),
    );
    sim.run();
    expect([got, at]).toEqual([['a', 'b', 'c'], 3]);
  });

  it('a failure in either fails the condition and reaches the waiter', () => {
    for (const kind of ['any', 'all'] as const) {
      const sim = new Simulation();
      const bad = sim.event();
      const boom = new Error(kind);
      let caught: unknown;
      let at = -1;
      sim.process(
        (function* () {
          try {
            const evs = [sim.timeout(10), bad];
            yield kind === 'any' ? sim.anyOf(evs) : sim.allOf(evs);
          } catch (e) {
            caught = e;
            at = sim.now;
          }
        })(),
      );
      sim.schedule(1, () => bad.fail(boom));
      sim.run();
      expect([caught, at]).toEqual([boom, 1]);
    }
  });

  it('empty lists succeed at once; already processed events count', () => {
    const sim = new Simulation();
    const done = sim.timeout(1, 'x');
    const got: unknown[] = [];
    sim.schedule(2, () =>
      sim.process(
        (function* () {
          got.push(yield sim.allOf([]));
          got.push(yield sim.anyOf([]));
          got.push(((yield sim.anyOf([done])) as Event).value);
          got.push(yield sim.allOf([done, sim.timeout(1, 'y')]));
          got.push(sim.now);
        })(),
      ),
    );
    sim.run();
    expect(got).toEqual([[], undefined, 'x', ['x', 'y'], 3]);
  });
});

describe('yielding something else', () => {
  it('garbage is thrown back into the process as a KernelInputError', () => {
    const sim = new Simulation();
    const errors: string[] = [];
    sim.process(
      (function* (): Generator<any, void, any> {
        // biome-ignore lint/suspicious/noThenProperty: an object that looks like a promise is one of the bad inputs
        for (const bad of ['soon', -1, NaN, Infinity, null, { then: 1 }]) {
          try {
            yield bad;
          } catch (e) {
            expect(e).toBeInstanceOf(KernelInputError);
            errors.push((e as Error).message);
          }
        }
        yield 1;
      })(),
    );
    sim.run();
    expect(errors).toHaveLength(6);
    expect(errors[0]).toMatch(/yielded value = "soon"/);
    expect(errors[1]).toMatch(/yielded delay \(days\) = -1/);
    expect(errors[2]).toMatch(/yielded delay \(days\) = NaN/);
    expect(errors[3]).toMatch(/yielded delay \(days\) = Infinity/);
    expect(sim.now).toBe(1);
  });

  it('an uncaught bad yield fails the process, and run() reports it', () => {
    const sim = new Simulation();
    sim.process(
      (function* (): Generator<any, void, any> {
        yield 'tomorrow';
      })(),
    );
    expect(() => sim.run()).toThrow(KernelInputError);
    expect(Number.isFinite(sim.now)).toBe(true);
  });

  it('process() wants a generator object, not the function', () => {
    const sim = new Simulation();
    function* gen(): Generator<number, void, unknown> {
      yield 1;
    }
    expect(() => sim.process(gen as any)).toThrow(/^process = .*: expected a generator object/s);
    expect(() => sim.process({ next: 5 } as any)).toThrow(/^process = .*: expected a generator object/s);
  });

  it('an iterator that is not a generator is driven through its own next', () => {
    const sim = new Simulation();
    const inputs: unknown[] = [];
    let step = 0;
    const iterator = {
      next(input: unknown): IteratorResult<number, string> {
        inputs.push(input);
        return step++ < 2 ? { value: 1.5, done: false } : { value: 'end', done: true };
      },
      throw(err: unknown): IteratorResult<number, string> {
        throw err;
      },
    };
    const proc = sim.process(iterator as any);
    sim.run();
    expect(inputs).toEqual([undefined, undefined, undefined]);
    expect(sim.now).toBe(3);
    expect(proc.value).toBe('end');
  });

  it('a generator is resumed with the built-in next, not a next put on it (docs/kernel.md)', () => {
    const sim = new Simulation();
    function* twice(): Generator<number, string, unknown> {
      yield 1;
      yield 1;
      return 'done';
    }
    const gen = twice();
    let replacedCalls = 0;
    gen.next = () => {
      replacedCalls++;
      return { value: 'replaced', done: true };
    };
    const proc = sim.process(gen);
    sim.run();
    expect(replacedCalls).toBe(0);
    expect([proc.value, sim.now]).toEqual(['done', 2]);
  });
});

describe('an event that already failed, yielded', () => {
  it('throws its error into the process at once, without waiting', () => {
    const sim = new Simulation();
    const ev = sim.event<string>();
    const boom = new RangeError('refused');
    // a first waiter handles the failure, so the event gets processed without stopping the run
    sim.process(
      (function* () {
        try {
          yield ev;
        } catch {
          // handled
        }
      })(),
    );
    sim.schedule(1, () => ev.fail(boom));
    const log: string[] = [];
    sim.schedule(2, () =>
      sim.process(
        (function* () {
          expect(ev.processed).toBe(true);
          try {
            const v: string = yield ev;
            log.push(`resumed with ${v}`);
          } catch (e) {
            log.push(`${e === boom ? 'caught it' : 'caught something else'}@${sim.now}`);
          }
          yield 1;
          log.push(`went on@${sim.now}`);
        })(),
      ),
    );
    sim.run();
    expect(log).toEqual(['caught it@2', 'went on@3']);
  });

  it('fails a process that does not catch it, and the failure reaches its waiter', () => {
    const sim = new Simulation();
    const ev = sim.event();
    const boom = new RangeError('refused');
    ev.fail(boom);
    ev.defused = true; // handled by a callback, say
    sim.run();
    const inner = sim.process(
      (function* (): Generator<any, string, any> {
        yield ev;
        return 'succeeded';
      })(),
    );
    let caught: unknown;
    sim.process(
      (function* () {
        try {
          yield inner;
        } catch (e) {
          caught = e;
        }
      })(),
    );
    sim.run();
    expect(caught).toBe(boom);
    expect([inner.ok, inner.error]).toEqual([false, boom]);
  });
});

describe("spawn's end paths", () => {
  /** Spawns, inside an event at 1, a process that waits 2 days and then returns or throws. */
  function spawnAt1(sim: Simulation, outcome: 'return' | 'throw', error = new RangeError('lost')) {
    let proc: Process<number> | undefined;
    sim.schedule(1, () => {
      proc = sim.spawn(
        (function* (): Generator<any, number, any> {
          yield 2;
          if (outcome === 'throw') throw error;
          return 42;
        })(),
      );
    });
    return {
      get proc() {
        return proc!;
      },
      error,
    };
  }

  /** At `time`, starts a process (with `start`) that waits for `of()`; records what it got and when. */
  function waiterAt(sim: Simulation, time: number, of: () => Process<number>, start: 'process' | 'spawn') {
    const seen: { got?: unknown; caught?: unknown; at?: number } = {};
    sim.scheduleAt(time, () => {
      const gen = (function* () {
        try {
          seen.got = yield of();
        } catch (e) {
          seen.caught = e;
        }
        seen.at = sim.now;
      })();
      if (start === 'spawn') sim.spawn(gen);
      else sim.process(gen);
    });
    return seen;
  }

  it('ends normally with no waiter: processed at once, no end event', () => {
    const sim = new Simulation();
    const s = spawnAt1(sim, 'return');
    sim.run();
    expect([s.proc.ok, s.proc.value, s.proc.processed, s.proc.isAlive]).toEqual([true, 42, true, false]);
    expect(sim.eventsFired).toBe(2); // the call at 1 and the wake-up at 3
    expect(sim.now).toBe(3);
    // a waiter that comes later carries on at once with the value
    const late = waiterAt(sim, 4, () => s.proc, 'spawn');
    sim.run();
    expect(late).toEqual({ got: 42, at: 4 });
  });

  it('ends normally with a waiter: the end is an event, and the waiter resumes at that instant with the value', () => {
    const sim = new Simulation();
    const s = spawnAt1(sim, 'return');
    const waiter = waiterAt(sim, 2, () => s.proc, 'process');
    sim.run();
    expect(waiter).toEqual({ got: 42, at: 3 });
    expect([s.proc.ok, s.proc.value, s.proc.processed]).toEqual([true, 42, true]);
    // the calls at 1 and 2, the waiter's start, the wake-up at 3, the spawned process's end event
    // and the waiter's own end event
    expect(sim.eventsFired).toBe(6);
  });

  it('fails with no waiter: thrown out of run() at once, once, and handed to a later waiter', () => {
    const sim = new Simulation();
    const s = spawnAt1(sim, 'throw');
    sim.schedule(10, () => undefined);
    expect(() => sim.run()).toThrow(s.error);
    expect(sim.now).toBe(3);
    expect([s.proc.ok, s.proc.error, s.proc.processed, s.proc.defused]).toEqual([false, s.error, true, true]);
    sim.run(); // goes on: the failure is not thrown a second time
    expect(sim.now).toBe(10);
    const late = waiterAt(sim, 11, () => s.proc, 'process');
    sim.run();
    expect(late).toEqual({ caught: s.error, at: 11 });
  });

  it('fails with a waiter: the waiter catches the error and run() does not throw', () => {
    const sim = new Simulation();
    const s = spawnAt1(sim, 'throw');
    const waiter = waiterAt(sim, 2, () => s.proc, 'process');
    sim.run();
    expect(waiter).toEqual({ caught: s.error, at: 3 });
    expect([s.proc.ok, s.proc.defused, s.proc.processed]).toEqual([false, true, true]);
  });

  it('ends before its first yield: returns processed, or throws out of spawn() itself', () => {
    const sim = new Simulation();
    const done = sim.spawn(
      (function* (): Generator<any, string, any> {
        return 'at once';
      })(),
    );
    expect([done.processed, done.value, sim.pending]).toEqual([true, 'at once', 0]);
    const boom = new RangeError('at once');
    expect(() =>
      sim.spawn(
        (function* (): Generator<any, string, any> {
          throw boom;
        })(),
      ),
    ).toThrow(boom);
    expect(sim.pending).toBe(0);
    sim.run(); // nothing left to throw
  });
});
