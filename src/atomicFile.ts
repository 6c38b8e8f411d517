// Writes that never leave a half-written file behind: a reader (a browser, a CI step, a crash,
// Ctrl-C, a power cut) sees the old file or the new one. The file goes to a hidden temporary
// name in the same folder first and is flushed to disk (fsync), then renamed over the target,
// which is atomic within one file system, and the folder is flushed so the rename itself is on
// disk. Without the first flush a power cut after the rename can leave an empty file.

import { randomBytes } from 'node:crypto';
import * as nodeFs from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** The calls a durable write makes (node:fs; a test passes one that records them). */
export type WriteCalls = Pick<typeof nodeFs, 'mkdirSync' | 'openSync' | 'writeSync' | 'fsyncSync' | 'closeSync' | 'renameSync' | 'rmSync'>;

export function writeFileAtomic(path: string, content: string | Uint8Array, fs: WriteCalls = nodeFs): void {
  const dir = dirname(path);
  fs.mkdirSync(dir, { recursive: true });
  const temp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const bytes = typeof content === 'string' ? Buffer.from(content) : content;
  let fd: number | undefined;
  try {
    fd = fs.openSync(temp, 'wx');
    for (let done = 0; done < bytes.length; ) done += fs.writeSync(fd, bytes, done, bytes.length - done);
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = undefined;
    fs.renameSync(temp, path);
  } catch (err) {
    if (fd !== undefined) fs.closeSync(fd);
    fs.rmSync(temp, { force: true });
    throw err;
  }
  syncFolder(dir, fs);
}

/** Flushes a folder's entries (the rename). Windows cannot open a folder for this; there it is skipped. */
function syncFolder(dir: string, fs: WriteCalls): void {
  if (process.platform === 'win32') return;
  const fd = fs.openSync(dir, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}
