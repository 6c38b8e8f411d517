// exp, log, pow, sin and cos in plain JavaScript, so that a run gives the same bits in every
// engine. ECMAScript leaves Math.exp/log/pow/sin/cos "implementation-approximated": Node 20 and
// Chromium disagree in the last bit on a few percent of inputs, and a Node upgrade can too.
// These are ports of fdlibm (Sun, as kept in FreeBSD's msun; error below 1 ulp), written with
// nothing but IEEE 754 arithmetic and bit access, which every engine does exactly alike.
// Math.sqrt, floor, abs, min, max and the four operations are exact by the standard: use them.

/*
 * Copyright (C) 1993-2004 by Sun Microsystems, Inc. All rights reserved.
 * Developed at SunSoft, a Sun Microsystems, Inc. business.
 * Permission to use, copy, modify, and distribute this software is freely granted, provided
 * that this notice is preserved.
 */

// ---- bits of a double ------------------------------------------------------------------------

// One double and its two 32-bit words: the word indices below are always in range (hence `!`).
const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);
const I32 = new Int32Array(F64.buffer);
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const HI = LITTLE_ENDIAN ? 1 : 0;
const LO = LITTLE_ENDIAN ? 0 : 1;

/** The high word (sign, exponent, top of the significand) as a signed 32-bit integer. */
function highWord(x: number): number {
  F64[0] = x;
  return I32[HI]!;
}

/** The low word as an unsigned 32-bit integer. */
function lowWord(x: number): number {
  F64[0] = x;
  return U32[LO]!;
}

function fromWords(hi: number, lo: number): number {
  I32[HI] = hi;
  U32[LO] = lo;
  return F64[0]!;
}

function withHighWord(x: number, hi: number): number {
  F64[0] = x;
  I32[HI] = hi;
  return F64[0]!;
}

function withLowWordZero(x: number): number {
  F64[0] = x;
  U32[LO] = 0;
  return F64[0]!;
}

/**
 * z · 2^n with one rounding, for pow's subnormal results: FreeBSD's s_scalbn.c on the one path pow
 * takes (its zero, ∞, overflow and underflow paths cannot be reached from there). z = 2^r with
 * |r| ≤ 1/2 is normal, its exponent field 1022 or 1023; pow calls this only when that field plus
 * n is 0 or below, and has returned 0 for results below 2^-1075, so n ≥ −1075 and the field plus
 * n lies in −53 … 0. Setting the field to that plus 54 and scaling by 2^-54 rounds once.
 */
function scaleToSubnormal(z: number, n: number): number {
  const hz = highWord(z);
  const k = ((hz & 0x7ff00000) >> 20) + n + 54;
  return withHighWord(z, (hz & 0x800fffff) | (k << 20)) * 5.551115123125783e-17; // 2^-54
}

// ---- exp ---------------------------------------------------------------------------------------

const EXP_O_THRESHOLD = 7.09782712893383973096e2; // 0x40862E42 FEFA39EF
const EXP_U_THRESHOLD = -7.4513321910194110842e2; // 0xc0874910 D52D3051
const LN2_HI = 6.9314718036912381649e-1; // 0x3fe62e42 fee00000
const LN2_LO = 1.90821492927058770002e-10; // 0x3dea39ef 35793c76
const INV_LN2 = 1.442695040888963387; // 0x3ff71547 652b82fe
const P1 = 1.66666666666666019037e-1; // 0x3FC55555 5555553E
const P2 = -2.77777777770155933842e-3; // 0xBF66C16C 16BEBD93
const P3 = 6.61375632143793436117e-5; // 0x3F11566A AF25DE2C
const P4 = -1.6533902205465251539e-6; // 0xBEBBBD41 C5D26BF1
const P5 = 4.13813679705723846039e-8; // 0x3E663769 72BEA4D0
const TWO_M1000 = 9.3326361850321887899e-302; // 2^-1000

