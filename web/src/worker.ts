// A Web Worker of the page's pool: runs one task per message (a replication or a pilot run),
// exactly as a worker thread of the command line does (same model, same task).

import { runTask, type ReplicationTask } from '../../src/experiment/pool.js';
import * as model from '../../src/model/index.js';

self.onmessage = (event: MessageEvent<{ id: number; task: ReplicationTask }>) => {
  const { id, task } = event.data;
  try {
    self.postMessage({ id, result: runTask(model, task) });
  } catch (err) {
    self.postMessage({ id, error: err instanceof Error ? err.message : String(err) });
  }
};
