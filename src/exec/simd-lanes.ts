// Lane helpers shared by the AdvSIMD semantics modules: a 128-bit vector register as BigInt lanes,
// packing back, the Q=0 / "2"-form write rules, and Sail SatQ with FPSR.QC.
import type { Cpu } from './cpu.js';
import { readV, writeV } from './a64-memory.js';
import { signExtendBig } from './u64.js';

export const M128 = (1n << 128n) - 1n;
export const M64 = (1n << 64n) - 1n;

export function lanes(v: bigint, esize: number, count: number): bigint[] {
  const m = (1n << BigInt(esize)) - 1n;
  const out: bigint[] = [];
  for (let i = 0; i < count; i++) out.push((v >> BigInt(i * esize)) & m);
  return out;
}

export function pack(ls: readonly bigint[], esize: number): bigint {
  const m = (1n << BigInt(esize)) - 1n;
  let v = 0n;
  ls.forEach((l, i) => {
    v |= (l & m) << BigInt(i * esize);
  });
  return v & M128;
}

/** Lanes of a register read as signed or unsigned integers. */
export function intLanes(cpu: Cpu, reg: number, esize: number, count: number, unsigned: boolean): bigint[] {
  const ls = lanes(readV(cpu, reg, 16), esize, count);
  return unsigned ? ls : ls.map((x) => signExtendBig(x, esize));
}

/** Lanes of the selected half (upper for the "2" forms) of a register, sign/zero extended. */
export function halfLanes(v: bigint, esize: number, upper: boolean, signed: boolean): bigint[] {
  const src = upper ? v >> 64n : v;
  return lanes(src, esize, 64 / esize).map((x) => (signed ? signExtendBig(x, esize) : x));
}

/** Writes a vector result: 64-bit (Q=0) results clear the upper half. */
export function writeVec(cpu: Cpu, d: number, v: bigint, q: number): void {
  writeV(cpu, d, 16, q ? v : v & M64);
}

/** Writes a narrowed 64-bit result: to the lower half (clearing the upper), or for the "2" forms
 *  (Q=1) to the upper half, keeping the lower. */
export function writeNarrow(cpu: Cpu, d: number, narrow: bigint, q: number): void {
  writeV(cpu, d, 16, q ? (readV(cpu, d, 16) & M64) | ((narrow & M64) << 64n) : narrow & M64);
}

/** Sail SatQ: clamps to the signed/unsigned range of esize bits, setting FPSR.QC when it clamps. */
export function saturate(v: bigint, esize: number, unsigned: boolean, cpu: Cpu): bigint {
  const min = unsigned ? 0n : -(1n << BigInt(esize - 1));
  const max = unsigned ? (1n << BigInt(esize)) - 1n : (1n << BigInt(esize - 1)) - 1n;
  if (v > max || v < min) {
    cpu.fpsr |= 1 << 27; // FPSR.QC
    return v > max ? max : min;
  }
  return v;
}

/** Integer shift by a signed amount: left for positive, arithmetic right (floor) for negative. */
export function shiftBy(v: bigint, sh: number): bigint {
  return sh >= 0 ? v << BigInt(sh) : v >> BigInt(-sh);
}