/** e^x (fdlibm e_exp.c). */
export function exp(x: number): number {
  let hx = highWord(x);
  // Stryker disable next-line EqualityOperator: hx = 0 (+0 or a positive subnormal) returns 1 + x below before `negative` is read
  const negative = hx < 0;
  hx &= 0x7fffffff;

  // Stryker disable next-line ConditionalExpression,EqualityOperator: a fast path: below 709.78 none of the three tests inside holds, and at this high word a double above the threshold is above 1024·ln 2, which the k = 1024 path overflows to ∞ too
  if (hx >= 0x40862e42) {
    // |x| ≥ 709.78...
    // Stryker disable next-line ConditionalExpression,EqualityOperator,BlockStatement: ∞ and NaN also come out right from the tests below and the arithmetic (∞ above the threshold, −∞ below the other, NaN staying NaN)
    if (hx >= 0x7ff00000) {
      // Stryker disable next-line ArithmeticOperator: NaN − NaN is NaN as NaN + NaN is
      if (((hx & 0xfffff) | lowWord(x)) !== 0) return x + x; // NaN
      return negative ? 0 : x; // exp(±∞) = ∞, 0
    }
    if (x > EXP_O_THRESHOLD) return Infinity;
    if (x < EXP_U_THRESHOLD) return 0;
  }

  let hi = 0;
  let lo = 0;
  let k = 0;
  if (hx > 0x3fd62e42) {
    // |x| > 0.5 ln2: reduce to r = x − k·ln2 with |r| ≤ 0.5 ln2
    // Stryker disable next-line ConditionalExpression: the general reduction with k = ±1 is this same arithmetic (k·LN2_HI and k·LN2_LO are exact)
    if (hx < 0x3ff0a2b2) {
      // and |x| < 1.5 ln2
      hi = negative ? x + LN2_HI : x - LN2_HI;
      lo = negative ? -LN2_LO : LN2_LO;
      k = negative ? -1 : 1;
    } else {
      k = (INV_LN2 * x + (negative ? -0.5 : 0.5)) | 0;
      hi = x - k * LN2_HI; // exact: k·LN2_HI has trailing zeros
      lo = k * LN2_LO;
    }
    x = hi - lo;
  } else if (hx < 0x3e300000) {
    // |x| < 2^-28
    return 1 + x;
  }

  const t = x * x;
  const c = x - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
  if (k === 0) return 1 - ((x * c) / (c - 2) - x);
  const y = 1 - (lo - (x * c) / (2 - c) - hi);
  // Stryker disable next-line EqualityOperator: at k = −1021 both scalings are exact (y·2^-1021 is normal), so they give the same bits
  if (k >= -1021) {
    if (k === 1024) return y * 2 * 8.98846567431158e307; // 2^1023
    return y * fromWords(0x3ff00000 + (k << 20), 0);
  }
  return y * fromWords(0x3ff00000 + ((k + 1000) << 20), 0) * TWO_M1000;
}

// ---- log ---------------------------------------------------------------------------------------

const TWO54 = 1.8014398509481984e16;
/** 2^n for n = −1074 … 1023, at POW2[POW2_BIAS + n]. */
const POW2_BIAS = 1074;
const POW2 = new Float64Array(POW2_BIAS + 1024);
for (let n = -1074, p = 5e-324; n <= 1023; n++, p *= 2) POW2[POW2_BIAS + n] = p;
const LG1 = 6.66666666666673513e-1; // 3FE55555 55555593
const LG2 = 3.999999999940941908e-1; // 3FD99999 9997FA04
const LG3 = 2.857142874366239149e-1; // 3FD24924 94229359
const LG4 = 2.222219843214978396e-1; // 3FCC71C5 1D8E78AF
const LG5 = 1.818357216161805012e-1; // 3FC74664 96CB03DE
const LG6 = 1.531383769920937332e-1; // 3FC39A09 D078C69F
const LG7 = 1.479819860511658591e-1; // 3FC2F112 DF3E5244

/**
 * The natural logarithm (fdlibm e_log.c). Split in three so that the common case, a normal
 * positive finite x, is small enough for the compiler to inline into its caller (fdlibm's whole
 * function was 651 bytes of bytecode, over V8's limit of 460): an exponential draw then needs no
 * call and no boxed result, which made the kernel's log 2.5 to 3 times slower than Math.log
 * (docs/performance.md). The arithmetic is fdlibm's, step for step.
 */
