// Help providers (src/model/providers.ts), driven by hand on families that are not running a
// journey: how many are deployed per problem domain, which domains a professional keeps under
// self-delivered help, the rate at which providers are replaced, and the count the observer keeps.

import { describe, expect, it } from 'vitest';
import { RandomStreams, Simulation } from '../../src/kernel/index.js';
import { Family } from '../../src/model/family.js';
import { Observer } from '../../src/model/observer.js';
import { chainPlan } from '../../src/model/plan.js';
import { type Professional, ProfessionalRegistry, type Role } from '../../src/model/professional.js';
import { Providers } from '../../src/model/providers.js';
import { modelStreams, STREAM_NAMES } from '../../src/model/streams.js';
import { scenario, type Plain } from './helpers.js';

/** A registry that keeps everyone it made. */
class Recording extends ProfessionalRegistry {
  readonly made: Professional[] = [];
  override create(role: Role, org: string): Professional {
    const p = super.create(role, org);
    this.made.push(p);
    return p;
  }
}

/** Providers with nothing else running (no arrivals, no journeys), an observer whose window is open, and families made by hand. */
function setUp(replication: number, ...over: Plain[]) {
  const sim = new Simulation();
  const plan = chainPlan(scenario(...over));
  const registry = new Recording();
  const observer = new Observer(sim, plan, 0, 10 * 365.25);
  observer.watch({ institutions: [], localTeams: [], areas: [] });
  const streams = modelStreams(new RandomStreams(99, replication));
  const providers = new Providers(sim, plan, registry, observer, streams);
  let id = 1;
  const spells: { professional: string; role: string; endDays: number }[] = [];
  const tracer = { event: () => {}, spell: (sp: { professional: string; role: string; endDays: number }) => spells.push(sp) };
  const family = (problemDomains: number, traced = false) =>
    new Family(id++, 0, { children: 1, problemDomains, needsCompulsory: false }, 0, false, traced ? tracer : null);
  return { parts: { sim, registry, observer }, providers, family, spells, streams };
}

/** A family that has its worker: its help planned and started at once. */
function deploy(providers: Providers, f: Family): void {
  providers.planHelp(f);
  providers.startHelp(f);
}

