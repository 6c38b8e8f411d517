// The clock and the future event list: schedule, cancel, run. Also the event and process
// primitives (after SimPy's core.py and events.py), so a family's path can be written as one
// generator that yields what it waits for, while hot paths use plain scheduled callbacks.
//
// Simultaneous events (the contract, tested in tests/kernel/ordering.test.ts):
//   1. earlier time first;
//   2. at the same time, smaller priority first (URGENT = 0 before NORMAL = 1);
//   3. at the same time and priority, the order in which they were scheduled.
// `run(until)` fires every event strictly before `until`, then sets the clock to `until`.

import { Entry, EventQueue, NORMAL, URGENT, requirePriority } from './eventQueue.js';
import { KernelInputError, requireFinite, requireNonNegative } from './errors.js';

export { MAX_PRIORITY, NORMAL, URGENT } from './eventQueue.js';
export type { Entry } from './eventQueue.js';

/** What a process may yield: an event to wait for, or a delay in days. */
export type Yieldable = Event<any> | number;
export type ProcessGenerator<R = unknown> = Generator<Yieldable, R, any>;

export class Simulation {
  /** The clock, in days. */
  now = 0;
  /** Events fired so far (a cheap speed and progress measure). */
  eventsFired = 0;
  /** The process whose generator is running right now, if any. */
  activeProcess: Process<any> | null = null;

  private readonly queue = new EventQueue();
  private seq = 0;
  private stopRequested = false;

  /** Calls `fn(arg)` after `delayDays`. Returns the entry, which `cancel` accepts. */
  schedule<A>(delayDays: number, fn: (arg: A) => void, arg?: A, priority: number = NORMAL): Entry {
    // typeof too: '5' >= 0 holds, and the clock would turn into the string '05'
    if (typeof delayDays !== 'number' || !(delayDays >= 0) || delayDays === Infinity) requireNonNegative('delay (days)', delayDays);
    if (priority !== NORMAL && priority !== URGENT) requirePriority(priority);
    const entry = new Entry(this.now + delayDays, priority, this.seq++, fn, arg);
    this.queue.push(entry);
    return entry;
  }

  /** Calls `fn(arg)` at absolute time `timeDays` (not before now). */
  scheduleAt<A>(timeDays: number, fn: (arg: A) => void, arg?: A, priority: number = NORMAL): Entry {
    requireFinite('time (days)', timeDays);
    if (timeDays < this.now) throw new KernelInputError('time (days)', timeDays, `a time ≥ now (${this.now})`);
    if (priority !== NORMAL && priority !== URGENT) requirePriority(priority);
    const entry = new Entry(timeDays, priority, this.seq++, fn, arg);
    this.queue.push(entry);
    return entry;
  }

  /** Cancels a scheduled entry; a cancelled entry never fires. Cancelling twice, or after it fired, does nothing. */
  cancel(entry: Entry): void {
    this.queue.cancel(entry);
  }

  /** Number of live scheduled entries. */
  get pending(): number {
    return this.queue.size;
  }

  /** Time of the next event, or Infinity when none is left. */
  peekTime(): number {
    const e = this.queue.peek();
    return e === undefined ? Infinity : e.time;
  }

  /** Fires the next event. Returns false when none is left. */
  step(): boolean {
    const e = this.queue.pop();
    if (e === undefined) return false;
    this.fire(e);
    return true;
  }

  /**
   * Runs until no events remain, or until `untilDays` (events strictly before it fire and
   * the clock is then set to it), or until `stop()` is called.
   */
  run(untilDays: number = Infinity): void {
    if (untilDays !== Infinity) {
      requireFinite('until (days)', untilDays);
      if (untilDays < this.now) throw new KernelInputError('until (days)', untilDays, `a time ≥ now (${this.now})`);
    }
    this.stopRequested = false;
    const queue = this.queue;
    for (;;) {
      const e = queue.pop();
      if (e === undefined) break;
      if (e.time >= untilDays) {
        queue.push(e); // its sequence number is kept, so the order is unchanged
        this.now = untilDays;
        return;
      }
      this.fire(e);
      if (this.stopRequested) return;
    }
    if (untilDays !== Infinity) this.now = untilDays;
  }

  /** Ends the current `run` after the event now firing. */
  stop(): void {
    this.stopRequested = true;
  }

  private fire(e: Entry): void {
    this.now = e.time;
    const fn = e.fn!;
    const arg = e.arg;
    e.fn = null;
    e.arg = undefined;
    this.eventsFired++;
    fn(arg);
  }

  // ---- process API -------------------------------------------------------------------

  /** A new untriggered event; a process can wait for it and someone later calls `succeed`. */
  event<T = unknown>(): Event<T> {
    return new Event<T>(this);
  }

  /** An event that succeeds with `value` after `delayDays`. */
  timeout<T = undefined>(delayDays: number, value?: T): Event<T> {
    const ev = new Event<T>(this);
    ev.triggered = true;
    ev.value = value;
    this.schedule(delayDays, processEvent, ev);
    return ev;
  }

