// Run-time support for compiled blocks: 64-bit helpers on 32-bit halves that are too long to emit
// inline, results passed back through the `lo`/`hi` fields (no allocation). Numbers only: BigInt is
// used for the one rare case (64-bit division with operands ≥ 2^53).
import { toBig, bigLo, bigHi, preferDoubleFields } from './u64.js';
import { capIsRepresentableFastNumbers } from '../cap/bounds.js';

// The bounds of the exact scalar FP fast paths, JitRuntime's and the WebAssembly tier's (emit-fp.ts).
/** Add/subtract operands below this magnitude: the sum is finite and its TwoSum error exact. */
export const FP_ADD_LIMIT = 1e300;
/** Smallest normal double and single: a non-zero result at or below it may underflow. */
export const FP_MIN_NORMAL_D = 2.2250738585072014e-308;
export const FP_MIN_NORMAL_S = 1.1754943508222875e-38;
/** Multiply/divide operands: zero or a magnitude in (2^-400, 2^400), where products stay normal
 *  and Dekker's error terms exact. */
export const FP_MODERATE_LO = 3.872591914849318e-121;
export const FP_MODERATE_HI = 2.5822498780869086e120;
/** Dekker's splitter, 2^27 + 1. */
export const FP_SPLIT = 134217729;
/** FP to integer conversions: results below 2^53 in magnitude. */
export const FP_INT_LIMIT = 9007199254740992;

export class JitRuntime {
  lo = 0;
  hi = 0;

  constructor() {
    preferDoubleFields(this, ['lo', 'hi']);
  }

  /** Low 64 bits of (ahi:alo) × (bhi:blo). */
  mul64(alo: number, ahi: number, blo: number, bhi: number): void {
    this.mulu32(alo, blo);
    this.hi = (this.hi + Math.imul(alo, bhi) + Math.imul(ahi, blo)) >>> 0;
  }

  /** Full 64-bit product of two unsigned 32-bit values. */
  mulu32(a: number, b: number): void {
    const a0 = a & 0xffff;
    const a1 = a >>> 16;
    const b0 = b & 0xffff;
    const b1 = b >>> 16;
    const p00 = a0 * b0;
    const p01 = a0 * b1;
    const p10 = a1 * b0;
    const mid = (p00 >>> 16) + (p01 & 0xffff) + (p10 & 0xffff);
    this.lo = ((mid << 16) | (p00 & 0xffff)) >>> 0;
    this.hi = (a1 * b1 + (p01 >>> 16) + (p10 >>> 16) + (mid >>> 16)) >>> 0;
  }

  /** High 64 bits of the 128-bit product (UMULH, or SMULH when `signed`), from the four 32×32-bit
   *  partial products: each one's low word exactly by Math.imul, its high word by rounding
   *  (x·y − low) / 2^32 (the double product is within 2^12 of the exact one, so the quotient is
   *  within 2^-20 of an integer); the column sums stay below 2^35, exact in doubles. */
  mulHigh64(alo: number, ahi: number, blo: number, bhi: number, signed: boolean): void {
    const l00 = Math.imul(alo, blo) >>> 0;
    const h00 = Math.round((alo * blo - l00) / 4294967296);
    const l01 = Math.imul(alo, bhi) >>> 0;
    const h01 = Math.round((alo * bhi - l01) / 4294967296);
    const l10 = Math.imul(ahi, blo) >>> 0;
    const h10 = Math.round((ahi * blo - l10) / 4294967296);
    const l11 = Math.imul(ahi, bhi) >>> 0;
    const h11 = Math.round((ahi * bhi - l11) / 4294967296);
    const mid = h00 + l01 + l10; // bits 63:32 of the product, plus carries out
    const low = l11 + h01 + h10 + Math.floor(mid / 4294967296); // bits 95:64, plus carries out
    let lo = low >>> 0;
    let hi = h11 + Math.floor(low / 4294967296);
    if (signed) {
      // signed high part = unsigned high part - (a < 0 ? b : 0) - (b < 0 ? a : 0), mod 2^64
      if (ahi & 0x80000000) {
        const d = lo - blo;
        hi = hi - bhi - (d < 0 ? 1 : 0);
        lo = d;
      }
      if (bhi & 0x80000000) {
        const d = (lo >>> 0) - alo;
        hi = hi - ahi - (d < 0 ? 1 : 0);
        lo = d;
      }
    }
    this.lo = lo >>> 0;
    this.hi = hi >>> 0;
  }

