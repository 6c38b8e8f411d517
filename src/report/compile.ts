// A Vega-Lite spec compiled to Vega, and drawn as SVG by Vega itself: the same in Node (for the
// report's files) and in the browser page, so both show the same charts.

import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import type { VlSpec } from './charts.js';
import { useHelveticaMetrics } from './textMetrics.js';

export interface CompiledChart {
  vega: vega.Spec;
  /** Vega-Lite's warnings (a spec that compiles with warnings usually draws something wrong). */
  warnings: string[];
}

export function compileChart(spec: VlSpec): CompiledChart {
  const warnings: string[] = [];
  const collect = (...args: unknown[]) => {
    warnings.push(args.map(String).join(' '));
    return logger;
  };
  const logger = {
    level: (() => logger) as never,
    error: collect,
    warn: collect,
    info: () => logger,
    debug: () => logger,
  };
  const { spec: compiled } = compile(spec as unknown as TopLevelSpec, { logger: logger as never });
  return { vega: compiled as vega.Spec, warnings };
}

export async function renderSvg(spec: vega.Spec): Promise<string> {
  useHelveticaMetrics();
  const view = new vega.View(vega.parse(spec), { renderer: 'none', logLevel: vega.Error });
  try {
    return compactSvg(await view.toSVG());
  } finally {
    view.finalize();
  }
}

/** Geometry to 1/100 px: Vega writes full doubles, which makes line charts several times larger. */
export function compactSvg(svg: string): string {
  return svg.replace(/\s(d|transform|points)="([^"]*)"/g, (_, name: string, value: string) => ` ${name}="${value.replace(/(-?\d+\.\d\d)\d+/g, '$1')}"`);
}
