// What a snapshot writes down (src/model/settled/take.ts), by value, for families on the fixed
// path at known moments: the phase with the time its step has left, the queue it stands in, its
// cases and measure, its visits, and the positions (vacant, in induction, ill). A restored chain
// written down again gives the same snapshot (settledRestore.test.ts), but a value written wrong
// both ways would pass that; these are the values themselves. The path (pathScenario): local
// team 0–21 (help until 20, the table at 21), investigation 21–71, court preparation to 85,
// hearing 91, OTS 91–456 with visits from 96 every 7 days, afschaling gap to 466, aftercare to 526.

import { describe, expect, it, vi } from 'vitest';
import { Chain } from '../../src/model/chain.js';
import type { ProfessionalSpell } from '../../src/model/results.js';
import { Family } from '../../src/model/family.js';
import { ProfessionalRegistry } from '../../src/model/professional.js';
import type { FamilySnapshot, Snapshot } from '../../src/model/settled/snapshot.js';
import { takeSnapshot } from '../../src/model/settled/take.js';
import { SEED, pathScenario, type Plain } from './helpers.js';

const fixed = (value: number) => ({ kind: 'deterministic', value });
const SIZE: Plain = { family: { problemDomains: fixed(2) }, providers: { perProblemDomain: 1 } };

/** The chain with families of Ede signalled at day 0 (one per entry of `signals`), run to `at`, written down. */
function snapshotAt(at: number, families = 1, ...over: Plain[]): { snap: Snapshot; chain: Chain } {
  const chain = new Chain(pathScenario(SIZE, ...over), SEED, 0);
  for (let i = 0; i < families; i++) chain.arrivals.signal(0);
  chain.sim.run(at);
  return { snap: takeSnapshot(at, chain.families.values(), chain.institutions, chain.localTeams), chain };
}

const first = (at: number, ...over: Plain[]): FamilySnapshot => snapshotAt(at, 1, ...over).snap.families[0]!;

