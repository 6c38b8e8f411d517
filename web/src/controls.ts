// Controls generated from the scenario schema (its JSON Schema form): one per parameter, grouped
// by section, each with its unit, range, default, meaning and source, "assumption" marked. A
// change becomes a `path=value` override, the command line's --set, so the page validates it
// with the same located messages. Nothing here names a parameter: the schema is the list.

import type { Scenario } from '../../src/scenario/schema.js';
import type { Words } from './i18n.js';

type Json = Record<string, any>;

export interface ControlSpec {
  /** `guardians.adminShare`, `gi.institutions[0].guardianPositions`, `gi.firstVisitDays.mean`. */
  path: string;
  label: string;
  kind: 'number' | 'integer' | 'boolean';
  node: Json;
  /** The schema node that carries the description, unit and source (a list's or a distribution's). */
  about: Json;
  defaultValue: unknown;
}

export interface Section {
  key: string;
  controls: ControlSpec[];
}

const FILE_KEYS = new Set(['$schema', 'name', 'title', 'description', 'extends']);
const isDistribution = (n: Json) => Array.isArray(n.oneOf) && n.oneOf.every((o: Json) => o.properties?.kind?.const !== undefined);

/** Every editable parameter of `scenario`, by section, in the schema's order. */
export function sectionsOf(schema: Json, scenario: Scenario): Section[] {
  const sections: Section[] = [];
  for (const [key, node] of Object.entries<Json>(schema.properties ?? {})) {
    if (FILE_KEYS.has(key) || node.type !== 'object') continue;
    const controls: ControlSpec[] = [];
    walk(node, key, (scenario as unknown as Json)[key], node.default, controls);
    sections.push({ key, controls });
  }
  return sections;
}

function walk(node: Json, path: string, value: unknown, fallback: unknown, out: ControlSpec[], about: Json = node): void {
  const label = path.slice(path.indexOf('.') + 1);
  if (isDistribution(node)) {
    const current = (value ?? node.default) as Json | undefined;
    if (!current) return;
    const option = node.oneOf.find((o: Json) => o.properties.kind.const === current.kind);
    for (const [k, v] of Object.entries(current)) {
      if (k === 'kind' || typeof v !== 'number') continue;
      const child = option?.properties?.[k] ?? { type: 'number' };
      out.push({
        path: `${path}.${k}`,
        label: `${label} (${current.kind}) ${k}`,
        kind: child.type === 'integer' ? 'integer' : 'number',
        node: child,
        about: node,
        defaultValue: (node.default as Json | undefined)?.kind === current.kind ? (node.default as Json)[k] : undefined,
      });
    }
    return;
  }
  if (node.type === 'object' && node.properties) {
    for (const [k, child] of Object.entries<Json>(node.properties)) {
      walk(child, `${path}.${k}`, (value as Json | undefined)?.[k], (fallback as Json | undefined)?.[k] ?? child.default, out, child);
    }
    return;
  }
  if (node.type === 'array' && node.items?.type === 'object' && Array.isArray(value)) {
    value.forEach((entry: Json, i) => {
      const name = typeof entry?.name === 'string' ? entry.name : `#${i + 1}`;
      for (const [k, child] of Object.entries<Json>(node.items.properties ?? {})) {
        if (child.type !== 'number' && child.type !== 'integer') continue;
        out.push({
          path: `${path}[${i}].${k}`,
          label: `${name}: ${k}`,
          kind: child.type,
          node: child,
          about: child.description ? child : node,
          defaultValue: (node.default as Json[] | undefined)?.[i]?.[k],
        });
      }
    });
    return;
  }
  if (node.type === 'number' || node.type === 'integer' || node.type === 'boolean') {
    out.push({ path, label, kind: node.type, node, about, defaultValue: node.default ?? fallback });
  }
}

/** The value at a dotted path with list indices (`a.b[1].c`). */
export function valueAt(data: unknown, path: string): unknown {
  let cur: unknown = data;
  for (const seg of path.replace(/\[(\d+)\]/g, '.$1').split('.')) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Json)[seg];
  }
  return cur;
}

export function rangeText(node: Json, words: Words, format: (n: number) => string): string {
  const lo =
    node.minimum !== undefined
      ? `≥ ${format(node.minimum)}`
      : node.exclusiveMinimum !== undefined
        ? `> ${format(node.exclusiveMinimum)}`
        : '';
  const hi =
    node.maximum !== undefined
      ? `≤ ${format(node.maximum)}`
      : node.exclusiveMaximum !== undefined
        ? `< ${format(node.exclusiveMaximum)}`
        : '';
  const whole = node.type === 'integer' ? `${words.wholeNumber} ` : '';
  return `${whole}${[lo, hi].filter(Boolean).join(', ')}`.trim();
}

/** "assumption" in the source: a value no source gives. */
export function isAssumption(about: Json): boolean {
  return typeof about.source === 'string' && /assumption/i.test(about.source);
}
