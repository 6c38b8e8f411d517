// Handovers by cause (structural, turnover, absence, afschaling), cold or warm by whether the family
// knows the new face, in every scenario: one family on the fixed path, with departures and sick
// leave forced at known moments. What a cold guardian change costs: the measure takes longer.

import { describe, expect, it } from 'vitest';
import type { Family } from '../../src/model/family.js';
import type { Position } from '../../src/model/team.js';
import { pathScenario, runUntil, startOneFamily, type HandoverRecord, type OneFamily, type Plain } from './helpers.js';

const TWO_GUARDIANS: Plain = { gi: { institutions: [{ name: 'GI', share: 1, guardianPositions: 2 }] } };
const DUOS: Plain = { reforms: { guardianDuos: { enabled: true } } };
const brief = (h: HandoverRecord) => `${h.from}>${h.to} ${h.cause} ${h.kind}`;

function inMeasure(run: OneFamily): Position<Family> {
  runUntil(run.chain, () => run.family.guardianCase?.position != null && run.family.measure !== null);
  return run.family.guardianCase!.position!;
}

function toEnd(run: OneFamily): void {
  runUntil(run.chain, () => run.family.phase.at === 'gone');
}

describe('handovers along the path', () => {
  it('today: the local team to the Raad, the Raad to a guardian and back to the worker the family knew', () => {
    // one local-team worker: the afschaling goes back to the same face, warm
    const run = startOneFamily(pathScenario());
    toEnd(run);
    expect(run.handovers.map(brief)).toEqual(['LT>RvdK structural cold', 'RvdK>guardian structural cold', 'guardian>LT afschaling warm']);
    expect(run.family.handoversBy('afschaling')).toEqual({ cold: 0, warm: 1 });
    expect(run.family.handovers).toBe(3);
    expect(run.family.coldHandovers).toBe(2);
    expect(run.family.warmHandovers).toBe(1);
  });

  it('afschaling to a new face is cold; with a guardian in the local team it goes to the known worker, warm, without a gap', () => {
    // two local-team workers; a second family takes the one the first family knew just before its afschaling
    const lt: Plain = { localTeam: { workersPerThousandYouth: 0.08, caseloadCapFamilies: 5 } };
    const afschaling = (...over: Plain[]) => {
      const run = startOneFamily(pathScenario(lt, ...over));
      const known = run.family.responsible!;
      run.chain.sim.scheduleAt(450, () => run.chain.arrivals.signal(0));
      toEnd(run);
      const back = run.handovers.filter((h) => h.cause === 'afschaling');
      return { back, known, run };
    };
    const today = afschaling();
    expect(today.back.map(brief)).toEqual(['guardian>LT afschaling cold']);
    const embedded = afschaling({ reforms: { guardianInLocalTeam: { enabled: true } } });
    expect(embedded.back.map(brief)).toEqual(['guardian>LT afschaling warm']);
    expect(embedded.run.family.knownLocalTeamWorker).toBe(embedded.known);
    // prompt: at the end of the measure (456), not after the gap (466)
    expect(embedded.back[0]!.at).toBe(456);
    expect(today.back[0]!.at).toBe(466);
  });

  it('one organisation: a new face is still a new face, so its handovers are cold', () => {
    const run = startOneFamily(pathScenario({ reforms: { oneOrganisation: { enabled: true } } }));
    toEnd(run);
    expect(run.handovers.slice(0, 2).map(brief)).toEqual(['LT>RvdK structural cold', 'RvdK>guardian structural cold']);
    expect(run.waits().JBT).toBeUndefined(); // no table
  });

  it('long involvement: a guardian takes the family on at escalation and stays to closure: one handover', () => {
    const run = startOneFamily(pathScenario({ reforms: { longInvolvement: { enabled: true } } }));
    toEnd(run);
    expect(run.handovers.map(brief)).toEqual(['LT>guardian structural cold']);
    // the investigator is met beside the guardian, never responsible
    expect(run.handovers.some((h) => h.to === 'RvdK')).toBe(false);
    expect(run.waits().GI).toEqual([0]);
  });
});

