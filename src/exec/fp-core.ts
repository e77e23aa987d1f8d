// IEEE 754 helpers for the A64 floating-point unit: bit-pattern conversion, Arm NaN propagation
// (Sail FPProcessNaNs: signalling NaNs first, operand order, quietening; FPCR.DN → default NaN),
// exact rounding of rationals (for FMA and integer→float conversion), and FP→integer rounding modes.

export type Prec = 'h' | 's' | 'd';

const buf = new DataView(new ArrayBuffer(8));

export function bitsToNum(b: bigint, p: Prec): number {
  if (p === 'd') {
    buf.setBigUint64(0, b);
    return buf.getFloat64(0);
  }
  if (p === 's') {
    buf.setUint32(0, Number(b & 0xffffffffn));
    return buf.getFloat32(0);
  }
  return halfToNum(Number(b & 0xffffn));
}

/** Encodes a JS number that is exactly representable in precision p (NaN → default NaN). */
export function numToBits(x: number, p: Prec): bigint {
  if (Number.isNaN(x)) return defaultNaN(p);
  if (p === 'd') {
    buf.setFloat64(0, x);
    return buf.getBigUint64(0);
  }
  if (p === 's') {
    buf.setFloat32(0, x);
    return BigInt(buf.getUint32(0));
  }
  return BigInt(numToHalf(x));
}

export function defaultNaN(p: Prec): bigint {
  return p === 'd' ? 0x7ff8000000000000n : p === 's' ? 0x7fc00000n : 0x7e00n;
}

const EXP_BITS = { h: 5, s: 8, d: 11 } as const;
const FRAC_BITS = { h: 10, s: 23, d: 52 } as const;

export function isNaNBits(b: bigint, p: Prec): boolean {
  const e = (b >> BigInt(FRAC_BITS[p])) & ((1n << BigInt(EXP_BITS[p])) - 1n);
  return e === (1n << BigInt(EXP_BITS[p])) - 1n && (b & ((1n << BigInt(FRAC_BITS[p])) - 1n)) !== 0n;
}

export function isSNaNBits(b: bigint, p: Prec): boolean {
  return isNaNBits(b, p) && ((b >> BigInt(FRAC_BITS[p] - 1)) & 1n) === 0n;
}

export function quiet(b: bigint, p: Prec): bigint {
  return b | (1n << BigInt(FRAC_BITS[p] - 1));
}

export const FPSR_IOC = 1;
export const FPSR_DZC = 2;
export const FPSR_OFC = 4;
export const FPSR_UFC = 8;
export const FPSR_IXC = 16;

/** Sail FPProcessNaNs / FPProcessNaNs3: returns the NaN result if any operand is a NaN. */
export function processNaNs(ops: readonly bigint[], p: Prec, dn: boolean, flags: { v: number }): bigint | null {
  for (const o of ops) {
    if (isSNaNBits(o, p)) {
      flags.v |= FPSR_IOC;
      return dn ? defaultNaN(p) : quiet(o, p);
    }
  }
  for (const o of ops) if (isNaNBits(o, p)) return dn ? defaultNaN(p) : o;
  return null;
}

// ---------------------------------------------------------------- exact rounding
export interface Rational {
  /** Value = num * 2^exp (num may be negative; 0 means zero of sign `neg`). */
  num: bigint;
  exp: number;
}

/** The exact value of a finite JS number as num·2^exp. */
export function exact(x: number): Rational {
  if (x === 0) return { num: 0n, exp: 0 };
  buf.setFloat64(0, x);
  const b = buf.getBigUint64(0);
  const sign = b >> 63n ? -1n : 1n;
  const e = Number((b >> 52n) & 0x7ffn);
  const f = b & 0xfffffffffffffn;
  return e === 0 ? { num: sign * f, exp: -1074 } : { num: sign * (f | (1n << 52n)), exp: e - 1075 };
}

/** Exact product of two rationals. */
export function mulExact(a: Rational, b: Rational): Rational {
  return { num: a.num * b.num, exp: a.exp + b.exp };
}

/** Exact sum of two rationals (aligned to the smaller exponent). */
export function addExact(a: Rational, b: Rational): Rational {
  const e = Math.min(a.exp, b.exp);
  return { num: (a.num << BigInt(a.exp - e)) + (b.num << BigInt(b.exp - e)), exp: e };
}

/** Sign of a − b for two rationals: -1, 0 or 1. */
export function compareExact(a: Rational, b: Rational): number {
  const d = addExact(a, { num: -b.num, exp: b.exp }).num;
  return d > 0n ? 1 : d < 0n ? -1 : 0;
}

/** The neighbour of a finite or infinite encoding towards +infinity (up) or -infinity. */
function stepBits(b: bigint, p: Prec, up: boolean): bigint {
  const signBit = 1n << BigInt(FRAC_BITS[p] + EXP_BITS[p]);
  const neg = (b & signBit) !== 0n;
  const mag = b & ~signBit;
  if (!neg) return up ? b + 1n : mag === 0n ? signBit | 1n : b - 1n;
  return up ? (mag === 0n ? 1n : b - 1n) : b + 1n;
}

/**
 * Turns the round-to-nearest result r of an operation into the result for FPCR rounding `mode`,
 * given cmp = sign(exact value − r) (for an overflow to infinity from finite operands, cmp is the
 * sign that points back into the finite range). Used where the exact value is not formed
 * (division, square root): r's neighbours bracket it.
 */
