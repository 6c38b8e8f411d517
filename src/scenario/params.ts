// The building blocks of the scenario schema: numbers with a unit, a meaning, a source and an
// upper bound; shares; counts; distributions of durations and counts. Every parameter is made
// with one of these, so the docs, the JSON Schema and the error messages see the same metadata.

import { z } from 'zod';

/** A short name for a parameter in each language the reports speak, for tables and charts. */
export interface Label {
  nl: string;
  en: string;
}

export interface Meta {
  description: string;
  /** Every parameter has one (the builders below require it); lists and switches may too. */
  label?: Label;
  unit?: string;
  source?: string;
}
/** What a parameter builder needs: a meaning and a label in words. */
type Labelled = Meta & { label: Label };
/**
 * Every count, rate and duration has an upper bound from what the Netherlands has, so that a
 * typo (two zeros too many) is refused with its reason instead of running for hours. `maxWhy`
 * says where the bound comes from; it is shown in the error, the docs and the JSON Schema.
 */
export interface Bound {
  max: number;
  maxWhy: string;
}
export const meta = (m: Meta) => m as Meta & Record<string, unknown>;
const bounded = <T extends z.ZodNumber>(n: T, { max, maxWhy, ...m }: Labelled & Bound) => n.max(max).meta(meta({ ...m, maxWhy } as Meta));

export const prob = (m: Labelled) =>
  z
    .number()
    .min(0)
    .max(1)
    .meta(meta({ unit: 'probability', ...m }));
export const positive = (m: Labelled & Bound) => bounded(z.number().finite().positive(), m);
export const nonNegative = (m: Labelled & Bound) => bounded(z.number().finite().min(0), m);
export const count = (m: Labelled & Bound) => bounded(z.number().int().min(0), { unit: 'count', ...m });

// ---- distributions -------------------------------------------------------------------------

const exponential = z.strictObject({ kind: z.literal('exponential'), mean: z.number().finite().positive() });
const lognormal = z.strictObject({ kind: z.literal('lognormal'), mean: z.number().finite().positive(), sd: z.number().finite().min(0) });
const gamma = z.strictObject({ kind: z.literal('gamma'), mean: z.number().finite().positive(), sd: z.number().finite().positive() });
const triangular = z
  .strictObject({ kind: z.literal('triangular'), min: z.number().finite(), mode: z.number().finite(), max: z.number().finite() })
  .refine((d) => d.min <= d.mode && d.mode <= d.max && d.min < d.max, { message: 'needs min ≤ mode ≤ max and min < max' });
const uniform = z
  .strictObject({ kind: z.literal('uniform'), min: z.number().finite(), max: z.number().finite() })
  .refine((d) => d.min <= d.max, { message: 'needs min ≤ max' });
const deterministic = z.strictObject({ kind: z.literal('deterministic'), value: z.number().finite() });
const empirical = z
  .strictObject({
    kind: z.literal('empirical'),
    values: z.array(z.number().finite()).min(1).max(10_000),
    weights: z.array(z.number().finite().min(0)).max(10_000).optional(),
  })
  .refine((d) => d.weights === undefined || d.weights.length === d.values.length, { message: 'needs one weight per value' })
  .refine((d) => d.weights === undefined || d.weights.some((w) => w > 0), { message: 'needs weights with a positive sum' });

/**
 * A distribution of durations or counts: never below 0, and bounded above like a number (its
 * largest value; its mean for the kinds that have no largest value).
 */
export function distribution({ max, maxWhy, ...m }: Labelled & Bound, fallback: z.input<typeof anyDistribution>) {
  return anyDistribution
    .refine((d) => minimumOf(d) >= 0, {
      message: 'a duration or count cannot be negative: the distribution must not produce values below 0',
    })
    .superRefine((d, ctx) => {
      const top = typicalMaximumOf(d);
      if (top.value > max)
        ctx.addIssue({
          code: 'custom',
          message: `its ${top.what} is ${top.value}, more than the ${max}${m.unit ? ` ${m.unit}` : ''} allowed: ${maxWhy}`,
        });
    })
    .default(fallback as never)
    .meta(meta({ ...m, max, maxWhy } as Meta));
}
const anyDistribution = z.discriminatedUnion('kind', [exponential, lognormal, gamma, triangular, uniform, deterministic, empirical]);
export type DistributionParams = z.infer<typeof anyDistribution>;

/** The largest value a distribution can produce; the mean for kinds without a largest value. */
function typicalMaximumOf(d: DistributionParams): { what: 'largest value' | 'mean'; value: number } {
  switch (d.kind) {
    case 'triangular':
    case 'uniform':
      return { what: 'largest value', value: d.max };
    case 'deterministic':
      return { what: 'largest value', value: d.value };
    case 'empirical':
      return { what: 'largest value', value: Math.max(...d.values.filter((_, i) => d.weights === undefined || (d.weights[i] ?? 0) > 0)) };
    default:
      return { what: 'mean', value: d.mean };
  }
}

function minimumOf(d: DistributionParams): number {
  switch (d.kind) {
    case 'triangular':
    case 'uniform':
      return d.min;
    case 'deterministic':
      return d.value;
    case 'empirical':
      return Math.min(...d.values);
    default:
      return 0;
  }
}
