// Oracle: the Arm ARM / Sail register definitions and FreeBSD's EL0 ID-register emulation
// (hand-computed values). A hybrid process runs a short sequence of system-register accesses and
// DC ZVA at its entry point (words checked against binutils objdump when written).
import { describe, it, expect } from 'vitest';
import { join } from 'node:path';
import { loadElfFile } from '../src/elf/reader.js';
import { GuestProcess } from '../src/os/cheribsd/process.js';

const DIR = join(import.meta.dirname, '..', 'fixtures', 'hybrid');

describe('user-level system registers in a hybrid process', () => {
  it('MRS/MSR of EL0 registers, FreeBSD-emulated ID registers, DC ZVA and DC CVAP', () => {
    const proc = new GuestProcess(loadElfFile(join(DIR, 'args-O2.elf')), { argv: ['a'], env: [], stdout: () => {}, stderr: () => {} });
    const cpu = proc.cpu;
    const entry = Number(cpu.pcc.value);
    const words = [
      0xd5380000, // mrs x0, midr_el1            (emulated by the kernel)
      0xd5380601, // mrs x1, id_aa64isar0_el1    (emulated)
      0xd53b00e2, // mrs x2, dczid_el0
      0xd51bd043, // msr tpidr_el0, x3
      0xd53bd044, // mrs x4, tpidr_el0
      0xd50b7425, // dc zva, x5
      0xd53be006, // mrs x6, cntfrq_el0
      0xd50b7c25, // dc cvap, x5
      0xd5380707, // mrs x7, id_aa64mmfr0_el1    (emulated, not exposed: 0)
      0xd53be048, // mrs x8, cntvct_el0
    ];
    words.forEach((w, i) => proc.bus.mem.write32(entry + 4 * i, w));
    // A 64-byte-aligned block on the stack, filled with ones; DC ZVA with an address inside it.
    const below = Number(cpu.x(0)) - 4096; // below argc, on the stack
    const block = below - (below % 64);
    for (let i = 0; i < 128; i++) proc.bus.mem.write8(block - 32 + i, 0xff);
    cpu.setX(3, 0x1122334455667788n);
    cpu.setX(5, BigInt(block + 24));
    for (let i = 0; i < words.length; i++) cpu.step();
    expect(Number(cpu.pcc.value)).toBe(entry + 4 * words.length);
    expect(cpu.x(0)).toBe(0x410fd0c0n);
    expect(cpu.x(1)).toBe(0x100010211120n); // AES=2 SHA1=1 SHA2=1 CRC32=1 Atomic=2 RDM=1 DP=1
    expect(cpu.x(2)).toBe(4n); // DZP=0, BS=4: 2^4 words = 64 bytes
    expect(cpu.x(4)).toBe(0x1122334455667788n);
    expect(cpu.x(6) > 0n).toBe(true);
    expect(cpu.x(7)).toBe(0n);
    expect(cpu.x(8) > 0n).toBe(true);
    const bytes = Array.from({ length: 128 }, (_, i) => proc.bus.mem.read8(block - 32 + i));
    expect(bytes.slice(0, 32).every((b) => b === 0xff)).toBe(true);
    expect(bytes.slice(32, 96).every((b) => b === 0)).toBe(true); // exactly the aligned 64-byte block
    expect(bytes.slice(96).every((b) => b === 0xff)).toBe(true);
  });

  it('an MRS of a register outside the emulated ID space is SIGILL', () => {
    const err: string[] = [];
    const proc = new GuestProcess(loadElfFile(join(DIR, 'args-O2.elf')), { argv: ['a'], env: [], stdout: () => {}, stderr: (b) => err.push(Buffer.from(b).toString()) });
    proc.bus.mem.write32(Number(proc.cpu.pcc.value), 0xd5381000); // mrs x0, sctlr_el1
    const r = proc.run(10);
    expect(r.status).toBe(128 + 4);
    expect(err.join('')).toContain('Illegal instruction');
  });
});
