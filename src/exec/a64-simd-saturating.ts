// AdvSIMD saturating and shifting integer families, vector and scalar forms (Sail
// execute_aarch64_instrs_vector_*: SatQ sets FPSR.QC): SQADD/UQADD/SQSUB/UQSUB, SSHL/USHL/SRSHL/
// URSHL/SQSHL/UQSHL/SQRSHL/UQRSHL (register), SQSHL/UQSHL/SQSHLU (immediate), SQ(R)DMULH, SQRDMLAH/
// SQRDMLSH, SQABS/SQNEG, SUQADD/USQADD, SQXTN/UQXTN/SQXTUN, SQ(R)SHRN/UQ(R)SHRN/SQ(R)SHRUN,
// SQDMULL/SQDMLAL/SQDMLSL.
import { defineSemantics, type Cpu } from './cpu.js';
import { ArchException } from '../cpu/exception.js';
import { readV, writeV } from './a64-memory.js';
import { bits } from '../isa/table.js';
import { signExtendBig } from './u64.js';
import { lanes, pack, halfLanes, writeNarrow, saturate, shiftBy } from './simd-lanes.js';
import { shapeOf, readShaped, writeShaped, immhShape, type Shape } from './simd-shape.js';

const sisd = (family: string): boolean => family.endsWith('_sisd');

// ---------------------------------------------------------------- three registers, same shape
defineSemantics(['vector_arithmetic_binary_uniform_add_saturating_simd', 'vector_arithmetic_binary_uniform_sub_saturating_simd',
  'vector_arithmetic_binary_uniform_add_saturating_sisd', 'vector_arithmetic_binary_uniform_sub_saturating_sisd'], (cpu, w, def) => {
  const s = shapeOf(w, sisd(def.family));
  const u = bits(w, 29, 29) === 1;
  const sub = def.family.includes('sub_');
  const a = readShaped(cpu, bits(w, 9, 5), s, u);
  const b = readShaped(cpu, bits(w, 20, 16), s, u);
  writeShaped(cpu, w & 31, s, a.map((x, i) => saturate(sub ? x - b[i]! : x + b[i]!, s.esize, u, cpu)));
});

defineSemantics(['vector_arithmetic_binary_uniform_shift_simd', 'vector_arithmetic_binary_uniform_shift_sisd'], (cpu, w, def) => {
  // Sail: shift = SInt(Elem[operand2]<7:0>); element = (Int(op1) + round_const) << shift; SatQ if S.
  const scalar = sisd(def.family);
  const saturating = bits(w, 11, 11) === 1;
  const rounding = bits(w, 12, 12) === 1;
  if (scalar && !saturating && bits(w, 23, 22) !== 3) throw new ArchException('undefined');
  const s = shapeOf(w, scalar);
  const u = bits(w, 29, 29) === 1;
  const a = readShaped(cpu, bits(w, 9, 5), s, u);
  const b = readShaped(cpu, bits(w, 20, 16), s);
  writeShaped(cpu, w & 31, s, a.map((x, i) => {
    const sh = Number(signExtendBig(b[i]! & 0xffn, 8));
    const r = shiftBy(x + (rounding && sh < 0 ? 1n << BigInt(-sh - 1) : 0n), sh);
    return saturating ? saturate(r, s.esize, u, cpu) : r;
  }));
});

/** SQDMULH/SQRDMULH core: SignedSatQ((2*a*b + round) >> esize). */
function doublingHigh(cpu: Cpu, a: bigint, b: bigint, esize: number, round: boolean): bigint {
  return saturate((2n * a * b + (round ? 1n << BigInt(esize - 1) : 0n)) >> BigInt(esize), esize, false, cpu);
}

/** SQRDMLAH/SQRDMLSH core: SignedSatQ(((d << esize) ± 2*a*b + round) >> esize). */
function doublingAccum(cpu: Cpu, d: bigint, a: bigint, b: bigint, esize: number, sub: boolean): bigint {
  const p = 2n * a * b;
  return saturate(((d << BigInt(esize)) + (sub ? -p : p) + (1n << BigInt(esize - 1))) >> BigInt(esize), esize, false, cpu);
}

