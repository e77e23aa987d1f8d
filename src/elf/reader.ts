// ELF64 little-endian reader for AArch64 images. elfy parses the ELF header and program headers;
// section headers, symbols and notes are read here (elfy misreads 64-bit section headers and reads
// no symbols). Every offset and size is validated, so a truncated or corrupt file yields an
// ElfError naming the file and the problem, never a host exception.
import { nodeZlib } from '../host/builtins.js';
import { readFileSync } from 'node:fs';
import elfy from 'elfy';

export class ElfError extends Error {
  constructor(readonly file: string, readonly reason: string) {
    super(`${file}: ${reason}`);
  }
}

export const EM_AARCH64 = 183;
export const ELFOSABI_NONE = 0;
export const ELFOSABI_FREEBSD = 9;
export const EF_AARCH64_CHERI_PURECAP = 0x10000;
export const PT_LOAD = 1;
export const PT_DYNAMIC = 2;
export const PT_INTERP = 3;
export const PT_NOTE = 4;
export const PT_PHDR = 6;
export const PT_TLS = 7;
export const PF_X = 1;
export const PF_W = 2;
export const PF_R = 4;
export const STT_FUNC = 2;
export const STT_OBJECT = 1;

export interface Segment {
  readonly type: number;
  readonly flags: number;
  readonly offset: number;
  readonly vaddr: number;
  /** Physical (load) address: where a bare-metal image is placed in memory. */
  readonly paddr: number;
  readonly filesz: number;
  readonly memsz: number;
  readonly align: number;
  /** File bytes of the segment (filesz long). */
  readonly data: Uint8Array;
}

export interface Section {
  readonly name: string;
  readonly type: number;
  readonly flags: number;
  readonly addr: number;
  readonly offset: number;
  readonly size: number;
  readonly link: number;
  readonly info: number;
  readonly addralign: number;
  readonly entsize: number;
}

export interface ElfSymbol {
  readonly name: string;
  readonly value: number;
  readonly size: number;
  readonly type: number;
  readonly bind: number;
  readonly shndx: number;
}

export interface ElfNote {
  readonly name: string;
  readonly type: number;
  readonly desc: Uint8Array;
}

export interface ElfImage {
  readonly file: string;
  readonly bytes: Uint8Array;
  readonly osabi: number;
  readonly type: number;
  readonly machine: number;
  readonly flags: number;
  readonly entry: number;
  readonly phoff: number;
  readonly phentsize: number;
  readonly phnum: number;
  readonly segments: readonly Segment[];
  readonly sections: readonly Section[];
  readonly symbols: readonly ElfSymbol[];
  readonly notes: readonly ElfNote[];
}

const MAX_U53 = Number.MAX_SAFE_INTEGER;
/** The most a gzipped ELF may inflate to: real images (the Sail-generated tests, whole programs and
 *  libraries) are a few MiB at most. */
export const MAX_GUNZIPPED = 64 * 2 ** 20;

/** Reads a file (transparently gunzipping `.gz`) and parses it. */
export function loadElfFile(path: string): ElfImage {
  let raw: Buffer;
  try {
    raw = readFileSync(path);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    throw new ElfError(path, err.code === 'ENOENT' ? 'no such file' : `cannot read (${err.code ?? err.message})`);
  }
  if (raw.length >= 2 && raw[0] === 0x1f && raw[1] === 0x8b) {
    try {
      // Inflated with a cap: a few bytes of gzip can claim gigabytes (a gzip bomb).
      raw = nodeZlib().gunzipSync(raw, { maxOutputLength: MAX_GUNZIPPED });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
        throw new ElfError(path, `gzip data inflates to more than ${MAX_GUNZIPPED / 2 ** 20} MiB (no ELF image is that large)`);
      }
      throw new ElfError(path, 'corrupt gzip data');
    }
  }
  return parseElf(path, new Uint8Array(raw.buffer, raw.byteOffset, raw.length));
}

