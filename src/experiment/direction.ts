// Which way is better for a metric, as the experiment layer says (metrics.ts: fewer handovers,
// shorter waits are better; some figures, such as the children under a measure, are neither).

import { higherIsBetter } from './metrics.js';

export type Better = 'lower' | 'higher' | null;

export function betterDirection(metric: string): Better {
  const higher = higherIsBetter(metric);
  return higher === null ? null : higher ? 'higher' : 'lower';
}

/** +1 when a positive change is an improvement, −1 when a negative one is, 0 when neither is. */
export function improvementSign(metric: string): 1 | -1 | 0 {
  const better = betterDirection(metric);
  return better === null ? 0 : better === 'higher' ? 1 : -1;
}
