// The warm-up chart: per series, Welch's smoothed average from an empty chain and from the settled
// start, over the years of the run, with MSER-5's truncation points as vertical rules where they
// count (a start-up bias more than noise and of material size: experiment/warmup.ts). A reader
// sees how long an empty chain takes to fill, and that the settled start has no such climb; a cut
// that is noise is left out, as a rule drawn for it would read as a warm-up needed.

import { neededDays, type WarmupFile } from '../experiment/warmup.js';
import { DAYS_PER_YEAR } from '../model/index.js';
import { topLevel, type ChartDef } from './charts.js';
import { metricWords, type Labels } from './labels.js';
import { OKABE_ITO } from './theme.js';

/** A series' name with its unit, as the chart's panels and the page's table title it. */
export function seriesTitle(labels: Labels, key: string): string {
  const words = metricWords(labels, key);
  return words.unit === '' ? words.name : `${words.name} (${words.unit})`;
}

export function warmupChart(labels: Labels, file: WarmupFile): ChartDef {
  const w = labels.charts.warmup;
  // one dataset for both layers: a facet splits only its own data, so the rules travel with the lines
  const rows: Record<string, unknown>[] = [];
  const titles: string[] = [];
  for (const [name, report] of Object.entries(file.series)) {
    const title = seriesTitle(labels, name);
    titles.push(title);
    for (const [start, r] of [
      [w.empty, report.empty],
      [w.settled, report.settled],
    ] as const) {
      r.day.forEach((day, i) => {
        const v = r.welch[i];
        if (v !== null && v !== undefined) rows.push({ kind: 'line', series: title, start, years: day / DAYS_PER_YEAR, value: v });
      });
      if (neededDays(r) > 0) rows.push({ kind: 'rule', series: title, start, years: r.mserDays / DAYS_PER_YEAR });
    }
  }
  const color = { field: 'start', type: 'nominal', title: w.start, scale: { domain: [w.empty, w.settled], range: [OKABE_ITO.orange, OKABE_ITO.blue] } };
  const spec = topLevel(labels, w.title(file.scenario.name), w.caption(file.replications, file.welchWindowMonths), {
    data: { values: rows },
    facet: { field: 'series', type: 'nominal', sort: titles, title: null, header: { labelAnchor: 'start', labelFontWeight: 'bold', labelLimit: 0 } },
    columns: 2,
    resolve: { scale: { y: 'independent' } },
    spec: {
      width: 280,
      height: 140,
      layer: [
        {
          transform: [{ filter: "datum.kind === 'line'" }],
          mark: { type: 'line', strokeWidth: 1.5 },
          encoding: {
            x: { field: 'years', type: 'quantitative', title: w.years },
            y: { field: 'value', type: 'quantitative', title: null, scale: { zero: false } },
            color,
            tooltip: [
              { field: 'start', title: w.start },
              { field: 'years', title: w.years, format: '.1f' },
              { field: 'value', title: w.series, format: '.1f' },
            ],
          },
        },
        {
          transform: [{ filter: "datum.kind === 'rule' && datum.years > 0" }],
          mark: { type: 'rule', strokeDash: [4, 3] },
          encoding: { x: { field: 'years', type: 'quantitative' }, color, tooltip: [{ field: 'start', title: w.mser }, { field: 'years', title: w.years, format: '.2f' }] },
        },
      ],
    },
  });
  return { name: 'warmup', title: w.title(file.scenario.name), caption: w.caption(file.replications, file.welchWindowMonths), spec };
}
