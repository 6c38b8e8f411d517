// New families (src/model/arrivals.ts): each municipality signals families as a Poisson process
// at youth / 1000 × signals per thousand × (its measure rate ÷ the reference rate) × the reforms'
// factor; families who need no compulsory track come forward with the reforms' probability; the
// number of children and problem domains is a whole number, at least one. Counts are checked
// against the Poisson mean within 5 standard deviations (about 1 in 1.7 million to fail by chance).

import { describe, expect, it } from 'vitest';
import { Chain } from '../../src/model/chain.js';
import { STREAM_NAMES, arrivalStream, teamStream } from '../../src/model/streams.js';
import { DAYS_PER_YEAR } from '../../src/model/units.js';
import { SEED, scenario, type Plain } from './helpers.js';

const fixed = (value: number) => ({ kind: 'deterministic', value });

/** Families that need nothing and close after a day of help, in `municipalities`, observed over `years`. */
function quickFamilies(municipalities: Plain[], years: number, ...over: Plain[]) {
  return scenario(
    {
      region: { municipalities, referenceMeasuresPerThousandYouth: 8, childrenPerFamily: fixed(1) },
      entry: { signalsPerThousandYouthPerYear: 20, viaVeiligThuisShare: 0, reentryProbability: 0 },
      family: { compulsoryNeedAtEntry: 0, deteriorationRatePerYear: 0, problemDomains: fixed(1) },
      localTeam: { workersPerThousandYouth: 10, caseloadCapFamilies: 100, voluntaryHelpDays: fixed(1), turnoverRatePerYear: 0 },
      simulation: { start: 'empty', warmupYears: 0, years, followUpYears: 0 },
    },
    ...over,
  );
}

/** Runs the chain and counts the signals of each municipality (the real signal runs; the count is taken on the way in). */
function signalsPerMunicipality(
  s: ReturnType<typeof scenario>,
  seed = SEED,
): { perMunicipality: number[]; arrived: number; children: number; stayedAway: number } {
  const chain = new Chain(s, seed, 0);
  const counts = s.region.municipalities.map(() => 0);
  const signal = chain.arrivals.signal.bind(chain.arrivals);
  chain.arrivals.signal = (m: number) => {
    counts[m]!++;
    signal(m);
  };
  const r = chain.run();
  return {
    perMunicipality: counts,
    arrived: r.system.familiesArrived,
    children: r.system.childrenArrived,
    stayedAway: r.system.familiesStayedAway,
  };
}

const within5Sd = (n: number, mean: number) => {
  expect(Math.abs(n - mean), `${n} against a Poisson mean of ${mean.toFixed(1)}`).toBeLessThan(5 * Math.sqrt(mean));
};

describe('the rate of signals', () => {
  it("grows with each municipality's youth and its measure rate relative to the reference", () => {
    // A: 20,000 young people at the reference rate: 20 × 20 = 400 a year. B: 5,000 at twice the
    // reference: 5 × 20 × 2 = 200 a year. C: 10,000 at a quarter: 10 × 20 / 4 = 50 a year.
    const s = quickFamilies(
      [
        { name: 'A', youthPopulation: 20_000, measuresPerThousandYouth: 8 },
        { name: 'B', youthPopulation: 5_000, measuresPerThousandYouth: 16 },
        { name: 'C', youthPopulation: 10_000, measuresPerThousandYouth: 2 },
      ],
      1,
    );
    const { perMunicipality, arrived } = signalsPerMunicipality(s);
    within5Sd(perMunicipality[0]!, 400);
    within5Sd(perMunicipality[1]!, 200);
    within5Sd(perMunicipality[2]!, 50);
    // every family here needs nothing, comes forward and is signalled in the window
    expect(arrived).toBe(perMunicipality.reduce((a, b) => a + b, 0));
  });

  it("is multiplied by the reforms' signal factor (prevention: more, earlier signals)", () => {
    const s = quickFamilies([{ name: 'A', youthPopulation: 20_000, measuresPerThousandYouth: 8 }], 1, {
      reforms: { prevention: { enabled: true, extraSignalsShare: 0.5, compulsoryNeedReduction: 0 } },
    });
    within5Sd(signalsPerMunicipality(s).perMunicipality[0]!, 400 * 1.5);
  });

  it('the gaps between signals are exponential: as many short gaps as a Poisson process has', () => {
    // in a Poisson process of rate λ the share of gaps below the mean gap is 1 − 1/e
    const s = quickFamilies([{ name: 'A', youthPopulation: 20_000, measuresPerThousandYouth: 8 }], 1);
    const chain = new Chain(s, SEED, 0);
    const times: number[] = [];
    const signal = chain.arrivals.signal.bind(chain.arrivals);
    chain.arrivals.signal = (m: number) => {
      times.push(chain.sim.now);
      signal(m);
    };
    chain.run();
    const meanGap = DAYS_PER_YEAR / 400;
    const gaps = times.slice(1).map((t, i) => t - times[i]!);
    const short = gaps.filter((g) => g < meanGap).length;
    const p = 1 - Math.exp(-1);
    expect(Math.abs(short - p * gaps.length)).toBeLessThan(5 * Math.sqrt(gaps.length * p * (1 - p)));
    expect(times[0]!).toBeGreaterThan(0); // the first family comes after a gap too, not at time 0
  });

  it('no signals at a rate of 0, and none after the run ends', () => {
    const none = quickFamilies([{ name: 'A', youthPopulation: 20_000, measuresPerThousandYouth: 8 }], 0.1, {
      entry: { signalsPerThousandYouthPerYear: 0 },
    });
    expect(signalsPerMunicipality(none).perMunicipality).toEqual([0]);
    const s = quickFamilies([{ name: 'A', youthPopulation: 20_000, measuresPerThousandYouth: 8 }], 0.1);
    const chain = new Chain(s, SEED, 0);
    chain.run();
    const started = chain.familiesStarted;
    chain.sim.run(chain.followUpEnd + DAYS_PER_YEAR / 10);
    expect(chain.familiesStarted).toBe(started);
  });
});

