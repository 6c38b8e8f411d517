// What piscina loads in each worker thread: CommonJS on purpose. Piscina loads its worker file with
// require() first, and Node 20's require() of an ES module aborted a whole test process once
// (V8's fatal "IsGraphAsync must be used on an instantiated module", from piscina's require of
// worker.js; require(esm) is known not to handle a module that is not yet instantiated). A plain
// CommonJS file never takes that path; it loads the ES worker (worker.ts) with import(), once.

import type { ReplicationTask } from '../experiment/pool.js';

type Run = (task: ReplicationTask) => Promise<unknown>;
let worker: Promise<Run> | undefined;

module.exports = async function run(task: ReplicationTask): Promise<unknown> {
  worker ??= import('./worker.js').then((m) => m.default);
  return (await worker)(task);
};
