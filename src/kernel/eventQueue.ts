// The future event list: a binary min-heap of scheduled entries ordered by
// (time, priority, sequence). The sequence number is the insertion order, so two entries
// at the same time and priority settle first-scheduled-first and every run is deterministic.
//
// The keys live in typed arrays beside the heap of entries, so a sift compares numbers that sit
// next to each other in memory instead of following a pointer to each entry. With the ~100,000
// pending events of a national run, chasing entries scattered over the heap was the largest
// single cost of the whole simulation (`node --cpu-prof`, docs/performance.md).
//
// Calls due at the current instant at URGENT or NORMAL priority (a process starting, an event
// succeeded, an interrupt: three of the five events of a customer in the M/M/c benchmark) skip
// the heap: they wait in two first-in-first-out lists, one per priority. Each list is in
// scheduling order and every call in it is due now, so it is sorted by (time, priority,
// sequence) as it stands; `next` finds the earliest of the heap's top and the two lists' heads,
// which is the call the heap alone would have given. The kernel's own calls (`pushNowCall`) are
// kept in the lists without an Entry: nobody can cancel them, and not making one saves an
// object per event.

import { KernelInputError } from './errors.js';

/** Settles before NORMAL at the same instant: interrupts and kernel bookkeeping. */
export const URGENT = 0;
/** The default priority of everything a model schedules. */
export const NORMAL = 1;
/** Priorities are whole numbers from 0 to MAX_PRIORITY (they share one number with the sequence). */
export const MAX_PRIORITY = 1023;

/** What `EventQueue.next` found before the limit: nothing, a call due now, or the heap's top. */
export const NOTHING = 0;
export const DUE_NOW = 1;
export const HEAP_TOP = 2;

/** 2^43: room for the sequence below the priority in one exactly represented double (2^53). */
const SEQ_SPAN = 8_796_093_022_208;

/**
 * One scheduled call. `fn(arg)` runs when the clock reaches `time`, unless cancelled.
 * Fields are `declare`d and set in the constructor: emitted class fields (define semantics)
 * make every construction slower, and one Entry is made per event.
 */
export class Entry {
  declare time: number;
  declare priority: number;
  declare seq: number;
  declare fn: ((arg: any) => void) | null;
  declare arg: unknown;
  declare cancelled: boolean;
  constructor(time: number, priority: number, seq: number, fn: (arg: any) => void, arg: unknown) {
    this.time = time;
    this.priority = priority;
    this.seq = seq;
    this.fn = fn;
    this.arg = arg;
    this.cancelled = false;
  }

  /** Makes an entry that has fired (not one cancelled: it may still sit in the heap) new again. */
  reuse(time: number, priority: number, seq: number, fn: (arg: any) => void, arg: unknown): this {
    this.time = time;
    this.priority = priority;
    this.seq = seq;
    this.fn = fn;
    this.arg = arg;
    return this;
  }
}

/**
 * Calls due now at one priority, first in first out: a ring buffer of parallel arrays that
 * doubles when full. A call is either an Entry (made by `schedule`, so it can be cancelled) or
 * a function with its argument, both in `calls` (one slot, not two: a store and a clear less per
 * call, and each store of an object into these long-lived arrays costs a write barrier).
 */
class DueNowList {
  times = new Float64Array(16);
  seqs = new Float64Array(16);
  // Stryker disable next-line ArrayDeclaration: only how much room the list starts with
  calls: (Entry | ((arg: any) => void) | null)[] = new Array(16).fill(null);
  // Stryker disable next-line ArrayDeclaration: only how much room the list starts with
  args: unknown[] = new Array(16).fill(undefined);
  mask = 15;
  head = 0;
  size = 0;

  /** Adds an Entry, or a function and its argument. */
  push(time: number, seq: number, call: Entry | ((arg: any) => void), arg: unknown): void {
    // Stryker disable next-line EqualityOperator: growing one call early changes the memory held, nothing else
    if (this.size > this.mask) this.grow();
    const i = (this.head + this.size++) & this.mask;
    this.times[i] = time;
    this.seqs[i] = seq;
    this.calls[i] = call;
    this.args[i] = arg;
  }

  /** The first call's Entry, or null when it is a plain function call. */
  firstEntry(): Entry | null {
    const call = this.calls[this.head];
    return call instanceof Entry ? call : null;
  }

  /** How many of its calls are cancelled entries. */
  cancelledEntries(): number {
    let n = 0;
    for (let k = 0; k < this.size; k++) {
      const call = this.calls[(this.head + k) & this.mask];
      if (call instanceof Entry && call.cancelled) n++;
    }
    return n;
  }

