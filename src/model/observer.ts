// What a replication reports. Families first signalled inside the observation window (or its first
// part, `simulation.cohortShare`) form the cohort; they are followed to their exit, or to the end
// of follow-up (then they are censored: their counts are "so far", and the rates per family-year
// and the Kaplan–Meier times carry the estimate). System levels are time-averaged over the window only. Nothing here grows with the
// horizon: per-family values go into bounded distributions, means into running sums.

import { TimeWeighted, type Simulation } from '../kernel/index.js';
import { kaplanMeier, survivalAt } from '../statistics/survival.js';
import { add, emptyValueCounts } from '../statistics/valueCounts.js';
import type { Area } from './area.js';
import type { Family } from './family.js';
import type { ChainPlan } from './plan.js';
import {
  FTE_ROLES,
  HANDOVER_CAUSES,
  LINKS,
  type FamilyObservations,
  type FteRole,
  type Link,
  type ReformDuty,
  type ReplicationResult,
  type SurvivalMetrics,
  type SystemObservations,
  type TimeSeries,
} from './results.js';
import type { Team, TeamLevels } from './team.js';
import { DAYS_PER_MONTH, DAYS_PER_WEEK, DAYS_PER_YEAR, WEEKS_PER_MONTH } from './units.js';

/** What the observer watches, handed over once the chain is built. */
export interface Watched {
  institutions: readonly Team[];
  localTeams: readonly Team[];
  areas: readonly Area[];
}

/** The ruling-to-first-visit time the inspectorate counts as prompt: 5 working days. */
const FIVE_WORKING_DAYS = 7;

export class Observer {
  readonly windowStart: number;
  readonly windowEnd: number;
  /** Families first signalled before this (and in the window) form the cohort counted per family. */
  readonly cohortEnd: number;
  readonly families: FamilyObservations;
  readonly survival: SurvivalMetrics;
  readonly counts = {
    familiesArrived: 0,
    childrenArrived: 0,
    familiesStayedAway: 0,
    measuresStarted: 0,
    childrenIntoMeasure: 0,
    escalationsToJBT: 0,
    rvdkInvestigationsStarted: 0,
    reentries: 0,
    providersDeployed: 0,
    departures: 0,
    departureChanges: 0,
  };
  /** Running sums for the window's means. */
  private readonly sums = {
    rvdkWaitDays: 0,
    rvdkInvestigationDays: 0,
    rvdkInvestigations: 0,
    otsMonths: 0,
    otsEnded: 0,
    measureChildDays: 0,
    measureChildrenEnded: 0,
    cohortWithMeasure: 0,
    cohortCensored: 0,
    cohortYears: 0,
    cohortHandovers: 0,
    cohortColdHandovers: 0,
    cohortGuardianChanges: 0,
  };
  readonly childrenUnderMeasure: TimeWeighted;
  readonly providersActive: TimeWeighted;
  /** Self-delivered problem domains whose help has started, of families in the chain (`Providers.startHelp`). */
  readonly selfHelpActive: TimeWeighted;
  private readonly series: TimeSeries = {
    day: [],
    childrenWithoutGuardian: [],
    meanCaseloadChildren: [],
    childrenUnderMeasure: [],
    guardiansInPost: [],
    waitingForInvestigation: [],
    waitingForLocalTeam: [],
    'waitDays.LT': [],
    'waitDays.JBT': [],
    'waitDays.RvdK': [],
    'waitDays.court': [],
    'waitDays.GI': [],
  };
  /** Waits that ended since the last snapshot, per link: sum and count. */
  private readonly monthWaits = Object.fromEntries(LINKS.map((l) => [l, { sum: 0, n: 0 }])) as Record<Link, { sum: number; n: number }>;
  private watched: Watched | null = null;
  /** Slot counts of each area's table and court when the window opened. */
  // Stryker disable next-line ArrayDeclaration: openWindow() sets it before closeWindow() reads it
  private slotsAtOpen: { tableOffered: number; tableUsed: number; courtOffered: number; courtUsed: number }[] = [];
  private closed: {
    system: Omit<
      SystemObservations,
      | 'rvdkWaitDays'
      | 'rvdkInvestigationDays'
      | 'otsDurationMonths'
      | 'measureDurationDays'
      | 'eventsFired'
      | 'familiesArrived'
      | 'familiesStayedAway'
      | 'childrenArrived'
      | 'measuresStarted'
      | 'childrenIntoMeasure'
      | 'escalationsToJBT'
      | 'rvdkInvestigationsStarted'
      | 'reentries'
      | 'providersDeployed'
      | 'shareGuardianWithinFiveWorkingDays'
      | 'censoredShare'
      | 'cohortFamiliesWithMeasurePerYear'
      | 'handoversPerFamilyYear'
      | 'coldHandoversPerFamilyYear'
      | 'guardianChangesPerFamilyYear'
    >;
  } | null = null;

