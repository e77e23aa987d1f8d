// A64 scalar floating point (Arm ARM C7; Sail execute_aarch64_instrs_float_*): arithmetic with Arm
// NaN rules and FPCR.DN, exact fused multiply-add, comparisons setting NZCV, conversions between
// precisions and to/from integers with every rounding mode, FMOV immediate, FCSEL, FRINT*.
// FPSR cumulative flags: IOC, DZC, IXC, OFC, UFC are set for the operations that raise them.
import { defineSemantics, type Cpu } from './cpu.js';
import { ArchException } from '../cpu/exception.js';
import { readV, writeV } from './a64-memory.js';
import { bits } from '../isa/table.js';
import { expandFpImm } from '../isa/syntax.js';
import { signExtendBig, MASK64 } from './u64.js';
import {
  type Prec, bitsToNum, numToBits, toPrec, processNaNs, defaultNaN, isNaNBits, isSNaNBits, exact, roundToPrec, roundInt, addExact, mulExact, compareExact, redirectRounding,
  FPSR_IOC, FPSR_DZC, FPSR_IXC, FPSR_OFC, FPSR_UFC,
} from './fp-core.js';

const MIN_NORMAL = { h: 2 ** -14, s: 2 ** -126, d: 2 ** -1022 } as const;

export function precOf(ftype: number): Prec {
  if (ftype === 0) return 's';
  if (ftype === 1) return 'd';
  if (ftype === 3) return 'h';
  throw new ArchException('undefined');
}
export const SIZE = { h: 2, s: 4, d: 8 } as const;

export function rd(cpu: Cpu, n: number, p: Prec): bigint {
  return readV(cpu, n, SIZE[p]);
}
export function wr(cpu: Cpu, d: number, p: Prec, v: bigint): void {
  writeV(cpu, d, SIZE[p], v);
}
export function dn(cpu: Cpu): boolean {
  return ((cpu.fpcr >> 25) & 1) === 1;
}
export function rmode(cpu: Cpu): number {
  return (cpu.fpcr >> 22) & 3;
}
export function raise(cpu: Cpu, f: number): void {
  cpu.fpsr |= f;
}

/** Sail FPProcessNaNs with the FPSR update: the NaN result if any operand is a NaN, else null. */
export function nanOf(cpu: Cpu, ops: readonly bigint[], p: Prec): bigint | null {
  const flags = { v: 0 };
  const nan = processNaNs(ops, p, dn(cpu), flags);
  raise(cpu, flags.v);
  return nan;
}

/** Result of a binary arithmetic op: NaN operands handled first, then the IEEE result rounded to p. */
export function arith2(cpu: Cpu, a: bigint, b: bigint, p: Prec, op: (x: number, y: number) => number, invalid: (x: number, y: number) => boolean): bigint {
  const nan = nanOf(cpu, [a, b], p);
  if (nan !== null) return nan;
  const x = bitsToNum(a, p);
  const y = bitsToNum(b, p);
  if (invalid(x, y)) {
    raise(cpu, FPSR_IOC);
    return defaultNaN(p);
  }
  const exactRes = exactArith(x, y, op);
  if (exactRes !== null) {
    const flags = { v: 0 };
    const js = op(x, y);
    const probe = op(2, 3);
    const negZero = probe === 6 ? Object.is(js, -0) : zeroSumIsNegative(x, probe === 5 ? y : -y, rmode(cpu));
    const r = roundToPrec(exactRes.num, exactRes.exp, p, negZero, rmode(cpu), flags);
    raise(cpu, flags.v);
    return r;
  }
  // Division: the double quotient rounded to p is the round-to-nearest result (a double holds
  // more than twice p's precision, so double rounding is innocuous); the exact comparison of
  // quotient × divisor with the dividend gives inexactness and the direction for FPCR.RMode.
  const near = toPrec(op(x, y), p);
  if (!Number.isFinite(x) || !Number.isFinite(y) || y === 0 || x === 0) return near; // exact special results
  const q = bitsToNum(near, p);
  if (!Number.isFinite(q)) {
    raise(cpu, FPSR_OFC | FPSR_IXC);
    return redirectRounding(near, q > 0 ? -1 : 1, p, rmode(cpu)); // the exact value lies back in the finite range
  }
  let cmp = compareExact(exact(x), mulExact(exact(q), exact(y)));
  if (y < 0) cmp = -cmp;
  if (cmp !== 0) {
    raise(cpu, FPSR_IXC);
    // Underflow: the exact quotient is tiny (below the smallest normal) and the result inexact.
    if (compareExact(exact(Math.abs(x)), mulExact(exact(MIN_NORMAL[p]), exact(Math.abs(y)))) < 0) raise(cpu, FPSR_UFC);
  }
  return redirectRounding(near, cmp, p, rmode(cpu));
}