  /** Drops the first call (its slots are cleared, so what it referred to can be collected). */
  dropFirst(): void {
    const i = this.head;
    this.calls[i] = null;
    this.args[i] = undefined;
    this.head = (i + 1) & this.mask;
    this.size--;
  }

  /** Called when full: the calls, from `head` round to just before it, move to the front of lists twice as long. */
  private grow(): void {
    const n = this.mask + 1;
    const order = Array.from({ length: this.size }, (_, k) => (this.head + k) & this.mask);
    const times = new Float64Array(n * 2);
    const seqs = new Float64Array(n * 2);
    // Stryker disable next-line ArrayDeclaration,ArithmeticOperator: a plain array grows as it is written
    const calls: (Entry | ((arg: any) => void) | null)[] = new Array(n * 2).fill(null);
    // Stryker disable next-line ArrayDeclaration,ArithmeticOperator: a plain array grows as it is written
    const args: unknown[] = new Array(n * 2).fill(undefined);
    order.forEach((i, k) => {
      times[k] = this.times[i]!;
      seqs[k] = this.seqs[i]!;
      calls[k] = this.calls[i]!;
      args[k] = this.args[i];
    });
    this.times = times;
    this.seqs = seqs;
    this.calls = calls;
    this.args = args;
    this.mask = n * 2 - 1;
    this.head = 0;
  }
}

function checkSeq(seq: number): void {
  if (seq >= SEQ_SPAN) throw new KernelInputError('event sequence', seq, `fewer than ${SEQ_SPAN} events scheduled in one run`);
}

/** Checks a priority before it is folded into a heap key. */
export function requirePriority(priority: number): void {
  if (!Number.isInteger(priority) || priority < 0 || priority > MAX_PRIORITY) {
    throw new KernelInputError('priority', priority, `a whole number from 0 to ${MAX_PRIORITY}`);
  }
}

/**
 * Binary heap of entries, and the lists of calls due now. Cancellation is lazy (the entry is
 * flagged and skipped when it reaches the top); when cancelled entries outnumber live ones the
 * heap is rebuilt, so a model that cancels many far-future events does not grow without bound.
 */
export class EventQueue {
  /**
   * heap position → slot of its entry in `entries`; `times` and `ranks` hold its keys at the same
   * position. A sift moves numbers only: the entry is stored once, when pushed, and cleared when
   * taken. Moving entries themselves through this long-lived array cost a write barrier per move
   * (a young entry stored into an old array), three or four per event (`perf record`).
   */
  private slotAt = new Int32Array(64);
  private times = new Float64Array(64);
  /** priority × 2^43 + sequence: the tie-break after time, as one number. */
  private ranks = new Float64Array(64);
  private length = 0;
  /** slot → entry (undefined when the slot is free). */
  // Stryker disable next-line ObjectLiteral: a plain array grows as it is written
  private entries: (Entry | undefined)[] = Array.from({ length: 64 }, () => undefined);
  /** The free slots, a stack: `freeSlots[0 .. freeCount)`. */
  private freeSlots = Int32Array.from({ length: 64 }, (_, k) => 63 - k);
  private freeCount = 64;
  /** Cancelled entries not yet dropped, in the heap or in the lists below. */
  private cancelledCount = 0;
  /** Calls due now, URGENT and NORMAL, in scheduling order (see the top of the file). */
  private readonly urgentNow = new DueNowList();
  private readonly normalNow = new DueNowList();

  /** Which list `next` found the call due now in (a number, not the list: no pointer to store). */
  // Stryker disable next-line BooleanLiteral: next() sets it before callDueNow or dueNowTime read it
  private nextIsUrgent = false;

  get size(): number {
    return this.length + this.urgentNow.size + this.normalNow.size - this.cancelledCount;
  }

  push(entry: Entry): void {
    checkSeq(entry.seq);
    if (this.length === this.times.length) this.grow();
    const slot = this.freeSlots[--this.freeCount]!;
    this.entries[slot] = entry;
    this.siftUp(this.length++, slot, entry.time, entry.priority * SEQ_SPAN + entry.seq);
  }

  /**
   * Adds an entry due at the current instant, at URGENT or NORMAL priority, scheduled after every
   * call already queued: its time must be the time of the last call taken (or later than every
   * call queued), which `Simulation.schedule` with a zero delay guarantees. Any other entry goes
   * through `push`.
   */
  pushNow(entry: Entry): void {
    checkSeq(entry.seq);
    (entry.priority === URGENT ? this.urgentNow : this.normalNow).push(entry.time, entry.seq, entry, null);
  }

