// What a replication reports. Families first signalled inside the observation window form the
// cohort; they are followed to their exit (or to the end of follow-up, then counted as censored).
// System levels are time-averaged over the window only, so the warm-up's empty start is discarded.
// Nothing here grows with the horizon: per-family values go into bounded distributions, means
// into running sums.

import { TimeWeighted, type Simulation } from '../kernel/index.js';
import { add, emptyValueCounts } from '../statistics/valueCounts.js';
import type { TeamLevels } from './caseload.js';
import type { Family } from './family.js';
import { LINKS, type FamilyObservations, type ReplicationResult, type SystemObservations, type TimeSeries } from './results.js';

const MONTH_DAYS = 365.25 / 12;

export class Observer {
  readonly windowStart: number;
  readonly windowEnd: number;
  readonly families: FamilyObservations;
  readonly counts = {
    familiesArrived: 0,
    childrenArrived: 0,
    measuresStarted: 0,
    childrenIntoMeasure: 0,
    escalationsToJBT: 0,
    reentries: 0,
    departures: 0,
    departureChanges: 0,
    censoredFamilies: 0,
  };
  /** Running sums for the window's means, added in order so each mean is the plain one of the values. */
  private readonly sums = { rvdkWaitDays: 0, rvdkInvestigationDays: 0, rvdkInvestigations: 0, otsMonths: 0, otsEnded: 0 };
  readonly childrenUnderMeasure: TimeWeighted;
  private readonly series: TimeSeries = { day: [], childrenWithoutGuardian: [], meanCaseloadChildren: [], childrenUnderMeasure: [], guardiansInPost: [] };
  private windowAverages: Record<string, number> | null = null;

  constructor(
    private readonly sim: Simulation,
    warmupDays: number,
    observedDays: number,
    private readonly guardians: TeamLevels,
  ) {
    this.windowStart = warmupDays;
    this.windowEnd = warmupDays + observedDays;
    this.childrenUnderMeasure = new TimeWeighted(sim);
    this.families = {
      handoversPerFamily: emptyValueCounts(),
      coldHandoversPerFamily: emptyValueCounts(),
      warmHandoversPerFamily: emptyValueCounts(),
      guardianChangesPerFamily: emptyValueCounts(),
      professionalsPerFamily: emptyValueCounts(),
      maxProfessionalsAtOnce: emptyValueCounts(),
      timeToGuardianDays: emptyValueCounts(),
      daysWithoutProfessional: emptyValueCounts(),
      contactsPerMonth: emptyValueCounts(),
      visitIntervalDays: emptyValueCounts(),
      measureDurationDays: emptyValueCounts(),
      waitDays: Object.fromEntries(LINKS.map((l) => [l, emptyValueCounts()])) as FamilyObservations['waitDays'],
    };
    sim.scheduleAt(this.windowStart, () => this.openWindow());
    sim.scheduleAt(this.windowEnd, () => this.closeWindow());
  }

  inWindow(): boolean {
    const t = this.sim.now;
    return t >= this.windowStart && t < this.windowEnd;
  }

  private openWindow(): void {
    for (const level of [this.childrenUnderMeasure, ...Object.values(this.guardians)]) level.reset();
    this.snapshot();
  }

  private snapshot(): void {
    const g = this.guardians;
    this.series.day.push(Math.round((this.sim.now - this.windowStart) * 100) / 100);
    this.series.childrenWithoutGuardian.push(g.waiting.value);
    this.series.meanCaseloadChildren.push(g.inPost.value > 0 ? g.load.value / g.inPost.value : 0);
    this.series.childrenUnderMeasure.push(this.childrenUnderMeasure.value);
    this.series.guardiansInPost.push(g.inPost.value);
    if (this.sim.now + MONTH_DAYS < this.windowEnd) this.sim.schedule(MONTH_DAYS, () => this.snapshot());
  }

