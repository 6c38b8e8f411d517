// The shares of the journey's decisions on many families signalled at once (MASS in helpers.ts):
// the court's outcomes, Veilig Thuis, the table and the Raad. Each branch is checked on one family
// with fixed durations in journey.test.ts; these check the shares themselves. Not in the mutation
// runs (vitest.mutation.model.config.ts): 1,500 families covering most of the model, run again for
// every mutant, made those runs several times longer.

import { describe, expect, it } from 'vitest';
import { expectBinomial, mass } from './helpers.js';

describe('shares, on many families at once', () => {
  const N = 1500;

  it("the court rules OTS, voogdij or nothing in the scenario's shares", () => {
    const m = mass(N, 10, { court: { otsShare: 0.6, voogdijShare: 0.25 } });
    expect(m.count('court hearing')).toBe(N);
    expectBinomial(m.count('measure: OTS'), N, 0.6);
    expectBinomial(m.count('measure: voogdij'), N, 0.25);
  });

  it('a share of the signals goes through Veilig Thuis', () => {
    const m = mass(N, 1, { entry: { viaVeiligThuisShare: 0.3 } });
    expectBinomial(m.count('Veilig Thuis triage'), N, 0.3);
  });

  it('the table and the Raad decide with the chances for a family with the need', () => {
    const m = mass(N, 10, { jbt: { compulsoryDecisionWithNeed: 0.7 }, rvdk: { measureRequestWithNeed: 0.6 } });
    const investigated = m.count('RvdK investigation');
    expectBinomial(investigated, N, 0.7);
    expectBinomial(m.count('court hearing'), investigated, 0.6);
  });

  it('and for a family without it', () => {
    const m = mass(N, 20, {
      family: { compulsoryNeedAtEntry: 0, deteriorationRatePerYear: 0 },
      entry: { signalsPerThousandYouthPerYear: 0 },
    });
    // nobody escalates: no table at all
    expect(m.count('jeugdbeschermingstafel')).toBe(0);
  });
});
