// AdvSIMD integer instructions that compilers emit for memset/memcpy-style initialisation and
// vectorised integer loops (Arm ARM C7; Sail execute_aarch64_instrs_vector_*). Lanes are handled as
// BigInt slices of the 128-bit register (a correctness-first implementation; issue 7 makes it fast).
import { defineSemantics, type Cpu } from './cpu.js';
import { ArchException } from '../cpu/exception.js';
import { readV, writeV } from './a64-memory.js';
import { bits } from '../isa/table.js';
import { signExtendBig } from './u64.js';
import { elemSize } from './a64-simd-min.js';
import { vModImmOp } from '../isa/syntax.js';
import { M128, lanes, pack, halfLanes, writeVec, writeNarrow } from './simd-lanes.js';
import { shapeOf, readShaped, writeShaped, immhShape } from './simd-shape.js';

// ---------------------------------------------------------------- modified immediate (MOVI/MVNI/ORR/BIC/FMOV)
/** Sail AdvSIMDExpandImm. */
export function expandImm(op: number, cmode: number, imm8: bigint): bigint {
  const rep = (x: bigint, w: number): bigint => {
    let r = 0n;
    for (let i = 0; i < 64; i += w) r |= x << BigInt(i);
    return r;
  };
  switch (cmode >> 1) {
    case 0: return rep(imm8, 32);
    case 1: return rep(imm8 << 8n, 32);
    case 2: return rep(imm8 << 16n, 32);
    case 3: return rep(imm8 << 24n, 32);
    case 4: return rep(imm8, 16);
    case 5: return rep(imm8 << 8n, 16);
    case 6: return (cmode & 1) === 0 ? rep((imm8 << 8n) | 0xffn, 32) : rep((imm8 << 16n) | 0xffffn, 32);
    default:
      if ((cmode & 1) === 0 && op === 0) return rep(imm8, 8);
      if ((cmode & 1) === 0 && op === 1) {
        let r = 0n;
        for (let i = 0; i < 8; i++) if ((imm8 >> BigInt(i)) & 1n) r |= 0xffn << BigInt(8 * i);
        return r;
      }
      if ((cmode & 1) === 1 && op === 0) {
        // FMOV (vector, single): imm8 → single-precision bits, replicated
        const a = (imm8 >> 7n) & 1n, b = (imm8 >> 6n) & 1n;
        const s = (a << 31n) | ((b ^ 1n) << 30n) | ((b ? 0x1fn : 0n) << 25n) | ((imm8 & 0x3fn) << 19n);
        return rep(s, 32);
      }
      {
        const a = (imm8 >> 7n) & 1n, b = (imm8 >> 6n) & 1n;
        return (a << 63n) | ((b ^ 1n) << 62n) | ((b ? 0xffn : 0n) << 54n) | ((imm8 & 0x3fn) << 48n);
      }
  }
}

defineSemantics('vector_logical', (cpu, w) => {
  const q = bits(w, 30, 30);
  const op = bits(w, 29, 29);
  const cmode = bits(w, 15, 12);
  const imm8 = BigInt((bits(w, 18, 16) << 5) | bits(w, 9, 5));
  if (cmode === 15 && op === 1 && q === 0) throw new ArchException('undefined');
  const imm64 = expandImm(op, cmode, imm8);
  const imm = (imm64 << 64n) | imm64;
  const d = w & 31;
  const kind = vModImmOp(op, cmode);
  let r: bigint;
  if (kind === 'orr') r = readV(cpu, d, 16) | imm;
  else if (kind === 'bic') r = readV(cpu, d, 16) & ~imm;
  else if (kind === 'mvni') r = ~imm & M128;
  else r = imm;
  writeVec(cpu, d, r, q);
});

