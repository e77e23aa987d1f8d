// A64 loads and stores (Sail execute_aarch64_instrs_memory_*), through Morello base registers:
// in A64 the base is an integer checked against DDC, in C64 a capability; write-back uses VAAdd.
import { defineSemantics, type Cpu, type BaseRef, ACC_ATOMIC, ACC_NORMAL, ACC_ORDERED, ACC_UNPRIV, ACC_VEC } from './cpu.js';
import { ArchException } from '../cpu/exception.js';
import { PERM_LOAD, PERM_STORE } from '../cap/format.js';
import { MASK64, signExtendBig } from './u64.js';
import { checkFPEnabled } from './sysregs.js';
import { bits } from '../isa/table.js';


// ---------------------------------------------------------------- SIMD&FP register helpers
export function readV(cpu: Cpu, n: number, size: number): bigint {
  const o = n * 4;
  const v = cpu.v;
  const lo = (BigInt(v[o + 1]!) << 32n) | BigInt(v[o]!);
  if (size <= 8) return lo & ((1n << BigInt(size * 8)) - 1n);
  return ((((BigInt(v[o + 3]!) << 32n) | BigInt(v[o + 2]!))) << 64n) | lo;
}

/** Writes the low `size` bytes of V[n], zeroing the rest (scalar write). */
export function writeV(cpu: Cpu, n: number, size: number, val: bigint): void {
  const o = n * 4;
  const x = size >= 16 ? val : val & ((1n << BigInt(size * 8)) - 1n);
  for (let i = 0; i < 4; i++) cpu.v[o + i] = Number((x >> BigInt(32 * i)) & 0xffffffffn);
}

// ---------------------------------------------------------------- common access paths
function loadInto(cpu: Cpu, t: number, addr: bigint, size: number, regsize: number, signed: boolean, acc: number): void {
  const data = cpu.read(addr & MASK64, size, acc);
  const v = signed ? signExtendBig(data, size * 8) & (regsize === 64 ? MASK64 : 0xffffffffn) : data;
  if (regsize === 64) cpu.setXr(t, v);
  else cpu.setWr(t, v);
}

function storeFrom(cpu: Cpu, t: number, addr: bigint, size: number, acc: number): void {
  cpu.write(addr & MASK64, size, cpu.x(t) & ((1n << BigInt(size * 8)) - 1n), acc);
}

/** Loads/stores of 16 bytes split in two 8-byte accesses as Sail Mem_read/Mem_set do for vectors. */
function loadV(cpu: Cpu, t: number, addr: bigint, size: number): void {
  if (size === 16) {
    cpu.alignCheck(addr, 16, ACC_VEC, false);
    const lo = cpu.read(addr & MASK64, 8, ACC_VEC);
    const hi = cpu.read((addr + 8n) & MASK64, 8, ACC_VEC);
    writeV(cpu, t, 16, (hi << 64n) | lo);
  } else writeV(cpu, t, size, cpu.read(addr & MASK64, size, ACC_VEC));
}

function storeV(cpu: Cpu, t: number, addr: bigint, size: number): void {
  const v = readV(cpu, t, size);
  if (size === 16) {
    cpu.alignCheck(addr, 16, ACC_VEC, true);
    cpu.write(addr & MASK64, 8, v & MASK64, ACC_VEC);
    cpu.write((addr + 8n) & MASK64, 8, v >> 64n, ACC_VEC);
  } else cpu.write(addr & MASK64, size, v, ACC_VEC);
}

interface SingleShape {
  memop: 'load' | 'store' | 'prefetch';
  size: number;
  regsize: number;
  signed: boolean;
}

/** Decodes size:opc of the general single-register forms (Sail decode of LDR/STR/LDRS*). */
function generalShape(w: number): SingleShape {
  const size = bits(w, 31, 30);
  const opc = bits(w, 23, 22);
  if ((opc & 2) === 0) return { memop: opc & 1 ? 'load' : 'store', size: 1 << size, regsize: size === 3 ? 64 : 32, signed: false };
  if (size === 3) {
    if (opc & 1) throw new ArchException('undefined');
    return { memop: 'prefetch', size: 8, regsize: 64, signed: false };
  }
  if (size === 2 && opc & 1) throw new ArchException('undefined');
  return { memop: 'load', size: 1 << size, regsize: opc & 1 ? 32 : 64, signed: true };
}

