// Disassembly of code regions and ELF images, llvm-objdump style (one line per word, functions
// introduced by their symbol).
import { decode } from './decoder.js';
import { formatInsn } from './syntax.js';
import { type ElfImage, functionSymbols, PT_LOAD, PF_X } from '../elf/reader.js';

export function disasmWord(word: number, pc: number, c64: boolean): string {
  const d = decode(word);
  return d === null ? `.inst 0x${(word >>> 0).toString(16).padStart(8, '0')} // UNDEFINED` : formatInsn(d, word, { pc, c64 });
}

export interface DisasmOptions {
  /** Start in C64 when no symbol says otherwise (purecap images). */
  readonly defaultC64: boolean;
}

/** Disassembles every executable PT_LOAD segment of an image, grouped by function symbol. */
export function disasmImage(img: ElfImage, opts: DisasmOptions): string[] {
  const lines: string[] = [];
  const syms = functionSymbols(img);
  const byAddr = new Map<number, { name: string; c64: boolean }>();
  for (const s of syms) if (!byAddr.has(s.addr)) byAddr.set(s.addr, s);
  // Mapping symbols: $c starts C64 code, $x A64 code, $d data (Morello ELF).
  const mapping = new Map<number, 'c' | 'x' | 'd'>();
  for (const s of img.symbols) {
    const m = /^\$([cxd])(\.|$)/.exec(s.name);
    if (m) mapping.set(s.value, m[1] as 'c' | 'x' | 'd');
  }
  for (const seg of img.segments) {
    if (seg.type !== PT_LOAD || !(seg.flags & PF_X)) continue;
    let c64 = opts.defaultC64;
    const n = Math.floor(seg.data.length / 4);
    const dv = new DataView(seg.data.buffer, seg.data.byteOffset, seg.data.length);
    let data = false;
    for (let i = 0; i < n; i++) {
      const pc = seg.vaddr + i * 4;
      const map = mapping.get(pc);
      if (map !== undefined) {
        data = map === 'd';
        if (!data) c64 = map === 'c';
      }
      const sym = byAddr.get(pc);
      if (sym !== undefined) {
        if (sym.c64) c64 = true;
        lines.push('', `${pc.toString(16).padStart(16, '0')} <${sym.name}>:`);
      }
      const w = dv.getUint32(i * 4, true);
      // Runs of three or more zero words print as "...", as objdump does.
      if (w === 0 && i + 2 < n && dv.getUint32(i * 4 + 4, true) === 0 && dv.getUint32(i * 4 + 8, true) === 0 && !byAddr.has(pc + 4)) {
        lines.push('\t...');
        while (i + 1 < n && dv.getUint32(i * 4 + 4, true) === 0 && !byAddr.has(seg.vaddr + (i + 1) * 4) && !mapping.has(seg.vaddr + (i + 1) * 4)) i++;
        continue;
      }
      const text = data ? `.word 0x${w.toString(16).padStart(8, '0')}` : disasmWord(w, pc, c64);
      lines.push(`${pc.toString(16).padStart(8, ' ')}: ${w.toString(16).padStart(8, '0')} \t${text}`);
    }
  }
  return lines;
}
