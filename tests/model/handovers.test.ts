// Handovers: when a family gets a new face (cold) or a known one (warm), and what a cold guardian
// change costs. One family on a fixed path shows each rule exactly; whole runs show that the
// reforms that promise warm handovers deliver them.

import { describe, expect, it } from 'vitest';
import type { Position } from '../../src/model/caseload.js';
import { EVEN_INSTITUTIONS, SHORT, oneFamilyScenario, pooledMean, replications, runUntil, scenario, startOneFamily, traces, type OneFamily } from './helpers.js';

/** Runs the one family into its measure, makes its guardian leave `afterDays` later, runs to the measure's end. */
function guardianLeavesDuringMeasure(run: OneFamily, afterDays: number): void {
  const { chain, family } = run;
  runUntil(chain, () => family.inMeasure);
  expect(family.inMeasure).toBe(true);
  const pos: Position = family.guardianCase!.position!;
  chain.sim.schedule(afterDays, () => {
    if (pos.departure !== null) chain.sim.cancel(pos.departure);
    pos.team.depart(pos);
  });
  runUntil(chain, () => family.measureDays > 0);
}

describe('a cold guardian change costs progress', () => {
  it('a measure without a guardian change lasts exactly its period', () => {
    const run = startOneFamily(oneFamilyScenario({ guardians: { coldHandoverProgressLossDays: 30 } }));
    runUntil(run.chain, () => run.family.measureDays > 0);
    expect(run.family.measureDays).toBeCloseTo(365, 9);
    expect(run.family.guardianChanges).toBe(0);
  });

  it('a guardian leaving mid-measure (solo) is a cold change that extends the measure by coldHandoverProgressLossDays', () => {
    for (const loss of [0, 30, 75]) {
      const run = startOneFamily(oneFamilyScenario({ guardians: { coldHandoverProgressLossDays: loss } }));
      guardianLeavesDuringMeasure(run, 100);
      expect(run.family.guardianChanges).toBe(1);
      expect(run.family.measureDays).toBeCloseTo(365 + loss, 9);
      const change = run.handovers.filter((h) => h.from === 'guardian' && h.to === 'guardian');
      expect(change).toEqual([expect.objectContaining({ kind: 'cold' })]);
    }
  });

  it('with duos the partner takes over: a warm change, and no progress lost', () => {
    const run = startOneFamily(oneFamilyScenario({ guardians: { coldHandoverProgressLossDays: 30 }, reforms: { guardianDuos: { enabled: true } } }));
    guardianLeavesDuringMeasure(run, 100);
    expect(run.family.guardianChanges).toBe(1);
    expect(run.family.measureDays).toBeCloseTo(365, 9);
    const change = run.handovers.filter((h) => h.from === 'guardian' && h.to === 'guardian');
    expect(change).toEqual([expect.objectContaining({ kind: 'warm' })]);
  });
});

describe('guardian duos', () => {
  const base = { ...SHORT, ...EVEN_INSTITUTIONS, guardians: { turnoverRatePerYear: 0.3 } };

  const changeKinds = (...over: Record<string, unknown>[]) => {
    let cold = 0;
    let warm = 0;
    for (const t of traces(scenario(base, ...over), 2)) {
      for (const e of t.events) {
        if (e.activity === 'guardian change (cold)') cold++;
        else if (e.activity === 'guardian change (warm)') warm++;
      }
    }
    return { cold, warm, warmShare: warm / (cold + warm) };
  };
  const duos = { reforms: { guardianDuos: { enabled: true } } };

  it('turn guardian changes caused by departures into warm handovers', () => {
    // Vacancies filled at once and nobody ill: a partner is always there, so every change is warm.
    // (A partner on sick leave is covered by a replacement, a stranger: see review.test.ts.)
    const immediate = { guardians: { recruitmentDays: { kind: 'deterministic', value: 0 }, sickEpisodesPerYear: 0 } };
    const solo = changeKinds(immediate);
    const duo = changeKinds(immediate, duos);
    expect(solo.cold + solo.warm).toBeGreaterThan(50);
    expect(duo.cold + duo.warm).toBeGreaterThan(50);
    expect(solo.warmShare).toBeLessThan(0.1); // a new guardian is nearly always a stranger
    expect(duo.cold).toBe(0);
  });

  it('still warm most changes when vacancies take months to fill', () => {
    // Cold only when both partners are gone; the partner carrying a vacant half has more
    // families and more pressure, so that happens more often than the vacancy rate alone suggests.
    const solo = changeKinds();
    const duo = changeKinds(duos);
    expect(solo.warmShare).toBeLessThan(0.1);
    expect(duo.warmShare).toBeGreaterThan(0.6);
  });

  it('lower cold handovers per family than solo guardians on common random numbers', () => {
    const solo = replications(scenario(base), 3);
    const duo = replications(scenario(base, { reforms: { guardianDuos: { enabled: true } } }), 3);
    const coldSolo = pooledMean(solo, (r) => r.families.coldHandoversPerFamily);
    const coldDuo = pooledMean(duo, (r) => r.families.coldHandoversPerFamily);
    const changes = pooledMean(solo, (r) => r.families.guardianChangesPerFamily);
    expect(changes).toBeGreaterThan(0.2);
    // most of the solo guardian changes become warm
    expect(coldSolo - coldDuo).toBeGreaterThan(0.5 * changes);
  });
});

