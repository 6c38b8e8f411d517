// Each reform moves the figure its mechanism acts on, in the direction the domain brief says,
// on common random numbers (same seed and replications on both sides).

import { describe, expect, it } from 'vitest';
import { Chain } from '../../src/model/chain.js';
import type { ReplicationResult } from '../../src/model/index.js';
import type { ValueCounts } from '../../src/statistics/index.js';
import { SHORT, mean, pooledMean, replications, scenario, sum } from './helpers.js';

const REPS = 3;
let todayRuns: ReplicationResult[] | null = null;
/** The baseline's replications, run once for the whole file. */
const baseline = () => (todayRuns ??= replications(scenario(SHORT), REPS));
const familyMean = (runs: ReplicationResult[], pick: (r: ReplicationResult) => ValueCounts) => pooledMean(runs, pick);

describe('guardians\' time', () => {
  it('a lower admin share shortens the visit interval', () => {
    const today = baseline();
    const less = replications(scenario(SHORT, { guardians: { adminShare: 0.2 } }), REPS);
    const before = familyMean(today, (r) => r.families.visitIntervalDays);
    const after = familyMean(less, (r) => r.families.visitIntervalDays);
    expect(after).toBeLessThan(0.85 * before);
    expect(familyMean(less, (r) => r.families.contactsPerMonth)).toBeGreaterThan(familyMean(today, (r) => r.families.contactsPerMonth));
  });

  it('the visit interval follows from the caseload and the contact hours', () => {
    const s = scenario(SHORT, { guardians: { hoursPerWeek: 36, adminShare: 0.4, indirectCaseworkShare: 0.35, hoursPerVisit: 4 } });
    const chain = new Chain(s, 1, 0);
    const pos = chain.institutions[0].positions[0];
    // 9 contact hours a week, 4 hours a visit: 9 families are visited every 4 weeks
    for (let i = 0; i < 9; i++) pos.cases.push({ key: -i, weight: 1, position: pos, waitingSince: 0, onWaitingList: false });
    expect(chain.contactHoursPerWeek(pos)).toBeCloseTo(9, 9);
    expect(chain.visitIntervalDays(pos)).toBeCloseTo(28, 9);
    expect(chain.guardianPressure(pos)).toBeCloseTo(1, 9);
  });
});

describe('reforms', () => {
  it('self-delivered help lowers the professionals a family meets, and at once', () => {
    const today = baseline();
    const self = replications(scenario(SHORT, { providers: { selfDeliveredShare: 0.8 } }), REPS);
    expect(familyMean(self, (r) => r.families.professionalsPerFamily)).toBeLessThan(familyMean(today, (r) => r.families.professionalsPerFamily) - 1);
    expect(familyMean(self, (r) => r.families.maxProfessionalsAtOnce)).toBeLessThan(familyMean(today, (r) => r.families.maxProfessionalsAtOnce));
  });

  it('prevention lowers the number of measures started', () => {
    const today = baseline();
    const prevention = replications(scenario(SHORT, { reforms: { prevention: { enabled: true } } }), REPS);
    expect(sum(prevention.map((r) => r.system.measuresStarted))).toBeLessThan(0.9 * sum(today.map((r) => r.system.measuresStarted)));
    // while more families are signalled (earlier)
    expect(sum(prevention.map((r) => r.system.familiesArrived))).toBeGreaterThan(sum(today.map((r) => r.system.familiesArrived)));
  });

  it('a guardian in the local team lowers escalations to the JBT', () => {
    const today = baseline();
    const embedded = replications(scenario(SHORT, { reforms: { guardianInLocalTeam: { enabled: true } } }), REPS);
    expect(sum(embedded.map((r) => r.system.escalationsToJBT))).toBeLessThan(0.9 * sum(today.map((r) => r.system.escalationsToJBT)));
  });

  it('long involvement lowers the professionals a family meets', () => {
    const today = baseline();
    const long = replications(scenario(SHORT, { reforms: { longInvolvement: { enabled: true } } }), REPS);
    expect(familyMean(long, (r) => r.families.professionalsPerFamily)).toBeLessThan(familyMean(today, (r) => r.families.professionalsPerFamily) - 0.5);
    expect(familyMean(long, (r) => r.families.coldHandoversPerFamily)).toBeLessThan(familyMean(today, (r) => r.families.coldHandoversPerFamily));
  });

  it('a lower caseload cap with the same positions gives smaller caseloads and a longer waiting list', () => {
    const today = baseline();
    const lower = replications(scenario(SHORT, { guardians: { caseloadCapChildren: 10 } }), REPS);
    expect(mean(lower.map((r) => r.system.guardianCaseloadChildren))).toBeLessThanOrEqual(10);
    expect(mean(lower.map((r) => r.system.childrenWithoutGuardian))).toBeGreaterThan(mean(today.map((r) => r.system.childrenWithoutGuardian)));
  });
});
