// The system's figures over the observation window (src/model/observer.ts closeWindow and the
// monthly series), worked out by hand on families whose every duration is fixed (pathScenario):
// time-averages, utilisation of every link (sessions counted from the window's start), the
// people in FTE and what they cost, the reforms' duties in hours, turnover and the waits month by
// month. Each figure is a value, so a wrong sign, a wrong level or a wrong price shows.

import { describe, expect, it } from 'vitest';
import { Chain } from '../../src/model/chain.js';
import type { ReplicationResult } from '../../src/model/index.js';
import { Observer } from '../../src/model/observer.js';
import { takeSnapshot } from '../../src/model/settled/take.js';
import { DAYS_PER_MONTH, DAYS_PER_YEAR, WEEKS_PER_MONTH } from '../../src/model/units.js';
import type { Scenario } from '../../src/scenario/schema.js';
import { SEED, pathScenario, type Plain } from './helpers.js';

const fixed = (value: number) => ({ kind: 'deterministic', value });

/** The path scenario observed over [from, to) with no follow-up, and families of Ede signalled at `signals`. */
function observed(
  from: number,
  to: number,
  signals: number[],
  ...over: Plain[]
): { chain: Chain; s: Scenario; run: () => ReplicationResult } {
  const s = pathScenario(
    { simulation: { warmupYears: from / DAYS_PER_YEAR, years: (to - from) / DAYS_PER_YEAR, followUpYears: 0 } },
    ...over,
  );
  const chain = new Chain(s, SEED, 0);
  for (const at of signals) {
    if (at === 0) chain.arrivals.signal(0);
    else chain.sim.scheduleAt(at, () => chain.arrivals.signal(0));
  }
  return { chain, s, run: () => chain.run() };
}

/**
 * `observed` run to its end. Each test runs it itself (a few milliseconds): a run in beforeAll or
 * while collecting is no test's coverage, and the mutation runs would leave those checks out.
 */
function ran(from: number, to: number, signals: number[], ...over: Plain[]) {
  const { chain, s, run } = observed(from, to, signals, ...over);
  const r = run();
  return { chain, s, r, sys: r.system };
}

/** Sessions of a link meeting every `interval` days (the first at `interval`) in [from, to). */
const sessionsIn = (interval: number, from: number, to: number) => Math.ceil(to / interval) - Math.max(1, Math.ceil(from / interval));

