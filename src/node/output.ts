// Writing results: every file goes to a temporary name in the same folder and is then renamed,
// so a reader (or a crash, or Ctrl-C) never sees a half-written file; paths built from scenario
// names are checked to stay inside the output folder.

import { isAbsolute, relative, resolve } from 'node:path';
import { UserError } from '../userError.js';

export { writeFileAtomic } from '../atomicFile.js';
export { safeFileName, scenarioFileNames, toJson } from '../experiment/output.js';

/** `out/…parts`, refusing anything that would land outside `out`. */
export function insideOut(out: string, ...parts: string[]): string {
  const root = resolve(out);
  const target = resolve(root, ...parts);
  const rel = relative(root, target);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) {
    throw new UserError({ file: '--out', message: `refusing to write ${target}: it is outside the output folder ${root}` });
  }
  return target;
}