describe('a family written down at each step of its path', () => {
  it('in voluntary help: the help left, its case with the worker, the providers', () => {
    expect(first(10)).toEqual({
      municipality: 0,
      children: 2,
      problemDomains: 2,
      needsCompulsory: true,
      neededAtSignal: true,
      reentries: 0,
      selfDeliveredDomains: 0,
      selfHelpStarted: 0,
      helpPlanned: true,
      providersPlanned: 0,
      providerCount: 2,
      phase: { at: 'localTeam', helpLeftDays: 10, helpDays: 20 },
      holdsUnit: false,
      queuedAgoDays: null,
      localTeamCase: { team: 0, position: 0, weight: 1, sinceAgoDays: 10, reason: 'turnover', inMeasure: false },
      guardianCase: null,
      nextVisitInDays: null,
      lastVisitAgoDays: null,
      guardianVisitAgoDays: null,
      guardianSinceAgoDays: null,
      knownLocalTeamPosition: 0,
    });
  });

  it('waiting for the table, then in the investigation (holding the investigator)', () => {
    const table = first(20.5);
    expect(table.phase).toEqual({ at: 'table' });
    expect(table.queuedAgoDays).toBe(0.5);
    expect(table.holdsUnit).toBe(false);
    const inv = first(30);
    expect(inv.phase).toEqual({ at: 'investigation', leftDays: 41 });
    expect(inv.holdsUnit).toBe(true);
    expect(inv.queuedAgoDays).toBeNull();
    expect(inv.localTeamCase).toBeNull();
    expect(inv.knownLocalTeamPosition).toBe(0);
  });

  it('at Veilig Thuis: in triage with the days left (holding the worker), a second family queueing for it', () => {
    const { snap } = snapshotAt(3, 2, { entry: { viaVeiligThuisShare: 1 }, veiligThuis: { workers: 1 } });
    const [a, b] = snap.families;
    expect([a!.phase, a!.holdsUnit, a!.queuedAgoDays]).toEqual([{ at: 'veiligThuis', triageLeftDays: 4 }, true, null]);
    expect([b!.phase, b!.holdsUnit, b!.queuedAgoDays]).toEqual([{ at: 'veiligThuis' }, false, 3]);
  });

  it('in the help after the table: the help left, and that the table has decided', () => {
    // the table keeps it voluntary on day 21: a hundred days of help with the same worker and providers
    expect(first(50, { jbt: { compulsoryDecisionWithNeed: 0 } }).phase).toEqual({
      at: 'localTeam',
      helpLeftDays: 71,
      helpDays: 100,
      afterTable: true,
    });
  });

  it('at court: preparing with the days left, then queueing for a hearing with none left', () => {
    expect(first(80).phase).toEqual({ at: 'court', preparationLeftDays: 5 });
    const queueing = first(88);
    expect(queueing.phase).toEqual({ at: 'court', preparationLeftDays: 0 });
    expect(queueing.queuedAgoDays).toBe(3);
  });

  it("under a measure: the ruling, the period, its visits, the end, the guardian's case and the next visit", () => {
    // Visits are counted when something reads them (visits.ts): on day 100 the visit of day 96 is
    // still due, so the snapshot keeps it as due 4 days ago and the restored chain counts it.
    const lazy = first(100);
    expect(lazy.phase).toEqual({
      at: 'measure',
      kind: 'OTS',
      resume: { ruledAgoDays: 9, periodAgoDays: 9, visitsThisPeriod: 0, progressLostDays: 0, firstVisitAgoDays: null, endInDays: 356 },
    });
    expect(lazy.nextVisitInDays).toBe(-4);
    expect(lazy.lastVisitAgoDays).toBeNull();
    expect(lazy.guardianCase).toEqual({ team: 0, position: 0, weight: 2, sinceAgoDays: 9, reason: 'turnover', inMeasure: true });
    // counted up to now, the same moment is written down with the visit made
    const { chain } = snapshotAt(100);
    const f = chain.families.get(1)!;
    chain.visits.catchUp(f, 100);
    const counted = takeSnapshot(100, chain.families.values(), chain.institutions, chain.localTeams).families[0]!;
    expect(counted.phase).toMatchObject({ resume: { visitsThisPeriod: 1, firstVisitAgoDays: 4 } });
    expect(counted.nextVisitInDays).toBe(3);
    expect(counted.lastVisitAgoDays).toBe(4);
    expect(counted.guardianVisitAgoDays).toBe(4);
    expect(counted.guardianSinceAgoDays).toBe(9);
  });

  it('under a voogdij: written down as one (a settled start resumes it without reviews), with its own end', () => {
    const voogdij = { court: { otsShare: 0, voogdijShare: 1 }, gi: { voogdijDays: fixed(200) } };
    expect(first(100, voogdij).phase).toMatchObject({ at: 'measure', kind: 'voogdij', resume: { ruledAgoDays: 9, endInDays: 191 } });
  });

  it('after the measure: the gap left with nobody, then the aftercare left with the worker', () => {
    expect(first(460).phase).toEqual({ at: 'aftercare', cause: 'afschaling', gapLeftDays: 6 });
    const after = first(470);
    expect(after.phase).toEqual({ at: 'aftercare', cause: 'afschaling', leftDays: 56 });
    expect(after.guardianCase).toBeNull();
    expect(after.localTeamCase).toMatchObject({ position: 0, sinceAgoDays: 4, inMeasure: false });
  });

  it('away between trajectories, with the time to the re-entry', () => {
    const f = first(530, { entry: { reentryProbability: 1, reentryDelayDays: fixed(30) } });
    expect(f.phase).toEqual({ at: 'away', leftDays: 26 });
  });

  it('a second family waiting for the worker: its case on the list, queueing since the signal', () => {
    const b = snapshotAt(10, 2).snap.families[1]!;
    expect(b.phase).toEqual({ at: 'localTeam' });
    expect(b.localTeamCase).toEqual({ team: 0, position: null, weight: 1, sinceAgoDays: 10, reason: 'structural', inMeasure: false });
    expect(b.queuedAgoDays).toBe(10);
    expect(b.knownLocalTeamPosition).toBeNull();
    // its help is planned (a provider per domain), and starts with the worker
    expect([b.helpPlanned, b.providersPlanned, b.providerCount]).toEqual([true, 2, 0]);
  });

  it('the local-team worker a family knows is written down by seat only while in post; one that knows nobody knows no vacancy', () => {
    const { chain } = snapshotAt(10, 2);
    const lt = chain.localTeams[0]!;
    expect(lt.positions).toHaveLength(1);
    // a's worker (the team's only one) leaves: the seat is vacant, a knew them, b knew nobody
    lt.depart(lt.positions[0]!);
    const snap = takeSnapshot(10, chain.families.values(), chain.institutions, chain.localTeams);
    expect(snap.localTeams[0]![0]!.fillInDays).toBeGreaterThan(0);
    expect(snap.families.map((f) => f.knownLocalTeamPosition)).toEqual([null, null]);
  });

  it('a family restored while waiting for the worker starts its planned providers when it has one', () => {
    const { snap } = snapshotAt(10, 2);
    const chain = new Chain(
      pathScenario(SIZE, { simulation: { start: 'settled', settledStart: { pilotYears: 1, spacingYears: 1 } } }),
      SEED,
      0,
      null,
      snap,
    );
    const waiting = [...chain.families.values()][1]!;
    expect([waiting.providersPlanned, waiting.providerCount]).toEqual([2, 0]);
    // day by day: no providers while it waits, its two from the day the worker takes it on
    let day = 0;
    while (waiting.localTeamCase?.position == null && day < 400) {
      expect(waiting.providerCount).toBe(0);
      chain.sim.run(++day);
    }
    expect(day).toBeGreaterThan(1);
    expect(day).toBeLessThan(400);
    expect([waiting.providersPlanned, waiting.providerCount]).toEqual([0, 2]);
  });

  it('a family restored in the help after the table closes when that help ends: the table has decided, it does not go back to it', () => {
    const keptVoluntary = { jbt: { compulsoryDecisionWithNeed: 0 } };
    const { snap } = snapshotAt(50, 1, keptVoluntary);
    const spells: ProfessionalSpell[] = [];
    const created = vi.spyOn(ProfessionalRegistry.prototype, 'create');
    const chain = new Chain(
      pathScenario(SIZE, keptVoluntary, { simulation: { start: 'settled', settledStart: { pilotYears: 1, spacingYears: 1 } } }),
      SEED,
      0,
      { event: () => {}, spell: (sp) => spells.push(sp) },
      snap,
    );
    // the providers it has go on: help providers of youth care, as when they were first deployed
    const providers = created.mock.calls.filter(([role, org]) => role === 'provider' || org === 'jeugdhulp');
    created.mockRestore();
    expect(providers).toEqual([
      ['provider', 'jeugdhulp'],
      ['provider', 'jeugdhulp'],
    ]);
    const f = [...chain.families.values()][0]!;
    // it needs the compulsory track, but the table kept the help voluntary: 71 days of it are left
    expect(f.needsCompulsory).toBe(true);
    chain.sim.run(70);
    expect([f.phase.at, f.providerCount]).toEqual(['localTeam', 2]);
    chain.sim.run(72);
    expect([f.phase.at, f.localTeamCase, f.providerCount]).toEqual(['gone', null, 0]);
    // its two providers stopped with the help
    expect(spells.filter((sp) => sp.role === 'provider').map((sp) => sp.endDays)).toEqual([71, 71]);
  });

  it('a second family waiting for the investigator is queueing, not holding the unit', () => {
    const b = snapshotAt(60, 2).snap.families[1]!;
    // b: the table at 42, waiting for the investigator (free at 71)
    expect(b.phase).toEqual({ at: 'investigation' });
    expect(b.holdsUnit).toBe(false);
    expect(b.queuedAgoDays).toBe(18);
  });
});

