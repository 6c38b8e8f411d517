// The words of the comparison page (index.html and summary.md) in Dutch and English: section
// titles, the notes under the tables, the cost table, the caveats, the chain diagram and the
// provenance block. Metric names and units are in labels.ts, shared with the other pages.

import type { Lang } from './types.js';

export interface ComparisonWords {
  sections: {
    summary: string;
    rankings: string;
    costs: string;
    families: string;
    guardian: string;
    waits: string;
    causes: string;
    series: string;
    chain: string;
    charts: string;
    caveats: string;
    glossary: string;
    provenance: string;
  };
  runLine: (baseline: string, replications: number, years: string) => string;
  unsettledTag: string;
  unsettledRow: string;
  tableNote: string;
  neutralNote: string;
  compactNote: string;
  guardianNote: string;
  waitsNote: string;
  /**
   * Under a table with a cell that has no value ('–'): no replication of the scenario measured it.
   * `link`: the cells are waits, where that means no family reached the link; `other`: any measure.
   * The cost table's '–' means something else (its note says what).
   */
  missingValue: { link: string; other: string };
  censored: (share: string, list: string) => string;
  /**
   * Which families the counts per family cover: those first signalled in the first `cohort` of
   * the `window` observed years (`whole`: the whole window), followed until they leave or for at
   * least `atLeast` years (`followUp` after the window).
   */
  cohort: (cohort: string, window: string, followUp: string, atLeast: string, whole: boolean) => string;
  /**
   * Links busy at `mark` or more in single replications. `baseline`: "6 van de 10" with its
   * `links` ('none': none of its replications; null: not said, its own warning speaks);
   * `others`: the reforms with theirs ("Caseload van 12 (7 van de 10)"), empty when none.
   */
  saturated: (baseline: string | 'none' | null, links: string, others: readonly string[], mark: string) => string;
  /** "6 van de 10" (replications). */
  ofReplications: (k: number, n: number) => string;
  /** "RvdK Rotterdam: 2 keer" (replications). */
  inReplications: (link: string, k: number) => string;
  /** "en nog 3 andere" (links not named). */
  moreLinks: (n: number) => string;
  rankings: { metric: string; order: string; unranked: string; noneClear: string };
  /** The unranked reforms after the order, inside its parentheses: no second pair. */
  unrankedInline: string;
  costs: {
    note: string;
    fte: string;
    totalFte: string;
    /** Over the columns of staff per role, with the unit (fte) beneath. */
    staff: string;
    perYear: string;
    difference: string;
    price: string;
    dominant: string;
    dominantHere: string;
    /** The price column of a scenario that is not settled. */
    unsettledPrice: string;
    constant: (roles: string[]) => string;
    /** Guardians in induction, a part of the guardians: the column beside theirs, and on its own. */
    ofWhichInInduction: string;
    inInductionCounted: string;
    /** The help providers' column: its heading and its unit. */
    providers: string;
    providerYears: string;
    /** The heading and note of the table of reform duties' hours and open posts. */
    duties: string;
    dutiesNote: string;
  };
  caveats: {
    intro: string;
    changes: string;
    reformDefaults: string;
    otherChanges: string;
    restsOn: string;
    /** The drivers come from the uncertainty analysis over this many worlds. */
    byUncertainty: (worlds: number) => string;
    /** The analysis could tell the parameters apart, but none stands out for this reform. */
    noneStandsOut: (worlds: number) => string;
    /** Too few worlds to tell the parameters apart. */
    tooFewWorlds: (worlds: number) => string;
    /** "drives: cold handovers, wait GI" */
    drives: (measures: string[]) => string;
    noChanges: string;
    baseline: string;
    parameter: string;
    value: string;
    baselineValue: string;
    source: string;
  };
  chain: {
    intro: string;
    caption: (reform: string) => string;
    signal: string;
    localTeam: string;
    table: string;
    noTable: string;
    rvdk: string;
    court: string;
    guardian: string;
    end: string;
    wait: (days: string) => string;
    investigation: (days: string) => string;
    firstVisit: (days: string) => string;
    measure: (years: string) => string;
    of100: (n: string) => string;
    hundredSignals: string;
    exitLocalTeam: (n: string) => string;
    exitTable: (n: string) => string;
    exitDecision: (n: string) => string;
    exitRvdk: (n: string) => string;
    reentries: (n: string) => string;
    clearlyBetter: string;
    clearlyWorse: string;
  };
  provenance: {
    run: string;
    command: string;
    started: string;
    wall: (seconds: string, workers: string) => string;
    machine: string;
    version: string;
    seed: string;
    replications: string;
    observed: (years: string, warmup: string) => string;
    files: string;
    file: string;
    hash: string;
  };
}

