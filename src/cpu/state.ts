// Architectural state of one Morello PE. General registers are 129-bit capabilities stored as
// four 32-bit words plus a tag in typed arrays: value (bits 63:0) in xlo/xhi, bits 95:64 in mlo,
// bits 127:96 in mhi. Index 31 is the current stack pointer (CSP); the zero register is handled by
// accessors. An X/W write zero-extends to 129 bits: metadata and tag cleared (Sail X[] setter).
import { type Capability, CMAX, NULL_CAP } from '../cap/format.js';
import { toBig, bigLo, bigHi } from '../exec/u64.js';

export const SP = 31;

export class CpuState {
  readonly xlo = new Uint32Array(32);
  readonly xhi = new Uint32Array(32);
  readonly mlo = new Uint32Array(32);
  readonly mhi = new Uint32Array(32);
  readonly tag = new Uint8Array(32);
  /** SIMD&FP registers V0–V31, 128 bits each as four 32-bit words (least significant first). */
  readonly v = new Uint32Array(32 * 4);

  // PSTATE
  n = 0;
  z = 0;
  c = 0;
  v_ = 0;
  /** Exception level 0..3. */
  el = 3;
  /** PSTATE.C64. */
  c64 = false;
  /** PSTATE.SP: 1 = SP_ELx, 0 = SP_EL0. */
  spsel = 1;
  daif = 0xf;

  /** PCC as a capability; pc is its value. */
  pcc: Capability = CMAX;
  /** Banked stack pointers SP_EL0..SP_EL3 (capabilities); the active one lives in register 31. */
  readonly sps: Capability[] = [NULL_CAP, NULL_CAP, NULL_CAP, NULL_CAP];
  readonly ddc: Capability[] = [CMAX, CMAX, CMAX, CMAX];
  rddc: Capability = CMAX;
  rcsp: Capability = NULL_CAP;
  /** Capability system registers by encoding key (CELR, CVBAR, CTPIDR, …). */
  readonly capSys = new Map<number, Capability>();
  /** 64-bit system registers by encoding key. */
  readonly sys = new Map<number, bigint>();

  fpcr = 0;
  fpsr = 0;

  /** Exclusive monitor: address and size of the reservation, or -1. */
  exclAddr = -1;
  exclSize = 0;

  // --- 64-bit views of X registers (register 31 here means SP; callers map ZR) ---
  getX(n: number): bigint {
    return toBig(this.xlo[n]!, this.xhi[n]!);
  }

  setX(n: number, v: bigint): void {
    this.xlo[n] = bigLo(v);
    this.xhi[n] = bigHi(v);
    this.mlo[n] = 0;
    this.mhi[n] = 0;
    this.tag[n] = 0;
  }

  setXHalves(n: number, lo: number, hi: number): void {
    this.xlo[n] = lo;
    this.xhi[n] = hi;
    this.mlo[n] = 0;
    this.mhi[n] = 0;
    this.tag[n] = 0;
  }

  getC(n: number): Capability {
    return {
      tag: this.tag[n] === 1,
      hi: toBig(this.mlo[n]!, this.mhi[n]!),
      value: toBig(this.xlo[n]!, this.xhi[n]!),
    };
  }

  setC(n: number, c: Capability): void {
    this.xlo[n] = bigLo(c.value);
    this.xhi[n] = bigHi(c.value);
    this.mlo[n] = bigLo(c.hi);
    this.mhi[n] = bigHi(c.hi);
    this.tag[n] = c.tag ? 1 : 0;
  }

  get pc(): bigint {
    return this.pcc.value;
  }

  nzcv(): number {
    return (this.n << 3) | (this.z << 2) | (this.c << 1) | this.v_;
  }

  setNzcv(f: number): void {
    this.n = (f >> 3) & 1;
    this.z = (f >> 2) & 1;
    this.c = (f >> 1) & 1;
    this.v_ = f & 1;
  }

  /** Saves register 31 into the bank of the current SP selection. */
  saveSp(): void {
    this.sps[this.spsel ? this.el : 0] = this.getC(31);
  }

  /** Loads register 31 from the bank of the current SP selection. */
  loadSp(): void {
    this.setC(31, this.sps[this.spsel ? this.el : 0]!);
  }

  /** The current DDC (DDC_ELx of the current level). */
  get curDdc(): Capability {
    return this.ddc[this.el]!;
  }
}
