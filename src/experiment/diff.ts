// What each scenario changes relative to the baseline, parameter by parameter, for the
// report's scenario descriptions. Lists of equal length are compared entry by entry, so one
// changed guardian count reads as `gi.institutions[1].guardianPositions`, not as the whole list.

import type { LoadedScenario } from './summarise.js';

export interface ParameterDifference {
  path: string;
  baseline: unknown;
  value: unknown;
}

// words about the scenario, and the ranges `jbsim uncertainty` samples from: none changes the chain
const IGNORED = new Set(['name', 'title', 'description', 'uncertainty']);

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

export function parameterDifferences(baseline: unknown, scenario: unknown, path = ''): ParameterDifference[] {
  if (isObject(baseline) && isObject(scenario)) {
    const keys = [...new Set([...Object.keys(baseline), ...Object.keys(scenario)])];
    return keys.flatMap((k) =>
      path === '' && IGNORED.has(k) ? [] : parameterDifferences(baseline[k], scenario[k], path === '' ? k : `${path}.${k}`),
    );
  }
  if (Array.isArray(baseline) && Array.isArray(scenario) && baseline.length === scenario.length) {
    return baseline.flatMap((b, i) => parameterDifferences(b, scenario[i], `${path}[${i}]`));
  }
  return JSON.stringify(baseline) === JSON.stringify(scenario) ? [] : [{ path, baseline, value: scenario }];
}

/** scenario name → its differences from the baseline (the baseline itself is left out). */
export function scenarioDifferences(scenarios: readonly LoadedScenario[], baselineName: string): Record<string, ParameterDifference[]> {
  const baseline = scenarios.find((l) => l.scenario.name === baselineName);
  const out: Record<string, ParameterDifference[]> = {};
  if (baseline === undefined) return out;
  for (const l of scenarios) if (l !== baseline) out[l.scenario.name] = parameterDifferences(baseline.scenario, l.scenario);
  return out;
}
