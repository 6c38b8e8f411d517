// SimPy's tests/test_exceptions.py (SimPy 4.1.1), translated to jbsim's kernel. SimPy is MIT
// licensed, Copyright (c) 2013 Ontje Lünsdorf and Stefan Scherfke: see LICENSE-SimPy.txt in this
// folder. Each test keeps SimPy's name. Python's tracebacks have no JavaScript counterpart, so
// test_crashing_child_traceback, test_exception_chaining and test_process_exception_chaining check
// what carries over: the error object itself travels unchanged from the child to each waiter and
// out of run(). Not translated: test_sys_excepthook (Python's sys.excepthook).

import { describe, expect, it } from 'vitest';
import { KernelInputError, Simulation, type Event, type ProcessGenerator } from '../../../src/kernel/index.js';

describe('SimPy test_exceptions.py', () => {
  it('test_error_forwarding: an error of a child process is thrown into its waiting parent', () => {
    const sim = new Simulation();
    let caught: unknown;
    sim.process(
      (function* (): ProcessGenerator<void> {
        try {
          yield sim.process(
            (function* (): ProcessGenerator<void> {
              throw new RangeError('Onoes!');
            })(),
          );
        } catch (e) {
          caught = e;
        }
      })(),
    );
    sim.run();
    expect(caught).toBeInstanceOf(RangeError);
    expect((caught as Error).message).toBe('Onoes!');
  });

  it('test_no_parent_process: the error of a process nobody waits for leaves run(), not the parent', () => {
    const sim = new Simulation();
    let parentSaw: unknown = null;
    sim.process(
      (function* (): ProcessGenerator<void> {
        try {
          sim.process(
            (function* (): ProcessGenerator<void> {
              throw new RangeError('Onoes!');
            })(),
          );
          yield sim.timeout(1);
        } catch (e) {
          parentSaw = e;
        }
      })(),
    );
    expect(() => sim.run()).toThrow('Onoes!');
    expect(parentSaw).toBeNull();
  });

  it("test_crashing_child_traceback: the parent receives the child's own error, stack and all", () => {
    const sim = new Simulation();
    let thrown: Error | undefined;
    let caught: unknown;
    function* panic(): ProcessGenerator<void> {
      yield sim.timeout(1);
      thrown = new Error('Oh noes, roflcopter incoming... BOOM!');
      throw thrown;
    }
    sim.process(
      (function* (): ProcessGenerator<void> {
        try {
          yield sim.process(panic());
        } catch (e) {
          caught = e;
        }
      })(),
    );
    sim.run();
    expect(caught).toBe(thrown);
    expect((caught as Error).stack).toMatch(/panic/);
  });

  it('test_exception_chaining: an error passed up child → parent → grandparent leaves run() as the same object', () => {
    const sim = new Simulation();
    const foo = new Error('foo');
    sim.process(
      (function* (): ProcessGenerator<void> {
        yield sim.process(
          (function* (): ProcessGenerator<void> {
            yield sim.process(
              (function* (): ProcessGenerator<void> {
                yield sim.timeout(1);
                throw foo;
              })(),
            );
          })(),
        );
      })(),
    );
    let out: unknown;
    try {
      sim.run();
    } catch (e) {
      out = e;
    }
    expect(out).toBe(foo);
  });

  it('test_invalid_event: yielding something that is not an event fails the process', () => {
    const sim = new Simulation();
    sim.process(
      (function* (): Generator<unknown, void, unknown> {
        yield null;
      })() as ProcessGenerator<void>,
    );
    expect(() => sim.run()).toThrow(KernelInputError);
    const again = new Simulation();
    again.process(
      (function* (): Generator<unknown, void, unknown> {
        yield null;
      })() as ProcessGenerator<void>,
    );
    expect(() => again.run()).toThrow(/yielded value = null: expected an Event or a delay in days/);
  });

  it('test_exception_handling: a failed event that nobody handles stops the run', () => {
    const sim = new Simulation();
    const event = sim.event();
    event.fail(new RangeError());
    expect(() => sim.run(1)).toThrow(RangeError);
  });

  it('test_callback_exception_handling: a callback may handle the failure by setting defused', () => {
    const sim = new Simulation();
    const event = sim.event();
    event.onSettled((ev) => {
      ev.defused = true;
    });
    event.fail(new RangeError());
    expect(event.defused).toBe(false);
    sim.run(1);
    expect(event.defused).toBe(true);
  });

  it('test_process_exception_handling: a process that catches the failure defuses the event', () => {
    const sim = new Simulation();
    const event = sim.event();
    let caught: unknown;
    sim.process(
      (function* (): ProcessGenerator<void> {
        try {
          yield event;
        } catch (e) {
          caught = e;
        }
      })(),
    );
    event.fail(new RangeError());
    expect(event.defused).toBe(false);
    sim.run(1);
    expect(event.defused).toBe(true);
    expect(caught).toBeInstanceOf(RangeError);
  });

  it('test_process_exception_chaining: every waiter receives the failure, and the first does not alter it for the next', () => {
    const sim = new Simulation();
    const foo = new RangeError('foo');
    const stackBefore = foo.stack;
    const event = sim.event();
    event.fail(foo);
    const caught: unknown[] = [];
    const stacks: (string | undefined)[] = [];
    function* waiter(ev: Event): ProcessGenerator<void> {
      try {
        yield ev;
      } catch (e) {
        caught.push(e);
        stacks.push((e as Error).stack);
      }
    }
    sim.process(waiter(event));
    sim.process(waiter(event));
    sim.run();
    expect(caught).toEqual([foo, foo]);
    expect(stacks).toEqual([stackBefore, stackBefore]);
  });
});
