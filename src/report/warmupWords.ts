// The words of the warm-up page (`jbsim warmup`), in Dutch and English: its recommendation, said
// again from warmup.json's fields in the page's language (the file's own `text` is English, for the
// command line), and the table of MSER-5's cuts per series with what each cut is.

import type { CutVerdict } from '../experiment/warmup.js';
import type { Lang } from './types.js';

export interface WarmupWords {
  /** From an empty chain: no cut counts (null), or the series settle after `years`, at least (those at MSER's limit named). */
  empty: (years: string | null, atLimit: string) => string;
  /** From the settled start: no warm-up, or one of `years`; `sure` false when some cut is unclear. */
  settled: (years: string | null, sure: boolean) => string;
  /** The scenario's own warm-up (`simulation.warmupYears`, not named: no parameter path in the page's prose). */
  scenario: (years: string) => string;
  /** What makes a cut count; ends with the option that sets the share, which the page sets in code type. */
  rule: (material: string, floor: string) => string;
  /** Series that may not settle within `years` years. */
  unsettled: (series: string, years: string) => string;
  /** A cut of the settled start more than noise but within the threshold. */
  negligible: (series: string, years: string, size: string) => string;
  /** Cuts of the settled start that `replications` cannot judge. */
  unclear: (series: string, replications: number) => string;
  /** "Wachten GI (dagen) (4,58 jaar, op de grens)" */
  unclearItem: (series: string, years: string, atLimit: boolean) => string;
  section: string;
  intro: string;
  series: string;
  fromEmpty: string;
  fromSettled: string;
  cut: string;
  difference: string;
  verdict: string;
  verdicts: Record<CutVerdict, string>;
  atLimit: string;
  /** "0,7% of the rest" */
  ofRest: (percent: string) => string;
  /** "drempel ±0,05": the threshold the cut was judged against, in the series' unit. */
  threshold: (value: string) => string;
  /** "A, B en C" */
  list: (items: readonly string[]) => string;
}

