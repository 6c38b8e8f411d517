// The warm-up page (warmup.html): its recommendation in the page's language, the table of MSER-5's
// cuts with what each one is, and a chart that draws a rule only for the cuts that count.

import { describe, expect, it } from 'vitest';
import { labelsFor } from '../../src/report/labels.js';
import { warmupChart } from '../../src/report/warmupChart.js';
import { warmupCutsSection, warmupRecommendation } from '../../src/report/warmupPage.js';
import { warmupWords } from '../../src/report/warmupWords.js';
import { disagreeingGiWait, jbtStep, replicationsWith, study } from '../helpers/warmupStudies.js';

const nl = labelsFor('nl');
const en = labelsFor('en');

/** The chart's rules: [series title, start] per cut drawn. */
function rules(file: ReturnType<typeof study>, lang: 'nl' | 'en' = 'en'): [string, string][] {
  const spec = warmupChart(labelsFor(lang), file).spec as { data: { values: { kind: string; series: string; start: string }[] } };
  return spec.data.values.filter((v) => v.kind === 'rule').map((v) => [v.series, v.start]);
}

describe('a cut too small to count', () => {
  const file = study(jbtStep('settled', 0.03));

  it('is named in the recommendation, in Dutch on a Dutch page, and the settled start needs no warm-up', () => {
    const text = warmupRecommendation(nl, file).join(' ');
    expect(text).toContain('Vanaf de gesettelde start is geen opwarmperiode nodig.');
    expect(text).toMatch(/Bij Wachten JBT kapt MSER-5 [\d,]+ jaar af, maar dat deel wijkt maar 0,\d+% af van de rest, minder dan de drempel: dat telt niet mee\./);
    expect(text).toContain('1% van het niveau van de rest, en minstens 0,05 in de eenheid van de reeks (--material)');
    expect(text).toContain('Het scenario warmt nu 1 jaar op.');
    expect(text).not.toMatch(/\b(the|from|years)\b/); // no English left in the Dutch text
  });

  it('is marked as too small in the table, with its share of the rest', () => {
    const html = warmupCutsSection(nl, file).html;
    const row = html.split('<tr>').find((r) => r.includes('Wachten JBT'))!;
    expect(row).toContain('verwaarloosbaar: telt niet');
    expect(row).toMatch(/0,\d+% van de rest/);
  });

  it('gets no rule in the chart', () => {
    expect(rules(file)).toEqual([]);
  });
});

describe('a cut that counts', () => {
  const file = study(jbtStep('settled', 0.5));

  it('sets the warm-up the recommendation gives, in words of the page language', () => {
    const years = file.recommendation.settledWarmupYears;
    expect(years).toBeGreaterThan(2.5);
    expect(warmupRecommendation(en, file).join(' ')).toContain(`From the settled start a warm-up of ${years} years is needed.`);
    expect(warmupRecommendation(en, file).join(' ')).toContain('The scenario now warms up for 1 year.');
  });

  it('is marked as a start-up bias in the table and drawn as a rule for the settled start only', () => {
    const row = warmupCutsSection(en, file)
      .html.split('<tr>')
      .find((r) => r.includes('Wait JBT'))!;
    expect(row).toContain('<strong>start-up bias: counts</strong>');
    expect(rules(file)).toEqual([['Wait JBT (days)', 'settled start']]);
  });
});

describe('a cut these replications cannot judge', () => {
  it('is named with the advice to run more, and marked unclear in the table', () => {
    const noisy = disagreeingGiWait();
    const file = study(noisy, undefined, noisy);
    expect(warmupRecommendation(nl, file).join(' ')).toMatch(
      /Voor Wachten GI \([\d,]+ jaar(, op de grens)?\) kunnen 5 replicaties niet zeggen of het afgekapte deel meer dan de drempel van de rest afwijkt; meer replicaties kunnen uitsluitsel geven\./,
    );
    // the recommendation no longer says flatly that no warm-up is needed
    expect(warmupRecommendation(nl, file).join(' ')).toContain('Vanaf de gesettelde start is geen opwarmperiode nodig, voor zover deze replicaties laten zien.');
    const row = warmupCutsSection(nl, file)
      .html.split('<tr>')
      .find((r) => r.includes('Wachten GI'))!;
    expect(row).toContain('onduidelijk: telt niet, meer replicaties nodig');
    expect(row).toMatch(/drempel ±0,\d+/);
    expect(rules(file)).toEqual([]);
  });
});

describe('a series that may not settle', () => {
  it('is named, and the empty chain settles "at the least" after it, the series named', () => {
    const climbing = replicationsWith('climb', 'waitDays.GI', (t, rng) => 10 + 0.05 * t + 0.1 * rng());
    const file = study(climbing, undefined, climbing);
    const text = warmupRecommendation(nl, file).join(' ');
    expect(text).toContain('Vanaf een lege keten komen de reeksen pas na minstens 5 jaar tot rust (Wachten GI op de grens van MSER-5).');
    expect(text).toContain('Wachten GI komt mogelijk niet tot rust binnen 10 jaar');
    expect(warmupCutsSection(nl, file).html).toContain('op de grens');
  });
});

describe('lists in the text', () => {
  it('join the last item with "en" / "and"', () => {
    expect(warmupWords('nl').list(['A', 'B', 'C'])).toBe('A, B en C');
    expect(warmupWords('en').list(['A', 'B'])).toBe('A and B');
    expect(warmupWords('nl').list(['A'])).toBe('A');
  });
});
