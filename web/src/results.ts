// The comparison as the HTML report shows it: the same headline tables (report/markup.ts) and
// the same charts (report/charts.ts, compiled to Vega), drawn live by Vega in the page, each
// with SVG, PNG and Vega-Lite downloads.

import * as vega from 'vega';
import { expressionInterpreter } from 'vega-interpreter';
import type { Comparison, ScenarioSummary } from '../../src/experiment/types.js';
import { comparisonCharts, type ChartDef } from '../../src/report/charts.js';
import { compileChart } from '../../src/report/compile.js';
import { HEADLINE_METRICS, WAIT_METRICS, headlineTable } from '../../src/report/headline.js';
import type { Labels } from '../../src/report/labels.js';
import { escapeHtml, outcomeTableHtml } from '../../src/report/markup.js';

/** The headline and waits tables, with the report's note under them. */
export function tablesHtml(labels: Labels, summaries: ScenarioSummary[], comparison: Comparison): string {
  const headline = headlineTable(labels, summaries, comparison, HEADLINE_METRICS);
  const waits = headlineTable(labels, summaries, comparison, WAIT_METRICS);
  return `${outcomeTableHtml(labels, headline, 'headline')}
<p class="note">${escapeHtml(labels.headlineNote)}</p>
<h3>${escapeHtml(labels.sections.waits)}</h3>
${outcomeTableHtml(labels, waits, 'waits')}`;
}

export interface DrawnChart {
  chart: ChartDef;
  view: vega.View;
}

/** Draws every comparison chart into `host` (replacing what was there). */
export async function drawCharts(
  host: HTMLElement,
  labels: Labels,
  summaries: ScenarioSummary[],
  comparison: Comparison,
  download: (name: string, data: Blob | string, type: string) => void,
): Promise<DrawnChart[]> {
  for (const old of host.querySelectorAll<HTMLElement & { jbView?: vega.View }>('[data-chart]')) old.jbView?.finalize();
  host.replaceChildren();
  const drawn: DrawnChart[] = [];
  for (const chart of comparisonCharts(labels, summaries, comparison)) {
    const figure = document.createElement('figure');
    figure.className = 'chart';
    figure.id = `chart-${chart.name}`;
    const vis = document.createElement('div') as HTMLDivElement & { jbView?: vega.View };
    vis.className = 'vis';
    vis.dataset.chart = chart.name;
    const caption = document.createElement('figcaption');
    caption.textContent = chart.caption;
    const links = document.createElement('span');
    links.className = 'downloads';
    links.append(`${labels.download}: `);
    figure.append(vis, caption);
    caption.append(links);
    host.append(figure);

    const { vega: spec } = compileChart(chart.spec);
    const view = new vega.View(vega.parse(spec, undefined, { ast: true }), {
      expr: expressionInterpreter,
      renderer: 'svg',
      hover: true,
      logLevel: vega.None,
    });
    view.tooltip(tooltipHandler);
    vis.jbView = view;
    await view.initialize(vis).runAsync();
    const link = (text: string, make: () => Promise<void>) => {
      const a = document.createElement('button');
      a.type = 'button';
      a.className = 'link';
      a.textContent = text;
      a.addEventListener('click', () => void make());
      return a;
    };
    links.append(
      link('SVG', async () => download(`${chart.name}.svg`, await view.toSVG(), 'image/svg+xml')),
      ' · ',
      link('PNG', async () => download(`${chart.name}.png`, dataUrlToBlob(await view.toImageURL('png', 2)), 'image/png')),
      ' · ',
      link('Vega-Lite', async () => download(`${chart.name}.vl.json`, `${JSON.stringify(chart.spec, null, 2)}\n`, 'application/json')),
    );
    drawn.push({ chart, view });
  }
  return drawn;
}

/** A data: URL as a Blob, decoded here: the page fetches nothing, not even a data: URL. */
function dataUrlToBlob(url: string): Blob {
  const [head, body] = url.split(',', 2);
  if (head === undefined || body === undefined) throw new Error('a data: URL has a comma before its data');
  const type = /^data:([^;,]+)/.exec(head)?.[1] ?? 'application/octet-stream';
  const binary = atob(body);
  return new Blob([Uint8Array.from(binary, (c) => c.charCodeAt(0))], { type });
}

let tip: HTMLDivElement | null = null;

/** Vega's tooltip as the report draws it: text set with textContent, never as markup. */
function tooltipHandler(_handler: unknown, event: MouseEvent, _item: unknown, value: unknown): void {
  if (tip === null) {
    tip = document.createElement('div');
    tip.className = 'jb-tooltip';
    tip.setAttribute('role', 'tooltip');
    document.body.append(tip);
    window.addEventListener(
      'scroll',
      () => {
        if (tip) tip.hidden = true;
      },
      { passive: true },
    );
  }
  if (value === undefined || value === null || value === '') {
    tip.hidden = true;
    return;
  }
  tip.replaceChildren();
  if (typeof value === 'object') {
    const table = document.createElement('table');
    for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
      const row = table.insertRow();
      const th = document.createElement('th');
      th.textContent = key;
      const td = document.createElement('td');
      td.textContent = String(v);
      row.append(th, td);
    }
    tip.append(table);
  } else tip.textContent = String(value);
  tip.hidden = false;
  const box = tip.getBoundingClientRect();
  let x = event.clientX + 14;
  let y = event.clientY + 14;
  if (x + box.width > window.innerWidth - 8) x = Math.max(8, event.clientX - box.width - 14);
  if (y + box.height > window.innerHeight - 8) y = Math.max(8, event.clientY - box.height - 14);
  tip.style.left = `${x}px`;
  tip.style.top = `${y}px`;
}
