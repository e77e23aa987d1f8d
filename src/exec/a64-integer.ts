// A64 integer data-processing semantics (Arm ARM C6; Sail execute_aarch64_instrs_integer_*).
import { defineSemantics, type Cpu } from './cpu.js';
import { MASK64 } from './u64.js';
import { decodeBitMask } from '../isa/syntax.js';
import { ArchException } from '../cpu/exception.js';
import { bits } from '../isa/table.js';

const M32 = 0xffffffffn;


/** Sail AddWithCarry over `size` bits: returns result and NZCV. C is the carry out of the unsigned
 *  sum; V (the signed sum differs from the result read as signed) is equivalently "x and y have the
 *  same sign and the result's differs", which needs no signed arithmetic. */
export function addWithCarry(x: bigint, y: bigint, carry: bigint, size: number): [bigint, number] {
  const mask = size === 64 ? MASK64 : size === 32 ? M32 : (1n << BigInt(size)) - 1n;
  const top = size === 64 ? 63n : size === 32 ? 31n : BigInt(size - 1);
  const ux = x & mask;
  const uy = y & mask;
  const usum = ux + uy + carry;
  const result = usum & mask;
  const n = Number((result >> top) & 1n);
  const z = result === 0n ? 1 : 0;
  const c = usum === result ? 0 : 1;
  const v = Number((((ux ^ result) & (uy ^ result)) >> top) & 1n);
  return [result, (n << 3) | (z << 2) | (c << 1) | v];
}

/** Sail ShiftReg. */
export function shiftReg(v: bigint, type: number, amount: number, size: number): bigint {
  const mask = size === 64 ? MASK64 : M32;
  const x = v & mask;
  const a = BigInt(amount % size);
  switch (type) {
    case 0: return (x << a) & mask;
    case 1: return x >> a;
    case 2: {
      const s = (x >> BigInt(size - 1)) & 1n ? x - (mask + 1n) : x;
      return (s >> a) & mask;
    }
    default: return ((x >> a) | (x << (BigInt(size) - a))) & mask;
  }
}

/** Sail ExtendReg: extend type 0..7 (UXTB..SXTX) then shift left. */
export function extendReg(v: bigint, type: number, shift: number, size: number): bigint {
  const len = 8 << (type & 3);
  let x = v & ((1n << BigInt(len)) - 1n);
  if (type & 4 && (x >> BigInt(len - 1)) & 1n) x -= 1n << BigInt(len);
  const mask = size === 64 ? MASK64 : M32;
  return (x << BigInt(shift)) & mask;
}

function rd(cpu: Cpu, n: number, sf: boolean): bigint {
  return sf ? cpu.x(n) : cpu.w(n);
}
function rdsp(cpu: Cpu, n: number, sf: boolean): bigint {
  const v = cpu.xsp(n);
  return sf ? v : v & M32;
}
function wr(cpu: Cpu, n: number, v: bigint, sf: boolean): void {
  if (sf) cpu.setXr(n, v);
  else cpu.setWr(n, v);
}
function wrsp(cpu: Cpu, n: number, v: bigint, sf: boolean): void {
  cpu.setXsp(n, sf ? v : v & M32);
}

defineSemantics('integer_arithmetic_add_sub_immediate', (cpu, w) => {
  const sf = (w >>> 31) === 1;
  const sub = (w >>> 30) & 1;
  const setflags = (w >>> 29) & 1;
  const imm = BigInt(bits(w, 21, 10)) << (bits(w, 22, 22) ? 12n : 0n);
  const size = sf ? 64 : 32;
  const x = rdsp(cpu, bits(w, 9, 5), sf);
  const [res, nzcv] = sub ? addWithCarry(x, ~imm, 1n, size) : addWithCarry(x, imm, 0n, size);
  if (setflags) {
    cpu.setNzcv(nzcv);
    wr(cpu, w & 31, res, sf);
  } else wrsp(cpu, w & 31, res, sf);
});