describe('one family over [0, 600)', () => {
  // LT 0–21 and aftercare 466–526; investigation 21–71; OTS 91–456 with the only guardian (cap 2, 2 children)
  const setUp = () => ran(0, 600, [0]);
  const T = 600;

  it('time-averages: children under a measure, the caseload, the guardians in post', () => {
    const { sys } = setUp();
    expect(sys.childrenUnderMeasure).toBeCloseTo((2 * 365) / T, 12);
    expect(sys.guardianCaseloadChildren).toBeCloseTo((2 * 365) / T, 12);
    expect(sys.guardiansInPost).toBe(1);
    expect(sys.guardianVacancies).toBe(0);
    expect(sys.localTeamVacancies).toBe(0);
    expect(sys.childrenWithoutGuardian).toBe(0);
    expect(sys.guardianUtilisation).toBeCloseTo((2 * 365) / T / 2, 12);
    expect(sys.guardianTurnoverPerYear).toBe(0);
    expect(sys.departureChangesPerFamilyGuardianYear).toBe(0);
  });

  it('utilisation of every link, by name', () => {
    const { s, sys } = setUp();
    const u = sys.utilisation;
    expect(Object.keys(u).sort()).toEqual(
      ['GI GI', 'JBT', 'LT Barneveld', 'LT Ede', 'LT Nijkerk', 'LT Scherpenzeel', 'RvdK', 'VT', 'court'].sort(),
    );
    expect(u.RvdK).toBeCloseTo(50 / T, 12);
    expect(u.VT).toBe(0);
    expect(u['LT Ede']).toBeCloseTo((21 + 60) / T, 12);
    expect(u['LT Barneveld']).toBe(0);
    expect(u['GI GI']).toBeCloseTo((2 * 365) / T / 2, 12);
    expect(u.JBT).toBeCloseTo(1 / (sessionsIn(7, 0, T) * s.jbt.slotsPerMeeting), 12);
    expect(u.court).toBeCloseTo(1 / (sessionsIn(7, 0, T) * s.court.slotsPerHearing * s.court.judges), 12);
  });

  it('FTE per role, and the cost of people and providers per year', () => {
    const { chain, s, sys } = setUp();
    const lt = chain.localTeams.reduce((a, t) => a + t.positions.length, 0);
    expect(lt).toBe(4); // one worker in each municipality
    expect(sys.fte).toEqual({
      guardian: 1,
      guardianInInduction: 0,
      localTeam: lt,
      rvdkInvestigator: 1 / s.rvdk.investigationsPerInvestigator,
      veiligThuis: s.veiligThuis.workers / s.veiligThuis.reportsPerWorker,
      // the table's standing members: their hours per meeting, a meeting every interval, in FTE
      jbtMember:
        (s.jbt.standingMembers *
          (s.jbt.memberPreparationHoursPerMeeting + s.jbt.memberHoursPerFamily * s.jbt.slotsPerMeeting) *
          (7 / s.jbt.meetingIntervalDays)) /
        s.guardians.hoursPerWeek,
      replacement: 0,
      adminSupport: 0,
    });
    expect(sys.fte.jbtMember).toBeGreaterThan(0);
    const c = s.costs;
    const people =
      c.guardianFtePerYearEuro +
      lt * c.localTeamFtePerYearEuro +
      c.investigatorFtePerYearEuro / s.rvdk.investigationsPerInvestigator +
      (s.veiligThuis.workers / s.veiligThuis.reportsPerWorker) * c.veiligThuisFtePerYearEuro +
      sys.fte.jbtMember * c.investigatorFtePerYearEuro;
    expect(sys.providersActive).toBeGreaterThan(0);
    expect(sys.costPerYearEuro).toBeCloseTo(people + sys.providersActive * c.providerPerYearEuro, 6);
    expect(sys.reformHoursPerWeek).toEqual({ duoCoordination: 0, guardianAtLocalTeam: 0, selfDeliveredHelp: 0, longInvolvement: 0 });
  });

  it("monthly snapshots from the window's start, each wait in the month it ended", () => {
    const { r } = setUp();
    const months = Math.ceil(T / DAYS_PER_MONTH);
    expect(r.series.day).toEqual(Array.from({ length: months }, (_, k) => Math.round(k * DAYS_PER_MONTH * 100) / 100));
    const monthOf = (t: number) => Math.ceil(t / DAYS_PER_MONTH);
    // the snapshot after a change shows it: under a measure from 91 to 456
    const under = r.series.day.map((d) => (d > 91 && d < 456 ? 2 : 0));
    expect(r.series.childrenUnderMeasure).toEqual(under);
    expect(r.series.meanCaseloadChildren).toEqual(under);
    expect(r.series.guardiansInPost).toEqual(new Array(months).fill(1));
    expect(r.series.childrenWithoutGuardian).toEqual(new Array(months).fill(0));
    const waits = (link: 'LT' | 'JBT' | 'RvdK' | 'court' | 'GI') =>
      r.series[`waitDays.${link}`].flatMap((w, k) => (Number.isNaN(w) ? [] : [[k, w]]));
    expect(waits('JBT')).toEqual([[monthOf(21), 1]]);
    expect(waits('RvdK')).toEqual([[monthOf(21), 0]]);
    expect(waits('court')).toEqual([[monthOf(91), 6]]);
    expect(waits('GI')).toEqual([[monthOf(91), 0]]);
    expect(waits('LT')).toEqual([[monthOf(466), 0]]);
  });
});