  /** TBL/TBX (Sail AArch64.vector.transfer.vector.table): byte i of Vd is byte Vm[i] of the table
   *  Vn, Vn+1, … (regs registers, numbers modulo 32); an index beyond the table gives 0 (TBL) or
   *  keeps Vd's byte (TBX). Q = 0: 8 bytes, the upper half of Vd cleared. */
  table(V: Uint32Array, d: number, n: number, m: number, regs: number, q: number, tbx: boolean): void {
    const out = this.out;
    const limit = 16 * regs;
    const count = q ? 16 : 8;
    out[0] = out[1] = out[2] = out[3] = 0;
    for (let i = 0; i < count; i++) {
      const shift = (i & 3) * 8;
      const ix = (V[m * 4 + (i >> 2)]! >>> shift) & 255;
      let byte = 0;
      if (ix < limit) {
        const j = ix & 15;
        byte = (V[((n + (ix >> 4)) & 31) * 4 + (j >> 2)]! >>> ((j & 3) * 8)) & 255;
      } else if (tbx) byte = (V[d * 4 + (i >> 2)]! >>> shift) & 255;
      out[i >> 2] = out[i >> 2]! | (byte << shift);
    }
    this.writeOut(V, d, 4);
  }

  /** The vector helpers' result words, built here before Vd is written (Vd may be a source). */
  private readonly out = new Uint32Array(4);

  /** Vd = the result words; the words past `words` (a 64-bit vector's upper half) cleared. */
  private writeOut(V: Uint32Array, d: number, words: number): void {
    for (let k = 0; k < 4; k++) V[d * 4 + k] = k < words ? this.out[k]! : 0;
  }

  /** ZIP1/2 (kind 0), UZP1/2 (1), TRN1/2 (2) (Sail execute_aarch64_instrs_vector_transfer_vector_permute_*):
   *  result lane j is lane k of Vn or Vm, chosen as the instruction says; q = 0: 64-bit vectors,
   *  the upper half of Vd cleared. */
  vperm(V: Uint32Array, d: number, n: number, m: number, esize: number, kind: number, part: number, q: number): void {
    const out = this.out;
    const count = (q ? 128 : 64) / esize;
    const half = count / 2;
    const mask = laneMask(esize);
    out[0] = out[1] = out[2] = out[3] = 0;
    for (let j = 0; j < count; j++) {
      let reg: number;
      let k: number;
      if (kind === 0) {
        reg = j & 1 ? m : n;
        k = part * half + (j >> 1);
      } else if (kind === 1) {
        const x = 2 * j + part; // in the concatenation Vn (low) : Vm
        reg = x < count ? n : m;
        k = x < count ? x : x - count;
      } else {
        reg = j & 1 ? m : n;
        k = (j & ~1) + part;
      }
      if (esize === 64) {
        out[2 * j] = V[reg * 4 + 2 * k]!;
        out[2 * j + 1] = V[reg * 4 + 2 * k + 1]!;
      } else {
        const sb = k * esize;
        const v = (V[reg * 4 + (sb >> 5)]! >>> (sb & 31)) & mask;
        const db = j * esize;
        out[db >> 5] = (out[db >> 5]! | (v << (db & 31))) >>> 0;
      }
    }
    this.writeOut(V, d, 4);
  }

  /** CMGT/CMGE/CMEQ/CMLE/CMLT (vector, zero; Sail
   *  execute_aarch64_instrs_vector_arithmetic_unary_cmp_int_*): each signed esize-bit lane of Vn
   *  compared with 0 gives all ones or zero (cond: 0 >, 1 >=, 2 ==, 3 <=, 4 <); q = 0: upper half
   *  of Vd cleared. */
  vcmpz(V: Uint32Array, d: number, n: number, esize: number, cond: number, q: number): void {
    const out = this.out;
    const words = q ? 4 : 2;
    if (esize === 64) {
      for (let k = 0; k < words; k += 2) {
        const lo = V[n * 4 + k]!;
        const hi = V[n * 4 + k + 1]! | 0;
        const sign = hi < 0 ? -1 : hi === 0 && lo === 0 ? 0 : 1;
        const r = cmpZero(sign, cond) ? 0xffffffff : 0;
        out[k] = r;
        out[k + 1] = r;
      }
    } else {
      const mask = laneMask(esize);
      const up = 32 - esize;
      for (let k = 0; k < words; k++) {
        const word = V[n * 4 + k]!;
        let r = 0;
        for (let j = 0; j < 32; j += esize) {
          const x = (((word >>> j) & mask) << up) >> up;
          if (cmpZero(x < 0 ? -1 : x === 0 ? 0 : 1, cond)) r |= mask << j;
        }
        out[k] = r >>> 0;
      }
    }
    this.writeOut(V, d, words);
  }

