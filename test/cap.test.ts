// Capability format and bounds compression against vectors not computed by our code:
//  - 560 vectors from cheri-compressed-cap's Morello (128m) library (test/vectors/cap-ccc128m.json);
//  - worked examples of the Sail model (CapGetBounds / CapSetBounds / CapGetRepresentableMask).
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  capFromBits, capWithValue, CMAX, NULL_CAP, MASK64, capGetPerms, capGetObjectType, capIsSealed, PERMS_ALL,
  capWithObjectType, permNames, PERM_LOAD, PERM_STORE,
} from '../src/cap/format.js';
import {
  capGetBounds, capBoundsIeNumbers, capGetExponent, capSetBoundsDetailed, capSetBounds, capAdd, capSetValue, capGetRepresentableMask,
  capIsRangeInBounds, capGetLength, capIsSubsetOf, capIsInBounds, capIsRepresentableFast, capIsRepresentableFastNumbers, representableR, capGetBottom,
} from '../src/cap/bounds.js';

interface Vectors {
  decode: { hi: string; value: string; base: string; top: string; exp: number; valid: boolean }[];
  setbounds: { hi: string; value: string; len: string; resultHi: string; tag: boolean; exact: boolean; base: string; top: string }[];
  representable: { hi: string; value: string; newValue: string; fast: boolean; precise: boolean }[];
  rrmask: { len: string; mask: string; rrlen: string }[];
}
const V = JSON.parse(readFileSync(join(import.meta.dirname, 'vectors', 'cap-ccc128m.json'), 'utf8')) as Vectors;
const B = BigInt;

describe('bounds decode (CapGetBounds) vs cheri-compressed-cap', () => {
  it.each(V.decode.map((v, i) => [i, v] as const))('vector %i', (_i, v) => {
    const c = capFromBits(true, B(v.hi), B(v.value));
    const b = capGetBounds(c);
    expect({ base: b.base, top: b.limit, valid: b.valid, exp: capGetExponent(c) }).toEqual({ base: B(v.base), top: B(v.top), valid: v.valid, exp: v.exp });
  });
});

describe('set bounds (CapSetBounds, inexact) vs cheri-compressed-cap', () => {
  it.each(V.setbounds.map((v, i) => [i, v] as const))('vector %i', (_i, v) => {
    const r = capSetBoundsDetailed(capFromBits(true, B(v.hi), B(v.value)), B(v.len), false);
    const b = capGetBounds(r.cap);
    expect({ hi: r.cap.hi, tag: r.cap.tag, exact: r.exact, base: b.base, top: b.limit })
      .toEqual({ hi: B(v.resultHi), tag: v.tag, exact: v.exact, base: B(v.base), top: B(v.top) });
  });
  it('the exact form (SCBNDSE) clears the tag exactly when the bounds were rounded', () => {
    for (const v of V.setbounds) {
      const c = capFromBits(true, B(v.hi), B(v.value));
      expect(capSetBounds(c, B(v.len), true).tag).toBe(v.tag && v.exact);
    }
  });
});

describe('representability vs cheri-compressed-cap', () => {
  it.each(V.representable.map((v, i) => [i, v] as const))('vector %i (CapAdd fast check, CapSetValue precise check)', (_i, v) => {
    const c = capFromBits(true, B(v.hi), B(v.value));
    const nv = B(v.newValue);
    expect(capAdd(c, (nv - c.value) & MASK64).tag).toBe(v.fast);
    expect(capSetValue(c, nv).tag).toBe(v.precise);
  });
  it.each(V.rrmask.map((v, i) => [i, v] as const))('RRMASK/RRLEN vector %i', (_i, v) => {
    const m = capGetRepresentableMask(B(v.len));
    expect(m).toBe(B(v.mask));
    expect((B(v.len) + (~m & MASK64)) & m).toBe(B(v.rrlen));
  });
});

