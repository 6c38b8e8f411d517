// The reform modules (src/model/reforms/): each turns its settings into named effects, and the
// composition folds the effects of every enabled reform (factors multiply, chances combine,
// switches add up, values that replace a parameter come from one reform only). The plan applies
// them once: the cap, the positions, the admin share.

import { describe, expect, it } from 'vitest';
import { chainPlan } from '../../src/model/plan.js';
import { composeReforms, costOnlyParameter, REFORMS, reformEnabled, reformOfPath, type ReformKey } from '../../src/model/reforms/index.js';
import { Chain } from '../../src/model/chain.js';
import type { ReformModule } from '../../src/model/reforms/types.js';
import { SEED, SHORT, scenario } from './helpers.js';

const only = (key: ReformKey, settings: Record<string, unknown> = {}) =>
  composeReforms(scenario({ reforms: { [key]: { enabled: true, ...settings } } }));

describe('each reform module', () => {
  it('nothing enabled: the chain as it is', () => {
    expect(composeReforms(scenario())).toEqual({
      enabled: [],
      signalRateFactor: 1,
      needFactor: 1,
      voluntaryComeForward: 1,
      skipsVeiligThuis: false,
      intakeStaffShare: 1,
      skipsTable: false,
      escalationAverted: 0,
      guardianFromEscalation: false,
      afschalingToKnownWorker: false,
      adminShare: null,
      adminSupportShareOfSavedHours: 0,
      guardianHoursPerWeekElsewhere: 0,
      guardianPositionsFactor: 1,
      caseloadCap: null,
      duos: null,
      selfDelivered: null,
      fixedCostPerYearEuro: 0,
    });
  });

  it('guardian duos: the coordination time and the carry limit', () => {
    const r = only('guardianDuos', { coordinationHoursPerFamilyPerMonth: 0.7, partnerCarryLimitShare: 1.4 });
    expect(r.enabled).toEqual(['guardianDuos']);
    expect(r.duos).toEqual({ coordinationHoursPerFamilyPerMonth: 0.7, partnerCarryLimitShare: 1.4 });
  });

  it('guardian in the local team: advice that averts escalations, prompt afschaling, hours away', () => {
    const r = only('guardianInLocalTeam', { escalationReduction: 0.3, hoursPerWeek: 3 });
    expect(r.escalationAverted).toBeCloseTo(0.3, 12);
    expect(r).toMatchObject({ afschalingToKnownWorker: true, guardianHoursPerWeekElsewhere: 3 });
  });

  it('less administration: the admin share and the support staff it takes', () => {
    expect(only('lessAdmin', { adminShare: 0.2, supportShareOfSavedHours: 0.4 })).toMatchObject({
      adminShare: 0.2,
      adminSupportShareOfSavedHours: 0.4,
    });
  });

  it('a lower caseload: the cap, and the positions that grow with it', () => {
    expect(only('lowerCaseload', { caseloadCapChildren: 12, keepCapacity: false }).caseloadCap).toEqual({
      children: 12,
      keepCapacity: false,
    });
    const base = scenario();
    const plan = chainPlan(scenario({ reforms: { lowerCaseload: { enabled: true, caseloadCapChildren: 12, keepCapacity: true } } }));
    expect(plan.guardianCap).toBe(12);
    const grow = base.guardians.caseloadCapChildren / 12;
    expect(plan.institutions.map((i) => i.positions)).toEqual(base.gi.institutions.map((i) => Math.round(i.guardianPositions * grow)));
    const same = chainPlan(scenario({ reforms: { lowerCaseload: { enabled: true, caseloadCapChildren: 12, keepCapacity: false } } }));
    expect(same.institutions.map((i) => i.positions)).toEqual(base.gi.institutions.map((i) => i.guardianPositions));
  });

  it('self-delivered help: the share and the hours a domain takes', () => {
    expect(only('selfDeliveredHelp', { share: 0.3, hoursPerWeekPerDomain: 1.5 }).selfDelivered).toEqual({
      share: 0.3,
      hoursPerWeekPerDomain: 1.5,
    });
    const plan = chainPlan(
      scenario({
        localTeam: { hoursPerWeek: 36, caseloadCapFamilies: 24 },
        reforms: { selfDeliveredHelp: { enabled: true, hoursPerWeekPerDomain: 1.5 } },
      }),
    );
    // 1.5 hours over a family's share of a worker's week (36 / 24 = 1.5 hours): one family's weight
    expect(plan.localTeamWeightPerSelfDomain).toBeCloseTo(1, 12);
    expect(chainPlan(scenario()).localTeamWeightPerSelfDomain).toBe(0);
  });

  it("prevention: more signals, less need, and the programme's cost per thousand young people", () => {
    const s = scenario({
      region: { municipalities: [{ name: 'A', youthPopulation: 20000, measuresPerThousandYouth: 7.7 }] },
      reforms: {
        prevention: { enabled: true, extraSignalsShare: 0.2, compulsoryNeedReduction: 0.3, programmeEuroPerThousandYouthPerYear: 1000 },
      },
    });
    expect(composeReforms(s)).toMatchObject({ signalRateFactor: 1.2, needFactor: 0.7, fixedCostPerYearEuro: 20_000 });
  });

  it('one organisation: no Veilig Thuis, no table, prompt afschaling, a higher threshold, its intake staffed', () => {
    expect(only('oneOrganisation', { voluntarySignalFactor: 0.8, intakeStaffShare: 0.6 })).toMatchObject({
      skipsVeiligThuis: true,
      skipsTable: true,
      afschalingToKnownWorker: true,
      voluntaryComeForward: 0.8,
      intakeStaffShare: 0.6,
    });
    expect(only('oneOrganisation', {})).toMatchObject({ intakeStaffShare: 1 });
    // a share of Veilig Thuis's staff from a reform that keeps Veilig Thuis's step changes nothing: its workers still triage
    const keepsStep: ReformModule = { key: 'oneOrganisation', effects: () => ({ intakeStaffShare: 0.5 }) } as unknown as ReformModule;
    const s = scenario({ reforms: { oneOrganisation: { enabled: true } } });
    expect(composeReforms(s, [keepsStep]).intakeStaffShare).toBe(1);
    const skipsStep: ReformModule = {
      key: 'oneOrganisation',
      effects: () => ({ intakeStaffShare: 0.5, skipsVeiligThuis: true }),
    } as unknown as ReformModule;
    expect(composeReforms(s, [skipsStep]).intakeStaffShare).toBe(0.5);
  });

  it('long involvement: a guardian from escalation on, and the guardian positions it adds', () => {
    const r = only('longInvolvement', { extraGuardianPositionsShare: 0.25 });
    expect(r.guardianFromEscalation).toBe(true);
    expect(r.guardianPositionsFactor).toBe(1.25);
  });

  it('every module is in the registry once, under its key', () => {
    const keys = REFORMS.map((m) => m.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.sort()).toEqual(Object.keys(scenario().reforms).sort());
  });
});

