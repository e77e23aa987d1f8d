// Sparse, tagged, little-endian physical/virtual memory. Pages of 4 KiB are allocated on first
// write; reads of unmapped memory are reported through `MemoryFault` by the caller's policy
// (`strict` = fault, otherwise zeros). One tag bit per 16-byte granule (Sail CAPABILITY_DBYTES);
// every non-capability write clears the tag of each granule it touches (Sail __WriteMem), a
// capability write sets it to the stored capability's tag.
//
// Addresses are JS numbers (integers below 2^53): guest addresses above that are not mappable and
// fault. Values wider than 32 bits are passed as (lo, hi) 32-bit halves to keep the hot path free of
// BigInt.

import type { PageArena } from './page-arena.js';

export const PAGE_BITS = 12;
export const PAGE_SIZE = 1 << PAGE_BITS;
const PAGE_MASK = PAGE_SIZE - 1;
const GRANULES_PER_PAGE = PAGE_SIZE >>> 4;

/** Page protection bits, as mmap's prot (PROT_READ, PROT_WRITE, PROT_EXEC) and ELF's p_flags
 *  reversed (PF_R = 4, PF_W = 2, PF_X = 1: see protFromPflags). */
export const PROT_NONE = 0;
export const PROT_READ = 1;
export const PROT_WRITE = 2;
export const PROT_EXEC = 4;
export const PROT_RWX = 7;
/** A page's entry in `mapped`: its protection in bits 2:0, its maximum protection in bits 6:4. */
const MAX_SHIFT = 4;

/** The protection an ELF PT_LOAD's p_flags ask for (PF_X = 1, PF_W = 2, PF_R = 4). */
export function protFromPflags(flags: number): number {
  return ((flags & 4) !== 0 ? PROT_READ : 0) | ((flags & 2) !== 0 ? PROT_WRITE : 0) | ((flags & 1) !== 0 ? PROT_EXEC : 0);
}

export class MemoryFault extends Error {
  constructor(readonly address: number, readonly write: boolean, message?: string) {
    super(message ?? `unmapped ${write ? 'write' : 'read'} at 0x${address.toString(16)}`);
  }
}

export interface Page {
  data: Uint8Array;
  view: DataView;
  /** One byte per granule (0/1); a byte, not a bit, keeps the hot path to one load. */
  tags: Uint8Array;
  /** Its slot in the page arena (-1: outside it); see attachArena. */
  slot: number;
}

export class TaggedMemory {
  private readonly pages = new Map<number, Page>();
  /** When true, reads of never-written/unmapped pages fault instead of returning zeros. */
  strict = false;
  /** Mapped page numbers → protection | maximum protection << MAX_SHIFT. The protection is the
   *  user process's (the MMU checks it for guest accesses when it checks mappings); the memory's
   *  own reads and writes (loaders, the kernel side of system calls) ignore it. */
  private readonly mapped = new Map<number, number>();
  /** Bumped when pages are mapped or unmapped or their protection changes (caches of page objects
   *  and TLBs filled under the old protection must be dropped). */
  layoutVersion = 0;
  /** Pages holding compiled code: a write to one calls `onWatchedWrite` (block invalidation). */
  readonly watched = new Set<number>();
  onWatchedWrite: ((pageNumber: number) => void) | null = null;
  /** Where new pages are placed once code compiled to WebAssembly runs on this memory. */
  private arena: PageArena | null = null;

  /** Moves every page into `arena` (their objects stay: views are replaced in place) and places
   *  new pages there while it has room. */
  attachArena(arena: PageArena): void {
    this.arena = arena;
    for (const p of this.pages.values()) {
      const q = this.arenaPage();
      if (q === null) break;
      q.data.set(p.data);
      q.tags.set(p.tags);
      Object.assign(p, q);
    }
  }

