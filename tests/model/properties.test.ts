// Properties of the whole chain over random valid scenarios and any combination of reforms
// (fast-check): families are conserved (started = in the chain + gone), no wait is negative, no
// person ever holds more than their cap (in duos: more than the carry limit, and above the cap only
// while carrying for a vacant seat) at any assignment, every case is released when its family's
// journey ends, and the stock under a measure is the children of the families in one. Small
// regions and a few years each, so the file runs in seconds.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Chain } from '../../src/model/chain.js';
import type { Family } from '../../src/model/family.js';
import { LINKS, REFORMS, type ReformKey } from '../../src/model/index.js';
import type { Case, CaseListener, Team } from '../../src/model/team.js';
import { DAYS_PER_YEAR } from '../../src/model/units.js';
import { scenario, waitsByFamily, type FamilyWaits, type Plain } from './helpers.js';

const KEYS = REFORMS.map((r) => r.key);

const lognormal = (mean: number) => ({ kind: 'lognormal', mean, sd: mean / 2 });

/** A random valid scenario: one small municipality, a few guardians, any set of reforms. */
const scenarios = fc
  .record({
    youth: fc.integer({ min: 3000, max: 9000 }),
    measuresPerThousand: fc.double({ min: 5, max: 12, noNaN: true }),
    signals: fc.double({ min: 6, max: 16, noNaN: true }),
    positions: fc.integer({ min: 2, max: 9 }),
    cap: fc.integer({ min: 6, max: 22 }),
    turnover: fc.double({ min: 0, max: 0.6, noNaN: true }),
    pressure: fc.double({ min: 0, max: 2, noNaN: true }),
    sick: fc.double({ min: 0, max: 2, noNaN: true }),
    pool: fc.double({ min: 0, max: 0.5, noNaN: true }),
    induction: fc.integer({ min: 0, max: 120 }),
    reentry: fc.double({ min: 0, max: 0.4, noNaN: true }),
    viaVT: fc.double({ min: 0, max: 1, noNaN: true }),
    extension: fc.double({ min: 0, max: 0.9, noNaN: true }),
    carry: fc.double({ min: 1, max: 1.6, noNaN: true }),
    lowerCap: fc.integer({ min: 4, max: 14 }),
    keepCapacity: fc.boolean(),
    reforms: fc.subarray(KEYS),
    seed: fc.integer({ min: 1, max: 1_000_000 }),
  })
  .map((r) => {
    const reforms: Record<string, Plain> = {};
    for (const k of r.reforms) reforms[k] = { enabled: true };
    if (reforms.guardianDuos) reforms.guardianDuos.partnerCarryLimitShare = r.carry;
    if (reforms.lowerCaseload) Object.assign(reforms.lowerCaseload, { caseloadCapChildren: r.lowerCap, keepCapacity: r.keepCapacity });
    const s = scenario({
      region: { municipalities: [{ name: 'M', youthPopulation: r.youth, measuresPerThousandYouth: r.measuresPerThousand }] },
      entry: {
        signalsPerThousandYouthPerYear: r.signals,
        reentryProbability: r.reentry,
        reentryDelayDays: lognormal(200),
        viaVeiligThuisShare: r.viaVT,
      },
      gi: {
        otsExtensionProbability: r.extension,
        institutions: [
          { name: 'A', share: 0.7, guardianPositions: r.positions },
          { name: 'B', share: 0.3, guardianPositions: Math.max(1, r.positions >> 1) },
        ],
      },
      guardians: {
        caseloadCapChildren: r.cap,
        turnoverRatePerYear: r.turnover,
        turnoverPressureSensitivity: r.pressure,
        sickEpisodesPerYear: r.sick,
        replacementPoolShare: r.pool,
        inductionDays: r.induction,
        recruitmentDays: lognormal(60),
      },
      localTeam: { turnoverRatePerYear: r.turnover },
      reforms,
      simulation: { start: 'empty', warmupYears: 1, years: 1.5, followUpYears: 0.5 },
    });
    return { s, seed: r.seed, reforms: r.reforms as ReformKey[] };
  });

interface Watch {
  gone: Family[];
  broken: string[];
  assignments: number;
  /** Every family's waits (the cohort's and the others'), per link. */
  waits: Map<number, FamilyWaits>;
}

/** Wraps the chain's listeners and its exit so every assignment and every family that leaves is checked. */
function watch(chain: Chain): Watch {
  const w: Watch = { gone: [], broken: [], assignments: 0, waits: waitsByFamily(chain) };
  const familyGone = chain.familyGone.bind(chain);
  chain.familyGone = (f) => {
    if (f.guardianCase !== null || f.localTeamCase !== null) w.broken.push(`family ${f.id} left the chain with a case still open`);
    if (f.responsible !== null) w.broken.push(`family ${f.id} left with someone responsible`);
    w.gone.push(f);
    familyGone(f);
  };
  const seen = new Set<CaseListener<Family>>();
  for (const team of [...chain.institutions, ...chain.localTeams] as Team<Family>[]) {
    const listener = (team as unknown as { listener: CaseListener<Family> }).listener;
    if (seen.has(listener)) continue;
    seen.add(listener);
    const assigned = listener.assigned.bind(listener);
    listener.assigned = (c, pos, reason) => {
      w.assignments++;
      const t = pos.team;
      const where = `${t.config.name} position ${pos.index} at day ${chain.sim.now.toFixed(1)}`;
      if (pos.person === null) w.broken.push(`${where}: a case given to a vacancy`);
      if (t.config.duos !== null) {
        if (pos.load > t.carryLimit) w.broken.push(`${where}: holds ${pos.load} > carry limit ${t.carryLimit}`);
        if (pos.load > t.capOf(pos) && !(reason === 'turnover' && pos.partner?.person === null))
          w.broken.push(`${where}: holds ${pos.load} > cap ${t.capOf(pos)} without carrying for a vacant seat`);
      } else if (pos.load > t.capOf(pos) + 1e-9) w.broken.push(`${where}: holds ${pos.load} > cap ${t.capOf(pos)}`);
      assigned(c, pos, reason);
    };
  }
  return w;
}