describe('two families over [30, 600): the window opens after the first used the table', () => {
  // a as above; b (day 25): LT 25–71, table 49, investigation 71–121 (waits 22), hearing 140,
  // waits for the guardian until 456, OTS 140–505, aftercare 526–586 (waits for the worker until 526)
  const setUp = () => ran(30, 600, [0, 25]);
  const T = 570;

  it('counts the sessions and the slots used in the window only', () => {
    const { s, sys } = setUp();
    expect(sys.utilisation.JBT).toBeCloseTo(1 / (sessionsIn(7, 30, 600) * s.jbt.slotsPerMeeting), 12);
    expect(sys.utilisation.court).toBeCloseTo(2 / (sessionsIn(7, 30, 600) * s.court.slotsPerHearing * s.court.judges), 12);
  });

  it('time-averages over the window: waiting for a guardian, under a measure, held, busy', () => {
    const { sys } = setUp();
    expect(sys.childrenWithoutGuardian).toBeCloseTo((2 * (456 - 140)) / T, 12);
    // nobody queues for a guardian before a ruling here: the whole list is the children without one
    expect(sys.childrenWaitingForGuardian).toBeCloseTo((2 * (456 - 140)) / T, 12);
    expect(sys.childrenUnderMeasure).toBeCloseTo((2 * 365 + 2 * 365) / T, 12);
    expect(sys.guardianCaseloadChildren).toBeCloseTo((2 * (456 - 91) + 2 * (505 - 456)) / T, 12);
    expect(sys.utilisation.RvdK).toBeCloseTo((71 - 30 + 50) / T, 12);
    // the worker holds b until the investigator takes it on (71)
    expect(sys.utilisation['LT Ede']).toBeCloseTo((71 - 30 + 60 + 60) / T, 12);
  });

  it('the time from ruling and from the signal to the first guardian visit, for measures ruled in the window', () => {
    const { r } = setUp();
    // a: signal 0, ruling 91, first visit 96; b: signal 25, ruling 140, guardian from 456, first visit 461
    expect(r.survival.timeFromRulingToGuardianDays.events.values).toEqual([5, 321]);
    expect(r.survival.timeFromSignalToGuardianDays.events.values).toEqual([96, 436]);
  });

  it("the Raad's mean wait and length over the investigations that ended in the window", () => {
    const { sys } = setUp();
    expect(sys.rvdkWaitDays).toBe(11);
    expect(sys.rvdkInvestigationDays).toBe(50);
    expect(sys.measureDurationDays).toBe(365);
    expect(sys.otsDurationMonths).toBeCloseTo(365 / DAYS_PER_MONTH, 12);
  });

  it('the series sees the second family waiting for its guardian and for the Raad', () => {
    const { chain, r } = setUp();
    const day = r.series.day.map((d) => d + 30);
    expect(r.series.childrenWithoutGuardian).toEqual(day.map((t) => (t > 140 && t < 456 ? 2 : 0)));
    expect(r.series.waitingForInvestigation).toEqual(day.map((t) => (t > 49 && t < 71 ? 1 : 0)));
    expect(r.series.waitingForLocalTeam).toEqual(day.map((t) => (t > 515 && t < 526 ? 1 : 0)));
    // both have left the chain by the window's end (b closes on day 586)
    expect(chain.familiesStarted).toBe(2);
    expect(chain.families.size).toBe(0);
  });

  it('long involvement: b queues for a guardian from its escalation, before its ruling; only the whole list counts those days', () => {
    const { chain, run } = observed(30, 600, [0, 25], { reforms: { longInvolvement: { enabled: true, extraGuardianPositionsShare: 0 } } });
    const b = () => chain.families.get(2)!;
    let queuedFrom = NaN;
    let ruledAt = NaN;
    // watch b's case: on the list from the escalation, ruled while it waits
    const watch = (): void => {
      const c = b()?.guardianCase;
      if (c?.onWaitingList && Number.isNaN(queuedFrom)) queuedFrom = chain.sim.now;
      if (b()?.measure != null && Number.isNaN(ruledAt)) ruledAt = chain.sim.now;
      if (chain.sim.now < 600) chain.sim.schedule(1, watch);
    };
    chain.sim.scheduleAt(26, watch);
    const sys = run().system;
    expect(queuedFrom).toBeLessThan(ruledAt);
    // whole days of watching: the list's extra children-days are b's 2 children from its escalation to its ruling
    expect(sys.childrenWaitingForGuardian - sys.childrenWithoutGuardian).toBeCloseTo((2 * (ruledAt - queuedFrom)) / T, 1);
    expect(sys.childrenWaitingForGuardian).toBeGreaterThan(sys.childrenWithoutGuardian);
  });

  it("a month's wait is the mean of the waits that ended in it", () => {
    // a (day 5) has the worker at once; b (day 10) waits for it until a's table on day 28 (help to
    // 25, the table meets every 7 days), 18 days: both waits end in the first month
    const { r } = ran(0, 600, [5, 10]);
    expect(r.series['waitDays.LT'][1]).toBe((0 + 18) / 2);
  });
});

describe('a guardian who leaves, in the window', () => {
  it('turnover per guardian-year in post, and the guardian change it causes per family-year with a guardian', () => {
    // the only guardian leaves on day 200; the seat is filled on day 230 by someone in induction
    // (cap 1 < 2 children) who takes the family when the induction ends on day 320: a cold
    // change, so the measure loses 30 days of progress and ends on day 486
    const { chain, run } = observed(0, 600, [0], { guardians: { recruitmentDays: fixed(30), inductionDays: 90, inductionCapShare: 0.5 } });
    const a = chain.families.get(1)!;
    chain.sim.run(200);
    const pos = chain.institutions[0]!.positions[0]!;
    expect(a.guardianCase!.position).toBe(pos);
    pos.team.depart(pos);
    const r = run();
    const T = 600;
    expect(a.guardianChanges).toBe(1);
    const inPost = (T - 30) / T;
    expect(r.system.guardiansInPost).toBeCloseTo(inPost, 12);
    expect(r.system.guardianVacancies).toBeCloseTo(30 / T, 12);
    expect(r.system.fte.guardianInInduction).toBeCloseTo(90 / T, 12);
    expect(r.system.guardianTurnoverPerYear).toBeCloseTo(1 / (inPost * (T / DAYS_PER_YEAR)), 12);
    const held = (200 - 91 + (486 - 320)) / T;
    expect(r.system.departureChangesPerFamilyGuardianYear).toBeCloseTo(1 / (held * (T / DAYS_PER_YEAR)), 12);
    expect(r.system.childrenWithoutGuardian).toBeCloseTo((2 * (320 - 200)) / T, 12);
    // capacity: 2 children but 1 during the induction, none while vacant
    expect(r.system.guardianUtilisation).toBeCloseTo((2 * held) / ((2 * (T - 30 - 90) + 1 * 90) / T), 12);
    expect(r.system.guardianCaseloadChildren).toBeCloseTo((2 * held) / inPost, 12);
  });

  it('per year of the window when it opens after day 0: the same departure over [100, 600)', () => {
    const { chain, run } = observed(100, 600, [0], {
      guardians: { recruitmentDays: fixed(30), inductionDays: 90, inductionCapShare: 0.5 },
    });
    chain.sim.run(200);
    const pos = chain.institutions[0]!.positions[0]!;
    pos.team.depart(pos);
    const r = run();
    const T = 500;
    const inPost = (T - 30) / T;
    expect(r.system.guardianTurnoverPerYear).toBeCloseTo(1 / (inPost * (T / DAYS_PER_YEAR)), 12);
    const held = (200 - 100 + (486 - 320)) / T;
    expect(r.system.departureChangesPerFamilyGuardianYear).toBeCloseTo(1 / (held * (T / DAYS_PER_YEAR)), 12);
  });
});

