// Guardian visits, worked out when they matter rather than as events. Nothing in the chain waits
// for a visit, and visits were over half of all events of a national run, so each family keeps
// the time of its next visit and the visits due before `now` are counted (`catchUp`) whenever
// something that sets their interval is about to change (the caseload of whoever visits, their
// time, sick leave) or their count is read (a review, the end of a measure, the end of the run).
// Between two such moments the interval is constant, so this gives the visits a visit-by-visit
// schedule would. At a single instant only it differs: a visit due at the very moment of a change
// comes after the change.

import type { Simulation } from '../kernel/index.js';
import type { Family } from './family.js';
import type { GuardianTime } from './guardianTime.js';
import type { Observer } from './observer.js';
import type { ChainDistributions } from './plan.js';
import type { ModelStreams } from './streams.js';

export class Visits {
  constructor(
    private readonly sim: Simulation,
    private readonly time: GuardianTime,
    private readonly observer: Observer,
    private readonly d: ChainDistributions,
    private readonly s: ModelStreams,
  ) {}

  /** Counts the visits due strictly before `until`, each next one an interval later (the interval in force now). */
  catchUp(f: Family, until: number): void {
    if (!(f.nextVisitAt < until)) return;
    const pos = f.guardianCase?.position;
    if (pos == null) throw new Error(`family ${f.id} has a visit due without a guardian`);
    const interval = this.time.visitIntervalDays(pos);
    if (!Number.isFinite(interval)) {
      f.nextVisitAt = Infinity;
      return;
    }
    do {
      this.visit(f, f.nextVisitAt);
      f.nextVisitAt += interval;
    } while (f.nextVisitAt < until);
  }

  /** A guardian visit at time `t`. */
  private visit(f: Family, t: number): void {
    f.guardianVisitAt = t;
    const m = f.measure;
    if (m === null) return; // a guardian holding the family before or after its measure (long involvement)
    f.recordVisit(t);
    if (m.firstVisitAt === null) {
      m.firstVisitAt = t;
      if (m.ruledInWindow) this.observer.firstGuardianVisit(t - m.rulingAt, t - f.trajectoryStart);
    }
  }

  /** The next visit `delayDays` from now (visits due before now are counted first). */
  schedule(f: Family, delayDays: number): void {
    this.catchUp(f, this.sim.now);
    f.nextVisitAt = this.sim.now + delayDays;
  }

  /** No more visits until a guardian sees the family again. */
  cancel(f: Family): void {
    this.catchUp(f, this.sim.now);
    f.nextVisitAt = Infinity;
  }

  /**
   * Someone new sees the family: a face it does not know makes a first visit after the usual delay
   * (getting to know the case); a face it knows goes on one interval after now, unless a visit is
   * planned already.
   */
  afterNewVisitor(f: Family, known: boolean): void {
    if (!known) this.schedule(f, this.d.firstVisit.sample(this.s.firstVisit));
    else if (f.nextVisitAt === Infinity) {
      // Stryker disable next-line OptionalChaining: a family someone new sees has a guardian case (it is that case's holder or cover)
      const pos = f.guardianCase?.position;
      // Stryker disable next-line ConditionalExpression: as above, the position is always there
      if (pos != null) this.schedule(f, this.time.visitIntervalDays(pos));
    }
  }
}