  /** SSHLL/USHLL{2} (SXTL/UXTL): the esize-bit lanes of the lower (upper when `upper`) half of Vn,
   *  sign- or zero-extended to 2·esize bits and shifted left by `shift` (< esize), fill Vd. */
  vshll(V: Uint32Array, d: number, n: number, esize: number, shift: number, signed: boolean, upper: boolean): void {
    const out = this.out;
    const src0 = V[n * 4 + (upper ? 2 : 0)]!;
    const src1 = V[n * 4 + (upper ? 3 : 1)]!;
    const lanes = 64 / esize;
    const mask = laneMask(esize);
    const up = 32 - esize;
    out[0] = out[1] = out[2] = out[3] = 0;
    for (let i = 0; i < lanes; i++) {
      const bit = i * esize;
      const raw = ((bit < 32 ? src0 : src1) >>> (bit & 31)) & mask;
      const x = signed ? (raw << up) >> up : raw >>> 0; // the lane as a (signed) 32-bit number
      const wide = 2 * esize;
      const ob = i * wide;
      if (wide === 64) {
        // (x << shift) over 64 bits, x sign- or zero-extended
        this.shift64(x >>> 0, signed && x < 0 ? 0xffffffff : 0, 0, shift);
        out[ob >> 5] = this.lo;
        out[(ob >> 5) + 1] = this.hi;
      } else {
        const m2 = laneMask(wide);
        out[ob >> 5] = (out[ob >> 5]! | (((x << shift) & m2) << (ob & 31))) >>> 0;
      }
    }
    this.writeOut(V, d, 4);
  }

  /** SHL / SSHR / USHR / SSRA / USRA (vector, immediate; Sail
   *  execute_aarch64_instrs_vector_shift_*): each esize-bit lane of Vn shifted left by `shift`
   *  (0 .. esize-1) or right by `shift` (1 .. esize, arithmetic when `signed`), plus Vd's lane when
   *  `acc` (modulo 2^esize); 64-bit vector (q = 0): the upper half of Vd cleared. */
  vshift(V: Uint32Array, d: number, n: number, esize: number, shift: number, left: boolean, signed: boolean, acc: boolean, q: number): void {
    const out = this.out;
    const words = q ? 4 : 2;
    if (esize === 64) {
      for (let k = 0; k < words; k += 2) {
        const hi = V[n * 4 + k + 1]!;
        // A right shift by 64 (allowed: shift ≤ esize) leaves only the sign (or zero).
        if (!left && shift === 64) this.lo = this.hi = signed ? (hi >> 31) >>> 0 : 0;
        else this.shift64(V[n * 4 + k]!, hi, left ? 0 : signed ? 2 : 1, shift);
        if (acc) this.add64(this.lo, this.hi, V[d * 4 + k]!, V[d * 4 + k + 1]!);
        out[k] = this.lo;
        out[k + 1] = this.hi;
      }
    } else {
      const mask = laneMask(esize);
      const up = 32 - esize;
      for (let k = 0; k < words; k++) {
        const word = V[n * 4 + k]!;
        const dw = V[d * 4 + k]!;
        let r = 0;
        for (let j = 0; j < 32; j += esize) {
          let x = (word >>> j) & mask;
          if (left) x = shift >= 32 ? 0 : x << shift;
          else if (signed) {
            x = (x << up) >> up; // sign-extended lane
            x = shift >= 32 ? x >> 31 : x >> shift;
          } else x = shift >= 32 ? 0 : x >>> shift;
          if (acc) x += (dw >>> j) & mask;
          r |= (x & mask) << j;
        }
        out[k] = r >>> 0;
      }
    }
    this.writeOut(V, d, words);
  }

