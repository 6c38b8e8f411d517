// Every word the report shows, in Dutch (default: the users are Dutch) and English. Domain terms
// (gezinsvoogd, JBT, RvdK, LT, GI, afschaling) stay Dutch in both; the glossary explains them once.

import { FTE_ROLES, HANDOVER_CAUSES, REFORM_DUTIES, type FteRole, type HandoverCause, type Link, type ProfessionalSpell, type ReformDuty } from '../model/results.js';
import { COMPARISON_WORDS, type ComparisonWords } from './comparisonWords.js';
import type { Lang } from './types.js';

type Role = ProfessionalSpell['role'];

/** How a metric reads in a sentence: its name, its unit, and the words for lower and higher. */
export interface MetricWords {
  name: string;
  unit: string;
  lower: string;
  higher: string;
}

export interface Labels {
  lang: Lang;
  /** Number formatting for the page and the charts (vega's d3-format locale). */
  decimal: string;
  thousands: string;
  ci: string;
  to: string;
  reportTitle: string;
  runLine: (baseline: string, replications: number, seed: number, version: string) => string;
  sections: { headline: string; waits: string; charts: string; scenarios: string; glossary: string; provenance: string };
  scenario: string;
  verdict: string;
  baselineTag: string;
  headlineNote: string;
  markdownNote: string;
  noClearDifference: string;
  noClearDifferenceAny: string;
  noDescription: string;
  differsIn: string;
  isBaseline: string;
  noDiffs: string;
  diffsUnknown: string;
  parameter: string;
  baselineValue: string;
  scenarioValue: string;
  download: string;
  noScript: string;
  provenance: { version: string; seed: string; replications: string; horizon: string; warmup: string; file: string; hash: string; other: string };
  metrics: Record<string, MetricWords>;
  /** The comparison page's own words. */
  comparison: ComparisonWords;
  on: string;
  off: string;
  /** "3 entries", for a list parameter. */
  entries: (n: number) => string;
  /** Links and teams as the utilisation keys name them (`VT`, `LT`, `court`, ...). */
  capacities: Record<string, string>;
  settled: { drift: (series: string, rises: boolean, from: string, to: string) => string; saturated: (what: string[]) => string; unknown: string };
  /** A metric as the subject of "the effect on …", where its column name does not read so. */
  topics: Record<string, string>;
  euro: { amount: (x: string) => string; millions: (x: string) => string; /** Each end with its own sign before the euro sign, as single amounts are written. */ millionsRange: (a: string, b: string) => string };
  fteRoles: Record<FteRole, string>;
  causes: Record<HandoverCause, string>;
  /** One unit of each priced improvement: "vermeden koude overdracht". */
  priceUnits: Record<string, string>;
  links: Record<Link, string>;
  roles: Record<Role, string>;
  glossary: Array<[string, string]>;
  charts: ChartWords;
  pages: PageWords;
}

/** Words of the sweep, sensitivity and journey pages. */
export interface PageWords {
  sensitivityTitle: (scenario: string) => string;
  family: string;
  replication: string;
  chosenBecause: string;
  journey: string;
  events: string;
  day: string;
  link: string;
  timestamp: string;
  epochNote: string;
}

export interface ChartWords {
  scenario: string;
  families: string;
  shareOfFamilies: string;
  month: string;
  days: string;
  mean: string;
  ci: string;
  p90: string;
  max: string;
  kind: string;
  cold: string;
  warm: string;
  total: string;
  difference: string;
  measure: string;
  lowerClear: string;
  higherClear: string;
  noClear: string;
  neutralClear: string;
  differences: { title: string; caption: string; axis: (unit: string) => string };
  handovers: { title: string; caption: string; axis: string };
  handoverDistribution: { title: string; caption: string; axis: string };
  guardianChanges: { title: string; caption: string; axis: string; tail: (share: string) => string; most: (n: number) => string; tailLegend: string; restLegend: string };
  professionals: { title: string; caption: string; axis: string; distinct: string; atOnce: string };
  waits: { title: string; caption: string; axis: string; link: string; toGuardian: string };
  withoutGuardian: { title: string; caption: string; axis: string };
  underMeasure: { title: string; caption: string; axis: string };
  costEffect: { title: string; caption: string; costAxis: string; effectAxis: string; panels: Record<string, string>; better: string; worse: string; unclear: string };
  caseload: { title: string; caption: string; axis: string };
  sweep: {
    title: (parameter: string) => string;
    caption: (parameter: string, scenario: string) => string;
    value: string;
    axis: (unit: string) => string;
    heldPositions: (positions: string) => string;
    heldCapacity: (children: string, from: string, to: string) => string;
  };
  millionEuroPerYear: string;
  tornado: { title: (metric: string) => string; caption: (scenario: string) => string; axis: (metric: string) => string; low: string; high: string; parameter: string; setting: string; parameterAt: (parameter: string, value: string) => string };
  warmup: { title: (scenario: string) => string; caption: (replications: number, window: number) => string; years: string; start: string; empty: string; settled: string; mser: string; series: string };
  journey: {
    title: (caseId: number, professionals: number, guardians: number, years: string) => string;
    caption: string;
    axis: string;
    professional: string;
    role: string;
    start: string;
    end: string;
    duration: string;
    event: string;
    eventLane: string;
    month: string;
  };
}