export function log(x: number): number {
  F64[0] = x;
  const hx = I32[HI]!;
  // below 2^-1022 (zero, subnormal or negative; the sign bit makes hx negative), ∞ or NaN
  if (hx < 0x00100000 || hx >= 0x7ff00000) return logOffNormal(x, hx);
  return logNormal(x, hx, 0);
}

/** log(x) for x zero, subnormal, negative, ∞ or NaN; `hx` is x's high word. */
function logOffNormal(x: number, hx: number): number {
  // Stryker disable next-line ConditionalExpression,EqualityOperator: logOffNormal gets only x below 2^-1022 or ∞ and NaN, and ∞ and NaN scaled by 2^54 come out of logNormal as ∞ and NaN
  if (hx < 0x00100000) {
    if (((hx & 0x7fffffff) | lowWord(x)) === 0) return -Infinity;
    // Stryker disable next-line ConditionalExpression: a negative x sent on reads outside POW2 (its exponent field read as negative points past the table), so NaN all the same
    if (hx < 0) return NaN;
    x *= TWO54; // subnormal: scale up
    return logNormal(x, highWord(x), -54);
  }
  return x + x;
}

/** log(x · 2^-k0) for a normal positive finite x with high word `hx` (k0 is 0, or −54 after scaling a subnormal up). */
function logNormal(x: number, hx: number, k0: number): number {
  const biased = hx >> 20;
  let k = k0 + biased - 1023;
  hx &= 0x000fffff;
  const i = (hx + 0x95f64) & 0x100000;
  // normalise x or x/2 into [sqrt(2)/2, sqrt(2)): a power-of-two scaling, exact (fdlibm sets the
  // exponent bits; multiplying avoids writing half a double and reading it back whole, which stalls)
  x *= POW2[POW2_BIAS + ((i ^ 0x3ff00000) >> 20) - biased]!; // 2^(1023 − e) or 2^(1022 − e), e = 1 … 2046: in the table
  k += i >> 20;
  const f = x - 1;
  if ((0x000fffff & (2 + hx)) < 3) return logNearOne(f, k); // |f| < 2^-20
  const s = f / (2 + f);
  const z = s * s;
  const w = z * z;
  const t1 = w * (LG2 + w * (LG4 + w * LG6));
  const t2 = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7)));
  const r = t2 + t1;
  // Stryker disable next-line EqualityOperator: the OR of the two differences is 0 only if both are, which cannot be
  if (((hx - 0x6147a) | (0x6b851 - hx)) > 0) {
    const hfsq = 0.5 * f * f;
    // Stryker disable next-line ConditionalExpression: with k = 0 the general form is the same arithmetic (0·LN2_HI and 0·LN2_LO are 0, and rounding is symmetric)
    return k === 0 ? f - (hfsq - s * (hfsq + r)) : k * LN2_HI - (hfsq - (s * (hfsq + r) + k * LN2_LO) - f);
  }
  // Stryker disable next-line ConditionalExpression: with k = 0 the general form is the same arithmetic (0·LN2_HI and 0·LN2_LO are 0, and rounding is symmetric)
  return k === 0 ? f - s * (f - r) : k * LN2_HI - (s * (f - r) - k * LN2_LO - f);
}

/** log((1 + f) · 2^k) for |f| < 2^-20. */
function logNearOne(f: number, k: number): number {
  // Stryker disable next-line ConditionalExpression: with f = 0 the form below gives the same (r = 0); with k = 0 the general form gives 0 too
  if (f === 0) return k === 0 ? 0 : k * LN2_HI + k * LN2_LO;
  const r = f * f * (0.5 - 0.33333333333333333 * f);
  // Stryker disable next-line ConditionalExpression: with k = 0 the general form is the same arithmetic (0·LN2_HI and 0·LN2_LO are 0, and rounding is symmetric)
  return k === 0 ? f - r : k * LN2_HI - (r - k * LN2_LO - f);
}

