// Turns a Vega-Lite spec into what people paste into memos and slides: the compiled Vega spec
// (for the page) and an SVG rendered headless by Vega itself (compile.ts, which runs in a
// browser too), and a PNG at twice the size (resvg, with the system fonts so the text matches
// the SVG).

import { Resvg, renderAsync, type ResvgRenderOptions } from '@resvg/resvg-js';
import { readdirSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import type * as vega from 'vega';
import type { ChartDef } from './charts.js';
import { compileChart, renderSvg } from './compile.js';
import { writeFileAtomic } from './files.js';
import { PNG_FONT_FAMILY } from './theme.js';

export { compactSvg, compileChart, renderSvg, type CompiledChart } from './compile.js';

const FONT_DIRS = ['/usr/share/fonts', '/usr/local/share/fonts', '/Library/Fonts', '/System/Library/Fonts', 'C:\\Windows\\Fonts'];
// Arial's metrics (Liberation Sans is its free twin), and DejaVu Sans for any glyph they lack
const FONT_FILE = /^(LiberationSans-(Regular|Bold)|DejaVuSans(-Bold)?|arial(bd)?|Arial( Bold)?)\.ttf$/i;
let fontFiles: string[] | undefined;

/** The few fonts the charts use, found once: scanning every system font per PNG is slow. */
function chartFontFiles(): string[] {
  if (fontFiles !== undefined) return fontFiles;
  const found: string[] = [];
  const walk = (dir: string, depth: number) => {
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (e.isDirectory() && depth < 4) walk(join(dir, e.name), depth + 1);
      else if (FONT_FILE.test(e.name)) found.push(join(dir, e.name));
    }
  };
  for (const dir of FONT_DIRS) walk(dir, 0);
  fontFiles = found;
  return found;
}

function resvgOptions(scale: number): ResvgRenderOptions {
  const files = chartFontFiles();
  return {
    fitTo: { mode: 'zoom', value: scale },
    background: 'white',
    // without the chart fonts, fall back to whatever the system has
    font: files.length > 0 ? { loadSystemFonts: false, fontFiles: files, defaultFontFamily: PNG_FONT_FAMILY, sansSerifFamily: PNG_FONT_FAMILY } : { loadSystemFonts: true, defaultFontFamily: PNG_FONT_FAMILY, sansSerifFamily: PNG_FONT_FAMILY },
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
