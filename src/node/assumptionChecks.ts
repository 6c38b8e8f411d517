// `jbsim compare --check path=value`: the scenarios loaded with the checked value (before any
// long work, so a bad path or value is an input error), run on the comparison's workers with its
// seed and replications, and checks.json written beside comparison.json.

import { assumptionCheck, CHECKS_FORMAT, parseCheck, type CheckSetting, type ChecksFile } from '../experiment/assumptionCheck.js';
import { runMatrix } from '../experiment/experiment.js';
import { toJson } from '../experiment/output.js';
import type { LoadedScenario } from '../experiment/summarise.js';
import { mapNonEmpty, type NonEmpty } from '../lists.js';
import type { OverrideInput } from '../scenario/overrides.js';
import { insideOut, writeFileAtomic } from './output.js';
import { progressBar } from './progress.js';
import { loadScenarios } from './scenarios.js';
import { VERSION } from '../version.js';
import type { ReplicationRunner } from './workerPool.js';

export interface PlannedCheck {
  setting: CheckSetting;
  /** Every scenario of the comparison, in its order, with the checked value. */
  scenarios: NonEmpty<LoadedScenario>;
}

/**
 * Loads the comparison's scenarios once more per check, with the check as one more `--set` (the
 * last, so it wins), in the comparison's order (`own`, baseline first).
 */
export function planChecks(
  texts: readonly string[],
  inputs: readonly string[],
  overrides: readonly OverrideInput[],
  own: NonEmpty<LoadedScenario>,
): PlannedCheck[] {
  return texts.map((text) => {
    const setting = parseCheck(text);
    const loaded = loadScenarios(inputs, [...overrides, { text: setting.text, option: '--check' }]);
    // the same files in the same order: a check only changes a value
    const scenarios = mapNonEmpty(own, (o) => loaded.find((l) => l.file === o.file)!);
    return { setting, scenarios };
  });
}

export async function runChecks(
  planned: readonly PlannedCheck[],
  own: NonEmpty<LoadedScenario>,
  seed: number,
  replications: number,
  runner: ReplicationRunner,
  quiet: boolean,
): Promise<ChecksFile> {
  const numbers = Array.from({ length: replications }, (_, r) => r);
  const checks = [];
  for (const { setting, scenarios } of planned) {
    const bar = progressBar({ quiet, label: `--check ${setting.text}` });
    bar.total(scenarios.length * replications);
    try {
      const results = await runMatrix(runner, scenarios, seed, numbers, bar);
      checks.push(assumptionCheck(setting, own, scenarios, own[0].scenario.name, seed, results));
    } finally {
      bar.stop();
    }
  }
  return { format: CHECKS_FORMAT, version: VERSION, seed, replications, checks };
}

/** Writes checks.json; returns its path. */
export function writeChecksFile(out: string, file: ChecksFile): string {
  const path = insideOut(out, 'checks.json');
  writeFileAtomic(path, toJson(file));
  return path;
}
