// summary.md against comparison.json: every number in the headline tables is the comparison's,
// rounded as printed; bold (a clear difference) exactly when the comparison calls it significant.

import { describe, expect, it } from 'vitest';
import { HEADLINE_METRICS, WAIT_METRICS, summaryMarkdown } from '../../src/report/index.js';
import { GUARDIAN_METRICS, HANDOVER_CAUSE_METRICS } from '../../src/report/outcomes.js';
import { formatPercent } from '../../src/report/format.js';
import { labelsFor } from '../../src/report/labels.js';
import { escapeMarkdown } from '../../src/report/markup.js';
import { HOSTILE_NAME, STANDARD_SCENARIOS, makeFixture } from './fixtures.js';
import { checkTable } from './markdownTable.js';
import { conclusions } from '../../src/report/conclusions.js';
import { headlineTable } from '../../src/report/headline.js';
import { headlineTableHtml } from '../../src/report/markup.js';
import { comparisonCharts } from '../../src/report/charts.js';
import { provenanceHtml } from '../../src/report/sectionsHtml.js';
import { censoredCaveat, cohortNote } from '../../src/report/caveats.js';
import { metricOf } from '../../src/report/headline.js';

describe('summary.md', () => {
  for (const lang of ['nl', 'en'] as const) {
    it(`agrees with comparison.json (${lang})`, () => {
      const { summaries, comparison } = makeFixture([...STANDARD_SCENARIOS, { name: HOSTILE_NAME, effect: { coldHandoversPerFamily: 1.3, 'waitDays.GI': 0.5 } }]);
      const labels = labelsFor(lang);
      const md = summaryMarkdown(labels, summaries, comparison, '0.1.0');
      const expected = [comparison.baseline, ...Object.keys(comparison.scenarios)];
      const w = labels.comparison.sections;
      expect(checkTable(lang, md, `### ${w.families}`, HEADLINE_METRICS, comparison)).toEqual(expected);
      expect(checkTable(lang, md, `### ${w.guardian}`, GUARDIAN_METRICS, comparison)).toEqual(expected);
      expect(checkTable(lang, md, `### ${w.waits}`, WAIT_METRICS, comparison)).toEqual(expected);
      expect(checkTable(lang, md, `### ${w.causes}`, HANDOVER_CAUSE_METRICS, comparison)).toEqual(expected);
      // the duties' hours: only the duty some scenario has, beside the open posts some scenario has
      expect(checkTable(lang, md, `#### ${labels.comparison.costs.duties}`, ['reformHoursPerWeek.duoCoordination', 'guardianVacancies'], comparison)).toEqual(expected);
    });

    it(`says when many families are still in the chain at the end (${lang})`, () => {
      const labels = labelsFor(lang);
      const many = makeFixture(STANDARD_SCENARIOS);
      const few = makeFixture(STANDARD_SCENARIOS.map((s) => ({ ...s, effect: { ...s.effect, censoredShare: 0.25 } })));
      // the fixture's baseline has 19% still in the chain, every reform too: the caveat names them all
      const others = STANDARD_SCENARIOS.slice(1).map((s) => `${s.name} ${formatPercent(labels, 0.19, 0)}`);
      const caveat = labels.comparison.censored(formatPercent(labels, 0.19, 0), others.join(', '));
      expect(summaryMarkdown(labels, many.summaries, many.comparison, '0.1.0')).toContain(`_${escapeMarkdown(caveat)}_`);
      // at 19% × 0.25 under every scenario, 5%, there is nothing to say
      const opening = labels.comparison.censored('§', '').split('§')[0]!;
      expect(summaryMarkdown(labels, few.summaries, few.comparison, '0.1.0')).not.toContain(escapeMarkdown(opening));
    });

    it(`says which families the counts per family cover: the whole window, or its first part (${lang})`, () => {
      const labels = labelsFor(lang);
      const { summaries, comparison } = makeFixture(STANDARD_SCENARIOS);
      const opening = escapeMarkdown(labels.comparison.cohort('', '§', '', '', true).split('§')[0]!);
      // summaries written before the window's part was kept say nothing
      expect(summaryMarkdown(labels, summaries, comparison, '0.1.0')).not.toContain(opening);
      const base = summaries.find((s) => s.scenario.name === comparison.baseline)!;
      base.followUpDays = 8 * 365.25;
      base.cohortDays = base.horizonDays;
      const years = (n: number) => (lang === 'nl' ? String(n).replace('.', ',') : String(n));
      const whole = labels.comparison.cohort(years(5), years(5), years(8), years(13), true);
      expect(summaryMarkdown(labels, summaries, comparison, '0.1.0')).toContain(`_${escapeMarkdown(whole)}_`);
      base.cohortDays = base.horizonDays / 2;
      const part = labels.comparison.cohort(years(2.5), years(5), years(8), years(10.5), false);
      expect(part).not.toBe(whole);
      expect(summaryMarkdown(labels, summaries, comparison, '0.1.0')).toContain(`_${escapeMarkdown(part)}_`);
    });

    it(`says under the waits when a link was busy all the time in single replications (${lang})`, () => {
      const labels = labelsFor(lang);
      const { summaries, comparison } = makeFixture(STANDARD_SCENARIOS);
      const mark = formatPercent(labels, 0.995, 1);
      const opening = labels.comparison.saturated('§', '', [], mark).split('§')[0]!;
      const note = (md: string) => md.split('\n').find((l) => l.startsWith(`_${escapeMarkdown(opening)}`) || l.includes(escapeMarkdown(labels.comparison.saturated(null, '', ['§'], mark).split('§')[0]!)));
      expect(note(summaryMarkdown(labels, summaries, comparison, '0.1.0'))).toBeUndefined();
      const [base, reform, other] = summaries;
      const title = (i: number) => summaries[i]!.scenario.title ?? summaries[i]!.scenario.name;
      base!.settled = { ...base!.settled!, replicationsWithSaturation: 6, saturatedIn: [
        { link: 'RvdK Rotterdam', replications: 4 }, { link: 'RvdK Zeeland', replications: 2 }, { link: 'VT Zeeland', replications: 1 },
        { link: 'court Zeeland', replications: 1 }, { link: 'JBT Zeeland', replications: 1 },
      ] };
      reform!.settled = { ...reform!.settled!, replicationsWithSaturation: 2, saturatedIn: [{ link: 'RvdK Rotterdam', replications: 2 }] };
      other!.settled = { ...other!.settled!, replicationsWithSaturation: 0, saturatedIn: [] };
      const md = summaryMarkdown(labels, summaries, comparison, '0.1.0');
      // the baseline's four most frequent links by their words, the rest counted; the reform with its count
      const links = [['RvdK', 'Rotterdam', 4], ['RvdK', 'Zeeland', 2], ['VT', 'Zeeland', 1], ['court', 'Zeeland', 1]] as const;
      const expected = labels.comparison.saturated(
        labels.comparison.ofReplications(6, base!.replications),
        [...links.map(([link, area, k]) => labels.comparison.inReplications(`${labels.capacities[link]} ${area}`, k)), labels.comparison.moreLinks(1)].join(', '),
        [`${title(1)} (${labels.comparison.ofReplications(2, base!.replications)})`],
        mark,
      );
      expect(note(md)).toBe(`_${escapeMarkdown(expected)}_`);
      // right under the waits table, before the next section
      const lines = md.split('\n');
      const at = lines.indexOf(note(md)!);
      expect(lines.slice(0, at).reverse().find((l) => l.startsWith('### '))).toBe(`### ${labels.comparison.sections.waits}`);
    });

    it(`says the baseline had none only when its verdict was by the same check (${lang})`, () => {
      const labels = labelsFor(lang);
      const mark = formatPercent(labels, 0.995, 1);
      const { summaries, comparison } = makeFixture(STANDARD_SCENARIOS);
      const [base, reform] = summaries;
      const title = summaries[1]!.scenario.title ?? summaries[1]!.scenario.name;
      reform!.settled = { ...reform!.settled!, replicationsWithSaturation: 5, saturatedIn: [{ link: 'RvdK Rotterdam', replications: 5 }] };
      const others = [`${title} (${labels.comparison.ofReplications(5, base!.replications)})`];
      // a clean baseline: said so
      base!.settled = { ...base!.settled!, replicationsWithSaturation: 0, saturatedIn: [] };
      expect(summaryMarkdown(labels, summaries, comparison, '0.1.0')).toContain(escapeMarkdown(labels.comparison.saturated('none', '', others, mark)));
      // a baseline whose own warning names a full link (its mean at the mark): not said to have none
      const u = base!.metrics.utilisation as Record<string, { mean: number }>;
      const first = Object.keys(u)[0]!;
      u[first] = { ...u[first]!, mean: 1.01 };
      base!.settled = { settled: false, reasons: ['x'], checks: [], replicationsWithSaturation: 10, saturatedIn: [{ link: first, replications: 10 }] };
      const md = summaryMarkdown(labels, summaries, comparison, '0.1.0');
      expect(md).toContain(escapeMarkdown(labels.comparison.saturated(null, '', others, mark)));
      expect(md).not.toContain(escapeMarkdown(labels.comparison.saturated('none', '', others, mark)));
    });
  }
});

