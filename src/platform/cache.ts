// A small key-value store for results worth keeping between runs, such as the settled state of a
// long run keyed by its scenario hash. On the command line it is a folder in the user's cache
// (src/node/fileCache.ts); in the browser page it lives in memory for the page's lifetime.

export interface KeyValueCache {
  /** The value stored under `key`, or undefined. */
  get(key: string): Uint8Array | undefined;
  /** Whether a value is stored under `key`, without reading it (a settled start is tens of MB). */
  has(key: string): boolean;
  /** Stores `value` under `key`, replacing what was there. */
  set(key: string, value: Uint8Array): void;
  delete(key: string): void;
}

/** Keys become file names: letters, digits, `-`, `_` and `.` only, at most 200 characters. */
export function checkCacheKey(key: string): string {
  if (!/^[A-Za-z0-9_.-]{1,200}$/.test(key) || key.startsWith('.')) {
    throw new RangeError(`a cache key is 1–200 letters, digits, '-', '_' or '.' (not first), got "${key}"`);
  }
  return key;
}

/** A cache in memory; values are copied in and out, so a caller cannot change what is stored. */
export function memoryCache(): KeyValueCache {
  const entries = new Map<string, Uint8Array>();
  return {
    get: (key) => {
      const v = entries.get(checkCacheKey(key));
      return v === undefined ? undefined : v.slice();
    },
    has: (key) => entries.has(checkCacheKey(key)),
    set: (key, value) => void entries.set(checkCacheKey(key), value.slice()),
    delete: (key) => void entries.delete(checkCacheKey(key)),
  };
}
