// writeReport end to end on a fixture: the files it promises, atomic writes, and user text (a
// scenario named <script>alert(1)</script>) shown as text everywhere: page, inlined JSON, Markdown.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { tempDir } from '../helpers/tempDirs.js';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { costTable } from '../../src/report/costs.js';
import { headlineTable, metricOf, missingNote } from '../../src/report/headline.js';
import { writeReport } from '../../src/report/index.js';
import { labelsFor } from '../../src/report/labels.js';
import { escapeHtml, escapeMarkdown, headlineTableHtml } from '../../src/report/markup.js';
import { summaryMarkdown } from '../../src/report/markdown.js';
import { costTableHtml } from '../../src/report/tables.js';
import { HOSTILE_NAME, STANDARD_SCENARIOS, makeFixture } from './fixtures.js';
import { defined } from '../helpers/defined.js';
import { loadScenario } from '../../src/node/scenarioFiles.js';

const CHARTS = ['differences', 'handovers', 'handovers-distribution', 'guardian-changes', 'professionals', 'waits', 'children-under-measure', 'children-without-guardian', 'caseload', 'cost-effect'];
/** The chain diagram of the baseline beside each reform (file stems from the scenario names). */
const chains = (names: string[]) => names.map((n) => `chain-${n.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').toLowerCase() || 'scenario'}`);

async function hostileReport(lang: 'nl' | 'en' = 'nl') {
  const { summaries, comparison } = makeFixture([
    ...STANDARD_SCENARIOS,
    { name: HOSTILE_NAME, description: 'ends a script: </script><img src=x onerror=alert(2)> & "quotes"', effect: { coldHandoversPerFamily: 1.3 } },
  ]);
  const base = defined(summaries[0], 'the baseline summary');
  base.provenance = { note: '</script><script>alert(3)</script>' };
  // counted per family: the families of the window's first half, followed 8 years after it
  base.cohortDays = base.horizonDays / 2;
  base.followUpDays = 8 * 365.25;
  const out = tempDir('report');
  // every scenario at the bundled baseline's values (and so its price of a help provider)
  const values = loadScenario('scenarios/foodvalley/baseline.yaml').scenario;
  const scenarioValues = Object.fromEntries(summaries.map((x) => [x.scenario.name, values]));
  const files = await writeReport(out, { summaries, comparison, scenarioValues, scenarioDiffs: { [HOSTILE_NAME]: [{ path: 'guardians.adminShare', baseline: 0.38, value: '<b>0.2</b>' }] } }, { lang });
  return { out, files, html: readFileSync(join(out, 'index.html'), 'utf8'), md: readFileSync(join(out, 'summary.md'), 'utf8') };
}

