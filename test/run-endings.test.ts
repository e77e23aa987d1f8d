// Every way a run ends keeps the guest's output and says how it ended, with the shell's status:
// exit (the low 8 bits of the status, FreeBSD sys_exit), a fatal signal (128 + signal and the
// shell's line), SIGINT/SIGTERM/SIGHUP sent to morello-sim, the instruction limit; sigreturn as
// FreeBSD's sys_sigreturn/set_mcontext (EFAULT, EINVAL, or the context restored) and a handler whose
// frame cannot be written (sendsig: sigexit(SIGILL)); gzip input inflated with a cap. Guests are
// small assembly programs built here with our assembler, and the system-call driver fixtures.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { gzipSync } from 'node:zlib';
import { Script, runScript, SYSDRV, type Abi } from './helpers/sysdrv.js';
import { assemble, hybridSigaction } from './helpers/guest-asm.js';

const ROOT = join(import.meta.dirname, '..');
const CLI = join(ROOT, 'dist', 'src', 'cli', 'main.cjs');
let dir: string;

/** Assembles a program (hybrid: it has its own _start; purecap: with the fixtures' crt0 and lib). */
function build(name: string, text: string, purecap: boolean): string {
  const out = join(dir, `${name}.elf`);
  writeFileSync(out, assemble(text, purecap));
  return out;
}

// Writes "started\n" then spins for ever.
const SPIN_HYBRID = `
	.rodata
msg:
	.ascii "started\\n"
	.text
	.global _start
	.type _start, %function
_start:
	mov x0, #1
	adrp x1, msg
	add x1, x1, #:lo12:msg
	mov x2, #8
	mov x8, #4
	svc #0
1:	add x3, x3, #1
	b 1b
`;

// Installs a handler for the fault to come (hybrid SIGSEGV, purecap SIGPROT), moves the stack
// pointer somewhere unusable (unmapped; purecap: an untagged capability), then faults: the kernel
// cannot write the signal frame.
const BAD_STACK_HYBRID = `
	.data
	.balign 16
act:
	.zero 32
	.text
	.global _start
	.type _start, %function
_start:
${hybridSigaction(11)}
	mov x0, #0x1000
	mov sp, x0
	mov x1, #0
	ldr x1, [x1]
handler:
	mov x0, #7
	mov x8, #1
	svc #0
`;

const BAD_STACK_PURECAP = `
	.data
	.balign 16
act:
	.chericap handler
	.word 0
	.zero 28
act_cap:
	.chericap act
	.text
	.c64
	.global main
	.type main, %function
main:
	adrp c1, act_cap
	ldr c1, [c1, #:lo12:act_cap]
	mov x0, #34                     // SIGPROT
	mov x2, #0
	mov x8, #416
	svc #0
	mov x3, #0x1000                 // c3: an untagged capability with address 0x1000
	mov csp, c3
	ldr x1, [c3]
	.type handler, %function
handler:
	mov x0, #7
	ret c30
`;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'msim-endings-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a run stopped from the host keeps its output and ends as the shell expects', () => {
  for (const [sig, status] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]] as const) {
    it(`${sig}: the line printed before it appears, one line says why, status ${status}`, async () => {
      const elf = build('spin', SPIN_HYBRID, false);
      const child = spawn(process.execPath, [CLI, 'run', elf], { stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      let err = '';
      child.stderr.on('data', (b: Buffer) => (err += b.toString()));
      await new Promise<void>((resolve) => {
        child.stdout.on('data', (b: Buffer) => {
          out += b.toString();
          if (out.includes('started\n')) resolve();
        });
      });
      child.kill(sig);
      const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
      expect(out).toBe('started\n');
      expect(code).toBe(status);
      expect(err).toMatch(new RegExp(`^morello-sim: ${elf.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: ended by ${sig} after \\d+ instructions at pc 0x[0-9a-f]+\\n$`));
    }, 20_000);
  }

  it('the instruction limit: output so far, the count line, one line naming the limit (10 runs, stderr a pipe)', () => {
    const elf = build('spin', SPIN_HYBRID, false);
    for (let k = 0; k < 10; k++) {
      const r = spawnSync(process.execPath, [CLI, 'run', '--count', '--max-instructions', '5000', elf], { encoding: 'utf8' });
      expect(r.stdout).toBe('started\n');
      expect(r.stderr).toMatch(/^instructions: 5000 \(a64 5000, morello 0\)\nmorello-sim: .*spin\.elf: stopped after 5000 instructions \(--max-instructions\) at pc 0x[0-9a-f]+\n$/);
      expect(r.status).toBe(2);
    }
  });

  it('a fatal signal: the shell\'s line every time (10 runs, stderr a pipe)', () => {
    for (let k = 0; k < 10; k++) {
      const r = spawnSync(process.execPath, [CLI, 'run', join(ROOT, 'fixtures', 'purecap', 'exploit.elf')], { encoding: 'utf8' });
      expect(r.stderr).toBe('In-address space security exception (core dumped)\n');
      expect(r.status).toBe(162);
    }
  });
});

