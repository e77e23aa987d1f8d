// Guest pages inside one WebAssembly.Memory, so that code compiled to WebAssembly can load and
// store guest memory directly. The memory has a fixed size (it never grows: growing would detach
// the buffer every page view is made on); when it is full, further pages live outside it and the
// WebAssembly code leaves such accesses to the JavaScript engines.
//
// Layout: a header (register exchange area and the two 256-entry TLBs the compiled code reads),
// then one byte of tag per 16-byte granule for every slot, then the slots' 4 KiB of data.

const WASM_PAGE = 65536;
/** Register exchange: value halves of X0..X30 and SP (lo words, then hi words). */
export const REG_LO = 0;
export const REG_HI = 128;
/** Exit record: next PC (i64 at 256), bail flag, NZCV (bits 3..0 = N Z C V). */
export const EXIT_PC_LO = 256;
export const EXIT_BAIL = 264;
export const EXIT_NZCV = 268;
/** FPSR.IXC raised by the unit (1) or not (0). */
export const EXIT_IXC = 272;
/** A TLB miss made the unit leave: 1 read, 2 write (0 none), and the address (i64 at 280). */
export const EXIT_MISS = 276;
export const EXIT_MISS_ADDR = 280;
/** SIMD&FP register exchange: V0..V31, 16 bytes each. */
export const REG_V = 512;
/** TLBs: 256 entries of 16 bytes (page number as i64; data offset; tag offset), read then write. */
const TLB_ENTRIES = 256;
export const TLB_READ = 4096;
export const TLB_WRITE = TLB_READ + TLB_ENTRIES * 16;
const HEADER = TLB_WRITE + TLB_ENTRIES * 16;
const TAG_BYTES = 256;
const PAGE = 4096;

export class PageArena {
  readonly memory: WebAssembly.Memory;
  readonly wasmPages: number;
  readonly u8: Uint8Array;
  readonly u32: Uint32Array;
  readonly i32: Int32Array;
  /** Slots the arena holds, and where their tags and data start. */
  private readonly capacity: number;
  private readonly tagBase: number;
  private readonly dataBase: number;
  private nextSlot = 0;
  private readonly freeSlots: number[] = [];

  constructor(bytes: number) {
    this.wasmPages = Math.max(1, Math.floor(bytes / WASM_PAGE));
    this.memory = new WebAssembly.Memory({ initial: this.wasmPages, maximum: this.wasmPages });
    const size = this.wasmPages * WASM_PAGE;
    this.capacity = Math.floor((size - HEADER - PAGE) / (PAGE + TAG_BYTES));
    this.tagBase = HEADER;
    this.dataBase = Math.ceil((HEADER + this.capacity * TAG_BYTES) / PAGE) * PAGE;
    const buf = this.memory.buffer;
    this.u8 = new Uint8Array(buf);
    this.u32 = new Uint32Array(buf);
    this.i32 = new Int32Array(buf);
    this.flushTlb();
  }

  /** A free slot, or -1 when the arena is full. Its data and tags are zero. */
  allocate(): number {
    const s = this.freeSlots.pop();
    if (s !== undefined) {
      this.u8.fill(0, this.dataOffset(s), this.dataOffset(s) + PAGE);
      this.u8.fill(0, this.tagOffset(s), this.tagOffset(s) + TAG_BYTES);
      return s;
    }
    return this.nextSlot < this.capacity ? this.nextSlot++ : -1;
  }

  release(slot: number): void {
    this.freeSlots.push(slot);
  }

  dataOffset(slot: number): number {
    return this.dataBase + slot * PAGE;
  }

  tagOffset(slot: number): number {
    return this.tagBase + slot * TAG_BYTES;
  }

  /** Empties both TLBs (an entry's page number -1 matches no address). */
  flushTlb(): void {
    this.i32.fill(-1, TLB_READ / 4, HEADER / 4);
  }

  /** Installs page number pn (below 2^40) → slot in the read or write TLB. */
  setTlb(write: boolean, pn: number, slot: number): void {
    const e = ((write ? TLB_WRITE : TLB_READ) + (pn % TLB_ENTRIES) * 16) / 4;
    this.u32[e] = pn >>> 0;
    this.u32[e + 1] = Math.floor(pn / 4294967296);
    this.u32[e + 2] = this.dataOffset(slot);
    this.u32[e + 3] = this.tagOffset(slot);
  }

  /** Drops page pn's write entry (the page now holds compiled code). */
  dropWrite(pn: number): void {
    const e = (TLB_WRITE + (pn % TLB_ENTRIES) * 16) / 4;
    if (this.u32[e] === pn >>> 0 && this.u32[e + 1] === Math.floor(pn / 4294967296)) this.i32[e] = this.i32[e + 1] = -1;
  }
}
