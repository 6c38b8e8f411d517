/// <reference lib="dom" />
// Benchmark "web": the what-if page as a policy advisor uses it. The page is built from the
// current sources (`vite build`, as `npm run build:web`), opened from file:// in Debian's
// chromium, and runs 30 replications of the FoodValley baseline; the time is from the click on
// "run" to the page's data-state="done". The first run includes the settled starts' pilot runs
// (the page keeps them in memory), the second, on the same page, reuses them.
// Target: 30 replications in under 10 s on a 2-core machine.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../child.js';
import { markdownTable } from '../table.js';
import type { BenchOutcome, Benchmark } from '../types.js';

const TARGET_SECONDS = 10;
const REPLICATIONS = 30;
const CHROMIUM = process.env.JBSIM_CHROMIUM ?? '/usr/bin/chromium';

async function run(): Promise<BenchOutcome> {
  if (!existsSync(CHROMIUM)) {
    return { rows: [], report: `### web\n\nnot run: no chromium at ${CHROMIUM} (set JBSIM_CHROMIUM)`, targetsMet: null, failed: false };
  }
  // playwright-core is a test dependency: loaded only when this benchmark runs
  const { chromium } = await import('playwright-core');
  const dir = mkdtempSync(join(tmpdir(), 'jbsim-bench-web-'));
  try {
    process.stderr.write('  web: building the page ...\n');
    execFileSync(
      process.execPath,
      [
        join(repoRoot, 'node_modules/vite/bin/vite.js'),
        'build',
        '--config',
        'web/vite.config.ts',
        '--outDir',
        join(dir, 'page'),
        '--emptyOutDir',
      ],
      { cwd: repoRoot, stdio: 'pipe' },
    );
    const pageFile = join(dir, 'page', 'index.html');
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
    });
    try {
      const page = await browser.newPage();
      await page.goto(`file://${pageFile}#scenario=baseline&replications=${REPLICATIONS}&seed=1`);
      const timeRun = async (): Promise<number> => {
        const started = performance.now();
        await page.click('#run');
        await page.waitForFunction(() => document.body.dataset.state === 'done', null, { timeout: 300_000 });
        return (performance.now() - started) / 1000;
      };
      process.stderr.write(`  web: ${REPLICATIONS} replications, first run ...\n`);
      const first = await timeRun();
      process.stderr.write('  web: second run ...\n');
      const second = await timeRun();
      const workers = await page.evaluate(() => navigator.hardwareConcurrency);
      const pageKB = statSync(pageFile).size / 1024;
      const met = first < TARGET_SECONDS;
      const report = [
        '### web: the what-if page in chromium',
        '',
        markdownTable(
          ['replications', 'first run s (with pilot runs)', 'second run s', 'cores the page sees', 'page KB'],
          [[String(REPLICATIONS), first.toFixed(1), second.toFixed(1), String(workers), pageKB.toFixed(0)]],
          [true, true, true, true, true],
        ),
        '',
        markdownTable(
          ['target', 'measured', ''],
          [[`${REPLICATIONS} replications < ${TARGET_SECONDS} s (first run)`, `${first.toFixed(1)} s`, met ? 'met' : 'MISSED']],
        ),
      ].join('\n');
      return {
        rows: [{ name: 'web', engine: 'chromium', replications: REPLICATIONS, firstSeconds: first, secondSeconds: second, pageKB }],
        report,
        targetsMet: met,
        failed: false,
      };
    } finally {
      await browser.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export const web: Benchmark = {
  name: 'web',
  description: `the what-if page in chromium: ${REPLICATIONS} replications of the FoodValley baseline`,
  run,
};
