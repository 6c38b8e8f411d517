// The worked example of docs/model.md#adding-a-reform, run as written there: the schema entry and
// the module are read from the page, compiled and used, so the example cannot go stale.

import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { Chain } from '../../src/model/chain.js';
import { composeReforms, REFORMS, type ReformModule } from '../../src/model/reforms/index.js';
import { meanInterval, pairedDifferences } from '../../src/statistics/index.js';
import { nonNegative, prob } from '../../src/scenario/params.js';
import { enabled } from '../../src/scenario/reforms.js';
import { SHORT, scenario } from './helpers.js';

const page = readFileSync(new URL('../../docs/model.md', import.meta.url), 'utf8');
const section = page.slice(page.indexOf('## Adding a reform'));
const blocks = [...section.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!);

const js = (source: string) =>
  ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 } }).outputText;

describe('adding a reform, as docs/model.md shows it', () => {
  it('has the schema entry and the module as code blocks', () => {
    expect(blocks).toHaveLength(2);
    expect(blocks[0]).toMatch(/^familyGroupConference: z/);
    expect(blocks[1]).toMatch(/ReformModule<'familyGroupConference'>/);
  });

  // the schema entry is an object member: compile it inside an object literal
  const fragment = new Function(
    'z',
    'enabled',
    'prob',
    'nonNegative',
    `return { ${js(`(${'{'}${blocks[0]}${'}'})`).replace(/^\(\{|\}\);?\s*$/g, '')} };`,
  )(z, enabled, prob, nonNegative).familyGroupConference as z.ZodType;
  const exports: Record<string, unknown> = {};
  new Function('exports', js(blocks[1]!))(exports);
  const module = exports.familyGroupConference as ReformModule;
  const modules = [...REFORMS, module];

  /** The test scenario with the example reform's section, as the schema entry validates it. */
  const withConference = (on: boolean) => {
    const s = scenario(SHORT);
    return { ...s, reforms: { ...s.reforms, familyGroupConference: fragment.parse({ enabled: on }) } } as typeof s;
  };

  it('validates its section with the defaults and bounds the entry gives', () => {
    expect(fragment.parse({ enabled: true })).toEqual({ enabled: true, needReduction: 0.1, euroPerYear: 150_000 });
    expect(() => fragment.parse({ enabled: true, needReduction: 1.5 })).toThrow();
    expect(() => fragment.parse({ enabled: true, colour: 'red' })).toThrow();
  });

  it('composes with the bundled reforms: its effects fold in only when enabled', () => {
    expect(composeReforms(withConference(false), modules).needFactor).toBe(1);
    const folded = composeReforms(
      {
        ...withConference(true),
        reforms: {
          ...withConference(true).reforms,
          prevention: { enabled: true, extraSignalsShare: 0.1, compulsoryNeedReduction: 0.25, programmeEuroPerThousandYouthPerYear: 0 },
        },
      },
      modules,
    );
    expect(folded.enabled).toEqual(['prevention', 'familyGroupConference']);
    expect(folded.needFactor).toBeCloseTo(0.9 * 0.75, 12);
    expect(folded.fixedCostPerYearEuro).toBeCloseTo(150_000, 6);
  });

  it('runs in the chain: fewer measures (its benefit) and €150,000 a year more (its cost), paired over replications', () => {
    const reps = 10;
    const seed = Math.floor(Math.random() * 1e9);
    const run = (on: boolean) => Array.from({ length: reps }, (_, r) => new Chain(withConference(on), seed, r, null, null, modules).run());
    const off = run(false);
    const on = run(true);
    const measures = meanInterval(
      pairedDifferences(
        on.map((x) => x.system.measuresStarted),
        off.map((x) => x.system.measuresStarted),
      ),
    );
    expect(measures.high, `seed ${seed}`).toBeLessThan(0);
    // the cost is the people and providers in use at their prices, plus the conferences' own €150,000
    const c = withConference(true).costs;
    const price: Record<string, number> = {
      guardian: c.guardianFtePerYearEuro,
      guardianInInduction: 0,
      localTeam: c.localTeamFtePerYearEuro,
      rvdkInvestigator: c.investigatorFtePerYearEuro,
      veiligThuis: c.veiligThuisFtePerYearEuro,
      jbtMember: c.investigatorFtePerYearEuro,
      replacement: c.replacementFtePerYearEuro,
      adminSupport: c.adminSupportFtePerYearEuro,
    };
    for (const r of on) {
      const people = Object.entries(r.system.fte).reduce((a, [role, n]) => a + n * price[role]!, 0);
      expect(r.system.costPerYearEuro - people - r.system.providersActive * c.providerPerYearEuro).toBeCloseTo(150_000, 4);
    }
  });
});