describe("the reforms' duties in hours a week, and their costs", () => {
  it("guardian at the local team, less administration, prevention's programme", () => {
    const { s, run } = observed(0, 600, [0], {
      reforms: {
        guardianInLocalTeam: { enabled: true, escalationReduction: 0, hoursPerWeek: 3 },
        lessAdmin: { enabled: true, adminShare: 0.2, supportShareOfSavedHours: 0.5 },
        prevention: { enabled: true, extraSignalsShare: 0, compulsoryNeedReduction: 0, programmeEuroPerThousandYouthPerYear: 1000 },
      },
    });
    const r = run();
    expect(r.system.reformHoursPerWeek.guardianAtLocalTeam).toBe(3);
    const saved = s.guardians.adminShare - 0.2;
    expect(r.system.fte.adminSupport).toBeCloseTo(saved * 0.5, 12);
    const youth = s.region.municipalities.reduce((a, m) => a + m.youthPopulation, 0);
    const c = s.costs;
    const people = Object.entries(r.system.fte).reduce(
      (a, [role, n]) =>
        a +
        n *
          (
            {
              guardian: c.guardianFtePerYearEuro,
              guardianInInduction: 0,
              localTeam: c.localTeamFtePerYearEuro,
              rvdkInvestigator: c.investigatorFtePerYearEuro,
              veiligThuis: c.veiligThuisFtePerYearEuro,
              jbtMember: c.investigatorFtePerYearEuro,
              replacement: c.replacementFtePerYearEuro,
              adminSupport: c.adminSupportFtePerYearEuro,
            } as Record<string, number>
          )[role]!,
      0,
    );
    expect(r.system.costPerYearEuro).toBeCloseTo(people + r.system.providersActive * c.providerPerYearEuro + (youth / 1000) * 1000, 4);
    // the support staff are paid: without them the cost is lower by their price
    expect(r.system.fte.adminSupport * c.adminSupportFtePerYearEuro).toBeGreaterThan(0);
  });

  it('long involvement: the families a guardian holds outside a measure, visited at the norm', () => {
    // the guardian holds the family from escalation (20) to the ruling (91), and from the end of
    // the measure (456) through the aftercare, with no gap (60 days)
    // 3 hours a visit, a visit a week: 3 hours a week per family held
    const { run } = observed(0, 600, [0], {
      guardians: { hoursPerVisit: 3, normVisitIntervalDays: 7 },
      reforms: { longInvolvement: { enabled: true, extraGuardianPositionsShare: 0 } },
    });
    const r = run();
    const outside = (91 - 20 + 60) / 600;
    expect(r.system.reformHoursPerWeek.longInvolvement).toBeCloseTo(outside * 3, 9);
  });

  it("one organisation's intake takes Veilig Thuis's reports with its staff, still paid; the table is neither staffed nor paid", () => {
    const { s, sys } = ran(0, 600, [0], { reforms: { oneOrganisation: { enabled: true } } });
    expect(s.jbt.standingMembers * s.jbt.memberPreparationHoursPerMeeting).toBeGreaterThan(0);
    const today = ran(0, 600, [0]).sys;
    expect(today.fte.veiligThuis).toBeGreaterThan(0);
    expect(sys.fte.veiligThuis).toBe(today.fte.veiligThuis);
    expect(sys.fte.jbtMember).toBe(0);
    // a region whose intake folds in part of the triage keeps that share of the staff
    const folded = ran(0, 600, [0], { reforms: { oneOrganisation: { enabled: true, intakeStaffShare: 0.4 } } }).sys;
    expect(folded.fte.veiligThuis).toBeCloseTo(0.4 * today.fte.veiligThuis, 12);
    expect(sys.costPerYearEuro - folded.costPerYearEuro).toBeCloseTo(0.6 * today.fte.veiligThuis * s.costs.veiligThuisFtePerYearEuro, 6);
    const saved = today.fte.jbtMember * s.costs.investigatorFtePerYearEuro;
    expect(saved).toBeGreaterThan(0);
    // the one family's path differs too (no table), so only the staff's part is compared
    expect(
      today.costPerYearEuro -
        today.providersActive * s.costs.providerPerYearEuro -
        (sys.costPerYearEuro - sys.providersActive * s.costs.providerPerYearEuro),
    ).toBeCloseTo(saved, 6);
  });

  it('duo coordination per family held while both seats are filled', () => {
    const { run } = observed(0, 600, [0], {
      gi: { institutions: [{ name: 'GI', share: 1, guardianPositions: 2 }] },
      reforms: { guardianDuos: { enabled: true, coordinationHoursPerFamilyPerMonth: 2, partnerCarryLimitShare: 1.5 } },
    });
    const r = run();
    expect(r.system.reformHoursPerWeek.duoCoordination).toBeCloseTo((365 / 600) * (2 / WEEKS_PER_MONTH), 9);
  });

  it('self-delivered help per domain held, at the local team and by the guardian', () => {
    // all three domains self-delivered: held by the worker 0–21 and 466–526, by the guardian 91–456
    const { run } = observed(0, 600, [0], {
      family: { problemDomains: fixed(3) },
      localTeam: { caseloadCapFamilies: 3 },
      reforms: { selfDeliveredHelp: { enabled: true, share: 1, hoursPerWeekPerDomain: 0.5 } },
    });
    const r = run();
    expect(r.system.providersDeployed).toBe(0);
    expect(r.system.reformHoursPerWeek.selfDeliveredHelp).toBeCloseTo(((3 * 365 + 3 * (21 + 60)) / 600) * 0.5, 9);
    // the help started with the worker (0) and ends at closure (526); nobody holds the case from the
    // worker's letting go to the guardian (21–91) and from the measure's end to aftercare (456–466)
    expect(r.system.selfHelpUnservedDomains).toBeCloseTo((3 * (91 - 21 + 466 - 456)) / 600, 9);
    // at half the domains, half as much
    const half = observed(0, 600, [0], {
      family: { problemDomains: fixed(2) },
      localTeam: { caseloadCapFamilies: 3 },
      reforms: { selfDeliveredHelp: { enabled: true, share: 1, hoursPerWeekPerDomain: 0.5 } },
    }).run();
    expect(half.system.selfHelpUnservedDomains).toBeCloseTo((2 * (91 - 21 + 466 - 456)) / 600, 9);
  });

  it('without self-delivered help no help goes ungiven; a family that leaves takes its domains along', () => {
    const { run } = observed(0, 600, [0], { family: { problemDomains: fixed(3) } });
    expect(run().system.selfHelpUnservedDomains).toBe(0);
    // observed over [600, 900), after the family closed at 526: nothing is left counting
    const after = observed(600, 900, [0], {
      family: { problemDomains: fixed(3) },
      localTeam: { caseloadCapFamilies: 3 },
      reforms: { selfDeliveredHelp: { enabled: true, share: 1 } },
    });
    expect(after.run().system.selfHelpUnservedDomains).toBe(0);
  });
});

