// Prevention and early signalling: schools, sports clubs and churches are trained to signal early.
// Benefit: lighter entry (less need for the compulsory track at entry and less deterioration
// during help). Cost: more (earlier) signals for the local team, and the programme's running cost.

import type { ReformModule } from './types.js';

export const prevention: ReformModule<'prevention'> = {
  key: 'prevention',
  effects: (s, scenario) => {
    const youth = scenario.region.municipalities.reduce((a, m) => a + m.youthPopulation, 0);
    return {
      signalRateFactor: 1 + s.extraSignalsShare,
      needFactor: 1 - s.compulsoryNeedReduction,
      fixedCostPerYearEuro: (youth / 1000) * s.programmeEuroPerThousandYouthPerYear,
    };
  },
};