/** IEEE 754 sign of an exactly-zero sum s + t: two zeros of one sign keep it; otherwise +0, or -0
 *  when rounding towards minus infinity (FPCR.RMode = RM). */
function zeroSumIsNegative(s: number, t: number, mode: number): boolean {
  const sn = Object.is(s, -0);
  const tn = Object.is(t, -0);
  if (s === 0 && t === 0 && sn === tn) return sn;
  return mode === 2;
}

/** Exact sum/difference/product as a rational when cheap (so rounding is done once, in p). */
function exactArith(x: number, y: number, op: (x: number, y: number) => number): { num: bigint; exp: number } | null {
  if (!Number.isFinite(x) || !Number.isFinite(y)) return null;
  const r = op(x, y);
  if (!Number.isFinite(r)) return null;
  const ex = exact(x);
  const ey = exact(y);
  const probe = op(2, 3);
  if (probe === 5) return addExact(ex, ey);
  if (probe === -1) return addExact(ex, { num: -ey.num, exp: ey.exp });
  if (probe === 6) return mulExact(ex, ey);
  return null; // division and others: rounded from the double result
}

/** Sail FPMax/FPMin and FPMaxNum/FPMinNum: a quiet NaN loses to a number in the NM forms; +0 > -0. */
export function fpMaxMin(cpu: Cpu, a: bigint, b: bigint, p: Prec, isMax: boolean, nm: boolean): bigint {
  const an = isNaNBits(a, p);
  const bn = isNaNBits(b, p);
  if (nm && an !== bn && !isSNaNBits(a, p) && !isSNaNBits(b, p)) return an ? b : a;
  const nan = nanOf(cpu, [a, b], p);
  if (nan !== null) return nan;
  const x = bitsToNum(a, p);
  const y = bitsToNum(b, p);
  if (x === 0 && y === 0) return isMax ? (Object.is(x, 0) ? a : b) : Object.is(x, -0) ? a : b;
  return (isMax ? x > y : x < y) ? a : b;
}

/** Sail FPMulAdd(addend, op1, op2): NaNs (addend first), invalid cases, then one exact rounding. */
export function fusedMulAdd(cpu: Cpu, c: bigint, a: bigint, b: bigint, p: Prec): bigint {
  // Sail FPMulAdd: a quiet-NaN addend with an infinity × zero product is an invalid operation.
  if (isNaNBits(c, p) && !isSNaNBits(c, p) && !isNaNBits(a, p) && !isNaNBits(b, p)) {
    const x = bitsToNum(a, p);
    const y = bitsToNum(b, p);
    if ((x === 0 && !Number.isFinite(y)) || (y === 0 && !Number.isFinite(x))) {
      raise(cpu, FPSR_IOC);
      return defaultNaN(p);
    }
  }
  const nan = nanOf(cpu, [c, a, b], p);
  if (nan !== null) return nan;
  const x = bitsToNum(a, p);
  const y = bitsToNum(b, p);
  const z = bitsToNum(c, p);
  const prodInf = !Number.isFinite(x) || !Number.isFinite(y);
  if ((x === 0 && !Number.isFinite(y)) || (y === 0 && !Number.isFinite(x)) || (prodInf && !Number.isFinite(z) && Math.sign(x * y) !== Math.sign(z))) {
    raise(cpu, FPSR_IOC);
    return defaultNaN(p);
  }
  if (prodInf || !Number.isFinite(z)) return toPrec(x * y + z, p);
  const e = fmaExact(x, y, z);
  const flags = { v: 0 };
  const r = roundToPrec(e.num, e.exp, p, zeroSumIsNegative(x * y, z, rmode(cpu)), rmode(cpu), flags);
  raise(cpu, flags.v);
  return r;
}

