// The chain's parameters as the model uses them: the scenario with the reforms' effects applied
// once (caseload cap, positions, admin share), and every distribution made from its spec under a
// typed name, so a misspelt name does not compile.

import { makeDistribution, type Distribution } from '../kernel/index.js';
import type { Scenario } from '../scenario/schema.js';
import { composeReforms, type Reforms } from './reforms/index.js';

export interface ChainDistributions {
  childrenPerFamily: Distribution;
  problemDomains: Distribution;
  reentryDelay: Distribution;
  triage: Distribution;
  voluntaryHelp: Distribution;
  helpBeforeEscalation: Distribution;
  aftercare: Distribution;
  investigation: Distribution;
  firstVisit: Distribution;
  voogdij: Distribution;
  afschalingGap: Distribution;
  guardianRecruitment: Distribution;
  localTeamRecruitment: Distribution;
  sickDays: Distribution;
}

export interface InstitutionPlan {
  name: string;
  share: number;
  positions: number;
}

export interface ChainPlan {
  readonly p: Scenario;
  readonly reforms: Reforms;
  readonly d: ChainDistributions;
  /** Children one guardian holds at most (the scenario's, or a reform's). */
  readonly guardianCap: number;
  /** Guardian positions per institution (grown with a lower cap when the reform keeps capacity). */
  readonly institutions: readonly InstitutionPlan[];
  /** Guardians' administrative share of working time. */
  readonly adminShare: number;
  /** Local-team caseload weight of one self-delivered problem domain (its hours over a family's share of a worker's week). */
  readonly localTeamWeightPerSelfDomain: number;
}

export function chainPlan(p: Scenario): ChainPlan {
  const reforms = composeReforms(p);
  const dist = (spec: Parameters<typeof makeDistribution>[0], where: string) => makeDistribution(spec, where);
  const d: ChainDistributions = {
    childrenPerFamily: dist(p.region.childrenPerFamily, 'region.childrenPerFamily'),
    problemDomains: dist(p.family.problemDomains, 'family.problemDomains'),
    reentryDelay: dist(p.entry.reentryDelayDays, 'entry.reentryDelayDays'),
    triage: dist(p.veiligThuis.triageDays, 'veiligThuis.triageDays'),
    voluntaryHelp: dist(p.localTeam.voluntaryHelpDays, 'localTeam.voluntaryHelpDays'),
    helpBeforeEscalation: dist(p.localTeam.helpBeforeEscalationDays, 'localTeam.helpBeforeEscalationDays'),
    aftercare: dist(p.localTeam.aftercareDays, 'localTeam.aftercareDays'),
    investigation: dist(p.rvdk.investigationDays, 'rvdk.investigationDays'),
    firstVisit: dist(p.gi.firstVisitDays, 'gi.firstVisitDays'),
    voogdij: dist(p.gi.voogdijDays, 'gi.voogdijDays'),
    afschalingGap: dist(p.gi.afschalingGapDays, 'gi.afschalingGapDays'),
    guardianRecruitment: dist(p.guardians.recruitmentDays, 'guardians.recruitmentDays'),
    localTeamRecruitment: dist(p.localTeam.recruitmentDays, 'localTeam.recruitmentDays'),
    sickDays: dist(p.guardians.sickDays, 'guardians.sickDays'),
  };
  const baseCap = p.guardians.caseloadCapChildren;
  const cap = reforms.caseloadCap?.children ?? baseCap;
  const grow = (reforms.caseloadCap?.keepCapacity === true ? baseCap / cap : 1) * reforms.guardianPositionsFactor;
  const institutions = p.gi.institutions.map((i) => ({ name: i.name, share: i.share, positions: Math.round(i.guardianPositions * grow) }));
  const lt = p.localTeam;
  return {
    p,
    reforms,
    d,
    guardianCap: cap,
    institutions,
    adminShare: reforms.adminShare ?? p.guardians.adminShare,
    localTeamWeightPerSelfDomain: (reforms.selfDelivered?.hoursPerWeekPerDomain ?? 0) / (lt.hoursPerWeek / lt.caseloadCapFamilies),
  };
}
