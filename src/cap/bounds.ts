// Bounds compression of Morello capabilities: decode, set-bounds, representability.
// Each function follows the Sail function it is named after (sail-morello src/v8_base.sail).
import {
  type Capability, CAP_MAX_EXPONENT, CAP_MAX_ENCODEABLE_EXPONENT, CAP_MW, MASK64, slice, capIsSealed,
} from './format.js';

const TWO64 = 1n << 64n;

export interface Bounds {
  /** Base address (64-bit). */
  readonly base: bigint;
  /** Limit (65-bit: may equal 2^64 or exceed it). */
  readonly limit: bigint;
  readonly valid: boolean;
}

function ieBit(c: Capability): boolean {
  return ((c.hi >> 30n) & 1n) === 1n; // bit 94
}

/** CapGetExponent: 0 if IE=1, else NOT of the 6 stored bits (T[2:0]:B[2:0]). */
export function capGetExponent(c: Capability): number {
  if (ieBit(c)) return 0;
  const e = Number((slice(c.hi, 18, 16) << 3n) | slice(c.hi, 2, 0));
  return ~e & 0x3f;
}

/** CapGetBottom: the 16-bit B field with implicit low bits. */
export function capGetBottom(c: Capability): bigint {
  return ieBit(c) ? slice(c.hi, 15, 0) : slice(c.hi, 15, 3) << 3n;
}

/** CapGetTop: 16-bit T with the top two bits reconstructed from B. */
export function capGetTop(c: Capability): bigint {
  const b = capGetBottom(c);
  const t14 = ieBit(c) ? slice(c.hi, 29, 16) : slice(c.hi, 29, 19) << 3n;
  const lmsb = ieBit(c) ? 0n : 1n;
  const lcarry = t14 < (b & 0x3fffn) ? 1n : 0n;
  const t1514 = ((b >> 14n) + lmsb + lcarry) & 3n;
  return (t1514 << 14n) | t14;
}

/** CapBoundsAddress: the value's 56 address bits sign-extended from bit 55. */
export function capBoundsAddress(v: bigint): bigint {
  const a = v & ((1n << 56n) - 1n);
  return a & (1n << 55n) ? a | (0xffn << 56n) : a;
}

/** CapGetBounds. */
export function capGetBounds(c: Capability): Bounds {
  const e = capGetExponent(c);
  if (e === CAP_MAX_ENCODEABLE_EXPONENT) return { base: 0n, limit: TWO64, valid: true };
  if (e > CAP_MAX_EXPONENT) return { base: 0n, limit: TWO64, valid: false };
  const B = capGetBottom(c);
  const T = capGetTop(c);
  const E = BigInt(e);
  const mask66 = (1n << 66n) - 1n;
  let base = (B << E) & mask66;
  let limit = (T << E) & mask66;
  const a = capBoundsAddress(c.value);
  const A3 = slice(a, e + CAP_MW - 1, e + CAP_MW - 3);
  const B3 = slice(B, CAP_MW - 1, CAP_MW - 3);
  const T3 = slice(T, CAP_MW - 1, CAP_MW - 3);
  const R3 = (B3 - 1n) & 7n;
  const aHi = A3 < R3 ? 1n : 0n;
  const bHi = B3 < R3 ? 1n : 0n;
  const tHi = T3 < R3 ? 1n : 0n;
  const cb = bHi - aHi;
  const ct = tHi - aHi;
  if (e < CAP_MAX_EXPONENT) {
    const sh = BigInt(e + CAP_MW);
    const width = 66n - sh;
    const wmask = (1n << width) - 1n;
    const atop = a >> sh;
    const lowMask = (1n << sh) - 1n;
    base = ((((atop + cb) & wmask) << sh) | (base & lowMask)) & mask66;
    limit = ((((atop + ct) & wmask) << sh) | (limit & lowMask)) & mask66;
  }
  if (e < CAP_MAX_EXPONENT - 1) {
    const l6463 = slice(limit, 64, 63);
    const b63 = slice(base, 63, 63);
    if (((l6463 - b63) & 3n) > 1n) limit ^= 1n << 64n;
  }
  return { base: base & MASK64, limit: limit & ((1n << 65n) - 1n), valid: true };
}

