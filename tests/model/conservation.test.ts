// Conservation: every family that arrives is either still in the chain or has left it; every case
// a team holds belongs to a family that is there, once; the stock of children under a measure is
// the sum over the families in a measure; and no caseload in the whole chain exceeds its cap.

import { describe, expect, it } from 'vitest';
import type { Assignment, Case, CaseListener, Position } from '../../src/model/caseload.js';
import { Chain } from '../../src/model/chain.js';
import type { Family } from '../../src/model/family.js';
import { SEED, SHORT, scenario } from './helpers.js';

interface Watched {
  chain: Chain;
  gone: Family[];
  capViolations: string[];
  assignments: number;
}

function watch(chain: Chain): Watched {
  const w: Watched = { chain, gone: [], capViolations: [], assignments: 0 };
  const familyGone = chain.familyGone.bind(chain);
  chain.familyGone = (f) => {
    w.gone.push(f);
    familyGone(f);
  };
  const internals = chain as unknown as { guardianListener: CaseListener; localTeamListener: CaseListener };
  for (const listener of [internals.guardianListener, internals.localTeamListener]) {
    const assigned = listener.assigned;
    listener.assigned = (c: Case, pos: Position, how: Assignment) => {
      w.assignments++;
      const team = pos.team;
      if (team.unitLoad(pos) > team.unitCap(pos)) w.capViolations.push(`${team.config.name} position ${pos.index}: ${team.unitLoad(pos)} > ${team.unitCap(pos)} (${how})`);
      assigned(c, pos, how);
    };
  }
  return w;
}

function checkBooks(w: Watched): void {
  const { chain, gone } = w;
  const goneIds = new Set(gone.map((f) => f.id));
  expect(goneIds.size).toBe(gone.length); // nobody leaves twice
  expect(chain.familiesStarted).toBe(chain.families.size + gone.length);
  const inside = [...chain.families.values()];
  expect(inside.filter((f) => goneIds.has(f.id)).map((f) => f.id)).toEqual([]);
  expect(inside.filter((f) => !f.process!.isAlive).map((f) => f.id)).toEqual([]);
  expect(gone.filter((f) => f.process!.isAlive).map((f) => f.id)).toEqual([]);

  const inTeams = (teams: Chain['institutions']) => {
    const held: Case[] = [];
    for (const t of teams) {
      for (const p of t.positions) held.push(...p.cases);
      held.push(...t.waiting);
    }
    return held;
  };
  const guardianCases = inTeams(chain.institutions);
  const families = inside;
  const withGuardianCase = families.filter((f) => f.guardianCase !== null);
  expect(new Set(guardianCases).size).toBe(guardianCases.length);
  expect(guardianCases.length).toBe(withGuardianCase.length);
  const held = new Set(guardianCases);
  expect(withGuardianCase.filter((f) => !held.has(f.guardianCase!)).map((f) => f.id)).toEqual([]);
  const ltCases = inTeams(chain.localTeams);
  expect(new Set(ltCases).size).toBe(ltCases.length);
  expect(ltCases.length).toBe(families.filter((f) => f.ltCase !== null).length);

  const children = withGuardianCase.reduce((a, f) => a + f.children, 0);
  expect(chain.observer.childrenUnderMeasure.value).toBe(children);
  expect(w.capViolations).toEqual([]);
}

describe('conservation', () => {
  it('arrived = still in the chain + left, at every year of a run and at its end', () => {
    const s = scenario(SHORT);
    const w = watch(new Chain(s, SEED, 0));
    const years = s.simulation.warmupYears + s.simulation.years + s.simulation.followUpYears;
    for (let y = 1; y <= years; y++) {
      w.chain.sim.run(y * 365);
      checkBooks(w);
    }
    expect(w.gone.length).toBeGreaterThan(500);
    expect(w.chain.families.size).toBeGreaterThan(100);
    expect(w.assignments).toBeGreaterThan(1000);

    // the observed cohort: each family is counted once, as gone or as censored at the end
    w.chain.run();
    const result = w.chain.observer.result(0, w.chain.sim.eventsFired, s.guardians.caseloadCapChildren);
    const observedGone = w.gone.filter((f) => f.observed).length;
    const observedInside = [...w.chain.families.values()].filter((f) => f.observed).length;
    expect(result.system.censoredFamilies).toBe(observedInside);
    expect(result.system.familiesArrived).toBe(observedGone + observedInside);
  });

  it('holds under duos, long involvement and one organisation too', () => {
    for (const reform of ['guardianDuos', 'longInvolvement', 'oneOrganisation'] as const) {
      const s = scenario(SHORT, {
        reforms: { [reform]: { enabled: true } },
        gi: { institutions: [{ name: 'A', share: 0.8, guardianPositions: 20 }, { name: 'B', share: 0.2, guardianPositions: 6 }] },
        simulation: { warmupYears: 1, years: 2, followUpYears: 0 },
      });
      const w = watch(new Chain(s, SEED, 1));
      for (let y = 1; y <= 3; y++) {
        w.chain.sim.run(y * 365);
        checkBooks(w);
      }
    }
  });
});
