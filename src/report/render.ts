// Turns a Vega-Lite spec into what people paste into memos and slides: the compiled Vega spec
// (for the page) and an SVG rendered headless by Vega itself (compile.ts, which runs in a
// browser too), and a PNG at twice the size (resvg, with the fonts kept in assets/fonts, whose
// character widths are the ones the layout measured).

import { Resvg, renderAsync, type ResvgRenderOptions } from '@resvg/resvg-js';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type * as vega from 'vega';
import type { ChartDef } from './charts.js';
import { compileChart, renderSvg } from './compile.js';
import { writeFileAtomic } from './files.js';
import { PNG_FONT_FAMILY } from './theme.js';

export { compactSvg, compileChart, renderSvg, type CompiledChart } from './compile.js';

/** The fonts the PNGs are drawn with, kept with jbsim (assets/fonts/README.md says why). */
export const CHART_FONT_FILES = ['LiberationSans-Regular.ttf', 'LiberationSans-Bold.ttf'] as const;
let fontFiles: string[] | undefined;

/**
 * The bundled chart fonts' paths, found once by walking up from here: this module runs from src/
 * (tests), from dist/src/ (the command line) and from the tests' build of the command line. Never
 * the machine's own fonts: without Liberation Sans or Arial, resvg drew the labels in a wider font
 * than the layout measured, and cut them off.
 */
export function chartFontFiles(): string[] {
  if (fontFiles !== undefined) return fontFiles;
  // up to ten levels: the tests' own build sits six below the project (tests/.artifacts/experiment/dist/src/report)
  for (let up = '../'; up.length <= 30; up += '../') {
    const dir = new URL(`${up}assets/fonts/`, import.meta.url);
    if (existsSync(new URL(CHART_FONT_FILES[0], dir))) {
      fontFiles = CHART_FONT_FILES.map((f) => join(fileURLToPath(dir), f));
      return fontFiles;
    }
  }
  throw new Error('the chart fonts (assets/fonts/) are missing from the jbsim folder: reinstall jbsim');
}

export function resvgOptions(scale: number): ResvgRenderOptions {
  return {
    fitTo: { mode: 'zoom', value: scale },
    background: 'white',
    font: { loadSystemFonts: false, fontFiles: chartFontFiles(), defaultFontFamily: PNG_FONT_FAMILY, sansSerifFamily: PNG_FONT_FAMILY },
  };
}

/** PNG at `scale` × the SVG's size: sharp enough for a slide or a printed memo. */
export function renderPng(svg: string, scale = 2): Uint8Array {
  return new Resvg(svg, resvgOptions(scale)).render().asPng();
}

/** The same off the main thread, so several charts render at once. */
export async function renderPngAsync(svg: string, scale = 2): Promise<Uint8Array> {
  return (await renderAsync(svg, resvgOptions(scale))).asPng();
}

export interface RenderedChart {
  chart: ChartDef;
  vega: vega.Spec;
  svg: string;
  warnings: string[];
  files: string[];
}

/** Renders all charts of a page in parallel (SVG and PNG work overlaps). */
export async function writeCharts(dir: string, charts: ChartDef[]): Promise<RenderedChart[]> {
  return Promise.all(charts.map((c) => writeChart(dir, c)));
}

/** A drawn SVG (not a Vega chart) as NAME.svg and NAME.png in `dir`. */
export async function writeSvgFigure(dir: string, name: string, svg: string): Promise<string[]> {
  const png = await renderPngAsync(svg);
  return Promise.all([writeFileAtomic(join(dir, `${name}.svg`), svg), writeFileAtomic(join(dir, `${name}.png`), png)]);
}

/** Writes NAME.vl.json, NAME.svg and NAME.png into `dir`. */
export async function writeChart(dir: string, chart: ChartDef): Promise<RenderedChart> {
  const { vega: compiled, warnings } = compileChart(chart.spec);
  const svg = await renderSvg(compiled);
  const png = await renderPngAsync(svg);
  const files = await Promise.all([
    writeFileAtomic(join(dir, `${chart.name}.vl.json`), `${JSON.stringify(chart.spec, null, 2)}\n`),
    writeFileAtomic(join(dir, `${chart.name}.svg`), svg),
    writeFileAtomic(join(dir, `${chart.name}.png`), png),
  ]);
  return { chart, vega: compiled, svg, warnings, files };
}
