// Statistics for the experiment layer: t intervals over replications, paired differences,
// pooled percentiles. Plain numbers in, plain numbers out; nothing here knows the model.
export { incompleteBeta, tCdf, tQuantile } from './tDistribution.js';
export { meanInterval, pairedDifferences } from './interval.js';
export type { MeanInterval } from './interval.js';
export { percentiles, sortedFinite } from './percentiles.js';
export type { Percentiles } from './percentiles.js';
