// Numbers as people read them: the language's decimal separator, a true minus sign, and a
// precision that follows the size of the quantity, so the table, the Markdown and the verdicts
// all print the same digits for the same value.

import { DAYS_PER_YEAR } from '../model/units.js';
import type { Labels } from './labels.js';

export const MINUS = '\u2212';

/** Decimals for a metric: days to whole days once they are large, small counts to hundredths. */
export function decimalsFor(key: string, magnitude: number): number {
  const m = Math.abs(magnitude);
  if (/Days\b|Days$|^waitDays/.test(key)) return m >= 100 ? 0 : 1;
  if (m >= 100) return 0;
  if (m >= 10) return 1;
  return 2;
}

export function formatNumber(labels: Labels, value: number, decimals: number, signed = false): string {
  if (!Number.isFinite(value)) return '–';
  const rounded = Number(value.toFixed(decimals));
  // −0.00 reads as a difference where there is none
  const v = Object.is(rounded, -0) || rounded === 0 ? 0 : rounded;
  const [int, frac] = Math.abs(v).toFixed(decimals).split('.');
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, labels.thousands);
  const body = frac ? `${grouped}${labels.decimal}${frac}` : grouped;
  if (v < 0) return `${MINUS}${body}`;
  return signed && v > 0 ? `+${body}` : body;
}

/** A span of days as years, with a decimal only when it has one (5, 2,5). */
export function formatYears(labels: Labels, days: number): string {
  const years = Math.round((days / DAYS_PER_YEAR) * 10) / 10;
  return formatNumber(labels, years, Number.isInteger(years) ? 0 : 1);
}

export function formatPercent(labels: Labels, share: number, decimals = 1): string {
  return `${formatNumber(labels, share * 100, decimals)}%`;
}

/** "−1,00 tot −0,60" / "−1.00 to −0.60". */
export function formatInterval(labels: Labels, ci: [number, number], decimals: number): string {
  return `${formatNumber(labels, ci[0], decimals)} ${labels.to} ${formatNumber(labels, ci[1], decimals)}`;
}

/** Parses what formatNumber wrote (for tests and for reading a table back). */
export function parseFormatted(labels: Labels, text: string): number {
  const plain = text
    .trim()
    .replace(MINUS, '-')
    .replace(/%$/, '')
    .split(labels.thousands)
    .join('')
    .replace(labels.decimal, '.');
  return Number(plain);
}

/**
 * Euro as a budget line reads: "€ 1,4 mln" / "€1.4 million" from a million, whole hundreds from
 * ten thousand ("€ 28.300"), whole euro below. `signed` writes + before a positive amount.
 */
export function formatEuro(labels: Labels, euro: number, signed = false): string {
  if (!Number.isFinite(euro)) return '–';
  const a = Math.abs(euro);
  const sign = euro < 0 && formatNumber(labels, a, 0) !== '0' ? MINUS : signed && euro > 0 ? '+' : '';
  let body: string;
  if (a >= 999_500) body = labels.euro.millions(formatNumber(labels, a / 1e6, a >= 99.95e6 ? 0 : 1));
  else if (a >= 10_000) body = labels.euro.amount(formatNumber(labels, Math.round(a / 100) * 100, 0));
  else body = labels.euro.amount(formatNumber(labels, Math.round(a), 0));
  return `${sign}${body}`;
}

/**
 * "€ 0,7 tot € 2,1 mln", "−€ 266.000 tot € 5.100": a range in one unit and one precision, set by
 * its larger end (millions when either end is), each end signed as a single amount is.
 */
export function formatEuroRange(labels: Labels, ci: readonly [number, number]): string {
  const largest = Math.max(Math.abs(ci[0]), Math.abs(ci[1]));
  if (!Number.isFinite(largest)) return `${formatEuro(labels, ci[0])} ${labels.to} ${formatEuro(labels, ci[1])}`;
  if (largest < 999_500) {
    // the smaller end to the larger's precision: whole hundreds from ten thousand
    const step = largest >= 10_000 ? 100 : 1;
    return `${formatEuro(labels, Math.round(ci[0] / step) * step)} ${labels.to} ${formatEuro(labels, Math.round(ci[1] / step) * step)}`;
  }
  const m = (x: number) => {
    const text = formatNumber(labels, Math.abs(x) / 1e6, 1);
    return `${x < 0 && text !== formatNumber(labels, 0, 1) ? MINUS : ''}${labels.euro.amount(text)}`;
  };
  return labels.euro.millionsRange(m(ci[0]), m(ci[1]));
}

/** "Koude overdrachten" → "koude overdrachten", keeping capitals inside (RvdK, GI). */
export function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
