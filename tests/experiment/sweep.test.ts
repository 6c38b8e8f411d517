import { describe, expect, it } from 'vitest';
import { gridPoints, parseVary } from '../../src/experiment/sweep.js';
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
