// The page's own words in Dutch and English; the comparison itself (table, verdicts, charts)
// uses the report's labels (src/report/labels.ts), so it reads as index.html does.

import type { Lang } from '../../src/report/types.js';

export interface Words {
  title: string;
  tagline: string;
  intro: string;
  language: string;
  scenarioHeading: string;
  bundled: string;
  open: string;
  paste: string;
  usePasted: string;
  pastedHint: string;
  customLabel: (file: string) => string;
  problems: string;
  reformsHeading: string;
  reformsIntro: string;
  parametersHeading: string;
  parametersIntro: string;
  changed: (n: number) => string;
  resetAll: string;
  reset: string;
  defaultValue: string;
  inThisScenario: string;
  range: string;
  wholeNumber: string;
  unit: string;
  source: string;
  assumption: string;
  assumptionTitle: string;
  runHeading: string;
  replications: string;
  seed: string;
  workers: (n: number) => string;
  run: string;
  cancel: string;
  progress: (done: number, total: number, seconds: number) => string;
  cancelled: string;
  failed: string;
  comparedWith: (reference: string) => string;
  alone: string;
  resultsHeading: string;
  preview: (done: number, total: number) => string;
  finished: (replications: number, scenarios: number, seconds: number, workers: number) => string;
  downloads: string;
  downloadScenario: string;
  downloadCsv: string;
  downloadSummary: string;
  downloadComparison: string;
  link: string;
  sections: Record<string, string>;
  offline: string;
}

const nl: Words = {
  title: 'jbsim: wat doet een hervorming voor gezinnen?',
  tagline:
    'Een simulatie van de jeugdbeschermingsketen in de browser: geen installatie, geen server, dezelfde getallen als de opdrachtregel.',
  intro:
    'Kies een scenario, zet hervormingen aan of uit, verander parameters en start de simulatie. De pagina vergelijkt het resultaat met de huidige situatie op dezelfde toevalsgetallen (common random numbers) en toont elk verschil met een 95%-betrouwbaarheidsinterval.',
  language: 'Taal',
  scenarioHeading: '1. Scenario',
  bundled: 'Meegeleverd scenario',
  open: 'YAML-bestand openen…',
  paste: 'YAML plakken',
  usePasted: 'Gebruik deze YAML',
  pastedHint:
    'Een bestand dat u opent of plakt, wordt gelezen alsof het in scenarios/foodvalley/ staat: `extends: baseline.yaml` werkt dus.',
  customLabel: (file) => `Eigen bestand: ${file}`,
  problems: 'Het scenario bevat fouten (bestand:regel:kolom):',
  reformsHeading: '2. Hervormingen',
  reformsIntro: 'Zet hervormingen aan of uit; ze zijn te combineren. Hun instellingen staan bij de parameters onder "Reforms".',
  parametersHeading: '3. Parameters',
  parametersIntro:
    'Elke parameter van het model, met eenheid, bereik, standaardwaarde (FoodValley nu), uitleg en bron. "Aanname" betekent: geen bron gevonden, zie docs/calibration.md.',
  changed: (n) => (n === 1 ? '1 parameter veranderd' : `${n} parameters veranderd`),
  resetAll: 'Alles terugzetten',
  reset: 'terugzetten',
  defaultValue: 'standaard',
  inThisScenario: 'in dit scenario',
  range: 'bereik',
  wholeNumber: 'geheel getal',
  unit: 'eenheid',
  source: 'bron',
  assumption: 'aanname',
  assumptionTitle: 'Geen bron gevonden: een aanname, gekalibreerd of beredeneerd in docs/calibration.md',
  runHeading: '4. Simuleren',
  replications: 'Replicaties',
  seed: 'Seed',
  workers: (n) => `${n} ${n === 1 ? 'rekenkern' : 'rekenkernen'}`,
  run: 'Simuleren',
  cancel: 'Stoppen',
  progress: (done, total, seconds) => `${done} van ${total} replicaties klaar (${seconds.toFixed(1)} s)`,
  cancelled: 'Gestopt: er zijn geen resultaten.',
  failed: 'De simulatie is mislukt:',
  comparedWith: (reference) => `Vergeleken met ${reference}, op dezelfde toevalsgetallen.`,
  alone: 'Geen vergelijking: dit is het uitgangspunt zelf.',
  resultsHeading: 'Resultaten',
  preview: (done, total) => `Tussenstand na ${done} van ${total} replicaties (de intervallen worden nog smaller):`,
  finished: (r, s, seconds, w) =>
    `${s} ${s === 1 ? 'scenario' : 'scenario’s'} × ${r} replicaties in ${seconds.toFixed(1)} s op ${w} ${w === 1 ? 'rekenkern' : 'rekenkernen'}.`,
  downloads: 'Downloaden',
  downloadScenario: 'scenario (YAML)',
  downloadCsv: 'resultaten (CSV)',
  downloadSummary: 'samenvatting (JSON)',
  downloadComparison: 'vergelijking (JSON)',
  link: 'Link naar deze simulatie',
  sections: {
    region: 'Regio: gemeenten en hun cijfers',
    family: 'Gezinnen',
    entry: 'Instroom: signalen en terugkeer',
    veiligThuis: 'Veilig Thuis',
    localTeam: 'Lokaal team (wijkteam)',
    jbt: 'Jeugdbeschermingstafel (JBT)',
    rvdk: 'Raad voor de Kinderbescherming (RvdK)',
    court: 'Kinderrechter',
    gi: 'Gecertificeerde instellingen (GI)',
    guardians: 'Gezinsvoogden (jeugdbeschermers)',
    providers: 'Jeugdhulpaanbieders',
    reforms: 'Hervormingen (reforms)',
    simulation: 'Simulatie',
  },
  offline: 'Deze pagina is één bestand: bewaar het en open het zonder internet.',
};

