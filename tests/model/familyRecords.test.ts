// What a family keeps of its own journey (src/model/family.ts), on the fixed path (pathScenario):
// local team 0–21 (help to 20, the table at 21), the Raad's investigation 21–71 with the family
// held by the investigator until the hearing at 91, an OTS 91–456, the afschaling gap to 466,
// aftercare to 526, closure. Each professional's spell, each handover with its kind and cause, the
// days in the chain and the days with nobody responsible follow from those dates.

import { describe, expect, it } from 'vitest';
import { Chain } from '../../src/model/chain.js';
import { Family } from '../../src/model/family.js';
import type { ProfessionalSpell, TraceEvent, TraceHandover } from '../../src/model/index.js';
import { ProfessionalRegistry } from '../../src/model/professional.js';
import { SEED, pathScenario, runUntil, type Plain } from './helpers.js';

const fixed = (value: number) => ({ kind: 'deterministic', value });

/** One family of the path signalled at `at`, traced with its spells and handovers, run to day `until`. */
function traced(at: number, until: number, ...over: Plain[]) {
  const events: TraceEvent[] = [];
  const spells: ProfessionalSpell[] = [];
  const handovers: TraceHandover[] = [];
  const chain = new Chain(pathScenario(...over), SEED, 0, {
    event: (e) => events.push(e),
    spell: (s) => spells.push(s),
    handover: (h) => handovers.push(h),
  });
  let family: Family | undefined;
  chain.sim.scheduleAt(at, () => {
    chain.arrivals.signal(0);
    family = chain.families.get(1);
  });
  runUntil(chain, () => chain.sim.now > until);
  const role = (who: string) => who.replace(/#\d+$/, '');
  return { chain, family: family!, events, spells, handovers, role };
}

describe("a family's record of its journey", () => {
  it('each professional responsible for it has one spell, from taking it on to letting go; its providers from the help to the closure', () => {
    // two problem domains, one provider each
    const { spells, family } = traced(0, 1000, { family: { problemDomains: fixed(2) }, providers: { perProblemDomain: 1 } });
    const responsible = spells.filter((s) => s.role !== 'provider').map((s) => [s.role, s.startDays, s.endDays]);
    expect(responsible).toEqual([
      ['LT', 0, 21],
      ['RvdK', 21, 91],
      ['guardian', 91, 456],
      ['LT', 466, 526],
    ]);
    // the worker of the aftercare is the one the family had before the table (the same id)
    const lt = spells.filter((s) => s.role === 'LT').map((s) => s.professional);
    expect(lt[0]).toBe(lt[1]);
    const providers = spells.filter((s) => s.role === 'provider');
    expect(providers.length).toBe(2);
    expect(new Set(providers.map((s) => s.professional)).size).toBe(providers.length);
    for (const s of providers) expect([s.professional.startsWith('provider#'), s.startDays, s.endDays]).toEqual([true, 0, 526]);
    for (const s of spells) expect(s.caseId).toBe(family.id);
  });

  it('each handover names both sides, warm only to a face the family knows, under its cause', () => {
    const { handovers, role } = traced(0, 1000);
    expect(handovers.map((h) => [h.timeDays, role(h.from), role(h.to), h.kind, h.cause])).toEqual([
      [21, 'LT', 'RvdK', 'cold', 'structural'],
      [91, 'RvdK', 'guardian', 'cold', 'structural'],
      [466, 'guardian', 'LT', 'warm', 'afschaling'],
    ]);
    for (const h of handovers) expect(h.from).not.toBe(h.to);
  });

  it('days in the chain run from its signal to its closure; days with nobody responsible are the afschaling gap', () => {
    // signalled at day 100: every date of the path 100 days later (the table meets every 7 days
    // from day 0, so it sits at 126 and the rest follows 5 days later than the path's: closure 631)
    const { family, chain } = traced(100, 400);
    expect(family.daysInChainAt(chain.sim.now)).toBeCloseTo(chain.sim.now - 100, 9);
    expect(family.daysWithoutProfessionalAt(chain.sim.now)).toBe(0);
    runUntil(chain, () => chain.sim.now > 1200);
    const closed = family.daysInChainAt(2000);
    expect(closed).toBe(family.daysInChainAt(3000));
    expect(family.daysWithoutProfessionalAt(2000)).toBe(10);
    const { events } = traced(100, 1200);
    const closure = events.find((e) => e.activity === 'closure')!.timeDays;
    expect(closed).toBe(closure - 100);
  });

  it('a family signalled again gets the providers of its new trajectory', () => {
    const reentry = { entry: { reentryProbability: 1, reentryDelayDays: fixed(30) } };
    // the second trajectory closes by day 1100 (556 + the path's 526): its providers' spells end by then
    const { spells, events } = traced(0, 1100, reentry);
    const again = events.find((e) => e.activity === 'signal (re-entry)')!.timeDays;
    expect(again).toBe(556);
    const starts = spells.filter((s) => s.role === 'provider').map((s) => s.startDays);
    expect(starts.filter((t) => t === 0).length).toBeGreaterThan(0);
    // in the new trajectory the local team arranges help again from the re-entry on
    const later = spells.filter((s) => s.role === 'provider' && s.startDays >= again);
    expect(later.length).toBeGreaterThan(0);
    for (const s of later) expect(s.startDays).toBe(again);
  });

  it('handing it to the professional already responsible changes nothing: no handover, one unbroken spell', () => {
    const spells: ProfessionalSpell[] = [];
    const handovers: TraceHandover[] = [];
    const f = new Family(1, 0, { children: 1, problemDomains: 1, needsCompulsory: true }, 0, true, {
      event: () => {},
      spell: (x) => spells.push(x),
      handover: (h) => handovers.push(h),
    });
    const registry = new ProfessionalRegistry();
    const worker = registry.create('LT', 'Ede');
    const guardian = registry.create('guardian', 'GI');
    expect(f.handOver(worker, 0, 'structural')).toBe('none');
    expect(f.handOver(worker, 10, 'turnover')).toBe('none');
    expect(f.handOver(guardian, 20, 'structural')).toBe('cold');
    expect(spells.map((x) => [x.role, x.startDays, x.endDays])).toEqual([['LT', 0, 20]]);
    expect(handovers.map((h) => [h.timeDays, h.kind])).toEqual([[20, 'cold']]);
    expect(f.handovers).toBe(1);
  });

  it('the faces it met count each person once and every provider as a new one; the most at once is the peak', () => {
    const f = new Family(1, 0, { children: 1, problemDomains: 1, needsCompulsory: true }, 0, true, null);
    const registry = new ProfessionalRegistry();
    const worker = registry.create('LT', 'Ede');
    const guardian = registry.create('guardian', 'GI');
    f.handOver(worker, 0, 'structural');
    f.addProvider(registry.create('provider', 'jeugdhulp'), 0);
    f.addProvider(registry.create('provider', 'jeugdhulp'), 0);
    expect(f.maxInvolved).toBe(3);
    f.removeProvider(1, 50);
    f.removeProvider(0, 50);
    f.handOver(guardian, 60, 'structural');
    f.handOver(worker, 400, 'afschaling');
    // the worker, the guardian and two providers; the worker and a provider at once made 3 the peak
    expect(f.known.size).toBe(4);
    expect(f.knows(worker)).toBe(true);
    expect(f.maxInvolved).toBe(3);
  });
});
