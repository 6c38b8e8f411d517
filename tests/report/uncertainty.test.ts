// The uncertainty section of the report, on an analysis of made-up values whose story is known:
// reform "duos" cuts cold handovers in every world by an amount that grows with parameter
// `a`, and changes the wait either way depending on `b`. Its statement must say both; the
// charts must compile without warnings and draw; the page and the Markdown show the same digits.

import { describe, expect, it } from 'vitest';
import { analyseUncertainty } from '../../src/experiment/uncertaintyAnalysis.js';
import type { UncertaintyPlan } from '../../src/experiment/uncertaintyPlan.js';
import type { UncertaintyValues } from '../../src/experiment/uncertaintyRun.js';
import type { UncertaintyFile } from '../../src/experiment/uncertaintyTypes.js';
import { labelsFor } from '../../src/report/labels.js';
import { compileChart, renderSvg } from '../../src/report/render.js';
import { labelledNames, leastShareWhenAllAgree, uncertaintyCharts, uncertaintyMarkdown, withNoiseFrom, worldsCheckText } from '../../src/report/uncertainty.js';
import { uncertaintySection } from '../../src/report/uncertaintyPage.js';
import { uncertaintyStatement, withStatements } from '../../src/report/uncertaintyText.js';
import { makeUncertainty } from './uncertaintyFixture.js';
import { summaryTable } from '../../src/cli/commands/uncertainty.js';
import { defined } from '../helpers/defined.js';
import { latinHypercube, uniformMarginal } from '../../src/statistics/index.js';
import { RandomStreams } from '../../src/kernel/random.js';

const N = 60;
const R = 2;
const METRICS = ['coldHandoversPerFamily', 'waitDays.GI'];
const parameter = (path: string) => ({ path, range: { kind: 'uniform' as const, low: 0, high: 1 }, target: 'number' as const, integer: false, baseValue: 0.5, from: 'built-in', why: 'test', heldIn: [] });

function fixture() {
  const plan: UncertaintyPlan = {
    seed: 1,
    samples: N,
    replications: R,
    baseReplications: 3,
    baseline: 'baseline',
    scenarios: ['baseline', 'duos'].map((name) => ({ name, file: `${name}.yaml`, hash: name })),
    parameters: [parameter('a'), parameter('b'), parameter('c')],
    held: [{ path: 'gi.institutions', reason: 'not varied in this test' }],
    screen: [],
    likeToday: false,
  };
  const design = latinHypercube(N, [0, 1, 2].map(() => uniformMarginal(0, 1)), new RandomStreams(3, 0).stream('design'));
  const noise = new RandomStreams(3, 0).stream('noise');
  const values: UncertaintyValues = { metrics: METRICS, base: new Map(), samples: new Map() };
  // layout: [(scenario × R + replication) × M + metric]
  design.forEach((point, k) => {
    const a = defined(point[0], `world ${k}'s a`);
    const b = defined(point[1], `world ${k}'s b`);
    const v = new Float64Array(2 * R * 2);
    for (let j = 0; j < R; j++) {
      const n = () => 0.01 * (noise.next() - 0.5);
      v[(0 * R + j) * 2 + 0] = 1 + n();
      v[(0 * R + j) * 2 + 1] = 60 + n();
      v[(1 * R + j) * 2 + 0] = 1 - 0.2 - 0.5 * a + n();
      v[(1 * R + j) * 2 + 1] = 60 + 20 * (b - 0.5) + n();
    }
    values.samples.set(k, v);
  });
  for (let b = 0; b < 3; b++) values.base.set(b, Float64Array.from([1, 60, 0.6 + 0.01 * b, 60 + b]));
  return withStatements(analyseUncertainty(plan, design, values, 'test'));
}

/** What the analysis says of the duos, and of one of their measures. */
const duosOf = (file: UncertaintyFile) => defined(file.scenarios.duos, 'the duos');
const ofDuos = (file: UncertaintyFile, metric: string) => defined(duosOf(file).metrics[metric], `duos ${metric}`);

