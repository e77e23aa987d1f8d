// Oracle: the interpreter (itself checked against the Sail-generated suite, qemu-aarch64 and native
// builds). The block engine must retire exactly the same instructions with exactly the same
// architectural results: every hybrid and purecap fixture (incl. self-modifying code) is run with
// the interpreter and with the block engine with its WebAssembly tier as by default, eager (every
// page) and off, every Sail-generated test with the interpreter and the block engine, and the
// outputs, exit statuses and instruction counts compared; an instruction limit stops each at the
// same instruction.
import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { loadElfFile } from '../src/elf/reader.js';
import { GuestProcess } from '../src/os/cheribsd/process.js';
import { defaultEngine, type EngineKind } from '../src/exec/block-engine.js';
import { JitRuntime } from '../src/exec/jit-runtime.js';
import { lcg64, halves64 } from './helpers/rng.js';
import { generatedTestsDir, projectRoot } from '../src/machine/generated-tests.js';
import { runConformance } from '../src/machine/conformance.js';
import { runRegression } from '../src/profile/regression.js';

const FIX = join(import.meta.dirname, '..', 'fixtures');

function sidecar(file: string, ext: string): string | null {
  const base = file.replace(/\.elf$/, '');
  for (const b of [base, base.replace(/-(gcc-)?O\d$/, '')]) if (existsSync(`${b}.${ext}`)) return readFileSync(`${b}.${ext}`, 'utf8');
  return null;
}

