// Plausible summaries and a comparison for testing the rendering, built from a few numbers per
// scenario (a rendering fixture, not model output). Distributions are negative binomials, so
// they have the long tail the guardian-change chart has to show.

import type { Comparison, CostEffectiveness, Histogram, MetricDifference, MetricSummary, ScenarioSummary, SeriesSummary } from '../../src/experiment/types.js';
import type { ProfessionalSpell, TraceEvent } from '../../src/model/results.js';
import type { LocalText } from '../../src/scenario/localText.js';
import { defined } from '../helpers/defined.js';

export interface FixtureScenario {
  name: string;
  title?: LocalText;
  description?: LocalText;
  /** Multipliers on the baseline means, by metric key (`waitDays.GI` for a wait). */
  effect?: Record<string, number>;
  /** Amounts added to the baseline means (for metrics that are 0 in the baseline). */
  shift?: Record<string, number>;
  /** Marks the scenario as not settled, with a link busy all the time. */
  unsettled?: boolean;
}

const BASE: Record<string, number> = {
  handoversPerFamily: 3.4,
  coldHandoversPerFamily: 2.6,
  warmHandoversPerFamily: 0.8,
  guardianChangesPerFamily: 1.9,
  professionalsPerFamily: 11.5,
  maxProfessionalsAtOnce: 5.2,
  timeFromRulingToGuardianDays: 60,
  childrenWithoutGuardian: 18,
  childrenUnderMeasure: 450,
  visitIntervalDays: 41,
  'waitDays.LT': 12,
  'waitDays.JBT': 16,
  'waitDays.RvdK': 31,
  'waitDays.court': 24,
  'waitDays.GI': 38,
  'handoversByCause.structural.cold': 1.5,
  'handoversByCause.structural.warm': 0.1,
  'handoversByCause.turnover.cold': 0.6,
  'handoversByCause.turnover.warm': 0.1,
  'handoversByCause.absence.cold': 0.2,
  'handoversByCause.absence.warm': 0.3,
  'handoversByCause.afschaling.cold': 0.3,
  'handoversByCause.afschaling.warm': 0.3,
  'fte.guardian': 27,
  'fte.guardianInInduction': 1.2,
  'fte.localTeam': 30,
  'fte.rvdkInvestigator': 10.3,
  'fte.veiligThuis': 5,
  'fte.replacement': 0.7,
  'fte.adminSupport': 0,
  'reformHoursPerWeek.duoCoordination': 0,
  'reformHoursPerWeek.guardianAtLocalTeam': 0,
  'reformHoursPerWeek.selfDeliveredHelp': 0,
  'reformHoursPerWeek.longInvolvement': 0,
  guardianVacancies: 1.4,
  localTeamVacancies: 0,
  providersActive: 1775,
  costPerYearEuro: 24_400_000,
  censoredShare: 0.19,
  familiesArrived: 2900,
  reentries: 500,
  escalationsToJBT: 660,
  rvdkInvestigationsStarted: 560,
  measuresStarted: 440,
  rvdkInvestigationDays: 89,
  measureDurationDays: 1200,
  'utilisation.GI Jeugdbescherming Gelderland': 0.93,
};

/** Metrics that are counts per family (their distributions are charted). */
const PER_FAMILY = (key: string) => /PerFamily$|^waitDays\.|^handoversByCause\./.test(key);

/** Sets `metrics.a.b.c` from the dotted key `a.b.c`. */
function setDotted(target: Record<string, unknown>, key: string, value: unknown): void {
  const path = key.split('.');
  let node = target;
  for (const k of path.slice(0, -1)) {
    node[k] ??= {};
    node = node[k] as Record<string, unknown>;
  }
  node[path[path.length - 1]!] = value; // split gives at least one part
}

function readDotted(source: unknown, key: string): number {
  let node = source;
  for (const k of key.split('.')) node = (node as Record<string, unknown>)[k];
  return (node as MetricSummary).mean;
}