export function capGetBase(c: Capability): bigint {
  return capGetBounds(c).base;
}

/** CapGetLength: limit - base (65-bit). */
export function capGetLength(c: Capability): bigint {
  const b = capGetBounds(c);
  return (b.limit - b.base) & ((1n << 65n) - 1n);
}

/** CapGetOffset: value - base mod 2^64. */
export function capGetOffset(c: Capability): bigint {
  return (c.value - capGetBounds(c).base) & MASK64;
}

/** CapIsInBounds: base <= value < limit, using the full 64-bit value (flags included). */
export function capIsInBounds(c: Capability): boolean {
  const b = capGetBounds(c);
  return b.valid && c.value >= b.base && c.value < b.limit;
}

/** CapIsRangeInBounds: [addr, addr+size) within [base, limit) (65-bit arithmetic). */
export function capIsRangeInBounds(c: Capability, addr: bigint, size: bigint): boolean {
  const b = capGetBounds(c);
  return b.valid && addr >= b.base && addr + size <= b.limit;
}

function boundsEqual(a: Capability, b: Capability): boolean {
  const x = capGetBounds(a);
  const y = capGetBounds(b);
  return x.valid && y.valid && x.base === y.base && x.limit === y.limit;
}

/** CapSetValue: precise representability; tag cleared if the decoded bounds change, or (E<48) bit 55 flips. */
export function capSetValue(c: Capability, v: bigint): Capability {
  const value = v & MASK64;
  const out: Capability = { tag: c.tag, hi: c.hi, value };
  if (!c.tag) return out;
  const e = capGetExponent(c);
  const bit55Changed = ((value ^ c.value) >> 55n) & 1n;
  if (!boundsEqual(c, out) || (e < CAP_MAX_EXPONENT - 2 && bit55Changed)) return { ...out, tag: false };
  return out;
}

/** CapIsRepresentableFast(c, increment): Sail's fast representability check used by CapAdd. */
export function capIsRepresentableFast(c: Capability, increment: bigint): boolean {
  const e = capGetExponent(c);
  if (e >= CAP_MAX_EXPONENT - 2) return true;
  const a = capBoundsAddress(c.value);
  const i = capBoundsAddress(increment & MASK64);
  const E = BigInt(e);
  // i >>arith (E+16), over the 64-bit two's-complement value
  const iSigned = i & (1n << 63n) ? i - TWO64 : i;
  const iTop = iSigned >> (E + 16n);
  const iMid = (i >> E) & 0xffffn;
  const aMid = (a >> E) & 0xffffn;
  const R = BigInt(representableR(Number(slice(capGetBottom(c), 15, 13))));
  const diff = (R - aMid) & 0xffffn;
  const diff1 = (diff - 1n) & 0xffffn;
  if (iTop === 0n) return iMid < diff1;
  if (iTop === -1n) return iMid >= diff && R !== aMid;
  return false;
}

/** R of CapIsRepresentableFast: the bottom field's top three bits B3, less one, at bits 15:13. */
export function representableR(b3: number): number {
  return ((b3 - 1) & 7) << 13;
}

/** Bits pos+15..pos of a 64-bit value given as halves (pos ≤ 47). */
function field16(lo: number, hi: number, pos: number): number {
  if (pos >= 32) return (hi >>> (pos - 32)) & 0xffff;
  if (pos === 0) return lo & 0xffff;
  return ((lo >>> pos) | (hi << (32 - pos))) & 0xffff;
}

/**
 * capIsRepresentableFast without BigInt, for the block engine: a capability with exponent e and
 * R = representableR(B3) whose value (vl, vh) has bits 63:53 zero, increment (il, ih).
 */
