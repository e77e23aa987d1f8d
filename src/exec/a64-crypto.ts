// Cryptographic Extension as Morello implements it (its Neoverse N1 base has AES, PMULL (64-bit,
// in a64-simd-int.ts), SHA1 and SHA256): Sail execute_aarch64_instrs_vector_crypto_*. SHA512,
// SHA3 (EOR3/RAX1/XAR/BCAX), SM3 and SM4 are not implemented by the core: UNDEFINED (Sail decodes
// them only when HaveSHA512Ext/HaveSHA3Ext/HaveSM3Ext/HaveSM4Ext).
import { defineSemantics, type Cpu } from './cpu.js';
import { ArchException } from '../cpu/exception.js';
import { readV, writeV } from './a64-memory.js';
import { bits } from '../isa/table.js';

// ---------------------------------------------------------------- AES
/** GF(2^8) multiplication modulo x^8 + x^4 + x^3 + x + 1. */
function gmul(a: number, b: number): number {
  let r = 0;
  for (let i = 0; i < 8; i++) {
    if (b & 1) r ^= a;
    const hi = a & 0x80;
    a = (a << 1) & 0xff;
    if (hi) a ^= 0x1b;
    b >>= 1;
  }
  return r;
}

/** The AES S-box and its inverse, computed on first use (multiplicative inverse followed by the
 *  affine map with constant 0x63): 64K GF multiplications are not paid at start-up. */
let sboxes: { SBOX: Uint8Array; INV_SBOX: Uint8Array } | null = null;
function aesSboxes(): { SBOX: Uint8Array; INV_SBOX: Uint8Array } {
  if (sboxes !== null) return sboxes;
  const SBOX = new Uint8Array(256);
  const INV_SBOX = new Uint8Array(256);
  for (let x = 0; x < 256; x++) {
    let inv = 0;
    if (x !== 0) for (inv = 1; gmul(x, inv) !== 1; inv++);
    let s = 0x63;
    for (let i = 0; i < 5; i++) s ^= ((inv << i) | (inv >> (8 - i))) & 0xff;
    SBOX[x] = s;
    INV_SBOX[s] = x;
  }
  sboxes = { SBOX, INV_SBOX };
  return sboxes;
}

function toBytes(v: bigint): number[] {
  const out: number[] = [];
  for (let i = 0; i < 16; i++) out.push(Number((v >> BigInt(8 * i)) & 0xffn));
  return out;
}
function fromBytes(b: readonly number[]): bigint {
  let v = 0n;
  for (let i = 15; i >= 0; i--) v = (v << 8n) | BigInt(b[i]!);
  return v;
}

/** Byte i of the state is row i % 4, column i / 4; ShiftRows rotates row r left by r columns. */
function shiftRows(s: readonly number[], inverse: boolean): number[] {
  const out = new Array<number>(16);
  for (let c = 0; c < 4; c++) for (let r = 0; r < 4; r++) out[r + 4 * c] = s[r + 4 * ((c + (inverse ? 4 - r : r)) % 4)]!;
  return out;
}

const MIX = [2, 3, 1, 1];
const INV_MIX = [14, 11, 13, 9];

function mixColumns(s: readonly number[], inverse: boolean): number[] {
  const k = inverse ? INV_MIX : MIX;
  const out = new Array<number>(16);
  for (let c = 0; c < 4; c++) {
    for (let r = 0; r < 4; r++) {
      let x = 0;
      for (let j = 0; j < 4; j++) x ^= gmul(s[4 * c + j]!, k[(j - r + 4) % 4]!);
      out[4 * c + r] = x;
    }
  }
  return out;
}

defineSemantics('vector_crypto_aes_round', (cpu, w) => {
  // AESE (D=0) / AESD (D=1): AddRoundKey, then (Inv)ShiftRows and (Inv)SubBytes
  const decrypt = bits(w, 12, 12) === 1;
  const state = toBytes(readV(cpu, w & 31, 16) ^ readV(cpu, bits(w, 9, 5), 16));
  const { SBOX, INV_SBOX } = aesSboxes();
  const box = decrypt ? INV_SBOX : SBOX;
  writeV(cpu, w & 31, 16, fromBytes(shiftRows(state, decrypt).map((b) => box[b]!)));
});