const INTEGER_METRICS = ['handoversPerFamily', 'coldHandoversPerFamily', 'warmHandoversPerFamily', 'guardianChangesPerFamily', 'professionalsPerFamily', 'maxProfessionalsAtOnce'];

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Negative binomial with mean m and dispersion r, as shares for 0..max. */
function negBinomial(mean: number, r: number, familiesPerReplication: number): Histogram {
  const p = r / (r + mean);
  const bins: number[] = [];
  const share: number[] = [];
  let pmf = p ** r;
  let total = 0;
  for (let k = 0; k < 200; k++) {
    if (k > mean && pmf * familiesPerReplication < 0.02) break;
    bins.push(k);
    share.push(pmf);
    total += pmf;
    pmf = (pmf * (k + r) * (1 - p)) / (k + 1);
  }
  const normalised = share.map((s) => s / total);
  return { bins, share: normalised, familiesPerReplication: normalised.map((s) => s * familiesPerReplication) };
}

function quantile(h: Histogram, q: number): number {
  let acc = 0;
  // a histogram has a share for each bin, and at least one bin
  for (const [i, bin] of h.bins.entries()) {
    acc += h.share[i]!;
    if (acc >= q) return bin;
  }
  return h.bins[h.bins.length - 1]!;
}

function summaryOf(mean: number, halfWidth: number, spread: number, replications: number): MetricSummary {
  return { mean, ci95: [mean - halfWidth, mean + halfWidth], p50: mean * 0.85, p90: mean * (1 + spread), p95: mean * (1 + 1.4 * spread), max: mean * (1 + 4 * spread), n: replications };
}

function series(level: number, months: number, rand: () => number): SeriesSummary {
  const day: number[] = [];
  const mean: number[] = [];
  const low: number[] = [];
  const high: number[] = [];
  for (let m = 0; m <= months; m++) {
    const v = level * (1 + 0.15 * Math.sin(m / 6) + 0.05 * (rand() - 0.5));
    const hw = level * 0.12;
    day.push(m * 30.4375);
    mean.push(v);
    low.push(Math.max(0, v - hw));
    high.push(v + hw);
  }
  return { day, mean, ci95Low: low, ci95High: high };
}

export function makeFixture(scenarios: FixtureScenario[], options: { replications?: number; seed?: number } = {}): { summaries: ScenarioSummary[]; comparison: Comparison } {
  const replications = options.replications ?? 20;
  const seed = options.seed ?? 20190601;
  const summaries: ScenarioSummary[] = scenarios.map((s, index) => {
    const rand = mulberry32(index + 1);
    const value = (key: string) => defined(BASE[key], `the base value of ${key}`) * (s.effect?.[key] ?? 1) + (s.shift?.[key] ?? 0);
    const metrics: Record<string, unknown> = {};
    const distributions: Record<string, Histogram> = {};
    for (const key of Object.keys(BASE)) {
      const mean = s.unsettled && key.startsWith('utilisation.') ? 1.01 : value(key);
      if (INTEGER_METRICS.includes(key)) {
        const h = negBinomial(mean, key === 'guardianChangesPerFamily' ? 1.1 : 3, 130);
        distributions[key] = h;
        setDotted(metrics, key, { ...summaryOf(mean, mean * 0.04, 0.9, replications), p50: quantile(h, 0.5), p90: quantile(h, 0.9), p95: quantile(h, 0.95), max: h.bins[h.bins.length - 1] });
      } else {
        setDotted(metrics, key, summaryOf(mean, mean * (key.startsWith('waitDays.') ? 0.08 : 0.05), PER_FAMILY(key) ? 1.2 : 0.8, replications));
      }
    }
    return {
      scenario: { name: s.name, ...(s.title ? { title: s.title } : {}), file: `scenarios/foodvalley/${index}.yaml`, hash: `sha256:${(index + 1).toString(16).padStart(12, '0')}`, description: s.description ?? '' },
      seed,
      replications,
      horizonDays: 5 * 365,
      warmupDays: 6 * 365,
      version: '0.1.0',
      metrics: metrics as ScenarioSummary['metrics'],
      settled: s.unsettled ? { settled: false, reasons: ['GI Jeugdbescherming Gelderland is busy 101% of the time: there is always a queue, and the observed years cannot rule out that it grows in the long run'], checks: [] } : { settled: true, reasons: [], checks: [] },
      distributions,
      series: {
        childrenUnderMeasure: series(value('childrenUnderMeasure'), 60, rand),
        childrenWithoutGuardian: series(value('childrenWithoutGuardian'), 60, rand),
        meanCaseloadChildren: series(17 * (s.effect?.caseload ?? 1), 60, rand),
      },
      provenance: { host: 'test', startedAt: '2025-01-01T00:00:00Z', wallSeconds: 12.5 },
    };
  });
  const base = defined(summaries[0], 'a first scenario (the baseline)');
  const comparison: Comparison = { baseline: base.scenario.name, seed, replications, scenarios: {}, costEffectiveness: {} };
  for (const s of summaries.slice(1)) {
    const diffs: Record<string, MetricDifference> = {};
    for (const key of Object.keys(BASE)) {
      const b = readDotted(base.metrics, key);
      const v = readDotted(s.metrics, key);
      const difference = v - b;
      // paired differences are much tighter than either mean's interval
      // (and none at all where both arms are 0 in every replication, as a duty neither has)
      const hw = b === 0 && v === 0 ? 0 : Math.abs(b) * 0.03 + 0.02;
      const ci95: [number, number] = [difference - hw, difference + hw];
      diffs[key] = { baseline: b, scenario: v, difference, ci95, relativeChange: b === 0 ? null : difference / b, significant: ci95[0] > 0 || ci95[1] < 0 };
    }
    comparison.scenarios[s.scenario.name] = diffs;
    comparison.costEffectiveness[s.scenario.name] = costEffectivenessOf(diffs);
  }
  return { summaries, comparison };
}

