// The scenario schema: the single source of truth for the model's parameters, their types,
// ranges, defaults, units and sources. The TypeScript types, the validation of scenario files,
// the JSON Schema for editors and docs/parameters.md are all derived from it.
//
// Defaults describe FoodValley today (the baseline). `source` cites ../shared/calibration.md;
// "assumption" marks a value no source gives, with the reasoning in docs/calibration.md.

import { z } from 'zod';
import { uncertaintySection } from './ranges.js';

interface Meta {
  description: string;
  unit?: string;
  source?: string;
}
const meta = (m: Meta) => m as Meta & Record<string, unknown>;

const prob = (m: Meta) => z.number().min(0).max(1).meta(meta({ unit: 'probability', ...m }));
const positive = (m: Meta) => z.number().finite().positive().meta(meta(m));
const nonNegative = (m: Meta) => z.number().finite().min(0).meta(meta(m));
const count = (m: Meta) => z.number().int().min(0).meta(meta({ unit: 'count', ...m }));

// ---- distributions -------------------------------------------------------------------------

const exponential = z.strictObject({ kind: z.literal('exponential'), mean: z.number().finite().positive() });
const lognormal = z.strictObject({ kind: z.literal('lognormal'), mean: z.number().finite().positive(), sd: z.number().finite().min(0) });
const gamma = z.strictObject({ kind: z.literal('gamma'), mean: z.number().finite().positive(), sd: z.number().finite().positive() });
const triangular = z
  .strictObject({ kind: z.literal('triangular'), min: z.number().finite(), mode: z.number().finite(), max: z.number().finite() })
  .refine((d) => d.min <= d.mode && d.mode <= d.max && d.min < d.max, { message: 'needs min ≤ mode ≤ max and min < max' });
const uniform = z
  .strictObject({ kind: z.literal('uniform'), min: z.number().finite(), max: z.number().finite() })
  .refine((d) => d.min <= d.max, { message: 'needs min ≤ max' });
const deterministic = z.strictObject({ kind: z.literal('deterministic'), value: z.number().finite() });
const empirical = z
  .strictObject({
    kind: z.literal('empirical'),
    values: z.array(z.number().finite()).min(1).max(10_000),
    weights: z.array(z.number().finite().min(0)).max(10_000).optional(),
  })
  .refine((d) => d.weights === undefined || d.weights.length === d.values.length, { message: 'needs one weight per value' })
  .refine((d) => d.weights === undefined || d.weights.some((w) => w > 0), { message: 'needs weights with a positive sum' });

/** Any distribution; `nonNegativeOnly` refuses ones that can produce values below zero (durations). */
function distribution(m: Meta, fallback: z.input<typeof anyDistribution>) {
  return anyDistribution
    .refine((d) => minimumOf(d) >= 0, { message: 'a duration or count cannot be negative: the distribution must not produce values below 0' })
    .default(fallback as never)
    .meta(meta(m));
}
const anyDistribution = z.discriminatedUnion('kind', [exponential, lognormal, gamma, triangular, uniform, deterministic, empirical]);
export type DistributionParams = z.infer<typeof anyDistribution>;

function minimumOf(d: DistributionParams): number {
  switch (d.kind) {
    case 'triangular':
    case 'uniform':
      return d.min;
    case 'deterministic':
      return d.value;
    case 'empirical':
      return Math.min(...d.values);
    default:
      return 0;
  }
}

// ---- the chain -------------------------------------------------------------------------------

const municipality = z.strictObject({
  name: z.string().min(1).max(80).meta(meta({ description: 'Name of the municipality (gemeente).' })),
  youthPopulation: count({ description: 'Number of young people under 18.', unit: 'persons', source: 'CBS population ×22% under-18 (calibration.md, derived regional baseline; E)' }),
  measuresPerThousandYouth: nonNegative({
    description: 'Youth protection measures per 1000 young people; sets this municipality\'s rate relative to the reference.',
    unit: '‰',
    source: 'study Table 1 (read as ‰; calibration.md)',
  }),
  area: z
    .string()
    .min(1)
    .max(80)
    .optional()
    .meta(
      meta({
        description:
          'The youth-protection region (jeugdregio) the municipality belongs to: municipalities of one area share a Veilig Thuis, a JBT, an RvdK office and a court, each with its own queue. The capacities of those four are then split over the areas in proportion to their expected measures (rounded, at least 1 each). Give every municipality an area, or none (the whole scenario is one area).',
      }),
    ),
});

