// Areas (jeugdregio's): the municipalities of one area share a Veilig Thuis, a table, an RvdK
// office and a court. A scenario's capacities are split over its areas by expected measures;
// split queues lose the pooling of one shared queue, so waits grow.

import { describe, expect, it } from 'vitest';
import { Chain } from '../../src/model/chain.js';
import { scenarioSchema } from '../../src/scenario/schema.js';
import { SHORT, mean, replications, scenario } from './helpers.js';
import { defined } from '../helpers/defined.js';

/** The default region's municipalities (FoodValley: Ede, Barneveld, Nijkerk, Scherpenzeel). */
const FOODVALLEY = scenario().region.municipalities;
const inAreas = (areas: string[]) => ({ region: { municipalities: FOODVALLEY.map((m, i) => ({ ...m, area: areas[i] })) } });

describe('areas', () => {
  it('split the capacities by expected measures and send each family to its own area', () => {
    const s = scenario(SHORT, inAreas(['west', 'east', 'east', 'west']));
    const chain = new Chain(s, 1, 0);
    expect(chain.areas).toHaveLength(2);
    const expected = FOODVALLEY.map((m) => m.youthPopulation * m.measuresPerThousandYouth);
    const west = expected.filter((_, i) => i === 0 || i === 3).reduce((a, b) => a + b, 0) / expected.reduce((a, b) => a + b, 0);
    const [westArea, eastArea] = chain.areas;
    // rounded up: no office is short of its share (west's 31 × share is 17.1, so rounding to the nearest would give 17)
    expect((s.rvdk.investigators * west) % 1).toBeLessThan(0.5);
    expect(westArea?.rvdk.resource.capacity).toBe(Math.ceil(s.rvdk.investigators * west));
    expect(eastArea?.rvdk.resource.capacity).toBe(Math.ceil(s.rvdk.investigators * (1 - west)));
    expect(westArea?.judges).toHaveLength(Math.max(1, Math.ceil(s.court.judges * west)));
    expect(chain.areaOfMunicipality).toEqual([0, 1, 1, 0]);
    // each family's investigator comes from its own area's office
    const offices = new Map(chain.areas.map((a, i) => [a.rvdk, i]));
    let checked = 0;
    for (const [i, a] of chain.areas.entries()) {
      const take = a.rvdk.take.bind(a.rvdk);
      a.rvdk.take = () => {
        // the families holding or queueing for a unit of this office, the one being served among them
        const users = [...chain.families.values()].filter((x) => x.heldUnit?.resource === a.rvdk.resource);
        expect(users.length).toBeGreaterThan(0);
        for (const f of users) expect(chain.areaOfMunicipality[f.municipality]).toBe(i);
        expect(offices.get(a.rvdk)).toBe(i);
        checked++;
        return take();
      };
    }
    chain.run();
    expect(checked).toBeGreaterThan(100);
  });

  it("each area's table costs its members' preparation and their time per family it discusses", () => {
    // two areas expecting measures 3 : 1, so the table's 8 slots per meeting split 6 and 2; a meeting
    // every 14 days; each of the 2 members prepares 1 hour and spends half an hour per family:
    // (2 × (1 + 0.5 × 6) + 2 × (1 + 0.5 × 2)) hours per meeting × 7/14 meetings a week = 6 hours a
    // week, in FTE of 36 hours: 1/6
    const town = defined(FOODVALLEY[0], 'a municipality');
    const s = scenario(SHORT, {
      region: {
        municipalities: [
          { ...town, name: 'West', youthPopulation: 30_000, measuresPerThousandYouth: 8, area: 'west' },
          { ...town, name: 'East', youthPopulation: 10_000, measuresPerThousandYouth: 8, area: 'east' },
        ],
      },
      jbt: {
        slotsPerMeeting: 8,
        meetingIntervalDays: 14,
        standingMembers: 2,
        memberPreparationHoursPerMeeting: 1,
        memberHoursPerFamily: 0.5,
      },
      guardians: { hoursPerWeek: 36 },
    });
    const chain = new Chain(s, 1, 0);
    expect(chain.areas.map((a) => a.jbt.slots)).toEqual([6, 2]);
    expect(chain.run().system.fte.jbtMember).toBeCloseTo(1 / 6, 12);
  });

  it('without areas the scenario is one area with all of its capacity', () => {
    const s = scenario(SHORT);
    const chain = new Chain(s, 1, 0);
    expect(chain.areas).toHaveLength(1);
    expect(chain.areas[0]?.rvdk.resource.capacity).toBe(s.rvdk.investigators);
    expect(chain.areas[0]?.judges).toHaveLength(s.court.judges);
  });

  it('splitting one region into four areas lengthens the RvdK wait (no pooling)', () => {
    const reps = 4;
    const pooled = replications(scenario(SHORT), reps);
    const split = replications(scenario(SHORT, inAreas(['Ede', 'Barneveld', 'Nijkerk', 'Scherpenzeel'])), reps);
    const wait = (rs: typeof pooled) => mean(rs.map((r) => r.system.rvdkWaitDays));
    expect(wait(split)).toBeGreaterThan(1.5 * wait(pooled));
  });

  it('with GI teams per area, each institution has a team in every area, sized by expected measures, and a measure goes to the team of its area', () => {
    const s = scenario(SHORT, inAreas(['west', 'east', 'east', 'west']), { gi: { teamsPerArea: true } });
    const chain = new Chain(s, 1, 0);
    const insts = s.gi.institutions;
    expect(chain.institutions.map((t) => t.config.name)).toEqual([
      ...insts.map((i) => `${i.name} west`),
      ...insts.map((i) => `${i.name} east`),
    ]);
    const expected = FOODVALLEY.map((m) => m.youthPopulation * m.measuresPerThousandYouth);
    const west = (defined(expected[0], 'Ede') + defined(expected[3], 'Wageningen')) / expected.reduce((a, b) => a + b, 0);
    insts.forEach((inst, k) => {
      const westTeam = defined(chain.institutions[k], `${inst.name} west`);
      const eastTeam = defined(chain.institutions[insts.length + k], `${inst.name} east`);
      // rounded up, as the areas' own capacities are
      expect(westTeam.positions).toHaveLength(Math.max(1, Math.ceil(inst.guardianPositions * west)));
      expect(eastTeam.positions).toHaveLength(Math.max(1, Math.ceil(inst.guardianPositions * (1 - west))));
      expect(westTeam.config.organisation).toBe(inst.name);
    });
    const result = chain.run();
    let measures = 0;
    for (const [a, area] of ['west', 'east'].entries()) {
      for (const t of chain.institutions.slice(a * insts.length, (a + 1) * insts.length)) {
        expect(t.config.name.endsWith(area)).toBe(true);
        for (const pos of t.positions) {
          for (const c of pos.cases) {
            expect(chain.areaOfMunicipality[c.family!.municipality]).toBe(a);
            measures++;
          }
        }
      }
    }
    expect(measures).toBeGreaterThan(50);
    // one utilisation line per institution, not per team
    expect(Object.keys(result.system.utilisation).filter((k) => k.startsWith('GI '))).toEqual(insts.map((i) => `GI ${i.name}`));
  });

  it('GI teams per area are ignored without areas', () => {
    const a = replications(scenario(SHORT), 1)[0];
    const b = replications(scenario(SHORT, { gi: { teamsPerArea: true } }), 1)[0];
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
  });

  it('splitting the GIs over areas leaves more children without a guardian (no pooling)', () => {
    const reps = 4;
    const areas = inAreas(['Ede', 'Barneveld', 'Nijkerk', 'Scherpenzeel']);
    const pooled = replications(scenario(SHORT, areas), reps);
    const split = replications(scenario(SHORT, areas, { gi: { teamsPerArea: true } }), reps);
    const without = (rs: typeof pooled) => mean(rs.map((r) => r.system.childrenWithoutGuardian));
    expect(without(split)).toBeGreaterThan(1.2 * without(pooled));
  });

  it('refuse a scenario where only some municipalities name an area', () => {
    const parsed = scenarioSchema.safeParse({ name: 'x', region: { municipalities: [{ ...FOODVALLEY[0], area: 'west' }, FOODVALLEY[1]] } });
    expect(parsed.success).toBe(false);
    const issue = parsed.error!.issues.find((i) => i.path.join('.') === 'region.municipalities.1.area');
    expect(issue?.message).toBe('Barneveld has no area while others do: give every municipality an area, or none');
  });
});
