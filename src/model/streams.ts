// Every random stream of the model, by name, in one place. A stream is seeded from (seed,
// replication, name), so two scenarios draw the same numbers from a stream whenever they use it
// the same way: common random numbers by construction. A new source of randomness gets a new
// name here; reusing a name for another purpose would couple two mechanisms by accident.

import type { RandomStreams, Stream } from '../kernel/index.js';

// Stryker disable StringLiteral: a stream's name only has to be unique (tests/model check the streams are independent); any other unique name draws alike
export const STREAM_NAMES = {
  familyAttributes: 'family/attributes',
  needAtReentry: 'family/need',
  deterioration: 'family/deterioration',
  comesForward: 'entry/comes-forward',
  stayAwayNeed: 'entry/stay-away-need',
  reentry: 'entry/reentry',
  reentryDelay: 'entry/reentry-delay',
  viaVeiligThuis: 'entry/via-vt',
  triage: 'vt/triage',
  voluntaryHelp: 'lt/voluntary-help',
  helpBeforeEscalation: 'lt/help-before-escalation',
  aftercare: 'lt/aftercare',
  embeddedAdvice: 'lt/gi-advice',
  tableDecision: 'jbt/decision',
  investigation: 'rvdk/investigation',
  measureRequest: 'rvdk/request',
  courtOutcome: 'court/outcome',
  institutionChoice: 'gi/choice',
  firstVisit: 'gi/first-visit',
  review: 'gi/review',
  voogdij: 'gi/voogdij',
  afschaling: 'gi/afschaling',
  afschalingGap: 'gi/afschaling-gap',
  providerDeploy: 'providers/deploy',
  providerChange: 'providers/change',
} as const;
// Stryker restore StringLiteral

export type StreamName = keyof typeof STREAM_NAMES;

/** Streams of one municipality's arrivals. */
export const arrivalStream = (municipality: number): string => `arrivals/${municipality}`;

/** Streams of one team's people: who leaves when, how long a vacancy stays open, sick leave. */
export const teamStream = (team: string, what: 'turnover' | 'recruitment' | 'sick' | 'replacement-pool'): string => `${team}/${what}`;

/** The model's fixed streams, looked up once. */
export type ModelStreams = { readonly [K in StreamName]: Stream };

export function modelStreams(streams: RandomStreams): ModelStreams {
  const out = {} as Record<StreamName, Stream>;
  for (const key of Object.keys(STREAM_NAMES) as StreamName[]) out[key] = streams.stream(STREAM_NAMES[key]);
  return out;
}
