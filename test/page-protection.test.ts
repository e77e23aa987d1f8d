// Page protections as CheriBSD enforces them (issue 22, part 2). Each program is assembled here
// with our assembler and run under every engine configuration (the interpreter, the block engine
// with its WebAssembly tier as by default and compiling every page at once, the JavaScript blocks
// alone): the TLB fills and compiled code are where a protection is easiest to lose. The expected
// results are CheriBSD's, from its sources: a data or instruction abort with a permission fault on
// a page the access is not allowed (arm64 trap.c data_abort → vm_fault: KERN_PROTECTION_FAILURE →
// SIGSEGV, si_code SEGV_ACCERR = 2, si_addr = FAR); an access to an unmapped page SEGV_MAPERR = 1;
// copyout to a read-only page EFAULT; kern_mmap: MAP_FIXED with an address that is not page
// aligned EINVAL; CheriABI sys_mmap: MAP_FIXED with an untagged address implies MAP_EXCL, and
// vm_map_insert refuses an occupied range (KERN_NO_SPACE → vm_mmap_to_errno: ENOMEM).
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseElf } from '../src/elf/reader.js';
import { GuestProcess } from '../src/os/cheribsd/process.js';
import type { EngineKind } from '../src/exec/block-engine.js';
import { assemble, hybridSigaction } from './helpers/guest-asm.js';

const SRC = join(import.meta.dirname, '..', 'fixtures', 'purecap', 'src');

const CONFIGS: readonly { name: string; engine: EngineKind; hot?: string }[] = [
  { name: 'interp', engine: 'interp' },
  { name: 'blocks', engine: 'blocks' },
  { name: 'blocks, every page in WebAssembly', engine: 'blocks', hot: '0' },
  { name: 'js (blocks without WebAssembly)', engine: 'js' },
];

function run(source: string, engine: EngineKind, hot: string | undefined, purecap = false): { status: number; err: string } {
  const img = parseElf('p.elf', assemble(source, purecap));
  const saved = process.env.MORELLO_SIM_WASM_HOT;
  if (hot === undefined) delete process.env.MORELLO_SIM_WASM_HOT;
  else process.env.MORELLO_SIM_WASM_HOT = hot;
  const err: Buffer[] = [];
  try {
    const proc = new GuestProcess(img, {
      argv: ['p.elf'], env: [], engine, stdin: () => new Uint8Array(0),
      stdout: () => undefined, stderr: (b) => err.push(Buffer.from(b)),
    });
    return { status: proc.run(10_000_000).status, err: Buffer.concat(err).toString() };
  } finally {
    if (saved === undefined) delete process.env.MORELLO_SIM_WASM_HOT;
    else process.env.MORELLO_SIM_WASM_HOT = saved;
  }
}

/** Hybrid program parts: exit(x0) on a failed system call (carry set, x0 = errno). */
const FAIL = `
fail:
	mov x8, #1
	svc #0
`;
/** sigaction(SIGSEGV, {handler}) where the handler exits with si_code + 100 if si_addr equals x19
 *  (the address the program is about to fault on), else si_code. */
const HANDLER_SETUP = `${hybridSigaction(11)}
	b.hs fail
`;
const HANDLER = `
handler:
	ldr w2, [x1, #8]                // si_code
	ldr x3, [x1, #24]               // si_addr
	mov x4, #100
	cmp x3, x19
	csel x4, x4, xzr, eq
	add x0, x2, x4
	mov x8, #1
	svc #0
	.data
	.balign 16
act:
	.zero 32
	.text
`;
/** mmap(x0, 4096, prot, flags, -1, 0) (x0 set by the caller). */
const mmapCall = (prot: number, flags: number): string => `
	mov x1, #4096
	mov x2, #${prot}
	mov x3, #${flags}
	mov x4, #-1
	mov x5, #0
	mov x8, #477
	svc #0
`;
const MAP_FIXED_ANON = 0x1012; // MAP_FIXED | MAP_ANON | MAP_PRIVATE
/** x19 = mmap(NULL, 4096, prot, MAP_ANON|MAP_PRIVATE, -1, 0). */
const mmapPage = (prot: number): string => `
	mov x0, #0
${mmapCall(prot, 0x1002)}
	b.hs fail
	mov x19, x0
`;
/** mprotect(x19, 4096, prot). */
const mprotect = (prot: number): string => `
	mov x0, x19
	mov x1, #4096
	mov x2, #${prot}
	mov x8, #74
	svc #0
	b.hs fail
`;
const program = (body: string, handler = false): string => `
	.text
	.global _start
	.type _start, %function
_start:
${handler ? HANDLER_SETUP : ''}
${body}
	mov x0, #0
	mov x8, #1
	svc #0
${FAIL}
${handler ? HANDLER : ''}
`;

/** A loop of 3000 stores of x20 to [x19] (compiled, so its store goes through the TLBs). */
const STORE_LOOP = `
storeloop:
	mov x21, #3000
1:
	str x20, [x19]
	subs x21, x21, #1
	b.ne 1b
	ret
`;

const RODATA_STORE = (handler: boolean): string => program(`
	adrp x19, ro
	add x19, x19, #:lo12:ro
	mov w1, #1
	strb w1, [x19]
	.rodata
ro:
	.byte 7
	.text
`, handler);

