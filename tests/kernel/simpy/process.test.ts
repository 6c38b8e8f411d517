// SimPy's tests/test_process.py (SimPy 4.1.1), translated to jbsim's kernel. SimPy is MIT licensed,
// Copyright (c) 2013 Ontje Lünsdorf and Stefan Scherfke: see LICENSE-SimPy.txt in this folder.
// Every test of the file is translated; each keeps SimPy's name.

import { describe, expect, it } from 'vitest';
import { Interrupt, KernelInputError, Simulation, type Process, type ProcessGenerator } from '../../../src/kernel/index.js';

describe('SimPy test_process.py', () => {
  it('test_start_non_process: process() refuses a plain function', () => {
    const sim = new Simulation();
    const foo = (): void => undefined;
    expect(() => sim.process(foo as never)).toThrow(KernelInputError);
    expect(() => sim.process(foo as never)).toThrow(/expected a generator object/);
  });

  it('test_get_state: a process is alive until its generator has ended', () => {
    const sim = new Simulation();
    const seen: boolean[] = [];
    const a = sim.process(
      (function* (): ProcessGenerator<void> {
        yield sim.timeout(3);
      })(),
    );
    sim.process(
      (function* (): ProcessGenerator<void> {
        yield sim.timeout(1);
        seen.push(a.isAlive);
        yield sim.timeout(3);
        seen.push(a.isAlive);
      })(),
    );
    sim.run();
    expect(seen).toEqual([true, false]);
  });

  it('test_target: the event a process waits for is its target', () => {
    const sim = new Simulation();
    const event = sim.timeout(5);
    const proc = sim.process(
      (function* (): ProcessGenerator<void> {
        yield event;
      })(),
    );
    while (sim.peekTime() < 5) sim.step();
    expect(proc.target).toBe(event);
    proc.interrupt();
  });

  it('test_wait_for_proc: a process can wait until another one ends', () => {
    const sim = new Simulation();
    let at = -1;
    sim.process(
      (function* (): ProcessGenerator<void> {
        const proc = sim.process(
          (function* (): ProcessGenerator<void> {
            yield sim.timeout(5);
          })(),
        );
        yield proc;
        at = sim.now;
      })(),
    );
    sim.run();
    expect(at).toBe(5);
  });

  it('test_return_value: a process returns a value to its waiter', () => {
    const sim = new Simulation();
    function* child(): ProcessGenerator<number> {
      yield sim.timeout(1);
      return sim.now;
    }
    let results: number[] = [];
    sim.process(
      (function* (): ProcessGenerator<void> {
        const result1: number = yield sim.process(child());
        const result2: number = yield sim.process(child());
        results = [result1, result2];
      })(),
    );
    sim.run();
    expect(results).toEqual([1, 2]);
  });

  it('test_child_exception: an error returned (not thrown) is an ordinary value', () => {
    const sim = new Simulation();
    let result: unknown;
    sim.process(
      (function* (): ProcessGenerator<void> {
        result = yield sim.process(
          (function* (): ProcessGenerator<Error> {
            yield sim.timeout(1);
            return new RangeError('Onoes!');
          })(),
        );
      })(),
    );
    sim.run();
    expect(result).toBeInstanceOf(RangeError);
  });

  it('test_interrupted_join: an interrupt takes a process off the callbacks of its target', () => {
    const sim = new Simulation();
    const log: string[] = [];
    const parent = sim.process(
      (function* (): ProcessGenerator<void> {
        const child = sim.process(
          (function* (): ProcessGenerator<void> {
            yield sim.timeout(2);
          })(),
        );
        try {
          yield child;
          log.push('not interrupted');
        } catch (e) {
          expect(e).toBeInstanceOf(Interrupt);
          log.push(`interrupted@${sim.now}, child alive ${child.isAlive}`);
          yield sim.timeout(5); // not resumed when the child ends at 2
          log.push(`resumed@${sim.now}`);
        }
      })(),
    );
    sim.process(
      (function* (): ProcessGenerator<void> {
        yield sim.timeout(1);
        parent.interrupt();
      })(),
    );
    sim.run();
    expect(log).toEqual(['interrupted@1, child alive true', 'resumed@6']);
  });

  it('test_interrupted_join_and_rejoin: an interrupted process may wait for the same process again', () => {
    const sim = new Simulation();
    const log: string[] = [];
    const parent = sim.process(
      (function* (): ProcessGenerator<void> {
        const child = sim.process(
          (function* (): ProcessGenerator<void> {
            yield sim.timeout(2);
          })(),
        );
        try {
          yield child;
          log.push('not interrupted');
        } catch (e) {
          expect(e).toBeInstanceOf(Interrupt);
          log.push(`interrupted@${sim.now}, child alive ${child.isAlive}`);
          yield child;
          log.push(`joined@${sim.now}`);
        }
      })(),
    );
    sim.process(
      (function* (): ProcessGenerator<void> {
        yield sim.timeout(1);
        parent.interrupt();
      })(),
    );
    sim.run();
    expect(log).toEqual(['interrupted@1, child alive true', 'joined@2']);
  });

  it("test_error_and_interrupted_join: the interrupt unregisters the waiter, so the failure is nobody's and leaves run()", () => {
    const sim = new Simulation();
    sim.process(
      (function* (): ProcessGenerator<void> {
        const me = sim.activeProcess!;
        sim.process(
          (function* (): ProcessGenerator<void> {
            me.interrupt();
          })(),
        );
        const b: Process<void> = sim.process(
          (function* (): ProcessGenerator<void> {
            throw new TypeError('spam');
          })(),
        );
        try {
          yield b;
        } catch (e) {
          // the interrupt comes first and takes this process off b, so b's TypeError is not received here
          expect(e).toBeInstanceOf(Interrupt);
        }
        yield sim.timeout(0);
      })(),
    );
    expect(() => sim.run()).toThrow(TypeError);
  });
});