describe('worked examples of the Sail model (fact sheet §2.6)', () => {
  it('decodes the CCC simple_test vectors', () => {
    const cases: [bigint, bigint, number, bigint, bigint, boolean][] = [
      [0x8000000060020484n, 0n, 0, 0x484n, 0x2002n, true],
      [0x8000000000010007n, 0x40f0e0n, 48, 0n, 0x4000000000000000n, true],
      [0x0a1a04ffbffaff07n, 0x01a4fe02410001ffn, 40, 0xfeff000000000000n, 0xff3ff80000000000n, true],
      [0x81000100bfe9ffd5n, 0x0045000000000000n, 50, 0xff40000000000000n, 0xffa0000000000000n, true],
      [0x0000000000010004n, 0x3fffcan, 51, 0n, 1n << 64n, false],
      [0x27ff00003ff1fe07n, 0xfe00000000000000n, 48, 0xfe00000000000000n, (1n << 64n) + 0x3ff0000000000000n, true],
      [0x00300000000223ffn, 0xff2b55feff39ffffn, 40, 0x23f80000000000n, 0x80000000000000n, true],
    ];
    for (const [hi, value, e, base, top, valid] of cases) {
      const c = capFromBits(true, hi, value);
      expect(capGetExponent(c)).toBe(e);
      expect(capGetBounds(c)).toEqual({ base, limit: top, valid });
    }
  });
  it('sets bounds from the root capability as the model does', () => {
    const cases: [bigint, bigint, bigint, bigint, bigint, number, boolean][] = [
      [0x1000n, 0x40n, 0xffffc00050401000n, 0x1000n, 0x1040n, 0, true],
      [0x400000n, 0x100000n, 0xffffc00000070001n, 0x400000n, 0x500000n, 6, true],
      [0x12345678n, 0x10000n, 0xffffc00015a7159dn, 0x12345660n, 0x12355680n, 2, false],
      [0x1001n, 0x12345n, 0xffffc0000cdf0405n, 0x1000n, 0x13360n, 2, false],
    ];
    for (const [value, len, hi, base, top, e, exact] of cases) {
      const r = capSetBoundsDetailed(capWithValue(CMAX, value), len, false);
      expect(r.cap.hi).toBe(hi);
      expect(r.exact).toBe(exact);
      expect(r.cap.tag).toBe(true);
      expect(capGetExponent(r.cap)).toBe(e);
      expect(capGetBounds(r.cap)).toEqual({ base, limit: top, valid: true });
      expect(capSetBounds(capWithValue(CMAX, value), len, true).tag).toBe(exact);
    }
  });
  it('clears the tag going from large to small exponent with a non-canonical flags byte (CCC setbounds test)', () => {
    const r = capSetBoundsDetailed(capWithValue(CMAX, 0xff00000000000944n), 16n, false);
    expect(capGetBounds(r.cap)).toMatchObject({ base: 0x944n, limit: 0x954n });
    expect(r.exact).toBe(true);
    expect(r.cap.tag).toBe(false);
  });
  it('rounds a large inexact request outwards and clears the tag when the base drops below the root', () => {
    const r = capSetBoundsDetailed(capWithValue(CMAX, 0x3effffff00000000n), 0x37232b0000f6n, false);
    expect(capGetExponent(r.cap)).toBe(31);
    expect(capGetBounds(r.cap)).toMatchObject({ base: 0xfffffffc00000000n, limit: (1n << 64n) + 0x372400000000n });
    expect(r.exact).toBe(false);
    expect(r.cap.tag).toBe(false);
  });
  it('computes RRMASK/RRLEN as the model does', () => {
    const cases: [bigint, bigint, bigint][] = [
      [0x40n, MASK64, 0x40n], [0x4000n, MASK64 ^ 7n, 0x4000n], [0x4001n, MASK64 ^ 7n, 0x4008n],
      [0x12345n, MASK64 ^ 0x1fn, 0x12360n], [0x100000n, MASK64 ^ 0x1ffn, 0x100000n], [1n << 40n, 0xffffffffe0000000n, 1n << 40n],
    ];
    for (const [len, mask, rrlen] of cases) {
      const m = capGetRepresentableMask(len);
      expect(m).toBe(mask);
      expect((len + (~m & MASK64)) & m).toBe(rrlen);
    }
  });
});

