// `npm run bench`: the simulator's speed (a benchmark script, not a test). Builds nothing: the
// programs are the committed fixtures/bench ELFs (tools/build-bench-fixtures.sh rebuilds them).
// Per workload: instructions retired, seconds of guest execution (median of 3 runs, in process,
// after loading) and MIPS; the C kernels also run, built for Linux, under qemu-aarch64 (Debian
// qemu-user) when installed, and the ratio of our time to qemu's (wall time, its start-up included)
// is printed; then the Sail-generated suite's wall time and the start-up time to the first
// instruction. MORELLO_SIM_ENGINE=interp measures the interpreter alone.
//   node dist/tools/bench.js [--quick]
import { execFileSync, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { join, dirname } from 'node:path';
import { existsSync } from 'node:fs';
import { loadElfFile } from '../src/elf/reader.js';
import { GuestProcess } from '../src/os/cheribsd/process.js';
import { defaultEngine } from '../src/exec/block-engine.js';
import { generatedTestsDir } from '../src/machine/generated-tests.js';
import { runConformance } from '../src/machine/conformance.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const BENCH = join(root, 'fixtures', 'bench');
const quick = process.argv.includes('--quick');
const RUNS = 3;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** Runs a fixture in process; returns instructions and seconds of execution (loading excluded). */
function runOnce(file: string, args: string[]): { instructions: number; seconds: number; status: number } {
  const proc = new GuestProcess(loadElfFile(file), { argv: [file, ...args], env: [], stdout: () => {}, stderr: () => {}, stdin: () => new Uint8Array(0) });
  const t0 = process.hrtime.bigint();
  const r = proc.run();
  return { instructions: r.instructions, seconds: Number(process.hrtime.bigint() - t0) / 1e9, status: r.status };
}

function timeGuest(file: string, args: string[]): { instructions: number; seconds: number } {
  const runs = Array.from({ length: RUNS }, () => runOnce(file, args));
  return { instructions: runs[0]!.instructions, seconds: median(runs.map((r) => r.seconds)) };
}

const haveQemu = spawnSync('qemu-aarch64', ['--version'], { stdio: 'ignore' }).status === 0;

function timeQemu(file: string, args: string[]): number {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = process.hrtime.bigint();
    execFileSync('qemu-aarch64', [file, ...args], { stdio: 'ignore' });
    times.push(Number(process.hrtime.bigint() - t0) / 1e9);
  }
  return median(times);
}

const row = (name: string, n: number, s: number, extra = ''): string =>
  `${name.padEnd(34)} ${String(n).padStart(12)} ${s.toFixed(3).padStart(9)} ${(n / s / 1e6).toFixed(1).padStart(8)}${extra}`;

console.log(`engine: ${defaultEngine()}; median of ${RUNS} runs; seconds = guest execution, loading excluded`);
console.log(`${'workload'.padEnd(34)} ${'instructions'.padStart(12)} ${'seconds'.padStart(9)} ${'MIPS'.padStart(8)}`);
const a = timeGuest(join(BENCH, 'loop-a64.elf'), []);
console.log(row('(a) A64 integer loop', a.instructions, a.seconds));
const b = timeGuest(join(BENCH, 'loop-c64.elf'), []);
console.log(row('(b) C64 capability loop', b.instructions, b.seconds));

// The last row runs sort ten times longer: compiling the hot code (V8's optimising compiler,
// on the second core) is most of a short run, so this shows the steady state beside it.
const kernels: [string, number][] = [['sort', 400], ['bytecode', 400], ['life', 80], ['mandel', quick ? 1 : 5], ...(quick ? [] : [['sort', 4000] as [string, number]])];
for (const [name, reps] of kernels) {
  const args = [String(reps)];
  const r = timeGuest(join(BENCH, `${name}-O2.elf`), args);
  let extra = '';
  if (haveQemu) {
    const q = timeQemu(join(BENCH, `${name}-O2.linux`), args);
    extra = `   qemu-aarch64 ${q.toFixed(3)} s, ratio ${(r.seconds / q).toFixed(1)}x`;
  }
  console.log(row(`(c) ${name} -O2 ×${reps}`, r.instructions, r.seconds, extra));
}
if (!haveQemu) console.log('    (qemu-aarch64 not installed: no ratio; apt-get install qemu-user)');

const dir = generatedTestsDir();
if (dir !== null && !quick) {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = Date.now();
    const rs = await runConformance(dir);
    times.push((Date.now() - t0) / 1000);
    if (rs.some((r) => !r.passed)) console.log('    (some conformance tests failed: run npm test)');
  }
  console.log(`(d) Sail-generated suite (2003 tests, worker threads) wall time ${median(times).toFixed(2)} s`);
} else if (quick) console.log('(d) Sail-generated suite: skipped (--quick)');
else console.log('(d) Sail-generated suite: not found (../shared/morello-generated-tests or MORELLO_TESTS_DIR)');

// Start-up: from process start to the first guest instruction, through the CLI.
const cli = join(root, 'dist', 'src', 'cli', 'main.cjs');
const hello = join(root, 'fixtures', 'hybrid', 'hello-O2.elf');
if (existsSync(cli)) {
  // Start-up varies more than the rest on a shared machine: median of 9, beside Node's own start-up
  // (process start to its first line of JavaScript) measured the same way.
  const STARTS = 9;
  const ms: number[] = [];
  const bare: number[] = [];
  for (let i = 0; i < STARTS; i++) {
    const r = spawnSync(process.execPath, [cli, 'run', hello], { env: { ...process.env, MORELLO_SIM_TIMING: '1' }, encoding: 'utf8' });
    const m = /first instruction after ([\d.]+) ms/.exec(r.stderr);
    if (m) ms.push(Number(m[1]));
    const n = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(performance.now()))'], { encoding: 'utf8' });
    bare.push(Number(n.stdout));
  }
  const t0 = process.hrtime.bigint();
  new GuestProcess(loadElfFile(hello), { argv: [hello], env: [], stdout: () => {} });
  const inProc = Number(process.hrtime.bigint() - t0) / 1e6;
  console.log(`start-up to first instruction: ${median(ms).toFixed(0)} ms through the CLI (median of ${STARTS}; Node's own start-up ${median(bare).toFixed(0)} ms included); ` +
    `${inProc.toFixed(1)} ms to load and set up a process in a running program`);
}