// ---- pow ---------------------------------------------------------------------------------------

// indexed by k, 0 or 1: x is reduced around 1 or around 1.5
const BP = [1, 1.5] as const;
const DP_H = [0, 5.84962487220764160156e-1] as const; // 0x3FE2B803 40000000
const DP_L = [0, 1.35003920212974897128e-8] as const; // 0x3E4CFDEB 43CFD006
const TWO53 = 9007199254740992;
// coefficients of (3/2)·(log(x) − 2s − 2/3·s³)
const L1 = 5.99999999999994648725e-1; // 0x3FE33333 33333303
const L2 = 4.28571428578550184252e-1; // 0x3FDB6DB6 DB6FABFF
const L3 = 3.33333329818377432918e-1; // 0x3FD55555 518F264D
const L4 = 2.72728123808534006489e-1; // 0x3FD17460 A91D4101
const L5 = 2.30660745775561754067e-1; // 0x3FCD864A 93C9DB65
const L6 = 2.06975017800338417784e-1; // 0x3FCA7E28 4A454EEF
const LG2_FULL = 6.93147180559945286227e-1; // 0x3FE62E42 FEFA39EF
const LG2_H = 6.93147182464599609375e-1; // 0x3FE62E43 00000000
const LG2_L = -1.90465429995776804525e-9; // 0xBE205C61 0CA86C39
const OVT = 8.0085662595372944372e-17; // −(1024 − log2(ovfl + 0.5 ulp))
const CP = 9.61796693925975554329e-1; // 0x3FEEC709 DC3A03FD = 2/(3 ln2)
const CP_H = 9.61796700954437255859e-1; // 0x3FEEC709 E0000000
const CP_L = -7.02846165095275826516e-9; // 0xBE3E2FE0 145B01F5
const IVLN2 = 1.442695040888963387; // 0x3FF71547 652B82FE
const IVLN2_H = 1.44269502162933349609; // 0x3FF71547 60000000
const IVLN2_L = 1.92596299112661746887e-8; // 0x3E54AE0B F85DDF44

