// A CheriBSD-like user process around the interpreter: ELF loading, the initial stack and
// registers as CheriBSD's exec sets them, the syscall shim, and fault → signal delivery
// (default actions only). Hybrid (plain AArch64) programs: integer pointers checked against DDC.
import { type ElfImage, PT_LOAD, PT_INTERP, classifyElf, linuxRefusal } from '../../elf/reader.js';
import { cheriAbiStart, imageExtent, userCap } from './cheriabi-start.js';
import { decode } from '../../isa/decoder.js';
import { formatInsn } from '../../isa/syntax.js';
import { fieldOf } from '../../isa/table.js';
import { describeCap } from '../../cap/describe.js';
import { Bus } from '../../exec/bus.js';
import { Cpu } from '../../exec/cpu.js';
import { ArchException, FSC_ALIGNMENT } from '../../cpu/exception.js';
import { CMAX, capWithValue, capWithPerms, capWithObjectType, capGetObjectType, OTYPE_RB, type Capability } from '../../cap/format.js';
import { capSetBounds, capIsRangeInBounds, capGetRepresentableMask } from '../../cap/bounds.js';
import { sysRegKey } from '../../isa/sysregs.js';
import { PAGE_SIZE, PROT_READ, PROT_WRITE, PROT_EXEC, PROT_RWX, protFromPflags } from '../../mem/tagged-memory.js';
import { DecodedCap } from '../../cap/decoded.js';
import { Sandbox } from './sandbox.js';
import { runCpu, type EngineKind } from '../../exec/block-engine.js';
import { AT, E, PERMS_USER_CODE, PERMS_USER_DATA_VMEM, SIG, SIGNAL_TEXT, SIGPROT_CODE, USRSTACK, USER_VA_TOP } from './constants.js';
import { SyscallShim, JUST_RETURN } from './syscalls.js';
import { SysError } from './errno.js';
import { hostStderr } from '../../host/output.js';
import '../../exec/semantics.js';

/**
 * ID registers as FreeBSD's user_mrs_handler returns them to EL0, keyed by CRm:op2 (op0=3, op1=0,
 * CRn=0), for the features this simulator implements (Morello: Armv8.2 + FP16, dot product, AES
 * with 64-bit PMULL, SHA1, SHA256, CRC32, LSE atomics, RDM, RCpc).
 */
const ID_REGISTERS_EL0 = new Map<number, bigint>([
  [(0 << 3) | 0, 0x410fd0c0n], // MIDR_EL1 (as the CPU reports it; see src/exec/sysregs.ts)
  [(0 << 3) | 5, 0x80000000n], // MPIDR_EL1: RES1 bit 31, core 0
  [(4 << 3) | 0, 0x00111111n], // ID_AA64PFR0_EL1: EL0–EL3 AArch64, FP and AdvSIMD with FP16
  [(6 << 3) | 0, 0x100010211120n], // ID_AA64ISAR0_EL1: AES+PMULL, SHA1, SHA256, CRC32, Atomic, RDM, DP
  [(6 << 3) | 1, 0x00100001n], // ID_AA64ISAR1_EL1: DPB (DC CVAP), LRCPC
]);

export interface ProcessOptions {
  readonly argv: readonly string[];
  readonly env: readonly string[];
  /** Sandbox root for guest file access (default: the current directory). */
  readonly root?: string;
  /** Trace system calls to stderr (qemu-user style). */
  readonly strace?: boolean;
  /** Real wall clock and host randomness instead of the deterministic defaults. */
  readonly realTime?: boolean;
  readonly stdout?: (b: Uint8Array) => void;
  readonly stderr?: (b: Uint8Array) => void;
  /** Read from guest fd 0 (default: the host's stdin). */
  readonly stdin?: (n: number) => Uint8Array;
  /** Print the faulting PC and instruction with fatal signals. */
  readonly verbose?: boolean;
  /** Execution engine (default: compiled blocks unless MORELLO_SIM_ENGINE=interp). */
  readonly engine?: EngineKind;
}

