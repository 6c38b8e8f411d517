// A worker thread of the replication pool: loads the compiled model once, then runs one task
// (a replication, or a pilot run for the settled starts) per call. The model is pure and
// synchronous, so a task is just a function call.

import { workerData } from 'piscina';
import { runTask, type ModelModule, type ReplicationTask } from '../experiment/pool.js';

let model: Promise<ModelModule> | undefined;

export default async function run(task: ReplicationTask) {
  model ??= import((workerData as { modelModule: string }).modelModule) as Promise<ModelModule>;
  return runTask(await model, task);
}
