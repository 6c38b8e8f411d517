// The engine-independent exp, log, pow, sin and cos: within 1 ulp of the exact value (from
// mpmath at 200 bits, tests/kernel/math-reference.json, written by scripts/math-reference.py),
// ECMAScript's results for every special value, and the identities the model relies on.

import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cos, decimalExponent, exp, log, pow, powerOfTen, sin } from '../../src/kernel/math.js';

type Reference = {
  exp: [number, number][];
  log: [number, number][];
  sin: [number, number][];
  cos: [number, number][];
  pow: [number, number, number][];
};
const reference: Reference = JSON.parse(readFileSync(new URL('./math-reference.json', import.meta.url), 'utf8'));

const bits = new Float64Array(1);
const words = new BigInt64Array(bits.buffer);
/** Distance in units in the last place: how many doubles lie between a and b. */
function ulpsApart(a: number, b: number): number {
  if (Number.isNaN(a) || Number.isNaN(b)) return Number.isNaN(a) && Number.isNaN(b) ? 0 : Infinity;
  const ordinal = (x: number) => {
    bits[0] = x;
    const w = words[0]!;
    return w < 0n ? -(w & 0x7fffffffffffffffn) : w;
  };
  return Math.abs(Number(ordinal(a) - ordinal(b)));
}

const unary = { exp, log, sin, cos } as const;

describe('against values exact to 200 bits', () => {
  for (const name of Object.keys(unary) as (keyof typeof unary)[]) {
    it(`${name}: every result within 1 ulp, nearly all correctly rounded`, () => {
      const fn = unary[name];
      let exact = 0;
      for (const [x, want] of reference[name]) {
        const got = fn(x);
        expect(ulpsApart(got, want), `${name}(${x}) = ${got}, exact ${want}`).toBeLessThanOrEqual(1);
        if (got === want) exact++;
      }
      expect(reference[name].length).toBeGreaterThan(300);
      expect(exact / reference[name].length).toBeGreaterThan(0.85);
    });
  }

  it('pow: every result within 1 ulp, nearly all correctly rounded', () => {
    let exact = 0;
    for (const [x, y, want] of reference.pow) {
      const got = pow(x, y);
      expect(ulpsApart(got, want), `pow(${x}, ${y}) = ${got}, exact ${want}`).toBeLessThanOrEqual(1);
      if (got === want) exact++;
    }
    expect(exact / reference.pow.length).toBeGreaterThan(0.85);
  });
});

describe('special values as ECMAScript defines them', () => {
  const specials = [
    0,
    -0,
    Infinity,
    -Infinity,
    NaN,
    1,
    -1,
    5e-324,
    -5e-324,
    2.2250738585072014e-308,
    1.7976931348623157e308,
    -1.7976931348623157e308,
    709.782712893384,
    709.7827128933841,
    -745.1332191019411,
    -745.1332191019412,
    -708.4,
    1e-300,
    0.5,
    2,
    3,
  ];
  for (const name of Object.keys(unary) as (keyof typeof unary)[]) {
    it(`${name} of zeros, infinities, NaN and the overflow edges`, () => {
      const ref = Math[name];
      for (const x of specials) {
        const got = unary[name](x);
        const want = ref(x);
        if (!Number.isFinite(want) || want === 0 || !Number.isFinite(x)) expect(Object.is(got, want), `${name}(${x})`).toBe(true);
        else expect(ulpsApart(got, want), `${name}(${x})`).toBeLessThanOrEqual(1);
      }
    });
  }

  it('pow over every pair of special values', () => {
    const values = [...specials, -2, -0.5, 0.5, -3, 1.5, -1.5, 1023, 1024, -1074, -1075, 1e10, -1e10, 2 ** 53, 2 ** 53 + 2, 2 ** 31 + 1];
    for (const x of values) {
      for (const y of values) {
        const got = pow(x, y);
        const want = x ** y;
        if (!Number.isFinite(want) || want === 0) expect(Object.is(got, want), `pow(${x}, ${y}) = ${got}, ECMAScript ${want}`).toBe(true);
        else expect(ulpsApart(got, want), `pow(${x}, ${y}) = ${got}, ECMAScript ${want}`).toBeLessThanOrEqual(1);
      }
    }
  });
});

