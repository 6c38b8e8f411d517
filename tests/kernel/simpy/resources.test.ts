// SimPy's tests/test_resources.py (SimPy 4.1.1), translated to jbsim's kernel. SimPy is MIT
// licensed, Copyright (c) 2013 Ontje Lünsdorf and Stefan Scherfke: see LICENSE-SimPy.txt in this
// folder. Each test keeps SimPy's name.
//
// SimPy's `with res.request() as req:` is `using req = res.request();` here: the request is
// released (or withdrawn from the queue) when the block is left, however it is left.
// PriorityResource is a Resource with discipline 'priority'; SimPy's `count` is `inUse` and a
// request's `proc` is `requestedBy`. test_resource_capacity states a deliberate difference
// (capacity 0 is allowed). Not translated, as jbsim has no counterpart: test_sorted_queue_maxlen
// (bounded queues), the PreemptiveResource tests (test_preemptive_resource,
// test_preemptive_resource_timeout_0, test_mixed_preemption, test_nested_preemption), and the
// Container and Store tests (test_container, test_container_get_queued,
// test_initial_container_capacity, test_container_get_put_bounds, test_container_init_capacity,
// test_store, test_initial_store_capacity, test_store_capacity, test_store_cancel,
// test_priority_store_item_priority, test_priority_store_stable_order, test_filter_store,
// test_filter_store_get_after_mismatch, test_filter_calls_best_case, test_filter_calls_worst_case,
// test_immediate_get_request).

import { describe, expect, it } from 'vitest';
import { Interrupt, Resource, Simulation, type Process, type ProcessGenerator, type Request } from '../../../src/kernel/index.js';