function simdShape(w: number): { load: boolean; size: number } {
  const scale = (bits(w, 23, 23) << 2) | bits(w, 31, 30);
  if (scale > 4) throw new ArchException('undefined');
  return { load: bits(w, 22, 22) === 1, size: 1 << scale };
}

function singleAccess(cpu: Cpu, w: number, base: BaseRef, addr: bigint, n: number, wbOffset: bigint | null, acc: number): void {
  const t = w & 31;
  const isSimd = bits(w, 26, 26) === 1;
  if (isSimd) {
    const s = simdShape(w);
    checkFPEnabled(cpu);
    cpu.checkAccess(base, addr, s.size, s.load ? PERM_LOAD : PERM_STORE);
    if (s.load) loadV(cpu, t, addr, s.size);
    else storeV(cpu, t, addr, s.size);
  } else {
    const s = generalShape(w);
    let wb = wbOffset;
    // Sail: a load writing back to its own data register suppresses the write-back (WBSUPPRESS).
    if (s.memop === 'load' && wb !== null && n === t && n !== 31) wb = null;
    if (s.memop === 'prefetch') {
      // PRFM: no access and no checks (hints never fault).
      return;
    }
    cpu.checkAccess(base, addr, s.size, s.memop === 'load' ? PERM_LOAD : PERM_STORE);
    if (s.memop === 'load') loadInto(cpu, t, addr, s.size, s.regsize, s.signed, acc);
    else storeFrom(cpu, t, addr, s.size, acc);
    if (wb !== null) cpu.writeback(n, base, wb);
    return;
  }
  if (wbOffset !== null) cpu.writeback(n, base, wbOffset);
}

function isPrefetch(w: number): boolean {
  return bits(w, 26, 26) === 0 && bits(w, 31, 30) === 3 && bits(w, 23, 22) === 2;
}

defineSemantics(['memory_single_general_immediate_unsigned', 'memory_single_simdfp_immediate_unsigned'], (cpu, w) => {
  const n = bits(w, 9, 5);
  const scale = bits(w, 26, 26) ? (bits(w, 23, 23) << 2) | bits(w, 31, 30) : bits(w, 31, 30);
  const base = cpu.baseRead(n, isPrefetch(w));
  singleAccess(cpu, w, base, base.addr + (BigInt(bits(w, 21, 10)) << BigInt(scale)), n, null, ACC_NORMAL);
});

defineSemantics(['memory_single_general_immediate_signed_offset_normal', 'memory_single_simdfp_immediate_signed_offset_normal'], (cpu, w) => {
  const n = bits(w, 9, 5);
  const base = cpu.baseRead(n, isPrefetch(w));
  singleAccess(cpu, w, base, base.addr + signExtendBig(BigInt(bits(w, 20, 12)), 9), n, null, ACC_NORMAL);
});

defineSemantics('memory_single_general_immediate_signed_offset_unpriv', (cpu, w) => {
  const n = bits(w, 9, 5);
  const base = cpu.baseRead(n);
  const unpriv = cpu.el === 1 ? ACC_UNPRIV : ACC_NORMAL;
  singleAccess(cpu, w, base, base.addr + signExtendBig(BigInt(bits(w, 20, 12)), 9), n, null, unpriv);
});

defineSemantics(['memory_single_general_immediate_signed_pre_idx', 'memory_single_simdfp_immediate_signed_pre_idx'], (cpu, w) => {
  const n = bits(w, 9, 5);
  const off = signExtendBig(BigInt(bits(w, 20, 12)), 9);
  const base = cpu.baseRead(n);
  singleAccess(cpu, w, base, base.addr + off, n, off, ACC_NORMAL);
});

defineSemantics(['memory_single_general_immediate_signed_post_idx', 'memory_single_simdfp_immediate_signed_post_idx'], (cpu, w) => {
  const n = bits(w, 9, 5);
  const off = signExtendBig(BigInt(bits(w, 20, 12)), 9);
  const base = cpu.baseRead(n);
  singleAccess(cpu, w, base, base.addr, n, off, ACC_NORMAL);
});

/** Sail ExtendReg for register-offset addressing. */
function offsetReg(cpu: Cpu, w: number, scale: number): bigint {
  const option = bits(w, 15, 13);
  if ((option & 2) === 0) throw new ArchException('undefined');
  const shift = bits(w, 12, 12) ? scale : 0;
  const m = cpu.x(bits(w, 20, 16));
  const len = option & 1 ? 64 : 32;
  let x = m & ((1n << BigInt(len)) - 1n);
  if (option & 4) x = signExtendBig(x, len);
  return (x << BigInt(shift)) & MASK64;
}

