// The report's files are written whole or not at all (see src/atomicFile.ts); this returns the
// path so a writer can collect the list of files it wrote.

import { writeFileAtomic as writeWhole } from '../atomicFile.js';

export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<string> {
  writeWhole(path, data);
  return path;
}
