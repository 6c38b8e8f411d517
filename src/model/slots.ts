// A link that works in sessions: the JBT meets, the court holds hearings. Families queue for a
// slot; each session takes up to `slots` of them in arrival order. The wait is the time to the
// first session with a free slot: it grows when sessions fill up.

import type { Event, Simulation } from '../kernel/index.js';

export class SlotSchedule {
  private readonly queue: Event<void>[] = [];
  private head = 0;
  /** Slots offered and slots used, over all sessions so far (for utilisation). */
  offered = 0;
  used = 0;

  constructor(
    private readonly sim: Simulation,
    readonly intervalDays: number,
    readonly slots: number,
  ) {
    sim.schedule(intervalDays, () => this.session());
  }

  /** An event that succeeds at the session where the family gets a slot. */
  book(): Event<void> {
    const ev = this.sim.event<void>();
    this.queue.push(ev);
    return ev;
  }

  get waiting(): number {
    return this.queue.length - this.head;
  }

  private session(): void {
    this.offered += this.slots;
    for (let n = 0; n < this.slots && this.head < this.queue.length; n++) {
      this.queue[this.head++]!.succeed();
      this.used++;
    }
    // Compacting only frees memory: the order served and the waits are the same whether and when
    // it runs (tests/model/slots.test.ts serves a long queue across compactions), so mutants of
    // this condition and block are equivalent
    // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator,ArithmeticOperator,BlockStatement: equivalent, see above
    if (this.head > 256 && this.head * 2 > this.queue.length) {
      this.queue.splice(0, this.head);
      this.head = 0;
    }
    this.sim.schedule(this.intervalDays, () => this.session());
  }
}
