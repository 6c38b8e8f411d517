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

    it(`says when a link was busy all the time in single replications of a settled scenario (${lang})`, () => {
      const labels = labelsFor(lang);
      const { summaries, comparison } = makeFixture(STANDARD_SCENARIOS);
      const quiet = summaryMarkdown(labels, summaries, comparison, '0.1.0');
      const opening = labels.comparison.saturated('§', '', '', '99.5%').split('§')[0]!;
      expect(quiet).not.toContain(escapeMarkdown(opening));
      const [base, reform, other] = summaries;
      base!.settled = { ...base!.settled!, replications: 10, replicationsWithSaturation: 6, saturatedIn: [
        { link: 'RvdK Rotterdam', replications: 4 }, { link: 'RvdK Zeeland', replications: 2 }, { link: 'VT Zeeland', replications: 1 },
        { link: 'court Zeeland', replications: 1 }, { link: 'JBT Zeeland', replications: 1 },
      ] };
      reform!.settled = { ...reform!.settled!, replications: 10, replicationsWithSaturation: 2, saturatedIn: [{ link: 'RvdK Rotterdam', replications: 2 }] };
      // an unsettled scenario says what is full in its own warning: not repeated here
      other!.settled = { settled: false, reasons: ['x'], checks: [], replications: 10, replicationsWithSaturation: 10, saturatedIn: [{ link: 'GI William Schrikker', replications: 10 }] };
      const md = summaryMarkdown(labels, summaries, comparison, '0.1.0');
      const title = (i: number) => summaries[i]!.scenario.title ?? summaries[i]!.scenario.name;
      // the baseline's four most frequent links, by their words, with their counts; the settled reform with its count
      const links = [['RvdK', 'Rotterdam', 4], ['RvdK', 'Zeeland', 2], ['VT', 'Zeeland', 1], ['court', 'Zeeland', 1]] as const;
      const expected = labels.comparison.saturated(
        labels.comparison.ofReplications(6, 10),
        links.map(([link, area, k]) => labels.comparison.inReplications(`${labels.capacities[link]} ${area}`, k)).join(', '),
        `${title(1)} (${labels.comparison.ofReplications(2, 10)})`,
        formatPercent(labels, 0.995, 1),
      );
      expect(md).toContain(`_${escapeMarkdown(expected)}_`);
      expect(md).not.toContain(`${title(2)} (${labels.comparison.ofReplications(10, 10)})`);
    });
  }
});