defineSemantics('vector_crypto_aes_mix', (cpu, w) => {
  // AESMC (D=0) / AESIMC (D=1)
  writeV(cpu, w & 31, 16, fromBytes(mixColumns(toBytes(readV(cpu, bits(w, 9, 5), 16)), bits(w, 12, 12) === 1)));
});

// ---------------------------------------------------------------- SHA1 and SHA256
const rol = (x: number, n: number): number => ((x << n) | (x >>> (32 - n))) >>> 0;
const ror = (x: number, n: number): number => ((x >>> n) | (x << (32 - n))) >>> 0;
const choose = (x: number, y: number, z: number): number => (((y ^ z) & x) ^ z) >>> 0;
const parity = (x: number, y: number, z: number): number => (x ^ y ^ z) >>> 0;
const majority = (x: number, y: number, z: number): number => ((x & y) | ((x | y) & z)) >>> 0;

function words(v: bigint): number[] {
  return [0, 1, 2, 3].map((i) => Number((v >> BigInt(32 * i)) & 0xffffffffn));
}
function fromWords(ws: readonly number[]): bigint {
  return ws.reduceRight((acc, x) => (acc << 32n) | BigInt(x >>> 0), 0n);
}

function sha1Hash(cpu: Cpu, w: number, f: (x: number, y: number, z: number) => number): void {
  const d = w & 31;
  const X = words(readV(cpu, d, 16));
  let y = Number(readV(cpu, bits(w, 9, 5), 4));
  const W = words(readV(cpu, bits(w, 20, 16), 16));
  for (let e = 0; e < 4; e++) {
    const t = f(X[1]!, X[2]!, X[3]!);
    y = (y + rol(X[0]!, 5) + t + W[e]!) >>> 0;
    X[1] = rol(X[1]!, 30);
    // (Y:X) = ROL(Y:X, 32)
    const top = X[3]!;
    X.splice(3, 1);
    X.unshift(y);
    y = top;
  }
  writeV(cpu, d, 16, fromWords(X));
}

defineSemantics('vector_crypto_sha3op_sha1_hash_choose', (cpu, w) => sha1Hash(cpu, w, choose));
defineSemantics('vector_crypto_sha3op_sha1_hash_parity', (cpu, w) => sha1Hash(cpu, w, parity));
defineSemantics('vector_crypto_sha3op_sha1_hash_majority', (cpu, w) => sha1Hash(cpu, w, majority));

defineSemantics('vector_crypto_sha2op_sha1_hash', (cpu, w) => {
  // SHA1H: fixed rotate
  writeV(cpu, w & 31, 4, BigInt(rol(Number(readV(cpu, bits(w, 9, 5), 4)), 30)));
});

defineSemantics('vector_crypto_sha3op_sha1_sched0', (cpu, w) => {
  const op1 = readV(cpu, w & 31, 16);
  const op2 = readV(cpu, bits(w, 9, 5), 16);
  const op3 = readV(cpu, bits(w, 20, 16), 16);
  const r = ((op2 & ((1n << 64n) - 1n)) << 64n) | (op1 >> 64n);
  writeV(cpu, w & 31, 16, r ^ op1 ^ op3);
});

defineSemantics('vector_crypto_sha2op_sha1_sched1', (cpu, w) => {
  const T = words(readV(cpu, w & 31, 16) ^ (readV(cpu, bits(w, 9, 5), 16) >> 32n));
  const r = [rol(T[0]!, 1), rol(T[1]!, 1), rol(T[2]!, 1), (rol(T[3]!, 1) ^ rol(T[0]!, 2)) >>> 0];
  writeV(cpu, w & 31, 16, fromWords(r));
});

const sigma0 = (x: number): number => (ror(x, 2) ^ ror(x, 13) ^ ror(x, 22)) >>> 0;
const sigma1 = (x: number): number => (ror(x, 6) ^ ror(x, 11) ^ ror(x, 25)) >>> 0;

