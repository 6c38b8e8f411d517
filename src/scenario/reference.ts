// Generates the parameter reference (docs/parameters.md) and the FoodValley baseline scenario
// (scenarios/foodvalley/baseline.yaml) from the schema, so that neither can drift from it.

import { scenarioJsonSchema, upperBound } from './jsonSchema.js';
import { describeRange, NOT_VARIED, type RangeSpec } from './ranges.js';
import { scenarioSchema } from './schema.js';

type Json = Record<string, any>;

/** Headings for the schema's sections, in the chain's words (domain.md). */
const SECTION_TITLES: Record<string, string> = {
  region: 'Region: municipalities and their rates',
  family: 'Families',
  entry: 'Entry: signals and re-entry',
  veiligThuis: 'Veilig Thuis (VT): advice and reporting centre',
  localTeam: 'Local team (LT: lokaal team, wijkteam)',
  jbt: 'Jeugdbeschermingstafel (JBT)',
  rvdk: 'Raad voor de Kinderbescherming (RvdK)',
  court: 'Juvenile court (kinderrechter)',
  gi: 'Certified institutions (GI: gecertificeerde instellingen)',
  guardians: 'Guardians (gezinsvoogden, jeugdbeschermers)',
  providers: 'Help providers (jeugdhulpaanbieders)',
  costs: 'Costs: prices per year',
  reforms: 'Reforms',
  simulation: 'Simulation',
};

const FILE_KEYS = new Set(['$schema', 'name', 'title', 'description', 'extends']);

const DISTRIBUTIONS: [string, string, string][] = [
  ['exponential', 'mean', '`{ kind: exponential, mean: 30 }`: memoryless; as many short as long waits.'],
  [
    'lognormal',
    'mean, sd',
    '`{ kind: lognormal, mean: 89, sd: 30 }`: mean and standard deviation of the value itself (not of its logarithm); skewed to the right, the usual choice for durations.',
  ],
  ['gamma', 'mean, sd', '`{ kind: gamma, mean: 89, sd: 30 }`: like lognormal, with a thinner right tail.'],
  [
    'triangular',
    'min, mode, max',
    '`{ kind: triangular, min: 10, mode: 20, max: 60 }`: when only a range and a most likely value are known.',
  ],
  ['uniform', 'min, max', '`{ kind: uniform, min: 0, max: 17.9 }`: every value in the range equally likely.'],
  ['deterministic', 'value', '`{ kind: deterministic, value: 14 }`: always the same value.'],
  [
    'empirical',
    'values, weights (optional)',
    '`{ kind: empirical, values: [1, 2, 3], weights: [0.5, 0.3, 0.2] }`: one of the values, with the given relative weights (equal weights when left out).',
  ],
];

interface Param {
  name: string;
  node: Json;
  /** The list a list entry's field belongs to: its source covers fields without their own. */
  list?: string;
}

const isDistribution = (n: Json) => Array.isArray(n.oneOf) && n.oneOf.every((o: Json) => o.properties?.kind?.const !== undefined);
const isGroup = (n: Json) => n.type === 'object' && n.properties !== undefined && !isDistribution(n);
const isListOfGroups = (n: Json) => n.type === 'array' && n.items?.type === 'object' && n.items.properties !== undefined;

function paramsOf(node: Json, prefix: string, list?: string): Param[] {
  const out: Param[] = [];
  for (const [key, child] of Object.entries<Json>(node.properties ?? {})) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (isGroup(child)) {
      out.push(...paramsOf(child, name, list));
    } else {
      out.push({ name, node: child, list });
      if (isListOfGroups(child)) out.push(...paramsOf(child.items, `${name}[]`, name));
    }
  }
  return out;
}

/** Figures need a source; names and switches do not. */
const needsSource = (n: Json) => n.type === 'number' || n.type === 'integer';

function cell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function formatNumber(n: number): string {
  return String(n);
}

export function formatDistribution(d: Json): string {
  const { kind, ...rest } = d;
  const parts = Object.entries(rest).map(([k, v]) => `${k} ${Array.isArray(v) ? v.join(', ') : String(v)}`);
  return `${kind} (${parts.join('; ')})`;
}

function formatDefault(p: Param, required: boolean): string {
  const n = p.node;
  if (n.default === undefined) return required ? '(required)' : '—';
  const d = n.default;
  if (isDistribution(n)) return formatDistribution(d);
  if (Array.isArray(d)) {
    if (isListOfGroups(n)) return `${d.length} ${d.length === 1 ? 'entry' : 'entries'} (below)`;
    return d.join(', ');
  }
  if (typeof d === 'number') return formatNumber(d);
  if (typeof d === 'string') return d === '' ? '(empty)' : d;
  return String(d);
}

