// Guardian duos (the study's proposal): guardians work in pairs and both know every family of the
// pair. Benefit: when one leaves or is ill the partner takes over, a face the family knows (warm).
// Cost: coordination time per family while both seats are filled, a second face for every family,
// and a partner who carries the vacant half (up to a temporary limit) until the seat is filled.

import type { ReformModule } from './types.js';

export const guardianDuos: ReformModule<'guardianDuos'> = {
  key: 'guardianDuos',
  effects: (s) => ({
    duos: { coordinationHoursPerFamilyPerMonth: s.coordinationHoursPerFamilyPerMonth, partnerCarryLimitShare: s.partnerCarryLimitShare },
  }),
};
