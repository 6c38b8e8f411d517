// The experiment layer's statistics on a queue whose answer is known. The 95% intervals of
// the mean wait must cover the Erlang C value in about 95% of independent experiments, and
// common random numbers must make the paired difference of two service rates much less noisy
// than the same difference from independent seeds.

import { beforeAll, describe, expect, it } from 'vitest';
import { metricDifference } from '../../src/experiment/compare.js';
import { scenarioStatistics } from '../../src/experiment/summarise.js';
import type { ReplicationResult } from '../../src/model/results.js';
import { meanInterval } from '../../src/statistics/index.js';
import { mmc } from '../helpers/queueing.js';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ARTIFACT, ensureBuilt, ROOT } from './helpers.js';

type QueueModel = typeof import('./fixtures/queueModel.mjs');
let model: QueueModel;
beforeAll(async () => {
  await ensureBuilt();
  model = await import('./fixtures/queueModel.mjs');
}, 120_000);

function replicate(
  name: string,
  queue: { arrivalRate: number; serviceRate: number; servers: number },
  seed: number,
  replications: number,
  years: number,
): ReplicationResult[] {
  const scenario = model.queueScenario(name, queue, years, 0.25);
  return Array.from({ length: replications }, (_, r) => model.runReplication(scenario, { seed, replication: r }));
}

describe('95% intervals over replications', () => {
  it.each([
    { arrivalRate: 0.5, serviceRate: 1, servers: 1 },
    { arrivalRate: 1.5, serviceRate: 1, servers: 2 },
  ])('cover the Erlang C mean wait at the nominal rate: %o', (queue) => {
    const theory = mmc(queue.arrivalRate, queue.serviceRate, queue.servers).meanWaitInQueue;
    const experiments = 200;
    let covered = 0;
    for (let seed = 1; seed <= experiments; seed++) {
      const stats = scenarioStatistics(replicate('q', queue, seed, 10, 3));
      const [low, high] = stats.metrics.get('waitDays.LT')!.ci95;
      if (low <= theory && theory <= high) covered++;
    }
    // Binomial(200, 0.95): mean 190, sd 3.1; [180, 198] holds with probability ≈ 0.996
    expect(covered, `${covered} of ${experiments} intervals cover ${theory}`).toBeGreaterThanOrEqual(180);
    expect(covered).toBeLessThanOrEqual(198);
  });
});

describe('common random numbers', () => {
  it('make the paired difference far less noisy than independent seeds', () => {
    const base = { arrivalRate: 0.8, serviceRate: 1, servers: 1 };
    const faster = { ...base, serviceRate: 1.1 };
    const replications = 30;
    const baseline = scenarioStatistics(replicate('base', base, 11, replications, 2)).perReplication.get('waitDays.LT')!;
    const paired = scenarioStatistics(replicate('faster', faster, 11, replications, 2)).perReplication.get('waitDays.LT')!;
    const independent = scenarioStatistics(replicate('faster', faster, 12, replications, 2)).perReplication.get('waitDays.LT')!;

    const crn = metricDifference(paired, baseline);
    const indep = metricDifference(independent, baseline);
    const width = (d: { ci95: [number, number] }) => d.ci95[1] - d.ci95[0];
    // the true difference is −(Wq(0.8, 1) − Wq(0.8, 1.1)) ≈ −1.67 days
    const truth = mmc(0.8, 1.1, 1).meanWaitInQueue - mmc(0.8, 1, 1).meanWaitInQueue;
    expect(crn.significant).toBe(true);
    expect(crn.difference).toBeLessThan(0);
    expect(width(crn)).toBeLessThan(0.5 * width(indep));
    // and the variance of the per-replication differences drops accordingly
    const v = (xs: number[]) => meanInterval(xs).halfWidth ** 2;
    const dCrn = Array.from(paired, (x, i) => x - baseline[i]!);
    const dInd = Array.from(independent, (x, i) => x - baseline[i]!);
    expect(v(dCrn)).toBeLessThan(0.25 * v(dInd));
    expect(Math.abs(crn.difference - truth)).toBeLessThan(Math.max(width(crn), 0.2 * Math.abs(truth)));
  });
});

describe('common random numbers on the chain model', () => {
  it('make the paired difference of two scenarios less noisy than independent seeds', async () => {
    const dist = (p: string) => pathToFileURL(join(ARTIFACT, 'dist/src', p)).href;
    const { runReplication, pilotSnapshots } = (await import(dist('model/index.js'))) as typeof import('../../src/model/index.js');
    const { loadScenario } = (await import(dist('node/scenarioFiles.js'))) as typeof import('../../src/node/scenarioFiles.js');
    const short = {
      overrides: ['simulation.warmupYears=1', 'simulation.years=5', 'simulation.followUpYears=0', 'simulation.settledStart.pilotYears=15'],
    };
    const base = loadScenario(join(ROOT, 'scenarios/foodvalley/baseline.yaml'), short).scenario;
    const reform = loadScenario(join(ROOT, 'scenarios/foodvalley/less-admin.yaml'), short).scenario;
    const replications = 16;
    // every replication from its settled start: one pilot per scenario and seed, as an experiment runs them
    const run = (scenario: typeof base, seed: number) => {
      const starts = pilotSnapshots(scenario, seed, replications);
      return Array.from({ length: replications }, (_, r) => runReplication(scenario, { seed, replication: r, start: starts[r]! }));
    };
    // Measures started in the window: the same families arrive in both scenarios and meet the
    // same decisions, so the counts pair closely (a width ratio of 0.29–0.30 measured, a variance
    // ratio near 0.09). The stock of children under a measure pairs far more weakly (width ratios
    // 0.31–1.10 over 12 seeds): it carries the state each scenario starts from, and every
    // scenario starts from its own pilot's settled state, which common random numbers cannot pair.
    const started = (rs: ReplicationResult[]) => scenarioStatistics(rs).perReplication.get('measuresStarted')!;
    const seed = 1 + Math.floor(Math.random() * 1e6);
    const baseline = started(run(base, seed));
    const paired = metricDifference(started(run(reform, seed)), baseline);
    const independent = metricDifference(started(run(reform, seed + 1)), baseline);
    const width = (d: { ci95: [number, number] }) => d.ci95[1] - d.ci95[0];
    // With 15 degrees of freedom on each side, an observed width ratio above 0.7 (variance ratio
    // 0.49) would come from a true variance ratio of 0.09 about once in 1,000 runs (F test);
    // without common random numbers (a true ratio of 1) it stays below 0.7 only about once in 10.
    expect(width(paired) / width(independent), `seed ${seed}`).toBeLessThan(0.7);
  }, 120_000);
});
