// Oracles: the WebAssembly specification's LEB128 encoding (hand-computed vectors, incl. the
// specification's and DWARF's worked examples), V8's own validator and execution of a module we
// encode, and the tagged memory's contents before a move into the page arena. Whole-program
// behaviour of the tier is tested against the interpreter in block-engine.test.ts and against
// qemu-aarch64 in differential-qemu.test.ts.
import { describe, it, expect } from 'vitest';
import { Bytes, FunctionBody, I64, Op, encodeModule } from '../src/exec/wasm/encoder.js';
import { TaggedMemory } from '../src/mem/tagged-memory.js';
import { PageArena, TLB_READ, TLB_WRITE } from '../src/mem/page-arena.js';

const bytes = (f: (b: Bytes) => void): number[] => {
  const b = new Bytes();
  f(b);
  return [...b.view()];
};

describe('WebAssembly binary encoder', () => {
  it('unsigned LEB128', () => {
    expect(bytes((b) => b.u32(0))).toEqual([0x00]);
    expect(bytes((b) => b.u32(127))).toEqual([0x7f]);
    expect(bytes((b) => b.u32(128))).toEqual([0x80, 0x01]);
    expect(bytes((b) => b.u32(624485))).toEqual([0xe5, 0x8e, 0x26]);
    expect(bytes((b) => b.u32(0xffffffff))).toEqual([0xff, 0xff, 0xff, 0xff, 0x0f]);
  });

  it('signed LEB128 of 32- and 64-bit values', () => {
    expect(bytes((b) => b.s32(-1))).toEqual([0x7f]);
    expect(bytes((b) => b.s32(63))).toEqual([0x3f]);
    expect(bytes((b) => b.s32(64))).toEqual([0xc0, 0x00]);
    expect(bytes((b) => b.s32(-128))).toEqual([0x80, 0x7f]);
    expect(bytes((b) => b.s32(-123456))).toEqual([0xc0, 0xbb, 0x78]);
    expect(bytes((b) => b.s32(-0x80000000))).toEqual([0x80, 0x80, 0x80, 0x80, 0x78]);
    expect(bytes((b) => b.s64(0, 0))).toEqual([0x00]);
    expect(bytes((b) => b.s64(0xffffffff, 0))).toEqual([0xff, 0xff, 0xff, 0xff, 0x0f]);
    expect(bytes((b) => b.s64(0xffffffff, 0xffffffff))).toEqual([0x7f]);
    expect(bytes((b) => b.s64(0, 0x80000000))).toEqual([0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x7f]);
    expect(bytes((b) => b.s64(0xffffffff, 0x7fffffff))).toEqual([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x00]);
  });

  it('a module V8 validates and runs: i64 arithmetic, a loop, a memory store', () => {
    // f(n) = 1 + 2 + … + n, stored at address 8 and returned
    const f = new FunctionBody(1);
    const acc = f.local(I64);
    f.block().loop();
    f.get(0).op(Op.i64_eqz).brIf(1);
    f.get(acc).get(0).op(Op.i64_add).set(acc);
    f.get(0).i64(1, 0).op(Op.i64_sub).set(0);
    f.br(0).end().end();
    f.i32(0).get(acc).mem(Op.i64_store, 3, 8);
    f.get(acc);
    const mem = new WebAssembly.Memory({ initial: 1, maximum: 1 });
    const wasm = encodeModule({
      types: [{ params: [0x7c, 0x7f], results: [0x7f] }, { params: [I64], results: [I64] }],
      imports: [{ name: 'fill', type: 0 }],
      memoryPages: 1,
      funcs: [{ type: 1, body: f, export: 'run' }],
    });
    expect(WebAssembly.validate(wasm)).toBe(true);
    const inst = new WebAssembly.Instance(new WebAssembly.Module(wasm), { env: { mem, fill: () => 0 } });
    const run = inst.exports.run as (n: bigint) => bigint;
    expect(run(100000n)).toBe(5000050000n);
    expect(new DataView(mem.buffer).getBigUint64(8, true)).toBe(5000050000n);
  });
});

describe('page arena', () => {
  it('pages keep their bytes and tags when moved into the arena; new pages are placed there; unmapped slots are reused zeroed', () => {
    const mem = new TaggedMemory();
    mem.map(0x10000, 0x3000);
    mem.write32(0x10ffc, 0xdeadbeef);
    mem.writeTag(0x10ff0, true);
    mem.write8(0x11000, 0x5a);
    const arena = new PageArena(4 * 1048576);
    mem.attachArena(arena);
    expect(mem.read32(0x10ffc)).toBe(0xdeadbeef);
    expect(mem.readTag(0x10ff0)).toBe(true);
    expect(mem.read8(0x11000)).toBe(0x5a);
    const p = mem.page(0x10)!;
    expect(p.slot).toBeGreaterThanOrEqual(0);
    expect(arena.u8[arena.dataOffset(p.slot) + 0xffc]).toBe(0xef);
    expect(arena.u8[arena.tagOffset(p.slot) + 0xff]).toBe(1);
    // a plain store seen by the arena clears the granule's tag
    mem.write8(0x10ff3, 1);
    expect(arena.u8[arena.tagOffset(p.slot) + 0xff]).toBe(0);
    const q = mem.page(0x12)!; // mapped, never written: allocated now, in the arena
    expect(q.slot).toBeGreaterThanOrEqual(0);
    arena.u8[arena.dataOffset(q.slot) + 4] = 0x77;
    expect(mem.read8(0x12004)).toBe(0x77);
    const slot = q.slot;
    mem.unmap(0x12000, 0x1000);
    mem.map(0x20000, 0x1000);
    const r = mem.page(0x20)!;
    expect(r.slot).toBe(slot);
    expect(mem.read8(0x20004)).toBe(0);
  });

  it('TLB entries: page number as 64 bits, data and tag offsets; flush and dropping a write entry', () => {
    const arena = new PageArena(4 * 1048576);
    const pn = 0x1_2345_6789; // above 2^32
    arena.setTlb(true, pn, 3);
    const e = (TLB_WRITE + (pn % 256) * 16) / 4;
    expect([arena.u32[e], arena.u32[e + 1], arena.u32[e + 2], arena.u32[e + 3]]).toEqual([0x2345_6789, 1, arena.dataOffset(3), arena.tagOffset(3)]);
    arena.setTlb(false, pn, 3);
    arena.dropWrite(pn);
    expect(arena.i32[e]).toBe(-1);
    const r = (TLB_READ + (pn % 256) * 16) / 4;
    expect(arena.u32[r]).toBe(0x2345_6789);
    arena.flushTlb();
    expect(arena.i32[r]).toBe(-1);
  });
});