export function capIsRepresentableFastNumbers(e: number, r: number, vl: number, vh: number, il: number, ih: number): boolean {
  if (e >= CAP_MAX_EXPONENT - 2) return true;
  // CapBoundsAddress(increment): bits 63:56 replaced by copies of bit 55.
  const h = ((ih & 0x00ffffff) | (ih & 0x00800000 ? 0xff000000 : 0)) >>> 0;
  // i >> (e + 16), arithmetic: must be 0 or -1
  const k = e + 16;
  let top: number; // 0, -1, or 1 for anything else
  if (k >= 32) {
    const t = (h | 0) >> (k - 32);
    top = t === 0 ? 0 : t === -1 ? -1 : 1;
  } else if (h === 0 && il >>> k === 0) top = 0;
  else if (h === 0xffffffff && il >>> k === 0xffffffff >>> k) top = -1;
  else top = 1;
  if (top === 1) return false;
  const iMid = field16(il, h, e);
  const aMid = field16(vl, vh, e);
  const diff = (r - aMid) & 0xffff;
  const diff1 = (diff - 1) & 0xffff;
  return top === 0 ? iMid < diff1 : iMid >= diff && r !== aMid;
}

/** CapAdd: value += increment (mod 2^64); tag cleared if not (fast-)representable, bounds invalid, or bit 55 flips (E<48). */
export function capAdd(c: Capability, increment: bigint): Capability {
  const value = (c.value + increment) & MASK64;
  let tag = c.tag;
  if (tag) {
    const e = capGetExponent(c);
    if (!capIsRepresentableFast(c, increment & MASK64)) tag = false;
    else if (e > CAP_MAX_EXPONENT && e < CAP_MAX_ENCODEABLE_EXPONENT) tag = false;
    else if (e < CAP_MAX_EXPONENT - 2 && ((value ^ c.value) >> 55n) & 1n) tag = false;
  }
  return { tag, hi: c.hi, value };
}

/** CapSetOffset: CapAdd(c, base + offset - value). */
export function capSetOffset(c: Capability, offset: bigint): Capability {
  const base = capGetBounds(c).base;
  return capAdd(c, (base + offset - c.value) & MASK64);
}

function clz(x: bigint, width: number): number {
  for (let i = width - 1; i >= 0; i--) if ((x >> BigInt(i)) & 1n) return width - 1 - i;
  return width;
}

export interface SetBoundsResult {
  readonly cap: Capability;
  /** Whether the requested bounds were represented exactly. */
  readonly exact: boolean;
}

/** CapSetBounds(c, req_len, exact): new bounds [value, value+len), rounded outwards unless exact. */
export function capSetBoundsDetailed(c: Capability, reqLen: bigint, exact: boolean): SetBoundsResult {
  const len = reqLen & ((1n << 65n) - 1n);
  let e = CAP_MAX_EXPONENT - clz(slice(len, 64, CAP_MW - 1), 65 - CAP_MW + 1);
  const ie = e !== 0 || slice(len, CAP_MW - 2, CAP_MW - 2) === 1n;
  const oldE = capGetExponent(c);
  const oldBounds = capGetBounds(c);
  const abase = oldE < CAP_MAX_EXPONENT - 2 ? capBoundsAddress(c.value) : c.value;
  const reqBase = abase;
  const reqTop = reqBase + len; // up to 66 bits
  let B: bigint;
  let T: bigint;
  let lostBottom = false;
  let lostTop = false;
  if (!ie) {
    B = slice(reqBase, 15, 0);
    T = slice(reqTop, 15, 0);
  } else {
    let bIe = slice(reqBase, e + CAP_MW - 1, e + 3);
    let tIe = slice(reqTop, e + CAP_MW - 1, e + 3);
    lostBottom = slice(reqBase, e + 2, 0) !== 0n;
    lostTop = slice(reqTop, e + 2, 0) !== 0n;
    if (lostTop) tIe = (tIe + 1n) & 0x1fffn;
    const lenIe = (tIe - bIe) & 0x1fffn;
    if (slice(lenIe, CAP_MW - 4, CAP_MW - 4) === 1n) {
      e += 1;
      lostBottom = lostBottom || (bIe & 1n) === 1n;
      lostTop = lostTop || (tIe & 1n) === 1n;
      bIe = slice(reqBase, e + CAP_MW - 1, e + 3);
      tIe = slice(reqTop, e + CAP_MW - 1, e + 3);
      if (lostTop) tIe = (tIe + 1n) & 0x1fffn;
    }
    B = bIe << 3n;
    T = (tIe << 3n) & 0xffffn;
  }
  let hi = c.hi & ~((1n << 31n) - 1n); // keep perms + otype, clear IE, T, B
  if (ie) {
    const ne = BigInt(~e & 0x3f);
    hi |= ((T >> 3n) & 0x7ffn) << 19n;
    hi |= ((ne >> 3n) & 7n) << 16n;
    hi |= ((B >> 3n) & 0x1fffn) << 3n;
    hi |= ne & 7n;
  } else {
    hi |= 1n << 30n;
    hi |= (T & 0x3fffn) << 16n;
    hi |= B & 0xffffn;
  }
  let tag = c.tag;
  if (!oldBounds.valid || reqBase < oldBounds.base || reqTop > oldBounds.limit) tag = false;
  const newE = capGetExponent({ tag, hi, value: c.value });
  if (oldE >= CAP_MAX_EXPONENT - 2 && newE < CAP_MAX_EXPONENT - 2 && capBoundsAddress(c.value) !== c.value) tag = false;
  const isExact = !(lostBottom || lostTop);
  if (exact && !isExact) tag = false;
  return { cap: { tag, hi, value: c.value }, exact: isExact };
}

