// AdvSIMD floating point (Sail execute_aarch64_instrs_vector_arithmetic_*_fp*, vector_reduce_fp*,
// vector_shift_conv_*): lane arithmetic, compares, min/max (lane, pairwise, across), conversions
// (integer, fixed point, precision: FCVTL/FCVTN/FCVTXN), square root, reciprocal and reciprocal
// square-root estimates and steps, FRECPX, FMULX, FMOV (half immediate). Each handler serves the
// single/double encodings (sz<22>) and the FP16 ones ("fp16" families), vector and scalar (sisd).
import { defineSemantics, type Cpu } from './cpu.js';
import type { InsnDef } from '../isa/table.js';
import { ArchException } from '../cpu/exception.js';
import { readV, writeV } from './a64-memory.js';
import { bits } from '../isa/table.js';
import { expandFpImm } from '../isa/syntax.js';
import { signExtendBig } from './u64.js';
import {
  type Prec, bitsToNum, numToBits, isNaNBits, isSNaNBits, defaultNaN, roundInt, exact, addExact, mulExact, roundToPrec,
  FPSR_IOC, FPSR_IXC, FPSR_DZC, FPSR_OFC,
} from './fp-core.js';
import {
  ADD, SUB, MUL, MULX, DIV, nanOf, raise, rmode, fusedMulAdd, fpMaxMin, fpToInt, intToFp, RMODE_OF, sqrtRounded, convertPrec, SIZE,
} from './a64-fp.js';
import { writeNarrow, M64 } from './simd-lanes.js';

const isHalf = (def: InsnDef): boolean => def.family.includes('fp16');
const isSisd = (def: InsnDef): boolean => def.family.endsWith('_sisd');
const width = (p: Prec): number => SIZE[p] * 8;
const signBit = (p: Prec): bigint => 1n << BigInt(width(p) - 1);

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
  writeV(cpu, w & 31, scalar ? esize / 8 : 16, scalar || q ? r : r & M64);
}

// ---------------------------------------------------------------- conversions
defineSemantics(['vector_arithmetic_unary_float_conv_int_simd', 'vector_arithmetic_unary_float_conv_int_sisd',
  'vector_arithmetic_unary_fp16_conv_int_simd', 'vector_arithmetic_unary_fp16_conv_int_sisd'], (cpu, w, def) => {
  // SCVTF/UCVTF (vector, integer)
  const unsigned = bits(w, 29, 29) === 1;
  laneOp(cpu, w, isSisd(def), (x, _y, p) => intToFp(cpu, unsigned ? x : signExtendBig(x, width(p)), p), false, isHalf(def));
});

defineSemantics(['vector_arithmetic_unary_float_conv_float_bulk_simd', 'vector_arithmetic_unary_float_conv_float_bulk_sisd',
  'vector_arithmetic_unary_float_conv_float_tieaway_simd', 'vector_arithmetic_unary_float_conv_float_tieaway_sisd',
  'vector_arithmetic_unary_fp16_conv_float_bulk_simd', 'vector_arithmetic_unary_fp16_conv_float_bulk_sisd',
  'vector_arithmetic_unary_fp16_conv_float_tieaway_simd', 'vector_arithmetic_unary_fp16_conv_float_tieaway_sisd'], (cpu, w, def) => {
  // FCVT{N,P,M,Z,A}{S,U} (vector)
  const mode = RMODE_OF[def.id.slice(0, 6)]!;
  const unsigned = def.id.slice(5, 6) === 'u';
  laneOp(cpu, w, isSisd(def), (x, _y, p) => fpToInt(cpu, bitsToNum(x, p), isNaNBits(x, p), mode, width(p), unsigned), false, isHalf(def));
});

/** Fixed-point shape from immh: 1xxx double, 01xx single, 001x half (Sail vector_shift_conv_*). */
function fixedShape(w: number, scalar: boolean): { fracbits: number; half: boolean } {
  const immh = bits(w, 22, 19);
  if (immh === 0 || immh === 1) throw new ArchException('undefined');
  const esize = immh & 8 ? 64 : immh & 4 ? 32 : 16;
  if (!scalar && esize === 64 && !bits(w, 30, 30)) throw new ArchException('undefined');
  return { fracbits: 2 * esize - ((immh << 3) | bits(w, 18, 16)), half: esize === 16 };
}