describe("the window's edges", () => {
  it("with a follow-up, time-averages stop at the window's end and flows after it are not counted", () => {
    // window [0, 91): the ruling on day 91 falls just after it; the follow-up runs on to the closure
    const s = pathScenario({ simulation: { warmupYears: 0, years: 91 / DAYS_PER_YEAR, followUpYears: 1 } });
    const chain = new Chain(s, SEED, 0);
    chain.arrivals.signal(0);
    const r = chain.run();
    expect(r.system.escalationsToJBT).toBe(1);
    expect(r.system.measuresStarted).toBe(0);
    expect(r.system.childrenUnderMeasure).toBe(0);
    expect(r.system.utilisation.RvdK).toBeCloseTo(50 / 91, 12);
    expect(r.series.day.length).toBe(3);
  });

  it('a window of one year has twelve monthly snapshots, none at its end (the follow-up has none)', () => {
    const s = pathScenario({ simulation: { warmupYears: 0, years: 1, followUpYears: 1 } });
    const chain = new Chain(s, SEED, 0);
    chain.arrivals.signal(0);
    expect(chain.run().series.day.length).toBe(12);
  });

  it('the observer refuses to open a window on nothing, and to report before its window closed', () => {
    const s = pathScenario();
    const bare = new Chain(s, SEED, 0);
    const observer = new Observer(bare.sim, bare.plan, 1, 10);
    expect(() => bare.sim.run(2)).toThrow(/the observer watches nothing yet/);
    expect(() => observer.result(0, 0)).toThrow(/the observation window never closed/);
  });
});

