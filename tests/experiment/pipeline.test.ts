// The whole path from replications to files, on the test queue model: the worker count and
// sharding never change a byte of the results, a merge of shards equals the unsharded run, and
// an interrupted run stops its workers and writes nothing.

import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ExperimentSpec } from '../../src/experiment/index.js';
import { startTransfer } from '../../src/experiment/pool.js';
import { compiledExperiment, QUEUE_MODEL, readTree, SMALL_SETTLED, tempDir, withoutProvenance } from './helpers.js';

let E: Awaited<ReturnType<typeof compiledExperiment>>;
beforeAll(async () => {
  E = await compiledExperiment();
}, 180_000);

// The queue model's own scenario shape (fixtures/queueModel.mjs); written out here because that
// module loads the compiled kernel, which exists only once beforeAll has built it.
const queueScenario = (
  name: string,
  queue: { arrivalRate: number; serviceRate: number; servers: number },
  years: number,
  warmupYears: number,
) => ({ name, description: `M/M/${queue.servers} test queue`, queue, simulation: { warmupYears, years, followUpYears: 0 } }) as never;

const loaded = (name: string, serviceRate: number) => ({
  scenario: queueScenario(name, { arrivalRate: 1.6, serviceRate, servers: 2 }, 1, 0.2),
  file: `${name}.yaml`,
  hash: `hash-${name}`,
});

const spec = (overrides: Partial<ExperimentSpec> = {}): ExperimentSpec => ({
  command: 'compare',
  scenarios: [loaded('baseline', 1), loaded('faster, +10%', 1.1), loaded('slower', 0.9)],
  baseline: 'baseline',
  seed: 7,
  replications: 7,
  precision: null,
  shard: null,
  ...overrides,
});

async function runTo(s: ExperimentSpec, workers: number): Promise<Map<string, string>> {
  const out = tempDir(`w${workers}`);
  await E.executeExperiment(s, { out, workers, quiet: true, version: 'test', argv: [], modelModule: QUEUE_MODEL });
  return readTree(out);
}

function comparable(tree: Map<string, string>): Map<string, string> {
  return new Map([...tree].map(([k, v]) => [k, k.startsWith('summaries/') || k === 'summary.json' ? withoutProvenance(v) : v]));
}

describe('results do not depend on where replications ran', () => {
  let inline: Map<string, string>;
  beforeAll(async () => {
    inline = await runTo(spec(), 0);
  });

  it('writes the compare outputs', () => {
    expect([...inline.keys()]).toEqual([
      'comparison.json',
      'results.csv',
      'summaries/baseline.json',
      'summaries/faster-10.json',
      'summaries/slower.json',
    ]);
    const cmp = JSON.parse(inline.get('comparison.json')!);
    expect(Object.keys(cmp.scenarios)).toEqual(['faster, +10%', 'slower']);
    expect(cmp.scenarios.slower['waitDays.LT'].difference).toBeGreaterThan(0);
    expect(inline.get('results.csv')!.split('\n')[1]).toMatch(/^baseline,0,handoversPerFamily,/);
    expect(inline.get('results.csv')).toContain('"faster, +10%",6,');
  });

  it.each([1, 2, 3])('is byte-identical with %i worker threads', async (workers) => {
    const pooled = await runTo(spec(), workers);
    expect(comparable(pooled)).toEqual(comparable(inline));
    // the data files have no provenance at all
    expect(pooled.get('comparison.json')).toBe(inline.get('comparison.json'));
    expect(pooled.get('results.csv')).toBe(inline.get('results.csv'));
  });

  it.each([
    [3, 2],
    [2, 1],
    [7, 0],
    [10, 0],
  ])('merging %i shards gives the unsharded files (%i workers)', async (count, workers) => {
    const dirs = [tempDir('shards-a'), tempDir('shards-b')] as const;
    for (let index = 1; index <= count; index++) {
      // shards land in two folders, as when CI downloads one artifact per shard
      await E.executeExperiment(spec({ shard: { index, count } }), {
        out: dirs[index % 2 === 0 ? 0 : 1],
        workers,
        quiet: true,
        version: 'test',
        argv: [],
        modelModule: QUEUE_MODEL,
      });
    }
    const merged = tempDir('merged');
    E.writeFinal(merged, E.assembleShards(E.findShardFiles(dirs)));
    expect(comparable(readTree(merged))).toEqual(comparable(inline));
  });

  it('merges the shards of a single run into its summary.json', async () => {
    const single = spec({ command: 'run', scenarios: [loaded('solo', 1)], baseline: null });
    const whole = await runTo(single, 0);
    const dir = tempDir('run-shards');
    for (const index of [1, 2])
      await E.executeExperiment(
        { ...single, shard: { index, count: 2 } },
        { out: dir, workers: 0, quiet: true, version: 'test', argv: [], modelModule: QUEUE_MODEL },
      );
    const merged = tempDir('run-merged');
    E.writeFinal(merged, E.assembleShards(E.findShardFiles([dir])));
    expect(comparable(readTree(merged))).toEqual(comparable(whole));
  });

  it('a single run writes summary.json and results.csv', async () => {
    const tree = await runTo(spec({ command: 'run', scenarios: [loaded('solo', 1)], baseline: null }), 2);
    expect([...tree.keys()]).toEqual(['results.csv', 'summary.json']);
    const summary = JSON.parse(tree.get('summary.json')!);
    expect(summary.replications).toBe(7);
    expect(summary.metrics.waitDays.LT.n).toBe(7);
    // links the queue has no counterpart for: no data, null in JSON
    expect(summary.metrics.waitDays.JBT.mean).toBeNull();
    expect(Object.keys(summary).at(-1)).toBe('provenance');
    // the queue model's scenarios do not say which families are counted per family
    expect(summary.cohortDays).toBeUndefined();
  });

  it('a summary says which part of the window its figures per family are of, and the follow-up after it', async () => {
    const solo = loaded('solo', 1);
    const scenario = {
      ...(solo.scenario as object),
      simulation: { warmupYears: 0.2, years: 2, followUpYears: 3, cohortShare: 0.25 },
    } as never;
    const tree = await runTo(spec({ command: 'run', scenarios: [{ ...solo, scenario }], baseline: null, replications: 2 }), 0);
    const summary = JSON.parse(tree.get('summary.json')!);
    expect(summary.horizonDays).toBe(2 * 365.25);
    expect(summary.cohortDays).toBe(0.5 * 365.25);
    expect(summary.followUpDays).toBe(3 * 365.25);
  });
});