export interface ProcessResult {
  /** Exit status as a shell reports it: the exit code, or 128 + signal. */
  readonly status: number;
  readonly signal: number | null;
  readonly instructions: number;
  /** Instructions of the Morello class (the rest are plain A64). */
  readonly morelloInstructions: number;
}

/** Internal: a fault was turned into a call of the program's signal handler. */
class SignalDelivered {}

/** Thrown to end the guest (exit or fatal signal). */
export class ProcessExit {
  constructor(readonly status: number, readonly signal: number | null) {}
}

/** The run reached its instruction limit before the process ended. */
export class InstructionLimit extends Error {
  constructor(readonly limit: number, readonly pc: bigint) {
    super(`stopped after ${limit} instructions (--max-instructions) at pc 0x${pc.toString(16)}`);
  }
}

const STACK_SIZE = 8 * 1024 * 1024;
/** CheriABI siginfo_t and ucontext_t sizes (CheriBSD static assertions, exec_machdep.c). */
const SIGINFO_C = 112;
const UCONTEXT_C = 1248;
/** The hybrid (freebsd64) ucontext_t: sigmask, then mcontext x0–x29, lr, sp, elr, spsr, FP state. */
const UCONTEXT_HYBRID = 960;
/** ET_DYN_LOAD_ADDR, arm64's default kern.elf64c.pie_base / kern.elf64.pie_base (sys/arm64/include/elf.h). */
export const ET_DYN_LOAD_ADDR = 0x100000;
const ET_DYN = 3;

/** The load base of an image (imgact_elf.c __elfN(imgact)): 0 for ET_EXEC; for an ET_DYN whose first
 *  PT_LOAD is at 0, pie_base (CheriABI's sysvec has no SV_ASLR; a hybrid one is placed there too, as
 *  with ASLR off), then rounded up to the representable alignment of the image's length
 *  (__elfN(build_imgact_capability)). */
export function etDynLoadBase(img: ElfImage): number {
  if (img.type !== ET_DYN) return 0;
  const first = img.segments.find((s) => s.type === PT_LOAD);
  if (first === undefined || first.vaddr !== 0) return 0;
  const [lo, top] = imageExtent(img, 0);
  const hi = Math.ceil(top / PAGE_SIZE) * PAGE_SIZE;
  // CHERI_REPRESENTABLE_ALIGNMENT: the lowest set bit of the representable mask.
  const mask = capGetRepresentableMask(BigInt(hi - lo));
  const align = Number(mask & -mask);
  return Math.ceil((ET_DYN_LOAD_ADDR + lo) / align) * align - lo;
}

export const MMAP_BASE = 0x100_0000_0000; // anonymous mmap region (1 TiB), far below the stack

export class GuestProcess {
  readonly bus = new Bus();
  readonly cpu: Cpu;
  readonly shim: SyscallShim;
  readonly opts: ProcessOptions;
  /** Next free address for anonymous mmap. */
  mmapNext = MMAP_BASE;
  /** Signal handlers registered with sigaction. */
  readonly handlers = new Map<number, { handler: bigint; flags: number; cap: Capability | null }>();
  /** CheriABI (purecap) process: capability arguments and results, SIGPROT on capability faults. */
  readonly purecap: boolean;
  /** Register state saved at signal delivery, restored by sigreturn (innermost last). */
  private readonly savedContexts: { pcc: Capability; c64: boolean }[] = [];

  /** Where an ET_DYN image is loaded (0 for ET_EXEC): segments, entry and phdrs are shifted by it. */
  readonly loadBase: number;

