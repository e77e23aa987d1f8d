// `morello-sim test DIR`: runs every ELF under DIR with its sidecar files and checks the results.
// Sidecars (all optional) sit next to prog.elf as prog.args (whitespace-separated arguments),
// prog.stdin, prog.env (the guest environment, one NAME=VALUE per line; default empty),
// prog.expected (exact stdout) and prog.status (exit status, default 0); for builds named
// NAME-O<n>.elf or NAME-gcc-O<n>.elf the sidecars NAME.* are shared. Each program runs in a fresh
// sandbox directory.
import { tmpdir } from 'node:os';
import { existsSync, readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { loadElfFile, classifyElf } from '../elf/reader.js';
import { GuestProcess } from '../os/cheribsd/process.js';
import { runBareMetal } from '../machine/baremetal.js';
import { listFiles } from '../machine/generated-tests.js';
import { runInWorkers } from '../machine/worker-pool.js';

export interface ProgramResult {
  readonly file: string;
  readonly passed: boolean;
  readonly reason: string;
  readonly instructions: number;
  readonly morelloInstructions: number;
  readonly seconds: number;
}

/** The compiler/optimisation suffix of a fixture build: -O2, -gcc-O3, … */
const BUILD_SUFFIX = /(-gcc)?-O[0-9sz]$/;

function sidecar(elf: string, ext: string): string | null {
  const stem = elf.replace(/\.elf(\.gz)?$/, '');
  for (const base of [stem, stem.replace(BUILD_SUFFIX, '')]) {
    const p = `${base}.${ext}`;
    if (existsSync(p)) return p;
  }
  return null;
}

export function runProgram(file: string, maxInstructions = 2_000_000_000): ProgramResult {
  const t0 = Date.now();
  const done = (passed: boolean, reason: string, n = 0, m = 0): ProgramResult =>
    ({ file, passed, reason, instructions: n, morelloInstructions: m, seconds: (Date.now() - t0) / 1000 });
  try {
    const img = loadElfFile(file);
    const read = (ext: string): string | null => {
      const p = sidecar(file, ext);
      return p === null ? null : readFileSync(p, 'utf8');
    };
    const expected = read('expected');
    const status = Number((read('status') ?? '0').trim());
    if (classifyElf(img) === 'baremetal') {
      const r = runBareMetal(img, maxInstructions);
      const ok = r.status === 'halted' && (expected === null || r.output === expected);
      return done(ok, ok ? '' : `bare-metal run ended '${r.status}' with output ${JSON.stringify(r.output.slice(0, 80))}`, r.instructions, r.morelloInstructions);
    }
    const args = (read('args') ?? '').trim().split(/\s+/).filter((s) => s !== '');
    const stdin = Buffer.from(read('stdin') ?? '');
    let stdinPos = 0;
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    const root = mkdtempSync(join(tmpdir(), 'msim-test-'));
    try {
      const name = file.replace(/^.*\//, '').replace(/\.elf(\.gz)?$/, '').replace(BUILD_SUFFIX, '');
      const proc = new GuestProcess(img, {
        argv: [`./${name}`, ...args], env: (read('env') ?? '').split('\n').filter((l) => l !== ''), root, stdout: (b) => out.push(Buffer.from(b)), stderr: (b) => err.push(Buffer.from(b)),
        stdin: (n) => {
          const b = stdin.subarray(stdinPos, stdinPos + n);
          stdinPos += b.length;
          return b;
        },
      });
      const r = proc.run(maxInstructions);
      const got = Buffer.concat(out).toString();
      if (r.status !== status) return done(false, `exit status ${r.status}, expected ${status}${err.length ? `; stderr: ${Buffer.concat(err).toString().trim().slice(0, 200)}` : ''}`, r.instructions, r.morelloInstructions);
      if (expected !== null && got !== expected) {
        const line = got.split('\n').findIndex((l, i) => l !== expected.split('\n')[i]);
        return done(false, `stdout differs from ${sidecar(file, 'expected')} at line ${line + 1}`, r.instructions, r.morelloInstructions);
      }
      return done(true, '', r.instructions, r.morelloInstructions);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  } catch (e) {
    return done(false, (e as Error).message);
  }
}

export async function runRegression(dir: string, workers?: number, onResult?: (done: number, total: number) => void): Promise<ProgramResult[]> {
  return runInWorkers<ProgramResult>(listFiles(dir, ['.elf', '.elf.gz']), 'profile/regression-worker.js', workers, onResult);
}

function xml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function junitXml(results: readonly ProgramResult[], dir: string): string {
  const failures = results.filter((r) => !r.passed).length;
  const time = results.reduce((t, r) => t + r.seconds, 0);
  const cases = results.map((r) => {
    const name = xml(r.file.startsWith(dir) ? r.file.slice(dir.length).replace(/^\//, '') : r.file);
    const body = r.passed ? '' : `<failure message="${xml(r.reason)}"/>`;
    return `    <testcase classname="morello-sim" name="${name}" time="${r.seconds.toFixed(3)}">${body}</testcase>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites tests="${results.length}" failures="${failures}">\n  <testsuite name="morello-sim test ${xml(dir)}" tests="${results.length}" failures="${failures}" errors="0" time="${time.toFixed(3)}">\n${cases.join('\n')}\n  </testsuite>\n</testsuites>\n`;
}

export function tap(results: readonly ProgramResult[]): string {
  return [`1..${results.length}`, ...results.map((r, i) => `${r.passed ? 'ok' : 'not ok'} ${i + 1} ${r.file}${r.passed ? '' : ` # ${r.reason}`}`)].join('\n') + '\n';
}

export interface CountsFile {
  readonly [file: string]: { readonly instructions: number; readonly morello: number };
}

export function countsOf(results: readonly ProgramResult[]): CountsFile {
  const o: Record<string, { instructions: number; morello: number }> = {};
  for (const r of results) o[r.file] = { instructions: r.instructions, morello: r.morelloInstructions };
  return o;
}

/** Programs whose instruction count grew by more than `maxIncrease` (a fraction) over the baseline. */
export function countRegressions(results: readonly ProgramResult[], baseline: CountsFile, maxIncrease: number): string[] {
  const out: string[] = [];
  for (const r of results) {
    const b = baseline[r.file];
    if (b === undefined || b.instructions === 0) continue;
    const growth = (r.instructions - b.instructions) / b.instructions;
    if (growth > maxIncrease) out.push(`${r.file}: ${b.instructions} → ${r.instructions} instructions (+${(growth * 100).toFixed(1)}%)`);
  }
  return out;
}