  constructor(
    private readonly sim: Simulation,
    private readonly plan: ChainPlan,
    warmupDays: number,
    observedDays: number,
    cohortDays = observedDays,
  ) {
    this.windowStart = warmupDays;
    this.windowEnd = warmupDays + observedDays;
    this.cohortEnd = warmupDays + cohortDays; // at most the window: the schema bounds the share by 1
    this.childrenUnderMeasure = new TimeWeighted(sim);
    this.providersActive = new TimeWeighted(sim);
    this.selfHelpActive = new TimeWeighted(sim);
    const pair = () => ({ cold: emptyValueCounts(), warm: emptyValueCounts() });
    this.families = {
      handoversPerFamily: emptyValueCounts(),
      coldHandoversPerFamily: emptyValueCounts(),
      warmHandoversPerFamily: emptyValueCounts(),
      handoversByCause: { structural: pair(), turnover: pair(), absence: pair(), afschaling: pair() },
      guardianChangesPerFamily: emptyValueCounts(),
      professionalsPerFamily: emptyValueCounts(),
      maxProfessionalsAtOnce: emptyValueCounts(),
      daysWithoutProfessional: emptyValueCounts(),
      contactsPerMonth: emptyValueCounts(),
      visitIntervalDays: emptyValueCounts(),
      waitDays: Object.fromEntries(LINKS.map((l) => [l, emptyValueCounts()])) as FamilyObservations['waitDays'],
    };
    const survival = () => ({ events: emptyValueCounts(), censored: emptyValueCounts() });
    this.survival = { timeFromRulingToGuardianDays: survival(), timeFromSignalToGuardianDays: survival() };
    sim.scheduleAt(this.windowStart, () => this.openWindow());
    sim.scheduleAt(this.windowEnd, () => this.closeWindow());
  }

  watch(w: Watched): void {
    this.watched = w;
  }

  inWindow(): boolean {
    const t = this.sim.now;
    return t >= this.windowStart && t < this.windowEnd;
  }

  /** Whether a family first signalled now joins the cohort counted per family. */
  inCohort(): boolean {
    const t = this.sim.now;
    return t >= this.windowStart && t < this.cohortEnd;
  }

  private get w(): Watched {
    if (this.watched === null) throw new Error('the observer watches nothing yet');
    return this.watched;
  }

  private levels(): TimeWeighted[] {
    const out: TimeWeighted[] = [this.childrenUnderMeasure, this.providersActive, this.selfHelpActive];
    for (const t of [...this.w.institutions, ...this.w.localTeams]) out.push(...Object.values(t.levels));
    for (const a of this.w.areas) out.push(a.veiligThuis.resource.busy, a.rvdk.resource.busy);
    return out;
  }

  private openWindow(): void {
    for (const level of this.levels()) level.reset();
    // Stryker disable next-line ObjectLiteral: the snapshot that follows reports an empty month either way and starts the sums from 0
    for (const link of LINKS) this.monthWaits[link] = { sum: 0, n: 0 };
    this.slotsAtOpen = this.w.areas.map((a) => ({
      tableOffered: a.jbt.offered,
      tableUsed: a.jbt.used,
      courtOffered: a.court.offered,
      courtUsed: a.court.used,
    }));
    this.snapshot();
  }

