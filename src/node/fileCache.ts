// The key-value cache on disk: one file per key in a folder of the user's cache (XDG_CACHE_HOME
// or ~/.cache on Linux, ~/Library/Caches on macOS, %LOCALAPPDATA% on Windows), written whole or
// not at all. A missing or unreadable entry is a miss, never an error: a cache may be deleted.

import { accessSync, constants, readFileSync, rmSync } from 'node:fs';
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

export function fileCache(folder: string = userCacheFolder()): KeyValueCache {
  const at = (key: string) => join(folder, checkCacheKey(key));
  return {
    get: (key) => {
      try {
        // a file's own buffer when it has one (a settled start is tens of MB: no second copy)
        const b = readFileSync(at(key));
        return b.byteOffset === 0 && b.byteLength === b.buffer.byteLength ? b : new Uint8Array(b);
      } catch {
        return undefined;
      }
    },
    has: (key) => {
      try {
        accessSync(at(key), constants.R_OK);
        return true;
      } catch {
        return false; // missing or unreadable: a miss, as for get
      }
    },
    set: (key, value) => writeFileAtomic(at(key), value),
    delete: (key) => rmSync(at(key), { force: true }),
  };
}
