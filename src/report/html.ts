// The self-contained HTML page: one file that works offline and by e-mail. Vega's runtime and its
// expression interpreter are inlined from node_modules with the compiled chart specs; each chart
// starts as a static SVG image and becomes interactive (with tooltips) when scripts run. Everything
// a user wrote is escaped, in the markup and in the inlined JSON.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Labels } from './labels.js';
import { escapeHtml, jsonForScript, REPORT_STYLE } from './markup.js';
import type { RenderedChart } from './render.js';

export { escapeHtml, jsonForScript, paragraphs } from './markup.js';

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
    const [importLine, imported] = imports[0]!;
    const [exportLine, exported] = exports[0]!;
    const names = imported!.split(', ');
    const body = esm.replace(importLine, '').replace(exportLine, '');
    const source = `var vegaInterpreter = (function (vegaUtil) {
'use strict';
${JSON.stringify(names)}.forEach(function (name) { if (vegaUtil[name] === undefined) throw new Error('vega does not provide ' + name + ' for vega-interpreter'); });
const { ${names.join(', ')} } = vegaUtil;
${body}
return ${exported};
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
<style>${REPORT_STYLE}</style>
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
