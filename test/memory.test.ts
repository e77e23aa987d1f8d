// Tagged memory: little-endian accessors, one tag per 16-byte granule; capability writes set the tag,
// every other write clears the tag of each granule it touches (Sail __WriteMem).
import { describe, it, expect } from 'vitest';
import { TaggedMemory, MemoryFault } from '../src/mem/tagged-memory.js';

describe('tagged memory', () => {
  it('stores little-endian values of every width', () => {
    const m = new TaggedMemory();
    m.write32(0x1000, 0x11223344);
    expect(m.read8(0x1000)).toBe(0x44);
    expect(m.read16(0x1002)).toBe(0x1122);
    m.write64(0x2000, 0xdeadbeef, 0x01234567);
    const o = [0, 0];
    m.read64(0x2000, o);
    expect(o).toEqual([0xdeadbeef, 0x01234567]);
    expect(m.read32(0x2004)).toBe(0x01234567);
    const q = [0, 0, 0, 0];
    m.write128(0x3000, [1, 2, 3, 0xffffffff]);
    m.read128(0x3000, q);
    expect(q).toEqual([1, 2, 3, 0xffffffff]);
  });
  it('handles accesses that cross a page boundary', () => {
    const m = new TaggedMemory();
    m.write32(0x1ffe, 0xaabbccdd);
    expect(m.read32(0x1ffe)).toBe(0xaabbccdd);
    expect(m.read16(0x2000)).toBe(0xaabb);
  });
  it('capability stores set the tag; capability loads return it', () => {
    const m = new TaggedMemory();
    m.writeCap(0x4010, [1, 2, 3, 4], true);
    const w = [0, 0, 0, 0];
    expect(m.readCap(0x4010, w)).toBe(true);
    expect(w).toEqual([1, 2, 3, 4]);
    expect(m.readTag(0x4000)).toBe(false);
    m.writeCap(0x4010, [1, 2, 3, 4], false);
    expect(m.readTag(0x4010)).toBe(false);
  });
  it('any data store into a granule clears its tag, whatever its width or offset', () => {
    const stores: [string, (m: TaggedMemory) => void][] = [
      ['byte', (m) => m.write8(0x501f, 0)], ['half', (m) => m.write16(0x5016, 0)], ['word', (m) => m.write32(0x5018, 0)],
      ['dword', (m) => m.write64(0x5010, 0, 0)], ['qword', (m) => m.write128(0x5010, [0, 0, 0, 0])],
      ['bytes', (m) => m.writeBytes(0x501c, new Uint8Array(2))],
    ];
    for (const [what, store] of stores) {
      const m = new TaggedMemory();
      m.writeCap(0x5010, [9, 9, 9, 9], true);
      m.writeCap(0x5000, [9, 9, 9, 9], true);
      m.writeCap(0x5020, [9, 9, 9, 9], true);
      store(m);
      expect(m.readTag(0x5010), what).toBe(false);
      expect(m.readTag(0x5000), what).toBe(true);
      expect(m.readTag(0x5020), what).toBe(true);
    }
  });
  it('an unaligned store spanning two granules clears both tags', () => {
    const m = new TaggedMemory();
    m.writeCap(0x6000, [0, 0, 0, 0], true);
    m.writeCap(0x6010, [0, 0, 0, 0], true);
    m.write64(0x600c, 1, 2);
    expect(m.readTag(0x6000)).toBe(false);
    expect(m.readTag(0x6010)).toBe(false);
  });
  it('strict mode faults on unmapped accesses', () => {
    const m = new TaggedMemory();
    m.strict = true;
    m.map(0x10000, 0x1000);
    m.write32(0x10ffc, 7);
    expect(m.read32(0x10ffc)).toBe(7);
    expect(() => m.read32(0x11000)).toThrow(MemoryFault);
    expect(() => m.write8(0x20000, 1)).toThrow(MemoryFault);
    expect(() => m.read8(-1)).toThrow(MemoryFault);
  });
});
