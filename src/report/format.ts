// Numbers as people read them: the language's decimal separator, a true minus sign, and a
// precision that follows the size of the quantity, so the table, the Markdown and the verdicts
// all print the same digits for the same value.

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
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, labels.thousands);
  const body = frac ? `${grouped}${labels.decimal}${frac}` : grouped;
  if (v < 0) return `${MINUS}${body}`;
  return signed && v > 0 ? `+${body}` : body;
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