const nl: WarmupWords = {
  empty: (y, limit) =>
    y === null
      ? 'Vanaf een lege keten laat geen reeks een opstarteffect zien dat telt.'
      : limit === ''
        ? `Vanaf een lege keten komen de reeksen na ${y} jaar tot rust.`
        : `Vanaf een lege keten komen de reeksen pas na minstens ${y} jaar tot rust (${limit} op de grens van MSER-5).`,
  settled: (y, sure) =>
    `Vanaf de gesettelde start is ${y === null ? 'geen opwarmperiode' : `een opwarmperiode van ${y} jaar`} nodig${sure ? '' : ', voor zover deze replicaties laten zien'}.`,
  scenario: (y) => `Het scenario warmt nu ${y} jaar op.`,
  rule: (m, floor) =>
    `Een afkappunt telt als het 95%-interval van het afgekapte deel min de rest helemaal voorbij de drempel ligt: ${m} van het niveau van de rest, en minstens ${floor} in de eenheid van de reeks (--material).`,
  unsettled: (s, y) => `${s} komt mogelijk niet tot rust binnen ${y} jaar (MSER-5 kapt af op zijn grens: de halve looptijd).`,
  negligible: (s, y, size) => `Bij ${s} kapt MSER-5 ${y} jaar af, maar dat deel wijkt maar ${size} af van de rest, minder dan de drempel: dat telt niet mee.`,
  unclear: (s, n) => `Voor ${s} kunnen ${n} replicaties niet zeggen of het afgekapte deel meer dan de drempel van de rest afwijkt; meer replicaties kunnen uitsluitsel geven.`,
  unclearItem: (s, y, limit) => `${s} (${y} jaar${limit ? ', op de grens' : ''})`,
  section: 'Afkappunten per reeks',
  intro:
    'MSER-5 zoekt in de reeks, gemiddeld over de replicaties, het punt waarna de rest het rustigst is. Per replicatie is dan het gemiddelde van het afgekapte deel min dat van de rest berekend; hieronder het gemiddelde daarvan met het 95%-interval, en als percentage van het niveau van de rest. Ligt het hele interval voorbij de drempel, dan telt het afkappunt; ligt het er helemaal binnen, dan is het verschil verwaarloosbaar. Anders is het onduidelijk, ook als het interval nul bevat: geen aanwijzing voor een opstarteffect is nog geen bewijs dat het klein is. Meer replicaties kunnen uitsluitsel geven.',
  series: 'Reeks',
  fromEmpty: 'Vanaf een lege keten',
  fromSettled: 'Vanaf de gesettelde start',
  cut: 'afkappunt (jaar)',
  difference: 'afgekapt deel min rest',
  verdict: 'oordeel',
  verdicts: {
    none: 'niets afgekapt',
    nodata: 'geen gegevens',
    counts: 'opstarteffect: telt',
    negligible: 'verwaarloosbaar: telt niet',
    unclear: 'onduidelijk: telt niet, meer replicaties nodig',
  },
  atLimit: 'op de grens',
  ofRest: (p) => `${p} van de rest`,
  threshold: (t) => `drempel ±${t}`,
  list: (items) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} en ${items[items.length - 1]}`),
};

/** "1 year", "2.5 years" from a number already formatted. */
const yearsEn = (y: string) => `${y} ${y === '1' ? 'year' : 'years'}`;

const en: WarmupWords = {
  empty: (y, limit) =>
    y === null
      ? 'From an empty chain no series shows a start-up bias that counts.'
      : limit === ''
        ? `From an empty chain the series settle after ${yearsEn(y)}.`
        : `From an empty chain the series settle after ${yearsEn(y)} at the least (${limit} at MSER-5's limit).`,
  settled: (y, sure) =>
    `From the settled start ${y === null ? 'no warm-up' : `a warm-up of ${yearsEn(y)}`} is needed${sure ? '' : ', as far as these replications show'}.`,
  scenario: (y) => `The scenario now warms up for ${yearsEn(y)}.`,
  rule: (m, floor) =>
    `A cut counts when the 95% interval of what it cuts off minus the rest lies wholly beyond the threshold: ${m} of the rest's level, and at least ${floor} in the series' unit (--material).`,
  unsettled: (s, y) => `${s} may not settle within ${yearsEn(y)} (MSER-5 cuts at its limit: half the run).`,
  negligible: (s, y, size) => `For ${s} MSER-5 cuts ${yearsEn(y)}, but that part differs from the rest by only ${size}, less than the threshold: it does not count.`,
  unclear: (s, n) => `For ${s}, ${n} replications cannot tell whether what MSER-5 cuts off differs from the rest by more than the threshold; more replications may.`,
  unclearItem: (s, y, limit) => `${s} (${yearsEn(y)}${limit ? ', at its limit' : ''})`,
  section: 'Cuts per series',
  intro:
    "MSER-5 looks in the series, averaged over the replications, for the point after which the rest is steadiest. Per replication, the mean of the part it cuts off minus the mean of the rest is then computed; below, their mean with its 95% interval, and as a share of the rest's level. If the whole interval lies beyond the threshold, the cut counts; if it lies wholly within, the difference is negligible. Otherwise it is unclear, also when the interval holds 0: no sign of a start-up bias is no proof that it is small. More replications may tell.",
  series: 'Series',
  fromEmpty: 'From an empty chain',
  fromSettled: 'From the settled start',
  cut: 'cut (years)',
  difference: 'part cut off minus rest',
  verdict: 'verdict',
  verdicts: {
    none: 'nothing cut off',
    nodata: 'no data',
    counts: 'start-up bias: counts',
    negligible: 'negligible: does not count',
    unclear: 'unclear: does not count, needs more replications',
  },
  atLimit: 'at its limit',
  ofRest: (p) => `${p} of the rest`,
  threshold: (t) => `threshold ±${t}`,
  list: (items) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`),
};

export function warmupWords(lang: Lang): WarmupWords {
  return lang === 'nl' ? nl : en;
}
