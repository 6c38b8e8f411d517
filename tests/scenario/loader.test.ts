// The loader's rules: how extends merges, where inherited mistakes point, what --set does,
// and what the hash promises.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { didYouMean, editDistance } from '../../src/scenario/didYouMean.js';
import { loadScenario, loadScenarioText, scenarioDefaults, scenarioFilesIn } from '../../src/scenario/load.js';
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

  test('a list replaces the parent list whole', () => {
    const file = write('list.yaml', 'extends: parent.yaml\nname: list\ngi:\n  institutions:\n    - { name: C, share: 1, guardianPositions: 7 }\n');
    expect(loadScenario(file).scenario.gi.institutions).toEqual([{ name: 'C', share: 1, guardianPositions: 7 }]);
  });

  test('a distribution of the same kind merges; another kind replaces it', () => {
    const same = write('same-kind.yaml', 'extends: parent.yaml\nname: same\nrvdk:\n  investigationDays: { mean: 80 }\n');
    expect(loadScenario(same).scenario.rvdk.investigationDays).toEqual({ kind: 'lognormal', mean: 80, sd: 20 });
    const other = write('other-kind.yaml', 'extends: parent.yaml\nname: other\nrvdk:\n  investigationDays: { kind: deterministic, value: 30 }\n');
    expect(loadScenario(other).scenario.rvdk.investigationDays).toEqual({ kind: 'deterministic', value: 30 });
  });

  test('a mistake in an inherited value points at the parent line that wrote it', () => {
    const [d] = diagnosticsOf(path.join(BROKEN, 'inherits-bad-value.yaml'));
    expect(path.basename(d.file)).toBe('out-of-range.yaml');
    expect(d).toMatchObject({ line: 4, column: 15, path: 'guardians.adminShare' });
  });

  test('a mistake the child makes in an inherited list entry points at the child', () => {
    const file = write('bad-entry.yaml', 'extends: parent.yaml\nname: bad\ngi:\n  institutions:\n    - { name: A, share: 1 }\n');
    const [d] = diagnosticsOf(file);
    expect(path.basename(d.file)).toBe('bad-entry.yaml');
    expect(d).toMatchObject({ line: 5, path: 'gi.institutions[0].guardianPositions' });
    expect(d.message).toMatch(/`guardianPositions` is missing/);
  });

  test('mistakes in the file and in its parent are reported together', () => {
    write('bad-parent.yaml', 'name: bad-parent\nguardians:\n  turnoverRatePerYear: -1\n');
    const file = write('bad-child.yaml', 'extends: bad-parent.yaml\nname: bad-child\nguardians:\n  hoursPerWeek: 0\n  adminShre: 0.3\n');
    const found = diagnosticsOf(file).map((d) => `${path.basename(d.file)}:${d.line}:${d.path}`);
    expect(found).toEqual(['bad-child.yaml:4:guardians.hoursPerWeek', 'bad-child.yaml:5:guardians.adminShre', 'bad-parent.yaml:3:guardians.turnoverRatePerYear']);
  });

  test('a JSON file loads and may extend a YAML file', () => {
    const file = write('child.json', JSON.stringify({ extends: 'parent.yaml', name: 'json', guardians: { adminShare: 0.25 } }, null, 2));
    expect(loadScenario(file).scenario.guardians.adminShare).toBe(0.25);
  });

  test('anchors and aliases within the limit work', () => {
    const file = write('anchors.yaml', 'name: anchors\nveiligThuis:\n  triageDays: &d { kind: lognormal, mean: 20, sd: 5 }\nlocalTeam:\n  recruitmentDays: *d\n');
    expect(loadScenario(file).scenario.localTeam.recruitmentDays).toEqual({ kind: 'lognormal', mean: 20, sd: 5 });
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
    const own = loadScenarioText('extends: baseline.yaml\nname: mine\ntitle: { nl: Mijn scenario, en: My scenario }\n', path.join(FOODVALLEY, 'mine.yaml'));
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
    const { scenario } = loadScenario(baseline, { overrides: ['guardians.adminShare=0.3', 'gi.institutions[1].guardianPositions=6', 'reforms.guardianDuos.enabled=true'] });
    expect(scenario.guardians.adminShare).toBe(0.3);
    expect(scenario.gi.institutions[1].guardianPositions).toBe(6);
    expect(scenario.gi.institutions[0].name).toBe(scenarioDefaults().gi.institutions[0].name);
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
    expect(d).toMatchObject({ file: '--set', path: 'guardians.adminshare', message: 'there is no such parameter', hint: 'did you mean guardians.adminShare?' });
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
    const diagnostics = diagnosticsOf(path.join(BROKEN, 'typo-key.yaml'), { overrides: ['guardians.adminshare=0.3', 'guardians.hoursPerWeek=-2'] });
    expect(diagnostics.map((d) => `${path.basename(d.file)}:${d.path}`)).toEqual(['--set:guardians.adminshare', '--set:guardians.hoursPerWeek', 'typo-key.yaml:guardians.caseloadCapChilderen']);
  });

  test('a distribution can be replaced or one of its parameters changed', () => {
    const replaced = loadScenario(baseline, { overrides: ['rvdk.investigationDays={ kind: deterministic, value: 30 }'] }).scenario;
    expect(replaced.rvdk.investigationDays).toEqual({ kind: 'deterministic', value: 30 });
    const changed = loadScenario(baseline, { overrides: ['rvdk.investigationDays.mean=60'] }).scenario;
    expect(changed.rvdk.investigationDays).toMatchObject({ kind: scenarioDefaults().rvdk.investigationDays.kind, mean: 60 });
  });

  test('reaches values the file leaves to the defaults', () => {
    const { scenario } = loadScenarioText('name: minimal\n', path.join(dir, 'minimal.yaml'), { overrides: ['gi.institutions[2].guardianPositions=9', 'region.municipalities[0].youthPopulation=1000'] });
    expect(scenario.gi.institutions[2]).toEqual({ ...scenarioDefaults().gi.institutions[2], guardianPositions: 9 });
    expect(scenario.region.municipalities[0].youthPopulation).toBe(1000);
    expect(scenario.region.municipalities).toHaveLength(scenarioDefaults().region.municipalities.length);
  });

  test('does not paper over a file whose group is a single value', () => {
    const diagnostics = textDiagnostics('name: g\nguardians: 3\n', path.join(dir, 'g.yaml'), { overrides: ['guardians.adminShare=0.3'] });
    expect(diagnostics.map((d) => d.file)).toEqual(['--set', path.join(dir, 'g.yaml')]);
    expect(diagnostics[0].message).toMatch(/`guardians` is not a group of settings/);
    expect(diagnostics[1]).toMatchObject({ line: 2, path: 'guardians' });
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
    ['guardians:\n  hoursPerWeek: "36"\n', /remove the quotes/],
    ['region:\n  municipalities:\n    - { name: Ede, youthPopulation: 26_400, measuresPerThousandYouth: 8.7 }\n', /without separators: 26400/],
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
  const files = scenarioFilesIn(path.dirname(FOODVALLEY)).map((f) => path.basename(f));
  expect(files).toEqual(['netherlands.yaml']);
  const fv = scenarioFilesIn(FOODVALLEY).map((f) => path.basename(f));
  expect(fv[0]).toBe('baseline.yaml');
  expect(fv.slice(1)).toEqual([...fv.slice(1)].sort());
  expect(scenarioFilesIn(path.dirname(FOODVALLEY), { recursive: true })).toHaveLength(fv.length + 1);
});