export function capSetBounds(c: Capability, reqLen: bigint, exact: boolean): Capability {
  return capSetBoundsDetailed(c, reqLen, exact).cap;
}

/** CapGetRepresentableMask(len): alignment mask a base must have for [base, base+len) to be exact. */
export function capGetRepresentableMask(len: bigint): bigint {
  const c: Capability = { tag: false, hi: 0n, value: (MASK64 - (len & MASK64)) & MASK64 };
  const r = capSetBounds(c, len & MASK64, false);
  const e = capGetExponent(r);
  if (((r.hi >> 30n) & 1n) === 0n) return (MASK64 << BigInt(e + 3)) & MASK64;
  return MASK64;
}

/** CapIsSubSetOf(a, b): bounds of a within those of b and perms(a) ⊆ perms(b); both valid. */
export function capIsSubsetOf(a: Capability, b: Capability): boolean {
  const x = capGetBounds(a);
  const y = capGetBounds(b);
  const pa = Number(a.hi >> 46n) & 0x3ffff;
  const pb = Number(b.hi >> 46n) & 0x3ffff;
  return x.valid && y.valid && x.base >= y.base && x.limit <= y.limit && (pa & ~pb) === 0;
}

/** The sealed-input rule most Morello capability instructions apply: clear the tag of the result if the source was sealed. */
export function clearTagIfSealed(result: Capability, source: Capability): Capability {
  return capIsSealed(source) && result.tag ? { ...result, tag: false } : result;
}

/**
 * CapGetBounds without BigInt for the common internal-exponent-zero format (IE = 1: exponent 0,
 * B = bits 79:64, T = bits 93:80) and a value below 2^53: `ml` is bits 95:64 of the capability.
 * Writes base and limit into `out` and returns true; false when the format does not apply.
 * Same steps as capGetBounds with E = 0 (the limit's bit-64 correction cannot apply below 2^53).
 */
export function capBoundsIeNumbers(ml: number, xlo: number, xhi: number, out: { base: number; limit: number }): boolean {
  if (((ml >>> 30) & 1) === 0 || xhi >= 0x200000) return false;
  const B = ml & 0xffff;
  const t14 = (ml >>> 16) & 0x3fff;
  const T = ((((B >>> 14) + (t14 < (B & 0x3fff) ? 1 : 0)) & 3) << 14) | t14;
  const A3 = (xlo >>> 13) & 7;
  const B3 = B >>> 13;
  const T3 = T >>> 13;
  const R3 = (B3 - 1) & 7;
  const aHi = A3 < R3 ? 1 : 0;
  const cb = (B3 < R3 ? 1 : 0) - aHi;
  const ct = (T3 < R3 ? 1 : 0) - aHi;
  const atop = xhi * 65536 + (xlo >>> 16);
  // (atop + c) is taken modulo 2^50 in the 66-bit arithmetic: below 2^53 it cannot wrap except -1.
  const bt = atop + cb;
  const lt = atop + ct;
  if (bt < 0 || lt < 0) return false;
  out.base = bt * 65536 + B;
  out.limit = lt * 65536 + T;
  return true;
}