const en: Words = {
  title: 'jbsim: what would a reform do for families?',
  tagline: 'A simulation of the Dutch youth protection chain in the browser: no install, no server, the same numbers as the command line.',
  intro:
    'Pick a scenario, switch reforms on or off, change parameters and run the simulation. The page compares the result with today’s chain on the same random numbers (common random numbers) and shows every difference with a 95% confidence interval.',
  language: 'Language',
  scenarioHeading: '1. Scenario',
  bundled: 'Bundled scenario',
  open: 'Open a YAML file…',
  paste: 'Paste YAML',
  usePasted: 'Use this YAML',
  pastedHint: 'A file you open or paste is read as if it were in scenarios/foodvalley/, so `extends: baseline.yaml` works.',
  customLabel: (file) => `Your file: ${file}`,
  problems: 'The scenario has mistakes (file:line:column):',
  reformsHeading: '2. Reforms',
  reformsIntro: 'Switch reforms on or off; they combine. Their settings are with the parameters under "Reforms".',
  parametersHeading: '3. Parameters',
  parametersIntro:
    'Every parameter of the model, with its unit, range, default (FoodValley today), meaning and source. "Assumption" means no source was found: see docs/calibration.md.',
  changed: (n) => (n === 1 ? '1 parameter changed' : `${n} parameters changed`),
  resetAll: 'Reset all',
  reset: 'reset',
  defaultValue: 'default',
  inThisScenario: 'in this scenario',
  range: 'range',
  wholeNumber: 'whole number',
  unit: 'unit',
  source: 'source',
  assumption: 'assumption',
  assumptionTitle: 'No source found: an assumption, calibrated or reasoned in docs/calibration.md',
  runHeading: '4. Simulate',
  replications: 'Replications',
  seed: 'Seed',
  workers: (n) => `${n} ${n === 1 ? 'core' : 'cores'}`,
  run: 'Simulate',
  cancel: 'Stop',
  progress: (done, total, seconds) => `${done} of ${total} replications done (${seconds.toFixed(1)} s)`,
  cancelled: 'Stopped: there are no results.',
  failed: 'The simulation failed:',
  comparedWith: (reference) => `Compared with ${reference}, on the same random numbers.`,
  alone: 'No comparison: this is the reference itself.',
  resultsHeading: 'Results',
  preview: (done, total) => `So far, after ${done} of ${total} replications (the intervals will narrow):`,
  finished: (r, s, seconds, w) =>
    `${s} scenario${s === 1 ? '' : 's'} × ${r} replications in ${seconds.toFixed(1)} s on ${w} ${w === 1 ? 'core' : 'cores'}.`,
  downloads: 'Download',
  downloadScenario: 'scenario (YAML)',
  downloadCsv: 'results (CSV)',
  downloadSummary: 'summary (JSON)',
  downloadComparison: 'comparison (JSON)',
  link: 'Link to this simulation',
  sections: {
    region: 'Region: municipalities and their rates',
    family: 'Families',
    entry: 'Entry: signals and re-entry',
    veiligThuis: 'Veilig Thuis (VT)',
    localTeam: 'Local team (LT)',
    jbt: 'Jeugdbeschermingstafel (JBT)',
    rvdk: 'Child Protection Board (RvdK)',
    court: 'Juvenile court',
    gi: 'Certified institutions (GI)',
    guardians: 'Guardians (gezinsvoogden)',
    providers: 'Help providers',
    reforms: 'Reforms',
    simulation: 'Simulation',
  },
  offline: 'This page is one file: save it and open it without internet.',
};

export function wordsFor(lang: Lang): Words {
  return lang === 'en' ? en : nl;
}