  /** A zeroed page in a free arena slot, or null (no arena, or it is full). */
  private arenaPage(): Page | null {
    const arena = this.arena;
    const slot = arena === null ? -1 : arena.allocate();
    if (slot < 0) return null;
    const buf = arena!.memory.buffer;
    const data = new Uint8Array(buf, arena!.dataOffset(slot), PAGE_SIZE);
    return { data, view: new DataView(buf, data.byteOffset, PAGE_SIZE), tags: new Uint8Array(buf, arena!.tagOffset(slot), GRANULES_PER_PAGE), slot };
  }

  /** The page object of page number `pn` if it exists or is mapped (then allocated now, zeroed):
   *  the block engine's TLB fill. */
  page(pn: number): Page | undefined {
    return this.pages.get(pn) ?? (this.mapped.has(pn) ? this.pageForWrite(pn * PAGE_SIZE) : undefined);
  }

  /** Marks [addr, addr+len) as mapped with protection `prot` (default read/write/execute) and
   *  maximum protection `maxProt`: zero pages, allocated on first write (an 8 MiB stack costs
   *  nothing until used). Pages already mapped keep their contents and get the new protection. */
  map(addr: number, len: number, prot = PROT_RWX, maxProt = PROT_RWX): void {
    if (len <= 0) return;
    this.layoutVersion++;
    const entry = (prot & PROT_RWX) | ((maxProt & PROT_RWX) << MAX_SHIFT);
    for (let p = Math.floor(addr / PAGE_SIZE); p <= Math.floor((addr + len - 1) / PAGE_SIZE); p++) {
      const old = this.mapped.get(p);
      this.mapped.set(p, entry);
      if (old !== undefined && old !== entry) this.codeMayChange(p);
    }
  }

  /** Adds `prot` to the protection (and maximum) of the mapped pages of [addr, addr+len): a page
   *  two ELF segments share gets the union of their protections. */
  addProt(addr: number, len: number, prot: number): void {
    if (len <= 0) return;
    this.layoutVersion++;
    const bits = (prot & PROT_RWX) | ((prot & PROT_RWX) << MAX_SHIFT);
    for (let p = Math.floor(addr / PAGE_SIZE); p <= Math.floor((addr + len - 1) / PAGE_SIZE); p++) {
      const old = this.mapped.get(p);
      if (old !== undefined) this.mapped.set(p, old | bits);
    }
  }

  /** Sets the protection of the mapped pages of [addr, addr+len) (unmapped ones are skipped), and
   *  their maximum protection too when `maxProt` is given. Compiled code of a page whose
   *  protection changes is dropped (it may no longer be executable, or now be writable). */
  protect(addr: number, len: number, prot: number, maxProt?: number): void {
    if (len <= 0) return;
    this.layoutVersion++;
    for (const p of this.mappedPagesIn(addr, len)) {
      const old = this.mapped.get(p);
      if (old === undefined) continue;
      const max = maxProt === undefined ? old >>> MAX_SHIFT : maxProt & PROT_RWX;
      const entry = (prot & PROT_RWX) | (max << MAX_SHIFT);
      this.mapped.set(p, entry);
      if (entry !== old) this.codeMayChange(p);
    }
  }

  unmap(addr: number, len: number): void {
    if (len <= 0) return;
    this.layoutVersion++;
    for (const p of this.mappedPagesIn(addr, len)) {
      if (this.mapped.delete(p)) this.codeMayChange(p);
      const page = this.pages.get(p);
      if (page !== undefined && page.slot >= 0) this.arena!.release(page.slot);
      this.pages.delete(p);
    }
  }

  /** The page numbers of [addr, addr+len) that are mapped or have contents, ascending; without
   *  walking every page of a range far larger than the address space in use (a guest may pass
   *  any length to munmap or mprotect). */
  mappedPagesIn(addr: number, len: number): number[] {
    const first = Math.floor(addr / PAGE_SIZE);
    const last = Math.floor((addr + len - 1) / PAGE_SIZE);
    const out: number[] = [];
    if (last - first < this.mapped.size + this.pages.size) {
      for (let p = first; p <= last; p++) if (this.mapped.has(p) || this.pages.has(p)) out.push(p);
      return out;
    }
    for (const p of new Set([...this.mapped.keys(), ...this.pages.keys()])) if (p >= first && p <= last) out.push(p);
    return out.sort((a, b) => a - b);
  }