describe('the composition', () => {
  it('multiplies factors, combines chances, adds hours and costs, and switches on what any switches on', () => {
    const s = scenario({
      reforms: {
        guardianInLocalTeam: { enabled: true, escalationReduction: 0.2, hoursPerWeek: 2 },
        prevention: { enabled: true, compulsoryNeedReduction: 0.5, programmeEuroPerThousandYouthPerYear: 1000 },
        oneOrganisation: { enabled: true, voluntarySignalFactor: 0.9 },
      },
    });
    const r = composeReforms(s);
    expect(r.enabled).toEqual(['guardianInLocalTeam', 'prevention', 'oneOrganisation']);
    expect(r.needFactor).toBe(0.5);
    expect(r.voluntaryComeForward).toBe(0.9);
    expect(r.afschalingToKnownWorker).toBe(true);
    expect(r.skipsTable).toBe(true);
    expect(r.guardianHoursPerWeekElsewhere).toBe(2);
  });

  it('independent chances: averted by either of two', () => {
    const a: ReformModule = {
      key: 'guardianInLocalTeam',
      effects: () => ({ escalationAverted: 0.2, guardianHoursPerWeekElsewhere: 1, fixedCostPerYearEuro: 10, signalRateFactor: 2 }),
    };
    const b: ReformModule = {
      key: 'prevention',
      effects: () => ({ escalationAverted: 0.5, guardianHoursPerWeekElsewhere: 2, fixedCostPerYearEuro: 5, signalRateFactor: 1.5 }),
    };
    const s = scenario({ reforms: { guardianInLocalTeam: { enabled: true }, prevention: { enabled: true } } });
    const r = composeReforms(s, [a, b]);
    expect(r.escalationAverted).toBeCloseTo(1 - 0.8 * 0.5, 12);
    expect(r.guardianHoursPerWeekElsewhere).toBe(3);
    expect(r.fixedCostPerYearEuro).toBe(15);
    expect(r.signalRateFactor).toBe(3);
  });

  it('refuses two reforms that set one value', () => {
    const a: ReformModule = { key: 'lessAdmin', effects: () => ({ adminShare: 0.2 }) };
    const b: ReformModule = { key: 'guardianDuos', effects: () => ({ adminShare: 0.3 }) };
    const s = scenario({ reforms: { lessAdmin: { enabled: true }, guardianDuos: { enabled: true } } });
    expect(() => composeReforms(s, [a, b])).toThrow(/two reforms set adminShare/);
    // the same switch from two reforms is no conflict
    const c: ReformModule = { key: 'lessAdmin', effects: () => ({ skipsTable: true }) };
    const d: ReformModule = { key: 'guardianDuos', effects: () => ({ skipsTable: true }) };
    expect(composeReforms(s, [c, d]).skipsTable).toBe(true);
  });

  it('a reform the scenario does not mention is off', () => {
    const unknown = { key: 'familyConference', effects: () => ({ needFactor: 0.5 }) } as unknown as ReformModule;
    const r = composeReforms(scenario(), [unknown]);
    expect(r.enabled).toEqual([]);
    expect(r.needFactor).toBe(1);
  });

  it('reformEnabled: true only for a reform the model knows that the scenario has on', () => {
    const on = scenario({ reforms: { lessAdmin: { enabled: true } } });
    expect(reformEnabled(on, 'lessAdmin')).toBe(true);
    expect(reformEnabled(on, 'prevention')).toBe(false);
    // a key no reform has, even where the scenario's settings carry it switched on
    const odd = { ...on, reforms: { ...on.reforms, familyConference: { enabled: true } } } as typeof on;
    expect(reformEnabled(odd, 'familyConference')).toBe(false);
    // a reform the model knows that the settings leave out
    expect(reformEnabled({ ...on, reforms: {} } as unknown as typeof on, 'lessAdmin')).toBe(false);
  });

  it('reformOfPath: a parameter under reforms.<key>. belongs to that reform (the experiments vary it only where it is on)', () => {
    for (const m of REFORMS) expect(reformOfPath(`reforms.${m.key}.enabled`)).toBe(m.key);
    expect(reformOfPath('reforms.guardianDuos.partnerCarryLimitShare')).toBe('guardianDuos');
    expect(reformOfPath('reforms.oneOrganisation.intakeStaffShare')).toBe('oneOrganisation');
    // parameters of the chain itself belong to no reform: they vary in every scenario
    expect(reformOfPath('guardians.adminShare')).toBeUndefined();
    expect(reformOfPath('providers.perProblemDomain')).toBeUndefined();
    // only a path that begins with the reforms section, and names a parameter inside a reform
    expect(reformOfPath('costs.reforms.lessAdmin.perYear')).toBeUndefined();
    expect(reformOfPath('reforms.lessAdmin')).toBeUndefined();
  });

  it("less administration changes the plan's admin share; the scenario's otherwise", () => {
    expect(chainPlan(scenario({ reforms: { lessAdmin: { enabled: true, adminShare: 0.2 } } })).adminShare).toBe(0.2);
    expect(chainPlan(scenario({ guardians: { adminShare: 0.3 } })).adminShare).toBe(0.3);
  });
});