describe('edge cases', () => {
  it('null decodes as untagged, no permissions, full bounds (E = 63)', () => {
    expect(capGetExponent(NULL_CAP)).toBe(63);
    expect(capGetBounds(NULL_CAP)).toEqual({ base: 0n, limit: 1n << 64n, valid: true });
    expect(capGetPerms(NULL_CAP)).toBe(0);
  });
  it('CMAX: all permissions, unsealed, [0, 2^64) with E = 50', () => {
    expect(capGetPerms(CMAX)).toBe(PERMS_ALL);
    expect(capIsSealed(CMAX)).toBe(false);
    expect(capGetExponent(CMAX)).toBe(50);
    expect(capGetBounds(CMAX)).toEqual({ base: 0n, limit: 1n << 64n, valid: true });
    expect(capGetLength(CMAX)).toBe(1n << 64n);
  });
  it('top = 2^64 is representable exactly (len 2^64 from 0)', () => {
    const r = capSetBoundsDetailed(CMAX, 1n << 64n, true);
    expect(r.exact).toBe(true);
    expect(r.cap.tag).toBe(true);
    expect(capGetBounds(r.cap)).toEqual({ base: 0n, limit: 1n << 64n, valid: true });
  });
  it('zero length bounds are exact and in bounds for no access', () => {
    const r = capSetBoundsDetailed(capWithValue(CMAX, 0x5000n), 0n, true);
    expect(r.exact).toBe(true);
    expect(capGetBounds(r.cap)).toMatchObject({ base: 0x5000n, limit: 0x5000n });
    expect(capIsRangeInBounds(r.cap, 0x5000n, 1n)).toBe(false);
    expect(capIsRangeInBounds(r.cap, 0x5000n, 0n)).toBe(true);
  });
  it('bounds cannot grow: a request beyond the source bounds clears the tag', () => {
    const small = capSetBounds(capWithValue(CMAX, 0x1000n), 0x100n, true);
    expect(small.tag).toBe(true);
    expect(capSetBounds(small, 0x101n, false).tag).toBe(false);
    expect(capSetBounds(capWithValue(small, 0xfffn), 0x10n, false).tag).toBe(false);
    expect(capIsSubsetOf(capSetBounds(small, 0x80n, true), small)).toBe(true);
  });
  it('an unrepresentable move clears the tag (CapAdd fast check) but a far in-region move does not', () => {
    const c = capSetBounds(capWithValue(CMAX, 0x1000n), 0x40n, true); // E = 0, representable region [0xe000-2^16.., 0xe000)
    expect(capAdd(c, 0x100n).tag).toBe(true); // out of bounds but representable
    expect(capIsInBounds(capAdd(c, 0x100n))).toBe(false);
    expect(capAdd(c, 0x10000n).tag).toBe(false);
    expect(capSetValue(c, 0xd000n).tag).toBe(true);
    expect(capSetValue(c, 0x20000n).tag).toBe(false);
  });
  it('invalid exponents (51..62) decode as invalid full bounds and any CapAdd clears the tag', () => {
    const c = capFromBits(true, 0x0000000000010004n, 0x3fffcan);
    expect(capGetBounds(c).valid).toBe(false);
    expect(capAdd(c, 0n).tag).toBe(false);
  });
  it('object type and permission fields', () => {
    const sealed = capWithObjectType(CMAX, 5n);
    expect(capGetObjectType(sealed)).toBe(5n);
    expect(capIsSealed(sealed)).toBe(true);
    expect(permNames(PERM_LOAD | PERM_STORE)).toBe('Load,Store');
  });
});

/** A 32-bit linear congruential generator (deterministic test inputs). */
function lcg(seed: number): () => number {
  let x = seed;
  return () => (x = (Math.imul(x, 1103515245) + 12345) >>> 0);
}

describe('capBoundsIeNumbers (the block engine\'s BigInt-free decode)', () => {
  it('agrees with capGetBounds on 20,000 random exponent-zero capabilities', () => {
    const rnd = lcg(0x2026);
    const out = { base: 0, limit: 0 };
    let compared = 0;
    for (let i = 0; i < 20_000; i++) {
      const ml = ((rnd() & 0xbfffffff) | 0x40000000) >>> 0; // IE = 1
      const mh = rnd();
      const xlo = rnd();
      const xhi = rnd() & (i % 3 === 0 ? 0xffff : 0x1fffff);
      const c = { tag: true, hi: (BigInt(mh) << 32n) | BigInt(ml), value: (BigInt(xhi) << 32n) | BigInt(xlo) };
      if (!capBoundsIeNumbers(ml, xlo, xhi, out)) continue;
      const b = capGetBounds(c);
      expect([BigInt(out.base), BigInt(out.limit)]).toEqual([b.base, b.limit]);
      compared++;
    }
    expect(compared).toBeGreaterThan(19_000);
  });
});

describe('capIsRepresentableFastNumbers (the block engine\'s BigInt-free CapAdd check)', () => {
  it('agrees with capIsRepresentableFast on 20,000 random capabilities and increments', () => {
    const rnd = lcg(0x1125);
    for (let i = 0; i < 20_000; i++) {
      const ml = rnd();
      const mh = rnd();
      const xlo = rnd();
      const xhi = rnd() & 0x1fffff; // the engine's precondition: value bits 63:53 zero
      const il = rnd();
      const ih = i % 4 === 0 ? 0 : i % 4 === 1 ? 0xffffffff : rnd();
      const c = { tag: true, hi: (BigInt(mh) << 32n) | BigInt(ml), value: (BigInt(xhi) << 32n) | BigInt(xlo) };
      const e = capGetExponent(c);
      const r = representableR(Number(capGetBottom(c) >> 13n));
      expect(capIsRepresentableFastNumbers(e, r, xlo, xhi, il, ih)).toBe(capIsRepresentableFast(c, (BigInt(ih) << 32n) | BigInt(il)));
    }
  });
});
