// A worker thread of the replication pool: loads the compiled model once, then runs one
// replication per task. The model is pure and synchronous, so a task is just a function call.

import { workerData } from 'piscina';
import type { ModelModule, ReplicationTask } from '../experiment/pool.js';

let model: Promise<ModelModule> | undefined;

export default async function runTask(task: ReplicationTask) {
  model ??= import((workerData as { modelModule: string }).modelModule) as Promise<ModelModule>;
  const { runReplication } = await model;
  return runReplication(task.scenario, { seed: task.seed, replication: task.replication });
}
