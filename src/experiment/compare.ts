// Scenario against baseline, metric by metric, paired by replication: replication r of every
// scenario ran on the same random numbers (seed, r), so the difference per replication removes
// most of the noise the two share. Its t interval is the comparison's confidence interval.

import { meanInterval, pairedDifferences } from '../statistics/index.js';
import { costEffectiveness } from './costEffectiveness.js';
import type { ScenarioStatistics } from './summarise.js';
import { RANKING_METRICS } from './metrics.js';
import type { Comparison, MetricDifference, PairedEstimate } from './types.js';

export function metricDifference(scenario: ArrayLike<number>, baseline: ArrayLike<number>): MetricDifference {
  const diff = meanInterval(pairedDifferences(scenario, baseline));
  const base = meanInterval(baseline).mean;
  const scen = meanInterval(scenario).mean;
  return {
    baseline: base,
    scenario: scen,
    difference: diff.mean,
    ci95: [diff.low, diff.high],
    relativeChange: base !== 0 && Number.isFinite(base) && Number.isFinite(diff.mean) ? diff.mean / base : null,
    significant: diff.low > 0 || diff.high < 0,
  };
}

/** Every scenario other than the baseline against it, on the baseline's metrics, and what each costs. */
export function comparison(
  baselineName: string,
  named: readonly { name: string; stats: ScenarioStatistics; years: number }[],
  seed: number,
  replications: number,
): Comparison {
  const baseline = named.find((s) => s.name === baselineName);
  if (baseline === undefined) throw new Error(`baseline ${baselineName} is not among the scenarios`);
  const scenarios: Comparison['scenarios'] = {};
  const costs: Comparison['costEffectiveness'] = {};
  for (const s of named) {
    if (s === baseline) continue;
    const ce = costEffectiveness(
      { perReplication: s.stats.perReplication, years: s.years },
      { perReplication: baseline.stats.perReplication, years: baseline.years },
    );
    if (ce !== null) costs[s.name] = ce;
    const byMetric: Record<string, MetricDifference> = {};
    for (const metric of baseline.stats.catalogue.names) {
      const values = s.stats.perReplication.get(metric);
      if (values === undefined) continue;
      byMetric[metric] = metricDifference(values, baseline.stats.perReplication.get(metric)!);
    }
    scenarios[s.name] = byMetric;
  }
  const others = named.filter((s) => s !== baseline);
  return { baseline: baselineName, seed, replications, scenarios, costEffectiveness: costs, between: between(others) };
}

/** Each reform against each later one, paired by replication, on the ranking metrics they both have. */
function between(named: readonly { name: string; stats: ScenarioStatistics }[]): NonNullable<Comparison['between']> {
  const out: NonNullable<Comparison['between']> = {};
  for (const metric of RANKING_METRICS) {
    const byFirst: Record<string, Record<string, PairedEstimate>> = {};
    named.forEach((a, i) => {
      const values = a.stats.perReplication.get(metric);
      if (values === undefined) return;
      for (const b of named.slice(i + 1)) {
        const other = b.stats.perReplication.get(metric);
        if (other === undefined) continue;
        const d = meanInterval(pairedDifferences(values, other));
        byFirst[a.name] ??= {};
        byFirst[a.name]![b.name] = { mean: d.mean, ci95: [d.low, d.high] };
      }
    });
    if (Object.keys(byFirst).length > 0) out[metric] = byFirst;
  }
  return out;
}