describe('a snapshot between events only', () => {
  it('refuses a family caught in an instantaneous phase, or in a measure it does not have', () => {
    // signal, escalation and closure pass within one event: a family seen there is a snapshot taken mid-event
    const fresh = () => new Family(7, 0, { children: 1, problemDomains: 1, needsCompulsory: false }, 0, false, null);
    expect(() => takeSnapshot(0, [fresh()], [], [])).toThrow('family 7 is in the instantaneous phase signal');
    const inMeasure = fresh();
    inMeasure.phase = { at: 'measure', kind: 'OTS' };
    expect(() => takeSnapshot(0, [inMeasure], [], [])).toThrow('family 7 is in a measure without one');
  });
});

describe('positions written down', () => {
  it('in post, vacant with the days to the fill, in induction with the days left, ill with the days left', () => {
    const { chain } = snapshotAt(0, 0, {
      gi: { institutions: [{ name: 'GI', share: 1, guardianPositions: 3 }] },
      guardians: { recruitmentDays: fixed(30), inductionDays: 50, sickDays: fixed(40) },
    });
    const [a, b, c] = chain.institutions[0]!.positions;
    a!.team.depart(a!);
    chain.sim.run(10);
    b!.team.depart(b!); // filled on day 40, in induction to day 90
    chain.sim.run(45);
    c!.team.fallIll(c!); // back on day 85
    chain.sim.run(50);
    const snap = takeSnapshot(50, chain.families.values(), chain.institutions, chain.localTeams);
    // a was filled on day 30 and is in induction to day 80
    expect(snap.institutions).toEqual([[{ inductionLeftDays: 30 }, { inductionLeftDays: 40 }, { sickLeftDays: 35 }]]);
    expect(snap.localTeams.map((t) => t.length)).toEqual(chain.localTeams.map((t) => t.positions.length));
    chain.localTeams[0]!.depart(chain.localTeams[0]!.positions[0]!);
    const later = takeSnapshot(50, chain.families.values(), chain.institutions, chain.localTeams);
    expect(later.localTeams[0]![0]!.fillInDays).toBeGreaterThan(0);
    expect(later.format).toBe(4);
    expect(later.takenAtDays).toBe(50);
  });
});
