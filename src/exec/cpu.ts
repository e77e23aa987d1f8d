// The interpreter: a CpuState plus memory access with Morello capability checks, instruction fetch
// through PCC, a per-address decode cache, dispatch to semantics handlers by family, and
// synchronous exception entry (Sail AArch64_TakeException).
import { CpuState } from '../cpu/state.js';
import { ArchException, FSC_ALIGNMENT, FSC_CAP_BOUNDS, FSC_CAP_PERM, FSC_CAP_SEAL, FSC_CAP_TAG, EC_DABORT_LOWER, EC_DABORT_SAME,
  EC_IABORT_LOWER, EC_IABORT_SAME, EC_UNKNOWN, EC_SVC, EC_HVC, EC_SMC, EC_BRK, EC_PC_ALIGN, EC_SP_ALIGN, EC_SYSREG, EC_CAP_DISABLED, FSC_CAP_PAGE_PERM, EC_FP_ACCESS } from '../cpu/exception.js';
import { type Capability, NULL_CAP, capGetPerms, capIsSealed, PERM_EXECUTE, PERM_STORE, MASK64, capWithTag, capWithPerms,
  PERM_LOAD_CAP, PERM_MUTABLE_LOAD, PERM_STORE_CAP, PERM_STORE_LOCAL_CAP, capFromInteger } from '../cap/format.js';
import { capGetBounds, capAdd, capSetValue } from '../cap/bounds.js';
import { DecodedCap } from '../cap/decoded.js';

/** Sail CapSetFlags-style value replacement used by BranchAddr: the value's top byte changes, tag kept. */
function capSetFlagsValue(c: Capability, value: bigint): Capability {
  return { tag: c.tag, hi: c.hi, value: value & MASK64 };
}
import { decode } from '../isa/decoder.js';
import type { InsnDef } from '../isa/table.js';
import { Bus } from './bus.js';
import { sysRegKey } from '../isa/sysregs.js';
import { checkFPEnabled } from './sysregs.js';
import { toBig, preferDoubleFields } from './u64.js';
import { translate, ACCESS_READ, ACCESS_WRITE, ACCESS_FETCH, type MmuContext } from '../cpu/mmu.js';

export interface BaseRef {
  /** The base capability, or null for an integer base (authorised by DDC). */
  readonly cap: Capability | null;
  /** The address the base designates. */
  readonly addr: bigint;
}

/** A decoded instruction whose semantics the simulator does not implement yet (a simulator
 *  limitation, reported as an error — not an architectural UNDEFINED). */
export class UnimplementedInstruction extends Error {
  constructor(readonly id: string) {
    super(`unimplemented instruction ${id}`);
  }
}

export type Handler = (cpu: Cpu, w: number, def: InsnDef) => void;

const HANDLERS = new Map<string, Handler>();

/** Registers the semantics of one or more families (isa/ family names or Morello clause ids). */
export function defineSemantics(families: string | readonly string[], h: Handler): void {
  for (const f of typeof families === 'string' ? [families] : families) HANDLERS.set(f, h);
}

interface CachedInsn {
  word: number;
  def: InsnDef | null;
  h: Handler | null;
  /** A64 SIMD&FP instruction: CheckFPAdvSIMDEnabled64 precedes its semantics. */
  fp: boolean;
  morello: boolean;
  /** ADR/ADRP/ADRDP: Morello only in C64. */
  modal: boolean;
}

/** SIMD&FP data processing: the FP-enable check precedes the semantics. (SIMD&FP loads and stores
 *  make the check themselves, after their decode-time UNDEFINED cases.) */
function usesFp(def: InsnDef): boolean {
  const f = def.family;
  return def.cls === 'a64' && (f.startsWith('float_') || f.startsWith('vector_'));
}

// Access types relevant to alignment (Sail AccType): plain, atomic/exclusive, ordered.
export const ACC_NORMAL = 0;
export const ACC_ATOMIC = 1;
export const ACC_ORDERED = 2;
export const ACC_VEC = 3;
export const ACC_UNPRIV = 4;


