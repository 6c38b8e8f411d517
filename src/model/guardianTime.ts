// A guardian's week: the hours left for visits after administration, indirect case work and
// reform duties, and what they allow: how often each family is visited and how hard-pressed the
// guardian is. Contact frequency is an outcome of caseload and time, not an input.

import type { ChainPlan } from './plan.js';
import type { Position } from './team.js';
import { DAYS_PER_WEEK, WEEKS_PER_MONTH } from './units.js';

export class GuardianTime {
  /** Contact hours a week of a guardian with no families (before per-family duties). */
  private readonly baseHours: number;
  /** The same for a sick-leave replacement, who has no duties at the local team. */
  private readonly replacementBaseHours: number;
  private readonly coordinationPerFamily: number;
  private readonly selfHoursPerDomain: number;

  constructor(private readonly plan: ChainPlan) {
    const g = plan.p.guardians;
    this.replacementBaseHours = g.hoursPerWeek * (1 - plan.adminShare - g.indirectCaseworkShare);
    this.baseHours = this.replacementBaseHours - plan.reforms.guardianHoursPerWeekElsewhere;
    this.coordinationPerFamily = (plan.reforms.duos?.coordinationHoursPerFamilyPerMonth ?? 0) / WEEKS_PER_MONTH;
    this.selfHoursPerDomain = plan.reforms.selfDelivered?.hoursPerWeekPerDomain ?? 0;
  }

  /**
   * Hours a week the person in `pos` has for visits. Duo coordination is charged per family the
   * person holds, and only while the partner's seat is filled (there is nobody to coordinate with
   * otherwise); self-delivered help is charged per domain of every family the person sees.
   */
  contactHoursPerWeek(pos: Position): number {
    const covered = pos.covering;
    const selfDomains = pos.selfDomains + (covered !== null ? covered.selfDomains : 0);
    let hours = this.baseHours - this.selfHoursPerDomain * selfDomains;
    if (pos.partnered) hours -= this.coordinationPerFamily * pos.cases.length;
    return Math.max(this.plan.p.guardians.minContactHoursPerWeek, hours);
  }

  /** Families the person in `pos` visits: their own, and a sick partner's they cover. */
  familiesVisitedBy(pos: Position): number {
    const covered = pos.covering;
    return pos.cases.length + (covered !== null ? covered.cases.length : 0);
  }

  /** Days between visits for the families held by `pos`, given who sees them now (Infinity: nobody does). */
  visitIntervalDays(pos: Position): number {
    if (pos.sick) {
      if (pos.coverKind === 'partner') return this.visitIntervalDays(pos.partner!);
      if (pos.coverKind === null) return Infinity;
      const hours = Math.max(
        this.plan.p.guardians.minContactHoursPerWeek,
        this.replacementBaseHours - this.selfHoursPerDomain * pos.selfDomains,
      );
      return this.interval(pos.cases.length, hours);
    }
    return this.interval(this.familiesVisitedBy(pos), this.contactHoursPerWeek(pos));
  }

  /** Work pressure: visits needed at the norm interval over the time there is for them (1 = the norm). */
  pressure(pos: Position): number {
    const g = this.plan.p.guardians;
    const demand = (this.familiesVisitedBy(pos) * g.hoursPerVisit * DAYS_PER_WEEK) / g.normVisitIntervalDays;
    return demand / this.contactHoursPerWeek(pos);
  }

  private interval(families: number, hours: number): number {
    const g = this.plan.p.guardians;
    const days = (DAYS_PER_WEEK * g.hoursPerVisit * Math.max(1, families)) / hours;
    return Math.min(g.longestVisitIntervalDays, Math.max(g.shortestVisitIntervalDays, days));
  }
}
