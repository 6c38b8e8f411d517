// Each reform module's benefit and its cost, as statistics: the paired difference (reform − today)
// over 10 replications on common random numbers, whose 95% interval must exclude zero in the
// direction the mechanism implies. Any seed will do: the interval is what is judged. A region a
// third of FoodValley's size over a short window keeps the file to seconds. Duos at no cost are
// the exception: a claim of "not worse", on a region of their own whose GI has a queue.

import { beforeAll, describe, expect, it } from 'vitest';
import { Chain } from '../../src/model/chain.js';
import { LINKS, type ReplicationResult } from '../../src/model/index.js';
import type { Scenario } from '../../src/scenario/schema.js';
import { kaplanMeier, meanInterval, restrictedMean, valueCountsMean } from '../../src/statistics/index.js';
import { replications, scenario, SEED, type Plain } from './helpers.js';

const REPS = 10;
const SMALL: Plain = {
  region: { municipalities: [{ name: 'Ede', youthPopulation: 16000, measuresPerThousandYouth: 8.7 }] },
  gi: {
    institutions: [
      { name: 'A', share: 0.75, guardianPositions: 6 },
      { name: 'B', share: 0.25, guardianPositions: 2 },
    ],
  },
  simulation: { start: 'empty', warmupYears: 1.5, years: 2.5, followUpYears: 0.5 },
};
const on = (key: string, settings: Plain = {}): Plain => ({ reforms: { [key]: { enabled: true, ...settings } } });

const runs = new Map<string, ReplicationResult[]>();
const run = (name: string, ...over: Plain[]): ReplicationResult[] => {
  const known = runs.get(name);
  if (known !== undefined) return known;
  const r = replications(scenario(SMALL, ...over), REPS, SEED);
  runs.set(name, r);
  return r;
};
const today = () => run('today');

type Pick = (r: ReplicationResult) => number;
const perFamily =
  (pick: (r: ReplicationResult) => Parameters<typeof valueCountsMean>[0]): Pick =>
  (r) =>
    valueCountsMean(pick(r));

/** The 95% interval of the paired difference (reform − today) of `pick` over the replications. */
function paired(reform: ReplicationResult[], pick: Pick) {
  const base = today();
  const d = reform.map((r, i) => pick(r) - pick(base[i]!));
  return meanInterval(d, 0.95);
}

function expectLower(name: string, reform: ReplicationResult[], pick: Pick): void {
  const i = paired(reform, pick);
  expect(
    i.high,
    `${name}: reform − today = ${i.mean.toPrecision(3)} (95% ${i.low.toPrecision(3)} … ${i.high.toPrecision(3)})`,
  ).toBeLessThan(0);
}
function expectHigher(name: string, reform: ReplicationResult[], pick: Pick): void {
  const i = paired(reform, pick);
  expect(
    i.low,
    `${name}: reform − today = ${i.mean.toPrecision(3)} (95% ${i.low.toPrecision(3)} … ${i.high.toPrecision(3)})`,
  ).toBeGreaterThan(0);
}

beforeAll(() => {
  today();
}, 60_000);

describe('guardian duos', () => {
  const duos = () => run('duos', on('guardianDuos'));
  it('benefit: fewer cold handovers when a guardian leaves or is ill', () => {
    expectLower(
      'cold turnover + absence handovers per family',
      duos(),
      perFamily((r) => r.families.handoversByCause.turnover.cold) as Pick,
    );
    const coldAbsence: Pick = (r) =>
      valueCountsMean(r.families.handoversByCause.absence.cold) + valueCountsMean(r.families.handoversByCause.turnover.cold);
    expectLower('cold turnover + absence handovers per family', duos(), coldAbsence);
  });
  it('cost: coordination hours while both seats are filled', () => {
    expectHigher('duo coordination hours a week', duos(), (r) => r.system.reformHoursPerWeek.duoCoordination);
  });
});

describe('guardian in the local team', () => {
  const embedded = () => run('embedded', on('guardianInLocalTeam'));
  it('benefit: fewer escalations to the table, and a warm afschaling', () => {
    expectLower('escalations to the table', embedded(), (r) => r.system.escalationsToJBT);
    expectLower('cold afschaling handovers per family', embedded(), (r) => valueCountsMean(r.families.handoversByCause.afschaling.cold));
  });
  it("cost: guardians' hours at the local team", () => {
    expectHigher('hours at the local team a week', embedded(), (r) => r.system.reformHoursPerWeek.guardianAtLocalTeam);
  });
});

