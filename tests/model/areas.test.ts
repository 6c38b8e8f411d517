// Areas (jeugdregio's): the municipalities of one area share a Veilig Thuis, a table, an RvdK
// office and a court. A scenario's capacities are split over its areas by expected measures;
// split queues lose the pooling of one shared queue, so waits grow.

import { describe, expect, it } from 'vitest';
import { Chain } from '../../src/model/chain.js';
import { scenarioSchema } from '../../src/scenario/schema.js';
import { SHORT, mean, replications, scenario } from './helpers.js';

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
    expect(westArea?.rvdk.resource.capacity).toBe(Math.round(s.rvdk.investigators * west));
    expect(eastArea?.rvdk.resource.capacity).toBe(Math.round(s.rvdk.investigators * (1 - west)));
    expect(westArea?.judges).toHaveLength(Math.max(1, Math.round(s.court.judges * west)));
    expect(chain.areaOfMunicipality).toEqual([0, 1, 1, 0]);
    // each family's investigator comes from its own area's office
    const offices = new Map(chain.areas.map((a, i) => [a.rvdk, i]));
    let checked = 0;
    for (const [i, a] of chain.areas.entries()) {
      const take = a.rvdk.take.bind(a.rvdk);
      a.rvdk.take = () => {
        const f = [...chain.families.values()].find((x) => x.process === chain.sim.activeProcess)!;
        expect(chain.areaOfMunicipality[f.municipality]).toBe(i);
        expect(offices.get(a.rvdk)).toBe(i);
        checked++;
        return take();
      };
    }
    chain.run();
    expect(checked).toBeGreaterThan(100);
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

  it('refuse a scenario where only some municipalities name an area', () => {
    const parsed = scenarioSchema.safeParse({ name: 'x', region: { municipalities: [{ ...FOODVALLEY[0], area: 'west' }, FOODVALLEY[1]] } });
    expect(parsed.success).toBe(false);
    const issue = parsed.error!.issues.find((i) => i.path.join('.') === 'region.municipalities.1.area');
    expect(issue?.message).toBe('Barneveld has no area while others do: give every municipality an area, or none');
  });
});
