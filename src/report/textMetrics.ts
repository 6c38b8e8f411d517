// Text widths for laying out charts in Node, where Vega has no canvas and guesses 0.8 em per
// character (far too wide for proportional text: axes then reserve blank space). These are the
// Helvetica advance widths (per 1000 em), which Arial and Liberation Sans share, so the layout in
// Node matches what the browser measures and what resvg draws.

import * as vega from 'vega';

// ASCII 32..126
const REGULAR = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722,
  722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556,
  556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
];
const BOLD = [
  278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611, 975, 722, 722, 722,
  722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556, 333, 556, 611, 556, 611, 556, 333, 611,
  611, 278, 278, 556, 278, 889, 611, 611, 611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584,
];
const OTHER: Record<string, [number, number]> = {
  '\u2019': [222, 278],
  '\u2018': [222, 278],
  '\u2013': [556, 556],
  '\u2014': [1000, 1000],
  '\u2212': [584, 584],
  '\u2026': [1000, 1000],
  '\u2265': [549, 549],
  '\u2264': [549, 549],
  '\u00b7': [278, 278],
  '\u20ac': [556, 556],
  '\u00a0': [278, 278],
};

function charWidth(ch: string, bold: boolean): number {
  const code = ch.charCodeAt(0);
  if (code >= 32 && code <= 126) return (bold ? BOLD : REGULAR)[code - 32]!;
  const other = OTHER[ch];
  if (other) return other[bold ? 1 : 0];
  // accented letters are as wide as their base letter
  const base = ch.normalize('NFD').charAt(0);
  if (base !== ch) return charWidth(base, bold);
  return 556;
}

export function textWidth(text: string, fontSize: number, bold = false): number {
  let units = 0;
  for (const ch of text) units += charWidth(ch, bold);
  return (units * fontSize) / 1000;
}

interface TextItem {
  fontSize?: number;
  fontWeight?: string | number;
  limit?: number;
}

let installed = false;

/** Makes Vega in this process measure text with these widths (idempotent). */
export function useHelveticaMetrics(): void {
  if (installed) return;
  const metrics = (vega as unknown as { textMetrics: { width: (item: TextItem, text: unknown) => number } }).textMetrics;
  metrics.width = (item, text) => {
    const line = text == null ? '' : String(text).trim();
    const size = item.fontSize != null ? +item.fontSize || 0 : 11;
    const weight = item.fontWeight;
    const bold = weight === 'bold' || weight === 'bolder' || (typeof weight === 'number' && weight >= 600) || (typeof weight === 'string' && Number(weight) >= 600);
    const width = textWidth(line, size, bold);
    // Vega truncates to `limit` with an ellipsis; the drawn text is then at most that wide
    return item.limit && item.limit > 0 ? Math.min(width, item.limit) : width;
  };
  installed = true;
}