defineSemantics('integer_arithmetic_add_sub_shiftedreg', (cpu, w) => {
  const sf = (w >>> 31) === 1;
  const size = sf ? 64 : 32;
  const shift = bits(w, 23, 22);
  const amount = bits(w, 15, 10);
  if (shift === 3 || (!sf && amount >= 32)) throw new ArchException('undefined');
  const y = shiftReg(rd(cpu, bits(w, 20, 16), sf), shift, amount, size);
  const x = rd(cpu, bits(w, 9, 5), sf);
  const [res, nzcv] = (w >>> 30) & 1 ? addWithCarry(x, ~y, 1n, size) : addWithCarry(x, y, 0n, size);
  if ((w >>> 29) & 1) cpu.setNzcv(nzcv);
  wr(cpu, w & 31, res, sf);
});

defineSemantics('integer_arithmetic_add_sub_extendedreg', (cpu, w) => {
  const sf = (w >>> 31) === 1;
  const size = sf ? 64 : 32;
  const shift = bits(w, 12, 10);
  if (shift > 4) throw new ArchException('undefined');
  const y = extendReg(cpu.x(bits(w, 20, 16)), bits(w, 15, 13), shift, size);
  const x = rdsp(cpu, bits(w, 9, 5), sf);
  const [res, nzcv] = (w >>> 30) & 1 ? addWithCarry(x, ~y, 1n, size) : addWithCarry(x, y, 0n, size);
  if ((w >>> 29) & 1) {
    cpu.setNzcv(nzcv);
    wr(cpu, w & 31, res, sf);
  } else wrsp(cpu, w & 31, res, sf);
});

defineSemantics('integer_arithmetic_add_sub_carry', (cpu, w) => {
  const sf = (w >>> 31) === 1;
  const size = sf ? 64 : 32;
  const x = rd(cpu, bits(w, 9, 5), sf);
  let y = rd(cpu, bits(w, 20, 16), sf);
  if ((w >>> 30) & 1) y = ~y;
  const [res, nzcv] = addWithCarry(x, y, BigInt(cpu.c), size);
  if ((w >>> 29) & 1) cpu.setNzcv(nzcv);
  wr(cpu, w & 31, res, sf);
});

function logicalOp(opc: number, x: bigint, y: bigint): bigint {
  switch (opc) {
    case 0: case 3: return x & y;
    case 1: return x | y;
    default: return x ^ y;
  }
}

function nzcvLogical(res: bigint, size: number): number {
  const n = Number((res >> BigInt(size - 1)) & 1n);
  return (n << 3) | (res === 0n ? 4 : 0);
}

defineSemantics('integer_logical_shiftedreg', (cpu, w) => {
  const sf = (w >>> 31) === 1;
  const size = sf ? 64 : 32;
  const mask = sf ? MASK64 : M32;
  const amount = bits(w, 15, 10);
  if (!sf && amount >= 32) throw new ArchException('undefined');
  let y = shiftReg(rd(cpu, bits(w, 20, 16), sf), bits(w, 23, 22), amount, size);
  if ((w >>> 21) & 1) y = ~y & mask;
  const opc = bits(w, 30, 29);
  const res = logicalOp(opc, rd(cpu, bits(w, 9, 5), sf), y) & mask;
  if (opc === 3) cpu.setNzcv(nzcvLogical(res, size));
  wr(cpu, w & 31, res, sf);
});

/** The immediate of a logical-immediate word (Sail DecodeBitMasks(N, imms, immr, TRUE)), null if UNDEFINED. */
export function logicalImmediate(w: number): bigint | null {
  const sf = (w >>> 31) === 1;
  const n = bits(w, 22, 22);
  if (!sf && n) return null;
  return decodeBitMask(n, bits(w, 21, 16), bits(w, 15, 10), sf ? 64 : 32);
}

