// The chain for one replication: the organisations, their people and schedules, the arrival of
// families, and the bookkeeping callbacks the workforce calls when it moves a case. The path a
// family takes through all this is written out in journey.ts.

import {
  Empirical,
  Interrupt,
  RandomStreams,
  Simulation,
  makeDistribution,
  type Distribution,
  type Stream,
} from '../kernel/index.js';
import { log } from '../kernel/index.js';
import type { Scenario } from '../scenario/schema.js';
import { Team, teamLevels, type Case, type CaseListener, type Position, type TeamLevels } from './caseload.js';
import { Area, areasOf } from './area.js';
import { Family, type Tracer } from './family.js';
import { journey } from './journey.js';
import { Observer } from './observer.js';
import { ProfessionalRegistry, type Professional } from './professional.js';

const DAYS_PER_YEAR = 365;
/** The interrupt cause a cold guardian change sends into the family's measure. */
export const COLD_GUARDIAN_CHANGE = 'cold guardian change';

export class Chain {
  readonly sim = new Simulation();
  readonly registry = new ProfessionalRegistry();
  readonly streams: RandomStreams;
  readonly observer: Observer;
  readonly guardianLevels: TeamLevels;
  readonly localTeams: Team[];
  readonly institutions: Team[];
  /** The areas (jeugdregio's) and, per municipality, the index of its area. */
  readonly areas: Area[];
  readonly areaOfMunicipality: number[];
  readonly families = new Map<number, Family>();
  readonly followUpEnd: number;
  readonly d: Record<string, Distribution>;
  private readonly institutionChoice: Empirical;
  private nextFamilyId = 1;

  constructor(
    readonly p: Scenario,
    seed: number,
    replication: number,
    readonly tracer: Tracer | null = null,
  ) {
    this.streams = new RandomStreams(seed, replication);
    const sim = this.sim;
    const warmupDays = p.simulation.warmupYears * DAYS_PER_YEAR;
    const observedDays = p.simulation.years * DAYS_PER_YEAR;
    this.followUpEnd = warmupDays + observedDays + p.simulation.followUpYears * DAYS_PER_YEAR;

    const dist = (spec: Parameters<typeof makeDistribution>[0], where: string) => makeDistribution(spec, where);
    this.d = {
      children: dist(p.region.childrenPerFamily, 'region.childrenPerFamily'),
      domains: dist(p.family.problemDomains, 'family.problemDomains'),
      reentryDelay: dist(p.entry.reentryDelayDays, 'entry.reentryDelayDays'),
      triage: dist(p.veiligThuis.triageDays, 'veiligThuis.triageDays'),
      voluntaryHelp: dist(p.localTeam.voluntaryHelpDays, 'localTeam.voluntaryHelpDays'),
      aftercare: dist(p.localTeam.aftercareDays, 'localTeam.aftercareDays'),
      investigation: dist(p.rvdk.investigationDays, 'rvdk.investigationDays'),
      firstVisit: dist(p.gi.firstVisitDays, 'gi.firstVisitDays'),
      voogdij: dist(p.gi.voogdijDays, 'gi.voogdijDays'),
      afschalingGap: dist(p.gi.afschalingGapDays, 'gi.afschalingGapDays'),
    };

    this.guardianLevels = teamLevels(sim);
    this.observer = new Observer(sim, warmupDays, observedDays, this.guardianLevels);

    const g = p.guardians;
    const duos = p.reforms.guardianDuos.enabled;
    this.institutions = p.gi.institutions.map(
      (inst) =>
        new Team(
          sim,
          {
            name: inst.name,
            role: 'guardian',
            positions: inst.guardianPositions,
            capPerPosition: g.caseloadCapChildren,
            duos,
            turnoverRatePerYear: g.turnoverRatePerYear,
            turnoverPressureSensitivity: g.turnoverPressureSensitivity,
            recruitmentDays: dist(g.recruitmentDays, 'guardians.recruitmentDays'),
            inductionDays: g.inductionDays,
            inductionCapShare: g.inductionCapShare,
            sickEpisodesPerYear: g.sickEpisodesPerYear,
            sickDays: dist(g.sickDays, 'guardians.sickDays'),
            pressureOf: (pos) => this.guardianPressure(pos),
          },
          this.registry,
          (name) => this.streams.stream(name),
          this.guardianLevels,
          this.guardianListener,
        ),
    );
    this.institutionChoice = new Empirical(
      p.gi.institutions.map((_, i) => i),
      p.gi.institutions.map((i) => i.share),
    );

    const lt = p.localTeam;
    const ltLevels = teamLevels(sim);
    this.localTeams = p.region.municipalities.map(
      (m) =>
        new Team(
          sim,
          {
            name: `LT ${m.name}`,
            role: 'LT',
            positions: Math.max(1, Math.round((m.youthPopulation / 1000) * lt.workersPerThousandYouth)),
            capPerPosition: lt.caseloadCapFamilies,
            duos: false,
            turnoverRatePerYear: lt.turnoverRatePerYear,
            turnoverPressureSensitivity: 0,
            recruitmentDays: dist(lt.recruitmentDays, 'localTeam.recruitmentDays'),
            inductionDays: 0,
            inductionCapShare: 1,
            sickEpisodesPerYear: 0,
            sickDays: null,
            pressureOf: () => 1,
          },
          this.registry,
          (name) => this.streams.stream(name),
          ltLevels,
          this.localTeamListener,
        ),
    );

    const areas = areasOf(p);
    this.areas = areas.names.map((name, i) => new Area(sim, this.registry, p, name, areas.shares[i]));
    this.areaOfMunicipality = areas.ofMunicipality;

    p.region.municipalities.forEach((m, i) => this.startArrivals(i, m.youthPopulation, m.measuresPerThousandYouth));
  }