export const SCTLR_EL1 = sysRegKey(3, 0, 1, 0, 0);
export const SCTLR_EL3 = sysRegKey(3, 6, 1, 0, 0);
export const SCTLR_EL2 = sysRegKey(3, 4, 1, 0, 0);
export const CCTLR_KEYS = [sysRegKey(3, 3, 1, 2, 2), sysRegKey(3, 0, 1, 2, 2), sysRegKey(3, 4, 1, 2, 2), sysRegKey(3, 6, 1, 2, 2)];
export const SPSR_KEYS = [0, sysRegKey(3, 0, 4, 0, 0), sysRegKey(3, 4, 4, 0, 0), sysRegKey(3, 6, 4, 0, 0)];
export const ELR_KEYS = [0, sysRegKey(3, 0, 4, 0, 1), sysRegKey(3, 4, 4, 0, 1), sysRegKey(3, 6, 4, 0, 1)];
export const ESR_KEYS = [0, sysRegKey(3, 0, 5, 2, 0), sysRegKey(3, 4, 5, 2, 0), sysRegKey(3, 6, 5, 2, 0)];
export const FAR_KEYS = [0, sysRegKey(3, 0, 6, 0, 0), sysRegKey(3, 4, 6, 0, 0), sysRegKey(3, 6, 6, 0, 0)];
export const VBAR_KEYS = [0, sysRegKey(3, 0, 12, 0, 0), sysRegKey(3, 4, 12, 0, 0), sysRegKey(3, 6, 12, 0, 0)];

export class Cpu extends CpuState {
  readonly bus: Bus;
  private readonly icache = new Map<number, CachedInsn>();
  /** Decoded PCC (fetch checks, PC advance) and decoded data-access capability (checkCap). */
  private readonly fetchCap = new DecodedCap();
  private readonly dataCap = new DecodedCap();
  /** Set by branch semantics: PCC already holds the next instruction's address. */
  branched = false;
  /** Instructions retired (including ones that took an exception). */
  retired = 0;
  /** Of those, Morello (capability) instructions — the profiler's class split (isa/ class 'morello'). */
  retiredMorello = 0;
  /** When set, instructions executed per PC (the profiler's raw data). */
  pcCounts: Map<number, number> | null = null;
  /** Address of the instruction being executed (for exceptions). */
  curPc = 0n;
  /** Called for SVC etc. before (or instead of) exception entry; return true if handled (user-mode OS shims). */
  onException: ((cpu: Cpu, e: ArchException) => boolean) | null = null;
  /** Receives one-line notices about behaviour the simulator does not model (each text once). */
  onNotice: ((text: string) => void) | null = null;
  private readonly noticed = new Set<string>();
  notice(text: string): void {
    if (this.noticed.has(text)) return;
    this.noticed.add(text);
    this.onNotice?.(text);
  }
  /**
   * User-process mode: with stage 1 off, memory is Normal (unaligned accesses allowed) rather than
   * Device, and only mapped pages exist (others fault as translation faults → SIGSEGV).
   */
  userProcess = false;

  /** The MMU's view of this CPU. */
  private readonly mmuCtx: MmuContext;

  constructor(bus: Bus) {
    super();
    this.bus = bus;
    preferDoubleFields(this, ['retired', 'retiredMorello']); // counts pass 2^30
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const cpu = this;
    this.mmuCtx = { get el() { return cpu.el; }, sysreg: (k) => cpu.sysreg(k), mem: bus.mem, get checkMapped() { return cpu.userProcess; } };
  }

  // ---------------------------------------------------------------- registers
  /** X[n] as bigint, register 31 = XZR. */
  x(n: number): bigint {
    return n === 31 ? 0n : toBig(this.xlo[n]!, this.xhi[n]!);
  }
  /** X[n] or SP for n = 31. */
  xsp(n: number): bigint {
    return toBig(this.xlo[n]!, this.xhi[n]!);
  }
  w(n: number): bigint {
    return n === 31 ? 0n : BigInt(this.xlo[n]!);
  }
  /** Writes X[n] (64-bit, zero-extended capability); n = 31 discards. */
  setXr(n: number, v: bigint): void {
    if (n !== 31) this.setX(n, v & MASK64);
  }
  /** Writes W[n] zero-extended. */
  setWr(n: number, v: bigint): void {
    if (n !== 31) this.setX(n, v & 0xffffffffn);
  }
  /** Writes X[n] or SP (n = 31), zero-extending to a capability (SP write clears CSP's tag). */
  setXsp(n: number, v: bigint): void {
    this.setX(n, v & MASK64);
  }
  /** C[n], register 31 = CZR (null). */
  cz(n: number): Capability {
    return n === 31 ? NULL_CAP : this.getC(n);
  }
  /** C[n] or CSP for n = 31. */
  csp(n: number): Capability {
    return this.getC(n);
  }
  setCz(n: number, c: Capability): void {
    if (n !== 31) this.setC(n, c);
  }
  setCsp(n: number, c: Capability): void {
    this.setC(n, c);
  }

