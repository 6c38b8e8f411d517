// Parameters as a reader sees them: the short label from the schema instead of the path, the
// value with its unit in words, and where the value comes from. The schema's units and sources
// are English; units are translated here, and a Dutch source says whether the value is an
// assumption and which publications it names (the full English note stays in the docs).

import { splitPath, valueAt } from '../experiment/parameters.js';
import type { Label } from '../scenario/params.js';
import { scenarioDefaults } from '../scenario/load.js';
import { scenarioSchema, type Scenario } from '../scenario/schema.js';
import { metaOf, schemaAt } from '../scenario/schemaWalk.js';
import { formatNumber } from './format.js';
import type { Labels } from './labels.js';
import type { Lang } from './types.js';

interface ParameterInfo {
  label?: Label;
  unit?: string;
  source?: string;
}

function infoAt(path: readonly (string | number)[], scenario?: Scenario): ParameterInfo {
  const schema = schemaAt(scenarioSchema, path, scenario);
  if (schema === undefined) return {};
  const m = metaOf(schema) as ParameterInfo;
  return { label: m.label, unit: m.unit, source: m.source };
}

/** A distribution's own numbers, in words. */
const DISTRIBUTION_PARTS: Record<string, Label> = {
  mean: { nl: 'gemiddelde', en: 'mean' },
  sd: { nl: 'spreiding', en: 'standard deviation' },
  min: { nl: 'kleinste', en: 'least' },
  max: { nl: 'grootste', en: 'largest' },
  mode: { nl: 'meest voorkomend', en: 'most likely' },
  value: { nl: 'waarde', en: 'value' },
};

/**
 * A parameter's name in words: its label, the name of the list entry it belongs to (a GI, a
 * municipality), and the part of a distribution it is. Never the path, unless the schema has no
 * such parameter (then the path is all there is).
 */
export function parameterName(lang: Lang, path: string, scenario?: Scenario): string {
  const segments = splitPath(path);
  for (let end = segments.length; end > 0; end--) {
    const label = infoAt(segments.slice(0, end), scenario).label;
    if (label === undefined) continue;
    const parts = [label[lang]];
    const index = segments.slice(0, end).findIndex((s) => typeof s === 'number');
    if (index > 0 && scenario) {
      const entry = valueAt(scenario, segments.slice(0, index + 1).join('.'));
      const name = entry !== null && typeof entry === 'object' ? (entry as { name?: unknown }).name : undefined;
      if (typeof name === 'string') parts.push(lang === 'nl' ? `bij ${name}` : `at ${name}`);
    }
    const rest = segments.slice(end).map((s) => (typeof s === 'string' ? (DISTRIBUTION_PARTS[s]?.[lang] ?? s) : String(s)));
    return rest.length > 0 ? `${parts.join(' ')} (${rest.join(', ')})` : parts.join(' ');
  }
  return path;
}

/** The schema's units in words, both languages; shares and probabilities are shown as percentages. */
const UNITS: Record<string, Label> = {
  days: { nl: 'dagen', en: 'days' },
  years: { nl: 'jaar', en: 'years' },
  'per year': { nl: 'per jaar', en: 'per year' },
  'hours per week': { nl: 'uur per week', en: 'hours per week' },
  hours: { nl: 'uur', en: 'hours' },
  'hours per family per month': { nl: 'uur per gezin per maand', en: 'hours per family per month' },
  children: { nl: 'kinderen', en: 'children' },
  persons: { nl: 'personen', en: 'persons' },
  families: { nl: 'gezinnen', en: 'families' },
  cases: { nl: 'zaken', en: 'cases' },
  domains: { nl: 'probleemgebieden', en: 'problem domains' },
  providers: { nl: 'hulpverleners', en: 'help providers' },
  runs: { nl: 'voorruns', en: 'runs' },
  count: { nl: '', en: '' },
  factor: { nl: 'keer', en: 'times' },
  exponent: { nl: '', en: '' },
  'times the cap': { nl: 'keer de caseload', en: 'times the caseload cap' },
  '‰': { nl: 'per 1000', en: 'per 1000' },
  FTE: { nl: 'fte', en: 'FTE' },
  'FTE per 1000 youth': { nl: 'fte per 1000 jongeren', en: 'FTE per 1000 young people' },
  'reports per FTE': { nl: 'meldingen per fte', en: 'reports per FTE' },
  'investigations per FTE': { nl: 'onderzoeken per fte', en: 'investigations per FTE' },
  'replacements per position': { nl: 'vervangers per positie', en: 'replacements per position' },
  'hires per position per year': { nl: 'aanwervingen per positie per jaar', en: 'hires per position a year' },
  'families per 1000 youth per year': { nl: 'gezinnen per 1000 jongeren per jaar', en: 'families per 1000 young people a year' },
  'euro per FTE per year': { nl: 'euro per fte per jaar', en: 'euro per FTE a year' },
  'euro per provider-year': { nl: 'euro per hulpverlener per jaar', en: 'euro per provider a year' },
  'euro per 1000 youth per year': { nl: 'euro per 1000 jongeren per jaar', en: 'euro per 1000 young people a year' },
  'euro per year': { nl: 'euro per jaar', en: 'euro a year' },
};

const PERCENT_UNITS = new Set(['share', 'probability']);

/** Every unit the schema uses has words here (a test holds the schema to it). */
export function unitWords(lang: Lang, unit: string | undefined): string {
  if (unit === undefined || PERCENT_UNITS.has(unit)) return '';
  return UNITS[unit]?.[lang] ?? unit;
}

export function knownUnit(unit: string): boolean {
  return PERCENT_UNITS.has(unit) || Object.hasOwn(UNITS, unit);
}

