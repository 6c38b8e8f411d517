// Help providers (jeugdhulpaanbieders): deployed per problem domain when the local team arranges
// help, replaced now and then, stopped when the trajectory closes. Their changes are not events:
// each provider is replaced at a constant rate, so the changes of a family's n providers form a
// Poisson process of rate n × that rate, replayed whenever its count is read (`catchUp`).

import type { Simulation } from '../kernel/index.js';
import { chance, unitExponential } from './draws.js';
import type { Family } from './family.js';
import type { Observer } from './observer.js';
import type { ChainPlan } from './plan.js';
import type { ProfessionalRegistry } from './professional.js';
import type { ModelStreams } from './streams.js';
import { DAYS_PER_YEAR } from './units.js';

export class Providers {
  constructor(
    private readonly sim: Simulation,
    private readonly plan: ChainPlan,
    private readonly registry: ProfessionalRegistry,
    private readonly observer: Observer,
    private readonly s: ModelStreams,
  ) {}

  /**
   * Plans the help of the family's trajectory when it comes to the local team (once per
   * trajectory): which problem domains a professional handles themselves (self-delivered help,
   * which weighs the family's case there) and how many providers the others need. They start only
   * when a worker arranges them (`startHelp`): a family on the waiting list has none, and costs none.
   */
  planHelp(f: Family): void {
    if (f.helpPlanned) return;
    f.helpPlanned = true;
    const pr = this.plan.p.providers;
    const selfShare = this.plan.reforms.selfDelivered?.share ?? 0;
    const s = this.s.providerDeploy;
    const whole = Math.floor(pr.perProblemDomain);
    const extra = pr.perProblemDomain - whole;
    let planned = 0;
    for (let d = 0; d < f.problemDomains; d++) {
      if (chance(s, selfShare)) {
        f.selfDeliveredDomains++;
        continue;
      }
      // Stryker disable next-line EqualityOperator: a draw equal to the fraction has probability zero
      planned += whole + (s.next() < extra ? 1 : 0);
    }
    f.providersPlanned = planned;
  }

  /**
   * The worker arranges the planned help: its providers start now, and so does the help the
   * professionals give themselves, which from now on needs someone who holds the case (once per
   * trajectory).
   */
  startHelp(f: Family): void {
    if (f.selfHelpStarted === 0 && f.selfDeliveredDomains > 0) {
      f.selfHelpStarted = f.selfDeliveredDomains;
      this.observer.selfHelpStarted(f.selfHelpStarted);
    }
    const n = f.providersPlanned;
    if (n === 0) return;
    f.providersPlanned = 0;
    for (let k = 0; k < n; k++) f.addProvider(this.registry.create('provider', 'jeugdhulp'), this.sim.now);
    f.providersSince = this.sim.now;
    this.observer.providersStarted(n);
  }

  /** Replays the provider changes of the family's current help up to `until`. */
  catchUp(f: Family, until: number): void {
    const n = f.providerCount;
    const rate = this.plan.p.providers.changeRatePerYear * n;
    // no providers, or no changes: nothing to replay, and no random number drawn
    if (rate <= 0) return;
    const s = this.s.providerChange;
    for (;;) {
      const t = f.providersSince + (unitExponential(s) * DAYS_PER_YEAR) / rate;
      // Stryker disable next-line EqualityOperator: a change exactly at `until` has probability zero
      if (!(t < until)) break;
      f.removeProvider(Math.floor(s.next() * n), t);
      f.addProvider(this.registry.create('provider', 'jeugdhulp'), t);
      f.providersSince = t;
    }
    // the gap that ran past `until` is dropped: it is memoryless, so the next catch-up draws afresh from `until`
    f.providersSince = until;
  }

  /** The trajectory closes: the changes up to now are counted, then every provider stops, and the self-delivered help. */
  end(f: Family): void {
    this.catchUp(f, this.sim.now);
    this.observer.providersStopped(f.providerCount);
    this.observer.selfHelpStopped(f.selfHelpStarted);
    f.selfHelpStarted = 0;
  }
}