// ---------------------------------------------------------------- three-same integer
/** Three registers of one shape (vector, or scalar for the sisd forms); f gets lanes (unsigned). */
function sameOp(cpu: Cpu, w: number, f: (a: bigint, b: bigint, esize: number, d: bigint) => bigint, no64 = false, scalar = false): void {
  if (no64 && bits(w, 23, 22) === 3) throw new ArchException('undefined');
  if (scalar && bits(w, 23, 22) !== 3) throw new ArchException('undefined'); // the sisd forms are 64-bit only
  const s = shapeOf(w, scalar);
  const a = readShaped(cpu, bits(w, 9, 5), s);
  const b = readShaped(cpu, bits(w, 20, 16), s);
  const dd = readShaped(cpu, w & 31, s);
  writeShaped(cpu, w & 31, s, a.map((x, i) => f(x, b[i]!, s.esize, dd[i]!)));
}
const isSisd = (family: string): boolean => family.endsWith('_sisd');

defineSemantics(['vector_arithmetic_binary_uniform_add_wrapping_single_simd', 'vector_arithmetic_binary_uniform_add_wrapping_single_sisd'], (cpu, w, def) =>
  sameOp(cpu, w, (a, b) => (bits(w, 29, 29) ? a - b : a + b), false, isSisd(def.family)));
defineSemantics('vector_arithmetic_binary_uniform_mul_int_product', (cpu, w) => {
  if (bits(w, 29, 29)) {
    // PMUL: polynomial (carry-less) multiply of bytes
    if (bits(w, 23, 22) !== 0) throw new ArchException('undefined');
    sameOp(cpu, w, (a, b) => clmul(a, b));
    return;
  }
  sameOp(cpu, w, (a, b) => a * b, true);
});
defineSemantics('vector_arithmetic_binary_uniform_mul_int_accum', (cpu, w) =>
  sameOp(cpu, w, (a, b, _e, d) => (bits(w, 29, 29) ? d - a * b : d + a * b), true));
defineSemantics(['vector_arithmetic_binary_uniform_cmp_bitwise_simd', 'vector_arithmetic_binary_uniform_cmp_bitwise_sisd'], (cpu, w, def) =>
  sameOp(cpu, w, (a, b, e) => ((bits(w, 29, 29) ? a === b : (a & b) !== 0n) ? (1n << BigInt(e)) - 1n : 0n), false, isSisd(def.family)));
defineSemantics(['vector_arithmetic_binary_uniform_cmp_int_simd', 'vector_arithmetic_binary_uniform_cmp_int_sisd'], (cpu, w, def) =>
  sameOp(cpu, w, (a, b, e) => {
    const u = bits(w, 29, 29);
    const eq = bits(w, 11, 11) === 1; // CMGE/CMHS
    const x = u ? a : signExtendBig(a, e);
    const y = u ? b : signExtendBig(b, e);
    const r = eq ? x >= y : x > y;
    return r ? (1n << BigInt(e)) - 1n : 0n;
  }, false, isSisd(def.family)));
defineSemantics('vector_arithmetic_binary_uniform_max_min_single', (cpu, w) =>
  sameOp(cpu, w, (a, b, e) => {
    const u = bits(w, 29, 29);
    const min = bits(w, 11, 11) === 1;
    const x = u ? a : signExtendBig(a, e);
    const y = u ? b : signExtendBig(b, e);
    return (min ? x < y : x > y) ? a : b;
  }, true));

defineSemantics('vector_arithmetic_binary_uniform_logical_and_orr', (cpu, w) => {
  const q = bits(w, 30, 30);
  const a = readV(cpu, bits(w, 9, 5), 16);
  const b = readV(cpu, bits(w, 20, 16), 16);
  let r: bigint;
  switch (bits(w, 23, 22)) {
    case 0: r = a & b; break;
    case 1: r = a & ~b; break;
    case 2: r = a | b; break;
    default: r = a | (~b & M128); break;
  }
  writeVec(cpu, w & 31, r & M128, q);
});

defineSemantics('vector_arithmetic_binary_uniform_logical_bsl_eor', (cpu, w) => {
  const q = bits(w, 30, 30);
  const n = readV(cpu, bits(w, 9, 5), 16);
  const m = readV(cpu, bits(w, 20, 16), 16);
  const d = readV(cpu, w & 31, 16);
  let r: bigint;
  switch (bits(w, 23, 22)) {
    case 0: r = n ^ m; break; // EOR
    case 1: r = (d & n) | (~d & m); break; // BSL
    case 2: r = (n & m) | (d & ~m); break; // BIT
    default: r = (d & m) | (n & ~m); break; // BIF
  }
  writeVec(cpu, w & 31, r & M128, q);
});

