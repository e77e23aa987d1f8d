// A minimal WebAssembly binary writer: enough to build one module per compiled code page (one
// function importing memory and a TLB-fill callback). Opcodes and section layout follow the
// WebAssembly core specification (binary format, chapter 5).

/** Value types. */
export const I32 = 0x7f;
export const I64 = 0x7e;
export const F64 = 0x7c;
export const F32 = 0x7d;
export const VOID = 0x40;

/** Opcodes used by the code generator. */
export const Op = {
  unreachable: 0x00, block: 0x02, loop: 0x03, if: 0x04, else: 0x05, end: 0x0b, br: 0x0c, br_if: 0x0d, br_table: 0x0e, return: 0x0f,
  call: 0x10, drop: 0x1a, select: 0x1b,
  local_get: 0x20, local_set: 0x21, local_tee: 0x22,
  i32_load: 0x28, i64_load: 0x29, i32_load8_s: 0x2c, i32_load8_u: 0x2d, i32_load16_s: 0x2e, i32_load16_u: 0x2f,
  i64_load8_s: 0x30, i64_load8_u: 0x31, i64_load16_s: 0x32, i64_load16_u: 0x33, i64_load32_s: 0x34, i64_load32_u: 0x35,
  i32_store: 0x36, i64_store: 0x37, i32_store8: 0x3a, i32_store16: 0x3b, i64_store8: 0x3c, i64_store16: 0x3d, i64_store32: 0x3e,
  i32_const: 0x41, i64_const: 0x42,
  i32_eqz: 0x45, i32_eq: 0x46, i32_ne: 0x47, i32_lt_s: 0x48, i32_lt_u: 0x49, i32_gt_s: 0x4a, i32_gt_u: 0x4b, i32_le_s: 0x4c, i32_le_u: 0x4d, i32_ge_s: 0x4e, i32_ge_u: 0x4f,
  i64_eqz: 0x50, i64_eq: 0x51, i64_ne: 0x52, i64_lt_s: 0x53, i64_lt_u: 0x54, i64_gt_s: 0x55, i64_gt_u: 0x56, i64_le_s: 0x57, i64_le_u: 0x58, i64_ge_s: 0x59, i64_ge_u: 0x5a,
  i32_clz: 0x67, i32_add: 0x6a, i32_sub: 0x6b, i32_mul: 0x6c, i32_div_s: 0x6d, i32_div_u: 0x6e, i32_and: 0x71, i32_or: 0x72, i32_xor: 0x73,
  i32_shl: 0x74, i32_shr_s: 0x75, i32_shr_u: 0x76, i32_rotr: 0x78,
  i64_clz: 0x79, i64_add: 0x7c, i64_sub: 0x7d, i64_mul: 0x7e, i64_div_s: 0x7f, i64_div_u: 0x80, i64_and: 0x83, i64_or: 0x84, i64_xor: 0x85,
  i64_shl: 0x86, i64_shr_s: 0x87, i64_shr_u: 0x88, i64_rotr: 0x8a,
  i32_wrap_i64: 0xa7, i64_extend_i32_s: 0xac, i64_extend_i32_u: 0xad, f64_convert_i64_u: 0xba,
  f32_load: 0x2a, f64_load: 0x2b, f32_store: 0x38, f64_store: 0x39, f64_const: 0x44,
  f64_eq: 0x61, f64_ne: 0x62, f64_lt: 0x63, f64_gt: 0x64, f64_le: 0x65, f64_ge: 0x66,
  f64_abs: 0x99, f64_neg: 0x9a, f64_trunc: 0x9d, f64_add: 0xa0, f64_sub: 0xa1, f64_mul: 0xa2, f64_div: 0xa3,
  i64_trunc_f64_s: 0xb0, f32_demote_f64: 0xb6, f64_convert_i32_s: 0xb7, f64_convert_i32_u: 0xb8, f64_convert_i64_s: 0xb9, f64_promote_f32: 0xbb,
  i32_extend8_s: 0xc0, i32_extend16_s: 0xc1, i64_extend8_s: 0xc2, i64_extend16_s: 0xc3, i64_extend32_s: 0xc4,
} as const;

/** A growable byte buffer with LEB128 writers. */
export class Bytes {
  private buf = new Uint8Array(1024);
  length = 0;

  byte(b: number): this {
    if (this.length === this.buf.length) this.grow(1);
    this.buf[this.length++] = b;
    return this;
  }

  private grow(n: number): void {
    const next = new Uint8Array(Math.max(this.buf.length * 2, this.length + n));
    next.set(this.buf.subarray(0, this.length));
    this.buf = next;
  }

  u32(v: number): this {
    let x = v >>> 0;
    do {
      const b = x & 0x7f;
      x >>>= 7;
      this.byte(x === 0 ? b : b | 0x80);
    } while (x !== 0);
    return this;
  }

  /** Signed LEB128 of a 32-bit integer. */
  s32(v: number): this {
    let x = v | 0;
    for (;;) {
      const b = x & 0x7f;
      x >>= 7;
      if ((x === 0 && (b & 0x40) === 0) || (x === -1 && (b & 0x40) !== 0)) return this.byte(b);
      this.byte(b | 0x80);
    }
  }

  /** Signed LEB128 of a 64-bit integer given as 32-bit halves (no BigInt). */
  s64(lo: number, hi: number): this {
    let l = lo >>> 0;
    let h = hi | 0;
    for (;;) {
      const b = l & 0x7f;
      // arithmetic shift of (h:l) right by 7
      l = ((l >>> 7) | (h << 25)) >>> 0;
      h >>= 7;
      const done = (h === 0 && l === 0 && (b & 0x40) === 0) || (h === -1 && l === 0xffffffff && (b & 0x40) !== 0);
      if (done) return this.byte(b);
      this.byte(b | 0x80);
    }
  }

