// An uncertainty analysis of made-up values whose story is known, run through the real analysis
// (Latin hypercube, PRCC, EVPPI): reform k's effect on each measure is a fixed shift plus a
// linear term in one parameter, so which parameter drives which effect is known in advance.

import { analyseUncertainty } from '../../src/experiment/uncertaintyAnalysis.js';
import type { UncertaintyPlan } from '../../src/experiment/uncertaintyPlan.js';
import type { UncertaintyValues } from '../../src/experiment/uncertaintyRun.js';
import type { UncertaintyFile } from '../../src/experiment/uncertaintyTypes.js';
import { RandomStreams } from '../../src/kernel/random.js';
import { withStatements } from '../../src/report/uncertaintyText.js';
import { latinHypercube, uniformMarginal } from '../../src/statistics/index.js';

export interface UncertaintyStory {
  /** Scenario names, the baseline first. */
  scenarios: string[];
  /** Parameter paths, each varied uniformly over [0, 1]. */
  parameters: string[];
  metrics: string[];
  samples: number;
  /** Reform × metric → [shift, index of the driving parameter, its slope]. */
  effect: (reform: string, metric: string) => [number, number, number];
  held?: UncertaintyPlan['held'];
}

export function makeUncertainty(story: UncertaintyStory): UncertaintyFile {
  const { scenarios, parameters, metrics, samples: N } = story;
  const R = 1;
  const M = metrics.length;
  const S = scenarios.length;
  const plan: UncertaintyPlan = {
    seed: 1,
    samples: N,
    replications: R,
    baseReplications: 0,
    baseline: scenarios[0]!,
    scenarios: scenarios.map((name) => ({ name, file: `${name}.yaml`, hash: name })),
    parameters: parameters.map((path) => ({ path, range: { kind: 'uniform' as const, low: 0, high: 1 }, target: 'number' as const, integer: false, baseValue: 0.5, from: 'built-in', why: 'test', heldIn: [] })),
    held: story.held ?? [],
    screen: [],
    likeToday: false,
  };
  const design = latinHypercube(N, parameters.map(() => uniformMarginal(0, 1)), new RandomStreams(3, 0).stream('design'));
  const noise = new RandomStreams(3, 0).stream('noise');
  const values: UncertaintyValues = { metrics, base: new Map(), samples: new Map() };
  // layout: [(scenario × R + replication) × M + metric]
  design.forEach((x, k) => {
    const v = new Float64Array(S * R * M);
    scenarios.forEach((name, s) => {
      metrics.forEach((metric, m) => {
        const level = 10 + 0.01 * (noise.next() - 0.5);
        if (s === 0) v[s * M + m] = level;
        else {
          const [shift, j, slope] = story.effect(name, metric);
          v[s * M + m] = level + shift + slope * (x[j]! - 0.5);
        }
      });
    });
    values.samples.set(k, v);
  });
  return withStatements(analyseUncertainty(plan, design, values, 'test'));
}
