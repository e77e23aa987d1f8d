// morello-sim's assembler: GNU-as-like source for A64 and Morello (C64) → a static executable image
// (sections, symbols, capability relocations) that elf-writer.ts lays out as clang-morello + lld do.
//
// Supported: labels (`name:`), comments (`//`, `/* */`, `;` at line start), `.text/.data/.rodata/.bss`,
// `.section NAME`, `.global/.globl`, `.type NAME, %function|%object`, `.size NAME, EXPR`, `.c64`/`.a64`
// (instruction set of what follows; C64 function symbols get bit 0 set), `.balign/.p2align`,
// `.byte/.hword/.short/.word/.long/.quad/.xword`, `.ascii/.asciz/.string`, `.zero/.space`, `.inst`,
// and `.chericap SYM[+OFF]` (a 16-byte capability slot the start-up code fills from the
// `__cap_relocs` table). Operand expressions: numbers, `SYM`, `SYM+OFF`, `:lo12:SYM[+OFF]`.
import { encodeLine, AsmError } from './encode-line.js';

export type SectionName = '.text' | '.rodata' | '.data' | '__cap_relocs' | '.bss';
const SECTIONS: readonly SectionName[] = ['.text', '.rodata', '.data', '.bss'];
/** One `__cap_relocs` entry: location, object, offset, size, permissions (five u64). */
export const CAP_RELOC_SIZE = 40;
/** The entry's permission word (Morello's inverse masks, see the fact sheet §3.2). */
const CAPRELOC_FUNCTION = 0x8000000000013dbcn;
const CAPRELOC_RODATA = 0x1bfben;
const CAPRELOC_DATA = 0x8fben;

export interface AsmSymbol {
  readonly name: string;
  section: SectionName;
  offset: number;
  global: boolean;
  type: 'func' | 'object' | 'none';
  size: number;
  /** Defined in C64 code (function symbols then carry bit 0). */
  c64: boolean;
}

export interface CapReloc {
  /** Section and offset of the 16-byte slot. */
  readonly section: SectionName;
  readonly offset: number;
  readonly symbol: string;
  readonly addend: number;
}

/** One input file: its name (for messages) and text. */
export interface SourceFile {
  readonly file: string;
  readonly text: string;
}

interface Item {
  readonly section: SectionName;
  readonly offset: number;
  /** "file:line" for messages. */
  readonly where: string;
  readonly c64: boolean;
  readonly kind: 'insn' | 'data';
  /** Instruction text, or the data directive and its argument text. */
  readonly text: string;
  readonly size: number;
}

export interface AssembledProgram {
  readonly sections: Record<SectionName, Uint8Array>;
  readonly symbols: readonly AsmSymbol[];
  readonly capRelocs: readonly CapReloc[];
}

/** Addresses of every section once laid out (by the ELF writer). */
export type Layout = Record<SectionName, number>;

function stripComment(line: string): string {
  let out = '';
  let inStr = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (ch === '"' && line[i - 1] !== '\\') inStr = !inStr;
    if (!inStr && ch === '/' && line[i + 1] === '/') break;
    out += ch;
  }
  return out.trim().startsWith(';') ? '' : out;
}

function parseString(s: string, where: string): number[] {
  const m = /^"((?:[^"\\]|\\.)*)"$/.exec(s.trim());
  if (m === null) throw new AsmError(`${where}: expected a string literal, got ${s.trim()}`);
  const out: number[] = [];
  const body = m[1]!;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (ch !== '\\') {
      out.push(...Buffer.from(ch, 'utf8'));
      continue;
    }
    const n = body[++i]!;
    const esc: Record<string, number> = { n: 10, t: 9, r: 13, '0': 0, '\\': 92, '"': 34, a: 7, b: 8, e: 27 };
    if (n === 'x') {
      out.push(parseInt(body.slice(i + 1, i + 3), 16));
      i += 2;
    } else if (esc[n] !== undefined) out.push(esc[n]!);
    else throw new AsmError(`${where}: unknown escape \\${n}`);
  }
  return out;
}

const DATA_SIZES: Record<string, number> = { '.byte': 1, '.hword': 2, '.short': 2, '.word': 4, '.long': 4, '.quad': 8, '.xword': 8 };