defineSemantics(['memory_single_general_register', 'memory_single_simdfp_register'], (cpu, w) => {
  const n = bits(w, 9, 5);
  const scale = bits(w, 26, 26) ? (bits(w, 23, 23) << 2) | bits(w, 31, 30) : bits(w, 31, 30);
  const base = cpu.baseRead(n, isPrefetch(w));
  singleAccess(cpu, w, base, base.addr + offsetReg(cpu, w, scale), n, null, ACC_NORMAL);
});

defineSemantics(['memory_literal_general', 'memory_literal_simdfp'], (cpu, w) => {
  const opc = bits(w, 31, 30);
  const t = w & 31;
  const addr = (cpu.pcc.value + signExtendBig(BigInt(bits(w, 23, 5)), 19) * 4n) & MASK64;
  const simd = bits(w, 26, 26) === 1;
  // Literal loads are checked against PCC (Morello).
  const pccBase: BaseRef = { cap: cpu.pcc, addr: cpu.pcc.value };
  if (simd) {
    if (opc === 3) throw new ArchException('undefined');
    checkFPEnabled(cpu);
    const size = 4 << opc;
    cpu.checkAccess(pccBase, addr, size, PERM_LOAD);
    loadV(cpu, t, addr, size);
    return;
  }
  if (opc === 3) return; // PRFM (literal)
  // opc 00: LDR Wt (4 bytes), 01: LDR Xt (8), 10: LDRSW Xt (4, sign-extended).
  const size = opc === 1 ? 8 : 4;
  cpu.checkAccess(pccBase, addr, size, PERM_LOAD);
  loadInto(cpu, t, addr, size, opc === 0 ? 32 : 64, opc === 2, ACC_NORMAL);
});

// ---------------------------------------------------------------- pairs
function pairAccess(cpu: Cpu, w: number, mode: 'offset' | 'pre' | 'post'): void {
  const n = bits(w, 9, 5);
  const t = w & 31;
  const t2 = bits(w, 14, 10);
  const load = bits(w, 22, 22) === 1;
  const simd = bits(w, 26, 26) === 1;
  const opc = bits(w, 31, 30);
  let size: number;
  let signed = false;
  if (simd) {
    if (opc === 3) throw new ArchException('undefined');
    checkFPEnabled(cpu);
    size = 4 << opc;
  } else {
    if (opc === 3 || (opc === 1 && !load)) throw new ArchException('undefined');
    signed = opc === 1;
    size = opc === 2 ? 8 : 4;
  }
  if (load && t === t2) throw new ArchException('undefined'); // Sail: LDPOVERLAP → UNDEF
  const off = signExtendBig(BigInt(bits(w, 21, 15)), 7) * BigInt(size);
  const base = cpu.baseRead(n);
  let wback = mode !== 'offset';
  if (wback && load && !simd && (t === n || t2 === n) && n !== 31) wback = false; // WBSUPPRESS
  const addr = mode === 'post' ? base.addr : base.addr + off;
  cpu.checkAccess(base, addr, 2 * size, load ? PERM_LOAD : PERM_STORE);
  if (simd) {
    if (load) {
      loadV(cpu, t, addr, size);
      loadV(cpu, t2, addr + BigInt(size), size);
    } else {
      storeV(cpu, t, addr, size);
      storeV(cpu, t2, addr + BigInt(size), size);
    }
  } else if (load) {
    const rs = signed ? 64 : size * 8;
    const a = cpu.read(addr & MASK64, size);
    const b = cpu.read((addr + BigInt(size)) & MASK64, size);
    const fix = (v: bigint): bigint => (signed ? signExtendBig(v, 32) & MASK64 : v);
    if (rs === 64) {
      cpu.setXr(t, fix(a));
      cpu.setXr(t2, fix(b));
    } else {
      cpu.setWr(t, a);
      cpu.setWr(t2, b);
    }
  } else {
    const m = (1n << BigInt(size * 8)) - 1n;
    const a = cpu.x(t) & m;
    const b = cpu.x(t2) & m;
    cpu.write(addr & MASK64, size, a);
    cpu.write((addr + BigInt(size)) & MASK64, size, b);
  }
  if (wback) cpu.writeback(n, base, off);
}

