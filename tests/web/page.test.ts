/// <reference lib="dom" />
// The what-if page in a real browser (Debian's chromium, a fresh profile), built here from the
// current sources: opened from file://, `#scenario=baseline&replications=3&seed=7&run` leaves
// in #jbsim-summary the summary.json the command line writes for the same run, byte for byte
// up to the provenance; a control moved changes the comparison and its charts; a broken YAML
// shows the command line's located message; no console message and no request, ever.

import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, ensureBuilt, ROOT, tempDir } from '../experiment/helpers.js';
import { CHROMIUM_PATH } from '../report/browser.js';

const MAX_PAGE_BYTES = 1.5 * 1024 * 1024;
let outDir: string;
let profile: string;
let context: BrowserContext;
let pageFile: string;
let cliSummary: string;

beforeAll(async () => {
  outDir = tempDir('web');
  profile = tempDir('chromium');
  // the page as `npm run build:web` builds it, from the sources as they are now
  execFileSync(
    process.execPath,
    [
      join(ROOT, 'node_modules/vite/bin/vite.js'),
      'build',
      '--config',
      'web/vite.config.ts',
      '--outDir',
      join(outDir, 'page'),
      '--emptyOutDir',
    ],
    { cwd: ROOT, stdio: 'pipe' },
  );
  pageFile = join(outDir, 'page', 'index.html');
  await ensureBuilt();
  execFileSync(
    process.execPath,
    [
      BIN,
      'run',
      'scenarios/foodvalley/baseline.yaml',
      '--replications',
      '3',
      '--seed',
      '7',
      '--out',
      join(outDir, 'cli'),
      '--quiet',
      '--workers',
      '1',
    ],
    { cwd: ROOT, stdio: 'pipe' },
  );
  cliSummary = readFileSync(join(outDir, 'cli', 'summary.json'), 'utf8');
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}, 300_000);

// before tempDir's own hook removes the profile (after-hooks run last-registered first)
afterAll(async () => {
  await context?.close();
});

interface Opened {
  page: Page;
  /** Every console message, page error, dialog and request that is not the page's own file, blob or data. */
  noise: string[];
}