describe('writeReport', () => {
  let report: Awaited<ReturnType<typeof hostileReport>>;
  beforeAll(async () => {
    report = await hostileReport();
  }, 120_000);

  it('writes index.html, summary.md and every chart as spec, SVG and PNG, and says so', () => {
    const { out, files } = report;
    const reforms = [...STANDARD_SCENARIOS.slice(1).map((s) => s.name), HOSTILE_NAME];
    const expected = ['index.html', 'summary.md', ...CHARTS.flatMap((c) => [`charts/${c}.vl.json`, `charts/${c}.svg`, `charts/${c}.png`]), ...chains(reforms).flatMap((c) => [`charts/${c}.svg`, `charts/${c}.png`])];
    expect(files.map((f) => f.slice(out.length + 1)).sort()).toEqual(expected.sort());
    for (const f of files) expect(existsSync(f), f).toBe(true);
    // nothing half-written left behind
    expect(readdirSync(join(out, 'charts')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(readdirSync(out).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('says in the families section which families the figures per family are of', () => {
    const labels = labelsFor('nl');
    const base = defined(makeFixture(STANDARD_SCENARIOS).summaries[0], 'the baseline summary');
    const years = (days: number) => (Math.round((days / 365.25) * 10) / 10).toString().replace('.', ',');
    const note = labels.comparison.cohort(years(base.horizonDays / 2), years(base.horizonDays), '8', years(base.horizonDays / 2 + 8 * 365.25), false);
    const families = defined(report.html.split('id="families"')[1], 'the families section').split('<section')[0]!;
    expect(families).toContain(note);
  });

  it('shows a hostile scenario name and description as text in the page', () => {
    const { html } = report;
    expect(html).not.toContain('<script>alert(');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;');
    // exactly four scripts: the chart data, vega, its expression interpreter, the embed
    expect(html.match(/<script\b/g)).toHaveLength(4);
    expect(html.match(/<\/script>/g)).toHaveLength(4);
    const data = defined(/<script type="application\/json" id="jbsim-charts">([\s\S]*?)<\/script>/.exec(html)?.[1], 'the chart data');
    expect(data).not.toMatch(/<\/?script|<!--/i);
    expect(JSON.stringify(JSON.parse(data))).toContain(HOSTILE_NAME);
  });

  it('allows no remote code, no eval and no fetching in the page', () => {
    const { html } = report;
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)![1];
    expect(csp).toContain("default-src 'none'");
    // vega-interpreter evaluates the chart expressions, so no code is compiled in the page
    expect(csp).not.toContain("'unsafe-eval'");
    expect(csp).not.toContain("'wasm-unsafe-eval'");
    expect(html).toContain('new vega.View(vega.parse(spec, null, { ast: true }), { expr: vegaInterpreter');
    expect(csp).not.toMatch(/https?:|\*/);
    expect(html).not.toMatch(/<script[^>]+src=/);
    expect(html).not.toMatch(/<link[^>]+href=/);
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
  });

  it('says in the summary where the money comes from when help providers carry the difference', () => {
    const { md } = report;
    // less administration: € 1,2 mln less a year, 178 fewer providers at € 10.000 a year each
    expect(md).toMatch(/- Minder administratie: .* € 1,2 mln per jaar minder \(95%-BI [^)]*\), vooral door minder hulpverleners \(−178 trajectjaren per jaar\)/);
    expect(md).toMatch(/\| Hulpverleners \(trajectjaren per jaar\) \|/);
  });

  it('shows a hostile scenario name as text in summary.md', () => {
    const { md } = report;
    expect(md).not.toContain('<script>');
    expect(md).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('writes the page in English when asked, with the domain terms kept', async () => {
    const { html } = await hostileReport('en');
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('Summary');
    expect(html).toContain('Costs beside effects');
    expect(html).toContain('gezinsvoogd');
    expect(html).toContain('Glossary');
  });

  it('still writes a report for the baseline alone, and for summaries without distributions or series', async () => {
    const alone = makeFixture(STANDARD_SCENARIOS.slice(0, 1));
    const out = tempDir('report');
    const files = await writeReport(out, alone, { lang: 'nl' });
    expect(files.some((f) => f.endsWith('differences.svg'))).toBe(false);
    expect(files.some((f) => f.endsWith('caseload.svg'))).toBe(true);

    const bare = makeFixture(STANDARD_SCENARIOS.slice(0, 3));
    for (const s of bare.summaries) {
      s.distributions = {};
      s.series = {};
    }
    const names = (await writeReport(tempDir('report'), bare, { lang: 'en' })).map((f) => f.split('/').pop());
    expect(names).toContain('differences.png');
    expect(names).not.toContain('guardian-changes.png');
    expect(names).not.toContain('caseload.png');
  });

  it('refuses a comparison whose baseline has no summary', async () => {
    const { summaries, comparison } = makeFixture(STANDARD_SCENARIOS);
    await expect(writeReport(tempDir('report'), { summaries: summaries.slice(1), comparison }, { lang: 'nl' })).rejects.toThrow(/baseline/);
  });
});

describe('a measure a scenario does not have', () => {
  it('shows a dash and no interval, not "95%-BI – tot –"', () => {
    const { summaries, comparison } = makeFixture(STANDARD_SCENARIOS.slice(0, 2));
    const reform = Object.keys(comparison.scenarios)[0]!;
    // one organisation has no youth protection table: its wait there has no data
    comparison.scenarios[reform]!['waitDays.JBT'] = { baseline: 4.4, scenario: NaN, difference: NaN, ci95: [NaN, NaN], relativeChange: null, significant: false };
    const labels = labelsFor('nl');
    const table = headlineTable(labels, summaries, comparison, ['waitDays.JBT']);
    const cell = table.rows.find((r) => r.scenario === reform)!.cells[0]!;
    expect([cell.valueText, cell.difference, cell.intervalText]).toEqual(['–', null, '']);
    expect(headlineTableHtml(labels, table, 'waits')).not.toContain('95%-BI –');
  });

  // the cost table's '–' is explained in its note as no clear difference; an outcome table's dash
  // is a value no replication measured, and says so under the table that has one
  const withoutTable = () => {
    const fixture = makeFixture(STANDARD_SCENARIOS.slice(0, 2));
    const reform = Object.keys(fixture.comparison.scenarios)[0]!;
    fixture.comparison.scenarios[reform]!['waitDays.JBT'] = { baseline: 4.4, scenario: NaN, difference: NaN, ci95: [NaN, NaN], relativeChange: null, significant: false };
    defined(metricOf(fixture.summaries[1], 'waitDays.JBT'), "the reform's wait at the table").mean = NaN;
    return fixture;
  };

  for (const lang of ['nl', 'en'] as const) {
    it(`says what the dash means under the waits in summary.md and index.html, and only there (${lang})`, async () => {
      const labels = labelsFor(lang);
      const w = labels.comparison;
      const note = w.missingValue.link;
      const { summaries, comparison } = withoutTable();
      const md = summaryMarkdown(labels, summaries, comparison, '0.1.0');
      const sections = md.split(/\n(?=###? )/);
      const section = (heading: string) => defined(sections.find((x) => x.startsWith(`### ${heading}\n`)), heading);
      expect(section(w.sections.waits)).toContain(`_${escapeMarkdown(note)}_`);
      for (const other of [w.sections.families, w.sections.guardian, w.sections.causes]) expect(section(other)).not.toContain(escapeMarkdown(note));
      // and nothing where no cell has a dash
      const whole = makeFixture(STANDARD_SCENARIOS.slice(0, 2));
      expect(summaryMarkdown(labels, whole.summaries, whole.comparison, '0.1.0')).not.toContain(escapeMarkdown(note));

      const out = tempDir('report');
      await writeReport(out, withoutTable(), { lang });
      const html = readFileSync(join(out, 'index.html'), 'utf8');
      const waits = html.slice(html.indexOf('id="table-waits"'));
      expect(waits.slice(waits.indexOf('</table>'), waits.indexOf('</section>'))).toContain(escapeHtml(note));
      expect(html.split(escapeHtml(note))).toHaveLength(2);
    }, 60_000);
  }

  it('says a dash elsewhere is a value never measured, not a link no family reached', () => {
    const labels = labelsFor('nl');
    const { summaries, comparison } = withoutTable();
    const reform = Object.keys(comparison.scenarios)[0]!;
    comparison.scenarios[reform]!.timeFromRulingToGuardianDays = { baseline: 60, scenario: NaN, difference: NaN, ci95: [NaN, NaN], relativeChange: null, significant: false };
    expect(missingNote(labels, headlineTable(labels, summaries, comparison, ['waitDays.JBT']))).toBe(labels.comparison.missingValue.link);
    expect(missingNote(labels, headlineTable(labels, summaries, comparison, ['timeFromRulingToGuardianDays', 'waitDays.JBT']))).toBe(labels.comparison.missingValue.other);
    expect(missingNote(labels, headlineTable(labels, summaries, comparison, ['waitDays.GI']))).toBeNull();
  });
});

describe('the cost table', () => {
  it('totals the FTE of every role once: guardians in induction are among the guardians in post', () => {
    const labels = labelsFor('en');
    const { summaries, comparison } = makeFixture(STANDARD_SCENARIOS);
    const table = costTable(labels, summaries, comparison);
    const base = defined(
      table.rows.find((r) => r.isBaseline),
      'the baseline row',
    );
    // the fixture's baseline: guardians 27 (of whom 1.2 in induction), local team 30, investigators
    // 10.3, Veilig Thuis 5, replacements 0.7, no administrative support
    expect(base.totalFte).toBe('73.0');
  });

  it('heads the guardians in induction as a part of the guardians, not as extra staff', () => {
    const { summaries, comparison } = makeFixture(STANDARD_SCENARIOS);
    // a reform with more guardians, more of them in induction
    const reform = defined(summaries[1], 'a reform');
    reform.metrics.fte = { ...reform.metrics.fte, guardian: { ...reform.metrics.fte.guardian, mean: 41.4 }, guardianInInduction: { ...reform.metrics.fte.guardianInInduction, mean: 1.9 } };
    for (const [lang, part, whole] of [['nl', 'waarvan in inwerkperiode', 'gezinsvoogd in inwerkperiode'], ['en', 'of which in induction', 'gezinsvoogd in induction']] as const) {
      const table = costTable(labelsFor(lang), summaries, comparison);
      expect(table.roleNames.slice(0, 2)).toEqual(['gezinsvoogd', part]);
      const html = costTableHtml(labelsFor(lang), table);
      expect(html).toContain(`<th scope="col">${part}</th>`);
      expect(html).not.toContain(whole);
    }
  });

  it('writes the unit of the staff columns once, and each cost with its difference beneath', () => {
    const { summaries, comparison } = makeFixture(STANDARD_SCENARIOS);
    const labels = labelsFor('nl');
    const table = costTable(labels, summaries, comparison);
    const html = costTableHtml(labels, table);
    expect(html.match(/<small>fte<\/small>/g)).toHaveLength(1);
    expect(html).toContain(`<th scope="colgroup" colspan="${table.roleNames.length + 1}">Ingezette formatie<small>fte</small></th>`);
    const row = defined(table.rows.find((r) => r.scenario === 'Minder administratie'), 'less administration');
    const less = row.difference;
    expect(less).not.toBeNull();
    expect(html).toContain(`<td class="better"><span class="value">${row.perYear}</span><span class="diff">${less?.text}</span><span class="ci">${less?.interval}</span></td>`);
  });

  it('has a column for the help providers in use, the main part of the cost', () => {
    const { summaries, comparison } = makeFixture(STANDARD_SCENARIOS);
    for (const [lang, base, less, heading] of [['nl', '1.775', '1.598', 'Hulpverleners<small>trajectjaren per jaar'], ['en', '1,775', '1,598', 'Help providers<small>provider-years a year']] as const) {
      const table = costTable(labelsFor(lang), summaries, comparison);
      expect(table.providers).toBe(true);
      expect(table.rows.find((r) => r.isBaseline)!.providers).toEqual({ value: base, difference: '', tone: 'none' });
      // less administration: 10% fewer providers, clearly
      expect(table.rows.find((r) => r.scenario === 'Minder administratie')!.providers).toEqual({ value: less, difference: '−178', tone: 'less' });
      expect(costTableHtml(labelsFor(lang), table)).toContain(heading);
    }
  });
});
