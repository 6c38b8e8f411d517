// Every chart spec compiles without warnings, renders headless to an SVG that has marks and to a
// PNG, names a unit on each quantitative axis and starts bars at zero; and rendering stays fast.

import * as vega from 'vega';
import { Resvg } from '@resvg/resvg-js';
import { existsSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { interpreterRuntime } from '../../src/report/html.js';
import { comparisonCharts, journeyChart, sweepChart, tornadoCharts, type ChartDef } from '../../src/report/index.js';
import { labelsFor } from '../../src/report/labels.js';
import { CHART_FONT_FILES, chartFontFiles, compactSvg, compileChart, renderPng, renderSvg, resvgOptions } from '../../src/report/render.js';
import { costEffectChart } from '../../src/report/costs.js';
import { textWidth, useHelveticaMetrics } from '../../src/report/textMetrics.js';
import { FONT } from '../../src/report/theme.js';
import type { Lang, SensitivityResult, SweepResult } from '../../src/report/types.js';
import { HOSTILE_NAME, STANDARD_SCENARIOS, makeFixture, makeJourney } from './fixtures.js';
import { markItems, totalMarks } from './svg.js';

const sweep: SweepResult = {
  scenario: 'Basis',
  parameter: 'guardians.caseloadCapChildren',
  unit: 'children',
  seed: 1,
  replications: 10,
  points: [10, 12, 14, 16, 18, 20].map((value) => ({
    value,
    metrics: {
      guardianChangesPerFamily: { mean: 0.2 + value * 0.05, ci95: [0.15 + value * 0.05, 0.25 + value * 0.05] },
      timeFromRulingToGuardianDays: { mean: 400 - value * 8, ci95: [380 - value * 8, 420 - value * 8] },
    },
  })),
};

const sensitivity: SensitivityResult = {
  scenario: 'Basis',
  seed: 1,
  replications: 10,
  base: { coldHandoversPerFamily: { mean: 4, ci95: [3.8, 4.2] }, timeFromRulingToGuardianDays: { mean: 330, ci95: [320, 340] } },
  parameters: [
    { path: 'guardians.adminShare', baseValue: 0.38, unit: 'share', low: { value: 0.25, metrics: { coldHandoversPerFamily: { mean: 3.6, ci95: [3.4, 3.8] }, timeFromRulingToGuardianDays: { mean: 300, ci95: [290, 310] } } }, high: { value: 0.5, metrics: { coldHandoversPerFamily: { mean: 4.6, ci95: [4.4, 4.8] }, timeFromRulingToGuardianDays: { mean: 380, ci95: [370, 390] } } } },
    { path: 'guardians.turnoverRatePerYear', baseValue: 0.15, low: { value: 0.1, metrics: { coldHandoversPerFamily: { mean: 3.7, ci95: [3.5, 3.9] }, timeFromRulingToGuardianDays: { mean: 325, ci95: [315, 335] } } }, high: { value: 0.25, metrics: { coldHandoversPerFamily: { mean: 4.5, ci95: [4.3, 4.7] }, timeFromRulingToGuardianDays: { mean: 340, ci95: [330, 350] } } } },
  ],
};

function allCharts(lang: Lang): ChartDef[] {
  const labels = labelsFor(lang);
  const { summaries, comparison } = makeFixture([...STANDARD_SCENARIOS, { name: HOSTILE_NAME, effect: { coldHandoversPerFamily: 1.2 } }]);
  const journey = makeJourney();
  return [...comparisonCharts(labels, summaries, comparison), costEffectChart(labels, comparison, (n) => n)!, journeyChart(labels, 27, journey.spells, journey.events), sweepChart(labels, sweep)!, ...tornadoCharts(labels, sensitivity)];
}

/** Quantitative x/y encodings with a title, anywhere in a spec (layers, facets, concats). */
function quantitativeAxes(spec: unknown, found: Array<{ channel: string; def: Record<string, unknown>; mark: unknown; ranged: boolean }> = [], mark?: unknown): typeof found {
  if (Array.isArray(spec)) spec.forEach((s) => quantitativeAxes(s, found, mark));
  else if (spec && typeof spec === 'object') {
    const o = spec as Record<string, unknown>;
    const here = o.mark ?? mark;
    const enc = o.encoding as Record<string, Record<string, unknown>> | undefined;
    for (const channel of ['x', 'y']) {
      const def = enc?.[channel];
      if (def && def.type === 'quantitative' && 'title' in def) found.push({ channel, def, mark: here, ranged: enc?.[`${channel}2`] !== undefined });
    }
    for (const [k, v] of Object.entries(o)) if (k !== 'encoding' && k !== 'data' && k !== 'config') quantitativeAxes(v, found, here);
  }
  return found;
}

/** The interpreter exactly as the page defines it, over vega's exports instead of its browser global. */
function pageInterpreter(): unknown {
  return new Function('vega', `${interpreterRuntime()}\nreturn vegaInterpreter;`)(vega);
}

/** The SVG and every item's tooltip, with expressions compiled (no `expr`) or interpreted. */
async function drawn(spec: vega.Spec, expr?: unknown): Promise<{ svg: string; tooltips: unknown[] }> {
  useHelveticaMetrics();
  const runtime = expr === undefined ? vega.parse(spec) : vega.parse(spec, undefined, { ast: true });
  const view = new vega.View(runtime, { renderer: 'none', logLevel: vega.Error, ...(expr === undefined ? {} : { expr }) });
  try {
    await view.runAsync();
    const tooltips: unknown[] = [];
    const walk = (node: { items?: Array<{ tooltip?: unknown }> }) => {
      for (const item of node.items ?? []) {
        if (item.tooltip !== undefined) tooltips.push(item.tooltip);
        walk(item as never);
      }
    };
    walk((view.scenegraph() as unknown as { root: never }).root);
    return { svg: compactSvg(await view.toSVG()), tooltips };
  } finally {
    view.finalize();
  }
}

describe('charts', () => {
  for (const lang of ['nl', 'en'] as const) {
    it(`every spec compiles without warnings and renders marks (${lang})`, async () => {
      const charts = allCharts(lang);
      expect(charts.map((c) => c.name)).toEqual(
        expect.arrayContaining(['differences', 'handovers', 'handovers-distribution', 'guardian-changes', 'professionals', 'waits', 'children-under-measure', 'children-without-guardian', 'caseload', 'cost-effect', 'journey', 'sweep-guardians-caseloadcapchildren', 'tornado-coldhandoversperfamily', 'tornado-timefromrulingtoguardiandays']),
      );
      for (const chart of charts) {
        const { vega, warnings } = compileChart(chart.spec);
        expect(warnings, chart.name).toEqual([]);
        const svg = await renderSvg(vega);
        expect(svg.startsWith('<svg'), chart.name).toBe(true);
        expect(totalMarks(svg), `${chart.name}: ${JSON.stringify(markItems(svg))}`).toBeGreaterThan(3);
        expect(chart.caption.length, chart.name).toBeGreaterThan(40);
      }
    });
  }

  // the page runs without 'unsafe-eval', so its charts go through vega-interpreter instead
  it('draws every chart and tooltip the same with the page\'s expression interpreter', async () => {
    const expr = pageInterpreter();
    expect(Object.keys(expr as object).sort()).toEqual(['encode', 'event', 'handler', 'operator', 'parameter']);
    let tooltips = 0;
    for (const chart of allCharts('nl')) {
      const { vega: spec } = compileChart(chart.spec);
      const compiled = await drawn(spec);
      const interpreted = await drawn(spec, expr);
      expect(interpreted.svg, chart.name).toBe(compiled.svg);
      expect(interpreted.tooltips, chart.name).toEqual(compiled.tooltips);
      tooltips += compiled.tooltips.length;
    }
    // without tooltips the comparison would say nothing about them
    expect(tooltips).toBeGreaterThan(0);
  });

  it('names a unit on every quantitative axis and starts bar axes at zero', () => {
    for (const chart of allCharts('nl')) {
      for (const { channel, def, mark, ranged } of quantitativeAxes(chart.spec)) {
        expect(String(def.title), `${chart.name} ${channel}`).toMatch(/\(.+\)/);
        const type = typeof mark === 'string' ? mark : (mark as { type?: string } | undefined)?.type;
        // the length of a bar (or the height of an area) is the quantity: it must start at zero
        const magnitude = (type === 'bar' && !ranged) || (type === 'area' && channel === 'y');
        if (magnitude) expect((def.scale as { zero?: boolean } | undefined)?.zero, `${chart.name} ${channel}`).not.toBe(false);
      }
    }
  });

  it('shows the guardian-change tail: the share of families with 5+ gezinsvoogden in each panel', async () => {
    const labels = labelsFor('en');
    const { summaries, comparison } = makeFixture(STANDARD_SCENARIOS);
    const chart = comparisonCharts(labels, summaries, comparison).find((c) => c.name === 'guardian-changes')!;
    const svg = await renderSvg(compileChart(chart.spec).vega);
    const notes = svg.match(/5\+ gezinsvoogden: \d+\.\d%/g) ?? [];
    expect(notes).toHaveLength(STANDARD_SCENARIOS.length);
  });

  it('labels each tornado bar with the value it tried and names parameters in words, never by path', async () => {
    const labels = labelsFor('nl');
    const cold = tornadoCharts(labels, sensitivity).find((c) => c.name === 'tornado-coldhandoversperfamily')!;
    const svg = await renderSvg(compileChart(cold.spec).vega);
    // guardians.adminShare: tried at 25% and 50% around today's 38%
    expect(svg).toMatch(/>25%<\/text>/);
    expect(svg).toMatch(/>50%<\/text>/);
    expect(svg).toContain('Tijd voor administratie (nu 38%)');
    expect(svg).toContain('Verloop van gezinsvoogden (nu 0,15 per jaar)');
    expect(svg).not.toMatch(/guardians\.|adminShare|turnoverRatePerYear/);
  });

  it('says in a sweep what was held fixed, and names the parameter in words', async () => {
    const labels = labelsFor('nl');
    const positions = sweepChart(labels, { ...sweep, held: { what: 'positions', guardianPositions: sweep.points.map(() => 29), capacityChildren: sweep.points.map((p) => 29 * p.value) } })!;
    expect(positions.caption).toContain('De gezinsvoogdposities blijven gelijk (29 fte');
    const capacity = sweepChart(labels, { ...sweep, held: { what: 'capacity', guardianPositions: [52, 44, 37, 33, 29, 26], capacityChildren: [520, 528, 518, 528, 522, 520] } })!;
    expect(capacity.caption).toContain('van 26 tot 52 fte');
    const svg = await renderSvg(compileChart(capacity.spec).vega);
    expect(svg).toContain('Caseloadnorm (kinderen)');
    expect(svg).not.toContain('guardians.caseloadCapChildren');
  });

  it('writes Dutch numbers with a decimal comma and a true minus sign', async () => {
    const labels = labelsFor('nl');
    const { summaries, comparison } = makeFixture(STANDARD_SCENARIOS);
    const chart = comparisonCharts(labels, summaries, comparison).find((c) => c.name === 'differences')!;
    const svg = await renderSvg(compileChart(chart.spec).vega);
    expect(svg).toMatch(/>\u22120,\d<\/text>/);
    expect(svg).not.toMatch(/>-0\.\d<\/text>/);
  });

  it('draws no point for a value a scenario does not have (a link it skips), in the differences and the waits', () => {
    const labels = labelsFor('nl');
    const { summaries, comparison } = makeFixture(STANDARD_SCENARIOS);
    const reform = Object.keys(comparison.scenarios)[0]!;
    const d = comparison.scenarios[reform]!['waitDays.JBT']!;
    comparison.scenarios[reform]!['waitDays.JBT'] = { ...d, scenario: NaN, difference: NaN, ci95: [NaN, NaN], relativeChange: null, significant: false };
    const waits = summaries.find((s) => s.scenario.name === reform)!.metrics as unknown as { waitDays: Record<string, { mean: number; ci95: [number, number] }> };
    waits.waitDays.JBT = { ...waits.waitDays.JBT!, mean: NaN, ci95: [NaN, NaN] };
    const spec = (name: string) => JSON.stringify(comparisonCharts(labels, summaries, comparison).find((c) => c.name === name)!.spec);
    // the other scenarios' JBT waits are drawn; the missing one is not, in neither chart
    expect(spec('differences')).toContain('"measure":"Wachten JBT');
    expect(spec('differences')).not.toContain('"differenceText":"–"');
    expect(spec('waits')).toContain('"panel":"JBT"');
    expect(spec('waits')).not.toContain('(– tot –)');
  });

  it('names every point of the cost-effect chart, clear or not (a pasted chart has no tooltips)', () => {
    const labels = labelsFor('nl');
    const { comparison } = makeFixture([...STANDARD_SCENARIOS, { name: HOSTILE_NAME, effect: { coldHandoversPerFamily: 1.2 } }]);
    const spec = costEffectChart(labels, comparison, (n) => n)!.spec as { concat: Array<{ layer: Array<{ mark: { type: string; color?: string }; data: { values: Array<Record<string, unknown>> } }> }> };
    let unclear = 0;
    for (const panel of spec.concat) {
      const points = panel.layer.find((l) => l.mark.type === 'point')!.data.values;
      // the names in ink, not their white outlines; those on the right of a point and those on its left
      const names = panel.layer.filter((l) => l.mark.type === 'text' && l.mark.color !== 'white').flatMap((l) => l.data.values);
      expect(names.map((n) => n.scenario).sort()).toEqual(points.map((p) => p.scenario).sort());
      unclear += points.filter((p) => p.clear === labels.charts.costEffect.unclear).length;
    }
    // the fixture has reforms whose effect is not clear: they are named too
    expect(unclear).toBeGreaterThan(0);
  });

  it('fits the cost-effect chart in the report at 1,100 pixels, each name inside its panel and clear of the others', async () => {
    const labels = labelsFor('nl');
    // nine reforms with the bundled comparison's long names, most of them close together in cost
    const reforms = ['Caseload van 12', 'Gecombineerde hervorming', 'Gezinsvoogden in duo’s (niet stabiel)', 'Gezinsvoogd in het lokaal team', 'Minder administratie', 'Lange betrokkenheid', 'Eén organisatie', 'Preventie via scholen, clubs en kerken', 'Zelf hulp bieden (niet stabiel)'];
    const { comparison } = makeFixture([
      STANDARD_SCENARIOS[0]!,
      ...reforms.map((name, i) => ({ name, effect: { costPerYearEuro: 0.93 + 0.01 * i, coldHandoversPerFamily: 0.8 + 0.02 * (i % 4), timeFromRulingToGuardianDays: 0.97 + 0.005 * i, childrenWithoutGuardian: 0.9 + 0.02 * (i % 3), professionalsPerFamily: 0.95 + 0.01 * (i % 5) } })),
    ]);
    const chart = costEffectChart(labels, comparison, (n) => n)!;
    const svg = await renderSvg(compileChart(chart.spec).vega);
    // the report's column at a 1,100-pixel window: wider, and the browser shrinks the names with it
    expect(Number(/<svg[^>]*\bwidth="([\d.]+)"/.exec(svg)![1])).toBeLessThanOrEqual(1044);
    type Layer = { mark: { type: string; align?: string; color?: string }; data: { values: Array<Record<string, unknown>> } };
    const spec = chart.spec as { concat: Array<{ width: number; height: number; layer: Layer[]; encoding?: unknown }> };
    for (const panel of spec.concat) {
      const point = panel.layer.find((l) => l.mark.type === 'point')!;
      const xDomain = (point as unknown as { encoding: { x: { scale: { domain: [number, number] } } } }).encoding.x.scale.domain;
      const yDomain = (point as unknown as { encoding: { y: { scale: { domain: [number, number] } } } }).encoding.y.scale.domain;
      const boxes = panel.layer
        .filter((l) => l.mark.type === 'text' && l.mark.color !== 'white')
        .flatMap((l) =>
          l.data.values.map((r) => {
            const x = (((r.labelX as number) - xDomain[0]) / (xDomain[1] - xDomain[0])) * panel.width;
            const y = ((yDomain[1] - (r.labelY as number)) / (yDomain[1] - yDomain[0])) * panel.height;
            const w = textWidth(String(r.scenario), 10);
            return l.mark.align === 'left' ? { left: x, right: x + w, top: y - 6, bottom: y + 6 } : { left: x - w, right: x, top: y - 6, bottom: y + 6 };
          }),
        );
      expect(boxes).toHaveLength(point.data.values.length);
      for (const b of boxes) {
        expect(b.left).toBeGreaterThanOrEqual(-1e-6);
        expect(b.right).toBeLessThanOrEqual(panel.width + 1e-6);
        expect(b.top).toBeGreaterThanOrEqual(-1e-6);
        expect(b.bottom).toBeLessThanOrEqual(panel.height + 1e-6);
      }
      for (let i = 0; i < boxes.length; i++) for (let j = 0; j < i; j++) expect(boxes[i]!.left < boxes[j]!.right - 1e-6 && boxes[j]!.left < boxes[i]!.right - 1e-6 && boxes[i]!.top < boxes[j]!.bottom - 1e-6 && boxes[j]!.top < boxes[i]!.bottom - 1e-6).toBe(false);
    }
  });

  it('renders a PNG at twice the SVG size', async () => {
    const labels = labelsFor('nl');
    const j = makeJourney();
    const svg = await renderSvg(compileChart(journeyChart(labels, 27, j.spells, j.events).spec).vega);
    const png = renderPng(svg);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const width = Buffer.from(png).readUInt32BE(16);
    const svgWidth = Number(/width="(\d+)"/.exec(svg)![1]);
    expect(width).toBe(svgWidth * 2);
  });

  it('renders every comparison chart of ten scenarios (SVG and PNG) in a few seconds', async () => {
    const labels = labelsFor('nl');
    const ten = Array.from({ length: 10 }, (_, i) => ({ name: `Scenario ${i}`, effect: { coldHandoversPerFamily: 1 - i * 0.04, 'waitDays.GI': 1 + i * 0.05 } }));
    const { summaries, comparison } = makeFixture(ten);
    // processor time of this process (all its threads), not the clock: on a machine shared with
    // other work the clock measures the queue for the cores as much as the rendering
    const started = process.cpuUsage();
    const charts = comparisonCharts(labels, summaries, comparison);
    await Promise.all(charts.map(async (c) => renderPng(await renderSvg(compileChart(c.spec).vega))));
    const used = process.cpuUsage(started);
    const seconds = (used.user + used.system) / 1e6;
    // a few seconds on a quiet machine; the bound leaves room for a slow CI runner
    expect(seconds).toBeLessThan(20);
  });
});

describe('the PNG fonts', () => {
  // a reform's title as the charts show it, with the characters of Dutch labels and figures
  const label = "Gezinsvoogden in duo's (niet stabiel) – € 1.234 ≥ −5 · é ë ó";

  /** Width of `text` as resvg draws it in the PNG (in SVG pixels). */
  function drawnWidth(text: string, bold: boolean): number {
    const weight = bold ? ' font-weight="bold"' : '';
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="40"><text x="10" y="25" font-family="${FONT}" font-size="11px"${weight}>${text}</text></svg>`;
    return new Resvg(svg, resvgOptions(1)).getBBox()!.width;
  }

  it('are the files kept with jbsim, not the machine\'s', () => {
    const files = chartFontFiles();
    expect(files.map((f) => basename(f))).toEqual([...CHART_FONT_FILES]);
    for (const f of files) expect(existsSync(f)).toBe(true);
    expect(files.every((f) => basename(dirname(f)) === 'fonts' && basename(dirname(dirname(f))) === 'assets')).toBe(true);
  });

  it('draw text as wide as the layout measured it, regular and bold (a wider font cuts labels off)', () => {
    for (const bold of [false, true]) {
      const drawn = drawnWidth(label, bold);
      const measured = textWidth(label, 11, bold);
      // glyph outlines end a little inside their advance widths: within 1%, where DejaVu Sans is 14% wider
      expect(Math.abs(drawn - measured) / measured).toBeLessThan(0.01);
    }
  });
});
