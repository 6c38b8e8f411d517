// Guardians embedded in the local team (the study's proposal): a guardian works at the local
// team's location every two weeks. Benefit: the local team gets GI advice (some escalations stay
// voluntary) and afschaling is prompt, to the local-team worker the family knew. Cost: the hours
// every guardian spends at the local team come out of their contact time.

import type { ReformModule } from './types.js';

export const guardianInLocalTeam: ReformModule<'guardianInLocalTeam'> = {
  key: 'guardianInLocalTeam',
  effects: (s) => ({
    escalationAverted: s.escalationReduction,
    afschalingToKnownWorker: true,
    guardianHoursPerWeekElsewhere: s.hoursPerWeek,
  }),
};