// ---------------------------------------------------------------- shifts by immediate, widening, narrowing

defineSemantics(['vector_shift_left_simd', 'vector_shift_right_simd', 'vector_shift_left_sisd', 'vector_shift_right_sisd'], (cpu, w, def) => {
  const scalar = isSisd(def.family);
  if (scalar && !(bits(w, 22, 19) & 8)) throw new ArchException('undefined'); // scalar forms: 64-bit only
  const s = immhShape(w, scalar);
  const a = readShaped(cpu, bits(w, 9, 5), s);
  const d = readShaped(cpu, w & 31, s);
  const left = def.family.startsWith('vector_shift_left');
  const u = bits(w, 29, 29);
  const o1 = bits(w, 13, 13); // rounding
  const o0 = bits(w, 12, 12); // accumulate
  writeShaped(cpu, w & 31, s, a.map((x, i) => {
    if (left) return x << BigInt(s.immhb - s.esize);
    const sh = BigInt(2 * s.esize - s.immhb);
    const v = u ? x : signExtendBig(x, s.esize);
    const r = o1 ? (v + (1n << (sh - 1n))) >> sh : v >> sh;
    return o0 ? d[i]! + r : r;
  }));
});

defineSemantics(['vector_shift_left_insert_simd', 'vector_shift_left_insert_sisd', 'vector_shift_right_insert_simd', 'vector_shift_right_insert_sisd'], (cpu, w, def) => {
  // SLI / SRI: the shifted value replaces the bits it covers; the rest of Vd is kept.
  const scalar = isSisd(def.family);
  if (scalar && !(bits(w, 22, 19) & 8)) throw new ArchException('undefined');
  const s = immhShape(w, scalar);
  const ones = (1n << BigInt(s.esize)) - 1n;
  const left = def.family.includes('left');
  const sh = BigInt(left ? s.immhb - s.esize : 2 * s.esize - s.immhb);
  const mask = left ? (ones << sh) & ones : ones >> sh;
  const a = readShaped(cpu, bits(w, 9, 5), s);
  const d = readShaped(cpu, w & 31, s);
  writeShaped(cpu, w & 31, s, a.map((x, i) => (d[i]! & ~mask) | ((left ? x << sh : x >> sh) & mask)));
});

defineSemantics('vector_shift_left_long', (cpu, w) => {
  const q = bits(w, 30, 30);
  const { esize, immhb } = immhShape(w, false);
  if (esize === 64) throw new ArchException('undefined');
  const u = bits(w, 29, 29);
  const res = halfLanes(readV(cpu, bits(w, 9, 5), 16), esize, q === 1, !u).map((x) => x << BigInt(immhb - esize));
  writeV(cpu, w & 31, 16, pack(res, esize * 2));
});

defineSemantics('vector_arithmetic_unary_extract_nosat', (cpu, w) => {
  // XTN / XTN2
  const q = bits(w, 30, 30);
  const size = bits(w, 23, 22);
  if (size === 3) throw new ArchException('undefined');
  const esize = 8 << size;
  const n = 64 / esize;
  const src = lanes(readV(cpu, bits(w, 9, 5), 16), esize * 2, n);
  writeNarrow(cpu, w & 31, pack(src, esize), q);
});

// ---------------------------------------------------------------- permutes and moves
defineSemantics('vector_transfer_vector_cpy_dup_simd', (cpu, w) => {
  const imm5 = bits(w, 20, 16);
  const q = bits(w, 30, 30);
  const size = elemSize(imm5);
  if (size < 0 || (size === 3 && !q)) throw new ArchException('undefined');
  const esize = 8 << size;
  const idx = imm5 >> (size + 1);
  const e = (readV(cpu, bits(w, 9, 5), 16) >> BigInt(idx * esize)) & ((1n << BigInt(esize)) - 1n);
  writeVec(cpu, w & 31, pack(new Array<bigint>((q ? 128 : 64) / esize).fill(e), esize), q);
});

