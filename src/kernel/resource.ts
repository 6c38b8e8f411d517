// A pool of identical units (servers, investigators, hearing slots) with a queue in front.
// The capacity can change during a run (staff hired and leaving). Two ways in:
//   - process API: `using req = res.request(); yield req; ...` releases when the block is left,
//     however it is left (or `yield* withUnit(res, function* (req) { ... })`, or `release(req)`)
//   - callback API: `res.acquire(() => ...)` then `res.release()` (no event objects: hot paths)
// A released unit goes at once to the first waiter, so a waiter already queued is served before
// a request made later at the same instant. Lowering the capacity never preempts: units in use
// finish, and no new unit is handed out until in-use is below the new capacity.

import { Event, type Process, type ProcessGenerator, type Simulation } from './simulation.js';
import { KernelInputError, KernelStateError } from './errors.js';
import { Tally, TimeWeighted } from './monitor.js';

// `using` needs Symbol.dispose at run time: Node 20 has it, some browsers do not yet. This is the
// polyfill TypeScript's release notes give; it changes nothing where the symbol exists.
(Symbol as { dispose?: symbol }).dispose ??= Symbol('Symbol.dispose');

export type QueueDiscipline = 'fifo' | 'priority';

export interface ResourceOptions {
  capacity: number;
  /** 'fifo' (default) or 'priority': smaller priority number first, FIFO among equals. */
  discipline?: QueueDiscipline;
}

/**
 * A request for one unit; as an event it succeeds when the unit is granted. Disposable: with
 * `using req = res.request()` the unit is released (or the request withdrawn from the queue) when
 * the block is left, by its end, a `return`, an error or an Interrupt.
 */
export class Request extends Event<Request> implements Disposable {
  // `declare`d and set in the constructor, as in Event
  declare readonly resource: Resource;
  declare readonly priority: number;
  declare readonly requestedAt: number;
  /** The process that made the request (SimPy's `proc`), or null outside a process. */
  declare readonly requestedBy: Process<any> | null;
  declare granted: boolean;
  /** Withdrawn from the queue, or released: a further release does nothing. */
  declare withdrawn: boolean;
  /** @internal Its place in the queue's order among equal priorities (see Claim). */
  declare seq: number;
  /** @internal Neighbours in the resource's list of users, in the order of their grants. */
  declare prevUser: Request | null;
  /** @internal */
  declare nextUser: Request | null;
  constructor(resource: Resource, priority: number) {
    super(resource.sim);
    this.resource = resource;
    this.priority = priority;
    this.requestedAt = resource.sim.now;
    this.requestedBy = resource.sim.activeProcess;
    this.granted = false;
    this.withdrawn = false;
    this.seq = 0;
    this.prevUser = null;
    this.nextUser = null;
  }

  /** Releases the unit, or withdraws the request if it is still queued; then does nothing. */
  [Symbol.dispose](): void {
    this.resource.release(this);
  }
}

/**
 * Holds one unit of `resource` while `body` runs: waits for it, runs the body, and releases it
 * however the body ends (its end, a `return`, an error, an Interrupt, also while still queued).
 * Returns what the body returns: `const x = yield* withUnit(res, function* (req) { ... })`.
 * The same as `using req = res.request(); yield req; ...` in a block.
 */
export function* withUnit<R>(resource: Resource, body: (req: Request) => ProcessGenerator<R>, priority = 0): ProcessGenerator<R> {
  const req = resource.request(priority);
  try {
    yield req;
    return yield* body(req);
  } finally {
    resource.release(req);
  }
}

/**
 * What waits in a resource's queue: a process's Request (queued as itself, no extra object) or a
 * callback from `acquire` (a Waiter). Both carry these fields under these names.
 */
interface Claim {
  readonly priority: number;
  readonly seq: number;
  readonly requestedAt: number;
  readonly withdrawn: boolean;
}

