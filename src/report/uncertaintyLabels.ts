// The words of the uncertainty analysis (uncertainty.json's statements, its page section, its
// Markdown and its charts), in Dutch and English. Metric names come from labels.ts.

import type { Lang } from './types.js';

export interface UncertaintyWords {
  title: string;
  /** `drawn`: with --like-today, the worlds drawn of which `samples` look like today's chain (null: every world drawn is analysed). */
  intro: (samples: number, replications: number, parameters: number, base: number, drawn: number | null) => string;
  /** "87% of plausible worlds" */
  shareOfWorlds: (percent: string) => string;
  /** "7 of 8 plausible worlds": a few worlds are counted, not given as a percentage */
  countedWorlds: (count: number, of: number) => string;
  /** "In 87% of plausible worlds X leads to fewer cold handovers" */
  clear: (worlds: string, scenario: string, improvement: string) => string;
  /** ", but in 9 of 10 to more children without a guardian": the surest worsening, when one is clear. */
  butWorse: (worlds: string, worsening: string) => string;
  /** When no measure improves in most worlds. */
  noClear: (worlds: string, scenario: string, improvement: string) => string;
  /** "; whether it leads to shorter waits depends mainly on P" */
  dependsOn: (improvement: string, parameter: string) => string;
  /** "; whether it leads to X is open, and no single assumption stands out at this number of samples" */
  noDriver: (improvement: string) => string;
  /** "; whether it leads to X depends on the assumptions (it does in 4 of 8 plausible worlds)": too few worlds to say on which */
  tooFewToTell: (improvement: string, worlds: string) => string;
  allClear: string;
  /**
   * With too few worlds to tell the parameters apart: what this sample can say (the direction,
   * and the least share of worlds an effect that points one way in all of them reaches), what
   * it cannot (drivers, what to measure first), and how to get the full analysis.
   */
  fewWorlds: (samples: number, parameters: number, least: string, likeToday: boolean) => { can: string; cannot: string; full: string };
  /** The command for the full analysis, shown in code type. */
  fullCommand: string;
  /** With --like-today: more worlds like today's chain take more worlds drawn (`kept` of `drawn` passed in this run). */
  fullLikeToday: (kept: number, drawn: number) => string;
  fullCommandLikeToday: (samples: number) => string;
  effectTable: string;
  scenario: string;
  measure: string;
  median: string;
  range90: string;
  noiseOnly: string;
  probability: string;
  topDriver: string;
  rankFirstTitle: string;
  rankFirstNote: string;
  measureFirstTitle: string;
  measureFirstNote: (evpi: string, floor: string) => string;
  /** The EVPPI estimates exceed the EVPI: no ranking of what to measure first at this number of worlds. */
  measureFirstUnknown: (evpi: string, top: string) => string;
  weighted: string;
  evppi: string;
  shareOfEvpi: string;
  heldTitle: string;
  heldReason: string;
  methodNote: (drivers: 'prcc' | 'spearman', sobol: boolean) => string;
  tornado: { title: (scenario: string) => string; caption: (method: string) => string; axis: string; parameter: string; interval: string };
  effects: {
    title: string;
    caption: string;
    axis: (unit: string) => string;
    sample: string;
    noise: string;
    range: string;
    /** The key drawn in the chart itself, one line per kind of mark. */
    key: { world: string; range: string; noise: string; zero: string };
  };
  /** In the probability column, for a measure where lower is not better in itself. */
  noDirection: string;
  baseline: string;
  /** Whether the worlds' baselines look like today's chain (the calibration bands), and what that means for reading the spread. */
  worldsCheck: (consistent: number, drawn: number, replications: number, misses: string) => string;
  /** With --like-today: only the worlds like today's chain were analysed; how many of those drawn, and the bands the others missed most. */
  keptWorlds: (consistent: number, drawn: number, replications: number, misses: string) => string;
  /** What the bands say about the assumptions: the parameters whose values in the worlds like today's chain differ from all drawn. */
  shifted: (items: string[]) => string;
  /** One such parameter: "Contact elasticity is lower (median 0.15, 10th–90th percentile 0.03–0.27, against 0.30 and 0.06–0.54)". */
  shift: (parameter: string, lower: boolean, kept: [string, string, string], drawn: [string, string, string]) => string;
  /** One band most worlds miss: "the wait for an RvdK investigation (inside in 4 of 40)". */
  missed: (target: string, inside: number, judged: number) => string;
  /** The calibration targets by name (src/model/calibration.ts). */
  screenTargets: Record<string, string>;
}

