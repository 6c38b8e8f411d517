// The grammar of the summary in Dutch and English: how an effect, a cost, a price, a degree of
// certainty and an assumption read in a sentence. The numbers come in already formatted; this
// module only puts words around them.

import type { Lang } from './types.js';

export interface SummaryPhrases {
  intro: (replications: number, materialPercent: number) => string;
  /** "Gezinsvoogden in duo's: minder koude overdrachten (…), maar meer … ." */
  effects: (title: string, better: string[], worse: string[], neutral: string[], observedOnly: boolean) => string;
  /** "elke 17,9 in plaats van elke 31,7 dagen": a visit interval as both levels. */
  everyInsteadOf: (scenario: string, baseline: string, unit: string) => string;
  /** "+14,2 fte gezinsvoogd". */
  fte: (amount: string, role: string) => string;
  /** Beside a change in guardian FTE: the children a guardian then has on average. */
  caseloadAside: (scenario: string, baseline: string) => string;
  /**
   * Beside a change in the children under a measure (`fewer`: down): the change in children getting
   * one over the observed years and in a measure's mean length in days, each signed and each only
   * when it moves the stock the same way (null otherwise); `asMany`: the number getting one did not
   * clearly change.
   */
  stockAside: (fewer: boolean, into: string | null, lengthDays: string | null, asMany: boolean) => string;
  /** Beside a waiting list for a guardian that moves by families before their ruling. */
  beforeRulingAside: string;
  costMore: (amount: string, interval: string) => string;
  costLess: (amount: string, interval: string) => string;
  costUnclear: (interval: string) => string;
  /** After a clear cost difference that help providers carry: "vooral door minder hulpverleners (−363 trajectjaren per jaar)". */
  mainlyProviders: (amount: string, fewer: boolean) => string;
  price: (euro: string, unit: string, interval: string | null) => string;
  dominant: string;
  /** Cheaper and better here, but not cheaper in most plausible worlds or at a checked value. */
  dominantHere: string;
  noPrice: string;
  /** A scenario that is not settled gets no price per unit. */
  noPriceUnsettled: string;
  certainty: (metric: string, precision: 'precise' | 'fair' | 'rough', interval: string) => string;
  noEffect: (replications: number) => string;
  /** After a cost difference: in how many plausible worlds the cost goes this way, and the median difference (signed euro). */
  costWorlds: (cheaper: boolean, worlds: string, median: string) => string;
  /** "… in 7 of 8 plausible worlds (median −11.2 children)": how often the improvement holds when the assumptions vary, and its median size there. */
  robust: (worlds: string, median: string) => string;
  /** The worlds behind `robust` mostly do not look like today's chain: how to read it. */
  worldsCaveat: (consistent: number, drawn: number) => string;
  /** After the worlds of `robust` and `costWorlds` when only those like today's chain count (`--like-today`). */
  likeTodayWorlds: string;
  /** With `--like-today`: which worlds the robustness phrases count (each screened on `replications`), or that none passed. */
  worldsLikeToday: (consistent: number, drawn: number, replications: number) => string;
  /** With `--like-today`, after the checks' intro: a checked parameter the worlds like today's chain hold mostly below (or above) the baseline's value. */
  checkWorlds: (name: string, own: string, median: string, lower: boolean) => string;
  /** Only for drivers the uncertainty analysis measured: "rust vooral op de aanname …". */
  restsOn: (assumptions: string[]) => string;
  assumption: (name: string, value: string) => string;
  /** An analysis measured drivers, but none of the main effect. */
  noDriver: string;
  /**
   * No measured driver: the scenario's own assumptions by name (`more` of them left unnamed);
   * `tested` when an analysis looked and none stood out.
   */
  ownAssumption: (assumptions: string[], more: number, tested: boolean) => string;
  assumptionNamed: (name: string, value: string) => string;
  costSentence: (costs: string[], price: string | null, certainty: string | null, restsOn: string | null) => string;
  unsettled: (reasons: string[]) => string;
  /** The intro's note that every scenario also ran with each checked value: "‘X’ op 0,14". */
  checksIntro: (checks: string[]) => string;
  /** The baseline's links that are nearly full, in words with their busy share. */
  nearlyFull: (links: string[]) => string;
  /** "‘Contactelasticiteit’ op 0,14 in plaats van 0,3". */
  checkSetting: (name: string, value: string, own: string) => string;
  /** "‘Contactelasticiteit’ op 0,14": a check as the intro names it. */
  checkNamed: (name: string, value: string) => string;
  /** The check sets a value the reform has set itself: at that value it is another reform. */
  reformsOwn: (setting: string) => string;
  /** The baseline is settled at one value and not at the other. */
  baselineThen: (setting: string, settled: boolean) => string;
  /**
   * A reform whose named changes, cost direction and stability all stay as they are at the checked
   * value; `sizes` that moved, as they are then; `similar`: those compared that hardly moved.
   */
  checkSame: (setting: string, sizes: string[], similar: string[]) => string;
  /** "het effect op kinderen zonder gezinsvoogd": what a size is of. */
  effectOn: (topic: string) => string;
  theCost: string;
  /** What is different at the checked value, each item as it reads then; `sizes` of what kept its verdict. */
  checkChanged: (setting: string, items: string[], sizes: string[]) => string;
  /** A size at the checked value beside its own: "het effect op … −8,0 in plaats van −19,2 kinderen" (`what`: from `effectOn`). */
  sizeThen: (what: string, then: string, own: string, unit: string) => string;
  /** The cost difference's size at the checked value beside its own (positive amounts; `less`: a saving). */
  costThen: (less: boolean, then: string, own: string) => string;
  /** A named change that is no longer clear: "geen duidelijk verschil in de wachttijd voor een gezinsvoogd (+1,8 dagen, 95%-BI …)". */
  noLongerClear: (topic: string, amount: string, interval: string) => string;
  /** A clear change too small to name (under the material share): "het verschil in … is klein (−1,8 dagen, −2%)". */
  tooSmall: (topic: string, amount: string) => string;
  settledThen: (settled: boolean) => string;
  list: (items: string[]) => string;
  rankedUnsettled: string;
  noneClear: string;
}

