// The settled starts of an experiment's replications: snapshot r of each scenario's pilot run
// (src/model/settled/pilot.ts) for replication r. A pilot is a long run, so its snapshots are
// kept on disk, keyed by everything they depend on: the scenario's model parameters (not its
// name, description or observation settings), the seed and the model's own code. The same key
// always gives the same snapshots, so a kept copy changes the speed of a run, never its results.

import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { Snapshot } from '../model/index.js';
import type { Scenario } from '../scenario/schema.js';

/** Where snapshots are kept: `JBSIM_CACHE_DIR`, else the user's cache folder. */
export function defaultCacheDir(): string {
  const env = process.env.JBSIM_CACHE_DIR;
  if (env !== undefined && env !== '') return env;
  const xdg = process.env.XDG_CACHE_HOME;
  return join(xdg !== undefined && xdg !== '' ? xdg : join(homedir(), '.cache'), 'jbsim', 'settled');
}

/** A store of pilot snapshots by key. */
export interface SnapshotStore {
  read(key: string): Snapshot[] | null;
  write(key: string, snapshots: readonly Snapshot[]): void;
}

/** Snapshots as gzipped JSON files in a folder; an unreadable file is a miss, a failed write is ignored (it only costs speed). */
export function folderStore(dir: string = defaultCacheDir()): SnapshotStore {
  return {
    read(key) {
      try {
        const data = JSON.parse(gunzipSync(readFileSync(join(dir, `${key}.json.gz`))).toString('utf8')) as unknown;
        return Array.isArray(data) ? (data as Snapshot[]) : null;
      } catch {
        return null;
      }
    },
    write(key, snapshots) {
      try {
        mkdirSync(dir, { recursive: true });
        const file = join(dir, `${key}.json.gz`);
        const tmp = `${file}.${process.pid}.tmp`;
        writeFileSync(tmp, gzipSync(JSON.stringify(snapshots)));
        renameSync(tmp, file);
      } catch {
        // a cache that cannot be written only means the next run computes the pilot again
      }
    },
  };
}

/** Everything in the scenario the pilot's dynamics depend on (the observation settings and the words are left out). */
function modelPart(s: Scenario): unknown {
  const { name: _n, title: _t, description: _d, $schema: _s, extends: _e, simulation, ...rest } = s as Scenario & { $schema?: string; extends?: string };
  return { ...rest, settledStart: simulation.settledStart };
}

/** A stable JSON text: object keys sorted, so the same values give the same key whatever their order in the file. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v !== null && typeof v === 'object') {
    return `{${Object.keys(v as Record<string, unknown>)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v);
}

export function pilotKey(s: Scenario, seed: number, modelFingerprint: string): string {
  return createHash('sha256').update(canonical({ model: modelPart(s), seed, code: modelFingerprint })).digest('hex').slice(0, 32);
}

/**
 * A fingerprint of the compiled model: a hash of the JavaScript of the model and the kernel next
 * to `modelModuleUrl`. Any change to the code gives new keys, so a kept pilot never outlives the
 * code that made it.
 */
export function modelFingerprint(modelModuleUrl: string): string {
  const modelDir = dirname(fileURLToPath(modelModuleUrl));
  const hash = createHash('sha256');
  for (const dir of [modelDir, join(modelDir, '..', 'kernel')]) {
    for (const file of listJs(dir)) hash.update(file.slice(dir.length)).update(readFileSync(file));
  }
  return hash.digest('hex').slice(0, 16);
}

function listJs(dir: string): string[] {
  const out: string[] = [];
  let entries: { name: string; isDirectory(): boolean }[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...listJs(p));
    else if (e.name.endsWith('.js')) out.push(p);
  }
  return out;
}
