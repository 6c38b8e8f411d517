// The uncertainty analysis end to end on the test queue model (M/M/c), where the answer is
// known: a third server shortens every wait on common random numbers (waits in FIFO order never
// grow with more servers), most when arrivals are many, so the arrival rate must lead the
// drivers with a negative sign and a parameter the model ignores must come last. The worker
// count and sharding change no byte; the base point is exactly `compare`'s replications.

import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type * as Uncertainty from '../../src/node/uncertainty.js';
import type * as UncertaintyFiles from '../../src/node/uncertaintyFiles.js';
import type { UncertainParameter } from '../../src/experiment/uncertaintyPlan.js';
import type { UncertaintyFile } from '../../src/experiment/uncertaintyTypes.js';
import type { LoadedScenario } from '../../src/experiment/summarise.js';
import type { NonEmpty } from '../../src/lists.js';
import { ARTIFACT, compiledExperiment, QUEUE_MODEL, readTree, tempDir } from './helpers.js';
import { defined } from '../helpers/defined.js';

let U: typeof Uncertainty;
let F: typeof UncertaintyFiles;
let E: Awaited<ReturnType<typeof compiledExperiment>>;
beforeAll(async () => {
  E = await compiledExperiment();
  U = await import(pathToFileURL(join(ARTIFACT, 'dist/src/node/uncertainty.js')).href);
  F = await import(pathToFileURL(join(ARTIFACT, 'dist/src/node/uncertaintyFiles.js')).href);
}, 180_000);

const queueScenario = (name: string, servers: number) =>
  ({
    name,
    description: `M/M/${servers}`,
    queue: { arrivalRate: 1.3, serviceRate: 1, servers },
    simulation: { warmupYears: 0.1, years: 0.6, followUpYears: 0 },
  }) as never;
const loaded: NonEmpty<LoadedScenario> = [
  { scenario: queueScenario('baseline', 2), file: 'baseline.yaml', hash: 'b' },
  { scenario: queueScenario('three servers', 3), file: 'three.yaml', hash: 't' },
];
const parameter = (path: string, low: number, high: number, baseValue: number): UncertainParameter => ({
  path,
  range: { kind: 'uniform', low, high },
  target: 'number',
  integer: false,
  baseValue,
  from: 'test',
  why: 'test',
  heldIn: [],
});
const PARAMETERS = [
  parameter('queue.arrivalRate', 1.0, 1.7, 1.3),
  parameter('queue.serviceRate', 0.95, 1.05, 1),
  parameter('queue.ignored', 0, 1, 0.5),
];
const SETTINGS = { seed: 11, samples: 40, replications: 2, baseReplications: 4, shard: null };

// the screen of --like-today on the queue: a world is like 'today' when its two servers are busy at most 70% of the time
const SCREEN = {
  targets: [{ name: 'utilisation', band: [0, 0.7] as [number, number] }],
  value: (_target: string, result: { system: { guardianUtilisation: number } }) => result.system.guardianUtilisation,
};

async function analysis(workers: number, shard: { index: number; count: number } | null = null, out = tempDir('unc'), likeToday = false) {
  const prepared = U.prepareUncertainty(
    loaded,
    { ...SETTINGS, shard, likeToday },
    { parameters: PARAMETERS, checkAgainstSchema: false, ...(likeToday ? { screen: SCREEN } : {}) },
  );
  const run = await U.runPreparedUncertainty(prepared, { workers, quiet: true, argv: [], modelModule: QUEUE_MODEL });
  if (shard !== null) return { out, shardFile: U.writeShardOf(out, prepared, run, 'test') };
  const file = U.analyse(prepared.plan, run.values, 'test');
  F.writeUncertaintyFiles(out, file, run.provenance);
  return { out, file };
}

const withoutProvenanceFile = (tree: Map<string, string>) => new Map([...tree].filter(([k]) => k !== 'uncertainty-provenance.json'));

