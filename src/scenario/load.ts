// Loads a scenario for a run: reads the file and the files it `extends`, merges them, applies
// `--set` overrides, validates the result against the schema and reports every mistake at
// once, each at the line that wrote it (in a parent file if the value was inherited).

import { createHash } from 'node:crypto';
import { readdirSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { UserError, type Diagnostic } from '../userError.js';
import { issuesToDiagnostics, valueAt } from './issues.js';
import { isPlainObject, mergeOver, originOf, setAt, type Layered } from './merge.js';
import { parseOverrides, type Override } from './overrides.js';
import { scenarioSchema, type Scenario } from './schema.js';
import { parseSource, readFileBytes, type ParsedSource } from './source.js';

/** Parents a scenario may have above it; deeper chains are a mistake, not a design. */
export const MAX_EXTENDS_DEPTH = 8;
const SCENARIO_EXTENSIONS = /\.(ya?ml|json)$/i;

export interface LoadOptions {
  /** `--set path=VALUE` options, applied in order after the files. */
  overrides?: readonly string[];
}

export interface LoadedScenario {
  /** The validated scenario with every default filled in (`extends` and `$schema` removed). */
  scenario: Scenario;
  /** Absolute path of the scenario file. */
  file: string;
  /** Absolute paths of the files read: this one first, then its parents. */
  chain: string[];
  /** sha256 (hex) of the validated scenario as canonical JSON: same parameters, same hash. */
  hash: string;
}

/** Loads and validates a scenario file; throws UserError with every mistake found. */
export function loadScenario(file: string, options: LoadOptions = {}): LoadedScenario {
  const bytes = readFileBytes(file, file);
  if (!bytes.ok) throw new UserError(bytes.diagnostic);
  return load({ abs: path.resolve(file), label: file, input: bytes.bytes }, options);
}

/**
 * Like loadScenario, for text that is not (yet) in a file; `file` names it in messages and
 * anchors a relative `extends`.
 */
export function loadScenarioText(text: string | Uint8Array, file: string, options: LoadOptions = {}): LoadedScenario {
  return load({ abs: path.resolve(file), label: file, input: text }, options);
}

/** Checks `--set` options on their own (unknown paths, unreadable values), before any file. */
export function checkOverrides(texts: readonly string[]): void {
  const { diagnostics } = parseOverrides(texts);
  if (diagnostics.length > 0) throw new UserError(diagnostics);
}

interface Layer {
  label: string;
  abs?: string;
  source?: ParsedSource;
}

let defaultsCache: Scenario | undefined;
function defaults(): Scenario {
  defaultsCache ??= scenarioSchema.parse({ name: 'defaults' });
  return defaultsCache;
}

/** The schema's defaults (FoodValley today), as a scenario named "defaults"; a fresh copy each call. */
export function scenarioDefaults(): Scenario {
  return structuredClone(defaults());
}

function load(entry: { abs: string; label: string; input: string | Uint8Array }, options: LoadOptions): LoadedScenario {
  const { overrides, diagnostics } = parseOverrides(options.overrides ?? []);
  const fileProblems: Diagnostic[] = [];
  const files = readChain(entry, fileProblems);
  if (fileProblems.length > 0) throw new UserError(sortDiagnostics([...diagnostics, ...fileProblems], entry.label));

  // Root parent first, so that each file lays its values over its parent's.
  const layers: Layer[] = [...files].reverse();
  let merged: Layered | undefined;
  layers.forEach((layer, i) => {
    merged = mergeOver(merged, layer.source!.data, i);
  });
  const root = merged!;
  delete (root.value as Record<string, unknown>).extends;
  // a title names one scenario: a reform that extends the baseline is not "FoodValley today"
  const own = layers[layers.length - 1].source!.data;
  if (isPlainObject(root.value) && !(isPlainObject(own) && Object.hasOwn(own, 'title'))) delete root.value.title;

  applyOverrides(root, overrides, layers, diagnostics);

  const result = scenarioSchema.safeParse(root.value);
  if (!result.success || diagnostics.length > 0) {
    const entryLayer = layers.length - 1;
    const fileLayers = files.length;
    const locate = (p: readonly PropertyKey[], prefer: 'key' | 'value') => {
      const origin = originOf(root.prov, p);
      // A missing key in a group several files wrote: the scenario's own file is the place to add it.
      const layerIndex = !origin.complete && origin.merged && origin.layer < fileLayers ? entryLayer : origin.layer;
      const layer = layers[layerIndex] ?? layers[entryLayer];
      if (!layer.source) return { file: layer.label };
      const loc = layer.source.locate(p, prefer);
      return loc ? { file: layer.label, line: loc.line, column: loc.column } : { file: layer.label };
    };
    if (!result.success) diagnostics.push(...issuesToDiagnostics(withoutEchoes(result.error.issues), root.value, locate));
    throw new UserError(sortDiagnostics(diagnostics, entry.label));
  }

  const scenario = result.data;
  delete scenario.extends;
  delete scenario.$schema;
  return { scenario, file: entry.abs, chain: files.map((f) => f.abs!), hash: scenarioHash(scenario) };
}

/**
 * Drops a cross-field complaint about a value that already has its own error (adminShare 1.4
 * need not also be told it leaves no time for families).
 */
function withoutEchoes<T extends { code: string; path: PropertyKey[] }>(issues: readonly T[]): T[] {
  const own = new Set(issues.filter((i) => i.code !== 'custom').map((i) => i.path.map(String).join('\u0000')));
  return issues.filter((i) => i.code !== 'custom' || !own.has(i.path.map(String).join('\u0000')));
}

/** Reads the file and its parents (this file first); problems go to `diagnostics`. */
function readChain(entry: { abs: string; label: string; input: string | Uint8Array }, diagnostics: Diagnostic[]): Layer[] {
  const chain: Layer[] = [];
  const seen = new Map<string, string>();
  let current: { abs: string; label: string; input: string | Uint8Array } | undefined = entry;
  while (current) {
    const parsed = parseSource(current.input, current.label, { json: /\.json$/i.test(current.abs) });
    if (!parsed.ok) {
      diagnostics.push(...parsed.diagnostics);
      break;
    }
    const layer: Layer = { label: current.label, abs: current.abs, source: parsed.source };
    chain.push(layer);
    seen.set(realPath(current.abs), current.label);
    const data = parsed.source.data as Record<string, unknown>;
    if (!Object.hasOwn(data, 'extends') || data.extends === undefined) break;

    const ext = data.extends;
    const here: { line?: number; column?: number } = parsed.source.locate(['extends'], 'value') ?? {};
    const problem = (message: string, hint?: string) => diagnostics.push({ file: current!.label, line: here.line, column: here.column, path: 'extends', message, ...(hint ? { hint } : {}) });
    if (typeof ext !== 'string' || ext.trim() === '') {
      problem('`extends` must name a scenario file, e.g. `extends: baseline.yaml`');
      break;
    }
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(ext)) {
      problem('`extends` must name a file on this computer, not a web address');
      break;
    }
    if (!SCENARIO_EXTENSIONS.test(ext)) {
      problem(`\`extends\` must name a .yaml, .yml or .json scenario file, not "${ext}"`);
      break;
    }
    if (chain.length > MAX_EXTENDS_DEPTH) {
      problem(`more than ${MAX_EXTENDS_DEPTH} files extend one another here`, 'extend the scenario you build on directly, not a long chain');
      break;
    }
    const parentAbs = path.resolve(path.dirname(current.abs), ext);
    const parentLabel = displayPath(parentAbs);
    let real: string;
    try {
      real = realpathSync(parentAbs);
    } catch {
      problem(`the file it extends does not exist: ${parentLabel}`, `\`extends\` is relative to the folder of ${current.label}`);
      break;
    }
    if (seen.has(real)) {
      const cycle = [...chain.map((l) => l.label), seen.get(real)!].join(' → ');
      problem(`\`extends\` goes round in a circle: ${cycle}`, 'a scenario cannot build on itself: let one of these files extend the baseline instead');
      break;
    }
    const bytes = readFileBytes(parentAbs, parentLabel);
    if (!bytes.ok) {
      problem(`the file it extends cannot be used: ${bytes.diagnostic.message}`, bytes.diagnostic.hint);
      break;
    }
    current = { abs: parentAbs, label: parentLabel, input: bytes.bytes };
  }
  return chain;
}