  /** 64-bit product of two signed 32-bit values (given as unsigned words). */
  muls32(a: number, b: number): void {
    this.mulu32(a, b);
    let hi = this.hi;
    if (a & 0x80000000) hi -= b;
    if (b & 0x80000000) hi -= a;
    this.hi = hi >>> 0;
  }

  /** 64-bit (a + b) or (a - b) into lo/hi. */
  add64(alo: number, ahi: number, blo: number, bhi: number): void {
    const s = alo + blo;
    this.lo = s >>> 0;
    this.hi = (ahi + bhi + (s > 0xffffffff ? 1 : 0)) >>> 0;
  }

  sub64(alo: number, ahi: number, blo: number, bhi: number): void {
    const s = alo - blo;
    this.lo = s >>> 0;
    this.hi = (ahi - bhi - (s < 0 ? 1 : 0)) >>> 0;
  }

  /** 64-bit division (Sail: RoundTowardsZero, x / 0 = 0). Operands of magnitude below 2^53 divide
   *  as doubles: the rounded quotient is within x·2^-53 < 1/b of a/b, so truncating it is exact; the
   *  rest (and INT64_MIN / -1) use BigInt. */
  div64(alo: number, ahi: number, blo: number, bhi: number, signed: boolean): void {
    if (blo === 0 && bhi === 0) {
      this.lo = 0;
      this.hi = 0;
      return;
    }
    const a = smallInt(alo, ahi, signed);
    const b = smallInt(blo, bhi, signed);
    if (a !== null && b !== null) {
      const q = Math.trunc(a / b); // |q| < 2^53
      const h = Math.floor(q / 4294967296);
      this.lo = (q - h * 4294967296) >>> 0;
      this.hi = h >>> 0;
      return;
    }
    this.div64Big(alo, ahi, blo, bhi, signed);
  }

  private div64Big(alo: number, ahi: number, blo: number, bhi: number, signed: boolean): void {
    let a = toBig(alo, ahi);
    let b = toBig(blo, bhi);
    if (signed) {
      a = BigInt.asIntN(64, a);
      b = BigInt.asIntN(64, b);
    }
    const q = BigInt.asUintN(64, a / b);
    this.lo = bigLo(q);
    this.hi = bigHi(q);
  }

  /** 32-bit division (unsigned or signed operands as words); x / 0 = 0. */
  div32(a: number, b: number, signed: boolean): number {
    if (b === 0) return 0;
    if (signed) return Math.trunc((a | 0) / (b | 0)) >>> 0;
    return Math.floor(a / b) >>> 0;
  }

  /** Count leading zeros (CLZ) / sign bits (CLS) of a 64-bit value. */
  clz64(lo: number, hi: number): number {
    return hi !== 0 ? Math.clz32(hi) : 32 + Math.clz32(lo);
  }

  cls64(lo: number, hi: number): number {
    const s = hi >> 31;
    return this.clz64((lo ^ s) >>> 0, (hi ^ s) >>> 0) - 1;
  }

  /** Byte reversal of a 32-bit word. */
  bswap32(x: number): number {
    return (((x & 0xff) << 24) | ((x & 0xff00) << 8) | ((x >>> 8) & 0xff00) | (x >>> 24)) >>> 0;
  }

  /** Byte reversal within each 16-bit half of a word. */
  bswap16x2(x: number): number {
    return (((x & 0x00ff00ff) << 8) | ((x >>> 8) & 0x00ff00ff)) >>> 0;
  }