  constructor(readonly img: ElfImage, opts: ProcessOptions) {
    this.opts = opts;
    if (classifyElf(img) === 'linux') throw new Error(linuxRefusal(img.file));
    if (img.segments.some((s) => s.type === PT_INTERP)) {
      throw new Error(`${img.file}: dynamically linked executable: needs its run-time linker (not yet supported)`);
    }
    this.purecap = classifyElf(img) === 'purecap';
    this.loadBase = etDynLoadBase(img);
    this.cpu = new Cpu(this.bus);
    this.cpu.onNotice = (text) => (opts.stderr ?? hostStderr)(Buffer.from(`morello-sim: warning: ${text}\n`));
    this.bus.mem.strict = true;
    this.shim = new SyscallShim(this, new Sandbox(opts.root ?? process.cwd()));
    this.load();
    if (this.purecap) {
      cheriAbiStart(this.cpu, this.bus.mem, img, opts.argv, opts.env, opts.argv[0] ?? img.file, STACK_SIZE, this.loadBase);
      this.setupMachine();
    } else this.setupHybrid();
  }

  /** System state both ABIs share: FP and capabilities enabled at EL0, MMU off, the exception hook. */
  private setupMachine(): void {
    const cpu = this.cpu;
    cpu.sys.set(sysRegKey(3, 0, 1, 0, 2), 0x3n << 20n | 0x3n << 18n); // CPACR_EL1: FP and capabilities on at EL0
    cpu.sys.set(sysRegKey(3, 6, 1, 1, 2), 0x200n); // CPTR_EL3.EC = 1
    cpu.sys.set(sysRegKey(3, 0, 1, 0, 0), 0n); // SCTLR_EL1: stage 1 off, no alignment checking
    cpu.onException = (c, e) => this.onException(c, e);
  }

  /** Maps each PT_LOAD with the protection its p_flags ask for (FreeBSD imgact_elf
   *  __elfN(load_section): maximum protection VM_PROT_ALL, so mprotect may widen it); a page two
   *  segments share gets the union of theirs, as the page-granular mapping does. The loader's own
   *  writes are not subject to the protection. */
  private load(): void {
    const mem = this.bus.mem;
    for (const seg of this.img.segments) {
      if (seg.type !== PT_LOAD || seg.memsz === 0) continue;
      const prot = protFromPflags(seg.flags);
      const vaddr = seg.vaddr + this.loadBase;
      const end = Math.ceil((vaddr + seg.memsz) / PAGE_SIZE) * PAGE_SIZE;
      for (let a = Math.floor(vaddr / PAGE_SIZE) * PAGE_SIZE; a < end; a += PAGE_SIZE) {
        if (mem.isMapped(a)) mem.addProt(a, PAGE_SIZE, prot);
        else mem.map(a, PAGE_SIZE, prot, PROT_RWX);
      }
      mem.writeBytes(vaddr, seg.data);
    }
  }

