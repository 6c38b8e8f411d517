// SimPy's tests/test_interrupts.py (SimPy 4.1.1), translated to jbsim's kernel. SimPy is MIT
// licensed, Copyright (c) 2013 Ontje Lünsdorf and Stefan Scherfke: see LICENSE-SimPy.txt in this
// folder. Every test of the file is translated; each keeps SimPy's name.

import { describe, expect, it } from 'vitest';
import { Interrupt, KernelStateError, Simulation, type Process, type ProcessGenerator } from '../../../src/kernel/index.js';

describe('SimPy test_interrupts.py', () => {
  it('test_interruption: a process waiting for a timeout receives the interrupt and its cause', () => {
    const sim = new Simulation();
    let caught: unknown;
    sim.process(
      (function* (): ProcessGenerator<void> {
        const child = sim.process(
          (function* (): ProcessGenerator<void> {
            try {
              yield sim.timeout(10);
            } catch (e) {
              caught = e;
            }
          })(),
        );
        yield sim.timeout(5);
        child.interrupt('interrupt!');
      })(),
    );
    sim.run();
    expect(caught).toBeInstanceOf(Interrupt);
    expect((caught as Interrupt).cause).toBe('interrupt!');
    expect((caught as Interrupt).message).toMatch(/interrupt!/);
  });

  it('test_concurrent_interrupts: interrupts at one instant arrive in the order they were sent', () => {
    const sim = new Simulation();
    const log: [number, unknown][] = [];
    const fox = sim.process(
      (function* (): ProcessGenerator<void> {
        for (;;) {
          try {
            yield sim.timeout(10);
          } catch (e) {
            log.push([sim.now, (e as Interrupt).cause]);
          }
        }
      })(),
    );
    for (const name of ['boggis', 'bunce', 'beans']) {
      sim.process(
        (function* (): ProcessGenerator<void> {
          fox.interrupt(name);
          yield sim.timeout(1);
        })(),
      );
    }
    sim.run(20);
    expect(log).toEqual([
      [0, 'boggis'],
      [0, 'bunce'],
      [0, 'beans'],
    ]);
  });

  it('test_concurrent_interrupts_and_events: the interrupt wins over an event succeeded at the same instant', () => {
    const sim = new Simulation();
    const log: string[] = [];
    const coup = sim.event();
    const fox = sim.process(
      (function* (): ProcessGenerator<void> {
        for (;;) {
          try {
            yield coup;
            log.push(`coup completed at ${sim.now}`);
            return;
          } catch {
            log.push(`coup interrupted at ${sim.now}`);
          }
        }
      })(),
    );
    sim.process(
      (function* (): ProcessGenerator<void> {
        yield sim.timeout(1);
        coup.succeed();
        fox.interrupt();
      })(),
    );
    sim.run(5);
    expect(log).toEqual(['coup interrupted at 1', 'coup completed at 1']);
  });

  it('test_init_interrupt: an interrupt sent before a process started arrives after its start', () => {
    const sim = new Simulation();
    const log: string[] = [];
    sim.process(
      (function* (): ProcessGenerator<void> {
        const child = sim.process(
          (function* (): ProcessGenerator<void> {
            try {
              yield sim.timeout(10);
              log.push('not interrupted');
            } catch {
              log.push(`interrupted@${sim.now}`);
            }
          })(),
        );
        child.interrupt();
        yield sim.timeout(1);
      })(),
    );
    sim.run();
    expect(log).toEqual(['interrupted@0']);
  });

  it('test_interrupt_terminated_process: an ended process cannot be interrupted', () => {
    const sim = new Simulation();
    let thrown: unknown;
    sim.process(
      (function* (): ProcessGenerator<void> {
        const child = sim.process(
          (function* (): ProcessGenerator<void> {
            yield sim.timeout(1);
          })(),
        );
        yield sim.timeout(2);
        try {
          child.interrupt();
        } catch (e) {
          thrown = e;
        }
        yield sim.timeout(1);
      })(),
    );
    sim.run();
    expect(thrown).toBeInstanceOf(KernelStateError);
    expect((thrown as Error).message).toMatch(/has ended/);
  });

  it('test_multiple_interrupts: interrupts that arrive after the process ended are dropped', () => {
    const sim = new Simulation();
    let result: unknown;
    sim.process(
      (function* (): ProcessGenerator<void> {
        const c = sim.process(
          (function* (): ProcessGenerator<unknown> {
            try {
              yield sim.timeout(1);
            } catch (e) {
              return (e as Interrupt).cause;
            }
          })(),
        );
        yield sim.timeout(0);
        c.interrupt(1);
        c.interrupt(2);
        result = yield c;
      })(),
    );
    sim.run();
    expect(result).toBe(1);
  });

  it('test_interrupt_self: a process cannot interrupt itself; the call is refused at once', () => {
    const sim = new Simulation();
    let thrown: unknown;
    const p = sim.process(
      (function* (): ProcessGenerator<string> {
        try {
          sim.activeProcess!.interrupt('me');
        } catch (e) {
          thrown = e;
        }
        yield sim.timeout(0);
        return 'not interrupted';
      })(),
    );
    sim.run();
    expect(thrown).toBeInstanceOf(KernelStateError);
    expect((thrown as Error).message).toMatch(/cannot interrupt itself/);
    expect(p.value).toBe('not interrupted');
  });

  it('test_immediate_interrupt: a process can be interrupted at the instant it starts', () => {
    const sim = new Simulation();
    const log: number[] = [];
    sim.process(
      (function* (): ProcessGenerator<void> {
        const child = sim.process(
          (function* (): ProcessGenerator<void> {
            try {
              yield sim.event();
            } catch (e) {
              if (e instanceof Interrupt) log.push(sim.now);
            }
          })(),
        );
        child.interrupt();
      })(),
    );
    sim.run();
    expect(log).toEqual([0]);
  });

  it('test_interrupt_event: a process waiting for a plain event can be interrupted', () => {
    const sim = new Simulation();
    let at = -1;
    sim.process(
      (function* (): ProcessGenerator<void> {
        const child = sim.process(
          (function* (): ProcessGenerator<void> {
            try {
              yield sim.event();
            } catch (e) {
              if (e instanceof Interrupt) at = sim.now;
            }
          })(),
        );
        yield sim.timeout(5);
        child.interrupt();
      })(),
    );
    sim.run();
    expect(at).toBe(5);
  });

  it('test_concurrent_behaviour: two interrupts at one instant hit two successive yields', () => {
    const sim = new Simulation();
    const caught: unknown[] = [];
    const a: Process<void> = sim.process(
      (function* (): ProcessGenerator<void> {
        const timeouts = [sim.timeout(0), sim.timeout(0)];
        while (timeouts.length > 0) {
          try {
            yield timeouts.shift()!;
            caught.push('not interrupted');
          } catch (e) {
            caught.push(e);
          }
        }
      })(),
    );
    sim.process(
      (function* (): ProcessGenerator<void> {
        for (let i = 0; i < 2; i++) a.interrupt();
      })(),
    );
    sim.run();
    expect(caught).toHaveLength(2);
    for (const e of caught) expect(e).toBeInstanceOf(Interrupt);
  });
});
