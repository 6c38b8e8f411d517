// Loads a scenario for a run: reads the file and the files it `extends`, merges them, applies
// `--set` overrides, validates the result against the schema and reports every mistake at
// once, each at the line that wrote it (in a parent file if the value was inherited). Files
// come through a ScenarioFiles (disk on the command line, memory in the browser).

import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { ScenarioFiles } from '../platform/files.js';
import { UserError, type Diagnostic } from '../userError.js';
import { issuesToDiagnostics, valueAt } from './issues.js';
import { isPlainObject, mergeOver, originOf, setAt, type Layered, type MergeContext, type NearName } from './merge.js';
import { parseOverrides, type Override, type OverrideInput } from './overrides.js';
import { scenarioSchema, type Scenario } from './schema.js';
import { formatPath } from './schemaWalk.js';
import { parseSource, type ParsedSource } from './source.js';

/** Parents a scenario may have above it; deeper chains are a mistake, not a design. */
export const MAX_EXTENDS_DEPTH = 8;
export const SCENARIO_EXTENSIONS = /\.(ya?ml|json)$/i;

export interface LoadOptions {
  /** `--set path=VALUE` options (or options that stand for one, like `--years`), applied in order after the files. */
  overrides?: readonly OverrideInput[];
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
export function loadScenarioFrom(files: ScenarioFiles, file: string, options: LoadOptions = {}): LoadedScenario {
  const abs = files.resolve(file);
  const bytes = files.read(abs, file);
  if (!bytes.ok) throw new UserError(bytes.diagnostic);
  return load(files, { abs, label: file, input: bytes.bytes }, options);
}

/**
 * Like loadScenarioFrom, for text that is not (yet) in a file; `file` names it in messages and
 * anchors a relative `extends`.
 */
export function loadScenarioTextFrom(
  files: ScenarioFiles,
  text: string | Uint8Array,
  file: string,
  options: LoadOptions = {},
): LoadedScenario {
  return load(files, { abs: files.resolve(file), label: file, input: text }, options);
}

/** Checks `--set` options on their own (unknown paths, unreadable values), before any file. */
export function checkOverrides(texts: readonly OverrideInput[]): void {
  const { diagnostics } = parseOverrides(texts);
  if (diagnostics.length > 0) throw new UserError(diagnostics);
}

interface Layer {
  label: string;
  abs?: string;
  source?: ParsedSource;
  /** For an option's layer (`--set`, `--years`): the path it sets, as written. */
  setPath?: string;
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

function load(
  files: ScenarioFiles,
  entry: { abs: string; label: string; input: string | Uint8Array },
  options: LoadOptions,
): LoadedScenario {
  const { overrides, diagnostics } = parseOverrides(options.overrides ?? []);
  const fileProblems: Diagnostic[] = [];
  const chain = readChain(files, entry, fileProblems);
  if (fileProblems.length > 0) throw new UserError(sortDiagnostics([...diagnostics, ...fileProblems], entry.label));

  // Root parent first, so that each file lays its values over its parent's.
  // A file that builds on another merges its lists of named entries with the parent's (or with
  // the default list, where the parents leave it out); the root file writes its lists whole.
  const layers: Layer[] = [...chain].reverse();
  const mergeContext: MergeContext = { problems: [], nearNames: [] };
  const fromDefaults = { ...mergeContext, fallback: (p: readonly PropertyKey[]) => valueAt(defaults(), p) };
  let merged: Layered | undefined;
  layers.forEach((layer, i) => {
    merged = mergeOver(merged, layer.source!.data, i, i === 0 ? mergeContext : fromDefaults);
  });
  const root = merged!;
  delete (root.value as Record<string, unknown>).extends;
  // a title names one scenario: a reform that extends the baseline is not "FoodValley today"
  const own = layers[layers.length - 1]!.source!.data;
  if (isPlainObject(root.value) && !(isPlainObject(own) && Object.hasOwn(own, 'title'))) delete root.value.title;

  applyOverrides(root, overrides, layers, fromDefaults, diagnostics);

  // the scenario's own file: the last file layer (the options' layers come after it)
  const entryLayer = chain.length - 1;
  const inLayer = (layerIndex: number, at: readonly PropertyKey[], prefer: 'key' | 'value') => {
    // there is at least the scenario's own file: a chain that could not read it was refused above
    const layer = layers[layerIndex] ?? layers[entryLayer]!;
    if (!layer.source) return { file: layer.label };
    const loc = layer.source.locate(at, prefer);
    return loc ? { file: layer.label, line: loc.line, column: loc.column } : { file: layer.label };
  };
  for (const p of mergeContext.problems) {
    const path = layers[p.layer]?.setPath ?? formatPath(p.at);
    diagnostics.push({ ...inLayer(p.layer, p.at, 'key'), path, message: p.message, ...(p.hint ? { hint: p.hint } : {}) });
  }

  const result = scenarioSchema.safeParse(root.value);
  if (!result.success || diagnostics.length > 0) {
    const fileLayers = chain.length;
    const locate = (p: readonly PropertyKey[], prefer: 'key' | 'value') => {
      const origin = originOf(root.prov, p);
      // A missing key in a group several files wrote: the scenario's own file is the place to add it.
      if (!origin.complete && origin.merged && origin.layer < fileLayers) return inLayer(entryLayer, p, prefer);
      return inLayer(origin.layer, origin.at, prefer);
    };
    if (!result.success)
      diagnostics.push(
        ...withNearNames(issuesToDiagnostics(withoutEchoes(result.error.issues), root.value, locate), mergeContext.nearNames!),
      );
    throw new UserError(sortDiagnostics(diagnostics, entry.label));
  }

  const scenario = result.data;
  delete scenario.extends;
  delete scenario.$schema;
  return { scenario, file: entry.abs, chain: chain.map((f) => f.abs!), hash: scenarioHash(scenario) };
}

/**
 * An error inside a list entry that a file added under a name close to one it builds on (a typo
 * adds an entry instead of changing one, and the new entry then lacks settings): the hint says so.
 */
function withNearNames<T extends { path?: string; hint?: string }>(diagnostics: T[], nearNames: readonly NearName[]): T[] {
  return diagnostics.map((d) => {
    const near = nearNames.find((n) => {
      const at = formatPath(n.path);
      return d.path !== undefined && (d.path === at || d.path.startsWith(`${at}.`) || d.path.startsWith(`${at}[`));
    });
    if (near === undefined) return d;
    const hint = `"${near.name}" is not in the file it builds on, so it is a new entry and needs every setting: did you mean "${near.nearest}"?`;
    return { ...d, hint: d.hint ? `${hint} (${d.hint})` : hint };
  });
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
function readChain(
  files: ScenarioFiles,
  entry: { abs: string; label: string; input: string | Uint8Array },
  diagnostics: Diagnostic[],
): Layer[] {
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
    seen.set(files.identity(current.abs) ?? current.abs, current.label);
    const data = parsed.source.data as Record<string, unknown>;
    if (!Object.hasOwn(data, 'extends') || data.extends === undefined) break;

    const ext = data.extends;
    const here: { line?: number; column?: number } = parsed.source.locate(['extends'], 'value') ?? {};
    const problem = (message: string, hint?: string) =>
      diagnostics.push({ file: current!.label, line: here.line, column: here.column, path: 'extends', message, ...(hint ? { hint } : {}) });
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
      problem(
        `more than ${MAX_EXTENDS_DEPTH} files extend one another here`,
        'extend the scenario you build on directly, not a long chain',
      );
      break;
    }
    const parentAbs = files.resolveFrom(current.abs, ext);
    const parentLabel = files.display(parentAbs);
    const real = files.identity(parentAbs);
    if (real === undefined) {
      problem(`the file it extends does not exist: ${parentLabel}`, `\`extends\` is relative to the folder of ${current.label}`);
      break;
    }
    if (seen.has(real)) {
      const cycle = [...chain.map((l) => l.label), seen.get(real)!].join(' → ');
      problem(
        `\`extends\` goes round in a circle: ${cycle}`,
        'a scenario cannot build on itself: let one of these files extend the baseline instead',
      );
      break;
    }
    const bytes = files.read(parentAbs, parentLabel);
    if (!bytes.ok) {
      problem(`the file it extends cannot be used: ${bytes.diagnostic.message}`, bytes.diagnostic.hint);
      break;
    }
    current = { abs: parentAbs, label: parentLabel, input: bytes.bytes };
  }
  return chain;
}

function applyOverrides(
  root: Layered,
  overrides: Override[],
  layers: Layer[],
  ctx: Parameters<typeof setAt>[4],
  diagnostics: Diagnostic[],
) {
  for (const o of overrides) {
    layers.push({ label: o.option, setPath: o.text.slice(0, o.text.indexOf('=')).trim() });
    const problem = setAt(root, o.path, o.value, layers.length - 1, ctx);
    if (problem) diagnostics.push({ file: o.option, path: o.text.slice(0, o.text.indexOf('=')), message: problem });
  }
}

/** The options (`--set`, `--years`) first, then this file, then its parents; within a file, by line. */
function sortDiagnostics(list: Diagnostic[], entryLabel: string): Diagnostic[] {
  const rank = (d: Diagnostic) => (d.file.startsWith('--') ? 0 : d.file === entryLabel ? 1 : 2);
  return list
    .map((d, i) => ({ d, i }))
    .sort(
      (a, b) =>
        rank(a.d) - rank(b.d) ||
        a.d.file.localeCompare(b.d.file) ||
        (a.d.line ?? 0) - (b.d.line ?? 0) ||
        (a.d.column ?? 0) - (b.d.column ?? 0) ||
        a.i - b.i,
    )
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

/** sha256 (hex) of the scenario as canonical JSON, in pure JavaScript so the browser gets the same. */
export function scenarioHash(scenario: Scenario): string {
  return bytesToHex(sha256(utf8ToBytes(canonicalJson(scenario))));
}
