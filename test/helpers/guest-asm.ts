// Guest programs written in a test: assembled with our assembler (tools/asm), hybrid ones with their
// own _start, purecap ones with the fixtures' start-up code (crt0.s, lib.s) around a `main`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assembleToElf } from '../../tools/asm/elf-writer.js';

const SRC = join(import.meta.dirname, '..', '..', 'fixtures', 'purecap', 'src');

/** The ELF file's bytes for one assembly source. */
export function assemble(source: string, purecap: boolean): Uint8Array {
  const lib = purecap ? ['crt0.s', 'lib.s'].map((file) => ({ file, text: readFileSync(join(SRC, file), 'utf8') })) : [];
  return assembleToElf([...lib, { file: 'p.s', text: source }], { purecap });
}

/** Hybrid: sigaction(sig, {handler = the label `handler`}, NULL), with `act` a 32-byte struct
 *  sigaction in the program's data (FreeBSD: handler @0, flags @8, mask @12). */
export const hybridSigaction = (sig: number): string => `
	adrp x1, act
	add x1, x1, #:lo12:act
	adr x2, handler
	str x2, [x1]
	mov x0, #${sig}
	mov x2, #0
	mov x8, #416
	svc #0
`;
