// The Node.js side of jbsim: scenario files on disk, worker threads, the progress bar, and
// writing and merging result files. Everything else (kernel, model, scenario, statistics,
// experiment, chart specs) runs in a browser too and imports nothing from here.
export { executeExperiment, runScenarioSet, setProvenance } from './execute.js';
export type { ExecuteOptions, Executed, ScenarioSetRun } from './execute.js';
export { ReplicationRunner, defaultWorkers, InterruptedError } from './workerPool.js';
export type { RunnerOptions } from './workerPool.js';
export { writeFinal, writeShard, hostProvenance, runProvenance } from './write.js';
export { assembleShards, findShardFiles } from './merge.js';
export { checkObservedAlike, loadScenarios, nameClashes, orderBaselineFirst, scenarioFiles } from './scenarios.js';
export { loadScenario, loadScenarioText, scenarioFilesIn, isFolder, readFileBytes, nodeScenarioFiles } from './scenarioFiles.js';
export { progressBar } from './progress.js';
export { insideOut, writeFileAtomic } from './output.js';
export { fileCache, userCacheFolder } from './fileCache.js';
export {
  analyse,
  prepareUncertainty,
  runPreparedUncertainty,
  writeShardOf,
  DEFAULT_SAMPLES,
  DEFAULT_SAMPLE_REPLICATIONS,
} from './uncertainty.js';
export type { PreparedUncertainty, UncertaintySettings } from './uncertainty.js';
export { assembleUncertaintyShards, isUncertaintyShard, writeUncertaintyFiles } from './uncertaintyFiles.js';