const FOODVALLEY = [
  { name: 'Ede', youthPopulation: 26400, measuresPerThousandYouth: 8.7 },
  { name: 'Barneveld', youthPopulation: 13200, measuresPerThousandYouth: 10.6 },
  { name: 'Nijkerk', youthPopulation: 9700, measuresPerThousandYouth: 6.3 },
  { name: 'Scherpenzeel', youthPopulation: 2200, measuresPerThousandYouth: 7.7 },
];

const region = z
  .strictObject({
    municipalities: z.array(municipality).min(1).max(500).default(FOODVALLEY).meta(meta({ description: 'The municipalities of the region, each with its own local team.', source: 'study Table 1; population estimates (calibration.md)' })),
    referenceMeasuresPerThousandYouth: positive({ description: 'The rate at which `entry.signalsPerThousandYouthPerYear` applies unchanged (the national rate).', unit: '‰', source: 'study Table 1, NL = 7.7' }).default(7.7),
    childrenPerFamily: distribution({ description: 'Children per family (a measure concerns each child).', unit: 'children', source: 'assumption: ~1.5 children per family (calibration.md, derived baseline; E)' }, { kind: 'empirical', values: [1, 2, 3, 4], weights: [0.62, 0.25, 0.09, 0.04] }),
  })
  .prefault({});

const family = z
  .strictObject({
    problemDomains: distribution({ description: 'Number of problem domains (parenting, mental health, debts, ...); each needs a help provider.', unit: 'domains', source: 'assumption' }, { kind: 'empirical', values: [1, 2, 3, 4, 5], weights: [0.25, 0.3, 0.25, 0.13, 0.07] }),
    compulsoryNeedAtEntry: prob({ description: 'Probability that a family needs the compulsory track when first signalled (more likely with more problem domains, see `compulsoryNeedPerExtraDomain`).', source: 'assumption, calibrated to the inflow into measures' }).default(0.1),
    compulsoryNeedPerExtraDomain: nonNegative({ description: 'Relative increase of that probability per problem domain above one.', unit: 'factor', source: 'assumption' }).default(0.35),
    deteriorationRatePerYear: nonNegative({ description: 'Rate at which a need for the compulsory track arises during voluntary help.', unit: 'per year', source: 'assumption, calibrated to the inflow into measures' }).default(0.12),
  })
  .prefault({});

const entry = z
  .strictObject({
    signalsPerThousandYouthPerYear: nonNegative({ description: 'New families signalled to the local team per 1000 young people per year, at the reference measure rate.', unit: 'families per 1000 youth per year', source: 'assumption, calibrated so that ~130 children a year enter a measure (calibration.md)' }).default(10),
    viaVeiligThuisShare: prob({ description: 'Share of signals that go through Veilig Thuis first (reports by schools, police, GPs, neighbours).', source: 'assumption' }).default(0.3),
    reentryProbability: prob({ description: 'Probability that a family whose case closed is signalled again.', source: 'assumption' }).default(0.15),
    reentryDelayDays: distribution({ description: 'Time from closure to the new signal, for a family that re-enters.', unit: 'days', source: 'assumption' }, { kind: 'exponential', mean: 540 }),
  })
  .prefault({});

const veiligThuis = z
  .strictObject({
    workers: count({ description: 'Reports Veilig Thuis can handle at once for this region (a worker carries several).', source: 'assumption: enough for the region\'s reports without a growing backlog' }).default(20),
    triageDays: distribution({ description: 'Time Veilig Thuis spends on a report before passing it to the local team.', unit: 'days', source: 'assumption' }, { kind: 'lognormal', mean: 21, sd: 10 }),
  })
  .prefault({});

const localTeam = z
  .strictObject({
    workersPerThousandYouth: positive({ description: 'Local-team workers per 1000 young people in the municipality.', unit: 'FTE per 1000 youth', source: 'assumption' }).default(0.6),
    caseloadCapFamilies: count({ description: 'Families one local-team worker holds at most.', unit: 'families', source: 'assumption' }).default(25),
    voluntaryHelpDays: distribution({ description: 'Length of voluntary help arranged by the local team.', unit: 'days', source: 'assumption' }, { kind: 'lognormal', mean: 180, sd: 120 }),
    aftercareDays: distribution({ description: 'Length of local-team involvement after afschaling, before closure.', unit: 'days', source: 'assumption' }, { kind: 'lognormal', mean: 150, sd: 90 }),
    turnoverRatePerYear: nonNegative({ description: 'Rate at which local-team workers leave.', unit: 'per year', source: 'assumption (below the GI rate)' }).default(0.12),
    recruitmentDays: distribution({ description: 'Time to fill a local-team vacancy.', unit: 'days', source: 'assumption' }, { kind: 'lognormal', mean: 90, sd: 45 }),
  })
  .prefault({});