defineSemantics('vector_transfer_vector_insert', (cpu, w) => {
  const imm5 = bits(w, 20, 16);
  const imm4 = bits(w, 14, 11);
  const size = elemSize(imm5);
  if (size < 0) throw new ArchException('undefined');
  const esize = BigInt(8 << size);
  const dst = BigInt(imm5 >> (size + 1));
  const src = BigInt(imm4 >> size);
  const m = (1n << esize) - 1n;
  const e = (readV(cpu, bits(w, 9, 5), 16) >> (src * esize)) & m;
  const d = w & 31;
  writeV(cpu, d, 16, (readV(cpu, d, 16) & ~(m << (dst * esize))) | (e << (dst * esize)));
});

defineSemantics('vector_transfer_vector_extract', (cpu, w) => {
  const q = bits(w, 30, 30);
  const pos = bits(w, 14, 11);
  if (!q && pos >= 8) throw new ArchException('undefined');
  const bytes = q ? 16 : 8;
  const lo = readV(cpu, bits(w, 9, 5), 16) & ((1n << BigInt(bytes * 8)) - 1n);
  const hi = readV(cpu, bits(w, 20, 16), 16) & ((1n << BigInt(bytes * 8)) - 1n);
  const concat = (hi << BigInt(bytes * 8)) | lo;
  writeVec(cpu, w & 31, (concat >> BigInt(pos * 8)) & ((1n << BigInt(bytes * 8)) - 1n), q);
});

defineSemantics(['vector_transfer_vector_permute_zip', 'vector_transfer_vector_permute_unzip', 'vector_transfer_vector_permute_transpose'], (cpu, w, def) => {
  const q = bits(w, 30, 30);
  const size = bits(w, 23, 22);
  if (size === 3 && !q) throw new ArchException('undefined');
  const esize = 8 << size;
  const n = (q ? 128 : 64) / esize;
  const a = lanes(readV(cpu, bits(w, 9, 5), 16), esize, n);
  const b = lanes(readV(cpu, bits(w, 20, 16), 16), esize, n);
  const part = bits(w, 14, 14);
  const r: bigint[] = [];
  if (def.family.endsWith('_zip')) {
    const base = part * (n / 2);
    for (let i = 0; i < n / 2; i++) r.push(a[base + i]!, b[base + i]!);
  } else if (def.family.endsWith('unzip')) {
    const all = [...a, ...b];
    for (let i = 0; i < n; i++) r.push(all[2 * i + part]!);
  } else {
    for (let i = 0; i < n / 2; i++) r.push(a[2 * i + part]!, b[2 * i + part]!);
  }
  writeVec(cpu, w & 31, pack(r, esize), q);
});

// ---------------------------------------------------------------- reductions and unary
defineSemantics('vector_reduce_add_simd', (cpu, w) => {
  const q = bits(w, 30, 30);
  const size = bits(w, 23, 22);
  if (size === 3 || (size === 2 && !q)) throw new ArchException('undefined');
  const esize = 8 << size;
  const sum = lanes(readV(cpu, bits(w, 9, 5), 16), esize, (q ? 128 : 64) / esize).reduce((s, x) => s + x, 0n);
  writeV(cpu, w & 31, esize / 8, sum & ((1n << BigInt(esize)) - 1n));
});

defineSemantics('vector_reduce_int_max', (cpu, w) => {
  const q = bits(w, 30, 30);
  const size = bits(w, 23, 22);
  if (size === 3 || (size === 2 && !q)) throw new ArchException('undefined');
  const esize = 8 << size;
  const u = bits(w, 29, 29);
  const min = bits(w, 16, 16) === 1;
  const ls = lanes(readV(cpu, bits(w, 9, 5), 16), esize, (q ? 128 : 64) / esize).map((x) => (u ? x : signExtendBig(x, esize)));
  const r = ls.reduce((m, x) => (min ? (x < m ? x : m) : x > m ? x : m));
  writeV(cpu, w & 31, esize / 8, r & ((1n << BigInt(esize)) - 1n));
});

