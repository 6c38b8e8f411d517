// Which way is better for a metric. The chain should give families fewer handovers, fewer
// professionals, shorter waits and fewer children without a guardian: lower is better for
// everything it measures, except the few figures of contact and staffing listed here.

export type Better = 'lower' | 'higher';

const HIGHER_IS_BETTER = new Set(['contactsPerMonth', 'guardiansInPost']);

export function betterDirection(metric: string): Better {
  return HIGHER_IS_BETTER.has(metric) ? 'higher' : 'lower';
}

/** +1 when a positive change is an improvement, −1 when a negative one is. */
export function improvementSign(metric: string): 1 | -1 {
  return betterDirection(metric) === 'higher' ? 1 : -1;
}
