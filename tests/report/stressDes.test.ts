// `jbsim describe`: the STRESS-DES reporting items from the schema and a run. The committed
// docs/stress-des.md must be what the command writes for the baseline, and the description must
// follow the scenario (its parameters and values) and the model (its metrics), not a copy of them.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeScenario, type ScenarioDescription } from '../../src/node/describe.js';
import { catalogue } from '../../src/experiment/metrics.js';
import { runReplication } from '../../src/model/index.js';
import { loadScenario } from '../../src/node/scenarioFiles.js';
import { stressDesMarkdown } from '../../src/report/stressDes.js';
import { BIN, ensureBuilt, ROOT } from '../experiment/helpers.js';
import { tempDir } from '../helpers/tempDirs.js';
import { defined } from '../helpers/defined.js';

const BASELINE = 'scenarios/foodvalley/baseline.yaml';
/** The 20 items of STRESS-DES (Monks et al. 2019), in order. */
const ITEMS = ['1.1', '1.2', '1.3', '2.1', '2.2', '2.3', '2.4', '2.5', '3.1', '3.2', '3.3', '3.4', '4.1', '4.2', '4.3', '5.1', '5.2', '5.3', '5.4', '6.1'];

let baseline: ScenarioDescription;
beforeAll(() => {
  baseline = describeScenario(BASELINE);
}, 60_000);

describe('docs/stress-des.md', () => {
  it('is what `jbsim describe` writes for the bundled baseline (run `npm run docs` if not)', () => {
    expect(readFileSync(join(ROOT, 'docs/stress-des.md'), 'utf8')).toBe(stressDesMarkdown(baseline));
  });

  it('has the 20 STRESS-DES items in their order', () => {
    const ids = [...stressDesMarkdown(baseline).matchAll(/^### (\d\.\d) /gm)].map((m) => m[1]);
    expect(ids).toEqual(ITEMS);
  });
});

describe('the description follows the scenario and the model', () => {
  it('says which families are followed: the whole window, or its first part', () => {
    const item = (d: ScenarioDescription) => defined(stressDesMarkdown(d).split('### 4.2')[1], 'item 4.2').split('### 4.3')[0]!;
    expect(item(baseline)).toContain('the families signalled in the observed window are followed');
    const part = { ...baseline, run: { ...baseline.run, years: 5, cohortShare: 0.5 } };
    expect(item(part)).toContain('the families signalled in the first 2.5 observed years (`simulation.cohortShare`');
  });

  it('lists every parameter of the scenario with its value, and a changed value as changed', () => {
    const lessAdmin = describeScenario('scenarios/foodvalley/less-admin.yaml');
    const value = (d: ScenarioDescription, path: string) => d.parameters.find((p) => p.path === path)!.value;
    expect(value(baseline, 'guardians.adminShare')).toBe(String(loadScenario(BASELINE).scenario.guardians.adminShare));
    expect(value(baseline, 'reforms.lessAdmin.enabled')).toBe('false');
    expect(value(lessAdmin, 'reforms.lessAdmin.enabled')).toBe('true');
    expect(value(lessAdmin, 'reforms.lessAdmin.adminShare')).toBe('0.25');
    const md = stressDesMarkdown(lessAdmin);
    expect(md).toContain('| `reforms.lessAdmin.adminShare` | 0.25 | share |');
    // one row per parameter in 3.3
    const rows = defined(md.split('### 3.3')[1], 'section 3.3').split('### 3.4')[0]!.split('\n').filter((l) => l.startsWith('| `'));
    expect(rows).toHaveLength(lessAdmin.parameters.length);
    expect(lessAdmin.parameters.length).toBeGreaterThan(80);
  });

  it('lists the metrics a run of the model produces, headline first', () => {
    const names = catalogue(runReplication(loadScenario(BASELINE).scenario, { seed: 1, replication: 0 })).names;
    expect(baseline.metrics.map((m) => m.name)).toEqual(names);
    const md = stressDesMarkdown(baseline);
    for (const n of names) expect(md).toContain(`| \`${n}\``);
  });

  it('names the other scenarios of the folder as the experiment, and every assumption', () => {
    expect(baseline.siblings.map((s) => s.name)).toContain('guardian-duos');
    expect(baseline.siblings.map((s) => s.name)).not.toContain('baseline');
    const assumptions = baseline.parameters.filter((p) => /^assumption/i.test(p.source)).map((p) => p.path);
    expect(assumptions).toContain('guardians.hoursPerVisit');
    const md = stressDesMarkdown(baseline);
    for (const a of assumptions) expect(md.split('### 3.4')[1]).toContain(`\`${a}\``);
  });
});

describe('jbsim describe', () => {
  beforeAll(ensureBuilt, 180_000);

  it('--out writes the same text; a folder is refused with exit 2', () => {
    const file = join(tempDir('describe'), 'stress.md');
    const r = spawnSync(process.execPath, [BIN, 'describe', BASELINE, '--out', file], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    expect(r.status, r.stderr).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(stressDesMarkdown(baseline));
    const folder = spawnSync(process.execPath, [BIN, 'describe', 'scenarios/foodvalley'], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    expect(folder.status).toBe(2);
    expect(folder.stderr).toMatch(/describe takes one scenario file, not a folder/);
  }, 60_000);
});