describe('figures with no one to divide by', () => {
  it('no guardian in post for the whole window: caseload, turnover and changes are 0, utilisation has no capacity', () => {
    // the only guardian leaves on day 200; the seat stays vacant for 700 days
    const s = pathScenario({
      guardians: { recruitmentDays: fixed(700) },
      simulation: { warmupYears: 210 / DAYS_PER_YEAR, years: 300 / DAYS_PER_YEAR, followUpYears: 0 },
    });
    const chain = new Chain(s, SEED, 0);
    chain.arrivals.signal(0);
    chain.sim.run(200);
    const pos = chain.institutions[0]!.positions[0]!;
    pos.team.depart(pos);
    const r = chain.run();
    expect(r.system.guardiansInPost).toBe(0);
    expect(r.system.guardianCaseloadChildren).toBe(0);
    expect(r.system.guardianTurnoverPerYear).toBe(0);
    expect(r.system.departureChangesPerFamilyGuardianYear).toBe(0);
    expect(r.system.guardianUtilisation).toBeNaN();
    // and the monthly series shows a caseload of 0 with nobody in post, not 0 / 0
    expect(r.series.meanCaseloadChildren).toEqual(r.series.day.map(() => 0));
    // the family waits from day 200 until its OTS ends on day 456
    expect(r.system.childrenWithoutGuardian).toBeCloseTo((2 * (456 - 210)) / 300, 12);
  });
});

