// Shared by the experiment tests. Worker threads run compiled JavaScript only, so the tests
// build the project into tests/.artifacts/experiment (not dist/, which other work rebuilds at
// any moment) and run the compiled experiment layer, cli and test model from there. Test
// files run in parallel: the build is guarded by a lock folder and skipped when up to date.

import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const ARTIFACT = join(ROOT, 'tests/.artifacts/experiment');
export const BIN = join(ARTIFACT, 'bin/jbsim');
export const QUEUE_MODEL = new URL('./fixtures/queueModel.mjs', import.meta.url).href;
const STAMP = join(ARTIFACT, 'built');

/** The newest source that goes into the build. */
function newestSource(dir = join(ROOT, 'src')): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newestSource(p) : e.name.endsWith('.ts') ? statSync(p).mtimeMs : 0);
  }
  return t;
}

function upToDate(): boolean {
  return existsSync(STAMP) && Number(readFileSync(STAMP, 'utf8')) >= newestSource() && existsSync(join(ARTIFACT, 'dist/src/cli/main.js'));
}

export async function ensureBuilt(): Promise<void> {
  if (upToDate()) return;
  mkdirSync(join(ROOT, 'tests/.artifacts'), { recursive: true });
  const lock = `${ARTIFACT}.lock`;
  for (let waited = 0; ; waited += 200) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (waited > 170_000) throw new Error(`waited three minutes for ${lock}; remove it if no test is running`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  try {
    if (upToDate()) return;
    const started = newestSource();
    rmSync(ARTIFACT, { recursive: true, force: true });
    mkdirSync(join(ARTIFACT, 'bin'), { recursive: true });
    try {
      execFileSync(
        process.execPath,
        [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', join(ROOT, 'tsconfig.build.json'), '--outDir', join(ARTIFACT, 'dist')],
        { cwd: ROOT, stdio: 'pipe' },
      );
    } catch {
      // type errors elsewhere (work in progress) still emit JavaScript; the check below decides
    }
    copyFileSync(join(ROOT, 'bin/jbsim'), BIN);
    copyFileSync(join(ROOT, 'package.json'), join(ARTIFACT, 'package.json'));
    if (!existsSync(join(ARTIFACT, 'dist/src/cli/main.js'))) throw new Error('the project did not compile');
    writeFileSync(STAMP, String(started));
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** The compiled experiment layer (its workers load the compiled worker and model next to it). */
export async function compiledExperiment(): Promise<
  typeof import('../../src/experiment/index.js') & typeof import('../../src/node/index.js')
> {
  await ensureBuilt();
  const experiment = await import(pathToFileURL(join(ARTIFACT, 'dist/src/experiment/index.js')).href);
  const node = await import(pathToFileURL(join(ARTIFACT, 'dist/src/node/index.js')).href);
  return { ...experiment, ...node };
}

export { tempDir } from '../helpers/tempDirs.js';

/** One small municipality for a year from a settled start of short pilots: a real model run in well under a second. */
export const SMALL_SETTLED = {
  region: { municipalities: [{ name: 'Ede', youthPopulation: 5000, measuresPerThousandYouth: 8.7 }] },
  simulation: {
    start: 'settled',
    warmupYears: 0,
    years: 1,
    followUpYears: 0,
    settledStart: { pilotYears: 0.5, spacingYears: 0.25, pilots: 2 },
  },
};

/** Every file under `dir` (relative path → bytes as text). */
export function readTree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string, prefix: string) => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (e.isDirectory()) walk(join(d, e.name), `${prefix}${e.name}/`);
      else out.set(`${prefix}${e.name}`, readFileSync(join(d, e.name), 'utf8'));
    }
  };
  walk(dir, '');
  return out;
}

/** A summary's JSON without its provenance (timings and host differ between runs by design). */
export function withoutProvenance(json: string): string {
  const doc = JSON.parse(json) as Record<string, unknown>;
  delete doc.provenance;
  return JSON.stringify(doc);
}
