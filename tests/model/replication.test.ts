// The model's entry points (src/model/index.ts) and its small helpers: a replication run with or
// without a settled start is the chain run from the snapshot it names, a traced run gives the same
// result plus every family's events, a switched-off chance leaves its stream untouched, and the
// registry counts the professionals it made.

import { describe, expect, it } from 'vitest';
import { RandomStreams } from '../../src/kernel/index.js';
import { Chain } from '../../src/model/chain.js';
import { chance } from '../../src/model/draws.js';
import { pilotRun, runReplication, startOf, traceReplication } from '../../src/model/index.js';
import { ProfessionalRegistry } from '../../src/model/professional.js';
import { SEED, scenario, type Plain } from './helpers.js';

/** A small region (Ede alone) observed for one year from empty. */
const SMALL: Plain = {
  region: { municipalities: [{ name: 'Ede', youthPopulation: 5000, measuresPerThousandYouth: 8.7 }] },
  simulation: { start: 'empty', warmupYears: 0, years: 1, followUpYears: 0 },
};
const SETTLED: Plain = { simulation: { start: 'settled', settledStart: { pilotYears: 0.5, spacingYears: 0.25, pilots: 2 } } };

describe('a replication', () => {
  it('from empty: the chain for its seed and replication, run', () => {
    const s = scenario(SMALL);
    expect(startOf(s, { seed: SEED, replication: 2 })).toBeNull();
    expect(JSON.stringify(runReplication(s, { seed: SEED, replication: 2 }))).toBe(JSON.stringify(new Chain(s, SEED, 2).run()));
  });

  it('from a settled start: the snapshot given, or else the one its pilot takes (pilot r mod pilots, snapshot r ÷ pilots)', () => {
    const s = scenario(SMALL, SETTLED);
    const own = pilotRun(s, SEED, 1, 2)[1]!; // replication 3 with 2 pilots
    expect(startOf(s, { seed: SEED, replication: 3 })).toEqual(own);
    const other = pilotRun(s, SEED, 0, 1)[0]!;
    expect(startOf(s, { seed: SEED, replication: 3, start: other })).toBe(other);
    expect(JSON.stringify(runReplication(s, { seed: SEED, replication: 3 }))).toBe(JSON.stringify(new Chain(s, SEED, 3, null, own).run()));
  });

  it("traced: the same result, with every family's events and children, and a row for each family that had a measure", () => {
    const s = scenario(SMALL, { simulation: { years: 2 } });
    const t = traceReplication(s, { seed: SEED, replication: 0 });
    expect(JSON.stringify(t.result)).toBe(JSON.stringify(runReplication(s, { seed: SEED, replication: 0 })));
    expect(t.events.length).toBeGreaterThan(100);
    expect(t.spells.length).toBeGreaterThan(0);
    expect(t.handovers.length).toBeGreaterThan(0);
    for (const e of t.events) expect(t.children.has(e.caseId)).toBe(true);
    // every spell and handover is one of a family of the run, between two named professionals
    for (const x of t.spells)
      expect([t.children.has(x.caseId), x.professional.startsWith(`${x.role}#`), x.startDays <= x.endDays]).toEqual([true, true, true]);
    for (const h of t.handovers) expect([t.children.has(h.caseId), /#\d+$/.test(h.from), /#\d+$/.test(h.to)]).toEqual([true, true, true]);
    const heard = new Set(t.events.filter((e) => e.activity === 'court hearing').map((e) => e.caseId));
    const ended = new Set(t.events.filter((e) => e.activity === 'measure ends').map((e) => e.caseId));
    expect(ended.size).toBeGreaterThan(0);
    const rows = new Set(t.families.map((f) => f.caseId));
    expect(rows.size).toBe(t.families.length);
    for (const id of rows) expect(heard.has(id)).toBe(true);
    for (const id of ended) expect(rows.has(id)).toBe(true);
    for (const f of t.families) expect(f.professionals).toBeGreaterThan(0);
  });
});

describe('small helpers', () => {
  it('a chance of 0 or less leaves its stream untouched; a chance of 1 always happens', () => {
    const used = new RandomStreams(SEED, 0).stream('x');
    const fresh = new RandomStreams(SEED, 0).stream('x');
    expect(chance(used, 0)).toBe(false);
    expect(chance(used, -0.5)).toBe(false);
    expect(used.next()).toBe(fresh.next());
    for (let k = 0; k < 100; k++) expect(chance(used, 1)).toBe(true);
  });

  it('the registry counts the professionals it made, each with an id of its own', () => {
    const r = new ProfessionalRegistry();
    expect(r.created).toBe(0);
    const a = r.create('guardian', 'GI');
    const b = r.create('LT', 'LT Ede');
    expect(r.created).toBe(2);
    expect(a.id).not.toBe(b.id);
    expect(b).toEqual({ id: b.id, role: 'LT', org: 'LT Ede' });
  });
});