export function parseElf(file: string, bytes: Uint8Array): ElfImage {
  const fail = (why: string): never => {
    throw new ElfError(file, why);
  };
  if (bytes.length < 64) fail(bytes.length < 4 ? 'not an ELF file (too short)' : 'truncated ELF header');
  if (bytes[0] !== 0x7f || bytes[1] !== 0x45 || bytes[2] !== 0x4c || bytes[3] !== 0x46) fail('not an ELF file (bad magic)');
  if (bytes[4] !== 2) fail('not a 64-bit ELF (only ELF64 AArch64 is supported)');
  if (bytes[5] !== 1) fail('not little-endian (only little-endian AArch64 is supported)');
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  const parser = new elfy.Parser();
  let hdr;
  try {
    hdr = parser.parseHeader(buf);
  } catch (e) {
    return fail(`bad ELF header (${(e as Error).message})`);
  }
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
  const machine = dv.getUint16(18, true);
  const type = dv.getUint16(16, true);
  if (machine !== EM_AARCH64) fail(`not an AArch64 ELF (e_machine ${machine})`);
  for (const [n, v] of [['e_entry', hdr.entry], ['e_phoff', hdr.phoff], ['e_shoff', hdr.shoff]] as const) {
    if (!Number.isSafeInteger(v) || v > MAX_U53) fail(`${n} out of range`);
  }
  // Program headers (elfy), after checking the table lies in the file.
  let segments: Segment[] = [];
  if (hdr.phnum > 0) {
    if (hdr.phentsize < 56) fail(`bad e_phentsize ${hdr.phentsize}`);
    if (hdr.phoff + hdr.phnum * hdr.phentsize > bytes.length) fail('program header table extends past end of file');
    let progs;
    try {
      progs = parser.parsePrograms(buf, hdr);
    } catch (e) {
      return fail(`bad program headers (${(e as Error).message})`);
    }
    segments = progs.map((p, i) => {
      const off = hdr.phoff + i * hdr.phentsize;
      const ptype = dv.getUint32(off, true);
      const flags = dv.getUint32(off + 4, true);
      for (const [n, v] of [['p_offset', p.offset], ['p_vaddr', p.vaddr], ['p_paddr', p.paddr], ['p_filesz', p.filesz], ['p_memsz', p.memsz]] as const) {
        if (!Number.isSafeInteger(v)) fail(`program header ${i}: ${n} out of range`);
      }
      if (ptype === PT_LOAD || ptype === PT_NOTE || ptype === PT_INTERP || ptype === PT_DYNAMIC) {
        if (p.filesz > 0 && p.offset + p.filesz > bytes.length) fail(`program header ${i}: segment data (offset 0x${p.offset.toString(16)}, size 0x${p.filesz.toString(16)}) extends past end of file`);
        if (ptype === PT_LOAD && p.filesz > p.memsz) fail(`program header ${i}: p_filesz > p_memsz`);
      }
      const end = Math.min(bytes.length, p.offset + p.filesz);
      return {
        type: ptype, flags, offset: p.offset, vaddr: p.vaddr, paddr: p.paddr, filesz: p.filesz, memsz: p.memsz, align: p.align,
        data: p.offset < bytes.length ? bytes.subarray(p.offset, end) : new Uint8Array(0),
      };
    });
  }
  const sections = readSections(file, bytes, dv, hdr.shoff, hdr.shnum, hdr.shentsize, hdr.shstrndx);
  const symbols = readSymbols(file, bytes, dv, sections);
  const notes = readNotes(bytes, dv, segments, sections);
  return {
    file, bytes, osabi: bytes[7]!, type, machine, flags: hdr.flags >>> 0, entry: hdr.entry, phoff: hdr.phoff,
    phentsize: hdr.phentsize, phnum: hdr.phnum, segments, sections, symbols, notes,
  };
}

function u64(dv: DataView, off: number): number {
  const lo = dv.getUint32(off, true);
  const hi = dv.getUint32(off + 4, true);
  return hi * 0x100000000 + lo; // may lose precision above 2^53; callers range-check where it matters
}

function cstring(bytes: Uint8Array, off: number, end: number): string {
  let e = off;
  while (e < end && bytes[e] !== 0) e++;
  return Buffer.from(bytes.buffer, bytes.byteOffset + off, e - off).toString('latin1');
}

function readSections(file: string, bytes: Uint8Array, dv: DataView, shoff: number, shnum: number, shentsize: number, shstrndx: number): Section[] {
  if (shoff === 0 || shnum === 0) return [];
  if (shentsize < 64) throw new ElfError(file, `bad e_shentsize ${shentsize}`);
  if (shoff + shnum * shentsize > bytes.length) throw new ElfError(file, 'section header table extends past end of file');
  const raw = [];
  for (let i = 0; i < shnum; i++) {
    const o = shoff + i * shentsize;
    raw.push({
      nameOff: dv.getUint32(o, true), type: dv.getUint32(o + 4, true), flags: u64(dv, o + 8), addr: u64(dv, o + 16),
      offset: u64(dv, o + 24), size: u64(dv, o + 32), link: dv.getUint32(o + 40, true), info: dv.getUint32(o + 44, true),
      addralign: u64(dv, o + 48), entsize: u64(dv, o + 56),
    });
  }
  const strtab = shstrndx < raw.length ? raw[shstrndx]! : undefined;
  const strOk = strtab !== undefined && strtab.type !== 8 && strtab.offset + strtab.size <= bytes.length;
  return raw.map((s) => ({
    name: strOk && s.nameOff < strtab.size ? cstring(bytes, strtab.offset + s.nameOff, strtab.offset + strtab.size) : '',
    type: s.type, flags: s.flags, addr: s.addr, offset: s.offset, size: s.size, link: s.link, info: s.info,
    addralign: s.addralign, entsize: s.entsize,
  }));
}

