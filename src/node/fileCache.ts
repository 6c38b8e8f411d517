// The key-value cache on disk: one file per key in a folder of the user's cache (XDG_CACHE_HOME
// or ~/.cache on Linux, ~/Library/Caches on macOS, %LOCALAPPDATA% on Windows), written whole or
// not at all. A missing or unreadable entry is a miss, never an error: a cache may be deleted.
//
// The folder is kept under a size (5 GB unless JBSIM_CACHE_MAX_GB says otherwise): every model
// version has keys of its own, and a national comparison writes ~3 GB of settled starts, so
// without a limit each upgrade would leave gigabytes nobody reads again. After a write, the
// entries used longest ago go first, but never one used in the last day: a run's own entries,
// and those of another run at the same time, stay while they may still be read.

import { accessSync, constants, readdirSync, readFileSync, rmSync, statSync, utimesSync } from 'node:fs';
import { homedir, platform } from 'node:os';
import { join } from 'node:path';
import { writeFileAtomic } from '../atomicFile.js';
import { checkCacheKey, type KeyValueCache } from '../platform/cache.js';

/** jbsim's folder in the user's cache directory. */
export function userCacheFolder(env: Readonly<Record<string, string | undefined>> = process.env): string {
  if (env.JBSIM_CACHE_DIR) return env.JBSIM_CACHE_DIR;
  if (platform() === 'win32') return join(env.LOCALAPPDATA ?? join(homedir(), 'AppData', 'Local'), 'jbsim', 'cache');
  if (platform() === 'darwin') return join(homedir(), 'Library', 'Caches', 'jbsim');
  return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'jbsim');
}

const GB = 1024 ** 3;
const DAY_MS = 24 * 3600 * 1000;

/** The size the cache folder is kept under: JBSIM_CACHE_MAX_GB, else 5 GB. */
export function cacheLimitBytes(env: Readonly<Record<string, string | undefined>> = process.env): number {
  const text = env.JBSIM_CACHE_MAX_GB?.trim() ?? '';
  const given = Number(text);
  // a setting of the cache never fails a run: anything but a number ≥ 0 keeps the default
  return text !== '' && Number.isFinite(given) && given >= 0 ? given * GB : 5 * GB;
}

/**
 * Removes the entries used longest ago, none used in the last day, until the folder is under
 * `limit` bytes; returns the bytes left in it (null when it cannot be listed).
 */
export function pruneCache(folder: string, limit: number, now = Date.now()): number | null {
  let entries: { path: string; size: number; used: number }[];
  try {
    entries = readdirSync(folder, { withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => {
        const st = statSync(join(folder, e.name));
        return { path: join(folder, e.name), size: st.size, used: st.mtimeMs };
      });
  } catch {
    return null; // a folder that cannot be listed is left as it is
  }
  let total = entries.reduce((a, e) => a + e.size, 0);
  for (const e of entries.sort((a, b) => a.used - b.used)) {
    if (total <= limit || now - e.used < DAY_MS) break;
    try {
      rmSync(e.path, { force: true });
      total -= e.size;
    } catch {
      // in use elsewhere or not ours to remove: the next one
    }
  }
  return total;
}

/** Bytes written past the last count before the folder is counted again (a listing per write would grow with the folder). */
const RECOUNT_BYTES = 256 * 1024 ** 2;

export function fileCache(folder: string = userCacheFolder(), limit: number = cacheLimitBytes()): KeyValueCache {
  const at = (key: string) => join(folder, checkCacheKey(key));
  // the folder's size as last counted plus what was written since, and when to count it again:
  // once at the first write, then only when it may be over the limit (or, when the last count
  // could not get under it, after another RECOUNT_BYTES)
  let size: number | null = null;
  let countAt = 0;
  return {
    get: (key) => {
      try {
        // a file's own buffer when it has one (a settled start is tens of MB: no second copy)
        const b = readFileSync(at(key));
        markUsed(at(key));
        return b.byteOffset === 0 && b.byteLength === b.buffer.byteLength ? b : new Uint8Array(b);
      } catch {
        return undefined;
      }
    },
    has: (key) => {
      try {
        accessSync(at(key), constants.R_OK);
        // a run asks before it reads: marked, so no write in between removes it
        markUsed(at(key));
        return true;
      } catch {
        return false; // missing or unreadable: a miss, as for get
      }
    },
    set: (key, value) => {
      writeFileAtomic(at(key), value);
      size = size === null ? null : size + value.byteLength;
      if (size === null || size > countAt) {
        size = pruneCache(folder, limit);
        countAt = size === null ? 0 : size <= limit ? limit : size + RECOUNT_BYTES;
      }
    },
    delete: (key) => rmSync(at(key), { force: true }),
  };
}

/** Marks an entry as used now (its modification time: access times are often not kept). */
function markUsed(path: string): void {
  try {
    const now = new Date();
    utimesSync(path, now, now);
  } catch {
    // a read-only cache still reads
  }
}
