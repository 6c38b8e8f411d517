// Less administration: guardians spend a smaller share of their time on administration. Benefit:
// more contact time, a shorter visit interval, lower work pressure. Cost: part of the hours saved
// moves to administrative support staff (counted as FTE at their own price).

import type { ReformModule } from './types.js';

export const lessAdmin: ReformModule<'lessAdmin'> = {
  key: 'lessAdmin',
  effects: (s) => ({ adminShare: s.adminShare, adminSupportShareOfSavedHours: s.supportShareOfSavedHours }),
};