function readSymbols(file: string, bytes: Uint8Array, dv: DataView, sections: readonly Section[]): ElfSymbol[] {
  const out: ElfSymbol[] = [];
  for (const s of sections) {
    if (s.type !== 2 && s.type !== 11) continue; // SHT_SYMTAB, SHT_DYNSYM
    if (s.offset + s.size > bytes.length) throw new ElfError(file, `symbol table '${s.name}' extends past end of file`);
    const str = sections[s.link];
    const strOk = str !== undefined && str.type === 3 && str.offset + str.size <= bytes.length;
    const n = Math.floor(s.size / 24);
    for (let i = 1; i < n; i++) {
      const o = s.offset + i * 24;
      const nameOff = dv.getUint32(o, true);
      const info = bytes[o + 4]!;
      out.push({
        name: strOk && nameOff < str.size ? cstring(bytes, str.offset + nameOff, str.offset + str.size) : '',
        type: info & 15, bind: info >> 4, shndx: dv.getUint16(o + 6, true), value: u64(dv, o + 8), size: u64(dv, o + 16),
      });
    }
  }
  return out;
}

function parseNotes(bytes: Uint8Array, dv: DataView, off: number, size: number, out: ElfNote[]): void {
  let p = off;
  const end = Math.min(bytes.length, off + size);
  while (p + 12 <= end) {
    const namesz = dv.getUint32(p, true);
    const descsz = dv.getUint32(p + 4, true);
    const type = dv.getUint32(p + 8, true);
    const nameOff = p + 12;
    const descOff = nameOff + ((namesz + 3) & ~3);
    const next = descOff + ((descsz + 3) & ~3);
    if (next > end || namesz > size || descsz > size) break;
    out.push({ name: cstring(bytes, nameOff, nameOff + namesz), type, desc: bytes.subarray(descOff, descOff + descsz) });
    p = next;
  }
}

function readNotes(bytes: Uint8Array, dv: DataView, segments: readonly Segment[], sections: readonly Section[]): ElfNote[] {
  const out: ElfNote[] = [];
  const noteSegs = segments.filter((s) => s.type === PT_NOTE);
  if (noteSegs.length > 0) for (const s of noteSegs) parseNotes(bytes, dv, s.offset, s.filesz, out);
  else for (const s of sections) if (s.type === 7) parseNotes(bytes, dv, s.offset, s.size, out);
  return out;
}

/** Function symbols sorted by address, with bit 0 (the C64 marker in Morello ELF) stripped. */
export function functionSymbols(img: ElfImage): { name: string; addr: number; size: number; c64: boolean }[] {
  return img.symbols
    .filter((s) => (s.type === STT_FUNC || s.type === 0) && s.name !== '' && !s.name.startsWith('$') && s.shndx !== 0 && s.shndx < 0xff00)
    .map((s) => ({ name: s.name, addr: s.value - (s.value % 2), size: s.size, c64: s.value % 2 === 1 }))
    .sort((a, b) => a.addr - b.addr);
}

export type ElfKind = 'purecap' | 'hybrid' | 'baremetal' | 'linux';

export const ELFOSABI_GNU = 3;
/** NT_GNU_ABI_TAG, the "GNU" note whose first word is the OS (0 = Linux), as glibc's crt1 carries. */
export const NT_GNU_ABI_TAG = 1;

/** The interpreter path of a PT_INTERP segment (without its NUL), or null when there is none. */
export function interpreterPath(img: ElfImage): string | null {
  const s = img.segments.find((seg) => seg.type === PT_INTERP);
  if (s === undefined) return null;
  const end = s.data.indexOf(0);
  return Buffer.from(s.data.subarray(0, end < 0 ? s.data.length : end)).toString('latin1');
}

/** An AArch64 Linux executable: OSABI SYSV/GNU and either a Linux (glibc or musl) interpreter or a
 *  GNU ABI note naming Linux. Bare-metal images (the Sail-generated tests) have neither. */
function isLinux(img: ElfImage): boolean {
  if (img.osabi !== ELFOSABI_NONE && img.osabi !== ELFOSABI_GNU) return false;
  const interp = interpreterPath(img);
  if (interp !== null && /(^|\/)ld-(linux|musl)-[^/]*\.so/.test(interp)) return true;
  return img.notes.some((n) => n.name === 'GNU' && n.type === NT_GNU_ABI_TAG && n.desc.length >= 4 && n.desc[0] === 0 && n.desc[1] === 0 && n.desc[2] === 0 && n.desc[3] === 0);
}

/** Classifies an image: purecap (CHERI purecap flag), hybrid (FreeBSD OSABI or note), Linux (told
 *  apart so that it is refused, not run as bare metal), or bare metal. */
export function classifyElf(img: ElfImage): ElfKind {
  if (img.flags & EF_AARCH64_CHERI_PURECAP) return 'purecap';
  if (img.osabi === ELFOSABI_FREEBSD || img.notes.some((n) => n.name === 'FreeBSD' || n.name === 'CheriBSD')) return 'hybrid';
  if (isLinux(img)) return 'linux';
  return 'baremetal';
}

/** The one line a Linux executable is refused with. */
export function linuxRefusal(file: string): string {
  return `${file}: an AArch64 Linux executable; morello-sim runs CheriBSD (FreeBSD) programs and bare-metal images`;
}
