// The chain for one replication: builds the organisations and their people from the plan, wires
// the workforce's listeners, starts the arrivals and runs. Everything that happens to a family is
// in journey.ts; what happens when the workforce moves a case, in assignments.ts.

import { Empirical, RandomStreams, Simulation, type Stream } from '../kernel/index.js';
import type { Scenario } from '../scenario/schema.js';
import { Area, areaPart, areasOf } from './area.js';
import { Arrivals } from './arrivals.js';
import { guardianListener, localTeamListener } from './assignments.js';
import type { ChainContext } from './context.js';
import type { Family, Tracer } from './family.js';
import { GuardianTime } from './guardianTime.js';
import { roundAtRandom } from './draws.js';
import { Journeys } from './journey.js';
import { Observer } from './observer.js';
import type { Phase } from './phases.js';
import { chainPlan, type ChainPlan } from './plan.js';
import { ProfessionalRegistry } from './professional.js';
import { REFORMS, type ReformModule } from './reforms/index.js';
import { Providers } from './providers.js';
import { restore } from './settled/restore.js';
import type { Snapshot } from './settled/snapshot.js';
import type { ReplicationResult } from './results.js';
import { modelStreams, type ModelStreams, teamStream } from './streams.js';
import { Team } from './team.js';
import { DAYS_PER_YEAR } from './units.js';
import { Visits } from './visits.js';

export class Chain implements ChainContext {
  readonly sim = new Simulation();
  readonly registry = new ProfessionalRegistry();
  readonly streams: RandomStreams;
  readonly s: ModelStreams;
  readonly plan: ChainPlan;
  readonly observer: Observer;
  readonly time: GuardianTime;
  readonly visits: Visits;
  readonly providers: Providers;
  readonly localTeams: Team<Family>[];
  /** Every GI team: the institutions' teams of the first area, then of the next (one area without `gi.teamsPerArea`). */
  readonly institutions: Team<Family>[];
  /** The GI teams by area (a single row without `gi.teamsPerArea`), each row in the order of `gi.institutions`. */
  private readonly institutionTeams: Team<Family>[][];
  /** The areas (jeugdregio's) and, per municipality, the index of its area. */
  readonly areas: Area[];
  readonly areaOfMunicipality: number[];
  /** Families in the chain or between trajectories (not yet gone for good). */
  readonly families = new Map<number, Family>();
  readonly arrivals: Arrivals;
  readonly journeys: Journeys;
  /** When the run ends: the window's end plus the cohort's follow-up. */
  readonly followUpEnd: number;
  private readonly institutionChoice: Empirical;

