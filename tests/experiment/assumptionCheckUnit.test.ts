// The pieces of `compare --check` without the command line: reading `path=value`, the value at a
// path, and the check's comparison from its results, which must be the comparison and the
// settled verdicts of those results as the comparison itself computes them.

import { beforeAll, describe, expect, it } from 'vitest';
import { assumptionCheck, parseCheck, type AssumptionCheck } from '../../src/experiment/assumptionCheck.js';
import { indexedPath, valueAt } from '../../src/experiment/parameters.js';
import { parameterName } from '../../src/report/parameterWords.js';
import { comparison } from '../../src/experiment/compare.js';
import { settledCheck } from '../../src/experiment/settled.js';
import { scenarioStatistics, type LoadedScenario } from '../../src/experiment/summarise.js';
import { runReplication, type ReplicationResult } from '../../src/model/index.js';
import { scenarioSchema } from '../../src/scenario/schema.js';
import { UserError } from '../../src/userError.js';

const SHORT = { simulation: { start: 'empty', warmupYears: 0, years: 0.5, followUpYears: 0 } };

function loaded(name: string, extra: Record<string, unknown>): LoadedScenario {
  return { scenario: scenarioSchema.parse({ name, ...SHORT, ...extra }), file: `${name}.yaml`, hash: name };
}

describe('parseCheck', () => {
  it('reads path=value, trimmed', () => {
    expect(parseCheck('gi.extensionContactElasticity=0.14')).toEqual({
      path: 'gi.extensionContactElasticity',
      text: 'gi.extensionContactElasticity=0.14',
    });
    expect(parseCheck(' gi.x = 2 ')).toEqual({ path: 'gi.x', text: 'gi.x=2' });
    // an = in the value stays in the value
    expect(parseCheck('a.b=c=d')).toEqual({ path: 'a.b', text: 'a.b=c=d' });
  });

  it.each(['gi.x', '=1', 'gi.x=', 'gi.x=  ', ''])('refuses "%s" as the option it came from', (text) => {
    expect(() => parseCheck(text)).toThrow(UserError);
    expect(() => parseCheck(text)).toThrow(`expected path=value, got "${text}"`);
    try {
      parseCheck(text);
    } catch (err) {
      expect((err as UserError).diagnostics).toEqual([
        {
          file: '--check',
          message: `expected path=value, got "${text}"`,
          hint: 'name one parameter and the value to try, e.g. --check gi.extensionContactElasticity=0.14',
        },
      ]);
    }
  });
});

describe('valueAt', () => {
  it('follows the dots, and gives undefined where the path leaves the object', () => {
    const s = { gi: { e: 0.3, list: [1, 2] }, n: null };
    expect(valueAt(s, 'gi.e')).toBe(0.3);
    expect(valueAt(s, 'gi')).toEqual({ e: 0.3, list: [1, 2] });
    expect(valueAt(s, 'gi.nope')).toBeUndefined();
    expect(valueAt(s, 'gi.e.deeper')).toBeUndefined();
    expect(valueAt(s, 'n.x')).toBeUndefined();
  });

  it('reads list entries as --set names them: by number or by name', () => {
    const s = {
      gi: {
        institutions: [
          { name: 'Jeugdbescherming Gelderland', positions: 20 },
          { name: 'Leger des Heils', positions: 4 },
        ],
      },
    };
    expect(valueAt(s, 'gi.institutions[1].positions')).toBe(4);
    expect(valueAt(s, 'gi.institutions.1.positions')).toBe(4);
    expect(valueAt(s, 'gi.institutions[Leger des Heils].positions')).toBe(4);
    expect(valueAt(s, 'gi.institutions[ Jeugdbescherming Gelderland ].positions')).toBe(20);
    expect(valueAt(s, 'gi.institutions[2].positions')).toBeUndefined();
    expect(valueAt(s, 'gi.institutions[Nowhere].positions')).toBeUndefined();
    // a name on something that is not a list names nothing
    expect(valueAt(s, 'gi[Leger des Heils]')).toBeUndefined();
    expect(valueAt(s, 'gi..institutions')).toBeUndefined();
  });
});

describe('indexedPath', () => {
  it('names list entries by their number, so the report words a named --check as it words a numbered one', () => {
    const s = scenarioSchema.parse({ name: 'x' });
    const names = s.gi.institutions.map((i) => i.name);
    const last = names.length - 1;
    expect(indexedPath(s, `gi.institutions[${names[last]}].guardianPositions`)).toBe(`gi.institutions.${last}.guardianPositions`);
    expect(indexedPath(s, 'gi.institutions[1].share')).toBe('gi.institutions.1.share');
    expect(indexedPath(s, 'gi.extensionContactElasticity')).toBe('gi.extensionContactElasticity');
    // a name no entry has, or a malformed path: left as given
    expect(indexedPath(s, 'gi.institutions[Nowhere].share')).toBe('gi.institutions[Nowhere].share');
    expect(indexedPath(s, 'gi..x')).toBe('gi..x');
    expect(parameterName('nl', indexedPath(s, `gi.institutions[${names[last]}].guardianPositions`), s)).toBe(
      parameterName('nl', `gi.institutions[${last}].guardianPositions`, s),
    );
    expect(parameterName('nl', indexedPath(s, `gi.institutions[${names[last]}].guardianPositions`), s)).toContain(names[last]);
  });
});

describe('assumptionCheck', () => {
  let results: ReplicationResult[][];
  let checked: [LoadedScenario, LoadedScenario];
  let own: [LoadedScenario, LoadedScenario];
  // the replications once, before the tests; the check itself in each test, where a mutation run sees it
  beforeAll(() => {
    own = [loaded('base', {}), loaded('duos', { reforms: { guardianDuos: { enabled: true } } })];
    const at = { gi: { extensionContactElasticity: 0.6 } };
    checked = [loaded('base', at), loaded('duos', { ...at, reforms: { guardianDuos: { enabled: true } } })];
    results = checked.map((l) => [0, 1, 2].map((replication) => runReplication(l.scenario, { seed: 5, replication })));
  });
  const run = (): AssumptionCheck =>
    assumptionCheck({ path: 'gi.extensionContactElasticity', text: 'gi.extensionContactElasticity=0.6' }, own, checked, 'base', 5, results);

  it("names the path, the checked value and each scenario's own value", () => {
    const check = run();
    expect(check.path).toBe('gi.extensionContactElasticity');
    expect(check.value).toBe(0.6);
    expect(check.own).toEqual({ base: 0.3, duos: 0.3 });
  });

  it('holds the comparison of the checked results, as the comparison computes it', () => {
    const check = run();
    const named = checked.map((l, s) => ({
      name: l.scenario.name,
      stats: scenarioStatistics(results[s]!),
      years: l.scenario.simulation.years,
    }));
    expect(check.comparison).toEqual(comparison('base', named, 5, 3));
    expect(check.comparison.replications).toBe(3);
  });

  it('holds whether each scenario is settled at the checked value, and why not', () => {
    const check = run();
    checked.forEach((l, s) => {
      const report = settledCheck(results[s]!, scenarioStatistics(results[s]!).metrics);
      expect(check.settled[l.scenario.name]).toBe(report.settled);
      expect(check.unsettledReasons[l.scenario.name]).toEqual(report.settled ? undefined : report.reasons);
    });
  });
});
