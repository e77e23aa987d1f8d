// ELF reader: real images parse; truncated or corrupted ones give an ElfError naming the file, never
// a host exception. Oracle for the good image: what the compiler and linker wrote (checked with
// binutils' readelf conventions: ELF64, EM_AARCH64, FreeBSD OSABI).
import { describe, it, expect } from 'vitest';
import { rng } from './helpers/rng.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseElf, loadElfFile, ElfError, classifyElf, functionSymbols, PT_LOAD, EM_AARCH64 } from '../src/elf/reader.js';
import { generatedTestsDir } from '../src/machine/generated-tests.js';

const HELLO = join(import.meta.dirname, '..', 'fixtures', 'hybrid', 'hello-O2.elf');


describe('ELF reader', () => {
  it('reads a clang-19/lld-19 static FreeBSD AArch64 executable', () => {
    const img = loadElfFile(HELLO);
    expect(img.machine).toBe(EM_AARCH64);
    expect(classifyElf(img)).toBe('hybrid');
    expect(img.segments.some((s) => s.type === PT_LOAD)).toBe(true);
    const names = functionSymbols(img).map((s) => s.name);
    expect(names).toContain('main');
    expect(names).toContain('_start');
    const start = img.symbols.find((s) => s.name === '_start')!;
    expect(start.value).toBe(img.entry);
  });

  it.skipIf(generatedTestsDir() === null)('reads a gzipped Sail-generated test as a bare-metal image with its trickbox symbol', () => {
    const img = loadElfFile(join(generatedTestsDir()!, '2020-10-01-test1', 'test1.elf.gz'));
    expect(classifyElf(img)).toBe('baremetal');
    expect(img.symbols.find((s) => s.name === 'trickbox')?.value).toBe(0x13000000);
  });

  it('rejects missing, empty, non-ELF and wrong-machine files with a clear message', () => {
    expect(() => loadElfFile('/nonexistent/x.elf')).toThrow(/x\.elf: no such file/);
    expect(() => parseElf('e.elf', new Uint8Array(0))).toThrow(/e\.elf: not an ELF file/);
    expect(() => parseElf('t.txt', new TextEncoder().encode('#!/bin/sh\necho this is long enough to be a header but is not an ELF file at all\n'))).toThrow(/bad magic/);
    const good = new Uint8Array(readFileSync(HELLO));
    const x86 = good.slice();
    x86[18] = 62;
    expect(() => parseElf('x86.elf', x86)).toThrow(/not an AArch64 ELF/);
  });

  it('rejects every truncation with an ElfError (or parses a still-valid prefix), never a host exception', () => {
    const good = new Uint8Array(readFileSync(HELLO));
    for (let len = 0; len < good.length; len += 7) {
      try {
        parseElf('trunc.elf', good.subarray(0, len));
      } catch (e) {
        expect(e, `length ${len}`).toBeInstanceOf(ElfError);
      }
    }
  });

  it('survives 3,000 randomly corrupted images (byte flips in headers and tables)', () => {
    const good = new Uint8Array(readFileSync(HELLO));
    const next = rng(1234);
    let rejected = 0;
    for (let i = 0; i < 3000; i++) {
      const b = good.slice();
      const flips = 1 + (next() % 8);
      for (let k = 0; k < flips; k++) {
        // Bias towards the ELF header and the program/section header tables.
        const region = next() % 3;
        const pos = region === 0 ? next() % 64 : region === 1 ? 64 + (next() % 512) : next() % b.length;
        b[pos] = next() & 0xff;
      }
      try {
        parseElf('fuzz.elf', b);
      } catch (e) {
        expect(e).toBeInstanceOf(ElfError);
        rejected++;
      }
    }
    console.log(`ELF fuzz: ${rejected} of 3000 corrupted images rejected with ElfError, the rest parsed`);
  });
});
