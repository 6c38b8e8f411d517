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

/** Mean children per family (the region's distribution; NaN for a kind without a known mean). */
function meanChildrenPerFamily(s: Scenario): number {
  const d = s.region.childrenPerFamily;
  if (d.kind === 'empirical') {
    const w = d.weights ?? d.values.map(() => 1);
    return d.values.reduce((a, v, i) => a + v * w[i]!, 0) / w.reduce((a, x) => a + x, 0);
  }
  if (d.kind === 'deterministic') return d.value;
  return 'mean' in d && typeof d.mean === 'number' ? d.mean : NaN;
}

const byName = (name: string): CalibrationTarget => {
  const t = CALIBRATION_TARGETS.find((x) => x.name === name);
  if (t === undefined) throw new Error(`no calibration target ${name}`);
  return t;
};

/**
 * The whole country in 2023 (`region.calibrationTargets: national-2023`): counts with their own
 * source and year instead of FoodValley's scaled, the RvdK's investigations per year, and the
 * children without a fixed guardian as a count. The reasoning behind each band is in
 * docs/calibration.md ("The Netherlands").
 */
export const NATIONAL_2023_TARGETS: readonly CalibrationTarget[] = [
  {
    ...byName('childrenUnderMeasure'),
    source: '27,960 running measures on 30 June 2023 (CBS, H1 2023 report; D)',
    band: fixed(24_000, 32_000),
  },
  {
    ...byName('childrenIntoMeasurePerYear'),
    source: '4,470 new measures in H1 2023, 9,065 in 2022 (CBS; D); the model counts children, CBS measures',
    band: fixed(7_000, 11_000),
  },
  {
    name: 'rvdkInvestigationsPerYear',
    label: 'RvdK protection investigations started per year (children)',
    unit: 'children/year',
    source: '13,380 protection investigations in 2023 (NJi from RvdK annual reports; D)',
    band: fixed(11_000, 16_000),
    // the model counts investigations of families; the Raad counts them per child
    value: (r, s) => (r.system.rvdkInvestigationsStarted / s.simulation.years) * meanChildrenPerFamily(s),
  },
  { ...byName('rvdkWaitDays'), source: 'mean 21–35 d in 2018–19 (Inspecties 2019; D); no 2023 figure found' },
  byName('rvdkInvestigationDays'),
  { ...byName('otsDurationMonths'), source: '~30 months (2024), ~26 (2020) (CBS via press; S)' },
  {
    name: 'childrenWithoutGuardian',
    label: 'children under a measure without a guardian (time average)',
    unit: 'children',
    source: '~1,500 children without a fixed guardian in January 2024 (IGJ April 2024; S)',
    band: fixed(1_000, 2_200),
    value: (r) => r.system.childrenWithoutGuardian,
  },
  byName('guardianTurnoverPerYear'),
  { ...byName('visitIntervalDays'), source: 'once every 4 to 8 weeks (the 2019 study, on GI guardians; D, qualitative)' },
  byName('guardianCaseloadChildren'),
];

/** The targets a scenario is checked against (`region.calibrationTargets`). */
export function calibrationTargets(s: Scenario): readonly CalibrationTarget[] {
  return s.region.calibrationTargets === 'national-2023' ? NATIONAL_2023_TARGETS : CALIBRATION_TARGETS;
}

/** Each target's value in each replication: values[t][k] for target t, replication k. */
export function calibrationValues(results: readonly ReplicationResult[], s: Scenario): number[][] {
  return calibrationTargets(s).map((t) => results.map((r) => t.value(r, s)));
}
