// Runs one engine in its own process, so its peak memory (maxRSS) is its own and not the
// sum of everything the benchmark ran before it. The child prints one JSON object as its
// last line of standard output.

import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The repository root (this file runs from dist/bench/). */
export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

export interface ChildResult<T> {
  ok: boolean;
  value?: T;
  error?: string;
}

export function runChild<T>(command: string, args: string[]): Promise<ChildResult<T>> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
    child.on('error', (e) => resolve({ ok: false, error: e.message }));
    child.on('close', (code, signal) => {
      if (code !== 0) {
        resolve({ ok: false, error: `${command} exited with ${signal ?? code}: ${err.trim().split('\n').slice(-3).join(' / ')}` });
        return;
      }
      const last = out.trim().split('\n').pop() ?? '';
      try {
        resolve({ ok: true, value: JSON.parse(last) as T });
      } catch {
        resolve({ ok: false, error: `unreadable output from ${command}: ${last.slice(0, 200)}` });
      }
    });
  });
}
