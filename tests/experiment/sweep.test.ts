import { describe, expect, it } from 'vitest';
import { checkHold, gridPoints, heldOf, holdOverrides, parseVary } from '../../src/experiment/sweep.js';
import { loadScenarioText } from '../../src/node/scenarioFiles.js';
import { scenarioDefaults } from '../../src/scenario/load.js';
import { nextReplications, precisionFloor } from '../../src/experiment/experiment.js';
import { UserError } from '../../src/userError.js';

describe('--vary', () => {
  it('reads an inclusive range and a list', () => {
    expect(parseVary('guardians.caseloadCapChildren=10:20:2').values).toEqual([10, 12, 14, 16, 18, 20]);
    expect(parseVary('guardians.adminShare=0.1:0.4:0.1').values).toEqual([0.1, 0.2, 0.3, 0.4]);
    expect(parseVary('x=20:10:-5').values).toEqual([20, 15, 10]);
    expect(parseVary('x=3, 1,2').values).toEqual([3, 1, 2]);
  });
  it.each(['x', 'x=', 'x=1:2', 'x=1:5:0', 'x=1:5:-1', 'x=a,b', 'x=1,1', 'x=0:1000:1'])('refuses %s', (text) => {
    expect(() => parseVary(text)).toThrow(UserError);
  });
  it('makes a grid, first parameter slowest', () => {
    expect(gridPoints([parseVary('a=1,2'), parseVary('b=5,6,7')])).toEqual([
      { a: 1, b: 5 },
      { a: 1, b: 6 },
      { a: 1, b: 7 },
      { a: 2, b: 5 },
      { a: 2, b: 6 },
      { a: 2, b: 7 },
    ]);
  });
});

describe('--hold', () => {
  const cap = [parseVary('guardians.caseloadCapChildren=12,18,24')];

  it('holds the positions by default when the caseload cap varies, and has nothing to hold otherwise', () => {
    expect(checkHold(undefined, cap)).toBe('positions');
    expect(checkHold(undefined, [parseVary('guardians.adminShare=0.2,0.3')])).toBeNull();
    expect(checkHold('capacity', cap)).toBe('capacity');
  });

  it('refuses a hold it cannot honour, with the choices named', () => {
    expect(() => checkHold('capacity', [parseVary('guardians.adminShare=0.2,0.3')])).toThrow(UserError);
    expect(() => checkHold('budget', cap)).toThrow(/not something a sweep can hold/);
    // positions are FTE here: "fte" would be read either way, so it is refused with both meanings
    expect(() => checkHold('fte', cap)).toThrow(UserError);
    try {
      checkHold('fte', cap);
    } catch (err) {
      expect((err as UserError).diagnostics[0]!.hint).toMatch(/--hold positions .*--hold capacity/);
    }
  });

  it('keeps cap × positions with capacity: every institution scaled by old cap ÷ new cap', () => {
    const base = scenarioDefaults();
    const positions = base.gi.institutions.map((i) => i.guardianPositions);
    expect(base.guardians.caseloadCapChildren).toBe(18);
    expect(holdOverrides('positions', base, { 'guardians.caseloadCapChildren': 12 })).toEqual([]);
    expect(holdOverrides('capacity', base, { 'guardians.caseloadCapChildren': 12 })).toEqual(
      positions.map((p, i) => `gi.institutions[${i}].guardianPositions=${Math.round((p * 18) / 12)}`),
    );
    // the overrides load as a scenario whose capacity is (to rounding) the baseline's
    const scaled = loadScenarioText(`name: s\nguardians: { caseloadCapChildren: 12 }\n`, 'held.yaml', {
      overrides: holdOverrides('capacity', base, { 'guardians.caseloadCapChildren': 12 }),
    }).scenario;
    const held = heldOf('capacity', [base, scaled]);
    expect(held.guardianPositions[1]).toBeGreaterThan(held.guardianPositions[0]!);
    expect(Math.abs(held.capacityChildren[1]! - held.capacityChildren[0]!)).toBeLessThanOrEqual(12 * base.gi.institutions.length);
  });
});

describe('precision rounds', () => {
  const target = { relativeHalfWidth: 0.05, maxReplications: 200 };
  it('asks for the count the widest interval needs, at least a batch more, at most double', () => {
    // the second argument: how many times too wide the widest interval is
    expect(nextReplications(30, 1.2, target)).toBe(44); // 30 × 1.2² = 43.2
    expect(nextReplications(30, 1.02, target)).toBe(40);
    expect(nextReplications(30, 10, target)).toBe(60);
    expect(nextReplications(150, 10, target)).toBe(200);
    expect(nextReplications(30, Infinity, target)).toBe(60);
  });

  it('allows a floor where a share of the mean is meaningless', () => {
    expect(precisionFloor('waitDays.LT')).toBe(1);
    expect(precisionFloor('timeToGuardianDays')).toBe(1);
    expect(precisionFloor('coldHandoversPerFamily')).toBe(0.02);
    expect(precisionFloor('childrenWithoutGuardian')).toBe(0.5);
  });
});
