// The Dutch report speaks Dutch: no English word and no parameter path in its visible text (the
// page, the text in its charts, and summary.md), apart from the scenario names a user wrote and
// the technical identifiers set in code type (file names, fingerprints, the command). The bundled
// scenarios are loaded as they are, so every reform's parameters, titles and descriptions are
// worded as a reader sees them; the numbers are a rendering fixture.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { scenarioDifferences } from '../../src/experiment/diff.js';
import { loadScenarios } from '../../src/node/index.js';
import { HEADLINE_METRICS } from '../../src/experiment/metrics.js';
import { writeReport, writeWarmupReport } from '../../src/report/index.js';
import { labelsFor } from '../../src/report/labels.js';
import { labelledNames, uncertaintyMarkdown } from '../../src/report/uncertainty.js';
import { uncertaintySection } from '../../src/report/uncertaintyPage.js';
import { knownUnit } from '../../src/report/parameterWords.js';
import { scenarioSchema } from '../../src/scenario/schema.js';
import { allKeyPaths, metaOf, schemaAt } from '../../src/scenario/schemaWalk.js';
import { makeFixture, type FixtureScenario } from './fixtures.js';
import { makeUncertainty } from './uncertaintyFixture.js';
import { tempDir } from '../helpers/tempDirs.js';
import { jbtStep, replicationsWith, study } from '../helpers/warmupStudies.js';

/**
 * English words that are not also Dutch words (so "is", "in", "over", "week", "team", "model",
 * "interval", "warm", "link", "was", "of" and "per" are left out): the function words of English
 * prose and the words of this domain, as they would leak from code, the schema or the experiment
 * layer. A word on this list in the Dutch report is an untranslated text.
 */
const ENGLISH = new Set(
  `the and to with for from by on are be been it its or not no this that these those which what when where how each every all only still also but if then than
  same other under into out up down new old first more less fewer lower higher better worse clear clearly unclear none yes total
  handover handovers family families child children guardian guardians wait waits waiting day days year years month months hours visit visits
  cost costs share shares assumption assumptions source sources baseline settled unsettled measure measures mean difference cold chart charts
  value values unit units staff providers provider court judge investigation investigations time local help people cap between
  replication replications equal rise rises fall falls busy queue grow growing reform reforms today saved avoided price prices their`.split(/\s+/),
);

/** Words that look English or technical but belong in a Dutch report (names, terms of the trade, formats). */
const GLOSSARY = new Set(['caseload', 'seed', 'kaplan', 'meier', 'fieller', 'png', 'svg', 'vega', 'lite', 'jbsim', 'utc', 'sha', 'foodvalley', 'jugendamt', 'et', 'al', 'fnv']);

/** The schema's section names: a dotted path that starts with one is a parameter path. */
const SECTIONS = ['region', 'family', 'entry', 'veiligThuis', 'localTeam', 'jbt', 'rvdk', 'court', 'gi', 'guardians', 'providers', 'costs', 'reforms', 'simulation'];
const PATH = new RegExp(`\\b(${SECTIONS.join('|')})(\\.[A-Za-z]+|\\[\\d+\\])+`);
/** camelCase identifiers (caseloadCapChildren, wallSeconds): never Dutch prose. */
const CAMEL = /\b[a-z]+[A-Z][A-Za-z]*\b/;

function decodeEntities(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

/** What a reader of the page sees: its text outside scripts, styles and code, and the text in its chart images. */
function visibleText(html: string): string {
  const charts = [...html.matchAll(/src="data:image\/svg\+xml;base64,([^"]+)"/g)].map((m) => Buffer.from(m[1]!, 'base64').toString('utf8'));
  const chartText = charts.flatMap((svg) => [...svg.matchAll(/<text[^>]*>([\s\S]*?)<\/text>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, ''))).join('\n');
  const page = html
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<code>[\s\S]*?<\/code>/g, ' ')
    // inline markup joins what it marks up; every other tag separates
    .replace(/<\/?(strong|em|b|a)\b[^>]*>/g, '')
    .replace(/<[^>]+>/g, ' ');
  return decodeEntities(`${page}\n${chartText}`);
}