describe('--precision', () => {
  it('adds replications until the headline intervals are narrow enough, the same way on any worker count', async () => {
    const s = spec({ replications: 4, precision: { relativeHalfWidth: 0.15, maxReplications: 200 } });
    const trees = [];
    for (const workers of [0, 2]) {
      const out = tempDir(`precision-${workers}`);
      const done = await E.executeExperiment(s, { out, workers, quiet: true, version: 'test', argv: [], modelModule: QUEUE_MODEL });
      const p = done.run.precision!;
      expect(p.met, JSON.stringify(p.unmet)).toBe(true);
      expect(p.replications).toBeGreaterThan(4);
      expect(p.replications).toBeLessThan(200);
      expect(p.worst!.halfWidth).toBeLessThanOrEqual(p.worst!.allowedHalfWidth);
      trees.push(comparable(readTree(out)));
    }
    expect(trees[1]).toEqual(trees[0]);
    const cmp = JSON.parse(trees[0]?.get('comparison.json') ?? 'null');
    expect(cmp.precision.met).toBe(true);
    expect(cmp.replications).toBe(cmp.precision.replications);
  });

  it('stops at the cap and says which metrics are still too wide', async () => {
    const s = spec({ replications: 3, precision: { relativeHalfWidth: 0.001, maxReplications: 8 } });
    const done = await E.executeExperiment(s, {
      out: tempDir('precision-cap'),
      workers: 0,
      quiet: true,
      version: 'test',
      argv: [],
      modelModule: QUEUE_MODEL,
    });
    expect(done.run.replications).toBe(8);
    expect(done.run.precision!.met).toBe(false);
    expect(done.run.precision!.unmet.map((u) => u.metric)).toContain('handoversPerFamily');
  });
});

describe('merge refuses incomplete or mixed shards', () => {
  it('names the missing shard', async () => {
    const dir = tempDir('partial');
    await E.executeExperiment(spec({ shard: { index: 1, count: 3 } }), {
      out: dir,
      workers: 0,
      quiet: true,
      version: 'test',
      argv: [],
      modelModule: QUEUE_MODEL,
    });
    await E.executeExperiment(spec({ shard: { index: 3, count: 3 } }), {
      out: dir,
      workers: 0,
      quiet: true,
      version: 'test',
      argv: [],
      modelModule: QUEUE_MODEL,
    });
    expect(() => E.assembleShards(E.findShardFiles([dir]))).toThrow(/shard 2\/3 missing/);
  });

  it('refuses shards of another experiment', async () => {
    const dir = tempDir('mixed');
    await E.executeExperiment(spec({ shard: { index: 1, count: 2 } }), {
      out: dir,
      workers: 0,
      quiet: true,
      version: 'test',
      argv: [],
      modelModule: QUEUE_MODEL,
    });
    await E.executeExperiment(spec({ shard: { index: 2, count: 2 }, seed: 8 }), {
      out: dir,
      workers: 0,
      quiet: true,
      version: 'test',
      argv: [],
      modelModule: QUEUE_MODEL,
    });
    expect(() => E.assembleShards(E.findShardFiles([dir]))).toThrow(/different experiment/);
  });
});

