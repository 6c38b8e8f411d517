// The summary at the top of the report, built from the numbers alone: per reform what clearly
// improves, what clearly worsens, what it costs (FTE and euro a year, and the price of its main
// improvement), how certain that is, and what it rests on (a measured driver, else the scenario's
// own assumption, said to be unmeasured); and per headline
// measure the reforms ranked by their clear improvements. A difference whose interval includes
// zero is never named as a change, and an unsettled scenario is said to be so before anything
// else, its averages read as those of the observed years only.

import type { AssumptionCheck } from '../experiment/assumptionCheck.js';
import type { Comparison, CostEffectiveness, MetricDifference, ScenarioSummary } from '../experiment/types.js';
import type { UncertaintyFile } from '../experiment/uncertaintyTypes.js';
import { FTE_ROLES } from '../model/results.js';
import { CONTACT_DRIVES, CONTACT_ELASTICITY, type ParameterNote } from './caveats.js';
import { formatEuro, formatEuroRange, formatInterval, formatNumber, formatPercent, lowerFirst } from './format.js';
import { decimalsForDifference } from './headline.js';
import { metricWords, type Labels } from './labels.js';
import { titles as titlesOf } from './names.js';
import { MATERIAL_SHARE, PROVIDERS, RANKED_METRICS, SUMMARY_METRICS, betterDirection } from './outcomes.js';
import { capacityWords, nearlyFull, unsettledReasons } from './settledWords.js';
import { SUMMARY_PHRASES } from './summaryWords.js';
import { driversKnown, worldsShare } from './uncertaintyText.js';
import { clearMajority } from '../statistics/index.js';

export interface ConclusionInput {
  summaries: readonly ScenarioSummary[];
  comparison: Comparison;
  /** Scenario name → the assumptions its results rest on, the most important first. */
  assumptions: Record<string, readonly ParameterNote[]>;
  /** An uncertainty analysis of the same scenarios: how often the main improvement holds when the assumptions vary. */
  uncertainty?: UncertaintyFile;
  /** Scenario name → its price of a help provider a year (euro): to tell when help providers carry the cost difference. */
  providerPricePerYear?: Record<string, number>;
  /** The comparison again with one assumption at another value (`compare --check`), in words for the summary. */
  checks?: readonly CheckInput[];
}

/** One `--check` (checks.json's AssumptionCheck) with its parameter's name and values in words. */
export type CheckInput = Pick<AssumptionCheck, 'comparison' | 'settled'> & {
  /** ‘Contactelasticiteit …’: as the report names the parameter. */
  name: string;
  /** The checked value, in words. */
  value: string;
  /** Scenario name → its own value, in words. */
  own: Record<string, string>;
  /**
   * With `--like-today`: the checked parameter's median over the worlds like today's chain (in
   * words), when the baseline's own value lies outside their 10th–90th percentile (`lower`: above
   * it, so those worlds hold it lower). Absent otherwise.
   */
  worlds?: { median: string; lower: boolean };
  /**
   * Scenario names whose reform sets the checked parameter itself (its value differs from the
   * baseline's, or the path lies under one of its enabled reforms): at another value it is
   * another variant of the reform.
   */
  setByReform: readonly string[];
};

export interface ReformConclusion {
  scenario: string;
  title: string;
  settled: boolean;
  /** Why it is not settled, when it is not (one sentence, before the others). */
  warning: string | null;
  /** Its effects; its costs, certainty and main assumption. */
  sentences: string[];
  /** The price clause of its cost sentence (null: none), for the cost table to say the same. */
  price: Price;
}

export interface Ranking {
  metric: string;
  /** "Koude overdrachten (per gezin)". */
  name: string;
  /**
   * Settled reforms with a clear improvement, best first: "Lange betrokkenheid (−1,45)". Reforms
   * share a rank when the ranking cannot tell them apart: the paired difference from the first
   * reform of the rank has an interval that includes zero (comparison.json's `between`).
   */
  ranked: Array<{ scenario: string; text: string; rank: number }>;
  /** Titles of unsettled reforms with a clear improvement, left out of the order. */
  unsettled: string[];
}

export interface Conclusions {
  intro: string;
  reforms: ReformConclusion[];
  rankings: Ranking[];
}

/** FTE changes smaller than this are not worth a clause, however clear. */
const MATERIAL_FTE = 0.5;

/** A clear difference: its interval excludes zero (and it is not zero). */
export function isClear(d: MetricDifference | undefined): d is MetricDifference {
  return d !== undefined && d.significant && d.difference !== 0 && Number.isFinite(d.difference) && (d.ci95[0] > 0 || d.ci95[1] < 0);
}

/** Clear and large enough to mention: at least MATERIAL_SHARE of the baseline's level. */
function isMaterial(d: MetricDifference): boolean {
  return d.baseline === 0 || !Number.isFinite(d.baseline) || Math.abs(d.difference) >= MATERIAL_SHARE * Math.abs(d.baseline);
}