/** laneOp for the fixed-point encodings, whose precision comes from immh, not sz. */
function fixedLaneOp(cpu: Cpu, w: number, scalar: boolean, f: (x: bigint, p: Prec, fracbits: number) => bigint): void {
  const { fracbits, half } = fixedShape(w, scalar);
  const immh = bits(w, 22, 19);
  const p: Prec = half ? 'h' : immh & 8 ? 'd' : 's';
  const esize = width(p);
  const q = bits(w, 30, 30);
  const count = scalar ? 1 : (q ? 128 : 64) / esize;
  const m = (1n << BigInt(esize)) - 1n;
  const a = readV(cpu, bits(w, 9, 5), 16);
  let r = 0n;
  for (let i = 0; i < count; i++) r |= (f((a >> BigInt(i * esize)) & m, p, fracbits) & m) << BigInt(i * esize);
  writeV(cpu, w & 31, scalar ? esize / 8 : 16, scalar || q ? r : r & M64);
}

defineSemantics(['vector_shift_conv_int_simd', 'vector_shift_conv_int_sisd'], (cpu, w, def) => {
  // SCVTF/UCVTF (vector, fixed-point)
  const unsigned = bits(w, 29, 29) === 1;
  fixedLaneOp(cpu, w, isSisd(def), (x, p, fb) => intToFp(cpu, unsigned ? x : signExtendBig(x, width(p)), p, fb));
});

defineSemantics(['vector_shift_conv_float_simd', 'vector_shift_conv_float_sisd'], (cpu, w, def) => {
  // FCVTZS/FCVTZU (vector, fixed-point)
  const unsigned = bits(w, 29, 29) === 1;
  fixedLaneOp(cpu, w, isSisd(def), (x, p, fb) => fpToInt(cpu, bitsToNum(x, p), isNaNBits(x, p), 3, width(p), unsigned, fb));
});

defineSemantics('vector_arithmetic_unary_float_widen', (cpu, w) => {
  // FCVTL{2}: half → single (sz=0) or single → double (sz=1), from the lower or upper half
  const sz = bits(w, 22, 22);
  const from: Prec = sz ? 's' : 'h';
  const to: Prec = sz ? 'd' : 's';
  const src = readV(cpu, bits(w, 9, 5), 16) >> (bits(w, 30, 30) ? 64n : 0n);
  const fw = width(from);
  const n = 64 / fw;
  let r = 0n;
  for (let i = 0; i < n; i++) r |= convertPrec(cpu, (src >> BigInt(i * fw)) & ((1n << BigInt(fw)) - 1n), from, to, rmode(cpu)) << BigInt(i * 2 * fw);
  writeV(cpu, w & 31, 16, r);
});

defineSemantics(['vector_arithmetic_unary_float_narrow', 'vector_arithmetic_unary_float_xtn_simd', 'vector_arithmetic_unary_float_xtn_sisd'], (cpu, w, def) => {
  // FCVTN{2}: single → half (sz=0) or double → single; FCVTXN{2}: double → single, round to odd
  const odd = def.family.includes('xtn');
  const sz = bits(w, 22, 22);
  if (odd && !sz) throw new ArchException('undefined');
  const from: Prec = sz ? 'd' : 's';
  const to: Prec = sz ? 's' : 'h';
  const fw = width(from);
  const scalar = isSisd(def);
  const n = scalar ? 1 : 128 / fw;
  const src = readV(cpu, bits(w, 9, 5), 16);
  let r = 0n;
  for (let i = 0; i < n; i++) r |= convertPrec(cpu, (src >> BigInt(i * fw)) & ((1n << BigInt(fw)) - 1n), from, to, odd ? 5 : rmode(cpu)) << BigInt((i * fw) / 2);
  if (scalar) writeV(cpu, w & 31, fw / 16, r);
  else writeNarrow(cpu, w & 31, r, bits(w, 30, 30));
});

