// AdvSIMD element moves between general and vector registers (UMOV/SMOV/INS/DUP general): the
// subset the bare-metal test harnesses use. The full AdvSIMD set is the hybrid-ISA issue's work.
import { defineSemantics } from './cpu.js';
import { ArchException } from '../cpu/exception.js';
import { readV, writeV } from './a64-memory.js';
import { signExtendBig } from './u64.js';

/** Element size (log2 bytes) from the lowest set bit of imm5; -1 when imm5<3:0> = 0 (UNDEFINED). */
export function elemSize(imm5: number): number {
  if ((imm5 & 15) === 0) return -1;
  if (imm5 & 1) return 0;
  if (imm5 & 2) return 1;
  if (imm5 & 4) return 2;
  if (imm5 & 8) return 3;
  return -1;
}

defineSemantics(['vector_transfer_integer_move_unsigned', 'vector_transfer_integer_move_signed'], (cpu, w, def) => {
  const imm5 = (w >>> 16) & 31;
  const q = (w >>> 30) & 1;
  const size = elemSize(imm5);
  if (size < 0) throw new ArchException('undefined');
  const signed = def.family.endsWith('signed') && !def.family.endsWith('unsigned');
  const idx = imm5 >>> (size + 1);
  const esize = 8 << size;
  const v = (readV(cpu, (w >>> 5) & 31, 16) >> BigInt(idx * esize)) & ((1n << BigInt(esize)) - 1n);
  // UMOV: 64-bit lanes exactly when Q=1; SMOV: 8/16-bit lanes into W or X, 32-bit lanes into X only.
  if (!signed && ((q === 1) !== (size === 3))) throw new ArchException('undefined');
  if (signed && (size === 3 || (size === 2 && !q))) throw new ArchException('undefined');
  const r = signed ? signExtendBig(v, esize) : v;
  if (q) cpu.setXr(w & 31, r & ((1n << 64n) - 1n));
  else cpu.setWr(w & 31, r);
});

defineSemantics('vector_transfer_integer_insert', (cpu, w) => {
  const imm5 = (w >>> 16) & 31;
  const size = elemSize(imm5);
  if (size < 0) throw new ArchException('undefined');
  const idx = imm5 >>> (size + 1);
  const esize = BigInt(8 << size);
  const d = w & 31;
  const old = readV(cpu, d, 16);
  const mask = ((1n << esize) - 1n) << (BigInt(idx) * esize);
  const val = (cpu.x((w >>> 5) & 31) & ((1n << esize) - 1n)) << (BigInt(idx) * esize);
  writeV(cpu, d, 16, (old & ~mask) | val);
});

defineSemantics('vector_transfer_integer_dup', (cpu, w) => {
  const imm5 = (w >>> 16) & 31;
  const size = elemSize(imm5);
  const q = (w >>> 30) & 1;
  if (size < 0 || (size === 3 && !q)) throw new ArchException('undefined');
  const esize = 8 << size;
  const e = cpu.x((w >>> 5) & 31) & ((1n << BigInt(esize)) - 1n);
  let r = 0n;
  for (let i = 0; i < (q ? 128 : 64); i += esize) r |= e << BigInt(i);
  writeV(cpu, w & 31, 16, r);
});