const nl: UncertaintyWords = {
  title: 'Onzekerheid over de aannames',
  intro: (n, r, p, b, drawn) =>
    `${drawn === null ? `${n} plausibele werelden: ${p} onzekere parameters tegelijk gevarieerd binnen hun plausibele bereik (Latin hypercube)` : `${n} plausibele werelden die op de keten van nu lijken, uit ${drawn} getrokken: ${p} onzekere parameters tegelijk gevarieerd binnen hun plausibele bereik (Latin hypercube over de getrokken werelden; de gehouden werelden vormen er geen)`}, per wereld elk scenario ${r}× doorgerekend met dezelfde toevalsgetallen. ${b > 0 ? `Het interval alleen door toeval komt uit ${b} replicaties bij de waarden van de scenario's zelf.` : ''}`.trim(),
  shareOfWorlds: (p) => `${p} van de plausibele werelden`,
  countedWorlds: (k, n) => `${k} van de ${n} plausibele werelden`,
  clear: (worlds, sc, imp) => `In ${worlds} leidt ${sc} tot ${imp}`,
  butWorse: (worlds, worse) => `, maar in ${worlds} tot ${worse}`,
  noClear: (worlds, sc, imp) => `${sc} verbetert geen maat in de meeste plausibele werelden; het best scoort ${imp} (in ${worlds})`,
  dependsOn: (imp, p) => `; of het tot ${imp} leidt, hangt vooral af van ${p}`,
  noDriver: (imp) => `; of het tot ${imp} leidt, is open, en bij dit aantal werelden springt geen aanname eruit`,
  tooFewToTell: (imp, worlds) => `; of het tot ${imp} leidt, hangt van de aannames af (wel in ${worlds})`,
  allClear: '; op elke maat wijst het effect in minstens 80% van de werelden dezelfde kant op',
  fewWorlds: (n, p, least, likeToday) => ({
    can: `Wat deze ${n} werelden kunnen zeggen: of het effect van een hervorming dezelfde kant op blijft wijzen als de aannames binnen hun plausibele bereik anders uitvallen. Wijst een effect in alle ${n} werelden dezelfde kant op, dan doet het dat met 95% zekerheid in minstens ${least} van alle plausibele werelden${likeToday ? ' die op de keten van nu lijken' : ''}; wisselt het van richting, dan hangt het van de aannames af.`,
    cannot: `Wat ze niet kunnen zeggen: welke aanname een effect bepaalt en welke het eerst gemeten moet worden. Daarvoor zijn meer werelden nodig dan er onzekere parameters zijn (${p} + 4); de aandelen hieronder zijn grof (per ${n} werelden) en de mediaan en het 5e–95e percentiel rusten op ${n} punten.`,
    full: 'De volledige analyse (200 werelden met elk 5 replicaties, vele malen de rekentijd van deze verkenning) draait apart:',
  }),
  fullCommand: 'jbsim uncertainty scenarios/foodvalley --out onzekerheid',
  fullLikeToday: (c, n) =>
    `Meer werelden die op de keten van nu lijken, vragen meer getrokken werelden (hier ${c} van de ${n}); genoeg om aannames te onderscheiden, ongeveer:`,
  fullCommandLikeToday: (samples) => `jbsim uncertainty scenarios/foodvalley --like-today --samples ${samples} --replications 2 --out onzekerheid`,
  effectTable: 'Effect over plausibele werelden',
  scenario: 'Scenario',
  measure: 'Maat',
  median: 'Mediaan',
  range90: '5e–95e percentiel',
  noiseOnly: 'Alleen toeval (95%-BI)',
  probability: 'Verbetert in (aandeel werelden)',
  topDriver: 'Belangrijkste aanname',
  rankFirstTitle: 'Hoe vaak elk scenario het beste is',
  rankFirstNote: 'Aandeel van de plausibele werelden waarin het scenario op die maat het beste uitkomt (het basisscenario telt mee: geen verandering). “Gewogen”: alle maten samen, elke groep maten even zwaar, als relatieve verbetering.',
  measureFirstTitle: 'Wat eerst meten',
  measureFirstUnknown: (evpi, top) =>
    `Wat eerst te meten is, valt bij dit aantal werelden niet te zeggen: de geschatte waarde van het precies kennen van één aanname (tot ${top}) komt boven die van het precies kennen van alle aannames (${evpi}), en dat kan niet. De schatting volgt dan het toeval van een paar uitschietende werelden. Meer werelden kunnen het zichtbaar maken.`,
  measureFirstNote: (evpi, floor) =>
    `De verwachte waarde van informatie (EVPPI): hoeveel beter de keuze tussen de scenario's gemiddeld zou zijn als die ene parameter precies bekend was, op de gewogen maat (relatieve verbetering; alles weten is ${evpi} waard). Bovenaan staat wat een ministerie het eerst zou moeten laten meten. Een parameter die nergens mee samenhangt, krijgt bij dit aantal werelden door toeval al ongeveer ${floor}: een EVPPI daaronder zegt niets.`,
  weighted: 'Gewogen',
  evppi: 'EVPPI',
  shareOfEvpi: 'Deel van alles weten',
  heldTitle: 'Niet gevarieerd',
  heldReason: 'het basisscenario geeft een eigen waarde waar het plausibele bereik niet over gaat, of een scenario houdt de parameter vast (de reden staat in uncertainty.json)',
  methodNote: (d, s) =>
    `Belangrijkste aanname: ${d === 'prcc' ? 'de partiële rangcorrelatie (PRCC)' : 'de rangcorrelatie (Spearman; te weinig werelden voor PRCC)'} van de parameter met het effect${s ? ', met Sobol-indices van de eerste orde' : ''}.`,
  tornado: {
    title: (s) => `Wat het effect van ${s} bepaalt`,
    caption: (m) => `Per maat de parameters met de sterkste samenhang met het effect (${m}), met 95%-interval. Rechts van nul: een hogere waarde van de parameter geeft een groter (positiever) verschil met het basisscenario.`,
    axis: 'Correlatie met het effect',
    parameter: 'Parameter',
    interval: '95%-interval',
  },
  effects: {
    title: 'Effect van elk scenario over plausibele werelden',
    caption: 'Per maat het verschil met het basisscenario in elke plausibele wereld (streepjes), de mediaan (punt) en het 5e–95e percentiel (dikke blauwe lijn); in grijs het 95%-interval als alleen het toeval telt. Links van nul: lager dan in het basisscenario; dat is beter, behalve bij overdrachten in totaal en kinderen met een maatregel. Elke maat heeft een eigen schaal.',
    axis: (unit) => `Verschil met het basisscenario (${unit})`,
    sample: 'Wereld',
    noise: 'alleen toeval',
    range: 'plausibele werelden',
    key: {
      world: 'Eén plausibele wereld',
      range: 'Mediaan (punt) en 5e–95e percentiel van de werelden',
      noise: '95%-interval als alleen het toeval telt (aannames vast)',
      zero: 'Geen verschil met het basisscenario',
    },
  },
  baseline: 'basis (geen verandering)',
  noDirection: 'lager is niet vanzelf beter',
  worldsCheck: (c, n, r, misses) =>
    `Lijken deze werelden op de keten van nu? In ${c} van de ${n} werelden valt het basisscenario binnen elke band waaraan het model is gekalibreerd (${r === 1 ? 'uit één replicatie per wereld' : `gemiddelde over ${r} replicaties per wereld`}); het vaakst erbuiten: ${misses}. De aannames zijn elk apart getrokken, en samen beschrijven ze meestal een andere keten dan de gemeten: lees de spreiding hieronder als wat de bereiken samen toelaten, niet als wat bij de keten van nu past. Het aandeel werelden waarin een hervorming verbetert, dat alleen de richting telt, is het stevigere cijfer.`,
  keptWorlds: (c, n, r, misses) =>
    `Alleen de werelden die op de keten van nu lijken, tellen hieronder mee: in ${c} van de ${n} getrokken werelden valt het basisscenario binnen elke band waaraan het model is gekalibreerd (${r === 1 ? 'uit één replicatie per wereld' : `gemiddelde over ${r} replicaties per wereld`})${c < n ? '; in de andere zijn de hervormingen niet doorgerekend' : ''}.${misses === '' ? '' : ` Het vaakst erbuiten: ${misses}.`}${c === 0 ? ' Er blijft dus niets over om te vergelijken: trek meer werelden (--samples).' : ' De spreiding hieronder is wat de bereiken toelaten binnen ketens zoals die van nu.'}`,
  shifted: (items) => `Wat de keten van nu zegt over de aannames, in de werelden die erop lijken tegenover alle getrokken werelden: ${items.join('; ')}.`,
  shift: (p, lower, [m, lo, hi], [dm, dlo, dhi]) => `‘${p}’ is ${lower ? 'lager' : 'hoger'} (mediaan ${m}, 10e–90e percentiel ${lo}–${hi}, tegen ${dm} en ${dlo}–${dhi})`,
  missed: (t, i, n) => `${t} (binnen de band in ${i} van de ${n})`,
  screenTargets: {
    childrenUnderMeasure: 'kinderen met een maatregel',
    childrenIntoMeasurePerYear: 'kinderen per jaar in een maatregel',
    rvdkWaitDays: 'de wachttijd voor een onderzoek van de RvdK',
    rvdkInvestigationDays: 'de duur van een onderzoek van de RvdK',
    otsDurationMonths: 'de duur van een OTS',
    shareWithoutGuardian: 'het aandeel kinderen zonder gezinsvoogd',
    guardianTurnoverPerYear: 'het verloop van gezinsvoogden',
    visitIntervalDays: 'de dagen tussen bezoeken',
    guardianCaseloadChildren: 'kinderen per gezinsvoogd',
    rvdkInvestigationsPerYear: 'onderzoeken van de RvdK per jaar',
    childrenWithoutGuardian: 'kinderen zonder gezinsvoogd',
  },
};

