// The clock and the future event list: schedule, cancel, run. Also the event and process
// primitives (after SimPy's core.py and events.py), so a path can be written as one generator
// that yields what it waits for, or as plain scheduled callbacks (the model's journeys are).
//
// Simultaneous events (the contract, tested in tests/kernel/ordering.test.ts):
//   1. earlier time first;
//   2. at the same time, smaller priority first (URGENT = 0 before NORMAL = 1);
//   3. at the same time and priority, the order in which they were scheduled.
// `run(until)` fires every event strictly before `until`, then sets the clock to `until`;
// `run({ until: event })` fires events until that event has been processed.
// docs/kernel.md lists where the semantics differ from SimPy's, on purpose.

import { DUE_NOW, Entry, EventQueue, HEAP_TOP, NORMAL, URGENT, requirePriority } from './eventQueue.js';
import { KernelInputError, KernelStateError, requireFinite, requireNonNegative } from './errors.js';

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
  // Stryker disable next-line BooleanLiteral: every run sets it before reading it
  private stopRequested = false;

  /** Calls `fn(arg)` after `delayDays`. Returns the entry, which `cancel` accepts. */
  schedule<A>(delayDays: number, fn: (arg: A) => void, arg?: A, priority: number = NORMAL): Entry {
    // typeof too: '5' >= 0 holds, and the clock would turn into the string '05'. Both checks are a
    // fast path in front of the full check, which they call on any doubt: calling it more often changes nothing
    // Stryker disable next-line ConditionalExpression,StringLiteral,EqualityOperator: the full check repeats this one
    if (typeof delayDays !== 'number' || !(delayDays >= 0) || delayDays === Infinity) {
      requireNonNegative('delay (days)', delayDays);
    }
    // Stryker disable next-line ConditionalExpression,LogicalOperator: requirePriority accepts NORMAL and URGENT too
    if (priority !== NORMAL && priority !== URGENT) requirePriority(priority);
    const entry = new Entry(this.now + delayDays, priority, this.seq++, fn, arg);
    // due now: no heap (eventQueue.ts); the heap would give the same order, only slower
    // Stryker disable next-line ConditionalExpression,EqualityOperator: the heap gives the same order (eventQueue.property.test.ts)
    if (delayDays === 0 && priority <= NORMAL) this.queue.pushNow(entry);
    else this.queue.push(entry);
    return entry;
  }

  /** Calls `fn(arg)` at absolute time `timeDays` (not before now). */
  scheduleAt<A>(timeDays: number, fn: (arg: A) => void, arg?: A, priority: number = NORMAL): Entry {
    requireFinite('time (days)', timeDays);
    if (timeDays < this.now) throw new KernelInputError('time (days)', timeDays, `a time ≥ now (${this.now})`);
    // Stryker disable next-line ConditionalExpression,LogicalOperator: requirePriority accepts NORMAL and URGENT too
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
    return this.queue.peekTime();
  }

  /** Fires the next event. Returns false when none is left. */
  step(): boolean {
    return this.fireNext(Infinity);
  }

  /**
   * Runs until no events remain, or until `untilDays` (events strictly before it fire and
   * the clock is then set to it), or until `stop()` is called.
   */
  run(untilDays?: number): void;
  /**
   * Runs until `until` has been processed (its waiters have resumed) and returns its value, or
   * throws its error if it failed; at once if it already was. Throws a KernelStateError if no
   * events are left before it happens, or `stop()` ends the run first.
   */
  run<T>(options: { until: Event<T> }): T;
  /** The same as `run(until)`. */
  run(options: { until: number }): void;
  run(until: number | { until: number | Event<any> } = Infinity): unknown {
    if (typeof until === 'object' && until !== null) {
      const target = until.until;
      if (target instanceof Event) return this.runUntilEvent(target);
      if (typeof target !== 'number') throw new KernelInputError('until', target, 'a time in days or an Event');
      until = target;
    }
    this.runUntilTime(until);
    return undefined;
  }

  private runUntilTime(untilDays: number): void {
    if (untilDays !== Infinity) {
      requireFinite('until (days)', untilDays);
      if (untilDays < this.now) throw new KernelInputError('until (days)', untilDays, `a time ≥ now (${this.now})`);
    }
    this.stopRequested = false;
    // false when none is left, or the next is due at or after until
    while (this.fireNext(untilDays)) if (this.stopRequested) return;
    if (untilDays !== Infinity) this.now = untilDays;
  }

  private runUntilEvent<T>(until: Event<T>): T {
    if (until.sim !== this) throw new KernelInputError('until', 'an event of another simulation', 'an event of this simulation');
    if (!until._processed) {
      // the run answers for a failure of `until` by throwing it below, so it is defused here
      const stopHere = (ev: Event<T>): void => {
        ev.defused = true;
        this.stop();
      };
      until.onSettled(stopHere);
      this.runUntilTime(Infinity);
      if (!until._processed) {
        until.removeCallback(stopHere);
        throw new KernelStateError(
          this.stopRequested
            ? `run({ until }) was stopped at ${this.now} before its event happened`
            : `No scheduled events left but "until" event was not triggered: the run ended at ${this.now}, and nothing can trigger it any more`,
        );
      }
    }
    if (!until.ok) throw until.error;
    return until._value as T;
  }

  /** Ends the current `run` after the event now firing. */
  stop(): void {
    this.stopRequested = true;
  }

  /** Fires the next event if it is due before `limit`; false if there is none. */
  private fireNext(limit: number): boolean {
    const queue = this.queue;
    const next = queue.next(limit);
    if (next === HEAP_TOP) this.fire(queue.popTop());
    else if (next === DUE_NOW) {
      this.now = queue.dueNowTime();
      this.eventsFired++;
      queue.callDueNow();
    } else return false;
    return true;
  }

  private fire(e: Entry): void {
    this.now = e.time;
    const fn = e.fn!;
    const arg = e.arg;
    e.fn = null; // fired: cancelling it now does nothing
    e.arg = undefined;
    this.eventsFired++;
    fn(arg);
  }

  /**
   * @internal `schedule(delayDays, fn, arg)` for a delay already checked, at NORMAL priority,
   * reusing `spare`, an entry that has fired, if there is one (a process's last delay).
   */
  scheduleDelay<A>(delayDays: number, fn: (arg: A) => void, arg: A, spare: Entry | null): Entry {
    const time = this.now + delayDays;
    // Stryker disable next-line ConditionalExpression: a new entry instead of the spare one behaves the same
    const entry = spare === null ? new Entry(time, NORMAL, this.seq++, fn, arg) : spare.reuse(time, NORMAL, this.seq++, fn, arg);
    // Stryker disable next-line ConditionalExpression: the heap gives the same order as the list of calls due now
    if (delayDays === 0) this.queue.pushNow(entry);
    else this.queue.push(entry);
    return entry;
  }

  /**
   * @internal Calls `fn(arg)` now, after what is already due now at `priority` (URGENT or NORMAL
   * only): `schedule(0, ...)` without the checks and without an Entry, for the kernel's own
   * events, which nobody cancels.
   */
  callNow<A>(fn: (arg: A) => void, arg: A, priority: number): void {
    this.queue.pushNowCall(this.now, priority, this.seq++, fn, arg);
  }

  // ---- process API -------------------------------------------------------------------

  /** A new untriggered event; a process can wait for it and someone later calls `succeed`. */
  event<T = unknown>(): Event<T> {
    return new Event<T>(this);
  }

  /** An event that succeeds with `value` after `delayDays`. */
  timeout<T = undefined>(delayDays: number, value?: T): Event<T> {
    const ev = new Event<T>(this);
    this.schedule(delayDays, processEvent, ev); // first: a bad delay leaves no triggered event behind
    ev.triggered = true;
    ev._value = value;
    return ev;
  }

  /**
   * Starts a process from a generator; it begins at the current time, as an urgent event (before
   * the normal events of this instant), after the caller has finished.
   */
  process<R>(generator: ProcessGenerator<R>): Process<R> {
    const proc = new Process<R>(this, generator);
    this.callNow(startProcess, proc, URGENT);
    return proc;
  }

  /**
   * Starts a process for work nobody waits for, two events cheaper: its generator runs up to its
   * first yield now, inside the caller (no start event), and when it ends with no waiter, it is
   * processed at once (no end event; a failure is thrown out of `run` at once). For a process
   * that an event callback starts as the last thing it does, such as an arrival starting a
   * customer's service, the path is the same. A process that does get a waiter ends as usual.
   */
  spawn<R>(generator: ProcessGenerator<R>): Process<R> {
    const proc = new Process<R>(this, generator);
    proc.detached = true;
    proc.step(undefined, false);
    return proc;
  }

  /**
   * Succeeds with the first of `events` to succeed (its value is that event), or fails with the
   * error of the first to fail; an empty list succeeds at once, with no event (undefined).
   * The events are read now: changing the array afterwards changes nothing.
   */
  anyOf(events: Iterable<Event<any>>): Event<Event<any>> {
    return new Condition<Event<any>>(this, events, false);
  }

  /**
   * Succeeds with the values of all `events` (in the order given) once every one succeeded;
   * fails at the first failure. The events are read now: changing the array afterwards changes
   * nothing.
   */
  allOf(events: Iterable<Event<any>>): Event<unknown[]> {
    return new Condition<unknown[]>(this, events, true);
  }
}