/** x^y (fdlibm e_pow.c). */
export function pow(x: number, y: number): number {
  const hx = highWord(x);
  const lx = lowWord(x);
  const hy = highWord(y);
  const ly = lowWord(y);
  let ix = hx & 0x7fffffff;
  const iy = hy & 0x7fffffff;

  if ((iy | ly) === 0) return 1; // x^0 = 1, even for NaN
  // ECMAScript, unlike C, makes 1^NaN and (±1)^±∞ NaN
  if (ix > 0x7ff00000 || (ix === 0x7ff00000 && lx !== 0) || iy > 0x7ff00000 || (iy === 0x7ff00000 && ly !== 0)) return NaN;
  if (hx === 0x3ff00000 && lx === 0 && iy !== 0x7ff00000) return 1; // 1^y = 1

  // for x < 0: is y an odd integer (1), an even one (2) or no integer (0)?
  let yIsInt = 0;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: yIsInt is read only for x < 0
  if (hx < 0) {
    if (iy >= 0x43400000) yIsInt = 2;
    else if (iy >= 0x3ff00000) {
      const e = (iy >> 20) - 0x3ff;
      if (e > 20) {
        const j = ly >>> (52 - e);
        if ((j << (52 - e)) >>> 0 === ly) yIsInt = 2 - (j & 1);
      } else if (ly === 0) {
        const j = iy >> (20 - e);
        if (j << (20 - e) === iy) yIsInt = 2 - (j & 1);
      }
    }
  }

  if (ly === 0) {
    if (iy === 0x7ff00000) {
      // y = ±∞
      if (((ix - 0x3ff00000) | lx) === 0) return NaN; // (±1)^±∞
      if (ix >= 0x3ff00000) return hy >= 0 ? y : 0; // (|x| > 1)^±∞ = ∞, 0
      // Stryker disable next-line EqualityOperator: here y = ±∞, so hy is never 0
      return hy < 0 ? -y : 0; // (|x| < 1)^−∞, +∞ = ∞, 0
    }
    if (iy === 0x3ff00000) return hy < 0 ? 1 / x : x; // y = ±1
    if (hy === 0x40000000) return x * x; // y = 2
    if (hy === 0x3fe00000 && hx >= 0) return Math.sqrt(x); // y = 0.5, x ≥ +0
  }

  let ax = Math.abs(x);
  if (lx === 0 && (ix === 0x7ff00000 || ix === 0 || ix === 0x3ff00000)) {
    // x = ±0, ±∞, ±1
    let z = ax;
    if (hy < 0) z = 1 / z;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: for x ≥ 0 yIsInt is 0 and x = +1 has returned, so neither branch inside changes z
    if (hx < 0) {
      if (((ix - 0x3ff00000) | yIsInt) === 0)
        z = NaN; // (−1)^non-integer
      else if (yIsInt === 1) z = -z;
    }
    return z;
  }

  if (hx < 0 && yIsInt === 0) return NaN; // (x < 0)^non-integer
  const s = hx < 0 && yIsInt === 1 ? -1 : 1; // sign of the result

  let t1: number;
  let t2: number;
  if (iy > 0x41e00000) {
    // |y| > 2^31
    // Stryker disable next-line ConditionalExpression,EqualityOperator,BlockStatement: a fast path: for |y| > 2^64 every base left (not ±0, ±∞, ±1) over- or underflows through the tests and the series below as well
    if (iy > 0x43f00000) {
      // |y| > 2^64: over- or underflows
      if (ix <= 0x3fefffff) return hy < 0 ? Infinity : 0;
      // Stryker disable next-line ConditionalExpression,EqualityOperator: the line above returned for ix ≤ 0x3fefffff, so this test always holds here, and without it the tests and the series below give the same ∞ or 0; hy is never 0
      if (ix >= 0x3ff00000) return hy > 0 ? Infinity : 0;
    }
    if (ix < 0x3fefffff) return hy < 0 ? s * Infinity : s * 0;
    if (ix > 0x3ff00000) return hy > 0 ? s * Infinity : s * 0;
    // |1 − x| ≤ 2^-20: log(x) by x − x²/2 + x³/3 − x⁴/4
    const t = ax - 1;
    const w = t * t * (0.5 - t * (0.3333333333333333 - t * 0.25));
    const u = IVLN2_H * t;
    const v = t * IVLN2_L - w * IVLN2;
    t1 = withLowWordZero(u + v);
    t2 = v - (t1 - u);
  } else {
    let n = 0;
    // Stryker disable next-line EqualityOperator: at the smallest normal high word the scaling by 2^53 is exact and n takes it back
    if (ix < 0x00100000) {
      // subnormal x
      ax *= TWO53;
      n -= 53;
      ix = highWord(ax);
    }
    n += (ix >> 20) - 0x3ff;
    const j = ix & 0x000fffff;
    ix = j | 0x3ff00000;
    let k: 0 | 1;
    if (j <= 0x3988e)
      k = 0; // |x| < sqrt(3/2)
    else if (j < 0xbb67a)
      k = 1; // |x| < sqrt(3)
    else {
      k = 0;
      n += 1;
      ix -= 0x00100000;
    }
    ax = withHighWord(ax, ix);

    // ss = s_h + s_l = (x − 1)/(x + 1) or (x − 1.5)/(x + 1.5)
    const u = ax - BP[k];
    const v = 1 / (ax + BP[k]);
    const ss = u * v;
    const sH = withLowWordZero(ss);
    const tH0 = fromWords(((ix >> 1) | 0x20000000) + 0x00080000 + (k << 18), 0);
    const tL0 = ax - (tH0 - BP[k]);
    const sL = v * (u - sH * tH0 - sH * tL0);
    // log(ax)
    let s2 = ss * ss;
    let r = s2 * s2 * (L1 + s2 * (L2 + s2 * (L3 + s2 * (L4 + s2 * (L5 + s2 * L6)))));
    r += sL * (sH + ss);
    s2 = sH * sH;
    const tH = withLowWordZero(3 + s2 + r);
    const tL = r - (tH - 3 - s2);
    const uu = sH * tH;
    const vv = sL * tH + tL * ss;
    const pH = withLowWordZero(uu + vv);
    const pL = vv - (pH - uu);
    const zH = CP_H * pH;
    const zL = CP_L * pH + pL * CP + DP_L[k];
    // log2(ax) = n + dp_h + z_h + z_l
    const t = n;
    t1 = withLowWordZero(zH + zL + DP_H[k] + t);
    t2 = zL - (t1 - t - DP_H[k] - zH);
  }

  // (y1 + y2)·(t1 + t2)
  const y1 = withLowWordZero(y);
  const pL = (y - y1) * t1 + y * t2;
  let pH = y1 * t1;
  let z = pL + pH;
  let j = highWord(z);
  const i = lowWord(z) | 0;
  if (j >= 0x40900000) {
    // z ≥ 1024
    if (((j - 0x40900000) | i) !== 0) return s * Infinity;
    if (pL + OVT > z - pH) return s * Infinity;
  } else if ((j & 0x7fffffff) >= 0x4090cc00) {
    // z ≤ −1075
    if (((j - (0xc090cc00 | 0)) | i) !== 0) return s * 0;
    if (pL <= z - pH) return s * 0;
  }

  // 2^(p_h + p_l)
  const iz = j & 0x7fffffff;
  let k = (iz >> 20) - 0x3ff;
  let n = 0;
  if (iz > 0x3fe00000) {
    // |z| > 0.5: n = [z + 0.5]
    n = (j + (0x00100000 >> (k + 1))) | 0;
    k = ((n & 0x7fffffff) >> 20) - 0x3ff;
    const t = fromWords(n & ~(0x000fffff >> k), 0);
    n = ((n & 0x000fffff) | 0x00100000) >> (20 - k);
    // Stryker disable next-line EqualityOperator: |z| > 0.5 here, so its high word j is never 0
    if (j < 0) n = -n;
    pH -= t;
  }
  const t = withLowWordZero(pL + pH);
  const u = t * LG2_H;
  const v = (pL - (t - pH)) * LG2_FULL + t * LG2_L;
  z = u + v;
  const w = v - (z - u);
  const tt = z * z;
  const c = z - tt * (P1 + tt * (P2 + tt * (P3 + tt * (P4 + tt * P5))));
  const r = (z * c) / (c - 2) - (w + z * w);
  z = 1 - (r - z);
  j = highWord(z) + (n << 20);
  if (j >> 20 <= 0)
    z = scaleToSubnormal(z, n); // subnormal result
  else z = withHighWord(z, j);
  return s * z;
}