  /**
   * Starts a process from a generator; it begins at the current time, as an urgent event (before
   * the normal events of this instant), after the caller has finished.
   */
  process<R>(generator: ProcessGenerator<R>): Process<R> {
    const proc = new Process<R>(this, generator);
    proc.target = this.schedule(0, startProcess, proc, URGENT);
    return proc;
  }

  /**
   * Starts a process for work nobody waits for, two events cheaper: its generator runs up to its
   * first yield now, inside the caller (no start event), and when it ends with no waiter, it is
   * processed at once (no end event; a failure is thrown out of `run` at once). For a process
   * that an event callback starts as the last thing it does, such as an arrival starting a
   * family's journey, the path is the same. A process that does get a waiter ends as usual.
   */
  spawn<R>(generator: ProcessGenerator<R>): Process<R> {
    const proc = new Process<R>(this, generator);
    proc.detached = true;
    proc.step(undefined, false);
    return proc;
  }

  /** Succeeds with the first of `events` to succeed (its value is that event); fails if that one failed. */
  anyOf(events: Event<any>[]): Event<Event<any>> {
    const cond = new Event<Event<any>>(this);
    const settle = (ev: Event<any>): void => {
      if (cond.triggered) return;
      if (ev.ok) cond.succeed(ev);
      else {
        ev.defused = true;
        cond.fail(ev.error);
      }
    };
    if (events.length === 0) cond.succeed(undefined as never);
    for (const ev of events) ev.onSettled(settle);
    return cond;
  }

  /** Succeeds with all values (in order) once every event succeeded; fails at the first failure. */
  allOf(events: Event<any>[]): Event<unknown[]> {
    const cond = new Event<unknown[]>(this);
    let remaining = events.length;
    const settle = (ev: Event<any>): void => {
      if (cond.triggered) return;
      if (!ev.ok) {
        ev.defused = true;
        cond.fail(ev.error);
        return;
      }
      if (--remaining === 0) cond.succeed(events.map((e) => e.value));
    };
    if (remaining === 0) cond.succeed([]);
    for (const ev of events) ev.onSettled(settle);
    return cond;
  }
}

function processEvent(ev: Event<any>): void {
  const callbacks = ev.callbacks!;
  ev.callbacks = null;
  for (let i = 0; i < callbacks.length; i++) callbacks[i](ev);
  if (!ev.ok && !ev.defused) throw ev.error; // a failure nobody waited for must not pass silently
}

/**
 * Something that happens at one instant. Untriggered → triggered (scheduled to be processed,
 * `succeed`/`fail` called) → processed (callbacks ran; `callbacks` is null).
 */
export class Event<T = unknown> {
  // `declare`d and set in the constructor, as in Entry: processes make several events each
  declare readonly sim: Simulation;
  declare callbacks: Array<(ev: Event<T>) => void> | null;
  declare value: T | undefined;
  declare error: unknown;
  declare ok: boolean;
  declare triggered: boolean;
  /** Set when a failure was handed to a waiter, so it is not rethrown as unhandled. */
  declare defused: boolean;

  constructor(sim: Simulation) {
    this.sim = sim;
    this.callbacks = [];
    this.value = undefined;
    this.error = undefined;
    this.ok = true;
    this.triggered = false;
    this.defused = false;
  }

  get processed(): boolean {
    return this.callbacks === null;
  }

  succeed(value?: T, priority: number = NORMAL): this {
    if (this.triggered) throw new Error('event has already been triggered');
    this.sim.schedule(0, processEvent, this, priority); // first: a bad priority leaves the event untouched
    this.triggered = true;
    this.value = value;
    return this;
  }

  fail(error: unknown, priority: number = NORMAL): this {
    if (this.triggered) throw new Error('event has already been triggered');
    this.sim.schedule(0, processEvent, this, priority);
    this.triggered = true;
    this.ok = false;
    this.error = error;
    return this;
  }

  /** Calls `cb` when the event is processed (at once, if it already was). */
  onSettled(cb: (ev: Event<T>) => void): void {
    if (this.callbacks === null) cb(this);
    else this.callbacks.push(cb);
  }

  removeCallback(cb: (ev: Event<T>) => void): void {
    if (this.callbacks === null) return;
    const i = this.callbacks.indexOf(cb);
    if (i >= 0) this.callbacks.splice(i, 1);
  }
}

/** Thrown into a process by `Process.interrupt`; `cause` says why (e.g. the guardian left). */
export class Interrupt extends Error {
  override readonly cause: unknown;
  constructor(cause: unknown) {
    // No stack trace: it would only show the kernel delivering the interrupt, and capturing it
    // cost ~1.5% of a national run, where guardians leaving interrupt thousands of measures.
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    super(`interrupted: ${String(cause)}`);
    Error.stackTraceLimit = limit;
    this.name = 'Interrupt';
    this.cause = cause;
  }
}

