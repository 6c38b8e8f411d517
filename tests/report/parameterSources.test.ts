// Where a parameter's value comes from, as the report says it (src/report/parameterWords.ts and the
// notes of src/report/caveats.ts): the schema's source speaks of its default, so a scenario's own
// value is its own assumption, never backed by the source of the value it replaced.

import { describe, expect, it } from 'vitest';
import { assumptionsOf, changesOf } from '../../src/report/caveats.js';
import { labelsFor } from '../../src/report/labels.js';
import { scenario } from '../model/helpers.js';

describe('the source of a value', () => {
  const nl = labelsFor('nl');
  const notesOf = (reforms: Record<string, unknown>) => changesOf(nl, [], scenario({ reforms })).reforms.flatMap((r) => r.parameters);
  const note = (reforms: Record<string, unknown>, path: string) => notesOf(reforms).find((n) => n.path === path)!;

  it("at the default, the schema's source: an assumption after a publication, or a source", () => {
    const admin = note({ lessAdmin: { enabled: true } }, 'reforms.lessAdmin.adminShare');
    expect([admin.source, admin.assumption]).toEqual(['aanname, naar Jeugdautoriteit 2023', true]);
    const cap = note({ lowerCaseload: { enabled: true } }, 'reforms.lowerCaseload.caseloadCapChildren');
    expect([cap.source, cap.assumption]).toEqual(['bron: Jeugdautoriteit 2023', false]);
  });

  it("a scenario's own value is its own assumption, and cites nothing", () => {
    const admin = note({ lessAdmin: { enabled: true, adminShare: 0.2 } }, 'reforms.lessAdmin.adminShare');
    expect([admin.source, admin.assumption]).toEqual(['aanname: een eigen waarde van het scenario', true]);
    // the research gives 12–14 children: 15 is the scenario's choice, and an assumption its results rest on
    const s = scenario({ reforms: { lowerCaseload: { enabled: true, caseloadCapChildren: 15 } } });
    const cap = assumptionsOf(nl, [], s).find((n) => n.path === 'reforms.lowerCaseload.caseloadCapChildren');
    expect(cap?.assumption).toBe(true);
    expect(cap?.source).not.toContain('Jeugdautoriteit');
    // in English the note says so in its own words
    const en = changesOf(labelsFor('en'), [], s).reforms[0]!.parameters.find((n) => n.path === 'reforms.lowerCaseload.caseloadCapChildren');
    expect(en?.source).toBe("assumption: the scenario's own value (the default's source does not give it)");
  });
});

describe("a reform's settings beside the baseline's", () => {
  const nl = labelsFor('nl');
  const cap = 'reforms.lowerCaseload.caseloadCapChildren';
  const s = scenario({ reforms: { lowerCaseload: { enabled: true, caseloadCapChildren: 15 } } });
  const noteOf = (diffs: Parameters<typeof changesOf>[1]) => changesOf(nl, diffs, s).reforms[0]!.parameters.find((n) => n.path === cap)!;

  it('are compared only where the reform is on in the baseline too: its settings there are not in effect otherwise', () => {
    // off in the baseline: its 12 is the reform's default, not today's norm (18)
    expect(noteOf([{ path: 'reforms.lowerCaseload.enabled', value: true, baseline: false }, { path: cap, value: 15, baseline: 12 }]).baseline).toBeUndefined();
    // on in both: the baseline's norm is in effect there
    expect(noteOf([{ path: cap, value: 15, baseline: 12 }]).baseline).toBe('12 kinderen');
  });
});
