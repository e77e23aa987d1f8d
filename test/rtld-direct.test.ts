// The real CheriBSD run-time linker run directly (issue 14 part 1): a purecap ET_DYN image with no
// PT_INTERP, started as CheriBSD's kernel starts it (docs/cheribsd-dynamic-facts.md §1.3, §1.5, §2, §3):
// loaded at pie_base 0x100000 (kern.elf64c.pie_base; CheriABI has no SV_ASLR), PCC bounded to the image
// with USER_CODE perms, C0 = the auxv capability (AT_COUNT 37 × 32 bytes), AT_BASE = an RWX capability
// over the image at the load base, AT_PHDR = load base + PT_PHDR vaddr (data + SW_VMEM, the whole image),
// AT_ENTRY = load base + e_entry (code perms). `ld-elf.so.1 -v` then prints the nine lines of §7.2
// (no hints file in the sandbox: "Hints lib path (null)"), `-h` the usage. Skipped without ../shared.
import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadElfFile, classifyElf, PT_LOAD, PT_PHDR, PT_INTERP } from '../src/elf/reader.js';
import { GuestProcess } from '../src/os/cheribsd/process.js';
import { capGetBounds } from '../src/cap/bounds.js';
import { capGetPerms, type Capability } from '../src/cap/format.js';
import { auxvEntries } from './helpers/auxv.js';

const ROOT = join(import.meta.dirname, '..');
const CLI = join(ROOT, 'dist', 'src', 'cli', 'main.cjs');
const RTLD = join(ROOT, '..', 'shared', 'real-binaries', 'rtld', 'ld-elf-subobj.so.1');
const have = existsSync(RTLD);
const quiet = { stdout: (): void => {}, stderr: (): void => {} };

const PIE_BASE = 0x100000n;
const USER_CODE = 0x2c177;
const USER_DATA = 0x37175;
const SW_VMEM = 0x8;

const BANNER = [
  'FreeBSD ld-elf.so.1 arm64',
  'FreeBSD_version 1500019',
  'Default lib path /lib:/usr/lib',
  'Hints lib path (null)',
  'Env prefix LD_',
  'Default hint file /var/run/ld-elf.so.hints',
  'Hint file /var/run/ld-elf.so.hints',
  'libmap file /etc/libmap.conf',
  'Optional static TLS size 128 bytes',
].map((l) => l + '\n').join('');

