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
