// The FreeBSD system-call shim (hybrid ABI): number in x8, arguments in x0–x5, result in x0, carry
// flag set and errno in x0 on error. Guest pointers are integers checked (mapped and within DDC)
// before the host touches memory; a bad pointer gives EFAULT. Host files are reached through the
// sandbox. Time and randomness are deterministic unless the process was started with realTime.
import * as fs from 'node:fs';
import { randomFillSync } from 'node:crypto';
import type { Cpu } from '../../exec/cpu.js';
import type { GuestProcess } from './process.js';
import { ProcessExit } from './process.js';
import type { Sandbox } from './sandbox.js';
import { E, SYS, O, AT_FDCWD, AT_SYMLINK_NOFOLLOW, TIOCGETA, TIOCGWINSZ } from './constants.js';
import { PAGE_SIZE } from '../../mem/tagged-memory.js';

/** Thrown by sigreturn: registers were restored; the syscall must not write a result. */
export const JUST_RETURN = Symbol('EJUSTRETURN');

class SysError {
  constructor(readonly errno: number) {}
}

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

  constructor(private readonly proc: GuestProcess, private readonly sandbox: Sandbox) {
    this.fds.set(0, { host: 'stdin', path: '<stdin>', dir: false, dirPos: 0, pos: 0 });
    this.fds.set(1, { host: 'stdout', path: '<stdout>', dir: false, dirPos: 0, pos: 0 });
    this.fds.set(2, { host: 'stderr', path: '<stderr>', dir: false, dirPos: 0, pos: 0 });
  }

  flush(): void {
    if (this.outBuf.length > 0) {
      (this.proc.opts.stdout ?? ((b) => process.stdout.write(b)))(Uint8Array.from(this.outBuf));
      this.outBuf = [];
    }
  }

  // ---------------------------------------------------------------- guest memory
  private bytes(addr: bigint, len: number): Uint8Array {
    const a = Number(addr);
    if (!this.proc.userRangeOk(a, len)) throw new SysError(E.EFAULT);
    return this.proc.bus.mem.readBytes(a, len);
  }

  private store(addr: bigint, data: Uint8Array): void {
    const a = Number(addr);
    if (!this.proc.userRangeOk(a, data.length)) throw new SysError(E.EFAULT);
    this.proc.bus.mem.writeBytes(a, data);
  }

  private cstring(addr: bigint, max = 4096): string {
    const out: number[] = [];
    for (let i = 0; i < max; i++) {
      const b = this.bytes(addr + BigInt(i), 1)[0]!;
      if (b === 0) return Buffer.from(out).toString('utf8');
      out.push(b);
    }
    throw new SysError(E.ENAMETOOLONG);
  }

  private u64(addr: bigint): bigint {
    return Buffer.from(this.bytes(addr, 8)).readBigUInt64LE(0);
  }

  private putU64s(addr: bigint, values: readonly bigint[]): void {
    const b = Buffer.alloc(values.length * 8);
    values.forEach((v, i) => b.writeBigUInt64LE(BigInt.asUintN(64, v), i * 8));
    this.store(addr, b);
  }

  // ---------------------------------------------------------------- dispatch
  syscall(cpu: Cpu): void {
    const num = Number(cpu.x(8));
    const a = [0, 1, 2, 3, 4, 5].map((i) => cpu.x(i));
    let result: bigint;
    let errno = 0;
    if (num === 1 && this.proc.opts.strace) process.stderr.write(`1 exit(${BigInt.asIntN(64, a[0]!)})\n`);
    try {
      result = this.dispatch(cpu, num, a);
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
      process.stderr.write(`${1} ${name}(${args}) = ${errno ? `-1 errno=${errno}` : result.toString()}\n`);
    }
    if (errno === -2) return; // EJUSTRETURN: sigreturn restored every register
    cpu.setXr(0, BigInt.asUintN(64, result));
    cpu.c = errno ? 1 : 0;
  }

  private dispatch(cpu: Cpu, num: number, a: bigint[]): bigint {
    const i = (k: number): number => Number(BigInt.asIntN(64, a[k]!));
    switch (num) {
      case 1: // exit
        this.flush();
        throw new ProcessExit(i(0) & 0xff, null);
      case 3: return this.read(i(0), a[1]!, i(2));
      case 4: return this.write(i(0), this.bytes(a[1]!, i(2)));
      case 120: case 121: { // readv / writev: struct iovec { void *base; size_t len } (16 bytes)
        let total = 0n;
        for (let k = 0; k < i(2); k++) {
          const base = this.u64(a[1]! + BigInt(16 * k));
          const len = Number(this.u64(a[1]! + BigInt(16 * k + 8)));
          total += num === 121 ? this.write(i(0), this.bytes(base, len)) : this.read(i(0), base, len);
        }
        return total;
      }
      case 5: return this.open(AT_FDCWD, this.cstring(a[0]!), i(1), i(2));
      case 499: return this.open(i(0), this.cstring(a[1]!), i(2), i(3));
      case 6: {
        const f = this.fds.get(i(0));
        if (f === undefined) throw new SysError(E.EBADF);
        if (typeof f.host === 'number') fs.closeSync(f.host);
        this.fds.delete(i(0));
        return 0n;
      }
      case 10: return this.unlink(this.cstring(a[0]!));
      case 503: return this.unlink(this.cstring(a[1]!));
      case 20: return 1n; // getpid
      case 24: case 25: case 43: case 47: return 0n; // getuid, geteuid, getegid, getgid
      case 253: return 0n; // issetugid
      case 432: this.putU64s(a[0]!, [100001n]); return 0n; // thr_self
      case 54: return this.ioctl(i(0), Number(a[1]! & 0xffffffffn));
      case 58: return this.readlink(this.cstring(a[0]!), a[1]!, i(2));
      case 73: return 0n; // munmap: pages stay mapped (no reuse of addresses)
      case 74: case 75: return 0n; // mprotect, madvise: accepted
      case 477: return this.mmap(a[0]!, i(1), i(3), i(4), a[5]!);
      case 478: return this.lseek(i(0), BigInt.asIntN(64, a[1]!), i(2));
      case 116: { // gettimeofday
        if (a[0] !== 0n) {
          const ns = this.now(0);
          this.putU64s(a[0]!, [ns / 1_000_000_000n, (ns % 1_000_000_000n) / 1000n]);
        }
        return 0n;
      }
      case 232: { // clock_gettime
        const ns = this.now(i(0));
        this.putU64s(a[1]!, [ns / 1_000_000_000n, ns % 1_000_000_000n]);
        return 0n;
      }
      case 234: this.putU64s(a[1]!, [0n, 1n]); return 0n; // clock_getres: 1 ns
      case 240: return 0n; // nanosleep: time is simulated
      case 136: return this.mkdir(this.cstring(a[0]!));
      case 326: { // __getcwd
        const b = Buffer.from(this.sandbox.cwd + '\0');
        if (b.length > i(1)) throw new SysError(E.ERANGE);
        this.store(a[0]!, b);
        return 0n;
      }
      case 340: if (a[2] !== 0n) this.store(a[2]!, new Uint8Array(16)); return 0n; // sigprocmask: empty mask
      case 416: return this.sigaction(i(0), a[1]!, a[2]!);
      case 417: return this.proc.sigreturn(); // sigreturn (from the signal trampoline)
      case 194: this.putU64s(a[1]!, [0x7fffffffffffffffn, 0x7fffffffffffffffn]); return 0n; // getrlimit: infinity
      case 202: return this.sysctl(a);
      case 551: return this.fstat(this.fdFile(i(0)), a[1]!);
      case 552: return this.fstatPath(i(0), this.cstring(a[1]!), a[2]!, i(3));
      case 554: return this.getdirentries(i(0), a[1]!, i(2), a[3]!);
      case 563: { // getrandom
        const b = new Uint8Array(i(1));
        if (this.proc.opts.realTime) randomFillSync(b);
        else for (let k = 0; k < b.length; k++) b[k] = this.nextRandom();
        this.store(a[0]!, b);
        return BigInt(b.length);
      }
      case 165: return 0n; // sysarch
      default: {
        const name = SYS[num] ?? `#${num}`;
        process.stderr.write(`morello-sim: unimplemented system call ${name} (${num}) at pc 0x${cpu.curPc.toString(16)}: ENOSYS\n`);
        throw new SysError(E.ENOSYS);
      }
    }
  }

  /** sigaction: FreeBSD struct sigaction (hybrid) = handler u64 @0, sa_flags i32 @8, sa_mask 16 bytes @12. */
  private sigaction(sig: number, act: bigint, oact: bigint): bigint {
    if (sig < 1 || sig > 127 || sig === 9 || sig === 17) throw new SysError(E.EINVAL);
    const old = this.proc.handlers.get(sig) ?? { handler: 0n, flags: 0 };
    if (oact !== 0n) {
      const b = Buffer.alloc(32);
      b.writeBigUInt64LE(old.handler, 0);
      b.writeInt32LE(old.flags, 8);
      this.store(oact, b);
    }
    if (act !== 0n) {
      const b = Buffer.from(this.bytes(act, 32));
      this.proc.handlers.set(sig, { handler: b.readBigUInt64LE(0), flags: b.readInt32LE(8) });
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

  private read(fd: number, buf: bigint, n: number): bigint {
    const f = this.fdFile(fd);
    if (!this.proc.userRangeOk(Number(buf), n)) throw new SysError(E.EFAULT);
    let data: Uint8Array;
    if (f.host === 'stdin') data = this.proc.opts.stdin ? this.proc.opts.stdin(n) : readHostStdin(n);
    else if (typeof f.host === 'number') {
      if (f.dir) throw new SysError(E.EISDIR);
      const b = Buffer.alloc(n);
      data = b.subarray(0, fs.readSync(f.host, b, 0, n, f.pos));
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
      (this.proc.opts.stderr ?? ((b) => process.stderr.write(b)))(data);
    } else if (typeof f.host === 'number') f.pos += fs.writeSync(f.host, data, 0, data.length, f.pos);
    else throw new SysError(E.EBADF);
    return BigInt(data.length);
  }

  private resolve(dirfd: number, path: string): string {
    if (dirfd !== AT_FDCWD && !path.startsWith('/')) {
      const d = this.fdFile(dirfd);
      path = `${d.path}/${path}`;
    }
    const host = this.sandbox.hostPath(path);
    if (host === null) throw new SysError(E.EACCES);
    return host;
  }

  private hostErr(e: unknown): SysError {
    const code = (e as NodeJS.ErrnoException).code ?? '';
    const map: Record<string, number> = { ENOENT: E.ENOENT, EACCES: E.EACCES, EEXIST: E.EEXIST, ENOTDIR: E.ENOTDIR, EISDIR: E.EISDIR, ENOTEMPTY: E.ENOTEMPTY, EPERM: E.EPERM };
    return new SysError(map[code] ?? E.EIO);
  }

  private open(dirfd: number, path: string, flags: number, mode: number): bigint {
    const host = this.resolve(dirfd, path);
    let hostFlags = flags & O.ACCMODE;
    if (flags & O.CREAT) hostFlags |= fs.constants.O_CREAT;
    if (flags & O.TRUNC) hostFlags |= fs.constants.O_TRUNC;
    if (flags & O.EXCL) hostFlags |= fs.constants.O_EXCL;
    if (flags & O.APPEND) hostFlags |= fs.constants.O_APPEND;
    let fdHost: number;
    let dir = false;
    try {
      const st = fs.existsSync(host) ? fs.statSync(host) : null;
      if (st?.isDirectory()) {
        if ((flags & O.ACCMODE) !== O.RDONLY) throw new SysError(E.EISDIR);
        dir = true;
        fdHost = fs.openSync(host, 'r');
      } else {
        if (flags & O.DIRECTORY) throw new SysError(st === null ? E.ENOENT : E.ENOTDIR);
        fdHost = fs.openSync(host, hostFlags, mode & 0o777);
      }
    } catch (e) {
      if (e instanceof SysError) throw e;
      throw this.hostErr(e);
    }
    let fd = 3;
    while (this.fds.has(fd)) fd++;
    const pos = flags & O.APPEND ? fs.fstatSync(fdHost).size : 0;
    this.fds.set(fd, { host: fdHost, path: path.startsWith('/') ? path : `${this.sandbox.cwd}/${path}`, dir, dirPos: 0, pos });
    return BigInt(fd);
  }

  /** Runs a host file operation, turning host errors into guest errno values. */
  private host<T>(f: () => T): T {
    try {
      return f();
    } catch (e) {
      if (e instanceof SysError) throw e;
      throw this.hostErr(e);
    }
  }

  private unlink(path: string): bigint {
    this.host(() => fs.unlinkSync(this.resolve(AT_FDCWD, path)));
    return 0n;
  }

  private mkdir(path: string): bigint {
    this.host(() => fs.mkdirSync(this.resolve(AT_FDCWD, path)));
    return 0n;
  }

  private readlink(path: string, buf: bigint, size: number): bigint {
    let target: string;
    if (path === '/proc/curproc/file') target = this.proc.opts.argv[0] ?? '';
    else target = this.host(() => fs.readlinkSync(this.resolve(AT_FDCWD, path)));
    const b = Buffer.from(target).subarray(0, size);
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

  private mmap(addr: bigint, len: number, flags: number, fd: number, off: bigint): bigint {
    if (len <= 0) throw new SysError(E.EINVAL);
    const MAP_FIXED = 0x10;
    const MAP_ANON = 0x1000;
    const size = Math.ceil(len / PAGE_SIZE) * PAGE_SIZE;
    let at: number;
    if (flags & MAP_FIXED) at = Number(addr);
    else {
      at = this.proc.mmapNext;
      this.proc.mmapNext += size + PAGE_SIZE; // a guard page between mappings
    }
    this.proc.bus.mem.map(at, size);
    this.proc.bus.mem.writeBytes(at, new Uint8Array(size));
    if (!(flags & MAP_ANON)) {
      const f = this.fdFile(fd);
      if (typeof f.host !== 'number') throw new SysError(E.EBADF);
      const b = Buffer.alloc(len);
      const n = fs.readSync(f.host, b, 0, len, Number(off));
      this.proc.bus.mem.writeBytes(at, b.subarray(0, n));
    }
    return BigInt(at);
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

  private fstat(f: OpenFile, buf: bigint): bigint {
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

  private fstatPath(dirfd: number, path: string, buf: bigint, flag: number): bigint {
    const st = this.host(() => {
      const host = this.resolve(dirfd, path);
      return flag & AT_SYMLINK_NOFOLLOW ? fs.lstatSync(host) : fs.statSync(host);
    });
    this.store(buf, this.statBytes(st));
    return 0n;
  }

  private getdirentries(fd: number, buf: bigint, count: number, basep: bigint): bigint {
    const f = this.fdFile(fd);
    if (!f.dir) throw new SysError(E.EINVAL);
    const host = this.sandbox.hostPath(f.path);
    if (host === null) throw new SysError(E.EACCES);
    const names = ['.', '..', ...fs.readdirSync(host).sort()];
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
    if (basep !== 0n) this.putU64s(basep, [BigInt(f.dirPos)]);
    return BigInt(used);
  }

  private sysctl(a: bigint[]): bigint {
    const namelen = Number(a[1]!);
    if (namelen < 1 || namelen > 24) throw new SysError(E.EINVAL);
    const mib: number[] = [];
    const raw = this.bytes(a[0]!, namelen * 4);
    for (let k = 0; k < namelen; k++) mib.push(Buffer.from(raw).readInt32LE(k * 4));
    const key = mib.join('.');
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
      case '6.11': value = str('aarch64'); break; // hw.machine_arch (hybrid)
      default: throw new SysError(E.ENOENT);
    }
    if (a[2] !== 0n && a[3] !== 0n) {
      const avail = Number(this.u64(a[3]!));
      if (avail < value.length) throw new SysError(E.ENOMEM);
      this.store(a[2]!, value);
    }
    if (a[3] !== 0n) this.putU64s(a[3]!, [BigInt(value.length)]);
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