  sysreg(key: number): bigint {
    return this.sys.get(key) ?? 0n;
  }

  sctlr(): bigint {
    return this.sysreg(this.el === 3 ? SCTLR_EL3 : this.el === 2 ? SCTLR_EL2 : SCTLR_EL1);
  }

  cctlr(): bigint {
    return this.sysreg(CCTLR_KEYS[this.el]!);
  }

  /** Sail ConditionHolds. */
  condHolds(cond: number): boolean {
    let r: boolean;
    switch (cond >> 1) {
      case 0: r = this.z === 1; break;
      case 1: r = this.c === 1; break;
      case 2: r = this.n === 1; break;
      case 3: r = this.v_ === 1; break;
      case 4: r = this.c === 1 && this.z === 0; break;
      case 5: r = this.n === this.v_; break;
      case 6: r = this.n === this.v_ && this.z === 0; break;
      default: r = true;
    }
    return (cond & 1) === 1 && cond !== 15 ? !r : r;
  }

  // ---------------------------------------------------------------- capability checks
  /** Sail CheckCapability: tag, seal, permissions, bounds (in that order); raises a capability abort. */
  checkCap(c: Capability, address: bigint, size: number, perms: number, store: boolean): void {
    let fsc = 0;
    const d = this.dataCap;
    if (!c.tag) fsc = FSC_CAP_TAG;
    else {
      d.of(c);
      if (d.sealed) fsc = FSC_CAP_SEAL;
      else if ((d.perms & perms) !== perms) fsc = FSC_CAP_PERM;
      else if (!d.covers(this.addressForBounds(address), size)) fsc = FSC_CAP_BOUNDS;
    }
    if (fsc !== 0) throw new ArchException('dabort', 0, address, fsc, store || (perms & PERM_STORE) !== 0);
  }

  /** The address used for bounds checks (Sail CheckCapability): with TBI the flags byte is replaced by
   *  the sign (EL0/EL1, stage 1 on) or zero extension of bit 55. */
  addressForBounds(address: bigint): bigint {
    if (this.addrTop(address, this.el) === 63) return address;
    const low = address & ((1n << 56n) - 1n);
    if (this.mmuOn() && this.el <= 1 && (address >> 55n) & 1n) return low | (0xffn << 56n);
    return low;
  }

  mmuOn(): boolean {
    return (this.sctlr() & 1n) === 1n;
  }

  // ---------------------------------------------------------------- memory
  private pa(va: bigint, write: boolean, unpriv = false): number {
    return translate(this.mmuCtx, va & MASK64, write ? ACCESS_WRITE : ACCESS_READ, unpriv).pa;
  }

  alignCheck(va: bigint, size: number, acc: number, write: boolean): boolean {
    const aligned = (va & BigInt(size - 1)) === 0n;
    if (aligned) return true;
    const strict = acc === ACC_ATOMIC || acc === ACC_ORDERED || (this.sctlr() & 2n) !== 0n || (!this.mmuOn() && !this.userProcess);
    // Device memory (stage 1 off) also faults on any unaligned access (Sail DEVPAGE2 → FAULT).
    if (strict) throw new ArchException('dabort', 0, va, FSC_ALIGNMENT, write);
    return false;
  }

