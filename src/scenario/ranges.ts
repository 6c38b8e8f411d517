// Plausible ranges for the parameters no source pins down: every figure the schema marks as an
// assumption or an estimate gets a distribution of values it might plausibly take, with the
// reasoning beside it, for `jbsim uncertainty` (a probabilistic sensitivity analysis). A scenario
// may give its own ranges, or hold a parameter fixed, in its `uncertainty:` section.
//
// A range of a distribution-valued parameter (a duration) is a range of its mean: a sampled
// mean stretches or shrinks the whole distribution, keeping its shape.

import { z } from 'zod';
import { betaByMean, betaMarginal, lognormalBetween, triangularMarginal, uniformMarginal, type Marginal } from '../statistics/index.js';
import { didYouMean } from './didYouMean.js';
import { allKeyPaths, discriminatorOf, metaOf, numberBounds, schemaAt, type NumberBounds } from './schemaWalk.js';

const finite = z.number().finite();
const why = z.string().min(1).max(1000).optional();

const uniformRange = z
  .strictObject({ kind: z.literal('uniform'), low: finite, high: finite, why })
  .refine((r) => r.low < r.high, { message: 'needs low < high' });
const triangularRange = z
  .strictObject({ kind: z.literal('triangular'), low: finite, mode: finite, high: finite, why })
  .refine((r) => r.low < r.high && r.low <= r.mode && r.mode <= r.high, { message: 'needs low ≤ mode ≤ high and low < high' });
const betaRange = z
  .strictObject({
    kind: z.literal('beta'),
    low: finite,
    high: finite,
    mean: finite.optional(),
    alpha: finite.positive().optional(),
    beta: finite.positive().optional(),
    why,
  })
  .refine((r) => r.low < r.high, { message: 'needs low < high' })
  .refine(
    (r) => (r.mean !== undefined) !== (r.alpha !== undefined && r.beta !== undefined) && (r.alpha === undefined) === (r.beta === undefined),
    {
      message: 'give either `mean` (then α + β = 6, as in a PERT distribution) or both `alpha` and `beta`',
    },
  )
  .refine((r) => r.mean === undefined || (r.low < r.mean && r.mean < r.high), { message: 'needs low < mean < high', path: ['mean'] });
const lognormalRange = z
  .strictObject({ kind: z.literal('lognormal'), low: finite.positive(), high: finite, why })
  .refine((r) => r.low < r.high, { message: 'needs low < high (its 5th and 95th percentiles)' });

/** One parameter's plausible values: a distribution over a range. */
export const rangeSchema = z.discriminatedUnion('kind', [uniformRange, triangularRange, betaRange, lognormalRange]);
export type RangeSpec = z.infer<typeof rangeSchema>;

/** The distribution a range describes. */
export function marginalOf(r: RangeSpec): Marginal {
  switch (r.kind) {
    case 'uniform':
      return uniformMarginal(r.low, r.high);
    case 'triangular':
      return triangularMarginal(r.low, r.mode, r.high);
    case 'beta':
      return r.mean !== undefined ? betaByMean(r.low, r.high, r.mean) : betaMarginal(r.low, r.high, r.alpha!, r.beta!);
    case 'lognormal':
      return lognormalBetween(r.low, r.high);
  }
}

/** "triangular 8 to 12, most likely 10" and the like, for the docs and the reports. */
export function describeRange(r: RangeSpec): string {
  switch (r.kind) {
    case 'uniform':
      return `uniform ${r.low} to ${r.high}`;
    case 'triangular':
      return `triangular ${r.low} to ${r.high}, most likely ${r.mode}`;
    case 'beta':
      return r.mean !== undefined ? `beta ${r.low} to ${r.high}, mean ${r.mean}` : `beta ${r.low} to ${r.high}, α ${r.alpha}, β ${r.beta}`;
    case 'lognormal':
      return `lognormal, 90% between ${r.low} and ${r.high}`;
  }
}

/** Whether a schema source marks the figure as an assumption or an estimate ("E" in calibration.md). */
export function isUncertainSource(source: string | undefined): boolean {
  return source !== undefined && /\bassumption\b|\bestimate\b|\bE\)/i.test(source);
}

type BuiltIn = RangeSpec & { why: string };