  private snapshot(): void {
    const gi = sumLevels(this.w.institutions);
    const s = this.series;
    s.day.push(Math.round((this.sim.now - this.windowStart) * 100) / 100);
    s.childrenWithoutGuardian.push(gi.waitingInMeasure);
    s.meanCaseloadChildren.push(gi.inPost > 0 ? gi.load / gi.inPost : 0);
    s.childrenUnderMeasure.push(this.childrenUnderMeasure.value);
    s.guardiansInPost.push(gi.inPost);
    s.waitingForInvestigation.push(this.w.areas.reduce((a, x) => a + x.rvdk.resource.waiting, 0));
    s.waitingForLocalTeam.push(sumLevels(this.w.localTeams).waiting);
    for (const link of LINKS) {
      const m = this.monthWaits[link];
      // Stryker disable next-line EqualityOperator,ConditionalExpression: with no wait the sum is 0 too, and 0 / 0 is NaN as well
      s[`waitDays.${link}`].push(m.n > 0 ? m.sum / m.n : NaN);
      m.sum = 0;
      m.n = 0;
    }
    if (this.sim.now + DAYS_PER_MONTH < this.windowEnd) this.sim.schedule(DAYS_PER_MONTH, () => this.snapshot());
  }

  private closeWindow(): void {
    const { institutions, localTeams, areas } = this.w;
    const p = this.plan.p;
    const r = this.plan.reforms;
    const gi = meanLevels(institutions);
    const lt = meanLevels(localTeams);
    const years = (this.windowEnd - this.windowStart) / DAYS_PER_YEAR;

    const utilisation: Record<string, number> = {};
    // Stryker disable next-line ConditionalExpression: with more than one area every area has a name (areasOf), so the name's test only guards the types
    const areaSuffix = (a: Area) => (areas.length > 1 && a.name !== null ? ` ${a.name}` : '');
    for (const [k, a] of areas.entries()) {
      const at = this.slotsAtOpen[k]!;
      utilisation[`VT${areaSuffix(a)}`] = a.veiligThuis.resource.busy.mean() / a.veiligThuis.size;
      utilisation[`RvdK${areaSuffix(a)}`] = a.rvdk.resource.busy.mean() / a.rvdk.size;
      utilisation[`JBT${areaSuffix(a)}`] = ratio(a.jbt.used - at.tableUsed, a.jbt.offered - at.tableOffered);
      utilisation[`court${areaSuffix(a)}`] = ratio(a.court.used - at.courtUsed, a.court.offered - at.courtOffered);
    }
    for (const t of localTeams) utilisation[t.config.name] = ratio(t.levels.load.mean(), t.levels.capacity.mean());
    // an institution with a team per area is one line: its teams' loads over their capacities
    const giTeams = new Map<string, Team[]>();
    for (const t of institutions) {
      const org = t.config.organisation ?? t.config.name;
      giTeams.set(org, [...(giTeams.get(org) ?? []), t]);
    }
    for (const [org, teams] of giTeams) {
      const m = meanLevels(teams);
      utilisation[`GI ${org}`] = ratio(m.load, m.capacity);
    }

    const investigators = areas.reduce((a, x) => a + x.rvdk.size, 0) / p.rvdk.investigationsPerInvestigator;
    // Veilig Thuis's reports still come in when one organisation takes them in: its intake does
    // that work with `intakeStaffShare` of the staff (counted as Veilig Thuis; all by default), so
    // skipping the link saves a step and a face, and people only as far as the scenario says. The
    // table's standing members are the Raad's, and a reform without the table does not need them.
    const vtWorkers = (areas.reduce((a, x) => a + x.veiligThuis.size, 0) / p.veiligThuis.reportsPerWorker) * r.intakeStaffShare;
    // each member prepares every meeting and sits through each family its area's table discusses
    const memberHours = (a: Area) =>
      a.jbtMembers.length * (p.jbt.memberPreparationHoursPerMeeting + p.jbt.memberHoursPerFamily * a.jbt.slots);
    const tableHoursPerWeek = r.skipsTable
      ? 0
      : areas.reduce((sum, a) => sum + memberHours(a), 0) * (DAYS_PER_WEEK / p.jbt.meetingIntervalDays);
    const savedAdminShare = Math.max(0, p.guardians.adminShare - this.plan.adminShare);
    const fte: Record<FteRole, number> = {
      guardian: gi.inPost,
      guardianInInduction: gi.inInduction,
      localTeam: lt.inPost,
      rvdkInvestigator: investigators,
      veiligThuis: vtWorkers,
      // in FTE of a full-time week as the guardians' contract has it (36 hours in the youth-care CAO)
      jbtMember: tableHoursPerWeek / p.guardians.hoursPerWeek,
      replacement: gi.replacementsInUse,
      adminSupport: gi.inPost * savedAdminShare * r.adminSupportShareOfSavedHours,
    };
    const selfHours = r.selfDelivered?.hoursPerWeekPerDomain ?? 0;
    const g = p.guardians;
    const reformHoursPerWeek: Record<ReformDuty, number> = {
      duoCoordination: gi.familiesInFullDuos * ((r.duos?.coordinationHoursPerFamilyPerMonth ?? 0) / WEEKS_PER_MONTH),
      guardianAtLocalTeam: gi.inPost * r.guardianHoursPerWeekElsewhere,
      selfDeliveredHelp: (gi.selfDomainsHeld + lt.selfDomainsHeld) * selfHours,
      // families a guardian holds outside a measure, visited at the norm interval
      longInvolvement: gi.casesOutsideMeasure * ((g.hoursPerVisit * DAYS_PER_WEEK) / g.normVisitIntervalDays),
    };
    const c = p.costs;
    const price: Record<FteRole, number> = {
      guardian: c.guardianFtePerYearEuro,
      guardianInInduction: 0, // counted among the guardians in post
      localTeam: c.localTeamFtePerYearEuro,
      rvdkInvestigator: c.investigatorFtePerYearEuro,
      veiligThuis: c.veiligThuisFtePerYearEuro,
      // the table's standing members are the Raad's staff (area.ts)
      jbtMember: c.investigatorFtePerYearEuro,
      replacement: c.replacementFtePerYearEuro,
      adminSupport: c.adminSupportFtePerYearEuro,
    };
    const providersActive = this.providersActive.mean();
    let cost = providersActive * c.providerPerYearEuro + r.fixedCostPerYearEuro;
    for (const role of FTE_ROLES) cost += fte[role] * price[role];

    this.closed = {
      system: {
        childrenUnderMeasure: this.childrenUnderMeasure.mean(),
        childrenWithoutGuardian: gi.waitingInMeasure,
        childrenWaitingForGuardian: gi.waiting,
        guardianCaseloadChildren: gi.inPost > 0 ? gi.load / gi.inPost : 0,
        guardiansInPost: gi.inPost,
        guardianVacancies: gi.vacancies,
        localTeamVacancies: lt.vacancies,
        guardianTurnoverPerYear: gi.inPost > 0 ? this.counts.departures / (gi.inPost * years) : 0,
        departureChangesPerFamilyGuardianYear: gi.casesWithHolder > 0 ? this.counts.departureChanges / (gi.casesWithHolder * years) : 0,
        guardianUtilisation: ratio(gi.load, gi.capacity),
        providersActive,
        // self-delivered help is given by whoever holds the case: the rest of it nobody gives (the
        // investigation, the wait for a guardian), where a provider would have gone on, and been paid.
        // Held never exceeds started at any instant (tests/model/properties.test.ts): the floor only
        // keeps the difference of two means from rounding below zero
        selfHelpUnservedDomains: Math.max(0, this.selfHelpActive.mean() - gi.selfDomainsHeld - lt.selfDomainsHeld),
        fte,
        reformHoursPerWeek,
        costPerYearEuro: cost,
        utilisation,
      },
    };
  }