  /** Data read of 1, 2, 4 or 8 bytes (little-endian), after capability checks done by the caller. */
  read(va: bigint, size: number, acc = ACC_NORMAL): bigint {
    this.alignCheck(va, size, acc, false);
    const unpriv = acc === ACC_UNPRIV;
    const pageOff = Number(va & 0xfffn);
    if (pageOff + size > 4096) {
      let v = 0n;
      for (let i = size - 1; i >= 0; i--) v = (v << 8n) | BigInt(this.readByte(va + BigInt(i), unpriv));
      return v;
    }
    const a = this.pa(va, false, unpriv);
    const dev = this.bus.deviceAt(a);
    if (dev !== null) return BigInt(dev.read(a, size) ?? 0);
    const m = this.bus.mem;
    switch (size) {
      case 1: return BigInt(m.read8(a));
      case 2: return BigInt(m.read16(a));
      case 4: return BigInt(m.read32(a));
      default: return (BigInt(m.read32(a + 4)) << 32n) | BigInt(m.read32(a));
    }
  }

  private readByte(va: bigint, unpriv: boolean): number {
    const a = this.pa(va & MASK64, false, unpriv);
    return this.bus.mem.read8(a);
  }

  write(va: bigint, size: number, v: bigint, acc = ACC_NORMAL): void {
    this.alignCheck(va, size, acc, true);
    const unpriv = acc === ACC_UNPRIV;
    const pageOff = Number(va & 0xfffn);
    if (pageOff + size > 4096) {
      // Translate every byte first so that a fault leaves memory unchanged.
      const pas: number[] = [];
      for (let i = 0; i < size; i++) pas.push(this.pa((va + BigInt(i)) & MASK64, true, unpriv));
      for (let i = 0; i < size; i++) this.bus.mem.write8(pas[i]!, Number((v >> BigInt(8 * i)) & 0xffn));
      return;
    }
    const a = this.pa(va, true, unpriv);
    const dev = this.bus.deviceAt(a);
    if (dev !== null) {
      dev.write(a, size, Number(v & 0xffffffffn), Number((v >> 32n) & 0xffffffffn));
      return;
    }
    const m = this.bus.mem;
    switch (size) {
      case 1: m.write8(a, Number(v & 0xffn)); break;
      case 2: m.write16(a, Number(v & 0xffffn)); break;
      case 4: m.write32(a, Number(v & 0xffffffffn)); break;
      default: m.write64(a, Number(v & 0xffffffffn), Number((v >> 32n) & 0xffffffffn));
    }
  }

  /** 16-byte capability read (tag included); alignment fault if not 16-aligned (Sail MemC_read). */
  readCapMem(va: bigint, acc = ACC_NORMAL): Capability {
    if ((va & 15n) !== 0n) throw new ArchException('dabort', 0, va, FSC_ALIGNMENT, false);
    const t = translate(this.mmuCtx, va & MASK64, ACCESS_READ, acc === ACC_UNPRIV);
    const a = t.pa;
    const m = this.bus.mem;
    const lo = (BigInt(m.read32(a + 4)) << 32n) | BigInt(m.read32(a));
    const hi = (BigInt(m.read32(a + 12)) << 32n) | BigInt(m.read32(a + 8));
    return { tag: !t.readTagZero && m.readTag(a), hi, value: lo };
  }

  writeCapMem(va: bigint, c: Capability, acc = ACC_NORMAL): void {
    if ((va & 15n) !== 0n) throw new ArchException('dabort', 0, va, FSC_ALIGNMENT, true);
    const t = translate(this.mmuCtx, va & MASK64, ACCESS_WRITE, acc === ACC_UNPRIV);
    // A tagged capability store to a page without store-capability permission: CapPagePerm fault.
    if (c.tag && t.writeTagFault) throw new ArchException('dabort', 0, va, FSC_CAP_PAGE_PERM, true);
    const a = t.pa;
    this.bus.mem.writeCap(a, [Number(c.value & 0xffffffffn), Number(c.value >> 32n), Number(c.hi & 0xffffffffn), Number(c.hi >> 32n)], c.tag);
  }

  /** Permissions a capability store needs (Sail: Store, +StoreCap if tagged, +StoreLocalCap if tagged and local). */
  static capStorePerms(data: Capability): number {
    let p = PERM_STORE;
    if (data.tag) {
      p |= PERM_STORE_CAP;
      if ((capGetPerms(data) & 1) === 0) p |= PERM_STORE_LOCAL_CAP;
    }
    return p;
  }