interface Change {
  metric: string;
  d: MetricDifference;
  kind: 'better' | 'worse' | 'neutral';
  text: string;
}

/**
 * Measures whose lower value means more often (days between visits): a difference in days with
 * a percentage reads as fewer visits, so they are told as both levels, "elke 17,9 in plaats van
 * elke 31,7 dagen".
 */
const TOLD_AS_LEVELS = new Set(['visitIntervalDays']);

function changeText(labels: Labels, metric: string, d: MetricDifference): string {
  const words = metricWords(labels, metric);
  const decimals = decimalsForDifference(metric, d);
  if (TOLD_AS_LEVELS.has(metric) && Number.isFinite(d.scenario) && Number.isFinite(d.baseline)) {
    const levels = SUMMARY_PHRASES[labels.lang].everyInsteadOf(formatNumber(labels, d.scenario, decimals), formatNumber(labels, d.baseline, decimals), words.unit);
    return `${d.difference < 0 ? words.lower : words.higher} (${levels})`;
  }
  const amount = `${formatNumber(labels, d.difference, decimals, true)} ${words.unit}`.trim();
  const relative = d.relativeChange === null || !Number.isFinite(d.relativeChange) ? '' : `, ${signedPercent(labels, d.relativeChange)}`;
  return `${d.difference < 0 ? words.lower : words.higher} (${amount}${relative})`;
}

/** "+12%", "−4%": a relative change with its sign. */
function signedPercent(labels: Labels, share: number): string {
  return formatPercent(labels, share, 0).replace(/^(?=\d)/, share > 0 ? '+' : '');
}

/** The clear, material changes of one reform on the summary's measures, largest relative change first. */
export function clearChanges(labels: Labels, diffs: Record<string, MetricDifference> | undefined): Change[] {
  const out: Change[] = [];
  for (const metric of SUMMARY_METRICS) {
    const d = diffs?.[metric];
    if (!isClear(d) || !isMaterial(d)) continue;
    const kind = betterDirection(metric) === 'none' ? 'neutral' : d.difference < 0 ? 'better' : 'worse';
    const aside = metric === 'childrenUnderMeasure' ? stockAside(labels, diffs) : '';
    out.push({ metric, d, kind, text: `${changeText(labels, metric, d)}${aside}` });
  }
  // from nothing (families who stay away, none today) a clear change is the largest there is
  const size = (c: Change) => (c.d.relativeChange === null && c.d.baseline === 0 ? Infinity : Math.abs(c.d.relativeChange ?? 0));
  return out
    .filter((c) => !echoes(c, out))
    .map((c) => (c.metric === 'childrenWaitingForGuardian' ? beforeRuling(labels, c) : c))
    .sort((a, b) => size(b) - size(a) || 0);
}

/**
 * The whole waiting list for a guardian repeats the children without one under a measure when
 * both move the same way, and is left out then. It says something of its own where it moves
 * alone or against them: long involvement takes families on before the ruling, so fewer wait
 * under a measure while more wait in all.
 */
function echoes(c: Change, all: readonly Change[]): boolean {
  if (c.metric !== 'childrenWaitingForGuardian') return false;
  return all.some((x) => x.metric === 'childrenWithoutGuardian' && x.kind === c.kind);
}

/**
 * A waiting list that does not echo the children without a guardian moves by families on it
 * without a measure, which only long involvement puts there: mostly families before their ruling,
 * who keep their local-team worker until a guardian takes them on (journey.ts, takeGuardianNow)
 * and would have no guardian before the ruling in the baseline either; the rest are families after
 * their measure whose guardian left. So it is said as a fact with its main reason, not as a worsening.
 */
function beforeRuling(labels: Labels, c: Change): Change {
  return { ...c, kind: 'neutral', text: `${c.text}${SUMMARY_PHRASES[labels.lang].beforeRulingAside}` };
}

/**
 * Where a change in the children under a measure comes from: fewer (or more) children getting a
 * measure, shorter (or longer) measures, or both. The stock is a time average, so caseload 12's
 * "fewer children with a measure" is measures that end sooner, as many children getting one;
 * read as fewer orders it would mislead.
 */
function stockAside(labels: Labels, diffs: Record<string, MetricDifference> | undefined): string {
  const stock = diffs?.childrenUnderMeasure;
  if (stock === undefined) return '';
  const fewer = stock.difference < 0;
  // only a part that moves the stock the way it went explains it (more children getting a measure
  // is no reason for fewer under one)
  const withStock = (d: MetricDifference | undefined): d is MetricDifference => isClear(d) && isMaterial(d) && d.difference < 0 === fewer;
  const into = diffs?.childrenIntoMeasure;
  const length = diffs?.measureDurationDays;
  const intoMoved = withStock(into);
  const lengthMoved = withStock(length);
  if (!intoMoved && !lengthMoved) return '';
  return SUMMARY_PHRASES[labels.lang].stockAside(
    fewer,
    intoMoved ? formatNumber(labels, into.difference, 0, true) : null,
    lengthMoved ? formatNumber(labels, length.difference, 0, true) : null,
    // as many getting one, when their number did not clearly change
    !intoMoved && !(isClear(into) && isMaterial(into)),
  );
}

