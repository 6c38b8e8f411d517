// The settled starts of an experiment (src/experiment/settledStarts.ts): each replication's start is
// kept on its own, so a run reads only the starts of its own replications; a start from the cache,
// from a fresh pilot, or held in memory when no cache can keep it gives the same replication,
// byte for byte, as the model computing its own pilot; and tasks carry starts as bytes.

import { describe, expect, it } from 'vitest';
import { runTask, type ReplicationTask, type TaskPool } from '../../src/experiment/pool.js';
import { pilotKey, runReplicationJobs, SettledStarts, startKey } from '../../src/experiment/settledStarts.js';
import * as model from '../../src/model/index.js';
import { memoryCache, type KeyValueCache } from '../../src/platform/cache.js';
import { SEED, scenario } from '../model/helpers.js';
import { SMALL_SETTLED } from './helpers.js';

const SETTLED = scenario(SMALL_SETTLED);
const FINGERPRINT = 'test-code';

/** Runs the real model in this thread, one task at a time, and notes every task it made (and what the cache did, in `log`). */
class ThisThread implements TaskPool {
  made: { kind: ReplicationTask['kind']; start: boolean }[] = [];
  constructor(readonly log: string[] = []) {}

  async takesSettledStarts(): Promise<boolean> {
    return true;
  }

  async runTasks(
    count: number,
    taskAt: (index: number) => ReplicationTask,
    describe: (index: number, err: unknown) => Error,
    onResult: (index: number, result: unknown) => void,
  ): Promise<void> {
    for (let i = 0; i < count; i++) {
      let result: unknown;
      try {
        const task = taskAt(i);
        // noted before it runs: running takes the start out of the task
        this.made.push({ kind: task.kind, start: task.kind === 'replication' && task.start instanceof Uint8Array });
        this.log.push(`run ${i}`);
        result = runTask(model, task);
        this.log.push(`done ${i}`);
      } catch (err) {
        throw describe(i, err);
      }
      onResult(i, result);
    }
  }
}

/** A memory cache that notes what is read (in `reads`, and in `log` if given), and can refuse every write. */
function counted(refuseWrites = false, log: string[] = []): KeyValueCache & { reads: string[] } {
  const inner = memoryCache();
  const reads: string[] = [];
  return {
    reads,
    get: (key) => {
      reads.push(key);
      log.push(`read ${key.slice(-2)}`);
      return inner.get(key);
    },
    has: (key) => inner.has(key),
    set: (key, value) => {
      if (refuseWrites) throw new Error('disk full');
      inner.set(key, value);
    },
    delete: (key) => inner.delete(key),
  };
}

const jobs = (n: number) => Array.from({ length: n }, (_, replication) => ({ scenarioIndex: 0, replication }));
const run = (pool: ThisThread, starts: SettledStarts, n: number) => runReplicationJobs(pool, starts, [SETTLED], SEED, jobs(n));
const json = (x: unknown) => JSON.stringify(x);
const pilots = (pool: ThisThread) => pool.made.filter((t) => t.kind === 'pilot').length;

describe('settled starts', () => {
  it('are kept one entry per replication, so a later run of one replication reads only its own', async () => {
    const cache = counted();
    const first = new ThisThread();
    const three = await run(first, new SettledStarts(first, cache, FINGERPRINT), 3);
    expect(pilots(first)).toBe(2); // replications 0, 2 from pilot 0; 1 from pilot 1
    const base = pilotKey(SETTLED, SEED, FINGERPRINT);
    for (const r of [0, 1, 2]) expect(cache.has(startKey(base, r))).toBe(true);
    expect(cache.has(startKey(base, 3))).toBe(false);

    cache.reads.length = 0;
    const again = new ThisThread();
    const one = await run(again, new SettledStarts(again, cache, FINGERPRINT), 1);
    expect(pilots(again)).toBe(0);
    expect(cache.reads).toEqual([startKey(base, 0)]);
    expect(json(one[0])).toBe(json(three[0]));
  });

  it('give the replication the model gives from its own pilot, whether cached, fresh, or held because no cache keeps them', async () => {
    const own = [0, 1, 2].map((replication) => json(model.runReplication(SETTLED, { seed: SEED, replication })));
    const cache = counted();
    for (const store of [cache, cache, null, counted(true)]) {
      const pool = new ThisThread();
      const results = await run(pool, new SettledStarts(pool, store, FINGERPRINT), 3);
      expect(results.map(json)).toEqual(own);
      // every replication's task carries its start as bytes
      expect(pool.made.filter((t) => t.kind === 'replication')).toEqual([0, 1, 2].map(() => ({ kind: 'replication', start: true })));
    }
  });

  it('held in memory are let go by forget: the next run computes the pilots again', async () => {
    const pool = new ThisThread();
    const starts = new SettledStarts(pool, counted(true), FINGERPRINT);
    await run(pool, starts, 2);
    await run(pool, starts, 2);
    expect(pilots(pool)).toBe(2);
    starts.forget([SETTLED], SEED);
    await run(pool, starts, 2);
    expect(pilots(pool)).toBe(4);
  });

  it('are read one at a time, each when its task is handed out, not all before the first runs', async () => {
    const log: string[] = [];
    const cache = counted(false, log);
    await run(new ThisThread(), new SettledStarts(new ThisThread(), cache, FINGERPRINT), 3); // fills the cache
    log.length = 0;
    const pool = new ThisThread(log);
    await run(pool, new SettledStarts(pool, cache, FINGERPRINT), 3);
    expect(log).toEqual(['read r0', 'run 0', 'done 0', 'read r1', 'run 1', 'done 1', 'read r2', 'run 2', 'done 2']);
  });

  it('a start removed during a run fails its replication, naming it', async () => {
    const cache = counted();
    const pool = new ThisThread();
    const starts = new SettledStarts(pool, cache, FINGERPRINT);
    const readers = await starts.for([SETTLED], SEED, 2);
    cache.delete(startKey(pilotKey(SETTLED, SEED, FINGERPRINT), 1));
    expect(() => readers[0]!(1)).toThrow(/could not be read \(settled-[0-9a-f]+-r1 was removed from jbsim's cache folder during the run\)/);
    expect(readers[0]!(0)).toBeInstanceOf(Uint8Array);
  });

  it('a damaged start fails its replication once: it is removed, and the next run computes it anew', async () => {
    const cache = counted();
    const first = new ThisThread();
    const good = await run(first, new SettledStarts(first, cache, FINGERPRINT), 2);
    const key = startKey(pilotKey(SETTLED, SEED, FINGERPRINT), 1);
    cache.set(key, new TextEncoder().encode('{"families": [tru'));
    const pool = new ThisThread();
    const starts = new SettledStarts(pool, cache, FINGERPRINT);
    await expect(run(pool, starts, 2)).rejects.toThrow(
      /replication 1 .*could not be read .*removed from jbsim's cache folder, so running again computes it anew/,
    );
    expect(cache.has(key)).toBe(false);
    const again = await run(pool, starts, 2);
    expect(again.map(json)).toEqual(good.map(json));
  });

  it('an empty start needs no pilot and carries no start', async () => {
    const empty = scenario({ simulation: { start: 'empty', warmupYears: 0, years: 0.5, followUpYears: 0 } });
    const pool = new ThisThread();
    const starts = new SettledStarts(pool, counted(), FINGERPRINT);
    expect(await starts.for([empty], SEED, 2)).toEqual([null]);
    await runReplicationJobs(pool, starts, [empty], SEED, jobs(2));
    expect(pool.made.map((t) => [t.kind, t.start])).toEqual([
      ['replication', false],
      ['replication', false],
    ]);
  });
});