  /** FreeBSD arm64 exec for a hybrid (non-CheriABI) image: classic stack layout, X0 = &argc. */
  private setupHybrid(): void {
    const cpu = this.cpu;
    const mem = this.bus.mem;
    const stackBase = USRSTACK - STACK_SIZE;
    mem.map(stackBase, STACK_SIZE, PROT_READ | PROT_WRITE);
    // Strings at the top of the stack.
    let p = USRSTACK;
    const put = (s: string): number => {
      const b = Buffer.from(s + '\0', 'utf8');
      p -= b.length;
      mem.writeBytes(p, b);
      return p;
    };
    const argvPtrs = this.opts.argv.map(put);
    const envPtrs = this.opts.env.map(put);
    const execPath = put(this.opts.argv[0] ?? this.img.file);
    p = Math.floor(p / 16) * 16;
    p -= 64; // AT_CANARY
    const canary = p;
    p -= 24; // AT_PAGESIZES
    const pagesizes = p;
    mem.write64(pagesizes, 4096, 0);
    mem.write64(pagesizes + 8, 0x200000, 0);
    mem.write64(pagesizes + 16, 0x40000000, 0);
    p = Math.floor(p / 16) * 16;
    const phdr = this.img.segments.find((s) => s.type === PT_LOAD && s.offset === 0);
    const auxv: [number, number][] = [
      [AT.PHDR, phdr !== undefined ? this.loadBase + phdr.vaddr + this.img.phoff : 0], [AT.PHENT, 56], [AT.PHNUM, this.img.phnum],
      [AT.PAGESZ, 4096], [AT.FLAGS, 0], [AT.ENTRY, this.loadBase + this.img.entry], [AT.BASE, this.loadBase], [AT.EXECPATH, execPath],
      [AT.CANARY, canary], [AT.CANARYLEN, 64], [AT.OSRELDATE, 1500000], [AT.NCPUS, 1], [AT.PAGESIZES, pagesizes],
      [AT.PAGESIZESLEN, 24], [AT.STACKPROT, 3], [AT.EHDRFLAGS, this.img.flags], [AT.HWCAP, 0], [AT.BSDFLAGS, 0],
      [AT.USRSTACKBASE, USRSTACK], [AT.USRSTACKLIM, STACK_SIZE], [AT.NULL, 0],
    ];
    const words: number[] = [argvPtrs.length, ...argvPtrs, 0, ...envPtrs, 0];
    for (const [t, v] of auxv) words.push(t, v);
    p -= words.length * 8;
    p = Math.floor(p / 16) * 16;
    words.forEach((v, i) => mem.write64(p + i * 8, v >>> 0, Math.floor(v / 2 ** 32)));
    // Registers (CheriBSD exec_setregs, hybrid branch): DDC and PCC over the user address space.
    const userRoot = capSetBounds(CMAX, USER_VA_TOP, true);
    cpu.el = 0;
    cpu.spsel = 0;
    cpu.spBank = 0;
    cpu.c64 = false;
    cpu.userProcess = true;
    cpu.pcc = capWithValue(capWithPerms(userRoot, PERMS_USER_CODE), BigInt(this.loadBase + this.img.entry));
    cpu.ddc[0] = capWithPerms(userRoot, PERMS_USER_DATA_VMEM);
    cpu.setX(31, BigInt(p));
    cpu.setX(0, BigInt(p));
    cpu.setX(30, BigInt(this.loadBase + this.img.entry));
    this.setupMachine();
  }

  /** Runs to exit or fatal signal (or the instruction limit, which is reported as an error). */
  run(maxInstructions = Number.MAX_SAFE_INTEGER): ProcessResult {
    const r = this.runUntil(maxInstructions);
    if (r !== null) return r;
    throw new InstructionLimit(maxInstructions, this.cpu.curPc);
  }

  /**
   * Runs until the process ends or `limit` instructions in all have retired (null: it has not
   * ended; calling again goes on exactly where it stopped, so a run may be cut into slices). The
   * guest's written output is flushed whenever this returns or throws (a simulator error too).
   */
  runUntil(limit: number, report = true): ProcessResult | null {
    const cpu = this.cpu;
    try {
      runCpu(cpu, limit, this.opts.engine, report);
    } catch (e) {
      this.shim.flush();
      if (e instanceof ProcessExit) return { status: e.status, signal: e.signal, instructions: cpu.retired, morelloInstructions: cpu.retiredMorello };
      throw e;
    }
    this.shim.flush();
    return null;
  }

  private onException(cpu: Cpu, e: ArchException): boolean {
    if (e.kind === 'svc') {
      // The preferred return of an SVC is the next instruction (sigreturn sets the PC itself).
      if (this.shim.syscall(cpu)) cpu.advancePc();
      return true;
    }
    if ((e.kind === 'undefined' || e.kind === 'sysreg') && this.emulateIdRegisterRead(cpu)) return true;
    try {
      this.fatalSignal(cpu, e);
    } catch (x) {
      if (x instanceof SignalDelivered) return true;
      throw x;
    }
  }

