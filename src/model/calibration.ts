// The figures a baseline run is checked against (../shared/calibration.md): for each, how one
// replication gives the model's value, the band a credible baseline lands in, and the source.
// The reasoning behind every band is in docs/calibration.md. Volume bands scale with the region.

import type { Scenario } from '../scenario/schema.js';
import { valueCountsMean } from '../statistics/valueCounts.js';
import type { ReplicationResult } from './results.js';

export interface CalibrationTarget {
  /** Short key, stable across versions (used in --json output and tests). */
  name: string;
  /** What is compared, in words, with its unit. */
  label: string;
  unit: string;
  /** Short citation of the figure behind the band. */
  source: string;
  /** The band for this scenario's region: [low, high]. */
  band(s: Scenario): [number, number];
  /** The model's value in one replication; NaN when the replication has no observation of it. */
  value(r: ReplicationResult, s: Scenario): number;
}

/** Children under a measure the study's Table 1 rates give for the FoodValley municipalities (‰ × youth). */
const FOODVALLEY_EXPECTED_STOCK = 447.65;

/**
 * How much larger the scenario's region is than FoodValley, in expected children under a measure
 * (youth × measures per 1000 youth, summed over municipalities): 1 for FoodValley, ~58 for the
 * Netherlands. Bands of volumes (stock, inflow) are multiplied by it; rates and durations are not.
 */
export function regionScale(s: Scenario): number {
  const stock = s.region.municipalities.reduce((a, m) => a + (m.youthPopulation * m.measuresPerThousandYouth) / 1000, 0);
  return stock / FOODVALLEY_EXPECTED_STOCK;
}

/** Bands are printed as written for FoodValley; scaled ones are rounded to 2 significant digits. */
const scaled =
  (lo: number, hi: number) =>
  (s: Scenario): [number, number] => {
    const k = regionScale(s);
    if (Math.abs(k - 1) < 1e-6) return [lo, hi];
    const round = (x: number) => Number(x.toPrecision(2));
    return [round(lo * k), round(hi * k)];
  };
const fixed = (lo: number, hi: number) => (): [number, number] => [lo, hi];

export const CALIBRATION_TARGETS: readonly CalibrationTarget[] = [
  {
    name: 'childrenUnderMeasure',
    label: 'children under a measure (time average)',
    unit: 'children',
    source: 'derived baseline ~450: Table 1 rates (‰) × population (calibration.md; E)',
    band: scaled(350, 550),
    value: (r) => r.system.childrenUnderMeasure,
  },
  {
    name: 'childrenIntoMeasurePerYear',
    label: 'children into a measure per year',
    unit: 'children/year',
    source: '~130/yr: national inflow ÷ stock ≈ 0.28/yr × ~450 (CBS 2022; I)',
    band: scaled(100, 170),
    value: (r, s) => r.system.childrenIntoMeasure / s.simulation.years,
  },
  {
    name: 'rvdkWaitDays',
    label: 'wait before an RvdK investigation starts (mean)',
    unit: 'days',
    source: 'norm 10 d; actual mean 21–35 d, 2018–19 (Inspecties 2019; D)',
    band: fixed(5, 40),
    value: (r) => r.system.rvdkWaitDays,
  },
  {
    name: 'rvdkInvestigationDays',
    label: 'RvdK investigation duration (mean)',
    unit: 'days',
    source: '89 d when a measure is requested (Steketee et al. 2007; D)',
    band: fixed(75, 105),
    value: (r) => r.system.rvdkInvestigationDays,
  },
  {
    name: 'otsDurationMonths',
    label: 'OTS duration (mean, ended in the window)',
    unit: 'months',
    source: '~35 (2015), ~26 (2020), ~30 (2024) months (CBS via press; S)',
    band: fixed(22, 36),
    value: (r) => r.system.otsDurationMonths,
  },
  {
    name: 'shareWithoutGuardian',
    label: 'children without a guardian, share of children under a measure',
    unit: 'share',
    source: '~1,500 of ~30,000, ~5% (IGJ April 2024; S)',
    band: fixed(0.01, 0.1),
    value: (r) => (r.system.childrenUnderMeasure > 0 ? r.system.childrenWithoutGuardian / r.system.childrenUnderMeasure : NaN),
  },
  {
    name: 'guardianTurnoverPerYear',
    label: 'guardians leaving per guardian-year',
    unit: 'per year',
    source: 'almost one fifth left in 2019 (Follow the Money/Pointer; S)',
    band: fixed(0.12, 0.3),
    value: (r) => r.system.guardianTurnoverPerYear,
  },
  {
    name: 'visitIntervalDays',
    label: 'days between guardian visits (mean over families)',
    unit: 'days',
    source: 'once every 4 to 8 weeks (the study; D, qualitative)',
    band: fixed(28, 56),
    value: (r) => valueCountsMean(r.families.visitIntervalDays),
  },
  {
    name: 'guardianCaseloadChildren',
    label: 'children per guardian in post (time average)',
    unit: 'children',
    source: '15–22 children per FTE in practice (FNV 2022; Jeugdzorg Nederland; S)',
    band: fixed(15, 22),
    value: (r) => r.system.guardianCaseloadChildren,
  },
];

/** Each target's value in each replication: values[t][k] for target t, replication k. */
export function calibrationValues(results: readonly ReplicationResult[], s: Scenario): number[][] {
  return CALIBRATION_TARGETS.map((t) => results.map((r) => t.value(r, s)));
}