  // ---- events the chain reports --------------------------------------------------------------

  /** A family (any, not only the cohort) finished waiting at a link. */
  waited(link: Link, days: number): void {
    const m = this.monthWaits[link];
    m.sum += days;
    m.n++;
  }

  /** An RvdK investigation that ended in the window: the wait before it and its length. */
  recordRvdk(waitDays: number, investigationDays: number): void {
    this.sums.rvdkWaitDays += waitDays;
    this.sums.rvdkInvestigationDays += investigationDays;
    this.sums.rvdkInvestigations++;
  }

  /** A measure ruled now. */
  measureStarted(f: Family): void {
    this.childrenUnderMeasure.add(f.children);
    if (this.inWindow()) {
      this.counts.measuresStarted++;
      this.counts.childrenIntoMeasure += f.children;
    }
  }

  /** A measure that began before a settled start: it counts in the stock, not in the flows. */
  measureResumed(f: Family): void {
    this.childrenUnderMeasure.add(f.children);
  }

  /** A measure ended now after `days`. */
  measureEnded(f: Family, kind: 'OTS' | 'voogdij', days: number): void {
    this.childrenUnderMeasure.add(-f.children);
    if (!this.inWindow()) return;
    this.sums.measureChildDays += f.children * days;
    this.sums.measureChildrenEnded += f.children;
    if (kind === 'OTS') {
      this.sums.otsMonths += days / DAYS_PER_MONTH;
      this.sums.otsEnded++;
    }
  }