  /**
   * Delivers a signal to its handler (FreeBSD arm64 sendsig, hybrid): a siginfo and ucontext frame on
   * the stack, X0 = signal, X1 = &siginfo, X2 = &ucontext, LR = the sigreturn trampoline, PC = handler.
   */
  private deliver(cpu: Cpu, sig: number, code: number, addr: bigint, handler: bigint): void {
    const mem = this.bus.mem;
    // The registers themselves travel in the ucontext on the guest stack (the handler may edit them);
    // PCC's metadata and PSTATE.C64 are kept here for sigreturn.
    this.savedContexts.push({ pcc: cpu.pcc, c64: cpu.c64 });
    const sp = Number(cpu.xsp(31));
    const frame = Math.floor((sp - 1024) / 16) * 16; // ucontext (960) + siginfo (80), 16-byte aligned
    if (!this.userRangeOk(frame, 1024, PROT_WRITE)) this.killed(SIG.SIGILL); // sendsig: a trashed stack is sigexit(SIGILL)
    const info = Buffer.alloc(80); // siginfo_t: si_signo @0, si_errno @4, si_code @8, si_pid @12, si_uid @16, si_status @20, si_addr @24
    info.writeInt32LE(sig, 0);
    info.writeInt32LE(code, 8);
    info.writeBigUInt64LE(addr, 24);
    mem.writeBytes(frame, info);
    const uc = Buffer.alloc(UCONTEXT_HYBRID); // ucontext: sigmask @0 (16), mcontext @16: x0–x29, lr, sp, elr, spsr
    for (let i = 0; i < 31; i++) uc.writeBigUInt64LE(cpu.getX(i), 16 + 8 * i);
    uc.writeBigUInt64LE(BigInt(sp), 16 + 8 * 31);
    uc.writeBigUInt64LE(cpu.curPc, 16 + 8 * 32);
    uc.writeBigUInt64LE(BigInt(cpu.nzcv()) << 28n, 16 + 8 * 33);
    mem.writeBytes(frame + 80, uc);
    cpu.setX(0, BigInt(sig));
    cpu.setX(1, BigInt(frame));
    cpu.setX(2, BigInt(frame + 80));
    cpu.setX(30, BigInt(this.trampoline()));
    cpu.setX(31, BigInt(frame));
    cpu.pcc = capWithValue(cpu.pcc, handler);
  }

  /**
   * CheriABI delivery (CheriBSD sendsig, purecap): siginfo (112 bytes) and ucontext (1248 bytes) on
   * the stack; the ucontext holds C0–C30, CSP, PCC and NZCV as tagged capabilities. C0 = signal,
   * C1/C2 = capabilities bounded to siginfo/ucontext, CSP = the frame, C30 = a sentry to the
   * sigreturn trampoline, PCC = the handler (a sentry is unsealed by the branch).
   */
  private deliverCheriAbi(cpu: Cpu, sig: number, code: number, addr: bigint, handler: Capability | null): void {
    const csp = cpu.getC(31);
    const frame = Math.floor((Number(csp.value) - SIGINFO_C - UCONTEXT_C) / 16) * 16;
    if (handler === null || !handler.tag) this.killed(sig); // no usable handler: the signal's default action
    if (!this.userRangeOk(frame, SIGINFO_C + UCONTEXT_C, PROT_WRITE) || !capIsRangeInBounds(csp, BigInt(frame), BigInt(SIGINFO_C + UCONTEXT_C))) {
      this.killed(SIG.SIGILL); // sendsig: a frame that cannot be written is sigexit(SIGILL)
    }
    this.savedContexts.push({ pcc: cpu.pcc, c64: cpu.c64 });
    const info = Buffer.alloc(SIGINFO_C); // si_signo @0, si_errno @4, si_code @8, …, si_addr (capability) @32
    info.writeInt32LE(sig, 0);
    info.writeInt32LE(code, 8);
    this.bus.mem.writeBytes(frame, info);
    cpu.writeCapMem(BigInt(frame + 32), { tag: false, hi: 0n, value: addr });
    const uc = frame + SIGINFO_C;
    this.bus.mem.writeBytes(uc, new Uint8Array(UCONTEXT_C));
    for (let i = 0; i < 31; i++) cpu.writeCapMem(BigInt(uc + 16 + 16 * i), cpu.getC(i));
    cpu.writeCapMem(BigInt(uc + 16 + 16 * 31), csp);
    cpu.writeCapMem(BigInt(uc + 16 + 16 * 32), capWithValue(cpu.pcc, cpu.curPc | (cpu.c64 ? 1n : 0n)));
    this.bus.mem.write32(uc + 16 + 16 * 33, cpu.nzcv() << 28);
    const bounded = (at: number, len: number): Capability => capSetBounds(capWithValue(csp, BigInt(at)), BigInt(len), true);
    cpu.setC(0, { tag: false, hi: 0n, value: BigInt(sig) });
    cpu.setC(1, bounded(frame, SIGINFO_C));
    cpu.setC(2, bounded(uc, UCONTEXT_C));
    cpu.setC(31, capWithValue(csp, BigInt(frame)));
    cpu.setC(30, this.cheriTrampoline());
    const target = capGetObjectType(handler) === OTYPE_RB ? capWithObjectType(handler, 0n) : handler;
    cpu.c64 = (target.value & 1n) === 1n;
    cpu.pcc = capWithValue(target, target.value & ~1n);
  }