const metricsNl: Record<string, MetricWords> = {
  handoversPerFamily: { name: 'Overdrachten', unit: 'per gezin', lower: 'minder overdrachten', higher: 'meer overdrachten' },
  coldHandoversPerFamily: { name: 'Koude overdrachten', unit: 'per gezin', lower: 'minder koude overdrachten', higher: 'meer koude overdrachten' },
  warmHandoversPerFamily: { name: 'Warme overdrachten', unit: 'per gezin', lower: 'minder warme overdrachten', higher: 'meer warme overdrachten' },
  guardianChangesPerFamily: { name: 'Wisselingen gezinsvoogd', unit: 'per gezin', lower: 'minder wisselingen van gezinsvoogd', higher: 'meer wisselingen van gezinsvoogd' },
  professionalsPerFamily: { name: 'Professionals', unit: 'per gezin', lower: 'minder professionals', higher: 'meer professionals' },
  maxProfessionalsAtOnce: { name: 'Professionals tegelijk', unit: 'per gezin', lower: 'minder professionals tegelijk', higher: 'meer professionals tegelijk' },
  childrenWithoutGuardian: { name: 'Kinderen zonder gezinsvoogd', unit: 'kinderen', lower: 'minder kinderen zonder gezinsvoogd', higher: 'meer kinderen zonder gezinsvoogd' },
  childrenWaitingForGuardian: { name: 'Wachtlijst gezinsvoogd, ook vóór de uitspraak', unit: 'kinderen', lower: 'kortere wachtlijst voor een gezinsvoogd', higher: 'langere wachtlijst voor een gezinsvoogd' },
  visitIntervalDays: { name: 'Dagen tussen bezoeken', unit: 'dagen', lower: 'vaker bezoek van de gezinsvoogd', higher: 'minder vaak bezoek van de gezinsvoogd' },
  daysWithoutProfessional: { name: 'Dagen zonder professional', unit: 'dagen', lower: 'korter zonder verantwoordelijke professional', higher: 'langer zonder verantwoordelijke professional' },
  'waitDays.LT': { name: 'Wachten LT', unit: 'dagen', lower: 'korter wachten bij het LT', higher: 'langer wachten bij het LT' },
  'waitDays.JBT': { name: 'Wachten JBT', unit: 'dagen', lower: 'korter wachten op de JBT', higher: 'langer wachten op de JBT' },
  'waitDays.RvdK': { name: 'Wachten RvdK', unit: 'dagen', lower: 'korter wachten op de RvdK', higher: 'langer wachten op de RvdK' },
  'waitDays.court': { name: 'Wachten kinderrechter', unit: 'dagen', lower: 'korter wachten op de kinderrechter', higher: 'langer wachten op de kinderrechter' },
  'waitDays.GI': { name: 'Wachten GI', unit: 'dagen', lower: 'korter wachten op een gezinsvoogd', higher: 'langer wachten op een gezinsvoogd' },
  timeFromRulingToGuardianDays: { name: 'Van uitspraak tot eerste bezoek', unit: 'dagen', lower: 'sneller een eerste bezoek van de gezinsvoogd na de uitspraak', higher: 'later een eerste bezoek van de gezinsvoogd na de uitspraak' },
  timeFromSignalToGuardianDays: { name: 'Van eerste signaal tot gezinsvoogd', unit: 'dagen', lower: 'sneller een gezinsvoogd na het eerste signaal', higher: 'later een gezinsvoogd na het eerste signaal' },
  childrenUnderMeasure: { name: 'Kinderen met een maatregel', unit: 'kinderen', lower: 'minder kinderen met een maatregel', higher: 'meer kinderen met een maatregel' },
  meanCaseloadChildren: { name: 'Caseload', unit: 'kinderen per gezinsvoogd', lower: 'kleinere caseload', higher: 'grotere caseload' },
  waitingForInvestigation: { name: 'Wachtend op een RvdK-onderzoek', unit: 'gezinnen', lower: 'minder gezinnen wachtend op de RvdK', higher: 'meer gezinnen wachtend op de RvdK' },
  waitingForLocalTeam: { name: 'Wachtend op een LT-medewerker', unit: 'gezinnen', lower: 'minder gezinnen wachtend op het LT', higher: 'meer gezinnen wachtend op het LT' },
  costPerYearEuro: { name: 'Kosten', unit: 'euro per jaar', lower: 'lagere kosten', higher: 'hogere kosten' },
  guardianVacancies: { name: 'Vacatures gezinsvoogd', unit: 'posities', lower: 'minder open posities voor gezinsvoogden', higher: 'meer open posities voor gezinsvoogden' },
  localTeamVacancies: { name: 'Vacatures lokaal team', unit: 'posities', lower: 'minder open posities in het lokaal team', higher: 'meer open posities in het lokaal team' },
  censoredShare: { name: 'Nog in de keten aan het eind', unit: 'aandeel', lower: 'minder gezinnen nog in de keten', higher: 'meer gezinnen nog in de keten' },
  cohortFamiliesWithMeasurePerYear: { name: 'Gezinnen met een maatregel', unit: 'per jaar', lower: 'minder gezinnen met een maatregel', higher: 'meer gezinnen met een maatregel' },
  familiesStayedAway: { name: 'Gezinnen die wegbleven', unit: 'gezinnen in de waargenomen jaren', lower: 'minder gezinnen die wegblijven', higher: 'meer gezinnen die wegblijven' },
  selfHelpUnservedDomains: { name: 'Zelf te bieden hulp die blijft liggen', unit: 'probleemgebieden tegelijk', lower: 'minder zelf te bieden hulp die blijft liggen', higher: 'meer zelf te bieden hulp die blijft liggen' },
  measureDurationDays: { name: 'Duur van een maatregel', unit: 'dagen', lower: 'kortere maatregelen', higher: 'langere maatregelen' },
  rvdkInvestigationDays: { name: 'Duur van een RvdK-onderzoek', unit: 'dagen', lower: 'kortere onderzoeken', higher: 'langere onderzoeken' },
};

const metricsEn: Record<string, MetricWords> = {
  handoversPerFamily: { name: 'Handovers', unit: 'per family', lower: 'fewer handovers', higher: 'more handovers' },
  coldHandoversPerFamily: { name: 'Cold handovers', unit: 'per family', lower: 'fewer cold handovers', higher: 'more cold handovers' },
  warmHandoversPerFamily: { name: 'Warm handovers', unit: 'per family', lower: 'fewer warm handovers', higher: 'more warm handovers' },
  guardianChangesPerFamily: { name: 'Gezinsvoogd changes', unit: 'per family', lower: 'fewer changes of gezinsvoogd', higher: 'more changes of gezinsvoogd' },
  professionalsPerFamily: { name: 'Professionals', unit: 'per family', lower: 'fewer professionals', higher: 'more professionals' },
  maxProfessionalsAtOnce: { name: 'Professionals at once', unit: 'per family', lower: 'fewer professionals at once', higher: 'more professionals at once' },
  childrenWithoutGuardian: { name: 'Children without gezinsvoogd', unit: 'children', lower: 'fewer children without a gezinsvoogd', higher: 'more children without a gezinsvoogd' },
  childrenWaitingForGuardian: { name: 'Gezinsvoogd waiting list, also before the ruling', unit: 'children', lower: 'a shorter waiting list for a gezinsvoogd', higher: 'a longer waiting list for a gezinsvoogd' },
  visitIntervalDays: { name: 'Days between visits', unit: 'days', lower: 'more frequent visits by the gezinsvoogd', higher: 'less frequent visits by the gezinsvoogd' },
  daysWithoutProfessional: { name: 'Days without a professional', unit: 'days', lower: 'shorter time with no responsible professional', higher: 'longer time with no responsible professional' },
  'waitDays.LT': { name: 'Wait LT', unit: 'days', lower: 'shorter wait at the LT', higher: 'longer wait at the LT' },
  'waitDays.JBT': { name: 'Wait JBT', unit: 'days', lower: 'shorter wait for the JBT', higher: 'longer wait for the JBT' },
  'waitDays.RvdK': { name: 'Wait RvdK', unit: 'days', lower: 'shorter wait for the RvdK', higher: 'longer wait for the RvdK' },
  'waitDays.court': { name: 'Wait court', unit: 'days', lower: 'shorter wait for the court', higher: 'longer wait for the court' },
  'waitDays.GI': { name: 'Wait GI', unit: 'days', lower: 'shorter wait for a gezinsvoogd', higher: 'longer wait for a gezinsvoogd' },
  timeFromRulingToGuardianDays: { name: 'Ruling to first visit', unit: 'days', lower: 'an earlier first visit by the gezinsvoogd after the ruling', higher: 'a later first visit by the gezinsvoogd after the ruling' },
  timeFromSignalToGuardianDays: { name: 'First signal to gezinsvoogd', unit: 'days', lower: 'a gezinsvoogd sooner after the first signal', higher: 'a gezinsvoogd later after the first signal' },
  childrenUnderMeasure: { name: 'Children under a measure', unit: 'children', lower: 'fewer children under a measure', higher: 'more children under a measure' },
  meanCaseloadChildren: { name: 'Caseload', unit: 'children per gezinsvoogd', lower: 'smaller caseload', higher: 'larger caseload' },
  waitingForInvestigation: { name: 'Waiting for an RvdK investigation', unit: 'families', lower: 'fewer families waiting for the RvdK', higher: 'more families waiting for the RvdK' },
  waitingForLocalTeam: { name: 'Waiting for a local-team worker', unit: 'families', lower: 'fewer families waiting for the LT', higher: 'more families waiting for the LT' },
  costPerYearEuro: { name: 'Cost', unit: 'euro per year', lower: 'lower cost', higher: 'higher cost' },
  guardianVacancies: { name: 'Gezinsvoogd vacancies', unit: 'positions', lower: 'fewer open gezinsvoogd positions', higher: 'more open gezinsvoogd positions' },
  localTeamVacancies: { name: 'Local-team vacancies', unit: 'positions', lower: 'fewer open local-team positions', higher: 'more open local-team positions' },
  censoredShare: { name: 'Still in the chain at the end', unit: 'share', lower: 'fewer families still in the chain', higher: 'more families still in the chain' },
  cohortFamiliesWithMeasurePerYear: { name: 'Families with a measure', unit: 'a year', lower: 'fewer families with a measure', higher: 'more families with a measure' },
  familiesStayedAway: { name: 'Families who stayed away', unit: 'families over the observed years', lower: 'fewer families staying away', higher: 'more families staying away' },
  selfHelpUnservedDomains: { name: 'Self-delivered help left undone', unit: 'problem domains at a time', lower: 'less self-delivered help left undone', higher: 'more self-delivered help left undone' },
  measureDurationDays: { name: 'Length of a measure', unit: 'days', lower: 'shorter measures', higher: 'longer measures' },
  rvdkInvestigationDays: { name: 'Length of an RvdK investigation', unit: 'days', lower: 'shorter investigations', higher: 'longer investigations' },
};