const nl: ComparisonWords = {
  sections: {
    summary: 'Samenvatting',
    rankings: 'Rangorde per kernmaat',
    costs: 'Kosten naast effecten',
    families: 'Voor gezinnen',
    guardian: 'Gezinsvoogd en contact',
    waits: 'Wachttijden per schakel',
    causes: 'Overdrachten naar oorzaak',
    series: 'Verloop per maand',
    chain: 'De keten',
    charts: 'Meer grafieken',
    caveats: 'Aannames en kanttekeningen',
    glossary: 'Begrippen',
    provenance: 'Herkomst van de resultaten',
  },
  runLine: (b, n, y) => `Vergeleken met ${b} · ${n} replicaties per scenario · ${y} waargenomen jaren`,
  unsettledTag: 'niet stabiel',
  unsettledRow:
    'Niet stabiel: dit scenario bereikt in de waargenomen jaren geen evenwicht (zie de Samenvatting voor de reden). Zijn gemiddelden gelden alleen voor die jaren en hangen af van hoe lang je kijkt; het verloop per maand laat de richting zien.',
  tableNote:
    'Per cel: het gemiddelde in het scenario; daaronder het verschil met het basisscenario en het 95%-betrouwbaarheidsinterval (95%-BI), gepaard over replicaties met dezelfde toevalsgetallen. ▼ lager en ▲ hoger alleen als het interval nul uitsluit; blauw is beter voor gezinnen, oranje slechter.',
  compactNote: 'Per cel het gemiddelde en het verschil met het basisscenario (▼ ▲ als het 95%-betrouwbaarheidsinterval nul uitsluit); het interval staat in de tooltip van de cel. Koud: een nieuw gezicht; warm: een bekend gezicht.',
  neutralNote: 'Zwart: een duidelijk verschil bij een maat waarbij lager niet vanzelf beter is (meer warme overdrachten in een duo zijn de bedoeling; minder kinderen met een maatregel kan goed of slecht nieuws zijn). Grijs: geen duidelijk verschil.',
  guardianNote:
    'Van uitspraak tot eerste bezoek: van de uitspraak van de kinderrechter tot het eerste bezoek van een gezinsvoogd, voor elke maatregel die in de waargenomen jaren begon, zoals de inspectie het meet; een maatregel die aan het eind nog wacht, telt mee met de tijd tot dan (Kaplan–Meier). Heeft een gezin bij de uitspraak al een gezinsvoogd en kreeg het vóór de uitspraak al bezoek van een gezinsvoogd (lange betrokkenheid), dan telt de dag van de uitspraak als eerste bezoek. Wachten GI (bij de wachttijden) is alleen het deel tot een gezinsvoogd met ruimte de maatregel op zich neemt.',
  waitsNote:
    'Per schakel de gemiddelde wachttijd tot de schakel het gezin oppakt. Wachten GI is alleen de wachtrij bij de gecertificeerde instelling: van het moment dat de maatregel er binnenkomt tot een gezinsvoogd met ruimte hem op zich neemt. Van uitspraak tot eerste bezoek (bij Gezinsvoogd en contact) telt daarbovenop de tijd tot het eerste bezoek, en ook maatregelen die aan het eind nog wachten; daarom is dat getal groter.',
  missingValue: {
    link: '–: geen waarde: bij het scenario met een streepje kwam geen enkel gezin bij deze schakel, meestal omdat dat scenario die schakel niet heeft.',
    other: '–: geen waarde: bij het scenario met een streepje is dit in geen enkele replicatie gemeten.',
  },
  cohort: (cohort, window, followUp, atLeast, whole) =>
    whole
      ? `De cijfers per gezin gaan over de gezinnen die in de ${window} waargenomen jaren voor het eerst in beeld kwamen en een maatregel kregen; elk is gevolgd tot het de keten verliet, of tot ${followUp} jaar na die jaren. Ook de wachttijden per schakel en de dagen tussen bezoeken gaan over deze gezinnen.`
      : `De cijfers per gezin gaan over de gezinnen die in de eerste ${cohort} van de ${window} waargenomen jaren voor het eerst in beeld kwamen en een maatregel kregen; elk is gevolgd tot het de keten verliet, of minstens ${atLeast} jaar. Ook de wachttijden per schakel en de dagen tussen bezoeken gaan over deze gezinnen. De cijfers van de keten als geheel (kinderen met een maatregel, instroom, kinderen zonder gezinsvoogd, kosten) gaan over alle ${window} jaren.`,
  censored: (share, list) =>
    `Let op: van de gezinnen met een maatregel was in het basisscenario ${share} aan het eind van de volgperiode nog in de keten (${list}). Hun aantallen overdrachten en professionals zijn ‘tot dan toe’: de gemiddelden per gezin onderschatten het totaal, het meest waar dit aandeel groot is. Een hervorming die gezinnen langer in de keten houdt, lijkt daardoor beter dan ze is; een langere volgperiode in het scenario lost dat op, of per gezin alleen de gezinnen tellen die in het eerste deel van de waargenomen jaren binnenkomen (‘Deel van de waargenomen jaren voor de tellingen per gezin’): die worden langer gevolgd. De cijfers per gezinsjaar in de keten (in comparison.json) zijn geen uitweg: ook hun noemer verandert met de hervorming.`,
  saturated: (baseline, links, others, mark) => {
    const base =
      baseline === null || baseline === 'none'
        ? null
        : `in ${baseline} herhalingen van het basisscenario was minstens één schakel ${mark} of meer van de waargenomen tijd bezet${links ? ` (${links})` : ''}`;
    const reforms = others.length > 0 ? `bij ${others.length > 1 ? 'de hervormingen' : 'de hervorming'} ${others.join(', ')}` : '';
    const opening =
      base !== null
        ? `${base}${reforms ? `; zo ook ${reforms}` : ''}`
        : `in sommige herhalingen was minstens één schakel ${mark} of meer van de waargenomen tijd bezet, ${reforms}${baseline === 'none' ? '; in geen enkele herhaling van het basisscenario' : ''}`;
    return `Let op: ${opening}. De gemiddelde bezetting over de herhalingen blijft onder die grens, maar in zo’n herhaling loopt de wachtrij bij zo’n schakel zelden leeg: wie er wacht, wacht achter een achterstand die er vanaf het begin van de waargenomen periode ligt, en het wachten daar hangt af van hoe lang je kijkt. Dat kan het interval van het wachten bij die schakel breed maken; lees het interval, niet alleen het gemiddelde.`;
  },
  ofReplications: (k, n) => `${k} van de ${n}`,
  inReplications: (link, k) => `${link}: ${k} keer`,
  moreLinks: (n) => `en nog ${n} andere`,
  rankings: { metric: 'Maat', order: 'Duidelijke verbetering, grootste eerst (‘=’: niet duidelijk verschillend, dezelfde plaats)', unranked: 'Niet gerangschikt (niet stabiel)', noneClear: 'geen hervorming verbetert dit duidelijk' },
  unrankedInline: 'niet gerangschikt, want niet stabiel',
  costs: {
    note: 'Fte: gemiddeld ingezette formatie in de waargenomen jaren; ‘waarvan in inwerkperiode’ is het deel van de gezinsvoogden dat nog wordt ingewerkt en telt niet extra mee in het totaal. Hulpverleners: gemiddeld aantal lopende hulptrajecten (trajectjaren per jaar), elk tegen de aangenomen prijs per hulpverlener per jaar; een hulpverlener telt vanaf het moment dat het lokaal team de hulp regelt tot het gezin de keten verlaat, ook tijdens een maatregel, dus kortere maatregelen en minder kinderen met een maatregel betekenen meestal minder hulpverleners. Zij zijn het grootste deel van de kosten, dus ook van de verschillen. Kosten: mensen en hulpverleners tegen de prijzen in het scenario, plus de eigen kosten van een hervorming; alle prijzen zijn aannames (er is geen openbare prijslijst), dus lees vooral de verschillen. Prijs: euro per eenheid van de belangrijkste duidelijke verbetering, met het interval van Fieller; alleen als de kosten duidelijk stijgen en het scenario stabiel is. ‘Bespaart geld en verbetert’ alleen als de besparing ook standhoudt in duidelijk meer plausibele werelden dan toeval zou geven (tekentoets, 5%: minstens 7 van de 8, 10 van de 13, 113 van de 200) en bij de doorgerekende andere waarde van een aanname; anders ‘verbetert; of het geld bespaart, hangt van de aannames af’. ‘–’: geen duidelijk verschil in kosten, of goedkoper maar op een kernmaat duidelijk slechter (een afweging, geen koopje).',
    fte: 'fte',
    totalFte: 'Fte totaal',
    staff: 'Ingezette formatie',
    perYear: 'Kosten per jaar',
    difference: 'Verschil met basis',
    price: 'Prijs van de belangrijkste verbetering',
    dominant: 'bespaart geld en verbetert',
    dominantHere: 'verbetert; of het geld bespaart, hangt van de aannames af',
    unsettledPrice: 'geen prijs: niet stabiel',
    constant: (roles) => `In elk scenario gelijk (fte): ${roles.join(', ')}.`,
    ofWhichInInduction: 'waarvan in inwerkperiode',
    providers: 'Hulpverleners',
    providerYears: 'trajectjaren per jaar',
    inInductionCounted: 'gezinsvoogd in inwerkperiode (al meegeteld bij gezinsvoogd)',
    duties: 'Uren voor hervormingstaken en open posities',
    dutiesNote:
      'Uren per week die de taken van een hervorming kosten (gemiddeld over de waargenomen jaren): ze gaan af van de tijd van de gezinsvoogd of de medewerker van het lokaal team en zijn dus al in hun fte meegeteld; ze komen niet bovenop de formatie. Open posities: vacatures die nog niet zijn vervuld, gemiddeld over de tijd; meer posities (zoals bij een lagere caseload) geven ook meer open posities. Uren en open posities zijn kosten, geen uitkomst: ze krijgen geen kleur. Alleen wat in minstens één scenario voorkomt en niet overal gelijk is, staat erin.',
  },
  caveats: {
    intro:
      'Elke uitkomst hierboven komt uit het model en rust op zijn parameters. Per scenario: wat het verandert tegenover het basisscenario, met de waarden die de hervorming gebruikt, en de aannames waar de uitkomsten het meest van afhangen. ‘Aanname’ betekent dat geen bron de waarde geeft; de redenering staat in docs/calibration.md.',
    changes: 'Wat het verandert',
    reformDefaults: 'met deze waarden',
    otherChanges: 'Andere parameters',
    restsOn: 'Waar de uitkomsten vooral op rusten',
    byUncertainty: (n) => `Uit de onzekerheidsanalyse (${n} plausibele werelden): de aannames waar de effecten van deze hervorming het sterkst van afhangen, met de maten waarop.`,
    noneStandsOut: (n) => `In de onzekerheidsanalyse (${n} plausibele werelden) springt bij deze hervorming geen aanname eruit; hieronder de aannames van de hervorming zelf.`,
    tooFewWorlds: (n) => `De verkenning van de onzekerheid (${n} plausibele werelden) is te klein om de aannames uit elkaar te houden; hieronder de aannames van de hervorming zelf.`,
    drives: (m) => `bepaalt vooral: ${m.join(', ')}`,
    noChanges: 'Geen parameters verschillen van het basisscenario.',
    baseline: 'Dit is het basisscenario: de keten van nu, waar elke hervorming mee vergeleken wordt.',
    parameter: 'Parameter',
    value: 'Waarde',
    baselineValue: 'Nu',
    source: 'Bron',
  },
  chain: {
    intro:
      'De schakels van de keten met per schakel de gemiddelde wachttijd en duur, en per pijl hoeveel van elke 100 signalen die weg nemen (tellingen in de waargenomen jaren; verzoeken van de RvdK aan de kinderrechter worden niet apart geteld, dus die pijl heeft geen getal). Links het basisscenario, rechts de hervorming; vet wat duidelijk verschilt, blauw als het beter is voor gezinnen en oranje als het slechter is.',
    caption: (r) => `De keten: basisscenario naast ${r}.`,
    signal: 'Signaal',
    localTeam: 'Lokaal team',
    table: 'Jeugdbeschermingstafel',
    noTable: 'Besluit in de organisatie (geen tafel)',
    rvdk: 'Raad voor de Kinderbescherming',
    court: 'Kinderrechter',
    guardian: 'Gezinsvoogd (GI)',
    end: 'Afschaling of einde',
    wait: (d) => `wacht ${d} d`,
    investigation: (d) => `onderzoek ${d} d`,
    firstVisit: (d) => `eerste bezoek ${d} d na uitspraak`,
    measure: (y) => `maatregel duurt ${y} jaar`,
    of100: (n) => `${n} van 100`,
    hundredSignals: '100 signalen',
    exitLocalTeam: (n) => `${n}: vrijwillige hulp tot het einde`,
    exitTable: (n) => `${n}: terug naar vrijwillige hulp`,
    exitDecision: (n) => `${n}: vrijwillige hulp gaat door`,
    exitRvdk: (n) => `${n}: geen maatregel`,
    reentries: (n) => `waarvan ${n} opnieuw na afsluiting`,
    clearlyBetter: 'duidelijk beter',
    clearlyWorse: 'duidelijk slechter',
  },
  provenance: {
    run: 'Doorrekening',
    command: 'Opdracht',
    started: 'Gestart',
    wall: (s, w) => `${s} seconden doorlooptijd op ${w} ${w === '1' ? 'rekenkern' : 'rekenkernen'}`,
    machine: 'Computer',
    version: 'jbsim-versie',
    seed: 'Startgetal (seed)',
    replications: 'Replicaties per scenario',
    observed: (y, w) => `${y} jaar waargenomen, na ${w} jaar opwarmen`,
    files: 'Scenariobestanden',
    file: 'Bestand',
    hash: 'Vingerafdruk (SHA-256, begin)',
  },
};