describe('measures, providers and the cohort', () => {
  it("a voogdij ending in the window counts in the measures' length, not in the OTS length", () => {
    const { run } = observed(0, 600, [0], { court: { otsShare: 0, voogdijShare: 1 }, gi: { voogdijDays: fixed(200) } });
    const r = run();
    expect(r.system.measureDurationDays).toBe(200);
    expect(r.system.otsDurationMonths).toBeNaN();
  });

  it("providers working with families, time-averaged: from the help's start to the closure", () => {
    // two domains, one provider each, from day 0 to the closure on day 526
    const { run } = observed(0, 600, [0], { family: { problemDomains: fixed(2) }, providers: { perProblemDomain: 1 } });
    const r = run();
    expect(r.system.providersDeployed).toBe(2);
    expect(r.system.providersActive).toBeCloseTo((2 * 526) / 600, 12);
  });

  it('providers of a family placed by a settled start are active from the start, but not deployed in the window', () => {
    const s = pathScenario({
      family: { problemDomains: fixed(2) },
      providers: { perProblemDomain: 1 },
      simulation: { warmupYears: 0, years: 1, followUpYears: 0 },
    });
    const pilot = new Chain(s, SEED, 0);
    pilot.arrivals.signal(0);
    pilot.sim.run(10);
    const snap = takeSnapshot(10, pilot.families.values(), pilot.institutions, pilot.localTeams);
    const chain = new Chain({ ...s, simulation: { ...s.simulation, start: 'settled' } }, SEED, 0, null, snap);
    expect(chain.observer.providersActive.value).toBe(2);
    const r = chain.run();
    expect(r.system.providersDeployed).toBe(0);
    expect(r.system.providersActive).toBeGreaterThan(0);
  });

  it('a settled start resumes the self-delivered help a family had started: in the investigation nobody gives it', () => {
    const s = pathScenario({
      family: { problemDomains: fixed(3) },
      localTeam: { caseloadCapFamilies: 3 },
      reforms: { selfDeliveredHelp: { enabled: true, share: 1 } },
      simulation: { warmupYears: 0, years: 1, followUpYears: 0 },
    });
    const pilot = new Chain(s, SEED, 0);
    pilot.arrivals.signal(0);
    pilot.sim.run(30);
    // day 30: in the investigation (21–71), its help started with the worker on day 0
    const snap = takeSnapshot(30, pilot.families.values(), pilot.institutions, pilot.localTeams);
    expect(snap.families[0]!.selfHelpStarted).toBe(3);
    const chain = new Chain({ ...s, simulation: { ...s.simulation, start: 'settled' } }, SEED, 0, null, snap);
    const r = chain.run();
    // resumed at day 0 with 41 days of investigation left; the court prepares for 14 days and this
    // chain's hearings fall every 7 days from its own day 0, so the ruling and the guardian come on
    // day 56; the measure runs past the window's year
    expect(r.system.selfHelpUnservedDomains).toBeCloseTo((3 * 56) / DAYS_PER_YEAR, 12);
  });

  it('children under a measure that a settled start resumes are under measure from the start, but not ruled in the window', () => {
    // the path's family (two children) is under its OTS on day 100 (ruled on 91, to 456)
    const s = pathScenario({ simulation: { warmupYears: 0, years: 1, followUpYears: 0 } });
    const pilot = new Chain(s, SEED, 0);
    pilot.arrivals.signal(0);
    pilot.sim.run(100);
    const snap = takeSnapshot(100, pilot.families.values(), pilot.institutions, pilot.localTeams);
    const chain = new Chain({ ...s, simulation: { ...s.simulation, start: 'settled' } }, SEED, 0, null, snap);
    expect(chain.observer.childrenUnderMeasure.value).toBe(2);
    const r = chain.run();
    expect(r.system.measuresStarted).toBe(0);
    // the OTS has 356 days left: two children for 356 of the window's 365 days
    expect(r.system.childrenUnderMeasure).toBeCloseTo((2 * 356) / DAYS_PER_YEAR, 9);
  });

  it('the monthly caseload is the children with a guardian over the guardians in post', () => {
    // two guardians, the path's family (two children) under its OTS from 91 to 456
    const { r } = ran(0, 600, [0], { gi: { institutions: [{ name: 'GI', share: 1, guardianPositions: 2 }] } });
    expect(r.series.guardiansInPost).toEqual(r.series.day.map(() => 2));
    expect(r.series.meanCaseloadChildren).toEqual(r.series.day.map((d) => (d > 91 && d < 456 ? 2 / 2 : 0)));
  });

  it("the Raad's utilisation is its busy investigators over all of them; the court's counts hearings in the window only", () => {
    // two investigators: one busy from 21 to 71 of [0, 600)
    const two = ran(0, 600, [0], { rvdk: { investigators: 2 } });
    expect(two.sys.utilisation.RvdK).toBeCloseTo(50 / 600 / 2, 12);
    // over [100, 600) the first family's hearing (day 91) is before the window, the second's (140) in it
    const late = ran(100, 600, [0, 25]);
    const sessions = sessionsIn(7, 100, 600) * late.s.court.slotsPerHearing * late.s.court.judges;
    expect(late.sys.utilisation.court).toBeCloseTo(1 / sessions, 12);
  });

  it('a measure of no length adds no contacts per month (no division by its zero months)', () => {
    const r = ran(0, 600, [0], { court: { otsShare: 0, voogdijShare: 1 }, gi: { voogdijDays: fixed(0) } }).r;
    expect(r.families.handoversPerFamily.n).toBe(1);
    expect(r.families.contactsPerMonth.n).toBe(0);
  });

  it('a family without a measure reports its waits only; one with a measure its handovers by cause, visits and contacts', () => {
    const none = observed(0, 600, [0], { family: { compulsoryNeedAtEntry: 0 } }).run();
    expect(none.families.waitDays.LT.n).toBe(1);
    expect(none.families.handoversPerFamily.n).toBe(0);
    expect(none.system.censoredShare).toBeNaN();
    const r = observed(0, 600, [0]).run();
    const by = r.families.handoversByCause;
    expect([
      by.structural.cold.max,
      by.structural.warm.max,
      by.afschaling.cold.max,
      by.afschaling.warm.max,
      by.turnover.cold.max,
      by.absence.cold.max,
    ]).toEqual([2, 0, 0, 1, 0, 0]);
    expect(r.families.visitIntervalDays.max).toBeCloseTo(7, 9);
    // visits from 96 every 7 days during the OTS (91–456): 52 visits in 365 days
    expect(r.families.contactsPerMonth.max).toBeCloseTo(52 / (365 / DAYS_PER_MONTH), 9);
  });

  it('a family still under its measure when the run ends: contacts per month over the measure so far', () => {
    const r = observed(0, 200, [0]).run();
    // visits 96, 103, …, 194: 15 in the 109 days since the ruling
    expect(r.families.contactsPerMonth.max).toBeCloseTo(15 / (109 / DAYS_PER_MONTH), 9);
    expect(r.system.censoredShare).toBe(1);
  });

  it("the cohort's cold handovers and guardian changes per family-year", () => {
    // the departure test's family: LT → RvdK → guardian → (leaves) → new guardian → LT; 526 + 30 days in the chain
    const { chain, run } = observed(0, 700, [0], { guardians: { recruitmentDays: fixed(30), inductionDays: 90, inductionCapShare: 0.5 } });
    chain.sim.run(200);
    const pos = chain.institutions[0]!.positions[0]!;
    pos.team.depart(pos);
    const r = run();
    const years = (526 + 30) / DAYS_PER_YEAR;
    expect(r.system.guardianChangesPerFamilyYear).toBeCloseTo(1 / years, 9);
    expect(r.system.coldHandoversPerFamilyYear).toBeCloseTo(3 / years, 9);
  });
});

