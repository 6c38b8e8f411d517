// The scenarios that come with the page: every YAML file under scenarios/, read at build time,
// at the same paths as in the repository, so a summary names the same file as `jbsim run`.

import { memoryScenarioFiles, type ScenarioFiles } from '../../src/platform/files.js';

const raw = import.meta.glob('../../scenarios/**/*.yaml', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

/** path (e.g. `scenarios/foodvalley/baseline.yaml`) → text. */
export const BUNDLED: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(raw).map(([p, text]) => [p.replace(/^(\.\.\/)+/, ''), text]),
);

/** Where a file the user opens or pastes is placed, so `extends: baseline.yaml` finds the baseline. */
export const CUSTOM_FOLDER = 'scenarios/foodvalley';

export interface BundledScenario {
  /** The short name in the URL: the file name without `.yaml`, e.g. `baseline`, `guardian-duos`; outside FoodValley's folder with its folder, e.g. `netherlands/baseline`. */
  id: string;
  path: string;
}

/** Baseline first, then FoodValley's reforms by name, then the other folders. */
export const BUNDLED_SCENARIOS: BundledScenario[] = Object.keys(BUNDLED)
  .map((path) => ({
    id: (path.startsWith(`${CUSTOM_FOLDER}/`) ? path.slice(CUSTOM_FOLDER.length + 1) : path.replace(/^scenarios\//, '')).replace(
      /\.ya?ml$/,
      '',
    ),
    path,
  }))
  .sort((a, b) => rank(a) - rank(b) || a.path.localeCompare(b.path));

function rank(s: BundledScenario): number {
  if (s.path === `${CUSTOM_FOLDER}/baseline.yaml`) return 0;
  return s.path.startsWith(`${CUSTOM_FOLDER}/`) ? 1 : 2;
}

/** The bundled files, plus the user's own file (if any) at CUSTOM_FOLDER/name. */
export function scenarioFiles(custom?: { name: string; text: string }): ScenarioFiles {
  return memoryScenarioFiles(custom ? { ...BUNDLED, [customPath(custom.name)]: custom.text } : BUNDLED);
}

export function customPath(name: string): string {
  const safe = name.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[.-]+/, '') || 'scenario.yaml';
  return `${CUSTOM_FOLDER}/${/\.(ya?ml|json)$/i.test(safe) ? safe : `${safe}.yaml`}`;
}
