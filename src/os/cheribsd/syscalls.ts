// The FreeBSD/CheriBSD system-call shim: number in x8, result in x0 (C0), carry flag set and errno
// in x0 on error. Hybrid ABI: arguments in x0–x5; a guest pointer is an integer checked (mapped and
// within DDC) before the host touches memory. CheriABI (purecap): arguments in C0–C7; a pointer
// argument is a capability that must be tagged, unsealed, carry the load/store permission the access
// needs and cover every byte touched, else EFAULT; pointers inside structures (iovec, sigaction) are
// capabilities too; mmap returns a capability bounded to the mapping. syscall(0)/__syscall(198)
// take their real number in x0 and (CheriABI) their arguments from the C9 variadic area. Host files
// are reached through the sandbox. Time and randomness are deterministic unless realTime is set.
import * as fs from 'node:fs';
import { nodeCrypto } from '../../host/builtins.js';
import type { Cpu } from '../../exec/cpu.js';
import type { GuestProcess } from './process.js';
import { ProcessExit } from './process.js';
import type { Sandbox } from './sandbox.js';
import { GuestFs } from './guest-fs.js';
import { SysError, hostCall } from './errno.js';
import { hostStdout, hostStderr } from '../../host/output.js';
import { E, SYS, O, AT_FDCWD, AT_SYMLINK_NOFOLLOW, AT_SYMLINK_FOLLOW, AT_REMOVEDIR, AT_RESOLVE_BENEATH, TIOCGETA, TIOCGWINSZ, USER_VA_TOP } from './constants.js';
import { PAGE_SIZE, PROT_READ, PROT_WRITE, PROT_EXEC, PROT_RWX } from '../../mem/tagged-memory.js';
import {
  type Capability, NULL_CAP, capIsSealed, capHasPerms, capWithTag, PERM_LOAD, PERM_STORE, PERM_LOAD_CAP, PERM_STORE_CAP,
  PERM_STORE_LOCAL_CAP, PERM_EXECUTE, PERM_EXECUTIVE, PERM_GLOBAL, PERM_USER0, PERM_MUTABLE_LOAD, PERM_BRANCH_SEALED_PAIR, capGetPerms, capWithValue,
} from '../../cap/format.js';
import { capIsRangeInBounds, capGetBounds } from '../../cap/bounds.js';
import { userCap } from './cheriabi-start.js';

/** Thrown by sigreturn: registers were restored; the syscall must not write a result. */
export const JUST_RETURN = Symbol('EJUSTRETURN');

/** A guest pointer: its address, and in CheriABI the capability that authorises the access. */
export interface GuestPtr {
  readonly addr: bigint;
  readonly cap: Capability | null;
}

/** CheriBSD's SW_VMEM (user permission 1): may be passed to munmap/mprotect/MAP_FIXED. */
const PERM_SW_VMEM = 1 << 3;
/** PROT_READ | PROT_WRITE | PROT_EXEC and the capability read/write protections 0x08 and 0x10. */
const PROT_RWX_CAP = 0x1f;
/** Non-protection permissions of an mmap result (GLOBAL, SW0, SW_VMEM, SW2, SW3, BSP, MUTABLE_LOAD). */
const MMAP_BASE_PERMS = PERM_GLOBAL | PERM_USER0 | PERM_SW_VMEM | (1 << 4) | (1 << 5) | PERM_BRANCH_SEALED_PAIR | PERM_MUTABLE_LOAD;

/** mmap flags (sys/mman.h) the kernel accepts, and the rest of the mmap vocabulary. */
const MAP_SHARED = 0x1;
const MAP_PRIVATE = 0x2;
const MAP_FIXED = 0x10;
const MAP_STACK = 0x400;
const MAP_ANON = 0x1000;
const MAP_GUARD = 0x2000;
const MAP_EXCL = 0x4000;
const MAP_32BIT = 0x80000;
/** CheriABI: the result is the MAP_FIXED capability itself, not one bounded to the mapping (rtld's
 *  map_object maps each segment into its reservation this way). */
const MAP_CHERI_NOSETBOUNDS = 0x20;
const MAP_ALIGNMENT_SHIFT = 24;
const MAP_ALIGNMENT_MASK = 0xff << MAP_ALIGNMENT_SHIFT;
const MAP_KNOWN = MAP_SHARED | MAP_PRIVATE | MAP_FIXED | 0x200 /* HASSEMAPHORE */ | MAP_STACK | 0x800 /* NOSYNC */ | MAP_ANON |
  MAP_EXCL | 0x20000 /* NOCORE */ | 0x40000 /* PREFAULT_READ */ | MAP_GUARD | MAP_32BIT | MAP_ALIGNMENT_MASK | MAP_CHERI_NOSETBOUNDS;
const MADV_FREE = 5;
const MADV_CORE = 9;
const MADV_PROTECT = 10;
/** FreeBSD's ENOTSUP (kern_mmap/kern_mprotect: prot beyond PROT_MAX). */
const ENOTSUP = 45;
const PAGE_MASK_N = BigInt(PAGE_SIZE - 1);
const MASK64_N = (1n << 64n) - 1n;
const roundPage = (n: bigint): bigint => (n + PAGE_MASK_N) & ~PAGE_MASK_N;
/** The capability permissions each protection bit stands for (vm_map_prot2perms). */
const PERM_RWX = PERM_LOAD | PERM_LOAD_CAP | PERM_STORE | PERM_STORE_CAP | PERM_STORE_LOCAL_CAP | PERM_EXECUTE | PERM_EXECUTIVE;
function prot2perms(prot: number): number {
  return ((prot & PROT_READ) !== 0 ? PERM_LOAD | PERM_LOAD_CAP : 0) | ((prot & PROT_WRITE) !== 0 ? PERM_STORE | PERM_STORE_CAP | PERM_STORE_LOCAL_CAP : 0) |
    ((prot & PROT_EXEC) !== 0 ? PERM_EXECUTE | PERM_EXECUTIVE : 0);
}

const offsetPtr = (p: GuestPtr, off: number | bigint): GuestPtr => ({ addr: p.addr + BigInt(off), cap: p.cap });