const causesNl: Record<HandoverCause, string> = { structural: 'doorstroom', turnover: 'vertrek', absence: 'ziekte', afschaling: 'afschaling' };
const causesEn: Record<HandoverCause, string> = { structural: 'next link', turnover: 'departure', absence: 'sick leave', afschaling: 'afschaling' };
/** A reform duty's column name, and its hours in a phrase ("more hours …"). */
interface DutyWords {
  name: string;
  hours: string;
}
const dutiesNl: Record<ReformDuty, DutyWords> = {
  duoCoordination: { name: 'Overleg in het duo', hours: 'overleg in het duo' },
  guardianAtLocalTeam: { name: 'Tijd van de gezinsvoogd in het lokaal team', hours: 'tijd van de gezinsvoogd in het lokaal team' },
  selfDeliveredHelp: { name: 'Zelf geboden hulp', hours: 'zelf geboden hulp' },
  longInvolvement: { name: 'Bezoeken buiten de maatregel', hours: 'bezoeken buiten de maatregel (lange betrokkenheid)' },
};
const dutiesEn: Record<ReformDuty, DutyWords> = {
  duoCoordination: { name: 'Duo coordination', hours: 'duo coordination' },
  guardianAtLocalTeam: { name: 'Gezinsvoogd’s time at the local team', hours: 'the gezinsvoogd’s time at the local team' },
  selfDeliveredHelp: { name: 'Self-delivered help', hours: 'self-delivered help' },
  longInvolvement: { name: 'Visits outside a measure', hours: 'visits outside a measure (long involvement)' },
};
const fteRolesNl: Record<FteRole, string> = {
  guardian: 'gezinsvoogd',
  guardianInInduction: 'gezinsvoogd in inwerkperiode',
  localTeam: 'lokaal team',
  rvdkInvestigator: 'RvdK-onderzoeker',
  veiligThuis: 'Veilig Thuis',
  jbtMember: 'vast lid van de JBT',
  replacement: 'vervanging bij ziekte',
  adminSupport: 'administratieve ondersteuning',
};
const fteRolesEn: Record<FteRole, string> = {
  guardian: 'gezinsvoogd',
  guardianInInduction: 'gezinsvoogd in induction',
  localTeam: 'local team',
  rvdkInvestigator: 'RvdK investigator',
  veiligThuis: 'Veilig Thuis',
  jbtMember: 'JBT standing member',
  replacement: 'sick-leave cover',
  adminSupport: 'administrative support',
};

/** Handovers by cause and FTE per role, worded from the cause and role names. */
function generatedMetrics(lang: Lang, causes: Record<HandoverCause, string>, roles: Record<FteRole, string>, duties: Record<ReformDuty, DutyWords>): Record<string, MetricWords> {
  const out: Record<string, MetricWords> = {};
  const nlWords = lang === 'nl';
  for (const cause of HANDOVER_CAUSES) {
    for (const kind of ['cold', 'warm'] as const) {
      const k = nlWords ? (kind === 'cold' ? 'koude' : 'warme') : kind;
      const at = nlWords ? `bij ${causes[cause]}` : `on ${causes[cause]}`;
      const name = nlWords ? `${kind === 'cold' ? 'Koud' : 'Warm'} bij ${causes[cause]}` : `${kind === 'cold' ? 'Cold' : 'Warm'}, ${causes[cause]}`;
      out[`handoversByCause.${cause}.${kind}`] = {
        name,
        unit: nlWords ? 'per gezin' : 'per family',
        lower: nlWords ? `minder ${k} overdrachten ${at}` : `fewer ${k} handovers ${at}`,
        higher: nlWords ? `meer ${k} overdrachten ${at}` : `more ${k} handovers ${at}`,
      };
    }
  }
  for (const duty of REFORM_DUTIES) {
    const d = duties[duty];
    out[`reformHoursPerWeek.${duty}`] = {
      name: d.name,
      unit: nlWords ? 'uur per week' : 'hours a week',
      lower: nlWords ? `minder uren voor ${d.hours}` : `fewer hours on ${d.hours}`,
      higher: nlWords ? `meer uren voor ${d.hours}` : `more hours on ${d.hours}`,
    };
  }
  for (const role of FTE_ROLES) {
    out[`fte.${role}`] = { name: `${roles[role].charAt(0).toUpperCase()}${roles[role].slice(1)}`, unit: nlWords ? 'fte' : 'FTE', lower: nlWords ? `minder fte ${roles[role]}` : `fewer FTE ${roles[role]}`, higher: nlWords ? `meer fte ${roles[role]}` : `more FTE ${roles[role]}` };
  }
  return out;
}