const en: ComparisonWords = {
  sections: {
    summary: 'Summary',
    rankings: 'Ranking per headline measure',
    costs: 'Costs beside effects',
    families: 'For families',
    guardian: 'Gezinsvoogd and contact',
    waits: 'Waits per link',
    causes: 'Handovers by cause',
    series: 'Month by month',
    chain: 'The chain',
    charts: 'More charts',
    caveats: 'Assumptions and caveats',
    glossary: 'Glossary',
    provenance: 'Provenance',
  },
  runLine: (b, n, y) => `Compared with ${b} · ${n} replications per scenario · ${y} observed years`,
  unsettledTag: 'not settled',
  unsettledRow:
    'Not settled: this scenario reaches no equilibrium over the observed years (the Summary says why). Its averages hold for those years only and depend on how long one looks; the monthly course shows the direction.',
  tableNote:
    'Each cell: the mean in the scenario; below it the difference from the baseline with its 95% confidence interval (95% CI), paired over replications on the same random numbers. ▼ lower and ▲ higher only when the interval excludes zero; blue is better for families, orange worse.',
  compactNote: 'Each cell: the mean and the difference from the baseline (▼ ▲ when the 95% confidence interval excludes zero); the interval is in the cell’s tooltip. Cold: a new face; warm: a known face.',
  neutralNote: 'Black: a clear difference on a measure where lower is not better in itself (more warm handovers are the point of duos; fewer children under a measure can be good or bad news). Grey: no clear difference.',
  guardianNote:
    'Ruling to first visit: from the juvenile court’s ruling to the first visit by a gezinsvoogd, for every measure ruled in the observed years, as the inspectorate measures it; a measure still waiting at the end counts with its time so far (Kaplan–Meier). A family that has a gezinsvoogd at the ruling and was visited by a gezinsvoogd before it (long involvement) counts its first visit on the day of the ruling. Wait GI (among the waits) is only the part until a gezinsvoogd with room takes the measure on.',
  waitsNote:
    'For each link the mean wait until it takes the family on. Wait GI is only the queue at the certified institution: from the moment the measure arrives there until a gezinsvoogd with room takes it on. Ruling to first visit (under Gezinsvoogd and contact) adds the time to the first visit, and counts measures still waiting at the end too; that is why it is larger.',
  missingValue: {
    link: '–: no value: in the scenario with a dash no family reached this link, usually because that scenario does not have it.',
    other: '–: no value: no replication of the scenario with a dash measured it.',
  },
  cohort: (cohort, window, followUp, atLeast, whole) =>
    whole
      ? `The figures per family are of the families first seen in the ${window} observed years who got a measure; each was followed until it left the chain, or until ${followUp} years after those years. The waits per link and the days between visits are of these families too.`
      : `The figures per family are of the families first seen in the first ${cohort} of the ${window} observed years who got a measure; each was followed until it left the chain, or for at least ${atLeast} years. The waits per link and the days between visits are of these families too. The figures of the chain as a whole (children under a measure, inflow, children without a gezinsvoogd, costs) cover all ${window} years.`,
  censored: (share, list) =>
    `Note: of the families with a measure, ${share} were still in the chain at the end of follow-up in the baseline (${list}). Their counts of handovers and professionals are ‘so far’: the means per family understate the total, most where this share is large. A reform that keeps families in the chain longer looks better than it is; a longer follow-up in the scenario cures that, or counting per family only the families who come in during the first part of the observed years (‘Part of the window for the counts per family’): they are followed for longer. The rates per family-year in the chain (in comparison.json) are no way out: their denominator changes with the reform too.`,
  saturated: (baseline, links, others, mark) => {
    const base =
      baseline === null || baseline === 'none'
        ? null
        : `in ${baseline} replications of the baseline at least one link was busy ${mark} or more of the observed time${links ? ` (${links})` : ''}`;
    const reforms = others.length > 0 ? `in ${others.length > 1 ? 'the reforms' : 'the reform'} ${others.join(', ')}` : '';
    const opening =
      base !== null
        ? `${base}${reforms ? `; so too ${reforms}` : ''}`
        : `in some replications at least one link was busy ${mark} or more of the observed time, ${reforms}${baseline === 'none' ? '; in no replication of the baseline' : ''}`;
    return `Note: ${opening}. The mean utilisation over the replications stays below that mark, but in such a replication the queue at such a link rarely empties: whoever waits there waits behind a backlog that is there from the start of the observed period, and the wait there depends on how long one looks. That can make the interval of the wait at that link wide; read the interval, not only the mean.`;
  },
  ofReplications: (k, n) => `${k} of ${n}`,
  inReplications: (link, k) => `${link}: ${k} ${k === 1 ? 'time' : 'times'}`,
  moreLinks: (n) => `and ${n} others`,
  rankings: { metric: 'Measure', order: 'Clear improvement, largest first (‘=’: not clearly different, the same place)', unranked: 'Not ranked (not settled)', noneClear: 'no reform clearly improves this' },
  unrankedInline: 'not ranked, as not settled',
  costs: {
    note: 'FTE: the staff in use on average over the observed years; ‘of which in induction’ is the part of the gezinsvoogden still being inducted and is not added to the total. Help providers: the number of help trajectories running on average (provider-years a year), each at the assumed price per provider a year; a provider counts from when the local team arranges the help until the family leaves the chain, during a measure too, so shorter measures and fewer children under a measure usually mean fewer help providers. They are most of the cost, so also of its differences. Cost: people and help providers at the scenario’s prices, plus a reform’s own running costs; every price is an assumption (no public price list exists), so read the differences above all. Price: euro per unit of the main clear improvement, with Fieller’s interval; only when the cost clearly rises and the scenario is settled. ‘Saves money and improves’ only when the saving also holds in clearly more plausible worlds than chance would give (sign test, 5%: at least 7 of 8, 10 of 13, 113 of 200) and at the checked other value of an assumption; otherwise ‘improves; whether it saves money depends on the assumptions’. ‘–’: no clear difference in cost, or cheaper but clearly worse on a headline measure (a trade-off, not a bargain).',
    fte: 'FTE',
    totalFte: 'FTE in all',
    staff: 'Staff in use',
    perYear: 'Cost a year',
    difference: 'Difference from baseline',
    price: 'Price of the main improvement',
    dominant: 'saves money and improves',
    dominantHere: 'improves; whether it saves money depends on the assumptions',
    unsettledPrice: 'no price: not settled',
    constant: (roles) => `The same in every scenario (FTE): ${roles.join(', ')}.`,
    ofWhichInInduction: 'of which in induction',
    providers: 'Help providers',
    providerYears: 'provider-years a year',
    inInductionCounted: 'gezinsvoogd in induction (already counted as gezinsvoogd)',
    duties: 'Hours on reform duties, and open posts',
    dutiesNote:
      'Hours a week that a reform’s duties take (averaged over the observed years): they come out of the gezinsvoogd’s or the local-team worker’s time, so they are already counted in their FTE; they do not come on top of the staff. Open posts: vacancies not yet filled, averaged over time; more positions (as under a lower caseload) also mean more open posts. Hours and open posts are costs, not outcomes: they get no colour. Only what occurs in at least one scenario and differs between scenarios is shown.',
  },
  caveats: {
    intro:
      'Every result above comes from the model and rests on its parameters. For each scenario: what it changes against the baseline, with the values the reform uses, and the assumptions its results depend on most. ‘Assumption’ means no source gives the value; the reasoning is in docs/calibration.md.',
    changes: 'What it changes',
    reformDefaults: 'with these values',
    otherChanges: 'Other parameters',
    restsOn: 'What the results rest on most',
    byUncertainty: (n) => `From the uncertainty analysis (${n} plausible worlds): the assumptions this reform's effects depend on most, with the measures they drive.`,
    noneStandsOut: (n) => `In the uncertainty analysis (${n} plausible worlds) no assumption stands out for this reform; below, the reform's own assumptions.`,
    tooFewWorlds: (n) => `The exploration of uncertainty (${n} plausible worlds) is too small to tell the assumptions apart; below, the reform's own assumptions.`,
    drives: (m) => `drives above all: ${m.join(', ')}`,
    noChanges: 'No parameters differ from the baseline.',
    baseline: 'This is the baseline: the chain as it is today, which every reform is compared with.',
    parameter: 'Parameter',
    value: 'Value',
    baselineValue: 'Today',
    source: 'Source',
  },
  chain: {
    intro:
      'The links of the chain with the mean wait and duration at each, and on each arrow how many of every 100 signals take that path (counts over the observed years; requests from the RvdK to the court are not counted apart, so that arrow has no number). Left the baseline, right the reform; bold what clearly differs, blue when it is better for families and orange when worse.',
    caption: (r) => `The chain: the baseline beside ${r}.`,
    signal: 'Signal',
    localTeam: 'Local team',
    table: 'Youth protection table (JBT)',
    noTable: 'Decision inside the organisation (no table)',
    rvdk: 'Child Protection Board (RvdK)',
    court: 'Juvenile court',
    guardian: 'Gezinsvoogd (GI)',
    end: 'Afschaling or closure',
    wait: (d) => `wait ${d} d`,
    investigation: (d) => `investigation ${d} d`,
    firstVisit: (d) => `first visit ${d} d after the ruling`,
    measure: (y) => `measure lasts ${y} years`,
    of100: (n) => `${n} of 100`,
    hundredSignals: '100 signals',
    exitLocalTeam: (n) => `${n}: voluntary help to the end`,
    exitTable: (n) => `${n}: back to voluntary help`,
    exitDecision: (n) => `${n}: voluntary help goes on`,
    exitRvdk: (n) => `${n}: no measure`,
    reentries: (n) => `of which ${n} again after closure`,
    clearlyBetter: 'clearly better',
    clearlyWorse: 'clearly worse',
  },
  provenance: {
    run: 'Run',
    command: 'Command',
    started: 'Started',
    wall: (s, w) => `${s} seconds from start to end on ${w} ${w === '1' ? 'core' : 'cores'}`,
    machine: 'Computer',
    version: 'jbsim version',
    seed: 'Seed',
    replications: 'Replications per scenario',
    observed: (y, w) => `${y} years observed, after ${w} years of warm-up`,
    files: 'Scenario files',
    file: 'File',
    hash: 'Fingerprint (SHA-256, start)',
  },
};

export const COMPARISON_WORDS: Record<Lang, ComparisonWords> = { nl, en };