const jbt = z
  .strictObject({
    meetingIntervalDays: positive({ description: 'Days between meetings of the jeugdbeschermingstafel.', unit: 'days', source: 'assumption' }).default(7),
    slotsPerMeeting: count({ description: 'Families discussed per meeting.', unit: 'families', source: 'assumption' }).default(4),
    compulsoryDecisionWithNeed: prob({ description: 'Probability the table asks the RvdK to investigate when the family needs the compulsory track.', source: 'assumption' }).default(0.85),
    compulsoryDecisionWithoutNeed: prob({ description: 'Probability the table asks for an investigation when the family does not need it.', source: 'assumption' }).default(0.05),
  })
  .prefault({});

const rvdk = z
  .strictObject({
    investigators: count({ description: 'Investigations the RvdK can run at once for this region (an investigator carries several); each is led by one investigator the family meets.', source: 'assumption, calibrated to a ~30-day wait (Inspecties 2019)' }).default(29),
    investigationDays: distribution({ description: 'Length of a protection investigation (beschermingsonderzoek).', unit: 'days', source: 'Steketee et al. 2007: 89 days when a measure is requested (calibration.md)' }, { kind: 'lognormal', mean: 89, sd: 30 }),
    measureRequestWithNeed: prob({ description: 'Probability the RvdK asks the court for a measure when the family needs one.', source: 'assumption; nationally ~60% of investigations lead to a request (NJi cijfers RvdK)' }).default(0.85),
    measureRequestWithoutNeed: prob({ description: 'Probability of a request when the family does not need a measure.', source: 'assumption' }).default(0.05),
  })
  .prefault({});

const court = z
  .strictObject({
    hearingIntervalDays: positive({ description: 'Days between juvenile-court hearing sessions for the region.', unit: 'days', source: 'assumption' }).default(7),
    slotsPerHearing: count({ description: 'Cases heard per session.', unit: 'cases', source: 'assumption' }).default(4),
    judges: count({ description: 'Juvenile judges (kinderrechters) sharing the sessions.', source: 'assumption' }).default(3),
    preparationDays: nonNegative({ description: 'Least time from the RvdK request to a hearing.', unit: 'days', source: 'assumption: not found in sources (calibration.md)' }).default(14),
    otsShare: prob({ description: 'Share of requests that lead to a supervision order (OTS).', source: 'assumption' }).default(0.8),
    voogdijShare: prob({ description: 'Share of requests that lead to a custody-ending measure (voogdij).', source: 'assumption: ~12% of new measures, from stock shares (CBS, calibration.md)' }).default(0.11),
  })
  .refine((c) => c.otsShare + c.voogdijShare <= 1, { message: 'otsShare + voogdijShare must not exceed 1', path: ['voogdijShare'] })
  .prefault({});

const institution = z.strictObject({
  name: z.string().min(1).max(80),
  share: nonNegative({ description: 'Share of measures this GI receives.', unit: 'share' }),
  guardianPositions: count({ description: 'Guardian positions (FTE) for this region.', unit: 'FTE' }),
});

