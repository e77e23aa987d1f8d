// Oracle: the same C programs compiled for the host against its libc and run natively
// (fixtures/hybrid/NAME.expected / .status, made by tools/build-hybrid-fixtures.sh). Each AArch64
// build (-O0 and -O2, clang-19/lld-19, FreeBSD target) must produce exactly that output and status.
import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { loadElfFile } from '../src/elf/reader.js';
import { GuestProcess } from '../src/os/cheribsd/process.js';

const DIR = join(import.meta.dirname, '..', 'fixtures', 'hybrid');
const elfs = readdirSync(DIR).filter((f) => f.endsWith('.elf')).sort();

describe('hybrid fixtures match their native builds', () => {
  it('has at least 13 programs at two optimisation levels', () => expect(elfs.length).toBeGreaterThanOrEqual(26));
  it.each(elfs)('%s', (elf) => {
    const name = elf.replace(/-O[02]\.elf$/, '');
    const argsFile = join(DIR, `${name}.args`);
    const args = existsSync(argsFile) ? readFileSync(argsFile, 'utf8').trim().split(/\s+/) : [];
    const root = mkdtempSync(join(tmpdir(), 'msim-fixture-'));
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    try {
      const proc = new GuestProcess(loadElfFile(join(DIR, elf)), {
        argv: [`./${name}`, ...args], env: [], root, stdout: (b) => out.push(Buffer.from(b)), stderr: (b) => err.push(Buffer.from(b)),
      });
      const r = proc.run(50_000_000);
      expect(Buffer.concat(out).toString()).toBe(readFileSync(join(DIR, `${name}.expected`), 'utf8'));
      expect(r.status).toBe(Number(readFileSync(join(DIR, `${name}.status`), 'utf8')));
      expect(Buffer.concat(err).toString()).toBe('');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }, 120_000);
});

describe('process robustness', () => {
  it('a syscall given a pointer outside the address space returns EFAULT, not a host fault', async () => {
    // write(1, 0x10, 4) from the args fixture's address space: 0x10 is unmapped.
    const proc = new GuestProcess(loadElfFile(join(DIR, 'args-O2.elf')), { argv: ['a'], env: [], stdout: () => {}, stderr: () => {} });
    const cpu = proc.cpu;
    cpu.setX(8, 4n);
    cpu.setX(0, 1n);
    cpu.setX(1, 0x10n);
    cpu.setX(2, 4n);
    proc.shim.syscall(cpu);
    expect(cpu.c).toBe(1);
    expect(cpu.x(0)).toBe(14n); // EFAULT
  });
  it('guest paths cannot escape the sandbox root', async () => {
    const { Sandbox } = await import('../src/os/cheribsd/sandbox.js');
    const root = mkdtempSync(join(tmpdir(), 'msim-sandbox-'));
    const sb = new Sandbox(root);
    expect(sb.hostPath('/../../etc/passwd')).toBe(join(sb.root, 'etc', 'passwd'));
    expect(sb.hostPath('a/../../b')).toBe(join(sb.root, 'b'));
    rmSync(root, { recursive: true, force: true });
  });
});