const CASES: readonly { name: string; src: string; status: number; purecap?: boolean }[] = [
  { name: 'a store into .rodata is SIGSEGV', src: RODATA_STORE(false), status: 139 },
  { name: 'a store into .rodata: the handler sees SEGV_ACCERR and si_addr', src: RODATA_STORE(true), status: 102 },
  { name: 'a store into the text segment is SIGSEGV', src: program(`
	adr x19, _start
	str wzr, [x19]
`), status: 139 },
  { name: 'a jump into the data segment (RW, not executable) is SIGSEGV SEGV_ACCERR at the target', src: program(`
	adrp x19, code
	add x19, x19, #:lo12:code
	br x19
	.data
	.balign 4
code:
	.inst 0xd65f03c0
	.text
`, true), status: 102 },
  { name: 'a call into an mmap\'d page without PROT_EXEC is SIGSEGV', src: program(`
${mmapPage(3)}
	movz w1, #0xd65f, lsl #16
	movk w1, #0x03c0
	str w1, [x19]                   // ret
	blr x19
`), status: 139 },
  { name: 'mprotect(PROT_READ), then a store (by code compiled while the page was writable) is SIGSEGV', src: program(`
${mmapPage(3)}
	mov x20, #5
	bl storeloop
${mprotect(1)}
	bl storeloop
	b done
${STORE_LOOP}
done:
`), status: 139 },
  { name: 'a store after mprotect(PROT_READ) faults; the handler mprotects the page back to read/write and the store then works', src: program(`
${HANDLER_SETUP}
${mmapPage(3)}
	mov x20, #5
	bl storeloop
${mprotect(1)}
	mov x20, #42
	bl storeloop                    // faults once: the handler makes the page writable, the store retries
	ldr x0, [x19]
	adrp x1, faults
	add x1, x1, #:lo12:faults
	ldr x1, [x1]
	mov x2, #100
	madd x0, x1, x2, x0             // 100 × faults + the value stored
	mov x8, #1
	svc #0
${STORE_LOOP}
handler:
	mov x23, x30
	adrp x1, faults
	add x1, x1, #:lo12:faults
	ldr x2, [x1]
	add x2, x2, #1
	str x2, [x1]
${mprotect(3)}
	ret x23
	.data
	.balign 16
act:
	.zero 32
faults:
	.quad 0
	.text
`), status: 142 },
  { name: 'mmap(PROT_NONE) then a load is SIGSEGV SEGV_ACCERR', src: program(`
${mmapPage(0)}
	ldr x0, [x19]
`, true), status: 102 },
  { name: 'munmap then a load is SIGSEGV SEGV_MAPERR', src: program(`
${mmapPage(3)}
	mov x20, #5
	bl storeloop
	mov x0, x19
	mov x1, #4096
	mov x8, #73
	svc #0
	b.hs fail
	ldr x0, [x19]
	b done
${STORE_LOOP}
done:
`, true), status: 101 },
  { name: 'MAP_FIXED with an address not page aligned is EINVAL', src: program(`
	movz x0, #0x2000, lsl #16
	add x0, x0, #0x10
${mmapCall(3, MAP_FIXED_ANON)}
	b.hs fail
`), status: 22 },
  { name: 'read() into a read-only buffer is EFAULT', src: program(`
	mov x0, #0
	adrp x1, ro
	add x1, x1, #:lo12:ro
	mov x2, #1
	mov x8, #3
	svc #0
	b.hs fail
	.rodata
ro:
	.byte 0
	.text
`), status: 14 },
  { name: 'selfmod-hybrid without its mprotect dies with SIGSEGV', src: readFileSync(join(SRC, 'selfmod-hybrid.s'), 'utf8').replace(/\tand x0, x21[\s\S]*?svc #0\n/, ''), status: 139 },
  { name: 'purecap MAP_FIXED with an untagged address over the program\'s pages: ENOMEM, the pages unchanged', purecap: true, src: `
	.data
	.balign 16
val:
	.quad 0x1234
	.balign 16
val_cap:
	.chericap val
	.text
	.c64
	.global main
	.type main, %function
main:
	adrp c10, val_cap
	ldr c10, [c10, #:lo12:val_cap]
	gcvalue x0, c10                 // an integer: C0 untagged, NULL-derived
	and x0, x0, #0xfffffffffffff000
${mmapCall(3, MAP_FIXED_ANON)}
	mov x12, #200                   // 200: the mapping was made
	b.lo 1f
	mov x12, x0                     // the errno
1:
	ldr x13, [c10]
	mov x14, #0x1234
	cmp x13, x14
	mov x0, #1                      // 1: the program's data changed
	csel x0, x12, x0, eq
	ret c30
`, status: 12 },
];

describe('page protections (CheriBSD vm_mmap.c, arm64 trap.c)', () => {
  for (const c of CASES) {
    for (const cfg of CONFIGS) {
      it(`${c.name} [${cfg.name}]`, () => {
        const r = run(c.src, cfg.engine, cfg.hot, c.purecap ?? false);
        expect(r.status, r.err).toBe(c.status);
      });
    }
  }

  it('the selfmod-hybrid source still mprotects its code page (the variant above removed it)', () => {
    const src = readFileSync(join(SRC, 'selfmod-hybrid.s'), 'utf8');
    expect(src).toMatch(/mov x8, #74/);
    expect(src.replace(/\tand x0, x21[\s\S]*?svc #0\n/, '')).not.toMatch(/mov x8, #74/);
  });
});
