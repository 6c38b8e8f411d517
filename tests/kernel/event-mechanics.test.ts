// The event mechanics under the process API that a model leans on without seeing them: who is
// woken in which order, what removing a callback or a waiter leaves behind, what an event
// triggered twice, a condition decided by an event already processed, or a run asked to reach an
// event that has already happened do. Each test fails on a kernel that gets its mechanism wrong
// (these are the mutants `npm run mutate:kernel` found surviving; docs/mutation.md).

import { describe, expect, it } from 'vitest';
import { type Event, Interrupt, KernelInputError, KernelStateError, type Process, Simulation } from '../../src/kernel/index.js';

/** A process that waits for `ev` and logs what it got, or what was thrown into it. */
function waiter(sim: Simulation, name: string, ev: Event<any>, log: string[]): Process<void> {
  return sim.process(
    (function* () {
      try {
        const v: unknown = yield ev;
        log.push(`${name} got ${String(v)}@${sim.now}`);
      } catch (e) {
        log.push(`${name} caught ${e instanceof Interrupt ? 'an interrupt' : String(e)}@${sim.now}`);
      }
    })(),
  );
}

describe('the callbacks of an event', () => {
  it('lists the waiting process first, then the callbacks in the order added; empty when nobody waits; null once processed', () => {
    const sim = new Simulation();
    const ev = sim.event<number>();
    expect(ev.callbacks).toEqual([]);
    const log: string[] = [];
    waiter(sim, 'p', ev, log);
    sim.run(); // p starts and waits
    const cb = (): void => {
      log.push('callback');
    };
    ev.onSettled(cb);
    const list = ev.callbacks!;
    expect(list).toHaveLength(2);
    expect(list[1]).toBe(cb);
    expect(Object.isFrozen(list)).toBe(true);
    ev.succeed(4);
    sim.run();
    expect(log).toEqual(['p got 4@0', 'callback']);
    expect(ev.callbacks).toBeNull();
  });

  it("removing a waiting process's callback (as listed) leaves the process waiting for good", () => {
    const sim = new Simulation();
    const ev = sim.event<number>();
    const log: string[] = [];
    waiter(sim, 'p', ev, log);
    sim.run();
    ev.removeCallback(ev.callbacks![0]!);
    expect(ev.callbacks).toEqual([]);
    ev.succeed(1);
    sim.run();
    expect(log).toEqual([]);
  });

  it('removing a callback that is not there changes nothing, also on an event with none', () => {
    const sim = new Simulation();
    const bare = sim.event();
    expect(() => bare.removeCallback(() => {})).not.toThrow();
    const ev = sim.event<number>();
    const log: string[] = [];
    const first = (): void => {
      log.push('first');
    };
    const second = (): void => {
      log.push('second');
    };
    ev.onSettled(first);
    ev.onSettled(second);
    ev.removeCallback(() => {}); // a different function
    expect(ev.callbacks).toEqual([first, second]);
    ev.removeCallback(first);
    expect(ev.callbacks).toEqual([second]);
    ev.succeed();
    sim.run();
    expect(log).toEqual(['second']);
  });

  it('a process that waits after a callback was added is woken after it (the order of waiting)', () => {
    const sim = new Simulation();
    const ev = sim.event<string>();
    const log: string[] = [];
    ev.onSettled(() => log.push('callback added first'));
    waiter(sim, 'p', ev, log);
    waiter(sim, 'q', ev, log);
    sim.schedule(1, () => ev.succeed('v'));
    sim.run();
    expect(log).toEqual(['callback added first', 'p got v@1', 'q got v@1']);
  });

  it('a process waiting after an emptied list of callbacks is woken, and only once', () => {
    const sim = new Simulation();
    const ev = sim.event<string>();
    const cb = (): void => {};
    ev.onSettled(cb);
    ev.removeCallback(cb);
    const log: string[] = [];
    waiter(sim, 'p', ev, log);
    sim.schedule(1, () => ev.succeed('v'));
    sim.run();
    expect(log).toEqual(['p got v@1']);
  });

  it('of two processes waiting, interrupting one leaves the other waiting and woken (either one)', () => {
    for (const interrupted of ['first', 'second'] as const) {
      const sim = new Simulation();
      const ev = sim.event<string>();
      const log: string[] = [];
      // the first waiter is kept apart from the others (Event._waiter): both kinds must come off
      const procs = { first: waiter(sim, 'first', ev, log), second: waiter(sim, 'second', ev, log) };
      sim.run(); // both wait
      expect(ev.callbacks).toHaveLength(2);
      sim.schedule(1, () => procs[interrupted].interrupt('leave'));
      sim.run();
      expect(ev.callbacks).toHaveLength(1);
      ev.succeed('v');
      sim.run();
      const other = interrupted === 'first' ? 'second' : 'first';
      expect(log).toEqual([`${interrupted} caught an interrupt@1`, `${other} got v@1`]);
    }
  });
});

