// The experiment layer: replications on common random numbers, summaries with t intervals,
// paired comparisons, shards and their merge, sweeps and sensitivity runs.
export * from './types.js';
export {
  runExperiment,
  runMatrix,
  checkPrecision,
  nextReplications,
  DEFAULT_SEED,
  DEFAULT_REPLICATIONS,
  DEFAULT_MAX_REPLICATIONS,
} from './experiment.js';
export type { ExperimentSpec, ExperimentRun, PrecisionTarget, ProgressSink } from './experiment.js';
export { InterruptedError } from './pool.js';
export type { Job, ModelModule, ReplicationPool, ReplicationTask } from './pool.js';
export { summarise, scenarioStatistics } from './summarise.js';
export type { LoadedScenario } from './summarise.js';
export { comparison, metricDifference } from './compare.js';
export { parseShard, shardFromEnvironment, shardReplications, shardFileName } from './shard.js';
export type { Shard } from './shard.js';
export { finalContents, resultsCsv, shardContents } from './write.js';
export { HEADLINE_METRICS } from './metrics.js';
export { scenarioDifferences, parameterDifferences } from './diff.js';
export type { UncertaintyFile } from './uncertaintyTypes.js';