  /** 64-bit shift by a run-time amount (type 0 LSL, 1 LSR, 2 ASR, 3 ROR), amount in 0..63. */
  shift64(lo: number, hi: number, type: number, k: number): void {
    if (k === 0) {
      this.lo = lo;
      this.hi = hi;
      return;
    }
    switch (type) {
      case 0:
        if (k < 32) {
          this.hi = ((hi << k) | (lo >>> (32 - k))) >>> 0;
          this.lo = (lo << k) >>> 0;
        } else {
          this.hi = (lo << (k - 32)) >>> 0;
          this.lo = 0;
        }
        return;
      case 1:
        if (k < 32) {
          this.lo = ((lo >>> k) | (hi << (32 - k))) >>> 0;
          this.hi = hi >>> k;
        } else {
          this.lo = hi >>> (k - 32);
          this.hi = 0;
        }
        return;
      case 2:
        if (k < 32) {
          this.lo = ((lo >>> k) | (hi << (32 - k))) >>> 0;
          this.hi = (hi >> k) >>> 0;
        } else {
          this.lo = (hi >> (k - 32)) >>> 0;
          this.hi = (hi >> 31) >>> 0;
        }
        return;
      default: {
        let l = lo;
        let h = hi;
        let r = k;
        if (r >= 32) {
          l = hi;
          h = lo;
          r -= 32;
        }
        if (r === 0) {
          this.lo = l;
          this.hi = h;
          return;
        }
        this.lo = ((l >>> r) | (h << (32 - r))) >>> 0;
        this.hi = ((h >>> r) | (l << (32 - r))) >>> 0;
      }
    }
  }

  /** 32-bit shift by a run-time amount in 0..31. */
  shift32(x: number, type: number, k: number): number {
    switch (type) {
      case 0: return (x << k) >>> 0;
      case 1: return x >>> k;
      case 2: return (x >> k) >>> 0;
      default: return k === 0 ? x : ((x >>> k) | (x << (32 - k))) >>> 0;
    }
  }

  /** Sail CapIsRepresentableFast on numbers (src/cap/bounds.ts), for compiled CapAdd. */
  readonly capAddKeepsTag = capIsRepresentableFastNumbers;

  // ---------------------------------------------------------------- scalar floating point
  // Fast paths for FPCR = round to nearest, no flush-to-zero, no default NaN (E.fpRN): operands
  // and results where IEEE binary64 arithmetic in JavaScript gives Arm's result bit for bit, with
  // FPSR.IXC computed exactly from the rounding error. Anything else (NaN, infinity, overflow,
  // a tiny result that could underflow, huge operands) sets `bad` and the interpreter runs the
  // instruction. `inexact` is 1 when the rounded result differs from the exact one.
  bad = false;
  inexact = 0;
  /** Views the compiled code uses to move FP values between registers' words and numbers. */
  readonly f64 = new Float64Array(1);
  readonly d32 = new Uint32Array(this.f64.buffer);
  readonly f32 = new Float32Array(1);
  readonly s32 = new Uint32Array(this.f32.buffer);

  /** Error of a + b rounded to r (Knuth's TwoSum: exact when nothing overflows). */
  private sumError(a: number, b: number, r: number): number {
    const bb = r - a;
    return (a - (r - bb)) + (b - bb);
  }

  /** Error of a × b rounded to r (Dekker's TwoProduct: exact for operands in 2^±400). */
  private productError(a: number, b: number, r: number): number {
    const ca = FP_SPLIT * a;
    const ah = ca - (ca - a);
    const al = a - ah;
    const cb = FP_SPLIT * b;
    const bh = cb - (cb - b);
    const bl = b - bh;
    return ((ah * bh - r) + ah * bl + al * bh) + al * bl;
  }

  /** A double result Arm and IEEE agree on without flags beyond IXC: finite, zero or normal above
   *  the smallest normal (Arm detects tininess before rounding: a result rounded up to it may
   *  underflow). */
  private resultD(r: number): number {
    if (!(Math.abs(r) < Infinity) || (r !== 0 && Math.abs(r) <= FP_MIN_NORMAL_D)) this.bad = true;
    return r;
  }

  /** Single-precision result r of a double-precision value r64 (tininess judged on r64, so a tiny
   *  value that rounds to zero is caught too). */
  private resultS(r: number, r64: number): number {
    if (!(Math.abs(r) < Infinity) || (r64 !== 0 && Math.abs(r64) <= FP_MIN_NORMAL_S)) this.bad = true;
    return r;
  }

  /** Operand magnitudes where products stay normal and the error terms exact: zero, or 2^±400. */
  private moderate(x: number): boolean {
    const m = Math.abs(x);
    return m === 0 || (m > FP_MODERATE_LO && m < FP_MODERATE_HI);
  }

  addD(a: number, b: number): number {
    this.bad = !(Math.abs(a) < FP_ADD_LIMIT && Math.abs(b) < FP_ADD_LIMIT);
    const r = a + b;
    this.inexact = this.sumError(a, b, r) !== 0 ? 1 : 0;
    return this.resultD(r);
  }