  /** The first guardian visit of a measure ruled in the window. */
  firstGuardianVisit(fromRulingDays: number, fromSignalDays: number): void {
    add(this.survival.timeFromRulingToGuardianDays.events, fromRulingDays);
    add(this.survival.timeFromSignalToGuardianDays.events, fromSignalDays);
  }

  /** A measure ruled in the window had no guardian visit yet when observation of it stopped. */
  noGuardianVisitYet(fromRulingDays: number, fromSignalDays: number): void {
    add(this.survival.timeFromRulingToGuardianDays.censored, fromRulingDays);
    add(this.survival.timeFromSignalToGuardianDays.censored, fromSignalDays);
  }

  providersStarted(n: number): void {
    this.providersActive.add(n);
    if (this.inWindow()) this.counts.providersDeployed += n;
  }

  /** Providers of families placed by a settled start: active, but not deployed in the window. */
  providersResumed(n: number): void {
    this.providersActive.add(n);
  }

  providersStopped(n: number): void {
    this.providersActive.add(-n);
  }

  selfHelpStarted(domains: number): void {
    this.selfHelpActive.add(domains);
  }

  selfHelpStopped(domains: number): void {
    this.selfHelpActive.add(-domains);
  }

  /**
   * A family's wait at a link ended: a cohort family's is counted now, not kept on the family until
   * it leaves (~20 MB fewer live bytes in a national run). Every cohort family leaves or is
   * censored at the end, so the waits counted are the same either way.
   */
  familyWaited(f: Family, link: Link, days: number): void {
    // Stryker disable next-line ConditionalExpression: a family before the window is not in the cohort; counting its waits would mix in the warm-up
    if (f.observed) add(this.families.waitDays[link], days);
  }

  /** A cohort family leaves the chain for good (or the run ends with it still inside: censored). */
  familyDone(f: Family, censored: boolean): void {
    if (!f.observed) return;
    const now = this.sim.now;
    if (f.measures === 0) return;
    const o = this.families;
    const s = this.sums;
    s.cohortWithMeasure++;
    if (censored) s.cohortCensored++;
    s.cohortYears += f.daysInChainAt(now) / DAYS_PER_YEAR;
    s.cohortHandovers += f.handovers;
    s.cohortColdHandovers += f.coldHandovers;
    s.cohortGuardianChanges += f.guardianChanges;
    add(o.handoversPerFamily, f.handovers);
    add(o.coldHandoversPerFamily, f.coldHandovers);
    add(o.warmHandoversPerFamily, f.warmHandovers);
    for (const cause of HANDOVER_CAUSES) {
      const n = f.handoversBy(cause);
      add(o.handoversByCause[cause].cold, n.cold);
      add(o.handoversByCause[cause].warm, n.warm);
    }
    add(o.guardianChangesPerFamily, f.guardianChanges);
    add(o.professionalsPerFamily, f.known.size);
    add(o.maxProfessionalsAtOnce, f.maxInvolved);
    add(o.daysWithoutProfessional, f.daysWithoutProfessionalAt(now));
    const measureDays = f.measureDays + (f.measure !== null ? now - f.measure.rulingAt : 0);
    if (measureDays > 0) add(o.contactsPerMonth, f.contacts / (measureDays / DAYS_PER_MONTH));
    if (f.visitIntervals > 0) add(o.visitIntervalDays, f.visitIntervalSumDays / f.visitIntervals);
  }