defineSemantics('integer_logical_immediate', (cpu, w) => {
  const sf = (w >>> 31) === 1;
  const size = sf ? 64 : 32;
  const imm = logicalImmediate(w);
  if (imm === null) throw new ArchException('undefined');
  const opc = bits(w, 30, 29);
  const res = logicalOp(opc, rd(cpu, bits(w, 9, 5), sf), imm);
  if (opc === 3) {
    cpu.setNzcv(nzcvLogical(res, size));
    wr(cpu, w & 31, res, sf);
  } else wrsp(cpu, w & 31, res, sf);
});

defineSemantics('integer_ins_ext_insert_movewide', (cpu, w) => {
  const sf = (w >>> 31) === 1;
  const hw = bits(w, 22, 21);
  if (!sf && hw >= 2) throw new ArchException('undefined');
  const opc = bits(w, 30, 29);
  if (opc === 1) throw new ArchException('undefined');
  const pos = BigInt(hw * 16);
  const imm = BigInt(bits(w, 20, 5));
  const rdn = w & 31;
  let res: bigint;
  if (opc === 3) res = (rd(cpu, rdn, sf) & ~(0xffffn << pos)) | (imm << pos);
  else res = imm << pos;
  if (opc === 0) res = ~res;
  wr(cpu, rdn, res & (sf ? MASK64 : M32), sf);
});

/** Sail DecodeBitMasks(N, imms, immr, FALSE) for a bitfield word: wmask and tmask; null if UNDEFINED. */
export function bitfieldMasks(w: number): { wmask: bigint; tmask: bigint } | null {
  const sf = (w >>> 31) === 1;
  const size = sf ? 64 : 32;
  const n = bits(w, 22, 22);
  if ((sf ? 1 : 0) !== n) return null;
  const immr = bits(w, 21, 16);
  const imms = bits(w, 15, 10);
  if (!sf && (immr >= 32 || imms >= 32)) return null;
  const wmask = decodeBitMask(n, immr, imms, size, false) ?? 0n;
  const len = 31 - Math.clz32(((n << 6) | (~imms & 0x3f)) & 0x7f);
  const levels = (1 << len) - 1;
  const d = ((imms & levels) - (immr & levels)) & levels;
  const esize = 1 << len;
  const telem = ((1n << BigInt(d + 1)) - 1n) & ((1n << BigInt(esize)) - 1n);
  let tmask = 0n;
  for (let i = 0; i < size; i += esize) tmask |= telem << BigInt(i);
  return { wmask, tmask };
}

defineSemantics('integer_bitfield', (cpu, w) => {
  const sf = (w >>> 31) === 1;
  const size = sf ? 64 : 32;
  const masks = bitfieldMasks(w);
  const opc = bits(w, 30, 29);
  if (masks === null || opc === 3) throw new ArchException('undefined');
  const { wmask, tmask } = masks;
  const immr = bits(w, 21, 16);
  const imms = bits(w, 15, 10);
  const mask = sf ? MASK64 : M32;
  const src = rd(cpu, bits(w, 9, 5), sf);
  const dst = opc === 1 ? rd(cpu, w & 31, sf) : 0n;
  const ror = ((src >> BigInt(immr)) | (src << BigInt(size - immr))) & mask;
  const bot = ((dst & ~wmask) | (ror & wmask)) & mask;
  let top: bigint;
  if (opc === 0) top = (src >> BigInt(imms)) & 1n ? mask : 0n;
  else top = dst;
  const res = opc === 2 ? ror & wmask & tmask : ((top & ~tmask) | (bot & tmask)) & mask;
  wr(cpu, w & 31, res, sf);
});

defineSemantics('integer_ins_ext_extract_immediate', (cpu, w) => {
  const sf = (w >>> 31) === 1;
  const size = sf ? 64 : 32;
  const n = bits(w, 22, 22);
  const lsb = bits(w, 15, 10);
  if ((sf ? 1 : 0) !== n || (!sf && lsb >= 32)) throw new ArchException('undefined');
  const mask = sf ? MASK64 : M32;
  const hi = rd(cpu, bits(w, 9, 5), sf);
  const lo = rd(cpu, bits(w, 20, 16), sf);
  const concat = (hi << BigInt(size)) | lo;
  wr(cpu, w & 31, (concat >> BigInt(lsb)) & mask, sf);
});

