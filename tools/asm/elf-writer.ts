// Lays out an assembled program as a static AArch64 FreeBSD executable the way lld does for
// clang-morello output: image base 0x200000; a read/execute PT_LOAD holding the ELF and program
// headers, .text and .rodata; a read/write PT_LOAD holding .data, __cap_relocs and .bss; e_entry =
// _start (odd for C64); EI_OSABI = FreeBSD; e_flags = EF_AARCH64_CHERI_PURECAP for purecap
// programs; a symbol table (function symbols in C64 code have bit 0 set) and section headers.
import { assemble, type AssembledProgram, type Layout, type SectionName, type SourceFile, AsmError } from './assembler.js';

const IMAGE_BASE = 0x200000;
const PAGE = 0x1000;
const EF_AARCH64_CHERI_PURECAP = 0x10000;
const PHNUM = 3; // PT_LOAD (RX), PT_LOAD (RW), PT_GNU_STACK
const HEADERS = 64 + 56 * PHNUM;

interface Placed {
  readonly layout: Layout;
  /** File offsets of the sections with contents. */
  readonly fileOff: Record<SectionName, number>;
  readonly rxEnd: number;
  readonly rwFileOff: number;
  readonly rwVaddr: number;
}

const up = (x: number, a: number): number => Math.ceil(x / a) * a;

function place(sizes: Record<SectionName, number>): Placed {
  const fileOff = {} as Record<SectionName, number>;
  const layout = {} as Layout;
  let off = up(HEADERS, 16);
  for (const s of ['.text', '.rodata'] as const) {
    off = up(off, 16);
    fileOff[s] = off;
    layout[s] = IMAGE_BASE + off;
    off += sizes[s];
  }
  const rxEnd = off;
  const rwFileOff = up(rxEnd, PAGE);
  // The RW segment starts on a new page, 64 KiB further on (lld's max-page-size gap).
  const rwVaddr = IMAGE_BASE + 0x10000 + rwFileOff;
  let voff = 0;
  for (const s of ['.data', '__cap_relocs', '.bss'] as const) {
    voff = up(voff, 16);
    fileOff[s] = rwFileOff + voff;
    layout[s] = rwVaddr + voff;
    voff += sizes[s];
  }
  return { layout, fileOff, rxEnd, rwFileOff, rwVaddr };
}

export interface WriteOptions {
  readonly purecap: boolean;
  readonly entry?: string;
}