/** sysctl names __sysctlbyname understands, as the MIBs __sysctl answers. */
const SYSCTL_NAMES: Record<string, string> = {
  'kern.ostype': '1.1', 'kern.osrelease': '1.2', 'kern.version': '1.4', 'kern.hostname': '1.10', 'kern.osreldate': '1.24',
  'hw.machine': '6.1', 'hw.ncpu': '6.3', 'hw.pagesize': '6.7', 'hw.machine_arch': '6.11',
};

interface OpenFile {
  host: number | 'stdin' | 'stdout' | 'stderr';
  path: string;
  dir: boolean;
  /** Directory listing cursor for getdirentries. */
  dirPos: number;
  /** File offset (host files). */
  pos: number;
}

const EPOCH_NS = 1_767_225_600n * 1_000_000_000n; // 2026-01-01T00:00:00Z: the deterministic clock's origin

export class SyscallShim {
  private readonly fds = new Map<number, OpenFile>();
  private outBuf: number[] = [];
  private rng = 0x2545f491;

  private readonly vfs: GuestFs;

  constructor(private readonly proc: GuestProcess, private readonly sandbox: Sandbox) {
    this.vfs = new GuestFs(sandbox);
    this.fds.set(0, { host: 'stdin', path: '<stdin>', dir: false, dirPos: 0, pos: 0 });
    this.fds.set(1, { host: 'stdout', path: '<stdout>', dir: false, dirPos: 0, pos: 0 });
    this.fds.set(2, { host: 'stderr', path: '<stderr>', dir: false, dirPos: 0, pos: 0 });
  }

  flush(): void {
    if (this.outBuf.length > 0) {
      (this.proc.opts.stdout ?? hostStdout)(Uint8Array.from(this.outBuf));
      this.outBuf = [];
    }
  }

  // ---------------------------------------------------------------- guest memory
  /** Host-side address of [p, p+len) after the ABI's checks; EFAULT if the guest could not access it. */
  private check(p: GuestPtr, len: number, write: boolean): number {
    const a = Number(p.addr);
    if (p.cap !== null) {
      const c = p.cap;
      if (!c.tag || capIsSealed(c) || !capHasPerms(c, write ? PERM_STORE : PERM_LOAD)) throw new SysError(E.EFAULT);
      if (len > 0 && !capIsRangeInBounds(c, p.addr, BigInt(len))) throw new SysError(E.EFAULT);
    }
    if (!this.proc.userRangeOk(a, len, write ? PROT_WRITE : PROT_READ)) throw new SysError(E.EFAULT);
    return a;
  }

  private bytes(p: GuestPtr, len: number): Uint8Array {
    return this.proc.bus.mem.readBytes(this.check(p, len, false), len);
  }

  private store(p: GuestPtr, data: Uint8Array): void {
    this.proc.bus.mem.writeBytes(this.check(p, data.length, true), data);
  }

  private cstring(p: GuestPtr, max = 4096): string {
    const out: number[] = [];
    for (let i = 0; i < max; i++) {
      const b = this.bytes(offsetPtr(p, i), 1)[0]!;
      if (b === 0) return Buffer.from(out).toString('utf8');
      out.push(b);
    }
    throw new SysError(E.ENAMETOOLONG);
  }

  private u64(p: GuestPtr): bigint {
    return Buffer.from(this.bytes(p, 8)).readBigUInt64LE(0);
  }

  private putU64s(p: GuestPtr, values: readonly bigint[]): void {
    const b = Buffer.alloc(values.length * 8);
    values.forEach((v, i) => b.writeBigUInt64LE(BigInt.asUintN(64, v), i * 8));
    this.store(p, b);
  }

  /** Size of a pointer inside guest structures: 8 (hybrid) or 16 (CheriABI capability). */
  private get ptrSize(): number {
    return this.proc.purecap ? 16 : 8;
  }

  /** A pointer stored in guest memory (an iovec base, a sigaction handler). A capability keeps its
   *  tag only if the authorising capability may load capabilities (as copyin does). */
  private loadPtr(p: GuestPtr): GuestPtr {
    if (!this.proc.purecap) return { addr: this.u64(p), cap: null };
    const a = this.check(p, 16, false);
    let c = this.proc.cpu.readCapMem(BigInt(a));
    if (c.tag && !capHasPerms(p.cap!, PERM_LOAD_CAP)) c = capWithTag(c, false);
    return { addr: c.value, cap: c };
  }

  private isNull(p: GuestPtr): boolean {
    return p.addr === 0n;
  }

  // ---------------------------------------------------------------- dispatch
  /** Performs the system call in x8; false when it restored every register itself (sigreturn's
   *  EJUSTRETURN: the PC is not advanced past the SVC). */
  syscall(cpu: Cpu): boolean {
    let num = Number(cpu.x(8));
    const purecap = this.proc.purecap;
    let caps = [0, 1, 2, 3, 4, 5, 6, 7].map((i) => (purecap ? cpu.getC(i) : { tag: false, hi: 0n, value: cpu.x(i) }));
    if (num === 0 || num === 198) {
      // syscall()/__syscall(): the real number in x0; CheriABI takes every argument from C9's area.
      num = Number(cpu.x(0));
      if (purecap) {
        const va: GuestPtr = { addr: cpu.getC(9).value, cap: cpu.getC(9) };
        caps = [0, 1, 2, 3, 4, 5, 6, 7].map((k) => {
          try {
            return this.loadPtr(offsetPtr(va, 16 * k)).cap!;
          } catch {
            return NULL_CAP; // slots past the variadic area: absent arguments
          }
        });
      } else caps = [...caps.slice(1), { tag: false, hi: 0n, value: 0n }];
    }
    const a = caps.map((c) => c.value);
    const ptrs: GuestPtr[] = caps.map((c) => ({ addr: c.value, cap: purecap ? c : null }));
    let result: bigint;
    let resultCap: Capability | null = null;
    let errno = 0;
    if (num === 1 && this.proc.opts.strace) hostStderr(`1 exit(${BigInt.asIntN(64, a[0]!)})\n`);
    try {
      const r = this.dispatch(cpu, num, a, ptrs);
      if (typeof r === 'bigint') result = r;
      else {
        result = r.value;
        resultCap = r;
      }
    } catch (e) {
      if (e instanceof SysError) {
        errno = e.errno;
        result = BigInt(e.errno);
      } else if (e === JUST_RETURN) {
        errno = -2;
        result = 0n;
      } else throw e;
    }
    if (this.proc.opts.strace) {
      const name = SYS[num] ?? `syscall_${num}`;
      const args = a.slice(0, 3).map((v) => (v > 0xffffn ? `0x${v.toString(16)}` : v.toString())).join(',');
      hostStderr(`${1} ${name}(${args}) = ${errno ? `-1 errno=${errno}` : result.toString()}\n`);
    }
    if (errno === -2) return false; // EJUSTRETURN: sigreturn restored every register
    if (resultCap !== null) cpu.setC(0, resultCap);
    else cpu.setXr(0, BigInt.asUintN(64, result));
    cpu.c = errno ? 1 : 0;
    return true;
  }

