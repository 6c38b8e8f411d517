// Durable writes: the file's bytes are flushed before the rename and the folder after it, so a
// power cut leaves the old file or the whole new one, never an empty one. The calls go to the
// real file system; the test only records their order.
import * as fs from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic, type WriteCalls } from '../src/atomicFile.js';
import { tempDir } from './experiment/helpers.js';

/** node:fs, with every call written down as `name(path or what the fd points at)`. */
function recording(dir: string): { calls: string[]; fs: WriteCalls } {
  const calls: string[] = [];
  const opened = new Map<number, string>();
  const name = (p: fs.PathLike) => (String(p) === dir ? 'folder' : String(p).endsWith('.tmp') ? 'temp' : 'target');
  return {
    calls,
    fs: {
      mkdirSync: ((p: fs.PathLike, o: fs.MakeDirectoryOptions) => {
        calls.push(`mkdir(${name(p)})`);
        return fs.mkdirSync(p, o);
      }) as WriteCalls['mkdirSync'],
      openSync: ((p: fs.PathLike, flags: string) => {
        const fd = fs.openSync(p, flags);
        opened.set(fd, name(p));
        calls.push(`open(${name(p)})`);
        return fd;
      }) as WriteCalls['openSync'],
      writeSync: ((fd: number, ...rest: unknown[]) => {
        calls.push(`write(${opened.get(fd)})`);
        return (fs.writeSync as (...a: unknown[]) => number)(fd, ...rest);
      }) as WriteCalls['writeSync'],
      fsyncSync: (fd: number) => {
        calls.push(`fsync(${opened.get(fd)})`);
        fs.fsyncSync(fd);
      },
      closeSync: (fd: number) => {
        calls.push(`close(${opened.get(fd)})`);
        fs.closeSync(fd);
      },
      renameSync: (a: fs.PathLike, b: fs.PathLike) => {
        calls.push(`rename(${name(a)}→${name(b)})`);
        fs.renameSync(a, b);
      },
      rmSync: (p: fs.PathLike, o?: fs.RmOptions) => {
        calls.push(`rm(${name(p)})`);
        fs.rmSync(p, o);
      },
    },
  };
}

describe('writeFileAtomic', () => {
  it('flushes the file before the rename and the folder after it', () => {
    const dir = tempDir('durable');
    const target = join(dir, 'summary.json');
    fs.writeFileSync(target, 'old');
    const { calls, fs: recorder } = recording(dir);
    writeFileAtomic(target, 'new content', recorder);
    expect(calls).toEqual([
      'mkdir(folder)',
      'open(temp)',
      'write(temp)',
      'fsync(temp)',
      'close(temp)',
      'rename(temp→target)',
      'open(folder)',
      'fsync(folder)',
      'close(folder)',
    ]);
    expect(fs.readFileSync(target, 'utf8')).toBe('new content');
    expect(fs.readdirSync(dir)).toEqual(['summary.json']);
  });

  it('writes all bytes of a large file, even when a write takes only part of them', () => {
    const dir = tempDir('durable-large');
    const target = join(dir, 'big.csv');
    const { calls, fs: recorder } = recording(dir);
    // a file system that takes at most 1000 bytes per write, as a pipe or a full disk may
    const partial: WriteCalls = {
      ...recorder,
      writeSync: ((fd: number, buf: Uint8Array, off: number, len: number) =>
        recorder.writeSync(fd, buf, off, Math.min(len, 1000))) as WriteCalls['writeSync'],
    };
    const text = 'x'.repeat(4500);
    writeFileAtomic(target, text, partial);
    expect(fs.readFileSync(target, 'utf8')).toBe(text);
    expect(calls.filter((c) => c === 'write(temp)')).toHaveLength(5);
  });

  it('a failed write leaves the old file and no temporary file', () => {
    const dir = tempDir('durable-fail');
    const target = join(dir, 'results.csv');
    fs.writeFileSync(target, 'old');
    const { fs: recorder } = recording(dir);
    const failing: WriteCalls = {
      ...recorder,
      fsyncSync: () => {
        throw Object.assign(new Error('EIO: i/o error'), { code: 'EIO' });
      },
    };
    expect(() => writeFileAtomic(target, 'new', failing)).toThrow(/EIO/);
    expect(fs.readFileSync(target, 'utf8')).toBe('old');
    expect(fs.readdirSync(dir)).toEqual(['results.csv']);
  });
});
