// The model's tables of distributions and streams are keyed by name in their types, so a misspelt
// name is a compile error rather than an undefined found at run time. `npm run typecheck` checks
// the `@ts-expect-error` lines: were a table keyed by any string, the line would compile and tsc
// would fail on the unused directive. At run time each table has exactly the names its type lists.

import { describe, expect, it } from 'vitest';
import { RandomStreams } from '../../src/kernel/index.js';
import { chainPlan, type ChainDistributions } from '../../src/model/plan.js';
import { modelStreams, STREAM_NAMES, type StreamName } from '../../src/model/streams.js';
import { PARAMETER_RANGES } from '../../src/scenario/ranges.js';
import { scenarioDefaults } from '../../src/scenario/load.js';

/** Every name of ChainDistributions, once: a name missing here or not in the type does not compile. */
const DISTRIBUTION_NAMES = {
  childrenPerFamily: true,
  problemDomains: true,
  reentryDelay: true,
  triage: true,
  voluntaryHelp: true,
  helpBeforeEscalation: true,
  aftercare: true,
  investigation: true,
  firstVisit: true,
  voogdij: true,
  afschalingGap: true,
  guardianRecruitment: true,
  localTeamRecruitment: true,
  sickDays: true,
} satisfies Record<keyof ChainDistributions, true>;

describe("the chain plan's distributions (chain.d)", () => {
  const { d } = chainPlan(scenarioDefaults());

  it('a misspelt name does not compile', () => {
    // @ts-expect-error: there is no distribution "traige" (it is "triage")
    const misspelt = d.traige;
    expect(misspelt).toBeUndefined();
    expect(d.triage.sample).toBeTypeOf('function');
  });

  it('holds a distribution under every name its type lists, and no other', () => {
    expect(Object.keys(d).sort()).toEqual(Object.keys(DISTRIBUTION_NAMES).sort());
    for (const name of Object.keys(DISTRIBUTION_NAMES) as (keyof ChainDistributions)[]) expect(d[name].sample, name).toBeTypeOf('function');
  });
});

describe("the model's random streams", () => {
  it('a misspelt stream name does not compile', () => {
    const s = modelStreams(new RandomStreams(1, 0));
    // @ts-expect-error: there is no stream "triag"
    expect(s.triag).toBeUndefined();
    const name: StreamName = 'triage';
    expect(s[name].next()).toBeGreaterThanOrEqual(0);
    expect(Object.keys(s).sort()).toEqual(Object.keys(STREAM_NAMES).sort());
  });
});

describe('the built-in parameter ranges', () => {
  it('a misspelt parameter path does not compile', () => {
    // @ts-expect-error: the parameter is guardians.adminShare
    expect(PARAMETER_RANGES['guardians.adminshare']).toBeUndefined();
    expect(PARAMETER_RANGES['guardians.adminShare'].low).toBeLessThan(PARAMETER_RANGES['guardians.adminShare'].high);
  });
});