describe('exit status: the low 8 bits (FreeBSD sys_exit)', () => {
  for (const abi of ['hybrid', 'purecap'] as Abi[]) {
    it(`${abi}: exit(0x7fffffffffffffff) is 255, exit(263) is 7, exit(-1) is 255`, () => {
      for (const [v, status] of [[0x7fffffffffffffffn, 255], [263n, 7], [-1n, 255], [256n, 0]] as const) {
        const s = new Script().call(1, v);
        expect(runScript(abi, s, dir).status).toBe(status);
      }
    });
  }
});

describe('sigreturn as FreeBSD sys_sigreturn: copyin, set_mcontext checks, then the context', () => {
  for (const abi of ['hybrid', 'purecap'] as Abi[]) {
    it(`${abi}: an unreadable ucontext is EFAULT; one with SPSR not EL0t is EINVAL; the process goes on`, () => {
      // SPSR = EL1h (M = 5) in the saved state: hybrid mcontext gp_spsr @16 + 8*33, CheriABI @16 + 16*33.
      const spsrAt = abi === 'hybrid' ? 16 + 8 * 33 : 16 + 16 * 33;
      const s = new Script();
      const ctx = Buffer.alloc(1248);
      ctx.writeUInt32LE(5, spsrAt);
      const p = s.bytes(ctx);
      s.call(417, 0x10).call(417, p).call(20); // then getpid: 1
      const r = runScript(abi, s, dir);
      expect(r.status).toBe(0);
      expect(r.calls).toEqual([{ ret: 14n, err: true }, { ret: 22n, err: true }, { ret: 1n, err: false }]);
    });
  }

  it('hybrid: a valid context is restored even with no signal pending (here pc 0: SIGSEGV, as FreeBSD)', () => {
    const s = new Script();
    const p = s.bytes(Buffer.alloc(960));
    s.call(417, p);
    const r = spawnSync(process.execPath, [CLI, 'run', SYSDRV.hybrid], { input: s.image() });
    expect(r.stderr.toString()).toBe('Segmentation fault (core dumped)\n');
    expect(r.status).toBe(139);
  });

  it('a handler whose frame cannot be written: killed with SIGILL and the shell says so (hybrid and purecap)', () => {
    for (const [name, text, purecap] of [['badstack-hybrid', BAD_STACK_HYBRID, false], ['badstack', BAD_STACK_PURECAP, true]] as const) {
      const r = spawnSync(process.execPath, [CLI, 'run', build(name, text, purecap)], { encoding: 'utf8' });
      expect(r.stderr, name).toBe('Illegal instruction (core dumped)\n');
      expect(r.status, name).toBe(132);
    }
  });
});

describe('gzip input is inflated with a cap', () => {
  it('a gzip bomb (100 MiB of zeros) is refused in one line, quickly and without the memory', () => {
    const bomb = join(dir, 'bomb.elf.gz');
    writeFileSync(bomb, gzipSync(Buffer.alloc(100 * 2 ** 20)));
    for (const machine of ['baremetal', 'auto']) {
      const r = spawnSync(process.execPath, ['--max-old-space-size=256', CLI, 'run', '--machine', machine, bomb], { encoding: 'utf8' });
      expect(r.stderr).toBe(`morello-sim: ${bomb}: gzip data inflates to more than 64 MiB (no ELF image is that large)\n`);
      expect(r.status).toBe(2);
    }
  });
});
