// Oracles: CheriBSD's CheriABI start state and syscall rules (hand-computed from the kernel sources
// summarised in shared/reference/cheribsd-abi-facts.md), the purecap fixtures' specified outputs,
// and the assembler's own invariant (a word it emits must disassemble to the line it was given).
import { describe, it, expect } from 'vitest';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { loadElfFile, classifyElf } from '../src/elf/reader.js';
import { GuestProcess } from '../src/os/cheribsd/process.js';
import { capGetBounds } from '../src/cap/bounds.js';
import { capGetPerms, capGetObjectType, capIsSealed, capWithValue, capWithTag, capWithObjectType, type Capability } from '../src/cap/format.js';
import { capSetBounds } from '../src/cap/bounds.js';
import { INSNS } from '../src/isa/table.js';
import { decode } from '../src/isa/decoder.js';
import { formatInsn } from '../src/isa/syntax.js';
import { encodeLine, canonLine } from '../tools/asm/encode-line.js';
import { isUndefinedInstruction } from '../src/exec/probe.js';
import { auxvEntries } from './helpers/auxv.js';

const DIR = join(import.meta.dirname, '..', 'fixtures', 'purecap');
const CLI = join(import.meta.dirname, '..', 'dist', 'src', 'cli', 'main.cjs');
const quiet = { stdout: (): void => {}, stderr: (): void => {} };

function start(name: string, argv = ['./prog'], env: string[] = []): GuestProcess {
  return new GuestProcess(loadElfFile(join(DIR, name)), { argv, env, ...quiet });
}

describe('CheriABI process start (CheriBSD exec_setregs / copyout_auxargs)', () => {
  it('registers, PCC, CSP and the auxiliary vector', () => {
    const img = loadElfFile(join(DIR, 'hello.elf'));
    expect(classifyElf(img)).toBe('purecap');
    expect(img.entry & 1).toBe(1); // C64 entry point
    const proc = start('hello.elf', ['./hello', 'x'], ['A=1']);
    const cpu = proc.cpu;
    expect(cpu.c64).toBe(true);
    expect(cpu.pcc.value).toBe(BigInt(img.entry) & ~1n);
    expect(capGetPerms(cpu.pcc)).toBe(0x2c177);
    const pb = capGetBounds(cpu.pcc);
    expect(pb.base).toBe(0x200000n); // the whole image, text to bss
    expect(pb.limit >= 0x211000n).toBe(true);
    expect(cpu.ddc[0]!.tag).toBe(false);
    const clr = cpu.getC(30);
    expect(capGetObjectType(clr)).toBe(1n); // a sentry
    const csp = cpu.getC(31);
    expect(capGetPerms(csp)).toBe(0x37175);
    expect(csp.value).toBe(capGetBounds(csp).limit); // cursor at the top of the stack
    for (const r of [1, 2, 3, 29]) expect(cpu.getC(r).tag).toBe(false);
    const auxv = cpu.getC(0);
    expect(capGetBounds(auxv).limit - capGetBounds(auxv).base).toBe(37n * 32n);
    const entries = auxvEntries(proc);
    expect(entries.get(28)!.value).toBe(2n); // AT_ARGC
    expect(entries.get(30)!.value).toBe(1n); // AT_ENVC
    const argv = entries.get(29)!; // AT_ARGV: (argc + 1) capability slots
    expect(argv.tag).toBe(true);
    expect(capGetBounds(argv).limit - capGetBounds(argv).base).toBe(3n * 16n);
    const arg1 = cpu.readCapMem(argv.value + 16n);
    expect(arg1.tag).toBe(true);
    expect(capGetBounds(arg1).limit - capGetBounds(arg1).base).toBe(2n); // "x\0"
    expect(entries.get(31)!.tag).toBe(true); // AT_ENVV
    const phdr = entries.get(3)!; // AT_PHDR: data capability over the whole image, with SW_VMEM
    expect(capGetPerms(phdr)).toBe(0x3717d);
    expect(capGetBounds(phdr).base).toBe(0x200000n);
    expect(capGetObjectType(entries.get(9)!)).toBe(0n); // AT_ENTRY: an unsealed code capability
    expect(entries.get(9)!.value).toBe(BigInt(img.entry));
    expect(entries.get(6)!.tag).toBe(false); // AT_PAGESZ: an integer
  });
});