describe('the uncertainty section', () => {
  const file = fixture();

  it('says how often the reform improves, and what an open measure depends on', () => {
    const cold = ofDuos(file, 'coldHandoversPerFamily');
    expect(cold.probabilityOfImprovement).toBe(1);
    expect(cold.drivers[0]?.path).toBe('a');
    const waitDrivers = ofDuos(file, 'waitDays.GI').drivers;
    expect(waitDrivers[0]).toMatchObject({ path: 'b', coefficient: 1 });
    expect(Math.abs(defined(waitDrivers[1], 'a second driver of the wait').coefficient)).toBeLessThan(0.5);
    expect(uncertaintyStatement(file, 'duos', 'en')).toBe('In 100% of plausible worlds duos leads to fewer cold handovers; whether it leads to shorter wait for a gezinsvoogd depends mainly on b.');
    // on the wait, duos win when b < 0.5: knowing b is worth E[max(0, 20 (0.5 − b))] = 2.5 days
    const wait = defined(file.choice['waitDays.GI'], 'the choice on the wait');
    const first = defined(wait.measureFirst[0], 'the parameter to measure first');
    expect(first.path).toBe('b');
    expect(Math.abs(first.evppi - 2.5)).toBeLessThan(0.5);
    expect(wait.noiseFloor).toBeLessThan(first.evppi / 2);
    expect(duosOf(file).statement?.nl).toBe('In 100% van de plausibele werelden leidt duos tot minder koude overdrachten; of het tot korter wachten op een gezinsvoogd leidt, hangt vooral af van b.');
  });

  it.each(['nl', 'en'] as const)('charts compile without warnings and draw (%s)', async (lang) => {
    const charts = uncertaintyCharts(labelsFor(lang), file);
    expect(charts.map((c) => c.name)).toEqual(['uncertainty-effects', 'uncertainty-drivers-duos']);
    for (const chart of charts) {
      const { vega, warnings } = compileChart(chart.spec);
      expect(warnings).toEqual([]);
      const svg = await renderSvg(vega);
      expect(svg).toMatch(/<svg/);
      // every world's tick in the effects; a bar and an interval per driver row in the tornado
      const rows = chart.name === 'uncertainty-effects' ? N : 2 * 3 * 2;
      expect((svg.match(/<path|<line|<rect/g) ?? []).length).toBeGreaterThanOrEqual(rows);
    }
  });

  it('names as open a measure an assumption decides, not one the reform leaves alone that sits near 50% by noise', () => {
    const wait = ofDuos(file, 'waitDays.GI');
    // the local team's wait: untouched by the reform at its own values, a coin toss across worlds, no driver
    const untouched = { ...wait, probabilityOfImprovement: 0.5, probabilityOfWorsening: 0.5, drivers: [], noiseOnly: { difference: 0, ci95: [0, 0] as [number, number], replications: 3 } };
    const withMetrics = (metrics: Record<string, typeof wait>) => ({ ...file, scenarios: { duos: { ...duosOf(file), metrics } } });
    const cold = ofDuos(file, 'coldHandoversPerFamily');
    const decided = withMetrics({ coldHandoversPerFamily: cold, 'waitDays.LT': untouched, 'waitDays.GI': { ...wait, probabilityOfImprovement: 0.3, probabilityOfWorsening: 0.7 } });
    expect(uncertaintyStatement(decided, 'duos', 'en')).toBe('In 100% of plausible worlds duos leads to fewer cold handovers; whether it leads to shorter wait for a gezinsvoogd depends mainly on b.');
    // no driver anywhere: the open measure the reform moves at its own values, not the untouched one
    const moved = { ...wait, drivers: [], noiseOnly: { difference: 4, ci95: [2, 6] as [number, number], replications: 3 } };
    expect(uncertaintyStatement(withMetrics({ coldHandoversPerFamily: cold, 'waitDays.LT': untouched, 'waitDays.GI': moved }), 'duos', 'en')).toBe(
      'In 100% of plausible worlds duos leads to fewer cold handovers; whether it leads to shorter wait for a gezinsvoogd is open, and no single assumption stands out at this number of samples.',
    );
    // and nothing it moves is open: no second half rather than a measure it does not touch
    const still = { ...wait, drivers: [], noiseOnly: { difference: 0, ci95: [-1, 1] as [number, number], replications: 3 } };
    expect(uncertaintyStatement(withMetrics({ coldHandoversPerFamily: cold, 'waitDays.LT': untouched, 'waitDays.GI': still }), 'duos', 'en')).toBe(
      'In 100% of plausible worlds duos leads to fewer cold handovers.',
    );
  });

  it('takes the noise-only interval from a comparison when the analysis ran none', () => {
    const none = { ...file, scenarios: { duos: { ...duosOf(file), metrics: Object.fromEntries(Object.entries(duosOf(file).metrics).map(([m, u]) => [m, { ...u, noiseOnly: null }])) } } };
    const d = { baseline: 1, scenario: 0.6, difference: -0.4, ci95: [-0.5, -0.3] as [number, number], relativeChange: -0.4, significant: true };
    const filled = withNoiseFrom(none, { baseline: 'baseline', seed: 1, replications: 30, scenarios: { duos: { coldHandoversPerFamily: d } }, costEffectiveness: {} });
    expect(ofDuos(filled, 'coldHandoversPerFamily').noiseOnly).toEqual({ difference: -0.4, ci95: [-0.5, -0.3], replications: 30 });
    expect(ofDuos(filled, 'waitDays.GI').noiseOnly).toBeNull();
  });

  it('the page and the Markdown give the same median and probability', () => {
    const labels = labelsFor('en');
    const section = uncertaintySection(labels, file, []);
    const md = uncertaintyMarkdown(labels, file);
    const median = ofDuos(file, 'coldHandoversPerFamily').effect.median;
    const text = `−${Math.abs(median).toFixed(2)}`;
    expect(section.html).toContain(text);
    expect(md).toContain(text);
    expect(section.html).toContain('100%');
    expect(md).toContain(duosOf(file).statement!.en.replace(/\./g, '.'));
    // a parameter held fixed, by its label
    expect(section.html).toContain('Certified institutions');
    expect(section.html).not.toMatch(/undefined|NaN/);
    expect(md).not.toMatch(/undefined|NaN/);
  });
});