describe('common random numbers', () => {
  it('every stream of the model has a name of its own', () => {
    const names = [
      ...Object.values(STREAM_NAMES),
      arrivalStream(0),
      arrivalStream(1),
      teamStream('GI', 'turnover'),
      teamStream('GI', 'recruitment'),
      teamStream('GI', 'sick'),
      teamStream('LT Ede', 'turnover'),
    ];
    expect(new Set(names).size).toBe(names.length);
  });

  it("each municipality draws its own arrivals: a change in one leaves the others' arrival times as they were", () => {
    const times = (youthB: number) => {
      const s = quickFamilies(
        [
          { name: 'A', youthPopulation: 20_000, measuresPerThousandYouth: 8 },
          { name: 'B', youthPopulation: youthB, measuresPerThousandYouth: 8 },
        ],
        0.25,
      );
      const chain = new Chain(s, SEED, 0);
      const out: number[][] = [[], []];
      const signal = chain.arrivals.signal.bind(chain.arrivals);
      chain.arrivals.signal = (m: number) => {
        out[m]!.push(chain.sim.now);
        signal(m);
      };
      chain.run();
      return out;
    };
    const [a1, b1] = times(10_000);
    const [a2, b2] = times(30_000);
    expect(a1!.length).toBeGreaterThan(50);
    expect(a2).toEqual(a1);
    expect(b2!.length).toBeGreaterThan(b1!.length);
  });
});