describe('purecap fixtures and the exploit demo', () => {
  it('the hybrid build of the exploit prints HACK!!; the purecap build dies with SIGPROT', () => {
    const hy = spawnSync(process.execPath, [CLI, 'run', join(DIR, 'exploit-hybrid.elf')], { encoding: 'utf8' });
    expect(hy.stdout).toBe('HACK!!\n');
    expect(hy.status).toBe(0);
    const pc = spawnSync(process.execPath, [CLI, 'run', '-v', join(DIR, 'exploit.elf')], { encoding: 'utf8' });
    expect(pc.stdout).toBe('');
    expect(pc.status).toBe(162);
    expect(pc.stderr).toContain('In-address space security exception (core dumped)');
    expect(pc.stderr).toMatch(/PROT_CHERI_BOUNDS/);
    expect(pc.stderr).toMatch(/ldrb w1, \[c0\]/); // -v names the instruction…
    expect(pc.stderr).toMatch(/c0 = tagged 0x[0-9a-f]+ \[0x[0-9a-f]+, 0x[0-9a-f]+\) perms Load,/); // …and the capability
  });
});

describe('CheriABI syscall shim: pointer arguments are checked capabilities', () => {
  /** Runs one syscall with C0–C7 as given; returns [carry, x0]. */
  function call(proc: GuestProcess, nr: number, args: (Capability | bigint)[]): [number, bigint] {
    const cpu = proc.cpu;
    cpu.setX(8, BigInt(nr));
    args.forEach((a, i) => {
      if (typeof a === 'bigint') cpu.setXr(i, a);
      else cpu.setC(i, a);
    });
    proc.shim.syscall(cpu);
    return [cpu.c, cpu.x(0)];
  }
  /** A valid capability to 64 bytes of the stack, and bad variants of it. */
  function buffers(proc: GuestProcess): { good: Capability; untagged: Capability; sealed: Capability; short: Capability } {
    const csp = proc.cpu.getC(31);
    const good = capSetBounds(capWithValue(csp, csp.value - 4096n), 64n, true);
    return {
      good,
      untagged: capWithTag(good, false),
      sealed: capWithObjectType(good, 5n),
      short: capSetBounds(good, 1n, true),
    };
  }
  const EFAULT = 14n;
  // Each pointer-taking syscall with the buffer in the pointer position and plausible integers.
  const cases: [string, number, (b: Capability) => (Capability | bigint)[]][] = [
    ['read', 3, (b) => [0n, b, 32n]],
    ['write', 4, (b) => [1n, b, 32n]],
    ['open (path)', 5, (b) => [b, 0n, 0n]],
    ['openat (path)', 499, (b) => [BigInt.asUintN(64, -100n), b, 0n, 0n]],
    ['unlink (path)', 10, (b) => [b]],
    ['mkdir (path)', 136, (b) => [b, 0o755n]],
    ['readlink (buf)', 58, (b) => [b, b, 32n]],
    ['__getcwd', 326, (b) => [b, 32n]],
    ['fstat', 551, (b) => [1n, b]],
    ['fstatat (path)', 552, (b) => [BigInt.asUintN(64, -100n), b, b, 0n]],
    ['clock_gettime', 232, (b) => [0n, b]],
    ['gettimeofday', 116, (b) => [b, 0n]],
    ['getrandom', 563, (b) => [b, 32n, 0n]],
    ['sigaction (act)', 416, (b) => [2n, b, 0n]],
    ['sigprocmask (oset)', 340, (b) => [1n, 0n, b]],
    ['getrlimit', 194, (b) => [3n, b]],
    ['__sysctl (name)', 202, (b) => [b, 2n, 0n, 0n, 0n, 0n]],
    ['writev (iov)', 121, (b) => [1n, b, 2n]],
    ['thr_self', 432, (b) => [b]],
    ['chdir', 12, (b) => [b]],
    ['rename', 128, (b) => [b, b]],
    ['rmdir', 137, (b) => [b]],
    ['__realpathat (path)', 574, (b) => [BigInt.asUintN(64, -100n), b, b, 64n, 0n]],
    ['poll', 209, (b) => [b, 2n, 0n]],
    ['select (readfds)', 93, (b) => [64n, b, 0n, 0n, 0n]],
    ['__sysctlbyname (name)', 570, (b) => [b, 11n, 0n, 0n, 0n, 0n]],
  ];
  for (const [name, nr, args] of cases) {
    it(`${name}: untagged, sealed and too-short capabilities give EFAULT`, () => {
      const proc = start('hello.elf');
      const b = buffers(proc);
      proc.bus.mem.writeBytes(Number(b.good.value), Buffer.from('/no-such-file\0'));
      for (const bad of [b.untagged, b.sealed, b.short]) expect(call(proc, nr, args(bad))).toEqual([1, EFAULT]);
    });
  }

  it('write through a good capability works; one byte past its bounds is EFAULT', () => {
    const out: Buffer[] = [];
    const proc = new GuestProcess(loadElfFile(join(DIR, 'hello.elf')), { argv: ['h'], env: [], stdout: (x) => out.push(Buffer.from(x)), stderr: () => {} });
    const { good } = buffers(proc);
    proc.bus.mem.writeBytes(Number(good.value), Buffer.from('0123456789'));
    expect(call(proc, 4, [1n, good, 10n])).toEqual([0, 10n]);
    expect(call(proc, 4, [1n, capWithValue(good, good.value + 60n), 5n])).toEqual([1, EFAULT]);
    proc.shim.flush();
    expect(Buffer.concat(out).toString()).toBe('0123456789');
  });

  it('the calls a MicroPython unix build makes: chdir/getcwd, rename, rmdir, realpath, select, poll, sysctlbyname', () => {
    const root = mkdtempSync(join(tmpdir(), 'msim-purecap-'));
    mkdirSync(join(root, 'sub'));
    writeFileSync(join(root, 'sub', 'a.txt'), 'x');
    const proc = new GuestProcess(loadElfFile(join(DIR, 'hello.elf')), { argv: ['h'], env: [], root, ...quiet });
    const { good } = buffers(proc);
    const str = (t: string, off = 0n): Capability => {
      proc.bus.mem.writeBytes(Number(good.value + off), Buffer.from(t + '\0'));
      return capSetBounds(capWithValue(good, good.value + off), BigInt(t.length + 1), true);
    };
    const readStr = (c: Capability): string => Buffer.from(proc.bus.mem.readBytes(Number(c.value), 32)).toString().replace(/\0.*$/s, '');
    expect(call(proc, 12, [str('sub')])).toEqual([0, 0n]); // chdir
    const out = capSetBounds(capWithValue(good, good.value + 32n), 32n, true);
    expect(call(proc, 326, [out, 32n])).toEqual([0, 0n]); // __getcwd
    expect(readStr(out)).toBe('/sub');
    expect(call(proc, 128, [str('a.txt'), str('b.txt', 8n)])).toEqual([0, 0n]); // rename
    expect(existsSync(join(root, 'sub', 'b.txt'))).toBe(true);
    expect(call(proc, 574, [BigInt.asUintN(64, -100n), str('b.txt'), out, 32n, 0n])).toEqual([0, 0n]); // __realpathat
    expect(readStr(out)).toBe('/sub/b.txt');
    expect(call(proc, 12, [str('..')])).toEqual([0, 0n]);
    expect(call(proc, 137, [str('sub')])[1]).toBe(66n); // rmdir of a non-empty directory: ENOTEMPTY
    expect(call(proc, 93, [0n, 0n, 0n, 0n, 0n])).toEqual([0, 0n]); // select(0, …): a sleep
    proc.bus.mem.writeBytes(Number(good.value), Buffer.from([1, 0, 0, 0, 1, 0, 0, 0, 9, 0, 0, 0, 1, 0, 0, 0])); // {fd 1, POLLIN}, {fd 9, POLLIN}
    expect(call(proc, 209, [capSetBounds(good, 16n, true), 2n, 0n])).toEqual([0, 2n]); // ready + POLLNVAL
    const len = capSetBounds(capWithValue(good, good.value + 48n), 8n, true);
    proc.bus.mem.writeBytes(Number(len.value), Buffer.from([8, 0, 0, 0, 0, 0, 0, 0]));
    expect(call(proc, 570, [str('hw.pagesize'), 11n, out, len, 0n, 0n])).toEqual([0, 0n]);
    expect(proc.bus.mem.read32(Number(out.value))).toBe(4096);
    rmSync(root, { recursive: true, force: true });
  });

  it('mmap returns a capability bounded to the mapping with the permissions prot allows', () => {
    const proc = start('hello.elf');
    const cpu = proc.cpu;
    const [carry] = call(proc, 477, [0n, 5000n, 3n, 0x1002n, BigInt.asUintN(64, -1n), 0n]);
    expect(carry).toBe(0);
    const c = cpu.getC(0);
    expect(c.tag).toBe(true);
    expect(capIsSealed(c)).toBe(false);
    const b = capGetBounds(c);
    expect(b.limit - b.base).toBe(8192n); // rounded to pages
    expect(b.base).toBe(c.value);
    expect(capGetPerms(c)).toBe(0x3717d); // USER_DATA | SW_VMEM for PROT_READ|PROT_WRITE
    call(proc, 477, [0n, 4096n, 1n, 0x1002n, BigInt.asUintN(64, -1n), 0n]);
    expect(capGetPerms(cpu.getC(0)) & 0x10000).toBe(0); // read-only: no Store
    // munmap with a capability lacking SW_VMEM: EPROT
    const noVmem = capSetBounds(capWithValue(proc.cpu.getC(31), proc.cpu.getC(31).value - 8192n), 4096n, true);
    expect(call(proc, 73, [noVmem, 4096n])).toEqual([1, 98n]);
  });
});