describe('areas', () => {
  it("utilisation per area, named after it, with each area's own Veilig Thuis and Raad", () => {
    // one family in each area, both through Veilig Thuis (a 7-day triage): the path moves on by 7 days
    const s = pathScenario({
      region: {
        municipalities: [
          { name: 'Ede', youthPopulation: 26400, measuresPerThousandYouth: 8.7, area: 'North' },
          { name: 'Barneveld', youthPopulation: 13200, measuresPerThousandYouth: 10.6, area: 'South' },
        ],
      },
      localTeam: { workersPerThousandYouth: 0.04 },
      entry: { viaVeiligThuisShare: 1 },
      simulation: { warmupYears: 0, years: 600 / DAYS_PER_YEAR, followUpYears: 0 },
    });
    const chain = new Chain(s, SEED, 0);
    chain.arrivals.signal(0);
    chain.arrivals.signal(1);
    const r = chain.run();
    const u = r.system.utilisation;
    expect(Object.keys(u).sort()).toEqual(
      [
        'GI GI',
        'JBT North',
        'JBT South',
        'LT Barneveld',
        'LT Ede',
        'RvdK North',
        'RvdK South',
        'VT North',
        'VT South',
        'court North',
        'court South',
      ].sort(),
    );
    const [north, south] = chain.areas as [(typeof chain.areas)[0], (typeof chain.areas)[0]];
    expect(u['VT North']).toBeCloseTo(7 / 600 / north.veiligThuis.size, 12);
    expect(u['VT South']).toBeCloseTo(7 / 600 / south.veiligThuis.size, 12);
    expect(u['RvdK North']).toBeCloseTo(50 / 600 / north.rvdk.size, 12);
    expect(r.system.fte.veiligThuis).toBeCloseTo((north.veiligThuis.size + south.veiligThuis.size) / s.veiligThuis.reportsPerWorker, 12);
    expect(r.system.fte.rvdkInvestigator).toBeCloseTo((north.rvdk.size + south.rvdk.size) / s.rvdk.investigationsPerInvestigator, 12);
  });

  it('an institution with a team in each area is one line of utilisation, named after the institution', () => {
    const s = pathScenario({
      region: {
        municipalities: [
          { name: 'Ede', youthPopulation: 26400, measuresPerThousandYouth: 8.7, area: 'North' },
          { name: 'Barneveld', youthPopulation: 13200, measuresPerThousandYouth: 10.6, area: 'South' },
        ],
      },
      gi: { teamsPerArea: true },
      simulation: { warmupYears: 0, years: 100 / DAYS_PER_YEAR, followUpYears: 0 },
    });
    const chain = new Chain(s, SEED, 0);
    expect(chain.institutions.length).toBe(2);
    expect(Object.keys(chain.run().system.utilisation).filter((k) => k.startsWith('GI'))).toEqual(['GI GI']);
  });

  it("one named area is the whole region: its links go without the area's name", () => {
    const s = pathScenario({
      region: { municipalities: [{ name: 'Ede', youthPopulation: 26400, measuresPerThousandYouth: 8.7, area: 'North' }] },
      simulation: { warmupYears: 0, years: 100 / DAYS_PER_YEAR, followUpYears: 0 },
    });
    const chain = new Chain(s, SEED, 0);
    expect(Object.keys(chain.run().system.utilisation).sort()).toEqual(['GI GI', 'JBT', 'LT Ede', 'RvdK', 'VT', 'court']);
  });
});

describe('time to a guardian for a family signalled after day 0', () => {
  // signalled on day 10: the table on day 35 (it meets every 7 days), investigation 35–85,
  // hearing and ruling on day 105, the first visit 5 days after a guardian takes the case
  it('long involvement: the guardian there at the ruling, 95 days after the signal', () => {
    const r = observed(0, 700, [10], { reforms: { longInvolvement: { enabled: true } } }).run();
    expect(r.survival.timeFromRulingToGuardianDays.events.values).toEqual([0]);
    expect(r.survival.timeFromSignalToGuardianDays.events.values).toEqual([95]);
  });

  it('the first visit 5 days after the ruling: 100 days after the signal', () => {
    const r = observed(0, 700, [10]).run();
    expect(r.survival.timeFromRulingToGuardianDays.events.values).toEqual([5]);
    expect(r.survival.timeFromSignalToGuardianDays.events.values).toEqual([100]);
  });

  it('a run that ends between the ruling and the first visit: censored at the time since the ruling and since the signal', () => {
    const r = observed(0, 108, [10]).run();
    expect(r.survival.timeFromRulingToGuardianDays.censored.values).toEqual([3]);
    expect(r.survival.timeFromSignalToGuardianDays.censored.values).toEqual([98]);
    expect(r.survival.timeFromSignalToGuardianDays.events.values).toEqual([]);
  });

  it('a measure that ends before any visit: censored at its length, and at the time since the signal', () => {
    const { chain, run } = observed(0, 700, [10], { guardians: { sickDays: fixed(700), replacementPoolShare: 0 } });
    chain.sim.run(106);
    const pos = chain.institutions[0]!.positions[0]!;
    expect(pos.cases.length).toBe(1);
    pos.team.fallIll(pos); // before the first visit (day 110), and nobody covers
    const r = run();
    expect(r.survival.timeFromRulingToGuardianDays.censored.values).toEqual([365]);
    expect(r.survival.timeFromSignalToGuardianDays.censored.values).toEqual([460]);
  });
});
