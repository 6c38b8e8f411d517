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
import type * as UncertaintyRun from '../../src/experiment/uncertaintyRun.js';
import type * as UncertaintyPlan from '../../src/experiment/uncertaintyPlan.js';
import type * as MetricsModule from '../../src/experiment/metrics.js';
import type { UncertainParameter } from '../../src/experiment/uncertaintyPlan.js';
import type { UncertaintyFile } from '../../src/experiment/uncertaintyTypes.js';
import type { LoadedScenario } from '../../src/experiment/summarise.js';
import type { NonEmpty } from '../../src/lists.js';
import { ARTIFACT, compiledExperiment, QUEUE_MODEL, readTree, tempDir } from './helpers.js';
import { defined } from '../helpers/defined.js';

let U: typeof Uncertainty;
let F: typeof UncertaintyFiles;
let E: Awaited<ReturnType<typeof compiledExperiment>>;
let Run: typeof UncertaintyRun;
let Plan: typeof UncertaintyPlan;
let Metrics: typeof MetricsModule;
beforeAll(async () => {
  E = await compiledExperiment();
  Run = await import(pathToFileURL(join(ARTIFACT, 'dist/src/experiment/uncertaintyRun.js')).href);
  Plan = await import(pathToFileURL(join(ARTIFACT, 'dist/src/experiment/uncertaintyPlan.js')).href);
  Metrics = await import(pathToFileURL(join(ARTIFACT, 'dist/src/experiment/metrics.js')).href);
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

type QueueResult = { system: { guardianUtilisation: number; childrenWithoutGuardian: number } };
// the screen of --like-today on the queue: a world is like 'today' when its two servers are busy at most 70% of the time
// (and the mean number waiting, inside its wide band in every world: a second target, so each lands in its own place)
const SCREEN = {
  targets: [
    { name: 'utilisation', band: [0, 0.7] as [number, number], value: (r: QueueResult) => r.system.guardianUtilisation },
    { name: 'waiting', band: [0, 1e9] as [number, number], value: (r: QueueResult) => r.system.childrenWithoutGuardian },
  ],
  value: (target: string, result: QueueResult) => SCREEN.targets.find((t) => t.name === target)!.value(result),
};

async function analysis(
  workers: number,
  shard: { index: number; count: number } | null = null,
  out = tempDir('unc'),
  likeToday = false,
  checked = likeToday,
) {
  const prepared = U.prepareUncertainty(
    loaded,
    { ...SETTINGS, shard, likeToday },
    { parameters: PARAMETERS, checkAgainstSchema: false, ...(checked ? { screen: SCREEN } : {}) },
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
    // standing out after testing every parameter, not only an interval without zero
    for (const d of wait.drivers) expect(d.significant).toBe(d.pValue < 0.05 / wait.drivers.length);
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
  // Each test runs its own analyses (the queue runs in a second): Stryker counts only what runs
  // inside a test as covering a mutant (docs/mutation.md), so checks on runs made in a beforeAll
  // are never run against the run's mutants.

  it('keeps the worlds whose baseline is inside every band, and gives each the effect it has among all worlds', async () => {
    // every world, checked against the same bands but not left out
    const { file: every, out: everyOut } = (await analysis(2, null, tempDir('unc-every'), false, true)) as {
      file: UncertaintyFile;
      out: string;
    };
    const { file: screened, out } = (await analysis(2, null, tempDir('unc-like'), true)) as { file: UncertaintyFile; out: string };
    const worlds = defined(screened.worlds ?? undefined, 'the worlds check');
    // the same worlds drawn and judged on the same bands; the screen's own random numbers decide which pass
    expect(every.worlds!.drawn).toBe(worlds.drawn);
    expect(every.worlds!.targets.map((t) => [t.name, t.band, t.judged])).toEqual(worlds.targets.map((t) => [t.name, t.band, t.judged]));
    const busy = screened.parameters.findIndex((p) => p.path === 'queue.arrivalRate');
    // the servers are busy λ / (2μ) of the time: the worlds kept are those of fewer arrivals
    expect(worlds.consistent.length).toBeGreaterThan(10);
    expect(worlds.consistent.length).toBeLessThan(SETTINGS.samples - 10);
    for (const k of worlds.consistent) expect(screened.design[k]![busy]!).toBeLessThan(1.55);
    // each target judged in every world, each on its own figure
    expect(worlds.targets.map((t) => t.judged)).toEqual([SETTINGS.samples, SETTINGS.samples]);
    expect(worlds.targets.map((t) => t.inside)).toEqual([worlds.consistent.length, SETTINGS.samples]);
    expect(screened).toMatchObject({ samples: SETTINGS.samples, analysedWorlds: worlds.consistent.length, likeToday: true });
    expect(every).toMatchObject({ samples: SETTINGS.samples, analysedWorlds: SETTINGS.samples, likeToday: false });
    const wait = defined(screened.scenarios['three servers']?.metrics['waitDays.LT'], 'the wait');
    const waitEvery = defined(every.scenarios['three servers']?.metrics['waitDays.LT'], 'the wait over every world');
    expect(wait.effect.n).toBe(worlds.consistent.length);
    // the baseline run apart from its reform, on the same random numbers: the same effect in each world kept
    for (let k = 0; k < SETTINGS.samples; k++) expect(wait.samples[k]).toBe(worlds.consistent.includes(k) ? waitEvery.samples[k] : NaN);
    // a third server shortens the wait in every world kept, and without --like-today in every world (each ran its reform)
    for (const k of worlds.consistent) expect(wait.samples[k]).toBeLessThan(0);
    for (const e of waitEvery.samples) expect(e).toBeLessThan(0);
    // uncertainty.csv: a row per world kept, reform and metric, with that world's effect and design
    const rows = (dir: string) =>
      defined(readTree(dir).get('uncertainty.csv'), 'uncertainty.csv')
        .trim()
        .split(/\r?\n/)
        .map((line) => line.split(','));
    const [head, ...csv] = rows(out);
    expect(head).toEqual(['sample', 'scenario', 'metric', 'effect', ...PARAMETERS.map((p) => p.path)]);
    expect([...new Set(csv.map((r) => Number(r[0])))]).toEqual(worlds.consistent);
    expect(csv).toHaveLength(worlds.consistent.length * screened.metrics.length);
    for (const [k, scenario, metric, effect, ...design] of csv) {
      expect(scenario).toBe('three servers');
      const e = defined(screened.scenarios[scenario!]?.metrics[metric!], `${metric}`).samples[Number(k)]!;
      expect(effect === '' ? NaN : Number(effect)).toBe(e);
      expect(design.map(Number)).toEqual(screened.design[Number(k)]);
    }
    // without --like-today every world has its rows, whatever the check says
    expect([
      ...new Set(
        rows(everyOut)
          .slice(1)
          .map((r) => Number(r[0])),
      ),
    ]).toEqual(screened.design.map((_, k) => k));
  });

  it("screens the baseline on random numbers of its own, then runs every scenario of a world like today on the world's, each as it runs alone", async () => {
    const prepared = U.prepareUncertainty(
      loaded,
      { ...SETTINGS, likeToday: true },
      { parameters: PARAMETERS, checkAgainstSchema: false, screen: SCREEN },
    );
    const runner = new E.ReplicationRunner({ workers: 0, modelModule: QUEUE_MODEL, cache: null });
    const totals: number[] = [];
    let done = 0;
    const run = (progress?: { total: (n: number) => void; done: () => void }) =>
      Run.runUncertaintyReplications(
        prepared.plan,
        prepared.baseScenarios,
        (k) => prepared.sampled.get(k)!,
        prepared.work,
        runner,
        progress,
        SCREEN.value,
      );
    let values: Awaited<ReturnType<typeof run>>;
    try {
      values = await run({ total: (n) => totals.push(n), done: () => done++ });
      // the progress sink is optional
      expect(await run()).toEqual(values);
    } finally {
      await runner.close();
    }
    const model = await import(QUEUE_MODEL);
    const seeds = Plan.sampleSeeds(prepared.plan);
    const screenSeeds = Plan.screenSeedsOf(prepared.plan);
    expect(screenSeeds).toHaveLength(SETTINGS.samples);
    expect(screenSeeds.filter((s, k) => s === seeds[k])).toEqual([]);
    const R = SETTINGS.replications;
    const M = values.metrics.length;
    const wait = values.metrics.indexOf('waitDays.LT');
    const screen = SCREEN.targets.map((t) => values.metrics.indexOf(`screen.${t.name}`));
    const kept: number[] = [];
    for (const [k, store] of values.samples) {
      const scenarios = prepared.sampled.get(k)!;
      const alone = (s: number, j: number) => model.runReplication(scenarios[s], { seed: seeds[k], replication: j });
      const waitOf = (r: Parameters<typeof Metrics.catalogue>[0]) =>
        Metrics.replicationValue(r, 'waitDays.LT', defined(Metrics.catalogue(r).kind.get('waitDays.LT'), 'the wait'));
      const screened = Array.from({ length: R }, (_, j) => model.runReplication(scenarios[0], { seed: screenSeeds[k], replication: j }));
      const like = screened.reduce((a, r) => a + r.system.guardianUtilisation, 0) / R <= SCREEN.targets[0]!.band[1];
      if (like) kept.push(k);
      for (let j = 0; j < R; j++) {
        // the screen's figures from its own run; the effects from the world's seed, the baseline run again
        for (const [t, m] of screen.entries()) expect(store[(0 * R + j) * M + m]).toBe(SCREEN.targets[t]!.value(screened[j]));
        expect(store[(0 * R + j) * M + wait]).toBe(like ? waitOf(alone(0, j)) : NaN);
        expect(store[(1 * R + j) * M + wait]).toBe(like ? waitOf(alone(1, j)) : NaN);
        // the screen is on the baseline only
        for (const m of screen) expect(store[(1 * R + j) * M + m]).toBeNaN();
      }
    }
    expect(kept.length).toBeGreaterThan(10);
    expect(kept.length).toBeLessThan(SETTINGS.samples - 10);
    // the analysis keeps exactly the worlds whose screen passed
    expect(U.analyse(prepared.plan, values, 'test').worlds?.consistent).toEqual(kept);
    // the progress total starts at every screen and every replication, and loses a world's scenarios as its screen fails
    const all = 2 * SETTINGS.baseReplications + R * SETTINGS.samples + 2 * R * SETTINGS.samples;
    expect(totals[0]).toBe(all);
    expect(totals).toHaveLength(1 + SETTINGS.samples - kept.length);
    expect(totals.at(-1)).toBe(done);
    expect(done).toBe(2 * SETTINGS.baseReplications + R * (SETTINGS.samples + 2 * kept.length));
    // the provenance counts the replications run
    const counted = await U.runPreparedUncertainty(prepared, { workers: 0, quiet: true, argv: [], modelModule: QUEUE_MODEL });
    expect(counted.provenance.replications).toBe(done);
  });

  it('writes the same bytes from merged shards', async () => {
    const { out } = await analysis(2, null, tempDir('unc-like'), true);
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