function runWith(file: string, engine: EngineKind, limit?: number): { out: string; status: number | string; instructions: number; morello: number } {
  const root = mkdtempSync(join(tmpdir(), 'msim-engine-'));
  const chunks: Buffer[] = [];
  const args = (sidecar(file, 'args') ?? '').split(/\s+/).filter((a) => a !== '');
  const env = (sidecar(file, 'env') ?? '').split('\n').filter((l) => l !== '');
  const proc = new GuestProcess(loadElfFile(file), {
    argv: [file, ...args], env, root, engine, stdin: () => new Uint8Array(0),
    stdout: (b) => chunks.push(Buffer.from(b)), stderr: (b) => chunks.push(Buffer.from(b)),
  });
  try {
    const r = proc.run(limit);
    return { out: Buffer.concat(chunks).toString('latin1'), status: r.status, instructions: r.instructions, morello: r.morelloInstructions };
  } catch (e) {
    return { out: Buffer.concat(chunks).toString('latin1'), status: (e as Error).message, instructions: proc.cpu.retired, morello: proc.cpu.retiredMorello };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

const dir = generatedTestsDir();
const built = existsSync(join(projectRoot(), 'dist', 'src', 'machine', 'conformance-worker.js'));

/** The engine configurations compared with the interpreter: the block engine as it runs by
 *  default (its WebAssembly tier compiling pages once they are hot), with the tier compiling every
 *  page on first use (as much code as possible through it), without the tier, and with an arena
 *  too small for some programs. */
const CONFIGS: Record<string, Record<string, string | undefined>> = {
  interp: { MORELLO_SIM_ENGINE: 'interp' },
  blocks: { MORELLO_SIM_ENGINE: 'blocks' },
  'blocks, every page in WebAssembly': { MORELLO_SIM_ENGINE: 'blocks', MORELLO_SIM_WASM_HOT: '0' },
  'js (blocks without WebAssembly)': { MORELLO_SIM_ENGINE: 'js' },
  // 11 pages fit: a process that touches more hands over from the tier to JavaScript mid-run
  'blocks, every page in WebAssembly, a 64 KiB arena': { MORELLO_SIM_ENGINE: 'blocks', MORELLO_SIM_WASM_HOT: '0', MORELLO_SIM_ARENA_MB: '0.1' },
};

/** Runs `f` with environment variables set (worker threads copy the environment when they start;
 *  the engines read theirs when they are made). */
async function withEnv<T>(vars: Record<string, string | undefined>, f: () => T | Promise<T>): Promise<T> {
  const saved = Object.fromEntries(Object.keys(vars).map((k) => [k, process.env[k]]));
  const set = (v: Record<string, string | undefined>): void => {
    for (const [k, x] of Object.entries(v)) {
      if (x === undefined) delete process.env[k];
      else process.env[k] = x;
    }
  };
  set(vars);
  try {
    return await f();
  } finally {
    set(saved);
  }
}

describe('block engine against the interpreter', () => {
  it.skipIf(!built)('every hybrid and purecap fixture: expected output and status with every engine configuration, same instruction counts', async () => {
    const run = async (config: string): Promise<Map<string, string>> => {
      const rs = await withEnv(CONFIGS[config]!, async () => [
        ...(await runRegression(join(FIX, 'hybrid'))), ...(await runRegression(join(FIX, 'purecap')))]);
      return new Map(rs.map((r) => [r.file, `${r.passed ? 'passed' : r.reason} ${r.instructions} ${r.morelloInstructions}`]));
    };
    const a = await run('interp');
    expect(a.size).toBeGreaterThan(120);
    expect([...a].filter(([, v]) => !v.startsWith('passed'))).toEqual([]);
    for (const config of Object.keys(CONFIGS).filter((c) => c !== 'interp')) {
      const b = await run(config);
      expect([...a].filter(([f, v]) => b.get(f) !== v).map(([f, v]) => `${f}: interp ${v}, ${config} ${b.get(f)}`)).toEqual([]);
    }
  }, 600_000);

  it('self-modifying code: the rewritten instruction runs (sum 10, not 4) in every configuration', async () => {
    for (const config of Object.keys(CONFIGS)) {
      const r = await withEnv(CONFIGS[config]!, () => runWith(join(FIX, 'purecap', 'selfmod-hybrid.elf'), defaultEngine()));
      expect(r.status, config).toBe(10);
    }
  });

  it('an instruction limit stops every engine configuration at the same instruction', async () => {
    for (const limit of [1000, 50_000, 77_777, 123_457]) {
      const a = runWith(join(FIX, 'hybrid', 'sort-O2.elf'), 'interp', limit);
      expect(a.instructions).toBe(limit);
      for (const config of Object.keys(CONFIGS).filter((c) => c !== 'interp')) {
        const b = await withEnv(CONFIGS[config]!, () => runWith(join(FIX, 'hybrid', 'sort-O2.elf'), defaultEngine(), limit));
        expect(b, `${config}, limit ${limit}`).toEqual(a);
      }
    }
  });

  it.skipIf(dir === null || !built)('every Sail-generated test: same outcome and instruction count', async () => {
    const run = async (engine: EngineKind): Promise<Map<string, string>> => {
      const rs = await withEnv(CONFIGS[engine]!, () => runConformance(dir!));
      return new Map(rs.map((r) => [r.file, `${r.status} ${JSON.stringify(r.output)} ${r.instructions} ${r.lastPc}`]));
    };
    const a = await run('interp');
    const b = await run('blocks');
    expect(a.size).toBe(2003);
    const differ = [...a].filter(([f, v]) => b.get(f) !== v).map(([f, v]) => `${f}: interp ${v}, blocks ${b.get(f)}`);
    expect(differ).toEqual([]);
  }, 600_000);
});

describe('block engine runtime helpers against BigInt arithmetic', () => {
  it('UMULH/SMULH and 64-bit multiply on 32-bit halves: edge values and 100,000 random pairs', () => {
    const R = new JitRuntime();
    const next = lcg64(7n);
    const half = halves64;
    // Edge values first (all ones, single bits, words at their extremes), then random pairs.
    const edges = [0n, 1n, 2n, 0xffffffffn, 0x100000000n, 0x7fffffffffffffffn, 0x8000000000000000n, 0xffffffffffffffffn, 0xffffffff00000000n, 0x80000000n, 0x1fffffffffffffn];
    const pairs: [bigint, bigint][] = edges.flatMap((x) => edges.map((y): [bigint, bigint] => [x, y]));
    for (let i = 0; i < 100_000 + pairs.length; i++) {
      const [a, b] = i < pairs.length ? pairs[i]! : [next(), next()];
      const [al, ah] = half(a);
      const [bl, bh] = half(b);
      for (const signed of [false, true]) {
        R.mulHigh64(al, ah, bl, bh, signed);
        const x = signed ? BigInt.asIntN(64, a) : a;
        const y = signed ? BigInt.asIntN(64, b) : b;
        expect((BigInt(R.hi) << 32n) | BigInt(R.lo)).toBe(BigInt.asUintN(64, (x * y) >> 64n));
      }
      R.mul64(al, ah, bl, bh);
      expect((BigInt(R.hi) << 32n) | BigInt(R.lo)).toBe(BigInt.asUintN(64, a * b));
    }
  });
});

describe('block engine 64-bit division helper against BigInt', () => {
  it('UDIV/SDIV on halves: magnitudes around 2^32, 2^53 and 2^64, both signs, x / 0 = 0', () => {
    const R = new JitRuntime();
    const next = lcg64(3n);
    const edges = [0n, 1n, 2n, 3n, 7n, 0xffffffffn, 1n << 32n, (1n << 53n) - 1n, 1n << 53n, (1n << 53n) + 1n, 1n << 63n, (1n << 64n) - 1n];
    const values = [...edges, ...edges.map((v) => BigInt.asUintN(64, -v))];
    const shifted = (): bigint => next() >> BigInt(Number(next() % 64n)); // every magnitude class
    const pairs: [bigint, bigint][] = values.flatMap((x) => values.map((y): [bigint, bigint] => [x, y]));
    for (let i = 0; i < 50_000; i++) pairs.push([i % 2 ? shifted() : BigInt.asUintN(64, -shifted()), shifted()]);
    const half = halves64;
    for (const [a, b] of pairs) {
      const [al, ah] = half(a);
      const [bl, bh] = half(b);
      for (const signed of [false, true]) {
        R.div64(al, ah, bl, bh, signed);
        const x = signed ? BigInt.asIntN(64, a) : a;
        const y = signed ? BigInt.asIntN(64, b) : b;
        expect((BigInt(R.hi) << 32n) | BigInt(R.lo)).toBe(y === 0n ? 0n : BigInt.asUintN(64, x / y));
      }
    }
  });
});

describe('block engine TBL/TBX helper against hand-computed lookups', () => {
  // Register r's byte j holds 16·r + j (mod 256); tables wrap from V31 to V0 (Sail: (n + i) MOD 32).
  const fresh = (): Uint32Array => {
    const V = new Uint32Array(128);
    for (let r = 0; r < 32; r++) for (let j = 0; j < 16; j++) V[r * 4 + (j >> 2)]! |= ((16 * r + j) & 255) << ((j & 3) * 8);
    return V;
  };
  const bytesOf = (V: Uint32Array, r: number): number[] => Array.from({ length: 16 }, (_, j) => (V[r * 4 + (j >> 2)]! >>> ((j & 3) * 8)) & 255);
  const setIndices = (V: Uint32Array, r: number, ix: number[]): void => {
    for (let k = 0; k < 4; k++) V[r * 4 + k] = 0;
    ix.forEach((x, j) => (V[r * 4 + (j >> 2)]! |= x << ((j & 3) * 8)));
  };
  const ix = [0, 15, 16, 31, 32, 47, 255, 5, 17, 1, 30, 48, 64, 2, 18, 3];

  it('TBL with a two-register table that wraps from V31 to V0; 16 and 8 bytes', () => {
    const V = fresh();
    setIndices(V, 7, ix);
    new JitRuntime().table(V, 9, 31, 7, 2, 1, false);
    // index < 16: V31 byte (16·31 + i) & 255; 16..31: V0 byte i - 16; beyond 32: 0
    expect(bytesOf(V, 9)).toEqual([240, 255, 0, 15, 0, 0, 0, 245, 1, 241, 14, 0, 0, 242, 2, 243]);
    const W = fresh();
    setIndices(W, 7, ix);
    new JitRuntime().table(W, 7, 31, 7, 2, 0, false); // Vd = Vm, Q = 0: upper half cleared
    expect(bytesOf(W, 7)).toEqual([240, 255, 0, 15, 0, 0, 0, 245, 0, 0, 0, 0, 0, 0, 0, 0]);
  });

  it('TBX keeps the destination byte for an index beyond a three-register table', () => {
    const V = fresh();
    setIndices(V, 7, ix);
    new JitRuntime().table(V, 4, 1, 7, 3, 1, true);
    // table = V1, V2, V3 (48 bytes): byte k of the table is 16 + k; index ≥ 48 keeps V4's byte (64 + i)
    expect(bytesOf(V, 4)).toEqual([16, 31, 32, 47, 48, 63, 70, 21, 33, 17, 46, 75, 76, 18, 34, 19]);
  });
});