/**
 * The per-family figures the model exists for: a clear, material change in either is always
 * named, however small it is beside a wait that grows tenfold.
 */
const FAMILY_HEADLINES: readonly string[] = ['coldHandoversPerFamily', 'professionalsPerFamily'];
/** Besides those, the largest changes of one kind the summary names. */
const OTHERS_NAMED = 3;

/**
 * The changes of one kind the summary names, largest first as `ofOneKind` comes: the per-family
 * headlines always, and at most OTHERS_NAMED others. Self-delivered help's +10% cold handovers
 * would otherwise give way to waits and children without a guardian that rise nine- to
 * twelvefold.
 */
function namedChanges(ofOneKind: readonly Change[]): Change[] {
  let others = 0;
  return ofOneKind.filter((c) => FAMILY_HEADLINES.includes(c.metric) || others++ < OTHERS_NAMED);
}

/** The measures the summary names for these changes (each kind as `namedChanges` picks them). */
function namedMetrics(changes: readonly Change[]): string[] {
  return (['better', 'worse', 'neutral'] as const).flatMap((kind) => namedChanges(changes.filter((c) => c.kind === kind)).map((c) => c.metric));
}

function precisionOf(d: MetricDifference): 'precise' | 'fair' | 'rough' {
  const halfWidth = (d.ci95[1] - d.ci95[0]) / 2;
  const relative = halfWidth / Math.abs(d.difference);
  return relative < 0.25 ? 'precise' : relative < 0.6 ? 'fair' : 'rough';
}

function fteClauses(labels: Labels, diffs: Record<string, MetricDifference> | undefined): string[] {
  const p = SUMMARY_PHRASES[labels.lang];
  // guardians in induction are part of the guardians and cost nothing extra: not a cost of their own
  return FTE_ROLES.filter((role) => role !== 'guardianInInduction').flatMap((role) => {
    const d = diffs?.[`fte.${role}`];
    if (!isClear(d) || Math.abs(d.difference) < MATERIAL_FTE) return [];
    // more guardians for a norm are read as that norm: say the caseload they then have (caseload 12 gives ~9 when measures shorten)
    const caseload = role === 'guardian' ? diffs?.guardianCaseloadChildren : undefined;
    const aside =
      caseload !== undefined && Number.isFinite(caseload.scenario) && Number.isFinite(caseload.baseline)
        ? p.caseloadAside(formatNumber(labels, caseload.scenario, 1), formatNumber(labels, caseload.baseline, 1))
        : '';
    return [`${p.fte(formatNumber(labels, d.difference, 1, true), labels.fteRoles[role])}${aside}`];
  });
}

export type CostDirection = 'more' | 'less' | 'unclear' | 'unknown';

function costDifference(ce: CostEffectiveness | undefined, diffs: Record<string, MetricDifference> | undefined): { mean: number; ci95: [number, number] } | undefined {
  return ce?.costPerYearEuro ?? (diffs?.costPerYearEuro ? { mean: diffs.costPerYearEuro.difference, ci95: diffs.costPerYearEuro.ci95 } : undefined);
}

/** Whether the cost clearly rises, clearly falls, neither, or is not known. */
function directionOf(cost: { mean: number; ci95: [number, number] } | undefined): CostDirection {
  if (!cost || !Number.isFinite(cost.mean)) return 'unknown';
  return cost.ci95[0] > 0 ? 'more' : cost.ci95[1] < 0 ? 'less' : 'unclear';
}

/** The cost difference in words, its direction, and its mean (NaN when not known). */
export function euroClause(
  labels: Labels,
  ce: CostEffectiveness | undefined,
  diffs: Record<string, MetricDifference> | undefined,
): { text: string | null; direction: CostDirection; mean: number } {
  const p = SUMMARY_PHRASES[labels.lang];
  const cost = costDifference(ce, diffs);
  const direction = directionOf(cost);
  if (direction === 'unknown' || !cost) return { text: null, direction: 'unknown', mean: NaN };
  const { mean } = cost;
  if (direction === 'more') return { text: p.costMore(formatEuro(labels, mean), formatEuroRange(labels, cost.ci95)), direction, mean };
  if (direction === 'less') return { text: p.costLess(formatEuro(labels, -mean), formatEuroRange(labels, [-cost.ci95[1], -cost.ci95[0]])), direction, mean };
  return { text: p.costUnclear(formatEuroRange(labels, cost.ci95)), direction, mean };
}