function processEvent(ev: Event<any>): void {
  const waiter = ev._waiter;
  const callbacks = ev._callbacks;
  ev._processed = true;
  ev._waiter = null;
  ev._callbacks = null;
  if (waiter !== null) waiter.resumeFrom(ev); // it waited first
  if (callbacks !== null) for (let i = 0; i < callbacks.length; i++) callbacks[i]!(ev);
  if (!ev.ok && !ev.defused) throw ev.error; // a failure nobody waited for must not pass silently
}

/**
 * Something that happens at one instant. Untriggered → triggered (scheduled to be processed,
 * `succeed`/`fail` called) → processed (callbacks ran; `callbacks` is null).
 */
export class Event<T = unknown> {
  // `declare`d and set in the constructor, as in Entry: processes make several events each
  declare readonly sim: Simulation;
  /**
   * @internal The process that waited first, if a process did. Kept apart from `_callbacks` so
   * that the common case, one process waiting, needs neither an array nor a closure.
   */
  declare _waiter: Process<any> | null;
  /** @internal The other callbacks, in the order they were added; they run after `_waiter`. */
  declare _callbacks: Array<(ev: Event<T>) => void> | null;
  /** @internal */
  declare _processed: boolean;
  /** @internal The value once triggered; read it through `value`, which checks. */
  declare _value: T | undefined;
  declare error: unknown;
  declare ok: boolean;
  declare triggered: boolean;
  /** Set when a failure was handed to a waiter, so it is not rethrown as unhandled. */
  declare defused: boolean;

