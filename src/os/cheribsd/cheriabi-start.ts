// CheriABI process start state as CheriBSD's kernel sets it for a purecap Morello executable without
// an interpreter (static ET_EXEC, or ET_DYN at its load base: a static PIE, or rtld run directly)
// (cheribsd sys/arm64/arm64/exec_machdep.c exec_setregs, sys/cheri/cheri_exec.c, sys/kern/kern_exec.c
// exec_map_stack / exec_copyout_strings, sys/kern/imgact_elf.c freebsd_copyout_auxargs):
//  - PCC over the whole loaded image (representably rounded), USER_CODE perms, C64, PC = entry & ~1;
//  - C30 = that PCC sealed as a sentry; DDC and every other capability register NULL;
//  - CSP bounded exactly to the stack mapping, cursor at the top, USER_DATA perms (no SW_VMEM);
//  - an ARG_MAX "strings" mapping just below the stack holding ps_strings, the exec path, canary,
//    page sizes, argument/environment strings, and the argv/envp capability vectors immediately
//    followed by the auxv array (32-byte entries: type, pad, 16-byte value or capability);
//  - C0 = capability to the auxv array (AT_COUNT entries); no argc word anywhere.
import type { Cpu } from '../../exec/cpu.js';
import type { TaggedMemory } from '../../mem/tagged-memory.js';
import { type ElfImage, PT_LOAD, PT_PHDR } from '../../elf/reader.js';

const ET_DYN = 3;
import { CMAX, NULL_CAP, OTYPE_RB, capWithValue, capWithPerms, capWithObjectType, type Capability } from '../../cap/format.js';
import { capSetBounds, capGetBounds } from '../../cap/bounds.js';
import { AT, PERMS_USER_CODE, PERMS_USER_DATA, PERMS_USER_DATA_VMEM, USRSTACK, USER_VA_TOP } from './constants.js';
import { PAGE_SIZE, PROT_READ, PROT_WRITE } from '../../mem/tagged-memory.js';

export const CHERIABI_ARG_MAX = 256 * 1024;
/** AT_COUNT × sizeof(Elf64C_Auxinfo): the auxv capability's length. */
const AUXV_BYTES = 37 * 32;
const PS_STRINGS_BYTES = 64;

export interface CheriAbiLayout {
  readonly imageBase: number;
  readonly imageTop: number;
  readonly stackBase: number;
  readonly stringsBase: number;
  readonly auxv: number;
}

/** A capability for [base, base+len) derived from the user root, with perms and address = base. */
export function userCap(base: number | bigint, len: number | bigint, perms: number, exact = true): Capability {
  const root = capSetBounds(CMAX, USER_VA_TOP, true);
  return capWithPerms(capSetBounds(capWithValue(root, BigInt(base)), BigInt(len), exact), perms);
}

/** The loaded image's extent: trunc_page(lowest PT_LOAD) to the highest end, shifted by the load base. */
export function imageExtent(img: ElfImage, base: number): [number, number] {
  const loads = img.segments.filter((s) => s.type === PT_LOAD && s.memsz > 0);
  const lo = Math.min(...loads.map((s) => s.vaddr));
  const hi = Math.max(...loads.map((s) => s.vaddr + s.memsz));
  return [base + Math.floor(lo / PAGE_SIZE) * PAGE_SIZE, base + hi];
}

/** The start state; `loadBase` is the ET_DYN load base (0 for ET_EXEC). An ET_DYN image without an
 *  interpreter (static PIE, or rtld run directly) is started as __elfN(freebsd_copyout_auxargs)'s
 *  "no interp" branch does: AT_BASE = prog_cap(DATA|CODE perms), RWX over the image, address = the
 *  load base; AT_PHDR = load base + the phdrs' vaddr; AT_ENTRY = load base + e_entry. */