export function assemble(sources: readonly SourceFile[], layout: (sizes: Record<SectionName, number>) => Layout): AssembledProgram {
  const file = sources.map((s) => s.file).join(', ');
  // ---------------------------------------------------------------- pass 1: sizes and symbols
  const symbols = new Map<string, AsmSymbol>();
  const items: Item[] = [];
  const capRelocs: CapReloc[] = [];
  const pos: Record<SectionName, number> = { '.text': 0, '.rodata': 0, '.data': 0, '__cap_relocs': 0, '.bss': 0 };
  const pendingType = new Map<string, 'func' | 'object'>();
  const pendingSize = new Map<string, string>();
  const globals = new Set<string>();
  let sec: SectionName = '.text';
  let c64 = false;
  const lines: { text: string; where: string }[] = sources.flatMap((src) =>
    src.text.replace(/\/\*[\s\S]*?\*\//g, (m) => m.replace(/[^\n]/g, ' ')).split('\n').map((text, i) => ({ text, where: `${src.file}:${i + 1}` })));
  const err = (where: string, msg: string): AsmError => new AsmError(`${where}: ${msg}`);
  const align = (n: number): void => {
    pos[sec] = Math.ceil(pos[sec] / n) * n;
  };
  // Numeric local labels (`1:`, referenced as `1b` / `1f`): each definition becomes `.L<n>.<k>`.
  const localCount = new Map<string, number>();
  lines.forEach(({ text: raw, where: lineNo }) => {
    let text = stripComment(raw).trim();
    let labels = '';
    for (let m = /^(\d+|[A-Za-z_.$][\w.$]*):\s*/.exec(text); m !== null; m = /^(\d+|[A-Za-z_.$][\w.$]*):\s*/.exec(text)) {
      let name = m[1]!;
      if (/^\d+$/.test(name)) {
        const k = localCount.get(name) ?? 0;
        localCount.set(name, k + 1);
        name = `.L${name}.${k}`;
      }
      labels += `${name}: `;
      text = text.slice(m[0].length);
    }
    if (!/^\.(ascii|asciz|string)\b/i.test(text)) text = text.replace(/(?<![\w.$])(\d+)([bf])(?![\w.$])/g, (m, n: string, dir: string) => {
      const k = localCount.get(n) ?? 0;
      if (dir === 'b' && k === 0) throw err(lineNo, `no earlier local label '${n}:' for '${m}'`);
      return `.L${n}.${dir === 'b' ? k - 1 : k}`;
    });
    text = labels + text;
    for (let m = /^([A-Za-z_.$][\w.$]*):/.exec(text); m !== null; m = /^([A-Za-z_.$][\w.$]*):/.exec(text)) {
      const name = m[1]!;
      if (symbols.has(name)) throw err(lineNo, `symbol '${name}' defined twice`);
      symbols.set(name, { name, section: sec, offset: pos[sec], global: false, type: 'none', size: 0, c64 });
      text = text.slice(m[0].length).trim();
    }
    if (text === '') return;
    if (text.startsWith('.')) {
      const sp = text.search(/\s/);
      const dir = (sp < 0 ? text : text.slice(0, sp)).toLowerCase();
      const arg = sp < 0 ? '' : text.slice(sp).trim();
      if ((SECTIONS as readonly string[]).includes(dir)) sec = dir as SectionName;
      else if (dir === '.section') {
        const name = arg.split(',')[0]!.trim();
        if (!(SECTIONS as readonly string[]).includes(name)) throw err(lineNo, `section '${name}' is not supported (use .text, .rodata, .data or .bss)`);
        sec = name as SectionName;
      } else if (dir === '.global' || dir === '.globl') globals.add(arg);
      else if (dir === '.type') {
        const [name, t] = arg.split(',').map((x) => x.trim());
        pendingType.set(name!, t === '%function' || t === '@function' ? 'func' : 'object');
      } else if (dir === '.size') {
        const [name, e] = arg.split(',').map((x) => x.trim());
        pendingSize.set(name!, e!);
      } else if (dir === '.c64') c64 = true;
      else if (dir === '.a64') c64 = false;
      else if (dir === '.arch' || dir === '.file' || dir === '.ident' || dir === '.text_end') { /* informational */ }
      else if (dir === '.balign' || dir === '.align' || dir === '.p2align') {
        const n = Number(arg.split(',')[0]);
        align(dir === '.p2align' || dir === '.align' ? 1 << n : n);
      } else if (dir in DATA_SIZES) {
        const n = arg.split(',').length;
        items.push({ section: sec, offset: pos[sec], where: lineNo, c64, kind: 'data', text: `${dir} ${arg}`, size: n * DATA_SIZES[dir]! });
        pos[sec] += n * DATA_SIZES[dir]!;
      } else if (dir === '.ascii' || dir === '.asciz' || dir === '.string') {
        const bytes = parseString(arg, lineNo);
        if (dir !== '.ascii') bytes.push(0);
        items.push({ section: sec, offset: pos[sec], where: lineNo, c64, kind: 'data', text: `.bytes ${bytes.join(',')}`, size: bytes.length });
        pos[sec] += bytes.length;
      } else if (dir === '.zero' || dir === '.space' || dir === '.skip') {
        pos[sec] += Number(arg);
      } else if (dir === '.inst') {
        align(4);
        items.push({ section: sec, offset: pos[sec], where: lineNo, c64, kind: 'data', text: `.word ${arg}`, size: 4 });
        pos[sec] += 4;
      } else if (dir === '.chericap') {
        if (sec === '.text' || sec === '.bss') throw err(lineNo, '.chericap belongs in .data or .rodata');
        align(16);
        const m = /^([A-Za-z_.$][\w.$]*)\s*(?:([+-])\s*(\w+))?$/.exec(arg);
        if (m === null) throw err(lineNo, `.chericap expects SYMBOL[+OFFSET], got '${arg}'`);
        capRelocs.push({ section: sec, offset: pos[sec], symbol: m[1]!, addend: m[2] === undefined ? 0 : (m[2] === '-' ? -1 : 1) * Number(m[3]) });
        pos[sec] += 16;
      } else throw err(lineNo, `unknown directive ${dir}`);
      return;
    }
    if (sec === '.bss') throw err(lineNo, 'instructions or data in .bss');
    align(4);
    items.push({ section: sec, offset: pos[sec], where: lineNo, c64, kind: 'insn', text, size: 4 });
    pos[sec] += 4;
  });
  for (const [name, t] of pendingType) {
    const s = symbols.get(name);
    if (s === undefined) throw new AsmError(`${file}: .type for undefined symbol '${name}'`);
    s.type = t;
  }
  for (const name of globals) {
    const s = symbols.get(name);
    if (s === undefined) throw new AsmError(`${file}: .global for undefined symbol '${name}'`);
    s.global = true;
  }

  // The linker-generated capability relocation table and its bracketing symbols.
  pos['__cap_relocs'] = capRelocs.length * CAP_RELOC_SIZE;
  for (const [name, offset] of [['__start___cap_relocs', 0], ['__stop___cap_relocs', pos['__cap_relocs']]] as const) {
    if (!symbols.has(name)) symbols.set(name, { name, section: '__cap_relocs', offset, global: false, type: 'none', size: 0, c64: false });
  }

  // ---------------------------------------------------------------- pass 2: resolve and encode
  const base = layout({ ...pos });
  const addrOf = (s: AsmSymbol): number => base[s.section] + s.offset + (s.type === 'func' && s.c64 ? 1 : 0);
  for (const [name, e] of pendingSize) {
    const s = symbols.get(name);
    if (s === undefined) throw new AsmError(`${file}: .size for undefined symbol '${name}'`);
    const m = /^\.\s*-\s*([\w.$]+)$/.exec(e);
    s.size = m !== null ? 0 : Number(e);
    if (m !== null) {
      // `.size f, . - f`: up to the next symbol in the same section (or its end)
      const next = [...symbols.values()].filter((o) => o.section === s.section && o.offset > s.offset).map((o) => o.offset);
      s.size = (next.length ? Math.min(...next) : pos[s.section]) - s.offset;
    }
  }
  const value = (expr: string, line: string, forBranch: boolean): number => {
    const m = /^([A-Za-z_.$][\w.$]*)\s*(?:([+-])\s*(0x[0-9a-fA-F]+|\d+))?$/.exec(expr.trim());
    if (m === null) return Number(expr);
    const s = symbols.get(m[1]!);
    if (s === undefined) throw err(line, `undefined symbol '${m[1]}'`);
    const off = m[2] === undefined ? 0 : (m[2] === '-' ? -1 : 1) * Number(m[3]);
    // PC-relative operands address the instruction itself: no C64 bit.
    return (forBranch ? base[s.section] + s.offset : addrOf(s)) + off;
  };
  const out: Record<SectionName, Uint8Array> = {
    '.text': new Uint8Array(pos['.text']), '.rodata': new Uint8Array(pos['.rodata']), '.data': new Uint8Array(pos['.data']),
    '__cap_relocs': new Uint8Array(pos['__cap_relocs']), '.bss': new Uint8Array(pos['.bss']),
  };
  const table = Buffer.from(out['__cap_relocs'].buffer);
  capRelocs.forEach((r, i) => {
    const s = symbols.get(r.symbol);
    if (s === undefined) throw new AsmError(`${file}: .chericap of undefined symbol '${r.symbol}'`);
    const func = s.type === 'func';
    const fields = [
      BigInt(base[r.section] + r.offset),
      BigInt(base[s.section] + s.offset),
      BigInt.asUintN(64, BigInt(r.addend + (func && s.c64 ? 1 : 0))), // C64 entry points carry bit 0
      // Functions keep the code root's bounds (the whole image): C64 code addresses its globals
      // PC-relatively (ADRP from PCC), so a function pointer must not narrow PCC to the function.
      BigInt(func ? 0 : s.size),
      func ? CAPRELOC_FUNCTION : s.section === '.rodata' || s.section === '.text' ? CAPRELOC_RODATA : CAPRELOC_DATA,
    ];
    fields.forEach((v, k) => table.writeBigUInt64LE(v, i * CAP_RELOC_SIZE + 8 * k));
  });
  for (const it of items) {
    const buf = Buffer.from(out[it.section].buffer);
    if (it.kind === 'data') {
      const sp = it.text.indexOf(' ');
      const dir = it.text.slice(0, sp);
      const args = it.text.slice(sp + 1);
      if (dir === '.bytes') {
        args.split(',').forEach((b, i) => buf.writeUInt8(Number(b), it.offset + i));
        continue;
      }
      const w = DATA_SIZES[dir]!;
      args.split(',').forEach((a, i) => {
        const v = BigInt.asUintN(w * 8, BigInt(value(a, it.where, false)));
        for (let k = 0; k < w; k++) buf.writeUInt8(Number((v >> BigInt(8 * k)) & 0xffn), it.offset + i * w + k);
      });
      continue;
    }
    const pc = base[it.section] + it.offset;
    // Resolve :lo12:EXPR, then bare symbol names, to numbers.
    let text = it.text.replace(/:lo12:([A-Za-z_.$][\w.$]*(?:\s*[+-]\s*\w+)?)/g, (_m, e: string) => String(value(e, it.where, true) & 0xfff));
    const sp = text.search(/\s/);
    if (sp > 0) {
      const ops = text.slice(sp).replace(/(^|[\s,[#{(])([A-Za-z_.$][\w.$]*)(\s*[+-]\s*(?:0x[0-9a-fA-F]+|\d+))?(?=$|[\s,\]}!)])/g, (m, pre: string, name: string, off: string | undefined) => {
        const s = symbols.get(name);
        if (s === undefined) return m;
        const v = base[s.section] + s.offset + (off === undefined ? 0 : Number(off.replace(/\s/g, '')));
        return `${pre}0x${v.toString(16)}`;
      });
      text = text.slice(0, sp) + ops;
      // ADRP names the page: the disassembler prints the target's page address.
      if (/^adrp$/i.test(text.slice(0, sp))) text = text.replace(/0x([0-9a-f]+)\s*$/i, (_m, h: string) => `0x${(Math.floor(parseInt(h, 16) / 4096) * 4096).toString(16)}`);
    }
    let word: number;
    try {
      word = encodeLine(text, { pc, c64: it.c64 });
    } catch (e) {
      throw err(it.where, `${(e as Error).message}${text !== it.text ? ` (after resolving symbols: '${text}')` : ''}`);
    }
    buf.writeUInt32LE(word, it.offset);
  }
  return { sections: out, symbols: [...symbols.values()], capRelocs };
}

export { AsmError };