/** What a value may be, with the reason for its upper bound. */
function formatAllowed(n: Json): string {
  const range = formatRange(n);
  return n.maxWhy === undefined ? range : `${range}: ${n.maxWhy}`;
}

function formatRange(n: Json): string {
  if (isDistribution(n)) {
    const bound = upperBound(n);
    return bound === undefined ? 'a distribution, never below 0' : `a distribution from 0, mean or largest value ≤ ${bound}`;
  }
  if (n.type === 'number' || n.type === 'integer') {
    const whole = n.type === 'integer' ? 'whole number ' : '';
    const lo =
      n.minimum !== undefined
        ? { v: n.minimum, incl: true }
        : n.exclusiveMinimum !== undefined
          ? { v: n.exclusiveMinimum, incl: false }
          : undefined;
    const hi =
      n.maximum !== undefined
        ? { v: n.maximum, incl: true }
        : n.exclusiveMaximum !== undefined
          ? { v: n.exclusiveMaximum, incl: false }
          : undefined;
    if (lo && hi && lo.incl && hi.incl) return `${whole}${lo.v} to ${hi.v}`;
    const parts = [lo ? `${lo.incl ? '≥' : '>'} ${lo.v}` : '', hi ? `${hi.incl ? '≤' : '<'} ${hi.v}` : ''].filter(Boolean);
    return `${whole}${parts.join(', ')}`.trim() || 'any number';
  }
  if (n.type === 'boolean') return 'true or false';
  if (n.type === 'string') {
    const len = n.maxLength !== undefined ? `up to ${n.maxLength} characters` : 'text';
    return n.pattern ? `${len}; letters, digits, spaces and - _ . , ( ) +` : len;
  }
  if (n.type === 'array') return `list of ${n.minItems ?? 0} to ${n.maxItems ?? 'any number of'} entries`;
  return '';
}

/** The built-in range for `jbsim uncertainty` with its reasoning, or why the figure is not varied. */
function plausibleRange(p: Param): string {
  const range = p.node['x-plausibleRange'] as (RangeSpec & { why: string }) | undefined;
  if (range !== undefined) return `${describeRange(range)}${isDistribution(p.node) ? ' (of the mean)' : ''}: ${range.why}`;
  const reason = NOT_VARIED[p.name];
  return reason !== undefined ? `not varied: ${reason}` : '';
}