/**
 * The built-in ranges, keyed by parameter path. They are ranges around FoodValley's defaults:
 * where a baseline sets its own value, the range does not apply (see `jbsim uncertainty --help`).
 * Its keys are its type's, so a misspelt path does not compile.
 */
export const PARAMETER_RANGES = {
  'family.compulsoryNeedAtEntry': {
    kind: 'beta',
    low: 0.06,
    high: 0.15,
    mean: 0.1,
    why: 'calibrated to the inflow into measures; ±40% still lands near the inflow band together with the signal rate',
  },
  'family.compulsoryNeedPerExtraDomain': {
    kind: 'triangular',
    low: 0.15,
    mode: 0.35,
    high: 0.6,
    why: 'no source; more problem domains surely raise the risk, by how much is open',
  },
  'family.deteriorationRatePerYear': {
    kind: 'triangular',
    low: 0.08,
    mode: 0.12,
    high: 0.16,
    why: 'calibrated to the inflow into measures; a third either way',
  },
  'entry.signalsPerThousandYouthPerYear': {
    kind: 'triangular',
    low: 8,
    mode: 10,
    high: 12,
    why: 'calibrated to ~130 children a year into a measure; ±20% spans the year-to-year variation of the national inflow',
  },
  'entry.viaVeiligThuisShare': {
    kind: 'beta',
    low: 0.15,
    high: 0.45,
    mean: 0.3,
    why: 'no regional figure; Veilig Thuis handles a large share of concerns nationally',
  },
  'entry.reentryProbability': {
    kind: 'beta',
    low: 0.08,
    high: 0.25,
    mean: 0.15,
    why: 'no source; re-entry after closure is common but not the rule',
  },
  'entry.reentryDelayDays': { kind: 'lognormal', low: 300, high: 900, why: 'mean time to a new signal: one to two and a half years' },
  'veiligThuis.workers': { kind: 'triangular', low: 14, mode: 20, high: 26, why: 'sized to carry the reports without a backlog; ±30%' },
  'veiligThuis.triageDays': { kind: 'lognormal', low: 14, high: 32, why: 'mean triage time: two to four and a half weeks' },
  'localTeam.workersPerThousandYouth': {
    kind: 'triangular',
    low: 0.4,
    mode: 0.6,
    high: 0.8,
    why: 'local-team staffing differs much between municipalities',
  },
  'localTeam.caseloadCapFamilies': {
    kind: 'triangular',
    low: 18,
    mode: 25,
    high: 32,
    why: 'no regional norm; local-team caseloads reported between ~15 and ~35 families',
  },
  'localTeam.voluntaryHelpDays': { kind: 'lognormal', low: 120, high: 270, why: 'mean length of voluntary help: four to nine months' },
  'localTeam.aftercareDays': { kind: 'lognormal', low: 90, high: 240, why: 'mean aftercare after afschaling: three to eight months' },
  'localTeam.turnoverRatePerYear': {
    kind: 'triangular',
    low: 0.08,
    mode: 0.12,
    high: 0.17,
    why: 'below the GI rate (0.17), above a healthy 8%',
  },
  'localTeam.recruitmentDays': { kind: 'lognormal', low: 60, high: 135, why: 'mean time to fill a vacancy: two to four and a half months' },
  'jbt.meetingIntervalDays': { kind: 'triangular', low: 7, mode: 7, high: 14, why: 'weekly is the default; some regions meet fortnightly' },
  'jbt.slotsPerMeeting': { kind: 'triangular', low: 3, mode: 4, high: 6, why: 'families discussed per meeting; a few either way' },
  'jbt.compulsoryDecisionWithNeed': {
    kind: 'beta',
    low: 0.7,
    high: 0.95,
    mean: 0.85,
    why: 'no source; the table mostly recognises a real need',
  },
  'jbt.compulsoryDecisionWithoutNeed': {
    kind: 'beta',
    low: 0.01,
    high: 0.12,
    mean: 0.05,
    why: 'no source; false escalations are rare but not absent',
  },
  'jbt.memberPreparationHoursPerMeeting': {
    kind: 'triangular',
    low: 0.5,
    mode: 1,
    high: 3,
    why: 'no source; reading the files of the families on the list',
  },
  'jbt.memberHoursPerFamily': {
    kind: 'triangular',
    low: 0.5,
    mode: 0.75,
    high: 1.5,
    why: 'no source; a family discussed in half an hour to an hour and a half',
  },
  'rvdk.investigators': {
    kind: 'triangular',
    low: 30,
    mode: 31,
    high: 33,
    why: "calibrated: the wait band of 5–40 days holds it tight (10 replications: 29 investigators give a mean wait of 99 days, 30 give 20, 33 give 2, 27 saturate the RvdK); outside this range the baseline would not match the inspectorate's waits",
  },
  'rvdk.measureRequestWithNeed': {
    kind: 'beta',
    low: 0.7,
    high: 0.95,
    mean: 0.85,
    why: 'nationally ~60% of all investigations lead to a request; for families with a real need more',
  },
  'rvdk.measureRequestWithoutNeed': { kind: 'beta', low: 0.01, high: 0.12, mean: 0.05, why: 'no source; requests without need are rare' },
  'court.hearingIntervalDays': {
    kind: 'triangular',
    low: 5,
    mode: 7,
    high: 14,
    why: 'weekly sessions by default; a busy court schedules less often',
  },
  'court.slotsPerHearing': { kind: 'triangular', low: 3, mode: 4, high: 6, why: 'cases per session; a few either way' },
  'court.judges': { kind: 'triangular', low: 2, mode: 3, high: 4, why: 'juvenile judges for the region: two to four' },
  'court.preparationDays': { kind: 'triangular', low: 7, mode: 14, high: 28, why: 'not found in sources; one to four weeks' },
  'court.otsShare': {
    kind: 'beta',
    low: 0.7,
    high: 0.86,
    mean: 0.8,
    why: 'no source; OTS is most rulings. The high end leaves room for voogdijShare (together at most 1)',
  },
  'court.voogdijShare': { kind: 'beta', low: 0.08, high: 0.14, mean: 0.11, why: '~12% of new measures from stock shares (CBS); ±3 points' },
  'gi.firstVisitDays': {
    kind: 'lognormal',
    low: 5,
    high: 20,
    why: 'only 33% had a first contact within 5 working days (2012); mean one to three weeks',
  },
  'gi.otsExtensionProbability': {
    kind: 'beta',
    low: 0.55,
    high: 0.65,
    mean: 0.61,
    why: 'calibrated, and centred on the calibrated 0.61, which puts the mean OTS at 35 months, the top of its band; 0.55 gives 27 months and a stock of 374 children (10 replications); the national mean moved between 26 and 35 months',
  },
  'gi.extensionContactElasticity': {
    kind: 'uniform',
    low: 0,
    high: 0.6,
    why: 'after the Delta method (Stams et al. 2010): contact matters, how much is unknown, from not at all to twice the default',
  },
  'gi.afschalingToLocalTeam': {
    kind: 'beta',
    low: 0.5,
    high: 0.85,
    mean: 0.7,
    why: 'no source; most ended measures go back to the local team',
  },
  'gi.afschalingGapDays': {
    kind: 'lognormal',
    low: 20,
    high: 90,
    why: 'mean gap with nobody in the family after a measure: three weeks to three months',
  },
  'guardians.hoursPerWeek': {
    kind: 'triangular',
    low: 34,
    mode: 36,
    high: 38,
    why: 'full-time is 36 hours in youth care; what one position means varies a little',
  },
  'guardians.indirectCaseworkShare': {
    kind: 'beta',
    low: 0.28,
    high: 0.42,
    mean: 0.35,
    why: 'no source; travel, reports and court are a third of the time or so. The high end leaves time for families with every other share at its high end',
  },
  'guardians.hoursPerVisit': {
    kind: 'triangular',
    low: 3,
    mode: 4,
    high: 6,
    why: 'a visit with travel and preparation: half a day, more in rural areas',
  },
  'guardians.normVisitIntervalDays': {
    kind: 'triangular',
    low: 21,
    mode: 28,
    high: 42,
    why: 'the study names 4–8 weeks; the norm guardians hold themselves to may be stricter or looser',
  },
  'guardians.coldHandoverProgressLossDays': {
    kind: 'triangular',
    low: 0,
    mode: 30,
    high: 90,
    why: 'from the study\'s "starting over": nothing to three months',
  },
  'guardians.turnoverPressureSensitivity': {
    kind: 'triangular',
    low: 0.2,
    mode: 0.6,
    high: 1.2,
    why: 'after Stahlschmidt 2019: pressure drives leaving, its strength is unmeasured',
  },
  'guardians.recruitmentDays': {
    kind: 'lognormal',
    low: 75,
    high: 190,
    why: 'mean time to fill a guardian vacancy: two and a half to six months in a tight labour market',
  },
  'guardians.inductionDays': { kind: 'triangular', low: 60, mode: 90, high: 180, why: 'induction of a new guardian: two to six months' },
  'guardians.inductionCapShare': {
    kind: 'beta',
    low: 0.3,
    high: 0.7,
    mean: 0.5,
    why: 'a new guardian starts with a third to two thirds of a full caseload',
  },
  'guardians.sickEpisodesPerYear': {
    kind: 'triangular',
    low: 0.25,
    mode: 0.4,
    high: 0.55,
    why: 'with the episode length gives the ~7% absence at GIs; ±40%',
  },
  'guardians.sickDays': {
    kind: 'lognormal',
    low: 40,
    high: 90,
    why: 'mean sick-leave episode that needs a replacement: six weeks to three months',
  },
  'providers.perProblemDomain': {
    kind: 'triangular',
    low: 0.8,
    mode: 1,
    high: 1.3,
    why: 'about one provider per problem domain; some domains share one, some need two',
  },
  'providers.changeRatePerYear': {
    kind: 'triangular',
    low: 0.15,
    mode: 0.3,
    high: 0.5,
    why: 'no source; providers change through waiting lists, staff turnover and mismatches',
  },
  'reforms.guardianDuos.coordinationHoursPerFamilyPerMonth': {
    kind: 'triangular',
    low: 0.25,
    mode: 0.5,
    high: 1.25,
    why: 'no pilot has measured it; a quarter of an hour to over an hour per family per month',
  },
  'reforms.guardianInLocalTeam.hoursPerWeek': {
    kind: 'triangular',
    low: 1,
    mode: 2,
    high: 4,
    why: 'the study: once every two weeks; from a short consultation hour to a whole morning a week',
  },
  'reforms.guardianInLocalTeam.escalationReduction': {
    kind: 'beta',
    low: 0.05,
    high: 0.4,
    mean: 0.2,
    why: "no evaluation of GI advice to local teams; from a small effect to the FoodValley table's experience",
  },
  'reforms.prevention.extraSignalsShare': {
    kind: 'triangular',
    low: 0,
    mode: 0.1,
    high: 0.3,
    why: 'earlier signalling brings some extra signals; how many depends on the training',
  },
  'reforms.prevention.compulsoryNeedReduction': {
    kind: 'beta',
    low: 0.05,
    high: 0.5,
    mean: 0.25,
    why: "the pilot's own claim of 80–85% kept out of measures is a self-report about another intervention; discounted heavily and widely",
  },
  'reforms.oneOrganisation.voluntarySignalFactor': {
    kind: 'beta',
    low: 0.75,
    high: 1,
    mean: 0.9,
    why: 'a higher threshold to ask for help from an organisation that can also impose a measure; from no effect to a quarter fewer signals',
  },
  'reforms.oneOrganisation.intakeStaffShare': {
    kind: 'uniform',
    low: 0.5,
    high: 1,
    why: 'the reports still come in; how much of the triage an organisation that also does the intake can fold into it is not known: from half to all of the staff. One-sided on purpose: the default keeps all (no saving claimed), the worlds try savings up to half',
  },
  'veiligThuis.reportsPerWorker': {
    kind: 'triangular',
    low: 3,
    mode: 4,
    high: 6,
    why: 'reports one worker carries at once; a few either way',
  },
  'localTeam.helpBeforeEscalationDays': {
    kind: 'lognormal',
    low: 20,
    high: 90,
    why: 'mean time the local team tries before asking the table: three weeks to three months',
  },
  'localTeam.hoursPerWeek': {
    kind: 'triangular',
    low: 34,
    mode: 36,
    high: 38,
    why: 'full-time is 36 hours; what one position means varies a little',
  },
  'rvdk.investigationsPerInvestigator': {
    kind: 'triangular',
    low: 2,
    mode: 3,
    high: 4,
    why: '~12 investigations a year at ~3 months each; two to four at once',
  },
  'gi.maxExtensionProbability': {
    kind: 'beta',
    low: 0.85,
    high: 0.99,
    mean: 0.95,
    why: 'a ceiling no contact can push the extension chance past; no source',
  },
  'guardians.replacementPoolShare': {
    kind: 'beta',
    low: 0.02,
    high: 0.1,
    mean: 0.05,
    why: 'one replacement per 10 to 50 guardians; GIs hire interim staff as budgets allow',
  },
  'guardians.minContactHoursPerWeek': {
    kind: 'triangular',
    low: 0.25,
    mode: 0.5,
    high: 1,
    why: 'the least time a guardian keeps for each family however full the caseload; no norm found',
  },
  'guardians.shortestVisitIntervalDays': {
    kind: 'triangular',
    low: 5,
    mode: 7,
    high: 14,
    why: 'visits no more often than weekly to fortnightly',
  },
  'guardians.longestVisitIntervalDays': {
    kind: 'triangular',
    low: 120,
    mode: 182,
    high: 270,
    why: 'visits at least two to three times a year',
  },
  'costs.guardianFtePerYearEuro': {
    kind: 'triangular',
    low: 80_000,
    mode: 95_000,
    high: 115_000,
    why: 'salary scale, charges and overhead differ by GI; about ±20%',
  },
  'costs.localTeamFtePerYearEuro': {
    kind: 'triangular',
    low: 70_000,
    mode: 85_000,
    high: 100_000,
    why: 'municipal scales and overhead differ; about ±20%',
  },
  'costs.investigatorFtePerYearEuro': {
    kind: 'triangular',
    low: 80_000,
    mode: 95_000,
    high: 115_000,
    why: 'civil-service scale with charges and overhead; about ±20%',
  },
  'costs.veiligThuisFtePerYearEuro': { kind: 'triangular', low: 70_000, mode: 85_000, high: 100_000, why: 'no source; as the local team' },
  'costs.replacementFtePerYearEuro': {
    kind: 'triangular',
    low: 110_000,
    mode: 135_000,
    high: 160_000,
    why: 'interim professionals cost 20–70% more than staff',
  },
  'costs.adminSupportFtePerYearEuro': {
    kind: 'triangular',
    low: 50_000,
    mode: 60_000,
    high: 72_000,
    why: 'scale 6–7 with charges and overhead; about ±20%',
  },
  'costs.providerPerYearEuro': {
    kind: 'triangular',
    low: 6_000,
    mode: 10_000,
    high: 15_000,
    why: 'youth-help trajectories differ widely in price and length',
  },
  'reforms.guardianDuos.partnerCarryLimitShare': {
    kind: 'triangular',
    low: 1.2,
    mode: 1.5,
    high: 2,
    why: "how far a partner stretches to carry the other's families for a while; no pilot measured it",
  },
  'reforms.lessAdmin.adminShare': {
    kind: 'triangular',
    low: 0.2,
    mode: 0.25,
    high: 0.33,
    why: "what simpler reporting achieves: from a fifth of the time to barely below today's low end; at most the lowest admin share today",
  },
  'reforms.lessAdmin.supportShareOfSavedHours': {
    kind: 'beta',
    low: 0.25,
    high: 0.75,
    mean: 0.5,
    why: 'no source; how much of the saved time support staff must take over',
  },
  'reforms.selfDeliveredHelp.share': {
    kind: 'triangular',
    low: 0.2,
    mode: 0.4,
    high: 0.5,
    why: 'how much help workers can give themselves depends on training and mandate',
  },
  'reforms.selfDeliveredHelp.hoursPerWeekPerDomain': {
    kind: 'triangular',
    low: 0.1,
    mode: 0.25,
    high: 0.5,
    why: 'from half an hour to two hours a month per problem domain',
  },
  'reforms.prevention.programmeEuroPerThousandYouthPerYear': {
    kind: 'triangular',
    low: 2_500,
    mode: 4_000,
    high: 6_000,
    why: 'the size of a prevention programme varies with the municipality',
  },
  'reforms.longInvolvement.extraGuardianPositionsShare': {
    kind: 'triangular',
    low: 0.15,
    mode: 0.25,
    high: 0.4,
    why: "sized to keep the waits for a guardian near today's; how much that takes is itself uncertain",
  },
  'guardians.turnoverRatePerYear': {
    kind: 'triangular',
    low: 0.14,
    mode: 0.17,
    high: 0.2,
    why: 'one year\'s figure ("almost one fifth", 2019); leave rates differ by year and GI',
  },
  'guardians.adminShare': { kind: 'triangular', low: 0.33, mode: 0.38, high: 0.43, why: 'one survey figure (38%); "up to 30%" elsewhere' },
} satisfies Readonly<Record<string, BuiltIn>>;

