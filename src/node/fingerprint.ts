// A fingerprint of the compiled model: a hash of the JavaScript of the model and the kernel next to
// the model module. Kept settled starts are keyed by it, so any change to the code gives new keys
// and a kept pilot never outlives the code that made it.

import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

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