/** What the fixture's differences cost, priced as comparison.json prices them (improvements a year, euro per unit when clear). */
function costEffectivenessOf(diffs: Record<string, MetricDifference>): CostEffectiveness {
  const cost = defined(diffs.costPerYearEuro, 'the difference in costPerYearEuro');
  const perYear = (metric: string, scale: number) => {
    const d = defined(diffs[metric], `the difference in ${metric}`);
    return { mean: -d.difference * scale, ci95: [-d.ci95[1] * scale, -d.ci95[0] * scale] as [number, number] };
  };
  const priced: Array<[string, string, number]> = [
    ['coldHandoversPerFamily', 'cold handover avoided', 90],
    ['timeFromRulingToGuardianDays', "day sooner to a family's first visit by a guardian after the ruling", 90],
    ['childrenWithoutGuardian', 'child-year without a guardian avoided', 1],
    ['professionalsPerFamily', 'professional fewer for a family', 90],
  ];
  return {
    costPerYearEuro: { mean: cost.difference, ci95: cost.ci95 },
    improvements: priced.map(([metric, unit, scale]) => {
      const py = perYear(metric, scale);
      const clear = py.ci95[0] > 0;
      return { metric, unit, perYear: py, euroPerUnit: clear ? { estimate: cost.difference / py.mean, ci95: [cost.ci95[0] / py.mean, cost.ci95[1] / py.mean] as [number, number] } : null };
    }),
  };
}

export const STANDARD_SCENARIOS: FixtureScenario[] = [
  { name: 'Basis (FoodValley 2019)', description: 'De keten zoals de studie haar beschrijft.' },
  {
    name: 'Gezinsvoogden in duo’s',
    description: 'Twee gezinsvoogden delen hun gezinnen; bij vertrek of ziekte neemt de partner over.',
    effect: { coldHandoversPerFamily: 0.55, warmHandoversPerFamily: 2.1, handoversPerFamily: 0.9, guardianChangesPerFamily: 1.0, professionalsPerFamily: 0.93, 'waitDays.GI': 1.12, timeFromRulingToGuardianDays: 1.04, costPerYearEuro: 1.06, 'handoversByCause.turnover.cold': 0.3, 'handoversByCause.turnover.warm': 4 },
    shift: { 'reformHoursPerWeek.duoCoordination': 31 },
  },
  {
    name: 'GI in het lokaal team',
    description: 'Gezinsvoogden werken eens per twee weken op de locatie van het lokaal team.',
    effect: { handoversPerFamily: 0.92, coldHandoversPerFamily: 0.85, 'waitDays.JBT': 0.8, 'waitDays.LT': 0.9, timeFromRulingToGuardianDays: 0.97, escalationsToJBT: 0.8 },
  },
  {
    name: 'Minder administratie',
    description: 'Het aandeel administratie daalt van 38% naar 25%.',
    effect: { guardianChangesPerFamily: 0.8, coldHandoversPerFamily: 0.85, handoversPerFamily: 0.88, visitIntervalDays: 0.7, 'waitDays.GI': 0.6, timeFromRulingToGuardianDays: 0.85, childrenWithoutGuardian: 0.6, caseload: 0.95, providersActive: 0.9, costPerYearEuro: 0.95 },
    shift: { 'fte.adminSupport': 1.8 },
  },
  {
    name: 'Lagere caseload (15)',
    description: 'De norm gaat van 17 naar 15 kinderen per gezinsvoogd, zonder extra formatie.',
    effect: { guardianChangesPerFamily: 0.85, 'waitDays.GI': 1.6, timeFromRulingToGuardianDays: 1.2, childrenWithoutGuardian: 1.7, caseload: 0.88, guardianVacancies: 1.4 },
    unsettled: true,
  },
];