function fmaExact(a: number, b: number, c: number): { num: bigint; exp: number } {
  return addExact(mulExact(exact(a), exact(b)), exact(c));
}

defineSemantics(['float_arithmetic_add_sub', 'float_arithmetic_mul_product', 'float_arithmetic_div', 'float_arithmetic_max_min'], (cpu, w, def) => {
  const p = precOf(bits(w, 23, 22));
  const a = rd(cpu, bits(w, 9, 5), p);
  const b = rd(cpu, bits(w, 20, 16), p);
  const d = w & 31;
  const id = def.id;
  let r: bigint;
  if (id.startsWith('fadd')) r = arith2(cpu, a, b, p, (x, y) => x + y, (x, y) => x === Infinity && y === -Infinity || x === -Infinity && y === Infinity);
  else if (id.startsWith('fsub')) r = arith2(cpu, a, b, p, (x, y) => x - y, (x, y) => x === y && !Number.isFinite(x));
  else if (id.startsWith('fmul') || id.startsWith('fnmul')) {
    r = arith2(cpu, a, b, p, (x, y) => x * y, (x, y) => (x === 0 && !Number.isFinite(y)) || (y === 0 && !Number.isFinite(x)));
    if (id.startsWith('fnmul')) r ^= 1n << BigInt(SIZE[p] * 8 - 1); // Sail: FPNeg(FPMul(...)), NaNs included
  } else if (id.startsWith('fdiv')) {
    const y = bitsToNum(b, p);
    const x = bitsToNum(a, p);
    if (y === 0 && Number.isFinite(x) && x !== 0 && !isNaNBits(a, p)) raise(cpu, FPSR_DZC);
    r = arith2(cpu, a, b, p, (u, v) => u / v, (u, v) => (u === 0 && v === 0) || (!Number.isFinite(u) && !Number.isFinite(v)));
  } else {
    // FMAX, FMIN, FMAXNM, FMINNM
    r = fpMaxMin(cpu, a, b, p, id.startsWith('fmax'), id.includes('nm'));
  }
  wr(cpu, d, p, r);
});

defineSemantics('float_arithmetic_mul_add_sub', (cpu, w, def) => {
  const p = precOf(bits(w, 23, 22));
  let a = rd(cpu, bits(w, 9, 5), p);
  const b = rd(cpu, bits(w, 20, 16), p);
  let c = rd(cpu, bits(w, 14, 10), p);
  const sign = 1n << BigInt(SIZE[p] * 8 - 1);
  const id = def.id;
  // FMADD: c + a*b; FMSUB: c - a*b; FNMADD: -c - a*b; FNMSUB: -c + a*b
  const negProd = id.startsWith('fmsub') || id.startsWith('fnmadd');
  const negAdd = id.startsWith('fnm');
  // Sail: the operands are negated (FPNeg) before FPMulAdd processes NaNs.
  if (negProd) a ^= sign;
  if (negAdd) c ^= sign;
  const r = fusedMulAdd(cpu, c, a, b, p);
  wr(cpu, w & 31, p, r);
});

/** Square root of a non-negative finite or infinite x, rounded per FPCR.RMode, with IXC. */
export function sqrtRounded(cpu: Cpu, x: number, p: Prec): bigint {
  const near = toPrec(Math.sqrt(x), p);
  if (!Number.isFinite(x) || x === 0) return near;
  const q = exact(bitsToNum(near, p));
  const cmp = compareExact(exact(x), mulExact(q, q));
  if (cmp !== 0) raise(cpu, FPSR_IXC);
  return redirectRounding(near, cmp, p, rmode(cpu));
}

defineSemantics('float_arithmetic_unary', (cpu, w) => {
  const p = precOf(bits(w, 23, 22));
  const a = rd(cpu, bits(w, 9, 5), p);
  const sign = 1n << BigInt(SIZE[p] * 8 - 1);
  let r: bigint;
  switch (bits(w, 16, 15)) {
    case 0: r = a; break; // FMOV
    case 1: r = a & ~sign; break; // FABS
    case 2: r = a ^ sign; break; // FNEG
    default: { // FSQRT
      const nan = nanOf(cpu, [a], p);
      const x = bitsToNum(a, p);
      if (nan !== null) r = nan;
      else if (x < 0) {
        raise(cpu, FPSR_IOC);
        r = defaultNaN(p);
      } else {
        r = sqrtRounded(cpu, x, p);
      }
    }
  }
  wr(cpu, w & 31, p, r);
});

