// Oracle: the interpreter (checked against the Sail-generated suite, qemu-aarch64 and native
// builds). Random two-page A64 programs with branches of every kind, loads/stores and FP
// (tools/fuzz-engines.ts) must retire the same instructions, end at the same fault or limit and
// leave the same registers and memory under the block engine — with its WebAssembly tier compiling
// every page on first use, and with the JavaScript blocks alone. More: `node
// dist/tools/fuzz-engines.js --seed N --count M [--engine js]`.
import { describe, it, expect } from 'vitest';
import { fuzzEngines } from '../tools/fuzz-engines.js';

describe('random control flow: block engine against the interpreter', () => {
  it('150 programs through the WebAssembly tier (every page compiled on first use)', () => {
    process.env.MORELLO_SIM_WASM_HOT = '0';
    try {
      const r = fuzzEngines(20261129, 150, 'blocks');
      console.log(`fuzz (blocks): ${r.programs - r.mismatches.length} of ${r.programs} agree, ${r.instructions} instructions, ${r.limits} at the limit, ${r.faults} faults`);
      expect(r.mismatches).toEqual([]);
      expect(r.limits).toBeGreaterThan(5);
      expect(r.instructions).toBeGreaterThan(200_000);
    } finally {
      delete process.env.MORELLO_SIM_WASM_HOT;
    }
  }, 300_000);

  it('50 programs through the JavaScript blocks alone', () => {
    const r = fuzzEngines(20261130, 50, 'js');
    expect(r.mismatches).toEqual([]);
  }, 300_000);
});
