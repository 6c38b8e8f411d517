// What a scenario changes against the baseline: parameters only, entry by entry in lists.

import { describe, expect, it } from 'vitest';
import { parameterDifferences } from '../../src/experiment/diff.js';

describe('parameterDifferences', () => {
  it('lists a changed list entry by its index and leaves equal values out', () => {
    const baseline = {
      guardians: { adminShare: 0.38 },
      gi: {
        institutions: [
          { name: 'A', guardianPositions: 10 },
          { name: 'B', guardianPositions: 5 },
        ],
      },
    };
    const scenario = {
      guardians: { adminShare: 0.25 },
      gi: {
        institutions: [
          { name: 'A', guardianPositions: 10 },
          { name: 'B', guardianPositions: 7 },
        ],
      },
    };
    expect(parameterDifferences(baseline, scenario)).toEqual([
      { path: 'guardians.adminShare', baseline: 0.38, value: 0.25 },
      { path: 'gi.institutions[1].guardianPositions', baseline: 5, value: 7 },
    ]);
  });

  it('ignores the words about a scenario and its ranges for the uncertainty analysis: they change nothing in the chain', () => {
    const baseline = { name: 'baseline', title: 'Vandaag', description: '', guardians: { adminShare: 0.38 } };
    const scenario = {
      name: 'x',
      title: { nl: 'X', en: 'X' },
      description: 'anders',
      uncertainty: { 'guardians.adminShare': 'fixed' },
      guardians: { adminShare: 0.38 },
    };
    expect(parameterDifferences(baseline, scenario)).toEqual([]);
  });
});