function join(items: string[], and: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}

/** "First. Second and third." from the parts that are there; '' when none is. */
function sentences(first: string | null, rest: Array<string | null>, and: string): string {
  const second = rest.filter((x): x is string => x !== null).join(` ${and} `);
  const capital = (t: string) => `${t.charAt(0).toUpperCase()}${t.slice(1)}.`;
  return [first, second].filter((x): x is string => x !== null && x !== '').map(capital).join(' ');
}

const PRECISION_NL = { precise: 'duidelijk en nauwkeurig bepaald', fair: 'duidelijk, met een redelijke marge', rough: 'duidelijk, maar de omvang is onzeker' };
const PRECISION_EN = { precise: 'clear and precise', fair: 'clear, within a fair margin', rough: 'clear, but its size is uncertain' };

const nl: SummaryPhrases = {
  intro: (n, pct) =>
    `Per hervorming wat het model laat zien tegenover het basisscenario, op ${n} replicaties met dezelfde toevalsgetallen. Alleen verschillen waarvan het 95%-betrouwbaarheidsinterval nul uitsluit en die minstens ${pct}% van het niveau van nu zijn, worden genoemd; de tabellen hieronder geven alle cijfers. Alles geldt in het model, onder de aannames die bij elk scenario staan. Elk scenario wordt bekeken als een keten die al jaren zo werkt: een hervorming is dus vergeleken zoals ze uitpakt als ze is ingeburgerd, niet in de eerste jaren na de invoering; de overgang (werven en inwerken, wachtlijsten die nog van vroeger zijn) zit niet in deze cijfers.`,
  effects: (title, better, worse, neutral, observedOnly) => {
    const lead = observedOnly ? `${title} (in de waargenomen jaren)` : title;
    const also = neutral.length > 0 ? `; verder ${join(neutral, 'en')}` : '';
    if (better.length === 0 && worse.length === 0) return `${lead}: geen duidelijke verandering op de kernmaten${also}.`;
    if (better.length === 0) return `${lead}: geen duidelijke verbetering op de kernmaten, wel ${join(worse, 'en')}${also}.`;
    return `${lead}: ${join(better, 'en')}${worse.length > 0 ? `, maar ${join(worse, 'en')}` : ''}${also}.`;
  },
  everyInsteadOf: (scenario, baseline, unit) => `elke ${scenario} in plaats van elke ${baseline} ${unit}`,
  fte: (amount, role) => `${amount} fte ${role}`,
  caseloadAside: (scenario, baseline) => ` (gemiddeld ${scenario} in plaats van ${baseline} kinderen per gezinsvoogd)`,
  stockAside: (fewer, into, lengthDays, asMany) => {
    const intoText = into === null ? null : `doordat ${fewer ? 'minder' : 'meer'} kinderen er een krijgen (${into} in de waargenomen jaren)`;
    const lengthText = lengthDays === null ? null : `door ${fewer ? 'kortere' : 'langere'} maatregelen (gemiddeld ${lengthDays} dagen)`;
    const parts = [intoText, lengthText].filter((x) => x !== null).join(' en ');
    return `, ${parts}${asMany ? `, niet doordat ${fewer ? 'minder' : 'meer'} kinderen er een krijgen` : ''}`;
  },
  beforeRulingAside: ', vooral van gezinnen die al vóór de uitspraak op een gezinsvoogd wachten en zolang hun medewerker van het lokaal team houden',
  costMore: (amount, interval) => `${amount} per jaar meer (95%-BI ${interval})`,
  costLess: (amount, interval) => `${amount} per jaar minder (95%-BI ${interval})`,
  costUnclear: (interval) => `geen duidelijk verschil in euro per jaar (95%-BI ${interval})`,
  mainlyProviders: (amount, fewer) => `vooral door ${fewer ? 'minder' : 'meer'} hulpverleners (${amount} trajectjaren per jaar)`,
  price: (euro, unit, interval) => `${euro} per ${unit} (95%-BI ${interval ?? 'onbegrensd'})`,
  dominant: 'het bespaart geld en verbetert tegelijk',
  dominantHere: 'het verbetert, maar of het ook geld bespaart, hangt van de aannames af',
  noPrice: 'zonder duidelijk verschil in kosten is er geen prijs per eenheid',
  noPriceUnsettled: 'geen prijs per eenheid, want het scenario is niet stabiel',
  certainty: (metric, precision, interval) => `het effect op ${metric} is ${PRECISION_NL[precision]} (95%-BI ${interval})`,
  noEffect: (n) => `bij ${n} replicaties is geen effect duidelijk`,
  robust: (worlds, median) => `met andere plausibele waarden van de aannames is het een verbetering in ${worlds} (mediaan ${median})`,
  costWorlds: (cheaper, worlds, median) => `met andere plausibele waarden van de aannames ${cheaper ? 'goedkoper' : 'duurder'} in ${worlds} (mediaan ${median} per jaar)`,
  worldsCaveat: (c, n) =>
    `De plausibele werelden waarin dat is nagerekend, lijken zelden op de keten van nu (${c} van de ${n} ${c === 1 ? 'valt' : 'vallen'} binnen elke band waaraan het model is gekalibreerd; zie de onzekerheid onderaan): lees ‘een verbetering in zoveel werelden’ als een toets of de richting standhoudt, niet als een kans.`,
  likeTodayWorlds: ' die op de keten van nu lijken',
  worldsLikeToday: (c, n, r) =>
    c === 0
      ? `Geen van de ${n} getrokken plausibele werelden (elk met alle onzekere aannames tegelijk op andere waarden binnen hun plausibele bereik) lijkt op de keten van nu (zie de onzekerheid onderaan), dus is niet nagerekend of de effecten standhouden met andere waarden van de aannames.`
      : `Of een effect standhoudt met andere plausibele waarden van de aannames, is alleen nagerekend in plausibele werelden (elk met alle onzekere aannames tegelijk op andere waarden binnen hun plausibele bereik) die op de keten van nu lijken: ${c} van de ${n} getrokken werelden ${c === 1 ? 'valt' : 'vallen'} binnen elke band waaraan het model is gekalibreerd (zie de onzekerheid onderaan). Welke werelden dat zijn, hangt bij ${r} ${r === 1 ? 'replicatie' : 'replicaties'} per wereld deels van toeval af.`,
  checkWorlds: (name, own, median, lower) =>
    `In de werelden die op de keten van nu lijken, is ‘${name}’ meestal ${lower ? 'kleiner' : 'groter'} dan ${own} (mediaan ${median}).`,
  restsOn: (assumptions) => `rust vooral op ${join(assumptions, 'en op')}`,
  assumption: (name, value) => `de aanname ‘${name}’ (${value})`,
  noDriver: 'bij dit effect springt in de onzekerheidsanalyse geen aanname eruit',
  ownAssumption: (assumptions, more, tested) => {
    const one = assumptions.length === 1 && more === 0;
    const named =
      more > 0 ? `aannames van het scenario, zoals ${assumptions.join(', ')} en nog ${more} andere` : `${one ? 'de aanname' : 'de aannames'} van het scenario ${join(assumptions, 'en')}`;
    const known = tested
      ? `, maar in de onzekerheidsanalyse springt ${one ? 'die er niet uit' : 'geen daarvan eruit'}`
      : `; ${one ? 'hoe zwaar die weegt naast de andere aannames' : 'welke het zwaarst weegt'}, meet deze vergelijking niet (dat doen ‘jbsim sensitivity --on-difference’ en ‘jbsim uncertainty’ met meer werelden dan aannames)`;
    return `rust op ${named}${known}`;
  },
  assumptionNamed: (name, value) => `‘${name}’ (${value})`,
  costSentence: (costs, price, certainty, restsOn) => sentences(costs.length > 0 ? `Kosten: ${join(costs, 'en')}${price ? `; ${price}` : ''}` : null, [certainty, restsOn], 'en'),
  unsettled: (reasons) => `Niet stabiel: ${reasons.join('; ')}. De gemiddelden hangen daardoor af van hoe lang je kijkt; zie het verloop per maand.`,
  nearlyFull: (links) =>
    `In het basisscenario ${links.length === 1 ? 'is' : 'zijn'} ${join(links, 'en')} bijna vol. Daar groeit een wachtrij steil naarmate de bezetting 100% nadert, dus verandert de wachttijd sterk bij een kleine verandering in vraag of capaciteit: lees grote procenten bij wachttijden en bij kinderen zonder gezinsvoogd als richting, niet als precieze omvang.`,
  checksIntro: (checks) =>
    `Elk scenario is ook doorgerekend met ${join(checks, 'en met')}, met dezelfde toevalsgetallen; wat daardoor anders uitvalt, staat bij de hervorming.`,
  checkSetting: (name, value, own) => `‘${name}’ op ${value} in plaats van ${own}`,
  checkNamed: (name, value) => `‘${name}’ op ${value}`,
  reformsOwn: (setting) => `${setting} (een waarde die deze hervorming zelf instelt: met de andere waarde is het een andere variant van de hervorming)`,
  baselineThen: (setting, settled) =>
    settled
      ? `Met ${setting} is het basisscenario wel stabiel (bij de eigen waarde niet).`
      : `Met ${setting} is het basisscenario zelf niet stabiel: de verschillen bij die waarde hangen ook af van hoe lang je kijkt.`,
  checkSame: (setting, sizes, similar) =>
    `Met ${setting} blijven dezelfde veranderingen duidelijk en houden de kosten dezelfde richting${sizes.length > 0 ? `; de omvang is dan: ${join(sizes, 'en')}` : ''}${similar.length > 0 ? `${sizes.length > 0 ? ', en' : ', met'} ${join(similar, 'en')} ongeveer even groot` : ''} (alle cijfers: checks.json).`,
  effectOn: (topic) => `het effect op ${topic}`,
  theCost: 'de kosten',
  checkChanged: (setting, items, sizes) => `Met ${setting} valt het anders uit: ${items.join('; ')}${sizes.length > 0 ? `; de omvang van wat blijft: ${join(sizes, 'en')}` : ''}.`,
  sizeThen: (what, then, own, unit) => `${what} ${then} in plaats van ${own} ${unit}`.trim(),
  costThen: (less, then, own) => `de kosten ${then} in plaats van ${own} per jaar ${less ? 'lager' : 'hoger'}`,
  noLongerClear: (topic, amount, interval) => `geen duidelijk verschil in ${topic} (${amount}, 95%-BI ${interval})`,
  tooSmall: (topic, amount) => `het verschil in ${topic} is klein (${amount})`,
  settledThen: (settled) => (settled ? 'het scenario is dan stabiel' : 'het scenario is dan niet stabiel'),
  list: (items) => join(items, 'en'),
  rankedUnsettled: 'niet gerangschikt, want niet stabiel',
  noneClear: 'geen hervorming verbetert dit duidelijk',
};