  private dispatch(cpu: Cpu, num: number, a: bigint[], p: GuestPtr[]): bigint | Capability {
    const i = (k: number): number => Number(BigInt.asIntN(64, a[k]!));
    switch (num) {
      case 1: // exit: the status is the low 8 bits (sys_exit: W_EXITCODE(rval, 0))
        this.flush();
        throw new ProcessExit(Number(a[0]! & 0xffn), null);
      case 3: return this.read(i(0), p[1]!, i(2));
      case 4: return this.write(i(0), this.bytes(p[1]!, i(2)));
      case 120: case 121: { // readv / writev: struct iovec { void *base; size_t len } (16 bytes; CheriABI 32)
        let total = 0n;
        const stride = 2 * this.ptrSize;
        for (let k = 0; k < i(2); k++) {
          const base = this.loadPtr(offsetPtr(p[1]!, stride * k));
          const len = Number(this.u64(offsetPtr(p[1]!, stride * k + this.ptrSize)));
          total += num === 121 ? this.write(i(0), this.bytes(base, len)) : this.read(i(0), base, len);
        }
        return total;
      }
      case 5: return this.open(AT_FDCWD, this.cstring(p[0]!), i(1), i(2));
      case 499: return this.open(i(0), this.cstring(p[1]!), i(2), i(3));
      case 6: {
        const f = this.fds.get(i(0));
        if (f === undefined) throw new SysError(E.EBADF);
        if (typeof f.host === 'number') fs.closeSync(f.host);
        this.fds.delete(i(0));
        return 0n;
      }
      case 10: this.vfs.unlink(this.sandbox.cwd, this.cstring(p[0]!)); return 0n;
      case 503: { // unlinkat(fd, path, flag)
        const path = this.cstring(p[1]!);
        if (i(2) & ~(AT_REMOVEDIR | AT_RESOLVE_BENEATH)) throw new SysError(E.EINVAL); // kern_funlinkat's check
        if (i(2) & AT_REMOVEDIR) this.vfs.rmdir(this.dirBase(i(0), path), path);
        else this.vfs.unlink(this.dirBase(i(0), path), path);
        return 0n;
      }
      case 20: return 1n; // getpid
      case 24: case 25: case 43: case 47: return 0n; // getuid, geteuid, getegid, getgid
      case 253: return 0n; // issetugid
      case 432: this.putU64s(p[0]!, [100001n]); return 0n; // thr_self
      case 54: return this.ioctl(i(0), Number(a[1]! & 0xffffffffn));
      case 58: return this.readlink(AT_FDCWD, this.cstring(p[0]!), p[1]!, i(2));
      case 500: return this.readlink(i(0), this.cstring(p[1]!), p[2]!, i(3)); // readlinkat
      case 73: return this.munmap(p[0]!, a[1]!);
      case 74: return this.mprotect(p[0]!, a[1]!, Number(a[2]! & 0xffffffffn));
      case 75: return this.madvise(p[0]!, a[1]!, Number(BigInt.asIntN(32, a[2]!)));
      case 477: return this.mmap(p[0]!, a[1]!, Number(a[2]! & 0xffffffffn), Number(a[3]! & 0xffffffffn), Number(BigInt.asIntN(32, a[4]!)), a[5]!);
      case 478: return this.lseek(i(0), BigInt.asIntN(64, a[1]!), i(2));
      case 116: { // gettimeofday
        if (!this.isNull(p[0]!)) {
          const ns = this.now(0);
          this.putU64s(p[0]!, [ns / 1_000_000_000n, (ns % 1_000_000_000n) / 1000n]);
        }
        return 0n;
      }
      case 232: { // clock_gettime
        const ns = this.now(i(0));
        this.putU64s(p[1]!, [ns / 1_000_000_000n, ns % 1_000_000_000n]);
        return 0n;
      }
      case 234: this.putU64s(p[1]!, [0n, 1n]); return 0n; // clock_getres: 1 ns
      case 240: return 0n; // nanosleep: time is simulated
      case 136: this.vfs.mkdir(this.sandbox.cwd, this.cstring(p[0]!), i(1)); return 0n;
      case 496: { // mkdirat
        const path = this.cstring(p[1]!);
        this.vfs.mkdir(this.dirBase(i(0), path), path, i(2));
        return 0n;
      }
      case 326: { // __getcwd
        const b = Buffer.from(this.sandbox.currentDir() + '\0');
        if (b.length > i(1)) throw new SysError(E.ERANGE);
        this.store(p[0]!, b);
        return 0n;
      }
      case 340: if (!this.isNull(p[2]!)) this.store(p[2]!, new Uint8Array(16)); return 0n; // sigprocmask: empty mask
      case 416: return this.sigaction(i(0), p[1]!, p[2]!);
      case 417: { // sigreturn(ucp): the ucontext must be readable (copyin), a capability's granules aligned
        if (this.proc.purecap && p[0]!.addr % 16n !== 0n) throw new SysError(E.EFAULT);
        return this.proc.sigreturn(this.check(p[0]!, this.proc.ucontextBytes, false));
      }
      case 194: this.putU64s(p[1]!, [0x7fffffffffffffffn, 0x7fffffffffffffffn]); return 0n; // getrlimit: infinity
      case 202: return this.sysctl(p, Number(a[1]!));
      case 551: return this.fstat(this.fdFile(i(0)), p[1]!);
      case 552: return this.fstatPath(i(0), this.cstring(p[1]!), p[2]!, i(3));
      case 554: return this.getdirentries(i(0), p[1]!, i(2), p[3]!);
      case 563: { // getrandom
        const b = new Uint8Array(i(1));
        if (this.proc.opts.realTime) nodeCrypto().randomFillSync(b);
        else for (let k = 0; k < b.length; k++) b[k] = this.nextRandom();
        this.store(p[0]!, b);
        return BigInt(b.length);
      }
      case 165: return 0n; // sysarch
      case 12: this.sandbox.cwd = this.vfs.chdir(this.sandbox.cwd, this.cstring(p[0]!)); return 0n;
      case 13: { // fchdir
        const f = this.fdFile(i(0));
        if (!f.dir) throw new SysError(E.ENOTDIR);
        this.sandbox.cwd = this.vfs.chdir('/', f.path);
        return 0n;
      }
      case 128: this.vfs.rename(this.sandbox.cwd, this.cstring(p[0]!), this.sandbox.cwd, this.cstring(p[1]!)); return 0n;
      case 501: { // renameat(fromfd, from, tofd, to)
        const from = this.cstring(p[1]!);
        const to = this.cstring(p[3]!);
        this.vfs.rename(this.dirBase(i(0), from), from, this.dirBase(i(2), to), to);
        return 0n;
      }
      case 137: this.vfs.rmdir(this.sandbox.cwd, this.cstring(p[0]!)); return 0n;
      case 9: this.vfs.link(this.sandbox.cwd, this.cstring(p[0]!), this.sandbox.cwd, this.cstring(p[1]!), true); return 0n;
      case 495: { // linkat(fd1, path1, fd2, path2, flag)
        const from = this.cstring(p[1]!);
        const to = this.cstring(p[3]!);
        this.vfs.link(this.dirBase(i(0), from), from, this.dirBase(i(2), to), to, (i(4) & AT_SYMLINK_FOLLOW) !== 0);
        return 0n;
      }
      case 57: this.vfs.symlink(this.cstring(p[0]!), this.sandbox.cwd, this.cstring(p[1]!)); return 0n;
      case 502: { // symlinkat(target, fd, path)
        const path = this.cstring(p[2]!);
        this.vfs.symlink(this.cstring(p[0]!), this.dirBase(i(1), path), path);
        return 0n;
      }
      case 33: this.vfs.access(this.sandbox.cwd, this.cstring(p[0]!), i(1), true); return 0n;
      case 489: { // faccessat(fd, path, mode, flag)
        const path = this.cstring(p[1]!);
        this.vfs.access(this.dirBase(i(0), path), path, i(2), (i(3) & AT_SYMLINK_NOFOLLOW) === 0);
        return 0n;
      }
      case 95: this.fdFile(i(0)); return 0n; // fsync: the host writes synchronously
      case 93: return this.select(i(0), p[1]!, p[2]!, p[3]!);
      case 209: return this.poll(p[0]!, i(1));
      case 574: return this.realpathat(i(0), this.cstring(p[1]!), p[2]!, i(3));
      case 570: return this.sysctlByName(this.cstring(p[0]!, i(1) + 1), p[2]!, p[3]!);
      case 466: return 0n; // rtprio_thread: accepted
      case 454: return 0n; // _umtx_op: one thread, so waits return at once and wakes find nobody
      case 433: if (i(1) === 0) return 0n; throw new SysError(E.ENOSYS); // thr_kill(self, 0): exists
      default: {
        const name = SYS[num] ?? `#${num}`;
        hostStderr(`morello-sim: unimplemented system call ${name} (${num}) at pc 0x${cpu.curPc.toString(16)}: ENOSYS\n`);
        throw new SysError(E.ENOSYS);
      }
    }
  }

