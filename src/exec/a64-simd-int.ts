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

const M128 = (1n << 128n) - 1n;

function lanes(v: bigint, esize: number, count: number): bigint[] {
  const m = (1n << BigInt(esize)) - 1n;
  const out: bigint[] = [];
  for (let i = 0; i < count; i++) out.push((v >> BigInt(i * esize)) & m);
  return out;
}

function pack(ls: readonly bigint[], esize: number): bigint {
  const m = (1n << BigInt(esize)) - 1n;
  let v = 0n;
  ls.forEach((l, i) => {
    v |= (l & m) << BigInt(i * esize);
  });
  return v & M128;
}

/** Writes a narrowed 64-bit result: to the lower half (clearing the upper), or for the "2" forms
 *  (Q=1) to the upper half, keeping the lower. */
function writeNarrow(cpu: Cpu, d: number, narrow: bigint, q: number): void {
  const lo64 = (1n << 64n) - 1n;
  writeV(cpu, d, 16, q ? (readV(cpu, d, 16) & lo64) | ((narrow & lo64) << 64n) : narrow & lo64);
}

/** Writes a vector result: 64-bit (Q=0) results clear the upper half. */
function writeVec(cpu: Cpu, d: number, v: bigint, q: number): void {
  writeV(cpu, d, 16, q ? v : v & ((1n << 64n) - 1n));
}