/**
 * Where a clear cost difference comes from, when help providers carry it: their priced change
 * (provider-years × the scenario's price, against the baseline's) points the same way and is
 * between half and one and a half times the whole difference, so no large part goes the other
 * way. Null otherwise, and when the prices are not known.
 */
function providersClause(labels: Labels, input: ConclusionInput, name: string, direction: string): string | null {
  const diffs = input.comparison.scenarios[name];
  const d = diffs?.[PROVIDERS];
  const cost = input.comparison.costEffectiveness?.[name]?.costPerYearEuro?.mean ?? diffs?.costPerYearEuro?.difference;
  const price = input.providerPricePerYear?.[name];
  const basePrice = input.providerPricePerYear?.[input.comparison.baseline];
  if ((direction !== 'more' && direction !== 'less') || !isClear(d) || cost === undefined || price === undefined || basePrice === undefined) return null;
  const providerCost = d.scenario * price - d.baseline * basePrice;
  const share = providerCost / cost;
  if (!(share >= 0.5 && share <= 1.5) || Math.sign(d.difference) !== Math.sign(cost)) return null;
  return SUMMARY_PHRASES[labels.lang].mainlyProviders(formatNumber(labels, d.difference, 0, true), d.difference < 0);
}

/** What the summary says of a reform's price, and its words: the cost table shows each kind in its own way. */
export type Price = { kind: 'price' | 'bargain' | 'bargainHere' | 'unsettled' | 'noPrice'; text: string } | null;

/**
 * The price of the main improvement (the priced one with the largest relative change): euro per
 * unit when the cost clearly rises, "saves money and improves" when it clearly falls and nothing
 * clearly worsens (only "improves" when the saving is not robust: `savingHolds`), nothing
 * otherwise. Never for a scenario that is not settled: a ratio of two averages that depend on how
 * long one looks is no price.
 */

export function priceClause(
  labels: Labels,
  ce: CostEffectiveness | undefined,
  diffs: Record<string, MetricDifference> | undefined,
  costDirection: CostDirection,
  worsens: boolean,
  settled = true,
  savingIsRobust = true,
): { price: Price; metric: string | null } {
  const p = SUMMARY_PHRASES[labels.lang];
  const priced = (ce?.improvements ?? []).filter((i) => i.euroPerUnit !== null && isClear(diffs?.[i.metric]));
  if (priced.length === 0) return { price: null, metric: null };
  const size = (metric: string) => Math.abs(diffs?.[metric]?.relativeChange ?? 0);
  const main = [...priced].sort((a, b) => size(b.metric) - size(a.metric))[0]!;
  if (!settled) return { price: { kind: 'unsettled', text: p.noPriceUnsettled }, metric: main.metric };
  // cheaper and better on everything that clearly changed: no price needed; with a worsening it is a trade-off, not a bargain
  if (costDirection === 'less') {
    const price: Price = worsens ? null : savingIsRobust ? { kind: 'bargain', text: p.dominant } : { kind: 'bargainHere', text: p.dominantHere };
    return { price, metric: main.metric };
  }
  if (costDirection !== 'more') return { price: { kind: 'noPrice', text: p.noPrice }, metric: main.metric };
  const e = main.euroPerUnit!;
  const text = p.price(formatEuro(labels, e.estimate), labels.priceUnits[main.metric] ?? main.unit, e.ci95 ? formatEuroRange(labels, e.ci95) : null);
  return { price: { kind: 'price', text }, metric: main.metric };
}

/**
 * The scenario's own assumptions named in a sentence: all of a single reform's (one to three),
 * so the one that carries the effect is among them (the local-team guardian's averted escalations
 * came second, after its hours, and went unnamed); a combined reform's first three, and how many more.
 */
const OWN_NAMED = 3;

/**
 * What the main effect rests on. Only a driver measured by the uncertainty analysis (its partial
 * rank correlation stands out) is said to carry the effect ("rests most on"); without one, the
 * scenario's own assumptions are named (`OWN_NAMED`), with what is not known: that the worlds were
 * too few (or absent) to measure which weighs most, or that none stood out. The contact feedback
 * is named only beside an effect it drives by construction.
 */
