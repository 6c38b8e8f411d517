// A comparison run again with one assumption at another value, in every scenario at once, on the
// same seed and replications: does what the report says of each reform still hold? Most of the
// model's parameters are assumptions; the uncertainty analysis varies them all together, this
// asks one question a reader can follow ("at elasticity 0.14, does caseload 12 still save
// money?"). The report names every verdict that changes (src/report/conclusions.ts).

import { mapNonEmpty, zip, type NonEmpty } from '../lists.js';
import type { ReplicationResult } from '../model/results.js';
import { UserError } from '../userError.js';
import { comparison } from './compare.js';
import { valueAt } from './parameters.js';
import { settledCheck } from './settled.js';
import { scenarioStatistics, type LoadedScenario } from './summarise.js';
import type { Comparison } from './types.js';

/** `path=value` as given on the command line: the value is what `--set` would make of it. */
export interface CheckSetting {
  path: string;
  /** As typed; the scenario loader reads it as it reads a `--set`. */
  text: string;
}

/** One check's results: what checks.json holds per check. */
export interface AssumptionCheck {
  /** Dotted parameter path, e.g. `gi.extensionContactElasticity`. */
  path: string;
  /** The value every scenario ran with in the check. */
  value: unknown;
  /** Scenario name → the value it has itself (what the comparison ran with). */
  own: Record<string, unknown>;
  /** Every scenario against the baseline at the checked value, as comparison.json. */
  comparison: Comparison;
  /** Scenario name → whether it is settled at the checked value (as `settled.settled` in its summary). */
  settled: Record<string, boolean>;
  /** Scenario name → why not, when it is not. */
  unsettledReasons: Record<string, string[]>;
}

/** checks.json's format: its number rises when a field changes meaning or goes. */
export const CHECKS_FORMAT = 'jbsim-checks/1';

export interface ChecksFile {
  format: typeof CHECKS_FORMAT;
  /** jbsim's version that wrote it. */
  version: string;
  seed: number;
  replications: number;
  checks: AssumptionCheck[];
}

/**
 * What a scenario is called and where it comes from, and the ranges `jbsim uncertainty` draws
 * from: the loader takes them as it takes any `--set`, but none changes the chain, so a check of
 * one would run the whole comparison again to learn nothing (and `name` would give every
 * scenario the same name, which a comparison cannot hold).
 */
const NOT_ASSUMPTIONS = new Set(['$schema', 'name', 'title', 'description', 'extends', 'uncertainty']);

/** Reads `--check path=value`; the value itself is checked when the scenarios are loaded with it. */
export function parseCheck(text: string): CheckSetting {
  const at = text.indexOf('=');
  const path = at < 0 ? '' : text.slice(0, at).trim();
  if (at < 0 || path === '' || text.slice(at + 1).trim() === '')
    throw new UserError({
      file: '--check',
      message: `expected path=value, got "${text}"`,
      hint: 'name one parameter and the value to try, e.g. --check gi.extensionContactElasticity=0.14',
    });
  if (NOT_ASSUMPTIONS.has(path.split(/[.[]/)[0]!.trim()))
    throw new UserError({
      file: '--check',
      path,
      message: 'not an assumption about the chain: checking it would change nothing the comparison measures',
      hint: 'name a parameter of the chain (docs/parameters.md) and the value to try, e.g. --check gi.extensionContactElasticity=0.14',
    });
  return { path, text: `${path}=${text.slice(at + 1).trim()}` };
}

/**
 * The check's comparison from its results (results[s][r]: scenario s, replication r), the
 * scenarios as loaded with the checked value (`checked`) and as the comparison ran them (`own`),
 * both in the comparison's order.
 */
export function assumptionCheck(
  setting: CheckSetting,
  own: NonEmpty<LoadedScenario>,
  checked: NonEmpty<LoadedScenario>,
  baseline: string,
  seed: number,
  results: ReplicationResult[][],
): AssumptionCheck {
  const perScenario = mapNonEmpty(zip(checked, results), ([loaded, rs]) => ({ loaded, rs, stats: scenarioStatistics(rs) }));
  const cmp = comparison(
    baseline,
    perScenario.map(({ loaded, stats }) => ({ name: loaded.scenario.name, stats, years: loaded.scenario.simulation.years })),
    seed,
    perScenario[0].rs.length,
  );
  const settled: Record<string, boolean> = {};
  const unsettledReasons: Record<string, string[]> = {};
  for (const { loaded, rs, stats } of perScenario) {
    const report = settledCheck(rs, stats.metrics);
    settled[loaded.scenario.name] = report.settled;
    if (!report.settled) unsettledReasons[loaded.scenario.name] = report.reasons;
  }
  return {
    path: setting.path,
    value: valueAt(checked[0].scenario, setting.path),
    own: Object.fromEntries(own.map((l) => [l.scenario.name, valueAt(l.scenario, setting.path)])),
    comparison: cmp,
    settled,
    unsettledReasons,
  };
}
