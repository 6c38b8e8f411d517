// The README's scenario examples are scenarios: each YAML block that extends the baseline loads,
// and the merge example changes only what it says.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadScenario, loadScenarioText } from '../../src/node/scenarioFiles.js';
import { FOODVALLEY, ROOT } from './helpers.js';

const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const blocks = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1] ?? '').filter((b) => /^extends: baseline\.yaml$/m.test(b));

describe("the README's scenario examples", () => {
  test('there are some', () => expect(blocks.length).toBeGreaterThanOrEqual(2));

  test.each(blocks.map((b) => [b.match(/^name: (.+)$/m)?.[1] ?? '?', b]))('%s loads as written', (_, text) => {
    expect(() => loadScenarioText(text, path.join(FOODVALLEY, 'readme-example.yaml'))).not.toThrow();
  });

  test('the merge example changes one institution and the admin share, nothing else', () => {
    const text = blocks.find((b) => b.includes('institutions:')) ?? '';
    const example = loadScenarioText(text, path.join(FOODVALLEY, 'readme-example.yaml')).scenario;
    const base = loadScenario(path.join(FOODVALLEY, 'baseline.yaml')).scenario;
    expect(example.gi.institutions).toEqual(
      base.gi.institutions.map((i) =>
        i.name === 'Jeugdbescherming Gelderland' ? { ...i, guardianPositions: i.guardianPositions + 4 } : i,
      ),
    );
    expect(example.guardians).toEqual({ ...base.guardians, adminShare: 0.3 });
  });
});
