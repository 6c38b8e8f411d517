// Impossible scenarios are refused before a run, with the parameter named: by the schema (its
// issue path) and in the message the user reads (through the scenario loader).

import { describe, expect, it } from 'vitest';
import { loadScenarioText } from '../../src/node/scenarioFiles.js';
import { scenarioSchema } from '../../src/scenario/schema.js';
import { UserError } from '../../src/userError.js';
import { deepMerge } from './helpers.js';

const path = (p: readonly PropertyKey[]) => p.map(String).join('.');

/** The issues of a scenario with `over` laid over the defaults, as dotted paths with their messages. */
function issues(over: Record<string, unknown>): Array<{ path: string; message: string }> {
  const r = scenarioSchema.safeParse(deepMerge({ name: 'bad' }, over));
  return r.success ? [] : r.error.issues.map((i) => ({ path: path(i.path), message: i.message }));
}

const cases: Array<{ what: string; over: Record<string, unknown>; param: string; words?: RegExp }> = [
  {
    what: 'admin and indirect work take all the time',
    over: { guardians: { adminShare: 0.6, indirectCaseworkShare: 0.4 } },
    param: 'guardians.adminShare',
    words: /adminShare.*indirectCaseworkShare/,
  },
  {
    what: 'admin, indirect work and local-team hours take all the time',
    over: {
      guardians: { adminShare: 0.5, indirectCaseworkShare: 0.4 },
      reforms: { guardianInLocalTeam: { enabled: true, hoursPerWeek: 4 } },
    },
    param: 'guardians.adminShare',
    words: /local team/,
  },
  {
    what: 'no guardian positions at all',
    over: { gi: { institutions: [{ name: 'GI', share: 1, guardianPositions: 0 }] } },
    param: 'gi.institutions',
    words: /guardian positions/,
  },
  { what: 'a negative guardian leave rate', over: { guardians: { turnoverRatePerYear: -0.1 } }, param: 'guardians.turnoverRatePerYear' },
  { what: 'a negative local-team leave rate', over: { localTeam: { turnoverRatePerYear: -1 } }, param: 'localTeam.turnoverRatePerYear' },
  {
    what: 'a negative signal rate',
    over: { entry: { signalsPerThousandYouthPerYear: -3 } },
    param: 'entry.signalsPerThousandYouthPerYear',
  },
  { what: 'a negative sick-leave rate', over: { guardians: { sickEpisodesPerYear: -0.4 } }, param: 'guardians.sickEpisodesPerYear' },
  { what: 'a negative provider change rate', over: { providers: { changeRatePerYear: -0.3 } }, param: 'providers.changeRatePerYear' },
  {
    what: 'a guardian caseload cap of 0',
    over: { guardians: { caseloadCapChildren: 0 } },
    param: 'guardians.caseloadCapChildren',
    words: /caseload cap/,
  },
  {
    what: 'a local-team caseload cap of 0',
    over: { localTeam: { caseloadCapFamilies: 0 } },
    param: 'localTeam.caseloadCapFamilies',
    words: /caseload cap/,
  },
  { what: 'a share above 1', over: { guardians: { adminShare: 1.2 } }, param: 'guardians.adminShare' },
  {
    what: 'a duration that can be negative',
    over: { guardians: { recruitmentDays: { kind: 'uniform', min: -10, max: 30 } } },
    param: 'guardians.recruitmentDays',
    words: /negative/,
  },
  { what: 'court outcome shares above 1', over: { court: { otsShare: 0.9, voogdijShare: 0.2 } }, param: 'court.voogdijShare' },
];

describe('impossible scenarios are refused', () => {
  it('the defaults themselves are a valid scenario', () => {
    expect(issues({})).toEqual([]);
  });

  it.each(cases)('$what: refused, naming $param', ({ over, param, words }) => {
    const found = issues(over);
    expect(found.length).toBeGreaterThan(0);
    const named = found.filter((i) => i.path === param);
    expect(named, JSON.stringify(found)).not.toEqual([]);
    if (words)
      expect(
        named.some((i) => words.test(i.message)),
        JSON.stringify(named),
      ).toBe(true);
  });

  it('the loader reports the parameter and the line to the user', () => {
    const yaml =
      'name: bad\nguardians:\n  adminShare: 0.7\n  indirectCaseworkShare: 0.35\n  caseloadCapChildren: 0\n  turnoverRatePerYear: -0.2\n';
    let error: unknown;
    try {
      loadScenarioText(yaml, 'bad.yaml');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UserError);
    const d = (error as UserError).diagnostics;
    const at = (p: string) => d.find((x) => x.path === p);
    expect(at('guardians.turnoverRatePerYear')).toMatchObject({ file: 'bad.yaml', line: 6 });
    // cross-field checks run once every field is valid on its own
    const yaml2 = 'name: bad\nguardians:\n  adminShare: 0.7\n  indirectCaseworkShare: 0.35\n  caseloadCapChildren: 0\n';
    try {
      loadScenarioText(yaml2, 'bad.yaml');
      expect.unreachable();
    } catch (e) {
      const d2 = (e as UserError).diagnostics;
      expect(d2.find((x) => x.path === 'guardians.adminShare')).toMatchObject({ file: 'bad.yaml', line: 3 });
      expect(d2.find((x) => x.path === 'guardians.caseloadCapChildren')).toMatchObject({ file: 'bad.yaml', line: 5 });
      expect((e as Error).message).toMatch(/guardians\.adminShare/);
    }
  });
});