/** Sizes 01 and 10 only (the doubling multiplies). */
function halfOrWord(w: number): void {
  const size = bits(w, 23, 22);
  if (size === 0 || size === 3) throw new ArchException('undefined');
}

defineSemantics(['vector_arithmetic_binary_uniform_mul_int_doubling_simd', 'vector_arithmetic_binary_uniform_mul_int_doubling_sisd'], (cpu, w, def) => {
  halfOrWord(w);
  const s = shapeOf(w, sisd(def.family));
  const a = readShaped(cpu, bits(w, 9, 5), s, false);
  const b = readShaped(cpu, bits(w, 20, 16), s, false);
  const round = bits(w, 29, 29) === 1;
  writeShaped(cpu, w & 31, s, a.map((x, i) => doublingHigh(cpu, x, b[i]!, s.esize, round)));
});

defineSemantics(['vector_arithmetic_binary_uniform_mul_int_doubling_accum_simd', 'vector_arithmetic_binary_uniform_mul_int_doubling_accum_sisd'], (cpu, w, def) => {
  halfOrWord(w);
  const s = shapeOf(w, sisd(def.family));
  const a = readShaped(cpu, bits(w, 9, 5), s, false);
  const b = readShaped(cpu, bits(w, 20, 16), s, false);
  const d = readShaped(cpu, w & 31, s, false);
  const sub = bits(w, 11, 11) === 1;
  writeShaped(cpu, w & 31, s, a.map((x, i) => doublingAccum(cpu, d[i]!, x, b[i]!, s.esize, sub)));
});

// ---------------------------------------------------------------- two registers
defineSemantics(['vector_arithmetic_unary_diff_neg_sat_simd', 'vector_arithmetic_unary_diff_neg_sat_sisd'], (cpu, w, def) => {
  const s = shapeOf(w, sisd(def.family));
  const neg = bits(w, 29, 29) === 1;
  const a = readShaped(cpu, bits(w, 9, 5), s, false);
  writeShaped(cpu, w & 31, s, a.map((x) => saturate(neg ? -x : x < 0n ? -x : x, s.esize, false, cpu)));
});

defineSemantics(['vector_arithmetic_unary_add_saturating_simd', 'vector_arithmetic_unary_add_saturating_sisd'], (cpu, w, def) => {
  // SUQADD (U=0): signed Vd + unsigned Vn, signed result; USQADD (U=1): unsigned Vd + signed Vn.
  const s = shapeOf(w, sisd(def.family));
  const u = bits(w, 29, 29) === 1;
  const n = readShaped(cpu, bits(w, 9, 5), s, !u);
  const d = readShaped(cpu, w & 31, s, u);
  writeShaped(cpu, w & 31, s, n.map((x, i) => saturate(x + d[i]!, s.esize, u, cpu)));
});

/** The narrowing results: a scalar element (sisd) or the lower/upper half of Vd ("2" forms). */
function writeNarrowed(cpu: Cpu, d: number, esize: number, scalar: boolean, q: number, res: readonly bigint[]): void {
  if (scalar) writeV(cpu, d, esize / 8, res[0]! & ((1n << BigInt(esize)) - 1n));
  else writeNarrow(cpu, d, pack(res, esize), q);
}

defineSemantics(['vector_arithmetic_unary_extract_sat_simd', 'vector_arithmetic_unary_extract_sat_sisd',
  'vector_arithmetic_unary_extract_sqxtun_simd', 'vector_arithmetic_unary_extract_sqxtun_sisd'], (cpu, w, def) => {
  // SQXTN (signed → signed), UQXTN (unsigned → unsigned), SQXTUN (signed → unsigned)
  const size = bits(w, 23, 22);
  if (size === 3) throw new ArchException('undefined');
  const scalar = sisd(def.family);
  const esize = 8 << size;
  const q = bits(w, 30, 30);
  const xtun = def.family.includes('sqxtun');
  const srcUnsigned = !xtun && bits(w, 29, 29) === 1;
  const dstUnsigned = xtun || srcUnsigned;
  const src = lanes(readV(cpu, bits(w, 9, 5), 16), 2 * esize, scalar ? 1 : 64 / esize).map((x) => (srcUnsigned ? x : signExtendBig(x, 2 * esize)));
  writeNarrowed(cpu, w & 31, esize, scalar, q, src.map((x) => saturate(x, esize, dstUnsigned, cpu)));
});

