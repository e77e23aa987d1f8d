// Stage-1 address translation, 4 KiB granule, for the EL3 and EL1&0 regimes (Sail
// AArch64_TranslationTableWalk, AArch64_CheckPermission). Enough for bare-metal tests that run EL0
// code under simple page tables; no stage 2, no TLB (every access walks), no hardware AF/DBM updates.
import { ArchException } from './exception.js';
import { sysRegKey } from '../isa/sysregs.js';
import { type TaggedMemory, PROT_READ, PROT_WRITE, PROT_EXEC } from '../mem/tagged-memory.js';

export const ACCESS_READ = 0;
export const ACCESS_WRITE = 1;
export const ACCESS_FETCH = 2;
/** Read-modify-write (LSE atomics, CAS, SWP): needs read and write permission. */
export const ACCESS_RMW = 3;

export interface Translation {
  readonly pa: number;
  /** Loaded tags read as zero (Morello page attribute, Sail memattrs.readtagzero). */
  readonly readTagZero: boolean;
  /** Storing a tagged capability faults (Sail memattrs.writetagfault). */
  readonly writeTagFault: boolean;
}

export interface MmuContext {
  readonly el: number;
  sysreg(key: number): bigint;
  readonly mem: TaggedMemory;
  /** With stage 1 off: fault (translation, level 3) on pages the memory does not have mapped,
   *  and (permission, level 3) on accesses their protection does not allow. A user process runs
   *  this way: its address space is the set of mapped pages with their protections. */
  readonly checkMapped: boolean;
}

const K = sysRegKey;
const SCTLR = [K(3, 0, 1, 0, 0), K(3, 0, 1, 0, 0), K(3, 4, 1, 0, 0), K(3, 6, 1, 0, 0)];
const TCR_EL1 = K(3, 0, 2, 0, 2);
const TCR_EL2 = K(3, 4, 2, 0, 2);
const TCR_EL3 = K(3, 6, 2, 0, 2);
const TTBR0_EL1 = K(3, 0, 2, 0, 0);
const TTBR1_EL1 = K(3, 0, 2, 0, 1);
const TTBR0_EL2 = K(3, 4, 2, 0, 0);
const TTBR0_EL3 = K(3, 6, 2, 0, 0);

const FSC_ADDRSIZE = 0x00;
const FSC_TRANSLATION = 0x04;
const FSC_ACCESSFLAG = 0x08;
const FSC_PERMISSION = 0x0c;

const TWO48 = 2n ** 48n;

/** Page protection an access of each kind needs in a user process (read, write, fetch, RMW). */
const USER_NEEDS = [PROT_READ, PROT_WRITE, PROT_EXEC, PROT_READ | PROT_WRITE];

function fault(kind: number, fsc: number, va: bigint): ArchException {
  const write = kind === ACCESS_WRITE;
  return new ArchException(kind === ACCESS_FETCH ? 'iabort' : 'dabort', 0, va, fsc, write);
}

/** Whether stage 1 is enabled for the regime of `el`. */
export function stage1Enabled(ctx: MmuContext, el: number): boolean {
  return (ctx.sysreg(SCTLR[el === 0 ? 1 : el]!) & 1n) === 1n;
}

/**
 * Translates `va` for an access of `kind` made at `el` (`unpriv`: an LDTR/STTR at EL1, checked as
 * EL0). Throws the architectural abort on a fault.
 */
