// One organisation (like a German Jugendamt): intake, investigation, measure and aftercare in one
// organisation. Benefit: no Veilig Thuis step and no jeugdbeschermingstafel (fewer links, no
// table wait), and afschaling inside the organisation is prompt, to the worker the family knew.
// Cost: a higher threshold to ask for voluntary help, so fewer families without the need for the
// compulsory track come forward. A new face is still a new face: handovers are not warmer by decree.
// Its own intake still assesses Veilig Thuis's reports, with `intakeStaffShare` of its staff
// (all, by default: the work moves, it does not vanish; observer.ts).

import type { ReformModule } from './types.js';

export const oneOrganisation: ReformModule<'oneOrganisation'> = {
  key: 'oneOrganisation',
  effects: (s) => ({
    skipsVeiligThuis: true,
    skipsTable: true,
    afschalingToKnownWorker: true,
    voluntaryComeForward: s.voluntarySignalFactor,
    intakeStaffShare: s.intakeStaffShare,
  }),
};