function assumptionClause(labels: Labels, input: ConclusionInput, name: string, main: Change | null): string | null {
  const p = SUMMARY_PHRASES[labels.lang];
  const assumptions = input.assumptions[name];
  if (!main || !assumptions || assumptions.length === 0) return null;
  if (assumptions.some((a) => a.drives !== undefined)) {
    const drivers = assumptions.filter((a) => a.drives?.includes(main.metric));
    return drivers.length > 0 ? p.restsOn(drivers.map((a) => p.assumption(a.name, a.value))) : p.noDriver;
  }
  // a price or staff still paid moves the cost, never the effect: not named behind it
  const own = assumptions.filter((a) => a.costOnly !== true && (a.path !== CONTACT_ELASTICITY || CONTACT_DRIVES.includes(main.metric)));
  if (own.length === 0) return null;
  const file = input.uncertainty;
  const tested = file !== undefined && file.scenarios[name] !== undefined && driversKnown(file);
  const named = own.slice(0, OWN_NAMED).map((a) => p.assumptionNamed(a.name, a.value));
  return p.ownAssumption(named, own.length - named.length, tested);
}

function conclusionFor(labels: Labels, input: ConclusionInput, summary: ScenarioSummary | undefined, name: string, title: string): ReformConclusion {
  const p = SUMMARY_PHRASES[labels.lang];
  const diffs = input.comparison.scenarios[name];
  const settled = summary?.settled?.settled ?? true;
  const changes = clearChanges(labels, diffs);
  const pick = (kind: Change['kind']) => namedChanges(changes.filter((c) => c.kind === kind)).map((c) => c.text);
  const effects = p.effects(title, pick('better'), pick('worse'), pick('neutral'), !settled);

  const ce = input.comparison.costEffectiveness?.[name];
  const euro = euroClause(labels, ce, diffs);
  const providers = providersClause(labels, input, name, euro.direction);
  const costRobust = costRobustness(labels, input.uncertainty, name, euro.direction);
  const euroText = euro.text === null ? null : [euro.text, providers, costRobust].filter((x) => x !== null).join(', ');
  const costs = [...fteClauses(labels, diffs), ...(euroText !== null ? [euroText] : [])];
  const price = priceClause(labels, ce, diffs, euro.direction, changes.some((c) => c.kind === 'worse'), settled, savingHolds(input, name));
  const main = changes.find((c) => c.metric === price.metric) ?? changes.find((c) => c.kind === 'better') ?? null;
  const robust = main && main.kind === 'better' ? robustness(labels, input.uncertainty, name, main) : null;
  const certainty = main
    ? `${p.certainty(labels.topics[main.metric] ?? lowerFirst(metricWords(labels, main.metric).name), precisionOf(main.d), `${formatInterval(labels, main.d.ci95, decimalsForDifference(main.metric, main.d))} ${metricWords(labels, main.metric).unit}`.trim())}${robust ? `; ${robust}` : ''}`
    : changes.length === 0
      ? p.noEffect(input.comparison.replications)
      : null;
  const sentences = [effects];
  const second = p.costSentence(costs, price.price?.text ?? null, certainty, assumptionClause(labels, input, name, main));
  if (second !== '') sentences.push(second);
  for (const check of input.checks ?? []) sentences.push(checkSentence(labels, input, check, name, settled, main?.metric ?? null));
  const warning = settled || !summary ? null : p.unsettled(unsettledReasons(labels, summary));
  return { scenario: name, title, settled, warning, sentences, price: price.price };
}

/** Scenario name → the price clause its summary gives, for the cost table. */
export function pricesOf(summary: Conclusions | undefined): Record<string, Price> | undefined {
  return summary ? Object.fromEntries(summary.reforms.map((r) => [r.scenario, r.price])) : undefined;
}

/**
 * Whether a clear saving is more than a product of the assumptions as set: it holds in more of the
 * plausible worlds than a coin toss would give (the sign test at 5%: 10 of 13, 7 of 8, 113 of 200)
 * and at every check's value. A reform that is cheaper here but dearer in many worlds, or dearer
 * at a checked value, is not called a bargain: that would be a verdict one assumed number can
 * overturn, and 7 cheaper worlds of 13 are what chance gives half the time.
 */
function savingHolds(input: Pick<ConclusionInput, 'uncertainty' | 'checks'>, name: string): boolean {
  const u = input.uncertainty?.scenarios[name]?.metrics.costPerYearEuro;
  // No analysis: the checks decide. Worlds asked for but none kept (--like-today): nothing supports
  // the saving beyond the own values. No world with a finite cost: the worlds say nothing.
  if (u && (u.effect.n === 0 || (Number.isFinite(u.probabilityOfImprovement) && !clearMajority(Math.round(u.probabilityOfImprovement * u.effect.n), u.effect.n))))
    return false;
  return (input.checks ?? []).every((check) => directionOf(costDifference(check.comparison.costEffectiveness[name], check.comparison.scenarios[name])) === 'less');
}

/**
 * Where the worlds like today's chain (`--like-today`) hold a checked parameter, when they lean
 * away from the baseline's value: their rank-sum z beyond ±1.96 (one parameter chosen beforehand,
 * so no correction for testing many) and the value outside their 10th–90th percentile on that
 * side. Null otherwise, or without such worlds.
 */
