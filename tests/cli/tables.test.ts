// The command line's tables: numbers at a precision that follows their size, and no sign on a
// value that rounds to zero (−0.00 and +0.00 read as a difference where the table shows none).

import { describe, expect, it } from 'vitest';
import { comparisonTable, explorationLine } from '../../src/cli/commands/compare.js';
import { formatNumber } from '../../src/cli/commands/run.js';
import { cutCell } from '../../src/cli/commands/warmup.js';
import type { Comparison, MetricDifference } from '../../src/experiment/index.js';
import type { StartReport } from '../../src/experiment/warmup.js';
import type { UncertaintyPlan } from '../../src/experiment/uncertaintyPlan.js';

function diff(difference: number, significant: boolean): MetricDifference {
  return { baseline: 1, scenario: 1 + difference, difference, ci95: [difference - 1, difference + 1], relativeChange: null, significant };
}

describe('formatNumber', () => {
  it('keeps two decimals under 10, one under 100, none above', () => {
    expect(formatNumber(4.5678)).toBe('4.57');
    expect(formatNumber(-31.46)).toBe('-31.5');
    expect(formatNumber(1234.5)).toBe('1235');
    expect(formatNumber(Number.NaN)).toBe('–');
  });

  it('prints a value that rounds to zero without a sign', () => {
    expect(formatNumber(-0.004)).toBe('0.00');
    expect(formatNumber(-0)).toBe('0.00');
    expect(formatNumber(-0.005001)).toBe('-0.01');
  });
});

describe('comparisonTable', () => {
  /** The cell of `metric` in a table with one reform. */
  function cell(differences: Record<string, MetricDifference>, metric: string): string | undefined {
    const cmp: Comparison = { baseline: 'baseline', seed: 1, replications: 2, scenarios: { reform: differences }, costEffectiveness: {} };
    return comparisonTable(cmp)
      .split('\n')
      .find((r) => r.startsWith(`${metric} `))
      ?.trim()
      .split(/\s+/)
      .at(-1);
  }

  it('signs a difference only where its printed digits show one', () => {
    const differences = { handoversPerFamily: diff(-0.003, false), coldHandoversPerFamily: diff(0.002, true) };
    expect(cell(differences, 'handoversPerFamily')).toBe('0.00');
    expect(cell(differences, 'coldHandoversPerFamily')).toBe('0.00*');
  });

  it('keeps the sign of a difference it shows', () => {
    const differences = { handoversPerFamily: diff(0.25, true), coldHandoversPerFamily: diff(-1.5, false) };
    expect(cell(differences, 'handoversPerFamily')).toBe('+0.25*');
    expect(cell(differences, 'coldHandoversPerFamily')).toBe('-1.50');
  });
});

describe("jbsim warmup's table", () => {
  /** A cut as warmup.json reports it, only what the cell reads. */
  const cut = (years: number, verdict: StartReport['mserVerdict'], atLimit = false) =>
    ({ mserDays: years * 365.25, mserVerdict: verdict, mserAtLimit: atLimit }) as StartReport;

  it('marks each cut that does not count, and a cut at the limit', () => {
    expect(cutCell(cut(0, 'none'))).toBe('0.00');
    expect(cutCell(cut(2.5, 'counts'))).toBe('2.50');
    expect(cutCell(cut(3.33, 'negligible'))).toBe('3.33 (negligible)');
    expect(cutCell(cut(4.58, 'unclear'))).toBe('4.58 (unclear)');
    expect(cutCell(cut(1, 'nodata'))).toBe('1.00 (no data)');
    expect(cutCell(cut(15, 'counts', true))).toBe('15.0 (limit)');
    expect(cutCell(cut(5, 'unclear', true))).toBe('5.00 (limit, unclear)');
  });
});

describe('explorationLine', () => {
  const plan = (likeToday: boolean) =>
    ({ samples: 200, likeToday, scenarios: [{}, {}, {}], parameters: new Array(80) }) as unknown as UncertaintyPlan;
  it('names the worlds explored: all drawn, or those like today of all drawn, and what was not compared', () => {
    expect(explorationLine(plan(false), 200)).toBe(
      'explored uncertainty over 200 plausible worlds × 3 scenarios, 80 parameters varied (too few worlds to tell which assumption drives an effect unless they outnumber the parameters + 4)\n',
    );
    expect(explorationLine(plan(true), 13)).toMatch(
      /^explored uncertainty over 13 of 200 plausible worlds drawn \(those that look like today's chain\) × 3 scenarios, 80 parameters varied \(too few/,
    );
    expect(explorationLine(plan(true), 0)).toMatch(
      /over 0 of 200 plausible worlds drawn .*\(none passed, so nothing was compared: draw more worlds\)\n$/,
    );
  });
});
