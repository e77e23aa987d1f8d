// A64 scalar floating point (Arm ARM C7; Sail execute_aarch64_instrs_float_*): arithmetic with Arm
// NaN rules and FPCR.DN, exact fused multiply-add, comparisons setting NZCV, conversions between
// precisions and to/from integers with every rounding mode, FMOV immediate, FCSEL, FRINT*.
// FPSR cumulative flags: IOC, DZC, IXC, OFC, UFC are set for the operations that raise them.
import { defineSemantics, type Cpu, UnimplementedInstruction } from './cpu.js';
import { ArchException } from '../cpu/exception.js';
import { readV, writeV } from './a64-memory.js';
import { bits } from '../isa/table.js';
import { expandFpImm } from '../isa/syntax.js';
import { signExtendBig, MASK64 } from './u64.js';
import {
  type Prec, bitsToNum, numToBits, toPrec, processNaNs, defaultNaN, isNaNBits, isSNaNBits, exact, roundToPrec, roundInt,
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
    const r = roundToPrec(exactRes.num, exactRes.exp, p, Object.is(op(x, y), -0), rmode(cpu), flags);
    raise(cpu, flags.v);
    return r;
  }
  const r = op(x, y);
  const out = toPrec(r, p);
  // Division: inexact unless quotient × divisor reproduces the dividend exactly.
  const q = bitsToNum(out, p);
  if (Number.isFinite(q) && Number.isFinite(x) && Number.isFinite(y) && y !== 0) {
    const eq = exact(q);
    const ey = exact(y);
    const ex = exact(x);
    const pn = eq.num * ey.num;
    const pe = eq.exp + ey.exp;
    const e = Math.min(pe, ex.exp);
    if ((pn << BigInt(pe - e)) !== (ex.num << BigInt(ex.exp - e))) {
      raise(cpu, FPSR_IXC);
      // Tiny and inexact → underflow (tininess after rounding, as Arm detects it for FZ = 0).
      if (Math.abs(q) < MIN_NORMAL[p]) raise(cpu, FPSR_UFC);
    }
  } else if (!Number.isFinite(q) && Number.isFinite(x) && y !== 0) raise(cpu, FPSR_OFC | FPSR_IXC);
  return out;
}

/** Exact sum/difference/product as a rational when cheap (so rounding is done once, in p). */
function exactArith(x: number, y: number, op: (x: number, y: number) => number): { num: bigint; exp: number } | null {
  if (!Number.isFinite(x) || !Number.isFinite(y)) return null;
  const r = op(x, y);
  if (!Number.isFinite(r)) return null;
  const ex = exact(x);
  const ey = exact(y);
  const probe = op(2, 3);
  if (probe === 5 || probe === -1) {
    // addition / subtraction
    const e = Math.min(ex.exp, ey.exp);
    const a = ex.num << BigInt(ex.exp - e);
    const b = ey.num << BigInt(ey.exp - e);
    return { num: probe === 5 ? a + b : a - b, exp: e };
  }
  if (probe === 6) return { num: ex.num * ey.num, exp: ex.exp + ey.exp };
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
  const r = roundToPrec(e.num, e.exp, p, e.num === 0n && Object.is(x * y, -0) && Object.is(z, -0), rmode(cpu), flags);
  raise(cpu, flags.v);
  return r;
}