defineSemantics(['memory_pair_general_offset', 'memory_pair_general_no_alloc', 'memory_pair_simdfp_offset', 'memory_pair_simdfp_no_alloc'], (cpu, w) => pairAccess(cpu, w, 'offset'));
defineSemantics(['memory_pair_general_pre_idx', 'memory_pair_simdfp_pre_idx'], (cpu, w) => pairAccess(cpu, w, 'pre'));
defineSemantics(['memory_pair_general_post_idx', 'memory_pair_simdfp_post_idx'], (cpu, w) => pairAccess(cpu, w, 'post'));

// ---------------------------------------------------------------- exclusives and ordered
defineSemantics('memory_exclusive_single', (cpu, w) => {
  const size = 1 << bits(w, 31, 30);
  const load = bits(w, 22, 22) === 1;
  const n = bits(w, 9, 5);
  const t = w & 31;
  const s = bits(w, 20, 16);
  const base = cpu.baseRead(n);
  const addr = base.addr;
  if (load) {
    cpu.checkAccess(base, addr, size, PERM_LOAD);
    loadInto(cpu, t, addr, size, size === 8 ? 64 : 32, false, ACC_ATOMIC);
    cpu.markExclusive(addr);
  } else {
    cpu.checkAccess(base, addr, size, PERM_STORE);
    cpu.alignCheck(addr & MASK64, size, ACC_ATOMIC, true);
    if (cpu.exclusivePass(addr)) {
      storeFrom(cpu, t, addr, size, ACC_ATOMIC);
      cpu.setWr(s, 0n);
    } else cpu.setWr(s, 1n);
  }
});

defineSemantics('memory_exclusive_pair', (cpu, w) => {
  const esize = bits(w, 30, 30) ? 8 : 4;
  const load = bits(w, 22, 22) === 1;
  const n = bits(w, 9, 5);
  const t = w & 31;
  const t2 = bits(w, 14, 10);
  const s = bits(w, 20, 16);
  const base = cpu.baseRead(n);
  const addr = base.addr;
  const total = esize * 2;
  if (load) {
    if (t === t2) throw new ArchException('undefined');
    cpu.checkAccess(base, addr, total, PERM_LOAD);
    cpu.alignCheck(addr & MASK64, total, ACC_ATOMIC, false);
    const a = cpu.read(addr & MASK64, esize, ACC_ATOMIC);
    const b = cpu.read((addr + BigInt(esize)) & MASK64, esize, ACC_NORMAL);
    if (esize === 8) {
      cpu.setXr(t, a);
      cpu.setXr(t2, b);
    } else {
      cpu.setWr(t, a);
      cpu.setWr(t2, b);
    }
    cpu.markExclusive(addr);
  } else {
    cpu.checkAccess(base, addr, total, PERM_STORE);
    cpu.alignCheck(addr & MASK64, total, ACC_ATOMIC, true);
    if (cpu.exclusivePass(addr)) {
      const m = esize === 8 ? MASK64 : 0xffffffffn;
      cpu.write(addr & MASK64, esize, cpu.x(t) & m, ACC_NORMAL);
      cpu.write((addr + BigInt(esize)) & MASK64, esize, cpu.x(t2) & m, ACC_NORMAL);
      cpu.setWr(s, 0n);
    } else cpu.setWr(s, 1n);
  }
});

defineSemantics(['memory_ordered', 'memory_ordered_rcpc'], (cpu, w, def) => {
  const size = 1 << bits(w, 31, 30);
  const load = def.family === 'memory_ordered_rcpc' || bits(w, 22, 22) === 1;
  const n = bits(w, 9, 5);
  const t = w & 31;
  const base = cpu.baseRead(n);
  cpu.checkAccess(base, base.addr, size, load ? PERM_LOAD : PERM_STORE);
  if (load) loadInto(cpu, t, base.addr, size, size === 8 ? 64 : 32, false, ACC_ORDERED);
  else storeFrom(cpu, t, base.addr, size, ACC_ORDERED);
});

