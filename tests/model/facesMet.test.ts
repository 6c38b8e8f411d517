// Who counts among the professionals a family has had (professionalsPerFamily) and among those
// involved at once (maxProfessionalsAtOnce): the people responsible for it and its help providers.
// The table's two standing members and the judge decide about the family without working with it:
// the family does not meet them (journey.ts has no `meet` for them since 2c3c58b), so they are in
// neither count. Checked on the fixed path (pathScenario), where the one family goes through the
// table (day 21) and the court (hearing on day 91), is under an OTS and closes on day 526; with two
// problem domains it has one help provider for each from the start to the closure.

import { describe, expect, it } from 'vitest';
import { Chain } from '../../src/model/chain.js';
import type { Family } from '../../src/model/family.js';
import type { ProfessionalSpell, TraceEvent } from '../../src/model/index.js';
import { valueCountsMean } from '../../src/statistics/index.js';
import { SEED, pathScenario } from './helpers.js';

const fixed = (value: number) => ({ kind: 'deterministic', value });

/** The one family of the path, traced, run to the end of follow-up: its events, its spells and the run's result. */
function throughTableAndCourt() {
  const events: TraceEvent[] = [];
  const spells: ProfessionalSpell[] = [];
  const chain = new Chain(pathScenario({ family: { problemDomains: fixed(2) }, providers: { perProblemDomain: 1 } }), SEED, 0, {
    event: (e) => events.push(e),
    spell: (s) => spells.push(s),
  });
  let family: Family | undefined;
  chain.sim.scheduleAt(0, () => {
    chain.arrivals.signal(0);
    family = chain.families.get(1);
  });
  const result = chain.run();
  return { chain, family: family!, events, spells, result };
}

/** The most spells open at one time (a spell is open from its start up to, not including, its end). */
function mostAtOnce(spells: readonly ProfessionalSpell[]): number {
  const edges = spells.flatMap((s) => [
    { at: s.startDays, step: 1 },
    { at: s.endDays, step: -1 },
  ]);
  // at the same moment, the one who lets go goes before the one who takes over
  edges.sort((a, b) => a.at - b.at || a.step - b.step);
  let open = 0;
  let most = 0;
  for (const e of edges) {
    open += e.step;
    most = Math.max(most, open);
  }
  return most;
}

describe('the professionals a family has had', () => {
  const run = throughTableAndCourt();

  it('the family went through the table and the court, and its journey ended inside the run', () => {
    const activities = run.events.map((e) => e.activity);
    expect(activities).toContain('jeugdbeschermingstafel');
    expect(activities).toContain('court hearing');
    // every spell ended (at the closure at the latest): the spells are all the family's professionals
    expect(run.spells.length).toBeGreaterThan(0);
    expect(Math.max(...run.spells.map((s) => s.endDays))).toBe(526);
    expect(run.result.families.professionalsPerFamily.n).toBe(1);
  });

  it("are the people responsible for it and its help providers: not the table's standing members, not the judge", () => {
    const { chain, family, spells, result } = run;
    // local-team worker (before the table and again in aftercare), investigator, guardian, two providers
    const had = new Set(spells.map((s) => s.professional));
    expect([...had].map((p) => p.replace(/#\d+$/, '')).sort()).toEqual(['LT', 'RvdK', 'guardian', 'provider', 'provider']);
    expect(valueCountsMean(result.families.professionalsPerFamily), 'professionals per family').toBe(had.size);
    const area = chain.areas[0]!;
    expect(area.jbtMembers).toHaveLength(2);
    for (const p of [...area.jbtMembers, ...area.judges]) expect(family.knows(p), `knows ${p.role}#${p.id}`).toBe(false);
  });

  it('at once: one responsible person and the two providers, never a table member or the judge beside them', () => {
    expect(mostAtOnce(run.spells)).toBe(3);
    expect(valueCountsMean(run.result.families.maxProfessionalsAtOnce)).toBe(3);
  });
});