  constructor(sim: Simulation) {
    this.sim = sim;
    this._waiter = null;
    this._callbacks = null;
    this._processed = false;
    this._value = undefined;
    this.error = undefined;
    this.ok = true;
    this.triggered = false;
    this.defused = false;
  }

  get processed(): boolean {
    return this._processed;
  }

  /**
   * What will run when the event is processed, in order: a read-only copy (add with
   * `onSettled`, remove with `removeCallback`); null once the event has been processed.
   */
  get callbacks(): readonly ((ev: Event<T>) => void)[] | null {
    if (this._processed) return null;
    const list: ((ev: Event<T>) => void)[] = [];
    if (this._waiter !== null) list.push(this._waiter.resumeCallback());
    if (this._callbacks !== null) list.push(...this._callbacks);
    return Object.freeze(list);
  }

  /**
   * What the event succeeded with. Throws a KernelStateError before the event is triggered (a
   * silent `undefined` would surface far from the mistake) and when it failed (see `error`).
   */
  get value(): T {
    if (!this.triggered) {
      throw new KernelStateError(
        `the value of this ${this.kind()} is not yet available: ${this.kind() === 'process' ? 'it has not ended' : 'it has not been triggered'}`,
      );
    }
    if (!this.ok) throw new KernelStateError(`this ${this.kind()} failed: it has no value; its error is in .error`, { cause: this.error });
    return this._value as T;
  }