  bytes(b: ArrayLike<number>): this {
    if (b instanceof Uint8Array) {
      if (this.length + b.length > this.buf.length) this.grow(b.length);
      this.buf.set(b, this.length);
      this.length += b.length;
      return this;
    }
    for (let i = 0; i < b.length; i++) this.byte(b[i]!);
    return this;
  }

  /** A length-prefixed copy of another buffer. */
  sized(b: Bytes): this {
    this.u32(b.length);
    return this.bytes(b.view());
  }

  view(): Uint8Array {
    return this.buf.subarray(0, this.length);
  }
}

/** A function body under construction: locals and instructions. */
export class FunctionBody {
  readonly code = new Bytes();
  private readonly localTypes: number[] = [];

  constructor(private readonly params: number) {}

  /** A new local of `type`; returns its index. */
  local(type: number): number {
    this.localTypes.push(type);
    return this.params + this.localTypes.length - 1;
  }

  op(o: number): this {
    this.code.byte(o);
    return this;
  }
  get(l: number): this {
    this.code.byte(Op.local_get).u32(l);
    return this;
  }
  set(l: number): this {
    this.code.byte(Op.local_set).u32(l);
    return this;
  }
  tee(l: number): this {
    this.code.byte(Op.local_tee).u32(l);
    return this;
  }
  i32(v: number): this {
    this.code.byte(Op.i32_const).s32(v);
    return this;
  }
  i64(lo: number, hi: number): this {
    this.code.byte(Op.i64_const).s64(lo, hi);
    return this;
  }
  f64(v: number): this {
    const b = new DataView(new ArrayBuffer(8));
    b.setFloat64(0, v, true);
    this.code.byte(Op.f64_const);
    for (let i = 0; i < 8; i++) this.code.byte(b.getUint8(i));
    return this;
  }
  /** A memory access with its alignment hint and constant offset. */
  mem(o: number, align: number, offset = 0): this {
    this.code.byte(o).u32(align).u32(offset);
    return this;
  }
  block(type = VOID): this {
    this.code.byte(Op.block).byte(type);
    return this;
  }
  loop(type = VOID): this {
    this.code.byte(Op.loop).byte(type);
    return this;
  }
  if(type = VOID): this {
    this.code.byte(Op.if).byte(type);
    return this;
  }
  else(): this {
    return this.op(Op.else);
  }
  end(): this {
    return this.op(Op.end);
  }
  br(depth: number): this {
    this.code.byte(Op.br).u32(depth);
    return this;
  }
  brIf(depth: number): this {
    this.code.byte(Op.br_if).u32(depth);
    return this;
  }
  brTable(depths: readonly number[], dflt: number): this {
    this.code.byte(Op.br_table).u32(depths.length);
    for (const d of depths) this.code.u32(d);
    this.code.u32(dflt);
    return this;
  }
  call(f: number): this {
    this.code.byte(Op.call).u32(f);
    return this;
  }

  /** The encoded body (locals vector, `prologue` then the code, final end). */
  encode(prologue?: Bytes): Bytes {
    const out = new Bytes();
    // locals as runs of equal types
    const runs: [number, number][] = [];
    for (const t of this.localTypes) {
      const last = runs[runs.length - 1];
      if (last !== undefined && last[1] === t) last[0]++;
      else runs.push([1, t]);
    }
    out.u32(runs.length);
    for (const [n, t] of runs) out.u32(n).byte(t);
    if (prologue !== undefined) out.bytes(prologue.view());
    out.bytes(this.code.view());
    out.byte(Op.end);
    return out;
  }
}

export interface FuncType {
  readonly params: readonly number[];
  readonly results: readonly number[];
}

/** A module of functions that import one memory (env.mem) and functions from `env`. */
export function encodeModule(opts: {
  types: readonly FuncType[];
  imports: readonly { name: string; type: number }[];
  memoryPages: number;
  funcs: readonly { type: number; body: FunctionBody; prologue?: Bytes; export?: string }[];
}): Uint8Array<ArrayBuffer> {
  const out = new Bytes().bytes([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]);
  const section = (id: number, body: Bytes): void => {
    out.byte(id).sized(body);
  };
  const name = (b: Bytes, s: string): void => {
    b.u32(s.length);
    for (let i = 0; i < s.length; i++) b.byte(s.charCodeAt(i));
  };
  const types = new Bytes().u32(opts.types.length);
  for (const t of opts.types) {
    types.byte(0x60).u32(t.params.length).bytes(t.params).u32(t.results.length).bytes(t.results);
  }
  section(1, types);
  const imports = new Bytes().u32(opts.imports.length + 1);
  name(imports, 'env');
  name(imports, 'mem');
  imports.byte(0x02).byte(0x01).u32(opts.memoryPages).u32(opts.memoryPages);
  for (const im of opts.imports) {
    name(imports, 'env');
    name(imports, im.name);
    imports.byte(0x00).u32(im.type);
  }
  section(2, imports);
  const funcs = new Bytes().u32(opts.funcs.length);
  for (const f of opts.funcs) funcs.u32(f.type);
  section(3, funcs);
  const exported = opts.funcs.map((f, i) => ({ f, i })).filter((x) => x.f.export !== undefined);
  const exports = new Bytes().u32(exported.length);
  for (const { f, i } of exported) {
    name(exports, f.export!);
    exports.byte(0x00).u32(opts.imports.length + i);
  }
  section(7, exports);
  const code = new Bytes().u32(opts.funcs.length);
  for (const f of opts.funcs) code.sized(f.body.encode(f.prologue));
  section(10, code);
  return new Uint8Array(out.view());
}