/**
 * Figures marked as assumptions or estimates that are deliberately not varied, and why: each
 * is either no single number or one whose error another range already carries.
 */
export const NOT_VARIED: Readonly<Record<string, string>> = {
  'region.municipalities[].youthPopulation':
    'the inflow is calibrated per young person (entry.signalsPerThousandYouthPerYear has a range), so an error in the population estimate is carried there',
  'region.childrenPerFamily':
    'a distribution over whole numbers of children, not one number to vary; its mean (~1.5) matches the derived baseline',
  'family.problemDomains':
    'a distribution over whole numbers of domains, not one number to vary; entry.signalsPerThousandYouthPerYear and family.compulsoryNeedPerExtraDomain carry its effect on the inflow',
  'gi.institutions[].share':
    "how measures are divided over the three GIs moves families between them but leaves the chain's capacity as it is",
  'guardians.maxHiresPerYearShare':
    'a switch as much as a number: 0 (no limit) in FoodValley, where vacancies are filled after recruitment; the national scenario sets it, and guardians.recruitmentDays carries the uncertainty of how fast vacancies are filled',
  'gi.institutions[].guardianPositions':
    'staffing is what reforms change (caseload-12, guardian-duos) and must stay even for duos; the calibrated turnover and caseload carry its uncertainty',
};

