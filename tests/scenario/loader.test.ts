// The loader's rules: how extends merges, where inherited mistakes point, what --set does,
// and what the hash promises.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { didYouMean, editDistance } from '../../src/scenario/didYouMean.js';
import { loadScenario, loadScenarioText, scenarioFilesIn } from '../../src/node/scenarioFiles.js';
import { scenarioDefaults } from '../../src/scenario/load.js';
import { BROKEN, FOODVALLEY, diagnosticsOf, tempDir, textDiagnostics } from './helpers.js';

const dir = tempDir();
const write = (name: string, content: string) => {
  const file = path.join(dir, name);
  writeFileSync(file, content);
  return file;
};
const baseline = path.join(FOODVALLEY, 'baseline.yaml');

write(
  'parent.yaml',
  `name: parent
guardians:
  adminShare: 0.3
  hoursPerVisit: 5
rvdk:
  investigationDays: { kind: lognormal, mean: 60, sd: 20 }
gi:
  institutions:
    - { name: A, share: 0.5, guardianPositions: 10 }
    - { name: B, share: 0.5, guardianPositions: 12 }
`,
);

describe('extends', () => {
  test('groups merge key by key; the child wins where both write', () => {
    const file = write('child.yaml', 'extends: parent.yaml\nname: child\nguardians:\n  adminShare: 0.2\n');
    const { scenario, chain } = loadScenario(file);
    expect(scenario.name).toBe('child');
    expect(scenario.guardians.adminShare).toBe(0.2);
    expect(scenario.guardians.hoursPerVisit).toBe(5);
    expect(scenario.guardians.caseloadCapChildren).toBe(scenarioDefaults().guardians.caseloadCapChildren);
    expect(chain.map((f) => path.basename(f))).toEqual(['child.yaml', 'parent.yaml']);
    expect(scenario).not.toHaveProperty('extends');
  });

  test('a list in a file that extends none is written whole', () => {
    expect(loadScenario(path.join(dir, 'parent.yaml')).scenario.gi.institutions.map((i) => i.name)).toEqual(['A', 'B']);
  });

  test('a distribution of the same kind merges; another kind replaces it', () => {
    const same = write('same-kind.yaml', 'extends: parent.yaml\nname: same\nrvdk:\n  investigationDays: { mean: 80 }\n');
    expect(loadScenario(same).scenario.rvdk.investigationDays).toEqual({ kind: 'lognormal', mean: 80, sd: 20 });
    const other = write(
      'other-kind.yaml',
      'extends: parent.yaml\nname: other\nrvdk:\n  investigationDays: { kind: deterministic, value: 30 }\n',
    );
    expect(loadScenario(other).scenario.rvdk.investigationDays).toEqual({ kind: 'deterministic', value: 30 });
  });

  test('a mistake in an inherited value points at the parent line that wrote it', () => {
    const [d] = diagnosticsOf(path.join(BROKEN, 'inherits-bad-value.yaml'));
    expect(path.basename(d.file)).toBe('out-of-range.yaml');
    expect(d).toMatchObject({ line: 4, column: 15, path: 'guardians.adminShare' });
  });

  test('a mistake the child makes in a list entry it adds points at the child', () => {
    const file = write('bad-entry.yaml', 'extends: parent.yaml\nname: bad\ngi:\n  institutions:\n    - { name: C, share: 0 }\n');
    const [d] = diagnosticsOf(file);
    expect(path.basename(d.file)).toBe('bad-entry.yaml');
    expect(d).toMatchObject({ line: 5, path: 'gi.institutions[2].guardianPositions' });
    expect(d.message).toMatch(/`guardianPositions` is missing/);
  });

  test('mistakes in the file and in its parent are reported together', () => {
    write('bad-parent.yaml', 'name: bad-parent\nguardians:\n  turnoverRatePerYear: -1\n');
    const file = write('bad-child.yaml', 'extends: bad-parent.yaml\nname: bad-child\nguardians:\n  hoursPerWeek: 0\n  adminShre: 0.3\n');
    const found = diagnosticsOf(file).map((d) => `${path.basename(d.file)}:${d.line}:${d.path}`);
    expect(found).toEqual([
      'bad-child.yaml:4:guardians.hoursPerWeek',
      'bad-child.yaml:5:guardians.adminShre',
      'bad-parent.yaml:3:guardians.turnoverRatePerYear',
    ]);
  });

  test('a JSON file loads and may extend a YAML file', () => {
    const file = write('child.json', JSON.stringify({ extends: 'parent.yaml', name: 'json', guardians: { adminShare: 0.25 } }, null, 2));
    expect(loadScenario(file).scenario.guardians.adminShare).toBe(0.25);
  });

  test('anchors and aliases within the limit work', () => {
    const file = write(
      'anchors.yaml',
      'name: anchors\nveiligThuis:\n  triageDays: &d { kind: lognormal, mean: 20, sd: 5 }\nlocalTeam:\n  recruitmentDays: *d\n',
    );
    expect(loadScenario(file).scenario.localTeam.recruitmentDays).toEqual({ kind: 'lognormal', mean: 20, sd: 5 });
  });
});

