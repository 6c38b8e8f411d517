// The JSON Schema of a scenario file, generated from the zod schema, for editors (completion,
// hover help, red squiggles) and for `jbsim schema`. Input mode: a parameter with a default
// may be left out. Cross-field rules cannot be expressed here; `jbsim validate` checks them.

import { z } from 'zod';
import { describeRange, PARAMETER_RANGES, uncertaintyEntry } from './ranges.js';
import { scenarioSchema } from './schema.js';

type Json = Record<string, unknown>;

export function scenarioJsonSchema(): Json {
  const generated = z.toJSONSchema(scenarioSchema, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' }) as Json;
  const tidy = tidyNode(generated) as Json;
  addRanges(tidy);
  const { $schema, ...rest } = tidy;
  return {
    $schema,
    title: 'jbsim scenario',
    description:
      'A scenario of the youth protection chain for jbsim. Every parameter left out takes its default (FoodValley today); `extends` builds on another scenario file. Generated from src/scenario/schema.ts: do not edit.',
    ...rest,
  };
}

export function scenarioJsonSchemaText(): string {
  return `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
}

/**
 * Drops the ±2^53 bounds zod adds to integers, writes a distribution's upper bound as the
 * `maximum` of each kind's parameters, and puts unit, default, bound and source in the hover text.
 */
function tidyNode(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(tidyNode);
  if (typeof node !== 'object' || node === null) return node;
  const out: Json = {};
  for (const [k, v] of Object.entries(node as Json)) {
    if ((k === 'maximum' && v === Number.MAX_SAFE_INTEGER) || (k === 'minimum' && v === Number.MIN_SAFE_INTEGER)) continue;
    // the reports' short names for parameters: for people reading results, not for editors
    if (k === 'label' && isLabel(v)) continue;
    out[k] = tidyNode(v);
  }
  if (typeof out.max === 'number' && Array.isArray(out.oneOf)) {
    boundDistribution(out.oneOf as Json[], out.max);
    delete out.max;
  }
  if (typeof out.description === 'string' && (out.unit !== undefined || out.source !== undefined)) {
    const lines = [out.description];
    if (out.unit !== undefined) lines.push(`Unit: ${String(out.unit)}.`);
    if (out.default !== undefined && typeof out.default !== 'object') lines.push(`FoodValley today: ${String(out.default)}.`);
    const bound = upperBound(out);
    if (bound !== undefined && out.maxWhy !== undefined) lines.push(`At most ${bound}: ${String(out.maxWhy)}.`);
    if (out.source !== undefined) lines.push(`Source: ${String(out.source)}.`);
    out.markdownDescription = lines.join('\n\n');
  }
  return out;
}

function isLabel(v: unknown): boolean {
  return typeof v === 'object' && v !== null && typeof (v as Json).nl === 'string' && typeof (v as Json).en === 'string';
}

/**
 * Puts each built-in plausible range (src/scenario/ranges.ts) on its parameter: as data under
 * `x-plausibleRange` (an annotation editors ignore) and in the hover text.
 */
function addRanges(root: Json): void {
  // the section's entries are checked one by one in code (for plain messages); editors get their shape here
  const section = (root.properties as Record<string, Json>).uncertainty;
  if (section === undefined) throw new Error('the scenario schema has no uncertainty section to describe');
  const { $schema: _, ...entry } = z.toJSONSchema(uncertaintyEntry, { io: 'input', target: 'draft-2020-12' }) as Json;
  section.additionalProperties = entry;
  for (const [path, range] of Object.entries(PARAMETER_RANGES)) {
    let node: Json | undefined = root;
    for (const key of path.split('.')) node = (node?.properties as Record<string, Json> | undefined)?.[key];
    if (node === undefined) throw new Error(`a plausible range names ${path}, which the schema does not have`);
    node['x-plausibleRange'] = range;
    const line = `Plausible range (for \`jbsim uncertainty\`): ${describeRange(range)}${node.oneOf ? ' (of the mean)' : ''}. ${range.why}.`;
    node.markdownDescription = `${typeof node.markdownDescription === 'string' ? node.markdownDescription : String(node.description ?? '')}\n\n${line}`;
  }
}

/** The parameters of each kind that the schema's bound applies to (its mean, or its largest value). */
const BOUNDED_PARAMETERS: Record<string, string> = {
  exponential: 'mean',
  lognormal: 'mean',
  gamma: 'mean',
  triangular: 'max',
  uniform: 'max',
  deterministic: 'value',
  empirical: 'values',
};

function boundDistribution(options: Json[], max: number): void {
  for (const option of options) {
    const props = option.properties as Record<string, Json> | undefined;
    const kind = (props?.kind as Json | undefined)?.const as string | undefined;
    const key = kind === undefined ? undefined : BOUNDED_PARAMETERS[kind];
    const target = key === undefined ? undefined : props?.[key];
    if (target === undefined) continue;
    if (target.type === 'array') (target.items as Json).maximum = max;
    else target.maximum = max;
  }
}

/** A number's `maximum`, or a distribution's (as written by boundDistribution). */
export function upperBound(node: Json): number | undefined {
  if (typeof node.maximum === 'number') return node.maximum;
  if (!Array.isArray(node.oneOf)) return undefined;
  const found = (node.oneOf as Json[]).flatMap((o) =>
    Object.values((o.properties ?? {}) as Record<string, Json>).map(
      (p) => (p.maximum ?? (p.items as Json | undefined)?.maximum) as number | undefined,
    ),
  );
  const bounds = found.filter((b): b is number => typeof b === 'number');
  return bounds.length > 0 ? Math.max(...bounds) : undefined;
}
