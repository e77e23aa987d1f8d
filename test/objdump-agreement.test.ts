// Oracle: GNU binutils objdump (Debian binutils-aarch64-linux-gnu). Our mnemonic, including the
// preferred alias, must agree on every word of the hybrid fixtures. The only spelling difference
// allowed is the condition codes hs/lo (LLVM, ours) for cs/cc (GNU).
import { describe, it, expect } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { decode } from '../src/isa/decoder.js';
import { mnemonicOf } from '../src/isa/syntax.js';

const OBJDUMP = 'aarch64-linux-gnu-objdump';
const haveObjdump = (() => {
  try {
    execFileSync(OBJDUMP, ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'hybrid');
const GNU_SPELLING: Record<string, string> = { 'b.cs': 'b.hs', 'b.cc': 'b.lo' };

describe.skipIf(!haveObjdump)('mnemonics agree with binutils objdump on the hybrid fixtures', () => {
  const elfs = readdirSync(FIXTURES).filter((f) => f.endsWith('.elf')).sort();
  it('has fixtures', () => expect(elfs.length).toBeGreaterThan(0));
  it.each(elfs)('%s', (elf) => {
    const out = execFileSync(OBJDUMP, ['-d', join(FIXTURES, elf)], { encoding: 'utf8' });
    let words = 0;
    const bad: string[] = [];
    for (const line of out.split('\n')) {
      const m = /^\s*([0-9a-f]+):\s+([0-9a-f]{8})\s+(\S+)/.exec(line);
      if (!m) continue;
      words++;
      const w = parseInt(m[2]!, 16) >>> 0;
      const d = decode(w);
      const ours = d === null ? 'UNDEFINED' : mnemonicOf(d, w, { pc: parseInt(m[1]!, 16), c64: false });
      const theirs = GNU_SPELLING[m[3]!] ?? m[3]!;
      if (ours !== theirs && !(theirs === '.inst' && d === null)) bad.push(`${m[1]}: ${m[2]} objdump ${m[3]} ours ${ours}`);
    }
    console.log(`${elf}: ${words} words, ${words - bad.length} agree with objdump`);
    expect(bad).toEqual([]);
    expect(words).toBeGreaterThan(100);
  });
});

describe.skipIf(!haveObjdump)('full disassembly text agrees with binutils objdump on random encodings', () => {
  it('four random words of every A64 row: operands included', async () => {
    const { INSNS } = await import('../src/isa/table.js');
    const { formatInsn } = await import('../src/isa/syntax.js');
    const { canonLine } = await import('../tools/asm/encode-line.js');
    const { writeFileSync, mkdtempSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    let seed = 4242;
    const rnd = (): number => {
      seed ^= seed << 13; seed >>>= 0;
      seed ^= seed >>> 17;
      seed ^= seed << 5; seed >>>= 0;
      return seed;
    };
    const words: number[] = [];
    for (const d of INSNS) {
      if (d.cls !== 'a64') continue;
      for (let n = 0, k = 0; n < 4 && k < 200; k++) {
        const c = ((rnd() & ~d.mask) | d.value) >>> 0;
        if (decode(c) === d) {
          words.push(c);
          n++;
        }
      }
    }
    const dir = mkdtempSync(join(tmpdir(), 'msim-objdump-'));
    const bin = join(dir, 'words.bin');
    const buf = Buffer.alloc(words.length * 4);
    words.forEach((w, i) => buf.writeUInt32LE(w, i * 4));
    writeFileSync(bin, buf);
    const out = execFileSync(OBJDUMP, ['-D', '-b', 'binary', '-m', 'aarch64', '--adjust-vma=0x10000', bin], { encoding: 'utf8', maxBuffer: 1 << 28 });
    rmSync(dir, { recursive: true, force: true });
    const theirs = new Map<number, string>();
    for (const line of out.split('\n')) {
      const m = /^\s+([0-9a-f]+):\s+[0-9a-f]{8}\s+(.*)$/.exec(line);
      if (m) theirs.set(parseInt(m[1]!, 16), m[2]!.replace(/\s*\/\/.*$/, '').replace(/\t/, ' ').trim());
    }
    // GNU spells some condition codes differently (cs/cc for hs/lo); otherwise the text must match.
    const norm = (t: string): string => canonLine(t.replace(/\b(b\.)?cs\b/g, '$1hs').replace(/\b(b\.)?cc\b/g, '$1lo'));
    let compared = 0;
    let agree = 0;
    words.forEach((w, i) => {
      const pc = 0x10000 + 4 * i;
      const o = theirs.get(pc);
      if (o === undefined || o.startsWith('.inst') || o.startsWith('udf')) return; // encodings GNU leaves undecoded
      compared++;
      if (norm(formatInsn(decode(w)!, w, { pc, c64: false })) === norm(o)) agree++;
    });
    console.log(`objdump full-text agreement: ${agree} of ${compared} random A64 words (${((100 * agree) / compared).toFixed(1)} %)`);
    expect(compared).toBeGreaterThan(2500);
    expect(agree / compared).toBeGreaterThanOrEqual(0.965);
  }, 120_000);
});