defineSemantics('vector_arithmetic_unary_cnt', (cpu, w) => {
  if (bits(w, 23, 22) !== 0) throw new ArchException('undefined'); // Sail: size != '00' → UNDEFINED
  const q = bits(w, 30, 30);
  const ls = lanes(readV(cpu, bits(w, 9, 5), 16), 8, q ? 16 : 8).map((x) => {
    let c = 0n;
    for (let v = x; v; v >>= 1n) c += v & 1n;
    return c;
  });
  writeVec(cpu, w & 31, pack(ls, 8), q);
});

defineSemantics('vector_arithmetic_unary_not', (cpu, w) => {
  const q = bits(w, 30, 30);
  writeVec(cpu, w & 31, ~readV(cpu, bits(w, 9, 5), 16) & M128, q);
});

defineSemantics(['vector_arithmetic_unary_diff_neg_int_simd', 'vector_arithmetic_unary_diff_neg_int_sisd'], (cpu, w, def) => {
  const scalar = isSisd(def.family);
  if (scalar && bits(w, 23, 22) !== 3) throw new ArchException('undefined');
  const s = shapeOf(w, scalar);
  const neg = bits(w, 29, 29) === 1;
  writeShaped(cpu, w & 31, s, readShaped(cpu, bits(w, 9, 5), s, false).map((x) => (neg ? -x : x < 0n ? -x : x)));
});

defineSemantics('vector_arithmetic_unary_rev', (cpu, w) => {
  const q = bits(w, 30, 30);
  const size = bits(w, 23, 22);
  const op = (bits(w, 29, 29) << 1) | bits(w, 12, 12); // 00 REV64, 01 REV16, 10 REV32
  const container = op === 0 ? 64 : op === 1 ? 16 : 32;
  const esize = 8 << size;
  if (esize >= container) throw new ArchException('undefined');
  const per = container / esize;
  const ls = lanes(readV(cpu, bits(w, 9, 5), 16), esize, (q ? 128 : 64) / esize);
  const r: bigint[] = [];
  for (let c = 0; c < ls.length; c += per) for (let i = per - 1; i >= 0; i--) r.push(ls[c + i]!);
  writeVec(cpu, w & 31, pack(r, esize), q);
});

defineSemantics(['vector_arithmetic_unary_cmp_int_bulk_simd', 'vector_arithmetic_unary_cmp_int_lessthan_simd',
  'vector_arithmetic_unary_cmp_int_bulk_sisd', 'vector_arithmetic_unary_cmp_int_lessthan_sisd'], (cpu, w, def) => {
  const scalar = isSisd(def.family);
  if (scalar && bits(w, 23, 22) !== 3) throw new ArchException('undefined');
  const s = shapeOf(w, scalar);
  const ones = (1n << BigInt(s.esize)) - 1n;
  // CMGT (U=0,op=0), CMGE (U=1,op=0), CMEQ (U=0,op=1), CMLE (U=1,op=1), CMLT (lessthan family)
  const u = bits(w, 29, 29);
  const op = bits(w, 12, 12);
  const lt = def.family.includes('lessthan');
  writeShaped(cpu, w & 31, s, readShaped(cpu, bits(w, 9, 5), s, false).map((x) => {
    const r = lt ? x < 0n : op === 0 ? (u ? x >= 0n : x > 0n) : u ? x <= 0n : x === 0n;
    return r ? ones : 0n;
  }));
});

defineSemantics('vector_transfer_vector_cpy_dup_sisd', (cpu, w) => {
  // DUP (element, scalar), alias MOV <V><d>, <Vn>.<T>[index]
  const imm5 = bits(w, 20, 16);
  const size = elemSize(imm5);
  if (size < 0) throw new ArchException('undefined');
  const esize = 8 << size;
  const idx = imm5 >> (size + 1);
  writeV(cpu, w & 31, esize / 8, (readV(cpu, bits(w, 9, 5), 16) >> BigInt(idx * esize)) & ((1n << BigInt(esize)) - 1n));
});

// ---------------------------------------------------------------- widening ("long"/"wide") integer ops