// ---------------------------------------------------------------- shifts by immediate
defineSemantics(['vector_shift_left_sat_simd', 'vector_shift_left_sat_sisd'], (cpu, w, def) => {
  // SQSHL (U=0, op=1), UQSHL (U=1, op=1), SQSHLU (U=1, op=0): Sail execute_..._shift_left_sat
  const s = immhShape(w, sisd(def.family));
  const u = bits(w, 29, 29) === 1;
  const op = bits(w, 12, 12);
  const srcUnsigned = u && op === 1;
  const dstUnsigned = u;
  const sh = s.immhb - s.esize;
  const a = readShaped(cpu, bits(w, 9, 5), s, srcUnsigned);
  writeShaped(cpu, w & 31, s, a.map((x) => saturate(x << BigInt(sh), s.esize, dstUnsigned, cpu)));
});

defineSemantics(['vector_shift_right_narrow_uniform_simd', 'vector_shift_right_narrow_uniform_sisd',
  'vector_shift_right_narrow_nonuniform_simd', 'vector_shift_right_narrow_nonuniform_sisd'], (cpu, w, def) => {
  // SQSHRN/SQRSHRN (signed), UQSHRN/UQRSHRN (unsigned), SQSHRUN/SQRSHRUN (signed → unsigned)
  const immh = bits(w, 22, 19);
  if (immh === 0 || immh & 8) throw new ArchException('undefined');
  const scalar = sisd(def.family);
  const esize = 8 << (31 - Math.clz32(immh));
  const shift = 2 * esize - ((immh << 3) | bits(w, 18, 16));
  const round = bits(w, 11, 11) === 1 ? 1n << BigInt(shift - 1) : 0n;
  const nonuniform = def.family.includes('nonuniform');
  const srcUnsigned = !nonuniform && bits(w, 29, 29) === 1;
  const dstUnsigned = nonuniform || srcUnsigned;
  const src = lanes(readV(cpu, bits(w, 9, 5), 16), 2 * esize, scalar ? 1 : 64 / esize).map((x) => (srcUnsigned ? x : signExtendBig(x, 2 * esize)));
  writeNarrowed(cpu, w & 31, esize, scalar, bits(w, 30, 30), src.map((x) => saturate((x + round) >> BigInt(shift), esize, dstUnsigned, cpu)));
});

// ---------------------------------------------------------------- doubling multiply long
/** SQDMULL/SQDMLAL/SQDMLSL core (Sail: product saturated first, then the accumulation). */
export function doublingLong(cpu: Cpu, a: bigint, b: bigint, d: bigint, esize: number, acc: 0 | 1 | -1): bigint {
  const p = saturate(2n * a * b, 2 * esize, false, cpu);
  if (acc === 0) return p;
  return saturate(acc > 0 ? d + p : d - p, 2 * esize, false, cpu);
}

defineSemantics(['vector_arithmetic_binary_disparate_mul_double_simd', 'vector_arithmetic_binary_disparate_mul_double_sisd',
  'vector_arithmetic_binary_disparate_mul_dmacc_simd', 'vector_arithmetic_binary_disparate_mul_dmacc_sisd'], (cpu, w, def) => {
  halfOrWord(w);
  const scalar = sisd(def.family);
  const esize = 8 << bits(w, 23, 22);
  const q = bits(w, 30, 30) === 1;
  const count = scalar ? 1 : 64 / esize;
  const a = halfLanes(readV(cpu, bits(w, 9, 5), 16), esize, q && !scalar, true).slice(0, count);
  const b = halfLanes(readV(cpu, bits(w, 20, 16), 16), esize, q && !scalar, true).slice(0, count);
  const d = lanes(readV(cpu, w & 31, 16), 2 * esize, count).map((x) => signExtendBig(x, 2 * esize));
  const acc: 0 | 1 | -1 = def.family.includes('dmacc') ? (bits(w, 13, 13) ? -1 : 1) : 0;
  const res = a.map((x, i) => doublingLong(cpu, x, b[i]!, d[i]!, esize, acc));
  const wide: Shape = { esize: 2 * esize, count, q: 1, scalar };
  writeShaped(cpu, w & 31, wide, res);
});

export { doublingHigh, doublingAccum };
