// Shared by the scenario tests: paths, and the diagnostics a load produces.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tempDir as tempFolder } from '../helpers/tempDirs.js';
import { loadScenario, loadScenarioText } from '../../src/node/scenarioFiles.js';
import type { LoadOptions } from '../../src/scenario/load.js';
import { UserError, type Diagnostic } from '../../src/userError.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BROKEN = path.join(ROOT, 'tests/scenario/broken');
export const SCENARIOS = path.join(ROOT, 'scenarios');
export const FOODVALLEY = path.join(SCENARIOS, 'foodvalley');

/** The diagnostics of a load that must fail; fails the test if it loads. */
export function diagnosticsOf(file: string, options?: LoadOptions): Diagnostic[] {
  try {
    loadScenario(file, options);
  } catch (err) {
    if (err instanceof UserError) return err.diagnostics;
    throw err;
  }
  throw new Error(`${file} loaded without a mistake`);
}

export function textDiagnostics(text: string | Uint8Array, file: string, options?: LoadOptions): Diagnostic[] {
  try {
    loadScenarioText(text, file, options);
  } catch (err) {
    if (err instanceof UserError) return err.diagnostics;
    throw err;
  }
  throw new Error(`${file} loaded without a mistake`);
}

/** A fresh folder, removed after the file's tests. */
export function tempDir(): string {
  return tempFolder('scenario');
}