// ---------------------------------------------------------------- modified immediate (MOVI/MVNI/ORR/BIC/FMOV)
/** Sail AdvSIMDExpandImm. */
function expandImm(op: number, cmode: number, imm8: bigint): bigint {
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
function sameOp(cpu: Cpu, w: number, f: (a: bigint, b: bigint, esize: number, d: bigint) => bigint, no64 = false): void {
  const q = bits(w, 30, 30);
  const size = bits(w, 23, 22);
  if (size === 3 && (q === 0 || no64)) throw new ArchException('undefined');
  const esize = 8 << size;
  const n = (q ? 128 : 64) / esize;
  const a = lanes(readV(cpu, bits(w, 9, 5), 16), esize, n);
  const b = lanes(readV(cpu, bits(w, 20, 16), 16), esize, n);
  const dd = lanes(readV(cpu, w & 31, 16), esize, n);
  writeVec(cpu, w & 31, pack(a.map((x, i) => f(x, b[i]!, esize, dd[i]!)), esize), q);
}

defineSemantics('vector_arithmetic_binary_uniform_add_wrapping_single_simd', (cpu, w) =>
  sameOp(cpu, w, (a, b) => (bits(w, 29, 29) ? a - b : a + b)));
defineSemantics('vector_arithmetic_binary_uniform_mul_int_product', (cpu, w) => {
  if (bits(w, 29, 29)) throw new ArchException('undefined'); // PMUL: not implemented
  sameOp(cpu, w, (a, b) => a * b, true);
});
defineSemantics('vector_arithmetic_binary_uniform_mul_int_accum', (cpu, w) =>
  sameOp(cpu, w, (a, b, _e, d) => (bits(w, 29, 29) ? d - a * b : d + a * b), true));
defineSemantics('vector_arithmetic_binary_uniform_cmp_bitwise_simd', (cpu, w) =>
  sameOp(cpu, w, (a, b, e) => ((bits(w, 29, 29) ? a === b : (a & b) !== 0n) ? (1n << BigInt(e)) - 1n : 0n)));
defineSemantics('vector_arithmetic_binary_uniform_cmp_int_simd', (cpu, w) =>
  sameOp(cpu, w, (a, b, e) => {
    const u = bits(w, 29, 29);
    const eq = bits(w, 4 + 0, 4) === 1 || bits(w, 11, 11) === 1; // bit 11 = eq (CMGE/CMHS)
    const x = u ? a : signExtendBig(a, e);
    const y = u ? b : signExtendBig(b, e);
    const r = eq ? x >= y : x > y;
    return r ? (1n << BigInt(e)) - 1n : 0n;
  }));
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
function immhShift(w: number): { esize: number; shiftField: number } {
  const immh = bits(w, 22, 19);
  const esize = 8 << (31 - Math.clz32(immh));
  return { esize, shiftField: (immh << 3) | bits(w, 18, 16) };
}

defineSemantics(['vector_shift_left_simd', 'vector_shift_right_simd'], (cpu, w, def) => {
  const q = bits(w, 30, 30);
  const { esize, shiftField } = immhShift(w);
  if (esize === 64 && !q) throw new ArchException('undefined');
  const n = (q ? 128 : 64) / esize;
  const a = lanes(readV(cpu, bits(w, 9, 5), 16), esize, n);
  const d = lanes(readV(cpu, w & 31, 16), esize, n);
  const left = def.family === 'vector_shift_left_simd';
  const u = bits(w, 29, 29);
  const o1 = bits(w, 13, 13); // rounding
  const o0 = bits(w, 12, 12); // accumulate
  const res = a.map((x, i) => {
    if (left) return x << BigInt(shiftField - esize);
    const sh = BigInt(2 * esize - shiftField);
    const v = u ? x : signExtendBig(x, esize);
    const r = o1 ? (v + (1n << (sh - 1n))) >> sh : v >> sh;
    return o0 ? d[i]! + r : r;
  });
  writeVec(cpu, w & 31, pack(res, esize), q);
});

defineSemantics('vector_shift_left_long', (cpu, w) => {
  const q = bits(w, 30, 30);
  const { esize, shiftField } = immhShift(w);
  if (esize === 64) throw new ArchException('undefined');
  const n = 64 / esize;
  const src = readV(cpu, bits(w, 9, 5), 16) >> (q ? 64n : 0n);
  const u = bits(w, 29, 29);
  const res = lanes(src, esize, n).map((x) => (u ? x : signExtendBig(x, esize)) << BigInt(shiftField - esize));
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

defineSemantics('vector_arithmetic_unary_diff_neg_int_simd', (cpu, w) => {
  const q = bits(w, 30, 30);
  const size = bits(w, 23, 22);
  if (size === 3 && !q) throw new ArchException('undefined');
  const esize = 8 << size;
  const neg = bits(w, 29, 29) === 1;
  const ls = lanes(readV(cpu, bits(w, 9, 5), 16), esize, (q ? 128 : 64) / esize).map((x) => {
    const s = signExtendBig(x, esize);
    return neg ? -s : s < 0n ? -s : s;
  });
  writeVec(cpu, w & 31, pack(ls, esize), q);
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

defineSemantics(['vector_arithmetic_unary_cmp_int_bulk_simd', 'vector_arithmetic_unary_cmp_int_lessthan_simd'], (cpu, w, def) => {
  const q = bits(w, 30, 30);
  const size = bits(w, 23, 22);
  if (size === 3 && !q) throw new ArchException('undefined');
  const esize = 8 << size;
  const ones = (1n << BigInt(esize)) - 1n;
  // CMGT (U=0,op=0), CMGE (U=1,op=0), CMEQ (U=0,op=1), CMLE (U=1,op=1), CMLT (lessthan family)
  const u = bits(w, 29, 29);
  const op = bits(w, 12, 12);
  const lt = def.family.endsWith('lessthan_simd');
  const ls = lanes(readV(cpu, bits(w, 9, 5), 16), esize, (q ? 128 : 64) / esize).map((x) => {
    const s = signExtendBig(x, esize);
    const r = lt ? s < 0n : op === 0 ? (u ? s >= 0n : s > 0n) : u ? s <= 0n : s === 0n;
    return r ? ones : 0n;
  });
  writeVec(cpu, w & 31, pack(ls, esize), q);
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
/** Lanes of the selected half (Q=1: upper, the "2" forms) of a 128-bit value, sign/zero extended. */
function halfLanes(v: bigint, esize: number, upper: boolean, signed: boolean): bigint[] {
  const src = upper ? v >> 64n : v;
  return lanes(src, esize, 64 / esize).map((x) => (signed ? signExtendBig(x, esize) : x));
}

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
function saturate(v: bigint, esize: number, unsigned: boolean, cpu: Cpu): bigint {
  const min = unsigned ? 0n : -(1n << BigInt(esize - 1));
  const max = unsigned ? (1n << BigInt(esize)) - 1n : (1n << BigInt(esize - 1)) - 1n;
  if (v > max || v < min) {
    cpu.fpsr |= 1 << 27; // FPSR.QC
    return v > max ? max : min;
  }
  return v;
}

defineSemantics(['vector_arithmetic_binary_uniform_add_saturating_simd', 'vector_arithmetic_binary_uniform_sub_saturating_simd'], (cpu, w, def) => {
  const u = bits(w, 29, 29) === 1;
  const sub = def.family.includes('sub_');
  sameOp(cpu, w, (a, b, e) => {
    const x = u ? a : signExtendBig(a, e);
    const y = u ? b : signExtendBig(b, e);
    return saturate(sub ? x - y : x + y, e, u, cpu);
  });
});

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
