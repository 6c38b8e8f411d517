// bin/jbsim sets two V8 flags before the program loads (src/cli/heapGrowth.ts); someone who gives
// either on node's command line or in NODE_OPTIONS keeps their own value.

import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { HEAP_GROWING_PERCENT, heapFlags, SEMI_SPACE_MB } from '../../src/cli/heapGrowth.js';
import { ARTIFACT, ensureBuilt } from '../experiment/helpers.js';

const GROWTH = `--heap-growing-percent=${HEAP_GROWING_PERCENT}`;
const SEMI = `--max-semi-space-size=${SEMI_SPACE_MB}`;

describe('heapFlags', () => {
  it('sets both when neither is given', () => {
    expect(heapFlags([], undefined)).toEqual([GROWTH, SEMI]);
    expect(heapFlags(['--enable-source-maps'], '--max-old-space-size=4096')).toEqual([GROWTH, SEMI]);
  });

  it("keeps the heap's growth given on node's command line, in either spelling", () => {
    // V8 reads --heap_growing_percent as --heap-growing-percent (node refuses it in NODE_OPTIONS)
    expect(heapFlags(['--heap-growing-percent=50'], undefined)).toEqual([SEMI]);
    expect(heapFlags(['--heap_growing_percent=50'], undefined)).toEqual([SEMI]);
  });

  it('keeps the semi-spaces given on the command line or in NODE_OPTIONS, in either spelling', () => {
    expect(heapFlags(['--max-semi-space-size=64'], undefined)).toEqual([GROWTH]);
    expect(heapFlags(['--max_semi_space_size=64'], undefined)).toEqual([GROWTH]);
    expect(heapFlags([], '--trace-gc  --max-semi-space-size=8')).toEqual([GROWTH]);
  });

  it('does not take flags that only share a word for the two', () => {
    expect(heapFlags(['--semi-space-growth-factor=2', '--min-semi-space-size=1'], '--max-old-space-size=4096')).toEqual([GROWTH, SEMI]);
    expect(heapFlags(['--heap-growing-percent-x=1'], undefined)).toEqual([GROWTH, SEMI]);
  });

  it('sets nothing when both are given', () => {
    expect(heapFlags(['--heap-growing-percent=100'], '--max-semi-space-size=8')).toEqual([]);
  });
});

// The wiring: limitHeapGrowth hands the flags to V8, and a worker thread started afterwards (where
// jbsim runs its replications) gets the larger young generation. Observed from outside in a fresh
// process: V8 has no call that reads a flag back. A worker keeps 200,000 small objects alive while
// it allocates more, so its young generation grows to the largest it may be.
describe('limitHeapGrowth', () => {
  const probe = (call: boolean): number => {
    const heapGrowth = pathToFileURL(join(ARTIFACT, 'dist/src/cli/heapGrowth.js')).href;
    // CommonJS, so the worker's code (evaluated as the main script is) may use require
    const script = `(async () => {
      ${call ? `(await import(${JSON.stringify(heapGrowth)})).limitHeapGrowth();` : ''}
      const { Worker } = require('node:worker_threads');
      const w = new Worker(\`
        const v8 = require('node:v8');
        const ring = new Array(200000).fill(null);
        let most = 0;
        for (let i = 0; i < 2000000; i++) {
          ring[i % 200000] = { a: i, b: i + 1, c: i + 2 };
          if (i % 20000 === 0) most = Math.max(most, v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size);
        }
        require('node:worker_threads').parentPort.postMessage(most);\`, { eval: true });
      w.on('message', (bytes) => process.stdout.write(String(bytes / 2 ** 20)));
    })();`;
    // a clean environment: a NODE_OPTIONS of the caller's would decide instead
    const r = spawnSync(process.execPath, ['-e', script], {
      encoding: 'utf8',
      timeout: 60_000,
      env: { PATH: process.env.PATH ?? '' },
    });
    expect(r.stderr).toBe('');
    return Number(r.stdout);
  };

  beforeAll(ensureBuilt);

  it("gives a worker started afterwards semi-spaces of SEMI_SPACE_MB (V8's default is half)", () => {
    const without = probe(false);
    const withFlags = probe(true);
    // the young generation's size is two semi-spaces
    expect(withFlags).toBe(2 * SEMI_SPACE_MB);
    expect(without).toBeLessThan(withFlags);
  });
});
