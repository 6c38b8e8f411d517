// Long involvement (Danish/Norwegian practice): one professional stays with the family from the
// moment the compulsory track is considered until the case closes. Here a gezinsvoogd takes the
// family on at escalation and holds it, on their own caseload within their cap, through the
// table, the investigation, the measure and the aftercare. Benefit: one face instead of a
// handover at every link. Cost: guardian caseload taken by families before and after a measure,
// which the reform pays for with extra guardian positions.

import type { ReformModule } from './types.js';

export const longInvolvement: ReformModule<'longInvolvement'> = {
  key: 'longInvolvement',
  effects: (s) => ({ guardianFromEscalation: true, guardianPositionsFactor: 1 + s.extraGuardianPositionsShare }),
};