/** A callback waiting through `acquire`. It is never withdrawn (the callback API cannot). */
class Waiter implements Claim {
  declare readonly priority: number;
  declare readonly seq: number;
  declare readonly requestedAt: number;
  declare readonly withdrawn: boolean;
  declare readonly callback: () => void;
  constructor(priority: number, seq: number, requestedAt: number, callback: () => void) {
    this.priority = priority;
    this.seq = seq;
    this.requestedAt = requestedAt;
    this.withdrawn = false;
    this.callback = callback;
  }
}

export class Resource {
  readonly sim: Simulation;
  readonly discipline: QueueDiscipline;
  private _capacity: number;
  private _inUse = 0;
  private waiters: Claim[] = []; // fifo: a deque from `head`; priority: a binary heap
  private head = 0;
  private live = 0;
  private seq = 0;
  /** Granted requests not yet released, oldest grant first (a list through the requests). */
  private firstUser: Request | null = null;
  private lastUser: Request | null = null;

  /** Time-weighted number of units in use. */
  readonly busy: TimeWeighted;
  /** Time-weighted number waiting. */
  readonly queueLength: TimeWeighted;
  /** Waiting time of every grant, zero waits included. */
  readonly waits = new Tally();

  constructor(sim: Simulation, options: ResourceOptions) {
    this.sim = sim;
    checkCapacity(options.capacity);
    this._capacity = options.capacity;
    this.discipline = options.discipline ?? 'fifo';
    if (this.discipline !== 'fifo' && this.discipline !== 'priority') {
      throw new KernelInputError('discipline', options.discipline, "'fifo' or 'priority'");
    }
    this.busy = new TimeWeighted(sim, 0);
    this.queueLength = new TimeWeighted(sim, 0);
  }

  get capacity(): number {
    return this._capacity;
  }
  get inUse(): number {
    return this._inUse;
  }
  /** Number of claims waiting. */
  get waiting(): number {
    return this.live;
  }

  /**
   * The requests holding a unit, oldest grant first: a read-only copy made at the call. Units
   * taken with `acquire` have no request; they are counted in `inUse` only.
   */
  get users(): readonly Request[] {
    const list: Request[] = [];
    for (let r = this.firstUser; r !== null; r = r.nextUser) list.push(r);
    return Object.freeze(list);
  }

  /**
   * The requests waiting, in the order they will be served: a read-only copy made at the call.
   * Callbacks waiting through `acquire` have no request; they are counted in `waiting` only.
   */
  get queue(): readonly Request[] {
    const waiting: Request[] = [];
    // the slots a FIFO queue has served hold undefined; withdrawn requests stay until they come up
    for (const w of this.waiters) if (w instanceof Request && !w.withdrawn) waiting.push(w);
    if (this.discipline === 'priority') waiting.sort((a, b) => (waiterBefore(a, b) ? -1 : 1));
    return Object.freeze(waiting);
  }

  /** Process API: an event that succeeds when a unit is granted. */
  request(priority = 0): Request {
    const req = new Request(this, priority);
    if (this._inUse < this._capacity && this.live === 0) {
      this.grant(req.requestedAt, null, req);
    } else {
      req.seq = this.seq++;
      this.enqueue(req);
    }
    return req;
  }

  /** Callback API: runs `onGranted` as soon as a unit is free (synchronously if one is free now). */
  acquire(onGranted: () => void, priority = 0): void {
    if (this._inUse < this._capacity && this.live === 0) {
      this.grant(this.sim.now, onGranted, null);
    } else {
      this.enqueue(new Waiter(priority, this.seq++, this.sim.now, onGranted));
    }
  }

  /**
   * Gives a unit back. With a Request that was never granted, withdraws it from the queue
   * instead (a process interrupted while waiting). The freed unit goes to the next waiter.
   */
  release(req?: Request): void {
    if (req !== undefined) {
      if (req.resource !== this) throw new KernelInputError('request', 'from another resource', 'a request of this resource');
      if (req.withdrawn) return;
      if (!req.granted) {
        req.withdrawn = true; // left in the queue, skipped when it comes up
        this.live--;
        this.queueLength.set(this.live);
        return;
      }
      req.withdrawn = true; // released: a second release is a no-op
      this.removeUser(req);
    }
    if (this._inUse <= 0) throw new KernelStateError('release() without a unit in use');
    this._inUse--;
    this.busy.set(this._inUse);
    this.serveQueue();
  }

