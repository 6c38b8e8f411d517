// New families: each municipality signals families to its local team as a Poisson process, at a
// rate set by its youth population and its rate of measures relative to the national one.

import { chance, unitExponential } from './draws.js';
import type { ChainContext } from './context.js';
import { Family, type FamilyAttributes, type Tracer } from './family.js';
import { needAtEntry } from './journey.js';
import { arrivalStream } from './streams.js';
import { DAYS_PER_YEAR } from './units.js';

export class Arrivals {
  private nextFamilyId = 1;

  constructor(
    private readonly ctx: ChainContext,
    private readonly families: Map<number, Family>,
    private readonly streamOf: (name: string) => import('../kernel/index.js').Stream,
    private readonly tracer: Tracer | null,
    private readonly until: number,
    /** Starts a family's journey (journey.ts). */
    private readonly startJourney: (f: Family) => void,
  ) {}

  /** Families created so far (a re-entry is the same family). */
  get started(): number {
    return this.nextFamilyId - 1;
  }

  /** The next family id (families placed by a settled start take ids too). */
  takeId(): number {
    return this.nextFamilyId++;
  }

  start(): void {
    const p = this.ctx.plan.p;
    p.region.municipalities.forEach((m, i) => {
      const perYear =
        (m.youthPopulation / 1000) *
        p.entry.signalsPerThousandYouthPerYear *
        (m.measuresPerThousandYouth / p.region.referenceMeasuresPerThousandYouth) *
        this.ctx.plan.reforms.signalRateFactor;
      const meanGapDays = DAYS_PER_YEAR / perYear;
      // a rate too small for any finite gap means nobody is signalled, not an endless wait
      if (perYear > 0 && Number.isFinite(meanGapDays)) this.startMunicipality(i, meanGapDays);
    });
  }

  private startMunicipality(municipality: number, meanGapDays: number): void {
    const sim = this.ctx.sim;
    const stream = this.streamOf(arrivalStream(municipality));
    const next = (): void => {
      sim.schedule(meanGapDays * unitExponential(stream), arrive);
    };
    const arrive = (): void => {
      if (sim.now >= this.until) return;
      this.signal(municipality);
      next();
    };
    next();
  }

  /** A family of `municipality` is signalled now (also how a test starts one family by hand). */
  signal(municipality: number): void {
    const { ctx } = this;
    const { plan, s } = ctx;
    const a = s.familyAttributes;
    const domains = Math.max(1, Math.round(plan.d.problemDomains.sample(a)));
    const children = Math.max(1, Math.round(plan.d.childrenPerFamily.sample(a)));
    const needsCompulsory = a.next() < needAtEntry(ctx, domains);
    // a higher threshold (one organisation): some families who only need voluntary help stay away
    const comeForward = plan.reforms.voluntaryComeForward;
    if (!needsCompulsory && comeForward < 1 && !chance(s.comesForward, comeForward)) {
      this.stayAway(municipality, domains, children);
      return;
    }
    this.admit(municipality, { children, problemDomains: domains, needsCompulsory });
  }

  /**
   * A family that does not come forward gets no help, but its problems go on. Its need for the
   * compulsory track arises at the rate it would during voluntary help (`deteriorationRatePerYear`),
   * over the time that help would have taken; if it does, someone signals the family then, with the
   * need (a school, the police, Veilig Thuis). If not, it may be signalled again later, as a family
   * whose help ended may (`entry.reentryProbability`, after `entry.reentryDelayDays`), and decide
   * again whether to come forward. So a higher threshold delays a family's need; it does not make it
   * go away (without this, every family that stayed away was a measure the reform never needed).
   * Its draws come from a stream of their own: the families who come forward draw as they would.
   */
  private stayAway(municipality: number, problemDomains: number, children: number): void {
    const { ctx } = this;
    const { plan, s, observer, sim } = ctx;
    const st = s.stayAwayNeed;
    if (observer.inWindow()) observer.counts.familiesStayedAway++;
    const ratePerDay = (plan.p.family.deteriorationRatePerYear * plan.reforms.needFactor) / DAYS_PER_YEAR;
    const periodDays = plan.d.voluntaryHelp.sample(st);
    // as for any signal: none after the arrivals stop
    const later = (delayDays: number, signal: () => void): void => {
      sim.schedule(delayDays, () => {
        // Stryker disable next-line ConditionalExpression,EqualityOperator: the arrivals stop when the run does, and nothing scheduled at or after its end fires
        if (sim.now < this.until) signal();
      });
    };
    // a rate of 0 gives an infinite time: the need never arises
    const needInDays = unitExponential(st) / ratePerDay;
    // Stryker disable next-line EqualityOperator: two continuous draws are equal with probability zero
    if (needInDays < periodDays) {
      later(needInDays, () => this.admit(municipality, { children, problemDomains, needsCompulsory: true }));
      return;
    }
    if (!chance(st, plan.p.entry.reentryProbability)) return;
    later(periodDays + plan.d.reentryDelay.sample(st), () => {
      // Stryker disable next-line EqualityOperator: a uniform draw equals the probability with probability zero
      const needsCompulsory = st.next() < needAtEntry(ctx, problemDomains);
      if (needsCompulsory || chance(st, plan.reforms.voluntaryComeForward))
        this.admit(municipality, { children, problemDomains, needsCompulsory });
      else this.stayAway(municipality, problemDomains, children);
    });
  }

  /** A family enters the chain now: its record, the window's counts, its journey. */
  private admit(municipality: number, attrs: FamilyAttributes): void {
    const { ctx } = this;
    const { observer } = ctx;
    const family = new Family(this.takeId(), municipality, attrs, ctx.sim.now, observer.inCohort(), this.tracer);
    // a flow of the whole window, whether or not the family joins the cohort counted per family
    if (observer.inWindow()) {
      observer.counts.familiesArrived++;
      observer.counts.childrenArrived += family.children;
    }
    this.families.set(family.id, family);
    // started inside the arrival: nothing else happens at this instant
    this.startJourney(family);
  }
}