const gi = z
  .strictObject({
    institutions: z
      .array(institution)
      .min(1)
      .max(50)
      .default([
        { name: 'Jeugdbescherming Gelderland', share: 0.7, guardianPositions: 20 },
        { name: 'William Schrikker Groep', share: 0.18, guardianPositions: 5 },
        { name: 'Leger des Heils', share: 0.12, guardianPositions: 4 },
      ])
      .meta(meta({ description: 'The certified institutions (GIs) and the guardian positions each has for the region.', source: 'study: three GIs in the region; ~30 FTE at 15 children each (calibration.md, E)' })),
    firstVisitDays: distribution({ description: 'Time from a guardian\'s assignment to the first visit.', unit: 'days', source: 'assumption; 33% within 5 working days in 2012 (calibration.md)' }, { kind: 'lognormal', mean: 10, sd: 7 }),
    otsReviewIntervalDays: positive({ description: 'Length of an OTS period; at its end the measure is extended or ended.', unit: 'days', source: 'domain.md: usually one year, extendable yearly' }).default(365),
    otsExtensionProbability: prob({ description: 'Probability an OTS is extended at a review, at the norm visit interval.', source: 'assumption: not found; calibrated to a mean OTS of ~30 months (CBS, calibration.md)' }).default(0.65),
    extensionContactElasticity: nonNegative({ description: 'How much rarer contact raises the extension probability: p × (interval ÷ norm interval)^elasticity.', unit: 'exponent', source: 'assumption, after the Delta method (Stams et al. 2010)' }).default(0.3),
    voogdijDays: distribution({ description: 'Length of a custody-ending measure (voogdij).', unit: 'days', source: 'CBS via press: ~61–82 months (calibration.md)' }, { kind: 'lognormal', mean: 2200, sd: 1100 }),
    afschalingToLocalTeam: prob({ description: 'Share of ended measures handed back to the local team (the rest close).', source: 'assumption' }).default(0.7),
    afschalingGapDays: distribution({ description: 'Days after the measure ends before the local team takes over (nobody in the family).', unit: 'days', source: 'assumption, from the study\'s "niemand meer in het gezin"' }, { kind: 'lognormal', mean: 45, sd: 30 }),
  })
  .refine((g) => g.institutions.some((i) => i.share > 0), { message: 'at least one institution needs a share above 0', path: ['institutions'] })
  .prefault({});

const guardians = z
  .strictObject({
    caseloadCapChildren: count({ description: 'Children one gezinsvoogd holds at most.', unit: 'children', source: 'practice ~15–22 per FTE (FNV 2022; Jeugdzorg Nederland); norm 15 (covenant 2008)' }).default(17),
    hoursPerWeek: positive({ description: 'Working hours of one guardian position.', unit: 'hours per week', source: 'assumption: full-time' }).default(36),
    adminShare: prob({ description: 'Share of working time on administration.', unit: 'share', source: 'CBS employee survey via Binnenlands Bestuur: 38% (calibration.md)' }).default(0.38),
    indirectCaseworkShare: prob({ description: 'Share of time on case work away from the family: travel, reports, consulting providers, court.', unit: 'share', source: 'assumption' }).default(0.35),
    hoursPerVisit: positive({ description: 'Hours one family visit takes, including travel and preparation.', unit: 'hours', source: 'assumption' }).default(4),
    normVisitIntervalDays: positive({ description: 'The visit interval guardians aim for; more families than that allows raises work pressure.', unit: 'days', source: 'assumption: once every 4 weeks, the short end of the study\'s 4–8 weeks' }).default(28),
    coldHandoverProgressLossDays: nonNegative({ description: 'Extra measure time after a cold handover: the new guardian starts a new plan before knowing the family.', unit: 'days', source: 'assumption, from the study\'s "starting over"' }).default(30),
    turnoverRatePerYear: nonNegative({ description: 'Rate at which guardians leave when work pressure is at the norm.', unit: 'per year', source: 'almost one fifth left in 2019 (Follow the Money; calibration.md)' }).default(0.17),
    turnoverPressureSensitivity: nonNegative({ description: 'Extra leave rate per unit of work pressure above the norm: rate × (1 + sensitivity × max(0, pressure − 1)).', unit: 'factor', source: 'assumption, after Stahlschmidt 2019 (turnover as a vicious cycle)' }).default(0.6),
    recruitmentDays: distribution({ description: 'Time to fill a guardian vacancy.', unit: 'days', source: 'assumption' }, { kind: 'lognormal', mean: 120, sd: 60 }),
    inductionDays: nonNegative({ description: 'Period in which a new guardian holds a reduced caseload.', unit: 'days', source: 'assumption' }).default(90),
    inductionCapShare: prob({ description: 'Share of the caseload cap a new guardian holds during induction.', unit: 'share', source: 'assumption' }).default(0.5),
    sickEpisodesPerYear: nonNegative({ description: 'Sick-leave episodes long enough to need a replacement, per guardian per year.', unit: 'per year', source: 'assumption; with the duration gives ~7% absence (calibration.md)' }).default(0.4),
    sickDays: distribution({ description: 'Length of a sick-leave episode; a temporary replacement takes over.', unit: 'days', source: 'assumption; ~7% absence at GIs (calibration.md)' }, { kind: 'lognormal', mean: 60, sd: 45 }),
  })
  .prefault({});