describe('turnover', () => {
  it('solo: a guardian who leaves mid-measure hands over cold, and the measure loses progress', () => {
    for (const loss of [0, 30, 75]) {
      const run = startOneFamily(pathScenario(TWO_GUARDIANS, { guardians: { coldHandoverProgressLossDays: loss } }));
      const pos = inMeasure(run);
      run.chain.sim.schedule(100, () => pos.team.depart(pos));
      runUntil(run.chain, () => run.family.measure === null);
      expect(run.handovers.filter((h) => h.cause === 'turnover').map(brief)).toEqual(['guardian>guardian turnover cold']);
      expect(run.family.guardianChanges).toBe(1);
      expect(run.family.measureDays).toBe(365 + loss);
    }
  });

  it('duo: the partner takes over warm, and no progress is lost', () => {
    const run = startOneFamily(pathScenario(TWO_GUARDIANS, DUOS, { guardians: { coldHandoverProgressLossDays: 30 } }));
    const pos = inMeasure(run);
    expect(run.family.knows(pos.partner!.person!)).toBe(true); // met at the start
    run.chain.sim.schedule(100, () => pos.team.depart(pos));
    runUntil(run.chain, () => run.family.measure === null);
    expect(run.handovers.filter((h) => h.cause === 'turnover').map(brief)).toEqual(['guardian>guardian turnover warm']);
    expect(run.family.measureDays).toBe(365);
  });

  it('a family waiting after its guardian left has days without a professional, and the next guardian is cold', () => {
    // one guardian: nobody to take over until the vacancy is filled (30 days)
    const run = startOneFamily(pathScenario({ guardians: { recruitmentDays: { kind: 'deterministic', value: 30 }, inductionDays: 0 } }));
    const pos = inMeasure(run);
    let before = 0;
    run.chain.sim.schedule(100, () => {
      before = run.family.daysWithoutProfessionalAt(run.chain.sim.now);
      pos.team.depart(pos);
    });
    runUntil(run.chain, () => run.family.guardianChanges === 1);
    expect(run.chain.sim.now).toBe(91 + 100 + 30);
    expect(run.family.daysWithoutProfessionalAt(run.chain.sim.now) - before).toBe(30);
    expect(run.handovers.at(-1)).toMatchObject({ from: 'guardian', to: 'guardian', kind: 'cold', cause: 'turnover' });
  });
});

describe('absence', () => {
  const ILL = { guardians: { sickDays: { kind: 'deterministic', value: 40 }, replacementPoolShare: 1 } };

  it("solo: a replacement covers cold, and the guardian's return is warm; no progress is lost", () => {
    const run = startOneFamily(pathScenario(ILL));
    const pos = inMeasure(run);
    run.chain.sim.schedule(100, () => pos.team.fallIll(pos));
    runUntil(run.chain, () => run.family.measure === null);
    expect(run.handovers.filter((h) => h.cause === 'absence').map(brief)).toEqual([
      'guardian>replacement absence cold',
      'replacement>guardian absence warm',
    ]);
    expect(run.handovers.find((h) => h.to === 'replacement')!.at).toBe(191);
    expect(run.handovers.find((h) => h.from === 'replacement')!.at).toBe(231);
    expect(run.family.guardianChanges).toBe(0);
    expect(run.family.measureDays).toBe(365);
  });

  it('duo: the partner covers warm, and the return is warm', () => {
    const run = startOneFamily(pathScenario(ILL, TWO_GUARDIANS, DUOS));
    const pos = inMeasure(run);
    run.chain.sim.schedule(100, () => pos.team.fallIll(pos));
    runUntil(run.chain, () => run.family.measure === null);
    expect(run.handovers.filter((h) => h.cause === 'absence').map(brief)).toEqual([
      'guardian>guardian absence warm',
      'guardian>guardian absence warm',
    ]);
  });

  it('nobody in the pool: the family has nobody, and its visits stop until the guardian is back', () => {
    const run = startOneFamily(pathScenario({ guardians: { sickDays: { kind: 'deterministic', value: 40 }, replacementPoolShare: 0 } }));
    const pos = inMeasure(run);
    let contacts = 0;
    let before = 0;
    run.chain.sim.schedule(100, () => {
      run.chain.visits.catchUp(run.family, run.chain.sim.now);
      contacts = run.family.contacts;
      before = run.family.daysWithoutProfessionalAt(run.chain.sim.now);
      pos.team.fallIll(pos);
    });
    run.chain.sim.schedule(139, () => {
      run.chain.visits.catchUp(run.family, run.chain.sim.now);
      expect(run.family.contacts).toBe(contacts);
      expect(run.family.responsible).toBeNull();
    });
    runUntil(run.chain, () => run.family.measure === null);
    expect(run.family.daysWithoutProfessionalAt(run.chain.sim.now) - before).toBe(40);
    // back after 40 days: the same person as before nobody, so no handover at all
    expect(run.handovers.filter((h) => h.cause === 'absence').map(brief)).toEqual([]);
    expect(run.family.responsible).toBeNull(); // the measure is over: nobody until the local team
  });

  it('a family placed with a guardian while the only other was ill meets the returning guardian as a new face', () => {
    // both guardians ill before the ruling: the family waits; the first back takes it (no replacement)
    const run = startOneFamily(
      pathScenario(TWO_GUARDIANS, { guardians: { sickDays: { kind: 'deterministic', value: 40 }, replacementPoolShare: 0 } }),
    );
    run.chain.sim.run(80);
    for (const pos of run.chain.institutions[0]!.positions) pos.team.fallIll(pos);
    runUntil(run.chain, () => run.waits().GI !== undefined);
    expect(run.chain.sim.now).toBe(120);
    expect(run.waits().GI).toEqual([120 - 91]);
    expect(run.handovers.at(-1)).toMatchObject({ from: 'RvdK', to: 'guardian', kind: 'cold', cause: 'structural' });
  });
});

describe('progress lost to cold changes', () => {
  it('a measure without a guardian change lasts exactly its period', () => {
    const run = startOneFamily(pathScenario({ guardians: { coldHandoverProgressLossDays: 30 } }));
    runUntil(run.chain, () => run.family.measureDays > 0);
    expect(run.family.measureDays).toBe(365);
  });
});
