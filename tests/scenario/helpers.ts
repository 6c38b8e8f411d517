// Shared by the scenario tests: paths, and the diagnostics a load produces.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tempDir as tempFolder } from '../helpers/tempDirs.js';
import { loadScenario, loadScenarioText } from '../../src/node/scenarioFiles.js';
import type { LoadOptions } from '../../src/scenario/load.js';
import { UserError, type Diagnostic } from '../../src/userError.js';
import { isNonEmpty, type NonEmpty } from '../../src/lists.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BROKEN = path.join(ROOT, 'tests/scenario/broken');
export const SCENARIOS = path.join(ROOT, 'scenarios');
export const FOODVALLEY = path.join(SCENARIOS, 'foodvalley');

/** The diagnostics of a load that must fail (at least one); fails the test if it loads. */
export function diagnosticsOf(file: string, options?: LoadOptions): NonEmpty<Diagnostic> {
  return failure(file, () => loadScenario(file, options));
}

export function textDiagnostics(text: string | Uint8Array, file: string, options?: LoadOptions): NonEmpty<Diagnostic> {
  return failure(file, () => loadScenarioText(text, file, options));
}

function failure(file: string, load: () => unknown): NonEmpty<Diagnostic> {
  try {
    load();
  } catch (err) {
    if (!(err instanceof UserError)) throw err;
    if (isNonEmpty(err.diagnostics)) return err.diagnostics;
    throw new Error(`${file} was refused without a diagnostic`);
  }
  throw new Error(`${file} loaded without a mistake`);
}

/** A fresh folder, removed after the file's tests. */
export function tempDir(): string {
  return tempFolder('scenario');
}