  private closeWindow(): void {
    const g = this.guardians;
    const years = (this.windowEnd - this.windowStart) / 365;
    const inPost = g.inPost.mean();
    this.windowAverages = {
      childrenUnderMeasure: this.childrenUnderMeasure.mean(),
      childrenWithoutGuardian: g.waiting.mean(),
      guardianCaseloadChildren: inPost > 0 ? g.load.mean() / inPost : 0,
      guardiansInPost: inPost,
      guardianVacancies: g.vacancies.mean(),
      guardianYears: inPost * years,
      familyGuardianYears: g.casesWithProfessional.mean() * years,
    };
  }

  /** An RvdK investigation that ended in the window: the wait before it and its length. */
  recordRvdk(waitDays: number, investigationDays: number): void {
    this.sums.rvdkWaitDays += waitDays;
    this.sums.rvdkInvestigationDays += investigationDays;
    this.sums.rvdkInvestigations++;
  }

  /** An OTS that ended in the window, and its length. */
  recordOts(months: number): void {
    this.sums.otsMonths += months;
    this.sums.otsEnded++;
  }

  /** A cohort family leaves the chain for good (or the run ends with it still inside). */
  familyDone(f: Family, censored: boolean): void {
    if (!f.observed) return;
    if (censored) this.counts.censoredFamilies++;
    const now = this.sim.now;
    for (const link of LINKS) {
      const w = f.waits[link];
      if (w !== undefined) for (const d of w) add(this.families.waitDays[link], d);
    }
    if (!f.hadMeasure) return;
    const o = this.families;
    add(o.handoversPerFamily, f.handovers);
    add(o.coldHandoversPerFamily, f.coldHandovers);
    add(o.warmHandoversPerFamily, f.warmHandovers);
    add(o.guardianChangesPerFamily, f.guardianChanges);
    add(o.professionalsPerFamily, f.known.size);
    add(o.maxProfessionalsAtOnce, f.maxInvolved);
    for (const t of f.timeToGuardianDays) add(o.timeToGuardianDays, t);
    add(o.daysWithoutProfessional, f.daysWithoutProfessionalAt(now));
    if (f.measureDays > 0) {
      add(o.contactsPerMonth, f.measureContacts / (f.measureDays / MONTH_DAYS));
      add(o.measureDurationDays, f.measureDays);
    }
    if (f.visitIntervals > 0) add(o.visitIntervalDays, f.visitIntervalSumDays / f.visitIntervals);
  }

  result(replication: number, eventsFired: number, capPerGuardian: number): ReplicationResult {
    // With no follow-up the run stops at the window's end, before its closing event can fire.
    if (this.windowAverages === null && this.sim.now >= this.windowEnd) this.closeWindow();
    const a = this.windowAverages;
    if (a === null) throw new Error('the observation window never closed: the run ended early');
    const mean = (sum: number, n: number) => (n === 0 ? 0 : sum / n);
    const m = this.sums;
    const c = this.counts;
    const system: SystemObservations = {
      familiesArrived: c.familiesArrived,
      childrenArrived: c.childrenArrived,
      measuresStarted: c.measuresStarted,
      childrenIntoMeasure: c.childrenIntoMeasure,
      escalationsToJBT: c.escalationsToJBT,
      reentries: c.reentries,
      childrenUnderMeasure: a.childrenUnderMeasure,
      childrenWithoutGuardian: a.childrenWithoutGuardian,
      guardianCaseloadChildren: a.guardianCaseloadChildren,
      guardiansInPost: a.guardiansInPost,
      guardianVacancies: a.guardianVacancies,
      guardianTurnoverPerYear: a.guardianYears > 0 ? c.departures / a.guardianYears : 0,
      departureChangesPerFamilyGuardianYear: a.familyGuardianYears > 0 ? c.departureChanges / a.familyGuardianYears : 0,
      guardianUtilisation: capPerGuardian > 0 ? a.guardianCaseloadChildren / capPerGuardian : 0,
      rvdkWaitDays: mean(m.rvdkWaitDays, m.rvdkInvestigations),
      rvdkInvestigationDays: mean(m.rvdkInvestigationDays, m.rvdkInvestigations),
      otsDurationMonths: mean(m.otsMonths, m.otsEnded),
      censoredFamilies: c.censoredFamilies,
      eventsFired,
    };
    return { replication, families: this.families, system, series: this.series };
  }
}
