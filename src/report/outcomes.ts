// The outcomes the report shows, grouped as the tables show them, and for each which way is
// better for families. Fewer children under a measure or fewer handovers in all is not better
// in itself (duos add warm handovers on purpose), so those are shown without a verdict.

import { RANKING_METRICS } from '../experiment/metrics.js';
import { FTE_ROLES, HANDOVER_CAUSES, LINKS, REFORM_DUTIES } from '../model/results.js';

/** For families: handovers, new faces, professionals. */
export const FAMILY_METRICS = ['coldHandoversPerFamily', 'handoversPerFamily', 'guardianChangesPerFamily', 'professionalsPerFamily'] as const;
/** A guardian and contact: waiting for one, children without one, how often they visit, how many children have a measure. */
export const GUARDIAN_METRICS = ['childrenWithoutGuardian', 'timeFromRulingToGuardianDays', 'visitIntervalDays', 'childrenUnderMeasure'] as const;
export const WAIT_METRICS = LINKS.map((l) => `waitDays.${l}`);
export const HANDOVER_CAUSE_METRICS = HANDOVER_CAUSES.flatMap((c) => [`handoversByCause.${c}.cold`, `handoversByCause.${c}.warm`]);
export const FTE_METRICS = FTE_ROLES.map((r) => `fte.${r}`);
/** What a reform's duties take and which posts stay open: the hours beside the FTE. */
export const DUTY_METRICS = [...REFORM_DUTIES.map((d) => `reformHoursPerWeek.${d}`), 'guardianVacancies', 'localTeamVacancies'];

/** The metrics the summary speaks about, in the order a reader weighs them. */
export const SUMMARY_METRICS = [
  'coldHandoversPerFamily',
  'childrenWithoutGuardian',
  // the whole list, before the ruling too: named when it moves against children without a guardian (conclusions.ts)
  'childrenWaitingForGuardian',
  'timeFromRulingToGuardianDays',
  'guardianChangesPerFamily',
  'professionalsPerFamily',
  'visitIntervalDays',
  'waitDays.GI',
  'childrenUnderMeasure',
  // families who needed voluntary help and did not ask for it: a harm no per-family figure shows
  'familiesStayedAway',
  // help a professional was to give, while nobody holds the family's case: a provider would have gone on
  'selfHelpUnservedDomains',
] as const;

/** The metrics the summary ranks the reforms on (the cost last). */
export const RANKED_METRICS = RANKING_METRICS;

/** Help providers at work, time-averaged: provider-years a year, what the providers' price is paid on. */
export const PROVIDERS = 'providersActive';

/** A change counts in the summary only from this share of the baseline's level: a clear but tiny change is not news. */
export const MATERIAL_SHARE = 0.05;

const NEUTRAL = new Set(['handoversPerFamily', 'warmHandoversPerFamily', 'childrenUnderMeasure', 'censoredShare', 'cohortFamiliesWithMeasurePerYear', 'measuresStarted', 'familiesArrived', 'escalationsToJBT', 'rvdkInvestigationsStarted', 'guardianVacancies', 'localTeamVacancies']);

/** 'lower' when less is better for families (or the purse), 'none' when a change is neither. */
export function betterDirection(metric: string): 'lower' | 'none' {
  // hours on a reform's duties and open posts are costs, not results: shown, never judged
  if (NEUTRAL.has(metric) || metric.startsWith('fte.') || metric.startsWith('reformHoursPerWeek.') || metric.endsWith('.warm')) return 'none';
  return 'lower';
}