  /** Compiled code of page pn must go (its bytes, mapping or protection changed). */
  private codeMayChange(pn: number): void {
    if (this.watched.size !== 0 && this.watched.has(pn)) this.onWatchedWrite?.(pn);
  }

  isMapped(addr: number): boolean {
    return this.mapped.has(Math.floor(addr / PAGE_SIZE));
  }

  /** The protection of the page holding addr (PROT_* bits), or -1 if it is not mapped. */
  protOf(addr: number): number {
    const e = this.mapped.get(Math.floor(addr / PAGE_SIZE));
    return e === undefined ? -1 : e & PROT_RWX;
  }

  /** The maximum protection of the page holding addr, or -1 if it is not mapped. */
  maxProtOf(addr: number): number {
    const e = this.mapped.get(Math.floor(addr / PAGE_SIZE));
    return e === undefined ? -1 : e >>> MAX_SHIFT;
  }

  /** Whether page number pn is mapped with every protection bit of `prot`. */
  pageAllows(pn: number, prot: number): boolean {
    const e = this.mapped.get(pn);
    return e !== undefined && (e & prot) === prot;
  }

  private checkAddr(addr: number, write: boolean): void {
    if (!Number.isSafeInteger(addr) || addr < 0) throw new MemoryFault(addr, write, `address out of the simulated range: ${addr}`);
  }

  private pageForRead(addr: number): Page | undefined {
    const pn = Math.floor(addr / PAGE_SIZE);
    const p = this.pages.get(pn);
    if (p === undefined && this.strict && !this.mapped.has(pn)) throw new MemoryFault(addr, false);
    return p;
  }

  private pageForWrite(addr: number): Page {
    const pn = Math.floor(addr / PAGE_SIZE);
    this.codeMayChange(pn);
    let p = this.pages.get(pn);
    if (p === undefined) {
      if (this.strict && !this.mapped.has(pn)) throw new MemoryFault(addr, true);
      p = this.arenaPage() ?? standalonePage();
      this.pages.set(pn, p);
    }
    return p;
  }

  read8(addr: number): number {
    this.checkAddr(addr, false);
    const p = this.pageForRead(addr);
    return p === undefined ? 0 : p.data[addr & PAGE_MASK]!;
  }

  write8(addr: number, v: number): void {
    this.checkAddr(addr, true);
    const p = this.pageForWrite(addr);
    const o = addr & PAGE_MASK;
    p.data[o] = v;
    p.tags[o >>> 4] = 0;
  }

  read16(addr: number): number {
    if ((addr & PAGE_MASK) <= PAGE_SIZE - 2) {
      this.checkAddr(addr, false);
      const p = this.pageForRead(addr);
      return p === undefined ? 0 : p.view.getUint16(addr & PAGE_MASK, true);
    }
    return this.read8(addr) | (this.read8(addr + 1) << 8);
  }

  write16(addr: number, v: number): void {
    if ((addr & PAGE_MASK) <= PAGE_SIZE - 2) {
      this.checkAddr(addr, true);
      const p = this.pageForWrite(addr);
      const o = addr & PAGE_MASK;
      p.view.setUint16(o, v & 0xffff, true);
      p.tags[o >>> 4] = 0;
      p.tags[(o + 1) >>> 4] = 0;
      return;
    }
    this.write8(addr, v & 0xff);
    this.write8(addr + 1, (v >>> 8) & 0xff);
  }

  /** Unsigned 32-bit read. */
  read32(addr: number): number {
    if ((addr & PAGE_MASK) <= PAGE_SIZE - 4) {
      this.checkAddr(addr, false);
      const p = this.pageForRead(addr);
      return p === undefined ? 0 : p.view.getUint32(addr & PAGE_MASK, true);
    }
    return (this.read16(addr) | (this.read16(addr + 2) << 16)) >>> 0;
  }

