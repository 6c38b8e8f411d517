// The chain's plan (src/model/plan.ts): every distribution is made from the scenario parameter of
// its name, and a parameter the model cannot use is reported by its path in the scenario, so a
// user who edits a file in code (the schema catches it in a file) still learns which one it is.

import { describe, expect, it } from 'vitest';
import { KernelInputError } from '../../src/kernel/index.js';
import { chainPlan } from '../../src/model/plan.js';
import type { Scenario } from '../../src/scenario/schema.js';
import { scenario } from './helpers.js';

/** Every distribution of the plan, by its name there and the scenario path it is made from. */
const PATHS = {
  childrenPerFamily: 'region.childrenPerFamily',
  problemDomains: 'family.problemDomains',
  reentryDelay: 'entry.reentryDelayDays',
  triage: 'veiligThuis.triageDays',
  voluntaryHelp: 'localTeam.voluntaryHelpDays',
  helpBeforeEscalation: 'localTeam.helpBeforeEscalationDays',
  aftercare: 'localTeam.aftercareDays',
  investigation: 'rvdk.investigationDays',
  firstVisit: 'gi.firstVisitDays',
  voogdij: 'gi.voogdijDays',
  afschalingGap: 'gi.afschalingGapDays',
  guardianRecruitment: 'guardians.recruitmentDays',
  localTeamRecruitment: 'localTeam.recruitmentDays',
  sickDays: 'guardians.sickDays',
} as const;

/** A copy of `s` with the parameter at `path` replaced by `value`. */
function withParameter(s: Scenario, path: string, value: unknown): Scenario {
  const copy = structuredClone(s) as unknown as Record<string, Record<string, unknown>>;
  const [group, key] = path.split('.') as [string, string];
  copy[group]![key] = value;
  return copy as unknown as Scenario;
}

describe('the chain plan', () => {
  it('makes every distribution from the parameter of its name', () => {
    const s = scenario();
    for (const [name, path] of Object.entries(PATHS)) {
      const plan = chainPlan(withParameter(s, path, { kind: 'deterministic', value: 123.5 }));
      expect(plan.d[name as keyof typeof PATHS].mean, name).toBe(123.5);
      // and no other distribution from it
      const others = Object.keys(PATHS).filter((n) => n !== name && plan.d[n as keyof typeof PATHS].mean === 123.5);
      expect(others, name).toEqual([]);
    }
  });

  it.each(Object.entries(PATHS))('names %s by its path (%s) when its parameter cannot be used', (_name, path) => {
    const bad = withParameter(scenario(), path, { kind: 'lognormal', mean: -3, sd: 1 });
    expect(() => chainPlan(bad)).toThrow(KernelInputError);
    expect(() => chainPlan(bad)).toThrow(`${path}.lognormal.mean`);
  });
});