  private cheriTrampolineCap: Capability | null = null;
  /** The CLR handed to CheriABI handlers: a sentry to the C64 trampoline. */
  private cheriTrampoline(): Capability {
    if (this.cheriTrampolineCap === null) {
      const at = this.trampoline();
      this.cheriTrampolineCap = capWithObjectType(userCap(at, PAGE_SIZE, PERMS_USER_CODE), OTYPE_RB);
      this.cheriTrampolineCap = capWithValue(this.cheriTrampolineCap, BigInt(at) | 1n);
    }
    return this.cheriTrampolineCap;
  }

  private trampolineAddr = 0;
  /** The signal trampoline page, mapped on first use, as FreeBSD's sigcode: the handler returns to
   *  it with the stack pointer at the frame, and it calls sigreturn(&frame->uc):
   *  `add x0, sp, #80` (CheriABI: `add c0, csp, #112`), `mov x8, #417`, `svc #0`. */
  private trampoline(): number {
    if (this.trampolineAddr === 0) {
      const at = this.mmapNext;
      this.mmapNext += 2 * PAGE_SIZE;
      this.bus.mem.map(at, PAGE_SIZE, PROT_READ | PROT_EXEC);
      this.bus.mem.write32(at, this.purecap ? 0x0201c3e0 : 0x910143e0);
      this.bus.mem.write32(at + 4, 0xd2803428);
      this.bus.mem.write32(at + 8, 0xd4000001);
      this.trampolineAddr = at;
    }
    return this.trampolineAddr;
  }

  /**
   * sigreturn(ucp) (FreeBSD sys_sigreturn → set_mcontext): the registers from the ucontext at `uc`,
   * which the shim has checked the process may read (else EFAULT). A context set_mcontext refuses —
   * SPSR not EL0t/AArch64 (M[3:0] and bit 4 zero) or its DAIF bits set — is EINVAL and changes
   * nothing. Hybrid: x0–x30, sp, elr, spsr; CheriABI: C0–C30, CSP, PCC (its address's bit 0 the
   * C64 state) and NZCV.
   */
  /** Bytes of the ucontext_t sigreturn reads (the shim's copyin check). */
  get ucontextBytes(): number {
    return this.purecap ? UCONTEXT_C : UCONTEXT_HYBRID;
  }