describe('less administration', () => {
  const less = () => run('lessAdmin', on('lessAdmin'));
  it('benefit: a guardian visits more often', () => {
    expectLower('days between visits', less(), (r) => valueCountsMean(r.families.visitIntervalDays));
  });
  it('cost: administrative support staff', () => {
    expectHigher('admin support FTE', less(), (r) => r.system.fte.adminSupport);
  });
});

describe('a lower caseload (12 children, positions grown to match)', () => {
  const lower = () => run('caseload12', on('lowerCaseload', { caseloadCapChildren: 12, keepCapacity: true }));
  it('benefit: smaller caseloads and more contact', () => {
    expectLower('children per guardian', lower(), (r) => r.system.guardianCaseloadChildren);
    expectHigher('contacts per month', lower(), (r) => valueCountsMean(r.families.contactsPerMonth));
  });
  it('cost: more guardian FTE', () => {
    expectHigher('guardian FTE', lower(), (r) => r.system.fte.guardian);
  });
});

describe('self-delivered help', () => {
  const self = () => run('self', on('selfDeliveredHelp'));
  it('benefit: fewer help providers, fewer faces', () => {
    expectLower('providers deployed', self(), (r) => r.system.providersDeployed);
    expectLower('professionals per family', self(), (r) => valueCountsMean(r.families.professionalsPerFamily));
  });
  it("cost: the professionals' hours", () => {
    expectHigher('self-delivered help hours a week', self(), (r) => r.system.reformHoursPerWeek.selfDeliveredHelp);
  });
});

describe('prevention', () => {
  const prevention = () => run('prevention', on('prevention'));
  it('benefit: fewer measures', () => {
    expectLower('measures started', prevention(), (r) => r.system.measuresStarted);
  });
  it('cost: more (earlier) signals, and the programme', () => {
    expectHigher('families signalled', prevention(), (r) => r.system.familiesArrived);
    expectHigher('cost per year', prevention(), (r) => r.system.costPerYearEuro);
  });
});

describe('one organisation', () => {
  const one = () => run('one', on('oneOrganisation'));
  it('benefit: no Veilig Thuis step and no table: fewer faces, a shorter way to the Raad', () => {
    expectLower('professionals per family', one(), (r) => valueCountsMean(r.families.professionalsPerFamily));
    for (const r of one()) expect(r.families.waitDays.JBT.n).toBe(0);
  });
  it('cost: fewer families without the need for the compulsory track come forward', () => {
    expectLower('families signalled', one(), (r) => r.system.familiesArrived);
  });
});

describe('long involvement', () => {
  const long = () => run('long', on('longInvolvement'));
  it('benefit: fewer handovers', () => {
    expectLower('handovers per family', long(), (r) => valueCountsMean(r.families.handoversPerFamily));
  });
  it('cost: guardian caseload held by families outside a measure', () => {
    expectHigher('long-involvement hours a week', long(), (r) => r.system.reformHoursPerWeek.longInvolvement);
  });
});