const en: UncertaintyWords = {
  title: 'Uncertainty about the assumptions',
  intro: (n, r, p, b, drawn) =>
    `${drawn === null ? `${n} plausible worlds: ${p} uncertain parameters varied together within their plausible ranges (Latin hypercube)` : `${n} plausible worlds that look like today's chain, of ${drawn} drawn: ${p} uncertain parameters varied together within their plausible ranges (a Latin hypercube over the worlds drawn; those kept do not form one)`}, each scenario run ${r}× per world on the same random numbers. ${b > 0 ? `The noise-only interval comes from ${b} replications at the scenarios' own values.` : ''}`.trim(),
  shareOfWorlds: (p) => `${p} of plausible worlds`,
  countedWorlds: (k, n) => `${k} of ${n} plausible worlds`,
  clear: (worlds, sc, imp) => `In ${worlds} ${sc} leads to ${imp}`,
  butWorse: (worlds, worse) => `, but in ${worlds} to ${worse}`,
  noClear: (worlds, sc, imp) => `${sc} improves no measure in most plausible worlds; its best is ${imp} (in ${worlds})`,
  dependsOn: (imp, p) => `; whether it leads to ${imp} depends mainly on ${p}`,
  noDriver: (imp) => `; whether it leads to ${imp} is open, and no single assumption stands out at this number of samples`,
  tooFewToTell: (imp, worlds) => `; whether it leads to ${imp} depends on the assumptions (it does in ${worlds})`,
  allClear: '; on every measure the effect points the same way in at least 80% of worlds',
  fewWorlds: (n, p, least, likeToday) => ({
    can: `What these ${n} worlds can say: whether a reform's effect keeps pointing the same way when the assumptions come out differently within their plausible ranges. An effect that points the same way in all ${n} worlds does so, with 95% confidence, in at least ${least} of all plausible worlds${likeToday ? " that look like today's chain" : ''}; one that changes direction depends on the assumptions.`,
    cannot: `What they cannot say: which assumption decides an effect, and which to measure first. That takes more worlds than there are uncertain parameters (${p} + 4); the shares below are coarse (in steps of one in ${n}) and the median and the 5th–95th percentile rest on ${n} points.`,
    full: 'The full analysis (200 worlds of 5 replications each, many times the computing time of this exploration) runs on its own:',
  }),
  fullCommand: 'jbsim uncertainty scenarios/foodvalley --out uncertainty',
  fullLikeToday: (c, n) =>
    `More worlds like today's chain take more worlds drawn (here ${c} of ${n} passed); enough to tell the assumptions apart, about:`,
  fullCommandLikeToday: (samples) => `jbsim uncertainty scenarios/foodvalley --like-today --samples ${samples} --replications 2 --out uncertainty`,
  effectTable: 'Effect over plausible worlds',
  scenario: 'Scenario',
  measure: 'Measure',
  median: 'Median',
  range90: '5th–95th percentile',
  noiseOnly: 'Noise only (95% CI)',
  probability: 'Improves in (share of worlds)',
  topDriver: 'Main assumption',
  rankFirstTitle: 'How often each scenario is best',
  rankFirstNote: 'Share of plausible worlds in which the scenario comes out best on that measure (the baseline counts: no change). “Weighted”: all measures together, each group of measures weighing the same, as relative improvement.',
  measureFirstTitle: 'What to measure first',
  measureFirstUnknown: (evpi, top) =>
    `What to measure first cannot be told at this number of worlds: the estimated value of knowing one assumption exactly (up to ${top}) exceeds the value of knowing all of them (${evpi}), which cannot be. The estimate then follows the chance of a few extreme worlds. More worlds may show it.`,
  measureFirstNote: (evpi, floor) =>
    `The expected value of partial perfect information (EVPPI): how much better the choice between the scenarios would be on average if that one parameter were known exactly, on the weighted measure (relative improvement; knowing everything is worth ${evpi}). At the top is what a ministry should have measured first. A parameter related to nothing already gets about ${floor} by chance from this many worlds: an EVPPI below that says nothing.`,
  weighted: 'Weighted',
  evppi: 'EVPPI',
  shareOfEvpi: 'Share of knowing everything',
  heldTitle: 'Not varied',
  heldReason: 'the baseline sets a value of its own that the plausible range is not about, or a scenario holds the parameter fixed (uncertainty.json gives the reason)',
  methodNote: (d, s) =>
    `Main assumption: the ${d === 'prcc' ? 'partial rank correlation (PRCC)' : 'rank correlation (Spearman; too few worlds for PRCC)'} of the parameter with the effect${s ? ', with first-order Sobol indices' : ''}.`,
  tornado: {
    title: (s) => `What drives the effect of ${s}`,
    caption: (m) => `For each measure the parameters most strongly related to the effect (${m}), with 95% interval. Right of zero: a higher value of the parameter gives a larger (more positive) difference from the baseline.`,
    axis: 'Correlation with the effect',
    parameter: 'Parameter',
    interval: '95% interval',
  },
  effects: {
    title: 'Effect of each scenario over plausible worlds',
    caption: 'For each measure the difference from the baseline in each plausible world (ticks), the median (dot) and the 5th–95th percentile (thick blue line); in grey the 95% interval when only random noise counts. Left of zero: lower than in the baseline, which is better except for handovers in all and children under a measure. Each measure has its own scale.',
    axis: (unit) => `Difference from the baseline (${unit})`,
    sample: 'World',
    noise: 'noise only',
    range: 'plausible worlds',
    key: {
      world: 'One plausible world',
      range: 'Median (dot) and 5th–95th percentile of the worlds',
      noise: '95% interval when only random noise counts (assumptions fixed)',
      zero: 'No difference from the baseline',
    },
  },
  baseline: 'baseline (no change)',
  noDirection: 'lower is not better in itself',
  worldsCheck: (c, n, r, misses) =>
    `Do these worlds look like today's chain? In ${c} of ${n} worlds the baseline lands inside every band the model is calibrated to (${r === 1 ? 'from one replication per world' : `mean over ${r} replications per world`}); most often outside: ${misses}. The assumptions are drawn each on its own, and together they mostly describe a chain other than the measured one: read the spread below as what the ranges allow together, not as what fits today's chain. The share of worlds in which a reform improves, which counts directions only, is the sturdier figure.`,
  keptWorlds: (c, n, r, misses) =>
    `Only the worlds that look like today's chain count below: in ${c} of ${n} worlds drawn the baseline lands inside every band the model is calibrated to (${r === 1 ? 'from one replication per world' : `mean over ${r} replications per world`})${c < n ? '; the reforms were not run in the others' : ''}.${misses === '' ? '' : ` Most often outside: ${misses}.`}${c === 0 ? ' So nothing is left to compare: draw more worlds (--samples).' : " The spread below is what the ranges allow among chains like today's."}`,
  shifted: (items) => `What today's chain says about the assumptions, in the worlds that look like it against all worlds drawn: ${items.join('; ')}.`,
  shift: (p, lower, [m, lo, hi], [dm, dlo, dhi]) => `‘${p}’ is ${lower ? 'lower' : 'higher'} (median ${m}, 10th–90th percentile ${lo}–${hi}, against ${dm} and ${dlo}–${dhi})`,
  missed: (t, i, n) => `${t} (inside the band in ${i} of ${n})`,
  screenTargets: {
    childrenUnderMeasure: 'children under a measure',
    childrenIntoMeasurePerYear: 'children into a measure per year',
    rvdkWaitDays: 'the wait for an RvdK investigation',
    rvdkInvestigationDays: 'the length of an RvdK investigation',
    otsDurationMonths: 'the length of an OTS',
    shareWithoutGuardian: 'the share of children without a guardian',
    guardianTurnoverPerYear: 'guardian turnover',
    visitIntervalDays: 'the days between visits',
    guardianCaseloadChildren: 'children per guardian',
    rvdkInvestigationsPerYear: 'RvdK investigations per year',
    childrenWithoutGuardian: 'children without a guardian',
  },
};

export function uncertaintyWords(lang: Lang): UncertaintyWords {
  return lang === 'nl' ? nl : en;
}