  mulD(a: number, b: number): number {
    this.bad = !(this.moderate(a) && this.moderate(b));
    const r = a * b;
    this.inexact = this.productError(a, b, r) !== 0 ? 1 : 0;
    return this.resultD(r);
  }

  divD(a: number, b: number): number {
    this.bad = !(this.moderate(a) && this.moderate(b) && b !== 0);
    const r = a / b;
    // exact iff r × b == a exactly
    this.inexact = r * b !== a || this.productError(r, b, r * b) !== 0 ? 1 : 0;
    return this.resultD(r);
  }

  /** Single precision: operands are floats (exact doubles); the double result rounded once more to
   *  single is correctly rounded (53 ≥ 2 × 24 + 2), and inexact unless both steps were exact. */
  addS(a: number, b: number): number {
    this.bad = !(Math.abs(a) < Infinity && Math.abs(b) < Infinity);
    const r64 = a + b;
    const r = Math.fround(r64);
    this.inexact = r !== r64 || this.sumError(a, b, r64) !== 0 ? 1 : 0;
    return this.resultS(r, r64);
  }

  mulS(a: number, b: number): number {
    this.bad = !(Math.abs(a) < Infinity && Math.abs(b) < Infinity);
    const r64 = a * b; // exact: 48 significant bits
    const r = Math.fround(r64);
    this.inexact = r !== r64 ? 1 : 0;
    return this.resultS(r, r64);
  }

  divS(a: number, b: number): number {
    this.bad = !(Math.abs(a) < Infinity && Math.abs(b) < Infinity && b !== 0);
    const r64 = a / b;
    const r = Math.fround(r64);
    this.inexact = r * b !== a ? 1 : 0; // r × b is exact in double
    return this.resultS(r, r64);
  }

  /** FCMP/FCMPE NZCV for non-NaN operands (NaN: bad). */
  compare(a: number, b: number): number {
    this.bad = a !== a || b !== b;
    return a < b ? 8 : a === b ? 6 : 2;
  }

  /** FCVTZS/FCVTZU to `bits` bits: result halves in lo/hi; out of range or NaN: bad. */
  toInt(x: number, signed: boolean, bits: number): void {
    const t = Math.trunc(x);
    const lo = signed ? -(2 ** (bits - 1)) : 0;
    const hiLim = signed ? 2 ** (bits - 1) - 1 : 2 ** bits - 1;
    this.bad = !(t >= lo && t <= hiLim && Math.abs(t) < FP_INT_LIMIT);
    this.inexact = t !== x ? 1 : 0;
    const h = Math.floor(t / 4294967296);
    this.lo = (t - h * 4294967296) >>> 0;
    this.hi = bits === 32 ? 0 : h >>> 0;
  }

  /** SCVTF/UCVTF source value (below 2^52 in magnitude, else bad). */
  fromInt(lo: number, hi: number, signed: boolean, bits: number): number {
    if (bits === 32) {
      this.bad = false;
      return signed ? lo | 0 : lo;
    }
    const h = signed ? hi | 0 : hi;
    this.bad = !(h >= -1048576 && h < 1048576);
    return h * 4294967296 + lo;
  }
}

/** Whether a lane whose sign is `sign` (-1, 0, 1) meets compare-with-zero condition `cond`
 *  (0 >, 1 >=, 2 ==, 3 <=, 4 <). */
function cmpZero(sign: number, cond: number): boolean {
  switch (cond) {
    case 0: return sign > 0;
    case 1: return sign >= 0;
    case 2: return sign === 0;
    case 3: return sign <= 0;
    default: return sign < 0;
  }
}

/** The 64-bit value (lo, hi), read as unsigned or signed, as a number when its magnitude is below
 *  2^53; null otherwise. */
function smallInt(lo: number, hi: number, signed: boolean): number | null {
  if (hi < 0x200000) return hi * 4294967296 + lo;
  if (signed && hi > 0xffe00000) return (hi - 4294967296) * 4294967296 + lo; // > -2^53
  return null;
}

/** The mask of an esize-bit lane (esize ≤ 32) within a 32-bit word. */
export function laneMask(esize: number): number {
  return esize === 32 ? 0xffffffff : (1 << esize) - 1;
}
