// A scenario as the reader knows it: the title its file gives in the report's language, else
// its name. Names stay the keys (file names, comparison.json); titles are what pages show.

import type { ScenarioSummary } from '../experiment/types.js';
import { textIn } from '../scenario/localText.js';
import type { Labels } from './labels.js';

export function titleOf(labels: Labels, summary: ScenarioSummary | undefined, name: string): string {
  const title = summary?.scenario.title === undefined ? '' : textIn(summary.scenario.title, labels.lang).trim();
  return title === '' ? name : title;
}

/** name → title for every summary; names with no summary keep their name. */
export function titles(labels: Labels, summaries: readonly ScenarioSummary[]): (name: string) => string {
  const byName = new Map(summaries.map((s) => [s.scenario.name, s]));
  return (name) => titleOf(labels, byName.get(name), name);
}