/**
 * A generator driven by the events it yields. The process is itself an event that succeeds
 * with the generator's return value, so processes can wait for each other. Made by
 * `Simulation.process` or `Simulation.spawn`, which start it.
 */
export class Process<R = unknown> extends Event<R> {
  private declare readonly gen: ProcessGenerator<R>;
  /** @internal What the process waits for: an event, or the entry of a plain delay. */
  declare target: Event<any> | Entry | null;
  /** @internal Started by `spawn`: ends without an event when nobody waits for it. */
  declare detached: boolean;
  private declare readonly resumeCb: (ev: Event<any>) => void;

  constructor(sim: Simulation, gen: ProcessGenerator<R>) {
    super(sim);
    if (gen === null || typeof gen !== 'object' || typeof (gen as any).next !== 'function') {
      throw new KernelInputError('process', gen, 'a generator object (call the generator function)');
    }
    this.gen = gen;
    this.target = null;
    this.detached = false;
    this.resumeCb = (ev) => this.resumeFrom(ev);
  }

  /** True until the generator has returned or thrown. */
  get isAlive(): boolean {
    return !this.triggered;
  }

  /**
   * Throws an `Interrupt(cause)` into the process at the current time (before other events
   * at this instant). What it was waiting for no longer wakes it; a resource request it held
   * in a queue is the process's to cancel (release it in a `finally`).
   */
  interrupt(cause?: unknown): void {
    if (this.triggered) throw new Error('cannot interrupt a process that has ended');
    this.sim.schedule(0, deliverInterrupt, { proc: this, cause }, URGENT);
  }

  /** @internal */
  detachAndThrow(error: unknown): void {
    if (this.triggered) return; // ended before the interrupt arrived
    const t = this.target;
    if (t instanceof Entry) this.sim.cancel(t);
    else if (t !== null) t.removeCallback(this.resumeCb);
    this.target = null;
    this.step(error, true);
  }

  /** Triggered and processed in one go: the end of a spawned process nobody waits for. */
  private endWithoutEvent(ok: boolean, outcome: unknown): void {
    this.triggered = true;
    this.ok = ok;
    if (ok) this.value = outcome as R;
    else {
      this.error = outcome;
      this.defused = true; // thrown right here, not again from an event
    }
    this.callbacks = null;
  }

  /** @internal */
  resumeAfterDelay(): void {
    this.target = null;
    this.step(undefined, false);
  }

  /** @internal */
  resumeFrom(ev: Event<any>): void {
    this.target = null;
    if (ev.ok) this.step(ev.value, false);
    else {
      ev.defused = true;
      this.step(ev.error, true);
    }
  }

  /** @internal */
  step(input: unknown, isThrow: boolean): void {
    const sim = this.sim;
    const previous = sim.activeProcess;
    sim.activeProcess = this;
    try {
      for (;;) {
        let result: IteratorResult<Yieldable, R>;
        try {
          result = isThrow ? this.gen.throw(input) : this.gen.next(input);
        } catch (err) {
          if (this.detached && this.callbacks!.length === 0) {
            this.endWithoutEvent(false, err);
            throw err; // nobody waits to handle it: out of run(), as processEvent would
          }
          this.fail(err);
          return;
        }
        if (result.done) {
          if (this.detached && this.callbacks!.length === 0) this.endWithoutEvent(true, result.value);
          else this.succeed(result.value);
          return;
        }
        const y = result.value;
        if (typeof y === 'number') {
          if (y >= 0 && y !== Infinity) {
            this.target = sim.schedule(y, resumeAfterDelay, this);
            return;
          }
          input = new KernelInputError('yielded delay (days)', y, 'a finite number ≥ 0');
          isThrow = true;
          continue;
        }
        if (y instanceof Event) {
          const cbs = y.callbacks;
          if (cbs !== null) {
            // a first push would size the empty array for 16; most events get one waiter
            if (cbs.length === 0) y.callbacks = [this.resumeCb];
            else cbs.push(this.resumeCb);
            this.target = y;
            return;
          }
          // already processed: carry on at once with its outcome
          if (y.ok) {
            input = y.value;
            isThrow = false;
          } else {
            y.defused = true;
            input = y.error;
            isThrow = true;
          }
          continue;
        }
        input = new KernelInputError('yielded value', y, 'an Event or a delay in days');
        isThrow = true;
      }
    } finally {
      sim.activeProcess = previous;
    }
  }
}

function startProcess(proc: Process<any>): void {
  proc.step(undefined, false);
}

function resumeAfterDelay(proc: Process<any>): void {
  proc.resumeAfterDelay();
}

function deliverInterrupt(arg: { proc: Process<any>; cause: unknown }): void {
  arg.proc.detachAndThrow(new Interrupt(arg.cause));
}