describe('jbsim uncertainty on a queue', () => {
  let file: UncertaintyFile;
  let out: string;
  beforeAll(async () => {
    ({ file, out } = (await analysis(2)) as { file: UncertaintyFile; out: string });
  }, 120_000);

  it('finds that a third server always shortens the wait, and that the arrival rate drives how much', () => {
    const wait = defined(file.scenarios['three servers']?.metrics['waitDays.LT'], 'the wait with three servers');
    expect(wait.better).toBe('lower');
    expect(wait.probabilityOfImprovement).toBe(1);
    expect(wait.probabilityOfWorsening).toBe(0);
    expect(wait.effect.n).toBe(SETTINGS.samples);
    expect(wait.effect.p5).toBeLessThanOrEqual(wait.effect.median);
    expect(wait.effect.median).toBeLessThanOrEqual(wait.effect.p95);
    expect(wait.effect.p95).toBeLessThan(0);
    expect(file.method.drivers).toBe('prcc');
    const [first, , last] = wait.drivers;
    expect(first?.path).toBe('queue.arrivalRate');
    expect(first?.coefficient).toBeLessThan(-0.5);
    expect(first?.significant).toBe(true);
    expect(Math.abs(last?.coefficient ?? NaN)).toBeLessThan(Math.abs(first?.coefficient ?? NaN));
    expect(wait.samples).toHaveLength(SETTINGS.samples);
  });

  it('ranks the options per sample, and values knowing the arrival rate above knowing an ignored parameter', () => {
    const choice = defined(file.choice['waitDays.LT'], 'the choice on the wait');
    expect(choice.rankFirst['three servers']).toBe(1);
    expect(Object.values(choice.rankFirst).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    const weighted = defined(file.choice.weighted, 'the weighted choice');
    expect(Object.values(weighted.rankFirst).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    // the reform wins in every sample: knowing anything changes no choice
    expect(choice.evpi).toBe(0);
    expect(choice.measureFirst.every((v) => v.evppi === 0)).toBe(true);
  });

  it('gives the noise-only interval of `compare` with as many replications and the same seed', async () => {
    const dir = tempDir('unc-compare');
    const done = await E.executeExperiment(
      {
        command: 'compare',
        scenarios: loaded,
        baseline: 'baseline',
        seed: SETTINGS.seed,
        replications: SETTINGS.baseReplications,
        precision: null,
        shard: null,
      },
      { out: dir, workers: 0, quiet: true, version: 'test', argv: [], modelModule: QUEUE_MODEL },
    );
    const cmp = done.kind === 'final' ? done.output.comparison! : null;
    for (const metric of ['waitDays.LT', 'handoversPerFamily']) {
      const d = defined(cmp?.scenarios['three servers']?.[metric], `compare's ${metric}`);
      const noise = defined(file.scenarios['three servers']?.metrics[metric]?.noiseOnly ?? undefined, `the noise-only ${metric}`);
      expect(noise.difference).toBe(d.difference);
      expect(noise.ci95).toEqual(d.ci95);
      expect(noise.replications).toBe(SETTINGS.baseReplications);
    }
  });

  it('writes the same bytes whatever the worker count, and from merged shards', async () => {
    const reference = withoutProvenanceFile(readTree(out));
    expect([...reference.keys()]).toEqual(['uncertainty.csv', 'uncertainty.json']);
    const inline = await analysis(0);
    expect(withoutProvenanceFile(readTree(inline.out))).toEqual(reference);
    const shards = tempDir('unc-shards');
    await analysis(1, { index: 2, count: 3 }, shards);
    await analysis(2, { index: 1, count: 3 }, shards);
    await analysis(0, { index: 3, count: 3 }, shards);
    const files = E.findShardFiles([shards]);
    expect(files.every((f) => F.isUncertaintyShard(f))).toBe(true);
    const merged = F.assembleUncertaintyShards(files);
    const mergedOut = tempDir('unc-merged');
    F.writeUncertaintyFiles(mergedOut, U.analyse(merged.plan, merged.values, merged.version), merged.provenance);
    expect(withoutProvenanceFile(readTree(mergedOut))).toEqual(reference);
  });

  it('refuses an incomplete or mixed set of shards', async () => {
    const a = tempDir('unc-shard-a');
    const b = tempDir('unc-shard-b');
    const one = (await analysis(0, { index: 1, count: 2 }, a)).shardFile!;
    expect(() => F.assembleUncertaintyShards([one])).toThrow(/shard 2\/2 missing/);
    const other = U.prepareUncertainty(
      loaded,
      { ...SETTINGS, seed: 12, shard: { index: 2, count: 2 } },
      { parameters: PARAMETERS, checkAgainstSchema: false },
    );
    const run = await U.runPreparedUncertainty(other, { workers: 0, quiet: true, argv: [], modelModule: QUEUE_MODEL });
    const two = U.writeShardOf(b, other, run, 'test');
    expect(() => F.assembleUncertaintyShards([one, two])).toThrow(/different analysis/);
  });
});

describe('jbsim uncertainty --like-today on a queue', () => {
  let every: UncertaintyFile;
  let screened: UncertaintyFile;
  let out: string;
  beforeAll(async () => {
    ({ file: every } = (await analysis(2)) as { file: UncertaintyFile });
    ({ file: screened, out } = (await analysis(2, null, tempDir('unc-like'), true)) as { file: UncertaintyFile; out: string });
  }, 120_000);

  it('keeps the worlds whose baseline is inside the band, and gives each the effect it has among all worlds', () => {
    const worlds = defined(screened.worlds ?? undefined, 'the worlds check');
    const busy = screened.parameters.findIndex((p) => p.path === 'queue.arrivalRate');
    // the servers are busy λ / (2μ) of the time: the worlds kept are those of fewer arrivals
    expect(worlds.consistent.length).toBeGreaterThan(10);
    expect(worlds.consistent.length).toBeLessThan(SETTINGS.samples - 10);
    for (const k of worlds.consistent) expect(screened.design[k]![busy]!).toBeLessThan(1.55);
    expect(screened.analysedWorlds).toBe(worlds.consistent.length);
    const wait = defined(screened.scenarios['three servers']?.metrics['waitDays.LT'], 'the wait');
    const waitEvery = defined(every.scenarios['three servers']?.metrics['waitDays.LT'], 'the wait over every world');
    expect(wait.effect.n).toBe(worlds.consistent.length);
    // the baseline run apart from its reform, on the same random numbers: the same effect in each world kept
    for (let k = 0; k < SETTINGS.samples; k++) expect(wait.samples[k]).toBe(worlds.consistent.includes(k) ? waitEvery.samples[k] : NaN);
    // uncertainty.csv: the worlds kept only
    const csv = defined(readTree(out).get('uncertainty.csv'), 'uncertainty.csv').trim().split('\n').slice(1);
    expect([...new Set(csv.map((line) => Number(line.split(',')[0])))]).toEqual(worlds.consistent);
  });

  it('runs a reform only in the worlds kept', async () => {
    const prepared = U.prepareUncertainty(
      loaded,
      { ...SETTINGS, likeToday: true },
      { parameters: PARAMETERS, checkAgainstSchema: false, screen: SCREEN },
    );
    const run = await U.runPreparedUncertainty(prepared, { workers: 0, quiet: true, argv: [], modelModule: QUEUE_MODEL });
    const kept = defined(screened.worlds ?? undefined, 'the worlds check').consistent;
    const R = SETTINGS.replications;
    const M = run.values.metrics.length;
    for (const [k, store] of run.values.samples) {
      const reform = store.slice(1 * R * M, 2 * R * M);
      expect(reform.every((v) => Number.isNaN(v))).toBe(!kept.includes(k));
      expect(store.slice(0, R * M).some((v) => Number.isFinite(v))).toBe(true);
    }
    expect(run.provenance.replications).toBe(2 * SETTINGS.baseReplications + R * (SETTINGS.samples + kept.length));
  });

  it('writes the same bytes from merged shards', async () => {
    const shards = tempDir('unc-like-shards');
    await analysis(1, { index: 1, count: 2 }, shards, true);
    await analysis(0, { index: 2, count: 2 }, shards, true);
    const merged = F.assembleUncertaintyShards(E.findShardFiles([shards]));
    const mergedOut = tempDir('unc-like-merged');
    F.writeUncertaintyFiles(mergedOut, U.analyse(merged.plan, merged.values, merged.version), merged.provenance);
    expect(withoutProvenanceFile(readTree(mergedOut))).toEqual(withoutProvenanceFile(readTree(out)));
  });

  it('refuses --like-today when there is nothing to check the worlds against', () => {
    expect(() =>
      U.prepareUncertainty(loaded, { ...SETTINGS, likeToday: true }, { parameters: PARAMETERS, checkAgainstSchema: false }),
    ).toThrow(/nothing|no figures of today's chain/);
  });
});
