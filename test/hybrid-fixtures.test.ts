// Oracle: the same C programs compiled for the host against its libc and run natively
// (fixtures/hybrid/NAME.expected / .status, made by tools/build-hybrid-fixtures.sh). Each AArch64
// build (clang-19/lld-19 at -O0, -O2, -O3 and GCC 12 at -O2, -O3; FreeBSD target) must produce
// exactly that output and status; environ.env gives the environment of both runs.
import { describe, it, expect } from 'vitest';
import { readdirSync, mkdtempSync, mkdirSync, rmSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { loadElfFile } from '../src/elf/reader.js';
import { GuestProcess } from '../src/os/cheribsd/process.js';
import { runRegression, runProgram, junitXml } from '../src/profile/regression.js';
import { XMLParser, XMLValidator } from 'fast-xml-parser';

const DIR = join(import.meta.dirname, '..', 'fixtures', 'hybrid');
const elfs = readdirSync(DIR).filter((f) => f.endsWith('.elf')).sort();
const PURECAP_DIR = join(DIR, '..', 'purecap');
const purecapElfs = readdirSync(PURECAP_DIR).filter((f) => f.endsWith('.elf'));
const benchElfs = readdirSync(join(DIR, '..', 'bench')).filter((f) => f.endsWith('.elf'));

describe('hybrid fixtures match their native builds (morello-sim test fixtures/)', () => {
  it('every program at every optimisation level and from both compilers gives the native output and exit status; JUnit XML is valid; counts are deterministic', async () => {
    expect(elfs.length).toBeGreaterThanOrEqual(100);
    for (const build of ['-O0', '-O2', '-O3', '-gcc-O2', '-gcc-O3']) expect(elfs.filter((f) => f.endsWith(`${build}.elf`)).length).toBeGreaterThanOrEqual(20);
    const results = await runRegression(join(DIR, '..')); // all of fixtures/: hybrid, purecap and benchmark programs
    const failed = results.filter((r) => !r.passed).map((r) => `${r.file}: ${r.reason}`);
    console.log(`fixtures: ${results.length - failed.length} passed, ${failed.length} failed`);
    expect(failed).toEqual([]);
    expect(results.length).toBe(elfs.length + purecapElfs.length + benchElfs.length);
    const junit = junitXml(results, DIR);
    expect(XMLValidator.validate(junit)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false }).parse(junit) as { testsuites: { '@_tests': string; '@_failures': string } };
    expect(doc.testsuites['@_tests']).toBe(String(elfs.length + purecapElfs.length + benchElfs.length));
    expect(doc.testsuites['@_failures']).toBe('0');
    // Same program, same inputs: same instruction count (and the same as in the parallel run).
    const one = results.find((r) => r.file.endsWith('sort-O2.elf'))!;
    const again = runProgram(one.file);
    expect(again.instructions).toBe(one.instructions);
    expect(again.morelloInstructions).toBe(one.morelloInstructions);
  }, 300_000);
});

describe('command line', () => {
  it('run passes arguments and --env entries (our options before the ELF) as the native run saw them', () => {
    const env = readFileSync(join(DIR, 'environ.env'), 'utf8').split('\n').filter((l) => l !== '');
    const args = readFileSync(join(DIR, 'environ.args'), 'utf8').trim().split(/\s+/);
    const cli = join(import.meta.dirname, '..', 'dist', 'src', 'cli', 'main.cjs');
    const r = spawnSync(process.execPath, [cli, 'run', ...env.flatMap((e) => ['--env', e]), join(DIR, 'environ-O2.elf'), ...args], { encoding: 'utf8' });
    expect(r.stdout).toBe(readFileSync(join(DIR, 'environ.expected'), 'utf8'));
    expect(r.status).toBe(Number(readFileSync(join(DIR, 'environ.status'), 'utf8')));
    const bad = spawnSync(process.execPath, [cli, 'run', '--env', 'NOEQUALS', join(DIR, 'environ-O2.elf')], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--env NOEQUALS: expected NAME=VALUE');
  });
});

describe('process robustness', () => {
  it('a syscall given a pointer outside the address space returns EFAULT, not a host fault', async () => {
    // write(1, 0x10, 4) from the args fixture's address space: 0x10 is unmapped.
    const proc = new GuestProcess(loadElfFile(join(DIR, 'args-O2.elf')), { argv: ['a'], env: [], stdout: () => {}, stderr: () => {} });
    const cpu = proc.cpu;
    cpu.setX(8, 4n);
    cpu.setX(0, 1n);
    cpu.setX(1, 0x10n);
    cpu.setX(2, 4n);
    proc.shim.syscall(cpu);
    expect(cpu.c).toBe(1);
    expect(cpu.x(0)).toBe(14n); // EFAULT
  });
  it('setting FPCR.FZ (not modelled) gives one warning naming the value and pc', async () => {
    const { writeSysreg } = await import('../src/exec/sysregs.js');
    const { sysRegKey } = await import('../src/isa/sysregs.js');
    const err: string[] = [];
    const proc = new GuestProcess(loadElfFile(join(DIR, 'args-O2.elf')), { argv: ['a'], env: [], stdout: () => {}, stderr: (b) => err.push(Buffer.from(b).toString()) });
    const fpcr = sysRegKey(3, 3, 4, 4, 0);
    writeSysreg(proc.cpu, fpcr, 0, 1n << 24n);
    writeSysreg(proc.cpu, fpcr, 0, 1n << 24n);
    writeSysreg(proc.cpu, fpcr, 0, 0n);
    expect(err.length).toBe(1);
    expect(err[0]).toMatch(/^morello-sim: warning: FPCR = 0x1000000 at pc 0x[0-9a-f]+ sets FZ\/FZ16\/AHP/);
  });
  it('guest paths cannot escape the sandbox root', async () => {
    const { Sandbox } = await import('../src/os/cheribsd/sandbox.js');
    const root = mkdtempSync(join(tmpdir(), 'msim-sandbox-'));
    const sb = new Sandbox(root);
    mkdirSync(join(root, 'etc'));
    expect(sb.lookup('/../../etc/passwd', '/', true).host).toBe(join(sb.root, 'etc', 'passwd'));
    expect(sb.lookup('../../b', '/', true).host).toBe(join(sb.root, 'b'));
    rmSync(root, { recursive: true, force: true });
  });
});