describe('duos at no coordination cost and with the same positions', () => {
  // The issue: duos at zero coordination cost and the same positions are not worse than today on
  // any wait. That is only a question where the GI has a queue a duo could lengthen, which the
  // file's small region (empty for 1.5 years, GI used at 0.4–0.5) has not. Here one GI of 8
  // positions (four pairs) serves 15,000 youth and is left to fill for 10 years from empty: today
  // it is used at ~0.94 and a family waits ~53 days for its guardian (the bundled FoodValley
  // baseline waits tens of days too). 20 replications of 5 observed years, the same seeds for both
  // arms (common random numbers): about a second an arm.
  const LOADED: Plain = {
    region: { municipalities: [{ name: 'Ede', youthPopulation: 15000, measuresPerThousandYouth: 8.7 }] },
    gi: { institutions: [{ name: 'GI', share: 1, guardianPositions: 8 }] },
    simulation: { start: 'empty', warmupYears: 10, years: 5, followUpYears: 1 },
  };
  const N = 20;
  const WEEK = 7;

  interface DuoRun {
    result: ReplicationResult;
    /** The most children a member held above the carry limit, at any weekly look (0 or less: never above it). */
    mostAboveCarryLimit: number;
    /** Children held above a member's own cap while the partner is in post with a full cap, on average over the weekly looks. */
    aboveCapInFilledPairs: number;
  }

  /** One replication of the duo arm, exactly as runReplication runs it, with a weekly look at every guardian's caseload. */
  function duoRun(s: Scenario, replication: number): DuoRun {
    const chain = new Chain(s, SEED, replication);
    let looks = 0;
    let above = 0;
    let most = -Infinity;
    const look = () => {
      looks++;
      for (const team of chain.institutions)
        for (const pos of team.positions) {
          most = Math.max(most, pos.load - team.carryLimit);
          const partner = pos.partner;
          if (partner !== null && partner.person !== null && !partner.inducting) above += Math.max(0, pos.load - team.capOf(pos));
        }
      chain.sim.schedule(WEEK, look);
    };
    chain.sim.schedule(WEEK, look);
    const result = chain.run();
    return { result, mostAboveCarryLimit: most, aboveCapInFilledPairs: above / looks };
  }

  let today: ReplicationResult[] = [];
  let duos: DuoRun[] = [];
  beforeAll(() => {
    today = replications(scenario(LOADED), N, SEED);
    const free = scenario(LOADED, on('guardianDuos', { coordinationHoursPerFamilyPerMonth: 0 }));
    duos = Array.from({ length: N }, (_, r) => duoRun(free, r));
  }, 60_000);

  const orZero = (m: number) => (Number.isNaN(m) ? 0 : m);
  const waits: [string, Pick][] = [
    ...LINKS.map((link): [string, Pick] => [`the wait at ${link} (days)`, (r) => orZero(valueCountsMean(r.families.waitDays[link]))]),
    [
      'the time from ruling to guardian (days, Kaplan–Meier)',
      (r) => {
        const t = r.survival.timeFromRulingToGuardianDays;
        return orZero(restrictedMean(kaplanMeier(t.events, t.censored)));
      },
    ],
    ['children without a guardian', (r) => r.system.childrenWithoutGuardian],
  ];

  it('the scenario has a queue at the GI: today it is used at 0.85–0.97 and families wait weeks for a guardian', () => {
    const use = today.reduce((a, r) => a + r.system.guardianUtilisation, 0) / N;
    const wait = today.reduce((a, r) => a + valueCountsMean(r.families.waitDays.GI), 0) / N;
    expect(use, 'GI utilisation today').toBeGreaterThan(0.85);
    expect(use, 'GI utilisation today').toBeLessThan(0.97);
    expect(wait, 'days a family waits for a guardian today').toBeGreaterThan(14);
  });

  // "Not worse", as a non-inferiority claim: the whole 95% interval of the paired difference
  // (duos − today) lies below a small margin, half a day (half a child) or 5% of today's level,
  // whichever is larger. The margin is there for the waits at the table and the court, which duos
  // do not touch and which differ between the arms only as the random numbers fall (their upper
  // bounds are under 0.1 day here). A duo that lengthens the queue at the GI lengthens it by far
  // more: with its default coordination time (half an hour a month per family) the wait for a
  // guardian is ~50 days longer (95% 23 … 76).
  it.each(waits)('are not worse than today on %s', (name, pick) => {
    const d = duos.map((x, r) => pick(x.result) - pick(today[r]!));
    const i = meanInterval(d, 0.95);
    const level = today.reduce((a, r) => a + pick(r), 0) / N;
    const margin = Math.max(0.5, 0.05 * level);
    expect(
      i.high,
      `${name}: duos − today = ${i.mean.toFixed(2)} (95% ${i.low.toFixed(2)} … ${i.high.toFixed(2)}), today ${level.toFixed(1)}, margin ${margin.toFixed(2)}`,
    ).toBeLessThanOrEqual(margin);
  });

  // Not worse is only half of the claim: a duo that kept families above the cap would shorten the
  // queue with capacity today's guardians do not have, and pass the test above more easily. The
  // duo as designed is already ~20 days shorter on the wait for a guardian (95% 0.3 … 40): the
  // partner carries part of a vacant seat's families for the months of recruitment. A partner
  // without the carry limit, or a pair that does not rebalance when the seat is filled, makes it
  // ~28–31 days shorter. So the same runs must show the duo keeping its caps: nobody above the
  // carry limit, ever, and no member above their own cap once the partner is in post with a full
  // cap (the carried families went to the partner at the hire or at the end of the induction; a
  // bound rather than none, for a heavy family that fits nowhere or a partner ill on the day).
  it('and get those waits with the caps of today: nobody above the carry limit, and a filled seat takes the carried families back', () => {
    const most = Math.max(...duos.map((x) => x.mostAboveCarryLimit));
    expect(most, 'children held above the carry limit').toBeLessThanOrEqual(0);
    const kept = duos.reduce((a, x) => a + x.aboveCapInFilledPairs, 0) / N;
    expect(kept, 'children held above the own cap in filled pairs, on average').toBeLessThan(0.1);
  });
});