  /** The same as `pushNow` for a call nobody will cancel: no Entry is made. */
  pushNowCall(time: number, priority: number, seq: number, fn: (arg: any) => void, arg: unknown): void {
    checkSeq(seq);
    (priority === URGENT ? this.urgentNow : this.normalNow).push(time, seq, fn, arg);
  }

  /** When the next live call is due, or Infinity when none is left. */
  peekTime(): number {
    const list = this.firstDueNow();
    // Stryker disable next-line ConditionalExpression,EqualityOperator: with nothing cancelled there is nothing to drop
    if (this.cancelledCount > 0) this.dropCancelledTop();
    if (list === null) return this.length === 0 ? Infinity : this.times[0]!;
    // a call due now is due at the current time, and nothing in the heap is earlier than that
    return list.times[list.head]!;
  }

  /**
   * What comes next, if it is due before `limit`: HEAP_TOP (take it with `popTop`), DUE_NOW (make
   * the call with `callDueNow`, at `dueNowTime()`), or NOTHING when no call is left or the next is
   * due at or after `limit` (then everything stays in place).
   */
  next(limit: number): number {
    const list = this.firstDueNow();
    // no entry is cancelled in most runs: then the heap's top needs no look (one load less per event)
    // Stryker disable next-line ConditionalExpression,EqualityOperator: with nothing cancelled there is nothing to drop
    if (this.cancelledCount > 0) this.dropCancelledTop();
    if (list !== null) {
      const i = list.head;
      const time = list.times[i]!;
      const heapFirst =
        this.length > 0 &&
        // Stryker disable next-line ConditionalExpression: a list holds calls due now and the heap none before now, so the heap's top is never earlier
        (this.times[0]! < time ||
          // Stryker disable next-line EqualityOperator: ranks hold a unique sequence number, so two are never equal
          (this.times[0] === time && this.ranks[0]! < (list === this.urgentNow ? URGENT : NORMAL) * SEQ_SPAN + list.seqs[i]!));
      if (!heapFirst) {
        if (time >= limit) return NOTHING;
        this.nextIsUrgent = list === this.urgentNow;
        return DUE_NOW;
      }
    }
    if (this.length === 0 || this.times[0]! >= limit) return NOTHING;
    return HEAP_TOP;
  }

  /** After `next` gave HEAP_TOP: removes and returns the heap's top entry. */
  popTop(): Entry {
    return this.removeTop();
  }

  /** After `next` gave DUE_NOW: when that call is due. */
  dueNowTime(): number {
    const list = this.nextIsUrgent ? this.urgentNow : this.normalNow;
    return list.times[list.head]!;
  }

  /**
   * After `next` gave DUE_NOW: removes that call and makes it. An Entry's `fn` is cleared first, so
   * cancelling it afterwards does nothing.
   */
  callDueNow(): void {
    const list = this.nextIsUrgent ? this.urgentNow : this.normalNow;
    const i = list.head;
    const call = list.calls[i]!;
    let fn: (arg: any) => void;
    let arg: unknown;
    if (typeof call === 'function') {
      fn = call;
      arg = list.args[i];
    } else {
      fn = call.fn!;
      arg = call.arg;
      call.fn = null;
      call.arg = undefined;
    }
    list.dropFirst();
    fn(arg);
  }

  cancel(entry: Entry): void {
    if (entry.cancelled || entry.fn === null) return;
    entry.cancelled = true;
    entry.fn = null;
    entry.arg = undefined;
    this.cancelledCount++;
    // when cancelled entries outnumber live ones, rebuild (those due now leave within the instant)
    // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator,ArithmeticOperator: when to rebuild changes the memory held, not the order
    if (this.cancelledCount > 1024 && this.cancelledCount * 2 > this.length) this.compact();
  }

  /** The list whose first call is the first live call due now (URGENT before NORMAL), or null. */
  private firstDueNow(): DueNowList | null {
    // Stryker disable next-line ConditionalExpression,EqualityOperator: with nothing cancelled there is nothing to drop
    if (this.cancelledCount > 0) {
      this.dropCancelledNow(this.urgentNow);
      this.dropCancelledNow(this.normalNow);
    }
    if (this.urgentNow.size > 0) return this.urgentNow;
    if (this.normalNow.size > 0) return this.normalNow;
    return null;
  }

