// The future event list: a binary min-heap of scheduled entries ordered by
// (time, priority, sequence). The sequence number is the insertion order, so two entries
// at the same time and priority settle first-scheduled-first and every run is deterministic.
//
// The keys live in typed arrays beside the heap of entries, so a sift compares numbers that sit
// next to each other in memory instead of following a pointer to each entry. With the ~100,000
// pending events of a national run, chasing entries scattered over the heap was the largest
// single cost of the whole simulation (`node --cpu-prof`, docs/performance.md).

import { KernelInputError } from './errors.js';

/** Settles before NORMAL at the same instant: interrupts and kernel bookkeeping. */
export const URGENT = 0;
/** The default priority of everything a model schedules. */
export const NORMAL = 1;
/** Priorities are whole numbers from 0 to MAX_PRIORITY (they share one number with the sequence). */
export const MAX_PRIORITY = 1023;

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
}

/** Checks a priority before it is folded into a heap key. */
export function requirePriority(priority: number): void {
  if (!Number.isInteger(priority) || priority < 0 || priority > MAX_PRIORITY) {
    throw new KernelInputError('priority', priority, `a whole number from 0 to ${MAX_PRIORITY}`);
  }
}

/**
 * Binary heap of entries. Cancellation is lazy (the entry is flagged and skipped when it
 * reaches the top); when cancelled entries outnumber live ones the heap is rebuilt, so a
 * model that cancels many far-future events does not grow without bound.
 */
export class EventQueue {
  /** heap position → entry; `times` and `ranks` hold its keys at the same position. */
  private entries: Entry[] = [];
  private times = new Float64Array(64);
  /** priority × 2^43 + sequence: the tie-break after time, as one number. */
  private ranks = new Float64Array(64);
  private length = 0;
  private cancelledCount = 0;

  get size(): number {
    return this.length - this.cancelledCount;
  }

  push(entry: Entry): void {
    if (entry.seq >= SEQ_SPAN) throw new KernelInputError('event sequence', entry.seq, `fewer than ${SEQ_SPAN} events scheduled in one run`);
    if (this.length === this.times.length) this.grow();
    this.siftUp(this.length++, entry, entry.time, entry.priority * SEQ_SPAN + entry.seq);
  }

  /** The earliest live entry without removing it, or undefined. */
  peek(): Entry | undefined {
    this.dropCancelledTop();
    return this.length === 0 ? undefined : this.entries[0];
  }

  /** Removes and returns the earliest live entry, or undefined when none is left. */
  pop(): Entry | undefined {
    this.dropCancelledTop();
    return this.length === 0 ? undefined : this.removeTop();
  }

  cancel(entry: Entry): void {
    if (entry.cancelled || entry.fn === null) return;
    entry.cancelled = true;
    entry.fn = null;
    entry.arg = undefined;
    this.cancelledCount++;
    if (this.cancelledCount > 1024 && this.cancelledCount * 2 > this.length) this.compact();
  }

  private dropCancelledTop(): void {
    while (this.length > 0 && this.entries[0].cancelled) {
      this.removeTop();
      this.cancelledCount--;
    }
  }

  /** Moves the hole at `i` up until (time, rank) fits, and puts the entry there. */
  private siftUp(i: number, entry: Entry, time: number, rank: number): void {
    const { entries, times, ranks } = this;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const pt = times[parent];
      if (pt < time || (pt === time && ranks[parent] < rank)) break;
      entries[i] = entries[parent];
      times[i] = pt;
      ranks[i] = ranks[parent];
      i = parent;
    }
    entries[i] = entry;
    times[i] = time;
    ranks[i] = rank;
  }

  private removeTop(): Entry {
    const { entries, times, ranks } = this;
    const top = entries[0];
    const n = --this.length;
    const last = entries[n];
    const time = times[n];
    const rank = ranks[n];
    entries[n] = undefined as unknown as Entry; // let the entry be collected
    if (n > 0) {
      let i = 0;
      for (;;) {
        let c = 2 * i + 1;
        if (c >= n) break;
        const r = c + 1;
        if (r < n && (times[r] < times[c] || (times[r] === times[c] && ranks[r] < ranks[c]))) c = r;
        const ct = times[c];
        if (time < ct || (time === ct && rank < ranks[c])) break;
        entries[i] = entries[c];
        times[i] = ct;
        ranks[i] = ranks[c];
        i = c;
      }
      entries[i] = last;
      times[i] = time;
      ranks[i] = rank;
    }
    return top;
  }

  private grow(): void {
    const times = new Float64Array(this.times.length * 2);
    times.set(this.times);
    const ranks = new Float64Array(this.ranks.length * 2);
    ranks.set(this.ranks);
    this.times = times;
    this.ranks = ranks;
  }

  /** Drops the cancelled entries and rebuilds the heap from the live ones. */
  private compact(): void {
    const live = this.entries.slice(0, this.length).filter((e) => !e.cancelled);
    this.entries = [];
    this.length = 0;
    this.cancelledCount = 0;
    for (const e of live) this.push(e);
  }
}
