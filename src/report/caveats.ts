// What a scenario changes and what its results rest on, in words: the parameters that differ
// from the baseline, the parameters of each reform it switches on (in effect even where the
// file leaves them at the reform's defaults), and the assumptions its results depend on most.
// Where an uncertainty analysis can tell the parameters apart, those are the parameters that
// stand out as drivers of the reform's effects, each with the measures it drives; otherwise the
// reform's own assumed parameters and the one feedback every reform runs through: how much
// rarer contact lengthens a measure.

import { valueAt } from '../experiment/parameters.js';
import type { UncertaintyFile } from '../experiment/uncertaintyTypes.js';
import { costOnlyParameter, reformEnabled } from '../model/reforms/index.js';
import type { Scenario } from '../scenario/schema.js';
import { formatPercent, formatYears } from './format.js';
import { SATURATED } from '../experiment/settled.js';
import { capacityWords, saturatedByMean } from './settledWords.js';
import { metricOf } from './headline.js';
import type { Labels } from './labels.js';
import { titles } from './names.js';
import { betterDirection } from './outcomes.js';
import { isAssumption, parameterName, parameterSource, sourceWords, valueWords } from './parameterWords.js';
import type { Comparison, ScenarioSummary } from '../experiment/types.js';
import type { ScenarioDiff } from './types.js';
import { standingOut } from './uncertaintyText.js';

/** Drivers taken per measure: the strongest, and a second when it stands out too. */
const DRIVERS_PER_MEASURE = 2;

export interface ParameterNote {
  path: string;
  /** The parameter's label (never its path). */
  name: string;
  /** Its value in this scenario, with its unit in words. */
  value: string;
  /** The baseline's value, where it differs. */
  baseline?: string;
  /** Where the value comes from, in the report's language. */
  source: string;
  assumption: boolean;
  /** The measures (metric keys) whose effect this parameter drives, by the uncertainty analysis. */
  drives?: string[];
  /** It sets only what the chain costs (a price, staff still paid): no effect rests on it. */
  costOnly?: boolean;
}

/** The contact feedback: every reform that changes visits changes measure lengths through it. */
export const CONTACT_ELASTICITY = 'gi.extensionContactElasticity';

/**
 * What the contact feedback moves by construction: rarer contact lengthens measures, so it
 * drives the children under a measure and the cost of them, not the visits themselves.
 */
export const CONTACT_DRIVES: readonly string[] = ['childrenUnderMeasure', 'costPerYearEuro'];

const REFORM = /^reforms\.([A-Za-z]+)\.enabled$/;

function note(labels: Labels, path: string, value: unknown, scenario: Scenario | undefined, baseline?: unknown): ParameterNote {
  const source = parameterSource(path, scenario);
  return {
    path,
    name: parameterName(labels.lang, path, scenario),
    value: valueWords(labels, path, value, scenario),
    ...(baseline === undefined ? {} : { baseline: valueWords(labels, path, baseline, scenario) }),
    source: sourceWords(labels.lang, source),
    assumption: isAssumption(source),
    ...(scenario !== undefined && costOnlyParameter(scenario, path) ? { costOnly: true } : {}),
  };
}

/** The reforms a scenario switches on: from its values, else from its differences. */
export function enabledReforms(scenario: Scenario | undefined, diffs: readonly ScenarioDiff[] | undefined): string[] {
  if (scenario) return Object.keys(scenario.reforms).filter((k) => reformEnabled(scenario, k));
  return (diffs ?? []).flatMap((d) => {
    const reform = REFORM.exec(d.path)?.[1];
    return reform !== undefined && d.value === true ? [reform] : [];
  });
}

/**
 * Each switched-on reform's parameters as they are in effect, with the baseline's value where it
 * differs. Where the reform is off in the baseline its settings there are not in effect: a
 * caseload norm of 15 against the reform's default 12 is not "now 12" (today's norm is 18).
 */
function reformParameters(labels: Labels, scenario: Scenario, reform: string, diffs: readonly ScenarioDiff[]): ParameterNote[] {
  const section = (scenario.reforms as Record<string, Record<string, unknown>>)[reform] ?? {};
  const offInBaseline = diffs.some((x) => x.path === `reforms.${reform}.enabled` && x.baseline !== true);
  return Object.entries(section)
    .filter(([k]) => k !== 'enabled')
    .map(([k, v]) => {
      const path = `reforms.${reform}.${k}`;
      const d = diffs.find((x) => x.path === path);
      return note(labels, path, v, scenario, offInBaseline ? undefined : d?.baseline);
    });
}