describe('one organisation', () => {
  const one = { reforms: { oneOrganisation: { enabled: true } } };

  it('makes the handover from the local team to the investigation warm (and is cold today)', () => {
    const today = startOneFamily(oneFamilyScenario());
    runUntil(today.chain, () => today.family.measureDays > 0);
    const reformed = startOneFamily(oneFamilyScenario(one));
    runUntil(reformed.chain, () => reformed.family.measureDays > 0);
    const ltToRvdk = (run: OneFamily) => run.handovers.filter((h) => h.from === 'LT' && h.to === 'RvdK');
    expect(ltToRvdk(today)).toEqual([expect.objectContaining({ kind: 'cold' })]);
    expect(ltToRvdk(reformed)).toEqual([expect.objectContaining({ kind: 'warm' })]);
    // and the guardian who takes over from the investigator is a colleague too
    expect(reformed.handovers.filter((h) => h.to === 'guardian').every((h) => h.kind === 'warm')).toBe(true);
    expect(today.family.waits.JBT?.length).toBe(1);
    expect(reformed.family.waits.JBT).toBeUndefined();
  });

  it('has no JBT waits in a whole run', () => {
    const runs = replications(scenario(SHORT, one), 2);
    for (const r of runs) {
      expect(r.families.waitDays.JBT.n).toBe(0);
      expect(r.families.waitDays.RvdK.n).toBeGreaterThan(0);
    }
  });
});

describe('guardian in the local team', () => {
  const embedded = { reforms: { guardianInLocalTeam: { enabled: true } } };

  it('removes the afschaling gap: the local team takes over the day the measure ends', () => {
    const gaps = (s: ReturnType<typeof scenario>) => {
      const out: number[] = [];
      for (const t of traces(s, 1)) {
        const byCase = new Map<number, typeof t.events>();
        for (const e of t.events) (byCase.get(e.caseId) ?? byCase.set(e.caseId, []).get(e.caseId)!).push(e);
        for (const events of byCase.values()) {
          events.forEach((e, i) => {
            if (e.activity === 'measure ends' && events[i + 1]?.activity === 'afschaling') out.push(events[i + 1].timeDays - e.timeDays);
          });
        }
      }
      return out;
    };
    const today = gaps(scenario(SHORT));
    const reformed = gaps(scenario(SHORT, embedded));
    expect(today.length).toBeGreaterThan(10);
    expect(reformed.length).toBeGreaterThan(10);
    expect(today.filter((g) => g > 0).length).toBe(today.length);
    expect(reformed.every((g) => g === 0)).toBe(true);
  });

  it('makes the afschaling handover warm for one family', () => {
    const run = startOneFamily(oneFamilyScenario(embedded));
    runUntil(run.chain, () => run.family.measureDays > 0 && run.family.ltCase?.position != null);
    const back = run.handovers.filter((h) => h.from === 'guardian' && h.to === 'LT');
    expect(back).toEqual([expect.objectContaining({ kind: 'warm' })]);
  });
});
