// Statistics for the model's observations and the experiment layer: t intervals over replications, paired differences,
// pooled percentiles, bounded distributions of many observations. Plain data in, plain data
// out; nothing here knows the model.
export { incompleteBeta, tCdf, tQuantile } from './tDistribution.js';
export { meanInterval, pairedDifferences } from './interval.js';
export type { MeanInterval } from './interval.js';
export { add, binCounts, valueCountsMean, valueCountsOf, emptyValueCounts, keptValue, merge, mergeAll, quantile } from './valueCounts.js';
export type { ValueCounts } from './valueCounts.js';
export { valueCountsPercentiles, percentiles, sortedFinite, meanWithoutNaN } from './percentiles.js';
export type { Percentiles } from './percentiles.js';
export { normalCdf, normalQuantile } from './normal.js';
export { betaByMean, betaMarginal, lognormalBetween, triangularMarginal, uniformMarginal } from './marginals.js';
export type { Marginal } from './marginals.js';
export { latinHypercube } from './latinHypercube.js';
export type { UniformSource } from './latinHypercube.js';
export { fisherInterval, fisherPValue, prcc, prccPossible, ranks, spearman } from './rankCorrelation.js';
export type { Correlation } from './rankCorrelation.js';
export { firstOrderSobol, sobolBins, SOBOL_MIN_RUNS } from './sobol.js';
export { evpi, evppi, loess, loessSpan } from './evppi.js';
export { inverse } from './linearAlgebra.js';
export { kaplanMeier, restrictedMean, survivalAt, survivalQuantile } from './survival.js';
export type { SurvivalCurve } from './survival.js';
export { ratioOfMeans } from './ratio.js';
export type { RatioInterval } from './ratio.js';
export { averageOverReplications, mser, startupBias, welchMovingAverage } from './warmup.js';
export type { MserResult, StartupBias } from './warmup.js';
export { clearMajority, signTestP } from './signTest.js';