// ---------------------------------------------------------------- LSE atomics
function atomicOp(op: number, old: bigint, v: bigint, bitsz: number): bigint {
  const m = (1n << BigInt(bitsz)) - 1n;
  const sx = (x: bigint): bigint => signExtendBig(x, bitsz);
  switch (op) {
    case 0: return (old + v) & m;
    case 1: return old & ~v & m;
    case 2: return (old ^ v) & m;
    case 3: return (old | v) & m;
    case 4: return sx(old) > sx(v) ? old : v;
    case 5: return sx(old) > sx(v) ? v : old;
    case 6: return old > v ? old : v;
    default: return old > v ? v : old;
  }
}

function lseAtomic(cpu: Cpu, w: number): void {
  const size = 1 << bits(w, 31, 30);
  const n = bits(w, 9, 5);
  const t = w & 31;
  const s = bits(w, 20, 16);
  const op = bits(w, 14, 12);
  const base = cpu.baseRead(n);
  const addr = base.addr;
  cpu.checkAccess(base, addr, size, PERM_LOAD);
  cpu.checkAccess(base, addr, size, PERM_STORE);
  const acc = bits(w, 23, 22) !== 0 ? ACC_ORDERED : ACC_ATOMIC;
  const old = cpu.read(addr & MASK64, size, acc);
  const v = cpu.x(s) & ((1n << BigInt(size * 8)) - 1n);
  cpu.write(addr & MASK64, size, atomicOp(op, old, v, size * 8), acc);
  if (size === 8) cpu.setXr(t, old);
  else cpu.setWr(t, old);
}

defineSemantics(['memory_atomicops_ld', 'memory_atomicops_st'], lseAtomic);

defineSemantics('memory_atomicops_swp', (cpu, w) => {
  const size = 1 << bits(w, 31, 30);
  const n = bits(w, 9, 5);
  const base = cpu.baseRead(n);
  cpu.checkAccess(base, base.addr, size, PERM_LOAD);
  cpu.checkAccess(base, base.addr, size, PERM_STORE);
  const old = cpu.read(base.addr & MASK64, size, ACC_ATOMIC);
  cpu.write(base.addr & MASK64, size, cpu.x(bits(w, 20, 16)) & ((1n << BigInt(size * 8)) - 1n), ACC_ATOMIC);
  if (size === 8) cpu.setXr(w & 31, old);
  else cpu.setWr(w & 31, old);
});

defineSemantics('memory_atomicops_cas_single', (cpu, w) => {
  const size = 1 << bits(w, 31, 30);
  const n = bits(w, 9, 5);
  const s = bits(w, 20, 16);
  const m = (1n << BigInt(size * 8)) - 1n;
  const base = cpu.baseRead(n);
  cpu.checkAccess(base, base.addr, size, PERM_LOAD);
  cpu.checkAccess(base, base.addr, size, PERM_STORE);
  const old = cpu.read(base.addr & MASK64, size, ACC_ATOMIC);
  if (old === (cpu.x(s) & m)) cpu.write(base.addr & MASK64, size, cpu.x(w & 31) & m, ACC_ATOMIC);
  if (size === 8) cpu.setXr(s, old);
  else cpu.setWr(s, old);
});

defineSemantics('memory_atomicops_cas_pair', (cpu, w) => {
  const esize = bits(w, 30, 30) ? 8 : 4;
  const s = bits(w, 20, 16);
  const t = w & 31;
  if (s & 1 || t & 1) throw new ArchException('undefined');
  const n = bits(w, 9, 5);
  const m = esize === 8 ? MASK64 : 0xffffffffn;
  const base = cpu.baseRead(n);
  const addr = base.addr;
  cpu.checkAccess(base, addr, esize * 2, PERM_LOAD);
  cpu.checkAccess(base, addr, esize * 2, PERM_STORE);
  cpu.alignCheck(addr & MASK64, esize * 2, ACC_ATOMIC, false);
  const a = cpu.read(addr & MASK64, esize, ACC_NORMAL);
  const b = cpu.read((addr + BigInt(esize)) & MASK64, esize, ACC_NORMAL);
  if (a === (cpu.x(s) & m) && b === (cpu.x(s + 1) & m)) {
    cpu.write(addr & MASK64, esize, cpu.x(t) & m, ACC_NORMAL);
    cpu.write((addr + BigInt(esize)) & MASK64, esize, cpu.x(t + 1) & m, ACC_NORMAL);
  }
  if (esize === 8) {
    cpu.setXr(s, a);
    cpu.setXr(s + 1, b);
  } else {
    cpu.setWr(s, a);
    cpu.setWr(s + 1, b);
  }
});

