// The future event list: a binary min-heap of scheduled entries ordered by
// (time, priority, sequence). The sequence number is the insertion order, so two entries
// at the same time and priority settle first-scheduled-first and every run is deterministic.
//
// The keys live in typed arrays beside the heap of entries, so a sift compares numbers that sit
// next to each other in memory instead of following a pointer to each entry. With the ~100,000
// pending events of a national run, chasing entries scattered over the heap was the largest
// single cost of the whole simulation (`node --cpu-prof`, docs/performance.md).
//
// Entries due at the current instant at URGENT or NORMAL priority (a process starting, an event
// succeeded, an interrupt: three of the five events of a customer in the M/M/c benchmark) skip
// the heap: they wait in two first-in-first-out lists, one per priority. Each list is in
// scheduling order and every entry in it is due now, so it is sorted by (time, priority,
// sequence) as it stands; `pop` takes the earliest of the heap's top and the two lists' heads,
// which is the entry the heap alone would have given.

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
  /** In one of the queue's lists of entries due now, not in its heap. */
  declare dueNow: boolean;
  constructor(time: number, priority: number, seq: number, fn: (arg: any) => void, arg: unknown) {
    this.time = time;
    this.priority = priority;
    this.seq = seq;
    this.fn = fn;
    this.arg = arg;
    this.cancelled = false;
    this.dueNow = false;
  }
}

/** A first-in-first-out list of entries: a ring buffer that doubles when full. */
class EntryFifo {
  private buf: (Entry | undefined)[] = new Array(16).fill(undefined);
  private mask = 15;
  private head = 0;
  size = 0;

  push(e: Entry): void {
    if (this.size > this.mask) this.grow();
    this.buf[(this.head + this.size++) & this.mask] = e;
  }

  /** The first entry; only when size > 0. */
  first(): Entry {
    return this.buf[this.head]!;
  }

  shift(): Entry {
    const e = this.buf[this.head]!;
    this.buf[this.head] = undefined; // let the entry be collected
    this.head = (this.head + 1) & this.mask;
    this.size--;
    return e;
  }

  private grow(): void {
    const n = this.buf.length;
    const buf: (Entry | undefined)[] = new Array(n * 2).fill(undefined);
    for (let i = 0; i < this.size; i++) buf[i] = this.buf[(this.head + i) & this.mask];
    this.buf = buf;
    this.mask = n * 2 - 1;
    this.head = 0;
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
  /** Cancelled entries still in the heap. */
  private cancelledCount = 0;
  /** Entries due now, URGENT and NORMAL, in scheduling order (see the top of the file). */
  private readonly urgentNow = new EntryFifo();
  private readonly normalNow = new EntryFifo();
  /** Cancelled entries still in those lists. */
  private cancelledNow = 0;

  get size(): number {
    return this.length - this.cancelledCount + this.urgentNow.size + this.normalNow.size - this.cancelledNow;
  }

  push(entry: Entry): void {
    if (entry.seq >= SEQ_SPAN) throw new KernelInputError('event sequence', entry.seq, `fewer than ${SEQ_SPAN} events scheduled in one run`);
    if (this.length === this.times.length) this.grow();
    this.siftUp(this.length++, entry, entry.time, entry.priority * SEQ_SPAN + entry.seq);
  }

  /**
   * Adds an entry due at the current instant, at URGENT or NORMAL priority, scheduled after every
   * entry already queued: its time must be the time of the last entry popped (or later than every
   * entry queued), which `Simulation.schedule` with a zero delay guarantees. Any other entry goes
   * through `push`.
   */
  pushNow(entry: Entry): void {
    if (entry.seq >= SEQ_SPAN) throw new KernelInputError('event sequence', entry.seq, `fewer than ${SEQ_SPAN} events scheduled in one run`);
    entry.dueNow = true;
    if (entry.priority === URGENT) this.urgentNow.push(entry);
    else this.normalNow.push(entry);
  }

  /** The earliest live entry without removing it, or undefined. */
  peek(): Entry | undefined {
    const now = this.firstDueNow();
    this.dropCancelledTop();
    if (now === null) return this.length === 0 ? undefined : this.entries[0];
    return this.length > 0 && this.heapTopBefore(now) ? this.entries[0] : now;
  }

  /** Removes and returns the earliest live entry, or undefined when none is left. */
  pop(): Entry | undefined {
    return this.popBefore(Infinity);
  }

  /** Removes and returns the earliest live entry if it is due before `limit`; else undefined. */
  popBefore(limit: number): Entry | undefined {
    const now = this.firstDueNow();
    this.dropCancelledTop();
    if (now !== null && !(this.length > 0 && this.heapTopBefore(now))) {
      if (now.time >= limit) return undefined;
      return now.priority === URGENT ? this.urgentNow.shift() : this.normalNow.shift();
    }
    if (this.length === 0 || this.times[0] >= limit) return undefined;
    return this.removeTop();
  }

  cancel(entry: Entry): void {
    if (entry.cancelled || entry.fn === null) return;
    entry.cancelled = true;
    entry.fn = null;
    entry.arg = undefined;
    if (entry.dueNow) {
      this.cancelledNow++;
      return;
    }
    this.cancelledCount++;
    if (this.cancelledCount > 1024 && this.cancelledCount * 2 > this.length) this.compact();
  }

  /** The first live entry of the lists of entries due now (URGENT before NORMAL), or null. */
  private firstDueNow(): Entry | null {
    if (this.cancelledNow > 0) this.dropCancelledNow();
    if (this.urgentNow.size > 0) return this.urgentNow.first();
    if (this.normalNow.size > 0) return this.normalNow.first();
    return null;
  }

  private dropCancelledNow(): void {
    while (this.urgentNow.size > 0 && this.urgentNow.first().cancelled) {
      this.urgentNow.shift();
      this.cancelledNow--;
    }
    while (this.normalNow.size > 0 && this.normalNow.first().cancelled) {
      this.normalNow.shift();
      this.cancelledNow--;
    }
  }

  /** Whether the heap's (live) top comes before `e`; only when the heap is not empty. */
  private heapTopBefore(e: Entry): boolean {
    const t = this.times[0];
    return t < e.time || (t === e.time && this.ranks[0] < e.priority * SEQ_SPAN + e.seq);
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
