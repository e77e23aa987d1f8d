import { describe, it, expect } from 'vitest';
import { rng } from './helpers/rng.js';
import { decode, decodeLinear, treeStats } from '../src/isa/decoder.js';
import { INSNS } from '../src/isa/table.js';
import { formatInsn } from '../src/isa/syntax.js';


describe('isa table', () => {
  it('has the whole Sail decode table: 868 A64 + 182 Morello clauses', () => {
    expect(INSNS.filter((d) => d.cls === 'a64').length).toBe(868);
    expect(INSNS.filter((d) => d.cls === 'morello').length).toBe(182);
  });
  it('every definition decodes its own canonical word (unless an earlier clause shadows it)', () => {
    for (const d of INSNS) {
      // The all-zero operand word can hit a guard (SIMD shift-by-immediate: immh != 0); then set its lowest bit.
      const w = d.guardMask !== 0 && ((d.value & d.guardMask) >>> 0) === d.guardValue ? (d.value | (d.guardMask & -d.guardMask)) >>> 0 : d.value;
      const got = decode(w);
      expect(got, d.id).not.toBeNull();
      expect(got!.index, d.id).toBeLessThanOrEqual(d.index);
    }
  });
});

describe('decoder robustness', () => {
  it('decodes 1,000,000 random words without a host exception, agreeing with a linear first-match scan', () => {
    const next = rng(0x5eed);
    let defined = 0;
    for (let i = 0; i < 1_000_000; i++) {
      const w = next();
      const d = decode(w);
      if (d !== null) defined++;
      if (i % 50 === 0) expect(d).toBe(decodeLinear(w));
    }
    console.log(`1e6 random words: ${defined} defined, ${1_000_000 - defined} UNDEFINED; tree ${JSON.stringify(treeStats())}`);
    expect(defined).toBeGreaterThan(100_000);
  });
  it('formats every encoding (random operand fields, A64 and C64) without throwing', () => {
    const next = rng(42);
    let n = 0;
    for (const d of INSNS) {
      for (let i = 0; i < 30; i++) {
        const w = ((next() & ~d.mask) | d.value) >>> 0;
        const got = decode(w);
        if (got === null) continue;
        for (const c64 of [false, true]) {
          const s = formatInsn(got, w, { pc: 0x400000, c64 });
          expect(s, `${got.id} 0x${w.toString(16)}`).not.toMatch(/undefined|NaN/);
          n++;
        }
      }
    }
    expect(n).toBeGreaterThan(50_000);
  });
});