function disparate(cpu: Cpu, w: number, f: (a: bigint, b: bigint, d: bigint) => bigint, wideFirst: boolean): void {
  const q = bits(w, 30, 30) === 1;
  const size = bits(w, 23, 22);
  if (size === 3) throw new ArchException('undefined');
  const esize = 8 << size;
  const signed = bits(w, 29, 29) === 0;
  const n = 64 / esize;
  const a = wideFirst ? lanes(readV(cpu, bits(w, 9, 5), 16), 2 * esize, n).map((x) => (signed ? signExtendBig(x, 2 * esize) : x))
    : halfLanes(readV(cpu, bits(w, 9, 5), 16), esize, q, signed);
  const b = halfLanes(readV(cpu, bits(w, 20, 16), 16), esize, q, signed);
  const d = lanes(readV(cpu, w & 31, 16), 2 * esize, n);
  writeV(cpu, w & 31, 16, pack(a.map((x, i) => f(x, b[i]!, d[i]!)), 2 * esize));
}

defineSemantics('vector_arithmetic_binary_disparate_add_sub_wide', (cpu, w) =>
  disparate(cpu, w, (a, b) => (bits(w, 13, 13) ? a - b : a + b), true));
defineSemantics('vector_arithmetic_binary_disparate_add_sub_long', (cpu, w) =>
  disparate(cpu, w, (a, b) => (bits(w, 13, 13) ? a - b : a + b), false));
defineSemantics('vector_arithmetic_binary_disparate_mul_product', (cpu, w) =>
  disparate(cpu, w, (a, b) => a * b, false));
defineSemantics('vector_arithmetic_binary_disparate_mul_accum', (cpu, w) =>
  disparate(cpu, w, (a, b, d) => (bits(w, 13, 13) ? d - a * b : d + a * b), false));

defineSemantics('vector_arithmetic_unary_add_pairwise', (cpu, w) => {
  // SADDLP/UADDLP (op=0) and SADALP/UADALP (op=1, accumulate)
  const q = bits(w, 30, 30);
  const size = bits(w, 23, 22);
  if (size === 3) throw new ArchException('undefined');
  const esize = 8 << size;
  const signed = bits(w, 29, 29) === 0;
  const acc = bits(w, 14, 14) === 1;
  const count = (q ? 128 : 64) / (2 * esize);
  const src = lanes(readV(cpu, bits(w, 9, 5), 16), esize, count * 2).map((x) => (signed ? signExtendBig(x, esize) : x));
  const d = lanes(readV(cpu, w & 31, 16), 2 * esize, count);
  const r = d.map((dv, i) => (acc ? dv : 0n) + src[2 * i]! + src[2 * i + 1]!);
  writeVec(cpu, w & 31, pack(r, 2 * esize), q);
});

defineSemantics('vector_reduce_add_long', (cpu, w) => {
  // SADDLV/UADDLV
  const q = bits(w, 30, 30);
  const size = bits(w, 23, 22);
  if (size === 3 || (size === 2 && !q)) throw new ArchException('undefined');
  const esize = 8 << size;
  const signed = bits(w, 29, 29) === 0;
  const s = lanes(readV(cpu, bits(w, 9, 5), 16), esize, (q ? 128 : 64) / esize).reduce((t, x) => t + (signed ? signExtendBig(x, esize) : x), 0n);
  writeV(cpu, w & 31, (2 * esize) / 8, s & ((1n << BigInt(2 * esize)) - 1n));
});

defineSemantics('vector_arithmetic_binary_uniform_add_wrapping_pair', (cpu, w) => {
  // ADDP (vector)
  const q = bits(w, 30, 30);
  const size = bits(w, 23, 22);
  if (size === 3 && !q) throw new ArchException('undefined');
  const esize = 8 << size;
  const count = (q ? 128 : 64) / esize;
  const cat = [...lanes(readV(cpu, bits(w, 9, 5), 16), esize, count), ...lanes(readV(cpu, bits(w, 20, 16), 16), esize, count)];
  const r: bigint[] = [];
  for (let i = 0; i < count; i++) r.push(cat[2 * i]! + cat[2 * i + 1]!);
  writeVec(cpu, w & 31, pack(r, esize), q);
});

