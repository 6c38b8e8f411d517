/// <reference lib="dom" />
// Chromium for the browser tests. A missing browser is a failure with a clear message, never a
// skip: CI installs Debian's chromium, and a report nobody opened in a browser is not tested.

import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.JBSIM_CHROMIUM ?? '/usr/bin/chromium';

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium is not installed at ${CHROMIUM_PATH}; the report's browser tests need it (Debian: apt-get install chromium; elsewhere set JBSIM_CHROMIUM to its path)`);
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    // without the background-networking flags chromium keeps calling home on a closed network
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export interface OpenedPage {
  page: Page;
  /** Every console message (a report has nothing to say there), page errors, dialogs (an alert would mean injected script ran) and any fetch. */
  problems: string[];
}

export async function openFile(browser: Browser, file: string, viewport = { width: 1280, height: 900 }): Promise<OpenedPage> {
  const page = await browser.newPage({ viewport });
  const problems: string[] = [];
  page.on('console', (m) => problems.push(`console ${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  page.on('request', (r) => {
    if (!r.url().startsWith('file:') && !r.url().startsWith('data:')) problems.push(`request: ${r.url()}`);
  });
  await page.goto(`file://${file}`);
  return { page, problems };
}

/** Waits until every chart container has swapped its static image for a live view. */
export async function waitForCharts(page: Page): Promise<number> {
  await page.waitForFunction(() => {
    const all = document.querySelectorAll('[data-chart]').length;
    return all > 0 && document.querySelectorAll('[data-chart][data-rendered="true"]').length === all;
  }, null, { timeout: 30_000 });
  return page.evaluate(() => document.querySelectorAll('[data-chart]').length);
}

/** Items drawn per live chart (bars, points, rules, lines, areas, text marks). */
export async function liveMarks(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const out: Record<string, number> = {};
    document.querySelectorAll('[data-chart]').forEach((el) => {
      const items = el.querySelectorAll('svg g.role-mark > path, svg g.role-mark > line, svg g.role-mark > text');
      out[el.getAttribute('data-chart') ?? '?'] = items.length;
    });
    return out;
  });
}