  sigreturn(uc: number): never {
    const cpu = this.cpu;
    const mem = this.bus.mem;
    const spsrOk = (spsr: number): boolean => (spsr & 0x3df) === 0;
    if (this.purecap) {
      const spsr = mem.read32(uc + 16 + 16 * 33);
      if (!spsrOk(spsr)) throw new SysError(E.EINVAL);
      const caps = Array.from({ length: 33 }, (_, i) => cpu.readCapMem(BigInt(uc + 16 + 16 * i)));
      for (let i = 0; i < 31; i++) cpu.setC(i, caps[i]!);
      cpu.setC(31, caps[31]!);
      cpu.setNzcv((spsr >>> 28) & 15);
      cpu.c64 = (caps[32]!.value & 1n) === 1n;
      cpu.pcc = capWithValue(caps[32]!, caps[32]!.value & ~1n);
    } else {
      const b = Buffer.from(mem.readBytes(uc, UCONTEXT_HYBRID));
      const spsr = b.readBigUInt64LE(16 + 8 * 33);
      if (!spsrOk(Number(spsr & 0xffffn))) throw new SysError(E.EINVAL);
      for (let i = 0; i < 31; i++) cpu.setX(i, b.readBigUInt64LE(16 + 8 * i));
      cpu.setX(31, b.readBigUInt64LE(16 + 8 * 31));
      cpu.setNzcv(Number((spsr >> 28n) & 15n));
      const saved = this.savedContexts[this.savedContexts.length - 1];
      cpu.c64 = saved?.c64 ?? false;
      cpu.pcc = capWithValue(saved?.pcc ?? cpu.pcc, b.readBigUInt64LE(16 + 8 * 32));
    }
    this.savedContexts.pop();
    throw JUST_RETURN;
  }

  /** The process ends by signal `sig`'s default action: its output flushed, the shell's line. */
  private killed(sig: number, detail = ''): never {
    this.shim.flush();
    (this.opts.stderr ?? hostStderr)(Buffer.from(`${detail}${SIGNAL_TEXT[sig] ?? `Signal ${sig}`} (core dumped)\n`));
    throw new ProcessExit(128 + sig, sig);
  }

  /**
   * The kernel's emulation of EL0 MRS from the CPU identification space (FreeBSD arm64
   * user_mrs_handler: op0=3, op1=0, CRn=0, CRm = 0 or 4–7): MIDR/MPIDR/REVIDR and the ID_AA64
   * registers as exposed to user space; unlisted registers there read as 0. Returns false for any
   * other trapping instruction.
   */
  private emulateIdRegisterRead(cpu: Cpu): boolean {
    const w = this.bus.mem.read32(Number(cpu.curPc));
    if (((w & 0xfff80000) >>> 0) !== 0xd5380000) return false; // MRS with op0 = 3
    const op1 = (w >>> 16) & 7;
    const crn = (w >>> 12) & 15;
    const crm = (w >>> 8) & 15;
    const op2 = (w >>> 5) & 7;
    if (op1 !== 0 || crn !== 0 || !(crm === 0 || (crm >= 4 && crm <= 7))) return false;
    const value = ID_REGISTERS_EL0.get((crm << 3) | op2) ?? 0n;
    if ((w & 31) !== 31) cpu.setXr(w & 31, value);
    cpu.advancePc();
    return true;
  }