describe.skipIf(!have)('the real run-time linker run directly', () => {
  it('ET_DYN start state: load base, PCC, C0 and the auxv capabilities', () => {
    const img = loadElfFile(RTLD);
    expect(classifyElf(img)).toBe('purecap');
    expect(img.type).toBe(3); // ET_DYN
    expect(img.segments.some((s) => s.type === PT_INTERP)).toBe(false);
    const loads = img.segments.filter((s) => s.type === PT_LOAD);
    expect(loads[0]!.vaddr).toBe(0);
    const top = BigInt(Math.max(...loads.map((s) => s.vaddr + s.memsz)));
    const ptPhdr = img.segments.find((s) => s.type === PT_PHDR)!;
    const proc = new GuestProcess(img, { argv: ['ld-elf.so.1', '-v'], env: [], ...quiet });
    const cpu = proc.cpu;
    // The segments are at the load base: the ELF header's first bytes at 0x100000.
    expect(proc.bus.mem.read32(Number(PIE_BASE))).toBe(0x464c457f);
    // PCC: [start_addr, end_addr) of the image, USER_CODE, C64, address = entry.
    expect(cpu.c64).toBe(true);
    expect(cpu.pcc.value).toBe(PIE_BASE + BigInt(img.entry & ~1));
    expect(capGetPerms(cpu.pcc)).toBe(USER_CODE);
    const pb = capGetBounds(cpu.pcc);
    expect(pb.base).toBe(PIE_BASE);
    expect(pb.limit >= PIE_BASE + top).toBe(true);
    expect(pb.limit - PIE_BASE < top + 0x1000n).toBe(true);
    expect(cpu.ddc[0]!.tag).toBe(false);
    // C0: the auxv, AT_COUNT entries of 32 bytes.
    const auxv = cpu.getC(0);
    expect(auxv.tag).toBe(true);
    expect(capGetBounds(auxv).limit - capGetBounds(auxv).base).toBe(37n * 32n);
    const entries = auxvEntries(proc);
    // AT_BASE (7): prog_cap(DATA | CODE): RWX over the image, address = the load base.
    const base = entries.get(7)!;
    expect(base.tag).toBe(true);
    expect(base.value).toBe(PIE_BASE);
    expect(capGetPerms(base)).toBe(USER_DATA | USER_CODE);
    expect(capGetBounds(base).base).toBe(PIE_BASE);
    expect(capGetBounds(base).limit >= PIE_BASE + top).toBe(true);
    // AT_PHDR (3): address = load base + PT_PHDR vaddr (rtld's direct-exec test), data + SW_VMEM,
    // bounds the whole image from the load base and no larger than its representable length.
    const phdr = entries.get(3)!;
    expect(phdr.value).toBe(PIE_BASE + BigInt(ptPhdr.vaddr));
    expect(capGetPerms(phdr)).toBe(USER_DATA | SW_VMEM);
    expect(capGetBounds(phdr).base).toBe(PIE_BASE);
    expect(capGetBounds(phdr).limit - PIE_BASE < top + 0x1000n).toBe(true);
    // AT_ENTRY (9): load base + e_entry (bit 0: C64), code perms over the image.
    const entry = entries.get(9)!;
    expect(entry.value).toBe(PIE_BASE + BigInt(img.entry));
    expect(capGetPerms(entry)).toBe(USER_CODE);
    expect(entries.get(5)!.value).toBe(BigInt(img.phnum)); // AT_PHNUM
    expect(entries.get(24)!.value).toBe(0x10000n); // AT_EHDRFLAGS: EF_AARCH64_CHERI_PURECAP
    expect(entries.get(28)!.value).toBe(2n); // AT_ARGC
  });

  // rtld run on a real program (direct exec, §7.1 and §4a.2 step 11): it opens the program (SYS_open),
  // maps it and its NEEDED libraries found beside it with map_object (a PROT_NONE, PROT_MAX(RWX and
  // capability) MAP_GUARD reservation, then MAP_FIXED | MAP_CHERI_NOSETBOUNDS segments into it), and
  // stops where CheriBSD's rtld stops without a libc: rtld_die's line, status 1.
  const DEMO = join(ROOT, '..', 'shared', 'real-binaries', 'CTSRD-CHERI-cheri-demos', 'head', '20241009-darpa-cpm', 'password-checker-final');
  it.skipIf(!existsSync(join(DEMO, 'main')))('run on a program: maps it and its libraries, then "libc.so.7 not found", status 1', () => {
    for (const engine of ['default', 'interp']) {
      const env = engine === 'interp' ? { ...process.env, MORELLO_SIM_ENGINE: 'interp' } : process.env;
      const r = spawnSync(process.execPath, [CLI, 'run', '--root', DEMO, RTLD, '/main', 'user123'], { encoding: 'utf8', env });
      expect(r.stdout, engine).toBe('');
      expect(r.stderr, engine).toBe('ld-elf.so.1: Shared object "libc.so.7" not found, required by "main"\n');
      expect(r.status, engine).toBe(1);
    }
  });

  for (const engine of ['default', 'interp'] as const) {
    const env = engine === 'interp' ? { ...process.env, MORELLO_SIM_ENGINE: 'interp' } : process.env;
    it(`-v prints CheriBSD's banner, status 0 (${engine} engine)`, () => {
      const r = spawnSync(process.execPath, [CLI, 'run', RTLD, '-v'], { encoding: 'utf8', env }); // the guest's -v, as qemu-user passes it
      expect(r.stderr).toBe('');
      expect(r.stdout).toBe(BANNER);
      expect(r.status).toBe(0);
    });
    it(`-h prints the usage, status 0; no argument: "No binary", status 1 (${engine} engine)`, () => {
      const h = spawnSync(process.execPath, [CLI, 'run', RTLD, '-h'], { encoding: 'utf8', env });
      expect(h.status).toBe(0);
      const lines = h.stdout.split('\n');
      expect(lines[0]).toBe(`Usage: ${RTLD} [-h] [-b <exe>] [-d] [-f <FD>] [-p] [--] <binary> [<args>]`);
      expect(lines[1]).toBe('');
      expect(lines[2]).toBe('Options:');
      expect(lines.length).toBe(16); // 15 lines and the final newline
      const n = spawnSync(process.execPath, [CLI, 'run', RTLD], { encoding: 'utf8', env });
      expect(n.stdout).toBe('');
      expect(n.stderr).toBe('ld-elf.so.1: No binary\n');
      expect(n.status).toBe(1);
    });
  }
});