function applyOverrides(root: Layered, overrides: Override[], layers: Layer[], diagnostics: Diagnostic[]) {
  for (const o of overrides) {
    layers.push({ label: '--set' });
    const problem = setAt(root, o.path, o.value, layers.length - 1, (p) => valueAt(defaults(), p));
    if (problem) diagnostics.push({ file: '--set', path: o.text.slice(0, o.text.indexOf('=')), message: problem });
  }
}

function realPath(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return p;
  }
}

function displayPath(abs: string): string {
  const rel = path.relative(process.cwd(), abs);
  return rel === '' || rel.startsWith(`..${path.sep}..${path.sep}..`) || path.isAbsolute(rel) ? abs : rel;
}

/** `--set` first, then this file, then its parents; within a file, by line. */
function sortDiagnostics(list: Diagnostic[], entryLabel: string): Diagnostic[] {
  const rank = (d: Diagnostic) => (d.file === '--set' ? 0 : d.file === entryLabel ? 1 : 2);
  return list
    .map((d, i) => ({ d, i }))
    .sort((a, b) => rank(a.d) - rank(b.d) || a.d.file.localeCompare(b.d.file) || (a.d.line ?? 0) - (b.d.line ?? 0) || (a.d.column ?? 0) - (b.d.column ?? 0) || a.i - b.i)
    .map((x) => x.d);
}

/** JSON with sorted keys: the same data always gives the same text. */
export function canonicalJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(',')}]`;
  if (isPlainObject(v)) {
    return `{${Object.keys(v)
      .filter((k) => v[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson(v[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v) ?? 'null';
}

export function scenarioHash(scenario: Scenario): string {
  return createHash('sha256').update(canonicalJson(scenario)).digest('hex');
}

/**
 * The scenario files in a folder, sorted by name with the baseline first (the order
 * `jbsim compare` runs them in); `*.schema.json` is not a scenario.
 */
export function scenarioFilesIn(dir: string, options: { recursive?: boolean } = {}): string[] {
  const out: string[] = [];
  const walk = (d: string, depth: number) => {
    const entries = readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const p = path.join(d, e.name);
      if (e.isDirectory()) {
        if (options.recursive && depth < 8) walk(p, depth + 1);
      } else if (SCENARIO_EXTENSIONS.test(e.name) && !/\.schema\.json$/i.test(e.name)) {
        out.push(p);
      }
    }
  };
  walk(dir, 0);
  const isBaseline = (p: string) => /^baseline\.(ya?ml|json)$/i.test(path.basename(p));
  return [...out.filter(isBaseline), ...out.filter((p) => !isBaseline(p))];
}

/** True when the path is a folder (for commands that take files or folders). */
export function isFolder(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}