/** The parameter reference, in Markdown. */
export function parameterReference(): string {
  const js = scenarioJsonSchema() as Json;
  const required = new Set<string>(js.required ?? []);
  const out: string[] = [];
  out.push(
    '# Scenario parameters',
    '',
    '<!-- Generated from src/scenario/schema.ts by `npm run docs`; do not edit by hand. -->',
    '',
    'Every parameter a scenario file can set, grouped as in the file. A parameter a file leaves out takes its',
    'default, which describes FoodValley today (the Gelderland part: Ede, Barneveld, Nijkerk, Scherpenzeel);',
    '`scenarios/foodvalley/baseline.yaml` writes every default out with its source.',
    '',
    '- **Building on another scenario.** `extends: baseline.yaml` (a path relative to the file) takes every value',
    '  of that file; the file itself then changes what it lists. Groups of settings merge key by key. Lists of',
    '  named entries (municipalities, institutions) merge by name: an entry with a name the parent has changes',
    '  that entry (only the settings it writes), a new name adds an entry, and `{ name: Ede, remove: true }`',
    "  removes one; a file that extends none writes its lists whole. Other values replace the parent's; a",
    "  distribution with another `kind` replaces the parent's distribution whole. A parent may itself extend",
    '  another file.',
    '- **Changing a value for one run.** `--set guardians.adminShare=0.3` (on `jbsim validate` and the commands',
    '  that run scenarios) overrides a value after the files; a list entry is named or numbered from 0:',
    '  `--set "gi.institutions[Leger des Heils].guardianPositions=6"`, `--set gi.institutions[1].guardianPositions=6`;',
    "  a list given whole merges by name like a file's.",
    '- **Checking a file.** `jbsim validate my-scenario.yaml` lists every mistake with its line. Some rules span',
    '  several parameters (for example, admin and indirect work must leave time for families); they are checked',
    '  there too, after each value is valid on its own.',
    '- **Upper bounds.** Every count, rate and duration has an upper bound from what the Netherlands has, with',
    '  its reason in the "allowed" column, so that a typo (two zeros too many) is refused before a run instead of',
    "  running for hours. A distribution's bound applies to its largest value, or to its mean for the kinds that",
    '  have none (exponential, lognormal, gamma). Before a run starts, its size is estimated (families alive at',
    '  once, events) and a run that would not fit in memory is refused with the estimate.',
    "- **Institutions' shares** must sum to 1 (within 0.001): together they receive every measure.",
    '- **Sources.** "assumption" marks a value no source gives; the reasoning and the figures it was calibrated',
    '  against are in `docs/calibration.md`. A source that names `calibration.md` is one of the figures in',
    '  `docs/sources.md`, each with its own source. Shares and probabilities are fractions: 38% is written 0.38.',
    '',
  );

  const top: Param[] = [];
  const sections: [string, Json][] = [];
  for (const [key, node] of Object.entries<Json>(js.properties)) {
    if (isGroup(node)) sections.push([key, node]);
    else top.push({ name: key, node });
  }

  const table = (params: Param[]) => {
    const rows = [
      '| parameter | unit | default | allowed | plausible range | meaning | source |',
      '| --- | --- | --- | --- | --- | --- | --- |',
    ];
    const lists: Param[] = [];
    for (const p of params) {
      const n = p.node;
      rows.push(
        `| \`${p.name}\` | ${cell(n.unit ?? '')} | ${cell(formatDefault(p, required.has(p.name)))} | ${cell(formatAllowed(n))} | ${cell(plausibleRange(p))} | ${cell(n.description ?? '')} | ${cell(n.source ?? (p.list && needsSource(n) ? `as \`${p.list}\`` : ''))} |`,
      );
      if (isListOfGroups(n) && Array.isArray(n.default)) lists.push(p);
    }
    out.push(...rows, '');
    for (const l of lists) {
      const fields = Object.keys(l.node.items.properties);
      out.push(`Default \`${l.name}\`:`, '', `| ${fields.join(' | ')} |`, `| ${fields.map(() => '---').join(' | ')} |`);
      for (const entry of l.node.default as Json[])
        out.push(
          `| ${fields.map((f) => cell(typeof entry[f] === 'number' ? formatNumber(entry[f]) : String(entry[f] ?? ''))).join(' | ')} |`,
        );
      out.push('');
    }
  };

  out.push('## The scenario file', '');
  table(top);
  for (const [key, node] of sections) {
    out.push(`## ${SECTION_TITLES[key] ?? key}`, '');
    table(paramsOf(node, key));
  }

  out.push('## Distributions', '', 'Durations and counts that vary between families are distributions, written on one line:', '');
  out.push('| kind | parameters | example and use |', '| --- | --- | --- |');
  const kinds = new Set(distributionKinds());
  for (const [kind, params, use] of DISTRIBUTIONS) if (kinds.has(kind)) out.push(`| ${kind} | ${params} | ${cell(use)} |`);
  out.push('');
  out.push(
    '## Plausible ranges',
    '',
    '`jbsim uncertainty` samples every parameter with a plausible range (the column above) by Latin hypercube and',
    'runs the baseline and every reform on each sample. A range of a duration is a range of its mean: a sampled mean',
    'stretches or shrinks the whole distribution. A built-in range applies where the baseline has the default value;',
    'where a reform changes a parameter (for example `guardians.adminShare` in `less-admin`), the reform keeps its',
    "own value. A scenario's `uncertainty:` section gives other ranges, or `fixed` to hold a parameter:",
    '',
    '```yaml',
    'uncertainty:',
    '  guardians.hoursPerVisit: { kind: triangular, low: 3, mode: 4, high: 6, why: "our own time study" }',
    '  gi.extensionContactElasticity: fixed',
    '```',
    '',
    '| kind | parameters | meaning |',
    '| --- | --- | --- |',
    '| uniform | low, high | every value in the range equally likely |',
    '| triangular | low, mode, high | a most likely value and the ends of the range |',
    '| beta | low, high, and mean (then α + β = 6, as in a PERT distribution) or alpha and beta | for shares and probabilities: smooth, within the range |',
    '| lognormal | low, high | skewed to the right; low and high are its 5th and 95th percentiles, so 10% of samples fall outside |',
    '',
  );
  return `${out.join('\n')}`;
}

function distributionKinds(): string[] {
  const js = scenarioJsonSchema() as Json;
  const found = new Set<string>();
  const walk = (n: unknown) => {
    if (Array.isArray(n)) return n.forEach(walk);
    if (typeof n !== 'object' || n === null) return;
    const o = n as Json;
    if (isDistribution(o)) for (const opt of o.oneOf) found.add(opt.properties.kind.const);
    for (const v of Object.values(o)) walk(v);
  };
  walk(js);
  return [...found];
}

// ---- the baseline scenario --------------------------------------------------------------------

const BASELINE_TITLE = { nl: 'FoodValley nu', en: 'FoodValley today' };