  succeed(value?: T, priority: number = NORMAL): this {
    if (this.triggered) throw new KernelStateError('event has already been triggered');
    this.processSoon(priority);
    this.triggered = true;
    this._value = value;
    return this;
  }

  fail(error: unknown, priority: number = NORMAL): this {
    if (this.triggered) throw new KernelStateError('event has already been triggered');
    this.processSoon(priority);
    this.triggered = true;
    this.ok = false;
    this.error = error;
    return this;
  }

  /** Schedules the processing of this event now, at `priority`; checks it before anything changes. */
  private processSoon(priority: number): void {
    // Stryker disable next-line ConditionalExpression,LogicalOperator: schedule(0, …) puts it in the same list at the same place, through an Entry
    if (priority === NORMAL || priority === URGENT) this.sim.callNow(processEvent, this, priority);
    else this.sim.schedule(0, processEvent, this, priority); // checks the priority
  }

  /** Calls `cb` when the event is processed (at once, if it already was). */
  onSettled(cb: (ev: Event<T>) => void): void {
    if (this._processed) cb(this);
    else if (this._callbacks === null) this._callbacks = [cb];
    else this._callbacks.push(cb);
  }

  removeCallback(cb: (ev: Event<T>) => void): void {
    // Stryker disable next-line ConditionalExpression: once processed there is nothing left to remove, and a processed condition no longer listens
    if (this._processed) return;
    if (this._waiter !== null && this._waiter._resumeCb === cb) this._waiter = null;
    else if (this._callbacks !== null) {
      const i = this._callbacks.indexOf(cb);
      if (i >= 0) this._callbacks.splice(i, 1);
    }
    this.lostCallback();
  }

  /** @internal `proc` no longer waits (it was interrupted). */
  removeWaiter(proc: Process<any>): void {
    // Stryker disable next-line ConditionalExpression: once processed there is nothing left to remove (and removeCallback checks again)
    if (this._processed) return;
    if (this._waiter === proc) {
      this._waiter = null;
      this.lostCallback();
    } else if (proc._resumeCb !== null) this.removeCallback(proc._resumeCb);
  }

  /** Whether nothing would run if the event were processed now. */
  protected hasNoCallbacks(): boolean {
    return this._waiter === null && (this._callbacks === null || this._callbacks.length === 0);
  }

  /** Called after a callback or waiter was removed (a condition may stop listening). */
  protected lostCallback(): void {}

  private kind(): string {
    return this instanceof Process ? 'process' : 'event';
  }
}

/**
 * `anyOf` and `allOf`: an event decided by others (SimPy's Condition). The events are copied
 * when it is made. Once decided, it takes its callback off the events still pending, so waiting
 * a million times on `anyOf([stop, timeout])` leaves nothing behind on `stop`. A condition that
 * nobody waits for any more (its last waiter left: the outer condition was decided, the waiting
 * process was interrupted) stops listening the same way, and starts again, counting the events
 * that happened meanwhile, when it gets a waiter.
 */
class Condition<T> extends Event<T> {
  declare private readonly events: readonly Event<any>[];
  declare private readonly all: boolean;
  declare private readonly check: (ev: Event<any>) => void;
  declare private remaining: number;
  /** @internal */
  declare listening: boolean;

  constructor(sim: Simulation, events: Iterable<Event<any>>, all: boolean) {
    super(sim);
    if (events === null || typeof events !== 'object' || typeof (events as any)[Symbol.iterator] !== 'function') {
      throw new KernelInputError(all ? 'allOf' : 'anyOf', events, 'a list of events');
    }
    const list = Array.from(events);
    for (const ev of list) {
      if (!(ev instanceof Event)) throw new KernelInputError(all ? 'allOf' : 'anyOf', ev, 'events only');
      if (ev.sim !== sim)
        throw new KernelInputError(all ? 'allOf' : 'anyOf', 'an event of another simulation', 'events of this simulation');
    }
    this.events = list;
    this.all = all;
    this.check = (ev) => this.settle(ev);
    this.remaining = 0;
    // Stryker disable next-line BooleanLiteral: listen() sets it, and an empty list is decided at once
    this.listening = false;
    if (list.length === 0) this.succeed((all ? [] : undefined) as T);
    else this.listen();
  }

