// One look for every chart: the Okabe–Ito palette (distinguishable with the common colour-vision
// deficiencies), a font that exists both on analysts' machines and on the CI host that renders the
// PNGs, and the language's number format.

import type { Labels } from './labels.js';

export const OKABE_ITO = {
  black: '#000000',
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  green: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  purple: '#CC79A7',
} as const;

export const GREY = '#7F7F7F';

/** Handovers by cause: a hue per cause, dark for cold, a light tint of it for warm. */
export const CAUSE_COLOURS = {
  structural: { cold: OKABE_ITO.blue, warm: '#9CC9E6' },
  turnover: { cold: OKABE_ITO.vermillion, warm: '#F2B68C' },
  absence: { cold: '#A8467F', warm: '#E3B5CF' },
  afschaling: { cold: OKABE_ITO.green, warm: '#93D6C2' },
} as const;

export const BETTER = OKABE_ITO.blue;
export const WORSE = OKABE_ITO.vermillion;

/** Arial on Windows and macOS; Liberation Sans (same metrics) where the PNGs are rendered. */
export const FONT = 'Arial, Liberation Sans, Helvetica, DejaVu Sans, sans-serif';
export const PNG_FONT_FAMILY = 'Liberation Sans';

export function chartConfig(labels: Labels): Record<string, unknown> {
  return {
    font: FONT,
    // a label per mark makes the SVGs several times larger; the page's tables carry the numbers
    aria: false,
    background: 'white',
    padding: 8,
    view: { stroke: '#DDDDDD' },
    axis: { labelFontSize: 11, titleFontSize: 12, titleFontWeight: 'normal', gridColor: '#EEEEEE', labelLimit: 260 },
    // vega's default (one tick per 40 px) crowds labels with decimal commas
    axisQuantitative: { tickCount: 6 },
    legend: { labelFontSize: 11, titleFontSize: 12, titleFontWeight: 'normal', labelLimit: 260, orient: 'bottom', direction: 'horizontal', columns: 4 },
    header: { labelFontSize: 12, titleFontSize: 12, labelLimit: 240 },
    title: { fontSize: 14, anchor: 'start', fontWeight: 'bold', offset: 10 },
    locale: {
      number: { decimal: labels.decimal, thousands: labels.thousands, grouping: [3], currency: ['€\u00a0', ''], minus: '\u2212', percent: '%' },
    },
  };
}
