// AdvSIMD "by element" families (Sail execute_aarch64_instrs_vector_arithmetic_binary_element_*):
// one lane of Vm, chosen by H:L(:M), against every lane of Vn. Integer MUL/MLA/MLS, the long
// S/UMULL, S/UMLAL, S/UMLSL, the saturating doubling SQDMULL/SQDMLAL/SQDMLSL/SQ(R)DMULH/SQRDMLAH/
// SQRDMLSH (vector and scalar), FMUL/FMULX/FMLA/FMLS (half, single, double; vector and scalar),
// and the dot products SDOT/UDOT (by element and vector).
import { defineSemantics, type Cpu } from './cpu.js';
import { ArchException } from '../cpu/exception.js';
import { readV } from './a64-memory.js';
import { bits } from '../isa/table.js';
import { signExtendBig } from './u64.js';
import { halfLanes, lanes, pack, writeVec } from './simd-lanes.js';
import { shapeOf, readShaped, writeShaped, type Shape } from './simd-shape.js';
import { doublingHigh, doublingAccum, doublingLong } from './a64-simd-saturating.js';
import { fusedMulAdd, MUL, MULX } from './a64-fp.js';
import { laneOp } from './a64-simd-fp.js';
import type { Prec } from './fp-core.js';

const sisd = (family: string): boolean => family.endsWith('_sisd');

/** Integer element operand: size 01 → index H:L:M, Vm in V0–V15; size 10 → index H:L, Vm = M:Rm. */
function intElement(cpu: Cpu, w: number, signed: boolean): bigint {
  const size = bits(w, 23, 22);
  const hl = (bits(w, 11, 11) << 1) | bits(w, 21, 21);
  let index: number;
  let m: number;
  if (size === 1) {
    index = (hl << 1) | bits(w, 20, 20);
    m = bits(w, 19, 16);
  } else if (size === 2) {
    index = hl;
    m = bits(w, 20, 16);
  } else throw new ArchException('undefined');
  const esize = 8 << size;
  const e = (readV(cpu, m, 16) >> BigInt(index * esize)) & ((1n << BigInt(esize)) - 1n);
  return signed ? signExtendBig(e, esize) : e;
}

/** FP element operand: half → index H:L:M, Vm in V0–V15; single → H:L; double → H (L must be 0). */
function fpElement(cpu: Cpu, w: number, half: boolean): bigint {
  const sz = bits(w, 22, 22);
  const hl = (bits(w, 11, 11) << 1) | bits(w, 21, 21);
  let index: number;
  let m = bits(w, 20, 16);
  if (half) {
    index = (hl << 1) | bits(w, 20, 20);
    m = bits(w, 19, 16);
  } else if (sz === 0) index = hl;
  else if (bits(w, 21, 21) === 0) index = hl >> 1;
  else throw new ArchException('undefined');
  const esize = half ? 16 : sz ? 64 : 32;
  return (readV(cpu, m, 16) >> BigInt(index * esize)) & ((1n << BigInt(esize)) - 1n);
}

// ---------------------------------------------------------------- integer
defineSemantics(['vector_arithmetic_binary_element_mul_int', 'vector_arithmetic_binary_element_mul_acc_int'], (cpu, w, def) => {
  const e = intElement(cpu, w, false);
  const s = shapeOf(w, false);
  const acc = def.family.endsWith('acc_int');
  const sub = bits(w, 14, 14) === 1; // MLS
  const d = readShaped(cpu, w & 31, s);
  writeShaped(cpu, w & 31, s, readShaped(cpu, bits(w, 9, 5), s).map((x, i) => (acc ? (sub ? d[i]! - x * e : d[i]! + x * e) : x * e)));
});

defineSemantics(['vector_arithmetic_binary_element_mul_long', 'vector_arithmetic_binary_element_mul_acc_long'], (cpu, w, def) => {
  // S/UMULL{2}, S/UMLAL{2}, S/UMLSL{2} by element
  const signed = bits(w, 29, 29) === 0;
  const e = intElement(cpu, w, signed);
  const esize = 8 << bits(w, 23, 22);
  const a = halfLanes(readV(cpu, bits(w, 9, 5), 16), esize, bits(w, 30, 30) === 1, signed);
  const acc = def.family.endsWith('acc_long');
  const sub = bits(w, 14, 14) === 1;
  const d = lanes(readV(cpu, w & 31, 16), 2 * esize, a.length);
  writeVec(cpu, w & 31, pack(a.map((x, i) => (acc ? (sub ? d[i]! - x * e : d[i]! + x * e) : x * e)), 2 * esize), 1);
});