  /** Families signalled so far (a re-entry is the same family), for conservation checks. */
  get familiesStarted(): number {
    return this.nextFamilyId - 1;
  }

  stream(name: string): Stream {
    return this.streams.stream(name);
  }

  chance(p: number, stream: string): boolean {
    return p > 0 && this.streams.stream(stream).next() < p;
  }

  run(): void {
    this.sim.run(this.followUpEnd);
    for (const f of this.families.values()) {
      this.catchUpVisits(f, this.followUpEnd);
      this.catchUpProviderChanges(f, this.followUpEnd);
      this.observer.familyDone(f, true);
    }
  }

  /** The area whose Veilig Thuis, table, RvdK and court the family goes to. */
  areaOf(f: Family): Area {
    return this.areas[this.areaOfMunicipality[f.municipality]];
  }

  chooseInstitution(): Team {
    return this.institutions[this.institutionChoice.sample(this.stream('gi/choice'))];
  }

  // ---- arrivals ------------------------------------------------------------------------------

  private startArrivals(municipality: number, youth: number, perMille: number): void {
    const p = this.p;
    let perYear = (youth / 1000) * p.entry.signalsPerThousandYouthPerYear * (perMille / p.region.referenceMeasuresPerThousandYouth);
    if (p.reforms.prevention.enabled) perYear *= 1 + p.reforms.prevention.extraSignalsShare;
    if (p.reforms.oneOrganisation.enabled) perYear *= p.reforms.oneOrganisation.voluntarySignalFactor;
    if (!(perYear > 0)) return;
    const meanGapDays = DAYS_PER_YEAR / perYear;
    const stream = this.stream(`arrivals/${municipality}`);
    const next = (): void => {
      this.sim.schedule(-meanGapDays * log(stream.nextOpen()), arrive);
    };
    const arrive = (): void => {
      if (this.sim.now >= this.followUpEnd) return;
      this.startFamily(municipality);
      next();
    };
    next();
  }

  private startFamily(municipality: number): void {
    const s = this.stream('family/attributes');
    const domains = Math.max(1, Math.round(this.d.domains.sample(s)));
    const family = new Family(
      this.nextFamilyId++,
      municipality,
      {
        children: Math.max(1, Math.round(this.d.children.sample(s))),
        problemDomains: domains,
        needsCompulsory: s.next() < this.needAtEntry(domains),
      },
      this.sim.now,
      this.observer.inWindow(),
      this.tracer,
    );
    if (family.observed) {
      this.observer.counts.familiesArrived++;
      this.observer.counts.childrenArrived += family.children;
    }
    this.families.set(family.id, family);
    // started inside the arrival (nothing else happens at this instant), and nobody waits for its end
    family.process = this.sim.spawn(journey(this, family));
  }

  needAtEntry(domains: number): number {
    const f = this.p.family;
    const prevention = this.p.reforms.prevention;
    const reduction = prevention.enabled ? 1 - prevention.compulsoryNeedReduction : 1;
    return Math.min(1, f.compulsoryNeedAtEntry * (1 + f.compulsoryNeedPerExtraDomain * (domains - 1)) * reduction);
  }

