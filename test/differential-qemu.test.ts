// Oracle: qemu-aarch64 (Debian qemu-user). Random sequences drawn from the integer, FP, every
// AdvSIMD and crypto family, and every load/store family (on scratch memory: pairs, structures,
// exclusives, LSE atomics, acquire/release), a quarter of them under a directed FPCR rounding mode,
// run in a harness that loads known registers and dumps X0–X27, V0–V31, NZCV, FPSR and the scratch
// memory; our CPU must produce the same bytes; the families the WebAssembly tier compiles once more
// with every code page compiled on first use. Fixed seeds for CI; developers run
// `node dist/tools/difftest.js --seed N --count M [--only REGEX]` for more.
import { describe, it, expect } from 'vitest';
import { execFileSync } from 'node:child_process';
import { runDifferential, restrictCandidates } from '../tools/difftest.js';

const haveQemu = (() => {
  try {
    execFileSync('qemu-aarch64', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

describe.skipIf(!haveQemu)('differential testing against qemu-aarch64', () => {
  it('5,000 random sequences on the CI seed agree register for register', () => {
    const r = runDifferential(20261125, 5000);
    const report = r.mismatches.slice(0, 10).map((m) => `sequence ${m.seq}: ${m.reg} ours ${m.ours} qemu ${m.qemu}\n  ${m.insns.join('\n  ')}`);
    console.log(`differential: ${r.sequences - r.mismatches.length} of ${r.sequences} sequences agree with qemu-aarch64`);
    expect(r.sequences).toBe(5000);
    expect(report).toEqual([]);
  }, 600_000);

  it('3,000 integer, scalar FP and load/store sequences through the WebAssembly tier (every page compiled on first use) agree', () => {
    process.env.MORELLO_SIM_WASM_HOT = '0';
    restrictCandidates(/^(integer_|float_|memory_(single|pair)_(general|simdfp)|vector_logical$)/);
    try {
      const r = runDifferential(20261129, 3000);
      const report = r.mismatches.slice(0, 10).map((m) => `sequence ${m.seq}: ${m.reg} ours ${m.ours} qemu ${m.qemu}\n  ${m.insns.join('\n  ')}`);
      expect(r.sequences).toBe(3000);
      expect(report).toEqual([]);
    } finally {
      restrictCandidates(null);
      delete process.env.MORELLO_SIM_WASM_HOT;
    }
  }, 600_000);
});