// ---------------------------------------------------------------- lane arithmetic
defineSemantics(['vector_arithmetic_binary_uniform_add_fp', 'vector_arithmetic_binary_uniform_add_fp16'], (cpu, w, def) => {
  if (bits(w, 29, 29)) pairwise(cpu, w, isHalf(def), ADD(cpu)); // FADDP (vector)
  else laneOp(cpu, w, false, ADD(cpu), true, isHalf(def));
});

defineSemantics(['vector_arithmetic_binary_uniform_sub_fp_simd', 'vector_arithmetic_binary_uniform_sub_fp_sisd',
  'vector_arithmetic_binary_uniform_sub_fp16_simd', 'vector_arithmetic_binary_uniform_sub_fp16_sisd'], (cpu, w, def) => {
  const sub = SUB(cpu);
  const abs = bits(w, 29, 29) === 1; // FABD
  laneOp(cpu, w, isSisd(def), (x, y, p) => {
    const r = sub(x, y, p);
    return abs ? r & ~signBit(p) : r; // FPAbs applies to NaN results too
  }, true, isHalf(def));
});

defineSemantics(['vector_arithmetic_binary_uniform_mul_fp_product', 'vector_arithmetic_binary_uniform_mul_fp16_product'], (cpu, w, def) =>
  laneOp(cpu, w, false, MUL(cpu), true, isHalf(def)));
defineSemantics(['vector_arithmetic_binary_uniform_div', 'vector_arithmetic_binary_uniform_div_fp16'], (cpu, w, def) =>
  laneOp(cpu, w, false, DIV(cpu), true, isHalf(def)));
defineSemantics(['vector_arithmetic_binary_uniform_mul_fp_extended_simd', 'vector_arithmetic_binary_uniform_mul_fp_extended_sisd',
  'vector_arithmetic_binary_uniform_mul_fp16_extended_simd', 'vector_arithmetic_binary_uniform_mul_fp16_extended_sisd'], (cpu, w, def) =>
  laneOp(cpu, w, isSisd(def), MULX(cpu), true, isHalf(def)));

defineSemantics(['vector_arithmetic_binary_uniform_mul_fp_fused', 'vector_arithmetic_binary_uniform_mul_fp16_fused'], (cpu, w, def) => {
  const sub = bits(w, 23, 23) === 1; // FMLS
  laneOp(cpu, w, false, (x, y, p, d) => fusedMulAdd(cpu, d, sub ? x ^ signBit(p) : x, y, p), true, isHalf(def));
});

defineSemantics(['vector_arithmetic_unary_diff_neg_float', 'vector_arithmetic_unary_diff_neg_fp16'], (cpu, w, def) => {
  const neg = bits(w, 29, 29) === 1;
  laneOp(cpu, w, false, (x, _y, p) => (neg ? x ^ signBit(p) : x & ~signBit(p)), false, isHalf(def));
});

defineSemantics(['vector_arithmetic_unary_float_round', 'vector_arithmetic_unary_fp16_round'], (cpu, w, def) => {
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
  }, false, isHalf(def));
});

defineSemantics(['vector_arithmetic_unary_special_sqrt', 'vector_arithmetic_unary_special_sqrt_fp16'], (cpu, w, def) => {
  laneOp(cpu, w, false, (a, _y, p) => {
    const nan = nanOf(cpu, [a], p);
    if (nan !== null) return nan;
    const x = bitsToNum(a, p);
    if (x < 0) {
      raise(cpu, FPSR_IOC);
      return defaultNaN(p);
    }
    return sqrtRounded(cpu, x, p);
  }, false, isHalf(def));
});

// ---------------------------------------------------------------- compares
const TRUE_LANE = (p: Prec): bigint => (1n << BigInt(width(p))) - 1n;