interface Leak {
  word: string;
  context: string;
}

/** English words, parameter paths and identifiers in `text`, with where they are. */
function leaks(text: string, userNames: readonly string[]): Leak[] {
  let clean = text;
  for (const name of userNames) clean = clean.split(name).join(' ');
  const found: Leak[] = [];
  const context = (i: number) => clean.slice(Math.max(0, i - 50), i + 50).replace(/\s+/g, ' ');
  for (const m of clean.matchAll(/[A-Za-zÀ-ÿ]+(?:[-'’][A-Za-zÀ-ÿ]+)*/g)) {
    const word = m[0].toLowerCase();
    if (GLOSSARY.has(word)) continue;
    if (ENGLISH.has(word) || CAMEL.test(m[0])) found.push({ word: m[0], context: context(m.index!) });
  }
  for (const m of clean.matchAll(new RegExp(PATH, 'g'))) found.push({ word: m[0], context: context(m.index!) });
  return found;
}

/** Parameters the made-up uncertainty analysis varies: a reform's own, the contact feedback, staffing. */
const UNCERTAIN = ['reforms.guardianDuos.coordinationHoursPerFamilyPerMonth', 'gi.extensionContactElasticity', 'guardians.adminShare', 'guardians.turnoverRatePerYear', 'reforms.prevention.compulsoryNeedReduction'];

describe('the Dutch report', () => {
  let html = '';
  let markdown = '';
  let fewWorlds = '';
  let names: string[] = [];

  beforeAll(async () => {
    const loaded = loadScenarios(['scenarios/foodvalley'], []);
    names = loaded.map((l) => l.scenario.name);
    // every bundled scenario, with its own title and description and some effect, one not settled
    const scenarios: FixtureScenario[] = loaded.map((l, i) => ({
      name: l.scenario.name,
      title: l.scenario.title,
      description: l.scenario.description,
      effect: i === 0 ? {} : ({ coldHandoversPerFamily: 1 - 0.05 * i, childrenWithoutGuardian: i % 2 ? 0.5 : 1.6, visitIntervalDays: 0.8, costPerYearEuro: i % 3 ? 1.05 : 0.94, 'fte.guardian': 1 + 0.03 * i } as Record<string, number>),
      unsettled: l.scenario.name === 'guardian-duos',
    }));
    const { summaries, comparison } = makeFixture(scenarios);
    const out = tempDir('language');
    const values = Object.fromEntries(loaded.map((l) => [l.scenario.name, l.scenario]));
    // an uncertainty analysis with enough worlds for drivers and what to measure first
    const story = (samples: number) =>
      makeUncertainty({
        scenarios: names,
        parameters: UNCERTAIN,
        metrics: [...HEADLINE_METRICS],
        samples,
        effect: (reform, metric) => [names.indexOf(reform) % 3 === 0 ? 0.5 : -1, (names.indexOf(reform) + metric.length) % UNCERTAIN.length, 1],
      });
    await writeReport(out, { summaries, comparison, scenarioDiffs: scenarioDifferences(loaded, 'baseline'), scenarioValues: values, uncertainty: story(30) }, { lang: 'nl' });
    html = readFileSync(join(out, 'index.html'), 'utf8');
    markdown = readFileSync(join(out, 'summary.md'), 'utf8');
    // and the section of a quick exploration, too few worlds to tell the parameters apart
    const labels = labelsFor('nl');
    const few = story(6);
    fewWorlds = `${uncertaintySection(labels, few, [], 'charts/', labelledNames(labels)).html}\n${uncertaintyMarkdown(labels, few)}`;
  }, 180_000);

  it('has no English words or parameter paths in its page or its charts', () => {
    const text = visibleText(html);
    // the scan reads the page: its summary, its tables, its caveats and its chart axes
    expect(text).toMatch(/Samenvatting/);
    expect(text).toMatch(/Gezinsvoogden in duo's \(in de waargenomen jaren\): minder kinderen zonder gezinsvoogd/);
    expect(text).toMatch(/Niet stabiel: GI Jeugdbescherming Gelderland/);
    expect(text).toMatch(/Niet stabiel: GI Jeugdbescherming Gelderland/);
    expect(text).toMatch(/Overlegtijd in het duo/);
    expect(text).toMatch(/Verschil met het basisscenario \(per gezin\)/);
    // the uncertainty section, its tornado charts and the drivers in the caveats
    expect(text).toMatch(/Onzekerheid over de aannames/);
    expect(text).toMatch(/Wat het effect van .* bepaalt/);
    expect(text).toMatch(/Wat eerst meten/);
    expect(text).toMatch(/Uit de onzekerheidsanalyse \(30 plausibele werelden\)/);
    expect(leaks(text, names)).toEqual([]);
  });

  it('has no English words or parameter paths in the section of a quick exploration', () => {
    const text = visibleText(fewWorlds).replace(/`[^`]*`/g, ' ');
    expect(text).toMatch(/Wat ze niet kunnen zeggen/);
    expect(leaks(text, names)).toEqual([]);
  });

  it('has no English words or parameter paths in summary.md', () => {
    const text = markdown.replace(/`[^`]*`/g, ' ');
    expect(text).toMatch(/### Samenvatting/);
    expect(text).toMatch(/### Aannames en kanttekeningen/);
    expect(text).toMatch(/### Onzekerheid over de aannames/);
    expect(leaks(text, names)).toEqual([]);
  });

  it('would catch an English sentence, a parameter path and an identifier', () => {
    expect(leaks('Guardians spend less of their time on administration.', []).map((l) => l.word)).toEqual(['Guardians', 'less', 'their', 'time', 'on']);
    expect(leaks('zie gi.institutions[0].guardianPositions', []).map((l) => l.word)).toContain('gi.institutions[0].guardianPositions');
    expect(leaks('rekentijd wallSeconds', []).map((l) => l.word)).toEqual(['wallSeconds']);
    expect(leaks('Kinderen zonder gezinsvoogd (per gezin): minder koude overdrachten bij vertrek', [])).toEqual([]);
    expect(leaks('guardian-duos', ['guardian-duos'])).toEqual([]);
  });
});

describe('the Dutch warm-up page', () => {
  it('has no English words or parameter paths, with a cut too small, one that counts and a series at its limit', async () => {
    const out = tempDir('language-warmup');
    const climbing = replicationsWith('climb', 'waitDays.GI', (t, rng) => 10 + 0.05 * t + 0.1 * rng());
    // settled: the table's wait a little high for 40 months (0.3%: too small); empty: the GI's wait still climbing
    await writeWarmupReport(out, study(jbtStep('settled', 0.03), undefined, climbing), { lang: 'nl' });
    const text = visibleText(readFileSync(join(out, 'warmup.html'), 'utf8'));
    expect(text).toMatch(/Vanaf een lege keten komen de reeksen pas na minstens 5 jaar tot rust/);
    expect(text).toMatch(/dat telt niet mee/);
    expect(text).toMatch(/Afkappunten per reeks/);
    expect(leaks(text, ['x'])).toEqual([]);
  }, 60_000);
});

describe('units in words', () => {
  it('has Dutch and English words for every unit the schema uses', () => {
    const units = new Set<string>();
    for (const path of allKeyPaths(scenarioSchema)) {
      const s = schemaAt(scenarioSchema, path.map((p) => (p === '[]' ? 0 : p)));
      const unit = s === undefined ? undefined : metaOf(s).unit;
      if (unit !== undefined) units.add(unit);
    }
    expect(units.size).toBeGreaterThan(10);
    expect([...units].filter((u) => !knownUnit(u))).toEqual([]);
  });
});
