// Linux ELFs are told apart (issue 14 part 6): an AArch64 executable with OSABI SYSV/GNU and a Linux
// interpreter (/lib/ld-linux-aarch64.so.1) or a GNU ABI note (NT_GNU_ABI_TAG, OS 0 = Linux, as glibc's
// crt1 carries it) is refused with one line naming the file and status 2, instead of running as bare
// metal. Built here with Debian's clang-19 for aarch64-linux-gnu; skipped when clang-19 is absent.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { loadElfFile, classifyElf } from '../src/elf/reader.js';

const ROOT = join(import.meta.dirname, '..');
const CLI = join(ROOT, 'dist', 'src', 'cli', 'main.cjs');
const haveClang = spawnSync('clang-19', ['--version']).status === 0;

// A _start that spins: run as bare metal it would reach the instruction limit.
const START = '\t.text\n\t.globl _start\n_start:\n\tb _start\n';
// glibc's csu/abi-note.S: "GNU", NT_GNU_ABI_TAG, OS 0 (Linux), kernel 3.7.0.
const ABI_NOTE = '\t.section .note.ABI-tag,"a",%note\n\t.p2align 2\n\t.long 4, 16, 1\n\t.asciz "GNU"\n\t.long 0, 3, 7, 0\n';

let dir: string;
function build(name: string, src: string, flags: string[]): string | null {
  const s = join(dir, `${name}.s`);
  const out = join(dir, name);
  writeFileSync(s, src);
  const r = spawnSync('clang-19', ['--target=aarch64-linux-gnu', '-nostdlib', ...flags, '-o', out, s], { encoding: 'utf8' });
  return r.status === 0 ? out : null;
}
function run(file: string): { status: number | null; stdout: string; stderr: string } {
  return spawnSync(process.execPath, [CLI, 'run', '--max-instructions', '100000', file], { encoding: 'utf8' });
}

describe.skipIf(!haveClang)('Linux AArch64 executables are refused', () => {
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'msim-linux-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('static, with a GNU ABI note: one line naming the file, status 2', () => {
    const f = build('static-abi', START + ABI_NOTE, ['-static']);
    expect(f).not.toBeNull();
    const img = loadElfFile(f!);
    expect(img.osabi).toBe(0);
    expect(classifyElf(img)).toBe('linux');
    const r = run(f!);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`morello-sim: ${f}: an AArch64 Linux executable; morello-sim runs CheriBSD (FreeBSD) programs and bare-metal images\n`);
  });

  it('dynamic (lld, PT_INTERP /lib/ld-linux-aarch64.so.1, no ABI note): refused the same way', () => {
    const f = build('dynamic', START, ['-fuse-ld=lld', '-Wl,-pie', '-Wl,--dynamic-linker=/lib/ld-linux-aarch64.so.1']);
    expect(f).not.toBeNull();
    const img = loadElfFile(f!);
    expect(img.notes.some((n) => n.name === 'GNU' && n.type === 1)).toBe(false);
    expect(classifyElf(img)).toBe('linux');
    const r = run(f!);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`morello-sim: ${f}: an AArch64 Linux executable; morello-sim runs CheriBSD (FreeBSD) programs and bare-metal images\n`);
  });

  it('without an interpreter or an ABI note (only a build-id note) it is still a bare-metal image', () => {
    const f = build('bare', START, ['-static']);
    expect(f).not.toBeNull();
    const img = loadElfFile(f!);
    expect(classifyElf(img)).toBe('baremetal');
    const r = run(f!);
    expect(r.stderr).toContain('(--max-instructions)');
  });

  it('a GNU ABI note naming another OS (Hurd = 1) is not Linux', () => {
    const f = build('hurd', START + ABI_NOTE.replace('.long 0, 3, 7, 0', '.long 1, 0, 0, 0'), ['-static']);
    expect(classifyElf(loadElfFile(f!))).toBe('baremetal');
  });
});