export function likeTodayLeaning(u: UncertaintyFile | undefined, path: string, own: unknown): { median: number; lower: boolean } | null {
  const shift = u?.likeToday ? u.worlds?.shifted.find((s) => s.path === path) : undefined;
  if (shift === undefined || typeof own !== 'number') return null;
  if (shift.z < -1.96 && own > shift.kept.p90) return { median: shift.kept.median, lower: true };
  if (shift.z > 1.96 && own < shift.kept.p10) return { median: shift.kept.median, lower: false };
  return null;
}

/**
 * What a reform's summary would say differently at a check's value: every summary measure whose
 * named verdict (clearly better, clearly worse, named as neither, or not named) changes, as it
 * reads at the checked value; the direction of the cost; whether it is settled. A reader sees
 * which of the conclusions above hang on that one assumption.
 */
export function checkSentence(labels: Labels, input: ConclusionInput, check: CheckInput, name: string, settled: boolean, mainMetric: string | null = null): string {
  const p = SUMMARY_PHRASES[labels.lang];
  const diffs = check.comparison.scenarios[name];
  const ownChanges = clearChanges(labels, input.comparison.scenarios[name]);
  const thenChanges = clearChanges(labels, diffs);
  const own = new Map(ownChanges.map((c) => [c.metric, c]));
  const then = new Map(thenChanges.map((c) => [c.metric, c]));
  // the measures a reader sees named, at either value: a change the summary leaves out at both is no news
  const shown = new Set([...namedMetrics(ownChanges), ...namedMetrics(thenChanges)]);
  const items: string[] = [];
  for (const metric of SUMMARY_METRICS) {
    if (!shown.has(metric)) continue;
    const was = own.get(metric);
    const is = then.get(metric);
    if (was?.kind === is?.kind) continue;
    if (is !== undefined) items.push(is.text);
    else items.push(notNamed(labels, metric, diffs?.[metric]));
  }
  const ownCost = euroClause(labels, input.comparison.costEffectiveness[name], input.comparison.scenarios[name]);
  const cost = euroClause(labels, check.comparison.costEffectiveness[name], diffs);
  if (cost.direction !== ownCost.direction && cost.text !== null) items.push(cost.text);
  const settledThen = check.settled[name];
  if (settledThen !== undefined && settledThen !== settled) items.push(p.settledThen(settledThen));
  const setting = p.checkSetting(check.name, check.value, check.own[name] ?? '–');
  // a reform that sets this parameter itself is, at the checked value, another variant: say so, lest it read as a finding
  const named = check.setByReform.includes(name) ? p.reformsOwn(setting) : setting;
  const sizes = sizesThen(labels, mainMetric, own, then, cost.direction === ownCost.direction ? { direction: cost.direction, own: ownCost.mean, checked: cost.mean } : null);
  return items.length === 0 ? p.checkSame(named, sizes.sizes, sizes.similar) : p.checkChanged(named, items, sizes.sizes);
}

/** A size at the checked value is news when it differs from the own by more than this share of it. */
const SIZE_NEWS = 0.1;

/**
 * How large the main effect and the cost are at the checked value, beside their size at the
 * scenario's own, where both keep their verdict and the size moves by more than `SIZE_NEWS`: the
 * direction holding says little to a reader who quotes the amount (less administration's saving
 * was a fifth as large at the contact elasticity's checked value, and the sentence said only that
 * it kept its direction). `similar`: what was compared and did not move that much, named, so the
 * sentence does not vouch for the size of every change.
 */
function sizesThen(
  labels: Labels,
  mainMetric: string | null,
  own: ReadonlyMap<string, Change>,
  then: ReadonlyMap<string, Change>,
  cost: { direction: CostDirection; own: number; checked: number } | null,
): { sizes: string[]; similar: string[] } {
  const p = SUMMARY_PHRASES[labels.lang];
  const sizes: string[] = [];
  const similar: string[] = [];
  const moved = (was: number, is: number) => Math.abs(is - was) > SIZE_NEWS * Math.abs(was);
  const was = mainMetric === null ? undefined : own.get(mainMetric);
  const is = mainMetric === null ? undefined : then.get(mainMetric);
  if (was !== undefined && is !== undefined && was.kind === is.kind) {
    const words = metricWords(labels, was.metric);
    const effect = p.effectOn(labels.topics[was.metric] ?? lowerFirst(words.name));
    if (moved(was.d.difference, is.d.difference)) {
      const decimals = decimalsForDifference(was.metric, was.d);
      sizes.push(p.sizeThen(effect, formatNumber(labels, is.d.difference, decimals, true), formatNumber(labels, was.d.difference, decimals, true), words.unit));
    } else similar.push(effect);
  }
  if (cost !== null && (cost.direction === 'less' || cost.direction === 'more')) {
    const less = cost.direction === 'less';
    const sign = less ? -1 : 1;
    if (moved(cost.own, cost.checked)) sizes.push(p.costThen(less, formatEuro(labels, sign * cost.checked), formatEuro(labels, sign * cost.own)));
    else similar.push(p.theCost);
  }
  return { sizes, similar };
}