export function cheriAbiStart(cpu: Cpu, mem: TaggedMemory, img: ElfImage, argv: readonly string[], env: readonly string[],
  execPath: string, stackSize: number, loadBase = 0): CheriAbiLayout {
  const [imageBase, imageTop] = imageExtent(img, loadBase);
  // Representably rounded image capabilities (PCC, AT_ENTRY: code; AT_PHDR: data + SW_VMEM).
  const imageLen = imageTop - imageBase;
  const code = userCap(imageBase, imageLen, PERMS_USER_CODE, false);
  const phdrData = userCap(imageBase, imageLen, PERMS_USER_DATA_VMEM, false);

  const stackBase = USRSTACK - stackSize;
  mem.map(stackBase, stackSize, PROT_READ | PROT_WRITE);
  const stringsBase = stackBase - CHERIABI_ARG_MAX;
  mem.map(stringsBase, CHERIABI_ARG_MAX, PROT_READ | PROT_WRITE);

  const storeCap = (addr: number, c: Capability): void => cpu.writeCapMem(BigInt(addr), c);
  const dataCap = (addr: number, len: number): Capability => userCap(addr, len, PERMS_USER_DATA);
  const align16 = (x: number): number => Math.floor(x / 16) * 16;

  // Top down from the end of the strings region.
  let p = stringsBase + CHERIABI_ARG_MAX - PS_STRINGS_BYTES;
  const psStrings = p;
  const pathBytes = Buffer.from(execPath + '\0', 'utf8');
  p = align16(p - pathBytes.length);
  const execPathAddr = p;
  mem.writeBytes(p, pathBytes);
  p -= 64;
  const canary = p;
  p -= 32; // 24 bytes used, keeps 16-byte alignment
  const pagesizes = p;
  mem.write64(pagesizes, PAGE_SIZE, 0);
  mem.write64(pagesizes + 8, 0x200000, 0);
  mem.write64(pagesizes + 16, 0x40000000, 0);
  // Argument and environment strings, contiguous, block aligned.
  const strs = [...argv, ...env].map((s) => Buffer.from(s + '\0', 'utf8'));
  const strBytes = strs.reduce((n, b) => n + b.length, 0);
  p = align16(p - strBytes);
  const strAddrs: number[] = [];
  let q = p;
  for (const b of strs) {
    strAddrs.push(q);
    mem.writeBytes(q, b);
    q += b.length;
  }
  // Pointer vectors, immediately followed by the auxv array.
  const argc = argv.length;
  const envc = env.length;
  p = align16(p - AUXV_BYTES - (argc + 1 + envc + 1) * 16);
  const argvAddr = p;
  const envvAddr = argvAddr + (argc + 1) * 16;
  const auxv = envvAddr + (envc + 1) * 16;
  if (p < stringsBase) throw new Error(`arguments and environment exceed ARG_MAX (${CHERIABI_ARG_MAX} bytes)`);
  strs.forEach((b, i) => storeCap(i < argc ? argvAddr + 16 * i : envvAddr + 16 * (i - argc), dataCap(strAddrs[i]!, b.length)));

  // ps_strings (purecap): argvstr cap @0, nargvstr @16, envstr cap @32, nenvstr @48.
  storeCap(psStrings, dataCap(argvAddr, (argc + 1) * 16));
  mem.write32(psStrings + 16, argc);
  storeCap(psStrings + 32, dataCap(envvAddr, (envc + 1) * 16));
  mem.write32(psStrings + 48, envc);

  // proghdr: PT_PHDR's vaddr if present, else the phdrs inside the PT_LOAD at file offset 0.
  const ptPhdr = img.segments.find((s) => s.type === PT_PHDR);
  const phdr = img.segments.find((s) => s.type === PT_LOAD && s.offset === 0);
  const phdrAddr = ptPhdr !== undefined ? loadBase + ptPhdr.vaddr : phdr !== undefined ? loadBase + phdr.vaddr + img.phoff : imageBase;
  const entry = loadBase + img.entry;
  const atBase: number | Capability = img.type === ET_DYN
    ? capWithValue(userCap(imageBase, imageLen, PERMS_USER_DATA | PERMS_USER_CODE, false), BigInt(loadBase)) : 0;
  const entries: [number, number | Capability][] = [
    [AT.PHDR, capWithValue(phdrData, BigInt(phdrAddr))],
    [AT.PHENT, 56], [AT.PHNUM, img.phnum], [AT.PAGESZ, PAGE_SIZE], [AT.FLAGS, 0],
    [AT.ENTRY, capWithValue(code, BigInt(entry))], [AT.BASE, atBase], [AT.EHDRFLAGS, img.flags],
    [AT.EXECPATH, dataCap(execPathAddr, pathBytes.length)], [AT.OSRELDATE, 1500000],
    [AT.CANARY, dataCap(canary, 64)], [AT.CANARYLEN, 64], [AT.NCPUS, 1],
    [AT.PAGESIZES, dataCap(pagesizes, 24)], [AT.PAGESIZESLEN, 24], [AT.STACKPROT, 3],
    [AT.HWCAP, 0], [AT.HWCAP2, 0], [AT.BSDFLAGS, 0],
    [AT.ARGC, argc], [AT.ARGV, dataCap(argvAddr, (argc + 1) * 16)],
    [AT.ENVC, envc], [AT.ENVV, dataCap(envvAddr, (envc + 1) * 16)],
    [AT.PS_STRINGS, dataCap(psStrings, PS_STRINGS_BYTES)],
    [AT.USRSTACKBASE, USRSTACK], [AT.USRSTACKLIM, stackSize], [AT.NULL, 0],
  ];
  entries.forEach(([type, v], i) => {
    const at = auxv + 32 * i;
    mem.write64(at, type, 0);
    if (typeof v === 'number') storeCap(at + 16, { tag: false, hi: 0n, value: BigInt(v) });
    else storeCap(at + 16, v);
  });

  // Registers.
  for (let i = 0; i < 31; i++) cpu.setC(i, NULL_CAP);
  cpu.el = 0;
  cpu.spsel = 0;
  cpu.spBank = 0;
  cpu.userProcess = true;
  cpu.c64 = true;
  const pc = BigInt(entry) & ~1n;
  cpu.pcc = capWithValue(code, pc);
  cpu.setC(30, capWithObjectType(capWithValue(code, pc | 1n), OTYPE_RB));
  cpu.ddc[0] = NULL_CAP;
  cpu.setC(31, capWithValue(userCap(stackBase, stackSize, PERMS_USER_DATA), BigInt(USRSTACK)));
  cpu.setC(0, dataCap(auxv, AUXV_BYTES));
  return { imageBase, imageTop, stackBase, stringsBase, auxv };
}

/** Human-readable bounds of a capability, for diagnostics. */
export function boundsText(c: Capability): string {
  const b = capGetBounds(c);
  return `[0x${b.base.toString(16)}, 0x${b.limit.toString(16)})`;
}
