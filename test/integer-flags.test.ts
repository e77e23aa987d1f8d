// AddWithCarry (flags by the sign-bit formula) against Sail's own formulation of AddWithCarry,
// transcribed here as the oracle: V from comparing the signed sum with the result read as signed.
import { describe, it, expect } from 'vitest';
import { addWithCarry } from '../src/exec/a64-integer.js';
import { lcg64 } from './helpers/rng.js';

function sailAddWithCarry(x: bigint, y: bigint, carry: bigint, size: number): [bigint, number] {
  const mask = (1n << BigInt(size)) - 1n;
  const signed = (v: bigint): bigint => ((v >> BigInt(size - 1)) & 1n ? v - (mask + 1n) : v);
  const ux = x & mask;
  const uy = y & mask;
  const usum = ux + uy + carry;
  const result = usum & mask;
  const ssum = signed(ux) + signed(uy) + carry;
  const n = Number((result >> BigInt(size - 1)) & 1n);
  return [result, (n << 3) | ((result === 0n ? 1 : 0) << 2) | ((usum === result ? 0 : 1) << 1) | (signed(result) === ssum ? 0 : 1)];
}

describe('AddWithCarry', () => {
  it('gives Sail\'s result and NZCV for edge values and 50,000 random operands (2-, 32- and 64-bit)', () => {
    const edges = [0n, 1n, 2n, 3n, 0x7fffffffn, 0x80000000n, 0xffffffffn, 0x7fffffffffffffffn, 0x8000000000000000n, 0xffffffffffffffffn];
    const next = lcg64(99n);
    for (const size of [2, 32, 64]) {
      const pairs: [bigint, bigint][] = edges.flatMap((x) => edges.map((y): [bigint, bigint] => [x, y]));
      for (let i = 0; i < 50_000; i++) pairs.push([next(), next()]);
      for (const [x, y] of pairs) for (const c of [0n, 1n]) expect(addWithCarry(x, y, c, size)).toEqual(sailAddWithCarry(x, y, c, size));
    }
  });
});