describe('an event triggered twice', () => {
  it('is refused whichever way round, and keeps its first outcome', () => {
    const sim = new Simulation();
    const ok = sim.event<number>().succeed(1);
    expect(() => ok.fail(new Error('late'))).toThrow(KernelStateError);
    expect(() => ok.succeed(2)).toThrow(/event has already been triggered/);
    expect([ok.ok, ok.value]).toEqual([true, 1]);
    const failed = sim.event<number>().fail(new RangeError('first'));
    failed.defused = true;
    expect(() => failed.fail(new Error('second'))).toThrow(/event has already been triggered/);
    expect(() => failed.succeed(3)).toThrow(KernelStateError);
    expect(String(failed.error)).toBe('RangeError: first');
    sim.run();
  });
});

describe('the value before it is there', () => {
  it('says a process has not ended, and an event that it has not been triggered', () => {
    const sim = new Simulation();
    const proc = sim.process(
      (function* () {
        yield 1;
      })(),
    );
    expect(() => proc.value).toThrow(/^the value of this process is not yet available: it has not ended$/);
    expect(() => sim.event().value).toThrow(/^the value of this event is not yet available: it has not been triggered$/);
    const failed = sim.event().fail(new Error('x'));
    failed.defused = true;
    expect(() => failed.value).toThrow(/^this event failed: it has no value; its error is in \.error$/);
    sim.run();
  });
});

describe('run({ until: event })', () => {
  it('with an event already processed returns its value at once and fires nothing', () => {
    const sim = new Simulation();
    const ev = sim.event<string>().succeed('done');
    sim.run();
    let fired = 0;
    sim.schedule(5, () => fired++);
    expect(sim.run({ until: ev })).toBe('done');
    expect([sim.now, fired, sim.pending]).toEqual([0, 0, 1]);
  });

  it('says so when stop() ended the run first, and names the event of another simulation', () => {
    const sim = new Simulation();
    const never = sim.event();
    sim.schedule(3, () => sim.stop());
    sim.schedule(4, () => {});
    expect(() => sim.run({ until: never })).toThrow(/^run\(\{ until \}\) was stopped at 3 before its event happened$/);
    expect(() => sim.run({ until: new Simulation().event() })).toThrow(
      /^until = "an event of another simulation": expected an event of this simulation$/,
    );
  });
});

describe('delays yielded by processes', () => {
  it('due at the same instant resume in the order they were yielded, round after round', () => {
    const sim = new Simulation();
    const log: string[] = [];
    for (const name of ['a', 'b', 'c']) {
      sim.process(
        (function* () {
          for (let round = 0; round < 3; round++) {
            yield 1;
            log.push(`${name}@${sim.now}`);
          }
        })(),
      );
    }
    sim.run();
    expect(log).toEqual(['a@1', 'b@1', 'c@1', 'a@2', 'b@2', 'c@2', 'a@3', 'b@3', 'c@3']);
  });

  it('keep their place among calls scheduled at the same instant before and after them', () => {
    const sim = new Simulation();
    const log: string[] = [];
    sim.schedule(2, () => log.push('scheduled before'));
    sim.process(
      (function* () {
        yield 2;
        log.push('process');
      })(),
    );
    sim.schedule(0, () => sim.schedule(2, () => log.push('scheduled after')));
    sim.run();
    expect(log).toEqual(['scheduled before', 'process', 'scheduled after']);
  });

  it('a bad delay is thrown back into the process, saying what is expected', () => {
    const sim = new Simulation();
    let message = '';
    sim.process(
      (function* () {
        try {
          yield -1;
        } catch (e) {
          message = (e as Error).message;
        }
      })(),
    );
    sim.run();
    expect(message).toBe('yielded delay (days) = -1: expected a finite number ≥ 0');
  });
});