const en: SummaryPhrases = {
  intro: (n, pct) =>
    `For each reform, what the model shows against the baseline, over ${n} replications on the same random numbers. Only differences whose 95% confidence interval excludes zero and that are at least ${pct}% of today's level are named; the tables below give every figure. All of it holds in the model, under the assumptions listed with each scenario. Each scenario is looked at as a chain that has worked this way for years: a reform is compared as it turns out once it is established, not in the first years after it starts; the transition (hiring and induction, waiting lists left from before) is not in these figures.`,
  effects: (title, better, worse, neutral, observedOnly) => {
    const lead = observedOnly ? `${title} (over the observed years)` : title;
    const also = neutral.length > 0 ? `; also ${join(neutral, 'and')}` : '';
    if (better.length === 0 && worse.length === 0) return `${lead}: no clear change on the headline measures${also}.`;
    if (better.length === 0) return `${lead}: no clear improvement on the headline measures, but ${join(worse, 'and')}${also}.`;
    return `${lead}: ${join(better, 'and')}${worse.length > 0 ? `, but ${join(worse, 'and')}` : ''}${also}.`;
  },
  everyInsteadOf: (scenario, baseline, unit) => `every ${scenario} instead of every ${baseline} ${unit}`,
  fte: (amount, role) => `${amount} FTE ${role}`,
  caseloadAside: (scenario, baseline) => ` (on average ${scenario} instead of ${baseline} children per gezinsvoogd)`,
  stockAside: (fewer, into, lengthDays, asMany) => {
    const intoText = into === null ? null : `as ${fewer ? 'fewer' : 'more'} children get one (${into} over the observed years)`;
    const lengthText = lengthDays === null ? null : `through ${fewer ? 'shorter' : 'longer'} measures (${lengthDays} days on average)`;
    const parts = [intoText, lengthText].filter((x) => x !== null).join(' and ');
    return `, ${parts}${asMany ? `, not as ${fewer ? 'fewer' : 'more'} children get one` : ''}`;
  },
  beforeRulingAside: ', mostly families waiting for a gezinsvoogd before their ruling, who keep their local-team worker meanwhile',
  costMore: (amount, interval) => `${amount} a year more (95% CI ${interval})`,
  costLess: (amount, interval) => `${amount} a year less (95% CI ${interval})`,
  costUnclear: (interval) => `no clear difference in euro a year (95% CI ${interval})`,
  mainlyProviders: (amount, fewer) => `mainly through ${fewer ? 'fewer' : 'more'} help providers (${amount} provider-years a year)`,
  price: (euro, unit, interval) => `${euro} per ${unit} (95% CI ${interval ?? 'unbounded'})`,
  dominant: 'it saves money and improves at once',
  dominantHere: 'it improves, but whether it also saves money depends on the assumptions',
  noPrice: 'without a clear difference in cost there is no price per unit',
  noPriceUnsettled: 'no price per unit, as the scenario is not settled',
  certainty: (metric, precision, interval) => `the effect on ${metric} is ${PRECISION_EN[precision]} (95% CI ${interval})`,
  noEffect: (n) => `no effect is clear over ${n} replications`,
  robust: (worlds, median) => `with other plausible values of the assumptions it is an improvement in ${worlds} (median ${median})`,
  costWorlds: (cheaper, worlds, median) => `with other plausible values of the assumptions ${cheaper ? 'cheaper' : 'dearer'} in ${worlds} (median ${median} a year)`,
  worldsCaveat: (c, n) =>
    `The plausible worlds in which that is recomputed rarely look like today's chain (${c} of ${n} ${c === 1 ? 'lands' : 'land'} inside every band the model is calibrated to; see the uncertainty at the end): read ‘an improvement in so many worlds’ as a test of whether the direction holds, not as a probability.`,
  likeTodayWorlds: " that look like today's chain",
  worldsLikeToday: (c, n, r) =>
    c === 0
      ? `None of the ${n} plausible worlds drawn (each with every uncertain assumption at other values within its plausible range at once) looks like today's chain (see the uncertainty at the end), so whether the effects hold with other values of the assumptions was not recomputed.`
      : `Whether an effect holds with other plausible values of the assumptions was recomputed only in plausible worlds (each with every uncertain assumption at other values within its plausible range at once) that look like today's chain: ${c} of the ${n} worlds drawn ${c === 1 ? 'lands' : 'land'} inside every band the model is calibrated to (see the uncertainty at the end). Which worlds those are depends partly on chance at ${r} ${r === 1 ? 'replication' : 'replications'} per world.`,
  checkWorlds: (name, own, median, lower) =>
    `In the worlds that look like today's chain, ‘${name}’ is mostly ${lower ? 'smaller' : 'larger'} than ${own} (median ${median}).`,
  restsOn: (assumptions) => `rests most on ${join(assumptions, 'and on')}`,
  assumption: (name, value) => `the assumption ‘${name}’ (${value})`,
  noDriver: 'in the uncertainty analysis no assumption stands out for this effect',
  ownAssumption: (assumptions, more, tested) => {
    const one = assumptions.length === 1 && more === 0;
    const named =
      more > 0 ? `the scenario's assumptions, such as ${assumptions.join(', ')} and ${more} more` : `the scenario's ${one ? 'assumption' : 'assumptions'} ${join(assumptions, 'and')}`;
    const known = tested
      ? `, but in the uncertainty analysis ${one ? 'it does not stand out' : 'none of them stands out'}`
      : `; ${one ? 'how much it weighs beside the other assumptions' : 'which of them weighs most'}, this comparison does not measure (‘jbsim sensitivity --on-difference’ and ‘jbsim uncertainty’ with more worlds than assumptions do)`;
    return `rests on ${named}${known}`;
  },
  assumptionNamed: (name, value) => `‘${name}’ (${value})`,
  costSentence: (costs, price, certainty, restsOn) => sentences(costs.length > 0 ? `Cost: ${join(costs, 'and')}${price ? `; ${price}` : ''}` : null, [certainty, restsOn], 'and'),
  unsettled: (reasons) => `Not settled: ${reasons.join('; ')}. Its averages therefore depend on how long one looks; see the monthly course.`,
  nearlyFull: (links) =>
    `In the baseline ${join(links, 'and')} ${links.length === 1 ? 'is' : 'are'} nearly full. There a queue grows steeply as the busy share nears 100%, so a wait changes much with a small change in demand or capacity: read large percentages on waits and on children without a guardian as a direction, not a precise size.`,
  checksIntro: (checks) =>
    `Every scenario was also run with ${join(checks, 'and with')}, on the same random numbers; what turns out differently is given with each reform.`,
  checkSetting: (name, value, own) => `‘${name}’ at ${value} instead of ${own}`,
  checkNamed: (name, value) => `‘${name}’ at ${value}`,
  reformsOwn: (setting) => `${setting} (a value this reform sets itself: at the other value it is another variant of the reform)`,
  baselineThen: (setting, settled) =>
    settled ? `With ${setting} the baseline is settled, unlike at its own value.` : `With ${setting} the baseline itself is not settled: the differences at that value also depend on how long one looks.`,
  checkSame: (setting, sizes, similar) =>
    `With ${setting} the same changes stay clear and the cost keeps its direction${sizes.length > 0 ? `; the size is then: ${join(sizes, 'and')}` : ''}${similar.length > 0 ? `${sizes.length > 0 ? ', and' : ', with'} ${join(similar, 'and')} about as large` : ''} (all figures: checks.json).`,
  effectOn: (topic) => `the effect on ${topic}`,
  theCost: 'the cost',
  sizeThen: (what, then, own, unit) => `${what} ${then} instead of ${own} ${unit}`.trim(),
  costThen: (less, then, own) => `the cost ${then} instead of ${own} a year ${less ? 'lower' : 'higher'}`,
  checkChanged: (setting, items, sizes) => `With ${setting} it turns out differently: ${items.join('; ')}${sizes.length > 0 ? `; the size of what holds: ${join(sizes, 'and')}` : ''}.`,
  noLongerClear: (topic, amount, interval) => `no clear difference in ${topic} (${amount}, 95% CI ${interval})`,
  tooSmall: (topic, amount) => `the difference in ${topic} is small (${amount})`,
  settledThen: (settled) => (settled ? 'the scenario is then settled' : 'the scenario is then not settled'),
  list: (items) => join(items, 'and'),
  rankedUnsettled: 'not ranked, as not settled',
  noneClear: 'no reform clearly improves this',
};

export const SUMMARY_PHRASES: Record<Lang, SummaryPhrases> = { nl, en };
