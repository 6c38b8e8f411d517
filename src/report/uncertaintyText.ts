// One plain-language line per reform from an uncertainty analysis, in Dutch and English: how
// often the reform improves the measure it is surest about, and on which assumption a measure
// whose direction is open depends most. Light on imports, so `--no-report` can still write it.

import type { UncertaintyFile } from '../experiment/uncertaintyTypes.js';
import { formatPercent } from './format.js';
import { labelsFor, metricWords } from './labels.js';
import type { Lang } from './types.js';
import { uncertaintyWords } from './uncertaintyLabels.js';

/** A measure's direction is clear when it improves, or worsens, in at least 80% of worlds. */
const CLEAR = 0.8;
const isClear = (u: { probabilityOfImprovement: number; probabilityOfWorsening: number }) => u.probabilityOfImprovement >= CLEAR || u.probabilityOfWorsening >= CLEAR;

export function uncertaintyStatement(file: UncertaintyFile, scenario: string, lang: Lang): string {
  const labels = labelsFor(lang);
  const w = uncertaintyWords(lang);
  // a measure the reform never changes (its effect is exactly 0 in every world) says nothing here
  const metrics = Object.entries(file.scenarios[scenario]?.metrics ?? {}).filter(([, u]) => Number.isFinite(u.probabilityOfImprovement) && u.probabilityOfImprovement + u.probabilityOfWorsening > 0);
  if (metrics.length === 0) return '';
  const improvement = (metric: string, better: 'lower' | 'higher' | null) => {
    const words = metricWords(labels, metric);
    return better === 'lower' ? words.lower : words.higher;
  };
  // the surest improvement; on a tie the first measure in the file's order
  const [bestMetric, best] = metrics.reduce((a, b) => (b[1].probabilityOfImprovement > a[1].probabilityOfImprovement ? b : a));
  const share = formatPercent(labels, best.probabilityOfImprovement, 0);
  const head = best.probabilityOfImprovement >= 0.5 ? w.clear(share, scenario, improvement(bestMetric, best.better)) : w.noClear(share, scenario, improvement(bestMetric, best.better));
  // the most open measure (closest to a coin toss) and its strongest driver
  const open = metrics
    .filter(([m, u]) => m !== bestMetric && !isClear(u))
    .sort((a, b) => Math.abs(a[1].probabilityOfImprovement - 0.5) - Math.abs(b[1].probabilityOfImprovement - 0.5));
  let tail = metrics.every(([, u]) => isClear(u)) ? w.allClear : '';
  if (open.length > 0) {
    const [metric, u] = open[0];
    // a driver is named only when it stands out after testing every parameter (Bonferroni)
    const top = u.drivers[0];
    const standsOut = top !== undefined && top.pValue < 0.05 / Math.max(1, u.drivers.length);
    tail = standsOut ? w.dependsOn(improvement(metric, u.better), top.path) : w.noDriver(improvement(metric, u.better));
  }
  return `${head}${tail}.`;
}

/** The file with a statement per reform in both languages. */
export function withStatements(file: UncertaintyFile): UncertaintyFile {
  const scenarios: UncertaintyFile['scenarios'] = {};
  for (const [name, entry] of Object.entries(file.scenarios)) {
    scenarios[name] = { statement: { nl: uncertaintyStatement(file, name, 'nl'), en: uncertaintyStatement(file, name, 'en') }, metrics: entry.metrics };
  }
  return { ...file, scenarios };
}