describe('anyOf and allOf: what they leave behind and what they refuse', () => {
  it('decided by an event already processed, puts no callback on the others', () => {
    const sim = new Simulation();
    const done = sim.event<string>().succeed('first');
    const pending = sim.event();
    const failedEarly = sim.event().fail(new Error('no'));
    failedEarly.defused = true; // handled, say by a callback: processed without ending the run
    const other = sim.event();
    sim.run(); // `done` and `failedEarly` processed
    const any = sim.anyOf([done, pending]);
    expect(pending.callbacks).toEqual([]);
    expect(any.triggered).toBe(true);
    const all = sim.allOf([failedEarly, other]);
    expect(other.callbacks).toEqual([]);
    expect([all.triggered, all.ok]).toEqual([true, false]);
    all.defused = true;
    sim.run();
  });

  it('refuses a string, a plain object and a number, naming anyOf or allOf', () => {
    const sim = new Simulation();
    expect(() => sim.anyOf('ab' as never)).toThrow(/^anyOf = "ab": expected a list of events$/);
    expect(() => sim.allOf({} as never)).toThrow(/^allOf = \{\}: expected a list of events$/);
    expect(() => sim.allOf(3 as never)).toThrow(/^allOf = 3: expected a list of events$/);
    expect(() => sim.anyOf([sim.event(), 'x'] as never)).toThrow(/^anyOf = "x": expected events only$/);
    expect(() => sim.anyOf([new Simulation().event()])).toThrow(
      /^anyOf = "an event of another simulation": expected events of this simulation$/,
    );
    expect(() => sim.allOf([new Simulation().event()])).toThrow(
      /^allOf = "an event of another simulation": expected events of this simulation$/,
    );
  });
});

describe('what a process is made from', () => {
  it('refuses null and a function with a next of its own, as a KernelInputError', () => {
    const sim = new Simulation();
    expect(() => sim.process(null as never)).toThrow(KernelInputError);
    expect(() => sim.process(null as never)).toThrow(/^process = null: expected a generator object/);
    const fn = Object.assign(() => {}, { next: () => ({ done: true, value: undefined }) });
    expect(() => sim.process(fn as never)).toThrow(/expected a generator object \(call the generator function\)$/);
  });
});

describe('an Interrupt', () => {
  it('is named Interrupt and carries its cause', () => {
    const i = new Interrupt('guardian left');
    expect([i.name, i.message, i.cause]).toEqual(['Interrupt', 'interrupted: guardian left', 'guardian left']);
    expect(String(i)).toBe('Interrupt: interrupted: guardian left');
  });
});

describe('a failure yielded after it was processed', () => {
  it('counts as handled once a process has caught it', () => {
    const sim = new Simulation();
    const ev = sim.event().fail(new RangeError('gone'));
    expect(() => sim.run()).toThrow('gone'); // nobody waited: out of run()
    expect(ev.defused).toBe(false);
    let caught = '';
    sim.process(
      (function* () {
        try {
          yield ev;
        } catch (e) {
          caught = (e as Error).message;
        }
      })(),
    );
    sim.run();
    expect([caught, ev.defused]).toEqual(['gone', true]);
  });
});

describe('a condition left by its only waiter', () => {
  it('is decided, counting what happened meanwhile, when the next process waits for it', () => {
    const sim = new Simulation();
    const ev = sim.event<string>();
    const any = sim.anyOf([ev]);
    const log: string[] = [];
    const first = waiter(sim, 'first', any, log);
    sim.schedule(1, () => first.interrupt('leave')); // its only waiter leaves: it stops listening
    sim.schedule(2, () => ev.succeed('v')); // nobody listens now
    sim.schedule(3, () => waiter(sim, 'second', any, log));
    sim.run();
    expect(log).toEqual(['first caught an interrupt@1', 'second got [object Object]@3']);
    expect([any.triggered, any.value]).toEqual([true, ev]);
  });
});
