// What `jbsim describe` reports about a scenario, gathered from where it is defined rather than
// written out by hand: every parameter with its value, unit and source from the schema; the
// metrics from the experiment layer's catalogue of a real replication; the experiment's
// settings and the software from package.json. src/report/stressDes.ts turns it into the
// STRESS-DES reporting items. Nothing here depends on the machine or the clock, so the same
// scenario always gives the same description.

import { readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { LINKS } from '../model/results.js';
import { runReplication } from '../model/index.js';
import { isFolder, loadScenario, scenarioFilesIn } from './scenarioFiles.js';
import { packageFolder } from './packageFolder.js';
import { isPlainObject } from '../scenario/merge.js';
import { formatDistribution } from '../scenario/reference.js';
import { textIn } from '../scenario/localText.js';
import { scenarioSchema, type Scenario } from '../scenario/schema.js';
import { formatPath, metaOf, numberBounds, schemaAt } from '../scenario/schemaWalk.js';
import { UserError } from '../userError.js';
import { DEFAULT_MAX_REPLICATIONS, DEFAULT_REPLICATIONS, DEFAULT_SEED } from '../experiment/experiment.js';
import { catalogue, HEADLINE_METRICS } from '../experiment/metrics.js';
import { estimateSize } from './size.js';

export interface DescribedParameter {
  path: string;
  value: string;
  unit: string;
  source: string;
  /** The schema's description. */
  meaning: string;
  /** A whole number of something the chain has (positions, slots, workers), not of persons. */
  capacity: boolean;
}

export interface ScenarioDescription {
  scenario: { name: string; description: string; file: string };
  parameters: DescribedParameter[];
  /** The other scenarios of the scenario's folder: the experiment it belongs to. */
  siblings: { name: string; description: string; file: string }[];
  /** `kind` as the catalogue says it (per family, per system, ...). */
  metrics: { name: string; kind: string; headline: boolean }[];
  links: readonly string[];
  run: {
    seed: number;
    replications: number;
    maxReplications: number;
    /** How the chain starts: from a settled snapshot, or empty. */
    start: 'settled' | 'empty';
    /** Years of the pilot run behind a settled start. */
    pilotYears: number;
    warmupYears: number;
    years: number;
    followUpYears: number;
    /** The first part of the window whose families are counted per family. */
    cohortShare: number;
    /** Of replication 0 with the default seed: a measured figure of this scenario, not of a machine. */
    eventsPerReplication: number;
    familiesSignalledObserved: number;
    familiesAliveEstimate: number;
  };
  software: { name: string; version: string; license: string; node: string; dependencies: Record<string, string> };
}

const displayPath = (abs: string) => {
  const rel = relative(process.cwd(), abs);
  return (rel.startsWith('..') ? abs : rel).split(sep).join('/');
};

/** Every leaf of the scenario as a parameter (a distribution is one leaf), with the schema's words. */
function parametersOf(s: Scenario): DescribedParameter[] {
  const out: DescribedParameter[] = [];
  const walk = (value: unknown, path: (string | number)[], inherited: { unit?: string; source?: string }) => {
    const schema = schemaAt(scenarioSchema, path, s);
    const meta = schema ? metaOf(schema) : {};
    const here = { unit: meta.unit ?? inherited.unit, source: meta.source ?? inherited.source };
    const isDistribution = isPlainObject(value) && typeof value.kind === 'string';
    if (isPlainObject(value) && !isDistribution) {
      for (const [k, v] of Object.entries(value)) walk(v, [...path, k], { source: here.source });
      return;
    }
    if (Array.isArray(value) && value.every(isPlainObject)) {
      for (const [i, v] of value.entries()) walk(v, [...path, i], { source: here.source });
      return;
    }
    const shown = isDistribution
      ? formatDistribution(value as Record<string, unknown>)
      : Array.isArray(value)
        ? value.join(', ')
        : String(value);
    out.push({
      path: formatPath(path),
      value: shown,
      unit: meta.unit ?? '',
      source: typeof value === 'number' || isDistribution ? (here.source ?? '') : (meta.source ?? ''),
      meaning: meta.description ?? '',
      capacity: typeof value === 'number' && schema !== undefined && numberBounds(schema)?.integer === true && meta.unit !== 'persons',
    });
  };
  const { name: _name, description: _description, ...rest } = s;
  walk(rest, [], {});
  return out;
}

function readPackage(): {
  name: string;
  version: string;
  license?: string;
  engines?: { node?: string };
  dependencies?: Record<string, string>;
} {
  return JSON.parse(readFileSync(join(packageFolder(), 'package.json'), 'utf8'));
}

export function describeScenario(file: string): ScenarioDescription {
  if (isFolder(file))
    throw new UserError({
      file,
      message: 'describe takes one scenario file, not a folder',
      hint: 'e.g. jbsim describe scenarios/foodvalley/baseline.yaml',
    });
  const loaded = loadScenario(file);
  const s = loaded.scenario;
  const siblings = scenarioFilesIn(dirname(loaded.file))
    .filter((f) => f !== loaded.file)
    .map((f) => {
      try {
        const l = loadScenario(f);
        return { name: l.scenario.name, description: textIn(l.scenario.description, 'en'), file: displayPath(f) };
      } catch {
        return undefined; // a broken file beside it is not part of this scenario's experiment
      }
    })
    .filter((x): x is NonNullable<typeof x> => x !== undefined);
  const result = runReplication(s, { seed: DEFAULT_SEED, replication: 0 });
  const cat = catalogue(result);
  const pkg = readPackage();
  return {
    scenario: { name: s.name, description: textIn(s.description, 'en'), file: displayPath(loaded.file) },
    parameters: parametersOf(s),
    siblings,
    metrics: cat.names.map((name) => ({ name, kind: cat.kind.get(name)!, headline: HEADLINE_METRICS.includes(name) })),
    links: LINKS,
    run: {
      seed: DEFAULT_SEED,
      replications: DEFAULT_REPLICATIONS,
      maxReplications: DEFAULT_MAX_REPLICATIONS,
      start: s.simulation.start,
      pilotYears: s.simulation.settledStart.pilotYears,
      warmupYears: s.simulation.warmupYears,
      years: s.simulation.years,
      followUpYears: s.simulation.followUpYears,
      cohortShare: s.simulation.cohortShare,
      eventsPerReplication: result.system.eventsFired,
      familiesSignalledObserved: result.system.familiesArrived,
      familiesAliveEstimate: Math.round(estimateSize(s).familiesAlive),
    },
    software: {
      name: pkg.name,
      version: pkg.version,
      license: pkg.license ?? '',
      node: pkg.engines?.node ?? '',
      dependencies: pkg.dependencies ?? {},
    },
  };
}