defineSemantics('integer_shift_variable', (cpu, w) => {
  const sf = (w >>> 31) === 1;
  const size = sf ? 64 : 32;
  const amount = Number(rd(cpu, bits(w, 20, 16), sf) % BigInt(size));
  wr(cpu, w & 31, shiftReg(rd(cpu, bits(w, 9, 5), sf), bits(w, 11, 10), amount, size), sf);
});

defineSemantics('integer_conditional_select', (cpu, w) => {
  const sf = (w >>> 31) === 1;
  const mask = sf ? MASK64 : M32;
  const cond = bits(w, 15, 12);
  let res: bigint;
  if (cpu.condHolds(cond)) res = rd(cpu, bits(w, 9, 5), sf);
  else {
    res = rd(cpu, bits(w, 20, 16), sf);
    if ((w >>> 30) & 1) res = ~res & mask;
    if ((w >>> 10) & 1) res = (res + 1n) & mask;
  }
  wr(cpu, w & 31, res, sf);
});

function condCompare(cpu: Cpu, w: number, y: bigint): void {
  const sf = (w >>> 31) === 1;
  const size = sf ? 64 : 32;
  if (cpu.condHolds(bits(w, 15, 12))) {
    const x = rd(cpu, bits(w, 9, 5), sf);
    const [, nzcv] = (w >>> 30) & 1 ? addWithCarry(x, ~y, 1n, size) : addWithCarry(x, y, 0n, size);
    cpu.setNzcv(nzcv);
  } else cpu.setNzcv(w & 15);
}

defineSemantics('integer_conditional_compare_immediate', (cpu, w) => condCompare(cpu, w, BigInt(bits(w, 20, 16))));
defineSemantics('integer_conditional_compare_register', (cpu, w) => condCompare(cpu, w, rd(cpu, bits(w, 20, 16), (w >>> 31) === 1)));

defineSemantics('integer_arithmetic_mul_uniform_add_sub', (cpu, w) => {
  const sf = (w >>> 31) === 1;
  const mask = sf ? MASK64 : M32;
  const p = rd(cpu, bits(w, 9, 5), sf) * rd(cpu, bits(w, 20, 16), sf);
  const a = rd(cpu, bits(w, 14, 10), sf);
  wr(cpu, w & 31, ((w >>> 15) & 1 ? a - p : a + p) & mask, sf);
});

function sext32(v: bigint): bigint {
  return v & 0x80000000n ? v - 0x100000000n : v;
}

defineSemantics('integer_arithmetic_mul_widening_32_64', (cpu, w) => {
  const u = (w >>> 23) & 1;
  let x = cpu.w(bits(w, 9, 5));
  let y = cpu.w(bits(w, 20, 16));
  if (!u) {
    x = sext32(x);
    y = sext32(y);
  }
  const a = cpu.x(bits(w, 14, 10));
  cpu.setXr(w & 31, ((w >>> 15) & 1 ? a - x * y : a + x * y) & MASK64);
});

function sext64(v: bigint): bigint {
  return v & (1n << 63n) ? v - (1n << 64n) : v;
}

defineSemantics('integer_arithmetic_mul_widening_64_128hi', (cpu, w) => {
  const u = (w >>> 23) & 1;
  let x = cpu.x(bits(w, 9, 5));
  let y = cpu.x(bits(w, 20, 16));
  if (!u) {
    x = sext64(x);
    y = sext64(y);
  }
  cpu.setXr(w & 31, ((x * y) >> 64n) & MASK64);
});

