// The baseline (the schema's defaults, which scenarios/foodvalley/baseline.yaml writes out) against
// the real figures: each target's mean over replications must lie in its band (docs/calibration.md),
// and no queue in the chain may grow without bound. Same seed as `jbsim calibrate`.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SEED } from '../../src/experiment/experiment.js';
import { CALIBRATION_TARGETS, calibrationValues, regionScale } from '../../src/model/calibration.js';
import { Chain } from '../../src/model/chain.js';
import { pilotSnapshots } from '../../src/model/index.js';
import { DAYS_PER_YEAR } from '../../src/model/units.js';
import { loadScenario, loadScenarioText } from '../../src/node/scenarioFiles.js';
import { meanInterval } from '../../src/statistics/index.js';
import { replications, scenario } from './helpers.js';

const REPLICATIONS = 8;

/**
 * Targets the baseline misses today, with by how much. A known miss is expected to stay a miss,
 * so the entry must go once the defaults are retuned.
 */
const KNOWN_MISSES: Record<string, string> = {};

describe('the baseline against the real figures', () => {
  const baseline = scenario();
  let values: number[][] = [];
  let censored: number[] = [];
  beforeAll(() => {
    const results = replications(baseline, REPLICATIONS, DEFAULT_SEED);
    values = calibrationValues(results, baseline);
    censored = results.map((r) => r.system.censoredShare);
  }, 120_000);

  // The counts per family are complete only if the families are followed until they leave
  // (docs/calibration.md, "How long to follow the families"): with 12 years of follow-up 1.8% of
  // the baseline's counted families were still in the chain, with 20 years 0.1%.
  it('follows its families until nearly all have left: under 1% still in the chain', () => {
    expect(censored).toHaveLength(REPLICATIONS);
    expect(meanInterval(censored).mean).toBeLessThan(0.01);
  });

  it('is the scenario baseline.yaml writes out', () => {
    const file = new URL('../../scenarios/foodvalley/baseline.yaml', import.meta.url);
    const loaded = loadScenarioText(readFileSync(file), 'baseline.yaml').scenario;
    // the file's name, title and description are words for the reader; everything else must match
    const { name: _n, title: _t, description: _d, ...fromFile } = loaded;
    const { name: _bn, title: _bt, description: _bd, ...defaults } = baseline;
    expect(fromFile).toEqual(defaults);
    expect(regionScale(baseline)).toBeCloseTo(1, 6);
  });

  CALIBRATION_TARGETS.forEach((target, t) => {
    const known = KNOWN_MISSES[target.name];
    const check = () => {
      const m = meanInterval(values[t] ?? []); // none: NaN, and the first check fails
      const [lo, hi] = target.band(baseline);
      expect(Number.isFinite(m.mean), `${target.name}: no value`).toBe(true);
      expect(m.mean, `${target.name} = ${m.mean} (95% ${m.low} … ${m.high}), band ${lo}–${hi}`).toBeGreaterThanOrEqual(lo);
      expect(m.mean, `${target.name} = ${m.mean} (95% ${m.low} … ${m.high}), band ${lo}–${hi}`).toBeLessThanOrEqual(hi);
    };
    if (known) it.fails(`${target.name}: inside ${target.band(baseline).join('–')} (known miss: ${known})`, check);
    else it(`${target.name}: inside ${target.band(baseline).join('–')}`, check);
  });
});

describe("the baseline's queues are stable", () => {
  // A queue that grows through the observed window absorbs families instead of passing them on:
  // what is downstream then sees a throttled inflow. Tolerance: growth of at most 10% of the
  // families that passed that link in the window.
  const s = scenario();
  const start = s.simulation.warmupYears * DAYS_PER_YEAR;
  const end = start + s.simulation.years * DAYS_PER_YEAR;
  let lengths: Record<string, [number, number]> = {};
  let throughput: Record<string, number> = {};
  beforeAll(() => {
    // the baseline starts settled: from the first snapshot of its pilot run
    const chain = new Chain(s, DEFAULT_SEED, 0, null, pilotSnapshots(s, DEFAULT_SEED, 1)[0]!);
    const snapshot = () => ({
      'Veilig Thuis': chain.areas.reduce((a, x) => a + x.veiligThuis.resource.waiting, 0),
      RvdK: chain.areas.reduce((a, x) => a + x.rvdk.resource.waiting, 0),
      JBT: chain.areas.reduce((a, x) => a + x.jbt.waiting, 0),
      court: chain.areas.reduce((a, x) => a + x.court.waiting, 0),
      'local teams': chain.localTeams.reduce((a, t) => a + t.waiting.length, 0),
      GIs: chain.institutions.reduce((a, t) => a + t.waiting.length, 0),
    });
    chain.sim.run(start);
    const before = snapshot();
    const arrived = chain.familiesStarted;
    chain.sim.run(end);
    const after = snapshot();
    lengths = Object.fromEntries(Object.entries(before).map(([k, v]) => [k, [v, after[k as keyof typeof after]]]));
    const families = chain.familiesStarted - arrived;
    // every link sees at most every family once per trajectory; Veilig Thuis a share of them
    throughput = Object.fromEntries(
      Object.keys(before).map((k) => [k, k === 'Veilig Thuis' ? families * s.entry.viaVeiligThuisShare : families]),
    );
  }, 60_000);

  it.each(['Veilig Thuis', 'RvdK', 'JBT', 'court', 'local teams', 'GIs'])('%s', (link) => {
    const [before, after] = lengths[link] ?? [NaN, NaN];
    expect(after - before, `${link}: ${before} waiting at the window's start, ${after} at its end`).toBeLessThan(
      0.1 * (throughput[link] ?? NaN),
    );
  });
});

describe('the reform that keeps families longest is followed to the end too', () => {
  // Self-delivered help keeps families under a measure ~1½ years longer; with 12 years of
  // follow-up 6.7% of them were still in the chain and its extra cold handovers per family came
  // out a third short; with 20 years 1.4% (docs/calibration.md).
  it('self-delivered help: under 3% still in the chain', () => {
    const file = fileURLToPath(new URL('../../scenarios/foodvalley/self-delivered-help.yaml', import.meta.url));
    const reform = loadScenario(file).scenario;
    const censored = replications(reform, 4, DEFAULT_SEED).map((r) => r.system.censoredShare);
    expect(meanInterval(censored).mean).toBeGreaterThan(0);
    expect(meanInterval(censored).mean).toBeLessThan(0.03);
  }, 120_000);
});
