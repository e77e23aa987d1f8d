/** Deterministic xorshift32 PRNG so randomised tests reproduce. */
export function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13; s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5; s >>>= 0;
    return s;
  };
}

/** Deterministic 64-bit LCG (Knuth's MMIX constants) for randomised BigInt tests. */
export function lcg64(seed: bigint): () => bigint {
  let s = seed;
  return () => (s = (s * 6364136223846793005n + 1442695040888963407n) & ((1n << 64n) - 1n));
}

/** The (low, high) 32-bit halves of a 64-bit value. */
export function halves64(v: bigint): [number, number] {
  return [Number(v & 0xffffffffn), Number(v >> 32n)];
}
