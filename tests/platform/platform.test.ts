// The platform interfaces: scenario files from memory load exactly as from disk (the browser
// page's bundled scenarios), the scenario hash is sha256 as node:crypto computes it, and the
// key-value caches keep, replace, copy and forget values.

import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/tempDirs.js';
import { cacheLimitBytes, fileCache, pruneCache, userCacheFolder } from '../../src/node/fileCache.js';
import { loadScenario } from '../../src/node/scenarioFiles.js';
import { memoryCache, type KeyValueCache } from '../../src/platform/cache.js';
import { memoryScenarioFiles, normalisePosix } from '../../src/platform/files.js';
import { canonicalJson, loadScenarioFrom, loadScenarioTextFrom } from '../../src/scenario/load.js';
import { UserError } from '../../src/userError.js';

const ROOT = join(import.meta.dirname, '../..');
const FOLDER = 'scenarios/foodvalley';
const bundled = Object.fromEntries(
  readdirSync(join(ROOT, FOLDER)).map((f) => [`${FOLDER}/${f}`, readFileSync(join(ROOT, FOLDER, f), 'utf8')]),
);

describe('scenario files in memory', () => {
  const files = memoryScenarioFiles(bundled);

  it('load every bundled scenario, with its parents, exactly as from disk', () => {
    const cwd = process.cwd();
    process.chdir(ROOT);
    try {
      for (const name of Object.keys(bundled)) {
        const fromMemory = loadScenarioFrom(files, name);
        const fromDisk = loadScenario(name);
        expect(fromMemory.scenario).toEqual(fromDisk.scenario);
        expect(fromMemory.hash).toBe(fromDisk.hash);
        expect(fromMemory.chain.length).toBe(fromDisk.chain.length);
      }
    } finally {
      process.chdir(cwd);
    }
  });

  it('report a missing parent and a broken value at their lines, with the file names as given', () => {
    const broken = 'extends: baseline.yaml\nname: x\nguardians:\n  adminShare: 1.5\n';
    const err = (() => {
      try {
        loadScenarioTextFrom(files, broken, `${FOLDER}/mine.yaml`);
      } catch (e) {
        return e as UserError;
      }
    })();
    expect(err).toBeInstanceOf(UserError);
    expect(err!.diagnostics[0]).toMatchObject({ file: `${FOLDER}/mine.yaml`, line: 4, path: 'guardians.adminShare' });
    expect(() => loadScenarioTextFrom(files, 'extends: nowhere.yaml\nname: x\n', 'mine.yaml')).toThrow(/does not exist: nowhere.yaml/);
  });

  it('resolve paths as POSIX does', () => {
    expect(normalisePosix('/a/b/../c/./d')).toBe('/a/c/d');
    expect(normalisePosix('/../a')).toBe('/a');
    expect(normalisePosix('a/../../b')).toBe('../b');
    expect(files.resolveFrom('/scenarios/foodvalley/x.yaml', '../netherlands.yaml')).toBe('/scenarios/netherlands.yaml');
  });
});

describe('the scenario hash', () => {
  it('is sha256 of the canonical JSON, as node:crypto computes it', () => {
    const { scenario, hash } = loadScenario(join(ROOT, FOLDER, 'baseline.yaml'));
    expect(hash).toBe(createHash('sha256').update(canonicalJson(scenario)).digest('hex'));
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
  });
});

function cacheContract(name: string, make: () => KeyValueCache) {
  it(`${name}: keeps, replaces, copies and forgets values; refuses keys that are not file names`, () => {
    const cache = make();
    expect(cache.get('settled-abc')).toBeUndefined();
    expect(cache.has('settled-abc')).toBe(false);
    const value = new Uint8Array([1, 2, 3]);
    cache.set('settled-abc', value);
    expect(cache.has('settled-abc')).toBe(true);
    expect(cache.has('settled-ab')).toBe(false);
    value[0] = 9;
    expect([...cache.get('settled-abc')!]).toEqual([1, 2, 3]);
    cache.get('settled-abc')![1] = 7;
    expect([...cache.get('settled-abc')!]).toEqual([1, 2, 3]);
    cache.set('settled-abc', new Uint8Array([4]));
    expect([...cache.get('settled-abc')!]).toEqual([4]);
    cache.delete('settled-abc');
    expect(cache.get('settled-abc')).toBeUndefined();
    expect(cache.has('settled-abc')).toBe(false);
    for (const bad of ['', '../x', 'a/b', '.hidden', 'x'.repeat(201)]) expect(() => cache.set(bad, value)).toThrow(RangeError);
  });
}

