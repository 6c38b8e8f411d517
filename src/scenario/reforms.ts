// The scenario's `reforms:` section: one entry per reform module (src/model/reforms/), each with
// `enabled` and the parameters of its mechanism. Any combination may be enabled; a reform's
// mechanism, benefit and cost are described in docs/model.md.

import { z } from 'zod';
import { meta, nonNegative, positive, prob, count, type Label } from './params.js';

/** A reform's switch; its label is the reform's name in the reports. */
export const enabled = (description: string, label: Label) => z.boolean().default(false).meta(meta({ description, label }));

export const reformsSchema = z
  .strictObject({
    guardianDuos: z
      .strictObject({
        enabled: enabled(
          'Guardians work in pairs and both know every family of the pair: when one leaves or is ill, the partner takes over (a warm handover).',
          { nl: "Gezinsvoogden in duo's", en: 'Guardian duos' },
        ),
        coordinationHoursPerFamilyPerMonth: nonNegative({
          label: { nl: 'Overlegtijd in het duo', en: 'Coordination time in the duo' },
          description: 'Time a member spends keeping the partner informed, per family they hold, while both seats are filled.',
          unit: 'hours per family per month',
          source: 'assumption: half an hour a month per family',
          max: 20,
          maxWhy: 'twenty hours a month per family would leave no time for visits',
        }).default(0.5),
        partnerCarryLimitShare: positive({
          label: { nl: 'Wat de duopartner hoogstens overneemt', en: 'Most the duo partner carries' },
          description:
            "A member carries the families of a vacant partner's seat only up to this multiple of the caseload cap; the rest go to colleagues with room or wait until the seat is filled.",
          unit: 'times the cap',
          source: 'assumption: up to 27 children at a cap of 18, a temporary load above the practice range (15–22, FNV 2022)',
          max: 3,
          maxWhy: 'three caseloads for one person is beyond any temporary arrangement',
        }).default(1.5),
      })
      .refine((d) => d.partnerCarryLimitShare >= 1, {
        message: 'a partner carries at least their own caseload: partnerCarryLimitShare must be 1 or more',
        path: ['partnerCarryLimitShare'],
      })
      .prefault({}),
    guardianInLocalTeam: z
      .strictObject({
        enabled: enabled(
          "Guardians work at the local team's location every two weeks: GI advice for the local team, and a prompt afschaling to the worker the family knew.",
          { nl: 'Gezinsvoogd in het lokaal team', en: 'Guardian in the local team' },
        ),
        hoursPerWeek: nonNegative({
          label: { nl: 'Tijd van de gezinsvoogd in het lokaal team', en: 'Guardian time at the local team' },
          description: 'Guardian time spent at the local team.',
          unit: 'hours per week',
          source: 'assumption: half a day each time, so 2 hours a week on average (the study: once every two weeks)',
          max: 40,
          maxWhy: 'a full working week',
        }).default(2),
        escalationReduction: prob({
          label: { nl: 'Opschalingen voorkomen door advies', en: 'Escalations averted by advice' },
          description: 'Share of escalations to the JBT avoided through GI advice to the local team.',
          unit: 'share',
          source: 'assumption',
        }).default(0.2),
      })
      .prefault({}),
    lessAdmin: z
      .strictObject({
        enabled: enabled('Guardians spend less of their time on administration (simpler reporting, support staff).', {
          nl: 'Minder administratie',
          en: 'Less administration',
        }),
        adminShare: prob({
          label: { nl: 'Tijd voor administratie na de hervorming', en: 'Time on administration under the reform' },
          description: 'Share of working time on administration under the reform (replaces `guardians.adminShare`).',
          unit: 'share',
          source: "assumption: 25%, the lower end of the sector's own estimates (Jeugdautoriteit 2023: 'up to 30%')",
        }).default(0.25),
        supportShareOfSavedHours: prob({
          label: { nl: 'Bespaarde uren naar ondersteuners', en: 'Saved hours moved to support staff' },
          description:
            'Share of the administrative hours saved that moves to administrative support staff (the rest is saved by simpler rules).',
          unit: 'share',
          source: 'assumption: half',
        }).default(0.5),
      })
      .prefault({}),
    lowerCaseload: z
      .strictObject({
        enabled: enabled('A lower caseload norm for guardians.', { nl: 'Lagere caseload', en: 'Lower caseload' }),
        caseloadCapChildren: count({
          label: { nl: 'Caseloadnorm na de hervorming', en: 'Caseload cap under the reform' },
          description: 'Children one gezinsvoogd holds at most under the reform (replaces `guardians.caseloadCapChildren`).',
          unit: 'children',
          source: 'research maximum 12–14 children per FTE (Jeugdautoriteit 2023)',
          max: 60,
          maxWhy: 'three times the practice maximum of ~20',
        }).default(12),
        keepCapacity: z
          .boolean()
          .default(true)
          .meta(
            meta({
              label: { nl: 'Posities groeien mee', en: 'Positions grow to match' },
              description:
                "Grow every institution's guardian positions by old cap ÷ new cap (rounded), so the same children can have a guardian; false keeps the positions and lengthens the waiting list.",
            }),
          ),
      })
      .prefault({}),
    selfDeliveredHelp: z
      .strictObject({
        enabled: enabled('Local-team workers and guardians handle some problem domains themselves, without a help provider.', {
          nl: 'Zelf hulp bieden',
          en: 'Self-delivered help',
        }),
        share: prob({
          label: { nl: 'Probleemgebieden die de professional zelf oppakt', en: 'Problem domains the professional handles' },
          description: 'Share of problem domains the professional handles.',
          unit: 'share',
          source: 'assumption',
        }).default(0.4),
        hoursPerWeekPerDomain: nonNegative({
          label: { nl: 'Tijd per zelf opgepakt probleemgebied', en: 'Time per domain handled' },
          description: "Hours a week one such domain takes of the professional's time.",
          unit: 'hours per week',
          source: 'assumption: an hour a month',
          max: 20,
          maxWhy: 'half a working week for one domain of one family',
        }).default(0.25),
      })
      .prefault({}),
    prevention: z
      .strictObject({
        enabled: enabled('Schools, sports clubs and churches are trained to signal early: lighter entry, less escalation.', {
          nl: 'Preventie en vroeg signaleren',
          en: 'Prevention and early signalling',
        }),
        extraSignalsShare: nonNegative({
          label: { nl: 'Extra (vroegere) signalen', en: 'Extra (earlier) signals' },
          description: "Extra (earlier) signals, as a share of today's.",
          unit: 'share',
          source: 'assumption',
          max: 5,
          maxWhy: 'six times as many signals as today',
        }).default(0.1),
        compulsoryNeedReduction: prob({
          label: { nl: 'Minder behoefte aan gedwongen kader', en: 'Less need for the compulsory track' },
          description: 'Reduction of the need for the compulsory track at entry and of deterioration during help.',
          unit: 'share',
          source: 'assumption; FoodValley pilot claims 80–85% kept out of measures (self-report)',
        }).default(0.25),
        programmeEuroPerThousandYouthPerYear: nonNegative({
          label: { nl: 'Kosten van het programma', en: 'Cost of the programme' },
          description: 'Running cost of the training and coordination of early signalling.',
          unit: 'euro per 1000 youth per year',
          source: 'assumption: 0.5 FTE of a prevention worker (~€40,000) per 10,000 young people',
          max: 1_000_000,
          maxWhy: 'a thousand euro per young person a year',
        }).default(4000),
      })
      .prefault({}),
    oneOrganisation: z
      .strictObject({
        enabled: enabled(
          'One organisation does everything (like the German Jugendamt): its own intake instead of Veilig Thuis, no JBT, prompt afschaling inside it.',
          { nl: 'Eén organisatie', en: 'One organisation' },
        ),
        voluntarySignalFactor: prob({
          label: { nl: 'Gezinnen die zich nog vrijwillig melden', en: 'Families who still come forward' },
          description:
            'Share of the families who need only voluntary help that still come forward: a higher threshold to ask for help from the organisation that can also impose a measure.',
          unit: 'share',
          source: 'assumption, domain.md',
        }).default(0.9),
        intakeStaffShare: prob({
          label: {
            nl: 'Veilig Thuis-personeel dat de eigen intake nog nodig heeft',
            en: "Veilig Thuis's staff its own intake still needs",
          },
          description:
            "Share of Veilig Thuis's workers the organisation's own intake still needs: the reports of abuse and domestic violence still come in and someone assesses them; 1 keeps every worker (the work moves, it does not vanish), 0 assumes the local team's intake absorbs it.",
          unit: 'share',
          source: 'assumption',
        }).default(1),
      })
      .prefault({}),
    longInvolvement: z
      .strictObject({
        enabled: enabled(
          'One professional stays with the family from escalation to closure (Danish/Norwegian practice): a gezinsvoogd takes the family on at escalation and holds it through the investigation, the measure and the aftercare.',
          { nl: 'Lange betrokkenheid', en: 'Long involvement' },
        ),
        extraGuardianPositionsShare: nonNegative({
          label: { nl: 'Extra gezinsvoogdposities', en: 'Extra guardian positions' },
          description:
            "Extra guardian positions that come with the reform, as a share of each institution's (rounded): guardians now also hold families before and after their measure.",
          unit: 'share',
          source: "assumption: sized so that waits for a guardian stay near today's (docs/model.md)",
          max: 5,
          maxWhy: "six times today's guardians",
        }).default(0.25),
      })
      .prefault({}),
  })
  .prefault({});