describe('help providers', () => {
  it('are deployed once per trajectory: a whole number per problem domain', () => {
    const { parts, providers, family } = setUp(0, { providers: { perProblemDomain: 2 } });
    const f = family(3);
    deploy(providers, f);
    expect(f.providerCount).toBe(6);
    expect(f.helpPlanned).toBe(true);
    expect(f.selfDeliveredDomains).toBe(0);
    expect(parts.observer.providersActive.value).toBe(6);
    expect(parts.observer.counts.providersDeployed).toBe(6);
    // a second call in the same trajectory changes nothing
    deploy(providers, f);
    expect(f.providerCount).toBe(6);
    expect(parts.observer.providersActive.value).toBe(6);
  });

  it('are planned when the family comes to the local team and start only when a worker arranges them', () => {
    const { parts, providers, family } = setUp(0, { providers: { perProblemDomain: 2 } });
    const f = family(3);
    // planned, at work, paid for (in use), deployed in the window
    const state = () => [
      f.providersPlanned,
      f.providerCount,
      parts.observer.providersActive.value,
      parts.observer.counts.providersDeployed,
    ];
    providers.planHelp(f);
    // planned: nobody working yet, nothing paid
    expect(state()).toEqual([6, 0, 0, 0]);
    // planning again in the same trajectory draws nothing new
    providers.planHelp(f);
    expect(state()).toEqual([6, 0, 0, 0]);
    parts.sim.schedule(40, () => providers.startHelp(f));
    parts.sim.run();
    expect(state()).toEqual([0, 6, 6, 6]);
    expect(f.providersSince).toBe(40);
    // started once per trajectory
    providers.startHelp(f);
    expect(state()).toEqual([0, 6, 6, 6]);
  });

  it('arranging the help again in the same trajectory (after the table) keeps the providers and every change they had so far', () => {
    // the family goes back to the local team's help after the table: the worker arranges it again,
    // but the providers already at work go on, and their changes in between must all be replayed
    const run = (again: boolean) => {
      const { parts, providers, family, spells } = setUp(9, { providers: { perProblemDomain: 1, changeRatePerYear: 4 } });
      const f = family(3, true);
      deploy(providers, f);
      if (again) parts.sim.schedule(300, () => providers.startHelp(f));
      parts.sim.run(365.25);
      providers.catchUp(f, 2 * 365.25);
      return { changes: spells.map((sp) => sp.endDays), count: f.providerCount, active: parts.observer.providersActive.value };
    };
    const once = run(false);
    // 3 providers × 4 a year over 2 years: about 24 changes; none in the first 300 days is a 1-in-19,000 draw
    expect(once.changes.filter((t) => t < 300).length).toBeGreaterThan(0);
    expect(run(true)).toEqual(once);
    expect(once.count).toBe(3);
    expect(once.active).toBe(3);
  });

  it('self-delivered help starts once per trajectory, however often the help is arranged, and stops with it', () => {
    const { parts, providers, family } = setUp(9, { reforms: { selfDeliveredHelp: { enabled: true, share: 1 } } });
    const f = family(3);
    providers.planHelp(f);
    // planned at the door, not started: a family waiting for the worker has no help of either kind
    expect([f.selfDeliveredDomains, f.selfHelpStarted, parts.observer.selfHelpActive.value]).toEqual([3, 0, 0]);
    providers.startHelp(f);
    // the worker arranges it again after the table: the same three domains, not six
    providers.startHelp(f);
    expect([f.selfHelpStarted, parts.observer.selfHelpActive.value]).toEqual([3, 3]);
    providers.end(f);
    expect([f.selfHelpStarted, parts.observer.selfHelpActive.value]).toEqual([0, 0]);
    // without self-delivered domains nothing starts
    const g = family(2);
    deploy(setUp(9).providers, g);
    expect(g.selfHelpStarted).toBe(0);
  });

  it('a fractional number per domain is met on average: each domain gets the whole part, and one more with the fraction as chance', () => {
    const { providers, family } = setUp(1, { providers: { perProblemDomain: 1.3 } });
    const counts = Array.from({ length: 4000 }, () => {
      const f = family(1);
      deploy(providers, f);
      return f.providerCount;
    });
    expect(new Set(counts)).toEqual(new Set([1, 2]));
    const twos = counts.filter((c) => c === 2).length / counts.length;
    // binomial sd at 4,000 draws: 0.007; 0.27–0.33 is more than 4 sd either side
    expect(twos).toBeGreaterThan(0.27);
    expect(twos).toBeLessThan(0.33);
  });

  it('under self-delivered help a share of domains gets no provider and counts as handled by the professional', () => {
    const { parts, providers, family } = setUp(2, {
      providers: { perProblemDomain: 1 },
      reforms: { selfDeliveredHelp: { enabled: true, share: 0.4 } },
    });
    let domains = 0;
    let self = 0;
    let deployed = 0;
    for (let k = 0; k < 2000; k++) {
      const f = family(2);
      deploy(providers, f);
      domains += 2;
      self += f.selfDeliveredDomains;
      deployed += f.providerCount;
      expect(f.selfDeliveredDomains + f.providerCount).toBe(2);
    }
    expect(self / domains).toBeGreaterThan(0.36);
    expect(self / domains).toBeLessThan(0.44);
    expect(parts.observer.counts.providersDeployed).toBe(deployed);

    const all = setUp(2, { reforms: { selfDeliveredHelp: { enabled: true, share: 1 } } });
    const f = all.family(4);
    deploy(all.providers, f);
    expect([f.providerCount, f.selfDeliveredDomains]).toEqual([0, 4]);
  });

  it('are replaced at their rate each: n providers over t years see about n × rate × t changes, and keep their number', () => {
    const rate = 0.6;
    const { parts, providers, family } = setUp(3, { providers: { perProblemDomain: 1, changeRatePerYear: rate } });
    const families = Array.from({ length: 1500 }, () => family(2));
    for (const f of families) deploy(providers, f);
    const before = parts.registry.created;
    const years = 2;
    // caught up in two steps, as a family's count is read now and then: the rate must not depend on it
    for (const f of families) providers.catchUp(f, 0.5 * 365.25);
    for (const f of families) providers.catchUp(f, years * 365.25);
    const changes = parts.registry.created - before;
    const expected = families.length * 2 * rate * years; // 3,600; Poisson sd 60
    expect(changes).toBeGreaterThan(expected - 300);
    expect(changes).toBeLessThan(expected + 300);
    for (const f of families) {
      expect(f.providerCount).toBe(2);
      expect(f.providersSince).toBe(years * 365.25);
    }
  });

  it('are not replaced without a rate or without providers', () => {
    const none = setUp(4, { providers: { changeRatePerYear: 0 } });
    const f = none.family(3);
    deploy(none.providers, f);
    const before = none.parts.registry.created;
    none.providers.catchUp(f, 10 * 365.25);
    expect(none.parts.registry.created).toBe(before);

    const self = setUp(4, { providers: { changeRatePerYear: 5 }, reforms: { selfDeliveredHelp: { enabled: true, share: 1 } } });
    const g = self.family(3);
    deploy(self.providers, g);
    const at = self.parts.registry.created;
    self.providers.catchUp(g, 10 * 365.25);
    expect(self.parts.registry.created).toBe(at);
  });

  it('stop when the trajectory closes: the changes up to then are counted first, and none after', () => {
    const { parts, providers, family } = setUp(5, { providers: { perProblemDomain: 1, changeRatePerYear: 4 } });
    const f = family(3);
    deploy(providers, f);
    expect(parts.observer.providersActive.value).toBe(3);
    const before = parts.registry.created;
    parts.sim.run(365.25);
    providers.end(f);
    // 3 providers × 4 a year: about 12 changes; none at all would be a 1-in-160,000 draw
    expect(parts.registry.created - before).toBeGreaterThan(0);
    expect(f.providersSince).toBe(parts.sim.now);
    expect(parts.observer.providersActive.value).toBe(0);
  });

  it('are help providers of youth care (jeugdhulp), at deployment and at every change', () => {
    const { parts, providers, family } = setUp(6, { providers: { perProblemDomain: 1, changeRatePerYear: 3 } });
    const f = family(3);
    deploy(providers, f);
    providers.catchUp(f, 5 * 365.25);
    expect(parts.registry.made.length).toBeGreaterThan(3 + 10);
    for (const p of parts.registry.made) expect([p.role, p.org]).toEqual(['provider', 'jeugdhulp']);
  });

  it("a change replaces any of the family's providers with equal chance, not the oldest first", () => {
    const { parts, providers, family, spells } = setUp(7, { providers: { perProblemDomain: 1, changeRatePerYear: 2 } });
    let firstDeployedLeftFirst = 0;
    const n = 2000;
    for (let k = 0; k < n; k++) {
      const f = family(2, true);
      const before = parts.registry.made.length;
      deploy(providers, f);
      const [a, b] = parts.registry.made.slice(before);
      spells.length = 0;
      // catch up change by change until one of the two first providers has left
      for (let t = 30; spells.length === 0; t += 30) providers.catchUp(f, t);
      const left = spells[0]!;
      expect(left.role).toBe('provider');
      expect([`provider#${a!.id}`, `provider#${b!.id}`]).toContain(left.professional);
      if (left.professional === `provider#${a!.id}`) firstDeployedLeftFirst++;
    }
    // 1,000 expected, binomial sd 22
    expect(firstDeployedLeftFirst / n).toBeGreaterThan(0.45);
    expect(firstDeployedLeftFirst / n).toBeLessThan(0.55);
  });

  it('a family with nothing to replace draws no random number (the stream stays where it was for the next family)', () => {
    const firstDraw = new RandomStreams(99, 8).stream(STREAM_NAMES.providerChange).next();
    for (const [domains, rate] of [
      [0, 1],
      [2, 0],
    ] as const) {
      const { providers, family, streams } = setUp(8, { providers: { perProblemDomain: 1, changeRatePerYear: rate } });
      const idle = family(domains);
      deploy(providers, idle);
      providers.catchUp(idle, 3 * 365.25);
      expect(streams.providerChange.next(), `${domains} domains at rate ${rate}`).toBe(firstDraw);
    }
  });
});