describe('key-value caches', () => {
  cacheContract('in memory', memoryCache);
  cacheContract('on disk', () => {
    return fileCache(join(tempDir('cache'), 'nested'));
  });

  it('on disk: survives a new cache object on the same folder; the folder follows the environment', () => {
    const dir = tempDir('cache');
    fileCache(dir).set('k', new Uint8Array([5]));
    expect([...fileCache(dir).get('k')!]).toEqual([5]);
    expect(userCacheFolder({ JBSIM_CACHE_DIR: dir })).toBe(dir);
    if (process.platform === 'linux') expect(userCacheFolder({ XDG_CACHE_HOME: '/tmp/xdg' })).toBe('/tmp/xdg/jbsim');
  });
});

describe('the cache folder kept under its size', () => {
  const days = (n: number) => new Date(Date.now() - n * 24 * 3600 * 1000);
  const entry = (dir: string, name: string, bytes: number, usedDaysAgo: number) => {
    writeFileSync(join(dir, name), new Uint8Array(bytes));
    utimesSync(join(dir, name), days(usedDaysAgo), days(usedDaysAgo));
  };

  it('removes the entries used longest ago until it fits, but none used in the last day', () => {
    const dir = tempDir('cache-limit');
    entry(dir, 'settled-old-r0', 400, 30);
    entry(dir, 'settled-older-r0', 400, 60);
    entry(dir, 'settled-recent-r0', 400, 2);
    entry(dir, 'settled-today-r0', 400, 0.5);
    pruneCache(dir, 1000);
    expect(readdirSync(dir).sort()).toEqual(['settled-recent-r0', 'settled-today-r0']);
    // over the limit with only entries of the last day: they all stay
    pruneCache(dir, 100, Date.now() - 3 * 24 * 3600 * 1000 + 1);
    expect(readdirSync(dir).sort()).toEqual(['settled-recent-r0', 'settled-today-r0']);
  });

  it('prunes at the first write (and when the folder may be over its size), and a read or a question marks an entry as used', () => {
    const dir = tempDir('cache-limit');
    entry(dir, 'settled-a-r0', 400, 30);
    entry(dir, 'settled-b-r0', 400, 30);
    entry(dir, 'settled-c-r0', 400, 30);
    const cache = fileCache(dir, 1000);
    expect(cache.get('settled-a-r0')).toHaveLength(400);
    expect(cache.has('settled-b-r0')).toBe(true);
    cache.set('settled-new-r0', new Uint8Array(100));
    expect(readdirSync(dir).sort()).toEqual(['settled-a-r0', 'settled-b-r0', 'settled-new-r0']);
  });

  it('counts the folder at the first write, then again only when what it wrote may take it over its size', () => {
    const dir = tempDir('cache-limit');
    const cache = fileCache(dir, 1000);
    cache.set('settled-a-r0', new Uint8Array(100)); // counted: 100 bytes
    entry(dir, 'settled-elsewhere-r0', 5000, 30); // written by someone else, unseen
    cache.set('settled-b-r0', new Uint8Array(100)); // 200 by its own count: no listing
    expect(readdirSync(dir)).toContain('settled-elsewhere-r0');
    cache.set('settled-c-r0', new Uint8Array(900)); // 1,100 by its count: counted again, pruned
    expect(readdirSync(dir).sort()).toEqual(['settled-a-r0', 'settled-b-r0', 'settled-c-r0']);
  });

  it('is 5 GB unless JBSIM_CACHE_MAX_GB says otherwise (0 keeps only what a day used)', () => {
    expect(cacheLimitBytes({})).toBe(5 * 1024 ** 3);
    expect(cacheLimitBytes({ JBSIM_CACHE_MAX_GB: '0.5' })).toBe(0.5 * 1024 ** 3);
    expect(cacheLimitBytes({ JBSIM_CACHE_MAX_GB: '0' })).toBe(0);
    for (const bad of ['lots', '-1', '']) expect(cacheLimitBytes({ JBSIM_CACHE_MAX_GB: bad })).toBe(5 * 1024 ** 3);
  });
});