  /** Sail CapSquashPostLoadCap: loaded capability filtered by the authorising capability. */
  static squash(data: Capability, auth: Capability): Capability {
    let d = data;
    const ap = capGetPerms(auth);
    if ((ap & PERM_LOAD_CAP) === 0) d = capWithTag(d, false);
    if ((ap & PERM_MUTABLE_LOAD) === 0 && d.tag && !capIsSealed(d)) {
      d = capWithPerms(d, capGetPerms(d) & ~(PERM_STORE | PERM_STORE_CAP | PERM_STORE_LOCAL_CAP | PERM_MUTABLE_LOAD));
    }
    return d;
  }

  /**
   * Exclusive monitor. A load-exclusive marks the 64-byte exclusives reservation granule holding its
   * address (CTR_EL0.ERG = 4 in the Sail model's impdefs); a store-exclusive succeeds only inside a
   * marked granule, and always clears the mark. (The model leaves the monitor outcome to the
   * implementation; the generated tests expect this granule behaviour.)
   */
  markExclusive(addr: bigint): void {
    this.exclAddr = Number((addr & MASK64) & ~63n);
  }

  exclusivePass(addr: bigint): boolean {
    const ok = this.exclAddr !== -1 && this.exclAddr === Number((addr & MASK64) & ~63n);
    this.exclAddr = -1;
    return ok;
  }

  // ---------------------------------------------------------------- base registers
  /** Sail CheckSPAlignment. */
  checkSpAlign(): void {
    const sa = this.el === 0 ? (this.sctlr() >> 4n) & 1n : (this.sctlr() >> 3n) & 1n;
    if (sa && (this.xlo[31]! & 15) !== 0) throw new ArchException('spalign');
  }

  /** Sail BaseReg_read + VAddress: A64 → integer address checked against DDC; C64 → capability. */
  baseRead(n: number, prefetch = false): BaseRef {
    if (n === 31 && !prefetch) this.checkSpAlign();
    if (!this.c64) return this.intBase(n);
    const c = this.getC(n);
    return { cap: c, addr: c.value };
  }

  /** Sail AltBaseReg_read: the other kind of base than the mode's native one. */
  altBaseRead(n: number, prefetch = false): BaseRef {
    if (n === 31 && !prefetch) this.checkSpAlign();
    if (this.c64) return this.intBase(n);
    const c = this.getC(n);
    return { cap: c, addr: c.value };
  }

  private intBase(n: number): BaseRef {
    let a = toBig(this.xlo[n]!, this.xhi[n]!);
    if ((this.cctlr() >> 2n) & 1n) a = (a + capGetBounds(this.curDdc).base) & MASK64; // DDCBO
    return { cap: null, addr: a };
  }

  /** The capability that authorises an access through this base (DDC for integer bases). */
  authOf(b: BaseRef): Capability {
    return b.cap ?? this.curDdc;
  }

  /** Sail VACheckAddress. */
  checkAccess(b: BaseRef, addr: bigint, size: number, perms: number): void {
    this.checkCap(this.authOf(b), addr & MASK64, size, perms, (perms & PERM_STORE) !== 0);
  }

  /** Sail BaseReg_set(n, VAAdd(base, offset)) for write-back: CapAdd in C64, integer add in A64. */
  writeback(n: number, b: BaseRef, offset: bigint): void {
    if (b.cap !== null) this.setC(n, capAdd(b.cap, offset & MASK64));
    else this.setX(n, (toBig(this.xlo[n]!, this.xhi[n]!) + offset) & MASK64);
  }

  // ---------------------------------------------------------------- branches
  /** Sail AddrTop: 55 when top-byte-ignore applies to this address at this EL, else 63. */
  addrTop(address: bigint, el: number): number {
    const regime = el === 0 ? 1 : el;
    let tbi: bigint;
    if (regime === 1) {
      const tcr = this.sysreg(sysRegKey(3, 0, 2, 0, 2));
      tbi = (address >> 55n) & 1n ? (tcr >> 38n) & 1n : (tcr >> 37n) & 1n;
    } else if (regime === 2) tbi = (this.sysreg(sysRegKey(3, 4, 2, 0, 2)) >> 20n) & 1n;
    else tbi = (this.sysreg(sysRegKey(3, 6, 2, 0, 2)) >> 20n) & 1n;
    return tbi ? 55 : 63;
  }