const BASELINE_DESCRIPTION = {
  nl: 'FoodValley nu (het Gelderse deel: Ede, Barneveld, Nijkerk, Scherpenzeel): de jeugdbeschermingsketen zoals de studie van 2019 haar beschrijft, met landelijke cijfers waar de regio ze niet heeft. Elke parameter staat erin met zijn bron; "aanname" markeert een waarde die nog geen bron geeft (docs/calibration.md). De hervormingen in deze map bouwen op dit bestand voort en veranderen een paar waarden.',
  en: 'FoodValley today (the Gelderland part: Ede, Barneveld, Nijkerk, Scherpenzeel): the youth protection chain as the 2019 study describes it, with national figures where the region has none. Every parameter is written out with its source; "assumption" marks a value no source gives yet (docs/calibration.md). The reforms in this folder extend this file and change a few values.',
};

const YAML_WORDS = /^(true|false|yes|no|on|off|null|y|n|~)$/i;

function yamlScalar(v: unknown): string {
  if (typeof v === 'number') return String(v);
  if (typeof v === 'boolean') return String(v);
  if (v === null || v === undefined) return 'null';
  const s = String(v);
  return /^[A-Za-z][A-Za-z0-9 ]*$/.test(s) && !YAML_WORDS.test(s) && !s.endsWith(' ') ? s : JSON.stringify(s);
}

function yamlFlow(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(yamlFlow).join(', ')}]`;
  if (typeof v === 'object' && v !== null)
    return `{ ${Object.entries(v)
      .map(([k, x]) => `${k}: ${yamlFlow(x)}`)
      .join(', ')} }`;
  return yamlScalar(v);
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** scenarios/foodvalley/baseline.yaml: every default of the schema, with its source beside it. */
export function baselineYaml(): string {
  const js = scenarioJsonSchema() as Json;
  const defaults = scenarioSchema.parse({ name: 'baseline', title: BASELINE_TITLE, description: BASELINE_DESCRIPTION }) as Json;
  const out: string[] = [
    '# yaml-language-server: $schema=../scenario.schema.json',
    '#',
    '# FoodValley today: the baseline every reform in this folder is compared with.',
    '# Generated by `npm run docs` from the defaults in src/scenario/schema.ts, which are the single place',
    '# to change a baseline figure. To try other values, write a small scenario with `extends: baseline.yaml`.',
    '# Above each value: what it means [its unit]; beside it: where the figure comes from.',
    '',
    `name: ${yamlScalar(defaults.name)}`,
    'title:',
    ...Object.entries<string>(defaults.title).map(([lang, text]) => `  ${lang}: ${yamlScalar(text)}`),
    'description:',
    ...Object.entries<string>(defaults.description).flatMap(([lang, text]) => [`  ${lang}: >-`, ...wrap(text, 98).map((l) => `    ${l}`)]),
  ];

  const comment = (n: Json, pad: string) => {
    const unit = n.unit ? ` [${n.unit}]` : '';
    if (n.description) out.push(...wrap(`${n.description}${unit}`, 110 - pad.length).map((l) => `${pad}# ${l}`));
  };
  const source = (n: Json, inherited?: string) => {
    const s = n.source ?? (needsSource(n) ? inherited : undefined);
    return s ? `  # source: ${s}` : '';
  };
  const emitGroup = (value: Json, node: Json, pad: string, inherited?: string) => {
    for (const [key, child] of Object.entries<Json>(node.properties)) {
      const v = value[key];
      if (v === undefined) continue;
      if (isGroup(child)) {
        comment(child, pad);
        out.push(`${pad}${key}:`);
        emitGroup(v, child, `${pad}  `, child.source ?? inherited);
      } else if (isListOfGroups(child)) {
        comment(child, pad);
        out.push(`${pad}${key}:${source(child, inherited)}`);
        for (const entry of v as Json[]) {
          let first = true;
          for (const [f, fnode] of Object.entries<Json>(child.items.properties)) {
            if (entry[f] === undefined) continue;
            out.push(`${pad}  ${first ? '- ' : '  '}${f}: ${yamlFlow(entry[f])}${source(fnode, child.source ?? inherited)}`);
            first = false;
          }
        }
      } else {
        comment(child, pad);
        out.push(`${pad}${key}: ${yamlFlow(v)}${source(child, inherited)}`);
      }
    }
  };

  for (const [key, node] of Object.entries<Json>(js.properties)) {
    if (FILE_KEYS.has(key) || defaults[key] === undefined) continue;
    out.push('');
    if (isGroup(node)) {
      out.push(`# ---- ${SECTION_TITLES[key] ?? key} ----`, `${key}:`);
      emitGroup(defaults[key], node, '  ', node.source);
    } else {
      comment(node, '');
      out.push(`${key}: ${yamlFlow(defaults[key])}${source(node)}`);
    }
  }
  return `${out.join('\n')}\n`;
}
