// One plain-language line per reform from an uncertainty analysis, in Dutch and English: how
// often the reform improves the measure it is surest about, and on which assumption a measure
// whose direction is open depends most. Light on imports, so `--no-report` can still write it.
// uncertainty.json keeps the lines with scenario names and parameter paths; the report writes
// them again with the titles and parameter labels a reader knows.

import type { Driver, MetricUncertainty, UncertaintyFile } from '../experiment/uncertaintyTypes.js';
import { formatPercent } from './format.js';
import { labelsFor, metricWords } from './labels.js';
import { betterDirection } from './outcomes.js';
import type { Lang } from './types.js';
import { uncertaintyWords } from './uncertaintyLabels.js';

/** A measure's direction is clear when it improves, or worsens, in at least 80% of worlds. */
const CLEAR = 0.8;
const isClear = (u: { probabilityOfImprovement: number; probabilityOfWorsening: number }) => u.probabilityOfImprovement >= CLEAR || u.probabilityOfWorsening >= CLEAR;

/** How the lines name scenarios and parameters: as the file does, or as a report does. */
export interface UncertaintyNames {
  scenario: (name: string) => string;
  parameter: (path: string) => string;
}

export const FILE_NAMES: UncertaintyNames = { scenario: (n) => n, parameter: (p) => p };

/**
 * Whether the samples can tell the parameters apart: partial rank correlations need more samples
 * than parameters (+ 4); with fewer, a rank correlation of ±1 between a handful of points is
 * chance, whatever its p-value says.
 */
export function driversKnown(file: UncertaintyFile): boolean {
  return file.method.drivers === 'prcc';
}

/**
 * The drivers of one effect that stand out after testing every parameter (Bonferroni), strongest
 * first; none when the samples cannot tell. The same test as `Driver.significant`, made again from
 * the p-values: an uncertainty.json written before `significant` took this meaning (it was any
 * interval without zero) is read the same way.
 */
export function standingOut(file: UncertaintyFile, u: MetricUncertainty): Driver[] {
  if (!driversKnown(file)) return [];
  const tests = Math.max(1, u.drivers.length);
  return u.drivers.filter((d) => Number.isFinite(d.pValue) && d.pValue < 0.05 / tests);
}

/**
 * The measures a line may speak about: those with a direction that is better for families (not
 * handovers in all, nor children under a measure) and an effect in some world.
 */
export function directedMetrics(file: UncertaintyFile, scenario: string): Array<[string, MetricUncertainty]> {
  return Object.entries(file.scenarios[scenario]?.metrics ?? {}).filter(
    ([m, u]) => betterDirection(m) !== 'none' && Number.isFinite(u.probabilityOfImprovement) && u.probabilityOfImprovement + u.probabilityOfWorsening > 0,
  );
}

/** Whether the reform moves the measure at the scenario's own values: its noise-only interval excludes zero (null: not known). */
function movesAtOwnValues(u: MetricUncertainty): boolean | null {
  if (u.noiseOnly === null) return null;
  const [lo, hi] = u.noiseOnly.ci95;
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return null;
  return lo > 0 || hi < 0;
}

/** "87%" of the worlds, or "7 of 8" when the worlds are few enough to count. */
export function worldsShare(lang: Lang, share: number, worlds: number): string {
  const w = uncertaintyWords(lang);
  return worlds < 20 ? w.countedWorlds(Math.round(share * worlds), worlds) : w.shareOfWorlds(formatPercent(labelsFor(lang), share, 0));
}

export function uncertaintyStatement(file: UncertaintyFile, scenario: string, lang: Lang, names: UncertaintyNames = FILE_NAMES): string {
  const labels = labelsFor(lang);
  const w = uncertaintyWords(lang);
  // a measure the reform never changes (its effect is exactly 0 in every world) says nothing here
  const metrics = directedMetrics(file, scenario);
  if (metrics.length === 0) return '';
  const improvement = (metric: string, better: 'lower' | 'higher' | null) => {
    const words = metricWords(labels, metric);
    return better === 'lower' ? words.lower : words.higher;
  };
  const title = names.scenario(scenario);
  // the surest improvement; on a tie the first measure in the file's order
  const [bestMetric, best] = metrics.reduce((a, b) => (b[1].probabilityOfImprovement > a[1].probabilityOfImprovement ? b : a));
  const worlds = worldsShare(lang, best.probabilityOfImprovement, best.effect.n);
  const head = best.probabilityOfImprovement >= 0.5 ? w.clear(worlds, title, improvement(bestMetric, best.better)) : w.noClear(worlds, title, improvement(bestMetric, best.better));
  // the surest clear worsening beside the surest improvement: a reform's best measure alone can hide what it costs families
  const worse = metrics
    .filter(([m, u]) => m !== bestMetric && u.probabilityOfWorsening >= CLEAR)
    .reduce<[string, MetricUncertainty] | null>((a, b) => (a === null || b[1].probabilityOfWorsening > a[1].probabilityOfWorsening ? b : a), null);
  // after 'leidt tot …' only: the clause borrows that verb
  const worsening =
    worse === null || best.probabilityOfImprovement < 0.5 ? '' : w.butWorse(worldsShare(lang, worse[1].probabilityOfWorsening, worse[1].effect.n), improvement(worse[0], worse[1].better === 'lower' ? 'higher' : 'lower'));
  // The open measure to name: closest to a coin toss among those whose direction an assumption
  // decides (a driver stands out); else among those the reform moves at the scenario's own
  // values. A measure the reform leaves alone (a link it does not touch) can sit near 50% only
  // because that link's noise differs between worlds where it is overloaded; naming it as "open"
  // would send the reader after nothing.
  const byOpenness = (a: [string, MetricUncertainty], b: [string, MetricUncertainty]) =>
    Math.abs(a[1].probabilityOfImprovement - 0.5) - Math.abs(b[1].probabilityOfImprovement - 0.5);
  const undecided = metrics.filter(([m, u]) => m !== bestMetric && !isClear(u));
  const decidedByAssumption = undecided.filter(([, u]) => standingOut(file, u).length > 0).sort(byOpenness);
  const open = decidedByAssumption.length > 0 ? decidedByAssumption : undecided.filter(([, u]) => movesAtOwnValues(u) !== false).sort(byOpenness);
  let tail = metrics.every(([, u]) => isClear(u)) ? w.allClear : '';
  if (open.length > 0) {
    const [metric, u] = open[0]!;
    const top = standingOut(file, u)[0];
    // too few worlds to say which assumption: say how often it goes the better way (the section says why no more)
    tail = top !== undefined ? w.dependsOn(improvement(metric, u.better), names.parameter(top.path)) : driversKnown(file) ? w.noDriver(improvement(metric, u.better)) : w.tooFewToTell(improvement(metric, u.better), worldsShare(lang, u.probabilityOfImprovement, u.effect.n));
  }
  return `${head}${worsening}${tail}.`;
}

/** The file with a statement per reform in both languages. */
export function withStatements(file: UncertaintyFile): UncertaintyFile {
  const scenarios: UncertaintyFile['scenarios'] = {};
  for (const [name, entry] of Object.entries(file.scenarios)) {
    scenarios[name] = { statement: { nl: uncertaintyStatement(file, name, 'nl'), en: uncertaintyStatement(file, name, 'en') }, metrics: entry.metrics };
  }
  return { ...file, scenarios };
}