/** A measure the summary does not name at the checked value: not clear, or clear but too small. */
function notNamed(labels: Labels, metric: string, d: MetricDifference | undefined): string {
  const p = SUMMARY_PHRASES[labels.lang];
  const words = metricWords(labels, metric);
  const topic = labels.topics[metric] ?? lowerFirst(words.name);
  if (d === undefined || !Number.isFinite(d.difference)) return p.noLongerClear(topic, '–', '–');
  const decimals = decimalsForDifference(metric, d);
  // Stryker disable next-line MethodExpression: every summary measure has a unit, so there is nothing to trim
  const amount = `${formatNumber(labels, d.difference, decimals, true)} ${words.unit}`.trim();
  // Stryker disable next-line MethodExpression: as above
  const interval = `${formatInterval(labels, d.ci95, decimals)} ${words.unit}`.trim();
  if (isClear(d)) {
    const relative = d.relativeChange === null || !Number.isFinite(d.relativeChange) ? '' : `, ${signedPercent(labels, d.relativeChange)}`;
    return p.tooSmall(topic, `${amount}${relative}`);
  }
  return p.noLongerClear(topic, amount, interval);
}

/**
 * How often the cost goes one way over plausible values of the assumptions, with the median
 * difference: a saving that rests on assumed prices and mechanisms is as uncertain as an effect.
 * A clear difference keeps its own direction; one the scenario's own values leave unclear gets the
 * worlds' more common one, so "no clear difference" is not read as "costs the same".
 */
function costRobustness(labels: Labels, file: UncertaintyFile | undefined, name: string, direction: CostDirection): string | null {
  const u = file?.scenarios[name]?.metrics.costPerYearEuro;
  if (direction === 'unknown' || !file || !u || u.effect.n === 0) return null;
  // an even split has no more common direction
  if (direction === 'unclear' && u.probabilityOfImprovement === u.probabilityOfWorsening) return null;
  const cheaper = direction === 'less' || (direction === 'unclear' && u.probabilityOfImprovement > u.probabilityOfWorsening);
  const share = cheaper ? u.probabilityOfImprovement : u.probabilityOfWorsening;
  // NaN when no world had a finite cost
  if (!Number.isFinite(share)) return null;
  return SUMMARY_PHRASES[labels.lang].costWorlds(cheaper, countedIn(labels, file, share, u.effect.n), formatEuro(labels, u.effect.median, true));
}

/**
 * How often the improvement holds over plausible values of the assumptions, when an uncertainty
 * analysis has it, with the median effect over those worlds: the size at the scenario's own values
 * can sit at one end of what they allow.
 */
function robustness(labels: Labels, file: UncertaintyFile | undefined, name: string, main: Change): string | null {
  const u = file?.scenarios[name]?.metrics[main.metric];
  if (!file || !u || u.effect.n === 0 || !Number.isFinite(u.probabilityOfImprovement)) return null;
  const words = metricWords(labels, main.metric);
  const median = `${formatNumber(labels, u.effect.median, decimalsForDifference(main.metric, main.d), true)} ${words.unit}`.trim();
  return SUMMARY_PHRASES[labels.lang].robust(countedIn(labels, file, u.probabilityOfImprovement, u.effect.n), median);
}

/** "7 of 8 plausible worlds", and which worlds those are when only those like today's chain count. */
function countedIn(labels: Labels, file: UncertaintyFile, share: number, worlds: number): string {
  const counted = worldsShare(labels.lang, share, worlds);
  return file.likeToday ? `${counted}${SUMMARY_PHRASES[labels.lang].likeTodayWorlds}` : counted;
}

function rankingFor(labels: Labels, input: ConclusionInput, metric: string, reforms: readonly ReformConclusion[]): Ranking {
  const words = metricWords(labels, metric);
  const clear = reforms
    .map((r) => ({ r, d: input.comparison.scenarios[r.scenario]?.[metric] }))
    .filter((x): x is { r: ReformConclusion; d: MetricDifference } => isClear(x.d) && x.d.difference < 0)
    .sort((a, b) => a.d.difference - b.d.difference);
  const amount = (metric: string, d: MetricDifference) => (metric === 'costPerYearEuro' ? formatEuro(labels, d.difference) : formatNumber(labels, d.difference, decimalsForDifference(metric, d), true));
  const settled = clear.filter((x) => x.r.settled);
  const ranks = sharedRanks(
    settled.map((x) => x.r.scenario),
    (a, b) => pairClear(input.comparison, metric, a, b),
  );
  return {
    metric,
    name: `${words.name} (${words.unit})`,
    ranked: settled.map((x, i) => ({ scenario: x.r.scenario, text: `${x.r.title} (${amount(metric, x.d)})`, rank: ranks[i]! })),
    unsettled: clear.filter((x) => !x.r.settled).map((x) => x.r.title),
  };
}