defineSemantics('integer_arithmetic_div', (cpu, w) => {
  const sf = (w >>> 31) === 1;
  const mask = sf ? MASK64 : M32;
  const signed = (w >>> 10) & 1;
  let x = rd(cpu, bits(w, 9, 5), sf);
  let y = rd(cpu, bits(w, 20, 16), sf);
  if (signed) {
    x = sf ? sext64(x) : sext32(x);
    y = sf ? sext64(y) : sext32(y);
  }
  const res = y === 0n ? 0n : x / y; // BigInt division truncates toward zero, as RoundTowardsZero
  wr(cpu, w & 31, res & mask, sf);
});

defineSemantics('integer_arithmetic_cnt', (cpu, w) => {
  const sf = (w >>> 31) === 1;
  const size = sf ? 64 : 32;
  const x = rd(cpu, bits(w, 9, 5), sf);
  let r = 0;
  if ((w >>> 10) & 1) {
    // CLS: leading bits equal to the top bit, not counting it
    const top = (x >> BigInt(size - 1)) & 1n;
    for (let i = size - 2; i >= 0 && ((x >> BigInt(i)) & 1n) === top; i--) r++;
  } else {
    for (let i = size - 1; i >= 0 && ((x >> BigInt(i)) & 1n) === 0n; i--) r++;
  }
  wr(cpu, w & 31, BigInt(r), sf);
});

defineSemantics('integer_arithmetic_rbit', (cpu, w) => {
  const sf = (w >>> 31) === 1;
  const size = sf ? 64 : 32;
  const x = rd(cpu, bits(w, 9, 5), sf);
  let r = 0n;
  for (let i = 0; i < size; i++) if ((x >> BigInt(i)) & 1n) r |= 1n << BigInt(size - 1 - i);
  wr(cpu, w & 31, r, sf);
});

defineSemantics('integer_arithmetic_rev', (cpu, w) => {
  const sf = (w >>> 31) === 1;
  const size = sf ? 64 : 32;
  const opc = bits(w, 11, 10);
  if (!sf && opc === 3) throw new ArchException('undefined');
  const container = 8 << opc; // 16, 32, 64 bits (opc 1, 2, 3); opc 2 with sf=0 is REV (32)
  const csize = opc === 0 ? 8 : Math.min(container, size);
  const x = rd(cpu, bits(w, 9, 5), sf);
  let r = 0n;
  for (let c = 0; c < size; c += csize) {
    const chunk = (x >> BigInt(c)) & ((1n << BigInt(csize)) - 1n);
    let rev = 0n;
    for (let b = 0; b < csize; b += 8) rev |= ((chunk >> BigInt(b)) & 0xffn) << BigInt(csize - 8 - b);
    r |= rev << BigInt(c);
  }
  wr(cpu, w & 31, r, sf);
});

const CRC_POLY = 0x04c11db7n;
const CRC_POLY_C = 0x1edc6f41n;
function reflect(v: bigint, n: number): bigint {
  let r = 0n;
  for (let i = 0; i < n; i++) if ((v >> BigInt(i)) & 1n) r |= 1n << BigInt(n - 1 - i);
  return r;
}
defineSemantics('integer_crc', (cpu, w) => {
  const sz = bits(w, 11, 10);
  // ASL: sf == 1 needs sz == 11 (CRC32X/CX); sf == 0 forbids it
  if ((w >>> 31 === 1) !== (sz === 3)) throw new ArchException('undefined');
  const size = 8 << sz;
  const poly = (w >>> 12) & 1 ? CRC_POLY_C : CRC_POLY;
  const acc = cpu.w(bits(w, 9, 5));
  const val = cpu.x(bits(w, 20, 16)) & ((1n << BigInt(size)) - 1n);
  // Sail: tempacc = BitReverse(acc):Zeros(size); tempval = BitReverse(val):Zeros(32); Poly32Mod2
  let data = (reflect(acc, 32) << BigInt(size)) ^ (reflect(val, size) << 32n);
  for (let i = size + 31; i >= 32; i--) if ((data >> BigInt(i)) & 1n) data ^= (poly | (1n << 32n)) << BigInt(i - 32);
  cpu.setWr(w & 31, reflect(data & 0xffffffffn, 32));
});
