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
 * The improvements priced: how a per-replication difference becomes units per year. Per-family
 * metrics count for every family with a measure that year (measures started ÷ observed years, of
 * the scenario itself); a time-averaged count of children is already children-years per year.
 */
const PRICED: readonly { metric: string; unit: string; perFamily: boolean }[] = [
  { metric: 'coldHandoversPerFamily', unit: 'cold handover avoided', perFamily: true },
  // the metric runs from the ruling to the guardian's first visit, not only the GI's waiting list
  { metric: 'timeFromRulingToGuardianDays', unit: "day sooner to a family's first visit by a guardian after the ruling", perFamily: true },
  { metric: 'childrenWithoutGuardian', unit: 'child-year without a guardian avoided', perFamily: false },
  { metric: 'professionalsPerFamily', unit: 'professional fewer for a family', perFamily: true },
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
  const measuresPerYear = scenario.perReplication.get('measuresStarted');
  const improvements: CostPerImprovement[] = [];
  for (const p of PRICED) {
    const s = scenario.perReplication.get(p.metric);
    const b = baseline.perReplication.get(p.metric);
    if (s === undefined || b === undefined || (p.perFamily && measuresPerYear === undefined)) continue;
    // lower is better for every priced metric: the improvement is baseline minus scenario
    const perYear = Array.from(
      { length: Math.min(s.length, b.length) },
      (_, r) => (b[r]! - s[r]!) * (p.perFamily ? measuresPerYear![r]! / scenario.years : 1),
    );
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