/** What a range applies to: a number with bounds, or a distribution (then the range is of its mean). */
export type RangeTarget =
  | { kind: 'number'; bounds: NumberBounds; unit?: string; source?: string }
  | { kind: 'distribution'; unit?: string; source?: string };

type Schema = Parameters<typeof schemaAt>[0];

export function splitRangePath(path: string): (string | number)[] {
  return path
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

/** The parameter a path names, or why it cannot have a range. */
export function rangeTarget(root: Schema, path: string, data?: unknown): RangeTarget | string {
  if (!/^[A-Za-z][A-Za-z0-9]*(\.[A-Za-z][A-Za-z0-9]*|\[\d+\])*$/.test(path))
    return 'not a parameter path (names separated by dots, e.g. guardians.adminShare)';
  const schema = schemaAt(root, splitRangePath(path), data);
  if (schema === undefined) return 'no such parameter';
  const { unit, source } = metaOf(schema);
  const bounds = numberBounds(schema);
  if (bounds !== undefined) return { kind: 'number', bounds, unit, source };
  if (discriminatorOf(schema)?.key === 'kind') return { kind: 'distribution', unit, source };
  return 'not a number or a distribution, so it cannot have a range';
}

/** Why a range does not fit its parameter's allowed values, or undefined when it does. */
export function rangeOutsideBounds(r: RangeSpec, target: RangeTarget): string | undefined {
  if (target.kind === 'distribution') {
    return r.low > 0 ? undefined : 'a range of a distribution is a range of its mean, which must be above 0: use low > 0';
  }
  const b = target.bounds;
  const belowMin = (v: number) => b.min !== undefined && (b.minInclusive ? v < b.min : v <= b.min);
  const aboveMax = (v: number) => b.max !== undefined && (b.maxInclusive ? v > b.max : v >= b.max);
  if (r.kind === 'lognormal') {
    // a lognormal has no upper end, and gets arbitrarily close to 0
    if (b.max !== undefined)
      return `a lognormal range has no upper end, but this parameter is at most ${b.max}: use a beta or triangular range`;
    if (b.min !== undefined && b.min > 0) return `a lognormal range reaches down to 0, but this parameter must be at least ${b.min}`;
    return undefined;
  }
  if (belowMin(r.low)) return `low (${r.low}) is below what the parameter allows (${b.minInclusive ? 'at least' : 'above'} ${b.min})`;
  if (aboveMax(r.high)) return `high (${r.high}) is above what the parameter allows (${b.maxInclusive ? 'at most' : 'below'} ${b.max})`;
  return undefined;
}

/** A scenario's `uncertainty:` entry: a range, or `fixed` to hold the parameter at the scenario's value. */
export const uncertaintyEntry = z.union([z.literal('fixed'), rangeSchema]);
export type UncertaintyEntry = z.infer<typeof uncertaintyEntry>;

/** A range entry's problems in words, each at its path inside the entry. */
function entryProblems(entry: unknown): Array<{ path: PropertyKey[]; message: string }> {
  const example = 'e.g. `{ kind: triangular, low: 3, mode: 4, high: 6 }`, or `fixed`';
  if (entry === 'fixed') return [];
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) return [{ path: [], message: `expected a range, ${example}` }];
  const kinds = ['uniform', 'triangular', 'beta', 'lognormal'];
  const kind = (entry as Record<string, unknown>).kind;
  if (typeof kind !== 'string' || !kinds.includes(kind)) {
    return [
      {
        path: kind === undefined ? [] : ['kind'],
        message: `${kind === undefined ? 'a range needs a `kind`' : `unknown range kind ${JSON.stringify(kind)}`}: one of ${kinds.join(', ')}`,
      },
    ];
  }
  const result = rangeSchema.safeParse(entry);
  if (result.success) return [];
  return result.error.issues.flatMap((i) => {
    if (i.code === 'unrecognized_keys') return i.keys.map((key) => ({ path: [key], message: `unknown key "${key}" in a ${kind} range` }));
    const name = i.path.length > 0 ? '' : `${kind} range: `;
    if (i.code === 'invalid_type')
      return {
        path: i.path,
        message: `${name}${i.input === undefined ? 'is missing: expected' : 'expected'} ${i.expected === 'number' ? 'a number' : i.expected}`,
      };
    if (i.code === 'too_small' || i.code === 'too_big')
      return { path: i.path, message: `${name}${i.message.replace(/^Too (small|big): expected number to be /, 'must be ')}` };
    return { path: i.path, message: `${name}${i.message}` };
  });
}

