// Professionals deliver help themselves: local-team workers and guardians get the mandate and
// skills to handle some problem domains without a help provider. Benefit: fewer help providers
// per family (fewer faces, fewer provider trajectories to pay). Cost: the hours that help takes
// come out of the worker's caseload room and the guardian's contact time.

import type { ReformModule } from './types.js';

export const selfDeliveredHelp: ReformModule<'selfDeliveredHelp'> = {
  key: 'selfDeliveredHelp',
  effects: (s) => ({ selfDelivered: { share: s.share, hoursPerWeekPerDomain: s.hoursPerWeekPerDomain } }),
};