defineSemantics('float_move_fp_imm', (cpu, w) => {
  const p = precOf(bits(w, 23, 22));
  wr(cpu, w & 31, p, numToBits(expandFpImm(bits(w, 20, 13)), p));
});

defineSemantics('float_move_fp_select', (cpu, w) => {
  const p = precOf(bits(w, 23, 22));
  wr(cpu, w & 31, p, cpu.condHolds(bits(w, 15, 12)) ? rd(cpu, bits(w, 9, 5), p) : rd(cpu, bits(w, 20, 16), p));
});

/** Sail FPCompare → NZCV: unordered 0011, equal 0110, less 1000, greater 0010. */
export function compare(cpu: Cpu, a: bigint, b: bigint, p: Prec, signalAll: boolean): number {
  if (isNaNBits(a, p) || isNaNBits(b, p)) {
    if (signalAll || isSNaNBits(a, p) || isSNaNBits(b, p)) raise(cpu, FPSR_IOC);
    return 0b0011;
  }
  const x = bitsToNum(a, p);
  const y = bitsToNum(b, p);
  return x === y ? 0b0110 : x < y ? 0b1000 : 0b0010;
}

defineSemantics('float_compare_uncond', (cpu, w) => {
  const p = precOf(bits(w, 23, 22));
  const a = rd(cpu, bits(w, 9, 5), p);
  const b = bits(w, 3, 3) ? 0n : rd(cpu, bits(w, 20, 16), p);
  cpu.setNzcv(compare(cpu, a, b, p, bits(w, 4, 4) === 1));
});

defineSemantics('float_compare_cond', (cpu, w) => {
  const p = precOf(bits(w, 23, 22));
  if (cpu.condHolds(bits(w, 15, 12))) cpu.setNzcv(compare(cpu, rd(cpu, bits(w, 9, 5), p), rd(cpu, bits(w, 20, 16), p), p, bits(w, 4, 4) === 1));
  else cpu.setNzcv(w & 15);
});

/** Sail FPConvert between precisions (FCVT, FCVTL/FCVTN/FCVTXN): NaNs keep sign and top payload
 *  bits (FPConvertNaN); finite values are rounded once with `mode` (5: round to odd). */
export function convertPrec(cpu: Cpu, a: bigint, from: Prec, to: Prec, mode: number): bigint {
  if (isNaNBits(a, from)) {
    if (isSNaNBits(a, from)) raise(cpu, FPSR_IOC);
    if (dn(cpu)) return defaultNaN(to);
    const fromFrac = { h: 10, s: 23, d: 52 }[from];
    const toFrac = { h: 10, s: 23, d: 52 }[to];
    const sign = (a >> BigInt(SIZE[from] * 8 - 1)) & 1n;
    const payload = a & ((1n << BigInt(fromFrac - 1)) - 1n);
    const moved = toFrac >= fromFrac ? payload << BigInt(toFrac - fromFrac) : payload >> BigInt(fromFrac - toFrac);
    return (sign << BigInt(SIZE[to] * 8 - 1)) | defaultNaN(to) | moved;
  }
  const x = bitsToNum(a, from);
  if (!Number.isFinite(x) || x === 0) return numToBits(x, to);
  const e = exact(x);
  const flags = { v: 0 };
  const r = roundToPrec(e.num, e.exp, to, false, mode, flags);
  raise(cpu, flags.v);
  return r;
}

defineSemantics('float_convert_fp', (cpu, w) => {
  const from = precOf(bits(w, 23, 22));
  const to = precOf(bits(w, 16, 15));
  if (from === to) throw new ArchException('undefined');
  wr(cpu, w & 31, to, convertPrec(cpu, rd(cpu, bits(w, 9, 5), from), from, to, rmode(cpu)));
});