function fmaExact(a: number, b: number, c: number): { num: bigint; exp: number } {
  const ea = exact(a);
  const eb = exact(b);
  const ec = exact(c);
  const pn = ea.num * eb.num;
  const pe = ea.exp + eb.exp;
  const e = Math.min(pe, ec.exp);
  return { num: (pn << BigInt(pe - e)) + (ec.num << BigInt(ec.exp - e)), exp: e };
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
        r = toPrec(Math.sqrt(x), p);
        const q = exact(bitsToNum(r, p));
        const ex = exact(x);
        const e = Math.min(2 * q.exp, ex.exp);
        if (((q.num * q.num) << BigInt(2 * q.exp - e)) !== (ex.num << BigInt(ex.exp - e))) raise(cpu, FPSR_IXC);
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

defineSemantics('float_convert_fp', (cpu, w) => {
  const from = precOf(bits(w, 23, 22));
  const to = precOf(bits(w, 16, 15));
  if (from === to) throw new ArchException('undefined');
  const a = rd(cpu, bits(w, 9, 5), from);
  let r: bigint;
  if (isNaNBits(a, from)) {
    if (isSNaNBits(a, from)) raise(cpu, FPSR_IOC);
    if (dn(cpu)) r = defaultNaN(to);
    else {
      // Keep the sign and the top payload bits, quietened (Sail FPConvertNaN).
      const fromFrac = { h: 10, s: 23, d: 52 }[from];
      const toFrac = { h: 10, s: 23, d: 52 }[to];
      const sign = (a >> BigInt(SIZE[from] * 8 - 1)) & 1n;
      const payload = a & ((1n << BigInt(fromFrac - 1)) - 1n);
      const moved = toFrac >= fromFrac ? payload << BigInt(toFrac - fromFrac) : payload >> BigInt(fromFrac - toFrac);
      r = (sign << BigInt(SIZE[to] * 8 - 1)) | defaultNaN(to) | moved;
    }
  } else {
    const x = bitsToNum(a, from);
    if (!Number.isFinite(x) || x === 0) r = numToBits(x, to);
    else {
      const e = exact(x);
      const flags = { v: 0 };
      r = roundToPrec(e.num, e.exp, to, false, rmode(cpu), flags);
      raise(cpu, flags.v);
    }
  }
  wr(cpu, w & 31, to, r);
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
  if (id.startsWith('fjcvtzs')) throw new UnimplementedInstruction(id);
  const mnem = id.slice(0, 6);
  const mode = RMODE_OF[mnem];
  if (mode === undefined) throw new UnimplementedInstruction(id);
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


// ---------------------------------------------------------------- AdvSIMD floating point (per lane)
/** Applies f to each FP lane (sz<22>: single or double; `half`: the FP16 encodings), or to the one
 *  scalar element of the sisd forms. */
export function laneOp(cpu: Cpu, w: number, scalar: boolean, f: (x: bigint, y: bigint, p: Prec, d: bigint) => bigint, twoOps = true, half = false): void {
  const sz = half ? 0 : bits(w, 22, 22);
  const p: Prec = half ? 'h' : sz ? 'd' : 's';
  const esize = half ? 16 : sz ? 64 : 32;
  const q = bits(w, 30, 30);
  if (!scalar && sz && !q) throw new ArchException('undefined');
  const count = scalar ? 1 : (q ? 128 : 64) / esize;
  const m = (1n << BigInt(esize)) - 1n;
  const a = readV(cpu, bits(w, 9, 5), 16);
  const b = twoOps ? readV(cpu, bits(w, 20, 16), 16) : 0n;
  const dv = readV(cpu, w & 31, 16);
  let r = 0n;
  for (let i = 0; i < count; i++) {
    const sh = BigInt(i * esize);
    r |= (f((a >> sh) & m, (b >> sh) & m, p, (dv >> sh) & m) & m) << sh;
  }
  writeV(cpu, w & 31, scalar ? esize / 8 : 16, scalar || q ? r : r & ((1n << 64n) - 1n));
}

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

defineSemantics(['vector_arithmetic_unary_float_conv_int_simd', 'vector_arithmetic_unary_float_conv_int_sisd'], (cpu, w, def) => {
  const unsigned = bits(w, 29, 29) === 1;
  laneOp(cpu, w, def.family.endsWith('sisd'), (x, _y, p) => {
    const width = p === 'd' ? 64 : 32;
    return intToFp(cpu, unsigned ? x : signExtendBig(x, width), p);
  }, false);
});

defineSemantics(['vector_arithmetic_unary_float_conv_float_bulk_simd', 'vector_arithmetic_unary_float_conv_float_bulk_sisd',
  'vector_arithmetic_unary_float_conv_float_tieaway_simd', 'vector_arithmetic_unary_float_conv_float_tieaway_sisd'], (cpu, w, def) => {
  const mode = RMODE_OF[def.id.slice(0, 6)];
  if (mode === undefined) throw new UnimplementedInstruction(def.id);
  const unsigned = def.id.slice(5, 6) === 'u';
  laneOp(cpu, w, def.family.endsWith('sisd'), (x, _y, p) => fpToInt(cpu, bitsToNum(x, p), isNaNBits(x, p), mode, p === 'd' ? 64 : 32, unsigned), false);
});

defineSemantics('vector_arithmetic_binary_uniform_add_fp', (cpu, w) => {
  if (bits(w, 29, 29)) {
    // FADDP (vector): pairwise over the concatenation Vm:Vn
    const sz = bits(w, 22, 22);
    const p: Prec = sz ? 'd' : 's';
    const esize = sz ? 64 : 32;
    const q = bits(w, 30, 30);
    if (sz && !q) throw new ArchException('undefined');
    const count = (q ? 128 : 64) / esize;
    const m = (1n << BigInt(esize)) - 1n;
    const cat = (readV(cpu, bits(w, 20, 16), 16) << BigInt(count * esize)) | (readV(cpu, bits(w, 9, 5), 16) & ((1n << BigInt(count * esize)) - 1n));
    let r = 0n;
    const add = ADD(cpu);
    for (let i = 0; i < count; i++) {
      const x = (cat >> BigInt(2 * i * esize)) & m;
      const y = (cat >> BigInt((2 * i + 1) * esize)) & m;
      r |= add(x, y, p) << BigInt(i * esize);
    }
    writeV(cpu, w & 31, 16, q ? r : r & ((1n << 64n) - 1n));
    return;
  }
  laneOp(cpu, w, false, ADD(cpu));
});
defineSemantics('vector_arithmetic_binary_uniform_sub_fp_simd', (cpu, w) => {
  const sub = SUB(cpu);
  const abs = bits(w, 29, 29) === 1; // FABD
  laneOp(cpu, w, false, (x, y, p) => {
    const r = sub(x, y, p);
    return abs ? r & ~(1n << BigInt(p === 'd' ? 63 : 31)) : r; // FPAbs applies to NaN results too
  });
});
defineSemantics('vector_arithmetic_binary_uniform_mul_fp_product', (cpu, w) => laneOp(cpu, w, false, MUL(cpu)));
defineSemantics('vector_arithmetic_binary_uniform_div', (cpu, w) => laneOp(cpu, w, false, DIV(cpu)));
defineSemantics('vector_reduce_fp_add_sisd', (cpu, w) => {
  // FADDP (scalar): Vd = Vn[0] + Vn[1]
  const sz = bits(w, 22, 22);
  const p: Prec = sz ? 'd' : 's';
  const esize = sz ? 64 : 32;
  const m = (1n << BigInt(esize)) - 1n;
  const v = readV(cpu, bits(w, 9, 5), 16);
  writeV(cpu, w & 31, esize / 8, ADD(cpu)(v & m, (v >> BigInt(esize)) & m, p));
});

// ---------------------------------------------------------------- more AdvSIMD floating point lanes
const TRUE_LANE = (p: Prec): bigint => (p === 'd' ? (1n << 64n) - 1n : 0xffffffffn);

/** FP lane compare (FCMEQ/FCMGE/FCMGT, and the absolute FACGE/FACGT): all-ones or zero. */
export function fpCmpLane(cpu: Cpu, x: bigint, y: bigint, p: Prec, op: 'eq' | 'ge' | 'gt', abs: boolean): bigint {
  if (isNaNBits(x, p) || isNaNBits(y, p)) {
    if (op !== 'eq' || isSNaNBits(x, p) || isSNaNBits(y, p)) raise(cpu, FPSR_IOC);
    return 0n;
  }
  let a = bitsToNum(x, p);
  let b = bitsToNum(y, p);
  if (abs) {
    a = Math.abs(a);
    b = Math.abs(b);
  }
  const r = op === 'eq' ? a === b : op === 'ge' ? a >= b : a > b;
  return r ? TRUE_LANE(p) : 0n;
}

defineSemantics('vector_arithmetic_binary_uniform_cmp_fp_simd', (cpu, w, def) => {
  const id = def.id;
  const op = id.startsWith('fcmeq') ? 'eq' : id.startsWith('fcmge') || id.startsWith('facge') ? 'ge' : 'gt';
  laneOp(cpu, w, false, (x, y, p) => fpCmpLane(cpu, x, y, p, op, id.startsWith('fac')));
});

defineSemantics(['vector_arithmetic_unary_cmp_float_bulk_simd', 'vector_arithmetic_unary_cmp_float_lessthan_simd'], (cpu, w, def) => {
  const id = def.id;
  laneOp(cpu, w, false, (x, _y, p) => {
    if (id.startsWith('fcmlt')) return fpCmpLane(cpu, 0n, x, p, 'gt', false);
    if (id.startsWith('fcmle')) return fpCmpLane(cpu, 0n, x, p, 'ge', false);
    return fpCmpLane(cpu, x, 0n, p, id.startsWith('fcmeq') ? 'eq' : id.startsWith('fcmge') ? 'ge' : 'gt', false);
  }, false);
});

defineSemantics(['vector_arithmetic_unary_diff_neg_float'], (cpu, w) => {
  const neg = bits(w, 29, 29) === 1;
  laneOp(cpu, w, false, (x, _y, p) => {
    const sign = 1n << BigInt(p === 'd' ? 63 : 31);
    return neg ? x ^ sign : x & ~sign;
  }, false);
});

defineSemantics('vector_arithmetic_binary_uniform_mul_fp_fused', (cpu, w) => {
  const sub = bits(w, 23, 23) === 1; // FMLS
  laneOp(cpu, w, false, (x, y, p, d) => {
    const sign = 1n << BigInt(p === 'd' ? 63 : 31);
    return fusedMulAdd(cpu, d, sub ? x ^ sign : x, y, p);
  });
});

defineSemantics(['vector_arithmetic_binary_uniform_max_min_fp_1985', 'vector_arithmetic_binary_uniform_max_min_fp_2008'], (cpu, w, def) => {
  const id = def.id;
  if (id.includes('p_advsimd')) throw new UnimplementedInstruction(id); // pairwise forms
  const nm = id.includes('nm');
  const isMax = id.startsWith('fmax');
  laneOp(cpu, w, false, (a, b, p) => fpMaxMin(cpu, a, b, p, isMax, nm));
});

defineSemantics('vector_arithmetic_unary_float_round', (cpu, w, def) => {
  const id = def.id;
  const mode = id.startsWith('frintn') ? 0 : id.startsWith('frintp') ? 1 : id.startsWith('frintm') ? 2 : id.startsWith('frintz') ? 3 : id.startsWith('frinta') ? 4 : rmode(cpu);
  laneOp(cpu, w, false, (a, _y, p) => {
    const nan = nanOf(cpu, [a], p);
    if (nan !== null) return nan;
    const x = bitsToNum(a, p);
    if (!Number.isFinite(x)) return a;
    const r = roundInt(x, mode);
    if (id.startsWith('frintx') && r !== x) raise(cpu, FPSR_IXC);
    return numToBits(r === 0 && (x < 0 || Object.is(x, -0)) ? -0 : r, p);
  }, false);
});