  private dropCancelledNow(list: DueNowList): void {
    for (;;) {
      // Stryker disable next-line ConditionalExpression: an empty list's first slot holds null, which ends the loop below too
      if (list.size === 0) return;
      const e = list.firstEntry();
      if (e === null || !e.cancelled) return;
      list.dropFirst();
      this.cancelledCount--;
    }
  }

  private dropCancelledTop(): void {
    while (this.length > 0 && this.entries[this.slotAt[0]!]!.cancelled) {
      this.removeTop();
      this.cancelledCount--;
    }
  }

  /** Moves the hole at `i` up until (time, rank) fits, and puts the slot there. */
  private siftUp(i: number, slot: number, time: number, rank: number): void {
    const { slotAt, times, ranks } = this;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const pt = times[parent]!;
      // Stryker disable next-line EqualityOperator: ranks hold a unique sequence number, so two are never equal
      if (pt < time || (pt === time && ranks[parent]! < rank)) break;
      slotAt[i] = slotAt[parent]!;
      times[i] = pt;
      ranks[i] = ranks[parent]!;
      i = parent;
    }
    slotAt[i] = slot;
    times[i] = time;
    ranks[i] = rank;
  }

  private removeTop(): Entry {
    const { slotAt, times, ranks } = this;
    const topSlot = slotAt[0]!;
    const top = this.entries[topSlot]!;
    this.entries[topSlot] = undefined; // let the entry be collected
    this.freeSlots[this.freeCount++] = topSlot;
    const n = --this.length;
    const last = slotAt[n]!;
    const time = times[n]!;
    const rank = ranks[n]!;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: with the heap empty the loop below stops at once, and what it writes lies past the end
    if (n > 0) {
      let i = 0;
      for (;;) {
        let c = 2 * i + 1;
        // Stryker disable next-line EqualityOperator: at c = n the child read is the entry being placed, so it moves to the hole it fills anyway
        if (c >= n) break;
        const r = c + 1;
        if (r < n && (times[r]! < times[c]! || (times[r] === times[c] && ranks[r]! < ranks[c]!))) c = r;
        const ct = times[c]!;
        // Stryker disable next-line EqualityOperator: ranks hold a unique sequence number, so two are never equal
        if (time < ct || (time === ct && rank < ranks[c]!)) break;
        slotAt[i] = slotAt[c]!;
        times[i] = ct;
        ranks[i] = ranks[c]!;
        i = c;
      }
      slotAt[i] = last;
      times[i] = time;
      ranks[i] = rank;
    }
    return top;
  }

  /** Doubles the room; called when every slot is in use. */
  private grow(): void {
    const n = this.times.length;
    const times = new Float64Array(n * 2);
    times.set(this.times);
    const ranks = new Float64Array(n * 2);
    ranks.set(this.ranks);
    const slotAt = new Int32Array(n * 2);
    slotAt.set(this.slotAt);
    this.times = times;
    this.ranks = ranks;
    this.slotAt = slotAt;
    // a packed array (`new Array(n)` would make a holey one, slower to read)
    // Stryker disable next-line ConditionalExpression,EqualityOperator: past n the old array holds nothing either
    this.entries = Array.from({ length: n * 2 }, (_, k) => (k < n ? this.entries[k] : undefined));
    const freeSlots = new Int32Array(n * 2);
    // Stryker disable next-line EqualityOperator: a slot number past freeCount is never read
    for (let k = 0; k < n; k++) freeSlots[k] = n * 2 - 1 - k; // the new slots n .. 2n−1
    this.freeSlots = freeSlots;
    this.freeCount = n;
  }

  /** Drops the cancelled entries and rebuilds the heap from the live ones. */
  // Stryker disable next-line BlockStatement: without the rebuild the cancelled entries are still skipped when they come up: memory only
  private compact(): void {
    const live: Entry[] = [];
    for (let i = 0; i < this.length; i++) {
      const e = this.entries[this.slotAt[i]!]!;
      if (!e.cancelled) live.push(e);
    }
    const n = this.times.length;
    this.entries.fill(undefined);
    // Stryker disable next-line EqualityOperator,ArithmeticOperator: slot numbers need only be distinct (entries is a plain array that grows)
    for (let k = 0; k < n; k++) this.freeSlots[k] = n - 1 - k;
    this.freeCount = n;
    this.length = 0;
    this.cancelledCount = this.urgentNow.cancelledEntries() + this.normalNow.cancelledEntries();
    for (const e of live) this.push(e);
  }
}