describe('a NaN by its bits', () => {
  it('pow takes a NaN whose payload is only in the low word for NaN, as base and as exponent', () => {
    // 0x7ff00000 00000001: the high word is that of ∞, so only the low word tells it from ∞ (the
    // NaN a program writes, 0x7ff80000 00000000, is told by its high word alone). Passed straight
    // to the functions: stored in an array of numbers, the engine would make it that usual NaN.
    const view = new DataView(new ArrayBuffer(8));
    view.setUint32(0, 0x7ff00000);
    view.setUint32(4, 1);
    const nan = view.getFloat64(0);
    expect(nan).toBeNaN();
    expect(pow(2, nan)).toBeNaN();
    expect(pow(0.5, nan)).toBeNaN();
    expect(pow(nan, 2.5)).toBeNaN();
    expect(pow(nan, 3)).toBeNaN();
    expect(pow(nan, -1.5)).toBeNaN();
    expect(pow(nan, 0)).toBe(1);
    expect(exp(nan)).toBeNaN();
    expect(log(nan)).toBeNaN();
    // a NaN with its sign bit set is NaN to exp, not 0 as −∞ is (both reach exp's test for ∞ and
    // NaN with the sign read as negative)
    view.setUint32(0, 0xfff80000);
    view.setUint32(4, 0);
    expect(exp(view.getFloat64(0))).toBeNaN();
  });
});

