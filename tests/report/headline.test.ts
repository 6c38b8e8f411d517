// The outcome tables print every number of a column to one precision: chosen per cell, the
// baseline's 0,070 stood above a reform's 0,1 for the same wait, which reads as a rise.

import { describe, expect, it } from 'vitest';
import type { MetricDifference } from '../../src/experiment/types.js';
import { headlineTable, metricOf } from '../../src/report/headline.js';
import { labelsFor } from '../../src/report/labels.js';
import { summaryMarkdown } from '../../src/report/markdown.js';
import { defined } from '../helpers/defined.js';
import { STANDARD_SCENARIOS, makeFixture } from './fixtures.js';
import { tableAfter } from './markdownTable.js';

/** Every number in a text ("0,070 (+0,000 [−0,012 tot 0,013])"), by its decimals. */
function decimalsIn(text: string, decimal: string): number[] {
  return [...text.matchAll(/\d[\d.,]*/g)].map((m) => (m[0].includes(decimal) ? m[0].split(decimal)[1]!.length : 0));
}

const difference = (baseline: number, scenario: number, ci95: [number, number]): MetricDifference => ({
  baseline,
  scenario,
  difference: scenario - baseline,
  ci95,
  relativeChange: (scenario - baseline) / baseline,
  significant: ci95[0] > 0 || ci95[1] < 0,
});

/** The foodvalley report's wait at the local team: 0,07 days, and one reform clearly shorter. */
function nearlyNoWait() {
  const { summaries, comparison } = makeFixture(STANDARD_SCENARIOS.slice(0, 4));
  const [same, clear, other] = Object.keys(comparison.scenarios) as [string, string, string];
  defined(metricOf(summaries[0], 'waitDays.LT'), 'the baseline wait').mean = 0.0704;
  comparison.scenarios[same]!['waitDays.LT'] = difference(0.0704, 0.0702, [-0.0118, 0.0126]);
  comparison.scenarios[clear]!['waitDays.LT'] = difference(0.0704, 0.0478, [-0.0419, -0.0032]);
  comparison.scenarios[other]!['waitDays.LT'] = difference(0.0704, 0.0661, [-0.0152, 0.0066]);
  return { summaries, comparison, same, clear };
}

describe('one precision per column of an outcome table', () => {
  for (const lang of ['nl', 'en'] as const) {
    it(`prints a value equal to the baseline's as the baseline's, with as many decimals (${lang})`, () => {
      const labels = labelsFor(lang);
      const { summaries, comparison, same, clear } = nearlyNoWait();
      const table = headlineTable(labels, summaries, comparison, ['waitDays.LT']);
      const cell = (name: string) => defined(table.rows.find((r) => r.scenario === name)?.cells[0], `${name}'s cell`);
      // the clear difference of −0,023 needs three decimals, and so the whole column has them
      expect(cell(clear).differenceText).toBe(`${'\u2212'}0${labels.decimal}023`);
      expect(cell(same).valueText).toBe(cell(comparison.baseline).valueText);
      expect(cell(same).valueText).toBe(`0${labels.decimal}070`);
      const numbers = table.rows.flatMap((r) => r.cells.flatMap((c) => [c.valueText, c.differenceText, c.intervalText]).flatMap((t) => decimalsIn(t, labels.decimal)));
      expect(new Set(numbers)).toEqual(new Set([3]));
    });
  }

  it('holds in summary.md for every column of every outcome table', () => {
    const labels = labelsFor('nl');
    const { summaries, comparison } = nearlyNoWait();
    const md = summaryMarkdown(labels, summaries, comparison, '0.1.0');
    const w = labels.comparison.sections;
    for (const heading of [w.families, w.guardian, w.waits, w.causes]) {
      const { header, rows } = tableAfter(md, `### ${heading}`);
      for (let i = 1; i < header.length; i++) {
        const decimals = new Set(rows.flatMap((r) => decimalsIn(defined(r[i], `${header[i]} in a row`), labels.decimal)));
        expect(decimals.size, `${heading}: ${header[i]}: ${rows.map((r) => r[i]).join(' | ')}`).toBe(1);
      }
    }
  });

  it('lets a value of exactly 0 (a duty the scenario does not have) take the precision of the others', () => {
    const labels = labelsFor('nl');
    const { summaries, comparison } = makeFixture(STANDARD_SCENARIOS.slice(0, 3));
    const table = headlineTable(labels, summaries, comparison, ['reformHoursPerWeek.duoCoordination']);
    // the duo's 31 hours (from 10 on: one decimal) set the column; the others' 0 does not ask for hundredths
    expect(table.rows.map((r) => r.cells[0]!.valueText)).toEqual(['0,0', '31,0', '0,0']);
  });
});
