// The future event list: a binary min-heap of scheduled entries ordered by
// (time, priority, sequence). The sequence number is the insertion order, so two entries
// at the same time and priority settle first-scheduled-first and every run is deterministic.

/** Settles before NORMAL at the same instant: interrupts and kernel bookkeeping. */
export const URGENT = 0;
/** The default priority of everything a model schedules. */
export const NORMAL = 1;

/**
 * One scheduled call. `fn(arg)` runs when the clock reaches `time`, unless cancelled.
 * A plain object with a fixed shape keeps V8's property access monomorphic on the hot path.
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

function before(a: Entry, b: Entry): boolean {
  if (a.time !== b.time) return a.time < b.time;
  if (a.priority !== b.priority) return a.priority < b.priority;
  return a.seq < b.seq;
}

/**
 * Binary heap of entries. Cancellation is lazy (the entry is flagged and skipped when it
 * reaches the top); when cancelled entries outnumber live ones the heap is rebuilt, so a
 * model that cancels many far-future events does not grow without bound.
 */
export class EventQueue {
  private heap: Entry[] = [];
  private cancelledCount = 0;

  get size(): number {
    return this.heap.length - this.cancelledCount;
  }

  push(entry: Entry): void {
    const heap = this.heap;
    let i = heap.length;
    heap.push(entry);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const p = heap[parent];
      if (!before(entry, p)) break;
      heap[i] = p;
      i = parent;
    }
    heap[i] = entry;
  }

  /** The earliest live entry without removing it, or undefined. */
  peek(): Entry | undefined {
    this.dropCancelledTop();
    return this.heap[0];
  }

  /** Removes and returns the earliest live entry, or undefined when none is left. */
  pop(): Entry | undefined {
    this.dropCancelledTop();
    return this.heap.length === 0 ? undefined : this.removeTop();
  }

  cancel(entry: Entry): void {
    if (entry.cancelled || entry.fn === null) return;
    entry.cancelled = true;
    entry.fn = null;
    entry.arg = undefined;
    this.cancelledCount++;
    if (this.cancelledCount > 1024 && this.cancelledCount * 2 > this.heap.length) this.compact();
  }

  private dropCancelledTop(): void {
    const heap = this.heap;
    while (heap.length > 0 && heap[0].cancelled) {
      this.removeTop();
      this.cancelledCount--;
    }
  }

  private removeTop(): Entry {
    const heap = this.heap;
    const top = heap[0];
    const last = heap.pop()!;
    const n = heap.length;
    if (n > 0) {
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= n) break;
        const r = l + 1;
        const c = r < n && before(heap[r], heap[l]) ? r : l;
        if (!before(heap[c], last)) break;
        heap[i] = heap[c];
        i = c;
      }
      heap[i] = last;
    }
    return top;
  }

  private compact(): void {
    const live = this.heap.filter((e) => !e.cancelled);
    live.sort((a, b) => (before(a, b) ? -1 : 1)); // a sorted array is a valid heap
    this.heap = live;
    this.cancelledCount = 0;
  }
}
