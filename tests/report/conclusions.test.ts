// The summary's sentences come from the numbers: known results in, known sentences out. A change
// is named only when its interval excludes zero (and it is not tiny); costs, prices, certainty and
// the assumption come from comparison.json and the scenario; an unsettled scenario says so first.

import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Comparison, CostEffectiveness, MetricDifference, MetricSummary, ScenarioSummary } from '../../src/experiment/types.js';
import type { ParameterNote } from '../../src/report/caveats.js';
import { type CheckInput, conclusions, likeTodayLeaning, pricesOf, rankGroups, sharedRanks } from '../../src/report/conclusions.js';
import type { UncertaintyFile } from '../../src/experiment/uncertaintyTypes.js';
import { costTable } from '../../src/report/costs.js';
import { labelsFor } from '../../src/report/labels.js';
import { SUMMARY_METRICS } from '../../src/report/outcomes.js';
import { restsOn } from '../../src/report/caveats.js';
import { formatEuro } from '../../src/report/format.js';
import { makeUncertainty } from './uncertaintyFixture.js';
import { defined } from '../helpers/defined.js';

/** A paired difference as comparison.json writes it. */
function diff(baseline: number, difference: number, low: number, high: number): MetricDifference {
  return { baseline, scenario: baseline + difference, difference, ci95: [low, high], relativeChange: difference / baseline, significant: low > 0 || high < 0 };
}

function summary(name: string, title: string, settled = true): ScenarioSummary {
  const m = (mean: number): MetricSummary => ({ mean, ci95: [mean, mean], p50: mean, p90: mean, p95: mean, max: mean, n: 10 });
  return {
    scenario: { name, title: { nl: title, en: `${title} (en)` }, file: `${name}.yaml`, hash: 'x', description: '' },
    seed: 1,
    replications: 10,
    horizonDays: 5 * 365.25,
    warmupDays: 365.25,
    version: 'test',
    metrics: { utilisation: { 'GI Jeugdbescherming Gelderland': m(settled ? 0.9 : 1.01) } } as unknown as ScenarioSummary['metrics'],
    settled: settled ? { settled: true, reasons: [], checks: [] } : { settled: false, reasons: ['GI Jeugdbescherming Gelderland is busy 101% of the time'], checks: [] },
    distributions: {},
    series: {},
    provenance: {},
  };
}

/** Costs as comparison.json prices them: the extra cost a year and euro per unit of the priced improvements. */
function costs(mean: number, low: number, high: number, priced: Array<[string, number, [number, number]]> = []): CostEffectiveness {
  return {
    costPerYearEuro: { mean, ci95: [low, high] },
    improvements: priced.map(([metric, estimate, ci95]) => ({ metric, unit: 'unit', perYear: { mean: 50, ci95: [40, 60] }, euroPerUnit: { estimate, ci95 } })),
  };
}

const DUOS_ASSUMPTIONS: ParameterNote[] = [
  { path: 'reforms.guardianDuos.coordinationHoursPerFamilyPerMonth', name: 'Overlegtijd in het duo', value: '0,5 uur per gezin per maand', source: 'aanname', assumption: true },
  { path: 'gi.extensionContactElasticity', name: 'Effect van contact op verlenging', value: '0,3', source: 'aanname', assumption: true },
];

/** A baseline and three reforms with known differences. */
function known(): { summaries: ScenarioSummary[]; comparison: Comparison } {
  const comparison: Comparison = {
    baseline: 'base',
    seed: 1,
    replications: 10,
    scenarios: {
      duos: {
        coldHandoversPerFamily: diff(3.96, -0.57, -0.65, -0.49),
        // its interval includes zero: never named
        childrenWithoutGuardian: diff(28.2, -26.7, -52.9, 0.4),
        // clearly worse
        visitIntervalDays: diff(30.8, 9.4, 6.9, 12.0),
        // clear but under 5% of the level: not news
        professionalsPerFamily: diff(12, 0.3, 0.1, 0.5),
        'fte.guardian': diff(27, 2.5, 2.0, 3.0),
        costPerYearEuro: diff(24_400_000, 1_420_000, 710_000, 2_130_000),
      },
      nothing: {
        coldHandoversPerFamily: diff(3.96, -0.2, -0.5, 0.1),
        childrenWithoutGuardian: diff(28.2, 3, -1, 7),
        costPerYearEuro: diff(24_400_000, 100_000, -300_000, 500_000),
      },
      cheap: {
        childrenWithoutGuardian: diff(28.2, -10, -16.3, -3.7),
        costPerYearEuro: diff(24_400_000, -1_660_000, -2_320_000, -980_000),
      },
    },
    costEffectiveness: {
      duos: costs(1_420_000, 710_000, 2_130_000, [['coldHandoversPerFamily', 28_288, [16_362, 37_946]]]),
      nothing: costs(100_000, -300_000, 500_000),
      cheap: costs(-1_660_000, -2_320_000, -980_000, [['childrenWithoutGuardian', -165_000, [-400_000, -60_000]]]),
    },
  };
  return { summaries: [summary('base', 'Nu'), summary('duos', "Duo's"), summary('nothing', 'Niets'), summary('cheap', 'Goedkoop')], comparison };
}