  /** sigaction: FreeBSD struct sigaction = handler @0 (u64; CheriABI: capability), then sa_flags i32
   *  and sa_mask (16 bytes): hybrid @8/@12, 32 bytes; CheriABI @16/@20, 48 bytes. */
  private sigaction(sig: number, act: GuestPtr, oact: GuestPtr): bigint {
    if (sig < 1 || sig > 127 || sig === 9 || sig === 17) throw new SysError(E.EINVAL);
    const ps = this.ptrSize;
    const old = this.proc.handlers.get(sig) ?? { handler: 0n, flags: 0, cap: null };
    if (!this.isNull(oact)) {
      const b = Buffer.alloc(2 * ps + 16);
      b.writeBigUInt64LE(old.handler, 0);
      b.writeInt32LE(old.flags, ps);
      this.store(oact, b);
      if (old.cap !== null) this.proc.cpu.writeCapMem(BigInt(this.check(oact, 16, true)), old.cap);
    }
    if (!this.isNull(act)) {
      const handler = this.loadPtr(act);
      const b = Buffer.from(this.bytes(offsetPtr(act, ps), 4));
      this.proc.handlers.set(sig, { handler: handler.addr, flags: b.readInt32LE(0), cap: handler.cap });
    }
    return 0n;
  }

  private nextRandom(): number {
    let x = this.rng;
    x ^= x << 13; x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5; x >>>= 0;
    this.rng = x;
    return x & 0xff;
  }

  /** Nanoseconds on a clock: deterministic by default (1 ns per instruction retired from 2026-01-01). */
  private now(clock: number): bigint {
    const realtime = clock === 0 || clock === 9 || clock === 10 || clock === 13;
    if (this.proc.opts.realTime) {
      return realtime ? BigInt(Date.now()) * 1_000_000n : process.hrtime.bigint();
    }
    const t = BigInt(this.proc.cpu.retired);
    return realtime ? EPOCH_NS + t : t;
  }

  // ---------------------------------------------------------------- files
  private fdFile(fd: number): OpenFile {
    const f = this.fds.get(fd);
    if (f === undefined) throw new SysError(E.EBADF);
    return f;
  }