describe('small words', () => {
  it('lists the unranked reforms without parentheses inside parentheses', () => {
    const { summaries, comparison } = makeFixture([...STANDARD_SCENARIOS, { name: 'Onrustig', effect: { coldHandoversPerFamily: 0.5 }, unsettled: true }]);
    for (const [lang, words] of [['nl', '(niet gerangschikt, want niet stabiel: Onrustig)'], ['en', '(not ranked, as not settled: Onrustig)']] as const) {
      const labels = labelsFor(lang);
      const md = summaryMarkdown(labels, summaries, comparison, '0.1.0', conclusions(labels, { summaries, comparison, assumptions: {} }));
      const line = md.split('\n').find((l) => l.startsWith(`- **${labels.metrics.coldHandoversPerFamily!.name}`))!;
      expect(line).toContain(escapeMarkdown(words));
      expect(line).not.toMatch(/\([^()]*\(/);
    }
  });

  it('says the interval of a clear difference once in a tooltip', () => {
    const { summaries, comparison } = makeFixture(STANDARD_SCENARIOS);
    for (const lang of ['nl', 'en'] as const) {
      const labels = labelsFor(lang);
      const html = headlineTableHtml(labels, headlineTable(labels, summaries, comparison, ['reformHoursPerWeek.duoCoordination', 'guardianVacancies']), 'duties', true);
      const tips = [...html.matchAll(/title="([^"]*)"/g)].map((m) => m[1]!);
      expect(tips.some((t) => t.includes(labels.ci))).toBe(true);
      for (const t of tips) expect(t.split(labels.ci).length - 1, t).toBeLessThanOrEqual(1);
      const chart = comparisonCharts(labels, summaries, comparison).find((c) => c.name === 'differences')!;
      const rows = JSON.stringify(chart.spec).match(/"verdict":"[^"]*"/g) ?? [];
      expect(rows.length).toBeGreaterThan(0);
      for (const r of rows) expect(r).not.toContain(labels.ci);
    }
  });

  it('counts one core as one', () => {
    const { summaries, comparison } = makeFixture(STANDARD_SCENARIOS.slice(0, 2));
    for (const [workers, nl, en] of [[1, 'op 1 rekenkern<', 'on 1 core<'], [2, 'op 2 rekenkernen<', 'on 2 cores<']] as const) {
      summaries[0]!.provenance = { wallSeconds: 12.5, workers };
      expect(provenanceHtml(labelsFor('nl'), summaries, comparison)).toContain(nl);
      expect(provenanceHtml(labelsFor('en'), summaries, comparison)).toContain(en);
    }
  });
});

describe('the notes on the families counted per family', () => {
  const labels = labelsFor('en');
  const pct = (x: number) => formatPercent(labels, x, 0);
  // baseline A, reforms B and C; the summaries are handed over in another order than the comparison's
  const three = () => {
    const { summaries, comparison } = makeFixture([{ name: 'A' }, { name: 'B' }, { name: 'C' }]);
    const [a, b, c] = summaries as [(typeof summaries)[0], (typeof summaries)[0], (typeof summaries)[0]];
    const share = (s: typeof a, x: number | null) => {
      if (x === null) delete (s.metrics as unknown as Record<string, unknown>).censoredShare;
      else metricOf(s, 'censoredShare')!.mean = x;
    };
    return { a, b, c, share, reordered: [b, a, c], comparison };
  };

  it("names the baseline's share still in the chain and each reform's, leaving out a scenario that does not say", () => {
    const { a, b, c, share, reordered, comparison } = three();
    share(a, 0.19);
    share(b, 0.03);
    share(c, null);
    // one scenario above 5% is enough; the baseline's share is the baseline's, wherever it stands
    expect(censoredCaveat(labels, reordered, comparison)).toBe(labels.comparison.censored(pct(0.19), `B ${pct(0.03)}`));
  });

  it('says nothing at 5% still in the chain, and speaks just above it', () => {
    const { a, b, c, share, reordered, comparison } = three();
    for (const s of [a, b, c]) share(s, 0.05);
    expect(censoredCaveat(labels, reordered, comparison)).toBeNull();
    share(c, 0.0501);
    expect(censoredCaveat(labels, reordered, comparison)).toBe(labels.comparison.censored(pct(0.05), `B ${pct(0.05)}, C ${pct(0.0501)}`));
  });

  it('still speaks when the baseline does not say its share', () => {
    const { a, b, c, share, reordered, comparison } = three();
    share(a, null);
    share(b, 0.2);
    share(c, 0.01);
    expect(censoredCaveat(labels, reordered, comparison)).toBe(labels.comparison.censored(pct(Number.NaN), `B ${pct(0.2)}, C ${pct(0.01)}`));
  });

  it('reads the cohort from the baseline, wherever it stands, and says nothing without both its part and its follow-up', () => {
    const { a, b, reordered, comparison } = three();
    a.cohortDays = a.horizonDays / 2;
    a.followUpDays = 8 * 365.25;
    // the first summary says otherwise: the whole window, 3 years of follow-up
    b.cohortDays = b.horizonDays;
    b.followUpDays = 3 * 365.25;
    expect(cohortNote(labels, reordered, comparison)).toBe(labels.comparison.cohort('2.5', '5', '8', '10.5', false));
    delete a.followUpDays;
    expect(cohortNote(labels, reordered, comparison)).toBeNull();
    a.followUpDays = 8 * 365.25;
    delete a.cohortDays;
    expect(cohortNote(labels, reordered, comparison)).toBeNull();
    expect(cohortNote(labels, [], comparison)).toBeNull();
  });
});
