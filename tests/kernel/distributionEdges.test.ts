// The distributions' and errors' edges: each bad parameter named in its error, degenerate ranges
// that are valid, an empirical distribution that owns its values and reaches its last value for
// a draw just below 1 however its weights round, and the errors' names and messages.

import { describe, expect, it } from 'vitest';
import {
  Empirical,
  KernelInputError,
  KernelStateError,
  RandomStreams,
  Tally,
  Triangular,
  Uniform,
  type Stream,
} from '../../src/kernel/index.js';

/** A stream that returns the given numbers in turn. */
const fixed = (...xs: number[]): Stream => {
  let i = 0;
  return { next: () => xs[i++ % xs.length]!, nextOpen: () => xs[i++ % xs.length]! } as unknown as Stream;
};

describe('parameters named in their errors', () => {
  it.each([
    [() => new Triangular(Number.NaN, 1, 2), 'triangular.min = NaN: expected a finite number'],
    [() => new Triangular(0, Number.NaN, 2), 'triangular.mode = NaN: expected a finite number'],
    [() => new Triangular(0, 1, Number.POSITIVE_INFINITY), 'triangular.max = Infinity: expected a finite number'],
    [() => new Triangular(5, 3, 10), 'expected min ≤ mode ≤ max and min < max'],
    [() => new Triangular(0, 12, 10), 'expected min ≤ mode ≤ max and min < max'],
    [() => new Triangular(4, 4, 4), 'expected min ≤ mode ≤ max and min < max'],
    [() => new Uniform(Number.NaN, 2), 'uniform.min = NaN: expected a finite number'],
    [() => new Uniform(0, Number.NaN), 'uniform.max = NaN: expected a finite number'],
    [() => new Uniform(3, 2), 'expected min ≤ max'],
    [() => new Empirical([]), 'empirical.values = []: expected a non-empty list of numbers'],
  ])('%#', (make, message) => {
    expect(make).toThrow(KernelInputError);
    expect(make).toThrow(message);
  });
});

describe('valid edges', () => {
  it('a uniform distribution over one point is that point', () => {
    const u = new Uniform(3, 3);
    expect(u.sample(fixed(0.25, 0.75))).toBe(3);
    expect(u.mean).toBe(3);
    expect(u.variance).toBe(0);
  });

  it('a triangular distribution draws below the mode with probability (mode − min) ÷ (max − min)', () => {
    const t = new Triangular(0, 2, 10);
    // f = 0.2: a draw just below it lands below the mode, one at it at the mode
    expect(t.sample(fixed(0.19))).toBeLessThan(2);
    expect(t.sample(fixed(0.2))).toBeCloseTo(2, 12);
    expect(t.sample(fixed(0.21))).toBeGreaterThan(2);
  });
});

describe('an empirical distribution', () => {
  it('keeps its own copy of the values', () => {
    const values = [1, 2];
    const e = new Empirical(values);
    values[0] = 99;
    expect(e.values).toEqual([1, 2]);
    expect(e.sample(fixed(0.1))).toBe(1);
  });

  it('reaches its last value for a draw just below 1, even when its weights sum to less than 1 in floating point', () => {
    // seven weights of 3: the running sum of 3/21 ends at 0.9999999999999998
    const e = new Empirical([1, 2, 3, 4, 5, 6, 7], [3, 3, 3, 3, 3, 3, 3]);
    expect(e.sample(fixed(1 - 2 ** -53))).toBe(7);
    expect(e.sample(fixed(0))).toBe(1);
  });
});

describe('kernel errors', () => {
  it('carry their names, the parameter and the value', () => {
    const input = new KernelInputError('rate', -1, 'a finite number ≥ 0');
    expect(input.name).toBe('KernelInputError');
    expect(input.parameter).toBe('rate');
    expect(input.value).toBe(-1);
    expect(input.message).toBe('rate = -1: expected a finite number ≥ 0');
    expect(new KernelStateError('twice').name).toBe('KernelStateError');
  });

  it('write a value JSON cannot, as text', () => {
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    expect(new KernelInputError('spec', circular, 'plain data').message).toBe('spec = [object Object]: expected plain data');
    expect(new KernelInputError('spec', { a: 1 }, 'x').message).toBe('spec = {"a":1}: expected x');
    expect(new KernelInputError('f', undefined, 'x').message).toBe('f = undefined: expected x');
  });
});

describe('streams and tallies', () => {
  it('nextOpen draws again on an exact 0, so a logarithm of it is always finite', () => {
    const stream = new RandomStreams(1, 0).stream('open');
    const draws = [0, 0, 0.25];
    (stream as unknown as { prng: () => number }).prng = () => draws.shift()!;
    expect(stream.nextOpen()).toBe(0.25);
  });

  it('a replication number must be a whole number ≥ 0, and says so', () => {
    expect(() => new RandomStreams(1, -1)).toThrow('replication = -1: expected a whole number ≥ 0');
    expect(() => new RandomStreams(1, 0.5)).toThrow('replication = 0.5: expected a whole number ≥ 0');
  });

  it('a tally that keeps no values resets, and one that does forgets them', () => {
    const plain = new Tally();
    plain.add(3);
    plain.reset();
    expect([plain.n, plain.min, plain.max, plain.values]).toEqual([0, Infinity, -Infinity, null]);
    const kept = new Tally(true);
    kept.add(3);
    kept.add(5);
    kept.reset();
    expect(kept.values).toEqual([]);
  });
});