describe('assembler (tools/asm) round trip over the isa/ table', () => {
  it('every executable encoding: assemble(disassemble(w)) gives w, or a word that disassembles identically', () => {
    let seed = 20261125;
    const rnd = (): number => {
      seed ^= seed << 13; seed >>>= 0;
      seed ^= seed >>> 17;
      seed ^= seed << 5; seed >>>= 0;
      return seed;
    };
    let sampled = 0;
    let exact = 0;
    const equivalent: string[] = []; // bits the ASL ignores (e.g. DUP imm5 above the size bit)
    const unsupported: string[] = [];
    const wrong: string[] = [];
    const perRow = Number(process.env.RT_PER_ROW ?? 3);
    for (const d of INSNS) for (let rep = 0; rep < perRow; rep++) {
      let w: number | null = null;
      for (let k = 0; k < 50 && w === null; k++) {
        const c = ((rnd() & ~d.mask) | d.value) >>> 0;
        // A word of this row that the processor executes (not an UNDEFINED field combination)
        if (decode(c) === d && !isUndefinedInstruction(c, d.cls === 'morello')) w = c;
      }
      if (w === null) continue;
      const ctx = { pc: 0x10000, c64: d.cls === 'morello' };
      const text = formatInsn(d, w, ctx);
      sampled++;
      let w2: number;
      try {
        w2 = encodeLine(text, ctx);
      } catch (e) {
        unsupported.push(`${text}: ${String(e)}`);
        continue;
      }
      if (w2 === w) exact++;
      else if (canonLine(formatInsn(decode(w2)!, w2, ctx)) === canonLine(text)) {
        equivalent.push(`${text}: ${w.toString(16)} → ${w2.toString(16)}`);
      }
      else wrong.push(`${text}: ${w.toString(16)} → ${w2.toString(16)}`);
    }
    console.log(`assembler round trip: ${sampled} encodings sampled, ${exact} exact, ${equivalent.length} text-equivalent ` +
      `(bits the disassembly does not show):\n  ${equivalent.join('\n  ')}`);
    expect(wrong).toEqual([]);
    expect(unsupported).toEqual([]);
    expect(exact / sampled).toBeGreaterThanOrEqual(0.99);
  }, 120_000);
});