const glossaryNl: Array<[string, string]> = [
  ['LT (lokaal team, wijkteam)', 'Eerste lijn van de gemeente; regelt vrijwillige hulp en zet hulpverleners in.'],
  ['Veilig Thuis (VT)', 'Regionaal advies- en meldpunt huiselijk geweld en kindermishandeling.'],
  ['JBT (jeugdbeschermingstafel)', 'Overleg van LT, RvdK, soms GI, ouders en kind (vanaf 12 jaar) over de vraag of vrijwillige hulp kan doorgaan of het gedwongen kader nodig is.'],
  ['RvdK (Raad voor de Kinderbescherming)', 'Doet beschermingsonderzoek en vraagt zo nodig de kinderrechter om een maatregel.'],
  ['Kinderrechter', 'Beslist over een maatregel: ondertoezichtstelling (OTS) of voogdij.'],
  ['GI (gecertificeerde instelling)', 'Voert de maatregel uit met een gezinsvoogd; in FoodValley Jeugdbescherming Gelderland, William Schrikker Groep en Leger des Heils.'],
  ['Gezinsvoogd (jeugdbeschermer)', 'Professional van de GI die de maatregel uitvoert en hulpverleners inzet.'],
  ['Afschaling', 'Het einde van de maatregel: het gezin gaat terug naar het LT of de zaak sluit.'],
  ['Overdracht', 'Een wisseling van verantwoordelijke professional. Koud: een nieuw gezicht, het verhaal opnieuw vertellen. Warm: een bekende collega (bijvoorbeeld de duopartner) neemt over.'],
  ['Replicatie', 'Eén doorrekening van het model met eigen toevalsgetallen; alle scenario’s gebruiken dezelfde toevalsgetallen, zodat verschillen door het scenario komen.'],
  [
    '95%-betrouwbaarheidsinterval (95%-BI)',
    'Het bereik waarbinnen het gemiddelde of het verschil met 95% zekerheid ligt, gegeven de replicaties: in het model, onder de aannames van het scenario. Andere waarden van die aannames kunnen de uitkomst verder verschuiven: zie de onzekerheid over de aannames (de plausibele werelden). Sluit het interval nul uit, dan is er een duidelijk verschil.',
  ],
  ['Gepaard', 'Elke replicatie van een hervorming wordt vergeleken met de replicatie van het basisscenario die dezelfde toevalsgetallen gebruikt, en het verschil wordt per paar berekend. Zo valt veel toeval tegen elkaar weg, en is het interval van een verschil smaller dan dat van elk gemiddelde apart.'],
  ['Fte', 'Formatie in voltijdbanen: het gemiddelde aantal voltijdbanen dat in de waargenomen jaren bezet is.'],
  ['Trajectjaren per jaar', 'Het gemiddelde aantal hulptrajecten dat tegelijk loopt. Eén trajectjaar is één hulpverlener die één gezin een jaar lang helpt; 200 trajectjaren per jaar is dus evenveel hulp als 200 hulpverleners die elk het hele jaar één gezin helpen.'],
  ['Niet stabiel', 'Een scenario waarin het aantal kinderen met een maatregel of een wachtrij blijft stijgen of dalen, of waarin een schakel vrijwel altijd vol zit. Zijn gemiddelden gelden alleen voor de waargenomen jaren.'],
  ['Bezetting (%)', 'Hoe vol een schakel zit, gemiddeld over de waargenomen jaren: bij Veilig Thuis en de RvdK het deel van de medewerkers dat bezig is, bij de JBT en de kinderrechter het deel van de plekken dat gebruikt wordt, bij een GI of lokaal team de zaken tegenover de ruimte die de caseloadnorm geeft. Boven 100% werken gezinsvoogden boven hun norm, bijvoorbeeld een duopartner die de zaken van een vertrokken collega erbij draagt.'],
  [
    'Zelf te bieden hulp die blijft liggen',
    'Bij zelf hulp bieden: probleemgebieden die de medewerker van het lokaal team of de gezinsvoogd zelf oppakt, op momenten dat niemand het gezin heeft (tijdens het onderzoek van de Raad, of wachtend op een gezinsvoogd). Een hulpverlener zou in die tijd doorwerken, en betaald worden. Gemiddeld aantal tegelijk over de waargenomen jaren.',
  ],
  ['Nog in de keten aan het eind', 'Gezinnen met een maatregel die aan het eind van de volgperiode nog niet uit de keten zijn: hun overdrachten en professionals zijn geteld tot dan.'],
  ['Prijs per eenheid', 'Extra kosten per jaar gedeeld door de verbetering per jaar, bijvoorbeeld euro per vermeden koude overdracht; het interval is dat van Fieller, dat de onzekerheid van teller en noemer samen neemt.'],
  ['Interval van Fieller', 'Het interval van een verhouding van twee onzekere gemiddelden, zoals de extra kosten gedeeld door de verbetering. Het telt de onzekerheid van allebei mee: hoe onzekerder de verbetering, hoe breder het interval.'],
  ['Plausibele wereld', 'Eén mogelijke keten: alle onzekere aannames tegelijk op een waarde binnen hun plausibele bereik. In elke wereld worden alle scenario’s doorgerekend; het aandeel werelden waarin een hervorming verbetert, laat zien hoeveel een effect van de aannames afhangt.'],
  ['Latin hypercube', 'De manier waarop de plausibele werelden getrokken worden: het bereik van elke onzekere aanname wordt verdeeld in even waarschijnlijke stukken, evenveel als er werelden zijn, en elk stuk komt in precies één wereld voor. Zo is elk bereik gelijkmatig gedekt, ook met weinig werelden.'],
  ['Tekentoets', 'Of een verdeling over werelden meer naar één kant wijst dan toeval zou geven: bij 13 werelden valt 7 keer goedkoper nog binnen wat een muntworp geeft, 10 keer niet meer (kans 5% of minder). Een besparing heet pas ‘bespaart geld’ als ze zo vaak standhoudt.'],
  ['Werelden die op de keten van nu lijken', 'De plausibele werelden waarin het basisscenario binnen elke band valt waaraan het model is gekalibreerd (wachttijden, aantallen, duur van maatregelen). Welke dat zijn, wordt op eigen toevalsgetallen bepaald; de effecten in die werelden op andere, zodat het toeval dat een wereld door de toets liet, de effecten niet kleurt.'],
  ['5e–95e percentiel', 'Het bereik van de middelste 90% van de waarden: 5% ligt eronder en 5% erboven. Bij de onzekerheid over de aannames: van het effect over de plausibele werelden; met weinig werelden is dat een grove schatting.'],
];

const glossaryEn: Array<[string, string]> = [
  ['LT (lokaal team, wijkteam)', 'The municipality’s first line; arranges voluntary help and deploys help providers.'],
  ['Veilig Thuis (VT)', 'Regional advice and reporting centre for domestic violence and child abuse.'],
  ['JBT (jeugdbeschermingstafel)', 'A meeting of LT, RvdK, sometimes GI, parents and the child (from 12) that decides whether voluntary help can continue or the compulsory track is needed.'],
  ['RvdK (Raad voor de Kinderbescherming)', 'Child Protection Board: investigates and, if needed, asks the juvenile court for a measure.'],
  ['Kinderrechter', 'Juvenile court: decides on a measure, a supervision order (OTS) or custody (voogdij).'],
  ['GI (gecertificeerde instelling)', 'Certified institution that carries out the measure through a gezinsvoogd; in FoodValley Jeugdbescherming Gelderland, William Schrikker Groep and Leger des Heils.'],
  ['Gezinsvoogd (jeugdbeschermer)', 'Family guardian: the GI professional who carries out the measure and deploys help providers.'],
  ['Afschaling', 'The end of the measure: the family goes back to the LT or the case closes.'],
  ['Handover', 'A change of responsible professional. Cold: a new face, the story told again. Warm: a known colleague (such as the duo partner) takes over.'],
  ['Replication', 'One run of the model with its own random numbers; all scenarios use the same random numbers, so differences come from the scenario.'],
  [
    '95% confidence interval (95% CI)',
    'The range that holds the mean or the difference with 95% confidence, given the replications: within the model, under the scenario’s assumptions. Other values of those assumptions can shift the outcome further: see the uncertainty about the assumptions (the plausible worlds). An interval that excludes zero means a clear difference.',
  ],
  ['Paired', 'Each replication of a reform is compared with the baseline’s replication on the same random numbers, and the difference is taken per pair. Much of the chance then cancels out, and the interval of a difference is narrower than that of either mean on its own.'],
  ['FTE', 'Full-time equivalents: the mean number of full-time jobs filled over the observed years.'],
  ['Provider-years a year', 'The mean number of help trajectories running at once. One provider-year is one help provider helping one family for a year; 200 provider-years a year is as much help as 200 providers each helping one family all year.'],
  ['Not settled', 'A scenario in which the number of children under a measure or a queue keeps rising or falling, or in which a link is full nearly all the time. Its means hold for the observed years only.'],
  ['Utilisation (%)', 'How full a link is, on average over the observed years: at Veilig Thuis and the RvdK the share of the staff at work, at the JBT and the court the share of the slots used, at a GI or local team the cases against the room the caseload norm gives. Above 100% guardians work above their norm, for example a duo partner carrying a departed colleague’s cases as well.'],
  [
    'Self-delivered help left undone',
    'Under self-delivered help: problem domains the local-team worker or the gezinsvoogd handles themselves, at times when nobody holds the family (during the RvdK’s investigation, or waiting for a gezinsvoogd). A help provider would go on working then, and be paid. The mean number at a time over the observed years.',
  ],
  ['Still in the chain at the end', 'Families with a measure who have not left the chain when follow-up ends: their handovers and professionals are counted until then.'],
  ['Price per unit', 'The extra cost a year divided by the improvement a year, such as euro per cold handover avoided; the interval is Fieller’s, which takes the uncertainty of both together.'],
  ['Fieller’s interval', 'The interval of a ratio of two uncertain means, such as the extra cost divided by the improvement. It counts the uncertainty of both: the less certain the improvement, the wider the interval.'],
  ['Plausible world', 'One possible chain: every uncertain assumption at once at a value within its plausible range. Every scenario is run in every world; the share of worlds in which a reform improves shows how much an effect depends on the assumptions.'],
  ['Latin hypercube', 'How the plausible worlds are drawn: the range of each uncertain assumption is cut into equally likely pieces, as many as there are worlds, and each piece is in exactly one world. So each range is covered evenly, even with few worlds.'],
  ['Sign test', 'Whether a split over worlds leans one way more than chance would make it: of 13 worlds, 7 cheaper ones are still what a coin gives, 10 no longer are (a chance of 5% or less). A saving is only said to save money when it holds that often.'],
  ['Worlds that look like today\'s chain', 'The plausible worlds in which the baseline lands inside every band the model is calibrated to (waits, numbers, lengths of measures). Which they are is decided on random numbers of their own, the effects in them on others, so the luck that let a world pass does not colour its effects.'],
  ['5th–95th percentile', 'The range of the middle 90% of the values: 5% lie below it and 5% above. In the uncertainty about the assumptions: of the effect over the plausible worlds; with few worlds a rough estimate.'],
];

