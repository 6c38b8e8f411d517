// Warm-up studies built by hand for `warmupFile` (src/experiment/warmup.ts): replications whose
// headline series are flat at 10 with seeded noise, one series shaped as a test needs, so the size
// of a start-up difference is known.

import seedrandom from 'seedrandom';
import { WARMUP_SERIES, warmupFile, type WarmupFile } from '../../src/experiment/warmup.js';
import type { LoadedScenario } from '../../src/experiment/summarise.js';
import type { ReplicationResult } from '../../src/model/index.js';
import { DAYS_PER_MONTH } from '../../src/model/units.js';

export const MONTHS = 120;

/** Monthly values: `level`, raised by `step` in the first `stepMonths`, plus noise of sd `sd`. */
export function stepSeries(seed: string, level: number, step: number, stepMonths: number, sd: number): number[] {
  const rng = seedrandom(seed);
  return Array.from({ length: MONTHS }, (_, t) => {
    const noise = Math.sqrt(-2 * Math.log(1 - rng())) * Math.cos(2 * Math.PI * rng());
    return level + (t < stepMonths ? step : 0) + sd * noise;
  });
}

/** 20 replications flat at 10, but for `key`, given month by month (`rng` is the replication's own stream). */
export function replicationsWith(
  start: string,
  key: string,
  value: (t: number, rng: () => number) => number,
  count = 20,
): ReplicationResult[] {
  return Array.from({ length: count }, (_, r) => {
    const s: Record<string, number[]> = { day: Array.from({ length: MONTHS }, (_, t) => (t + 1) * DAYS_PER_MONTH) };
    for (const name of WARMUP_SERIES) s[name] = stepSeries(`${start} ${name} ${r}`, 10, 0, 0, 0.02);
    const rng = seedrandom(`${start} ${key} ${r}`);
    s[key] = Array.from({ length: MONTHS }, (_, t) => value(t, rng));
    return { series: s } as unknown as ReplicationResult;
  });
}

/**
 * 5 replications whose GI wait starts off by a different amount each (from −2.4 to +5.6 days on a
 * level of 30) for 40 months: a start-up bias of about 1.6 days on average, on which they disagree.
 */
export function disagreeingGiWait(): ReplicationResult[] {
  let offset = 0;
  return replicationsWith(
    'noisy',
    'waitDays.GI',
    (t, rng) => {
      if (t === 0) offset = 8 * (rng() - 0.3); // a replication's months come in order, from 0
      return 30 + (t < 40 ? offset : 0) + 2 * (rng() - 0.5);
    },
    5,
  );
}

/** Replications flat at 10 except `waitDays.JBT`, which starts `step` higher for 40 months. */
export function jbtStep(start: string, step: number): ReplicationResult[] {
  return Array.from({ length: 20 }, (_, r) => {
    const s: Record<string, number[]> = { day: Array.from({ length: MONTHS }, (_, t) => (t + 1) * DAYS_PER_MONTH) };
    for (const name of WARMUP_SERIES) s[name] = stepSeries(`${start} ${name} ${r}`, 10, 0, 0, 0.02);
    s['waitDays.JBT'] = stepSeries(`${start} JBT ${r}`, 10, step, 40, 0.02);
    return { series: s } as unknown as ReplicationResult;
  });
}

export const studyScenario = {
  file: 'x.yaml',
  hash: 'h',
  scenario: { name: 'x', simulation: { warmupYears: 1 } },
} as unknown as LoadedScenario;

/** A study from flat replications (empty start) and `settled` ones, ten years each. */
export function study(settled: ReplicationResult[], materialShare?: number, empty: ReplicationResult[] = jbtStep('empty', 0)): WarmupFile {
  return warmupFile(studyScenario, empty, settled, {
    seed: 1,
    emptyYears: 10,
    settledYears: 10,
    materialShare,
    version: 'test',
    provenance: {},
  });
}
