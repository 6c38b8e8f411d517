// The self-contained HTML page: one file that works offline and by e-mail. Vega's runtime and its
// expression interpreter are inlined from node_modules with the compiled chart specs; each chart
// starts as a static SVG image and becomes interactive (with tooltips) when scripts run. Everything
// a user wrote is escaped, in the markup and in the inlined JSON.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Labels } from './labels.js';
import type { RenderedChart } from './render.js';

export function escapeHtml(text: unknown): string {
  return String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

/** JSON that is safe inside a <script> element: no `</script>`, no `<!--`, no line separators. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** Paragraphs from plain text: blank lines split paragraphs, single newlines become breaks. */
export function paragraphs(text: string): string {
  return text
    .trim()
    .split(/\n\s*\n/)
    .filter((p) => p.trim() !== '')
    .map((p) => `<p>${escapeHtml(p.trim()).replace(/\n/g, '<br>')}</p>`)
    .join('\n');
}

let vegaSource: string | undefined;
let interpreterSource: string | undefined;

/** Throws if a script cannot sit inside an inline <script> element. */
function assertInlinable(name: string, source: string): void {
  if (/<\/script|<!--/i.test(source)) throw new Error(`the ${name} build contains "</script" or "<!--" and cannot be inlined`);
}

/** Vega's browser build, read once; a `</script` inside would end the inline script early. */
export function vegaRuntime(): string {
  if (vegaSource === undefined) {
    const require = createRequire(import.meta.url);
    const dir = dirname(require.resolve('vega'));
    const source = readFileSync(join(dir, 'vega.min.js'), 'utf8').replace(/\/\/# sourceMappingURL=.*$/m, '');
    assertInlinable('vega', source);
    vegaSource = source;
  }
  return vegaSource;
}

/**
 * vega-interpreter as a classic script defining the global `vegaInterpreter`. The package ships
 * only an ES module that imports from vega-util, and an inline module cannot resolve that import
 * offline; vega's browser build re-exports vega-util, so the import is taken from the `vega`
 * global instead. Any other module shape is refused rather than guessed at.
 */
export function interpreterRuntime(): string {
  if (interpreterSource === undefined) {
    const require = createRequire(import.meta.url);
    const esm = readFileSync(require.resolve('vega-interpreter'), 'utf8').replace(/\/\/# sourceMappingURL=.*$/m, '');
    const imports = [...esm.matchAll(/^import \{ ([\w$]+(?:, [\w$]+)*) \} from 'vega-util';$/gm)];
    const exports = [...esm.matchAll(/^export \{ ([\w$]+) as expressionInterpreter \};$/gm)];
    if (imports.length !== 1 || exports.length !== 1 || (esm.match(/^\s*(import|export)\b/gm) ?? []).length !== 2) {
      throw new Error('the vega-interpreter build is not the expected ES module (one import from vega-util, one export)');
    }
    const names = imports[0][1].split(', ');
    const body = esm.replace(imports[0][0], '').replace(exports[0][0], '');
    const source = `var vegaInterpreter = (function (vegaUtil) {
'use strict';
${JSON.stringify(names)}.forEach(function (name) { if (vegaUtil[name] === undefined) throw new Error('vega does not provide ' + name + ' for vega-interpreter'); });
const { ${names.join(', ')} } = vegaUtil;
${body}
return ${exports[0][1]};
})(vega);`;
    assertInlinable('vega-interpreter', source);
    interpreterSource = source;
  }
  return interpreterSource;
}

// Expressions run through the interpreter, so no code is compiled at run time and 'unsafe-eval' is
// not needed; nothing may be fetched.
export const CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

// Turns each [data-chart] into a live Vega view with a small tooltip; on any failure the static
// image stays. Tooltip text is set with textContent, never as markup.
const EMBED = `(function () {
  'use strict';
  var data = document.getElementById('jbsim-charts');
  if (!data || typeof vega === 'undefined' || typeof vegaInterpreter === 'undefined') return;
  var specs = JSON.parse(data.textContent);
  var tip = document.createElement('div');
  tip.className = 'jb-tooltip';
  tip.setAttribute('role', 'tooltip');
  tip.hidden = true;
  document.body.appendChild(tip);
  function tooltip(handler, event, item, value) {
    if (value === undefined || value === null || value === '') { tip.hidden = true; return; }
    while (tip.firstChild) tip.removeChild(tip.firstChild);
    if (typeof value === 'object') {
      var table = document.createElement('table');
      Object.keys(value).forEach(function (key) {
        var row = document.createElement('tr');
        var th = document.createElement('th');
        var td = document.createElement('td');
        th.textContent = key;
        td.textContent = String(value[key]);
        row.appendChild(th);
        row.appendChild(td);
        table.appendChild(row);
      });
      tip.appendChild(table);
    } else {
      tip.textContent = String(value);
    }
    tip.hidden = false;
    var box = tip.getBoundingClientRect();
    var x = event.clientX + 14, y = event.clientY + 14;
    if (x + box.width > window.innerWidth - 8) x = Math.max(8, event.clientX - box.width - 14);
    if (y + box.height > window.innerHeight - 8) y = Math.max(8, event.clientY - box.height - 14);
    tip.style.left = x + 'px';
    tip.style.top = y + 'px';
  }
  window.addEventListener('scroll', function () { tip.hidden = true; }, { passive: true });
  Array.prototype.forEach.call(document.querySelectorAll('[data-chart]'), function (el) {
    var name = el.getAttribute('data-chart');
    var spec = specs[name];
    if (!spec) return;
    try {
      var host = document.createElement('div');
      host.className = 'vega-host';
      var view = new vega.View(vega.parse(spec, null, { ast: true }), { expr: vegaInterpreter, renderer: 'svg', hover: true });
      view.tooltip(tooltip);
      view.initialize(host);
      view.runAsync().then(function () {
        el.replaceChildren(host);
        el.setAttribute('data-rendered', 'true');
      }, function (err) { console.error('chart ' + name + ' could not be drawn: ' + err); });
    } catch (err) {
      console.error('chart ' + name + ' could not be drawn: ' + err);
    }
  });
})();`;

const STYLE = `
:root { --ink: #1a1a1a; --muted: #5a5a5a; --line: #d9d9d9; --better: #0072B2; --worse: #D55E00; --bg-soft: #f6f6f4; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 Arial, "Liberation Sans", Helvetica, sans-serif; color: var(--ink); background: #fff; }
main { max-width: 1240px; margin: 0 auto; padding: 24px 28px 64px; }
h1 { font-size: 26px; margin: 0 0 4px; }
h2 { font-size: 20px; margin: 40px 0 12px; padding-top: 8px; border-top: 1px solid var(--line); }
h3 { font-size: 16px; margin: 24px 0 8px; }
.run { color: var(--muted); margin: 0 0 12px; }
nav ul { list-style: none; padding: 0; margin: 8px 0 0; display: flex; flex-wrap: wrap; gap: 6px 18px; }
a { color: #0b5394; }
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; }
table.headline { width: 100%; font-size: 14px; }
table.headline th, table.headline td { border-bottom: 1px solid var(--line); padding: 6px 8px; vertical-align: top; text-align: right; }
table.headline th[scope=row], table.headline th.scenario-col, table.headline td.verdict { text-align: left; }
table.headline thead th { font-weight: bold; background: var(--bg-soft); }
table.headline thead th small { display: block; font-weight: normal; color: var(--muted); }
table.headline tr.baseline { background: var(--bg-soft); }
.tag { display: inline-block; font-size: 11px; font-weight: normal; color: var(--muted); border: 1px solid var(--line); border-radius: 3px; padding: 0 4px; margin-left: 4px; }
.value { display: block; font-weight: bold; }
.diff { display: block; white-space: nowrap; }
.ci { display: block; white-space: nowrap; color: var(--muted); font-size: 12px; }
td .diff { color: var(--muted); }
td.better .diff { color: var(--better); font-weight: bold; }
td.worse .diff { color: var(--worse); font-weight: bold; }
td.neutral .diff { color: var(--ink); font-weight: bold; }
table.costs td .value, table.costs td .ci { white-space: nowrap; }
table.costs td.better .value { color: var(--better); }
table.costs td.worse .value { color: var(--worse); }
table.headline td.text-col, table.headline th.text-col { text-align: left; min-width: 220px; max-width: 360px; }
table.headline.compact { font-size: 13px; }
table.headline.compact th, table.headline.compact td { padding: 5px 6px; }
tr.unsettled th[scope=row], tr.unsettled td .value { font-style: italic; }
.tag.unsettled { color: #8a4b00; border-color: #e0b070; background: #fff6e5; }
.lead { max-width: 900px; }
.reform { max-width: 980px; margin: 0 0 14px; padding: 2px 0 2px 12px; border-left: 3px solid var(--line); }
.reform.unsettled { border-left-color: #e0b070; }
.reform p { margin: 4px 0; }
.warning { color: #6b3a00; }
.note.caveat { color: #6b3a00; }
.muted { color: var(--muted); }
table.rankings ol { margin: 0; padding-left: 20px; }
table.rankings td, table.rankings th { padding-right: 16px; }
details { margin: 8px 0; }
details > summary { cursor: pointer; font-weight: bold; padding: 4px 0; }
dl.provenance { display: grid; grid-template-columns: max-content 1fr; gap: 2px 16px; }
dl.provenance dt { color: var(--muted); }
dl.provenance dd { margin: 0; }
ul.assumptions { margin: 4px 0 0; }
h4 { font-size: 14px; margin: 12px 0 4px; }
.note { color: var(--muted); font-size: 13px; max-width: 900px; }
figure.chart { margin: 28px 0; padding: 12px 0 0; }
figure.chart .vis { overflow-x: auto; }
figure.chart .vis img { max-width: 100%; height: auto; }
figcaption { color: var(--muted); font-size: 13px; max-width: 900px; margin-top: 6px; }
.downloads { display: block; margin-top: 2px; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.scenario { margin: 16px 0 24px; }
table.params { font-size: 13px; }
table.params th, table.params td { border-bottom: 1px solid var(--line); padding: 4px 10px 4px 0; text-align: left; vertical-align: top; }
table.params code, dl code { font-size: 12px; }
dl.glossary dt { font-weight: bold; margin-top: 8px; }
dl.glossary dd { margin: 0 0 0 0; color: #333; }
pre { background: var(--bg-soft); padding: 8px; overflow-x: auto; font-size: 12px; }
.jb-tooltip { position: fixed; z-index: 10; pointer-events: none; background: #fff; border: 1px solid #bbb; border-radius: 3px; box-shadow: 0 2px 6px rgba(0,0,0,.18); padding: 6px 8px; font-size: 12px; max-width: 420px; }
.jb-tooltip th { text-align: left; font-weight: normal; color: var(--muted); padding: 1px 10px 1px 0; vertical-align: top; }
.jb-tooltip td { padding: 1px 0; font-weight: bold; white-space: pre-line; }
.noscript { color: var(--muted); font-size: 13px; }
@media print { nav, .downloads { display: none; } figure.chart { break-inside: avoid; } }
`;

export interface PageSection {
  id: string;
  title: string;
  html: string;
}

export interface Page {
  labels: Labels;
  title: string;
  /** Escaped HTML under the title. */
  intro: string;
  sections: PageSection[];
  charts: RenderedChart[];
}

/** The figure for one chart: a static SVG image that the script swaps for the live view. */
export function chartFigure(labels: Labels, chart: RenderedChart, hrefPrefix: string): string {
  const name = chart.chart.name;
  const base64 = Buffer.from(chart.svg, 'utf8').toString('base64');
  const size = /<svg[^>]*\bwidth="(\d+(?:\.\d+)?)"[^>]*\bheight="(\d+(?:\.\d+)?)"/.exec(chart.svg);
  const dims = size ? ` width="${Math.round(Number(size[1]))}" height="${Math.round(Number(size[2]))}"` : '';
  const link = (file: string, text: string) => `<a href="${escapeHtml(hrefPrefix + file)}">${text}</a>`;
  return `<figure class="chart" id="chart-${escapeHtml(name)}">
<h3 class="sr-only">${escapeHtml(chart.chart.title)}</h3>
<div class="vis" data-chart="${escapeHtml(name)}"><img src="data:image/svg+xml;base64,${base64}" alt="${escapeHtml(chart.chart.title)}"${dims}></div>
<figcaption>${escapeHtml(chart.chart.caption)}<span class="downloads">${escapeHtml(labels.download)}: ${link(`${name}.png`, 'PNG')} · ${link(`${name}.svg`, 'SVG')} · ${link(`${name}.vl.json`, 'Vega-Lite')}</span></figcaption>
</figure>`;
}

export function renderPage(page: Page): string {
  const { labels } = page;
  const specs: Record<string, unknown> = {};
  for (const c of page.charts) specs[c.chart.name] = c.vega;
  const nav = page.sections.map((s) => `<li><a href="#${escapeHtml(s.id)}">${escapeHtml(s.title)}</a></li>`).join('');
  const body = page.sections.map((s) => `<section id="${escapeHtml(s.id)}">\n<h2>${escapeHtml(s.title)}</h2>\n${s.html}\n</section>`).join('\n');
  return `<!DOCTYPE html>
<html lang="${labels.lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="jbsim">
<title>${escapeHtml(page.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<header>
<h1>${escapeHtml(page.title)}</h1>
${page.intro}
<noscript><p class="noscript">${escapeHtml(labels.noScript)}</p></noscript>
<nav><ul>${nav}</ul></nav>
</header>
${body}
</main>
<script type="application/json" id="jbsim-charts">${jsonForScript(specs)}</script>
${page.charts.length > 0 ? `<script>${vegaRuntime()}</script>\n<script>${interpreterRuntime()}</script>\n<script>${EMBED}</script>` : ''}
</body>
</html>
`;
}