  override onSettled(cb: (ev: Event<T>) => void): void {
    super.onSettled(cb);
    this.wake();
  }

  protected override lostCallback(): void {
    // only called before the condition is processed; stopping again when it no longer listens removes nothing
    // Stryker disable next-line ConditionalExpression,LogicalOperator: see the line above
    if (this.listening && !this._processed && this.hasNoCallbacks()) this.stopListening();
  }

  /** @internal Listens again if it stopped because nobody waited. */
  wake(): void {
    if (!this.listening && !this.triggered) this.listen();
  }

  private listen(): void {
    this.listening = true;
    this.remaining = this.events.length;
    for (const ev of this.events) {
      ev.onSettled(this.check);
      if (this.triggered) return; // decided by an event already processed: the rest need no callback
    }
  }

  private stopListening(): void {
    this.listening = false;
    // a nested condition left with no waiter stops listening too (Condition.removeCallback)
    for (const ev of this.events) ev.removeCallback(this.check);
  }

  private settle(ev: Event<any>): void {
    if (this.triggered) return; // an event listed twice, settling after the first decided
    if (!ev.ok) {
      ev.defused = true;
      this.fail(ev.error);
      this.stopListening();
    } else if (!this.all) {
      this.succeed(ev as T);
      this.stopListening();
    } else if (--this.remaining === 0) {
      // Stryker disable next-line BooleanLiteral: decided: wake() does nothing, and stopping would find no callback to remove
      this.listening = false; // every event has been processed: no callback is left on them
      this.succeed(this.events.map((e) => e._value) as T);
    }
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
  declare private readonly gen: ProcessGenerator<R>;
  /**
   * How to resume `gen`: the built-in `next` of generator objects for a real generator (see
   * GENERATOR_NEXT), else the iterator's own `next`.
   */
  declare private readonly resume: (this: ProcessGenerator<R>, input: unknown) => IteratorResult<Yieldable, R>;
  /** @internal What the process waits for: an event, or the entry of a plain delay. */
  declare target: Event<any> | Entry | null;
  /** @internal Started by `spawn`: ends without an event when nobody waits for it. */
  declare detached: boolean;
  /** @internal The callback that resumes this process, made when first needed (see Event._waiter). */
  declare _resumeCb: ((ev: Event<any>) => void) | null;
  /** The entry of the last delay, once it has fired: the next delay reuses it. */
  declare private spareEntry: Entry | null;

  constructor(sim: Simulation, gen: ProcessGenerator<R>) {
    super(sim);
    if (gen === null || typeof gen !== 'object') {
      throw new KernelInputError('process', gen, 'a generator object (call the generator function)');
    }
    // no `gen.next` read for a real generator: see GENERATOR_NEXT
    // biome-ignore lint/suspicious/noPrototypeBuiltins: GENERATOR_PROTOTYPE is the engine's own %GeneratorPrototype%, never a user object
    const resume = GENERATOR_PROTOTYPE.isPrototypeOf(gen) ? GENERATOR_NEXT : (gen as any).next;
    if (typeof resume !== 'function') throw new KernelInputError('process', gen, 'a generator object (call the generator function)');
    this.gen = gen;
    this.resume = resume;
    this.target = null;
    this.detached = false;
    this._resumeCb = null;
    this.spareEntry = null;
  }

  /** @internal */
  resumeCallback(): (ev: Event<any>) => void {
    this._resumeCb ??= (ev) => this.resumeFrom(ev);
    return this._resumeCb;
  }

  /** True until the generator has returned or thrown. */
  get isAlive(): boolean {
    return !this.triggered;
  }

  /**
   * Throws an `Interrupt(cause)` into the process at the current time (before other events
   * at this instant). What it was waiting for no longer wakes it; a resource request it made is
   * the process's to release or withdraw (a request in a `using` declaration does it by itself).
   * Refused for a process that has ended and for the process calling it (as in SimPy).
   */
  interrupt(cause?: unknown): void {
    if (this.triggered) throw new KernelStateError('cannot interrupt a process that has ended');
    // SimPy refuses too: the Interrupt would only be thrown at the process's next yield, far from the call
    if (this.sim.activeProcess === this) throw new KernelStateError('a process cannot interrupt itself');
    this.sim.callNow(deliverInterrupt, { proc: this, cause }, URGENT);
  }

  /** @internal */
  detachAndThrow(error: unknown): void {
    if (this.triggered) return; // ended before the interrupt arrived
    const t = this.target;
    if (t instanceof Entry) this.sim.cancel(t);
    else if (t instanceof Event) t.removeWaiter(this);
    this.target = null;
    this.step(error, true);
  }

  /** Triggered and processed in one go: the end of a spawned process nobody waits for. */
  private endWithoutEvent(ok: boolean, outcome: unknown): void {
    this.triggered = true;
    this.ok = ok;
    if (ok) this._value = outcome as R;
    else {
      this.error = outcome;
      this.defused = true; // thrown right here, not again from an event
    }
    this._processed = true;
  }

  /** @internal */
  resumeAfterDelay(): void {
    this.spareEntry = this.target as Entry; // it has fired (a cancelled one never gets here)
    this.target = null;
    this.step(undefined, false);
  }

  /** @internal */
  resumeFrom(ev: Event<any>): void {
    this.target = null;
    if (ev.ok) this.step(ev._value, false);
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
          if (isThrow) result = this.gen.throw(input);
          // the constant lets the compiler call the built-in directly, not through a generic call
          // Stryker disable next-line ConditionalExpression: `resume` is the same built-in: only the speed differs
          else if (this.resume === GENERATOR_NEXT) result = GENERATOR_NEXT.call(this.gen, input);
          else result = this.resume.call(this.gen, input);
        } catch (err) {
          if (this.detached && this.hasNoCallbacks()) {
            this.endWithoutEvent(false, err);
            throw err; // nobody waits to handle it: out of run(), as processEvent would
          }
          this.fail(err);
          return;
        }
        if (result.done) {
          if (this.detached && this.hasNoCallbacks()) this.endWithoutEvent(true, result.value);
          else this.succeed(result.value);
          return;
        }
        const y = result.value;
        if (typeof y === 'number') {
          if (y >= 0 && y !== Infinity) {
            this.target = sim.scheduleDelay(y, resumeAfterDelay, this, this.spareEntry);
            this.spareEntry = null;
            return;
          }
          input = new KernelInputError('yielded delay (days)', y, 'a finite number ≥ 0');
          isThrow = true;
          continue;
        }
        if (y instanceof Event) {
          if (!y._processed) {
            // the common case, nobody waiting yet, needs no closure (Event._waiter); otherwise after the others, in order
            if (y._waiter === null && y._callbacks === null) y._waiter = this;
            else y.onSettled(this.resumeCallback());
            if (y instanceof Condition) y.wake(); // it may have stopped listening when its last waiter left
            this.target = y;
            return;
          }
          // already processed: carry on at once with its outcome
          if (y.ok) {
            input = y._value;
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

/**
 * What every generator object inherits `next` from. Each generator function has a prototype of
 * its own, so its generators have a hidden class of their own, and a model has many (the
 * benchmark makes new ones in every run): reading `gen.next` where all processes are resumed
 * was a megamorphic property lookup, three or four per customer in the M/M/c benchmark
 * (`perf record` on it, docs/performance.md). Calling the built-in function directly needs none.
 */
const GENERATOR_PROTOTYPE: object = Object.getPrototypeOf(Object.getPrototypeOf((function* () {})()));
const GENERATOR_NEXT = (GENERATOR_PROTOTYPE as Generator).next as (this: unknown, input: unknown) => IteratorResult<any, any>;

function startProcess(proc: Process<any>): void {
  proc.step(undefined, false);
}

function resumeAfterDelay(proc: Process<any>): void {
  proc.resumeAfterDelay();
}

function deliverInterrupt(arg: { proc: Process<any>; cause: unknown }): void {
  arg.proc.detachAndThrow(new Interrupt(arg.cause));
}