describe('parameters that set only costs', () => {
  const every = scenario();
  const paths = REFORMS.flatMap((m) =>
    Object.keys((every.reforms as unknown as Record<string, Record<string, unknown>>)[m.key]!)
      .filter((k) => k !== 'enabled')
      .map((k) => `reforms.${m.key}.${k}`),
  );

  it('are read from the modules: the programme, the support staff and the intake staff still paid, and nothing else', () => {
    expect(paths.filter((p) => costOnlyParameter(every, p)).sort()).toEqual([
      'reforms.lessAdmin.supportShareOfSavedHours',
      'reforms.oneOrganisation.intakeStaffShare',
      'reforms.prevention.programmeEuroPerThousandYouthPerYear',
    ]);
    expect(paths.length).toBeGreaterThan(10);
    // not a reform's parameter, or not one the model has
    expect(costOnlyParameter(every, 'guardians.adminShare')).toBe(false);
    expect(costOnlyParameter(every, 'reforms.prevention.noSuchThing')).toBe(false);
    expect(costOnlyParameter(every, 'reforms.familyConference.share')).toBe(false);
  });

  it('change no figure of the chain but its people and its cost', () => {
    // each with its reform on, at two values: every result is the same but the FTE and the euro
    const cases: [ReformKey, string, number, number][] = [
      ['lessAdmin', 'supportShareOfSavedHours', 0.5, 1],
      ['oneOrganisation', 'intakeStaffShare', 1, 0.5],
      ['prevention', 'programmeEuroPerThousandYouthPerYear', 4000, 9000],
    ];
    for (const [key, name, a, b] of cases) {
      const run = (value: number) => {
        const r = new Chain(scenario(SHORT, { reforms: { [key]: { enabled: true, [name]: value } } }), SEED, 0).run();
        const { fte, costPerYearEuro, ...system } = r.system;
        return { rest: { ...r, system }, fte, costPerYearEuro };
      };
      const [x, y] = [run(a), run(b)];
      expect(y.rest).toEqual(x.rest);
      expect(y.costPerYearEuro).not.toBe(x.costPerYearEuro);
    }
  });
});
