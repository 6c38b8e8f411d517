/// <reference lib="dom" />
// The report as its readers see it: opened from disk in Chromium, every chart drawn live with
// marks and tooltips, no console errors, nothing fetched, a hostile scenario name inert. Leaves
// screenshots in tests/.artifacts/ to look at. Browser work gets two minutes: CI runners are slow.

import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeJourneyReport, writeReport } from '../../src/report/index.js';
import { launchChromium, liveMarks, openFile, waitForCharts } from './browser.js';
import { type FixtureScenario, HOSTILE_NAME, STANDARD_SCENARIOS, makeFixture, makeJourney } from './fixtures.js';
import { makeUncertainty } from './uncertaintyFixture.js';

const ARTIFACTS = resolve('tests/.artifacts');

const BROWSER_TIMEOUT = 120_000;

describe('the report in a browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  }, BROWSER_TIMEOUT);

  it('draws every chart with tooltips, lists every scenario and runs no injected script', async () => {
    const scenarios = [...STANDARD_SCENARIOS, { name: HOSTILE_NAME, description: '</script><img src=x onerror=alert(2)>', effect: { coldHandoversPerFamily: 1.3 } }];
    const { summaries, comparison } = makeFixture(scenarios);
    const out = join(ARTIFACTS, 'report');
    await writeReport(out, { summaries, comparison, scenarioDiffs: { 'Gezinsvoogden in duo’s': [{ path: 'reforms.guardianDuos.enabled', baseline: false, value: true }] } }, { lang: 'nl' });
    const { page, problems } = await openFile(browser, join(out, 'index.html'));

    expect(await waitForCharts(page)).toBe(10);
    const marks = await liveMarks(page);
    for (const [chart, count] of Object.entries(marks)) expect(count, chart).toBeGreaterThan(3);

    // the summary has a paragraph per reform, the unsettled one marked; the chain is drawn for each reform
    expect(await page.locator('#summary .reform').count()).toBe(scenarios.length - 1);
    expect(await page.locator('#summary .reform.unsettled .warning').count()).toBe(1);
    const chains = await page.locator('figure.chain img').evaluateAll((imgs) => imgs.map((i) => (i as HTMLImageElement).naturalWidth));
    expect(chains).toHaveLength(scenarios.length - 1);
    for (const w of chains) expect(w).toBeGreaterThan(400);

    const rows = await page.locator('#table-headline tbody tr').allInnerTexts();
    expect(rows).toHaveLength(scenarios.length);
    const names = await page.locator('#table-headline tbody th[scope=row]').allInnerTexts();
    expect(names.some((n) => n.includes(HOSTILE_NAME))).toBe(true);

    // the last bar of the handover chart belongs to the hostile scenario
    const bar = page.locator('[data-chart="handovers"] svg g.role-mark > path').last();
    // scroll first: the page hides the tooltip on scroll, and hover() would scroll
    await bar.scrollIntoViewIfNeeded();
    await page.waitForTimeout(200);
    await bar.hover();
    await page.waitForFunction(() => {
      const tip = document.querySelector<HTMLElement>('.jb-tooltip');
      return tip !== null && !tip.hidden && tip.textContent !== '';
    });
    const tip = await page.evaluate(() => {
      const el = document.querySelector<HTMLElement>('.jb-tooltip')!;
      return { text: el.textContent ?? '', html: el.innerHTML, box: el.getBoundingClientRect().toJSON() as DOMRect };
    });
    expect(tip.text).toContain(HOSTILE_NAME);
    expect(tip.html).toContain('&lt;script&gt;');
    expect(tip.box.width).toBeGreaterThan(40);
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'report-tooltip.png') });

    // moving off the marks hides it again
    await page.mouse.move(5, 5);
    await page.waitForFunction(() => document.querySelector<HTMLElement>('.jb-tooltip')!.hidden);

    await page.screenshot({ path: join(ARTIFACTS, 'report.png'), fullPage: true });
    expect(problems).toEqual([]);
  }, BROWSER_TIMEOUT);

  it('draws the uncertainty section live: the effects over plausible worlds and a tornado per reform', async () => {
    const { summaries, comparison } = makeFixture(STANDARD_SCENARIOS);
    const names = summaries.map((x) => x.scenario.name);
    const uncertainty = makeUncertainty({
      scenarios: [comparison.baseline, ...names.filter((n) => n !== comparison.baseline)],
      parameters: ['gi.extensionContactElasticity', 'guardians.adminShare', 'guardians.turnoverRatePerYear'],
      metrics: ['coldHandoversPerFamily', 'waitDays.GI', 'childrenWithoutGuardian'],
      samples: 30,
      effect: (reform, metric) => [-1, (reform.length + metric.length) % 3, 2],
    });
    const out = join(ARTIFACTS, 'report-uncertainty');
    await writeReport(out, { summaries, comparison, uncertainty }, { lang: 'nl' });
    const { page, problems } = await openFile(browser, join(out, 'index.html'));
    await waitForCharts(page);
    const reforms = names.length - 1;
    expect(await page.locator('#uncertainty [data-chart]').count()).toBe(1 + reforms);
    const marks = await liveMarks(page);
    expect(marks['uncertainty-effects']).toBeGreaterThan(30 * reforms);
    for (const [chart, count] of Object.entries(marks)) expect(count, chart).toBeGreaterThan(3);
    await page.locator('#uncertainty').screenshot({ path: join(ARTIFACTS, 'report-uncertainty.png') });
    expect(problems).toEqual([]);
  }, BROWSER_TIMEOUT);

  it('fits the cost table, its last column too, in a 1,100-pixel window', async () => {
    // as many staff columns as the bundled FoodValley comparison has: reforms that change the
    // guardians, their induction and replacements, Veilig Thuis and administrative support
    const wide: FixtureScenario[] = [
      ...STANDARD_SCENARIOS.slice(0, 2),
      { name: 'Caseload van 12', description: 'Hoogstens 12 kinderen per gezinsvoogd, met de formatie erbij.', effect: { 'fte.guardian': 1.52, 'fte.guardianInInduction': 1.5, 'fte.replacement': 2, costPerYearEuro: 1.016 } },
      { name: 'Eén organisatie', description: 'Eén organisatie doet alles.', effect: { 'fte.veiligThuis': 0, providersActive: 0.93, costPerYearEuro: 0.94 } },
      ...STANDARD_SCENARIOS.slice(3),
    ];
    const { summaries, comparison } = makeFixture(wide);
    const out = join(ARTIFACTS, 'report-narrow');
    await writeReport(out, { summaries, comparison }, { lang: 'nl' });
    const { page, problems } = await openFile(browser, join(out, 'index.html'), { width: 1100, height: 900 });
    const wrap = page.locator('#table-costs').locator('xpath=..');
    const { scroll, client } = await wrap.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
    expect(scroll).toBeLessThanOrEqual(client);
    await wrap.screenshot({ path: join(ARTIFACTS, 'report-costs-1100.png') });
    expect(problems).toEqual([]);
  }, BROWSER_TIMEOUT);

  it('keeps the static charts when scripts do not run', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`file://${join(ARTIFACTS, 'report', 'index.html')}`);
    const images = await page.locator('[data-chart] img').evaluateAll((imgs) => imgs.map((i) => (i as HTMLImageElement).naturalWidth));
    expect(images).toHaveLength(10);
    for (const w of images) expect(w).toBeGreaterThan(100);
    await context.close();
  }, BROWSER_TIMEOUT);

  it('draws a family journey and its event log parses as XML', async () => {
    const out = join(ARTIFACTS, 'journey');
    const journey = makeJourney();
    await writeJourneyReport(out, { scenario: HOSTILE_NAME, caseId: 27, seed: 1, replication: 0, ...journey, reason: 'most guardian changes' }, { lang: 'en' });
    const { page, problems } = await openFile(browser, join(out, 'journey.html'), { width: 1100, height: 900 });
    expect(await waitForCharts(page)).toBe(1);
    expect((await liveMarks(page)).journey).toBeGreaterThan(journey.spells.length);
    const xes = readFileSync(join(out, 'events.xes'), 'utf8');
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      return { errors: doc.getElementsByTagName('parsererror').length, root: doc.documentElement.localName, events: doc.getElementsByTagName('event').length };
    }, xes);
    expect(parsed).toEqual({ errors: 0, root: 'log', events: journey.events.length });
    await page.screenshot({ path: join(ARTIFACTS, 'journey.png'), fullPage: true });
    expect(problems).toEqual([]);
  }, BROWSER_TIMEOUT);
});
