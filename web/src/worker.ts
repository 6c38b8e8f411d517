// A Web Worker of the page's replication pool: runs one replication per message, exactly as a
// worker thread of the command line does (same model, same (scenario, seed, replication)).

import type { ReplicationTask } from '../../src/experiment/pool.js';
import { runReplication } from '../../src/model/index.js';

interface TaskMessage extends ReplicationTask {
  id: number;
}

self.onmessage = (event: MessageEvent<TaskMessage>) => {
  const { id, scenario, seed, replication } = event.data;
  try {
    const result = runReplication(scenario, { seed, replication });
    self.postMessage({ id, result });
  } catch (err) {
    self.postMessage({ id, error: err instanceof Error ? err.message : String(err) });
  }
};