describe('who comes forward', () => {
  const one = [{ name: 'A', youthPopulation: 20_000, measuresPerThousandYouth: 8 }];
  const higherThreshold: Plain = { reforms: { oneOrganisation: { enabled: true, voluntarySignalFactor: 0.25 } } };

  it("families who need only voluntary help come forward with the reforms' probability", () => {
    const { perMunicipality, arrived } = signalsPerMunicipality(quickFamilies(one, 1, higherThreshold));
    within5Sd(perMunicipality[0]!, 400);
    // of the signalled, a quarter come forward: binomial
    const n = perMunicipality[0]!;
    expect(Math.abs(arrived - 0.25 * n)).toBeLessThan(5 * Math.sqrt(n * 0.25 * 0.75));
  });

  it('families who need the compulsory track always come', () => {
    const s = quickFamilies(one, 0.25, higherThreshold, { family: { compulsoryNeedAtEntry: 1 } });
    const { perMunicipality, arrived } = signalsPerMunicipality(s);
    expect(perMunicipality[0]!).toBeGreaterThan(0);
    expect(arrived).toBe(perMunicipality[0]);
  });

  it('those who stay away in the window are counted, and without need or a later signal never come', () => {
    // a year of warm-up first: only the window's signals count
    const s = quickFamilies(one, 1, higherThreshold, { simulation: { warmupYears: 1 } });
    const chain = new Chain(s, SEED, 0);
    let inWindow = 0;
    const signal = chain.arrivals.signal.bind(chain.arrivals);
    chain.arrivals.signal = (m: number) => {
      if (chain.observer.inWindow()) inWindow++;
      signal(m);
    };
    const r = chain.run();
    expect(r.system.familiesStayedAway).toBeGreaterThan(200);
    expect(r.system.familiesArrived + r.system.familiesStayedAway).toBe(inWindow);
  });

  /** The instants of the chain's signals, and of the families it admits or that stay away at other instants (later). */
  function laterEntries(s: ReturnType<typeof scenario>) {
    const chain = new Chain(s, SEED, 0);
    const arrivals = chain.arrivals as unknown as {
      signal(m: number): void;
      admit(m: number, attrs: { needsCompulsory: boolean; children: number; problemDomains: number }): void;
      stayAway(m: number, domains: number, children: number): void;
    };
    const signalled = new Set<number>();
    const later = { withNeed: 0, withoutNeed: 0, stayedAway: 0, signals: 0, stayedAwayAtSignal: 0, attributes: new Set<string>() };
    const { signal, admit, stayAway } = arrivals;
    arrivals.signal = (m) => {
      signalled.add(chain.sim.now);
      later.signals++;
      signal.call(arrivals, m);
    };
    arrivals.admit = (m, attrs) => {
      if (!signalled.has(chain.sim.now)) {
        later[attrs.needsCompulsory ? 'withNeed' : 'withoutNeed']++;
        later.attributes.add(`${attrs.children} child, ${attrs.problemDomains} domain`);
      }
      admit.call(arrivals, m, attrs);
    };
    arrivals.stayAway = (m, d, c) => {
      if (signalled.has(chain.sim.now)) later.stayedAwayAtSignal++;
      else later.stayedAway++;
      stayAway.call(arrivals, m, d, c);
    };
    chain.run();
    return later;
  }

  it('a family that stays away still comes to need the compulsory track, at the rate it would in voluntary help, and is signalled then', () => {
    // 12 a year, halved by prevention's lower need, over the half month help would have taken:
    // 1 − e^−0.25 = 22% of them, signalled with the need
    const s = quickFamilies(one, 2, higherThreshold, {
      family: { deteriorationRatePerYear: 12 },
      localTeam: { voluntaryHelpDays: fixed(DAYS_PER_YEAR / 24) },
      reforms: { prevention: { enabled: true, extraSignalsShare: 0, compulsoryNeedReduction: 0.5 } },
    });
    const later = laterEntries(s);
    const n = later.stayedAwayAtSignal;
    expect(n).toBeGreaterThan(400);
    const p = 1 - Math.exp(-0.25);
    // families that stayed away in the last half month may be signalled after the run: a bias below 1 in 48
    expect(Math.abs(later.withNeed - p * n)).toBeLessThan(5 * Math.sqrt(n * p * (1 - p)) + (p * n) / 48);
    // and nobody else comes back: no re-entry here
    expect(later.withoutNeed + later.stayedAway).toBe(0);
  });

  it('a family that stays away and never needs more may be signalled again, needs the track or not, and decides again whether to come forward', () => {
    // half of those signalled again need the track (they come); of the other half a quarter come forward
    const s = quickFamilies(one, 2, higherThreshold, {
      entry: { reentryProbability: 1, reentryDelayDays: fixed(30) },
      family: { compulsoryNeedAtEntry: 0.5 },
      localTeam: { voluntaryHelpDays: fixed(10) },
    });
    const later = laterEntries(s);
    const again = later.withNeed + later.withoutNeed + later.stayedAway;
    // every family that stayed away more than 40 days before the end is signalled again: most of them
    expect(again).toBeGreaterThan(0.9 * (later.stayedAwayAtSignal + later.stayedAway) * (1 - 40 / 730));
    const within = (k: number, q: number) => expect(Math.abs(k - q * again)).toBeLessThan(5 * Math.sqrt(again * q * (1 - q)));
    within(later.withNeed, 0.5);
    within(later.withoutNeed, 0.5 * 0.25);
    // the family comes as it was: one child, one problem domain
    expect(later.attributes).toEqual(new Set(['1 child, 1 domain']));
  });

  it('without the reform everyone signalled comes', () => {
    const { perMunicipality, arrived } = signalsPerMunicipality(quickFamilies(one, 0.25));
    expect(arrived).toBe(perMunicipality[0]);
  });
});

describe("a family's size", () => {
  it('children and problem domains are whole numbers, at least one', () => {
    for (const [drawn, children] of [
      [0.2, 1],
      [1.4, 1],
      [2.6, 3],
    ] as const) {
      const s = quickFamilies([{ name: 'A', youthPopulation: 20_000, measuresPerThousandYouth: 8 }], 0.02, {
        region: { childrenPerFamily: fixed(drawn) },
        family: { problemDomains: fixed(drawn) },
      });
      const chain = new Chain(s, SEED, 0);
      chain.arrivals.signal(0);
      const f = chain.families.get(1)!;
      expect(f.children).toBe(children);
      expect(f.problemDomains).toBe(children);
      const r = chain.run();
      expect(r.system.childrenArrived).toBe(children * r.system.familiesArrived);
    }
  });
});
