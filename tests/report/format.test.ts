// Money in the report's sentences and tables: a range reads in one unit and one precision, each
// end signed the way a single amount is.

import { describe, expect, it } from 'vitest';
import { formatEuro, formatEuroRange } from '../../src/report/format.js';
import { labelsFor } from '../../src/report/labels.js';

describe('euro ranges', () => {
  const nl = labelsFor('nl');
  const en = labelsFor('en');

  it('rounds both ends to the precision of the larger', () => {
    expect(formatEuroRange(nl, [-266_012, 5_093])).toBe('−€ 266.000 tot € 5.100');
    expect(formatEuroRange(nl, [63, 182])).toBe('€ 63 tot € 182');
  });

  it('writes millions with the sign before the euro sign, as a single amount', () => {
    expect(formatEuroRange(nl, [-3_700_000, -3_400_000])).toBe('−€ 3,7 tot −€ 3,4 mln');
    expect(formatEuro(nl, -3_500_000)).toBe('−€ 3,5 mln');
    expect(formatEuroRange(nl, [-300_000, 1_500_000])).toBe('−€ 0,3 tot € 1,5 mln');
    expect(formatEuroRange(en, [700_000, 2_100_000])).toBe('€0.7 to €2.1 million');
  });

  it('writes no minus before a zero', () => {
    expect(formatEuroRange(nl, [-20_000, 1_200_000])).toBe('€ 0,0 tot € 1,2 mln');
  });
});