// ---- sin and cos -------------------------------------------------------------------------------

const C1 = 4.16666666666666019037e-2; // 0x3FA55555 5555554C
const C2 = -1.38888888888741095749e-3; // 0xBF56C16C 16C15177
const C3 = 2.48015872894767294178e-5; // 0x3EFA01A0 19CB1590
const C4 = -2.75573143513906633035e-7; // 0xBE927E4F 809C52AD
const C5 = 2.0875723212981748279e-9; // 0x3E21EE9E BDB4B1C4
const C6 = -1.13596475577881948265e-11; // 0xBDA8FAE9 BE8838D4

/** cos(x + y) for |x| ≤ π/4, y the tail of x (FreeBSD k_cos.c). */
function kernelCos(x: number, y: number): number {
  const z = x * x;
  const w = z * z;
  const r = z * (C1 + z * (C2 + z * C3)) + w * w * (C4 + z * (C5 + z * C6));
  const hz = 0.5 * z;
  const v = 1 - hz;
  return v + (1 - v - hz + (z * r - x * y));
}

const S1 = -1.66666666666666324348e-1; // 0xBFC55555 55555549
const S2 = 8.33333333332248946124e-3; // 0x3F811111 1110F8A6
const S3 = -1.98412698298579493134e-4; // 0xBF2A01A0 19C161D5
const S4 = 2.75573137070700676789e-6; // 0x3EC71DE3 57B1FE7D
const S5 = -2.50507602534068634195e-8; // 0xBE5AE5E6 8A2B9CEB
const S6 = 1.58969099521155010221e-10; // 0x3DE5D93A 5ACFD57C

