// What a scenario changes and what its results rest on, in words: the parameters that differ
// from the baseline, the parameters of each reform it switches on (in effect even where the
// file leaves them at the reform's defaults), and the assumptions its results depend on most.
// Until an uncertainty analysis ranks them, those are the reform's own assumed parameters and the
// one feedback every reform runs through: how much rarer contact lengthens a measure.

import type { Scenario } from '../scenario/schema.js';
import type { Labels } from './labels.js';
import { isAssumption, parameterName, parameterSource, sourceWords, valueWords } from './parameterWords.js';
import type { ScenarioDiff } from './types.js';

export interface ParameterNote {
  path: string;
  /** The parameter's label (never its path). */
  name: string;
  /** Its value in this scenario, with its unit in words. */
  value: string;
  /** The baseline's value, where it differs. */
  baseline?: string;
  /** Where the value comes from, in the report's language. */
  source: string;
  assumption: boolean;
}

/** The contact feedback: every reform that changes visits changes measure lengths through it. */
export const CONTACT_ELASTICITY = 'gi.extensionContactElasticity';

const REFORM = /^reforms\.([A-Za-z]+)\.enabled$/;

function note(labels: Labels, path: string, value: unknown, scenario: Scenario | undefined, baseline?: unknown): ParameterNote {
  const source = parameterSource(path, scenario);
  return {
    path,
    name: parameterName(labels.lang, path, scenario),
    value: valueWords(labels, path, value, scenario),
    ...(baseline === undefined ? {} : { baseline: valueWords(labels, path, baseline, scenario) }),
    source: sourceWords(labels.lang, source),
    assumption: isAssumption(source),
  };
}

/** The reforms a scenario switches on: from its values, else from its differences. */
export function enabledReforms(scenario: Scenario | undefined, diffs: readonly ScenarioDiff[] | undefined): string[] {
  if (scenario) return Object.entries(scenario.reforms).filter(([, r]) => (r as { enabled: boolean }).enabled).map(([k]) => k);
  return (diffs ?? []).flatMap((d) => {
    const m = REFORM.exec(d.path);
    return m && d.value === true ? [m[1]] : [];
  });
}

/** Each switched-on reform's parameters as they are in effect. */
function reformParameters(labels: Labels, scenario: Scenario, reform: string, diffs: readonly ScenarioDiff[]): ParameterNote[] {
  const section = (scenario.reforms as Record<string, Record<string, unknown>>)[reform] ?? {};
  return Object.entries(section)
    .filter(([k]) => k !== 'enabled')
    .map(([k, v]) => {
      const path = `reforms.${reform}.${k}`;
      const d = diffs.find((x) => x.path === path);
      return note(labels, path, v, scenario, d?.baseline);
    });
}

export interface ScenarioChanges {
  /** The reforms switched on, by their labels. */
  reforms: Array<{ key: string; name: string; parameters: ParameterNote[] }>;
  /** Other parameters that differ from the baseline. */
  other: ParameterNote[];
}

export function changesOf(labels: Labels, diffs: readonly ScenarioDiff[] | undefined, scenario: Scenario | undefined): ScenarioChanges {
  const list = diffs ?? [];
  const reforms = enabledReforms(scenario, list).map((key) => ({
    key,
    name: parameterName(labels.lang, `reforms.${key}.enabled`, scenario),
    parameters: scenario ? reformParameters(labels, scenario, key, list) : [],
  }));
  const covered = new Set(reforms.flatMap((r) => [`reforms.${r.key}.enabled`, ...r.parameters.map((p) => p.path)]));
  const other = list.filter((d) => !covered.has(d.path)).map((d) => note(labels, d.path, d.value, scenario, d.baseline));
  return { reforms, other };
}

/**
 * The assumptions a scenario's results depend on most, the reforms' own first: each reform's
 * parameters that no source gives, then the contact elasticity (with the scenario's value).
 */
export function assumptionsOf(labels: Labels, diffs: readonly ScenarioDiff[] | undefined, scenario: Scenario | undefined): ParameterNote[] {
  const changes = changesOf(labels, diffs, scenario);
  const own = [...changes.reforms.flatMap((r) => r.parameters), ...changes.other].filter((p) => p.assumption && p.path !== CONTACT_ELASTICITY);
  const elasticity = scenario ? note(labels, CONTACT_ELASTICITY, scenario.gi.extensionContactElasticity, scenario) : undefined;
  return elasticity ? [...own, elasticity] : own;
}