  private read(fd: number, buf: GuestPtr, n: number): bigint {
    const f = this.fdFile(fd);
    this.check(buf, n, true);
    let data: Uint8Array;
    if (f.host === 'stdin') data = this.proc.opts.stdin ? this.proc.opts.stdin(n) : readHostStdin(n);
    else if (typeof f.host === 'number') {
      if (f.dir) throw new SysError(E.EISDIR);
      const host = f.host;
      const b = Buffer.alloc(n);
      data = b.subarray(0, hostCall(() => fs.readSync(host, b, 0, n, f.pos)));
      f.pos += data.length;
    } else throw new SysError(E.EBADF);
    this.store(buf, data);
    return BigInt(data.length);
  }

  private write(fd: number, data: Uint8Array): bigint {
    const f = this.fdFile(fd);
    if (f.host === 'stdout') {
      for (const b of data) this.outBuf.push(b);
      if (this.outBuf.length > 65536) this.flush();
    } else if (f.host === 'stderr') {
      this.flush();
      (this.proc.opts.stderr ?? hostStderr)(data);
    } else if (typeof f.host === 'number') {
      const host = f.host; // a descriptor opened read-only: the host's EBADF, as FreeBSD's
      f.pos += hostCall(() => fs.writeSync(host, data, 0, data.length, f.pos));
    } else throw new SysError(E.EBADF);
    return BigInt(data.length);
  }

  /** The directory a relative path of an *at() call starts from: the current directory for
   *  AT_FDCWD, else the directory open on dirfd (EBADF, ENOTDIR otherwise); absolute paths ignore it. */
  private dirBase(dirfd: number, path: string): string {
    if (path.startsWith('/') || dirfd === AT_FDCWD) return this.sandbox.cwd;
    const d = this.fdFile(dirfd);
    if (!d.dir) throw new SysError(E.ENOTDIR);
    return d.path;
  }

  private open(dirfd: number, path: string, flags: number, mode: number): bigint {
    const f = this.vfs.open(this.dirBase(dirfd, path), path, flags, mode);
    let fd = 3;
    while (this.fds.has(fd)) fd++;
    const pos = flags & O.APPEND ? hostCall(() => fs.fstatSync(f.hostFd).size) : 0;
    this.fds.set(fd, { host: f.hostFd, path: f.guest, dir: f.dir, dirPos: 0, pos });
    return BigInt(fd);
  }

  /** __realpathat(fd, path, buf, size, flags): the canonical guest path (inside the sandbox). */
  private realpathat(dirfd: number, path: string, buf: GuestPtr, size: number): bigint {
    const b = Buffer.from(this.vfs.realpath(this.dirBase(dirfd, path), path) + '\0');
    if (b.length > size) throw new SysError(E.ENAMETOOLONG);
    this.store(buf, b);
    return 0n;
  }

  /** select(nfds, readfds, writefds, exceptfds, timeout): time is simulated, every descriptor ready. */
  private select(nfds: number, r: GuestPtr, w: GuestPtr, x: GuestPtr): bigint {
    if (nfds < 0 || nfds > 1024) throw new SysError(E.EINVAL);
    let ready = 0;
    const bytes = Math.ceil(nfds / 8);
    for (const set of [r, w]) {
      if (this.isNull(set) || bytes === 0) continue;
      for (const b of this.bytes(set, bytes)) for (let k = b; k; k &= k - 1) ready++;
    }
    if (!this.isNull(x) && bytes > 0) this.store(x, new Uint8Array(bytes));
    return BigInt(ready);
  }

  /** poll(fds, nfds, timeout): struct pollfd { int fd; short events; short revents; }; input and
   *  output are always ready (POLLIN 1, POLLOUT 4). */
  private poll(fds: GuestPtr, nfds: number): bigint {
    if (nfds < 0 || nfds > 1024) throw new SysError(E.EINVAL);
    const b = Buffer.from(this.bytes(fds, nfds * 8));
    let ready = 0;
    for (let k = 0; k < nfds; k++) {
      const fd = b.readInt32LE(8 * k);
      const rev = fd < 0 ? 0 : this.fds.has(fd) ? b.readInt16LE(8 * k + 4) & 5 : 0x20; // POLLNVAL
      b.writeInt16LE(rev, 8 * k + 6);
      if (rev) ready++;
    }
    this.store(fds, b);
    return BigInt(ready);
  }

  /** readlink/readlinkat: the link's text, not NUL-terminated, cut to the buffer. */
  private readlink(dirfd: number, path: string, buf: GuestPtr, size: number): bigint {
    if (size < 0) throw new SysError(E.EINVAL);
    const target = path === '/proc/curproc/file' ? Buffer.from(this.proc.opts.argv[0] ?? '') : this.vfs.readlink(this.dirBase(dirfd, path), path);
    const b = target.subarray(0, size);
    this.store(buf, b);
    return BigInt(b.length);
  }

  private lseek(fd: number, off: bigint, whence: number): bigint {
    const f = this.fdFile(fd);
    if (typeof f.host !== 'number') throw new SysError(E.ESPIPE);
    // Node has no lseek: the shim keeps each descriptor's offset and reads/writes at it.
    const base = whence === 0 ? 0n : whence === 1 ? BigInt(f.pos) : BigInt(fs.fstatSync(f.host).size);
    const pos = base + off;
    if (pos < 0n || whence > 2) throw new SysError(E.EINVAL);
    f.pos = Number(pos);
    return pos;
  }

  private ioctl(fd: number, req: number): bigint {
    const f = this.fdFile(fd);
    if (req === TIOCGETA || req === TIOCGWINSZ) {
      const tty = (f.host === 'stdin' && process.stdin.isTTY) || (f.host === 'stdout' && process.stdout.isTTY) || (f.host === 'stderr' && process.stderr.isTTY);
      if (!tty) throw new SysError(E.ENOTTY);
      return 0n;
    }
    throw new SysError(E.ENOTTY);
  }

