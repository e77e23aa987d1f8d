// AdvSIMD structure loads and stores: LD1–LD4 / ST1–ST4 (multiple and single structures), LD1R–LD4R, with and without
// post-index (Sail execute_aarch64_instrs_memory_vector_multiple_*, _single_*). Elements are (de)interleaved
// across `selem` consecutive registers; the whole transfer is checked against the base capability
// (DDC for integer bases) first.
import { defineSemantics, type Cpu } from './cpu.js';
import { ArchException } from '../cpu/exception.js';
import { PERM_LOAD, PERM_STORE } from '../cap/format.js';
import { bits } from '../isa/table.js';
import { readV, writeV } from './a64-memory.js';
import { checkFPEnabled } from './sysregs.js';
import { MASK64 } from './u64.js';

/** opcode → [rpt, selem] (Sail decode of memory_vector_multiple). */
const LAYOUT: Record<number, [number, number]> = { 0: [1, 4], 2: [4, 1], 4: [1, 3], 6: [3, 1], 7: [1, 1], 8: [1, 2], 10: [2, 1] };

function multiple(cpu: Cpu, w: number, post: boolean): void {
  const q = bits(w, 30, 30);
  const load = bits(w, 22, 22) === 1;
  const opcode = bits(w, 15, 12);
  const size = bits(w, 11, 10);
  const layout = LAYOUT[opcode];
  if (layout === undefined || (size === 3 && q === 0 && layout[1] !== 1)) throw new ArchException('undefined');
  checkFPEnabled(cpu);
  const [rpt, selem] = layout;
  const esize = 8 << size;
  const ebytes = esize / 8;
  const elements = (q ? 128 : 64) / esize;
  const t = w & 31;
  const n = bits(w, 9, 5);
  const base = cpu.baseRead(n);
  const total = rpt * selem * elements * ebytes;
  cpu.checkAccess(base, base.addr, total, load ? PERM_LOAD : PERM_STORE);
  const regs = new Map<number, bigint>();
  const reg = (r: number): bigint => regs.get(r) ?? (load ? 0n : readV(cpu, r, 16));
  let addr = base.addr;
  const emask = (1n << BigInt(esize)) - 1n;
  for (let r = 0; r < rpt; r++) {
    for (let e = 0; e < elements; e++) {
      for (let s = 0; s < selem; s++) {
        const tt = (t + r + s) & 31;
        const sh = BigInt(e * esize);
        if (load) regs.set(tt, (reg(tt) & ~(emask << sh)) | (cpu.read(addr & MASK64, ebytes) << sh));
        else cpu.write(addr & MASK64, ebytes, (reg(tt) >> sh) & emask);
        addr += BigInt(ebytes);
      }
    }
  }
  if (load) for (const [r, v] of regs) writeV(cpu, r, 16, q ? v : v & ((1n << 64n) - 1n));
  if (post) {
    const m = bits(w, 20, 16);
    cpu.writeback(n, base, m === 31 ? BigInt(total) : cpu.x(m));
  }
}

defineSemantics('memory_vector_multiple_no_wb', (cpu, w) => multiple(cpu, w, false));
defineSemantics('memory_vector_multiple_post_inc', (cpu, w) => multiple(cpu, w, true));

/** Sail decode of memory_vector_single: element size (log2 bytes), lane index, structure count,
 *  and whether the element is replicated to every lane (LD1R–LD4R). */
function singleLayout(w: number): { scale: number; index: number; selem: number; replicate: boolean } {
  const q = bits(w, 30, 30);
  const load = bits(w, 22, 22);
  const opcode = bits(w, 15, 13);
  const s = bits(w, 12, 12);
  const size = bits(w, 11, 10);
  const selem = (((opcode & 1) << 1) | bits(w, 21, 21)) + 1;
  switch (opcode >> 1) {
    case 3:
      if (!load || s) throw new ArchException('undefined');
      return { scale: size, index: 0, selem, replicate: true };
    case 0:
      return { scale: 0, index: (q << 3) | (s << 2) | size, selem, replicate: false };
    case 1:
      if (size & 1) throw new ArchException('undefined');
      return { scale: 1, index: (q << 2) | (s << 1) | (size >> 1), selem, replicate: false };
    default:
      if (size & 2) throw new ArchException('undefined');
      if ((size & 1) === 0) return { scale: 2, index: (q << 1) | s, selem, replicate: false };
      if (s) throw new ArchException('undefined');
      return { scale: 3, index: q, selem, replicate: false };
  }
}

/** LD1–LD4 / ST1–ST4 (single structure) and LD1R–LD4R (Sail execute_..._memory_vector_single). */
function single(cpu: Cpu, w: number, post: boolean): void {
  const { scale, index, selem, replicate } = singleLayout(w);
  checkFPEnabled(cpu);
  const load = bits(w, 22, 22) === 1;
  const ebytes = 1 << scale;
  const esize = BigInt(8 * ebytes);
  const emask = (1n << esize) - 1n;
  const n = bits(w, 9, 5);
  const base = cpu.baseRead(n);
  const total = selem * ebytes;
  cpu.checkAccess(base, base.addr, total, load ? PERM_LOAD : PERM_STORE);
  const q = bits(w, 30, 30);
  let addr = base.addr;
  for (let s = 0; s < selem; s++) {
    const t = ((w & 31) + s) & 31;
    if (replicate) {
      const e = cpu.read(addr & MASK64, ebytes);
      let v = 0n;
      for (let i = 0n; i < BigInt(q ? 128 : 64); i += esize) v |= e << i;
      writeV(cpu, t, 16, v);
    } else if (load) {
      const sh = BigInt(index) * esize;
      writeV(cpu, t, 16, (readV(cpu, t, 16) & ~(emask << sh)) | (cpu.read(addr & MASK64, ebytes) << sh));
    } else cpu.write(addr & MASK64, ebytes, (readV(cpu, t, 16) >> (BigInt(index) * esize)) & emask);
    addr += BigInt(ebytes);
  }
  if (post) {
    const m = bits(w, 20, 16);
    cpu.writeback(n, base, m === 31 ? BigInt(total) : cpu.x(m));
  }
}

defineSemantics('memory_vector_single_no_wb', (cpu, w) => single(cpu, w, false));
defineSemantics('memory_vector_single_post_inc', (cpu, w) => single(cpu, w, true));