defineSemantics('float_arithmetic_round_frint', (cpu, w, def) => {
  const p = precOf(bits(w, 23, 22));
  const a = rd(cpu, bits(w, 9, 5), p);
  const nan = nanOf(cpu, [a], p);
  if (nan !== null) {
    wr(cpu, w & 31, p, nan);
    return;
  }
  const x = bitsToNum(a, p);
  const id = def.id;
  const mode = id.startsWith('frintn') ? 0 : id.startsWith('frintp') ? 1 : id.startsWith('frintm') ? 2 : id.startsWith('frintz') ? 3 : id.startsWith('frinta') ? 4 : rmode(cpu);
  if (!Number.isFinite(x)) {
    wr(cpu, w & 31, p, a);
    return;
  }
  const r = roundInt(x, mode);
  if (id.startsWith('frintx') && r !== x) raise(cpu, FPSR_IXC);
  wr(cpu, w & 31, p, numToBits(r === 0 && (x < 0 || Object.is(x, -0)) ? -0 : r, p));
});

/** FP → integer with saturation (Sail FPToFixed): NaN → 0 with IOC; out of range saturates with IOC. */
export function fpToInt(cpu: Cpu, x: number, isNaN: boolean, mode: number, bitsOut: number, unsigned: boolean, fbits = 0): bigint {
  if (isNaN) {
    raise(cpu, FPSR_IOC);
    return 0n;
  }
  const scaled = x * 2 ** fbits;
  const r = Number.isFinite(scaled) ? roundInt(scaled, mode) : scaled;
  const inexact = r !== scaled;
  const min = unsigned ? 0n : -(1n << BigInt(bitsOut - 1));
  const max = unsigned ? (1n << BigInt(bitsOut)) - 1n : (1n << BigInt(bitsOut - 1)) - 1n;
  let v: bigint;
  if (r === Infinity) v = max + 1n;
  else if (r === -Infinity) v = min - 1n;
  else v = BigInt(r);
  if (v > max) {
    raise(cpu, FPSR_IOC);
    v = max;
  } else if (v < min) {
    raise(cpu, FPSR_IOC);
    v = min;
  } else if (inexact) raise(cpu, FPSR_IXC); // an out-of-range result raises Invalid Operation only
  return v & ((1n << BigInt(bitsOut)) - 1n);
}

/** Integer → FP, exactly rounded (Sail FixedToFP). */
export function intToFp(cpu: Cpu, v: bigint, p: Prec, fbits = 0): bigint {
  const flags = { v: 0 };
  const r = roundToPrec(v, -fbits, p, false, rmode(cpu), flags);
  raise(cpu, flags.v);
  return r;
}

export const RMODE_OF: Record<string, number> = { fcvtns: 0, fcvtnu: 0, fcvtps: 1, fcvtpu: 1, fcvtms: 2, fcvtmu: 2, fcvtzs: 3, fcvtzu: 3, fcvtas: 4, fcvtau: 4 };

defineSemantics('float_convert_int', (cpu, w, def) => {
  const sf = bits(w, 31, 31);
  const intBits = sf ? 64 : 32;
  const id = def.id;
  const d = w & 31;
  const n = bits(w, 9, 5);
  if (id.startsWith('fmov_float_gen')) {
    fmovGeneral(cpu, w);
    return;
  }
  const p = precOf(bits(w, 23, 22));
  if (id.startsWith('scvtf') || id.startsWith('ucvtf')) {
    let v = cpu.x(n) & (sf ? MASK64 : 0xffffffffn);
    if (id.startsWith('scvtf')) v = signExtendBig(v, intBits);
    wr(cpu, d, p, intToFp(cpu, v, p));
    return;
  }
  if (id.startsWith('fjcvtzs')) throw new ArchException('undefined'); // Armv8.3 JSCVT: not in Morello (Armv8.2; Sail decodes it UNDEFINED)
  const mnem = id.slice(0, 6);
  const mode = RMODE_OF[mnem];
  if (mode === undefined) throw new ArchException('undefined');
  const a = rd(cpu, n, p);
  const r = fpToInt(cpu, bitsToNum(a, p), isNaNBits(a, p), mode, intBits, mnem.endsWith('u'));
  if (sf) cpu.setXr(d, r);
  else cpu.setWr(d, r);
});

