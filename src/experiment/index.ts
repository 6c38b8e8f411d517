// The experiment layer: replications on common random numbers, summaries with t intervals,
// paired comparisons, shards and their merge, sweeps and sensitivity runs.
export * from './types.js';
export { executeExperiment } from './execute.js';
export type { ExecuteOptions, Executed } from './execute.js';
export { runExperiment, runMatrix, checkPrecision, nextReplications, DEFAULT_SEED, DEFAULT_REPLICATIONS, DEFAULT_MAX_REPLICATIONS } from './experiment.js';
export type { ExperimentSpec, ExperimentRun, PrecisionTarget, ProgressSink } from './experiment.js';
export { ReplicationRunner, InterruptedError, defaultWorkers } from './runner.js';
export type { Job, RunnerOptions } from './runner.js';
export { summarise, scenarioStatistics } from './summarise.js';
export type { LoadedScenario } from './summarise.js';
export { comparison, metricDifference } from './compare.js';
export { parseShard, shardFromEnvironment, shardReplications, shardFileName } from './shard.js';
export type { Shard } from './shard.js';
export { writeFinal, writeShard, resultsCsv } from './write.js';
export { HEADLINE_METRICS } from './metrics.js';
export { assembleShards, findShardFiles } from './merge.js';
export { scenarioDifferences, parameterDifferences } from './diff.js';
export { analyse, prepareUncertainty, runPreparedUncertainty, writeShardOf, DEFAULT_SAMPLES, DEFAULT_SAMPLE_REPLICATIONS } from './uncertainty.js';
export type { PreparedUncertainty, UncertaintySettings } from './uncertainty.js';
export { assembleUncertaintyShards, isUncertaintyShard, writeUncertaintyFiles } from './uncertaintyFiles.js';
export type { UncertaintyFile } from './uncertaintyTypes.js';