  deteriorationPerDay(): number {
    const prevention = this.p.reforms.prevention;
    const reduction = prevention.enabled ? 1 - prevention.compulsoryNeedReduction : 1;
    return (this.p.family.deteriorationRatePerYear * reduction) / DAYS_PER_YEAR;
  }

  /** The family's journey is over for good (no re-entry). */
  familyGone(f: Family): void {
    this.families.delete(f.id);
    this.observer.familyDone(f, false);
  }

  // ---- guardians' time -----------------------------------------------------------------------

  /** Hours a week a guardian in `pos` has for visits, after admin, indirect work and reform costs. */
  contactHoursPerWeek(pos: Position): number {
    const g = this.p.guardians;
    const r = this.p.reforms;
    let hours = g.hoursPerWeek * (1 - g.adminShare - g.indirectCaseworkShare);
    if (r.guardianInLocalTeam.enabled) hours -= r.guardianInLocalTeam.hoursPerWeek;
    if (r.guardianDuos.enabled) hours -= (r.guardianDuos.coordinationHoursPerFamilyPerMonth * pos.cases.length * 12) / 52;
    return Math.max(0.5, hours);
  }

  /** Days between visits that the guardian's time allows, given the families on the caseload. */
  visitIntervalDays(pos: Position): number {
    const families = Math.max(1, pos.cases.length);
    const interval = (7 * this.p.guardians.hoursPerVisit * families) / this.contactHoursPerWeek(pos);
    return Math.min(182, Math.max(7, interval));
  }

  /** Work pressure: visits needed at the norm interval, over the time there is for them (1 = the norm). */
  guardianPressure(pos: Position): number {
    const g = this.p.guardians;
    const demand = (pos.cases.length * g.hoursPerVisit * 7) / g.normVisitIntervalDays;
    return demand / this.contactHoursPerWeek(pos);
  }

  // ---- what happens when the workforce moves a case ----------------------------------------------

  private readonly guardianListener: CaseListener = {
    assigned: (c: Case, pos: Position, how) => {
      const f = c.family!;
      const now = this.sim.now;
      const person = pos.person!;
      if (f.carryFrom !== null) {
        f.carryOver(person, f.carryFrom);
        f.carryFrom = null;
      }
      const change = f.lastGuardian !== null && f.lastGuardian !== person;
      if (change) {
        f.guardianChanges++;
        if (this.observer.inWindow()) this.observer.counts.departureChanges++;
      }
      // a sick partner's replacement does not know the family: warm only if the partner is there
      const kind = f.setResponsible(pos.responsible, now, (how === 'partner' && !pos.sick) || f.warmNext);
      f.warmNext = false;
      f.lastGuardian = person;
      if (this.tracer !== null) f.trace(change ? `guardian change (${kind})` : 'guardian assigned', now, person, 'GI');
      if (!change || kind === 'cold') this.scheduleVisit(f, this.d.firstVisit.sample(this.stream('gi/first-visit')));
      else if (f.nextVisitAt === Infinity) this.scheduleVisit(f, this.visitIntervalDays(pos));
      if (f.awaiting !== null) {
        const ev = f.awaiting;
        f.awaiting = null;
        ev.succeed();
      }
      if (change && kind === 'cold' && f.inMeasure) f.process!.interrupt(COLD_GUARDIAN_CHANGE);
    },
    orphaned: (c: Case) => {
      const f = c.family!;
      f.setResponsible(null, this.sim.now);
      this.cancelVisit(f);
      f.trace('waiting for a guardian', this.sim.now, 'GI waiting list', 'GI');
    },
    covered: (c: Case, cover: Professional, warm: boolean) => {
      const f = c.family!;
      f.setResponsible(cover, this.sim.now, warm);
    },
    departed: () => {
      if (this.observer.inWindow()) this.observer.counts.departures++;
    },
    caseloadChanging: (pos: Position) => {
      const now = this.sim.now;
      for (const c of pos.cases) this.catchUpVisits(c.family!, now);
    },
  };