const providers = z
  .strictObject({
    perProblemDomain: positive({ description: 'Help providers deployed per problem domain.', unit: 'providers', source: 'assumption' }).default(1),
    changeRatePerYear: nonNegative({ description: 'Rate at which a deployed help provider is replaced by another.', unit: 'per year', source: 'assumption' }).default(0.3),
    selfDeliveredShare: prob({ description: 'Share of problem domains that the local-team worker or guardian handles without a help provider.', unit: 'share', source: 'assumption: 0 today' }).default(0),
  })
  .prefault({});

const reforms = z
  .strictObject({
    guardianDuos: z
      .strictObject({
        enabled: z.boolean().default(false).meta(meta({ description: 'Guardians work in pairs and know each other\'s cases: when one leaves or is ill, the partner takes over (a warm handover).' })),
        coordinationHoursPerFamilyPerMonth: nonNegative({ description: 'Time the pair spends keeping each other informed.', unit: 'hours per family per month', source: 'assumption: half an hour a month per family' }).default(0.5),
      })
      .prefault({}),
    guardianInLocalTeam: z
      .strictObject({
        enabled: z.boolean().default(false).meta(meta({ description: 'Guardians work at the local team\'s location every two weeks: warm and prompt afschaling, GI advice for the local team.' })),
        hoursPerWeek: nonNegative({ description: 'Guardian time spent at the local team.', unit: 'hours per week', source: 'study: once every two weeks (assumption: half a day a week on average)' }).default(2),
        escalationReduction: prob({ description: 'Share of escalations to the JBT avoided through GI advice to the local team.', unit: 'share', source: 'assumption' }).default(0.2),
      })
      .prefault({}),
    prevention: z
      .strictObject({
        enabled: z.boolean().default(false).meta(meta({ description: 'Schools, sports clubs and churches are trained to signal early: lighter entry, less escalation.' })),
        extraSignalsShare: nonNegative({ description: 'Extra (earlier) signals, as a share of today\'s.', unit: 'share', source: 'assumption' }).default(0.1),
        compulsoryNeedReduction: prob({ description: 'Reduction of the need for the compulsory track at entry and of deterioration during help.', unit: 'share', source: 'assumption; FoodValley pilot claims 80–85% kept out of measures (self-report)' }).default(0.25),
      })
      .prefault({}),
    oneOrganisation: z
      .strictObject({
        enabled: z.boolean().default(false).meta(meta({ description: 'One organisation does everything (like the German Jugendamt): no JBT, investigation by the same organisation, handovers inside one organisation are warm.' })),
        voluntarySignalFactor: prob({ description: 'Signals that still reach the organisation, as a share of today\'s: a higher threshold to ask for voluntary help.', unit: 'share', source: 'assumption, domain.md' }).default(0.9),
      })
      .prefault({}),
    longInvolvement: z
      .strictObject({
        enabled: z.boolean().default(false).meta(meta({ description: 'One professional stays with the family from the local team through the measure and back (Danish/Norwegian practice).' })),
      })
      .prefault({}),
  })
  .prefault({});

const simulation = z
  .strictObject({
    warmupYears: nonNegative({ description: 'Simulated years before observation starts, discarded so results are not biased by an empty chain.', unit: 'years', source: 'long enough for the stock of measures (voogdij lasts ~6 years) to settle (docs/calibration.md)' }).max(50).default(10),
    years: positive({ description: 'Observed years after the warm-up.', unit: 'years' }).max(100).default(5),
    followUpYears: nonNegative({ description: 'Years the families who arrived in the observed window are followed after it ends.', unit: 'years' }).max(50).default(2),
  })
  .prefault({});