  // ---------------------------------------------------------------- virtual memory
  // After CheriBSD sys/vm/vm_mmap.c (sys_mmap, kern_mmap, kern_munmap, kern_mprotect,
  // kern_madvise) and vm_map.c (vm_map_insert, vm_map_protect). Addresses are never reused:
  // anonymous mappings are placed upwards from MMAP_BASE, past any mapping already there.

  /** cap_covers_pages: in CheriABI the capability is tagged, unsealed and covers the pages of
   *  [addr, addr+len) (the range rounded out to whole pages). */
  private capCoversPages(p: GuestPtr, len: bigint): boolean {
    const c = p.cap!;
    const off = p.addr & PAGE_MASK_N;
    const size = roundPage(len + off);
    return c.tag && !capIsSealed(c) && capIsRangeInBounds(c, p.addr - off, size);
  }

  /** sys_munmap/sys_mprotect's checks: the capability covers the pages and carries SW_VMEM, else
   *  EPROT. */
  private checkVm(p: GuestPtr, len: bigint): void {
    if (p.cap === null) return;
    if (!this.capCoversPages(p, len) || !capHasPerms(p.cap, PERM_SW_VMEM)) throw new SysError(E.EPROT);
  }

  /** The page-rounded range of [addr, addr+len) as kern_munmap/kern_mprotect compute it; EINVAL if
   *  it wraps, or (`inUserSpace`: vm_map_range_valid) leaves the user address space. */
  private vmRange(addr: bigint, len: bigint, inUserSpace: boolean): [number, number] {
    const off = addr & PAGE_MASK_N;
    const start = addr - off;
    const size = roundPage(len + off);
    if (start + size > MASK64_N) throw new SysError(E.EINVAL);
    if (inUserSpace && start + size > USER_VA_TOP) throw new SysError(E.EINVAL);
    // vm_map_protect clamps to the map (VM_MAP_RANGE_CHECK): nothing is mapped above it.
    const top = start >= USER_VA_TOP ? USER_VA_TOP : start + size > USER_VA_TOP ? USER_VA_TOP : start + size;
    const s = start >= USER_VA_TOP ? USER_VA_TOP : start;
    return [Number(s), Number(top - s)];
  }

  private munmap(p: GuestPtr, len: bigint): bigint {
    this.checkVm(p, len);
    if (len === 0n) throw new SysError(E.EINVAL); // kern_munmap
    const [start, size] = this.vmRange(p.addr, len, true);
    this.proc.bus.mem.unmap(start, size); // holes are fine (vm_map_remove); later accesses fault
    return 0n;
  }

  private mprotect(p: GuestPtr, len: bigint, protArg: number): bigint {
    this.checkVm(p, len);
    if ((protArg & ~(PROT_RWX_CAP | (PROT_RWX_CAP << 16))) !== 0) throw new SysError(E.EINVAL);
    const maxProt = (protArg >>> 16) & PROT_RWX; // PROT_MAX_EXTRACT
    const prot = protArg & PROT_RWX;
    const [start, size] = this.vmRange(p.addr, len, false);
    if (maxProt !== 0 && (maxProt & prot) !== prot) throw new SysError(ENOTSUP);
    // vm_map_protect: neither may exceed any mapped page's maximum protection (EACCES); holes in
    // the range are skipped, so an unmapped range succeeds and changes nothing.
    const mem = this.proc.bus.mem;
    for (const pn of mem.mappedPagesIn(start, size)) {
      const max = mem.maxProtOf(pn * PAGE_SIZE);
      if (max >= 0 && ((prot & ~max) !== 0 || (maxProt & ~max) !== 0)) throw new SysError(E.EACCES);
    }
    mem.protect(start, size, prot, maxProt !== 0 ? maxProt : undefined);
    return 0n;
  }

  private madvise(p: GuestPtr, len: bigint, behav: number): bigint {
    if (p.cap !== null) {
      // sys_madvise: the pages covered, and SW_VMEM for MADV_FREE (it may discard contents).
      if (!this.capCoversPages(p, len)) throw new SysError(E.EPROT);
      if (behav === MADV_FREE && !capHasPerms(p.cap, PERM_SW_VMEM)) throw new SysError(E.EPROT);
    }
    if (behav === MADV_PROTECT) return 0n;
    if (p.addr + len > USER_VA_TOP) throw new SysError(E.EINVAL); // kern_madvise: vm_map_range_valid
    if (behav < 0 || behav > MADV_CORE) throw new SysError(E.EINVAL); // vm_map_madvise
    return 0n; // advice only: contents are kept (MADV_DONTNEED/MADV_FREE may keep them)
  }