describe('identities', () => {
  const positive = fc.double({ min: 1e-300, max: 1e300, noNaN: true });
  it('log inverts exp and exp inverts log (to the rounding of the intermediate)', () => {
    fc.assert(
      fc.property(positive, (x) => {
        expect(Math.abs(exp(log(x)) - x) / x).toBeLessThan(Math.abs(log(x)) * 2.3e-16 + 2.3e-16);
      }),
    );
    fc.assert(
      fc.property(fc.double({ min: -700, max: 700, noNaN: true }), (x) => {
        expect(Math.abs(log(exp(x)) - x)).toBeLessThanOrEqual(2.3e-16 * Math.max(1, Math.abs(x)));
      }),
    );
  });

  it('sin² + cos² = 1 and the quarter-turn shifts', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), (x) => {
        const s = sin(x);
        const c = cos(x);
        expect(Math.abs(s * s + c * c - 1)).toBeLessThan(4.5e-16);
      }),
    );
    fc.assert(
      fc.property(fc.double({ min: -100, max: 100, noNaN: true }), (x) => {
        expect(Math.abs(cos(x) - sin(x + Math.PI / 2))).toBeLessThan(1e-14 * Math.max(1, Math.abs(x)));
      }),
    );
  });

  it('pow with a whole exponent agrees with repeated multiplication; with y = 1/n it inverts x^n', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 100, noNaN: true }), fc.integer({ min: 1, max: 12 }), (x, n) => {
        let product = 1;
        for (let i = 0; i < n; i++) product *= x;
        expect(Math.abs(pow(x, n) - product) / product).toBeLessThan(n * 2.3e-16);
        expect(Math.abs(pow(pow(x, n), 1 / n) - x) / x).toBeLessThan(1e-15);
      }),
    );
  });

  it('pow(x, y) = exp(y·log x) where that is accurate', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.001, max: 1000, noNaN: true }), fc.double({ min: -5, max: 5, noNaN: true }), (x, y) => {
        const want = Math.exp(y * Math.log(x));
        expect(Math.abs(pow(x, y) - want) / want).toBeLessThan(Math.abs(y * Math.log(x)) * 2.3e-16 + 4.5e-16);
      }),
    );
  });

  it('results differ from this engine`s Math by at most 1 ulp', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -745, max: 709, noNaN: true }),
        fc.double({ min: 1e-300, max: 1e300, noNaN: true }),
        fc.double({ min: -1e4, max: 1e4, noNaN: true }),
        (a, b, c) => {
          expect(ulpsApart(exp(a), Math.exp(a))).toBeLessThanOrEqual(1);
          expect(ulpsApart(log(b), Math.log(b))).toBeLessThanOrEqual(1);
          expect(ulpsApart(sin(c), Math.sin(c))).toBeLessThanOrEqual(1);
          expect(ulpsApart(cos(c), Math.cos(c))).toBeLessThanOrEqual(1);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe("against this engine's Math over the whole range of doubles and each branch's edges", () => {
  /** Equal to Math's result where that is not finite or zero (sign included), else within 1 ulp. */
  const agrees = (got: number, want: number, what: string) => {
    if (!Number.isFinite(want) || want === 0 || !Number.isFinite(got) || got === 0)
      expect(Object.is(got, want), `${what} = ${got}, Math ${want}`).toBe(true);
    else expect(ulpsApart(got, want), `${what} = ${got}, Math ${want}`).toBeLessThanOrEqual(1);
  };
  // every double, subnormals, infinities and NaN included, by its bits
  const anyDouble = fc.double();
  const unaryCases: Record<keyof typeof unary, fc.Arbitrary<number>[]> = {
    exp: [
      anyDouble,
      fc.double({ min: -1e-8, max: 1e-8, noNaN: true }), // |x| < 2^-28 and just above
      fc.double({ min: 0.3, max: 1.1, noNaN: true }), // one and two halvings of ln 2
      fc.double({ min: 700, max: 712, noNaN: true }), // overflow edge
      fc.double({ min: -760, max: -700, noNaN: true }), // subnormal results and underflow
    ],
    log: [
      anyDouble,
      fc.double({ min: 1 - 1e-5, max: 1 + 1e-5, noNaN: true }), // |f| < 2^-20
      fc.double({ min: 0.5, max: 2, noNaN: true }),
      fc.double({ min: 0, max: 2.2250738585072014e-308, noNaN: true }), // subnormals
      fc.double({ min: 1e300, max: Number.MAX_VALUE, noNaN: true }),
    ],
    sin: [
      anyDouble,
      fc.double({ min: -1e-7, max: 1e-7, noNaN: true }), // |x| < 2^-26
      fc.double({ min: -4, max: 4, noNaN: true }),
      fc.double({ min: 1e5, max: 1e9, noNaN: true }), // medium reduction
      fc.double({ min: 1e9, max: 1e300, noNaN: true }), // large-argument reduction
      fc.double({ min: -1e300, max: -1e9, noNaN: true }),
    ],
    cos: [
      anyDouble,
      fc.double({ min: -1e-7, max: 1e-7, noNaN: true }),
      fc.double({ min: -4, max: 4, noNaN: true }),
      fc.double({ min: 1e5, max: 1e9, noNaN: true }),
      fc.double({ min: 1e9, max: 1e300, noNaN: true }),
      fc.double({ min: -1e300, max: -1e9, noNaN: true }),
    ],
  };
  for (const name of Object.keys(unary) as (keyof typeof unary)[]) {
    it(`${name}`, () => {
      for (const arbitrary of unaryCases[name])
        fc.assert(
          fc.property(arbitrary, (x) => agrees(unary[name](x), Math[name](x), `${name}(${x})`)),
          { numRuns: 1500 },
        );
    });
  }

  it('sin and cos next to multiples of π/2, where the reduction needs its tail', () => {
    for (let k = -2000; k <= 2000; k++) {
      const x = (k * Math.PI) / 2;
      for (const y of [x, x * (1 + 2 ** -52), x * (1 - 2 ** -52)]) {
        agrees(sin(y), Math.sin(y), `sin(${y})`);
        agrees(cos(y), Math.cos(y), `cos(${y})`);
      }
    }
  });

  it('pow', () => {
    const cases: [fc.Arbitrary<number>, fc.Arbitrary<number>][] = [
      [fc.double(), fc.double()],
      // whole and half exponents, odd and even, of negative bases too
      [fc.double({ min: -1e3, max: 1e3, noNaN: true }), fc.integer({ min: -1100, max: 1100 })],
      [fc.double({ min: -10, max: 10, noNaN: true }), fc.integer({ min: -(2 ** 40), max: 2 ** 40 }).map((n) => n / 2)],
      // bases next to 1 with exponents large enough to overflow or underflow
      [fc.double({ min: 1 - 1e-6, max: 1 + 1e-6, noNaN: true }), fc.double({ min: -1e12, max: 1e12, noNaN: true })],
      [fc.double({ min: 0.5, max: 2, noNaN: true }), fc.double({ min: -1e20, max: 1e20, noNaN: true })],
      // results at the overflow and underflow edges
      [fc.double({ min: 1.5, max: 3, noNaN: true }), fc.double({ min: 600, max: 1800, noNaN: true })],
      [fc.double({ min: 1.5, max: 3, noNaN: true }), fc.double({ min: -1800, max: -600, noNaN: true })],
      // subnormal and huge bases
      [fc.double({ min: 0, max: 2.2250738585072014e-308, noNaN: true }), fc.double({ min: -2, max: 2, noNaN: true })],
      [fc.double({ min: -2.2250738585072014e-308, max: 0, noNaN: true }), fc.integer({ min: -3, max: 3 })],
    ];
    for (const [xs, ys] of cases)
      fc.assert(
        fc.property(xs, ys, (x, y) => agrees(pow(x, y), x ** y, `pow(${x}, ${y})`)),
        { numRuns: 1500 },
      );
  });
});

describe('the same bits everywhere', () => {
  // scripts/math-golden.mjs wrote these from inputs that reach every branch; every engine and
  // every Node version must give exactly them (that is what the functions are for)
  type Golden = {
    exp: [string, string][];
    log: [string, string][];
    sin: [string, string][];
    cos: [string, string][];
    pow: [string, string, string][];
  };
  const golden: Golden = JSON.parse(readFileSync(new URL('./math-golden.json', import.meta.url), 'utf8'));
  const view = new DataView(new ArrayBuffer(8));
  const fromHex = (h: string) => {
    view.setUint32(0, Number.parseInt(h.slice(0, 8), 16));
    view.setUint32(4, Number.parseInt(h.slice(8), 16));
    return view.getFloat64(0);
  };
  const toHex = (x: number) => {
    view.setFloat64(0, x);
    return view.getUint32(0).toString(16).padStart(8, '0') + view.getUint32(4).toString(16).padStart(8, '0');
  };
  for (const name of Object.keys(unary) as (keyof typeof unary)[]) {
    it(`${name}`, () => {
      expect(golden[name].length).toBeGreaterThan(1000);
      const wrong = golden[name].filter(([x, want]) => toHex(unary[name](fromHex(x))) !== want);
      expect(wrong.slice(0, 5).map(([x, want]) => `${name}(${fromHex(x)}) should be ${fromHex(want)}`)).toEqual([]);
    });
  }
  it('pow', () => {
    expect(golden.pow.length).toBeGreaterThan(2000);
    const wrong = golden.pow.filter(([x, y, want]) => toHex(pow(fromHex(x), fromHex(y))) !== want);
    expect(wrong.slice(0, 5).map(([x, y, want]) => `pow(${fromHex(x)}, ${fromHex(y)}) should be ${fromHex(want)}`)).toEqual([]);
  });
});

describe('decimal exponents', () => {
  it('decimalExponent is the e with 10^e ≤ x < 10^(e+1), powers of ten as doubles, also next to them', () => {
    const check = (x: number) => {
      const e = decimalExponent(x);
      expect(powerOfTen(e), `10^${e} ≤ ${x}`).toBeLessThanOrEqual(x);
      expect(x, `${x} < 10^${e + 1}`).toBeLessThan(powerOfTen(e + 1));
    };
    for (let n = -300; n <= 300; n++) {
      const p = powerOfTen(n);
      for (const x of [p, p * (1 - 2 ** -53), p * (1 + 2 ** -52), p * (1 - 2 ** -52)]) check(x);
    }
    fc.assert(
      fc.property(fc.double({ min: 1e-307, max: 1e307, noNaN: true }), (x) => {
        check(x);
      }),
    );
  });

  it('powerOfTen is the correctly rounded decimal', () => {
    expect(powerOfTen(-3)).toBe(0.001);
    expect(powerOfTen(22)).toBe(1e22);
    expect(powerOfTen(-324)).toBe(0);
    expect(() => powerOfTen(0.5)).toThrow(new RangeError('powerOfTen needs a whole exponent, got 0.5'));
    expect(() => decimalExponent(0)).toThrow(new RangeError('decimalExponent needs a finite number above 0, got 0'));
  });
});