describe('lists of named entries merge by name', () => {
  const names = (file: string) => loadScenario(file).scenario.gi.institutions.map((i) => `${i.name} ${i.share} ${i.guardianPositions}`);

  test('an entry with a known name changes that entry, key by key', () => {
    const file = write('named.yaml', 'extends: parent.yaml\nname: named\ngi:\n  institutions:\n    - { name: B, guardianPositions: 20 }\n');
    expect(names(file)).toEqual(['A 0.5 10', 'B 0.5 20']);
  });

  test('a new name adds an entry at the end; remove: true takes one out', () => {
    const file = write(
      'add-remove.yaml',
      'extends: parent.yaml\nname: ar\ngi:\n  institutions:\n    - { name: A, remove: true }\n    - { name: C, share: 0.5, guardianPositions: 3 }\n',
    );
    expect(names(file)).toEqual(['B 0.5 12', 'C 0.5 3']);
  });

  test("the analyst's one-institution edit changes only that institution", () => {
    const text =
      'extends: baseline.yaml\nname: more-jbg\ngi: { institutions: [ { name: Jeugdbescherming Gelderland, share: 0.7, guardianPositions: 24 } ] }\n';
    const edited = loadScenarioText(text, path.join(FOODVALLEY, 'more-jbg.yaml')).scenario;
    const before = loadScenario(baseline).scenario;
    expect(edited.gi.institutions).toEqual(
      before.gi.institutions.map((i) => (i.name === 'Jeugdbescherming Gelderland' ? { ...i, guardianPositions: 24 } : i)),
    );
    expect(edited.gi.institutions.length).toBe(3);
    const { gi: _a, name: _b, ...restEdited } = edited;
    // the title names the baseline itself, so the edit does not inherit it
    const { gi: _c, name: _d, title: _t, ...restBefore } = before;
    expect(restEdited).toEqual(restBefore);
  });

  test('a municipality list with only Ede changes Ede and keeps the others', () => {
    const text = 'extends: baseline.yaml\nname: ede\nregion:\n  municipalities:\n    - { name: Ede, youthPopulation: 27000 }\n';
    const edited = loadScenarioText(text, path.join(FOODVALLEY, 'ede.yaml')).scenario.region.municipalities;
    expect(edited).toEqual(scenarioDefaults().region.municipalities.map((m) => (m.name === 'Ede' ? { ...m, youthPopulation: 27000 } : m)));
  });

  test('a list the parent leaves to its default merges with the default', () => {
    write('no-list.yaml', 'name: no-list\nguardians:\n  adminShare: 0.3\n');
    const file = write(
      'on-default.yaml',
      'extends: no-list.yaml\nname: on-default\ngi:\n  institutions:\n    - { name: Leger des Heils, guardianPositions: 6 }\n',
    );
    const defaults = scenarioDefaults().gi.institutions;
    expect(loadScenario(file).scenario.gi.institutions).toEqual(
      defaults.map((i) => (i.name === 'Leger des Heils' ? { ...i, guardianPositions: 6 } : i)),
    );
  });

  test('a mistake in a merged entry points at the line of the file that wrote it', () => {
    // B is the second entry in the parent, the first in the child
    const file = write(
      'bad-merged.yaml',
      'extends: parent.yaml\nname: bad-merged\ngi:\n  institutions:\n    - { name: B, guardianPositions: -3 }\n',
    );
    const [d] = diagnosticsOf(file);
    expect(path.basename(d.file)).toBe('bad-merged.yaml');
    expect(d).toMatchObject({ line: 5, column: 37, path: 'gi.institutions[1].guardianPositions' });
    // and an entry the child does not touch still points at the parent
    write(
      'bad-list-parent.yaml',
      'name: blp\ngi:\n  institutions:\n    - { name: A, share: 0.5, guardianPositions: 10 }\n    - { name: B, share: 0.5, guardianPositions: -1 }\n',
    );
    const child = write(
      'bad-list-child.yaml',
      'extends: bad-list-parent.yaml\nname: blc\ngi:\n  institutions:\n    - { name: A, guardianPositions: 12 }\n',
    );
    const [e] = diagnosticsOf(child);
    expect(path.basename(e.file)).toBe('bad-list-parent.yaml');
    expect(e).toMatchObject({ line: 5, path: 'gi.institutions[1].guardianPositions' });
  });

  test('a new entry named like one it builds on, that then lacks settings: the hint names the entry it resembles', () => {
    const typo = write(
      'institution-typo.yaml',
      'extends: parent.yaml\nname: it\ngi:\n  institutions:\n    - { name: Instituton Bb, guardianPositions: 12 }\n',
    );
    write(
      'near-parent.yaml',
      'name: np\ngi:\n  institutions:\n    - { name: Institution A, share: 0.5, guardianPositions: 10 }\n    - { name: Institution B, share: 0.5, guardianPositions: 12 }\n',
    );
    const near = write(
      'near-child.yaml',
      'extends: near-parent.yaml\nname: nc\ngi:\n  institutions:\n    - { name: Instituton B, guardianPositions: 14 }\n',
    );
    const [e] = diagnosticsOf(near);
    expect(e).toMatchObject({ line: 5, path: 'gi.institutions[2].share' });
    expect(e!.hint).toBe(
      '"Instituton B" is not in the file it builds on, so it is a new entry and needs every setting: did you mean "Institution B"?',
    );
    // a name like none of the list's: the plain error, no guess
    const [plain] = diagnosticsOf(typo);
    expect(plain).toMatchObject({ path: 'gi.institutions[2].share' });
    expect(plain!.hint ?? '').not.toMatch(/did you mean/);
  });

  test('removing a name the list does not have, an entry without a name, a removal with settings: located errors', () => {
    const unknown = write('remove-unknown.yaml', 'extends: parent.yaml\nname: ru\ngi:\n  institutions:\n    - { name: Z, remove: true }\n');
    expect(diagnosticsOf(unknown)).toEqual([
      expect.objectContaining({ line: 5, message: 'there is no entry "Z" to remove', hint: 'the names there: A, B' }),
    ]);
    const nameless = write(
      'nameless.yaml',
      'extends: parent.yaml\nname: nl\ngi:\n  institutions:\n    - { name: A, share: 0.5 }\n    - { share: 0.5, guardianPositions: 1 }\n',
    );
    expect(diagnosticsOf(nameless)).toEqual([
      expect.objectContaining({ line: 6, path: 'gi.institutions[1]', message: expect.stringMatching(/each entry needs a `name`/) }),
    ]);
    const both = write(
      'remove-and-set.yaml',
      'extends: parent.yaml\nname: rs\ngi:\n  institutions:\n    - { name: A, remove: true, share: 1 }\n',
    );
    expect(diagnosticsOf(both)[0]).toMatchObject({ line: 5, message: 'an entry with `remove: true` takes only its name' });
    const root = write('remove-root.yaml', 'name: rr\ngi:\n  institutions:\n    - { name: A, remove: true }\n');
    expect(diagnosticsOf(root)).toContainEqual(expect.objectContaining({ line: 4, message: expect.stringMatching(/there is none here/) }));
  });

  test('institution shares must sum to 1 within 0.001; the message says what they sum to', () => {
    const low = write('shares-low.yaml', 'extends: parent.yaml\nname: low\ngi:\n  institutions:\n    - { name: A, share: 0.2 }\n');
    expect(diagnosticsOf(low)).toEqual([
      expect.objectContaining({
        file: expect.stringMatching(/shares-low\.yaml$/),
        line: 5,
        path: 'gi.institutions',
        message: expect.stringMatching(/^the institutions' shares sum to 0\.7, not 1/),
      }),
    ]);
    const high = write(
      'shares-high.yaml',
      'extends: parent.yaml\nname: high\ngi:\n  institutions:\n    - { name: C, share: 0.25, guardianPositions: 2 }\n',
    );
    expect(diagnosticsOf(high)[0].message).toMatch(/sum to 1\.25, not 1/);
    const close = write('shares-close.yaml', 'extends: parent.yaml\nname: close\ngi:\n  institutions:\n    - { name: A, share: 0.5009 }\n');
    expect(() => loadScenario(close)).not.toThrow();
  });
});

describe('--set on lists of named entries', () => {
  test('an entry by name, or a list of entries merged by name', () => {
    const byName = loadScenario(baseline, {
      overrides: ['gi.institutions[Leger des Heils].guardianPositions=6', 'region.municipalities[Ede].youthPopulation=30000'],
    }).scenario;
    expect(byName.gi.institutions.find((i) => i.name === 'Leger des Heils')!.guardianPositions).toBe(6);
    expect(byName.region.municipalities.map((m) => m.youthPopulation)).toEqual(
      scenarioDefaults().region.municipalities.map((m) => (m.name === 'Ede' ? 30000 : m.youthPopulation)),
    );
    const merged = loadScenario(baseline, { overrides: ['gi.institutions=[{ name: Leger des Heils, guardianPositions: 6 }]'] }).scenario;
    expect(merged.gi.institutions).toEqual(byName.gi.institutions);
  });

  test('reaches a list the file leaves to the defaults', () => {
    const { scenario } = loadScenarioText('name: minimal\n', path.join(dir, 'minimal-named.yaml'), {
      overrides: ['gi.institutions=[{ name: Leger des Heils, remove: true }, { name: William Schrikker Groep, share: 0.3 }]'],
    });
    expect(scenario.gi.institutions.map((i) => `${i.name} ${i.share}`)).toEqual([
      'Jeugdbescherming Gelderland 0.7',
      'William Schrikker Groep 0.3',
    ]);
  });

  test('an unknown name says which names there are', () => {
    const [d] = diagnosticsOf(baseline, { overrides: ['gi.institutions[Leger des Heil].guardianPositions=6'] });
    expect(d).toMatchObject({
      file: '--set',
      message: 'there is no entry "Leger des Heil"; the list has: Jeugdbescherming Gelderland, William Schrikker Groep, Leger des Heils',
    });
    expect(diagnosticsOf(baseline, { overrides: ['guardians[Ede].adminShare=0.3'] })[0].message).toMatch(/guardians is not a list/);
  });
});

describe('the hash', () => {
  test('is the same for the same parameters however they are written', () => {
    const a = loadScenarioText('name: h\nguardians: { adminShare: 0.3, hoursPerVisit: 5 }\n', path.join(dir, 'a.yaml'));
    const b = loadScenarioText('guardians:\n  hoursPerVisit: 5\n  adminShare: 0.30\nname: h\n', path.join(dir, 'b.yaml'));
    expect(a.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(b.hash).toBe(a.hash);
  });

  test('a title names its own file: a scenario that extends the baseline does not inherit it', () => {
    const own = loadScenarioText(
      'extends: baseline.yaml\nname: mine\ntitle: { nl: Mijn scenario, en: My scenario }\n',
      path.join(FOODVALLEY, 'mine.yaml'),
    );
    expect(own.scenario.title).toEqual({ nl: 'Mijn scenario', en: 'My scenario' });
    const none = loadScenarioText('extends: baseline.yaml\nname: mine\n', path.join(FOODVALLEY, 'mine.yaml'));
    expect(loadScenario(baseline).scenario.title).toBeDefined();
    expect(none.scenario.title).toBeUndefined();
    const half = () => loadScenarioText('name: mine\ntitle: { nl: Alleen Nederlands }\n', path.join(FOODVALLEY, 'mine.yaml'));
    expect(half).toThrow(/title/);
  });

  test('a file that extends the baseline and changes nothing has the baseline hash', () => {
    const base = loadScenario(baseline);
    const file = path.join(FOODVALLEY, 'copy.yaml');
    const words = `title: ${JSON.stringify(base.scenario.title)}\ndescription: ${JSON.stringify(base.scenario.description)}\n`;
    const same = loadScenarioText(`extends: baseline.yaml\nname: baseline\n${words}`, file);
    expect(same.hash).toBe(base.hash);
  });

  test('changes with any parameter, including through --set', () => {
    const a = loadScenarioText('name: h\n', path.join(dir, 'a.yaml'));
    const b = loadScenarioText('name: h\nguardians: { adminShare: 0.3 }\n', path.join(dir, 'a.yaml'));
    const c = loadScenarioText('name: h\n', path.join(dir, 'a.yaml'), { overrides: ['guardians.adminShare=0.31'] });
    expect(new Set([a.hash, b.hash, c.hash]).size).toBe(3);
  });
});

describe('--set', () => {
  test('a valid value is applied after the files', () => {
    const { scenario } = loadScenario(baseline, {
      overrides: ['guardians.adminShare=0.3', 'gi.institutions[1].guardianPositions=6', 'reforms.guardianDuos.enabled=true'],
    });
    expect(scenario.guardians.adminShare).toBe(0.3);
    expect(scenario.gi.institutions[1]?.guardianPositions).toBe(6);
    expect(scenario.gi.institutions[0]?.name).toBe(scenarioDefaults().gi.institutions[0]?.name);
    expect(scenario.reforms.guardianDuos.enabled).toBe(true);
  });

  test('the later of two --set on one parameter wins', () => {
    const { scenario } = loadScenario(baseline, { overrides: ['guardians.adminShare=0.3', 'guardians.adminShare=0.2'] });
    expect(scenario.guardians.adminShare).toBe(0.2);
  });

  test('a value out of range is reported against --set', () => {
    const diagnostics = diagnosticsOf(baseline, { overrides: ['guardians.adminShare=1.4'] });
    expect(diagnostics).toEqual([{ file: '--set', path: 'guardians.adminShare', message: 'expected a number between 0 and 1, got 1.4' }]);
  });

  test('a percentage gets a hint', () => {
    const [d] = diagnosticsOf(baseline, { overrides: ['guardians.adminShare=38'] });
    expect(d.hint).toMatch(/38% is 0\.38/);
  });

  test('an unknown parameter gets a did-you-mean', () => {
    const [d] = diagnosticsOf(baseline, { overrides: ['guardians.adminshare=0.3'] });
    expect(d).toMatchObject({
      file: '--set',
      path: 'guardians.adminshare',
      message: 'there is no such parameter',
      hint: 'did you mean guardians.adminShare?',
    });
    const [e] = diagnosticsOf(baseline, { overrides: ['guardians.investigators=3'] });
    expect(e.hint).toBe('did you mean rvdk.investigators?');
    const [f] = diagnosticsOf(baseline, { overrides: ['gardians.adminShare=0.3'] });
    expect(f.hint).toBe('did you mean guardians.adminShare?');
  });

  test('malformed options are refused', () => {
    expect(diagnosticsOf(baseline, { overrides: ['guardians.adminShare'] })[0].message).toMatch(/not of the form path=value/);
    expect(diagnosticsOf(baseline, { overrides: ['guardians..adminShare=1'] })[0].message).toMatch(/not a parameter path/);
    expect(diagnosticsOf(baseline, { overrides: ['guardians.adminShare.x=1'] })[0].message).toMatch(/single value and has no part "x"/);
    expect(diagnosticsOf(baseline, { overrides: ['guardians.adminShare=!!js/function x'] })[0].message).toMatch(/cannot be read.*tags/);
    expect(diagnosticsOf(baseline, { overrides: ['gi.institutions[7].share=1'] })[0].message).toMatch(/the list has 3 entries/);
  });

  test('every mistake in --set and the file is reported at once', () => {
    const diagnostics = diagnosticsOf(path.join(BROKEN, 'typo-key.yaml'), {
      overrides: ['guardians.adminshare=0.3', 'guardians.hoursPerWeek=-2'],
    });
    expect(diagnostics.map((d) => `${path.basename(d.file)}:${d.path}`)).toEqual([
      '--set:guardians.adminshare',
      '--set:guardians.hoursPerWeek',
      'typo-key.yaml:guardians.caseloadCapChilderen',
    ]);
  });

  test('a distribution can be replaced or one of its parameters changed', () => {
    const replaced = loadScenario(baseline, { overrides: ['rvdk.investigationDays={ kind: deterministic, value: 30 }'] }).scenario;
    expect(replaced.rvdk.investigationDays).toEqual({ kind: 'deterministic', value: 30 });
    const changed = loadScenario(baseline, { overrides: ['rvdk.investigationDays.mean=60'] }).scenario;
    expect(changed.rvdk.investigationDays).toMatchObject({ kind: scenarioDefaults().rvdk.investigationDays.kind, mean: 60 });
  });

  test('reaches values the file leaves to the defaults', () => {
    const { scenario } = loadScenarioText('name: minimal\n', path.join(dir, 'minimal.yaml'), {
      overrides: ['gi.institutions[2].guardianPositions=9', 'region.municipalities[0].youthPopulation=1000'],
    });
    expect(scenario.gi.institutions[2]).toEqual({ ...scenarioDefaults().gi.institutions[2], guardianPositions: 9 });
    expect(scenario.region.municipalities[0]?.youthPopulation).toBe(1000);
    expect(scenario.region.municipalities).toHaveLength(scenarioDefaults().region.municipalities.length);
  });

  test('does not paper over a file whose group is a single value', () => {
    const diagnostics = textDiagnostics('name: g\nguardians: 3\n', path.join(dir, 'g.yaml'), { overrides: ['guardians.adminShare=0.3'] });
    expect(diagnostics.map((d) => d.file)).toEqual(['--set', path.join(dir, 'g.yaml')]);
    expect(diagnostics[0].message).toMatch(/`guardians` is not a group of settings/);
    expect(diagnostics[1]).toMatchObject({ line: 2, path: 'guardians' });
  });

  test("a mistake in the file stays the file's when options are given: a missing name points at the file, not at --set", () => {
    const file = path.join(dir, 'nameless.yaml');
    const diagnostics = textDiagnostics('simulation:\n  years: 2\n', file, { overrides: ['simulation.years=2'] });
    expect(diagnostics).toEqual([
      expect.objectContaining({ file, line: 1, column: 1, path: 'name', message: expect.stringMatching(/missing/) }),
    ]);
  });

  test('a rule across parameters broken by --set points at the file line of the other value', () => {
    // Admin and indirect work together must leave time for families: the rule is reported at adminShare, in the file.
    const diagnostics = diagnosticsOf(baseline, { overrides: ['guardians.indirectCaseworkShare=0.7'] });
    const d = diagnostics.find((x) => x.path === 'guardians.adminShare');
    expect(d?.message).toMatch(/leave no time for families/);
    expect(path.basename(d!.file)).toBe('baseline.yaml');
    expect(d!.line).toBeGreaterThan(1);
  });
});

describe('did you mean', () => {
  test('edit distance counts insertions, deletions, substitutions and swaps', () => {
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('adminShare', 'adminShaer')).toBe(1);
    expect(editDistance('same', 'same')).toBe(0);
  });

  test('suggests close names only', () => {
    const keys = ['caseloadCapChildren', 'hoursPerWeek', 'adminShare', 'sd'];
    expect(didYouMean('caseloadCapChilderen', keys)).toBe('caseloadCapChildren');
    expect(didYouMean('AdminShare', keys)).toBe('adminShare');
    expect(didYouMean('admin', keys)).toBe('adminShare');
    expect(didYouMean('sdd', keys)).toBe('sd');
    expect(didYouMean('investigators', keys)).toBeUndefined();
    expect(didYouMean('x', keys)).toBeUndefined();
  });
});

describe('plain-language hints', () => {
  const hintFor = (yaml: string) => textDiagnostics(`name: h\n${yaml}`, path.join(dir, 'h.yaml'))[0];
  test.each([
    ['guardians:\n  adminShare: 38%\n', /write a share as a fraction: 38% is 0\.38/],
    // a yearly rate allows up to 2: 25 would be refused next, so the hint gives the fraction
    ['guardians:\n  turnoverRatePerYear: 25%\n', /write it as a fraction: 25% is 0\.25/],
    // hours a week allow 36: the number without % is the hint
    ['guardians:\n  hoursPerWeek: 36%\n', /write the number without %/],
    ['guardians:\n  hoursPerWeek: "36"\n', /remove the quotes/],
    [
      'region:\n  municipalities:\n    - { name: Ede, youthPopulation: 26_400, measuresPerThousandYouth: 8.7 }\n',
      /without separators: 26400/,
    ],
    ['reforms:\n  guardianDuos:\n    enabled: ja\n', /write true/],
    ['reforms:\n  guardianDuos:\n    enabled: no\n', /write false/],
  ])('%j', (yaml, hint) => {
    expect(hintFor(yaml).hint).toMatch(hint);
  });

  test('a distribution without a kind', () => {
    const d = hintFor('rvdk:\n  investigationDays: { mean: 3 }\n');
    // Defaults fill in whole values only: a file without a parent must name the kind.
    expect(d.path).toBe('rvdk.investigationDays');
    expect(d.message).toMatch(/needs a `kind`: one of exponential, lognormal/);
  });

  test('a whole number', () => {
    const d = hintFor('guardians:\n  caseloadCapChildren: 12.5\n');
    expect(d.message).toBe('expected a whole number between 0 and 100, got 12.5');
  });

  test('not a number', () => {
    expect(hintFor('guardians:\n  hoursPerWeek: .nan\n').message).toMatch(/got \.nan \(not a number\)/);
    expect(hintFor('guardians:\n  hoursPerWeek: .inf\n').message).toMatch(/got infinity/);
  });

  test('an unknown key in a distribution lists what that kind takes', () => {
    const d = hintFor('rvdk:\n  investigationDays: { kind: lognormal, mean: 3, sd: 1, min: 0 }\n');
    expect(d).toMatchObject({ path: 'rvdk.investigationDays.min', line: 3 });
    expect(d.hint).toBe('a lognormal distribution takes: kind, mean, sd');
  });
});

test('scenario files in a folder: the baseline first, the schema file left out', () => {
  // the folder of folders holds no scenario of its own (the schema file is left out)
  expect(scenarioFilesIn(path.dirname(FOODVALLEY))).toEqual([]);
  const fv = scenarioFilesIn(FOODVALLEY).map((f) => path.basename(f));
  expect(fv[0]).toBe('baseline.yaml');
  expect(fv.slice(1)).toEqual([...fv.slice(1)].sort());
  const nl = scenarioFilesIn(path.join(path.dirname(FOODVALLEY), 'netherlands')).map((f) => path.basename(f));
  expect(nl).toEqual(fv);
  expect(scenarioFilesIn(path.dirname(FOODVALLEY), { recursive: true })).toHaveLength(fv.length + nl.length);
});