  private mmap(addr: GuestPtr, lenArg: bigint, protArg: number, flagsArg: number, fd: number, posArg: bigint): bigint | Capability {
    const purecap = this.proc.purecap;
    const mem = this.proc.bus.mem;
    let flags = flagsArg;
    const hint = addr.addr;
    // sys_mmap (CheriABI): which capability the mapping derives from.
    let source: Capability | null = null;
    if (purecap) {
      const c = addr.cap!;
      if (flags & MAP_32BIT) throw new SysError(E.EINVAL);
      if (c.tag) {
        if ((flags & MAP_FIXED) === 0) throw new SysError(E.EPROT);
        if (!capHasPerms(c, PERM_SW_VMEM)) throw new SysError(E.EACCES);
        source = c;
      } else {
        if (c.hi !== 0n) throw new SysError(E.EINVAL); // not NULL-derived
        // Without a capability the program may not replace pages: MAP_FIXED implies MAP_EXCL.
        if (flags & MAP_FIXED) flags |= MAP_EXCL;
      }
      if (source !== null) {
        const b = capGetBounds(source);
        if (hint - (hint & PAGE_MASK_N) < b.base || roundPage(hint + lenArg) > source.value + (b.limit - b.base)) throw new SysError(E.EPROT);
        let req = prot2perms(protArg);
        if ((flags & MAP_FIXED) && !capHasPerms(source, PERM_EXECUTIVE)) req &= ~PERM_EXECUTIVE;
        if (!capHasPerms(source, req)) throw new SysError(E.EPROT);
      }
    }
    // kern_mmap
    // CheriBSD's capability protections (VM_PROT_READ_CAP 0x08, VM_PROT_WRITE_CAP 0x10) are accepted in
    // prot and PROT_MAX — rtld's map_object reserves with PROT_MAX(RWX | caps) — and otherwise ignored:
    // our pages always hold tags. (Bit values read from the real rtld's call; UNVERIFIED in mman.h.)
    if ((protArg & ~(PROT_RWX_CAP | (PROT_RWX_CAP << 16))) !== 0) throw new SysError(E.EINVAL);
    let maxProt = (protArg >>> 16) & PROT_RWX;
    const prot = protArg & PROT_RWX;
    if (maxProt !== 0 && (maxProt & prot) !== prot) throw new SysError(ENOTSUP);
    const capProt = maxProt !== 0 ? maxProt : prot;
    if (maxProt === 0) maxProt = purecap ? prot : PROT_RWX; // kern_mmap_maxprot
    if (!purecap) flags &= ~(0x20 | 0x40); // MAP_RESERVED0020/0040: ignored
    else if ((flags & MAP_CHERI_NOSETBOUNDS) !== 0 && source === null) throw new SysError(E.EINVAL); // needs a MAP_FIXED capability (UNVERIFIED errno)
    let pos = posArg;
    if (lenArg === 0n || ((flags & MAP_ANON) !== 0 && (fd !== -1 || pos !== 0n))) throw new SysError(E.EINVAL);
    if (flags & MAP_STACK) {
      if (fd !== -1 || (prot & (PROT_READ | PROT_WRITE)) !== (PROT_READ | PROT_WRITE)) throw new SysError(E.EINVAL);
      flags |= MAP_ANON;
      pos = 0n;
    }
    if ((flags & ~MAP_KNOWN) !== 0) throw new SysError(E.EINVAL);
    if ((flags & (MAP_EXCL | MAP_FIXED)) === MAP_EXCL) throw new SysError(E.EINVAL);
    if ((flags & (MAP_SHARED | MAP_PRIVATE)) === (MAP_SHARED | MAP_PRIVATE)) throw new SysError(E.EINVAL);
    if ((flags & MAP_GUARD) !== 0 && (prot !== 0 || fd !== -1 || pos !== 0n || (flags & ~(MAP_FIXED | MAP_GUARD | MAP_EXCL | MAP_32BIT | MAP_ALIGNMENT_MASK)) !== 0)) {
      throw new SysError(E.EINVAL);
    }
    const pageoff = pos & PAGE_MASK_N;
    pos -= pageoff;
    const sizeN = roundPage(lenArg + pageoff);
    if (sizeN > MASK64_N) throw new SysError(E.ENOMEM);
    const align = flags >>> MAP_ALIGNMENT_SHIFT;
    let at: number;
    if (flags & MAP_FIXED) {
      const a = hint - pageoff;
      if ((a & PAGE_MASK_N) !== 0n) throw new SysError(E.EINVAL); // underaligned
      if (a + sizeN > USER_VA_TOP) throw new SysError(E.EINVAL); // vm_map_range_valid
      at = Number(a);
    } else {
      if (sizeN > USER_VA_TOP) throw new SysError(E.ENOMEM);
      at = this.findSpace(Number(sizeN), align >= 12 && align < 48 ? 2 ** align : PAGE_SIZE);
    }
    const size = Number(sizeN);
    let file: number | null = null;
    if ((flags & (MAP_ANON | MAP_GUARD)) === 0) {
      const f = this.fdFile(fd); // fget_mmap: EBADF
      if (typeof f.host !== 'number') throw new SysError(E.EACCES);
      if ((flags & (MAP_SHARED | MAP_PRIVATE)) === 0) throw new SysError(E.EINVAL); // P_OSREL_MAP_FSTRICT
      file = f.host;
    }
    // vm_map_fixed: MAP_EXCL over an existing mapping fails in vm_map_insert (KERN_NO_SPACE →
    // vm_mmap_to_errno: ENOMEM); otherwise the range is emptied first (vm_map_delete).
    if ((flags & MAP_FIXED) && (flags & MAP_EXCL) && mem.mappedPagesIn(at, size).some((pn) => mem.isMapped(pn * PAGE_SIZE))) {
      throw new SysError(E.ENOMEM);
    }
    mem.unmap(at, size);
    if (flags & MAP_GUARD) {
      // A guard reserves the range: nothing is mapped, accesses fault.
      // Its capability carries PROT_MAX's permissions (rtld's reservation: PROT_NONE, PROT_MAX(RWX)).
      return purecap ? this.mmapResult(source, at, size, capProt, flags) : BigInt(at);
    }
    mem.map(at, size, prot, maxProt);
    if (file !== null) {
      const n = Number(lenArg + pageoff); // from the page-aligned offset, so pos's page offset is kept
      const b = Buffer.alloc(n);
      const got = fs.readSync(file, b, 0, n, Number(pos));
      mem.writeBytes(at, b.subarray(0, got));
    }
    return purecap ? this.mmapResult(source, at, size, capProt, flags) : BigInt(at + Number(pageoff));
  }

  private mmapResult(source: Capability | null, at: number, size: number, capProt: number, flags: number): Capability {
    if (source !== null && (flags & MAP_CHERI_NOSETBOUNDS) !== 0) return capWithValue(source, BigInt(at));
    return this.mmapCap(source, at, size, capProt);
  }

  /** An address for `size` bytes of anonymous mapping (aligned to `align`) above every mapping the
   *  allocator made before and clear of fixed ones placed there; a guard page follows it. */
  private findSpace(size: number, align: number): number {
    const mem = this.proc.bus.mem;
    let at = Math.ceil(this.proc.mmapNext / align) * align;
    for (;;) {
      const used = mem.mappedPagesIn(at, size);
      if (used.length === 0) break;
      at = Math.ceil(((used[used.length - 1]! + 2) * PAGE_SIZE) / align) * align;
    }
    this.proc.mmapNext = at + size + PAGE_SIZE;
    return at;
  }