describe('the summary sentences', () => {
  const { summaries, comparison } = known();
  // built before the tests, not in this body: code that throws while the file is collected fails
  // no test, so a mutation run would count the mutant that makes it throw as survived
  let nl: ReturnType<typeof conclusions>;
  beforeAll(() => {
    nl = conclusions(labelsFor('nl'), { summaries, comparison, assumptions: { duos: DUOS_ASSUMPTIONS } });
  });
  const of = (c: ReturnType<typeof conclusions>, name: string) => c.reforms.find((r) => r.scenario === name)!;

  it('names the clear improvement and the clear worsening with their numbers, nothing else', () => {
    const [effects] = of(nl, 'duos').sentences;
    expect(effects).toBe("Duo's: minder koude overdrachten (−0,57 per gezin, −14%), maar minder vaak bezoek van de gezinsvoogd (elke 40,2 in plaats van elke 30,8 dagen).");
    expect(effects).not.toMatch(/zonder gezinsvoogd/);
    expect(effects).not.toMatch(/professionals/);
  });

  it('says what it costs in FTE and euro, the price of its main improvement, how certain, and what it rests on', () => {
    const [, cost] = of(nl, 'duos').sentences;
    expect(cost).toBe(
      'Kosten: +2,5 fte gezinsvoogd en € 1,4 mln per jaar meer (95%-BI € 0,7 tot € 2,1 mln); € 28.300 per vermeden koude overdracht (95%-BI € 16.400 tot € 37.900). ' +
        'Het effect op koude overdrachten is duidelijk en nauwkeurig bepaald (95%-BI −0,65 tot −0,49 per gezin) en rust op de aanname van het scenario ‘Overlegtijd in het duo’ (0,5 uur per gezin per maand); hoe zwaar die weegt naast de andere aannames, meet deze vergelijking niet (dat doen ‘jbsim sensitivity --on-difference’ en ‘jbsim uncertainty’ met meer werelden dan aannames).',
    );
  });

  it("names each of a reform's own assumptions, so the one that carries the effect is not left out; a long list by its first three", () => {
    const note = (key: string, name: string, value: string): ParameterNote => ({ path: `reforms.guardianInLocalTeam.${key}`, name, value, source: 'aanname', assumption: true });
    const hours = note('hoursPerWeek', 'Tijd van de gezinsvoogd in het lokaal team', '2 uur per week');
    const averted = note('escalationReduction', 'Minder opschaling door advies', '20%');
    const sentence = (assumptions: ParameterNote[]) =>
      of(conclusions(labelsFor('nl'), { ...known(), assumptions: { duos: assumptions } }), 'duos').sentences.join(' ');
    expect(sentence([hours, averted])).toContain(
      'rust op de aannames van het scenario ‘Tijd van de gezinsvoogd in het lokaal team’ (2 uur per week) en ‘Minder opschaling door advies’ (20%); welke het zwaarst weegt, meet',
    );
    const four = [hours, averted, note('a', 'Derde', '1'), note('b', 'Vierde', '2')];
    expect(sentence(four)).toContain('rust op aannames van het scenario, zoals ‘Tijd van de gezinsvoogd in het lokaal team’ (2 uur per week), ‘Minder opschaling door advies’ (20%), ‘Derde’ (1) en nog 1 andere; welke');
    expect(sentence(four)).not.toContain('Vierde');
    // a price or staff still paid moves the cost, never the effect: not named behind it
    const programme: ParameterNote = { ...note('programmeEuroPerThousandYouthPerYear', 'Kosten van het programma', '€ 4.000'), costOnly: true };
    expect(sentence([averted, programme])).toContain('rust op de aanname van het scenario ‘Minder opschaling door advies’ (20%); hoe zwaar');
    expect(sentence([programme])).not.toContain('Kosten van het programma');
  });

  it('without a measured driver, never says the effect rests mainly on an assumption, nor ties the contact feedback to visits', () => {
    const visits = known();
    // the cheap reform now mainly visits more often; its assumptions were never ranked
    defined(visits.comparison.scenarios.cheap, 'the cheap scenario').visitIntervalDays = diff(31.7, -13.8, -16.3, -11.4);
    const assumptions = { cheap: DUOS_ASSUMPTIONS, duos: DUOS_ASSUMPTIONS };
    for (const lang of ['nl', 'en'] as const) {
      const text = conclusions(labelsFor(lang), { ...visits, assumptions }).reforms.map((r) => r.sentences.join(' ')).join(' ');
      expect(text).not.toMatch(/rust vooral op|rests most on/);
      expect(text).not.toMatch(/contact op verlenging/);
    }
    const [, cost] = of(conclusions(labelsFor('en'), { ...visits, assumptions }), 'cheap').sentences;
    expect(cost).toMatch(/and rests on the scenario's assumption ‘Overlegtijd in het duo’ \(0,5 uur per gezin per maand\); how much it weighs beside the other assumptions, this comparison does not measure \(‘jbsim sensitivity --on-difference’ and ‘jbsim uncertainty’ with more worlds than assumptions do\)\.$/);
    // the contact feedback alone does not carry a visit effect: no clause at all
    const onlyContact = conclusions(labelsFor('nl'), { ...visits, assumptions: { cheap: DUOS_ASSUMPTIONS.slice(1) } });
    expect(of(onlyContact, 'cheap').sentences.join(' ')).not.toMatch(/aanname/);
  });

  it('leaves guardians in induction out of the cost: they are among the guardians', () => {
    const more = known();
    defined(more.comparison.scenarios.duos, 'the duos')['fte.guardianInInduction'] = diff(1.3, 0.7, 0.5, 0.9);
    for (const lang of ['nl', 'en'] as const) {
      const [, cost] = of(conclusions(labelsFor(lang), { ...more, assumptions: {} }), 'duos').sentences;
      expect(cost).toMatch(/^(Kosten: \+2,5 fte gezinsvoogd en|Cost: \+2\.5 FTE gezinsvoogd and) /);
      expect(cost).not.toMatch(/inwerk|induction|\+0[,.]7 (fte|FTE)/);
    }
  });

  it('says beside more or fewer guardians the caseload they then have, and nowhere else', () => {
    const more = known();
    defined(more.comparison.scenarios.duos, 'the duos').guardianCaseloadChildren = diff(15.69, -6.91, -7.2, -6.6);
    defined(more.comparison.scenarios.duos, 'the duos')['fte.localTeam'] = diff(20, 1, 0.8, 1.2);
    const [, nl] = of(conclusions(labelsFor('nl'), { ...more, assumptions: {} }), 'duos').sentences;
    expect(nl).toMatch(/^Kosten: \+2,5 fte gezinsvoogd \(gemiddeld 8,8 in plaats van 15,7 kinderen per gezinsvoogd\), \+1,0 fte [^(]*en € 1,4 mln/);
    const [, en] = of(conclusions(labelsFor('en'), { ...more, assumptions: {} }), 'duos').sentences;
    expect(en).toContain('+2.5 FTE gezinsvoogd (on average 8.8 instead of 15.7 children per gezinsvoogd)');
    // without the caseload figure, the FTE alone
    const [, plain] = of(conclusions(labelsFor('nl'), { ...known(), assumptions: {} }), 'duos').sentences;
    expect(plain).toMatch(/^Kosten: \+2,5 fte gezinsvoogd en /);
  });

  it('says the cost difference comes mainly from help providers when they carry it, and only then', () => {
    const withProviders = (providers: MetricDifference) => {
      const k = known();
      defined(k.comparison.scenarios.cheap, 'the cheap scenario').providersActive = providers;
      return k;
    };
    const prices = { base: 10_000, cheap: 10_000, duos: 10_000 };
    // 1,66 mln less, of which 155 provider-years at € 10.000: 1,55 mln
    const fewer = withProviders(diff(1775, -155, -230, -81));
    const nl = of(conclusions(labelsFor('nl'), { ...fewer, assumptions: {}, providerPricePerYear: prices }), 'cheap').sentences[1];
    expect(nl).toMatch(/^Kosten: € 1,7 mln per jaar minder \(95%-BI € 1,0 tot € 2,3 mln\), vooral door minder hulpverleners \(−155 trajectjaren per jaar\); het bespaart geld/);
    const en = of(conclusions(labelsFor('en'), { ...fewer, assumptions: {}, providerPricePerYear: prices }), 'cheap').sentences[1];
    expect(en).toMatch(/^Cost: €1\.7 million a year less \(95% CI €1\.0 to €2\.3 million\), mainly through fewer help providers \(−155 provider-years a year\);/);
    const silent = (k: ReturnType<typeof known>, p?: Record<string, number>) => of(conclusions(labelsFor('nl'), { ...k, assumptions: {}, ...(p ? { providerPricePerYear: p } : {}) }), 'cheap').sentences[1];
    // without the price, a small part of the difference, an unclear change, or the other way: nothing said
    expect(silent(fewer)).not.toMatch(/hulpverleners/);
    expect(silent(withProviders(diff(1775, -20, -30, -10)), prices)).not.toMatch(/hulpverleners/);
    expect(silent(withProviders(diff(1775, -155, -300, 10)), prices)).not.toMatch(/hulpverleners/);
    expect(silent(withProviders(diff(1775, 155, 81, 230)), prices)).not.toMatch(/hulpverleners/);
    // three times the difference: other parts go the other way, so providers are not 'mainly' it
    expect(silent(withProviders(diff(1775, -500, -600, -400)), prices)).not.toMatch(/hulpverleners/);
  });

  it('tells more frequent visits by both intervals, not as a fall in days that reads as fewer visits', () => {
    const visits = known();
    defined(visits.comparison.scenarios.cheap, 'the cheap scenario').visitIntervalDays = diff(31.7, -13.8, -16.3, -11.4);
    const [nl] = of(conclusions(labelsFor('nl'), { ...visits, assumptions: {} }), 'cheap').sentences;
    expect(nl).toContain('vaker bezoek van de gezinsvoogd (elke 17,9 in plaats van elke 31,7 dagen)');
    expect(nl).not.toMatch(/−13,8|−44%/);
    const [en] = of(conclusions(labelsFor('en'), { ...visits, assumptions: {} }), 'cheap').sentences;
    expect(en).toContain('more frequent visits by the gezinsvoogd (every 17.9 instead of every 31.7 days)');
  });

  it('always names a clear change in cold handovers or professionals per family, however small beside the others', () => {
    // self-delivered help as the bundled comparison shows it: per-family changes of 10–12% beside
    // waits and children without a guardian nine- to twelvefold
    const selfHelp = known();
    selfHelp.comparison.scenarios.cheap = {
      coldHandoversPerFamily: diff(4.34, 0.45, 0.35, 0.55),
      professionalsPerFamily: diff(12.94, -1.6, -1.76, -1.44),
      'waitDays.GI': diff(38.1, 442, 420, 465),
      timeFromRulingToGuardianDays: diff(47.8, 466, 442, 490),
      childrenWithoutGuardian: diff(22.2, 198, 188, 207),
      guardianChangesPerFamily: diff(0.6, 0.44, 0.37, 0.51),
      // neither better nor worse: named after 'verder'
      childrenUnderMeasure: diff(451, 225, 210, 240),
    };
    const [nl] = of(conclusions(labelsFor('nl'), { ...selfHelp, assumptions: {} }), 'cheap').sentences;
    expect(nl).toBe(
      'Goedkoop: minder professionals (−1,6 per gezin, −12%), maar langer wachten op een gezinsvoogd (+442 dagen, +1.160%), later een eerste bezoek van de gezinsvoogd na de uitspraak (+466 dagen, +975%), meer kinderen zonder gezinsvoogd (+198 kinderen, +892%) en meer koude overdrachten (+0,45 per gezin, +10%); verder meer kinderen met een maatregel (+225 kinderen, +50%).',
    );
    // the fourth-largest other change gives way, as before
    expect(nl).not.toMatch(/wisselingen/);

    // and among improvements: 6% fewer professionals beside waits and children without a guardian
    // that fall by three quarters and more
    const better = known();
    better.comparison.scenarios.cheap = {
      professionalsPerFamily: diff(12.94, -0.8, -0.95, -0.65),
      'waitDays.GI': diff(38.1, -36.1, -50, -22),
      timeFromRulingToGuardianDays: diff(47.8, -34.9, -49, -20),
      childrenWithoutGuardian: diff(22.2, -20.1, -26.8, -13.4),
      visitIntervalDays: diff(31.8, -13.6, -15, -12),
    };
    const [fewer] = of(conclusions(labelsFor('nl'), { ...better, assumptions: {} }), 'cheap').sentences;
    expect(fewer).toMatch(/^Goedkoop: korter wachten op een gezinsvoogd .* en minder professionals \(−0,8 per gezin, −6%\)\.$/);
    expect(fewer).not.toMatch(/vaker bezoek/);

    // both headlines and four others: five named, largest first; a headline that is clear but
    // under 5% of its level is not news, as any other change
    const both = known();
    both.comparison.scenarios.cheap = {
      coldHandoversPerFamily: diff(4.34, -0.3, -0.4, -0.2),
      ...better.comparison.scenarios.cheap,
    };
    const [five] = of(conclusions(labelsFor('nl'), { ...both, assumptions: {} }), 'cheap').sentences;
    expect(five).toMatch(
      /^Goedkoop: korter wachten op een gezinsvoogd \([^)]*\), minder kinderen zonder gezinsvoogd \([^)]*\), sneller een eerste bezoek [^)]*\), minder koude overdrachten \(−0,30 per gezin, −7%\) en minder professionals \(−0,8 per gezin, −6%\)\.$/,
    );
    defined(both.comparison.scenarios.cheap, 'cheap').coldHandoversPerFamily = diff(4.34, -0.15, -0.2, -0.1);
    const [small] = of(conclusions(labelsFor('nl'), { ...both, assumptions: {} }), 'cheap').sentences;
    expect(small).not.toMatch(/koude overdrachten/);
    expect(small).toMatch(/minder professionals \(/);
  });

  it('always names families kept from help as a worsening, first of the others, and then calls no saving a bargain', () => {
    // one organisation as the bundled comparison showed it: cheaper, better, and families who stay away (none today)
    const stayedAway = { ...diff(0, 251, 220, 282), relativeChange: null };
    const alone = known();
    alone.comparison.scenarios.cheap = { ...alone.comparison.scenarios.cheap, familiesStayedAway: stayedAway };
    const [effects, cost] = of(conclusions(labelsFor('nl'), { ...alone, assumptions: {} }), 'cheap').sentences;
    expect(effects).toBe('Goedkoop: minder kinderen zonder gezinsvoogd (−10,0 kinderen, −35%), maar meer gezinnen die wegblijven (+251 gezinnen in de waargenomen jaren).');
    expect(cost).not.toMatch(/bespaart geld/);
    // without them, the same reform is a bargain
    expect(of(conclusions(labelsFor('nl'), { ...known(), assumptions: {} }), 'cheap').sentences[1]).toMatch(/bespaart geld/);
    // beside four other worsenings with a relative change, it is named first and the smallest of those gives way
    const crowded = known();
    crowded.comparison.scenarios.cheap = {
      ...alone.comparison.scenarios.cheap,
      'waitDays.GI': diff(38.1, 10, 5, 15),
      timeFromRulingToGuardianDays: diff(47.8, 12, 6, 18),
      guardianChangesPerFamily: diff(0.6, 0.2, 0.1, 0.3),
      visitIntervalDays: diff(31.8, 3, 2, 4),
    };
    const [many] = of(conclusions(labelsFor('nl'), { ...crowded, assumptions: {} }), 'cheap').sentences;
    expect(many).toMatch(/, maar meer gezinnen die wegblijven \(\+251 gezinnen in de waargenomen jaren\), /);
    expect(many).not.toMatch(/bezoek van de gezinsvoogd \(/);
    const en = of(conclusions(labelsFor('en'), { ...alone, assumptions: {} }), 'cheap').sentences[0];
    expect(en).toContain('more families staying away (+251 families over the observed years)');
  });

  it('names the whole waiting list for a guardian only where it does not move with the children without one under a measure', () => {
    const moved = (waitingList: MetricDifference, withoutGuardian: MetricDifference) => {
      const c = known();
      c.comparison.scenarios.cheap = { ...c.comparison.scenarios.cheap, childrenWithoutGuardian: withoutGuardian, childrenWaitingForGuardian: waitingList };
      return of(conclusions(labelsFor('nl'), { ...c, assumptions: {} }), 'cheap').sentences[0]!;
    };
    const fewer = diff(22.2, -11.7, -15, -8);
    // long involvement: fewer under a measure without one, more waiting in all; those are families before
    // their ruling, who keep their local-team worker: a fact with its reason, not a worsening
    const before = ', vooral van gezinnen die al vóór de uitspraak op een gezinsvoogd wachten en zolang hun medewerker van het lokaal team houden';
    expect(moved(diff(22.2, 7.5, 5, 10), fewer)).toBe(
      `Goedkoop: minder kinderen zonder gezinsvoogd (−11,7 kinderen, −53%); verder langere wachtlijst voor een gezinsvoogd (+7,5 kinderen, +34%)${before}.`,
    );
    // the same way: it repeats the children without one, and is left out
    expect(moved(diff(22.2, -9, -12, -6), fewer)).toBe('Goedkoop: minder kinderen zonder gezinsvoogd (−11,7 kinderen, −53%).');
    // alone: news of its own
    expect(moved(diff(22.2, 7.5, 5, 10), diff(22.2, 1, -2, 4))).toBe(
      `Goedkoop: geen duidelijke verandering op de kernmaten; verder langere wachtlijst voor een gezinsvoogd (+7,5 kinderen, +34%)${before}.`,
    );
  });

  it('says whether fewer children under a measure are fewer children getting one or shorter measures', () => {
    const stock = (into: MetricDifference, length: MetricDifference, lang: 'nl' | 'en' = 'nl') => {
      const c = known();
      c.comparison.scenarios.cheap = { childrenUnderMeasure: diff(451, -84, -91, -76), childrenIntoMeasure: into, measureDurationDays: length };
      return of(conclusions(labelsFor(lang), { ...c, assumptions: {} }), 'cheap').sentences[0]!;
    };
    const asMany = diff(690, -1, -8, 7);
    const shorter = diff(1194, -219, -243, -196);
    // caseload 12: as many children get a measure, and it ends sooner
    expect(stock(asMany, shorter)).toBe(
      'Goedkoop: geen duidelijke verandering op de kernmaten; verder minder kinderen met een maatregel (−84 kinderen, −19%), door kortere maatregelen (gemiddeld −219 dagen), niet doordat minder kinderen er een krijgen.',
    );
    // the local-team guardian: fewer get one, as long
    expect(stock(diff(690, -133, -145, -121), diff(1194, -23, -56, 10))).toContain(
      'minder kinderen met een maatregel (−84 kinderen, −19%), doordat minder kinderen er een krijgen (−133 in de waargenomen jaren).',
    );
    // prevention: both
    expect(stock(diff(690, -117, -128, -105), diff(1194, -136, -157, -116))).toContain(
      '(−84 kinderen, −19%), doordat minder kinderen er een krijgen (−117 in de waargenomen jaren) en door kortere maatregelen (gemiddeld −136 dagen).',
    );
    // a clear change under the material share is no reason: nothing is said
    expect(stock(asMany, diff(1194, -30, -40, -20))).toContain('(−84 kinderen, −19%).');
    expect(stock(asMany, shorter, 'en')).toContain('fewer children under a measure (−84 children, −19%), through shorter measures (−219 days on average), not as fewer children get one.');
    // a part that moves against the stock explains nothing: more getting one is no reason for fewer under one
    expect(stock(diff(690, 100, 80, 120), diff(1194, -30, -40, -20))).toContain('(−84 kinderen, −19%).');
    expect(stock(diff(690, 100, 80, 120), shorter)).toContain('(−84 kinderen, −19%), door kortere maatregelen (gemiddeld −219 dagen).');
    expect(stock(asMany, diff(1194, 100, 80, 120))).toContain('(−84 kinderen, −19%).');
    // more under a measure: longer measures, as many getting one (self-delivered help)
    const up = known();
    up.comparison.scenarios.cheap = { childrenUnderMeasure: diff(451, 225, 214, 235), childrenIntoMeasure: asMany, measureDurationDays: diff(1194, 571, 526, 617) };
    expect(of(conclusions(labelsFor('nl'), { ...up, assumptions: {} }), 'cheap').sentences[0]).toContain(
      'meer kinderen met een maatregel (+225 kinderen, +50%), door langere maatregelen (gemiddeld +571 dagen), niet doordat meer kinderen er een krijgen.',
    );
  });

  it('calls a cost interval that touches zero no clear difference, at either end', () => {
    for (const ci of [
      [0, 500_000],
      [-500_000, 0],
    ] as const) {
      const edge = known();
      edge.comparison.costEffectiveness.cheap = costs((ci[0] + ci[1]) / 2, ci[0], ci[1]);
      const [, cost] = of(conclusions(labelsFor('nl'), { ...edge, assumptions: {} }), 'cheap').sentences;
      expect(cost).toMatch(/^Kosten: geen duidelijk verschil in euro per jaar/);
      expect(cost).not.toMatch(/bespaart|per jaar (meer|minder)/);
    }
  });

  it('makes no claim where every interval includes zero', () => {
    const r = of(nl, 'nothing');
    expect(r.sentences[0]).toBe('Niets: geen duidelijke verandering op de kernmaten.');
    expect(r.sentences.join(' ')).not.toMatch(/minder|meer|sneller|later|korter|langer|vaker|bespaart|per vermeden/);
    expect(r.sentences[1]).toMatch(/^Kosten: geen duidelijk verschil in euro per jaar \(95%-BI −€ 300\.000 tot € 500\.000\)\. Bij 10 replicaties is geen effect duidelijk\.$/);
  });

  it('says a cheaper reform that only improves saves money, without a price', () => {
    const r = of(nl, 'cheap');
    expect(r.sentences[0]).toBe('Goedkoop: minder kinderen zonder gezinsvoogd (−10,0 kinderen, −35%).');
    expect(r.sentences[1]).toMatch(/^Kosten: € 1,7 mln per jaar minder \(95%-BI € 1,0 tot € 2,3 mln\); het bespaart geld en verbetert tegelijk\./);
    expect(r.sentences[1]).toMatch(/maar de omvang is onzeker \(95%-BI −16,3 tot −3,7 kinderen\)/);
  });

  it('says a scenario that does not settle is not settled, with the reason, and does not rank it', () => {
    const unsettled = known();
    unsettled.summaries[1] = summary('duos', "Duo's", false);
    const c = conclusions(labelsFor('nl'), { ...unsettled, assumptions: {} });
    const r = of(c, 'duos');
    expect(r.settled).toBe(false);
    expect(r.warning).toBe('Niet stabiel: GI Jeugdbescherming Gelderland (101%) is vrijwel de hele tijd vol: er is steeds een wachtrij, en dat die op den duur groeit, is in de waargenomen jaren niet uit te sluiten. De gemiddelden hangen daardoor af van hoe lang je kijkt; zie het verloop per maand.');
    expect(r.sentences[0]).toMatch(/^Duo's \(in de waargenomen jaren\): minder koude overdrachten/);
    const cold = c.rankings.find((k) => k.metric === 'coldHandoversPerFamily')!;
    expect(cold.ranked).toEqual([]);
    expect(cold.unsettled).toEqual(["Duo's"]);
  });

  it('gives no price per unit for a scenario that is not settled, in the summary and in the cost table', () => {
    const unsettled = [summary('base', 'Nu'), summary('duos', "Duo's", false), summary('nothing', 'Niets'), summary('cheap', 'Goedkoop', false)];
    for (const [lang, words, cell] of [
      ['nl', 'geen prijs per eenheid, want het scenario is niet stabiel', 'geen prijs: niet stabiel'],
      ['en', 'no price per unit, as the scenario is not settled', 'no price: not settled'],
    ] as const) {
      const c = conclusions(labelsFor(lang), { summaries: unsettled, comparison, assumptions: {} });
      for (const name of ['duos', 'cheap']) {
        const [, cost] = of(c, name).sentences;
        expect(cost).toContain(`; ${words}`);
        expect(cost).not.toMatch(/per vermeden|per unit of|bespaart geld en verbetert|saves money and improves/);
      }
      const rows = costTable(labelsFor(lang), unsettled, comparison).rows;
      expect(rows.find((r) => r.scenario === 'duos')!.price).toBe(cell);
      expect(rows.find((r) => r.scenario === 'cheap')!.price).toBe(cell);
      expect(rows.find((r) => r.scenario === 'nothing')!.price).toBe('–');
    }
    // settled, the same numbers have their price
    expect(costTable(labelsFor('nl'), summaries, comparison).rows.find((r) => r.scenario === 'duos')!.price).toMatch(/^€ 28\.300 per vermeden koude overdracht/);
  });

  it('ranks clear improvements per measure, largest first', () => {
    const twice = known();
    defined(twice.comparison.scenarios.cheap, 'the cheap scenario').coldHandoversPerFamily = diff(3.96, -1.45, -1.58, -1.33);
    const c = conclusions(labelsFor('nl'), { ...twice, assumptions: {} });
    expect(c.rankings.find((k) => k.metric === 'coldHandoversPerFamily')!.ranked.map((x) => x.text)).toEqual(['Goedkoop (−1,45)', "Duo's (−0,57)"]);
    expect(c.rankings.find((k) => k.metric === 'costPerYearEuro')!.ranked.map((x) => x.text)).toEqual(['Goedkoop (−€ 1,7 mln)']);
    expect(c.rankings.find((k) => k.metric === 'timeFromRulingToGuardianDays')!.ranked).toEqual([]);
  });

  it('gives reforms the same place when the paired difference between them includes zero', () => {
    const three = known();
    defined(three.comparison.scenarios.cheap, 'the cheap scenario').coldHandoversPerFamily = diff(3.96, -0.6, -0.7, -0.5);
    defined(three.comparison.scenarios.nothing, 'the nothing scenario').coldHandoversPerFamily = diff(3.96, -0.2, -0.3, -0.1);
    const pair = (mean: number, low: number, high: number) => ({ mean, ci95: [low, high] as [number, number] });
    // cheap (−0,60) and duos (−0,57) cannot be told apart; nothing (−0,20) is clearly behind both
    three.comparison.between = { coldHandoversPerFamily: { duos: { nothing: pair(-0.37, -0.45, -0.29), cheap: pair(0.03, -0.05, 0.11) }, nothing: { cheap: pair(0.4, 0.3, 0.5) } } };
    const cold = (cmp: Comparison) =>
      conclusions(labelsFor('nl'), { summaries, comparison: cmp, assumptions: {} }).rankings.find((k) => k.metric === 'coldHandoversPerFamily')!.ranked;
    expect(cold(three.comparison).map((x) => [x.text, x.rank])).toEqual([
      ['Goedkoop (−0,60)', 1],
      ["Duo's (−0,57)", 1],
      ['Niets (−0,20)', 3],
    ]);
    // clearly apart: each its own place; no pairs at all (an older comparison.json): the same
    defined(three.comparison.between.coldHandoversPerFamily?.duos, 'the pair').cheap = pair(0.03, 0.01, 0.05);
    expect(cold(three.comparison).map((x) => x.rank)).toEqual([1, 2, 3]);
    delete three.comparison.between;
    expect(cold(three.comparison).map((x) => x.rank)).toEqual([1, 2, 3]);
    // an interval that touches zero is not clear, whichever end
    for (const ci of [
      [0, 0.06],
      [-0.06, 0],
    ] as const) {
      three.comparison.between = { coldHandoversPerFamily: { duos: { nothing: pair(-0.37, -0.45, -0.29), cheap: pair(0.03, ci[0], ci[1]) }, nothing: { cheap: pair(0.4, 0.3, 0.5) } } };
      expect(cold(three.comparison).map((x) => x.rank)).toEqual([1, 1, 3]);
    }
    // a pair missing from the file: each keeps its own place
    three.comparison.between = { coldHandoversPerFamily: { duos: { nothing: pair(-0.37, -0.45, -0.29) } } };
    expect(cold(three.comparison).map((x) => x.rank)).toEqual([1, 2, 3]);
  });

  it('starts a new place only when a reform clearly differs from every reform of the current place', () => {
    // A and B, and B and C, cannot be told apart; every other pair can
    const together = new Set(['A|B', 'B|C']);
    const apart = (x: string, y: string) => !together.has(`${x}|${y}`);
    // C differs from A but not from B: it stays in their place; D differs from all three
    expect(sharedRanks(['A', 'B', 'C', 'D', 'E'], apart)).toEqual([1, 1, 1, 4, 5]);
    expect(sharedRanks(['A', 'C'], apart)).toEqual([1, 2]);
    expect(sharedRanks([], () => true)).toEqual([]);
    expect(rankGroups([
      { scenario: 'a', text: 'A', rank: 1 },
      { scenario: 'b', text: 'B', rank: 1 },
      { scenario: 'c', text: 'C', rank: 3 },
    ])).toEqual([
      { rank: 1, texts: ['A', 'B'] },
      { rank: 3, texts: ['C'] },
    ]);
  });

  it('says the same in English', () => {
    const en = conclusions(labelsFor('en'), { summaries, comparison, assumptions: {} });
    expect(of(en, 'duos').sentences[0]).toBe("Duo's (en): fewer cold handovers (−0.57 per family, −14%), but less frequent visits by the gezinsvoogd (every 40.2 instead of every 30.8 days).");
    expect(of(en, 'duos').sentences[1]).toMatch(/^Cost: \+2\.5 FTE gezinsvoogd and €1\.4 million a year more \(95% CI €0\.7 to €2\.1 million\); €28,300 per cold handover avoided \(95% CI €16,400 to €37,900\)\./);
    expect(of(en, 'nothing').sentences[0]).toBe('Niets (en): no clear change on the headline measures.');
  });

  it('prices the time from ruling to first visit by its own name, not as the wait for a gezinsvoogd', () => {
    const comparison: Comparison = {
      baseline: 'base',
      seed: 1,
      replications: 10,
      scenarios: { long: { timeFromRulingToGuardianDays: diff(64.6, -51, -100.1, -2), costPerYearEuro: diff(24_400_000, 386_200, 1_600, 770_800) } },
      costEffectiveness: { long: costs(386_200, 1_600, 770_800, [['timeFromRulingToGuardianDays', 85, [0, 8_477]]]) },
    };
    const input = { summaries: [summary('base', 'Nu'), summary('long', 'Lang')], comparison, assumptions: {} };
    expect(of(conclusions(labelsFor('nl'), input), 'long').sentences[1]).toMatch(/; € 85 per dag dat één gezin eerder een eerste bezoek na de uitspraak krijgt \(95%-BI € 0 tot € 8\.477\)\./);
    expect(of(conclusions(labelsFor('en'), input), 'long').sentences[1]).toMatch(/; €85 per day sooner that one family gets its first visit after the ruling \(95% CI €0 to €8,477\)\./);
    for (const lang of ['nl', 'en'] as const) {
      const labels = labelsFor(lang);
      // 'wachten op een gezinsvoogd' is the GI wait (waitDays.GI), another measure
      for (const words of [labels.priceUnits.timeFromRulingToGuardianDays, labels.charts.costEffect.panels.timeFromRulingToGuardianDays]) {
        expect(words).toMatch(/eerste bezoek na de uitspraak|first visit after the ruling/);
        expect(words).not.toMatch(/wachten|waiting|wait/i);
      }
    }
  });

  it('never names a change whose interval includes zero, whatever the numbers', () => {
    const labels = labelsFor('nl');
    const metric = fc.record({ level: fc.double({ min: 1, max: 500, noNaN: true }), centre: fc.double({ min: -2, max: 2, noNaN: true }), halfWidth: fc.double({ min: 0.001, max: 1, noNaN: true }) });
    fc.assert(
      fc.property(fc.array(metric, { minLength: SUMMARY_METRICS.length, maxLength: SUMMARY_METRICS.length }), (drawn) => {
        const diffs: Record<string, MetricDifference> = {};
        SUMMARY_METRICS.forEach((m, i) => {
          const { level, centre, halfWidth } = drawn[i]!;
          const d = centre * level * 0.5;
          diffs[m] = diff(level, d, d - halfWidth * level, d + halfWidth * level);
        });
        const c = conclusions(labels, { summaries: [summary('base', 'Nu'), summary('r', 'R')], comparison: { baseline: 'base', seed: 1, replications: 10, scenarios: { r: diffs }, costEffectiveness: {} }, assumptions: {} });
        const text = c.reforms[0]!.sentences.join(' ');
        for (const m of SUMMARY_METRICS) {
          const words = labels.metrics[m]!;
          const d = diffs[m]!;
          if (d.ci95[0] <= 0 && d.ci95[1] >= 0) {
            expect(text, `${m} [${d.ci95}]`).not.toContain(words.lower);
            expect(text, `${m} [${d.ci95}]`).not.toContain(words.higher);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('the summary with an uncertainty analysis', () => {
  const { summaries, comparison } = known();
  const labels = labelsFor('nl');
  // the duos' cold handovers improve in every world, driven by the contact elasticity; their
  // visits by the coordination time; cheap's children without a guardian by nothing at all
  const analysis = (samples: number) =>
    makeUncertainty({
      scenarios: ['base', 'duos', 'nothing', 'cheap'],
      parameters: ['reforms.guardianDuos.coordinationHoursPerFamilyPerMonth', 'gi.extensionContactElasticity', 'guardians.adminShare'],
      metrics: ['coldHandoversPerFamily', 'visitIntervalDays', 'childrenWithoutGuardian'],
      samples,
      effect: (reform, metric) => (reform === 'duos' ? (metric === 'coldHandoversPerFamily' ? [-0.6, 1, 0.5] : metric === 'visitIntervalDays' ? [9, 0, 6] : [0, 0, 0]) : reform === 'cheap' ? [-10, 0, 0] : [0, 0, 0]),
    });
  const caveats = (file: ReturnType<typeof analysis>) => ({ summaries, comparison, uncertainty: file });

  it('says in how many plausible worlds a clear saving stays a saving, and a clear extra cost stays one', () => {
    const file = makeUncertainty({
      scenarios: ['base', 'duos', 'nothing', 'cheap'],
      parameters: ['guardians.adminShare'],
      metrics: ['childrenWithoutGuardian', 'costPerYearEuro'],
      samples: 8,
      // cheap saves in the worlds where the parameter is under 0.7; duos cost more where it is over 0.3
      effect: (reform) => (reform === 'cheap' ? [-0.2, 0, 1] : reform === 'duos' ? [0.2, 0, 1] : [0, 0, 0]),
    });
    const count = (name: string, key: 'probabilityOfImprovement' | 'probabilityOfWorsening') =>
      Math.round(defined(file.scenarios[name]?.metrics.costPerYearEuro, 'the cost')[key] * 8);
    const cheaper = count('cheap', 'probabilityOfImprovement');
    const dearer = count('duos', 'probabilityOfWorsening');
    expect(cheaper).toBeGreaterThan(0);
    expect(cheaper).toBeLessThan(8);
    const of = (c: ReturnType<typeof conclusions>, name: string) => c.reforms.find((r) => r.scenario === name)!;
    const c = conclusions(labels, { summaries, comparison, assumptions: {}, uncertainty: file });
    const median = (name: string) => formatEuro(labels, defined(file.scenarios[name]?.metrics.costPerYearEuro, 'the cost').effect.median, true);
    expect(of(c, 'cheap').sentences[1]).toContain(
      `€ 1,7 mln per jaar minder (95%-BI € 1,0 tot € 2,3 mln), met andere plausibele waarden van de aannames goedkoper in ${cheaper} van de 8 plausibele werelden (mediaan ${median('cheap')} per jaar);`,
    );
    expect(of(c, 'duos').sentences[1]).toContain(`, met andere plausibele waarden van de aannames duurder in ${dearer} van de 8 plausibele werelden (mediaan ${median('duos')} per jaar);`);
    // no clear cost difference: the worlds' more common direction, so 'no clear difference' is not read as 'the same'
    const nothing = defined(file.scenarios.nothing?.metrics.costPerYearEuro, 'the cost');
    const nothingCheaper = nothing.probabilityOfImprovement >= nothing.probabilityOfWorsening;
    const nothingCount = Math.round(8 * (nothingCheaper ? nothing.probabilityOfImprovement : nothing.probabilityOfWorsening));
    expect(nothingCount).toBeGreaterThanOrEqual(4);
    expect(of(c, 'nothing').sentences[1]).toMatch(
      new RegExp(`^Kosten: geen duidelijk verschil in euro per jaar \\(95%-BI [^)]+\\), met andere plausibele waarden van de aannames ${nothingCheaper ? 'goedkoper' : 'duurder'} in ${nothingCount} van de 8 plausibele werelden \\(mediaan ${median('nothing').replace('+', '\\+')} per jaar\\)`),
    );
    // an even split has no more common direction: nothing said
    const evenCost = { ...nothing, probabilityOfImprovement: 0.5, probabilityOfWorsening: 0.5 };
    const even = { ...file, scenarios: { ...file.scenarios, nothing: { ...file.scenarios.nothing!, metrics: { ...file.scenarios.nothing!.metrics, costPerYearEuro: evenCost } } } };
    expect(of(conclusions(labels, { summaries, comparison, assumptions: {}, uncertainty: even }), 'nothing').sentences.join(' ')).not.toMatch(/goedkoper in|duurder in/);
    const en = conclusions(labelsFor('en'), { summaries, comparison, assumptions: {}, uncertainty: file });
    expect(of(en, 'cheap').sentences[1]).toContain(`, with other plausible values of the assumptions cheaper in ${cheaper} of 8 plausible worlds`);
    // only the worlds like today's chain counted: the count says so
    const kept = conclusions(labels, { summaries, comparison, assumptions: {}, uncertainty: { ...file, likeToday: true } });
    expect(of(kept, 'cheap').sentences[1]).toContain(`goedkoper in ${cheaper} van de 8 plausibele werelden die op de keten van nu lijken (mediaan`);
    expect(of(kept, 'duos').sentences[1]).toContain(`duurder in ${dearer} van de 8 plausibele werelden die op de keten van nu lijken (mediaan`);
    const keptEn = conclusions(labelsFor('en'), { summaries, comparison, assumptions: {}, uncertainty: { ...file, likeToday: true } });
    expect(of(keptEn, 'cheap').sentences[1]).toContain(`cheaper in ${cheaper} of 8 plausible worlds that look like today's chain`);
    // no world with a finite cost: no count
    defined(file.scenarios.cheap?.metrics.costPerYearEuro, 'the cost').probabilityOfImprovement = NaN;
    expect(of(conclusions(labels, { summaries, comparison, assumptions: {}, uncertainty: file }), 'cheap').sentences[1]).not.toMatch(/goedkoper in/);
  });

  it('calls a saving a bargain only when it holds in more worlds than a coin toss gives, in the summary and the cost table', () => {
    const withSaving = (shift: number) =>
      makeUncertainty({
        scenarios: ['base', 'duos', 'nothing', 'cheap'],
        parameters: ['guardians.adminShare'],
        metrics: ['childrenWithoutGuardian', 'costPerYearEuro'],
        samples: 8,
        // cheap's cost difference is shift + (parameter − 0.5): cheaper where the parameter is under 0.5 − shift
        effect: (reform) => (reform === 'cheap' ? [shift, 0, 1] : [0, 0, 0]),
      });
    const cheaperIn = (file: UncertaintyFile) => Math.round(defined(file.scenarios.cheap?.metrics.costPerYearEuro, 'the cost').probabilityOfImprovement * 8);
    const mostly = withSaving(-0.45);
    const six = withSaving(-0.25);
    const rarely = withSaving(0.3);
    const half = withSaving(0);
    // worlds asked for, none kept (--like-today): nothing beyond the own values supports the saving
    const cost = defined(mostly.scenarios.cheap?.metrics.costPerYearEuro, 'the cost');
    const noWorld = {
      ...mostly,
      scenarios: {
        ...mostly.scenarios,
        cheap: { ...mostly.scenarios.cheap!, metrics: { ...mostly.scenarios.cheap!.metrics, costPerYearEuro: { ...cost, effect: { ...cost.effect, n: 0 }, probabilityOfImprovement: NaN, probabilityOfWorsening: NaN } } },
      },
    };
    // 7 of 8 is more than a coin gives (sign test, 5%); 6 of 8 a coin gives one time in seven
    expect(cheaperIn(mostly)).toBeGreaterThanOrEqual(7);
    expect(cheaperIn(six)).toBe(6);
    expect(cheaperIn(rarely)).toBeLessThan(4);
    expect(cheaperIn(half)).toBe(4);
    for (const [lang, bargain, depends, cell] of [
      ['nl', 'het bespaart geld en verbetert tegelijk', 'het verbetert, maar of het ook geld bespaart, hangt van de aannames af', 'verbetert; of het geld bespaart, hangt van de aannames af'],
      ['en', 'it saves money and improves at once', 'it improves, but whether it also saves money depends on the assumptions', 'improves; whether it saves money depends on the assumptions'],
    ] as const) {
      const labelled = labelsFor(lang);
      for (const [file, expected] of [
        [mostly, bargain],
        [six, depends],
        [rarely, depends],
        [half, depends],
        [noWorld, depends],
      ] as const) {
        const c = conclusions(labelled, { summaries, comparison, assumptions: {}, uncertainty: file });
        const cheap = c.reforms.find((r) => r.scenario === 'cheap')!;
        expect(cheap.sentences[1]).toContain(`; ${expected}.`);
        expect(cheap.price?.text).toBe(expected);
        const row = costTable(labelled, summaries, comparison, pricesOf(c)).rows.find((r) => r.scenario === 'cheap')!;
        expect(row.price).toBe(expected === bargain ? labelled.comparison.costs.dominant : cell);
      }
    }
  });

  it('rests the main effect on the assumption that drives it, and says how often it holds over plausible worlds', () => {
    const file = analysis(40);
    const assumptions = { duos: restsOn(labels, caveats(file), 'duos').notes };
    expect(Object.fromEntries(assumptions.duos.map((a) => [a.path, a.drives]))).toEqual({
      'gi.extensionContactElasticity': ['coldHandoversPerFamily'],
      'reforms.guardianDuos.coordinationHoursPerFamilyPerMonth': ['visitIntervalDays'],
    });
    const [, cost] = conclusions(labels, { summaries, comparison, assumptions, uncertainty: file }).reforms.find((r) => r.scenario === 'duos')!.sentences;
    expect(cost).toContain('(95%-BI −0,65 tot −0,49 per gezin); met andere plausibele waarden van de aannames is het een verbetering in 100% van de plausibele werelden (mediaan −0,60 per gezin) en rust vooral op de aanname ‘Effect van contact op verlenging’');
    expect(cost).not.toContain('Overlegtijd');
  });

  it('keeps the reform\'s own assumptions when the worlds are too few to tell, and says so', () => {
    const file = analysis(5);
    const rest = restsOn(labels, { ...caveats(file), values: undefined }, 'duos');
    expect(rest.notes.every((a) => a.drives === undefined)).toBe(true);
    expect(rest.basis).toBe('De verkenning van de onzekerheid (5 plausibele werelden) is te klein om de aannames uit elkaar te houden; hieronder de aannames van de hervorming zelf.');
    const [, cost] = conclusions(labels, { summaries, comparison, assumptions: { duos: DUOS_ASSUMPTIONS }, uncertainty: file }).reforms.find((r) => r.scenario === 'duos')!.sentences;
    expect(cost).toContain('; met andere plausibele waarden van de aannames is het een verbetering in 5 van de 5 plausibele werelden (mediaan −0,57 per gezin) en rust op de aanname van het scenario ‘Overlegtijd in het duo’ (0,5 uur per gezin per maand); hoe zwaar die weegt naast de andere aannames, meet deze vergelijking niet (dat doen ‘jbsim sensitivity --on-difference’ en ‘jbsim uncertainty’ met meer werelden dan aannames).');
    expect(cost).not.toContain('rust vooral op');
  });

  it('names no assumption as the driver of an effect that the analysis found drivers for elsewhere only', () => {
    // the duos' cold handovers improve by the same in every world; only their visits depend on an assumption
    const file = makeUncertainty({
      scenarios: ['base', 'duos'],
      parameters: ['reforms.guardianDuos.coordinationHoursPerFamilyPerMonth', 'gi.extensionContactElasticity', 'guardians.adminShare'],
      metrics: ['coldHandoversPerFamily', 'visitIntervalDays'],
      samples: 40,
      effect: (_reform, metric) => (metric === 'coldHandoversPerFamily' ? [-0.6, 1, 0] : [9, 0, 6]),
    });
    const assumptions = { duos: restsOn(labels, caveats(file), 'duos').notes };
    expect(assumptions.duos.map((a) => a.drives)).toEqual([['visitIntervalDays']]);
    const [, cost] = conclusions(labels, { summaries, comparison, assumptions, uncertainty: file }).reforms.find((r) => r.scenario === 'duos')!.sentences;
    expect(cost).toMatch(/plausibele werelden \(mediaan −0,60 per gezin\) en bij dit effect springt in de onzekerheidsanalyse geen aanname eruit\.$/);
    expect(cost).not.toContain('Overlegtijd');
  });

  it('says none of the scenario\'s assumptions stands out when the analysis could rank them and none did', () => {
    const file = analysis(40);
    const [, cost] = conclusions(labels, { summaries, comparison, assumptions: { cheap: DUOS_ASSUMPTIONS }, uncertainty: file }).reforms.find((r) => r.scenario === 'cheap')!.sentences;
    expect(cost).toMatch(/en rust op de aanname van het scenario ‘Overlegtijd in het duo’ \(0,5 uur per gezin per maand\), maar in de onzekerheidsanalyse springt die er niet uit\.$/);
  });

  it("says what the worlds are when most of them do not look like today's chain, and nothing when most do", () => {
    const file = analysis(40);
    const band = { name: 'rvdkWaitDays', band: [5, 40] as [number, number], judged: 40 };
    const few = { ...file, worlds: { drawn: 40, consistent: [3, 17, 30], targets: [{ ...band, inside: 9 }], shifted: [] } };
    const { intro } = conclusions(labels, { summaries, comparison, assumptions: {}, uncertainty: few });
    expect(intro).toMatch(/onder de aannames die bij elk scenario staan\. Elk scenario wordt bekeken als een keten die al jaren zo werkt: [^.]*\. De plausibele werelden waarin dat is nagerekend, lijken zelden op de keten van nu \(3 van de 40 vallen binnen elke band/);
    expect(conclusions(labelsFor("en"), { summaries, comparison, assumptions: {}, uncertainty: few }).intro).toContain('rarely look like today\'s chain (3 of 40 land inside every band');
    const most = { ...file, worlds: { drawn: 40, consistent: Array.from({ length: 30 }, (_, k) => k), targets: [{ ...band, inside: 30 }], shifted: [] } };
    expect(conclusions(labels, { summaries, comparison, assumptions: {}, uncertainty: most }).intro).not.toContain('werelden');
    expect(conclusions(labels, { summaries, comparison, assumptions: {}, uncertainty: { ...file, worlds: null } }).intro).not.toContain('werelden');
    // with --like-today the worlds counted are those like today's chain: no caveat, however few passed, but which worlds count
    const kept = { ...few, likeToday: true, analysedWorlds: 3 };
    const keptIntro = conclusions(labels, { summaries, comparison, assumptions: {}, uncertainty: kept }).intro;
    expect(keptIntro).not.toContain('lijken zelden');
    expect(keptIntro).toContain(
      'Of een effect standhoudt met andere plausibele waarden van de aannames, is alleen nagerekend in plausibele werelden (elk met alle onzekere aannames tegelijk op andere waarden binnen hun plausibele bereik) die op de keten van nu lijken: 3 van de 40 getrokken werelden vallen binnen elke band waaraan het model is gekalibreerd (zie de onzekerheid onderaan). Welke werelden dat zijn, hangt bij 1 replicatie per wereld deels van toeval af.',
    );
    expect(conclusions(labels, { summaries, comparison, assumptions: {}, uncertainty: { ...kept, replications: 2 } }).intro).toContain('hangt bij 2 replicaties per wereld deels van toeval af.');
    expect(conclusions(labelsFor('en'), { summaries, comparison, assumptions: {}, uncertainty: kept }).intro).toContain(
      "that look like today's chain: 3 of the 40 worlds drawn land inside every band the model is calibrated to (see the uncertainty at the end). Which worlds those are depends partly on chance at 1 replication per world.",
    );
    const one = { ...kept, analysedWorlds: 1, worlds: { ...kept.worlds, consistent: [17] } };
    expect(conclusions(labels, { summaries, comparison, assumptions: {}, uncertainty: one }).intro).toContain('1 van de 40 getrokken werelden valt binnen elke band');
    const none = { ...kept, analysedWorlds: 0, worlds: { ...kept.worlds, consistent: [] } };
    expect(conclusions(labels, { summaries, comparison, assumptions: {}, uncertainty: none }).intro).toContain(
      'Geen van de 40 getrokken plausibele werelden (elk met alle onzekere aannames tegelijk op andere waarden binnen hun plausibele bereik) lijkt op de keten van nu (zie de onzekerheid onderaan), dus is niet nagerekend of de effecten standhouden met andere waarden van de aannames.',
    );
  });

  it("counts the worlds of an effect and of a cost as those like today's chain when only those count", () => {
    const file = analysis(5);
    const reform = (uncertainty: typeof file) =>
      conclusions(labels, { summaries, comparison, assumptions: { duos: DUOS_ASSUMPTIONS }, uncertainty }).reforms.find((r) => r.scenario === 'duos')!.sentences.join(' ');
    expect(reform(file)).toContain('een verbetering in 5 van de 5 plausibele werelden (mediaan −0,57 per gezin) en rust');
    const kept = reform({ ...file, likeToday: true });
    expect(kept).toContain('een verbetering in 5 van de 5 plausibele werelden die op de keten van nu lijken (mediaan −0,57 per gezin) en rust');
    expect(kept).not.toMatch(/plausibele werelden(?! die op de keten van nu lijken)/);
  });

  it('names no driver where none stands out', () => {
    const rest = restsOn(labels, caveats(analysis(40)), 'cheap');
    expect(rest.notes.some((a) => a.drives !== undefined)).toBe(false);
    expect(rest.basis).toMatch(/springt bij deze hervorming geen aanname eruit/);
  });
});

describe('the summary with a --check of one assumption', () => {
  /** The known comparison again at the checked value: each reform's differences as given. */
  function checkedAt(scenarios: Comparison['scenarios'], costEffectiveness: Comparison['costEffectiveness'], settled: Record<string, boolean>): CheckInput {
    return {
      name: 'Effect van contact op verlenging',
      value: '0,14',
      own: { duos: '0,3', nothing: '0,3', cheap: '0,3' },
      setByReform: [],
      comparison: { baseline: 'base', seed: 1, replications: 10, scenarios, costEffectiveness },
      settled,
    };
  }
  const setting = 'Met ‘Effect van contact op verlenging’ op 0,14 in plaats van 0,3';
  let text: (check: CheckInput, lang?: 'nl' | 'en') => string[];
  beforeAll(() => {
    const { summaries, comparison } = known();
    text = (check, lang = 'nl') =>
      conclusions(labelsFor(lang), { summaries, comparison, assumptions: {}, checks: [check] }).reforms.map((r) => r.sentences[r.sentences.length - 1]!);
  });

  it('says the picture holds when every named change, the cost direction and the stability stay', () => {
    const { comparison } = known();
    const same = checkedAt(comparison.scenarios, comparison.costEffectiveness, { base: true, duos: true, nothing: true, cheap: true });
    expect(text(same)).toEqual([
      `${setting} blijven dezelfde veranderingen duidelijk en houden de kosten dezelfde richting, met het effect op koude overdrachten en de kosten ongeveer even groot (alle cijfers: checks.json).`,
      // nothing changes clearly and nothing is priced: no size to compare
      `${setting} blijven dezelfde veranderingen duidelijk en houden de kosten dezelfde richting (alle cijfers: checks.json).`,
      `${setting} blijven dezelfde veranderingen duidelijk en houden de kosten dezelfde richting, met het effect op kinderen zonder gezinsvoogd en de kosten ongeveer even groot (alle cijfers: checks.json).`,
    ]);
  });

  it('gives the size of the main effect and of the cost at the checked value where it moves by more than a tenth, though the verdicts hold', () => {
    const { comparison } = known();
    const own = comparison.scenarios.cheap!.childrenWithoutGuardian!;
    const ownCost = comparison.costEffectiveness.cheap!.costPerYearEuro!;
    // the saving a fifth as large and the effect less than half, both still clear: less administration at elasticity 0.14
    const smaller = {
      ...comparison.scenarios,
      cheap: { ...comparison.scenarios.cheap!, childrenWithoutGuardian: diff(own.baseline, -4, -6, -2) },
    };
    const costs = { ...comparison.costEffectiveness, cheap: { ...comparison.costEffectiveness.cheap!, costPerYearEuro: { mean: -300_000, ci95: [-400_000, -200_000] as [number, number] } } };
    const [, , cheap] = text(checkedAt(smaller, costs, {}));
    expect(cheap).toBe(
      `${setting} blijven dezelfde veranderingen duidelijk en houden de kosten dezelfde richting; de omvang is dan: het effect op kinderen zonder gezinsvoogd −4,0 in plaats van ${own.difference.toFixed(1).replace('-', '−').replace('.', ',')} kinderen en de kosten € 300.000 in plaats van € ${(-ownCost.mean / 1e6).toFixed(1).replace('.', ',')} mln per jaar lager (alle cijfers: checks.json).`,
    );
    // within a tenth of the own size: the same size, not a list of near-equal numbers
    const near = { ...costs, cheap: { ...costs.cheap, costPerYearEuro: { mean: ownCost.mean * 0.95, ci95: ownCost.ci95 } } };
    const nearEffect = { ...comparison.scenarios, cheap: { ...comparison.scenarios.cheap!, childrenWithoutGuardian: { ...own, difference: own.difference * 1.09 } } };
    expect(text(checkedAt(nearEffect, near, {}))[2]).toContain('met het effect op kinderen zonder gezinsvoogd en de kosten ongeveer even groot');
    // a main effect that turns into a worsening is named as one, and not sized as if it held
    const flipped = { ...comparison.scenarios, cheap: { ...comparison.scenarios.cheap!, childrenWithoutGuardian: diff(own.baseline, 6, 4, 8) } };
    const turned = text(checkedAt(flipped, costs, {}))[2]!;
    expect(turned).toContain('valt het anders uit: meer kinderen zonder gezinsvoogd');
    expect(turned).not.toContain('het effect op kinderen zonder gezinsvoogd');
    // one moved, one did not: each said as it is
    const mixed = text(checkedAt(smaller, near, {}))[2]!;
    expect(mixed).toContain('; de omvang is dan: het effect op kinderen zonder gezinsvoogd −4,0 in plaats van');
    expect(mixed).toContain('kinderen, en de kosten ongeveer even groot (alle cijfers: checks.json).');
    const [, , en] = text(checkedAt(smaller, costs, {}), 'en');
    expect(en).toContain('; the size is then: the effect on children without gezinsvoogd −4.0 instead of');
    expect(en).toContain('and the cost €300,000 instead of');
  });

  it('names each change of verdict as it reads at the checked value, the cost and the stability too', () => {
    const { comparison } = known();
    const scenarios: Comparison['scenarios'] = {
      duos: {
        // no longer clear
        coldHandoversPerFamily: diff(3.96, -0.1, -0.3, 0.1),
        // now clear and material: a worsening the summary did not name
        childrenWithoutGuardian: diff(20, 4, 2, 6),
        // still clearly worse: not repeated
        visitIntervalDays: diff(30.8, 8, 6, 10),
        professionalsPerFamily: diff(12, 0.3, 0.1, 0.5),
        'fte.guardian': diff(27, 2.5, 2.0, 3.0),
      },
      nothing: comparison.scenarios.nothing!,
      cheap: {
        // clear, but under 5% of the level: no longer named
        childrenWithoutGuardian: diff(28.2, -1, -1.5, -0.5),
      },
    };
    const costs = {
      duos: comparison.costEffectiveness.duos!,
      nothing: comparison.costEffectiveness.nothing!,
      // cheaper before, dearer now
      cheap: { costPerYearEuro: { mean: 990_000, ci95: [880_000, 1_100_000] as [number, number] }, improvements: [] },
    };
    const [duos, nothing, cheap] = text(checkedAt(scenarios, costs, { base: true, duos: true, nothing: false, cheap: true }));
    expect(duos).toBe(
      `${setting} valt het anders uit: geen duidelijk verschil in koude overdrachten (−0,10 per gezin, 95%-BI −0,30 tot 0,10 per gezin); meer kinderen zonder gezinsvoogd (+4,0 kinderen, +20%).`,
    );
    expect(nothing).toBe(`${setting} valt het anders uit: het scenario is dan niet stabiel.`);
    expect(cheap).toBe(
      `${setting} valt het anders uit: het verschil in kinderen zonder gezinsvoogd is klein (−1,0 kinderen, −4%); € 990.000 per jaar meer (95%-BI € 0,9 tot € 1,1 mln).`,
    );
  });

  it('leaves out a change the summary names at neither value', () => {
    const { summaries, comparison } = known();
    // four clear improvements besides the family headlines: the summary names the three largest, not the guardian changes
    const many = { ...comparison.scenarios.cheap!, 'waitDays.GI': diff(38, -30, -35, -25), timeFromRulingToGuardianDays: diff(50, -30, -35, -25), guardianChangesPerFamily: diff(0.6, -0.05, -0.08, -0.02) };
    const own = { ...comparison, scenarios: { ...comparison.scenarios, cheap: many } };
    expect(conclusions(labelsFor('nl'), { summaries, comparison: own, assumptions: {} }).reforms.find((r) => r.scenario === 'cheap')!.sentences[0]).not.toMatch(/wisselingen/);
    // at the checked value the guardian changes are no longer clear: still not named, so nothing to say
    const check = checkedAt({ ...own.scenarios, cheap: { ...many, guardianChangesPerFamily: diff(0.6, -0.01, -0.04, 0.02) } }, comparison.costEffectiveness, {});
    const last = (c: ReturnType<typeof conclusions>) => c.reforms.find((r) => r.scenario === 'cheap')!.sentences.at(-1);
    expect(last(conclusions(labelsFor('nl'), { summaries, comparison: own, assumptions: {}, checks: [check] }))).toBe(
      `${setting} blijven dezelfde veranderingen duidelijk en houden de kosten dezelfde richting, met het effect op kinderen zonder gezinsvoogd en de kosten ongeveer even groot (alle cijfers: checks.json).`,
    );
    // a named one that goes is said
    const gone = checkedAt({ ...own.scenarios, cheap: { ...many, 'waitDays.GI': diff(38, -1, -4, 2) } }, comparison.costEffectiveness, {});
    expect(last(conclusions(labelsFor('nl'), { summaries, comparison: own, assumptions: {}, checks: [gone] }))).toMatch(/valt het anders uit: geen duidelijk verschil in het wachten op een gezinsvoogd/);
  });

  it('calls a saving a bargain only when it holds at the checked value too, in the summary and the cost table', () => {
    const { summaries, comparison } = known();
    const dearer = checkedAt(comparison.scenarios, { ...comparison.costEffectiveness, cheap: { costPerYearEuro: { mean: 990_000, ci95: [880_000, 1_100_000] }, improvements: [] } }, { base: true, duos: true, nothing: true, cheap: true });
    const unclear = checkedAt(comparison.scenarios, { ...comparison.costEffectiveness, cheap: { costPerYearEuro: { mean: -10_000, ci95: [-90_000, 70_000] }, improvements: [] } }, { base: true, duos: true, nothing: true, cheap: true });
    const same = checkedAt(comparison.scenarios, comparison.costEffectiveness, { base: true, duos: true, nothing: true, cheap: true });
    const labels = labelsFor('nl');
    const cheapWith = (checks: CheckInput[]) => {
      const c = conclusions(labels, { summaries, comparison, assumptions: {}, checks });
      return { cost: c.reforms.find((r) => r.scenario === 'cheap')!.sentences[1]!, cell: costTable(labels, summaries, comparison, pricesOf(c)).rows.find((r) => r.scenario === 'cheap')!.price };
    };
    expect(cheapWith([same])).toEqual({ cost: expect.stringContaining('; het bespaart geld en verbetert tegelijk.'), cell: 'bespaart geld en verbetert' });
    for (const checks of [[dearer], [unclear], [same, dearer]]) {
      expect(cheapWith(checks)).toEqual({
        cost: expect.stringContaining('; het verbetert, maar of het ook geld bespaart, hangt van de aannames af.'),
        cell: 'verbetert; of het geld bespaart, hangt van de aannames af',
      });
    }
  });

  it("says when a check sets a value a reform has set itself, so that it does not read as a finding about that reform", () => {
    const { comparison } = known();
    const check = { ...checkedAt(comparison.scenarios, comparison.costEffectiveness, { base: true, duos: true, nothing: true, cheap: true }), own: { base: '0,3', duos: '0,3', nothing: '0,3', cheap: '0,5' }, setByReform: ['cheap'] };
    const [duos, nothing, cheap] = text(check);
    expect(duos).toMatch(new RegExp(`^${setting} blijven`));
    expect(nothing).toMatch(new RegExp(`^${setting} blijven`));
    expect(cheap).toBe(
      'Met ‘Effect van contact op verlenging’ op 0,14 in plaats van 0,5 (een waarde die deze hervorming zelf instelt: met de andere waarde is het een andere variant van de hervorming) blijven dezelfde veranderingen duidelijk en houden de kosten dezelfde richting, met het effect op kinderen zonder gezinsvoogd en de kosten ongeveer even groot (alle cijfers: checks.json).',
    );
    expect(text(check, 'en')[2]).toContain('at 0,14 instead of 0,5 (a value this reform sets itself: at the other value it is another variant of the reform)');
    // the marker follows setByReform alone: a file at the baseline's value whose reform reads it, and a different value it does not own
    const byReform = { ...check, own: { base: '0,3', duos: '0,3', nothing: '0,3', cheap: '0,3' } };
    expect(text(byReform)[2]).toContain('in plaats van 0,3 (een waarde die deze hervorming zelf instelt');
    expect(text({ ...check, setByReform: [] })[2]).not.toContain('zelf instelt');
  });

  it('says in the intro when the baseline itself is settled at one value and not at the other', () => {
    const { summaries, comparison } = known();
    const at = (baseSettled: boolean, lang: 'nl' | 'en' = 'nl') =>
      conclusions(labelsFor(lang), { summaries, comparison, assumptions: {}, checks: [checkedAt(comparison.scenarios, comparison.costEffectiveness, { base: baseSettled, duos: true, nothing: true, cheap: true })] }).intro;
    expect(at(true)).not.toMatch(/basisscenario (zelf|wel)/);
    expect(at(false)).toContain(
      'wat daardoor anders uitvalt, staat bij de hervorming. Met ‘Effect van contact op verlenging’ op 0,14 is het basisscenario zelf niet stabiel: de verschillen bij die waarde hangen ook af van hoe lang je kijkt.',
    );
    expect(at(false, 'en')).toContain('With ‘Effect van contact op verlenging’ at 0,14 the baseline itself is not settled');
    // unsettled in the comparison, settled at the checked value
    const unsettledBase = [summary('base', 'Nu', false), ...summaries.slice(1)];
    const intro = conclusions(labelsFor('nl'), { summaries: unsettledBase, comparison, assumptions: {}, checks: [checkedAt(comparison.scenarios, comparison.costEffectiveness, { base: true, duos: true, nothing: true, cheap: true })] }).intro;
    expect(intro).toContain('Met ‘Effect van contact op verlenging’ op 0,14 is het basisscenario wel stabiel (bij de eigen waarde niet).');
  });

  it("says what a measure reads at the checked value when the check has no figure for it, or no relative change", () => {
    const { comparison } = known();
    // the check has no differences for duos at all, and cheap's fall is clear but small with no level to relate it to
    const scenarios: Comparison['scenarios'] = {
      nothing: comparison.scenarios.nothing!,
      cheap: { childrenWithoutGuardian: { ...diff(28.2, -1, -1.5, -0.5), relativeChange: null } },
    };
    // nor a cost for duos: no cost clause, rather than an empty one
    const { duos: _, ...costs } = comparison.costEffectiveness;
    const [duos, , cheap] = text(checkedAt(scenarios, costs, { base: true, duos: true, nothing: true, cheap: true }));
    expect(duos).toBe(`${setting} valt het anders uit: geen duidelijk verschil in koude overdrachten (–, 95%-BI –); geen duidelijk verschil in de tijd tussen bezoeken (–, 95%-BI –).`);
    expect(cheap).toContain('het verschil in kinderen zonder gezinsvoogd is klein (−1,0 kinderen)');
  });

  it("says in the intro which of the baseline's links are nearly full, where waits move steeply, and none when none is", () => {
    const { summaries, comparison } = known();
    const intro = (utilisation: Record<string, number>, lang: 'nl' | 'en' = 'nl') => {
      const base = { ...summaries[0]!, metrics: { utilisation: Object.fromEntries(Object.entries(utilisation).map(([k, mean]) => [k, { mean }])) } } as unknown as ScenarioSummary;
      return conclusions(labelsFor(lang), { summaries: [base, ...summaries.slice(1)], comparison, assumptions: {} }).intro;
    };
    expect(intro({ 'GI Jeugdbescherming Gelderland': 0.9 })).toContain(
      'In het basisscenario is GI Jeugdbescherming Gelderland (90%) bijna vol. Daar groeit een wachtrij steil naarmate de bezetting 100% nadert, dus verandert de wachttijd sterk bij een kleine verandering in vraag of capaciteit: lees grote procenten bij wachttijden en bij kinderen zonder gezinsvoogd als richting, niet als precieze omvang.',
    );
    // busiest first; under 85% not named; full all the time is the unsettled warning's, not this
    const two = intro({ RvdK: 0.86, 'GI Jeugdbescherming Gelderland': 0.92, VT: 0.6, 'GI William Schrikker Groep': 0.996 });
    expect(two).toContain('In het basisscenario zijn GI Jeugdbescherming Gelderland (92%) en RvdK (86%) bijna vol.');
    expect(two).not.toMatch(/William Schrikker|Veilig Thuis \(/);
    expect(intro({ 'GI Jeugdbescherming Gelderland': 0.849 })).not.toMatch(/bijna vol/);
    // between the transition and nothing else: no check, no worlds
    expect(intro({ 'GI Jeugdbescherming Gelderland': 0.9 })).toMatch(/zit niet in deze cijfers\. In het basisscenario is [^.]*\. [^.]*niet als precieze omvang\.$/);
    expect(intro({ 'GI Jeugdbescherming Gelderland': 0.9 }, 'en')).toContain('In the baseline GI Jeugdbescherming Gelderland (90%) is nearly full.');
  });

  it('says in the intro that the figures are of a chain that has worked this way for years, not of the transition', () => {
    const { summaries, comparison } = known();
    expect(conclusions(labelsFor('nl'), { summaries, comparison, assumptions: {} }).intro).toContain(
      'Elk scenario wordt bekeken als een keten die al jaren zo werkt: een hervorming is dus vergeleken zoals ze uitpakt als ze is ingeburgerd, niet in de eerste jaren na de invoering; de overgang (werven en inwerken, wachtlijsten die nog van vroeger zijn) zit niet in deze cijfers.',
    );
    expect(conclusions(labelsFor('en'), { summaries, comparison, assumptions: {} }).intro).toContain('not in the first years after it starts');
  });

  it('says in the intro that every scenario also ran at the checked value, in English too', () => {
    const { summaries, comparison } = known();
    const check = checkedAt(comparison.scenarios, comparison.costEffectiveness, {});
    const nl = conclusions(labelsFor('nl'), { summaries, comparison, assumptions: {}, checks: [check] });
    expect(nl.intro).toMatch(/Elk scenario is ook doorgerekend met ‘Effect van contact op verlenging’ op 0,14, met dezelfde toevalsgetallen; wat daardoor anders uitvalt, staat bij de hervorming\.$/);
    expect(conclusions(labelsFor('nl'), { summaries, comparison, assumptions: {} }).intro).not.toMatch(/doorgerekend/);
    const [en] = text(check, 'en');
    expect(en).toBe('With ‘Effect van contact op verlenging’ at 0,14 instead of 0,3 the same changes stay clear and the cost keeps its direction, with the effect on cold handovers and the cost about as large (all figures: checks.json).');
  });

  it('says which way the worlds like today lean on the checked assumption, after the check, when they do', () => {
    const { summaries, comparison } = known();
    const check = { ...checkedAt(comparison.scenarios, comparison.costEffectiveness, {}), own: { base: '0,3', duos: '0,3', nothing: '0,3', cheap: '0,3' } };
    const lower = conclusions(labelsFor('nl'), { summaries, comparison, assumptions: {}, checks: [{ ...check, worlds: { median: '0,13', lower: true } }] });
    expect(lower.intro).toMatch(
      /wat daardoor anders uitvalt, staat bij de hervorming\. In de werelden die op de keten van nu lijken, is ‘Effect van contact op verlenging’ meestal kleiner dan 0,3 \(mediaan 0,13\)\.$/,
    );
    const higher = conclusions(labelsFor('en'), { summaries, comparison, assumptions: {}, checks: [{ ...check, worlds: { median: '0,45', lower: false } }] });
    expect(higher.intro).toMatch(/In the worlds that look like today's chain, ‘Effect van contact op verlenging’ is mostly larger than 0,3 \(median 0,45\)\.$/);
  });
});

describe('likeTodayLeaning', () => {
  const PATH = 'gi.extensionContactElasticity';
  const file = (z: number, kept: { median: number; p10: number; p90: number }, likeToday = true) =>
    ({
      likeToday,
      worlds: { drawn: 200, consistent: [], targets: [], shifted: [{ path: PATH, drawn: { median: 0.3, p10: 0.06, p90: 0.54 }, kept, z, standsOut: false }] },
    }) as unknown as UncertaintyFile;
  const low = { median: 0.13, p10: 0.02, p90: 0.24 };
  it('leans when the worlds sit clearly to one side (|z| > 1.96) and the own value is beyond their 10th–90th percentile', () => {
    expect(likeTodayLeaning(file(-3.1, low), PATH, 0.3)).toEqual({ median: 0.13, lower: true });
    expect(likeTodayLeaning(file(2.5, { median: 0.5, p10: 0.4, p90: 0.58 }), PATH, 0.3)).toEqual({ median: 0.5, lower: false });
  });
  it('says nothing otherwise', () => {
    // not clearly shifted, the own value inside the kept worlds' range, the other side, or no such worlds
    expect(likeTodayLeaning(file(-1.9, low), PATH, 0.3)).toBeNull();
    expect(likeTodayLeaning(file(-3.1, low), PATH, 0.2)).toBeNull();
    expect(likeTodayLeaning(file(3.1, low), PATH, 0.3)).toBeNull();
    expect(likeTodayLeaning(file(-3.1, low, false), PATH, 0.3)).toBeNull();
    expect(likeTodayLeaning(file(-3.1, low), 'guardians.adminShare', 0.3)).toBeNull();
    expect(likeTodayLeaning(file(-3.1, low), PATH, '0.3')).toBeNull();
    expect(likeTodayLeaning(undefined, PATH, 0.3)).toBeNull();
  });
});
