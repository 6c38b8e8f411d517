// The what-if page: pick or open a scenario, change parameters and reforms, run replications in
// Web Workers and read the comparison the HTML report would show. All state is in the URL, so a
// link reproduces a run; `#…&run` runs at once and leaves summary.json in #jbsim-summary and
// data-state="done" on <body> for scripts and tests.

import { stringify } from 'yaml';
import { scenarioJsonSchema } from '../../src/scenario/jsonSchema.js';
import type { ExperimentRun } from '../../src/experiment/experiment.js';
import { InterruptedError, type Job } from '../../src/experiment/pool.js';
import { labelsFor } from '../../src/report/labels.js';
import { REPORT_STYLE, escapeHtml } from '../../src/report/markup.js';
import { formatNumber } from '../../src/report/format.js';
import type { ReplicationResult } from '../../src/model/results.js';
import { textIn } from '../../src/scenario/localText.js';
import type { Scenario } from '../../src/scenario/schema.js';
import { UserError } from '../../src/userError.js';
import { BUNDLED_SCENARIOS } from './bundled.js';
import { isAssumption, rangeText, sectionsOf, valueAt, type ControlSpec } from './controls.js';
import { outcome, prepare, scenarioPath, simulate, VERSION, type Outcome, type Prepared } from './experiment.js';
import { wordsFor, type Words } from './i18n.js';
import { defaultWorkerCount, WebWorkerPool } from './pool.js';
import { drawCharts, tablesHtml } from './results.js';
import { readState, writeState, type PageState } from './state.js';
import './page.css';

const schema = scenarioJsonSchema();
let state: PageState = readState(location.hash);
let pool: WebWorkerPool | null = null;
/** The scenario as loaded without the page's changes (for the controls' "in this scenario" values). */
let base: Scenario | null = null;

const style = document.createElement('style');
style.textContent = REPORT_STYLE;
document.head.prepend(style);

const app = document.getElementById('app')!;

function words(): Words {
  return wordsFor(state.lang);
}

function saveState(): void {
  history.replaceState(null, '', writeState({ ...state, run: false }));
}

function setBodyState(value: 'idle' | 'running' | 'done' | 'error' | 'cancelled'): void {
  document.body.dataset.state = value;
}

// ---- layout -----------------------------------------------------------------------------------

function render(): void {
  const w = words();
  document.documentElement.lang = state.lang;
  document.title = w.title;
  app.innerHTML = `
<header class="top">
  <div><h1>${escapeHtml(w.title)}</h1><p class="tagline">${escapeHtml(w.tagline)}</p></div>
  <div class="lang" role="group" aria-label="${escapeHtml(w.language)}">
    <button type="button" data-lang="nl" aria-pressed="${state.lang === 'nl'}">Nederlands</button>
    <button type="button" data-lang="en" aria-pressed="${state.lang === 'en'}">English</button>
  </div>
</header>
<p>${escapeHtml(w.intro)}</p>
<section class="panel" id="scenario-panel">
  <h2>${escapeHtml(w.scenarioHeading)}</h2>
  <div class="row">
    <label>${escapeHtml(w.bundled)}: <select id="scenario-select"></select></label>
    <input type="file" id="file-input" accept=".yaml,.yml,.json,text/yaml" hidden><button type="button" id="open-file">${escapeHtml(w.open)}</button>
    <button type="button" id="paste-toggle">${escapeHtml(w.paste)}</button>
  </div>
  <p class="scenario-description" id="scenario-description"></p>
  <div id="paste-area" hidden>
    <textarea id="paste-text" spellcheck="false" aria-label="YAML"></textarea>
    <p class="note">${escapeHtml(w.pastedHint)}</p>
    <button type="button" id="paste-use">${escapeHtml(w.usePasted)}</button>
  </div>
  <div id="problems" class="problems" role="alert" hidden><strong>${escapeHtml(w.problems)}</strong><pre id="problems-text"></pre></div>
</section>
<section class="panel" id="reforms-panel">
  <h2>${escapeHtml(w.reformsHeading)}</h2>
  <p class="note">${escapeHtml(w.reformsIntro)}</p>
  <div class="reforms" id="reforms"></div>
</section>
<section class="panel" id="parameters-panel">
  <h2>${escapeHtml(w.parametersHeading)}</h2>
  <p class="note">${escapeHtml(w.parametersIntro)}</p>
  <div class="row"><span id="changed-count" class="status"></span><button type="button" id="reset-all">${escapeHtml(w.resetAll)}</button></div>
  <div id="sections"></div>
</section>
<section class="panel" id="run-panel">
  <h2>${escapeHtml(w.runHeading)}</h2>
  <div class="row">
    <label>${escapeHtml(w.replications)} <input type="number" id="replications" min="1" max="1000" step="1" value="${state.replications}"></label>
    <label>${escapeHtml(w.seed)} <input type="number" id="seed" step="1" value="${state.seed}"></label>
    <span class="status">${escapeHtml(w.workers(defaultWorkerCount()))}</span>
    <button type="button" class="primary" id="run">${escapeHtml(w.run)}</button>
    <button type="button" id="cancel" hidden>${escapeHtml(w.cancel)}</button>
  </div>
  <div class="row"><progress id="progress" max="1" value="0" hidden></progress><span id="status" class="status" aria-live="polite"></span></div>
</section>
<section id="results" hidden>
  <h2>${escapeHtml(w.resultsHeading)}</h2>
  <p class="run" id="run-line"></p>
  <div id="tables"></div>
  <h3>${escapeHtml(labelsFor(state.lang).sections.charts)}</h3>
  <div id="charts"></div>
  <h3>${escapeHtml(w.downloads)}</h3>
  <div class="downloads-bar" id="downloads"></div>
</section>
<p class="note">${escapeHtml(w.offline)} jbsim ${escapeHtml(VERSION)}.</p>`;
  wire();
  showScenario();
}