/** Sail SHA256hash: four rounds; SHA256H returns X (part1), SHA256H2 returns Y. */
function sha256Hash(x0: bigint, y0: bigint, w0: bigint, part1: boolean): bigint {
  const X = words(x0);
  const Y = words(y0);
  const W = words(w0);
  for (let e = 0; e < 4; e++) {
    const chs = choose(Y[0]!, Y[1]!, Y[2]!);
    const maj = majority(X[0]!, X[1]!, X[2]!);
    const t1 = (Y[3]! + sigma1(Y[0]!) + chs + W[e]!) >>> 0;
    X[3] = (t1 + X[3]!) >>> 0;
    Y[3] = (t1 + sigma0(X[0]!) + maj) >>> 0;
    // (Y:X) = ROL(Y:X, 32)
    const xTop = X[3]!;
    const yTop = Y[3]!;
    X.splice(3, 1);
    X.unshift(yTop);
    Y.splice(3, 1);
    Y.unshift(xTop);
  }
  return fromWords(part1 ? X : Y);
}

defineSemantics('vector_crypto_sha3op_sha256_hash', (cpu, w) => {
  const d = readV(cpu, w & 31, 16);
  const n = readV(cpu, bits(w, 9, 5), 16);
  const m = readV(cpu, bits(w, 20, 16), 16);
  const part1 = bits(w, 12, 12) === 0; // SHA256H (P=0), SHA256H2 (P=1)
  writeV(cpu, w & 31, 16, part1 ? sha256Hash(d, n, m, true) : sha256Hash(n, d, m, false));
});

defineSemantics('vector_crypto_sha2op_sha256_sched0', (cpu, w) => {
  const op1 = readV(cpu, w & 31, 16);
  const T = words(((readV(cpu, bits(w, 9, 5), 16) & 0xffffffffn) << 96n) | (op1 >> 32n));
  const a = words(op1);
  writeV(cpu, w & 31, 16, fromWords(T.map((e, i) => ((ror(e, 7) ^ ror(e, 18) ^ (e >>> 3)) + a[i]!) >>> 0)));
});

defineSemantics('vector_crypto_sha3op_sha256_sched1', (cpu, w) => {
  const op1 = words(readV(cpu, w & 31, 16));
  const op2 = readV(cpu, bits(w, 9, 5), 16);
  const op3 = readV(cpu, bits(w, 20, 16), 16);
  const T0 = words(((op3 & 0xffffffffn) << 96n) | (op2 >> 32n));
  const s1 = (e: number): number => (ror(e, 17) ^ ror(e, 19) ^ (e >>> 10)) >>> 0;
  const t1 = words(op3 >> 64n);
  const r: number[] = [];
  for (let e = 0; e < 2; e++) r.push((s1(t1[e]!) + op1[e]! + T0[e]!) >>> 0);
  for (let e = 2; e < 4; e++) r.push((s1(r[e - 2]!) + op1[e]! + T0[e]!) >>> 0);
  writeV(cpu, w & 31, 16, fromWords(r));
});

// ---------------------------------------------------------------- not in Morello's core
defineSemantics([
  'vector_crypto_sha512_sha512h', 'vector_crypto_sha512_sha512h2', 'vector_crypto_sha512_sha512su0', 'vector_crypto_sha512_sha512su1',
  'vector_crypto_sha3_eor3', 'vector_crypto_sha3_rax1', 'vector_crypto_sha3_xar', 'vector_crypto_sha3_bcax',
  'vector_crypto_sm3_sm3ss1', 'vector_crypto_sm3_sm3tt1a', 'vector_crypto_sm3_sm3tt1b', 'vector_crypto_sm3_sm3tt2a', 'vector_crypto_sm3_sm3tt2b',
  'vector_crypto_sm3_sm3partw1', 'vector_crypto_sm3_sm3partw2', 'vector_crypto_sm4_sm4enc', 'vector_crypto_sm4_sm4enckey',
], () => {
  throw new ArchException('undefined');
});
