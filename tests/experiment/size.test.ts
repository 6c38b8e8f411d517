// The estimate of a run's size before it starts: the inflow it assumes is the model's, its
// families alive and events are within a factor 1.5 of a real run, and a run that would not fit
// in memory is refused with the estimate (exit 2, before any simulation, nothing written).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkRunSize, estimateSize, newFamiliesPerYear } from '../../src/node/size.js';
import { Chain } from '../../src/model/chain.js';
import { runReplication } from '../../src/model/index.js';
import { loadScenario } from '../../src/node/scenarioFiles.js';
import { scenarioSchema, type Scenario } from '../../src/scenario/schema.js';
import { UserError } from '../../src/userError.js';
import { BIN, ensureBuilt, ROOT, tempDir } from './helpers.js';

const foodvalley = (over: Record<string, unknown> = {}): Scenario => scenarioSchema.parse({ name: 'fv', ...over });
const national = () => loadScenario(join(ROOT, 'scenarios/netherlands/baseline.yaml')).scenario;
const GB = 1e9;

describe('the estimate', () => {
  // Poisson arrivals: over 4 replications × 5 years the count is within 5 standard deviations
  it.each([
    ['today', {}],
    ['with prevention (more signals)', { reforms: { prevention: { enabled: true, extraSignalsShare: 0.5 } } }],
    ['one organisation (fewer signals)', { reforms: { oneOrganisation: { enabled: true, voluntarySignalFactor: 0.6 } } }],
  ])(
    'takes the inflow the model draws: %s',
    (_, over) => {
      const s = foodvalley({ ...over, simulation: { start: 'empty', warmupYears: 1, years: 5, followUpYears: 0 } });
      let arrived = 0;
      for (let r = 0; r < 4; r++) arrived += runReplication(s, { seed: 77, replication: r }).system.familiesArrived;
      const expected = newFamiliesPerYear(s) * 5 * 4;
      expect(Math.abs(arrived - expected)).toBeLessThan(5 * Math.sqrt(expected));
    },
    60_000,
  );

  it('families alive and events are within a factor 1.5 of a settled run', () => {
    const s = foodvalley({ simulation: { start: 'empty', warmupYears: 20, years: 1, followUpYears: 0 } });
    const chain = new Chain(s, 77, 0);
    chain.sim.run(20 * 365.25);
    const alive = chain.families.size;
    chain.run();
    const size = estimateSize(s);
    expect(size.familiesAlive / alive).toBeGreaterThan(1 / 1.5);
    expect(size.familiesAlive / alive).toBeLessThan(1.5);
    expect(size.eventsPerReplication / chain.sim.eventsFired).toBeGreaterThan(1 / 1.5);
    expect(size.eventsPerReplication / chain.sim.eventsFired).toBeLessThan(1.5);
  }, 60_000);

  it('grows with the region and the horizon, and with a kept event log', () => {
    const small = estimateSize(foodvalley());
    const nl = estimateSize(national());
    expect(nl.familiesAlive / small.familiesAlive).toBeGreaterThan(40);
    const longer = estimateSize(foodvalley({ simulation: { years: 60 } }));
    expect(longer.eventsPerReplication).toBeGreaterThan(small.eventsPerReplication * 3);
    expect(longer.familiesAlive).toBe(small.familiesAlive);
    expect(estimateSize(foodvalley(), { traced: true }).bytesPerReplication).toBeGreaterThan(small.bytesPerReplication);
  });
});

describe('checkRunSize', () => {
  const limits = { perReplication: 4 * GB, machine: 8 * GB };

  it('lets the national run through on a machine with a 4 GB heap', () => {
    expect(() => checkRunSize([{ scenario: national(), file: 'netherlands/baseline.yaml' }], { workers: 2, limits })).not.toThrow();
  });

  it('refuses a run that would not fit, with the estimate and the file', () => {
    const huge = { scenario: national(), file: 'huge.yaml' };
    huge.scenario.region.municipalities = huge.scenario.region.municipalities.map((m) => ({ ...m, youthPopulation: 3_000_000 }));
    let err: unknown;
    try {
      checkRunSize([huge], { workers: 1, limits });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(UserError);
    const [d] = (err as UserError).diagnostics;
    expect(d?.file).toBe('huge.yaml');
    expect(d?.message).toMatch(
      /^this run would not fit in memory: about [\d,]+ families alive at once and [\d,]+ events per replication, ~[\d.]+ GB of memory, where one replication can use 4\.0 GB$/,
    );
    expect(d?.hint).toMatch(/48,000,000 young people/);
  });

  it('says how many workers fit when replications side by side would not', () => {
    const tight = { perReplication: 4 * GB, machine: 1.2 * GB };
    expect(() => checkRunSize([{ scenario: national(), file: 'nl.yaml' }], { workers: 2, limits: tight })).toThrow(
      /2 replications at once would not fit[\s\S]*use --workers 1/,
    );
    expect(() => checkRunSize([{ scenario: national(), file: 'nl.yaml' }], { workers: 1, limits: tight })).not.toThrow();
  });
});

describe('through the command line', () => {
  beforeAll(ensureBuilt, 180_000);

  /** Writes a scenario extending the baseline with `municipalities` as its whole list. */
  function scenarioFile(dir: string, name: string, municipalities: string[]): string {
    const file = join(dir, `${name}.yaml`);
    const list = municipalities.map((m) => `    - ${m}`).join('\n');
    writeFileSync(
      file,
      `extends: ${join(ROOT, 'scenarios/foodvalley/baseline.yaml')}\nname: ${name}\nregion:\n  municipalities:\n${list}\n`,
    );
    return file;
  }

  it.each([
    [
      'the 50-million municipality',
      ['{ name: Ede, youthPopulation: 50000000, measuresPerThousandYouth: 8.7 }'],
      /youthPopulation: expected a whole number between 0 and 3500000, got 50000000/,
    ],
    [
      'twenty countries',
      Array.from({ length: 20 }, (_, i) => `{ name: Land ${i}, youthPopulation: 3400000, measuresPerThousandYouth: 7.7 }`),
      /this run would not fit in memory: about [\d,]+ families alive at once and [\d,]+ events per replication/,
    ],
  ])(
    '%s: exit 2 within seconds, nothing written',
    (name, municipalities, message) => {
      const dir = tempDir('size');
      mkdirSync(dir, { recursive: true });
      const file = scenarioFile(dir, name.replace(/\W+/g, '-'), municipalities);
      const out = join(dir, 'out');
      const started = performance.now();
      const r = spawnSync(process.execPath, [BIN, 'run', file, '-r', '1', '--out', out, '--quiet'], {
        cwd: ROOT,
        encoding: 'utf8',
        timeout: 60_000,
      });
      expect(r.status, r.stderr).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(performance.now() - started).toBeLessThan(10_000);
      expect(existsSync(out)).toBe(false);
    },
    60_000,
  );
});