  /** Default action of the signal a fault raises: print as the shell would, and exit 128+sig. */
  private fatalSignal(cpu: Cpu, e: ArchException): never {
    let sig: number;
    let code = '';
    if ((e.kind === 'dabort' || e.kind === 'iabort') && SIGPROT_CODE[e.fsc] !== undefined) {
      sig = SIG.SIGPROT;
      code = SIGPROT_CODE[e.fsc]![1];
    } else if ((e.kind === 'dabort' || e.kind === 'iabort') && e.fsc === FSC_ALIGNMENT) sig = SIG.SIGBUS;
    else if (e.kind === 'dabort' || e.kind === 'iabort') sig = SIG.SIGSEGV;
    else if (e.kind === 'pcalign' || e.kind === 'spalign') sig = SIG.SIGBUS;
    else if (e.kind === 'brk') sig = SIG.SIGTRAP;
    else sig = SIG.SIGILL;
    const h = this.handlers.get(sig);
    if (h !== undefined && h.handler > 1n && this.savedContexts.length < 8) {
      const siCode = sig === SIG.SIGSEGV ? (e.fsc >= 0x0c && e.fsc <= 0x0f ? 2 : 1) : sig === SIG.SIGPROT ? SIGPROT_CODE[e.fsc]![0] : sig === SIG.SIGBUS ? 1 : sig === SIG.SIGILL ? 4 : 1;
      // CheriBSD reports the faulting PC as si_addr for capability aborts (trap.c).
      const addr = sig === SIG.SIGPROT ? cpu.curPc : e.far ?? cpu.curPc;
      if (this.purecap) this.deliverCheriAbi(cpu, sig, siCode, addr, h.cap);
      else this.deliver(cpu, sig, siCode, addr, h.handler);
      throw new SignalDelivered();
    }
    this.killed(sig, this.opts.verbose ? this.faultReport(cpu, e, code) : '');
  }

  /** The -v report of a fatal fault: pc, the instruction, the address, and the capability operands
   *  the instruction names (tag, bounds, permissions, seal). */
  private faultReport(cpu: Cpu, e: ArchException, code: string): string {
    const pc = cpu.curPc;
    let insn = '?';
    const capOps: string[] = [];
    if (this.bus.mem.isMapped(Number(pc))) {
      const w = this.bus.mem.read32(Number(pc));
      const def = decode(w);
      if (def !== null) {
        insn = formatInsn(def, w, { pc: Number(pc), c64: cpu.c64 });
        // Capability registers the instruction reads: Cn/Cm fields, and Rn as a base in C64.
        const names = def.fields.map((f) => f.name).filter((n) => n === 'Cn' || n === 'Cm' || (n === 'Rn' && cpu.c64 && def.family.startsWith('memory_')) || n === 'Rn' && def.cls === 'morello');
        for (const n of names) {
          const r = fieldOf(def, w, n);
          capOps.push(`  ${r === 31 ? 'csp' : 'c' + r} = ${describeCap(cpu.getC(r))}`);
        }
      }
    }
    return `morello-sim: ${e.kind} at pc 0x${pc.toString(16)}: ${insn}` + (code ? ` (${code})` : '') +
      (e.far !== null ? `, address 0x${e.far.toString(16)}` : '') + '\n' + capOps.map((l) => l + '\n').join('') +
      (cpu.c64 ? `  pcc = ${describeCap(cpu.pcc)}\n` : `  ddc = ${describeCap(cpu.ddc[0]!)}\n`);
  }

  /** DDC decoded for userRangeOk. */
  private readonly ddcDecoded = new DecodedCap();

  /** Checks that [addr, addr+len) is mapped with the protection `access` needs (PROT_READ for
   *  copyin, PROT_WRITE for copyout: FreeBSD's copyin/copyout fault, EFAULT, on a page the
   *  process may not access that way) and, for hybrid processes, within DDC. */
  userRangeOk(addr: number, len: number, access: number): boolean {
    if (len === 0) return true;
    if (!Number.isSafeInteger(addr) || addr < 0 || !Number.isSafeInteger(addr + len)) return false;
    if (!this.purecap) {
      // Hybrid: an integer pointer is authorised by DDC. (CheriABI pointers are capabilities the
      // shim has already checked.)
      const ddc: Capability = this.cpu.ddc[0]!;
      this.ddcDecoded.of(ddc);
      if (!ddc.tag || !this.ddcDecoded.covers(BigInt(addr), len)) return false;
    }
    const mem = this.bus.mem;
    for (let a = Math.floor(addr / PAGE_SIZE) * PAGE_SIZE; a < addr + len; a += PAGE_SIZE) if (!mem.pageAllows(a / PAGE_SIZE, access)) return false;
    return true;
  }
}