export interface ScenarioChanges {
  /** The reforms switched on, by their labels. */
  reforms: Array<{ key: string; name: string; parameters: ParameterNote[] }>;
  /** Other parameters that differ from the baseline. */
  other: ParameterNote[];
}

export function changesOf(labels: Labels, diffs: readonly ScenarioDiff[] | undefined, scenario: Scenario | undefined): ScenarioChanges {
  const list = diffs ?? [];
  const reforms = enabledReforms(scenario, list).map((key) => ({
    key,
    name: parameterName(labels.lang, `reforms.${key}.enabled`, scenario),
    parameters: scenario ? reformParameters(labels, scenario, key, list) : [],
  }));
  const covered = new Set(reforms.flatMap((r) => [`reforms.${r.key}.enabled`, ...r.parameters.map((p) => p.path)]));
  const other = list.filter((d) => !covered.has(d.path)).map((d) => note(labels, d.path, d.value, scenario, d.baseline));
  return { reforms, other };
}

/**
 * The assumptions a scenario's results depend on most, the reforms' own first: each reform's
 * parameters that no source gives, then the contact elasticity (with the scenario's value).
 */
export function assumptionsOf(labels: Labels, diffs: readonly ScenarioDiff[] | undefined, scenario: Scenario | undefined): ParameterNote[] {
  const changes = changesOf(labels, diffs, scenario);
  const own = [...changes.reforms.flatMap((r) => r.parameters), ...changes.other].filter((p) => p.assumption && p.path !== CONTACT_ELASTICITY);
  const elasticity = scenario ? note(labels, CONTACT_ELASTICITY, scenario.gi.extensionContactElasticity, scenario) : undefined;
  return elasticity ? [...own, elasticity] : own;
}

/**
 * The assumptions a reform's effects depend on most by the uncertainty analysis: per measure
 * with a better direction, the parameters that stand out after testing them all, strongest
 * first, each with the measures it drives. Empty when there is no analysis, when its worlds are
 * too few to tell the parameters apart, or when none stands out.
 */
export function drivenAssumptions(labels: Labels, file: UncertaintyFile | undefined, name: string, scenario: Scenario | undefined): ParameterNote[] {
  const entry = file?.scenarios[name];
  if (!file || !entry) return [];
  const found = new Map<string, { strength: number; drives: string[] }>();
  for (const metric of file.metrics) {
    const u = entry.metrics[metric];
    if (!u || betterDirection(metric) === 'none') continue;
    for (const d of standingOut(file, u).slice(0, DRIVERS_PER_MEASURE)) {
      const f = found.get(d.path) ?? { strength: 0, drives: [] };
      f.strength = Math.max(f.strength, Math.abs(d.coefficient));
      f.drives.push(metric);
      found.set(d.path, f);
    }
  }
  return [...found]
    .sort((a, b) => b[1].strength - a[1].strength)
    .map(([path, f]) => ({ ...note(labels, path, scenario ? valueAt(scenario, path) : undefined, scenario), drives: f.drives }));
}

export interface CaveatInput {
  summaries: readonly ScenarioSummary[];
  comparison: Comparison;
  diffs?: Record<string, ScenarioDiff[]>;
  values?: Record<string, Scenario>;
  /** An uncertainty analysis: where it can tell, the drivers of each reform's effects are what its results rest on. */
  uncertainty?: UncertaintyFile;
}

/**
 * What a scenario's results rest on: the drivers of its effects by the uncertainty analysis
 * where it can tell them apart, else the reform's own assumptions; and a line saying which.
 */