  /** Sail BranchAddr: a sealed target loses its tag; with TBI the flags are canonicalised. */
  branchAddr(c: Capability): Capability {
    let t = c;
    if (capIsSealed(t)) t = capWithTag(t, false);
    if (this.addrTop(t.value, this.el) === 63) return t;
    const low = t.value & ((1n << 56n) - 1n);
    const ext = this.el <= 1 && (t.value >> 55n) & 1n ? low | (0xffn << 56n) : low;
    return capSetFlagsValue(t, ext);
  }

  /** Sail BranchToCapability (PSTATE.C64 unchanged). */
  branchToCap(target: Capability): void {
    this.pcc = this.branchAddr(target);
    this.branched = true;
    this.syncSp();
  }

  /** Sail BranchXToCapability: PSTATE.C64 from bit 0 of the target, which is cleared. */
  branchXToCap(target: Capability): void {
    this.c64 = (target.value & 1n) === 1n;
    this.branchToCap({ tag: target.tag, hi: target.hi, value: target.value & ~1n });
  }

  /** Sail BranchTo for a 64-bit target in the current PCC (CapSetValue). */
  branchToAddr(target: bigint): void {
    this.branchToCap(capSetValue(this.pcc, target & MASK64));
  }

  /** PC-relative branch: CapAdd(PCC, offset) (Sail BranchToOffset). */
  branchRel(offset: bigint): void {
    this.pcc = this.branchAddr(capAdd(this.pcc, offset & MASK64));
    this.branched = true;
  }

  // ---------------------------------------------------------------- execution
  /** PCC = CapAdd(PCC, 4): the next instruction. While the new PC stays inside the bounds the last
   *  fetch check decoded for PCC's metadata it is in bounds, so representable: only the value
   *  changes (no bounds decode). */
  advancePc(): void {
    const pcc = this.pcc;
    const next = pcc.value + 4n;
    const f = this.fetchCap;
    if (pcc.hi === f.hi && pcc.value >= f.base && next < f.limit) this.pcc = { tag: pcc.tag, hi: pcc.hi, value: next };
    else this.pcc = capAdd(pcc, 4n);
  }

  /** Executes one instruction (or takes one exception). */
  step(): void {
    const pcc = this.pcc;
    const pc = pcc.value;
    this.curPc = pc;
    try {
      // Fetch: PCC must be tagged, unsealed, executable and cover the 4 bytes (Sail CheckPCCCapability).
      const f = this.fetchCap;
      let fsc = 0;
      if (!pcc.tag) fsc = FSC_CAP_TAG;
      else {
        f.of(pcc);
        if (f.sealed) fsc = FSC_CAP_SEAL;
        else if ((f.perms & PERM_EXECUTE) === 0) fsc = FSC_CAP_PERM;
        else if (!f.covers(pc, 4)) fsc = FSC_CAP_BOUNDS;
      }
      if (fsc !== 0) throw new ArchException('iabort', 0, pc, fsc);
      if ((pc & 3n) !== 0n) throw new ArchException('pcalign', 0, pc);
      const pa = translate(this.mmuCtx, pc, ACCESS_FETCH, false).pa;
      let ci = this.icache.get(pa);
      const word = this.bus.mem.read32(pa);
      if (ci === undefined || ci.word !== word) {
        const def = decode(word);
        ci = { word, def, h: def === null ? null : HANDLERS.get(def.family) ?? null, fp: def !== null && usesFp(def), morello: def?.cls === 'morello',
          modal: def !== null && /^ADRD?P?_C_I/.test(def.id) };
        this.icache.set(pa, ci);
      }
      if (ci.h === null) {
        if (ci.def === null) throw new ArchException('undefined');
        throw new UnimplementedInstruction(`${ci.def.mnemonic} (${ci.def.id}, word 0x${word.toString(16).padStart(8, '0')}) at pc 0x${pc.toString(16)}`);
      }
      this.branched = false;
      // ADR/ADRP: Morello clauses that are the base A64 instructions when executed in A64 state.
      if (ci.morello && (!ci.modal || this.c64)) this.retiredMorello++;
      if (ci.fp) checkFPEnabled(this);
      ci.h(this, word, ci.def!);
      if (!this.branched) this.advancePc();
      this.retired++;
      if (this.pcCounts !== null) this.countPc(pc);
    } catch (e) {
      if (e instanceof ArchException) {
        this.retired++;
        if (this.pcCounts !== null) this.countPc(pc);
        this.takeException(e);
      } else throw e;
    }
  }

