// Temporary folders for a test file, removed when its tests are done (a run used to leave about
// 40 jbsim-* folders in the temp directory). Each test file imports this module afresh, so the
// hook below belongs to that file.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

const made: string[] = [];

afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fresh folder `jbsim-LABEL-…` in the temp directory, removed after this file's tests. */
export function tempDir(label: string): string {
  const dir = mkdtempSync(join(tmpdir(), `jbsim-${label}-`));
  made.push(dir);
  return dir;
}
