// The (size, Q) vector shape of an AdvSIMD instruction, or its scalar ("sisd") form, and the
// matching read/write of lanes. Shared by the integer families that exist in both forms.
import type { Cpu } from './cpu.js';
import { ArchException } from '../cpu/exception.js';
import { readV, writeV } from './a64-memory.js';
import { bits } from '../isa/table.js';
import { signExtendBig } from './u64.js';
import { lanes, pack, writeVec } from './simd-lanes.js';

export interface Shape {
  readonly esize: number;
  readonly count: number;
  readonly q: number;
  readonly scalar: boolean;
}

/** Shape from size<23:22> and Q<30>; the vector forms reject size:Q = 110 (64-bit lanes in a
 *  64-bit vector), as every AdvSIMD decode that allows 64-bit lanes does. */
export function shapeOf(w: number, scalar: boolean): Shape {
  const size = bits(w, 23, 22);
  const q = bits(w, 30, 30);
  if (!scalar && size === 3 && !q) throw new ArchException('undefined');
  const esize = 8 << size;
  return { esize, count: scalar ? 1 : (q ? 128 : 64) / esize, q, scalar };
}

/** Lanes of register r in the shape, as signed or unsigned integers. */
export function readShaped(cpu: Cpu, r: number, s: Shape, unsigned = true): bigint[] {
  const ls = lanes(readV(cpu, r, 16), s.esize, s.count);
  return unsigned ? ls : ls.map((x) => signExtendBig(x, s.esize));
}

/** Writes result lanes: a scalar clears the rest of V[d]; a 64-bit vector clears the upper half. */
export function writeShaped(cpu: Cpu, d: number, s: Shape, ls: readonly bigint[]): void {
  if (s.scalar) writeV(cpu, d, s.esize / 8, ls[0]! & ((1n << BigInt(s.esize)) - 1n));
  else writeVec(cpu, d, pack(ls, s.esize), s.q);
}

/** Element size of an immediate shift from immh (HighestSetBit), and immh:immb. */
export function immhShape(w: number, scalar: boolean): Shape & { immhb: number; immh: number } {
  const immh = bits(w, 22, 19);
  if (immh === 0) throw new ArchException('undefined'); // scalar encodings with immh = 0000 are reserved
  const q = bits(w, 30, 30);
  const esize = 8 << (31 - Math.clz32(immh));
  if (!scalar && esize === 64 && !q) throw new ArchException('undefined');
  return { esize, count: scalar ? 1 : (q ? 128 : 64) / esize, q, scalar, immh, immhb: (immh << 3) | bits(w, 18, 16) };
}