const nl: Labels = {
  lang: 'nl',
  decimal: ',',
  thousands: '.',
  ci: '95%-BI',
  to: 'tot',
  reportTitle: 'Scenariovergelijking jeugdbeschermingsketen',
  runLine: (b, n, s, v) => `Basisscenario: ${b} · ${n} replicaties · seed ${s} · jbsim ${v}`,
  sections: { headline: 'Kerncijfers', waits: 'Wachttijden per schakel', charts: 'Grafieken', scenarios: 'Scenario’s', glossary: 'Begrippen', provenance: 'Herkomst van de resultaten' },
  scenario: 'Scenario',
  verdict: 'Oordeel',
  baselineTag: 'basis',
  headlineNote:
    'Per cel: de waarde in het scenario (gemiddelde per gezin, of in dagen); daaronder het verschil met het basisscenario en het 95%-betrouwbaarheidsinterval, gepaard over replicaties met dezelfde toevalsgetallen. ▼ lager en ▲ hoger alleen als het interval nul uitsluit; blauw is beter voor gezinnen, oranje slechter, zwart een verschil bij een maat waarbij lager niet vanzelf beter is (zoals het totaal aantal overdrachten).',
  markdownNote:
    'Per cel: de waarde in het scenario, met tussen haakjes het verschil met het basisscenario en [het 95%-betrouwbaarheidsinterval], gepaard over replicaties met dezelfde toevalsgetallen. Vet met ▼ (lager) of ▲ (hoger): het interval sluit nul uit. Een cel zonder haakjes: in elke replicatie gelijk aan het basisscenario. Lager is beter, behalve bij het totaal aantal overdrachten, warme overdrachten, kinderen met een maatregel, de uren voor hervormingstaken en de open posities: daar is lager niet vanzelf beter.',
  noClearDifference: 'geen duidelijk verschil',
  noClearDifferenceAny: 'geen duidelijk verschil op deze maten',
  noDescription: 'Geen beschrijving.',
  differsIn: 'Verschilt van het basisscenario in',
  isBaseline: 'Dit is het basisscenario.',
  noDiffs: 'Geen parameters verschillen van het basisscenario.',
  diffsUnknown: 'De verschillende parameters zijn niet meegegeven.',
  parameter: 'Parameter',
  baselineValue: 'Basis',
  scenarioValue: 'Scenario',
  download: 'Downloaden',
  noScript: 'Zonder JavaScript zijn de grafieken vaste afbeeldingen (zonder tooltips).',
  provenance: { version: 'jbsim-versie', seed: 'Seed', replications: 'Replicaties', horizon: 'Horizon (dagen)', warmup: 'Opwarmperiode (dagen)', file: 'Bestand', hash: 'Hash', other: 'Overige gegevens' },
  metrics: { ...metricsNl, ...generatedMetrics('nl', causesNl, fteRolesNl, dutiesNl) },
  comparison: COMPARISON_WORDS.nl,
  on: 'aan',
  off: 'uit',
  entries: (n) => `${n} ${n === 1 ? 'onderdeel' : 'onderdelen'}`,
  capacities: { VT: 'Veilig Thuis', LT: 'lokaal team', JBT: 'jeugdbeschermingstafel', RvdK: 'RvdK', court: 'kinderrechter', GI: 'GI' },
  settled: {
    drift: (series, rises, from, to) => `${series} ${rises ? 'stijgen' : 'dalen'} van ${from} naar ${to} tussen het eerste en het laatste vijfde deel van de waargenomen jaren`,
    saturated: (what) => `${what.join(' en ')} ${what.length === 1 ? 'is' : 'zijn'} vrijwel de hele tijd vol: er is steeds een wachtrij, en dat die op den duur groeit, is in de waargenomen jaren niet uit te sluiten`,
    unknown: 'de controle op evenwicht slaagt niet (zie de samenvatting in summary.json)',
  },
  euro: { amount: (x) => `€ ${x}`, millions: (x) => `€ ${x} mln`, millionsRange: (a, b) => `${a} tot ${b} mln` },
  fteRoles: fteRolesNl,
  topics: {
    timeFromRulingToGuardianDays: 'de tijd van uitspraak tot eerste bezoek',
    professionalsPerFamily: 'het aantal professionals per gezin',
    visitIntervalDays: 'de tijd tussen bezoeken',
    'waitDays.GI': 'het wachten op een gezinsvoogd',
    guardianChangesPerFamily: 'wisselingen van gezinsvoogd',
  },
  causes: causesNl,
  priceUnits: {
    coldHandoversPerFamily: 'vermeden koude overdracht',
    timeFromRulingToGuardianDays: 'dag dat één gezin eerder een eerste bezoek na de uitspraak krijgt',
    childrenWithoutGuardian: 'vermeden kindjaar zonder gezinsvoogd',
    professionalsPerFamily: 'professional minder voor een gezin',
  },
  links: { LT: 'LT', JBT: 'JBT', RvdK: 'RvdK', court: 'Kinderrechter', GI: 'GI (op gezinsvoogd)' },
  roles: { LT: 'LT-medewerker', VT: 'Veilig Thuis', JBT: 'JBT', RvdK: 'RvdK-onderzoeker', judge: 'kinderrechter', guardian: 'gezinsvoogd', replacement: 'vervangend gezinsvoogd', provider: 'hulpverlener' },
  glossary: glossaryNl,
  pages: {
    sensitivityTitle: (s) => `Gevoeligheidsanalyse: ${s}`,
    family: 'Gezin (case id)',
    replication: 'Replicatie',
    chosenBecause: 'Gekozen omdat',
    journey: 'Reis van het gezin',
    events: 'Gebeurtenissen',
    day: 'Dag',
    link: 'Schakel',
    timestamp: 'Tijdstempel',
    epochNote: 'De tijdstempels in events.csv en events.xes tellen de modeldagen vanaf 1 januari 2020 (een vaste, betekenisloze startdatum), zodat procesmining-software de duur goed leest.',
  },
  charts: {
    scenario: 'Scenario',
    families: 'gezinnen',
    shareOfFamilies: 'Aandeel gezinnen (%)',
    month: 'Maand na de opwarmperiode (maanden)',
    days: 'dagen',
    mean: 'Gemiddelde',
    ci: '95%-BI',
    p90: '90e percentiel',
    max: 'Maximum',
    kind: 'Soort',
    cold: 'koud',
    warm: 'warm',
    total: 'totaal',
    difference: 'Verschil',
    measure: 'Maat',
    lowerClear: 'duidelijk lager (beter)',
    higherClear: 'duidelijk hoger (slechter)',
    noClear: 'geen duidelijk verschil',
    neutralClear: 'duidelijk verschil (lager niet vanzelf beter)',
    differences: {
      title: 'Verschil met het basisscenario',
      caption: 'Per maat het gemiddelde verschil met het basisscenario (punt) en het 95%-betrouwbaarheidsinterval (lijn), gepaard over replicaties. Links van de nullijn is lager; blauw is duidelijk beter, oranje duidelijk slechter, zwart een duidelijk verschil bij een maat waarbij lager niet vanzelf beter is, grijs geen duidelijk verschil. Elke maat heeft een eigen schaal.',
      axis: (unit) => `Verschil met het basisscenario (${unit})`,
    },
    handovers: {
      title: 'Overdrachten per gezin, naar oorzaak',
      caption: 'Gemiddeld aantal overdrachten per gezin met een maatregel, naar oorzaak: doorstroom naar de volgende schakel, vertrek van een professional, ziekte van de gezinsvoogd, en afschaling. Donker: koud (een nieuw gezicht, het verhaal opnieuw); licht: warm (een bekend gezicht). De zwarte lijn is het 95%-betrouwbaarheidsinterval van het totaal.',
      axis: 'Overdrachten per gezin (aantal)',
    },
    handoverDistribution: {
      title: 'Verdeling van overdrachten over gezinnen',
      caption: 'Aandeel gezinnen met een maatregel per aantal koude en warme overdrachten, over alle replicaties samen. Rechts staan de gezinnen die het vaakst opnieuw moeten beginnen.',
      axis: 'Overdrachten per gezin (aantal)',
    },
    guardianChanges: {
      title: 'Wisselingen van gezinsvoogd per gezin',
      caption: 'Aandeel gezinnen met een maatregel per aantal wisselingen van gezinsvoogd, over alle replicaties samen. Oranjerood: 4 of meer wisselingen, dus 5 of meer gezinsvoogden; het percentage staat in elk paneel, met het hoogste aantal wisselingen dat voorkwam.',
      axis: 'Wisselingen van gezinsvoogd (aantal)',
      tail: (share) => `5+ gezinsvoogden: ${share}`,
      most: (n) => `meeste: ${n} wisselingen`,
      tailLegend: '4+ wisselingen (5+ gezinsvoogden)',
      restLegend: '0–3 wisselingen',
    },
    professionals: {
      title: 'Professionals per gezin',
      caption: 'Links het aantal verschillende professionals dat een gezin met een maatregel ontmoet, rechts het grootste aantal tegelijk. Punt: gemiddelde met 95%-betrouwbaarheidsinterval; driehoek: 90% van de gezinnen zit hieronder; kruis: het hoogste aantal.',
      axis: 'Professionals (aantal)',
      distinct: 'Verschillende professionals',
      atOnce: 'Het meest tegelijk',
    },
    waits: {
      title: 'Wachttijden',
      caption: 'Gemiddelde wachttijd per schakel van de keten, voor gezinnen die die schakel passeren, en (laatste paneel) de tijd van de uitspraak van de kinderrechter tot het eerste bezoek van een gezinsvoogd. Grijs: het basisscenario. Lijnen: 95%-betrouwbaarheidsinterval. Elk paneel heeft een eigen schaal.',
      axis: 'Wachttijd (dagen)',
      link: 'Schakel',
      toGuardian: 'Van uitspraak tot eerste bezoek',
    },
    costEffect: {
      title: 'Effect tegen kosten per hervorming',
      caption:
        'Per hervorming de verbetering per jaar (omhoog is beter voor gezinnen) tegen de extra kosten per jaar (rechts is duurder), elk met het 95%-betrouwbaarheidsinterval als lijn. Linksboven: beter en goedkoper; rechtsboven: beter en duurder. Blauw: duidelijke verbetering; oranje: duidelijke verslechtering; grijs: niet duidelijk. Een paneel per maat, elk met een eigen schaal. Bij koude overdrachten en professionals is de verbetering per jaar die per gezin maal het aantal gezinnen dat in het scenario een maatregel krijgt, bij de tijd tot het eerste bezoek die per maatregel maal het aantal maatregelen: gezinnen die door de hervorming geen maatregel meer krijgen, tellen niet mee. Een hervorming die maatregelen voorkomt, staat hier daardoor lager dan in de rangorde per gezin.',
      costAxis: 'Extra kosten per jaar (miljoen euro)',
      effectAxis: 'Verbetering per jaar (aantal)',
      panels: {
        coldHandoversPerFamily: 'Vermeden koude overdrachten per jaar, bij de gezinnen met een maatregel',
        timeFromRulingToGuardianDays: 'Dagen eerder een eerste bezoek na de uitspraak per jaar, alle maatregelen samen',
        childrenWithoutGuardian: 'Vermeden kindjaren zonder gezinsvoogd per jaar',
        professionalsPerFamily: 'Minder professionals per jaar, gezinnen met een maatregel samen',
      },
      better: 'duidelijk beter',
      worse: 'duidelijk slechter',
      unclear: 'niet duidelijk',
    },
    underMeasure: {
      title: 'Kinderen met een maatregel',
      caption: 'Het aantal kinderen met een maatregel (OTS of voogdij), per maand na de opwarmperiode: een paneel per scenario (blauw), met het basisscenario in grijs. Blijft de lijn niet vlak, dan is het scenario niet in evenwicht en hangt elk gemiddelde af van hoe lang je kijkt. Lijn: gemiddelde over replicaties; band: 95%-betrouwbaarheidsinterval.',
      axis: 'Kinderen (aantal)',
    },
    withoutGuardian: {
      title: 'Kinderen zonder gezinsvoogd',
      caption: 'Kinderen met een maatregel die (nog) geen gezinsvoogd hebben, per maand na de opwarmperiode: een paneel per scenario (blauw), met het basisscenario in grijs. Lijn: gemiddelde over replicaties; band: 95%-betrouwbaarheidsinterval.',
      axis: 'Kinderen (aantal)',
    },
    caseload: {
      title: 'Caseload per gezinsvoogd',
      caption: 'Gemiddeld aantal kinderen per gezinsvoogd in dienst, per maand na de opwarmperiode: een paneel per scenario (blauw), met het basisscenario in grijs. Lijn: gemiddelde over replicaties; band: 95%-betrouwbaarheidsinterval.',
      axis: 'Caseload (kinderen)',
    },
    sweep: {
      title: (p) => `Effect van ${p}`,
      caption: (p, s) => `Elke maat bij verschillende waarden van ${p}, de andere parameters als in ${s}. Punt en lijn: gemiddelde over replicaties; band: 95%-betrouwbaarheidsinterval. Elke maat heeft een eigen schaal, in de eenheid boven het paneel.`,
      value: 'Waarde',
      axis: (unit) => `Gemiddelde (${unit})`,
      heldPositions: (p) => `De gezinsvoogdposities blijven gelijk (${p} fte, dus ook hun kosten): bij een lagere caseloadnorm kunnen minder kinderen tegelijk een gezinsvoogd hebben, en de rest wacht.`,
      heldCapacity: (c, from, to) => `Caseloadnorm × posities blijft gelijk (${c} kinderen kunnen tegelijk een gezinsvoogd hebben): de posities groeien of krimpen mee, van ${from} tot ${to} fte, en de kosten met hen.`,
    },
    millionEuroPerYear: 'miljoen euro per jaar',
    tornado: {
      title: (m) => `Gevoeligheid: ${m}`,
      caption: (s) => `Verschil met ${s} als één parameter naar een lage of hoge waarde gaat en de rest gelijk blijft, met 95%-betrouwbaarheidsinterval. Bovenaan de parameters met het grootste effect.`,
      axis: (m) => `Verschil in ${m}`,
      low: 'lage waarde',
      high: 'hoge waarde',
      parameterAt: (p, v) => `${p} (nu ${v})`,
      parameter: 'Parameter',
      setting: 'Instelling',
    },
    warmup: {
      title: (sc) => `Opwarmperiode: ${sc}`,
      caption: (n, w) =>
        `Gemiddelde over ${n} replicaties, glijdend gemiddelde over ${w} maanden aan weerszijden (Welch). Vanaf een lege keten (oranje) en vanaf de gesettelde start (blauw); de verticale lijnen zijn de afkappunten van MSER-5 die tellen (een opstarteffect dat meer is dan ruis en niet te klein; zie de tabel).`,
      years: 'Jaren na de start',
      start: 'Start',
      empty: 'lege keten',
      settled: 'gesettelde start',
      mser: 'afkappunt MSER-5',
      series: 'Reeks',
    },
    journey: {
      title: (k, p, g, y) => `Gezin ${k}: ${p} professionals, ${g} gezinsvoogden in ${y} jaar`,
      caption: 'Elke balk is één professional bij dit gezin, van de eerste tot de laatste betrokkenheid, gekleurd naar rol. Elke nieuwe gezinsvoogd is een nieuw gezicht aan wie het gezin zijn verhaal opnieuw vertelt.',
      axis: 'Tijd sinds het eerste signaal (maanden)',
      professional: 'Professional',
      role: 'Rol',
      start: 'Begin (maand)',
      end: 'Einde (maand)',
      duration: 'Duur (dagen)',
      event: 'Gebeurtenis',
      eventLane: 'gebeurtenissen',
      month: 'Maand',
    },
  },
};