  write32(addr: number, v: number): void {
    if ((addr & PAGE_MASK) <= PAGE_SIZE - 4) {
      this.checkAddr(addr, true);
      const p = this.pageForWrite(addr);
      const o = addr & PAGE_MASK;
      p.view.setUint32(o, v >>> 0, true);
      p.tags[o >>> 4] = 0;
      p.tags[(o + 3) >>> 4] = 0;
      return;
    }
    this.write16(addr, v & 0xffff);
    this.write16(addr + 2, (v >>> 16) & 0xffff);
  }

  /** 64-bit read into out[0] = low half, out[1] = high half (unsigned). */
  read64(addr: number, out: Uint32Array | number[]): void {
    out[0] = this.read32(addr);
    out[1] = this.read32(addr + 4);
  }

  write64(addr: number, lo: number, hi: number): void {
    this.write32(addr, lo);
    this.write32(addr + 4, hi);
  }

  /** 128-bit read as four 32-bit words, least significant first. */
  read128(addr: number, out: Uint32Array | number[]): void {
    out[0] = this.read32(addr);
    out[1] = this.read32(addr + 4);
    out[2] = this.read32(addr + 8);
    out[3] = this.read32(addr + 12);
  }

  /** A plain (non-capability) 128-bit write: clears the granule tags. */
  write128(addr: number, w: ArrayLike<number>): void {
    this.write32(addr, w[0]!);
    this.write32(addr + 4, w[1]!);
    this.write32(addr + 8, w[2]!);
    this.write32(addr + 12, w[3]!);
  }

  /** Tag of the granule containing addr. */
  readTag(addr: number): boolean {
    this.checkAddr(addr, false);
    const p = this.pageForRead(addr);
    return p !== undefined && p.tags[(addr & PAGE_MASK) >>> 4] === 1;
  }

  /** Sets the tag of the granule containing addr without touching data (STCT, loaders). */
  writeTag(addr: number, tag: boolean): void {
    this.checkAddr(addr, true);
    const p = this.pageForWrite(addr);
    p.tags[(addr & PAGE_MASK) >>> 4] = tag ? 1 : 0;
  }

  /**
   * Capability read of the 16-byte-aligned granule at addr: four 32-bit words (value low, value
   * high, bits 95:64, bits 127:96) and the tag. Alignment is the caller's check (Sail MemC).
   */
  readCap(addr: number, out: Uint32Array | number[]): boolean {
    this.read128(addr, out);
    return this.readTag(addr);
  }

  /** Capability write: data and the granule's tag together (Sail MemC set). */
  writeCap(addr: number, w: ArrayLike<number>, tag: boolean): void {
    this.write128(addr, w);
    this.writeTag(addr, tag);
  }

  /** Copies bytes in (plain writes: clear tags). */
  writeBytes(addr: number, bytes: Uint8Array): void {
    for (let i = 0; i < bytes.length; ) {
      const a = addr + i;
      const p = this.pageForWrite(a);
      const o = a & PAGE_MASK;
      const n = Math.min(PAGE_SIZE - o, bytes.length - i);
      p.data.set(bytes.subarray(i, i + n), o);
      p.tags.fill(0, o >>> 4, ((o + n - 1) >>> 4) + 1);
      i += n;
    }
  }

  readBytes(addr: number, len: number): Uint8Array {
    const out = new Uint8Array(len);
    for (let i = 0; i < len; ) {
      const a = addr + i;
      const o = a & PAGE_MASK;
      const n = Math.min(PAGE_SIZE - o, len - i);
      const p = this.pageForRead(a);
      if (p !== undefined) out.set(p.data.subarray(o, o + n), i);
      i += n;
    }
    return out;
  }
}

/** A zeroed page outside any arena. */
function standalonePage(): Page {
  const data = new Uint8Array(PAGE_SIZE);
  return { data, view: new DataView(data.buffer), tags: new Uint8Array(GRANULES_PER_PAGE), slot: -1 };
}