defineSemantics('vector_reduce_add_sisd', (cpu, w) => {
  // ADDP (scalar): Dd = Vn.D[0] + Vn.D[1]
  if (bits(w, 23, 22) !== 3) throw new ArchException('undefined');
  const v = readV(cpu, bits(w, 9, 5), 16);
  writeV(cpu, w & 31, 8, ((v & ((1n << 64n) - 1n)) + (v >> 64n)) & ((1n << 64n) - 1n));
});

defineSemantics('vector_arithmetic_binary_uniform_max_min_pair', (cpu, w) => {
  const q = bits(w, 30, 30);
  const size = bits(w, 23, 22);
  if (size === 3) throw new ArchException('undefined');
  const esize = 8 << size;
  const count = (q ? 128 : 64) / esize;
  const u = bits(w, 29, 29);
  const min = bits(w, 11, 11) === 1;
  const ext = (x: bigint): bigint => (u ? x : signExtendBig(x, esize));
  const cat = [...lanes(readV(cpu, bits(w, 9, 5), 16), esize, count), ...lanes(readV(cpu, bits(w, 20, 16), 16), esize, count)];
  const r: bigint[] = [];
  for (let i = 0; i < count; i++) {
    const a = cat[2 * i]!;
    const b = cat[2 * i + 1]!;
    r.push((min ? ext(a) < ext(b) : ext(a) > ext(b)) ? a : b);
  }
  writeVec(cpu, w & 31, pack(r, esize), q);
});

defineSemantics('vector_transfer_vector_table', (cpu, w) => {
  // TBL/TBX: byte lookup in a table of 1–4 consecutive registers; out-of-range indices give 0 (TBL)
  // or leave the destination byte unchanged (TBX).
  const q = bits(w, 30, 30);
  const regs = bits(w, 14, 13) + 1;
  const tbx = bits(w, 12, 12) === 1;
  const n = bits(w, 9, 5);
  let table = 0n;
  for (let i = 0; i < regs; i++) table |= readV(cpu, (n + i) & 31, 16) << BigInt(128 * i);
  const idx = lanes(readV(cpu, bits(w, 20, 16), 16), 8, q ? 16 : 8);
  const d = lanes(readV(cpu, w & 31, 16), 8, q ? 16 : 8);
  const r = idx.map((ix, i) => (ix < BigInt(16 * regs) ? (table >> (ix * 8n)) & 0xffn : tbx ? d[i]! : 0n));
  writeVec(cpu, w & 31, pack(r, 8), q);
});

// ---------------------------------------------------------------- saturating add/sub and narrowing shifts


defineSemantics('vector_shift_right_narrow_logical', (cpu, w) => {
  // SHRN/RSHRN{2}
  const q = bits(w, 30, 30);
  const immh = bits(w, 22, 19);
  if (immh & 8) throw new ArchException('undefined');
  const esize = 8 << (31 - Math.clz32(immh));
  const shift = BigInt(2 * esize - ((immh << 3) | bits(w, 18, 16)));
  const round = bits(w, 11, 11) === 1;
  const src = lanes(readV(cpu, bits(w, 9, 5), 16), 2 * esize, 64 / esize);
  const res = src.map((x) => (round ? x + (1n << (shift - 1n)) : x) >> shift);
  writeNarrow(cpu, w & 31, pack(res, esize), q);
});

defineSemantics('vector_arithmetic_binary_disparate_add_sub_narrow', (cpu, w) => {
  // ADDHN/SUBHN (U=0), RADDHN/RSUBHN (U=1): high half of the wide sum/difference, narrowed ({2}).
  const q = bits(w, 30, 30);
  const size = bits(w, 23, 22);
  if (size === 3) throw new ArchException('undefined');
  const esize = 8 << size;
  const n = 64 / esize;
  const a = lanes(readV(cpu, bits(w, 9, 5), 16), 2 * esize, n);
  const b = lanes(readV(cpu, bits(w, 20, 16), 16), 2 * esize, n);
  const sub = bits(w, 13, 13) === 1;
  const round = bits(w, 29, 29) === 1 ? 1n << BigInt(esize - 1) : 0n;
  const res = a.map((x, i) => ((sub ? x - b[i]! : x + b[i]!) + round) >> BigInt(esize));
  writeNarrow(cpu, w & 31, pack(res, esize), q);
});

