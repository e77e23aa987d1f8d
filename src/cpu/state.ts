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
  /** Banked stack pointers SP_EL0..SP_EL3 and RSP_EL0 (index 4), as capabilities; the active one
   *  lives in register 31 and `spBank` says which it is (Sail CSP_read). */
  readonly sps: Capability[] = [NULL_CAP, NULL_CAP, NULL_CAP, NULL_CAP, NULL_CAP];
  spBank = 3;
  readonly ddc: Capability[] = [CMAX, CMAX, CMAX, CMAX];
  rddc: Capability = CMAX;
  /** Capability system registers by encoding key (CELR, CVBAR, CTPIDR, …). */
  readonly capSys = new Map<number, Capability>();
  /** 64-bit system registers by encoding key. */
  readonly sys = new Map<number, bigint>();

  fpcr = 0;
  fpsr = 0;

  /** Exclusive monitor: the marked 64-byte granule, or -1. */
  exclAddr = -1;

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

  /** Restricted mode: PCC lacks the Executive permission (Sail IsInRestricted). */
  get restricted(): boolean {
    return (this.pcc.hi & (1n << 47n)) === 0n;
  }

  /** Which stack pointer bank is architecturally current: RSP_EL0 in Restricted, else SP_EL0 or SP_ELx. */
  wantedSpBank(): number {
    return this.restricted ? 4 : this.spsel ? this.el : 0;
  }

  /** Moves register 31 to the bank that should be current after a change of EL, SPSel or PCC. */
  syncSp(): void {
    const want = this.wantedSpBank();
    if (want === this.spBank) return;
    this.sps[this.spBank] = this.getC(31);
    this.setC(31, this.sps[want]!);
    this.spBank = want;
  }

  /** A bank's current value (register 31 if it is the active one). */
  spBankGet(i: number): Capability {
    return i === this.spBank ? this.getC(31) : this.sps[i]!;
  }

  spBankSet(i: number, c: Capability): void {
    if (i === this.spBank) this.setC(31, c);
    else this.sps[i] = c;
  }

  /** The current DDC (Sail DDC_read): RDDC_EL0 in Restricted, DDC_EL0 with SPSel 0, else DDC_ELx. */
  get curDdc(): Capability {
    if (this.restricted) return this.rddc;
    return this.ddc[this.spsel ? this.el : 0]!;
  }
}