  /** Changes the number of units (hiring, leaving). Never preempts a unit in use. */
  setCapacity(capacity: number): void {
    checkCapacity(capacity);
    this._capacity = capacity;
    this.serveQueue();
  }

  private grant(enqueuedAt: number, callback: (() => void) | null, req: Request | null): void {
    this._inUse++;
    this.busy.set(this._inUse);
    this.waits.add(this.sim.now - enqueuedAt);
    if (req !== null) {
      req.granted = true;
      this.addUser(req);
      req.succeed(req);
    } else {
      callback!();
    }
  }

  private serveQueue(): void {
    while (this._inUse < this._capacity && this.live > 0) {
      const w = this.dequeue();
      if (w instanceof Request) this.grant(w.requestedAt, null, w);
      else this.grant(w.requestedAt, (w as Waiter).callback, null);
    }
  }

  private addUser(req: Request): void {
    req.prevUser = this.lastUser;
    if (this.lastUser === null) this.firstUser = req;
    else this.lastUser.nextUser = req;
    this.lastUser = req;
  }

  private removeUser(req: Request): void {
    if (req.prevUser === null) this.firstUser = req.nextUser;
    else req.prevUser.nextUser = req.nextUser;
    if (req.nextUser === null) this.lastUser = req.prevUser;
    else req.nextUser.prevUser = req.prevUser;
    req.prevUser = req.nextUser = null;
  }

  private enqueue(w: Claim): void {
    if (this.discipline === 'fifo') this.waiters.push(w);
    else heapPush(this.waiters, w);
    this.live++;
    this.queueLength.set(this.live);
  }

  /** Only called while a live waiter is queued, so the queue is never empty where it reads. */
  private dequeue(): Claim {
    let w: Claim;
    do {
      if (this.discipline === 'fifo') {
        w = this.waiters[this.head]!;
        this.waiters[this.head++] = undefined as never;
        // when to drop the served slots changes the memory held, nothing else
        // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator,ArithmeticOperator,BlockStatement: see the line above
        if (this.head > 1024 && this.head * 2 > this.waiters.length) {
          this.waiters = this.waiters.slice(this.head);
          this.head = 0;
        }
      } else {
        w = heapPop(this.waiters);
      }
    } while (w.withdrawn);
    this.live--;
    this.queueLength.set(this.live);
    return w;
  }
}

function checkCapacity(capacity: number): void {
  if (!Number.isInteger(capacity) || capacity < 0) {
    throw new KernelInputError('capacity', capacity, 'a whole number ≥ 0');
  }
}

function waiterBefore(a: Claim, b: Claim): boolean {
  // `<` is only reached with different priorities, and no two claims share a sequence number
  // Stryker disable next-line EqualityOperator: see the line above
  return a.priority !== b.priority ? a.priority < b.priority : a.seq < b.seq;
}

// A binary heap in an array: every index read is below its length (hence `!`).
function heapPush(heap: Claim[], w: Claim): void {
  let i = heap.length;
  heap.push(w);
  while (i > 0) {
    const p = (i - 1) >> 1;
    if (!waiterBefore(w, heap[p]!)) break;
    heap[i] = heap[p]!;
    i = p;
  }
  heap[i] = w;
}

function heapPop(heap: Claim[]): Claim {
  const top = heap[0]!;
  const last = heap.pop()!;
  const n = heap.length;
  if (n > 0) {
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= n) break;
      const r = l + 1;
      const c = r < n && waiterBefore(heap[r]!, heap[l]!) ? r : l;
      if (!waiterBefore(heap[c]!, last)) break;
      heap[i] = heap[c]!;
      i = c;
    }
    heap[i] = last;
  }
  return top;
}