  /**
   * `start`: the snapshot a settled start begins from (required when the scenario's
   * `simulation.start` is `settled`; see settled/pilot.ts). An empty start needs none.
   */
  constructor(
    readonly p: Scenario,
    seed: number,
    replication: number,
    readonly tracer: Tracer | null = null,
    start: Snapshot | null = null,
    reformModules: readonly ReformModule[] = REFORMS,
  ) {
    const sim = this.sim;
    this.streams = new RandomStreams(seed, replication);
    this.s = modelStreams(this.streams);
    this.plan = chainPlan(p, reformModules);
    const plan = this.plan;
    const sm = p.simulation;
    const warmupDays = sm.warmupYears * DAYS_PER_YEAR;
    const observedDays = sm.years * DAYS_PER_YEAR;
    this.followUpEnd = warmupDays + observedDays + sm.followUpYears * DAYS_PER_YEAR;
    this.observer = new Observer(sim, plan, warmupDays, observedDays, sm.cohortShare * observedDays);
    this.time = new GuardianTime(plan);
    this.visits = new Visits(sim, this.time, this.observer, plan.d, this.s);
    this.providers = new Providers(sim, plan, this.registry, this.observer, this.s);
    const streamOf = (name: string): Stream => this.streams.stream(name);

    const g = p.guardians;
    const duos = plan.reforms.duos;
    const gl = guardianListener(this);
    const areas = areasOf(p);
    // one team per institution, or (gi.teamsPerArea) one per institution and area, area by area
    const perArea = p.gi.teamsPerArea && areas.names.length > 1;
    const teamAreas = perArea ? areas.names.map((name, a) => ({ name, share: areas.shares[a]! })) : [{ name: null, share: 1 }];
    this.institutionTeams = teamAreas.map((area) =>
      plan.institutions.map((inst) => {
        const positions = area.name === null ? inst.positions : areaPart(inst.positions, area.share);
        const teamName = area.name === null ? inst.name : `${inst.name} ${area.name}`;
        return new Team<Family>(
          sim,
          {
            name: teamName,
            organisation: inst.name,
            role: 'guardian',
            positions,
            capPerPosition: plan.guardianCap,
            duos: duos === null ? null : { carryLimit: Math.floor(plan.guardianCap * duos.partnerCarryLimitShare) },
            turnoverRatePerYear: g.turnoverRatePerYear,
            turnoverPressureSensitivity: g.turnoverPressureSensitivity,
            recruitmentDays: plan.d.guardianRecruitment,
            hiresPerYear: positions * g.maxHiresPerYearShare,
            inductionDays: g.inductionDays,
            inductionCapShare: g.inductionCapShare,
            sickLeave: {
              episodesPerYear: g.sickEpisodesPerYear,
              days: plan.d.sickDays,
              // at random, up or down, per replication: the pool's mean is its share of the positions
              // Stryker disable next-line StringLiteral: a stream's name only has to differ from the team's other streams; any other name draws alike
              replacementPool: roundAtRandom(positions * g.replacementPoolShare, streamOf(teamStream(teamName, 'replacement-pool'))),
            },
            pressureOf: (pos) => this.time.pressure(pos),
          },
          this.registry,
          streamOf,
          gl,
        );
      }),
    );
    this.institutions = this.institutionTeams.flat();
    this.institutionChoice = new Empirical(
      plan.institutions.map((_, i) => i),
      plan.institutions.map((i) => i.share),
    );

    const lt = p.localTeam;
    const ll = localTeamListener(this);
    this.localTeams = p.region.municipalities.map(
      (m) =>
        new Team<Family>(
          sim,
          {
            name: `LT ${m.name}`,
            role: 'LT',
            positions: Math.max(1, Math.round((m.youthPopulation / 1000) * lt.workersPerThousandYouth)),
            capPerPosition: lt.caseloadCapFamilies,
            duos: null,
            turnoverRatePerYear: lt.turnoverRatePerYear,
            turnoverPressureSensitivity: 0,
            recruitmentDays: plan.d.localTeamRecruitment,
            hiresPerYear: 0,
            inductionDays: 0,
            inductionCapShare: 1,
            sickLeave: null,
            // Stryker disable next-line ArrowFunction: with no pressure sensitivity (above) the team never asks for the pressure
            pressureOf: () => 1,
          },
          this.registry,
          streamOf,
          ll,
        ),
    );

    this.areas = areas.names.map((name, i) => new Area(sim, this.registry, p, name, areas.shares[i]!));
    this.areaOfMunicipality = areas.ofMunicipality;
    this.observer.watch({ institutions: this.institutions, localTeams: this.localTeams, areas: this.areas });
    this.journeys = new Journeys(this);
    this.arrivals = new Arrivals(this, this.families, streamOf, tracer, this.followUpEnd, (f) => this.journeys.start(f));
    if (sm.start === 'settled') {
      if (start === null) throw new Error('a settled start needs its snapshot (settled/pilot.ts)');
      const startJourney = (f: Family, phase: Phase) => this.journeys.start(f, phase);
      restore({ ctx: this, families: this.families, takeId: () => this.arrivals.takeId(), tracer, startJourney }, start);
    }
    this.arrivals.start();
  }

  /** Families signalled so far (a re-entry is the same family), for conservation checks. */
  get familiesStarted(): number {
    return this.arrivals.started;
  }

  areaOf(f: Family): Area {
    return this.areas[this.areaOfMunicipality[f.municipality]!]!;
  }

  chooseInstitution(f: Family): Team<Family> {
    const row =
      this.institutionTeams.length > 1 ? this.institutionTeams[this.areaOfMunicipality[f.municipality]!]! : this.institutionTeams[0]!;
    return row[this.institutionChoice.sample(this.s.institutionChoice)]!;
  }

  familyGone(f: Family): void {
    this.families.delete(f.id);
    this.observer.familyDone(f, false);
  }

  /** Runs to the end of follow-up; the families still in the chain then are counted as they stand (censored). */
  run(): ReplicationResult {
    const end = this.followUpEnd;
    this.sim.run(end);
    for (const f of this.families.values()) {
      this.visits.catchUp(f, end);
      this.providers.catchUp(f, end);
      const m = f.measure;
      if (m !== null && m.firstVisitAt === null && m.ruledInWindow)
        this.observer.noGuardianVisitYet(end - m.rulingAt, end - f.trajectoryStart);
      this.observer.familyDone(f, true); // still in the chain, or between trajectories with a re-entry to come
    }
    return this.observer.result(this.streams.replication, this.sim.eventsFired);
  }
}