/** FP lane compare (FCMEQ/FCMGE/FCMGT, and the absolute FACGE/FACGT): all-ones or zero. */
function fpCmpLane(cpu: Cpu, x: bigint, y: bigint, p: Prec, op: 'eq' | 'ge' | 'gt', abs: boolean): bigint {
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

defineSemantics(['vector_arithmetic_binary_uniform_cmp_fp_simd', 'vector_arithmetic_binary_uniform_cmp_fp_sisd',
  'vector_arithmetic_binary_uniform_cmp_fp16_simd', 'vector_arithmetic_binary_uniform_cmp_fp16_sisd'], (cpu, w, def) => {
  const id = def.id;
  const op = id.startsWith('fcmeq') ? 'eq' : id.startsWith('fcmge') || id.startsWith('facge') ? 'ge' : 'gt';
  laneOp(cpu, w, isSisd(def), (x, y, p) => fpCmpLane(cpu, x, y, p, op, id.startsWith('fac')), true, isHalf(def));
});

defineSemantics(['vector_arithmetic_unary_cmp_float_bulk_simd', 'vector_arithmetic_unary_cmp_float_lessthan_simd',
  'vector_arithmetic_unary_cmp_float_bulk_sisd', 'vector_arithmetic_unary_cmp_float_lessthan_sisd',
  'vector_arithmetic_unary_cmp_fp16_bulk_simd', 'vector_arithmetic_unary_cmp_fp16_lessthan_simd',
  'vector_arithmetic_unary_cmp_fp16_bulk_sisd', 'vector_arithmetic_unary_cmp_fp16_lessthan_sisd'], (cpu, w, def) => {
  const id = def.id;
  laneOp(cpu, w, isSisd(def), (x, _y, p) => {
    if (id.startsWith('fcmlt')) return fpCmpLane(cpu, 0n, x, p, 'gt', false);
    if (id.startsWith('fcmle')) return fpCmpLane(cpu, 0n, x, p, 'ge', false);
    return fpCmpLane(cpu, x, 0n, p, id.startsWith('fcmeq') ? 'eq' : id.startsWith('fcmge') ? 'ge' : 'gt', false);
  }, false, isHalf(def));
});

// ---------------------------------------------------------------- min/max: lanes, pairwise, across
type Binary = (x: bigint, y: bigint, p: Prec) => bigint;

const maxMinOp = (cpu: Cpu, id: string): Binary => {
  const nm = id.includes('nm');
  const isMax = id.startsWith('fmax');
  return (a, b, p) => fpMaxMin(cpu, a, b, p, isMax, nm);
};

/** Pairwise over the concatenation Vm:Vn (FADDP, FMAXP, FMINP, FMAXNMP, FMINNMP vector). */
function pairwise(cpu: Cpu, w: number, half: boolean, op: Binary): void {
  const sz = half ? 0 : bits(w, 22, 22);
  const p: Prec = half ? 'h' : sz ? 'd' : 's';
  const esize = width(p);
  const q = bits(w, 30, 30);
  if (sz && !q) throw new ArchException('undefined');
  const count = (q ? 128 : 64) / esize;
  const m = (1n << BigInt(esize)) - 1n;
  const cat = (readV(cpu, bits(w, 20, 16), 16) << BigInt(count * esize)) | (readV(cpu, bits(w, 9, 5), 16) & ((1n << BigInt(count * esize)) - 1n));
  let r = 0n;
  for (let i = 0; i < count; i++) r |= op((cat >> BigInt(2 * i * esize)) & m, (cat >> BigInt((2 * i + 1) * esize)) & m, p) << BigInt(i * esize);
  writeV(cpu, w & 31, 16, q ? r : r & M64);
}

defineSemantics(['vector_arithmetic_binary_uniform_max_min_fp_1985', 'vector_arithmetic_binary_uniform_max_min_fp_2008',
  'vector_arithmetic_binary_uniform_max_min_fp16_1985', 'vector_arithmetic_binary_uniform_max_min_fp16_2008'], (cpu, w, def) => {
  const op = maxMinOp(cpu, def.id);
  if (bits(w, 29, 29)) pairwise(cpu, w, isHalf(def), op);
  else laneOp(cpu, w, false, op, true, isHalf(def));
});

/** Scalar pairwise (FADDP, FMAXP, FMINP, FMAXNMP, FMINNMP scalar): element 0 op element 1. For
 *  FP16 the encoding's sz must be 0; otherwise sz selects single or double. */
function pairScalar(cpu: Cpu, w: number, half: boolean, op: Binary): void {
  const sz = bits(w, 22, 22);
  if (half && sz) throw new ArchException('undefined');
  const p: Prec = half ? 'h' : sz ? 'd' : 's';
  const esize = width(p);
  const m = (1n << BigInt(esize)) - 1n;
  const v = readV(cpu, bits(w, 9, 5), 16);
  writeV(cpu, w & 31, esize / 8, op(v & m, (v >> BigInt(esize)) & m, p));
}

defineSemantics(['vector_reduce_fp_add_sisd', 'vector_reduce_fp16_add_sisd'], (cpu, w, def) => pairScalar(cpu, w, isHalf(def), ADD(cpu)));
defineSemantics(['vector_reduce_fp_max_sisd', 'vector_reduce_fp_maxnm_sisd', 'vector_reduce_fp16_max_sisd', 'vector_reduce_fp16_maxnm_sisd'], (cpu, w, def) =>
  pairScalar(cpu, w, isHalf(def), maxMinOp(cpu, def.id)));

defineSemantics(['vector_reduce_fp_max_simd', 'vector_reduce_fp_maxnm_simd', 'vector_reduce_fp16_max_simd', 'vector_reduce_fp16_maxnm_simd'], (cpu, w, def) => {
  // FMAXV/FMINV/FMAXNMV/FMINNMV: Sail Reduce — a balanced tree, lower half op upper half.
  const half = isHalf(def);
  const q = bits(w, 30, 30);
  if (!half && (bits(w, 22, 22) || !q)) throw new ArchException('undefined'); // single: 4S only
  const p: Prec = half ? 'h' : 's';
  const esize = width(p);
  const count = (q ? 128 : 64) / esize;
  const op = maxMinOp(cpu, def.id);
  const m = (1n << BigInt(esize)) - 1n;
  const v = readV(cpu, bits(w, 9, 5), 16);
  const reduce = (lo: number, n: number): bigint =>
    n === 1 ? (v >> BigInt(lo * esize)) & m : op(reduce(lo, n / 2), reduce(lo + n / 2, n / 2), p);
  writeV(cpu, w & 31, esize / 8, reduce(0, count));
});

// ---------------------------------------------------------------- estimates and Newton steps
/** Sail RecipEstimate: 9-bit reciprocal estimate of a in [256, 512). */
function recipEstimate(a: number): number {
  const b = Math.floor(2 ** 19 / (a * 2 + 1));
  return Math.floor((b + 1) / 2);
}

/** Sail RecipSqrtEstimate: 9-bit reciprocal square-root estimate of a in [128, 512). */
function recipSqrtEstimate(a0: number): number {
  const a = a0 < 256 ? a0 * 2 + 1 : (((a0 >> 1) << 1) + 1) * 2;
  let b = 512;
  while (a * (b + 1) * (b + 1) < 2 ** 28) b++;
  return Math.floor((b + 1) / 2);
}

const FRAC = { h: 10, s: 23, d: 52 } as const;
const EXPB = { h: 5, s: 8, d: 11 } as const;

/** The 52-bit fraction and exponent fields of an encoding (Sail FPRecipEstimate's unpacking). */
function fields(op: bigint, p: Prec): { fraction: bigint; exp: number } {
  const fraction = (op & ((1n << BigInt(FRAC[p])) - 1n)) << BigInt(52 - FRAC[p]);
  const exp = Number((op >> BigInt(FRAC[p])) & ((1n << BigInt(EXPB[p])) - 1n));
  return { fraction, exp };
}

/** Sail FPRecipEstimate (FRECPE). */
function fpRecipEstimate(cpu: Cpu, op: bigint, p: Prec): bigint {
  const nan = nanOf(cpu, [op], p);
  if (nan !== null) return nan;
  const sign = op & signBit(p);
  const x = bitsToNum(op, p);
  if (!Number.isFinite(x)) return sign;
  if (x === 0) {
    raise(cpu, FPSR_DZC);
    return sign | (((1n << BigInt(EXPB[p])) - 1n) << BigInt(FRAC[p]));
  }
  const tiny = { h: 2 ** -16, s: 2 ** -128, d: 2 ** -1024 }[p];
  if (Math.abs(x) < tiny) {
    const mode = rmode(cpu);
    const toInf = mode === 0 || (mode === 1 && !sign) || (mode === 2 && sign !== 0n);
    raise(cpu, FPSR_OFC | FPSR_IXC);
    const inf = ((1n << BigInt(EXPB[p])) - 1n) << BigInt(FRAC[p]);
    return sign | (toInf ? inf : inf - 1n);
  }
  let { fraction, exp } = fields(op, p);
  if (exp === 0) {
    if (((fraction >> 51n) & 1n) === 0n) {
      exp = -1;
      fraction = (fraction << 2n) & ((1n << 52n) - 1n);
    } else fraction = (fraction << 1n) & ((1n << 52n) - 1n);
  }
  const scaled = Number((1n << 8n) | (fraction >> 44n));
  let resultExp = { h: 29, s: 253, d: 2045 }[p] - exp;
  const estimate = BigInt(recipEstimate(scaled));
  let frac = (estimate & 0xffn) << 44n;
  if (resultExp === 0) frac = (1n << 51n) | (frac >> 1n);
  else if (resultExp === -1) {
    frac = (1n << 50n) | (frac >> 2n);
    resultExp = 0;
  }
  const expField = BigInt(resultExp) & ((1n << BigInt(EXPB[p])) - 1n);
  return sign | (expField << BigInt(FRAC[p])) | (frac >> BigInt(52 - FRAC[p]));
}

/** Sail FPRSqrtEstimate (FRSQRTE). */
function fpRSqrtEstimate(cpu: Cpu, op: bigint, p: Prec): bigint {
  const nan = nanOf(cpu, [op], p);
  if (nan !== null) return nan;
  const sign = op & signBit(p);
  const x = bitsToNum(op, p);
  if (x === 0) {
    raise(cpu, FPSR_DZC);
    return sign | (((1n << BigInt(EXPB[p])) - 1n) << BigInt(FRAC[p]));
  }
  if (sign) {
    raise(cpu, FPSR_IOC);
    return defaultNaN(p);
  }
  if (!Number.isFinite(x)) return 0n;
  let { fraction, exp } = fields(op, p);
  if (exp === 0) {
    while (((fraction >> 51n) & 1n) === 0n) {
      fraction = (fraction << 1n) & ((1n << 52n) - 1n);
      exp--;
    }
    fraction = (fraction << 1n) & ((1n << 52n) - 1n);
  }
  const scaled = (exp & 1) === 0 ? Number((1n << 8n) | (fraction >> 44n)) : Number((1n << 7n) | (fraction >> 45n));
  const resultExp = Math.floor(({ h: 44, s: 380, d: 3068 }[p] - exp) / 2);
  const estimate = BigInt(recipSqrtEstimate(scaled)) & 0xffn;
  const expField = BigInt(resultExp) & ((1n << BigInt(EXPB[p])) - 1n);
  return (expField << BigInt(FRAC[p])) | (estimate << BigInt(FRAC[p] - 8));
}

defineSemantics(['vector_arithmetic_unary_special_recip_float_simd', 'vector_arithmetic_unary_special_recip_float_sisd',
  'vector_arithmetic_unary_special_recip_fp16_simd', 'vector_arithmetic_unary_special_recip_fp16_sisd'], (cpu, w, def) =>
  laneOp(cpu, w, isSisd(def), (x, _y, p) => fpRecipEstimate(cpu, x, p), false, isHalf(def)));
defineSemantics(['vector_arithmetic_unary_special_sqrt_est_float_simd', 'vector_arithmetic_unary_special_sqrt_est_float_sisd',
  'vector_arithmetic_unary_special_sqrt_est_fp16_simd', 'vector_arithmetic_unary_special_sqrt_est_fp16_sisd'], (cpu, w, def) =>
  laneOp(cpu, w, isSisd(def), (x, _y, p) => fpRSqrtEstimate(cpu, x, p), false, isHalf(def)));

defineSemantics(['vector_arithmetic_unary_special_frecpx', 'vector_arithmetic_unary_special_frecpx_fp16'], (cpu, w, def) => {
  // FRECPX (scalar): exponent inverted, fraction cleared (Sail FPRecpX)
  laneOp(cpu, w, true, (x, _y, p) => {
    const nan = nanOf(cpu, [x], p);
    if (nan !== null) return nan;
    const expMask = (1n << BigInt(EXPB[p])) - 1n;
    const exp = (x >> BigInt(FRAC[p])) & expMask;
    const e = exp === 0n ? expMask - 1n : ~exp & expMask;
    return (x & signBit(p)) | (e << BigInt(FRAC[p]));
  }, false, isHalf(def));
});

defineSemantics(['vector_arithmetic_unary_special_recip_int', 'vector_arithmetic_unary_special_sqrt_est_int'], (cpu, w, def) => {
  // URECPE / URSQRTE on 32-bit lanes (Sail UnsignedRecipEstimate / UnsignedRSqrtEstimate)
  if (bits(w, 22, 22)) throw new ArchException('undefined');
  const sqrt = def.family.endsWith('sqrt_est_int');
  laneOp(cpu, w, false, (x) => {
    if (sqrt ? (x >> 30n) === 0n : (x >> 31n) === 0n) return 0xffffffffn;
    const top9 = Number(x >> 23n);
    const est = sqrt ? recipSqrtEstimate(top9) : recipEstimate(top9);
    return BigInt(est & 0x1ff) << 23n;
  }, false);
});

/** Sail FPRecipStepFused (FRECPS: 2 − a·b) and FPRSqrtStepFused (FRSQRTS: (3 − a·b) / 2). */
function stepFused(cpu: Cpu, a: bigint, b: bigint, p: Prec, rsqrt: boolean): bigint {
  const na = a ^ signBit(p);
  const nan = nanOf(cpu, [na, b], p);
  if (nan !== null) return nan;
  const x = bitsToNum(na, p);
  const y = bitsToNum(b, p);
  if ((x === 0 && !Number.isFinite(y)) || (y === 0 && !Number.isFinite(x))) return numToBits(rsqrt ? 1.5 : 2, p);
  if (!Number.isFinite(x) || !Number.isFinite(y)) return ((na ^ b) & signBit(p)) | (((1n << BigInt(EXPB[p])) - 1n) << BigInt(FRAC[p]));
  // 2 + x·y, or (3 + x·y) / 2, formed exactly and rounded once
  const e = addExact(mulExact(exact(x), exact(y)), exact(rsqrt ? 3 : 2));
  if (e.num === 0n) return rmode(cpu) === 2 ? signBit(p) : 0n;
  const flags = { v: 0 };
  const r = roundToPrec(e.num, rsqrt ? e.exp - 1 : e.exp, p, false, rmode(cpu), flags);
  raise(cpu, flags.v);
  return r;
}

defineSemantics(['vector_arithmetic_binary_uniform_recps_simd', 'vector_arithmetic_binary_uniform_recps_sisd',
  'vector_arithmetic_binary_uniform_recps_fp16_simd', 'vector_arithmetic_binary_uniform_recps_fp16_sisd'], (cpu, w, def) =>
  laneOp(cpu, w, isSisd(def), (x, y, p) => stepFused(cpu, x, y, p, false), true, isHalf(def)));
defineSemantics(['vector_arithmetic_binary_uniform_rsqrts_simd', 'vector_arithmetic_binary_uniform_rsqrts_sisd',
  'vector_arithmetic_binary_uniform_rsqrts_fp16_simd', 'vector_arithmetic_binary_uniform_rsqrts_fp16_sisd'], (cpu, w, def) =>
  laneOp(cpu, w, isSisd(def), (x, y, p) => stepFused(cpu, x, y, p, true), true, isHalf(def)));

// ---------------------------------------------------------------- FMOV (vector, half-precision immediate)
defineSemantics('vector_fp16_movi', (cpu, w) => {
  const imm8 = (bits(w, 18, 16) << 5) | bits(w, 9, 5);
  const h = numToBits(expandFpImm(imm8), 'h');
  const q = bits(w, 30, 30);
  let r = 0n;
  for (let i = 0; i < (q ? 8 : 4); i++) r |= h << BigInt(16 * i);
  writeV(cpu, w & 31, 16, r);
});