const en: Labels = {
  lang: 'en',
  decimal: '.',
  thousands: ',',
  ci: '95% CI',
  to: 'to',
  reportTitle: 'Scenario comparison: youth protection chain',
  runLine: (b, n, s, v) => `Baseline: ${b} · ${n} replications · seed ${s} · jbsim ${v}`,
  sections: { headline: 'Headline figures', waits: 'Waits per link', charts: 'Charts', scenarios: 'Scenarios', glossary: 'Glossary', provenance: 'Provenance' },
  scenario: 'Scenario',
  verdict: 'Verdict',
  baselineTag: 'baseline',
  headlineNote:
    'Each cell: the value in the scenario (mean per family, or in days); below it the difference from the baseline with its 95% confidence interval, paired over replications on the same random numbers. ▼ lower and ▲ higher only when the interval excludes zero; blue is better for families, orange worse, black a difference on a measure where lower is not better in itself (such as handovers in all).',
  markdownNote:
    'Each cell: the value in the scenario, in brackets the difference from the baseline and [its 95% confidence interval], paired over replications on the same random numbers. Bold with ▼ (lower) or ▲ (higher): the interval excludes zero. A cell without brackets: the same as the baseline in every replication. Lower is better, except for handovers in all, warm handovers, children under a measure, the hours on reform duties and the open posts: there lower is not better in itself.',
  noClearDifference: 'no clear difference',
  noClearDifferenceAny: 'no clear difference on these measures',
  noDescription: 'No description.',
  differsIn: 'Differs from the baseline in',
  isBaseline: 'This is the baseline.',
  noDiffs: 'No parameters differ from the baseline.',
  diffsUnknown: 'The differing parameters were not given.',
  parameter: 'Parameter',
  baselineValue: 'Baseline',
  scenarioValue: 'Scenario',
  download: 'Download',
  noScript: 'Without JavaScript the charts are static images (no tooltips).',
  provenance: { version: 'jbsim version', seed: 'Seed', replications: 'Replications', horizon: 'Horizon (days)', warmup: 'Warm-up (days)', file: 'File', hash: 'Hash', other: 'Other details' },
  metrics: { ...metricsEn, ...generatedMetrics('en', causesEn, fteRolesEn, dutiesEn) },
  comparison: COMPARISON_WORDS.en,
  on: 'on',
  off: 'off',
  entries: (n) => `${n} ${n === 1 ? 'entry' : 'entries'}`,
  capacities: { VT: 'Veilig Thuis', LT: 'local team', JBT: 'youth protection table', RvdK: 'RvdK', court: 'juvenile court', GI: 'GI' },
  settled: {
    drift: (series, rises, from, to) => `${series} ${rises ? 'rise' : 'fall'} from ${from} to ${to} between the first and the last fifth of the observed years`,
    saturated: (what) => `${what.join(' and ')} ${what.length === 1 ? 'is' : 'are'} full nearly all the time: there is always a queue, and the observed years cannot rule out that it grows in the long run`,
    unknown: 'the check for equilibrium fails (see the summary in summary.json)',
  },
  euro: { amount: (x) => `€${x}`, millions: (x) => `€${x} million`, millionsRange: (a, b) => `${a} to ${b} million` },
  fteRoles: fteRolesEn,
  topics: {
    timeFromRulingToGuardianDays: 'the time from ruling to first visit',
    professionalsPerFamily: 'professionals per family',
    visitIntervalDays: 'the time between visits',
    'waitDays.GI': 'the wait for a gezinsvoogd',
    guardianChangesPerFamily: 'changes of gezinsvoogd',
  },
  causes: causesEn,
  priceUnits: {
    coldHandoversPerFamily: 'cold handover avoided',
    timeFromRulingToGuardianDays: 'day sooner that one family gets its first visit after the ruling',
    childrenWithoutGuardian: 'child-year without a gezinsvoogd avoided',
    professionalsPerFamily: 'professional fewer for a family',
  },
  links: { LT: 'LT', JBT: 'JBT', RvdK: 'RvdK', court: 'Court (kinderrechter)', GI: 'GI (for a gezinsvoogd)' },
  roles: { LT: 'LT worker', VT: 'Veilig Thuis', JBT: 'JBT', RvdK: 'RvdK investigator', judge: 'judge (kinderrechter)', guardian: 'gezinsvoogd', replacement: 'replacement gezinsvoogd', provider: 'help provider' },
  glossary: glossaryEn,
  pages: {
    sensitivityTitle: (s) => `Sensitivity analysis: ${s}`,
    family: 'Family (case id)',
    replication: 'Replication',
    chosenBecause: 'Chosen because',
    journey: 'The family’s journey',
    events: 'Events',
    day: 'Day',
    link: 'Link',
    timestamp: 'Timestamp',
    epochNote: 'Timestamps in events.csv and events.xes count model days from 1 January 2020 (a fixed epoch with no meaning), so process-mining tools read durations correctly.',
  },
  charts: {
    scenario: 'Scenario',
    families: 'families',
    shareOfFamilies: 'Share of families (%)',
    month: 'Month after the warm-up (months)',
    days: 'days',
    mean: 'Mean',
    ci: '95% CI',
    p90: '90th percentile',
    max: 'Maximum',
    kind: 'Kind',
    cold: 'cold',
    warm: 'warm',
    total: 'total',
    difference: 'Difference',
    measure: 'Measure',
    lowerClear: 'clearly lower (better)',
    higherClear: 'clearly higher (worse)',
    noClear: 'no clear difference',
    neutralClear: 'clear difference (lower not better in itself)',
    differences: {
      title: 'Difference from the baseline',
      caption: 'For each measure the mean difference from the baseline (dot) and its 95% confidence interval (line), paired over replications. Left of the zero line is lower; blue is clearly better, orange clearly worse, black a clear difference on a measure where lower is not better in itself, grey no clear difference. Each measure has its own scale.',
      axis: (unit) => `Difference from the baseline (${unit})`,
    },
    handovers: {
      title: 'Handovers per family, by cause',
      caption: 'Mean handovers per family with a measure, by cause: moving on to the next link, a professional leaving, the gezinsvoogd’s sick leave, and afschaling. Dark: cold (a new face, the story retold); light: warm (a known face). The black line is the 95% confidence interval of the total.',
      axis: 'Handovers per family (count)',
    },
    handoverDistribution: {
      title: 'Handovers across families',
      caption: 'Share of families with a measure by number of cold and warm handovers, all replications pooled. On the right are the families that start over most often.',
      axis: 'Handovers per family (count)',
    },
    guardianChanges: {
      title: 'Changes of gezinsvoogd per family',
      caption: 'Share of families with a measure by number of changes of gezinsvoogd, all replications pooled. Vermillion: 4 or more changes, that is 5 or more gezinsvoogden; each panel states that share and the most changes seen.',
      axis: 'Changes of gezinsvoogd (count)',
      tail: (share) => `5+ gezinsvoogden: ${share}`,
      most: (n) => `most: ${n} changes`,
      tailLegend: '4+ changes (5+ gezinsvoogden)',
      restLegend: '0–3 changes',
    },
    professionals: {
      title: 'Professionals per family',
      caption: 'Left: distinct professionals a family with a measure meets; right: the most involved at one time. Dot: mean with 95% confidence interval; triangle: 90% of families are at or below; cross: the highest count.',
      axis: 'Professionals (count)',
      distinct: 'Distinct professionals',
      atOnce: 'Most at once',
    },
    waits: {
      title: 'Waits',
      caption: 'Mean wait at each link of the chain, for families that pass that link, and (last panel) the time from the juvenile court’s ruling to the first visit of a gezinsvoogd. Grey: the baseline. Lines: 95% confidence interval. Each panel has its own scale.',
      axis: 'Wait (days)',
      link: 'Link',
      toGuardian: 'Ruling to first visit',
    },
    costEffect: {
      title: 'Effect against cost per reform',
      caption:
        'For each reform the improvement a year (up is better for families) against the extra cost a year (right is dearer), each with its 95% confidence interval as a line. Top left: better and cheaper; top right: better and dearer. Blue: a clear improvement; orange: a clear worsening; grey: not clear. A panel per measure, each with its own scale. For cold handovers and professionals the improvement a year is the one per family times the families that get a measure in the scenario, for the time to a first visit the one per measure times the measures: families the reform keeps from a measure do not count. A reform that prevents measures therefore stands lower here than in the ranking per family.',
      costAxis: 'Extra cost a year (million euro)',
      effectAxis: 'Improvement a year (count)',
      panels: {
        coldHandoversPerFamily: 'Cold handovers avoided a year, among the families with a measure',
        timeFromRulingToGuardianDays: 'Days sooner to a first visit after the ruling a year, all measures together',
        childrenWithoutGuardian: 'Child-years without a gezinsvoogd avoided a year',
        professionalsPerFamily: 'Fewer professionals a year, families with a measure together',
      },
      better: 'clearly better',
      worse: 'clearly worse',
      unclear: 'not clear',
    },
    underMeasure: {
      title: 'Children under a measure',
      caption: 'Children under a measure (OTS or voogdij), by month after the warm-up: a panel per scenario (blue), with the baseline in grey. A line that does not stay flat means the scenario is not in equilibrium and every mean depends on how long one looks. Line: mean over replications; band: 95% confidence interval.',
      axis: 'Children (count)',
    },
    withoutGuardian: {
      title: 'Children without a gezinsvoogd',
      caption: 'Children under a measure who have no gezinsvoogd (yet), by month after the warm-up: a panel per scenario (blue), with the baseline in grey. Line: mean over replications; band: 95% confidence interval.',
      axis: 'Children (count)',
    },
    caseload: {
      title: 'Caseload per gezinsvoogd',
      caption: 'Mean children per gezinsvoogd in post, by month after the warm-up: a panel per scenario (blue), with the baseline in grey. Line: mean over replications; band: 95% confidence interval.',
      axis: 'Caseload (children)',
    },
    sweep: {
      title: (p) => `Effect of ${p}`,
      caption: (p, s) => `Each measure at different values of ${p}, the other parameters as in ${s}. Dot and line: mean over replications; band: 95% confidence interval. Each measure has its own scale, in the unit above its panel.`,
      value: 'Value',
      axis: (unit) => `Mean (${unit})`,
      heldPositions: (p) => `The guardian positions stay the same (${p} FTE, and so their cost): at a lower caseload cap fewer children can have a gezinsvoogd at once, and the rest wait.`,
      heldCapacity: (c, from, to) => `Cap × positions stays the same (${c} children can have a gezinsvoogd at once): the positions grow or shrink with the cap, from ${from} to ${to} FTE, and the cost with them.`,
    },
    millionEuroPerYear: 'million euro per year',
    tornado: {
      title: (m) => `Sensitivity: ${m}`,
      caption: (s) => `Difference from ${s} when one parameter moves to a low or high value and the rest stay the same, with 95% confidence interval. The parameters with the largest effect are on top.`,
      axis: (m) => `Difference in ${m}`,
      low: 'low value',
      high: 'high value',
      parameterAt: (p, v) => `${p} (now ${v})`,
      parameter: 'Parameter',
      setting: 'Setting',
    },
    warmup: {
      title: (sc) => `Warm-up: ${sc}`,
      caption: (n, w) =>
        `Mean over ${n} replications, moving average over ${w} months either side (Welch). From an empty chain (orange) and from the settled start (blue); the vertical lines are MSER-5's truncation points that count (a start-up bias more than noise and not too small; see the table).`,
      years: 'Years from the start',
      start: 'Start',
      empty: 'empty chain',
      settled: 'settled start',
      mser: 'MSER-5 truncation',
      series: 'Series',
    },
    journey: {
      title: (k, p, g, y) => `Family ${k}: ${p} professionals, ${g} gezinsvoogden in ${y} years`,
      caption: 'Each bar is one professional with this family, from first to last involvement, coloured by role. Every new gezinsvoogd is a new face to whom the family tells its story again.',
      axis: 'Time since the first signal (months)',
      professional: 'Professional',
      role: 'Role',
      start: 'Start (month)',
      end: 'End (month)',
      duration: 'Duration (days)',
      event: 'Event',
      eventLane: 'events',
      month: 'Month',
    },
  },
};

export const LABELS: Record<Lang, Labels> = { nl, en };

export function labelsFor(lang: Lang): Labels {
  return LABELS[lang];
}

/** Words for a metric key; unknown keys fall back to the key itself so nothing is dropped. */
export function metricWords(labels: Labels, key: string): MetricWords {
  return labels.metrics[key] ?? { name: key, unit: '', lower: `${key} ↓`, higher: `${key} ↑` };
}