/** A parameter value as written, to three significant digits at most. */
function plain(labels: Labels, x: number): string {
  const r = Number(x.toPrecision(3));
  const decimals = Math.min(3, (String(r).split('.')[1] ?? '').length);
  return formatNumber(labels, r, decimals);
}

function withUnit(labels: Labels, x: number, unit: string | undefined): string {
  if (unit !== undefined && PERCENT_UNITS.has(unit)) return `${plain(labels, x * 100)}%`;
  const words = unitWords(labels.lang, unit);
  return words ? `${plain(labels, x)} ${words}` : plain(labels, x);
}

const DISTRIBUTION_WORDS: Record<Lang, { mean: string; sd: string; between: string; mostly: string; always: string; oneOf: string; exponential: string }> = {
  nl: { mean: 'gemiddeld', sd: 'spreiding', between: 'tussen', mostly: 'meestal', always: 'altijd', oneOf: 'een van', exponential: 'exponentieel verdeeld' },
  en: { mean: 'mean', sd: 'sd', between: 'between', mostly: 'mostly', always: 'always', oneOf: 'one of', exponential: 'exponential' },
};

/** A parameter's value in words with its unit: `25%`, `0,5 uur per gezin per maand`, `gemiddeld 120 dagen (spreiding 60)`. */
export function valueWords(labels: Labels, path: string, value: unknown, scenario?: Scenario): string {
  const unit = infoAt(splitPath(path), scenario).unit;
  const w = DISTRIBUTION_WORDS[labels.lang];
  if (value === undefined || value === null) return '–';
  if (typeof value === 'number') return withUnit(labels, value, unit);
  if (typeof value === 'boolean') return value ? labels.on : labels.off;
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return labels.entries(value.length);
  const d = value as Record<string, number | number[]>;
  const u = (x: number) => withUnit(labels, x, unit);
  switch (d.kind as unknown) {
    case 'exponential':
      return `${w.mean} ${u(d.mean as number)} (${w.exponential})`;
    case 'lognormal':
    case 'gamma':
      return `${w.mean} ${u(d.mean as number)} (${w.sd} ${plain(labels, d.sd as number)})`;
    case 'triangular':
      return `${w.between} ${plain(labels, d.min as number)} ${labels.to} ${u(d.max as number)}, ${w.mostly} ${plain(labels, d.mode as number)}`;
    case 'uniform':
      return `${w.between} ${plain(labels, d.min as number)} ${labels.to} ${u(d.max as number)}`;
    case 'deterministic':
      return `${w.always} ${u(d.value as number)}`;
    case 'empirical':
      return `${w.oneOf} ${(d.values as number[]).map((x) => plain(labels, x)).join(', ')}${unit ? ` ${unitWords(labels.lang, unit)}` : ''}`;
    default:
      return labels.entries(Object.keys(d).length);
  }
}

/** The schema's source note for a parameter (English), if it has one. */
export function parameterSource(path: string, scenario?: Scenario): string | undefined {
  if (scenario !== undefined && !atDefault(path, scenario)) return OWN_VALUE;
  const segments = splitPath(path);
  for (let end = segments.length; end > 0; end--) {
    const info = infoAt(segments.slice(0, end), scenario);
    if (info.label !== undefined) return info.source;
  }
  return undefined;
}

/**
 * The source of a value a scenario sets for itself. The schema's source speaks of its default (the
 * 25% administration the sector's estimates give, the research's 12–14 children): a scenario that
 * sets 20% or 15 has no such backing, and citing it would lend the scenario a source it lacks.
 */
export const OWN_VALUE = "assumption: the scenario's own value (the default's source does not give it)";

let defaults: Scenario | undefined;

/** Whether the scenario has the schema's default at `path`, the value the schema's source speaks of. */
function atDefault(path: string, scenario: Scenario): boolean {
  defaults ??= scenarioDefaults();
  return JSON.stringify(valueAt(scenario, path)) === JSON.stringify(valueAt(defaults, path));
}

/** A value the schema marks as an assumption (a switch or a setting without a source is a choice, not one). */
export function isAssumption(source: string | undefined): boolean {
  return source !== undefined && /^assumption/i.test(source.trim());
}

// Publications named in a source note: "Jeugdautoriteit 2023", "Stams et al. 2010", "FNV 2022".
const CITATION = /\b([A-Z][A-Za-z&-]*(?: [A-Z][A-Za-z&-]*)*(?: et al\.)?) ((?:19|20)\d\d)\b/g;

/**
 * Where a value comes from, in the report's language. English keeps the schema's note as it is;
 * Dutch says whether it is an assumption and names the publications the note cites.
 */
export function sourceWords(lang: Lang, source: string | undefined): string {
  if (lang === 'en') return source ?? 'no source given';
  const assumption = isAssumption(source);
  const cited = [...new Set([...(source ?? '').matchAll(CITATION)].map((m) => `${m[1]} ${m[2]}`))];
  const study = /\bstudy\b/i.test(source ?? '') ? ['de studie (2019)'] : [];
  const named = [...study, ...cited];
  if (source === OWN_VALUE) return 'aanname: een eigen waarde van het scenario';
  if (assumption) return named.length > 0 ? `aanname, naar ${named.join('; ')}` : 'aanname';
  if (/calibrat/i.test(source ?? '')) return named.length > 0 ? `gekalibreerd; ${named.join('; ')}` : 'gekalibreerd op de cijfers in docs/calibration.md';
  if (source === undefined) return 'geen bron';
  return named.length > 0 ? `bron: ${named.join('; ')}` : 'bron: zie docs/parameters.md';
}