  result(replication: number, eventsFired: number): ReplicationResult {
    // With no follow-up the run stops at the window's end, before its closing event can fire.
    if (this.closed === null && this.sim.now >= this.windowEnd) this.closeWindow();
    if (this.closed === null) throw new Error('the observation window never closed: the run ended early');
    // Stryker disable next-line ConditionalExpression: with nothing counted the sum is 0 too, and 0 / 0 is NaN as well
    const mean = (sum: number, n: number) => (n === 0 ? NaN : sum / n);
    const m = this.sums;
    const c = this.counts;
    const km = kaplanMeier(this.survival.timeFromRulingToGuardianDays.events, this.survival.timeFromRulingToGuardianDays.censored);
    const system: SystemObservations = {
      familiesArrived: c.familiesArrived,
      childrenArrived: c.childrenArrived,
      familiesStayedAway: c.familiesStayedAway,
      measuresStarted: c.measuresStarted,
      childrenIntoMeasure: c.childrenIntoMeasure,
      escalationsToJBT: c.escalationsToJBT,
      rvdkInvestigationsStarted: c.rvdkInvestigationsStarted,
      reentries: c.reentries,
      providersDeployed: c.providersDeployed,
      ...this.closed.system,
      rvdkWaitDays: mean(m.rvdkWaitDays, m.rvdkInvestigations),
      rvdkInvestigationDays: mean(m.rvdkInvestigationDays, m.rvdkInvestigations),
      otsDurationMonths: mean(m.otsMonths, m.otsEnded),
      measureDurationDays: mean(m.measureChildDays, m.measureChildrenEnded),
      shareGuardianWithinFiveWorkingDays: km.n > 0 ? 1 - survivalAt(km, FIVE_WORKING_DAYS) : NaN,
      censoredShare: mean(m.cohortCensored, m.cohortWithMeasure),
      cohortFamiliesWithMeasurePerYear: mean(m.cohortWithMeasure, (this.cohortEnd - this.windowStart) / DAYS_PER_YEAR),
      handoversPerFamilyYear: mean(m.cohortHandovers, m.cohortYears),
      coldHandoversPerFamilyYear: mean(m.cohortColdHandovers, m.cohortYears),
      guardianChangesPerFamilyYear: mean(m.cohortGuardianChanges, m.cohortYears),
      eventsFired,
    };
    return { replication, families: this.families, survival: this.survival, system, series: this.series };
  }
}

function ratio(a: number, b: number): number {
  // Stryker disable next-line ConditionalExpression,EqualityOperator: nothing is used of nothing offered (no capacity, no load), and 0 / 0 is NaN as well
  return b > 0 ? a / b : NaN;
}

type LevelValues = Record<keyof TeamLevels, number>;

/** The teams' levels now, summed. */
function sumLevels(teams: readonly Team[]): LevelValues {
  return fold(teams, (l) => l.value);
}

/** The teams' time-averages over the window, summed (time-averages add up). */
function meanLevels(teams: readonly Team[]): LevelValues {
  return fold(teams, (l) => l.mean());
}

function fold(teams: readonly Team[], read: (l: TimeWeighted) => number): LevelValues {
  const out = {} as LevelValues;
  for (const t of teams) {
    for (const [k, level] of Object.entries(t.levels) as [keyof TeamLevels, TimeWeighted][]) out[k] = (out[k] ?? 0) + read(level);
  }
  return out;
}
