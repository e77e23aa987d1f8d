// Scripts for the system-call driver fixtures (fixtures/purecap/src/sysdrv.s, sysdrv-hybrid.s):
// each record names a system call and its arguments, integers or pointers into the driver's 64 KiB
// buffer (in the purecap driver, capabilities bounded to it); the driver prints every call's x0
// and carry flag. Lets a test make any sequence of system calls from a real guest of either ABI.
import { join } from 'node:path';
import { loadElfFile } from '../../src/elf/reader.js';
import { GuestProcess } from '../../src/os/cheribsd/process.js';

export const SYSDRV = {
  purecap: join(import.meta.dirname, '..', '..', 'fixtures', 'purecap', 'sysdrv.elf'),
  hybrid: join(import.meta.dirname, '..', '..', 'fixtures', 'purecap', 'sysdrv-hybrid.elf'),
} as const;
export type Abi = keyof typeof SYSDRV;

/** A pointer argument: an offset into the driver's buffer. */
export interface Ptr {
  readonly ptr: number;
}
export type Arg = number | bigint | Ptr;

const RECORDS_END = 0x4000; // 256 records at most; data lives above
const DUMP = 0x10000;

export interface CallResult {
  /** x0 as a signed number; with err, the errno. */
  readonly ret: bigint;
  readonly err: boolean;
}

export class Script {
  private readonly recs: Buffer[] = [];
  private data: Buffer[] = [];
  private dataLen = 0;
  /** What the driver prints, in order: a call's 16-byte result or a dump of n bytes. */
  readonly shape: ({ kind: 'call' } | { kind: 'dump'; len: number })[] = [];

  /** A NUL-terminated string in the buffer. */
  str(s: string): Ptr {
    return this.bytes(Buffer.from(s + '\0'));
  }

  bytes(b: Uint8Array): Ptr {
    const at = RECORDS_END + this.dataLen;
    const pad = (16 - (b.length % 16)) % 16; // keep every object 16-byte aligned
    this.data.push(Buffer.from(b), Buffer.alloc(pad));
    this.dataLen += b.length + pad;
    if (at + b.length > 65536) throw new Error('sysdrv script: buffer full');
    return { ptr: at };
  }

  space(n: number): Ptr {
    return this.bytes(new Uint8Array(n));
  }

  call(num: number, ...args: Arg[]): this {
    this.record(num, args);
    this.shape.push({ kind: 'call' });
    return this;
  }

  /** Prints buffer bytes [p, p + len) (e.g. what a call wrote there). */
  dump(p: Ptr, len: number): this {
    this.record(DUMP, [p, len]);
    this.shape.push({ kind: 'dump', len });
    return this;
  }

  private record(num: number, args: Arg[]): void {
    if (this.recs.length >= RECORDS_END / 64 - 1) throw new Error('sysdrv script: too many records');
    const r = Buffer.alloc(64);
    r.writeBigUInt64LE(BigInt(num), 0);
    let kinds = 0n;
    args.forEach((a, i) => {
      const isPtr = typeof a === 'object';
      if (isPtr) kinds |= 1n << BigInt(4 * i);
      r.writeBigUInt64LE(BigInt.asUintN(64, isPtr ? BigInt(a.ptr) : BigInt(a)), 16 + 8 * i);
    });
    r.writeBigUInt64LE(kinds, 8);
    this.recs.push(r);
  }

  /** The script as the driver reads it: records, an end record, then the data area. */
  image(): Buffer {
    const recs = Buffer.concat([...this.recs, Buffer.alloc(64)]);
    return Buffer.concat([recs, Buffer.alloc(RECORDS_END - recs.length), ...this.data]);
  }
}

export interface DriverRun {
  readonly calls: CallResult[];
  readonly dumps: Buffer[];
  readonly status: number;
  readonly stderr: string;
}

/** Runs a script in the driver of `abi` with `root` as the sandbox. */
export function runScript(abi: Abi, script: Script, root: string): DriverRun {
  let input = script.image();
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  const proc = new GuestProcess(loadElfFile(SYSDRV[abi]), {
    argv: ['sysdrv'], env: [], root,
    stdin: (n) => {
      const b = input.subarray(0, n);
      input = input.subarray(b.length);
      return b;
    },
    stdout: (b) => out.push(Buffer.from(b)), stderr: (b) => err.push(Buffer.from(b)),
  });
  const status = proc.run(50_000_000).status;
  const o = Buffer.concat(out);
  const calls: CallResult[] = [];
  const dumps: Buffer[] = [];
  let at = 0;
  for (const s of script.shape) {
    if (at >= o.length) break;
    if (s.kind === 'call') {
      calls.push({ ret: o.readBigInt64LE(at), err: o.readBigUInt64LE(at + 8) !== 0n });
      at += 16;
    } else {
      dumps.push(o.subarray(at, at + s.len));
      at += s.len;
    }
  }
  return { calls, dumps, status, stderr: Buffer.concat(err).toString() };
}

/** FreeBSD system-call numbers the tests use (sys/kern/syscalls.master). */
export const NR = {
  read: 3, write: 4, open: 5, close: 6, link: 9, unlink: 10, chdir: 12, fchdir: 13, access: 33, symlink: 57, readlink: 58,
  rename: 128, mkdir: 136, rmdir: 137, getcwd: 326, faccessat: 489, linkat: 495, mkdirat: 496, openat: 499, readlinkat: 500,
  renameat: 501, symlinkat: 502, unlinkat: 503, fstatat: 552, realpathat: 574, mmap: 477, mprotect: 74, munmap: 73,
} as const;

/** FreeBSD open flags and errnos (sys/sys/fcntl.h, sys/sys/errno.h). */
export const O = { RDONLY: 0, WRONLY: 1, RDWR: 2, NOFOLLOW: 0x100, CREAT: 0x200, TRUNC: 0x400, EXCL: 0x800, DIRECTORY: 0x20000 } as const;
export const ERRNO = {
  EPERM: 1, ENOENT: 2, EBADF: 9, EFAULT: 14, EBUSY: 16, EEXIST: 17, ENOTDIR: 20, EISDIR: 21, EINVAL: 22, EMLINK: 31, ELOOP: 62,
  ENAMETOOLONG: 63, ENOTEMPTY: 66,
} as const;
export const AT_FDCWD = -100;