function withSuggestion(root: Schema, path: string): string {
  const close = didYouMean(
    path,
    allKeyPaths(root).map((p) => p.join('.')),
  );
  return close
    ? `no such parameter (did you mean ${close}?)`
    : 'no such parameter: name it as in docs/parameters.md, e.g. guardians.hoursPerVisit';
}

/** A scenario's `uncertainty:` section, typed (the schema checks it entry by entry). */
export function uncertaintyOf(scenario: { uncertainty?: Record<string, unknown> }): Record<string, UncertaintyEntry> {
  return (scenario.uncertainty ?? {}) as Record<string, UncertaintyEntry>;
}

export const UNCERTAINTY_DESCRIPTION =
  "Plausible ranges for `jbsim uncertainty`, by parameter path: `guardians.hoursPerVisit: { kind: triangular, low: 3, mode: 4, high: 6 }` replaces the built-in range, `fixed` holds the parameter at this scenario's value. Kinds: uniform (low, high), triangular (low, mode, high), beta (low, high and mean, or alpha and beta), lognormal (low and high are its 5th and 95th percentiles). A range of a duration is a range of its mean.";

/**
 * The `uncertainty:` section of a scenario file: parameter path → range or `fixed`. Entries are
 * checked here, not by a union type, so a mistake reads as one about a range; each path must
 * name a numeric parameter or a distribution and each range fit its allowed values. `root`
 * gives the scenario schema when the check runs (it contains this section).
 */
export function uncertaintySection(root: () => Schema) {
  return z
    .record(z.string().max(200), z.unknown())
    .superRefine((section, ctx) => {
      for (const [path, entry] of Object.entries(section)) {
        const target = rangeTarget(root(), path);
        if (typeof target === 'string') {
          ctx.addIssue({
            code: 'custom',
            path: [path],
            message: target === 'no such parameter' ? withSuggestion(root(), path) : target,
            input: path,
          });
          continue;
        }
        const problems = entryProblems(entry);
        for (const p of problems) ctx.addIssue({ code: 'custom', path: [path, ...p.path], message: p.message, input: entry });
        if (problems.length > 0 || entry === 'fixed') continue;
        const problem = rangeOutsideBounds(entry as RangeSpec, target);
        if (problem !== undefined) ctx.addIssue({ code: 'custom', path: [path], message: problem, input: entry });
      }
    })
    .optional()
    .meta({ description: UNCERTAINTY_DESCRIPTION });
}
