// 64-bit integer helpers on (lo, hi) 32-bit halves, and conversions to BigInt for the rare operations
// (multiply-high, divide) where halves would only obscure the arithmetic.

export const TWO32 = 0x100000000;

export function toBig(lo: number, hi: number): bigint {
  return (BigInt(hi >>> 0) << 32n) | BigInt(lo >>> 0);
}

export function bigLo(v: bigint): number {
  return Number(v & 0xffffffffn) >>> 0;
}

export function bigHi(v: bigint): number {
  return Number((v >> 32n) & 0xffffffffn) >>> 0;
}

/** Unsigned 64-bit value as a JS number; exact below 2^53. */
export function toNum(lo: number, hi: number): number {
  return (hi >>> 0) * TWO32 + (lo >>> 0);
}

export function signExtendBig(v: bigint, bits: number): bigint {
  const m = 1n << BigInt(bits - 1);
  const x = v & ((1n << BigInt(bits)) - 1n);
  return (x ^ m) - m;
}

export const MASK64 = (1n << 64n) - 1n;

/**
 * Gives number fields that will hold values beyond V8's small integers (2^30 and up) a double
 * representation from the start, so that the object's shape is never deprecated while compiled
 * code runs (a deprecation aborts or undoes V8's optimisation of the hot functions).
 */
export function preferDoubleFields<T extends object, K extends keyof T>(o: T, keys: readonly K[]): void {
  for (const k of keys) {
    const v = o[k];
    (o as Record<K, unknown>)[k] = 0.5;
    o[k] = v;
  }
}
