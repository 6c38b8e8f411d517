// One area's links built directly (src/model/area.ts), without running a chain: the share of each
// capacity it gets, the names of its organisations, its judges in turn, and how a scenario's
// municipalities are grouped into areas by expected measures.

import { describe, expect, it } from 'vitest';
import { Simulation } from '../../src/kernel/index.js';
import { Area, areasOf, PersonPool } from '../../src/model/area.js';
import { ProfessionalRegistry } from '../../src/model/professional.js';
import { scenario } from './helpers.js';

const CAPACITIES = {
  veiligThuis: { workers: 10 },
  rvdk: { investigators: 31 },
  jbt: { slotsPerMeeting: 6, standingMembers: 2, meetingIntervalDays: 7 },
  court: { judges: 3, slotsPerHearing: 4, hearingIntervalDays: 14 },
};

describe('an area', () => {
  it('gets its share of every capacity, rounded up, and at least one of each', () => {
    const s = scenario(CAPACITIES);
    const sim = new Simulation();
    const a = new Area(sim, new ProfessionalRegistry(), s, 'oost', 0.3);
    expect(a.veiligThuis.size).toBe(3); // 10 × 0.3
    expect(a.rvdk.size).toBe(10); // 31 × 0.3 = 9.3: never short of its share
    expect(a.rvdk.resource.capacity).toBe(10);
    expect(a.jbt.slots).toBe(2); // 6 × 0.3 = 1.8
    expect(a.jbt.intervalDays).toBe(7);
    expect(a.judges).toHaveLength(1); // 3 × 0.3 = 0.9
    // a hearing has each judge's slots
    expect(a.court.slots).toBe(4);
    expect(a.court.intervalDays).toBe(14);
    // the table's standing members are not split: every table has them
    expect(a.jbtMembers).toHaveLength(2);

    const tiny = new Area(new Simulation(), new ProfessionalRegistry(), s, 'klein', 0.01);
    expect([tiny.veiligThuis.size, tiny.rvdk.size, tiny.jbt.slots, tiny.judges.length]).toEqual([1, 1, 1, 1]);
    // an area whose municipalities are expected to need no measures still has one of each
    const none = new Area(new Simulation(), new ProfessionalRegistry(), s, 'leeg', 0);
    expect([none.veiligThuis.size, none.rvdk.size, none.jbt.slots, none.judges.length]).toEqual([1, 1, 1, 1]);

    // a whole share that floating point puts a hair above the whole number (100 × 0.07 = 7.000000000000001) is not rounded up past it
    const sevenPercent = new Area(
      new Simulation(),
      new ProfessionalRegistry(),
      scenario({ ...CAPACITIES, veiligThuis: { workers: 100 } }),
      'west',
      0.07,
    );
    expect(100 * 0.07).toBeGreaterThan(7);
    expect(sevenPercent.veiligThuis.size).toBe(7);
  });

  it('without areas has the whole capacity, and its organisations carry no area name', () => {
    const s = scenario(CAPACITIES);
    const registry = new ProfessionalRegistry();
    const a = new Area(new Simulation(), registry, s, null, 1);
    expect([a.veiligThuis.size, a.rvdk.size, a.jbt.slots, a.judges.length, a.court.slots]).toEqual([10, 31, 6, 3, 12]);
    expect(a.veiligThuis.org).toBe('Veilig Thuis');
    expect(a.rvdk.org).toBe('Raad voor de Kinderbescherming');
    expect(a.jbtMembers.map((m) => [m.role, m.org])).toEqual([
      ['JBT', 'jeugdbeschermingstafel (RvdK)'],
      ['JBT', 'jeugdbeschermingstafel (RvdK)'],
    ]);
    expect(a.judges.every((j) => j.role === 'judge' && j.org === 'rechtbank')).toBe(true);
    // numbered in the order a scenario without areas always had: Veilig Thuis, RvdK, table, judges
    expect(a.veiligThuis.take().id).toBeLessThanOrEqual(10);
    expect(a.jbtMembers[0]!.id).toBe(10 + 31 + 1);
    expect(a.judges[0]!.id).toBe(10 + 31 + 2 + 1);
    expect(registry.created).toBe(10 + 31 + 2 + 3);
  });

  it("with an area, every organisation's name says which", () => {
    const a = new Area(new Simulation(), new ProfessionalRegistry(), scenario(CAPACITIES), 'Noord', 0.5);
    expect(a.name).toBe('Noord');
    expect(a.veiligThuis.org).toBe('Veilig Thuis Noord');
    expect(a.rvdk.org).toBe('Raad voor de Kinderbescherming Noord');
    expect(a.jbtMembers[0]!.org).toBe('jeugdbeschermingstafel (RvdK) Noord');
    expect(a.judges[0]!.org).toBe('rechtbank Noord');
  });

  it('hands hearings to its judges in turn', () => {
    const a = new Area(new Simulation(), new ProfessionalRegistry(), scenario(CAPACITIES), null, 1);
    const turns = Array.from({ length: 7 }, () => a.nextJudge().id);
    const [j1, j2, j3] = a.judges.map((j) => j.id);
    expect(turns).toEqual([j1, j2, j3, j1, j2, j3, j1]);
  });
});

describe('a pool of people', () => {
  it('hands out each person once until they are given back, and says so when nobody is free', () => {
    const pool = new PersonPool(new Simulation(), new ProfessionalRegistry(), 'RvdK', 'Raad', 2);
    const first = pool.take();
    const second = pool.take();
    expect(first.id).not.toBe(second.id);
    expect(() => pool.take()).toThrow('Raad: a unit was granted but nobody is free');
    pool.give(first);
    expect(pool.take()).toBe(first);
  });
});

describe('areasOf', () => {
  const m = (name: string, youthPopulation: number, measuresPerThousandYouth: number, area?: string) => ({
    name,
    youthPopulation,
    measuresPerThousandYouth,
    ...(area === undefined ? {} : { area }),
  });

  it('is one area with the whole capacity when no municipality names one', () => {
    const s = scenario({ region: { municipalities: [m('A', 1000, 8), m('B', 3000, 8)] } });
    expect(areasOf(s)).toEqual({ names: [null], shares: [1], ofMunicipality: [0, 0] });
  });

  it('numbers areas in the order they first appear and shares capacity by expected measures, not population', () => {
    const s = scenario({
      region: { municipalities: [m('A', 1000, 10, 'zuid'), m('B', 2000, 5, 'noord'), m('C', 1000, 20, 'zuid'), m('D', 500, 0, 'noord')] },
    });
    const { names, shares, ofMunicipality } = areasOf(s);
    expect(names).toEqual(['zuid', 'noord']);
    expect(ofMunicipality).toEqual([0, 1, 0, 1]);
    // expected measures: zuid 10 + 20 = 30, noord 10 + 0 = 10
    expect(shares[0]).toBeCloseTo(0.75, 12);
    expect(shares[1]).toBeCloseTo(0.25, 12);
  });

  it('splits evenly when no measures are expected anywhere', () => {
    const s = scenario({ region: { municipalities: [m('A', 1000, 0, 'x'), m('B', 1000, 0, 'y'), m('C', 1000, 0, 'z')] } });
    expect(areasOf(s).shares).toEqual([1 / 3, 1 / 3, 1 / 3]);
  });
});
