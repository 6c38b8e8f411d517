/// <reference lib="dom" />
// The real thing: `jbsim compare` on bundled scenarios (few replications, short horizon) writes a
// report whose Markdown agrees with its comparison.json and whose page draws in Chromium; and
// `jbsim trace` writes a journey with a well-formed event log.

import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Comparison } from '../../src/experiment/types.js';
import { HEADLINE_METRICS, WAIT_METRICS, eventsFromCsv } from '../../src/report/index.js';
import { labelsFor } from '../../src/report/labels.js';
import { launchChromium, liveMarks, openFile, waitForCharts } from './browser.js';
import { checkTable } from './markdownTable.js';
import { totalMarks } from './svg.js';
import { checkWellFormed } from './xml.js';
// the experiment tests' build of the cli into tests/.artifacts (dist/ is rebuilt by other work)
import { BIN, ROOT, ensureBuilt } from '../experiment/helpers.js';

const BASELINE = resolve('scenarios/foodvalley/baseline.yaml');
const SCENARIOS = [BASELINE, ...['guardian-duos', 'less-admin'].map((s) => resolve(`scenarios/foodvalley/${s}.yaml`))];
const QUICK = ['--years', '1', '--set', 'simulation.warmupYears=2', '--set', 'simulation.followUpYears=1'];

/** Runs the compiled cli; returns its exit code and what it wrote to stderr. */
function jbsim(args: string[]): Promise<{ code: number; stderr: string }> {
  return new Promise((done) => {
    execFile(process.execPath, [BIN, ...args], { cwd: ROOT, timeout: 120_000 }, (err, _stdout, stderr) => {
      done({ code: err ? (typeof err.code === 'number' ? err.code : 1) : 0, stderr });
    });
  });
}

const BROWSER_TIMEOUT = 120_000;

describe('jbsim compare and trace, end to end', () => {
  let browser: Browser;
  const out = mkdtempSync(join(tmpdir(), 'jbsim-e2e-'));
  beforeAll(async () => {
    browser = await launchChromium();
    await ensureBuilt();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    rmSync(out, { recursive: true, force: true });
  }, BROWSER_TIMEOUT);

  it('compare writes a report that agrees with comparison.json, explores uncertainty and draws in a browser', async () => {
    const report = join(out, 'compare');
    expect(await jbsim(['compare', ...SCENARIOS, '-r', '3', '--workers', '0', '-q', ...QUICK, '--uncertainty', '2', '--out', report])).toEqual({ code: 0, stderr: '' });
    for (const f of ['index.html', 'summary.md', 'comparison.json', 'charts/differences.png', 'charts/guardian-changes.svg', 'charts/waits.vl.json', 'uncertainty.json', 'charts/uncertainty-effects.svg']) expect(existsSync(join(report, f)), f).toBe(true);
    const uncertainty = JSON.parse(readFileSync(join(report, 'uncertainty.json'), 'utf8')) as { samples: number; replications: number; scenarios: Record<string, unknown> };
    expect([uncertainty.samples, uncertainty.replications, Object.keys(uncertainty.scenarios)]).toEqual([2, 1, ['guardian-duos', 'less-admin']]);

    const comparison = JSON.parse(readFileSync(join(report, 'comparison.json'), 'utf8')) as Comparison;
    const md = readFileSync(join(report, 'summary.md'), 'utf8');
    const labels = labelsFor('nl');
    // the tables show the titles the scenario files give
    const titles: Record<string, string> = { 'FoodValley nu': 'baseline', "Gezinsvoogden in duo's": 'guardian-duos', 'Minder administratie': 'less-admin' };
    const nameOf = (title: string) => titles[title] ?? title;
    expect(checkTable('nl', md, `### ${labels.comparison.sections.families}`, HEADLINE_METRICS, comparison, nameOf)).toEqual(['baseline', 'guardian-duos', 'less-admin']);
    checkTable('nl', md, `### ${labels.comparison.sections.waits}`, WAIT_METRICS, comparison, nameOf);

    expect(md).toContain(`### ${labels.comparison.sections.caveats}`);
    expect(md).toMatch(/### Onzekerheid over de aannames[\s\S]*Wat deze 2 werelden kunnen zeggen/);

    const { page, problems } = await openFile(browser, join(report, 'index.html'));
    const charts = await waitForCharts(page);
    expect(charts).toBeGreaterThanOrEqual(7);
    expect(await page.locator('#uncertainty [data-chart="uncertainty-effects"]').count()).toBe(1);
    for (const [chart, count] of Object.entries(await liveMarks(page))) expect(count, chart).toBeGreaterThan(0);
    expect(await page.locator('#table-headline tbody tr').count()).toBe(3);
    expect(problems).toEqual([]);
  }, BROWSER_TIMEOUT);

  it('trace draws the family with the most guardian changes and writes its event log', async () => {
    const dir = join(out, 'trace');
    expect(await jbsim(['trace', BASELINE, '--worst', 'guardianChanges', '-q', ...QUICK, '--out', dir])).toEqual({ code: 0, stderr: '' });
    const svg = readFileSync(join(dir, 'journey.svg'), 'utf8');
    expect(totalMarks(svg)).toBeGreaterThan(3);
    expect(existsSync(join(dir, 'journey.png'))).toBe(true);
    expect(checkWellFormed(readFileSync(join(dir, 'events.xes'), 'utf8'))).toBe('log');
    const events = eventsFromCsv(readFileSync(join(dir, 'events.csv'), 'utf8'));
    expect(events.length).toBeGreaterThan(3);
    expect(new Set(events.map((e) => e.caseId)).size).toBe(1);
    const { page, problems } = await openFile(browser, join(dir, 'journey.html'));
    expect(await waitForCharts(page)).toBe(1);
    expect(problems).toEqual([]);
  }, BROWSER_TIMEOUT);

  it('trace refuses a family that is not there, as a user error', async () => {
    const { code, stderr } = await jbsim(['trace', BASELINE, '--family', '99999999', '-q', ...QUICK, '--out', join(out, 'none')]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/--family: family 99999999 met no professional/);
    expect(existsSync(join(out, 'none'))).toBe(false);
  }, BROWSER_TIMEOUT);
});