/** sin(x + y) for |x| ≤ π/4, y the tail of x; `hasTail` false means y is 0 (FreeBSD k_sin.c). */
function kernelSin(x: number, y: number, hasTail: boolean): number {
  const z = x * x;
  const w = z * z;
  const r = S2 + z * (S3 + z * S4) + z * w * (S5 + z * S6);
  const v = z * x;
  if (!hasTail) return x + v * (S1 + z * r);
  return x - (z * (0.5 * y - v * r) - y - v * S1);
}

const INV_PIO2 = 6.36619772367581382433e-1; // 0x3FE45F30 6DC9C883
const PIO2_1 = 1.57079632673412561417; // 0x3FF921FB 54400000: the first 33 bits of π/2
const PIO2_1T = 6.07710050650619224932e-11; // π/2 − PIO2_1
const PIO2_2 = 6.0771005063039659766e-11; // the next 33 bits
const PIO2_2T = 2.02226624879595063154e-21; // π/2 − (PIO2_1 + PIO2_2)
const PIO2_3 = 2.0222662487111664558e-21; // the next 33 bits
const PIO2_3T = 8.47842766036889956997e-32; // π/2 − (PIO2_1 + PIO2_2 + PIO2_3)
const ROUND_TO_INT = 6755399441055744; // 1.5 · 2^52: adding and subtracting it rounds to an integer

/** Where x lies modulo π/2: the quarter n (mod 4) and the remainder as y0 + y1, |y0| ≤ π/4. */
const reduced = { n: 0, y0: 0, y1: 0 };

/** x − n·π/2 into `reduced` (FreeBSD e_rem_pio2.c, medium arguments; exact BigInt arithmetic above). */
function reducePio2(x: number, ix: number): void {
  if (ix >= 0x413921fb) {
    reducePio2Large(x);
    return;
  }
  // |x| < 2^20·π/2: Cody–Waite with π/2 in three 33-bit parts, as many as the cancellation needs
  const fn = x * INV_PIO2 + ROUND_TO_INT - ROUND_TO_INT;
  let r = x - fn * PIO2_1;
  let w = fn * PIO2_1T;
  const e = ix >> 20;
  let y0 = r - w;
  if (e - ((highWord(y0) >> 20) & 0x7ff) > 16) {
    let t = r;
    w = fn * PIO2_2;
    r = t - w;
    w = fn * PIO2_2T - (t - r - w);
    y0 = r - w;
    if (e - ((highWord(y0) >> 20) & 0x7ff) > 49) {
      t = r;
      w = fn * PIO2_3;
      r = t - w;
      w = fn * PIO2_3T - (t - r - w);
      y0 = r - w;
    }
  }
  reduced.n = fn | 0;
  reduced.y0 = y0;
  reduced.y1 = r - y0 - w;
}

// floor(π/2 · 2^1280): enough bits that x mod π/2 is exact to 2^-120 for every finite double
const PIO2_BITS = 1280n;
const PIO2_SCALED = BigInt(
  '0x1921fb54442d18469898cc51701b839a252049c1114cf98e804177d4c76273644a29410f31c6809bbdf2a33679a748636605614dbe4be286e9fc26adadaa3848bc90b6aecc4bcfd8de8' +
    '9885d34c6fdad617feb96de80d6fdbdc70d7f6b5133f4b5d3e4822f8963fcc9250cca3d9c8b67b8400f97142c77e0b31b4906c38aba734d22c7f51fa499ebf06caba47b9475b2c38c5e6' +
    'ac410aa5773daa520ee12d2cda',
);