describe('the uncertainty section in the words of the report', () => {
  // three real parameters: the duos' effect on cold handovers is driven by their coordination
  // time, the wait by the contact elasticity; less-admin's wait by the admin share
  const PARAMETERS = ['reforms.guardianDuos.coordinationHoursPerFamilyPerMonth', 'gi.extensionContactElasticity', 'guardians.adminShare'];
  const story = (samples: number) =>
    makeUncertainty({
      scenarios: ['baseline', 'guardian-duos', 'less-admin'],
      parameters: PARAMETERS,
      metrics: ['coldHandoversPerFamily', 'waitDays.GI', 'handoversPerFamily'],
      samples,
      effect: (reform, metric) => (reform === 'guardian-duos' ? (metric === 'waitDays.GI' ? [0, 1, 8] : [-1, 0, 0.6]) : metric === 'waitDays.GI' ? [-3, 2, 2] : [-0.2, 2, 0.1]),
    });
  const titles: Record<string, string> = { baseline: 'FoodValley nu', 'guardian-duos': "Gezinsvoogden in duo's", 'less-admin': 'Minder administratie' };
  const labels = labelsFor('nl');
  const names = labelledNames(labels, (n) => titles[n] ?? n);

  it('names the surest clear worsening beside the surest improvement, and none when nothing clearly worsens', () => {
    // cold handovers fall in every world; the wait for a guardian rises in every world, the handovers in about half
    const file = makeUncertainty({
      scenarios: ['baseline', 'guardian-duos'],
      parameters: PARAMETERS,
      metrics: ['coldHandoversPerFamily', 'waitDays.GI', 'childrenWithoutGuardian'],
      samples: 10,
      effect: (_reform, metric) => (metric === 'coldHandoversPerFamily' ? [-1, 0, 0] : metric === 'waitDays.GI' ? [5, 0, 0] : [0, 1, 2]),
    });
    expect(uncertaintyStatement(file, 'guardian-duos', 'nl', names)).toMatch(
      /^In 10 van de 10 plausibele werelden leidt Gezinsvoogden in duo's tot minder koude overdrachten, maar in 10 van de 10 plausibele werelden tot langer wachten op een gezinsvoogd; /,
    );
    expect(uncertaintyStatement(file, 'guardian-duos', 'en', names)).toMatch(/leads to fewer cold handovers, but in 10 of 10 plausible worlds to longer wait for a gezinsvoogd; /);
    // nothing clearly worse: no 'maar'
    expect(uncertaintyStatement(story(6), 'guardian-duos', 'nl', names)).not.toContain(', maar in');
    // no measure improves in most worlds: the opening has no 'leidt tot' for the clause to lean on, so none
    const noneBetter = makeUncertainty({
      scenarios: ['baseline', 'guardian-duos'],
      parameters: PARAMETERS,
      metrics: ['coldHandoversPerFamily', 'waitDays.GI'],
      samples: 10,
      effect: (_reform, metric) => (metric === 'coldHandoversPerFamily' ? [0.1, 0, 1] : [5, 0, 0]),
    });
    const statement = uncertaintyStatement(noneBetter, 'guardian-duos', 'nl', names);
    expect(statement).toMatch(/^Gezinsvoogden in duo's verbetert geen maat in de meeste plausibele werelden; het best scoort minder koude overdrachten \(in \d van de 10 plausibele werelden\)/);
    expect(statement).not.toContain(', maar in');
  });

  it('names scenarios by their titles and parameters by their labels, never by name or path', () => {
    const file = story(40);
    const section = uncertaintySection(labels, file, [], 'charts/', names);
    const md = uncertaintyMarkdown(labels, file, names);
    for (const text of [section.html.replace(/&#39;/g, "'"), md]) {
      expect(text).toContain("Gezinsvoogden in duo's");
      expect(text).toContain('Effect van contact op verlenging');
      expect(text).not.toMatch(/guardian-duos|less-admin|reforms\.|gi\.extension|guardians\.adminShare/);
    }
    // the duos' open measure (the wait) depends on the contact elasticity, by its label
    expect(uncertaintyStatement(file, 'guardian-duos', 'nl', names)).toBe(
      "In 100% van de plausibele werelden leidt Gezinsvoogden in duo's tot minder koude overdrachten; of het tot korter wachten op een gezinsvoogd leidt, hangt vooral af van Effect van contact op verlenging.",
    );
    // enough worlds to tell the parameters apart: a tornado per reform and what to measure first
    expect(uncertaintyCharts(labels, file, names).map((c) => c.name)).toEqual(['uncertainty-effects', 'uncertainty-drivers-guardian-duos', 'uncertainty-drivers-less-admin']);
    expect(section.html).toContain('Wat eerst meten');
  });

  it('calls the share of worlds that improve a share of worlds, not a probability', () => {
    for (const samples of [6, 40]) {
      const file = story(samples);
      for (const [lang, heading, chance] of [['nl', 'Verbetert in (aandeel werelden)', /\bkans/i], ['en', 'Improves in (share of worlds)', /probabilit/i]] as const) {
        const l = labelsFor(lang);
        const section = uncertaintySection(l, file, [], 'charts/', labelledNames(l, (n) => titles[n] ?? n));
        const md = uncertaintyMarkdown(l, file, labelledNames(l, (n) => titles[n] ?? n));
        expect(section.html).toContain(`<th>${heading}</th>`);
        expect(md).toContain(`| ${heading} |`);
        for (const text of [section.html, md]) expect(text).not.toMatch(chance);
      }
    }
  });

  it('gives no probability of improvement for handovers in all, where lower is not better in itself', () => {
    const section = uncertaintySection(labels, story(40), [], 'charts/', names);
    expect(section.html).toMatch(/Overdrachten \(per gezin\)<\/td><td>[^<]+<\/td><td>[^<]+<\/td><td>[^<]+<\/td><td>lager is niet vanzelf beter<\/td>/);
  });

  it('with fewer worlds than parameters + 4, says what the worlds can and cannot say and names no driver', () => {
    const file = story(6);
    expect(file.method.drivers).toBe('spearman');
    const section = uncertaintySection(labels, file, [], 'charts/', names);
    const md = uncertaintyMarkdown(labels, file, names);
    const least = `${Math.round(leastShareWhenAllAgree(6) * 100)}%`;
    for (const text of [section.html.replace(/&#39;/g, "'"), md]) {
      expect(text).toContain(`Wijst een effect in alle 6 werelden dezelfde kant op, dan doet het dat met 95% zekerheid in minstens ${least} van alle plausibele werelden;`);
      expect(text).toContain('welke aanname een effect bepaalt en welke het eerst gemeten moet worden');
      expect(text).toContain('jbsim uncertainty scenarios/foodvalley');
      expect(text).not.toContain('Wat eerst meten');
      expect(text).not.toContain('Belangrijkste aanname');
    }
    // counted, not given as a percentage; and no assumption named as the one that decides
    const statement = uncertaintyStatement(file, 'guardian-duos', 'nl', names);
    const wait = file.scenarios['guardian-duos']!.metrics['waitDays.GI']!;
    expect(statement).toBe(`In 6 van de 6 plausibele werelden leidt Gezinsvoogden in duo's tot minder koude overdrachten; of het tot korter wachten op een gezinsvoogd leidt, hangt van de aannames af (wel in ${Math.round(wait.probabilityOfImprovement * 6)} van de 6 plausibele werelden).`);
    expect(uncertaintyCharts(labels, file, names).map((c) => c.name)).toEqual(['uncertainty-effects']);
  });

  it("with only the worlds like today's chain counted, bounds the share among those worlds", () => {
    const file = { ...story(6), likeToday: true };
    const least = `${Math.round(leastShareWhenAllAgree(6) * 100)}%`;
    expect(uncertaintyMarkdown(labels, file, names)).toContain(`in minstens ${least} van alle plausibele werelden die op de keten van nu lijken;`);
    expect(uncertaintyMarkdown(labelsFor('en'), file, names)).toContain(`in at least ${least} of all plausible worlds that look like today's chain;`);
  });

  it('draws the effects in a panel per measure, each axis in its unit in words', async () => {
    const chart = uncertaintyCharts(labels, story(6), names)[0]!;
    const { vega, warnings } = compileChart(chart.spec);
    expect(warnings).toEqual([]);
    const svg = await renderSvg(vega);
    expect(svg).toContain('Verschil met het basisscenario (per gezin)');
    expect(svg).toContain('Verschil met het basisscenario (dagen)');
    expect(svg).not.toContain('eenheid van de maat');
  });

  it('writes the cost a year in euro as the cost table does, and draws it in millions', async () => {
    const file = makeUncertainty({
      scenarios: ['baseline', 'less-admin'],
      parameters: PARAMETERS,
      metrics: ['coldHandoversPerFamily', 'costPerYearEuro'],
      samples: 6,
      effect: (_reform, metric) => (metric === 'costPerYearEuro' ? [400_000, 0, 100_000] : [-0.2, 2, 0.1]),
    });
    const section = uncertaintySection(labels, file, [], 'charts/', names);
    const md = uncertaintyMarkdown(labels, file, names);
    for (const text of [section.html, md]) {
      // "+€ 396.800" and "€ 350.000 tot € 450.000", not "+396.777" in whole euro
      expect(text).toMatch(/\+€ [34]\d{2}\.\d00\b/);
      expect(text).toMatch(/€ [34]\d{2}\.\d00 tot € [34]\d{2}\.\d00/);
      expect(text).not.toMatch(/[+−]\d{3}\.\d{3}/);
    }
    const chart = uncertaintyCharts(labels, file, names)[0]!;
    const drawn = JSON.stringify(chart.spec);
    const samples = [...drawn.matchAll(/"metric":"costPerYearEuro","sample":([-\d.e]+)/g)].map((m) => Number(m[1]));
    expect(samples).toHaveLength(6);
    for (const x of samples) {
      expect(x).toBeGreaterThan(0.3);
      expect(x).toBeLessThan(0.5);
    }
    const svg = await renderSvg(compileChart(chart.spec).vega);
    expect(svg).toContain('Verschil met het basisscenario (miljoen euro per jaar)');
  });

  it.each(['nl', 'en'] as const)('keys its marks inside the chart, so the PNG reads without the caption (%s)', async (lang) => {
    const l = labelsFor(lang);
    const { vega, warnings } = compileChart(uncertaintyCharts(l, story(6), labelledNames(l))[0]!.spec);
    expect(warnings).toEqual([]);
    const svg = await renderSvg(vega);
    const key = lang === 'nl' ? ['Eén plausibele wereld', 'Mediaan (punt) en 5e–95e percentiel van de werelden', '95%-interval als alleen het toeval telt', 'Geen verschil met het basisscenario'] : ['One plausible world', 'Median (dot) and 5th–95th percentile of the worlds', '95% interval when only random noise counts', 'No difference from the baseline'];
    for (const line of key) expect(svg).toContain(line);
  });

  it('bounds the share of worlds when all n agree: α^(1/n), so that all n agree with probability α at that share', () => {
    for (const n of [1, 3, 8, 20]) expect(leastShareWhenAllAgree(n) ** n).toBeCloseTo(0.05, 12);
    expect(leastShareWhenAllAgree(8)).toBeCloseTo(0.6877, 4);
  });
});

describe("the worlds against today's chain", () => {
  // 60 worlds; the baseline's RvdK wait is below its band in worlds 0–9 and unknown in world 59,
  // its OTS length above its band in every odd world: 25 worlds (the even ones from 10) pass both
  const M = 4;
  const inputs = (likeToday: boolean) => {
    const plan: UncertaintyPlan = {
      seed: 1,
      samples: N,
      replications: R,
      baseReplications: 0,
      baseline: 'baseline',
      scenarios: ['baseline', 'duos'].map((name) => ({ name, file: `${name}.yaml`, hash: name })),
      parameters: [parameter('a'), parameter('b')],
      held: [],
      screen: [
        { name: 'rvdkWaitDays', band: [5, 40] },
        { name: 'otsDurationMonths', band: [22, 36] },
      ],
      likeToday,
    };
    const design = latinHypercube(N, [0, 1].map(() => uniformMarginal(0, 1)), new RandomStreams(5, 0).stream('design'));
    const values: UncertaintyValues = { metrics: [...METRICS, 'screen.rvdkWaitDays', 'screen.otsDurationMonths'], base: new Map(), samples: new Map() };
    design.forEach((point, k) => {
      const v = new Float64Array(2 * R * M).fill(NaN);
      for (let j = 0; j < R; j++) {
        v[(0 * R + j) * M + 0] = 1;
        v[(0 * R + j) * M + 1] = 60;
        v[(1 * R + j) * M + 0] = 1 - 0.5 * point[0]!;
        v[(1 * R + j) * M + 1] = 60 + 20 * (point[1]! - 0.5);
        // the screen's figures are the baseline's; a replication each side of the mean
        v[(0 * R + j) * M + 2] = k === 59 ? NaN : (k < 10 ? 3 : 20) + (j === 0 ? -1 : 1);
        v[(0 * R + j) * M + 3] = k % 2 === 0 ? 30 : 40;
      }
      values.samples.set(k, v);
    });
    return { plan, design, values };
  };
  const screened = (likeToday = false) => {
    const { plan, design, values } = inputs(likeToday);
    return withStatements(analyseUncertainty(plan, design, values, 'test'));
  };

  it('counts per band the worlds whose baseline lands inside it, and the worlds inside every band', () => {
    const file = screened();
    expect(file.worlds).toEqual({
      drawn: N,
      consistent: Array.from({ length: 25 }, (_, i) => 10 + 2 * i),
      targets: [
        { name: 'rvdkWaitDays', band: [5, 40], inside: 49, judged: 59 },
        { name: 'otsDurationMonths', band: [22, 36], inside: 30, judged: 60 },
      ],
      shifted: expect.any(Array),
    });
    // the worlds pass by their number, not by a parameter: neither stands out
    expect(file.worlds?.shifted.map((x) => x.path).sort()).toEqual(['a', 'b']);
    expect(file.worlds?.shifted.some((x) => x.standsOut)).toBe(false);
    // the screen's figures are not analysed as outcomes of the reform
    expect(file.metrics).toEqual(METRICS);
    expect(Object.keys(duosOf(file).metrics)).toEqual(METRICS);
    expect(Object.keys(file.method.weights).some((m) => m.startsWith('screen.'))).toBe(false);
  });

  it('with --like-today analyses only the worlds inside every band, as if they were all that was drawn', () => {
    const drawn = inputs(true);
    const file = screened(true);
    const kept = defined(file.worlds ?? undefined, 'the worlds check').consistent;
    expect(kept).toHaveLength(25);
    expect(file).toMatchObject({ samples: N, analysedWorlds: 25, likeToday: true });
    // the same analysis of those worlds alone, numbered 0 … 24
    const alone = withStatements(
      analyseUncertainty(
        { ...drawn.plan, samples: kept.length, likeToday: false },
        kept.map((k) => drawn.design[k]!),
        { ...drawn.values, samples: new Map(kept.map((k, i) => [i, drawn.values.samples.get(k)!])) },
        'test',
      ),
    );
    for (const metric of METRICS) {
      const screenedMetric = defined(duosOf(file).metrics[metric], metric);
      const aloneMetric = defined(duosOf(alone).metrics[metric], metric);
      expect(screenedMetric.effect).toEqual(aloneMetric.effect);
      expect(screenedMetric.effect.n).toBe(25);
      expect(screenedMetric.drivers).toEqual(aloneMetric.drivers);
      expect(screenedMetric.probabilityOfImprovement).toBe(aloneMetric.probabilityOfImprovement);
      // one value per world drawn, in the order drawn; none for a world left out
      expect(screenedMetric.samples).toHaveLength(N);
      kept.forEach((k, i) => expect(screenedMetric.samples[k]).toBe(aloneMetric.samples[i]));
      expect(screenedMetric.samples.filter(Number.isNaN)).toHaveLength(N - 25);
    }
    expect(file.choice).toEqual(alone.choice);
    expect(file.design).toEqual(drawn.design);
    // without --like-today every world counts, and the worlds left out above move the answer
    const every = screened(false);
    expect(every).toMatchObject({ samples: N, analysedWorlds: N, likeToday: false });
    expect(duosOf(every).metrics[METRICS[0]!]?.effect.n).toBe(N);
    expect(duosOf(every).metrics[METRICS[0]!]?.effect.median).not.toBe(duosOf(file).metrics[METRICS[0]!]?.effect.median);
  });

  it('says so in the report, fewest inside first, in words', () => {
    const file = screened();
    const en = uncertaintyMarkdown(labelsFor('en'), file);
    expect(en).toContain('In 25 of 60 worlds the baseline lands inside every band the model is calibrated to (mean over 2 replications per world)');
    expect(en).toContain('most often outside: the length of an OTS (inside the band in 30 of 60), the wait for an RvdK investigation (inside the band in 49 of 59)');
    const nl = uncertaintySection(labelsFor('nl'), file, []).html.replace(/&#39;/g, "'");
    expect(nl).toContain('In 25 van de 60 werelden valt het basisscenario binnen elke band');
    expect(nl).toContain('de duur van een OTS (binnen de band in 30 van de 60)');
    // nothing to check against: no paragraph
    const unchecked = { ...file, worlds: null };
    expect(uncertaintyMarkdown(labelsFor('en'), unchecked)).not.toContain('look like today');
  });

  it('with --like-today and too few worlds kept, points to drawing more worlds, as many as this run\'s rate needs', () => {
    const file = screened(true);
    // as if the 25 worlds kept were too few to tell 2 parameters apart
    const few = { ...file, method: { ...file.method, drivers: 'spearman' as const } };
    const en = uncertaintyMarkdown(labelsFor('en'), few);
    // (2 + 4) parameters' worth at 25 of 60: 14.4 worlds drawn, rounded up to a thousand
    expect(en).toContain("More worlds like today's chain take more worlds drawn (here 25 of 60 passed); enough to tell the assumptions apart, about: `jbsim uncertainty scenarios/foodvalley --like-today --samples 1000 --replications 2 --out uncertainty`");
    expect(en).not.toContain('The full analysis (200 worlds');
    const nl = uncertaintySection(labelsFor('nl'), few, []).html;
    expect(nl).toContain('hier 25 van de 60');
    expect(nl).toContain('--like-today --samples 1000');
    // without the flag, the full analysis as before
    expect(uncertaintyMarkdown(labelsFor('en'), { ...few, likeToday: false })).toContain('The full analysis (200 worlds');
  });

  it('says the reforms were not run in the others only when some world was left out, and what the sampling was', () => {
    const file = screened(true);
    expect(uncertaintyMarkdown(labelsFor('en'), file)).toContain('the reforms were not run in the others');
    const worlds = defined(file.worlds ?? undefined, 'the worlds');
    const all = { ...file, analysedWorlds: N, worlds: { ...worlds, consistent: Array.from({ length: N }, (_, k) => k) } };
    const en = uncertaintyMarkdown(labelsFor('en'), all);
    expect(en).toContain(`in ${N} of ${N} worlds drawn the baseline lands inside every band`);
    expect(en).not.toContain('not run in the others');
    expect(uncertaintyMarkdown(labelsFor('nl'), all)).not.toContain('niet doorgerekend');
    expect(file.method.sampling).toMatch(/--like-today.*no longer a Latin hypercube/);
    expect(screened(false).method.sampling).not.toMatch(/like-today/);
    expect(screened(false).method.sampling).toMatch(/^Latin hypercube over the plausible ranges; per sample every scenario on the same random numbers \(paired\)/);
  });

  it('reads a plan written before --like-today existed as an analysis of every world', () => {
    const { plan, design, values } = inputs(false);
    const { likeToday: _, ...old } = plan;
    const file = analyseUncertainty(old as UncertaintyPlan, design, values, 'test');
    expect(file.likeToday).toBe(false);
    expect(file.analysedWorlds).toBe(N);
  });

  it('names the assumptions the worlds like today hold differently, with their percentiles, in words', () => {
    const file = screened(true);
    const worlds = defined(file.worlds ?? undefined, 'the worlds');
    const shifted = [
      { path: 'a', drawn: { median: 0.3, p10: 0.06, p90: 0.54 }, kept: { median: 0.15, p10: 0.03, p90: 0.27 }, z: -7.8, standsOut: true },
      { path: 'b', drawn: { median: 45, p10: 20, p90: 70 }, kept: { median: 52, p10: 30, p90: 71 }, z: 2.1, standsOut: false },
    ];
    const shown = { ...file, worlds: { ...worlds, shifted } };
    const en = uncertaintyMarkdown(labelsFor('en'), shown);
    expect(en).toContain("What today's chain says about the assumptions, in the worlds that look like it against all worlds drawn: ‘a’ is lower (median 0.15, 10th–90th percentile 0.03–0.27, against 0.30 and 0.06–0.54).");
    // b does not stand out after testing every parameter: not named
    expect(en).not.toContain('‘b’');
    const nl = uncertaintySection(labelsFor('nl'), shown, []).html.replace(/&#39;/g, "'");
    expect(nl).toContain('‘a’ is lager (mediaan 0,15, 10e–90e percentiel 0,03–0,27, tegen 0,30 en 0,06–0,54)');
    // and in the worlds check of an analysis over every world, too
    expect(uncertaintyMarkdown(labelsFor('en'), { ...shown, likeToday: false })).toContain('‘a’ is lower (median 0.15');
    expect(uncertaintyMarkdown(labelsFor('en'), { ...file, worlds: { ...worlds, shifted: [{ ...shifted[0]!, standsOut: false }] } })).not.toContain('What today');
  });

  it('with --like-today says that only the worlds like today are counted, how many, and nothing is left when none is', () => {
    const file = screened(true);
    const en = uncertaintyMarkdown(labelsFor('en'), file);
    expect(en).toContain("Only the worlds that look like today's chain count below: in 25 of 60 worlds drawn the baseline lands inside every band");
    expect(en).toContain('Most often outside: the length of an OTS (inside the band in 30 of 60), the wait for an RvdK investigation (inside the band in 49 of 59).');
    expect(en).not.toContain('read the spread below as what the ranges allow together');
    // the intro counts the worlds analysed of those drawn, and says they are no Latin hypercube of their own
    expect(en).toContain("25 plausible worlds that look like today's chain, of 60 drawn: 2 uncertain parameters varied together within their plausible ranges (a Latin hypercube over the worlds drawn; those kept do not form one), each scenario run 2× per world");
    expect(uncertaintyMarkdown(labelsFor('en'), { ...file, likeToday: false })).toContain('25 plausible worlds: 2 uncertain parameters varied together within their plausible ranges (Latin hypercube), each');
    const nl = uncertaintySection(labelsFor('nl'), file, []).html.replace(/&#39;/g, "'");
    expect(nl).toContain('25 plausibele werelden die op de keten van nu lijken, uit 60 getrokken: 2 onzekere parameters tegelijk gevarieerd binnen hun plausibele bereik (Latin hypercube over de getrokken werelden; de gehouden werelden vormen er geen)');
    expect(nl).toContain('Alleen de werelden die op de keten van nu lijken, tellen hieronder mee: in 25 van de 60 getrokken werelden');
    const none = { ...file, analysedWorlds: 0, worlds: { ...defined(file.worlds ?? undefined, 'the worlds'), consistent: [] } };
    expect(uncertaintyMarkdown(labelsFor('en'), none)).toContain('So nothing is left to compare: draw more worlds (--samples).');
  });

  it('with --like-today but nothing to check the worlds against, analyses every world and points to the full analysis', () => {
    const { plan, design, values } = inputs(true);
    const file = withStatements(analyseUncertainty({ ...plan, screen: [] }, design, values, 'test'));
    expect(file).toMatchObject({ samples: N, analysedWorlds: N, likeToday: true, worlds: null });
    expect(duosOf(file).metrics[METRICS[0]!]?.effect.n).toBe(N);
    // too few worlds for the drivers: the full analysis, not a number of worlds drawn from a rate there is none of
    const en = uncertaintyMarkdown(labelsFor('en'), { ...file, method: { ...file.method, drivers: 'spearman' as const } });
    expect(en).toContain('The full analysis (200 worlds');
    expect(en).not.toContain('--like-today --samples');
  });

  it('asks for as many worlds drawn as parameters + 4 need at this run\'s rate, rounded up to a thousand', () => {
    const file = screened(true);
    const worlds = defined(file.worlds ?? undefined, 'the worlds');
    const few = (kept: number, drawn: number) =>
      uncertaintyMarkdown(labelsFor('en'), { ...file, analysedWorlds: kept, method: { ...file.method, drivers: 'spearman' as const }, worlds: { ...worlds, drawn } });
    // (2 + 4) × 5000 / 7 = 4285.7: 5000; (2 + 4) × 5000 / 10 = 3000 exactly: 3000
    expect(few(7, 5000)).toContain('(here 7 of 5000 passed)');
    expect(few(7, 5000)).toContain('--like-today --samples 5000 --replications 2');
    expect(few(10, 5000)).toContain('--like-today --samples 3000 --replications 2');
  });

  it('gives no worlds check when every world lands inside every band, and the summary names no band', () => {
    const file = screened();
    const worlds = defined(file.worlds ?? undefined, 'the worlds');
    const all = { ...file, worlds: { ...worlds, consistent: Array.from({ length: N }, (_, k) => k), targets: worlds.targets.map((t) => ({ ...t, inside: t.judged })), shifted: [] } };
    expect(worldsCheckText(labelsFor('en'), all)).toBeNull();
    expect(uncertaintyMarkdown(labelsFor('en'), all)).not.toContain('look like today');
    expect(summaryTable(all, 'en').split('\n').at(-1)).toBe("like today's chain: 60 of 60 worlds inside every calibration band");
    // with bands missed: fewest inside first, and nothing after the worlds check's own text
    expect(summaryTable(file, 'en').split('\n').at(-1)).toBe("like today's chain: 25 of 60 worlds inside every calibration band (fewest inside: otsDurationMonths 30/60, rvdkWaitDays 49/59)");
    expect(worldsCheckText(labelsFor('en'), file)).toMatch(/is the sturdier figure\.$/);
    expect(worldsCheckText(labelsFor('en'), screened(true))).toMatch(/among chains like today's\.$/);
  });

  it('names at most three assumptions that stand out, higher or lower, in the report and the summary', () => {
    const file = screened(true);
    const worlds = defined(file.worlds ?? undefined, 'the worlds');
    // as parameterShifts gives them: largest |z| first, so those that stand out come first
    const shifted = [
      { path: 'a', drawn: { median: 0.3, p10: 0.06, p90: 0.54 }, kept: { median: 0.15, p10: 0.03, p90: 0.27 }, z: -7.8, standsOut: true },
      { path: 'c', drawn: { median: 45, p10: 20, p90: 70 }, kept: { median: 60, p10: 40, p90: 69 }, z: 5, standsOut: true },
      // a whole number that is 0 in most worlds drawn: nothing to take significant digits of, so whole numbers
      { path: 'd', drawn: { median: 0, p10: 0, p90: 0 }, kept: { median: 1, p10: 0, p90: 1 }, z: 4, standsOut: true },
      { path: 'e', drawn: { median: 1, p10: 0, p90: 2 }, kept: { median: 1.5, p10: 1, p90: 2 }, z: 3, standsOut: true },
      { path: 'b', drawn: { median: 45, p10: 20, p90: 70 }, kept: { median: 52, p10: 30, p90: 71 }, z: 2.1, standsOut: false },
    ];
    const shown = { ...file, worlds: { ...worlds, shifted } };
    expect(worldsCheckText(labelsFor('en'), shown)).toMatch(
      /What today's chain says about the assumptions, in the worlds that look like it against all worlds drawn: ‘a’ is lower \(median 0\.15, 10th–90th percentile 0\.03–0\.27, against 0\.30 and 0\.06–0\.54\); ‘c’ is higher \(median 60, 10th–90th percentile 40–69, against 45 and 20–70\); ‘d’ is higher \(median 1, 10th–90th percentile 0–1, against 0 and 0–0\)\.$/,
    );
    expect(summaryTable(shown, 'en').split('\n').at(-1)).toBe('those worlds differ most in: a lower (median 0.15 against 0.30 drawn), c higher (median 60.0 against 45.0 drawn), d higher (median 1.00 against 0.00 drawn)');
    // one that stands out and one that does not: only the first, in both
    const one = { ...file, worlds: { ...worlds, shifted: [shifted[0]!, shifted[4]!] } };
    expect(summaryTable(one, 'en').split('\n').at(-1)).toBe('those worlds differ most in: a lower (median 0.15 against 0.30 drawn)');
    expect(worldsCheckText(labelsFor('en'), one)).not.toContain('‘b’');
    // none stands out: no line
    const none = { ...file, worlds: { ...worlds, shifted: [shifted[4]!] } };
    expect(summaryTable(none, 'en')).not.toContain('differ most');
    expect(summaryTable(none, 'en').split('\n').at(-1)).toMatch(/^like today's chain: 25 of 60 worlds/);
  });

  it('has no worlds check without figures of today to check against', () => {
    expect(fixture().worlds).toBeNull();
  });

  it('with --like-today and none or one world kept, analyses what is there and reports no empty or unknown figures', () => {
    const { plan, design, values } = inputs(true);
    // every world's OTS length outside a band no world reaches: none is kept
    const none = withStatements(analyseUncertainty({ ...plan, screen: [plan.screen[0]!, { name: 'otsDurationMonths', band: [0, 1] }] }, design, values, 'test'));
    expect(none).toMatchObject({ samples: N, analysedWorlds: 0, likeToday: true });
    expect(none.worlds?.consistent).toEqual([]);
    for (const metric of METRICS) {
      expect(ofDuos(none, metric).effect.n).toBe(0);
      expect(ofDuos(none, metric).samples.filter(Number.isNaN)).toHaveLength(N);
    }
    for (const lang of ['en', 'nl'] as const) {
      const md = uncertaintyMarkdown(labelsFor(lang), none);
      const html = uncertaintySection(labelsFor(lang), none, []).html;
      // the worlds check says why nothing follows: no table of no rows, no shares of no worlds, no "these 0 worlds can say"
      expect(md).not.toContain('|');
      expect(html).not.toContain('<table');
      expect(`${md}${html}`).not.toMatch(/–\s?%|\b0 (worlds|werelden) (can|kunnen)/);
    }
    expect(uncertaintyMarkdown(labelsFor('en'), none)).toContain('So nothing is left to compare: draw more worlds (--samples).');
    // the command's summary: no empty statement, no parameters ranked by an EVPPI nobody could compute, and why
    const summary = summaryTable(none, 'en');
    expect(summary).not.toMatch(/^- *$/m);
    expect(summary).not.toContain('measure first');
    expect(summary).toMatch(/0 of 60 worlds inside every calibration band.*; only these are analysed \(--like-today\), so nothing was compared: draw more worlds \(--samples\)$/);
    // one world inside every band (world 10): its effect is the whole distribution
    const oneValues = { ...values, samples: new Map([...values.samples].map(([k, v]) => [k, k === 10 ? v : v.map((x, i) => (i % M === 3 && Number.isFinite(x) ? 40 : x))])) };
    const one = withStatements(analyseUncertainty(plan, design, oneValues, 'test'));
    expect(one).toMatchObject({ analysedWorlds: 1, worlds: { consistent: [10] } });
    const cold = ofDuos(one, 'coldHandoversPerFamily');
    expect(cold.effect).toMatchObject({ n: 1, median: cold.samples[10], p5: cold.samples[10], p95: cold.samples[10] });
    expect(cold.probabilityOfImprovement).toBe(1);
    expect(uncertaintyMarkdown(labelsFor('en'), one)).toContain('What these 1 worlds can say');
  });
});

describe('what to measure first, when the smoother cannot tell', () => {
  // 30 worlds, one parameter a = k / 30; the reform changes the GI's wait by `effect(k)` days from a baseline of 10
  // (`b`: a second parameter's value per world, when there is one)
  const analysed = (effect: (k: number) => number, b?: (k: number) => number) => {
    const n = 30;
    const plan: UncertaintyPlan = {
      seed: 1,
      samples: n,
      replications: 1,
      baseReplications: 0,
      baseline: 'baseline',
      scenarios: ['baseline', 'duos'].map((name) => ({ name, file: `${name}.yaml`, hash: name })),
      parameters: b ? [parameter('a'), parameter('b')] : [parameter('a')],
      held: [],
      screen: [],
      likeToday: false,
    };
    const design = Array.from({ length: n }, (_, k) => (b ? [k / n, b(k)] : [k / n]));
    const values: UncertaintyValues = { metrics: ['waitDays.GI'], base: new Map(), samples: new Map() };
    for (let k = 0; k < n; k++) values.samples.set(k, Float64Array.from([10, 10 + effect(k)]));
    return withStatements(analyseUncertainty(plan, design, values, 'test'));
  };

  it("flags EVPPI estimates above the EVPI: one world of a far larger effect bends the local lines below zero elsewhere", () => {
    // the reform is never worse, so knowing anything changes no choice: EVPI = 0; the smoother says otherwise
    const spike = analysed((k) => (k === 10 ? -100 : 0));
    const choice = defined(spike.choice['waitDays.GI'], 'the choice on the GI wait');
    expect(choice.evpi).toBe(0);
    expect(choice.measureFirst[0]?.evppi).toBeGreaterThan(0);
    expect(choice.evppiWithinEvpi).toBe(false);
    expect(spike.choice.weighted?.evppiWithinEvpi).toBe(false);
    // a smooth effect that changes sign with a: knowing a is worth up to everything, and no more
    const smooth = analysed((k) => 20 * (k / 30 - 0.5));
    expect(smooth.choice['waitDays.GI']?.evppiWithinEvpi).toBe(true);
    expect(smooth.choice['waitDays.GI']?.evpi).toBeGreaterThan(0);
  });

  it.each(['nl', 'en'] as const)('shows no ranking then, and says why (%s)', (lang) => {
    const spike = analysed((k) => (k === 10 ? -100 : 0));
    const md = uncertaintyMarkdown(labelsFor(lang), spike);
    const html = uncertaintySection(labelsFor(lang), spike, []).html;
    const why = lang === 'nl' ? 'Wat eerst te meten is, valt bij dit aantal werelden niet te zeggen' : 'What to measure first cannot be told at this number of worlds';
    expect(md).toContain(why);
    expect(html).toContain(why);
    expect(md).not.toContain(lang === 'nl' ? '| Parameter | EVPPI |' : '| Parameter | EVPPI |');
    const smooth = analysed((k) => 20 * (k / 30 - 0.5));
    expect(uncertaintyMarkdown(labelsFor(lang), smooth)).not.toContain(why);
    expect(uncertaintyMarkdown(labelsFor(lang), smooth)).toContain('| EVPPI |');
  });

  it('flags the choice when one estimate exceeds the EVPI, though another does not', () => {
    // b is the same in every world: nothing to learn from it, its estimate is 0; a's is not
    const spike = analysed((k) => (k === 10 ? -100 : 0), () => 0.5);
    const choice = defined(spike.choice['waitDays.GI'], 'the choice on the GI wait');
    expect(choice.evpi).toBe(0);
    expect(choice.measureFirst.map((v) => v.path)).toEqual(['a', 'b']);
    expect(choice.measureFirst[1]?.evppi).toBe(0);
    expect(choice.evppiWithinEvpi).toBe(false);
  });

  it('holds a reform that never changes the choice within the EVPI: nothing is worth nothing', () => {
    // the reform always shortens the wait by 3 days (or changes nothing): EVPI and EVPPI are both 0
    for (const effect of [-3, 0]) {
      const same = analysed(() => effect);
      const choice = defined(same.choice['waitDays.GI'], 'the choice on the GI wait');
      expect(choice.evpi).toBe(0);
      expect(choice.measureFirst[0]?.evppi).toBe(0);
      expect(choice.evppiWithinEvpi).toBe(true);
      expect(same.choice.weighted?.evppiWithinEvpi).toBe(true);
    }
  });

  it('says why there is no ranking with the estimate and the EVPI by value, and only where the drivers are known', () => {
    const spike = analysed((k) => (k === 10 ? -100 : 0));
    const weighted = defined(spike.choice.weighted, 'the weighted choice');
    const made = { ...spike, choice: { ...spike.choice, weighted: { ...weighted, evpi: 0.002, measureFirst: [{ path: 'a', evppi: 0.0123, shareOfEvpi: null }], evppiWithinEvpi: false } } };
    expect(uncertaintyMarkdown(labelsFor('en'), made)).toContain('the estimated value of knowing one assumption exactly (up to 0.0123) exceeds the value of knowing all of them (0.0020)');
    // too few worlds for the drivers: the few-worlds text says what cannot be told, not this
    const few = { ...made, method: { ...made.method, drivers: 'spearman' as const } };
    expect(uncertaintyMarkdown(labelsFor('en'), few)).not.toContain('What to measure first cannot be told');
    expect(uncertaintySection(labelsFor('en'), few, []).html).not.toContain('What to measure first cannot be told');
    // no weighted choice (no measure with a better direction): neither a ranking nor a reason
    const { weighted: _, ...others } = spike.choice;
    const unweighted = { ...spike, choice: others };
    expect(uncertaintyMarkdown(labelsFor('en'), unweighted)).not.toContain('What to measure first');
    expect(summaryTable(unweighted, 'en')).not.toContain('measure first');
  });

  it('lays the Markdown out block by block, with nothing where a part is left out', () => {
    const en = labelsFor('en');
    const spike = uncertaintyMarkdown(en, analysed((k) => (k === 10 ? -100 : 0))).split('\n');
    expect(spike.slice(-4)).toEqual(['#### What to measure first', '', expect.stringMatching(/^_What to measure first cannot be told at this number of worlds: .*\._$/), '']);
    const smooth = uncertaintyMarkdown(en, analysed((k) => 20 * (k / 30 - 0.5))).split('\n');
    expect(smooth.slice(-2)).toEqual([expect.stringMatching(/^_The expected value of partial perfect information \(EVPPI\): .*an EVPPI below that says nothing\._$/), '']);
    // enough worlds: the intro, then the statement at once
    expect(smooth.slice(0, 5)).toEqual([expect.stringMatching(/^### /), '', expect.any(String), '', expect.stringMatching(/^- /)]);
    // as if too few to tell the drivers: what they can say, what not, the command, each its own paragraph
    const file = analysed((k) => 20 * (k / 30 - 0.5));
    const few = uncertaintyMarkdown(en, { ...file, method: { ...file.method, drivers: 'spearman' as const } });
    const lines = few.split('\n');
    const can = lines.findIndex((l) => l.startsWith('_What these'));
    expect(can).toBeGreaterThan(0);
    expect(lines.slice(can + 1, can + 6)).toEqual(['', expect.stringMatching(/^_.*_$/), '', expect.stringMatching(/`jbsim uncertainty scenarios\/foodvalley --out uncertainty`$/), '']);
    expect(lines[can + 6]).toMatch(/^- /);
  });

  it('ends the page with the ranking or with why there is none, and puts nothing between the intro and the statements', () => {
    const en = labelsFor('en');
    const smooth = uncertaintySection(en, analysed((k) => 20 * (k / 30 - 0.5)), []).html;
    expect(smooth).toMatch(/<\/p>\n<ul class="statements">/);
    expect(smooth).toMatch(/<p class="note">The expected value of partial perfect information[^<]*<\/p>$/);
    const spike = uncertaintySection(en, analysed((k) => (k === 10 ? -100 : 0)), []).html;
    expect(spike).toMatch(/<h3>What to measure first<\/h3>\n<p class="note caveat">What to measure first cannot be told[^<]*<\/p>$/);
  });

  it('lists in the summary the first three parameters to measure, and none when the ranking says nothing', () => {
    const smooth = analysed((k) => 20 * (k / 30 - 0.5));
    const weighted = defined(smooth.choice.weighted, 'the weighted choice');
    const ranked = (measureFirst: typeof weighted.measureFirst, evppiWithinEvpi = true) => summaryTable({ ...smooth, choice: { ...smooth.choice, weighted: { ...weighted, measureFirst, evppiWithinEvpi } } }, 'en');
    const v = (path: string, evppi: number) => ({ path, evppi, shareOfEvpi: null });
    expect(ranked([v('p', 0.4), v('q', 0.3), v('r', 0.2), v('s', 0.1)])).toMatch(/\n\nmeasure first \(EVPPI, weighted\): p, q, r$/);
    // no estimate (fewer than three worlds), or estimates above the EVPI: no line
    expect(ranked([v('p', NaN), v('q', NaN)])).not.toContain('measure first');
    expect(ranked([v('p', 0.4), v('q', 0.3)], false)).not.toContain('measure first');
  });
});
