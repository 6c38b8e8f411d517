// What a reform's improvements cost: the paired difference in cost per year, and the euro per
// unit of each headline improvement (a cold handover avoided, a family's first visit by a guardian
// a day sooner after the ruling, a child-year without a guardian avoided, one professional fewer
// per family), with Fieller's interval. Only an improvement whose interval excludes zero gets a
// price: a price per unit of an effect that may be nothing would mislead.

import { meanInterval, pairedDifferences, ratioOfMeans } from '../statistics/index.js';
import type { CostEffectiveness, CostPerImprovement, PairedEstimate } from './types.js';

/** A scenario's per-replication values of the metrics the prices need, and its observed years. */
export interface PricedScenario {
  perReplication: ReadonlyMap<string, Float64Array>;
  years: number;
}

/**
 * The improvements priced: how a per-replication difference becomes units per year, each by the
 * scenario's own count of what the metric is a mean over. A per-family count (handovers,
 * professionals) is a mean over the families who received a measure, a family's measures together:
 * times those families a year. The time from ruling to first visit is one per measure ruled in the
 * window: times measures started a year (a family may have two, an OTS and later a voogdij). A
 * time-averaged count of children is already children-years per year.
 */
const PRICED: readonly { metric: string; unit: string; per: 'family' | 'measure' | null }[] = [
  { metric: 'coldHandoversPerFamily', unit: 'cold handover avoided', per: 'family' },
  // the metric runs from the ruling to the guardian's first visit, not only the GI's waiting list
  { metric: 'timeFromRulingToGuardianDays', unit: "day sooner to a family's first visit by a guardian after the ruling", per: 'measure' },
  { metric: 'childrenWithoutGuardian', unit: 'child-year without a guardian avoided', per: null },
  { metric: 'professionalsPerFamily', unit: 'professional fewer for a family', per: 'family' },
];

function paired(xs: readonly number[]): PairedEstimate {
  const ci = meanInterval(xs);
  return { mean: ci.mean, ci95: [ci.low, ci.high] };
}

export function costEffectiveness(scenario: PricedScenario, baseline: PricedScenario): CostEffectiveness | null {
  const cost = scenario.perReplication.get('costPerYearEuro');
  const baseCost = baseline.perReplication.get('costPerYearEuro');
  if (cost === undefined || baseCost === undefined) return null;
  const extraCost = pairedDifferences(cost, baseCost);
  const measures = scenario.perReplication.get('measuresStarted');
  const families = scenario.perReplication.get('cohortFamiliesWithMeasurePerYear');
  const perYearOf = (per: 'family' | 'measure' | null, r: number): number | undefined => {
    if (per === null) return 1;
    if (per === 'family') return families?.[r];
    const m = measures?.[r];
    return m === undefined ? undefined : m / scenario.years;
  };
  const improvements: CostPerImprovement[] = [];
  for (const p of PRICED) {
    const s = scenario.perReplication.get(p.metric);
    const b = baseline.perReplication.get(p.metric);
    if (s === undefined || b === undefined || perYearOf(p.per, 0) === undefined) continue;
    // lower is better for every priced metric: the improvement is baseline minus scenario
    const perYear = Array.from({ length: Math.min(s.length, b.length) }, (_, r) => (b[r]! - s[r]!) * perYearOf(p.per, r)!);
    if (perYear.some((x) => !Number.isFinite(x))) continue;
    const est = paired(perYear);
    const better = est.ci95[0] > 0;
    const ratio = better ? ratioOfMeans(extraCost, perYear) : null;
    improvements.push({
      metric: p.metric,
      unit: p.unit,
      perYear: est,
      euroPerUnit: ratio === null ? null : { estimate: ratio.estimate, ci95: ratio.ci95 },
    });
  }
  return { costPerYearEuro: paired(extraCost), improvements };
}