/** The books of the chain now. */
function checkBooks(chain: Chain, w: Watch): void {
  const goneIds = new Set(w.gone.map((f) => f.id));
  expect(goneIds.size, 'a family left twice').toBe(w.gone.length);
  expect(chain.familiesStarted, 'started = in the chain + gone').toBe(chain.families.size + w.gone.length);
  const inside = [...chain.families.values()];
  expect(inside.filter((f) => goneIds.has(f.id)).length).toBe(0);
  // every family in the chain is in a timed step or a queue, whose end takes its journey on
  const stalled = inside.filter((f) => f.phase.at === 'gone' || !(Number.isFinite(f.until) || Number.isFinite(f.queuedAt)));
  expect(stalled.map((f) => f.id)).toEqual([]);
  for (const [id, waits] of w.waits) {
    for (const link of LINKS) for (const d of waits[link] ?? []) if (!(d >= 0)) w.broken.push(`family ${id}: wait of ${d} days at ${link}`);
  }
  // every case a team holds belongs to a family in the chain, once
  const held = (teams: readonly Team<Family>[]) => teams.flatMap((t) => [...t.positions.flatMap((p) => p.cases), ...t.waiting]);
  for (const [teams, key] of [
    [chain.institutions, 'guardianCase'],
    [chain.localTeams, 'localTeamCase'],
  ] as const) {
    const cases: Case<Family>[] = held(teams);
    expect(new Set(cases).size).toBe(cases.length);
    const owners = inside.filter((f) => f[key] !== null);
    expect(cases.length).toBe(owners.length);
    const set = new Set(cases);
    expect(owners.filter((f) => !set.has(f[key]!)).map((f) => f.id)).toEqual([]);
  }
  // the stock under a measure is the children of the families in one
  const children = inside.filter((f) => f.measure !== null).reduce((a, f) => a + f.children, 0);
  expect(chain.observer.childrenUnderMeasure.value).toBe(children);
  // self-delivered help: the observer's level is the domains whose help started, of families in the
  // chain; nobody holds a family on both sides, so the domains held never exceed it
  expect(chain.observer.selfHelpActive.value).toBe(inside.reduce((a, f) => a + f.selfHelpStarted, 0));
  expect(inside.filter((f) => f.localTeamCase?.position != null && f.guardianCase?.position != null).map((f) => f.id)).toEqual([]);
  const heldDomains = [...chain.institutions, ...chain.localTeams].reduce((a, t) => a + t.levels.selfDomainsHeld.value, 0);
  expect(heldDomains).toBeLessThanOrEqual(chain.observer.selfHelpActive.value);
  expect(w.broken).toEqual([]);
}

describe('properties over random scenarios and reform combinations', () => {
  it('families are conserved, waits are never negative, nobody is above their cap, every case is released', () => {
    fc.assert(
      fc.property(scenarios, ({ s, seed }) => {
        const chain = new Chain(s, seed, 0);
        const w = watch(chain);
        const end = chain.followUpEnd;
        for (let t = DAYS_PER_YEAR / 2; t < end; t += DAYS_PER_YEAR / 2) {
          chain.sim.run(t);
          checkBooks(chain, w);
        }
        const result = chain.run();
        checkBooks(chain, w);
        expect(w.assignments).toBeGreaterThan(0);
        for (const link of LINKS) {
          const d = result.families.waitDays[link];
          if (d.n > 0) expect(d.min).toBeGreaterThanOrEqual(0);
        }
        // the times to a guardian are waits too
        for (const t of [result.survival.timeFromRulingToGuardianDays, result.survival.timeFromSignalToGuardianDays]) {
          for (const d of [t.events, t.censored]) if (d.n > 0) expect(d.min).toBeGreaterThanOrEqual(0);
        }
        // the cohort: each family counted once, as gone or as censored
        const cohort = [...chain.families.values(), ...w.gone].filter((f) => f.observed);
        expect(result.system.familiesArrived).toBe(cohort.length);
      }),
      { numRuns: 14 },
    );
  });

  it('a replication is the same for the same seed, whatever the reforms', () => {
    fc.assert(
      fc.property(scenarios, ({ s, seed }) => {
        const a = new Chain(s, seed, 3).run();
        const b = new Chain(s, seed, 3).run();
        expect(JSON.stringify(b)).toBe(JSON.stringify(a));
      }),
      { numRuns: 3 },
    );
  });
});
