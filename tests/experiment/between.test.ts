// comparison.json pairs every two reforms on the ranking metrics, replication by replication, so
// a ranking can tell an order from noise: the pair's difference is the paired t interval of the
// first reform's values minus the second's, never involving the baseline.

import { describe, expect, it } from 'vitest';
import type { Comparison } from '../../src/experiment/types.js';
import { comparison, metricDifference } from '../../src/experiment/compare.js';
import type { ScenarioStatistics } from '../../src/experiment/summarise.js';

/** Statistics with only per-replication values, as comparison() reads them. */
function stats(values: Record<string, number[]>): ScenarioStatistics {
  return { catalogue: { names: Object.keys(values) }, perReplication: new Map(Object.entries(values)) } as unknown as ScenarioStatistics;
}

describe('comparison between reforms', () => {
  const base = stats({ coldHandoversPerFamily: [4, 4.2, 3.9, 4.1], waitDays: [10, 11, 9, 10] });
  const a = stats({ coldHandoversPerFamily: [3, 3.1, 2.8, 3.2], waitDays: [8, 8, 8, 8] });
  const b = stats({ coldHandoversPerFamily: [3.05, 3.0, 2.9, 3.1], waitDays: [7, 7, 7, 7] });
  const c = stats({ coldHandoversPerFamily: [2, 2.2, 1.9, 2.1] });
  // computed inside each test: a mutation run counts only what runs inside a test (not beforeAll)
  let cmp: Comparison;
  const compute = () => {
    cmp = comparison(
      'base',
      [
        { name: 'base', stats: base, years: 5 },
        { name: 'a', stats: a, years: 5 },
        { name: 'b', stats: b, years: 5 },
        { name: 'c', stats: c, years: 5 },
      ],
      1,
      4,
    );
  };

  it('pairs each reform with every later one, first minus second, as a paired difference', () => {
    compute();
    const cold = cmp.between?.coldHandoversPerFamily;
    expect(Object.keys(cold ?? {})).toEqual(['a', 'b']);
    expect(Object.keys(cold?.a ?? {})).toEqual(['b', 'c']);
    expect(Object.keys(cold?.b ?? {})).toEqual(['c']);
    for (const [first, second, x, y] of [
      ['a', 'b', a, b],
      ['a', 'c', a, c],
      ['b', 'c', b, c],
    ] as const) {
      const d = metricDifference(x.perReplication.get('coldHandoversPerFamily')!, y.perReplication.get('coldHandoversPerFamily')!);
      expect(cold?.[first]?.[second]).toEqual({ mean: d.difference, ci95: d.ci95 });
    }
    // a and b differ by noise, c clearly from both
    expect(cold?.a?.b?.ci95[0]).toBeLessThan(0);
    expect(cold?.a?.b?.ci95[1]).toBeGreaterThan(0);
    expect(cold?.a?.c?.ci95[0]).toBeGreaterThan(0);
  });

  it('pairs only the ranking metrics, and never the baseline', () => {
    compute();
    expect(Object.keys(cmp.between ?? {})).toEqual(['coldHandoversPerFamily']);
    expect(JSON.stringify(cmp.between)).not.toContain('base');
  });
});