export function restsOn(labels: Labels, input: CaveatInput, name: string): { notes: ParameterNote[]; basis: string } {
  const w = labels.comparison.caveats;
  const driven = drivenAssumptions(labels, input.uncertainty, name, input.values?.[name]);
  if (driven.length > 0) return { notes: driven, basis: w.byUncertainty(input.uncertainty!.analysedWorlds) };
  const own = assumptionsOf(labels, input.diffs?.[name], input.values?.[name]);
  if (!input.uncertainty?.scenarios[name]) return { notes: own, basis: '' };
  return { notes: own, basis: input.uncertainty.method.drivers === 'prcc' ? w.noneStandsOut(input.uncertainty.analysedWorlds) : w.tooFewWorlds(input.uncertainty.analysedWorlds) };
}


/**
 * Above this share of families still in the chain at the end (in any scenario), the per-family
 * counts get a caveat. With 12 years of follow-up FoodValley's self-delivered help kept ~7% in the
 * chain, and its cold handovers per family were then still ~0.16 short of the count followed to the
 * end (30 years): a share of a few percent already moves a reform's per-family effect.
 */
const LARGE_CENSORED_SHARE = 0.05;

/** The caveat on per-family counts when many families are still in the chain when counting stops; null when none is. */
export function censoredCaveat(labels: Labels, summaries: readonly ScenarioSummary[], comparison: Comparison): string | null {
  const title = titles(labels, summaries);
  const shares = summaries.map((s) => ({ name: s.scenario.name, share: metricOf(s, 'censoredShare')?.mean ?? NaN })).filter((x) => Number.isFinite(x.share));
  if (!shares.some((x) => x.share > LARGE_CENSORED_SHARE)) return null;
  const base = shares.find((x) => x.name === comparison.baseline);
  const others = shares.filter((x) => x.name !== comparison.baseline).map((x) => `${title(x.name)} ${formatPercent(labels, x.share, 0)}`);
  return labels.comparison.censored(formatPercent(labels, base?.share ?? NaN, 0), others.join(', '));
}

/** Which families the counts per family cover, read from the baseline; null for summaries that do not say. */
export function cohortNote(labels: Labels, summaries: readonly ScenarioSummary[], comparison: Comparison): string | null {
  const base = summaries.find((s) => s.scenario.name === comparison.baseline) ?? summaries[0];
  if (base?.cohortDays === undefined || base.followUpDays === undefined) return null;
  const whole = base.cohortDays >= base.horizonDays;
  // the last family counted came in as the cohort's part of the window closed
  const atLeast = base.horizonDays - base.cohortDays + base.followUpDays;
  const years = (days: number) => formatYears(labels, days);
  return labels.comparison.cohort(years(base.cohortDays), years(base.horizonDays), years(base.followUpDays), years(atLeast), whole);
}

/** Links named per scenario in the saturation note: the most often busy first. */
const SATURATED_LINKS_NAMED = 4;

/**
 * The links busy all the time in single replications, which the settled verdict (on the mean over
 * the replications) does not show: for the baseline "k of n" with its links and how often, and the
 * reforms with their counts. Scenarios whose verdict names a full link already (by its mean) are
 * left to their own warning. Null when no other scenario had such a replication.
 */
export function saturationCaveat(labels: Labels, summaries: readonly ScenarioSummary[], comparison: Comparison): string | null {
  const title = titles(labels, summaries);
  const checked = summaries.filter((s) => s.settled?.replicationsWithSaturation !== undefined && saturatedByMean(s).length === 0);
  const counted = checked.filter((s) => s.settled!.replicationsWithSaturation! > 0);
  if (counted.length === 0) return null;
  const share = (s: ScenarioSummary) => labels.comparison.ofReplications(s.settled!.replicationsWithSaturation!, s.replications);
  const base = summaries.find((s) => s.scenario.name === comparison.baseline);
  const saturatedIn = base?.settled?.saturatedIn ?? [];
  const named = saturatedIn.slice(0, SATURATED_LINKS_NAMED).map((l) => labels.comparison.inReplications(capacityWords(labels, l.link), l.replications));
  const more = saturatedIn.length - named.length;
  const baseLinks = [...named, ...(more > 0 ? [labels.comparison.moreLinks(more)] : [])].join(', ');
  const others = counted.filter((s) => s !== base).map((s) => `${title(s.scenario.name)} (${share(s)})`);
  const baseline = base === undefined || !checked.includes(base) ? null : counted.includes(base) ? share(base) : 'none';
  return labels.comparison.saturated(baseline, baseLinks, others, formatPercent(labels, SATURATED, 1));
}
