// The words of the warm-up page (`jbsim warmup`), in Dutch and English: its recommendation, said
// again from warmup.json's fields in the page's language (the file's own `text` is English, for the
// command line), and the table of MSER-5's cuts per series with what each cut is.

import type { CutVerdict } from '../experiment/warmup.js';
import type { Lang } from './types.js';

export interface WarmupWords {
  /** From an empty chain the series settle after `years` (or more: some may not settle within the run). */
  empty: (years: string, orMore: boolean) => string;
  /** From the settled start: no warm-up, or one of `years`. */
  settled: (years: string | null) => string;
  /** The scenario's own warm-up (`simulation.warmupYears`, not named: no parameter path in the page's prose). */
  scenario: (years: string) => string;
  /** What makes a cut count; ends with the option that sets the share, which the page sets in code type. */
  rule: (material: string) => string;
  /** Series that may not settle within `years` years. */
  unsettled: (series: string, years: string) => string;
  /** A cut of the settled start more than noise but under the material share. */
  immaterial: (series: string, years: string, size: string, material: string) => string;
  section: string;
  intro: string;
  series: string;
  fromEmpty: string;
  fromSettled: string;
  cut: string;
  difference: string;
  verdicts: Record<CutVerdict, string>;
  atLimit: string;
  /** "0,7% of the rest" */
  ofRest: (percent: string) => string;
}

const nl: WarmupWords = {
  empty: (y, more) => `Vanaf een lege keten komen de reeksen na ${y} jaar${more ? ' of later' : ''} tot rust.`,
  settled: (y) => (y === null ? 'Vanaf de gesettelde start is geen opwarmperiode nodig.' : `Vanaf de gesettelde start is een opwarmperiode van ${y} jaar nodig.`),
  scenario: (y) => `Het scenario warmt nu ${y} jaar op.`,
  rule: (m) =>
    `Een afkappunt van MSER-5 telt alleen als wat het afkapt over de replicaties meer dan ruis verschilt van de rest, en minstens ${m} van het niveau van de rest (--material).`,
  unsettled: (s, y) => `${s} komt mogelijk niet tot rust binnen ${y} jaar (MSER-5 op zijn grens van de halve looptijd).`,
  immaterial: (s, y, size, m) => `Bij ${s} kapt MSER-5 ${y} jaar af, maar dat deel verschilt maar ${size} van de rest (minder dan ${m}): dat telt niet mee.`,
  section: 'Afkappunten per reeks',
  intro:
    'MSER-5 zoekt in de reeks, gemiddeld over de replicaties, het punt waarna de rest het rustigst is. Per replicatie is dan het gemiddelde van het afgekapte deel min dat van de rest berekend; hieronder het gemiddelde daarvan met het 95%-interval, en als percentage van het niveau van de rest.',
  series: 'Reeks',
  fromEmpty: 'Vanaf een lege keten',
  fromSettled: 'Vanaf de gesettelde start',
  cut: 'afkappunt (jaar)',
  difference: 'afgekapt deel min rest',
  verdicts: { none: 'niets afgekapt', counts: 'opstarteffect: telt', noise: 'ruis: telt niet', small: 'te klein: telt niet' },
  atLimit: 'op de grens',
  ofRest: (p) => `${p} van de rest`,
};

/** "1 year", "2.5 years" from a number already formatted. */
const yearsEn = (y: string) => `${y} ${y === '1' ? 'year' : 'years'}`;

const en: WarmupWords = {
  empty: (y, more) => `From an empty chain the series settle after ${yearsEn(y)}${more ? ' or more' : ''}.`,
  settled: (y) => (y === null ? 'From the settled start no warm-up is needed.' : `From the settled start a warm-up of ${yearsEn(y)} is needed.`),
  scenario: (y) => `The scenario now warms up for ${yearsEn(y)}.`,
  rule: (m) =>
    `A cut of MSER-5 counts only if what it cuts off differs from the rest, across the replications, by more than noise and by at least ${m} of the rest's level (--material).`,
  unsettled: (s, y) => `${s} may not settle within ${yearsEn(y)} (MSER-5 at its limit of half the run).`,
  immaterial: (s, y, size, m) => `For ${s} MSER-5 cuts ${yearsEn(y)}, but that part differs from the rest by only ${size} (under ${m}): it does not count.`,
  section: 'Cuts per series',
  intro:
    "MSER-5 looks in the series, averaged over the replications, for the point after which the rest is steadiest. Per replication, the mean of the part it cuts off minus the mean of the rest is then computed; below, their mean with its 95% interval, and as a share of the rest's level.",
  series: 'Series',
  fromEmpty: 'From an empty chain',
  fromSettled: 'From the settled start',
  cut: 'cut (years)',
  difference: 'part cut off minus rest',
  verdicts: { none: 'nothing cut off', counts: 'start-up bias: counts', noise: 'noise: does not count', small: 'too small: does not count' },
  atLimit: 'at its limit',
  ofRest: (p) => `${p} of the rest`,
};

export function warmupWords(lang: Lang): WarmupWords {
  return lang === 'nl' ? nl : en;
}