export const HOSTILE_NAME = '<script>alert(1)</script>';

/** A family with many guardians, for the journey chart and the event log. */
export function makeJourney(caseId = 27): { spells: ProfessionalSpell[]; events: TraceEvent[] } {
  const spells: ProfessionalSpell[] = [
    { caseId, professional: 'LT#3 (LT Ede)', role: 'LT', startDays: 0, endDays: 240 },
    { caseId, professional: 'VT#8 (Veilig Thuis)', role: 'VT', startDays: 5, endDays: 30 },
    { caseId, professional: 'provider#11 (opvoedondersteuning)', role: 'provider', startDays: 40, endDays: 200 },
    { caseId, professional: 'provider#12 (GGZ)', role: 'provider', startDays: 60, endDays: 900 },
    { caseId, professional: 'JBT#1 (JBT FoodValley)', role: 'JBT', startDays: 250, endDays: 250 },
    { caseId, professional: 'RvdK#4 (RvdK)', role: 'RvdK', startDays: 280, endDays: 370 },
    { caseId, professional: 'judge#2 (rechtbank)', role: 'judge', startDays: 400, endDays: 400 },
  ];
  const events: TraceEvent[] = [
    { caseId, activity: 'signal', timeDays: 0, resource: 'school', link: 'signal' },
    { caseId, activity: 'report to Veilig Thuis', timeDays: 5, resource: 'VT#8 (Veilig Thuis)', link: 'VT' },
    { caseId, activity: 'local team starts', timeDays: 30.5, resource: 'LT#3 (LT Ede)', link: 'LT' },
    { caseId, activity: 'JBT meeting', timeDays: 250, resource: 'JBT#1 (JBT FoodValley)', link: 'JBT' },
    { caseId, activity: 'investigation starts', timeDays: 280, resource: 'RvdK#4 (RvdK)', link: 'RvdK' },
    { caseId, activity: 'hearing: OTS', timeDays: 400, resource: 'judge#2 (rechtbank)', link: 'court' },
  ];
  let t = 470;
  for (let g = 0; g < 14; g++) {
    const end = t + 60 + ((g * 37) % 140);
    const role = g % 4 === 3 ? 'replacement' : 'guardian';
    const name = `${role}#${100 + g} (Jeugdbescherming Gelderland)`;
    spells.push({ caseId, professional: name, role, startDays: t, endDays: end });
    events.push({ caseId, activity: g === 0 ? 'guardian assigned' : 'guardian changes (cold handover)', timeDays: t, resource: name, link: 'GI' });
    t = end;
  }
  spells.push({ caseId, professional: 'LT#9 (LT Ede) & "aftercare" <team>', role: 'LT', startDays: t + 45, endDays: t + 200 });
  events.push({ caseId, activity: 'afschaling', timeDays: t, resource: 'guardian#113 (Jeugdbescherming Gelderland)', link: 'afschaling' });
  events.push({ caseId, activity: 'exit', timeDays: t + 200, resource: 'LT#9 (LT Ede) & "aftercare" <team>', link: 'exit' });
  return { spells, events };
}