function reducePio2Large(x: number): void {
  // x = m · 2^e exactly, m a 53-bit integer
  // Stryker disable next-line EqualityOperator: x is never 0 here (|x| ≥ 2^20·π/2)
  const negative = x < 0;
  const ax = Math.abs(x);
  const hx = highWord(ax);
  const e = ((hx >> 20) & 0x7ff) - 1075;
  const m = (BigInt((hx & 0xfffff) | 0x100000) << 32n) | BigInt(lowWord(ax));
  const scaled = m << BigInt(e + Number(PIO2_BITS)); // x · 2^1280, an integer (x ≥ 2^20)
  let q = scaled / PIO2_SCALED;
  let rem = scaled - q * PIO2_SCALED;
  // Stryker disable next-line EqualityOperator: PIO2_SCALED is twice an odd number and x·2^1280 is even, so 2·rem never equals it
  if (2n * rem > PIO2_SCALED) {
    rem -= PIO2_SCALED;
    q += 1n;
  }
  // rem / 2^1280 as a double and its tail
  const shift1 = PIO2_BITS - 120n;
  const headScaled = Number(rem >> shift1);
  const head = headScaled * 7.52316384526264e-37; // 2^-120
  const rest = rem - (BigInt(headScaled) << shift1);
  const tail = Number(rest >> (PIO2_BITS - 240n)) * 5.659799424266695e-73; // 2^-240
  const n = Number(q & 3n);
  reduced.n = negative ? -n : n;
  reduced.y0 = negative ? -head : head;
  reduced.y1 = negative ? -tail : tail;
}

/** The cosine (FreeBSD s_cos.c). */
export function cos(x: number): number {
  const ix = highWord(x) & 0x7fffffff;
  if (ix <= 0x3fe921fb) {
    // |x| ≤ π/4
    // Stryker disable next-line ConditionalExpression: kernelCos gives 1 for |x| < 2^-27·√2 as well (x²/2 is below half an ulp of 1)
    if (ix < 0x3e46a09e) return 1; // |x| < 2^-27·√2
    return kernelCos(x, 0);
  }
  if (ix >= 0x7ff00000) return NaN;
  reducePio2(x, ix);
  const { y0, y1 } = reduced;
  switch (reduced.n & 3) {
    case 0:
      return kernelCos(y0, y1);
    case 1:
      return -kernelSin(y0, y1, true);
    case 2:
      return -kernelCos(y0, y1);
    default:
      return kernelSin(y0, y1, true);
  }
}

/** The sine (FreeBSD s_sin.c). */
export function sin(x: number): number {
  const ix = highWord(x) & 0x7fffffff;
  if (ix <= 0x3fe921fb) {
    // Stryker disable next-line EqualityOperator: for |x| < 2^-26·(1 + 2^-20) kernelSin gives x as well (x³/6 is below half an ulp of x)
    if (ix < 0x3e500000) return x; // |x| < 2^-26
    return kernelSin(x, 0, false);
  }
  if (ix >= 0x7ff00000) return NaN;
  reducePio2(x, ix);
  const { y0, y1 } = reduced;
  switch (reduced.n & 3) {
    case 0:
      return kernelSin(y0, y1, true);
    case 1:
      return kernelCos(y0, y1);
    case 2:
      return -kernelSin(y0, y1, true);
    default:
      return -kernelCos(y0, y1);
  }
}

/**
 * The e with 10^e ≤ x < 10^(e+1) (powers of ten as doubles): ⌊log10 x⌋, read from x's shortest
 * decimal form, which ECMAScript specifies to the digit. A logarithm would be approximated and
 * could land on either side of a power of ten.
 */
export function decimalExponent(x: number): number {
  if (!(x > 0 && Number.isFinite(x))) throw new RangeError(`decimalExponent needs a finite number above 0, got ${x}`);
  const text = x.toExponential();
  return Number(text.slice(text.indexOf('e') + 1));
}

/** 10^n for a whole n, correctly rounded (read from decimal text, which ECMAScript rounds exactly). */
export function powerOfTen(n: number): number {
  if (!Number.isInteger(n)) throw new RangeError(`powerOfTen needs a whole exponent, got ${n}`);
  return Number(`1e${n}`);
}