// ---------------------------------------------------------------- polynomial, counting, differences, halving
/** Carry-less (polynomial over GF(2)) product: Sail PolynomialMult. */
function clmul(a: bigint, b: bigint): bigint {
  let r = 0n;
  for (let i = 0n; b >> i; i++) if ((b >> i) & 1n) r ^= a << i;
  return r;
}

defineSemantics('vector_arithmetic_binary_disparate_mul_poly', (cpu, w) => {
  // PMULL{2}: 8×8 → 16 per lane (size 00), or 64×64 → 128 (size 11)
  const size = bits(w, 23, 22);
  if (size === 1 || size === 2) throw new ArchException('undefined');
  const esize = 8 << size;
  const upper = bits(w, 30, 30) === 1;
  const a = halfLanes(readV(cpu, bits(w, 9, 5), 16), esize, upper, false);
  const b = halfLanes(readV(cpu, bits(w, 20, 16), 16), esize, upper, false);
  writeV(cpu, w & 31, 16, pack(a.map((x, i) => clmul(x, b[i]!)), 2 * esize));
});

defineSemantics('vector_arithmetic_unary_clsz', (cpu, w) => {
  // CLS (U=0): leading sign bits, not counting the sign; CLZ (U=1): leading zeros
  if (bits(w, 23, 22) === 3) throw new ArchException('undefined');
  const s = shapeOf(w, false);
  const cls = bits(w, 29, 29) === 0;
  writeShaped(cpu, w & 31, s, readShaped(cpu, bits(w, 9, 5), s).map((x) => {
    const v = cls ? (x ^ (x >> 1n)) & ((1n << BigInt(s.esize - 1)) - 1n) : x; // CountLeadingSignBits = CLZ(x<N-1:1> EOR x<N-2:0>)
    const width = cls ? s.esize - 1 : s.esize;
    return BigInt(v === 0n ? width : width - v.toString(2).length);
  }));
});

defineSemantics('vector_arithmetic_binary_uniform_diff', (cpu, w) => {
  // SABD/UABD, SABA/UABA (bit 11: accumulate)
  const u = bits(w, 29, 29) === 1;
  const acc = bits(w, 11, 11) === 1;
  sameOp(cpu, w, (a, b, e, d) => {
    const x = u ? a : signExtendBig(a, e);
    const y = u ? b : signExtendBig(b, e);
    const ad = x > y ? x - y : y - x;
    return acc ? d + ad : ad;
  }, true);
});

defineSemantics('vector_arithmetic_binary_disparate_diff', (cpu, w) => {
  // SABDL/UABDL, SABAL/UABAL (bit 13 clear: accumulate)
  const acc = bits(w, 13, 13) === 0;
  disparate(cpu, w, (a, b, d) => (acc ? d : 0n) + (a > b ? a - b : b - a), false);
});

defineSemantics(['vector_arithmetic_binary_uniform_add_halving_truncating', 'vector_arithmetic_binary_uniform_add_halving_rounding',
  'vector_arithmetic_binary_uniform_sub_int'], (cpu, w, def) => {
  // SHADD/UHADD, SRHADD/URHADD, SHSUB/UHSUB: (a ± b (+1)) >> 1 on the exact sum
  const u = bits(w, 29, 29) === 1;
  const sub = def.family.endsWith('sub_int');
  const round = def.family.endsWith('rounding') ? 1n : 0n;
  sameOp(cpu, w, (a, b, e) => {
    const x = u ? a : signExtendBig(a, e);
    const y = u ? b : signExtendBig(b, e);
    return ((sub ? x - y : x + y) + round) >> 1n;
  }, true);
});

defineSemantics('vector_arithmetic_unary_shift', (cpu, w) => {
  // SHLL{2}: widen (zero-extended) and shift left by the element size
  const size = bits(w, 23, 22);
  if (size === 3) throw new ArchException('undefined');
  const esize = 8 << size;
  const src = halfLanes(readV(cpu, bits(w, 9, 5), 16), esize, bits(w, 30, 30) === 1, false);
  writeV(cpu, w & 31, 16, pack(src.map((x) => x << BigInt(esize)), 2 * esize));
});