  private readonly localTeamListener: CaseListener = {
    assigned: (c: Case, pos: Position, how) => {
      const f = c.family!;
      const person = pos.person!;
      if (f.carryFrom !== null) {
        f.carryOver(person, f.carryFrom);
        f.carryFrom = null;
      }
      f.setResponsible(pos.responsible, this.sim.now, how === 'partner' || f.warmNext);
      f.warmNext = false;
      f.lastLtWorker = person;
      f.trace('local team worker', this.sim.now, person, 'LT');
      if (f.awaiting !== null) {
        const ev = f.awaiting;
        f.awaiting = null;
        ev.succeed();
      }
    },
    orphaned: (c: Case) => {
      c.family!.setResponsible(null, this.sim.now);
    },
    covered: (c: Case, cover: Professional, warm: boolean) => {
      c.family!.setResponsible(cover, this.sim.now, warm);
    },
    departed: () => {},
  };

  // ---- visits and help providers: worked out when they matter, not as events ----------------
  //
  // Visits and provider changes were 59% of all events in a national run, yet nothing else in the
  // chain waits for them. So neither is scheduled: each family keeps the time of its next
  // visit, and the visits due before `now` are counted (`catchUpVisits`) whenever something they
  // depend on is about to change (the guardian's caseload, which sets the interval), or their
  // count is read (the measure ends, the run ends). Between two such moments the interval is
  // constant, so this gives the visits a visit-by-visit schedule would, at a fraction of the cost.
  // One difference, at a single instant only: a visit due at the very moment the caseload changes
  // comes after the change (and is not made if the family loses its guardian at that moment),
  // where events would have taken them in the order they were scheduled.
  // Provider changes work the same way: the providers deployed for a trajectory change at the
  // times of a Poisson process, and those times are drawn when the trajectory's help ends.

  /** Counts the visits due strictly before `until`, each next one an interval later (the interval of the caseload now). */
  catchUpVisits(f: Family, until: number): void {
    if (!(f.nextVisitAt < until)) return;
    const pos = f.guardianCase?.position;
    if (pos == null) throw new Error(`family ${f.id} has a visit due without a guardian`);
    const interval = this.visitIntervalDays(pos);
    do {
      const t = f.nextVisitAt;
      f.recordVisit(t);
      if (f.firstVisitPending) {
        f.firstVisitPending = false;
        f.timeToGuardianDays.push(t - f.trajectoryStart);
      }
      f.nextVisitAt = t + interval;
    } while (f.nextVisitAt < until);
  }

  scheduleVisit(f: Family, delayDays: number): void {
    this.catchUpVisits(f, this.sim.now);
    f.nextVisitAt = this.sim.now + delayDays;
  }

  cancelVisit(f: Family): void {
    this.catchUpVisits(f, this.sim.now);
    f.nextVisitAt = Infinity;
  }

  deployProviders(f: Family): void {
    if (f.providerCount > 0) return;
    const pr = this.p.providers;
    const s = this.stream('providers/deploy');
    const whole = Math.floor(pr.perProblemDomain);
    const extra = pr.perProblemDomain - whole;
    for (let d = 0; d < f.problemDomains; d++) {
      if (s.next() < pr.selfDeliveredShare) continue;
      const n = whole + (s.next() < extra ? 1 : 0);
      for (let k = 0; k < n; k++) f.addProvider(this.registry.create('provider', 'jeugdhulp'), this.sim.now);
    }
    f.providersSince = this.sim.now;
  }

  /**
   * Replays the provider changes of the family's current help up to `until`: each provider is
   * replaced at `changeRatePerYear`, so with n providers the changes form a Poisson process of
   * rate n × that rate (n stays the same until the help ends).
   */
  catchUpProviderChanges(f: Family, until: number): void {
    const n = f.providerCount;
    const rate = this.p.providers.changeRatePerYear * n;
    if (n === 0 || rate <= 0) return;
    const s = this.stream('providers/change');
    for (;;) {
      const t = f.providersSince + (-log(s.nextOpen()) * DAYS_PER_YEAR) / rate;
      if (!(t < until)) break;
      f.removeProvider(Math.floor(s.next() * n), t);
      f.addProvider(this.registry.create('provider', 'jeugdhulp'), t);
      f.providersSince = t;
    }
    // the gap that ran past `until` is dropped: it is memoryless, so the next catch-up draws afresh from `until`
    f.providersSince = until;
  }

  endProviders(f: Family): void {
    this.catchUpProviderChanges(f, this.sim.now);
  }
}

export function isColdChange(err: unknown): boolean {
  return err instanceof Interrupt && err.cause === COLD_GUARDIAN_CHANGE;
}