defineSemantics('float_convert_fix', (cpu, w, def) => {
  const sf = bits(w, 31, 31);
  const intBits = sf ? 64 : 32;
  const scale = bits(w, 15, 10);
  if (!sf && scale < 32) throw new ArchException('undefined');
  const fbits = 64 - scale;
  const p = precOf(bits(w, 23, 22));
  const d = w & 31;
  const n = bits(w, 9, 5);
  const id = def.id;
  if (id.startsWith('scvtf') || id.startsWith('ucvtf')) {
    let v = cpu.x(n) & (sf ? MASK64 : 0xffffffffn);
    if (id.startsWith('scvtf')) v = signExtendBig(v, intBits);
    wr(cpu, d, p, intToFp(cpu, v, p, fbits));
    return;
  }
  const a = rd(cpu, n, p);
  const r = fpToInt(cpu, bitsToNum(a, p), isNaNBits(a, p), 3, intBits, id.startsWith('fcvtzu'), fbits);
  if (sf) cpu.setXr(d, r);
  else cpu.setWr(d, r);
});

/** FMOV between general and SIMD&FP registers (bit-pattern moves). */
function fmovGeneral(cpu: Cpu, w: number): void {
  const sf = bits(w, 31, 31);
  const ftype = bits(w, 23, 22);
  const rm = bits(w, 20, 19);
  const toGeneral = bits(w, 18, 16) === 6;
  const d = w & 31;
  const n = bits(w, 9, 5);
  if (rm === 1) {
    if (!sf || ftype !== 2) throw new ArchException('undefined');
    if (toGeneral) cpu.setXr(d, readV(cpu, n, 16) >> 64n);
    else writeV(cpu, d, 16, (readV(cpu, d, 16) & ((1n << 64n) - 1n)) | (cpu.x(n) << 64n));
    return;
  }
  const size = ftype === 0 ? 4 : ftype === 1 ? 8 : ftype === 3 ? 2 : 0;
  if (size === 0 || (size === 8 && !sf) || (size === 4 && sf)) throw new ArchException('undefined');
  if (toGeneral) {
    const v = readV(cpu, n, size);
    if (sf) cpu.setXr(d, v);
    else cpu.setWr(d, v);
  } else writeV(cpu, d, size, cpu.x(n) & ((1n << BigInt(size * 8)) - 1n));
}


// ---------------------------------------------------------------- operations shared with AdvSIMD
export const ADD = (cpu: Cpu) => (x: bigint, y: bigint, p: Prec): bigint =>
  arith2(cpu, x, y, p, (u, v) => u + v, (u, v) => (u === Infinity && v === -Infinity) || (u === -Infinity && v === Infinity));
export const SUB = (cpu: Cpu) => (x: bigint, y: bigint, p: Prec): bigint =>
  arith2(cpu, x, y, p, (u, v) => u - v, (u, v) => u === v && !Number.isFinite(u));
export const MUL = (cpu: Cpu) => (x: bigint, y: bigint, p: Prec): bigint =>
  arith2(cpu, x, y, p, (u, v) => u * v, (u, v) => (u === 0 && !Number.isFinite(v)) || (v === 0 && !Number.isFinite(u)));
/** Sail FPMulX: as FPMul, except that infinity × zero gives ±2.0 instead of the default NaN. */
export const MULX = (cpu: Cpu) => (x: bigint, y: bigint, p: Prec): bigint => {
  const u = bitsToNum(x, p);
  const v = bitsToNum(y, p);
  if (!isNaNBits(x, p) && !isNaNBits(y, p) && ((u === 0 && !Number.isFinite(v)) || (v === 0 && !Number.isFinite(u)))) {
    const top = BigInt(SIZE[p] * 8 - 1);
    return (((x ^ y) >> top) << top) | numToBits(2, p);
  }
  return MUL(cpu)(x, y, p);
};
export const DIV = (cpu: Cpu) => (x: bigint, y: bigint, p: Prec): bigint => {
  const u = bitsToNum(x, p);
  if (bitsToNum(y, p) === 0 && Number.isFinite(u) && u !== 0 && !isNaNBits(x, p) && !isNaNBits(y, p)) raise(cpu, FPSR_DZC);
  return arith2(cpu, x, y, p, (a, b) => a / b, (a, b) => (a === 0 && b === 0) || (!Number.isFinite(a) && !Number.isFinite(b)));
};