async function open(hash: string): Promise<Opened> {
  const page = await context.newPage();
  const noise: string[] = [];
  page.on('console', (m) => noise.push(`console ${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => noise.push(`page error: ${e.message}`));
  page.on('dialog', (d) => {
    noise.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  page.on('request', (r) => {
    if (!/^(file|blob|data):/.test(r.url())) noise.push(`request: ${r.url()}`);
  });
  await page.goto(`file://${pageFile}${hash}`);
  return { page, noise };
}

async function settled(page: Page): Promise<string> {
  await page.waitForFunction(() => ['done', 'error', 'cancelled'].includes(document.body.dataset.state ?? ''), null, { timeout: 120_000 });
  return page.evaluate(() => document.body.dataset.state ?? '');
}

const withoutProvenance = (json: string) => {
  const doc = JSON.parse(json) as Record<string, unknown>;
  delete doc.provenance;
  return JSON.stringify(doc, null, 2);
};

describe('the page, built', () => {
  it('is one file under 1.5 MB that loads nothing from elsewhere', () => {
    const html = readFileSync(pageFile, 'utf8');
    expect(statSync(pageFile).size).toBeLessThan(MAX_PAGE_BYTES);
    const external = [...html.matchAll(/<(script|link|img|iframe)\b[^>]*>/g)].map((m) => m[0]).filter((tag) => /\s(src|href)=/.test(tag));
    expect(external).toEqual([]);
    expect(html.includes('<script type="module"')).toBe(true);
  });
});

describe('the page in chromium, from file://', () => {
  it('#scenario=baseline&replications=3&seed=7&run holds the command line`s summary.json', async () => {
    const { page, noise } = await open('#scenario=baseline&replications=3&seed=7&run');
    expect(await settled(page)).toBe('done');
    const text = (await page.evaluate(() => document.getElementById('jbsim-summary')?.textContent ?? null))!;
    expect(text).not.toBeNull();
    // byte for byte up to the provenance (timings and host), which is the last field
    const upToProvenance = (s: string) => s.slice(0, s.indexOf('\n  "provenance"'));
    expect(upToProvenance(text)).toBe(upToProvenance(cliSummary));
    expect(withoutProvenance(text)).toBe(withoutProvenance(cliSummary));
    expect(JSON.parse(text).provenance.command).toBe('jbsim run scenarios/foodvalley/baseline.yaml --replications 3 --seed 7');
    expect(await page.locator('#table-headline tbody tr').count()).toBe(1);
    expect(await page.locator('[data-chart] svg').count()).toBeGreaterThan(4);
    expect(noise).toEqual([]);
    await page.close();
  });

  it('a control moved changes the comparison and its charts, and the link keeps it', async () => {
    const { page, noise } = await open('#scenario=baseline&replications=2&seed=7&run');
    expect(await settled(page)).toBe('done');
    const chartsBefore = await page.locator('#charts').innerHTML();
    await page.click('details[data-section="guardians"] > summary');
    const control = page.locator('[data-path="guardians.adminShare"]');
    await expect(control.locator('.badge').count()).resolves.toBe(0); // a sourced figure (CBS)
    await expect(page.locator('[data-path="guardians.hoursPerVisit"] .badge').textContent()).resolves.toBe('aanname');
    await expect(control.locator('.meta').textContent()).resolves.toMatch(
      /^eenheid: share · bereik: ≥ 0, ≤ 1 · standaard: 0,38 · bron: CBS/,
    );
    await expect(page.locator('[data-path="guardians.coldHandoverProgressLossDays"] .meta').textContent()).resolves.toContain(
      'standaard: 30 ·',
    );
    const input = control.locator('input[type=number]');
    expect(await input.inputValue()).toBe('0.38');
    await input.fill('0.2');
    await input.dispatchEvent('change');
    await page.waitForFunction(() => location.hash.includes('set=guardians.adminShare%3D0.2'));
    await page.click('#run');
    expect(await settled(page)).toBe('done');
    const chartsAfter = await page.locator('#charts').innerHTML();
    expect(chartsAfter).not.toBe(chartsBefore);
    // the baseline as written against the changed one: two rows, a difference with its interval
    expect(await page.locator('#table-headline tbody tr').count()).toBe(2);
    expect(await page.locator('#table-headline td .ci').count()).toBeGreaterThan(0);
    const summary = JSON.parse((await page.evaluate(() => document.getElementById('jbsim-summary')!.textContent))!);
    expect(summary.provenance.command).toContain('--set guardians.adminShare=0.2');
    expect(noise).toEqual([]);
    await page.close();
  });

  it('a broken YAML shows the located message the command line gives', async () => {
    const { page, noise } = await open('#scenario=baseline');
    await page.click('#paste-toggle');
    await page.fill('#paste-text', 'extends: baseline.yaml\nname: mine\nguardians:\n  adminShar: 0.3\n');
    await page.click('#paste-use');
    await expect(page.locator('#problems').isVisible()).resolves.toBe(true);
    const message = await page.locator('#problems-text').textContent();
    expect(message).toContain('scenarios/foodvalley/pasted.yaml:4:3: guardians.adminShar: unknown key "adminShar" in guardians');
    expect(message).toContain('hint: did you mean adminShare?');
    expect(await page.locator('#run').isDisabled()).toBe(true);
    expect(await page.evaluate(() => document.body.dataset.state)).toBe('error');
    // the file travels in the link, so the same page opens with the same message
    const { page: again } = await open(new URL(page.url()).hash);
    await expect(again.locator('#problems-text').textContent()).resolves.toContain('pasted.yaml:4:3');
    expect(noise).toEqual([]);
    await page.close();
    await again.close();
  });

  it('reforms switch on and off and combine; the run compares the combination with the baseline', async () => {
    const { page, noise } = await open('#scenario=baseline&replications=2&seed=7');
    await page.click('#reforms input[data-path="reforms.prevention.enabled"]');
    await page.click('#reforms input[data-path="reforms.guardianInLocalTeam.enabled"]');
    await page.waitForFunction(
      () =>
        location.hash.includes('reforms.prevention.enabled%3Dtrue') && location.hash.includes('reforms.guardianInLocalTeam.enabled%3Dtrue'),
    );
    await page.click('#reforms input[data-path="reforms.prevention.enabled"]');
    await page.waitForFunction(() => !location.hash.includes('reforms.prevention.enabled'));
    await page.click('#reforms input[data-path="reforms.prevention.enabled"]');
    await page.click('#run');
    expect(await settled(page)).toBe('done');
    const summary = JSON.parse((await page.evaluate(() => document.getElementById('jbsim-summary')!.textContent))!);
    expect(summary.provenance.command).toContain('--set reforms.guardianInLocalTeam.enabled=true');
    expect(summary.provenance.command).toContain('--set reforms.prevention.enabled=true');
    expect(await page.locator('#table-headline tbody tr').count()).toBe(2);
    expect(noise).toEqual([]);
    await page.close();
  });

  it('shows the results so far while replications run, and stops when asked', async () => {
    // enough replications that the run cannot end before the click on Stoppen, on a fast machine too
    const { page, noise } = await open('#scenario=baseline&replications=400&seed=3');
    // remember whether the table ever showed a preview while the run was going on
    await page.evaluate(() => {
      const w = window as unknown as { sawPreview: boolean };
      w.sawPreview = false;
      new MutationObserver(() => {
        if (document.querySelector('#tables.preview #table-headline') && document.body.dataset.state === 'running') w.sawPreview = true;
      }).observe(document.body, { subtree: true, childList: true, attributes: true });
    });
    await page.click('#run');
    await page.waitForFunction(() => (window as unknown as { sawPreview: boolean }).sawPreview, null, { timeout: 120_000 });
    expect(await page.locator('#run-line').textContent()).toMatch(/na \d+ van 400 replicaties/);
    await page.click('#cancel');
    expect(await settled(page)).toBe('cancelled');
    expect(await page.evaluate(() => document.getElementById('jbsim-summary'))).toBeNull();
    expect(noise).toEqual([]);
    await page.close();
  });

  it('speaks English when asked, in its own words and the report`s', async () => {
    const { page, noise } = await open('#scenario=guardian-duos&replications=2&seed=7&lang=en&run');
    expect(await settled(page)).toBe('done');
    await expect(page.locator('h1').textContent()).resolves.toContain('what would a reform do for families?');
    await expect(page.locator('#table-headline thead').textContent()).resolves.toContain('Handovers');
    expect(await page.locator('#table-headline tbody tr').count()).toBe(2);
    expect(noise).toEqual([]);
    await page.close();
  });
});