describe('SimPy test_resources.py', () => {
  it('test_resource: one unit, two users one after the other', () => {
    const sim = new Simulation();
    const resource = new Resource(sim, { capacity: 1 });
    const log: [string, number][] = [];
    const counts: number[] = [];
    function* pem(name: string): ProcessGenerator<void> {
      const req = resource.request();
      yield req;
      counts.push(resource.inUse);
      yield sim.timeout(1);
      resource.release(req);
      log.push([name, sim.now]);
    }
    expect(resource.capacity).toBe(1);
    expect(resource.inUse).toBe(0);
    sim.process(pem('a'));
    sim.process(pem('b'));
    sim.run();
    expect(log).toEqual([
      ['a', 1],
      ['b', 2],
    ]);
    expect(counts).toEqual([1, 1]);
  });

  it('test_resource_capacity: differs from SimPy, which refuses 0: a resource of capacity 0 queues every request', () => {
    const sim = new Simulation();
    const resource = new Resource(sim, { capacity: 0 });
    const req = resource.request();
    sim.run();
    expect(req.triggered).toBe(false);
    expect(resource.queue).toEqual([req]);
    resource.setCapacity(1); // staff hired: the queued request is served
    expect(req.triggered).toBe(true);
  });

  it('test_resource_context_manager: a request in a using declaration is released when the block is left', () => {
    const sim = new Simulation();
    const resource = new Resource(sim, { capacity: 1 });
    const log: [string, number][] = [];
    function* pem(name: string): ProcessGenerator<void> {
      {
        using request = resource.request();
        yield request;
        yield sim.timeout(1);
      }
      log.push([name, sim.now]);
    }
    sim.process(pem('a'));
    sim.process(pem('b'));
    sim.run();
    expect(log).toEqual([
      ['a', 1],
      ['b', 2],
    ]);
    expect(resource.inUse).toBe(0);
  });

  it('test_resource_slots: three units serve nine users in threes', () => {
    const sim = new Simulation();
    const resource = new Resource(sim, { capacity: 3 });
    const log: [string, number][] = [];
    function* pem(name: string): ProcessGenerator<void> {
      using req = resource.request();
      yield req;
      log.push([name, sim.now]);
      yield sim.timeout(1);
    }
    for (let i = 0; i < 9; i++) sim.process(pem(String(i)));
    sim.run();
    expect(log).toEqual([
      ['0', 0],
      ['1', 0],
      ['2', 0],
      ['3', 1],
      ['4', 1],
      ['5', 1],
      ['6', 2],
      ['7', 2],
      ['8', 2],
    ]);
  });

  it('test_resource_continue_after_interrupt: an interrupted waiter may go on waiting for the same request', () => {
    const sim = new Simulation();
    const res = new Resource(sim, { capacity: 1 });
    let at = -1;
    sim.process(
      (function* (): ProcessGenerator<void> {
        using req = res.request();
        yield req;
        yield sim.timeout(1);
      })(),
    );
    const victim = sim.process(
      (function* (): ProcessGenerator<void> {
        const evt = res.request();
        try {
          yield evt;
          at = -2; // not interrupted
        } catch (e) {
          expect(e).toBeInstanceOf(Interrupt);
          yield evt;
          res.release(evt);
          at = sim.now;
        }
      })(),
    );
    sim.process(
      (function* (): ProcessGenerator<void> {
        victim.interrupt();
      })(),
    );
    sim.run();
    expect(at).toBe(1);
    expect([res.inUse, res.waiting]).toEqual([0, 0]);
  });

  it('test_resource_release_after_interrupt: an interrupted waiter that gives up withdraws its request', () => {
    const sim = new Simulation();
    const res = new Resource(sim, { capacity: 1 });
    let at = -1;
    sim.process(
      (function* (): ProcessGenerator<void> {
        using req = res.request();
        yield req;
        yield sim.timeout(1);
      })(),
    );
    const victim = sim.process(
      (function* (): ProcessGenerator<void> {
        const evt = res.request();
        try {
          yield evt;
        } catch (e) {
          expect(e).toBeInstanceOf(Interrupt);
          res.release(evt); // not waiting for it any more
          at = sim.now;
        }
      })(),
    );
    sim.process(
      (function* (): ProcessGenerator<void> {
        victim.interrupt();
      })(),
    );
    sim.run();
    expect(at).toBe(0);
    expect([res.inUse, res.waiting]).toEqual([0, 0]);
  });

  it('test_resource_immediate_requests: releasing and asking again at once queues behind those already waiting', () => {
    const sim = new Simulation();
    const res = new Resource(sim, { capacity: 1 });
    function* child(): ProcessGenerator<number[]> {
      const result: number[] = [];
      for (let i = 0; i < 3; i++) {
        using req = res.request();
        yield req;
        result.push(sim.now);
        yield sim.timeout(1);
      }
      return result;
    }
    const times = sim.run({
      until: sim.process(
        (function* (): ProcessGenerator<number[][]> {
          const a = sim.process(child());
          const b = sim.process(child());
          return [yield a, yield b];
        })(),
      ),
    });
    expect(times).toEqual([
      [0, 2, 4],
      [1, 3, 5],
    ]);
  });

  it('test_resource_cm_exception: an error inside the block still releases the unit', () => {
    const sim = new Simulation();
    const resource = new Resource(sim, { capacity: 1 });
    const log: number[] = [];
    function* process(raise: boolean): ProcessGenerator<void> {
      try {
        using req = resource.request();
        yield req;
        yield sim.timeout(1);
        log.push(sim.now);
        if (raise) throw new RangeError('Foo');
      } catch (e) {
        expect((e as Error).message).toBe('Foo');
      }
    }
    sim.process(process(true));
    sim.process(process(false)); // gets the unit only if the first released it
    sim.run();
    expect(log).toEqual([1, 2]);
    expect(resource.inUse).toBe(0);
  });

  it('test_resource_with_condition: a request can be raced against a timeout', () => {
    const sim = new Simulation();
    const resource = new Resource(sim, { capacity: 1 });
    let won: unknown;
    let request: Request | undefined;
    sim.process(
      (function* (): ProcessGenerator<void> {
        using resEvent = resource.request();
        request = resEvent;
        won = yield sim.anyOf([resEvent, sim.timeout(1)]);
      })(),
    );
    sim.run();
    expect(won).toBe(request);
    expect(resource.inUse).toBe(0);
  });

  it('test_resource_with_priority_queue: smaller priority first, first come first served among equals', () => {
    const sim = new Simulation();
    const resource = new Resource(sim, { capacity: 1, discipline: 'priority' });
    const got: [number, number][] = [];
    function* process(id: number, delay: number, priority: number): ProcessGenerator<void> {
      yield sim.timeout(delay);
      const req = resource.request(priority);
      yield req;
      got.push([id, sim.now]);
      yield sim.timeout(5);
      resource.release(req);
    }
    sim.process(process(0, 0, 2));
    sim.process(process(1, 2, 3));
    sim.process(process(2, 2, 3)); // equal priority
    sim.process(process(3, 4, 1));
    sim.run();
    expect(got).toEqual([
      [0, 0],
      [3, 5],
      [1, 10],
      [2, 15],
    ]);
  });

  it('test_get_users: users are the requests holding a unit, queue the ones waiting, each with its process', () => {
    const sim = new Simulation();
    const resource = new Resource(sim, { capacity: 1 });
    function* process(): ProcessGenerator<void> {
      using req = resource.request();
      yield req;
      yield sim.timeout(1);
    }
    const procs: Process<void>[] = [0, 1, 2].map(() => sim.process(process()));
    sim.run(1);
    expect(resource.users.map((r) => r.requestedBy)).toEqual(procs.slice(0, 1));
    expect(resource.queue.map((r) => r.requestedBy)).toEqual(procs.slice(1));
    sim.run(2);
    expect(resource.users.map((r) => r.requestedBy)).toEqual(procs.slice(1, 2));
    expect(resource.queue.map((r) => r.requestedBy)).toEqual(procs.slice(2));
  });

  it('test_immediate_put_request: a request that can be granted at once never enters the queue', () => {
    const sim = new Simulation();
    const resource = new Resource(sim, { capacity: 1 });
    expect([resource.users.length, resource.queue.length]).toEqual([0, 0]);
    let request = resource.request();
    expect(request.triggered).toBe(true);
    expect([resource.users.length, resource.queue.length]).toEqual([1, 0]);
    request = resource.request();
    expect(request.triggered).toBe(false);
    expect([resource.users.length, resource.queue.length]).toEqual([1, 1]);
  });
});