export const scenarioSchema = z
  .strictObject({
    $schema: z.string().optional().meta(meta({ description: 'Path of the JSON Schema, for editors.' })),
    name: z.string().min(1).max(80).regex(/^[A-Za-z0-9 _.,()+-]+$/, 'letters, digits, spaces and - _ . , ( ) + only').meta(meta({ description: 'Short name of the scenario, used in reports and file names.' })),
    description: z.string().max(4000).default('').meta(meta({ description: 'What the scenario changes and why, in plain language.' })),
    extends: z.string().max(500).optional().meta(meta({ description: 'A scenario file this one builds on (a path relative to this file); its values are the defaults here.' })),
    region,
    family,
    entry,
    veiligThuis,
    localTeam,
    jbt,
    rvdk,
    court,
    gi,
    guardians,
    providers,
    reforms,
    simulation,
    uncertainty: uncertaintySection((): z.core.$ZodType => scenarioSchema),
  })
  .superRefine((s, ctx) => {
    // zod runs this even when a field is out of range (only a wrong type skips it), so it first
    // checks that the sections exist; the loader drops a cross-field message about a parameter
    // that already has an error of its own.
    if (!s.guardians || !s.reforms?.guardianDuos || !s.gi?.institutions || !s.rvdk || !s.court || !s.jbt || !s.localTeam || !s.veiligThuis || !s.entry) return;
    const g = s.guardians;
    const duo = s.reforms.guardianDuos;
    const embedded = s.reforms.guardianInLocalTeam;
    const freeShare = 1 - g.adminShare - g.indirectCaseworkShare - (embedded.enabled ? embedded.hoursPerWeek / g.hoursPerWeek : 0);
    if (freeShare <= 0) {
      ctx.addIssue({ code: 'custom', path: ['guardians', 'adminShare'], message: 'adminShare + indirectCaseworkShare (+ time at the local team) leave no time for families: together they must stay below 1' });
    }
    if (g.caseloadCapChildren < 1) ctx.addIssue({ code: 'custom', path: ['guardians', 'caseloadCapChildren'], message: 'a caseload cap of 0 means no family can ever get a guardian: use at least 1' });
    const positions = s.gi.institutions.reduce((a, i) => a + (i.share > 0 ? i.guardianPositions : 0), 0);
    if (positions === 0) ctx.addIssue({ code: 'custom', path: ['gi', 'institutions'], message: 'families arrive but no institution with a share has guardian positions' });
    s.gi.institutions.forEach((inst, i) => {
      if (inst.share > 0 && inst.guardianPositions === 0) {
        ctx.addIssue({ code: 'custom', path: ['gi', 'institutions', i, 'guardianPositions'], message: `${inst.name} receives measures (share ${inst.share}) but has no guardian positions` });
      }
      if (duo.enabled && inst.guardianPositions % 2 === 1) {
        ctx.addIssue({ code: 'custom', path: ['gi', 'institutions', i, 'guardianPositions'], message: `guardian duos need an even number of positions; ${inst.name} has ${inst.guardianPositions}` });
      }
    });
    if (s.rvdk.investigators === 0) ctx.addIssue({ code: 'custom', path: ['rvdk', 'investigators'], message: 'with no investigators no family can pass the RvdK: use at least 1' });
    if (s.veiligThuis.workers === 0 && s.entry.viaVeiligThuisShare > 0) ctx.addIssue({ code: 'custom', path: ['veiligThuis', 'workers'], message: 'signals go through Veilig Thuis (viaVeiligThuisShare > 0) but it has no workers' });
    if (s.jbt.slotsPerMeeting === 0) ctx.addIssue({ code: 'custom', path: ['jbt', 'slotsPerMeeting'], message: 'a table with 0 slots never discusses a family: use at least 1' });
    if (s.court.slotsPerHearing === 0 || s.court.judges === 0) ctx.addIssue({ code: 'custom', path: ['court', 'slotsPerHearing'], message: 'the court needs at least one judge and one slot per hearing' });
    const withArea = s.region?.municipalities?.filter((m) => m.area !== undefined).length ?? 0;
    if (withArea > 0 && withArea < s.region.municipalities.length) {
      const i = s.region.municipalities.findIndex((m) => m.area === undefined);
      ctx.addIssue({ code: 'custom', path: ['region', 'municipalities', i, 'area'], message: `${s.region.municipalities[i].name} has no area while others do: give every municipality an area, or none` });
    }
    if (s.localTeam.caseloadCapFamilies === 0) ctx.addIssue({ code: 'custom', path: ['localTeam', 'caseloadCapFamilies'], message: 'a caseload cap of 0 means the local team can take no family: use at least 1' });
  });

/** A validated scenario with every default filled in. */
export type Scenario = z.infer<typeof scenarioSchema>;
/** A scenario as written in a file (most fields optional). */
export type ScenarioInput = z.input<typeof scenarioSchema>;