  /** mmap_retcap: a capability bounded to the mapping, from `source` (the MAP_FIXED capability) or
   *  the user root, whose load/store/execute permissions are those `capProt` allows. */
  private mmapCap(source: Capability | null, at: number, size: number, capProt: number): Capability {
    const base = source === null ? MMAP_BASE_PERMS | PERM_RWX : capGetPerms(source);
    return userCap(at, size, base & (~PERM_RWX | prot2perms(capProt)), false);
  }

  private statBytes(st: fs.Stats): Uint8Array {
    // FreeBSD struct stat (224 bytes).
    const b = Buffer.alloc(224);
    b.writeBigUInt64LE(BigInt(st.dev), 0);
    b.writeBigUInt64LE(BigInt(st.ino), 8);
    b.writeBigUInt64LE(BigInt(st.nlink), 16);
    b.writeUInt16LE(st.mode & 0xffff, 24);
    b.writeUInt32LE(st.uid, 28);
    b.writeUInt32LE(st.gid, 32);
    b.writeBigUInt64LE(BigInt(st.rdev), 40);
    const ts = (ms: number, off: number): void => {
      b.writeBigInt64LE(BigInt(Math.floor(ms / 1000)), off);
      b.writeBigInt64LE(BigInt(Math.round((ms % 1000) * 1e6)), off + 8);
    };
    ts(st.atimeMs, 48);
    ts(st.mtimeMs, 64);
    ts(st.ctimeMs, 80);
    ts(st.birthtimeMs, 96);
    b.writeBigInt64LE(BigInt(st.size), 112);
    b.writeBigInt64LE(BigInt(st.blocks), 120);
    b.writeInt32LE(st.blksize, 128);
    return b;
  }

  private fstat(f: OpenFile, buf: GuestPtr): bigint {
    if (typeof f.host !== 'number') {
      // Character device for the standard streams.
      const b = Buffer.alloc(224);
      b.writeUInt16LE(0o020620, 24);
      b.writeInt32LE(4096, 128);
      this.store(buf, b);
      return 0n;
    }
    this.store(buf, this.statBytes(fs.fstatSync(f.host)));
    return 0n;
  }

  private fstatPath(dirfd: number, path: string, buf: GuestPtr, flag: number): bigint {
    this.store(buf, this.statBytes(this.vfs.stat(this.dirBase(dirfd, path), path, (flag & AT_SYMLINK_NOFOLLOW) === 0)));
    return 0n;
  }

  private getdirentries(fd: number, buf: GuestPtr, count: number, basep: GuestPtr): bigint {
    const f = this.fdFile(fd);
    if (!f.dir) throw new SysError(E.EINVAL);
    const names = ['.', '..', ...this.vfs.list(f.path)];
    const out: Buffer[] = [];
    let used = 0;
    while (f.dirPos < names.length) {
      const name = Buffer.from(names[f.dirPos]!);
      const reclen = (24 + name.length + 1 + 7) & ~7;
      if (used + reclen > count) break;
      const r = Buffer.alloc(reclen);
      r.writeBigUInt64LE(BigInt(f.dirPos + 1), 0);
      r.writeBigInt64LE(BigInt(f.dirPos + 1), 8);
      r.writeUInt16LE(reclen, 16);
      r.writeUInt8(0, 18);
      r.writeUInt16LE(name.length, 20);
      name.copy(r, 24);
      out.push(r);
      used += reclen;
      f.dirPos++;
    }
    this.store(buf, Buffer.concat(out));
    if (!this.isNull(basep)) this.putU64s(basep, [BigInt(f.dirPos)]);
    return BigInt(used);
  }

  /** __sysctl(name, namelen, oldp, oldlenp, newp, newlen). */
  private sysctl(p: GuestPtr[], namelen: number): bigint {
    if (namelen < 1 || namelen > 24) throw new SysError(E.EINVAL);
    const mib: number[] = [];
    const raw = this.bytes(p[0]!, namelen * 4);
    for (let k = 0; k < namelen; k++) mib.push(Buffer.from(raw).readInt32LE(k * 4));
    return this.sysctlValue(mib.join('.'), p[2]!, p[3]!);
  }

  /** __sysctlbyname(name, namelen, oldp, oldlenp, newp, newlen): the names of the MIBs above. */
  private sysctlByName(name: string, oldp: GuestPtr, oldlenp: GuestPtr): bigint {
    const mib = SYSCTL_NAMES[name.replace(/\0.*$/, '')];
    if (mib === undefined) throw new SysError(E.ENOENT);
    return this.sysctlValue(mib, oldp, oldlenp);
  }

  private sysctlValue(key: string, oldp: GuestPtr, oldlenp: GuestPtr): bigint {
    let value: Buffer;
    const int = (v: number): Buffer => {
      const b = Buffer.alloc(4);
      b.writeInt32LE(v);
      return b;
    };
    const str = (s: string): Buffer => Buffer.from(s + '\0');
    switch (key) {
      case '1.1': value = str('FreeBSD'); break; // kern.ostype
      case '1.2': value = str('15.0-CURRENT'); break; // kern.osrelease
      case '1.4': value = str('FreeBSD 15.0-CURRENT (morello-sim)'); break;
      case '1.10': value = str('morello-sim'); break; // kern.hostname
      case '1.24': value = int(1500000); break; // kern.osreldate
      case '6.1': value = str('arm64'); break; // hw.machine
      case '6.3': value = int(1); break; // hw.ncpu
      case '6.7': value = int(4096); break; // hw.pagesize
      case '6.11': value = str(this.proc.purecap ? 'aarch64c' : 'aarch64'); break; // hw.machine_arch
      default: throw new SysError(E.ENOENT);
    }
    if (!this.isNull(oldp) && !this.isNull(oldlenp)) {
      const avail = Number(this.u64(oldlenp));
      if (avail < value.length) throw new SysError(E.ENOMEM);
      this.store(oldp, value);
    }
    if (!this.isNull(oldlenp)) this.putU64s(oldlenp, [BigInt(value.length)]);
    return 0n;
  }
}

function readHostStdin(n: number): Uint8Array {
  const b = Buffer.alloc(n);
  try {
    return b.subarray(0, fs.readSync(0, b, 0, n, null));
  } catch {
    return new Uint8Array(0);
  }
}