/**
 * Ranks for scenarios in order, best first: a scenario starts a new rank (its place in the
 * order) only when it clearly differs from every scenario of the current rank; otherwise it
 * shares that rank. So no two scenarios that cannot be told apart stand at different places
 * next to each other, and a place may hold scenarios of which the first and the last differ.
 */
export function sharedRanks(ordered: readonly string[], clearlyApart: (a: string, b: string) => boolean): number[] {
  const ranks: number[] = [];
  let first = 0;
  ordered.forEach((name, i) => {
    // the first scenario has no rank before it: every() of nothing holds, and it opens rank 1
    if (ordered.slice(first, i).every((member) => clearlyApart(member, name))) first = i;
    ranks.push(first + 1);
  });
  return ranks;
}

/** A ranking's places: each rank with the texts of the reforms that share it, in order. */
export function rankGroups(ranked: Ranking['ranked']): Array<{ rank: number; texts: string[] }> {
  const groups: Array<{ rank: number; texts: string[] }> = [];
  for (const r of ranked) {
    const last = groups[groups.length - 1];
    if (last !== undefined && last.rank === r.rank) last.texts.push(r.text);
    else groups.push({ rank: r.rank, texts: [r.text] });
  }
  return groups;
}

/** Whether two reforms clearly differ on a metric, paired; true when the comparison has no pairs (an older comparison.json): each keeps its own place. */
function pairClear(comparison: Comparison, metric: string, a: string, b: string): boolean {
  const pairs = comparison.between?.[metric];
  if (pairs === undefined) return true;
  const d = pairs[a]?.[b] ?? pairs[b]?.[a];
  if (d === undefined) return true;
  return d.ci95[0] > 0 || d.ci95[1] < 0;
}

export function conclusions(labels: Labels, input: ConclusionInput): Conclusions {
  const title = titlesOf(labels, input.summaries);
  const byName = new Map(input.summaries.map((s) => [s.scenario.name, s]));
  const order = [...new Set([...input.summaries.map((s) => s.scenario.name), ...Object.keys(input.comparison.scenarios)])].filter((n) => n !== input.comparison.baseline && input.comparison.scenarios[n]);
  const reforms = order.map((name) => conclusionFor(labels, input, byName.get(name), name, title(name)));
  const phrases = SUMMARY_PHRASES[labels.lang];
  const worlds = input.uncertainty?.worlds;
  // the robustness phrases below count worlds; say what those worlds are: with --like-today only
  // those like today's chain, else a caveat when most of them are unlike it
  const caveat = !worlds
    ? ''
    : input.uncertainty?.likeToday
      ? ` ${phrases.worldsLikeToday(worlds.consistent.length, worlds.drawn, input.uncertainty.replications)}`
      : worlds.targets.length > 0 && worlds.consistent.length * 2 < worlds.drawn
        ? ` ${phrases.worldsCaveat(worlds.consistent.length, worlds.drawn)}`
        : '';
  const checks = (input.checks ?? []).map((c) => phrases.checkNamed(c.name, c.value));
  const baselineSettled = byName.get(input.comparison.baseline)?.settled?.settled ?? true;
  // every reform's differences at a checked value are against the baseline at that value: say when that baseline does not settle
  const baselineChanges = (input.checks ?? []).flatMap((c) => {
    const then = c.settled[input.comparison.baseline];
    return then === undefined || then === baselineSettled ? [] : [phrases.baselineThen(phrases.checkNamed(c.name, c.value), then)];
  });
  // the worlds like today's chain can say which way a checked assumption leans: the check's reason, in figures
  const leaning = (input.checks ?? []).flatMap((c) =>
    c.worlds === undefined ? [] : [phrases.checkWorlds(c.name, c.own[input.comparison.baseline] ?? '', c.worlds.median, c.worlds.lower)],
  );
  const checked = checks.length > 0 ? ` ${[phrases.checksIntro(checks), ...leaning, ...baselineChanges].join(' ')}` : '';
  const baseline = byName.get(input.comparison.baseline);
  const full = baseline ? nearlyFull(baseline).map(([link, share]) => `${capacityWords(labels, link)} (${formatPercent(labels, share, 0)})`) : [];
  const steep = full.length > 0 ? ` ${phrases.nearlyFull(full)}` : '';
  return {
    intro: `${phrases.intro(input.comparison.replications, Math.round(MATERIAL_SHARE * 100))}${caveat}${steep}${checked}`,
    reforms,
    rankings: RANKED_METRICS.map((m) => rankingFor(labels, input, m, reforms)),
  };
}
