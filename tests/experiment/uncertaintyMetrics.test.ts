// What the plausible worlds are analysed on (src/experiment/uncertaintyRun.ts): the headline
// metrics and the cost. A reform's saving rests on assumed prices and on assumed mechanisms as much
// as its effects do, so it is tested across the worlds too.
import { describe, expect, it } from 'vitest';
import { HEADLINE_METRICS } from '../../src/experiment/metrics.js';
import { analysedMetrics } from '../../src/experiment/uncertaintyRun.js';
import { runReplication } from '../../src/model/index.js';
import { scenarioSchema } from '../../src/scenario/schema.js';

describe('the metrics of the uncertainty analysis', () => {
  it('are the headline metrics in their order, then the cost a year', () => {
    const s = scenarioSchema.parse({ name: 'fv', simulation: { start: 'empty', warmupYears: 0, years: 0.5, followUpYears: 0 } });
    const result = runReplication(s, { seed: 7, replication: 0 });
    expect(analysedMetrics(result)).toEqual([...HEADLINE_METRICS, 'costPerYearEuro']);
  });
});