describe('many tasks on few workers', () => {
  it('queue without a warning about listeners: each task has its own abort signal', async () => {
    const warnings: Error[] = [];
    const onWarning = (w: Error) => warnings.push(w);
    process.on('warning', onWarning);
    const runner = new E.ReplicationRunner({ workers: 2, modelModule: QUEUE_MODEL, signal: new AbortController().signal });
    try {
      const jobs = Array.from({ length: 60 }, (_, r) => ({ scenarioIndex: 0, replication: r }));
      const results = await runner.run([spec().scenarios[0].scenario], 1, jobs);
      expect(results).toHaveLength(60);
      await new Promise((resolve) => setImmediate(resolve)); // warnings are emitted on a later tick
    } finally {
      process.off('warning', onWarning);
      await runner.close();
    }
    expect(warnings.map((w) => `${w.name}: ${w.message}`)).toEqual([]);
  });

  it.each([
    [0, 1],
    [2, 1],
    [0, 4],
    [2, 4],
  ])(
    'makes each task only when a worker is free for it, also across runs at once, so only running tasks hold a settled start (%i workers, %i runs)',
    async (workers, runs) => {
      const runner = new E.ReplicationRunner({ workers, modelModule: QUEUE_MODEL, signal: new AbortController().signal });
      const scenario = spec().scenarios[0].scenario;
      let made = 0;
      let done = 0;
      const unfinished: number[] = [];
      const results: unknown[][] = Array.from({ length: runs }, () => []);
      try {
        await Promise.all(
          results.map((mine) =>
            runner.runTasks(
              12,
              (i) => {
                made++;
                unfinished.push(made - done);
                return { kind: 'replication', scenario, seed: 1, replication: i };
              },
              (_, err) => err as Error,
              (i, r) => {
                done++;
                mine[i] = r;
              },
            ),
          ),
        );
      } finally {
        await runner.close();
      }
      expect(made).toBe(12 * runs);
      for (const mine of results) expect(mine.filter((r) => r !== undefined)).toHaveLength(12);
      expect(Math.max(...unfinished)).toBe(Math.max(1, workers));
    },
  );

  it.each([0, 2])('stops making tasks when the caller fails on a result (%i workers)', async (workers) => {
    const runner = new E.ReplicationRunner({ workers, modelModule: QUEUE_MODEL, signal: new AbortController().signal });
    const scenario = spec().scenarios[0].scenario;
    let made = 0;
    let seen = 0;
    try {
      await expect(
        runner.runTasks(
          40,
          (i) => {
            made++;
            return { kind: 'replication', scenario, seed: 1, replication: i };
          },
          (_, err) => err as Error,
          () => {
            seen++;
            throw new Error('the caller cannot take this result');
          },
        ),
      ).rejects.toThrow('the caller cannot take this result');
      const madeWhenRejected = made;
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(made).toBe(madeWhenRejected);
      expect(made).toBeLessThanOrEqual(Math.max(1, workers));
      expect(seen).toBeLessThanOrEqual(Math.max(1, workers));
    } finally {
      await runner.close();
    }
  });

  it('moves a settled start to the worker, and a runner without a cache gives the same replications on its second run', async () => {
    // the real model (the runner's default) from a settled start; no cache, so the starts are held in memory
    const { scenarioSchema } = await import('../../src/scenario/schema.js');
    const s = scenarioSchema.parse({ name: 'settled', ...SMALL_SETTLED });
    const runner = new E.ReplicationRunner({ workers: 2, cache: null, signal: new AbortController().signal });
    const jobs = [0, 1, 2].map((replication) => ({ scenarioIndex: 0, replication }));
    try {
      const first = await runner.run([s], 7, jobs);
      const second = await runner.run([s], 7, jobs);
      expect(JSON.stringify(second)).toBe(JSON.stringify(first));
    } finally {
      await runner.close();
    }
    const bytes = new TextEncoder().encode('{}');
    const task = { kind: 'replication', scenario: s, seed: 7, replication: 0, start: bytes } as const;
    expect(startTransfer(task)).toEqual([bytes.buffer]);
    // a view into a larger buffer is copied, not moved (moving would take the rest of the buffer too)
    expect(startTransfer({ ...task, start: new Uint8Array(new ArrayBuffer(8), 2, 2) })).toEqual([]);
  });
});

describe('interruption', () => {
  it.each([0, 2])('stops the workers and writes nothing (%i workers)', async (workers) => {
    const out = tempDir('interrupted');
    const controller = new AbortController();
    const big = spec({ replications: 200 });
    let seen = 0;
    const runner = new E.ReplicationRunner({ workers, modelModule: QUEUE_MODEL, signal: controller.signal });
    const jobs = Array.from({ length: 200 }, (_, r) => ({ scenarioIndex: 0, replication: r }));
    const started = performance.now();
    await expect(
      runner.run(
        big.scenarios.map((l) => l.scenario),
        1,
        jobs,
        () => {
          if (++seen === 3) controller.abort();
        },
      ),
    ).rejects.toBeInstanceOf(E.InterruptedError);
    await runner.close();
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(seen).toBeLessThan(200);

    const controller2 = new AbortController();
    setTimeout(() => controller2.abort(), 50);
    await expect(
      E.executeExperiment(big, {
        out,
        workers,
        quiet: true,
        version: 'test',
        argv: [],
        modelModule: QUEUE_MODEL,
        signal: controller2.signal,
      }),
    ).rejects.toBeInstanceOf(E.InterruptedError);
    expect(existsSync(join(out, 'comparison.json'))).toBe(false);
    expect(readdirSync(out)).toEqual([]);
  });
});