  private countPc(pc: bigint): void {
    const k = Number(pc);
    this.pcCounts!.set(k, (this.pcCounts!.get(k) ?? 0) + 1);
  }

  /** Whether a handler exists for this family (for reporting unimplemented instructions). */
  static implemented(def: InsnDef): boolean {
    return HANDLERS.has(def.family);
  }

  /** The most recent exception taken: kind, syndrome, fault address, and where (for reports). */
  lastException: { pc: bigint; kind: string; esr: bigint; far: bigint | null; el: number } | null = null;

  /** Sail AArch64_TakeException for a synchronous exception, to EL3 or EL1 (from EL0). */
  takeException(e: ArchException): void {
    if (this.onException !== null && this.onException(this, e)) return;
    const fromEl = this.el;
    const target = Math.max(e.targetEl ?? (fromEl === 0 ? 1 : fromEl), fromEl);
    let ec = EC_UNKNOWN;
    let iss = e.iss;
    let il = 1;
    const lower = target > fromEl;
    switch (e.kind) {
      case 'undefined': ec = EC_UNKNOWN; break;
      case 'capdisabled': ec = EC_CAP_DISABLED; break;
      case 'fpaccess': ec = EC_FP_ACCESS; break;
      case 'svc': ec = EC_SVC; break;
      case 'hvc': ec = EC_HVC; break;
      case 'smc': ec = EC_SMC; break;
      case 'brk': ec = EC_BRK; break;
      case 'hlt': ec = EC_UNKNOWN; break;
      case 'sysreg': ec = EC_SYSREG; break;
      case 'pcalign': ec = EC_PC_ALIGN; break;
      case 'spalign': ec = EC_SP_ALIGN; break;
      case 'iabort': ec = lower ? EC_IABORT_LOWER : EC_IABORT_SAME; iss = e.fsc; break;
      case 'dabort': ec = lower ? EC_DABORT_LOWER : EC_DABORT_SAME; iss = e.fsc | (e.write ? 1 << 6 : 0); break;
    }
    if (e.kind === 'undefined') il = 1;
    const esr = (BigInt(ec) << 26n) | (BigInt(il) << 25n) | BigInt(iss & 0x1ffffff);
    // Preferred return: this instruction for faults; the next one for SVC/HVC/SMC (PCC already advanced).
    const pref = e.kind === 'svc' || e.kind === 'hvc' || e.kind === 'smc' ? (this.curPc + 4n) & MASK64 : this.curPc;
    let vect = 0n;
    if (lower) vect = 0x400n;
    else if (this.spsel === 1 && !this.restricted) vect = 0x200n;
    const spsr = this.psrBits();
    this.sys.set(ESR_KEYS[target]!, esr);
    this.lastException = { pc: this.curPc, kind: e.kind, esr, far: e.far, el: target };
    if (e.kind === 'dabort' || e.kind === 'iabort' || e.kind === 'pcalign') this.sys.set(FAR_KEYS[target]!, e.far ?? 0n);
    this.sys.set(SPSR_KEYS[target]!, spsr);
    // CELR = CapSetValue(PCC, preferred return); ELR is its low half.
    const celr = capSetValue(this.pcc, pref);
    this.capSys.set(ELR_KEYS[target]!, celr);
    this.el = target;
    this.spsel = 1;
    this.daif = 0xf;
    this.c64 = ((this.cctlr() >> 5n) & 1n) === 1n;
    const cvbar = this.capSys.get(VBAR_KEYS[target]!) ?? capFromInteger(0n);
    const v = (cvbar.value & ~0x7ffn) | vect;
    const c = capSetValue(cvbar, v);
    this.branchToCap(c);
  }

  psrBits(): bigint {
    const nzcv = BigInt(this.nzcv()) << 28n;
    const c64 = this.c64 ? 1n << 26n : 0n;
    const daif = BigInt(this.daif) << 6n;
    const m = BigInt((this.el << 2) | this.spsel);
    return nzcv | c64 | daif | m;
  }
}
