// The scenario schema: the single source of truth for the model's parameters, their types,
// ranges, defaults, units and sources. The TypeScript types, the validation of scenario files,
// the JSON Schema for editors and docs/parameters.md are all derived from it.
//
// Defaults describe FoodValley today (the baseline). `source` cites ../shared/calibration.md;
// "assumption" marks a value no source gives, with the reasoning in docs/calibration.md.

import { z } from 'zod';
import { localText } from './localText.js';
import { uncertaintySection } from './ranges.js';
import { count, distribution, meta, nonNegative, positive, prob } from './params.js';
import { reformsSchema } from './reforms.js';

export type { DistributionParams } from './params.js';

// ---- the chain -------------------------------------------------------------------------------

const municipality = z.strictObject({
  name: z
    .string()
    .min(1)
    .max(80)
    .meta(meta({ description: 'Name of the municipality (gemeente).' })),
  youthPopulation: count({
    label: { nl: 'Jongeren onder 18', en: 'Young people under 18' },
    description: 'Number of young people under 18.',
    unit: 'persons',
    source: 'CBS population ×22% under-18 (calibration.md, derived regional baseline; E)',
    max: 3_500_000,
    maxWhy: 'the whole country has about 3.4 million young people under 18 (CBS)',
  }),
  measuresPerThousandYouth: nonNegative({
    label: { nl: 'Maatregelen per 1000 jongeren', en: 'Measures per 1000 young people' },
    description: "Youth protection measures per 1000 young people; sets this municipality's rate relative to the reference.",
    unit: '‰',
    source: 'study Table 1 (read as ‰; calibration.md)',
    max: 50,
    maxWhy: 'municipalities range from 3 to 24 per 1000 (CBS via Schrijvers & Krooi); 50 is twice the highest',
  }),
  area: z
    .string()
    .min(1)
    .max(80)
    .optional()
    .meta(
      meta({
        label: { nl: 'Jeugdregio', en: 'Youth region' },
        description:
          'The youth-protection region (jeugdregio) the municipality belongs to: municipalities of one area share a Veilig Thuis, a JBT, an RvdK office and a court, each with its own queue. The capacities of those four are then split over the areas in proportion to their expected measures, rounded up (no office short of its share; the areas together have a few more than the scenario gives). Give every municipality an area, or none (the whole scenario is one area).',
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
    municipalities: z
      .array(municipality)
      .min(1)
      .max(500)
      .default(FOODVALLEY)
      .meta(
        meta({
          label: { nl: 'Gemeenten', en: 'Municipalities' },
          description: 'The municipalities of the region, each with its own local team.',
          source: 'study Table 1; population estimates (calibration.md)',
        }),
      ),
    referenceMeasuresPerThousandYouth: positive({
      label: { nl: 'Landelijke maatregelen per 1000 jongeren', en: 'National measures per 1000 young people' },
      description: 'The rate at which `entry.signalsPerThousandYouthPerYear` applies unchanged (the national rate).',
      unit: '‰',
      source: 'study Table 1, NL = 7.7',
      max: 50,
      maxWhy: 'municipalities range from 3 to 24 per 1000 (CBS via Schrijvers & Krooi); 50 is twice the highest',
    }).default(7.7),
    calibrationTargets: z
      .enum(['regional', 'national-2023'])
      .default('regional')
      .meta(
        meta({
          label: { nl: 'Ijkpunten voor de kalibratie', en: 'Calibration targets' },
          description:
            "The real figures `jbsim calibrate` sets beside the model's: `regional`, the FoodValley baseline's (volumes scaled by the region's expected measures), or `national-2023`, the whole country's in 2023 (stock, inflow, RvdK investigations, children without a guardian; docs/calibration.md). Read by `jbsim calibrate` only, never by the model.",
        }),
      ),
    childrenPerFamily: distribution(
      {
        label: { nl: 'Kinderen per gezin', en: 'Children per family' },
        description: 'Children per family (a measure concerns each child).',
        unit: 'children',
        source: 'assumption: ~1.5 children per family (calibration.md, derived baseline; E)',
        max: 15,
        maxWhy: 'beyond all but a handful of Dutch families',
      },
      { kind: 'empirical', values: [1, 2, 3, 4], weights: [0.62, 0.25, 0.09, 0.04] },
    ),
  })
  .prefault({});

const family = z
  .strictObject({
    problemDomains: distribution(
      {
        label: { nl: 'Probleemgebieden per gezin', en: 'Problem domains per family' },
        description: 'Number of problem domains (parenting, mental health, debts, ...); each needs a help provider.',
        unit: 'domains',
        source: 'assumption',
        max: 15,
        maxWhy: 'more than the life domains a local team assesses (about a dozen, as in the Self-Sufficiency Matrix)',
      },
      { kind: 'empirical', values: [1, 2, 3, 4, 5], weights: [0.25, 0.3, 0.25, 0.13, 0.07] },
    ),
    compulsoryNeedAtEntry: prob({
      label: { nl: 'Kans op gedwongen kader bij het eerste signaal', en: 'Chance of needing the compulsory track when first signalled' },
      description:
        'Probability that a family needs the compulsory track when first signalled (more likely with more problem domains, see `compulsoryNeedPerExtraDomain`).',
      source: 'assumption, calibrated to the inflow into measures',
    }).default(0.1),
    compulsoryNeedPerExtraDomain: nonNegative({
      label: { nl: 'Extra kans op gedwongen kader per probleemgebied', en: 'Extra chance of the compulsory track per problem domain' },
      description: 'Relative increase of that probability per problem domain above one.',
      unit: 'factor',
      source: 'assumption',
      max: 10,
      maxWhy:
        'at 10 a family with two domains is already certain to need the compulsory track at the default entry probability (0.1 × 11 > 1)',
    }).default(0.35),
    deteriorationRatePerYear: nonNegative({
      label: { nl: 'Verslechtering tijdens vrijwillige hulp', en: 'Deterioration during voluntary help' },
      description: 'Rate at which a need for the compulsory track arises during voluntary help.',
      unit: 'per year',
      source: 'assumption, calibrated to the inflow into measures',
      max: 12,
      maxWhy: 'once a month: every family in voluntary help would need the compulsory track within weeks',
    }).default(0.12),
  })
  .prefault({});

const entry = z
  .strictObject({
    signalsPerThousandYouthPerYear: nonNegative({
      label: { nl: 'Nieuwe signalen per 1000 jongeren', en: 'New signals per 1000 young people' },
      description: 'New families signalled to the local team per 1000 young people per year, at the reference measure rate.',
      unit: 'families per 1000 youth per year',
      source: 'assumption, calibrated so that ~130 children a year enter a measure (calibration.md)',
      max: 200,
      maxWhy:
        'Veilig Thuis receives ~120,000 reports a year (~35 per 1000 young people) and ~10% of young people get youth help (study Table 1); 200 per 1000 is twice that share',
    }).default(10),
    viaVeiligThuisShare: prob({
      label: { nl: 'Signalen via Veilig Thuis', en: 'Signals through Veilig Thuis' },
      description: 'Share of signals that go through Veilig Thuis first (reports by schools, police, GPs, neighbours).',
      source: 'assumption',
    }).default(0.3),
    reentryProbability: prob({
      label: { nl: 'Kans op een nieuw signaal na afsluiting', en: 'Chance of a new signal after closure' },
      description: 'Probability that a family whose case closed is signalled again.',
      source: 'assumption',
    }).default(0.15),
    reentryDelayDays: distribution(
      {
        label: { nl: 'Tijd tot een nieuw signaal', en: 'Time to a new signal' },
        description: 'Time from closure to the new signal, for a family that re-enters.',
        unit: 'days',
        source: 'assumption',
        max: 6575,
        maxWhy: '18 years: by then the children are grown up',
      },
      { kind: 'exponential', mean: 540 },
    ),
  })
  .prefault({});

const veiligThuis = z
  .strictObject({
    workers: count({
      label: { nl: 'Meldingen die Veilig Thuis tegelijk behandelt', en: 'Reports Veilig Thuis handles at once' },
      description: 'Reports Veilig Thuis can handle at once for this region (a worker carries several).',
      source: "assumption: enough for the region's reports without a growing backlog",
      max: 3000,
      maxWhy: "more than twice the whole country's: scenarios/netherlands/baseline.yaml has 1,188 (FoodValley's 20 × 59)",
    }).default(20),
    triageDays: distribution(
      {
        label: { nl: 'Beoordeling door Veilig Thuis', en: 'Time Veilig Thuis takes per report' },
        description: 'Time Veilig Thuis spends on a report before passing it to the local team.',
        unit: 'days',
        source: 'assumption',
        max: 365,
        maxWhy: 'a year; Veilig Thuis takes weeks (the default mean is 21 days)',
      },
      { kind: 'lognormal', mean: 21, sd: 10 },
    ),
    reportsPerWorker: positive({
      label: { nl: 'Meldingen per medewerker van Veilig Thuis', en: 'Reports per Veilig Thuis worker' },
      description: 'Reports one Veilig Thuis worker (FTE) handles at once: turns `workers` into FTE for the cost side.',
      unit: 'reports per FTE',
      source: 'assumption',
      max: 100,
      maxWhy: 'a hundred open reports for one person',
    }).default(4),
  })
  .prefault({});

const localTeam = z
  .strictObject({
    workersPerThousandYouth: positive({
      label: { nl: 'Medewerkers lokaal team per 1000 jongeren', en: 'Local-team workers per 1000 young people' },
      description: 'Local-team workers per 1000 young people in the municipality.',
      unit: 'FTE per 1000 youth',
      source: 'assumption',
      max: 10,
      maxWhy: 'one worker for every 100 young people, over 15 times the default',
    }).default(0.6),
    caseloadCapFamilies: count({
      label: { nl: 'Caseloadnorm lokaal team', en: 'Local-team caseload cap' },
      description: 'Families one local-team worker holds at most.',
      unit: 'families',
      source: 'assumption',
      max: 100,
      maxWhy: 'four times the default 25: nobody can work with 100 families at once',
    }).default(25),
    voluntaryHelpDays: distribution(
      {
        label: { nl: 'Duur van vrijwillige hulp', en: 'Length of voluntary help' },
        description: 'Length of voluntary help arranged by the local team.',
        unit: 'days',
        source: 'assumption',
        max: 3650,
        maxWhy: 'ten years; voluntary help lasts months (the default mean is 6)',
      },
      { kind: 'lognormal', mean: 180, sd: 120 },
    ),
    helpBeforeEscalationDays: distribution(
      {
        label: { nl: 'Hulp vóór opschaling', en: 'Help before escalation' },
        description:
          'How long the local team tries voluntary help before escalating, for a family that needs the compulsory track when it is signalled.',
        unit: 'days',
        source: 'assumption: a few weeks of trying (the study: the table is asked when voluntary help does not suffice)',
        max: 3650,
        maxWhy: 'ten years',
      },
      { kind: 'lognormal', mean: 45, sd: 30 },
    ),
    aftercareDays: distribution(
      {
        label: { nl: 'Nazorg na afschaling', en: 'Aftercare after afschaling' },
        description: 'Length of local-team involvement after afschaling, before closure.',
        unit: 'days',
        source: 'assumption',
        max: 3650,
        maxWhy: 'ten years; aftercare lasts months (the default mean is 5)',
      },
      { kind: 'lognormal', mean: 150, sd: 90 },
    ),
    turnoverRatePerYear: nonNegative({
      label: { nl: 'Verloop in het lokaal team', en: 'Local-team turnover' },
      description: 'Rate at which local-team workers leave.',
      unit: 'per year',
      source: 'assumption (below the GI rate)',
      max: 2,
      maxWhy:
        'the highest turnover reported in child welfare is 59% a year (Milwaukee 2014; calibration.md); 2 a year is over three times that',
    }).default(0.12),
    recruitmentDays: distribution(
      {
        label: { nl: 'Vacature lokaal team vullen', en: 'Time to fill a local-team vacancy' },
        description: 'Time to fill a local-team vacancy.',
        unit: 'days',
        source: 'assumption',
        max: 730,
        maxWhy: 'two years for one vacancy; the default mean is 3 months',
      },
      { kind: 'lognormal', mean: 90, sd: 45 },
    ),
    hoursPerWeek: positive({
      label: { nl: 'Werkweek medewerker lokaal team', en: 'Working week of a local-team worker' },
      description: 'Working hours of one local-team position (sets what an hour of self-delivered help weighs on a caseload).',
      unit: 'hours per week',
      source: 'assumption: full-time',
      max: 60,
      maxWhy: 'well beyond a full working week',
    }).default(36),
  })
  .prefault({});

const jbt = z
  .strictObject({
    meetingIntervalDays: positive({
      label: { nl: 'Tijd tussen vergaderingen van de JBT', en: 'Time between JBT meetings' },
      description: 'Days between meetings of the jeugdbeschermingstafel.',
      unit: 'days',
      source: 'assumption',
      max: 365,
      maxWhy: 'tables meet weekly or fortnightly; once a year is the least a table could meet',
    }).default(7),
    slotsPerMeeting: count({
      label: { nl: 'Gezinnen per vergadering van de JBT', en: 'Families per JBT meeting' },
      description: 'Families discussed per meeting.',
      unit: 'families',
      source: 'assumption',
      max: 600,
      maxWhy: "more than twice the whole country's: scenarios/netherlands/baseline.yaml has 238 (FoodValley's 4 × 59)",
    }).default(4),
    compulsoryDecisionWithNeed: prob({
      label: { nl: 'Kans dat de JBT onderzoek vraagt als dat nodig is', en: 'Chance the JBT asks for an investigation when needed' },
      description: 'Probability the table asks the RvdK to investigate when the family needs the compulsory track.',
      source: 'assumption',
    }).default(0.85),
    compulsoryDecisionWithoutNeed: prob({
      label: {
        nl: 'Kans dat de JBT onderzoek vraagt als dat niet nodig is',
        en: 'Chance the JBT asks for an investigation when not needed',
      },
      description: 'Probability the table asks for an investigation when the family does not need it.',
      source: 'assumption',
    }).default(0.05),
    standingMembers: count({
      label: { nl: 'Vaste leden van de JBT', en: 'Standing members of the JBT' },
      description:
        "Members of the table besides the local team and the family (the RvdK's and others): met at the table, never responsible for the family.",
      unit: 'persons',
      source: 'the study: LT, RvdK, sometimes GI, parents and child at one table',
      max: 20,
      maxWhy: 'a meeting, not an assembly',
    }).default(2),
    memberPreparationHoursPerMeeting: nonNegative({
      label: { nl: 'Voorbereiding per vergadering per vast lid van de JBT', en: 'Preparation per JBT meeting per standing member' },
      description:
        "Working hours one standing member spends preparing one meeting, whatever its number of families; with `memberHoursPerFamily`, the table's cost side (its members' FTE, priced as the Raad's investigators). Not spent when a reform skips the table.",
      unit: 'hours',
      source: 'assumption',
      max: 40,
      maxWhy: 'a working week for one meeting',
    }).default(1),
    memberHoursPerFamily: nonNegative({
      label: { nl: 'Tijd per besproken gezin per vast lid van de JBT', en: 'Time per family discussed per JBT standing member' },
      description:
        "Working hours one standing member spends on each family a meeting discusses (`slotsPerMeeting`, split over the areas as the table's slots are): a larger table meets for longer.",
      unit: 'hours',
      source: 'assumption: about 45 minutes per family',
      max: 8,
      maxWhy: 'a working day for one family at one meeting',
    }).default(0.75),
  })
  .prefault({});

const rvdk = z
  .strictObject({
    investigators: count({
      label: { nl: 'Onderzoeken die de RvdK tegelijk doet', en: 'Investigations the RvdK runs at once' },
      description:
        'Investigations the RvdK can run at once for this region (an investigator carries several); each is led by one investigator the family meets.',
      source:
        'assumption, calibrated to a settled wait of about a week (calibration.md: the 2018–19 waits of 3–5 weeks came with a backlog)',
      max: 4000,
      maxWhy:
        "more than twice the whole country's: scenarios/netherlands/baseline.yaml has 1,976, 1,984 across its offices (calibrated to the investigations of 2023 and a settled wait)",
    }).default(31),
    investigationDays: distribution(
      {
        label: { nl: 'Duur van een RvdK-onderzoek', en: 'Length of an RvdK investigation' },
        description: 'Length of a protection investigation (beschermingsonderzoek).',
        unit: 'days',
        source: 'Steketee et al. 2007: 89 days when a measure is requested (calibration.md)',
        max: 730,
        maxWhy: 'two years; an investigation takes 73–101 days (Steketee et al. 2007)',
      },
      { kind: 'lognormal', mean: 89, sd: 30 },
    ),
    measureRequestWithNeed: prob({
      label: { nl: 'Kans dat de RvdK een maatregel vraagt als die nodig is', en: 'Chance the RvdK asks for a measure when needed' },
      description: 'Probability the RvdK asks the court for a measure when the family needs one.',
      source: 'assumption; nationally ~60% of investigations lead to a request (NJi cijfers RvdK)',
    }).default(0.85),
    measureRequestWithoutNeed: prob({
      label: {
        nl: 'Kans dat de RvdK een maatregel vraagt als die niet nodig is',
        en: 'Chance the RvdK asks for a measure when not needed',
      },
      description: 'Probability of a request when the family does not need a measure.',
      source: 'assumption',
    }).default(0.05),
    investigationsPerInvestigator: positive({
      label: { nl: 'Onderzoeken per RvdK-onderzoeker', en: 'Investigations per RvdK investigator' },
      description: 'Investigations one RvdK investigator (FTE) runs at once: turns `investigators` into FTE for the cost side.',
      unit: 'investigations per FTE',
      source: 'assumption: ~12 a year at ~3 months each',
      max: 50,
      maxWhy: 'fifty open investigations for one person',
    }).default(3),
  })
  .prefault({});

const court = z
  .strictObject({
    hearingIntervalDays: positive({
      label: { nl: 'Tijd tussen zittingen van de kinderrechter', en: 'Time between court sessions' },
      description: 'Days between juvenile-court hearing sessions for the region.',
      unit: 'days',
      source: 'assumption',
      max: 365,
      maxWhy: 'courts sit weekly; once a year is the least a court could sit',
    }).default(7),
    slotsPerHearing: count({
      label: { nl: 'Zaken per zitting', en: 'Cases per session' },
      description: 'Cases heard per session.',
      unit: 'cases',
      source: 'assumption',
      max: 100,
      maxWhy: '25 times the default 4: a session cannot hear more',
    }).default(4),
    judges: count({
      label: { nl: 'Kinderrechters', en: 'Juvenile judges' },
      description: 'Juvenile judges (kinderrechters) sharing the sessions.',
      source: 'assumption',
      max: 400,
      maxWhy: "more than twice the whole country's: scenarios/netherlands/baseline.yaml has 178 (FoodValley's 3 × 59)",
    }).default(3),
    preparationDays: nonNegative({
      label: { nl: 'Voorbereiding van een zitting', en: 'Preparation of a hearing' },
      description: 'Least time from the RvdK request to a hearing.',
      unit: 'days',
      source: 'assumption: not found in sources (calibration.md)',
      max: 365,
      maxWhy: 'a year; the expert norm for the whole chain from concern to ruling is 42 working days (NJi 2007)',
    }).default(14),
    otsShare: prob({
      label: { nl: 'Verzoeken die tot een OTS leiden', en: 'Requests that lead to an OTS' },
      description: 'Share of requests that lead to a supervision order (OTS).',
      source: 'assumption',
    }).default(0.8),
    voogdijShare: prob({
      label: { nl: 'Verzoeken die tot voogdij leiden', en: 'Requests that lead to voogdij' },
      description: 'Share of requests that lead to a custody-ending measure (voogdij).',
      source: 'assumption: ~12% of new measures, from stock shares (CBS, calibration.md)',
    }).default(0.11),
  })
  .refine((c) => c.otsShare + c.voogdijShare <= 1, { message: 'otsShare + voogdijShare must not exceed 1', path: ['voogdijShare'] })
  .prefault({});

const institution = z.strictObject({
  name: z.string().min(1).max(80),
  share: nonNegative({
    label: { nl: 'Aandeel maatregelen voor deze GI', en: 'Share of measures for this GI' },
    description: 'Share of measures this GI receives.',
    unit: 'share',
    max: 1,
    maxWhy: "a share of the region's measures",
  }),
  guardianPositions: count({
    label: { nl: 'Gezinsvoogdposities', en: 'Guardian positions' },
    description: 'Guardian positions (FTE) for this region.',
    unit: 'FTE',
    max: 10_000,
    maxWhy:
      'more than all GIs together: over 5,000 guardians left the 14 GIs in 2015–2019 at almost a fifth a year, so about 5,000 are in post (calibration.md)',
  }),
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
      .meta(
        meta({
          label: { nl: 'Gecertificeerde instellingen', en: 'Certified institutions' },
          description: 'The certified institutions (GIs) and the guardian positions each has for the region.',
          source: 'study: three GIs in the region; ~30 FTE at 15 children each (calibration.md, E)',
        }),
      ),
    teamsPerArea: z
      .boolean()
      .default(false)
      .meta(
        meta({
          label: { nl: 'Eigen team per gebied', en: 'A team per area' },
          description:
            "Each institution works in every area (`region.municipalities[].area`) with a team of its own: a family's measure goes to the institution's team in the family's area, and each team has its own waiting list, vacancies and sick-leave pool. The institution's guardian positions are split over its teams in proportion to the areas' expected measures, rounded up (no team short of its share; the teams together have a few more positions than the institution). Off: each institution is one team for the whole scenario.",
          source:
            'the national GIs (William Schrikker, Leger des Heils) work in regional teams; the 11 regional GIs each cover their own youth regions',
        }),
      ),
    firstVisitDays: distribution(
      {
        label: { nl: 'Van toewijzing tot eerste bezoek', en: 'From assignment to first visit' },
        description: "Time from a guardian's assignment to the first visit.",
        unit: 'days',
        source: 'assumption; 33% within 5 working days in 2012 (calibration.md)',
        max: 365,
        maxWhy: 'a year; a third of the families saw their guardian within 5 working days in 2012',
      },
      { kind: 'lognormal', mean: 10, sd: 7 },
    ),
    otsReviewIntervalDays: positive({
      label: { nl: 'Duur van een OTS-periode', en: 'Length of an OTS period' },
      description: 'Length of an OTS period; at its end the measure is extended or ended.',
      unit: 'days',
      source: 'domain.md: usually one year, extendable yearly',
      max: 730,
      maxWhy: 'by law an OTS period lasts at most a year (Civil Code art. 1:258); two years leaves room for a reform',
    }).default(365),
    otsExtensionProbability: prob({
      label: { nl: 'Kans op verlenging van een OTS', en: 'Chance an OTS is extended' },
      description: 'Probability an OTS is extended at a review, at the norm visit interval.',
      source: 'assumption: not found; calibrated to a mean OTS of ~30–35 months (CBS, calibration.md)',
    }).default(0.61),
    maxExtensionProbability: prob({
      label: { nl: 'Hoogste kans op verlenging', en: 'Highest chance of extension' },
      description: 'The extension probability never exceeds this, however rare the contact: some measures end whatever happens.',
      source: 'assumption',
    }).default(0.95),
    extensionContactElasticity: nonNegative({
      label: { nl: 'Effect van contact op verlenging', en: 'Effect of contact on extension' },
      description:
        'How much the contact a family has changes its extension probability: p × (interval ÷ norm interval)^elasticity, both ways: visits rarer than the norm make an extension more likely, visits more often than the norm less likely (the same power; whether contact beyond the norm helps as much is not known).',
      unit: 'exponent',
      source: 'assumption, after the Delta method (Stams et al. 2010)',
      max: 5,
      maxWhy: 'at 5, visits half as often would multiply the extension probability by 32',
    }).default(0.3),
    voogdijDays: distribution(
      {
        label: { nl: 'Duur van een voogdij', en: 'Length of a voogdij' },
        description: 'Length of a custody-ending measure (voogdij).',
        unit: 'days',
        source: 'CBS via press: ~61–82 months (calibration.md)',
        max: 6575,
        maxWhy: '18 years: a voogdij ends when the child comes of age',
      },
      { kind: 'lognormal', mean: 2200, sd: 1100 },
    ),
    afschalingToLocalTeam: prob({
      label: { nl: 'Afschaling naar het lokaal team', en: 'Afschaling to the local team' },
      description: 'Share of ended measures handed back to the local team (the rest close).',
      source: 'assumption',
    }).default(0.7),
    afschalingGapDays: distribution(
      {
        label: { nl: 'Gat tussen einde maatregel en lokaal team', en: 'Gap between the end of a measure and the local team' },
        description: 'Days after the measure ends before the local team takes over (nobody in the family).',
        unit: 'days',
        source: 'assumption, from the study\'s "niemand meer in het gezin"',
        max: 730,
        maxWhy: 'two years with nobody in the family; the default mean is 45 days',
      },
      { kind: 'lognormal', mean: 45, sd: 30 },
    ),
  })
  .refine((g) => g.institutions.some((i) => i.share > 0), {
    message: 'at least one institution needs a share above 0',
    path: ['institutions'],
  })
  .prefault({});

const guardians = z
  .strictObject({
    caseloadCapChildren: count({
      label: { nl: 'Caseloadnorm', en: 'Caseload cap' },
      description: 'Children one gezinsvoogd holds at most.',
      unit: 'children',
      source:
        'practice ~15–22 per FTE (FNV 2022; Jeugdzorg Nederland); norm 15 (covenant 2008); calibrated to a caseload in post of ~15–16',
      max: 100,
      maxWhy: 'practice is 15–22 children per guardian (FNV 2022); 100 is over four times the highest',
    }).default(18),
    hoursPerWeek: positive({
      label: { nl: 'Werkweek gezinsvoogd', en: 'Working week of a guardian' },
      description: 'Working hours of one guardian position.',
      unit: 'hours per week',
      source: 'assumption: full-time',
      max: 60,
      maxWhy: 'the Working Hours Act (Arbeidstijdenwet) allows at most 60 hours in a week',
    }).default(36),
    adminShare: prob({
      label: { nl: 'Tijd voor administratie', en: 'Time on administration' },
      description: 'Share of working time on administration.',
      unit: 'share',
      source: 'CBS employee survey via Binnenlands Bestuur: 38% (calibration.md)',
    }).default(0.38),
    indirectCaseworkShare: prob({
      label: { nl: 'Tijd voor indirect casuswerk', en: 'Time on indirect case work' },
      description: 'Share of time on case work away from the family: travel, reports, consulting providers, court.',
      unit: 'share',
      source: 'assumption',
    }).default(0.35),
    hoursPerVisit: positive({
      label: { nl: 'Uren per bezoek', en: 'Hours per visit' },
      description: 'Hours one family visit takes, including travel and preparation.',
      unit: 'hours',
      source: 'assumption',
      max: 24,
      maxWhy: 'a whole day for one visit',
    }).default(4),
    normVisitIntervalDays: positive({
      label: { nl: 'Beoogde tijd tussen bezoeken', en: 'Intended time between visits' },
      description: 'The visit interval guardians aim for; more families than that allows raises work pressure.',
      unit: 'days',
      source: "assumption: once every 4 weeks, the short end of the study's 4–8 weeks",
      max: 365,
      maxWhy: 'a year; the study reports visits every 4 to 8 weeks',
    }).default(28),
    coldHandoverProgressLossDays: nonNegative({
      label: { nl: 'Extra duur na een koude overdracht', en: 'Extra time after a cold handover' },
      description: 'Extra measure time after a cold handover: the new guardian starts a new plan before knowing the family.',
      unit: 'days',
      source: 'assumption, from the study\'s "starting over"',
      max: 365,
      maxWhy: 'a year of progress lost per handover; the default is a month',
    }).default(30),
    turnoverRatePerYear: nonNegative({
      label: { nl: 'Verloop van gezinsvoogden', en: 'Guardian turnover' },
      description: 'Rate at which guardians leave when work pressure is at the norm.',
      unit: 'per year',
      source: 'almost one fifth left in 2019 (Follow the Money; calibration.md)',
      max: 2,
      maxWhy:
        'the highest turnover reported in child welfare is 59% a year (Milwaukee 2014; calibration.md); 2 a year is over three times that',
    }).default(0.17),
    turnoverPressureSensitivity: nonNegative({
      label: { nl: 'Effect van werkdruk op verloop', en: 'Effect of work pressure on turnover' },
      description: 'Extra leave rate per unit of work pressure above the norm: rate × (1 + sensitivity × max(0, pressure − 1)).',
      unit: 'factor',
      source: 'assumption, after Stahlschmidt 2019 (turnover as a vicious cycle)',
      max: 10,
      maxWhy: 'at 10, a pressure 10% above the norm would double the leave rate',
    }).default(0.6),
    recruitmentDays: distribution(
      {
        label: { nl: 'Vacature gezinsvoogd vullen', en: 'Time to fill a guardian vacancy' },
        description: 'Time to fill a guardian vacancy.',
        unit: 'days',
        source: 'assumption',
        max: 730,
        maxWhy: 'two years for one vacancy; the default mean is 4 months',
      },
      { kind: 'lognormal', mean: 120, sd: 60 },
    ),
    maxHiresPerYearShare: nonNegative({
      label: { nl: 'Meeste aanwervingen per jaar (deel van de plaatsen)', en: 'Most hires a year (share of positions)' },
      description:
        "The most guardians a GI team can hire in a year, as a share of its positions: the labour market's limit. A vacancy whose recruitment is done waits for the next hire (hires are at least a year ÷ (share × positions) apart), so when more leave than can be hired the team runs with fewer guardians than positions. 0: no limit (every vacancy is filled when its recruitment is done).",
      unit: 'hires per position per year',
      source:
        'assumption: a shortage of youth-care professionals (ABF Research via the Jeugdautoriteit: ~700 in 2021, ~1,900 expected in 2031); no limit in FoodValley, calibrated nationally to ~1,500 children without a guardian (IGJ 2024)',
      max: 5,
      maxWhy: 'five hires a year per position: every seat filled anew every ten weeks',
    }).default(0),
    inductionDays: nonNegative({
      label: { nl: 'Inwerkperiode', en: 'Induction period' },
      description: 'Period in which a new guardian holds a reduced caseload.',
      unit: 'days',
      source: 'assumption',
      max: 730,
      maxWhy: 'two years of reduced caseload; the default is 3 months',
    }).default(90),
    inductionCapShare: prob({
      label: { nl: 'Caseload tijdens het inwerken', en: 'Caseload during induction' },
      description: 'Share of the caseload cap a new guardian holds during induction.',
      unit: 'share',
      source: 'assumption',
    }).default(0.5),
    sickEpisodesPerYear: nonNegative({
      label: { nl: 'Ziekmeldingen per gezinsvoogd', en: 'Sick-leave episodes per guardian' },
      description: 'Sick-leave episodes long enough to need a replacement, per guardian per year.',
      unit: 'per year',
      source: 'assumption; with the duration gives ~7% absence (calibration.md)',
      max: 12,
      maxWhy: 'once a month; GIs report about 7% absence',
    }).default(0.4),
    sickDays: distribution(
      {
        label: { nl: 'Duur van ziekteverzuim', en: 'Length of sick leave' },
        description: 'Length of a sick-leave episode; the duo partner, a replacement from the pool, or nobody covers it.',
        unit: 'days',
        source: 'assumption; ~7% absence at GIs (calibration.md)',
        max: 730,
        maxWhy: 'Dutch employers pay at most two years of sick leave (Wet verbetering poortwachter)',
      },
      { kind: 'lognormal', mean: 60, sd: 45 },
    ),
    replacementPoolShare: nonNegative({
      label: { nl: 'Vervangers per positie', en: 'Replacements per position' },
      description:
        "Replacements an institution can call on for sick leave, as a share of its guardian positions (rounded): when all are busy, a sick guardian's families have nobody until one is free or the guardian is back.",
      unit: 'replacements per position',
      source: 'assumption: one replacement per ~20 guardians (absence ~7%: about a third of sick guardians covered)',
      max: 1,
      maxWhy: 'a replacement for every guardian: more cover than anyone can be ill',
    }).default(0.05),
    minContactHoursPerWeek: positive({
      label: { nl: 'Contacturen die altijd blijven', en: 'Contact hours kept in any week' },
      description: 'Contact hours a week a guardian keeps however full the week: urgent visits happen anyway.',
      unit: 'hours per week',
      source: 'assumption',
      max: 40,
      maxWhy: 'a working week',
    }).default(0.5),
    shortestVisitIntervalDays: positive({
      label: { nl: 'Kortste tijd tussen bezoeken', en: 'Shortest time between visits' },
      description: 'Families are not visited more often than this, however much time there is.',
      unit: 'days',
      source: 'assumption: once a week',
      max: 365,
      maxWhy: 'a year',
    }).default(7),
    longestVisitIntervalDays: positive({
      label: { nl: 'Langste tijd tussen bezoeken', en: 'Longest time between visits' },
      description:
        "A family the guardian holds is visited at least this often, however full the caseload (the cost shows in the other families' visits).",
      unit: 'days',
      source: 'assumption: twice a year',
      max: 3650,
      maxWhy: 'ten years',
    }).default(182),
  })
  .prefault({});

const providers = z
  .strictObject({
    perProblemDomain: positive({
      label: { nl: 'Hulpverleners per probleemgebied', en: 'Help providers per problem domain' },
      description: 'Help providers deployed per problem domain.',
      unit: 'providers',
      source: 'assumption',
      max: 10,
      maxWhy: 'ten providers for one problem; the default is one',
    }).default(1),
    changeRatePerYear: nonNegative({
      label: { nl: 'Wisseling van hulpverlener', en: 'Change of help provider' },
      description: 'Rate at which a deployed help provider is replaced by another.',
      unit: 'per year',
      source: 'assumption',
      max: 12,
      maxWhy: 'a new provider every month; the default is 0.3 a year',
    }).default(0.3),
  })
  .prefault({});

const costs = z
  .strictObject({
    guardianFtePerYearEuro: nonNegative({
      label: { nl: 'Kosten van een gezinsvoogd', en: 'Cost of a guardian' },
      description: 'What one guardian position costs a year: salary, employer charges and overhead.',
      unit: 'euro per FTE per year',
      source: 'assumption: CAO Jeugdzorg scale 9–10 with employer charges and overhead',
      max: 1_000_000,
      maxWhy: 'a million euro for one position',
    }).default(95_000),
    localTeamFtePerYearEuro: nonNegative({
      label: { nl: 'Kosten van een medewerker lokaal team', en: 'Cost of a local-team worker' },
      description: 'What one local-team position costs a year.',
      unit: 'euro per FTE per year',
      source: 'assumption: municipal scale 9 with charges and overhead',
      max: 1_000_000,
      maxWhy: 'a million euro for one position',
    }).default(85_000),
    investigatorFtePerYearEuro: nonNegative({
      label: { nl: 'Kosten van een RvdK-onderzoeker', en: 'Cost of an RvdK investigator' },
      description: 'What one RvdK investigator costs a year.',
      unit: 'euro per FTE per year',
      source: 'assumption: civil-service scale 10 with charges and overhead',
      max: 1_000_000,
      maxWhy: 'a million euro for one position',
    }).default(95_000),
    veiligThuisFtePerYearEuro: nonNegative({
      label: { nl: 'Kosten van een medewerker van Veilig Thuis', en: 'Cost of a Veilig Thuis worker' },
      description: 'What one Veilig Thuis worker costs a year.',
      unit: 'euro per FTE per year',
      source: 'assumption',
      max: 1_000_000,
      maxWhy: 'a million euro for one position',
    }).default(85_000),
    replacementFtePerYearEuro: nonNegative({
      label: { nl: 'Kosten van een vervanger', en: 'Cost of a replacement' },
      description: 'What a sick-leave replacement costs a year of cover (interim rates).',
      unit: 'euro per FTE per year',
      source: 'assumption: interim professionals cost about 40% more',
      max: 1_000_000,
      maxWhy: 'a million euro for one position',
    }).default(135_000),
    adminSupportFtePerYearEuro: nonNegative({
      label: { nl: 'Kosten van een administratief ondersteuner', en: 'Cost of administrative support' },
      description: 'What one administrative support position costs a year.',
      unit: 'euro per FTE per year',
      source: 'assumption: scale 6–7 with charges and overhead',
      max: 1_000_000,
      maxWhy: 'a million euro for one position',
    }).default(60_000),
    providerPerYearEuro: nonNegative({
      label: { nl: 'Kosten van een hulpverlener', en: 'Cost of a help provider' },
      description: 'What one help provider working with a family costs a year.',
      unit: 'euro per provider-year',
      source: 'assumption: a youth-help trajectory of ~€8,000 over ~9 months',
      max: 1_000_000,
      maxWhy: 'a million euro a year for one provider',
    }).default(10_000),
  })
  .prefault({});

const simulation = z
  .strictObject({
    start: z
      .enum(['settled', 'empty'])
      .default('settled')
      .meta(
        meta({
          label: { nl: 'Begin van een doorrekening', en: 'How a run begins' },
          description:
            'How a replication begins: `settled`, from a snapshot of a long run of the same scenario (families at every link, caseloads, vacancies; see `settledStart`), or `empty`, with nobody in the chain (then the warm-up must be long: 20 years or more).',
        }),
      ),
    warmupYears: nonNegative({
      label: { nl: 'Opwarmperiode', en: 'Warm-up' },
      description:
        "Simulated years before observation starts, discarded: after a settled start they let the replication's own random numbers take over; after an empty start they fill the chain.",
      unit: 'years',
      source: '`jbsim warmup` (docs/calibration.md)',
      max: 50,
      maxWhy: 'longer than any measure',
    }).default(1),
    years: positive({
      label: { nl: 'Waargenomen jaren', en: 'Observed years' },
      description: 'Observed years after the warm-up.',
      unit: 'years',
      max: 100,
      maxWhy: 'a century: more than any question needs',
    }).default(5),
    followUpYears: nonNegative({
      label: { nl: 'Volgperiode', en: 'Follow-up' },
      description:
        'Years the families who arrived in the observed window are followed after it ends; those still in the chain then are censored (counted so far, and shown as such).',
      unit: 'years',
      source:
        "with 5, a fifth of the families with a measure were still in the chain and the reforms' counts per family were cut off unequally; with 12, 2% (7% under self-delivered help, whose extra cold handovers came out a third short); with 20, 0.1% (1.4%), every reform's effect per family within 0.07 of 30 years' (docs/calibration.md, \"How long to follow the families\")",
      max: 50,
      maxWhy: 'following every child until adulthood takes 18 years; 50 leaves room',
    }).default(20),
    cohortShare: positive({
      label: { nl: 'Deel van de waargenomen jaren voor de tellingen per gezin', en: 'Part of the window for the counts per family' },
      description:
        "The families counted per family (handovers, professionals, their waits at each link) are those first signalled in this first part of the observed window; the figures of the chain as a whole (stocks, flows, children without a guardian, the RvdK's mean wait, costs) use the whole window. Below 1 the cohort is followed for longer at no extra simulated time: at 0.5 of 10 observed years with 5 of follow-up, every family counted is followed for at least 10 years.",
      unit: 'share',
      source:
        'in a chain that does not drift, the families of the first half of the window meet the same chain as those of the second; docs/calibration.md, "How long to follow the families"',
      max: 1,
      maxWhy: 'the whole window',
    }).default(1),
    settledStart: z
      .strictObject({
        pilotYears: positive({
          label: { nl: 'Duur van de voorrun', en: 'Length of the pilot run' },
          description: 'Years the pilot run behind a settled start runs from an empty chain before its first snapshot.',
          unit: 'years',
          source: '`jbsim warmup` (docs/calibration.md)',
          max: 200,
          maxWhy: 'ten times what the chain needs to settle',
        }).default(25),
        spacingYears: positive({
          label: { nl: 'Tijd tussen momentopnamen', en: 'Time between snapshots' },
          description: "Years between one pilot's snapshots: long enough for them to differ.",
          unit: 'years',
          source: 'docs/calibration.md',
          max: 50,
          maxWhy: 'longer than any measure',
        }).default(3),
        pilots: count({
          label: { nl: 'Voorruns', en: 'Pilot runs' },
          description:
            'Independent pilot runs the replications take turns to start from (replication r: pilot r mod pilots): snapshots of one pilot stay correlated for years.',
          unit: 'runs',
          source: 'docs/calibration.md',
          max: 64,
          maxWhy: 'more than any machine has cores to run them on',
        }).default(4),
      })
      .prefault({}),
  })
  .prefault({});

export const scenarioSchema = z
  .strictObject({
    $schema: z
      .string()
      .optional()
      .meta(meta({ description: 'Path of the JSON Schema, for editors.' })),
    name: z
      .string()
      .min(1)
      .max(80)
      .regex(/^[A-Za-z0-9 _.,()+-]+$/, 'letters, digits, spaces and - _ . , ( ) + only')
      .meta(meta({ description: 'Short name of the scenario, used in reports and file names.' })),
    title: localText(120)
      .optional()
      .meta(
        meta({
          description:
            'A title for the reports, in plain words: one text, or one per language (`{ nl: …, en: … }`). Not inherited through `extends`: it names this scenario. Without it the reports use the name.',
        }),
      ),
    description: localText(4000)
      .default('')
      .meta(
        meta({ description: 'What the scenario changes and why, in plain language: one text, or one per language (`{ nl: …, en: … }`).' }),
      ),
    extends: z
      .string()
      .max(500)
      .optional()
      .meta(meta({ description: 'A scenario file this one builds on (a path relative to this file); its values are the defaults here.' })),
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
    costs,
    reforms: reformsSchema,
    simulation,
    uncertainty: uncertaintySection((): z.core.$ZodType => scenarioSchema),
  })
  .superRefine((s, ctx) => {
    // zod runs this even when a field is out of range (only a wrong type skips it), so it first
    // checks that the sections exist; the loader drops a cross-field message about a parameter
    // that already has an error of its own.
    if (
      !s.guardians ||
      !s.reforms?.guardianInLocalTeam ||
      !s.reforms.lessAdmin ||
      !s.reforms.lowerCaseload ||
      !s.gi?.institutions ||
      !s.rvdk ||
      !s.court ||
      !s.jbt ||
      !s.localTeam ||
      !s.veiligThuis ||
      !s.entry
    )
      return;
    const g = s.guardians;
    const embedded = s.reforms.guardianInLocalTeam;
    const lessAdmin = s.reforms.lessAdmin;
    const atLocalTeam = embedded.enabled ? embedded.hoursPerWeek / g.hoursPerWeek : 0;
    if (1 - g.adminShare - g.indirectCaseworkShare - atLocalTeam <= 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['guardians', 'adminShare'],
        message:
          'adminShare + indirectCaseworkShare (+ time at the local team) leave no time for families: together they must stay below 1',
      });
    }
    if (lessAdmin.enabled && 1 - lessAdmin.adminShare - g.indirectCaseworkShare - atLocalTeam <= 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['reforms', 'lessAdmin', 'adminShare'],
        message:
          'this admin share + guardians.indirectCaseworkShare (+ time at the local team) leave no time for families: together they must stay below 1',
      });
    }
    if (lessAdmin.enabled && lessAdmin.adminShare > g.adminShare) {
      ctx.addIssue({
        code: 'custom',
        path: ['reforms', 'lessAdmin', 'adminShare'],
        message: `less administration means an admin share below today's (${g.adminShare})`,
      });
    }
    if (s.reforms.lowerCaseload.enabled && s.reforms.lowerCaseload.caseloadCapChildren < 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['reforms', 'lowerCaseload', 'caseloadCapChildren'],
        message: 'a caseload cap of 0 means no family can ever get a guardian: use at least 1',
      });
    }
    if (s.guardians.shortestVisitIntervalDays > s.guardians.longestVisitIntervalDays) {
      ctx.addIssue({
        code: 'custom',
        path: ['guardians', 'shortestVisitIntervalDays'],
        message: 'the shortest visit interval must not exceed the longest',
      });
    }
    if (g.caseloadCapChildren < 1)
      ctx.addIssue({
        code: 'custom',
        path: ['guardians', 'caseloadCapChildren'],
        message: 'a caseload cap of 0 means no family can ever get a guardian: use at least 1',
      });
    const positions = s.gi.institutions.reduce((a, i) => a + (i.share > 0 ? i.guardianPositions : 0), 0);
    if (positions === 0)
      ctx.addIssue({
        code: 'custom',
        path: ['gi', 'institutions'],
        message: 'families arrive but no institution with a share has guardian positions',
      });
    const shares = s.gi.institutions.reduce((a, i) => a + i.share, 0);
    if (Math.abs(shares - 1) > 0.001)
      ctx.addIssue({
        code: 'custom',
        path: ['gi', 'institutions'],
        message: `the institutions' shares sum to ${Number(shares.toFixed(6))}, not 1: together they must receive every measure (within 0.001)`,
      });
    s.gi.institutions.forEach((inst, i) => {
      if (inst.share > 0 && inst.guardianPositions === 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['gi', 'institutions', i, 'guardianPositions'],
          message: `${inst.name} receives measures (share ${inst.share}) but has no guardian positions`,
        });
      }
    });
    if (s.rvdk.investigators === 0)
      ctx.addIssue({
        code: 'custom',
        path: ['rvdk', 'investigators'],
        message: 'with no investigators no family can pass the RvdK: use at least 1',
      });
    if (s.veiligThuis.workers === 0 && s.entry.viaVeiligThuisShare > 0)
      ctx.addIssue({
        code: 'custom',
        path: ['veiligThuis', 'workers'],
        message: 'signals go through Veilig Thuis (viaVeiligThuisShare > 0) but it has no workers',
      });
    if (s.jbt.slotsPerMeeting === 0)
      ctx.addIssue({
        code: 'custom',
        path: ['jbt', 'slotsPerMeeting'],
        message: 'a table with 0 slots never discusses a family: use at least 1',
      });
    if (s.court.slotsPerHearing === 0 || s.court.judges === 0)
      ctx.addIssue({
        code: 'custom',
        path: ['court', 'slotsPerHearing'],
        message: 'the court needs at least one judge and one slot per hearing',
      });
    const municipalities = s.region?.municipalities ?? [];
    const withArea = municipalities.filter((m) => m.area !== undefined).length;
    const i = municipalities.findIndex((m) => m.area === undefined);
    const withoutArea = municipalities[i];
    if (withArea > 0 && withoutArea !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['region', 'municipalities', i, 'area'],
        message: `${withoutArea.name} has no area while others do: give every municipality an area, or none`,
      });
    }
    if (s.localTeam.caseloadCapFamilies === 0)
      ctx.addIssue({
        code: 'custom',
        path: ['localTeam', 'caseloadCapFamilies'],
        message: 'a caseload cap of 0 means the local team can take no family: use at least 1',
      });
  });

/** A validated scenario with every default filled in. */
export type Scenario = z.infer<typeof scenarioSchema>;
/** A scenario as written in a file (most fields optional). */
export type ScenarioInput = z.input<typeof scenarioSchema>;