export function translate(ctx: MmuContext, va: bigint, kind: number, unpriv: boolean): Translation {
  const el = ctx.el;
  const regimeEl = el === 0 ? 1 : el;
  if (!stage1Enabled(ctx, el)) {
    if (va >= TWO48) throw fault(kind, FSC_ADDRSIZE, va);
    const pa = Number(va);
    if (ctx.checkMapped) {
      // A user process: the page's protection (mmap/mprotect/p_flags) as the kernel's page
      // tables give it; a violation is a level-3 permission fault (SIGSEGV, SEGV_ACCERR).
      const prot = ctx.mem.protOf(pa);
      if (prot < 0) throw fault(kind, FSC_TRANSLATION | 3, va);
      const need = USER_NEEDS[kind]!;
      if ((prot & need) !== need) {
        const failedRead = kind !== ACCESS_WRITE && (kind !== ACCESS_RMW || (prot & PROT_READ) === 0);
        throw new ArchException(kind === ACCESS_FETCH ? 'iabort' : 'dabort', 0, va, FSC_PERMISSION | 3, kind !== ACCESS_FETCH && !failedRead);
      }
    }
    return { pa, readTagZero: false, writeTagFault: false };
  }
  let tcr: bigint;
  let ttbr: bigint;
  let tsz: number;
  let hwuBits = 0n;
  const upper = regimeEl === 1 && ((va >> 55n) & 1n) === 1n;
  if (regimeEl === 1) {
    tcr = ctx.sysreg(TCR_EL1);
    if (upper) {
      tsz = Number((tcr >> 16n) & 63n);
      ttbr = ctx.sysreg(TTBR1_EL1);
      if ((tcr >> 42n) & 1n) hwuBits = (tcr >> 47n) & 15n;
      if ((tcr >> 23n) & 1n) throw fault(kind, FSC_TRANSLATION, va); // EPD1
    } else {
      tsz = Number(tcr & 63n);
      ttbr = ctx.sysreg(TTBR0_EL1);
      if ((tcr >> 41n) & 1n) hwuBits = (tcr >> 43n) & 15n;
      if ((tcr >> 7n) & 1n) throw fault(kind, FSC_TRANSLATION, va); // EPD0
    }
  } else {
    tcr = ctx.sysreg(regimeEl === 3 ? TCR_EL3 : TCR_EL2);
    tsz = Number(tcr & 63n);
    ttbr = ctx.sysreg(regimeEl === 3 ? TTBR0_EL3 : TTBR0_EL2);
    if ((tcr >> 24n) & 1n) hwuBits = (tcr >> 25n) & 15n;
  }
  tsz = Math.min(Math.max(tsz, 16), 39);
  const inputSize = 64 - tsz;
  // The VA must lie in the region of its TTBR: top bits all zero (TTBR0) or all one (TTBR1).
  const top = va >> BigInt(inputSize);
  const wantTop = upper ? (1n << BigInt(tsz)) - 1n : 0n;
  if (top !== wantTop) throw fault(kind, FSC_TRANSLATION, va);
  let level = 4 - Math.ceil((inputSize - 12) / 9);
  let base = ttbr & 0x0000fffffffff000n;
  let desc = 0n;
  for (;;) {
    const shift = BigInt(12 + 9 * (3 - level));
    const idx = (va >> shift) & 511n;
    const da = Number(base + idx * 8n);
    desc = (BigInt(ctx.mem.read32(da + 4)) << 32n) | BigInt(ctx.mem.read32(da));
    if ((desc & 1n) === 0n) throw fault(kind, FSC_TRANSLATION | level, va);
    const isTable = (desc & 2n) !== 0n;
    if (level < 3 && isTable) {
      base = desc & 0x0000fffffffff000n;
      level++;
      continue;
    }
    if (level === 3 && !isTable) throw fault(kind, FSC_TRANSLATION | level, va);
    if (level === 0) throw fault(kind, FSC_TRANSLATION | level, va); // no level-0 blocks with 4K
    break;
  }
  const blockShift = BigInt(12 + 9 * (3 - level));
  const oa = (desc & 0x0000ffffffffffffn & ~((1n << blockShift) - 1n)) | (va & ((1n << blockShift) - 1n));
  if (((desc >> 10n) & 1n) === 0n) throw fault(kind, FSC_ACCESSFLAG | level, va);
  // Permissions (Sail AArch64_CheckPermission).
  const ap2 = (desc >> 7n) & 1n;
  const ap1 = (desc >> 6n) & 1n;
  const xnBit = ((desc >> 54n) & 1n) === 1n;
  const pxnBit = ((desc >> 53n) & 1n) === 1n;
  const wxn = ((ctx.sysreg(SCTLR[regimeEl]!) >> 19n) & 1n) === 1n;
  let r: boolean;
  let w: boolean;
  let xn: boolean;
  if (regimeEl === 1) {
    const privW = ap2 === 0n;
    const userR = ap1 === 1n;
    const userW = ap2 === 0n && ap1 === 1n;
    const userXn = xnBit || (userW && wxn);
    const privXn = pxnBit || (privW && wxn) || userW;
    const priv = el === 1 && !unpriv;
    [r, w, xn] = priv ? [true, privW, privXn] : [userR, userW, userXn];
  } else {
    r = true;
    w = ap2 === 0n;
    xn = xnBit || (w && wxn);
  }
  let fail: boolean;
  let failedRead = true;
  if (kind === ACCESS_FETCH) fail = xn;
  else if (kind === ACCESS_RMW) {
    fail = !r || !w;
    failedRead = !r;
  } else if (kind === ACCESS_WRITE) {
    fail = !w;
    failedRead = false;
  } else fail = !r;
  if (fail) throw new ArchException(kind === ACCESS_FETCH ? 'iabort' : 'dabort', 0, va, FSC_PERMISSION | level, !failedRead);
  // Morello tag controls: EffectiveHWU bits [0]=CDBM(59) [1]=SC(60) [2]=LC(61) [3]=LC-fault(62).
  const ehwu = Number(hwuBits);
  const d62 = Number((desc >> 61n) & 3n); // desc[62:61]
  const readTagZero = (((ehwu >> 2) & 3) & d62) === 0;
  const cdbm = (ehwu & 1) & Number((desc >> 59n) & 1n);
  const writeTagFault = cdbm === 0 && (((ehwu >> 1) & 1) & Number((desc >> 60n) & 1n)) === 0;
  if (oa >= TWO48) throw fault(kind, FSC_ADDRSIZE | level, va);
  return { pa: Number(oa), readTagZero, writeTagFault };
}
