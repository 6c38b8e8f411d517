// What the family's journey and the workforce's listeners need from the chain they run in. The
// chain (chain.ts) provides it; the journey only sees this interface, so the two do not import
// each other.

import type { Simulation } from '../kernel/index.js';
import type { Area } from './area.js';
import type { Family } from './family.js';
import type { GuardianTime } from './guardianTime.js';
import type { Observer } from './observer.js';
import type { ChainPlan } from './plan.js';
import type { ProfessionalRegistry } from './professional.js';
import type { Providers } from './providers.js';
import type { ModelStreams } from './streams.js';
import type { Team } from './team.js';
import type { Visits } from './visits.js';

export interface ChainContext {
  readonly sim: Simulation;
  readonly plan: ChainPlan;
  readonly s: ModelStreams;
  readonly registry: ProfessionalRegistry;
  readonly observer: Observer;
  readonly time: GuardianTime;
  readonly visits: Visits;
  readonly providers: Providers;
  /** One local team per municipality, by municipality index. */
  readonly localTeams: readonly Team<Family>[];
  readonly institutions: readonly Team<Family>[];
  /** The area whose Veilig Thuis, table, RvdK and court the family goes to. */
  areaOf(f: Family): Area;
  /** The institution's team a new measure of the family goes to (in the family's area with `gi.teamsPerArea`). */
  chooseInstitution(f: Family): Team<Family>;
  /** The family's journey is over for good (no re-entry). */
  familyGone(f: Family): void;
}