function byId<T extends HTMLElement>(id: string): T {
  return document.getElementById(id) as T;
}

function wire(): void {
  for (const b of app.querySelectorAll<HTMLButtonElement>('[data-lang]')) {
    b.addEventListener('click', () => {
      state = { ...state, lang: b.dataset.lang === 'en' ? 'en' : 'nl' };
      saveState();
      render();
      if (lastOutcome) void showOutcome(lastOutcome, lastPrepared!);
    });
  }
  const select = byId<HTMLSelectElement>('scenario-select');
  for (const s of BUNDLED_SCENARIOS)
    select.add(new Option(s.path.replace(/^scenarios\//, ''), s.id, false, !state.custom && s.id === state.scenario));
  if (state.custom) select.add(new Option(words().customLabel(state.custom.name), '', false, true));
  select.addEventListener('change', () => {
    if (select.value === '') return;
    state = { ...state, scenario: select.value, custom: null, overrides: [] };
    saveState();
    showScenario();
  });
  const fileInput = byId<HTMLInputElement>('file-input');
  byId('open-file').addEventListener('click', () => fileInput.click());
  fileInput.addEventListener('change', async () => {
    const file = fileInput.files?.[0];
    if (!file) return;
    useCustom(file.name, await file.text());
    fileInput.value = '';
  });
  byId('paste-toggle').addEventListener('click', () => {
    const area = byId('paste-area');
    area.hidden = !area.hidden;
    if (!area.hidden && state.custom) byId<HTMLTextAreaElement>('paste-text').value = state.custom.text;
  });
  byId('paste-use').addEventListener('click', () =>
    useCustom(state.custom?.name ?? 'pasted.yaml', byId<HTMLTextAreaElement>('paste-text').value),
  );
  byId('reset-all').addEventListener('click', () => {
    state = { ...state, overrides: [] };
    saveState();
    showScenario();
  });
  byId<HTMLInputElement>('replications').addEventListener('change', (e) => {
    const n = Number((e.target as HTMLInputElement).value);
    if (Number.isSafeInteger(n) && n >= 1) state = { ...state, replications: n };
    saveState();
  });
  byId<HTMLInputElement>('seed').addEventListener('change', (e) => {
    const n = Number((e.target as HTMLInputElement).value);
    if (Number.isSafeInteger(n)) state = { ...state, seed: n };
    saveState();
  });
  byId('run').addEventListener('click', () => void start());
  byId('cancel').addEventListener('click', () => pool?.cancel());
}

function useCustom(name: string, text: string): void {
  state = { ...state, custom: { name, text }, overrides: [] };
  saveState();
  render();
}

// ---- scenario and controls --------------------------------------------------------------------

/** Loads the scenario (showing its mistakes, if any) and builds the controls from its values. */
function showScenario(): void {
  const w = words();
  const problems = byId('problems');
  problems.hidden = true;
  let withChanges: Scenario | null = null;
  try {
    base = prepare({ ...state, overrides: [] }, '').scenarios.at(-1)!.scenario;
    withChanges = prepare(state, '').scenarios.at(-1)!.scenario;
  } catch (err) {
    showProblems(err);
  }
  byId('scenario-description').textContent = textIn((withChanges ?? base)?.description, state.lang);
  const scenario = withChanges ?? base;
  byId('reforms').replaceChildren();
  byId('sections').replaceChildren();
  byId<HTMLButtonElement>('run').disabled = withChanges === null;
  if (scenario === null) return;
  const sections = sectionsOf(schema, scenario);
  const reforms = sections.find((s) => s.key === 'reforms');
  for (const c of reforms?.controls.filter((c) => c.kind === 'boolean' && c.path.endsWith('.enabled')) ?? [])
    byId('reforms').append(reformToggle(c, scenario));
  for (const section of sections) {
    const details = document.createElement('details');
    details.className = 'section';
    details.dataset.section = section.key;
    const changedHere = section.controls.filter((c) => overrideOf(c.path) !== undefined).length;
    details.open = changedHere > 0;
    const summary = document.createElement('summary');
    summary.textContent = `${w.sections[section.key] ?? section.key}${changedHere > 0 ? ` (${w.changed(changedHere)})` : ''}`;
    const grid = document.createElement('div');
    grid.className = 'controls';
    for (const c of section.controls) grid.append(control(c, scenario));
    details.append(summary, grid);
    byId('sections').append(details);
  }
  byId('changed-count').textContent = state.overrides.length > 0 ? w.changed(state.overrides.length) : '';
}

function showProblems(err: unknown): void {
  const problems = byId('problems');
  problems.hidden = false;
  byId('problems-text').textContent = err instanceof UserError ? err.message : String(err instanceof Error ? err.message : err);
  setBodyState('error');
}

function overrideOf(path: string): string | undefined {
  return state.overrides.find((o) => o.slice(0, o.indexOf('=')) === path);
}

/** Sets `path` to `value` (as YAML text), or drops the change when it equals the file's value. */
function setOverride(path: string, value: string | null): void {
  const others = state.overrides.filter((o) => o.slice(0, o.indexOf('=')) !== path);
  state = { ...state, overrides: value === null ? others : [...others, `${path}=${value}`] };
  saveState();
  showScenario();
}

/** A parameter value as written (0.38 → "0,38" in Dutch), whole numbers grouped. */
function fmt(n: unknown): string {
  if (typeof n !== 'number') return String(n);
  const labels = labelsFor(state.lang);
  return Number.isInteger(n) ? formatNumber(labels, n, 0) : String(n).replace('.', labels.decimal);
}

function reformToggle(c: ControlSpec, scenario: Scenario): HTMLElement {
  const label = document.createElement('label');
  const box = document.createElement('input');
  box.type = 'checkbox';
  box.checked = valueAt(scenario, c.path) === true;
  box.dataset.path = c.path;
  box.addEventListener('change', () => setOverride(c.path, box.checked === (valueAt(base, c.path) === true) ? null : String(box.checked)));
  const text = document.createElement('span');
  text.innerHTML = `<strong>${escapeHtml(c.path.split('.')[1])}</strong><small>${escapeHtml(String(c.node.description ?? ''))}</small>`;
  label.append(box, text);
  return label;
}

function control(c: ControlSpec, scenario: Scenario): HTMLElement {
  const w = words();
  const value = valueAt(scenario, c.path);
  const baseValue = valueAt(base, c.path);
  const div = document.createElement('div');
  div.className = `control${overrideOf(c.path) !== undefined ? ' changed' : ''}`;
  div.dataset.path = c.path;
  const about = c.about;
  const name = document.createElement('div');
  name.className = 'name';
  name.textContent = c.label;
  if (isAssumption(about)) {
    const badge = document.createElement('span');
    badge.className = 'badge';
    badge.textContent = w.assumption;
    badge.title = w.assumptionTitle;
    name.append(badge);
  }
  const inputs = document.createElement('div');
  inputs.className = 'inputs';
  if (c.kind === 'boolean') {
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.checked = value === true;
    box.setAttribute('aria-label', c.path);
    box.addEventListener('change', () => setOverride(c.path, box.checked === (baseValue === true) ? null : String(box.checked)));
    inputs.append(box);
  } else {
    const input = document.createElement('input');
    input.type = 'number';
    input.value = typeof value === 'number' ? String(value) : '';
    input.step = c.kind === 'integer' ? '1' : 'any';
    input.setAttribute('aria-label', c.path);
    const n = c.node;
    if (n.minimum !== undefined) input.min = String(n.minimum);
    if (n.maximum !== undefined) input.max = String(n.maximum);
    const commit = (text: string) => setOverride(c.path, text.trim() === '' || Number(text) === baseValue ? null : text.trim());
    input.addEventListener('change', () => commit(input.value));
    inputs.append(input);
    const lo = n.minimum ?? n.exclusiveMinimum;
    const hi = n.maximum ?? n.exclusiveMaximum;
    if (lo !== undefined && hi !== undefined && hi - lo <= 1000) {
      const slider = document.createElement('input');
      slider.type = 'range';
      slider.min = String(lo);
      slider.max = String(hi);
      slider.step = c.kind === 'integer' ? '1' : String((hi - lo) / 100);
      slider.value = input.value;
      slider.setAttribute('aria-label', `${c.path} (slider)`);
      slider.addEventListener('input', () => (input.value = slider.value));
      slider.addEventListener('change', () => commit(slider.value));
      inputs.append(slider);
    }
  }
  if (overrideOf(c.path) !== undefined) {
    const reset = document.createElement('button');
    reset.type = 'button';
    reset.className = 'link';
    reset.textContent = w.reset;
    reset.addEventListener('click', () => setOverride(c.path, null));
    inputs.append(reset);
  }
  const help = document.createElement('div');
  help.className = 'help';
  help.textContent = String(about.description ?? '');
  const meta = document.createElement('div');
  meta.className = 'meta';
  const parts: string[] = [];
  if (about.unit) parts.push(`${w.unit}: ${about.unit}`);
  const range = rangeText(c.node, w, fmt);
  if (range) parts.push(`${w.range}: ${range}`);
  if (c.defaultValue !== undefined) parts.push(`${w.defaultValue}: ${fmt(c.defaultValue)}`);
  if (baseValue !== undefined && baseValue !== c.defaultValue) parts.push(`${w.inThisScenario}: ${fmt(baseValue)}`);
  if (about.source) parts.push(`${w.source}: ${about.source}`);
  meta.textContent = parts.join(' · ');
  div.append(name, inputs, help, meta);
  return div;
}

// ---- running ----------------------------------------------------------------------------------

let lastOutcome: Outcome | null = null;
let lastPrepared: Prepared | null = null;

async function start(): Promise<void> {
  const w = words();
  let prepared: Prepared;
  try {
    prepared = prepare(state, state.lang === 'en' ? '(unchanged)' : '(ongewijzigd)');
  } catch (err) {
    showProblems(err);
    return;
  }
  byId('problems').hidden = true;
  setBodyState('running');
  clearSummary();
  const runButton = byId<HTMLButtonElement>('run');
  const cancel = byId<HTMLButtonElement>('cancel');
  const progress = byId<HTMLProgressElement>('progress');
  const status = byId('status');
  runButton.disabled = true;
  cancel.hidden = false;
  progress.hidden = false;
  progress.value = 0;
  const workers = Math.min(defaultWorkerCount(), prepared.scenarios.length * state.replications);
  pool = new WebWorkerPool(workers);
  const started = performance.now();
  let total = 0;
  let done = 0;
  const sofar: ReplicationResult[][] = prepared.scenarios.map(() => []);
  let lastPreview = performance.now();
  pool.onResult = (job: Job, result: ReplicationResult) => {
    done++;
    sofar[job.scenarioIndex]![job.replication] = result; // a list per scenario
    progress.value = done / Math.max(total, 1);
    status.textContent = w.progress(done, total, (performance.now() - started) / 1000);
    if (performance.now() - lastPreview > 1000 && done < total) {
      lastPreview = performance.now();
      preview(prepared, sofar, total);
    }
  };
  try {
    const result = await simulate(prepared, state, pool, workers, (n) => (total = n), { browser: navigator.userAgent });
    lastOutcome = result;
    lastPrepared = prepared;
    status.textContent = w.finished(state.replications, prepared.scenarios.length, result.run.wallSeconds, workers);
    await showOutcome(result, prepared);
    publishSummary(result);
    setBodyState('done');
  } catch (err) {
    if (err instanceof InterruptedError) {
      status.textContent = w.cancelled;
      setBodyState('cancelled');
    } else {
      status.textContent = `${w.failed} ${err instanceof Error ? err.message : String(err)}`;
      setBodyState('error');
    }
  } finally {
    pool.close();
    pool = null;
    runButton.disabled = false;
    cancel.hidden = true;
    progress.hidden = true;
  }
}

/** The headline tables from the replications every scenario has finished so far, in replication order. */
function preview(prepared: Prepared, sofar: ReplicationResult[][], total: number): void {
  let complete = 0;
  while (sofar.every((rs) => rs[complete] !== undefined)) complete++;
  if (complete < 2) return;
  const results = sofar.map((rs) => rs.slice(0, complete));
  const run = { results } as ExperimentRun;
  const o = outcome(prepared, run, state.seed, {});
  byId('results').hidden = false;
  byId('run-line').textContent = words().preview(complete * prepared.scenarios.length, total);
  byId('tables').classList.add('preview');
  byId('tables').innerHTML = tablesHtml(labelsFor(state.lang), o.summaries, o.comparison);
}

async function showOutcome(o: Outcome, prepared: Prepared): Promise<void> {
  const w = words();
  const labels = labelsFor(state.lang);
  byId('results').hidden = false;
  const against = prepared.baseline === null ? w.alone : w.comparedWith(prepared.baseline);
  byId('run-line').textContent = `${labels.runLine(o.comparison.baseline, o.run.results[0]?.length ?? 0, state.seed, VERSION)} ${against}`;
  byId('tables').classList.remove('preview');
  byId('tables').innerHTML = tablesHtml(labels, o.summaries, o.comparison);
  await drawCharts(byId('charts'), labels, o.summaries, o.comparison, download);
  const bar = byId('downloads');
  bar.replaceChildren();
  const add = (text: string, make: () => void) => {
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'link';
    b.textContent = text;
    b.addEventListener('click', make);
    bar.append(b);
  };
  const variant = prepared.scenarios[prepared.variant]!; // variant indexes scenarios
  add(w.downloadScenario, () => download(`${variant.scenario.name}.yaml`, scenarioYaml(variant.scenario, prepared), 'text/yaml'));
  const csv = o.files.find(([parts]) => parts.join('/') === 'results.csv');
  if (csv) add(w.downloadCsv, () => download('results.csv', csv[1], 'text/csv'));
  add(w.downloadSummary, () => download('summary.json', o.summaryJson, 'application/json'));
  const cmp = o.files.find(([parts]) => parts.join('/') === 'comparison.json');
  if (cmp) add(w.downloadComparison, () => download('comparison.json', cmp[1], 'application/json'));
  const link = document.createElement('a');
  link.href = writeState({ ...state, run: true });
  link.textContent = w.link;
  bar.append(link);
}

/** The scenario with every value written out: `jbsim run` on this file gives the same results. */
function scenarioYaml(scenario: Scenario, prepared: Prepared): string {
  const from = `# jbsim ${VERSION}: ${scenarioPath(state)}${state.overrides.map((o) => ` --set ${o}`).join('')}\n# equivalent: jbsim ${prepared.argv.join(' ')}\n`;
  return `${from}${stringify(scenario, { lineWidth: 0 })}`;
}

function download(name: string, data: Blob | string, type: string): void {
  const blob = typeof data === 'string' ? new Blob([data], { type: `${type};charset=utf-8` }) : data;
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** summary.json of the page's scenario, as `jbsim run` writes it, for scripts and tests. */
function publishSummary(o: Outcome): void {
  clearSummary();
  const script = document.createElement('script');
  script.type = 'application/json';
  script.id = 'jbsim-summary';
  // the JSON as written to summary.json; only `<` is escaped, which JSON.parse reads back as the same text
  script.textContent = o.summaryJson.replace(/</g, '\\u003c');
  document.body.append(script);
}

function clearSummary(): void {
  document.getElementById('jbsim-summary')?.remove();
}

// ---- start ------------------------------------------------------------------------------------

window.addEventListener('hashchange', () => {
  const next = readState(location.hash);
  if (writeState(next) === writeState({ ...state, run: next.run })) return;
  state = next;
  render();
  if (state.run) void start();
});

render();
setBodyState('idle');
if (state.run) void start();