export function redirectRounding(r: bigint, cmp: number, p: Prec, mode: number): bigint {
  if (cmp === 0 || mode === 0 || mode === 4) return r;
  const signBit = 1n << BigInt(FRAC_BITS[p] + EXP_BITS[p]);
  const neg = (r & signBit) !== 0n;
  if (mode === 1) return cmp > 0 ? stepBits(r, p, true) : r;
  if (mode === 2) return cmp < 0 ? stepBits(r, p, false) : r;
  // RZ: step towards zero when r is further from zero than the exact value.
  return (!neg && cmp < 0) || (neg && cmp > 0) ? stepBits(r, p, neg) : r;
}

/**
 * Rounds num·2^exp to precision p with round-to-nearest-even (or `mode`: 0 RN, 1 RP, 2 RM, 3 RZ, 5 odd),
 * returning the encoded bits; overflow → infinity (or max finite in directed modes).
 */
export function roundToPrec(num: bigint, exp: number, p: Prec, negZero: boolean, mode = 0, flags?: { v: number }): bigint {
  const fb = FRAC_BITS[p];
  const eb = EXP_BITS[p];
  const bias = (1 << (eb - 1)) - 1;
  const signBit = 1n << BigInt(fb + eb);
  if (num === 0n) return negZero ? signBit : 0n;
  const neg = num < 0n;
  const m = neg ? -num : num;
  let e = exp;
  // Normalise m to fb+1 significant bits, keeping a sticky remainder.
  const len = m.toString(2).length;
  let shift = len - (fb + 1);
  const exponent = e + len - 1; // unbiased exponent of the leading bit
  const minExp = 1 - bias;
  if (exponent < minExp) shift += minExp - exponent; // subnormal: fewer significant bits
  let q: bigint;
  let roundUp = false;
  let inexact = false;
  if (shift > 0) {
    q = m >> BigInt(shift);
    const rem = m & ((1n << BigInt(shift)) - 1n);
    const half = 1n << BigInt(shift - 1);
    inexact = rem !== 0n;
    if (mode === 0) roundUp = rem > half || (rem === half && (q & 1n) === 1n);
    else if (mode === 1) roundUp = !neg && inexact;
    else if (mode === 2) roundUp = neg && inexact;
    e += shift;
  } else {
    q = m << BigInt(-shift);
    e += shift;
  }
  if (roundUp) q += 1n;
  if (q >> BigInt(fb + 1)) {
    q >>= 1n;
    e += 1;
  }
  if (mode === 5 && inexact) q |= 1n; // round to odd (FCVTXN)
  if (flags && inexact) flags.v |= FPSR_IXC;
  // Underflow: tiny before rounding and inexact (Sail FPRound: biased_exp == 0 && error != 0).
  if (flags && inexact && exponent < minExp) flags.v |= FPSR_UFC;
  // e is now the exponent of q's LSB; q has at most fb+1 bits.
  const topExp = q === 0n ? minExp : e + q.toString(2).length - 1;
  if (topExp > bias) {
    if (flags) flags.v |= FPSR_OFC | FPSR_IXC;
    const toInf = mode === 0 || (mode === 1 && !neg) || (mode === 2 && neg);
    const mag = toInf ? BigInt((1 << eb) - 1) << BigInt(fb) : ((BigInt((1 << eb) - 2) << BigInt(fb)) | ((1n << BigInt(fb)) - 1n));
    return (neg ? signBit : 0n) | mag;
  }
  let bitsOut: bigint;
  if (q >> BigInt(fb)) bitsOut = (BigInt(topExp + bias) << BigInt(fb)) | (q & ((1n << BigInt(fb)) - 1n));
  else bitsOut = q; // subnormal (biased exponent 0)
  return (neg ? signBit : 0n) | bitsOut;
}

/** Rounds a JS number (already a double) to precision p (RNE), for single/half results. */
export function toPrec(x: number, p: Prec): bigint {
  if (p === 'd' || Number.isNaN(x) || !Number.isFinite(x)) return numToBits(p === 's' ? Math.fround(x) : x, p);
  if (p === 's') return numToBits(Math.fround(x), 's');
  const r = exact(x);
  return roundToPrec(r.num, r.exp, 'h', Object.is(x, -0));
}

// ---------------------------------------------------------------- half precision
function halfToNum(h: number): number {
  const s = h & 0x8000 ? -1 : 1;
  const e = (h >> 10) & 0x1f;
  const f = h & 0x3ff;
  if (e === 0) return s * f * 2 ** -24;
  if (e === 31) return f ? NaN : s * Infinity;
  return s * (1 + f / 1024) * 2 ** (e - 15);
}

function numToHalf(x: number): number {
  if (Number.isNaN(x)) return 0x7e00;
  if (!Number.isFinite(x)) return x < 0 ? 0xfc00 : 0x7c00;
  const r = exact(x);
  return Number(roundToPrec(r.num, r.exp, 'h', Object.is(x, -0)));
}

// ---------------------------------------------------------------- FP → integer
/** Rounds a finite number to an integer with Arm rounding mode: 0 N (ties even), 1 P, 2 M, 3 Z, 4 A (ties away). */
export function roundInt(x: number, mode: number): number {
  switch (mode) {
    case 1: return Math.ceil(x);
    case 2: return Math.floor(x);
    case 3: return Math.trunc(x);
    case 4: {
      if (Math.abs(x) >= 2 ** 52) return x; // already an integer
      const a = Math.floor(Math.abs(x));
      const r = Math.abs(x) - a >= 0.5 ? a + 1 : a;
      return x < 0 ? -r : r;
    }
    default: {
      const f = Math.floor(x);
      const d = x - f;
      if (d > 0.5) return f + 1;
      if (d < 0.5) return f;
      return f % 2 === 0 ? f : f + 1;
    }
  }
}
