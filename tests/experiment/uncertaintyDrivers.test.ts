// Which parameters of an effect uncertainty.json marks as significant drivers: those that stand
// out after testing every parameter (p below 0.05 ÷ parameters), and only where the worlds allow
// partial rank correlations. With Spearman's ρ (too few worlds for the parameters), a strong
// coefficient is chance as often as not, and nothing is marked.

import { sampleRankCorrelation } from 'simple-statistics';
import { describe, expect, it } from 'vitest';
import { drivers } from '../../src/experiment/uncertaintyAnalysis.js';
import type { UncertaintyPlan } from '../../src/experiment/uncertaintyPlan.js';

// 30 worlds, three parameters: the effect follows the first closely, the others not at all
const WORLDS = 30;
const design = Array.from({ length: WORLDS }, (_, k) => [k / WORLDS, ((k * 7) % WORLDS) / WORLDS, ((k * 13) % WORLDS) / WORLDS]);
const effect = design.map(([a], k) => -3 * a! + 0.01 * Math.sin(k));
const plan = { parameters: [{ path: 'gi.a' }, { path: 'gi.b' }, { path: 'gi.c' }] } as unknown as UncertaintyPlan;

describe('the drivers of an effect', () => {
  it('marks a parameter that stands out after testing all of them, with partial rank correlations', () => {
    const found = drivers(plan, design, effect, [0, 1, 2], 'prcc', false);
    expect(found.map((d) => d.path)[0]).toBe('gi.a');
    for (const d of found) expect(d.significant).toBe(d.pValue < 0.05 / 3);
    expect(found[0]!.significant).toBe(true);
  });

  it("computes Spearman's ρ when asked for it, and partial rank correlations otherwise", () => {
    // the second column against a noisy effect: the two coefficients differ, and ρ is the plain rank correlation
    const noisy = design.map(([a, b], k) => a! + b! + Math.sin(k * 2.3));
    const rho = drivers(plan, design, noisy, [0, 1, 2], 'spearman', false).find((d) => d.path === 'gi.b')!.coefficient;
    const partial = drivers(plan, design, noisy, [0, 1, 2], 'prcc', false).find((d) => d.path === 'gi.b')!.coefficient;
    expect(rho).toBeCloseTo(
      sampleRankCorrelation(
        design.map((x) => x[1]!),
        noisy,
      ),
      12,
    );
    expect(Math.abs(partial - rho)).toBeGreaterThan(0.01);
  });

  it('needs at least three worlds with a finite effect', () => {
    const two = [1, 2, NaN, NaN, ...new Array(WORLDS - 4).fill(NaN)];
    expect(drivers(plan, design, two, [0, 1, 2], 'spearman', false)).toEqual([]);
    expect(drivers(plan, design, [1, 2, 3, ...new Array(WORLDS - 3).fill(NaN)], [0, 1, 2], 'spearman', false)).toHaveLength(3);
  });

  it("marks none with Spearman's ρ, however strong", () => {
    const found = drivers(plan, design, effect, [0, 1, 2], 'spearman', false);
    expect(found[0]!.path).toBe('gi.a');
    expect(found[0]!.pValue).toBeLessThan(0.05 / 3);
    for (const d of found) expect(d.significant).toBe(false);
  });

  it('does not mark an interval without zero that does not survive testing every parameter', () => {
    // a weaker link to the second parameter: p = 0.036, under 0.05 but over 0.05 ÷ 3
    const weak = design.map(([, b], k) => b! + 0.8 * Math.sin(k * 1.7));
    const b = drivers(plan, design, weak, [0, 1, 2], 'prcc', false).find((d) => d.path === 'gi.b')!;
    expect(b.pValue).toBeGreaterThan(0.05 / 3);
    expect(b.pValue).toBeLessThan(0.05);
    expect(b.ci95[0] > 0 || b.ci95[1] < 0).toBe(true);
    expect(b.significant).toBe(false);
  });
});