export function assembleToElf(sources: readonly SourceFile[], opts: WriteOptions): Uint8Array {
  const file = sources.map((s) => s.file).join(', ');
  let placed: Placed | null = null;
  const prog: AssembledProgram = assemble(sources, (sizes) => {
    placed = place(sizes);
    return placed.layout;
  });
  const p = placed as unknown as Placed;
  const entryName = opts.entry ?? '_start';
  const entrySym = prog.symbols.find((s) => s.name === entryName);
  if (entrySym === undefined) throw new AsmError(`${file}: no entry symbol '${entryName}'`);
  const symAddr = (s: (typeof prog.symbols)[number]): number => p.layout[s.section] + s.offset + (s.type === 'func' && s.c64 ? 1 : 0);

  // Symbol and string tables, then section headers, after the RW segment's file contents.
  const rwFileEnd = p.fileOff['__cap_relocs'] + prog.sections['__cap_relocs'].length;
  const strtab: number[] = [0];
  const str = (s: string): number => {
    const at = strtab.length;
    strtab.push(...Buffer.from(s + '\0'));
    return at;
  };
  const secOrder: SectionName[] = ['.text', '.rodata', '.data', '__cap_relocs', '.bss'];
  const secIndex = (s: SectionName): number => secOrder.indexOf(s) + 1;
  const syms = [...prog.symbols].sort((a, b) => Number(a.global) - Number(b.global));
  const symtab = Buffer.alloc(24 * (syms.length + 1));
  syms.forEach((s, i) => {
    const o = 24 * (i + 1);
    symtab.writeUInt32LE(str(s.name), o);
    const type = s.type === 'func' ? 2 : s.type === 'object' ? 1 : 0;
    symtab.writeUInt8(((s.global ? 1 : 0) << 4) | type, o + 4);
    symtab.writeUInt16LE(secIndex(s.section), o + 6);
    symtab.writeBigUInt64LE(BigInt(symAddr(s)), o + 8);
    symtab.writeBigUInt64LE(BigInt(s.size), o + 16);
  });
  const firstGlobal = syms.findIndex((s) => s.global);
  const shstr: number[] = [0];
  const shname = (s: string): number => {
    const at = shstr.length;
    shstr.push(...Buffer.from(s + '\0'));
    return at;
  };
  const symtabOff = up(rwFileEnd, 8);
  const strtabOff = symtabOff + symtab.length;
  const shstrOff = strtabOff + strtab.length;
  const names = [...secOrder, '.symtab', '.strtab', '.shstrtab'].map(shname);
  const shOff = up(shstrOff + shstr.length, 8);
  const shnum = secOrder.length + 4;
  const total = shOff + 64 * shnum;
  const out = Buffer.alloc(total);

  // ELF header
  out.write('\x7fELF', 0, 'latin1');
  out[4] = 2; out[5] = 1; out[6] = 1; out[7] = 9; // ELFCLASS64, little-endian, version 1, ELFOSABI_FREEBSD
  out.writeUInt16LE(2, 16); // ET_EXEC
  out.writeUInt16LE(183, 18); // EM_AARCH64
  out.writeUInt32LE(1, 20);
  out.writeBigUInt64LE(BigInt(symAddr(entrySym)), 24);
  out.writeBigUInt64LE(64n, 32);
  out.writeBigUInt64LE(BigInt(shOff), 40);
  out.writeUInt32LE(opts.purecap ? EF_AARCH64_CHERI_PURECAP : 0, 48);
  out.writeUInt16LE(64, 52);
  out.writeUInt16LE(56, 54);
  out.writeUInt16LE(PHNUM, 56);
  out.writeUInt16LE(64, 58);
  out.writeUInt16LE(shnum, 60);
  out.writeUInt16LE(shnum - 1, 62);
  // Program headers
  const ph = (i: number, type: number, flags: number, off: number, vaddr: number, filesz: number, memsz: number, align: number): void => {
    const o = 64 + 56 * i;
    out.writeUInt32LE(type, o);
    out.writeUInt32LE(flags, o + 4);
    out.writeBigUInt64LE(BigInt(off), o + 8);
    out.writeBigUInt64LE(BigInt(vaddr), o + 16);
    out.writeBigUInt64LE(BigInt(vaddr), o + 24);
    out.writeBigUInt64LE(BigInt(filesz), o + 32);
    out.writeBigUInt64LE(BigInt(memsz), o + 40);
    out.writeBigUInt64LE(BigInt(align), o + 48);
  };
  ph(0, 1, 5, 0, IMAGE_BASE, p.rxEnd, p.rxEnd, PAGE);
  const rwMem = p.layout['.bss'] + prog.sections['.bss'].length - p.rwVaddr;
  ph(1, 1, 6, p.rwFileOff, p.rwVaddr, rwFileEnd - p.rwFileOff, rwMem, PAGE);
  ph(2, 0x6474e551, 6, 0, 0, 0, 0, 16); // PT_GNU_STACK: RW, not executable
  // Section contents
  for (const s of ['.text', '.rodata', '.data', '__cap_relocs'] as const) Buffer.from(prog.sections[s]).copy(out, p.fileOff[s]);
  symtab.copy(out, symtabOff);
  Buffer.from(strtab).copy(out, strtabOff);
  Buffer.from(shstr).copy(out, shstrOff);
  // Section headers: null, the five sections, .symtab, .strtab, .shstrtab
  const sh = (i: number, name: number, type: number, flags: number, addr: number, off: number, size: number, link: number, info: number, align: number, entsize: number): void => {
    const o = shOff + 64 * i;
    out.writeUInt32LE(name, o);
    out.writeUInt32LE(type, o + 4);
    out.writeBigUInt64LE(BigInt(flags), o + 8);
    out.writeBigUInt64LE(BigInt(addr), o + 16);
    out.writeBigUInt64LE(BigInt(off), o + 24);
    out.writeBigUInt64LE(BigInt(size), o + 32);
    out.writeUInt32LE(link, o + 40);
    out.writeUInt32LE(info, o + 44);
    out.writeBigUInt64LE(BigInt(align), o + 48);
    out.writeBigUInt64LE(BigInt(entsize), o + 56);
  };
  const FLAGS: Record<SectionName, number> = { '.text': 6, '.rodata': 2, '.data': 3, '__cap_relocs': 3, '.bss': 3 };
  secOrder.forEach((s, i) => sh(i + 1, names[i]!, s === '.bss' ? 8 : 1, FLAGS[s], p.layout[s], p.fileOff[s], prog.sections[s].length, 0, 0, 16, 0));
  const symIdx = secOrder.length + 1;
  sh(symIdx, names[secOrder.length]!, 2, 0, 0, symtabOff, symtab.length, symIdx + 1, firstGlobal < 0 ? syms.length + 1 : firstGlobal + 1, 8, 24);
  sh(symIdx + 1, names[secOrder.length + 1]!, 3, 0, 0, strtabOff, strtab.length, 0, 0, 1, 0);
  sh(symIdx + 2, names[secOrder.length + 2]!, 3, 0, 0, shstrOff, shstr.length, 0, 0, 1, 0);
  return out;
}