defineSemantics(['vector_arithmetic_binary_element_mul_double_simd', 'vector_arithmetic_binary_element_mul_double_sisd',
  'vector_arithmetic_binary_element_mul_acc_double_simd', 'vector_arithmetic_binary_element_mul_acc_double_sisd'], (cpu, w, def) => {
  // SQDMULL{2}, SQDMLAL{2}, SQDMLSL{2} by element
  const e = intElement(cpu, w, true);
  const scalar = sisd(def.family);
  const esize = 8 << bits(w, 23, 22);
  const count = scalar ? 1 : 64 / esize;
  const a = halfLanes(readV(cpu, bits(w, 9, 5), 16), esize, !scalar && bits(w, 30, 30) === 1, true).slice(0, count);
  const d = lanes(readV(cpu, w & 31, 16), 2 * esize, count).map((x) => signExtendBig(x, 2 * esize));
  const acc: 0 | 1 | -1 = def.family.includes('acc_double') ? (bits(w, 14, 14) ? -1 : 1) : 0;
  const wide: Shape = { esize: 2 * esize, count, q: 1, scalar };
  writeShaped(cpu, w & 31, wide, a.map((x, i) => doublingLong(cpu, x, e, d[i]!, esize, acc)));
});

defineSemantics(['vector_arithmetic_binary_element_mul_high_simd', 'vector_arithmetic_binary_element_mul_high_sisd',
  'vector_arithmetic_binary_element_mul_acc_high_simd', 'vector_arithmetic_binary_element_mul_acc_high_sisd'], (cpu, w, def) => {
  // SQDMULH/SQRDMULH (bit 12: round), SQRDMLAH/SQRDMLSH (bit 13: subtract) by element
  const e = intElement(cpu, w, true);
  const s = shapeOf(w, sisd(def.family));
  const a = readShaped(cpu, bits(w, 9, 5), s, false);
  if (def.family.includes('acc_high')) {
    const d = readShaped(cpu, w & 31, s, false);
    const sub = bits(w, 13, 13) === 1;
    writeShaped(cpu, w & 31, s, a.map((x, i) => doublingAccum(cpu, d[i]!, x, e, s.esize, sub)));
  } else {
    const round = bits(w, 12, 12) === 1;
    writeShaped(cpu, w & 31, s, a.map((x) => doublingHigh(cpu, x, e, s.esize, round)));
  }
});

/** SDOT/UDOT: each 32-bit lane accumulates the four byte products of its group. */
function dot(cpu: Cpu, w: number, mWord: (i: number) => bigint): void {
  if (bits(w, 23, 22) !== 2) throw new ArchException('undefined');
  const q = bits(w, 30, 30);
  const signed = bits(w, 29, 29) === 0;
  const count = q ? 4 : 2;
  const n = readV(cpu, bits(w, 9, 5), 16);
  const d = lanes(readV(cpu, w & 31, 16), 32, count);
  const byte = (v: bigint, i: number): bigint => {
    const b = (v >> BigInt(8 * i)) & 0xffn;
    return signed ? signExtendBig(b, 8) : b;
  };
  const res = d.map((acc, i) => {
    const mw = mWord(i);
    let sum = acc;
    for (let k = 0; k < 4; k++) sum += byte(n >> BigInt(32 * i), k) * byte(mw, k);
    return sum;
  });
  writeVec(cpu, w & 31, pack(res, 32), q);
}

defineSemantics('vector_arithmetic_binary_element_dotp', (cpu, w) => {
  const index = (bits(w, 11, 11) << 1) | bits(w, 21, 21);
  const word = (readV(cpu, bits(w, 20, 16), 16) >> BigInt(32 * index)) & 0xffffffffn;
  dot(cpu, w, () => word);
});
defineSemantics('vector_arithmetic_binary_uniform_mul_int_dotp', (cpu, w) => {
  const m = readV(cpu, bits(w, 20, 16), 16);
  dot(cpu, w, (i) => (m >> BigInt(32 * i)) & 0xffffffffn);
});

// ---------------------------------------------------------------- floating point
defineSemantics(['vector_arithmetic_binary_element_mul_fp_simd', 'vector_arithmetic_binary_element_mul_fp_sisd',
  'vector_arithmetic_binary_element_mul_fp16_simd', 'vector_arithmetic_binary_element_mul_fp16_sisd'], (cpu, w, def) => {
  const half = def.family.includes('fp16');
  const e = fpElement(cpu, w, half);
  const op = bits(w, 29, 29) ? MULX(cpu) : MUL(cpu);
  laneOp(cpu, w, sisd(def.family), (x, _y, p: Prec) => op(x, e, p), false, half);
});

defineSemantics(['vector_arithmetic_binary_element_mul_acc_fp_simd', 'vector_arithmetic_binary_element_mul_acc_fp_sisd',
  'vector_arithmetic_binary_element_mul_acc_fp16_simd', 'vector_arithmetic_binary_element_mul_acc_fp16_sisd'], (cpu, w, def) => {
  // FMLA/FMLS (bit 14) by element: Sail FPMulAdd(d, FPNeg?(n), element)
  const half = def.family.includes('fp16');
  const e = fpElement(cpu, w, half);
  const sub = bits(w, 14, 14) === 1;
  laneOp(cpu, w, sisd(def.family), (x, _y, p, d) => {
    const sign = 1n << BigInt((p === 'h' ? 16 : p === 's' ? 32 : 64) - 1);
    return fusedMulAdd(cpu, d, sub ? x ^ sign : x, e, p);
  }, false, half);
});
