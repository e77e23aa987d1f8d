// Operand syntax of the isa/ tables: formatting (disassembly). Each table row's syntax is literal
// text with operand placeholders `<kind:arg:arg…>`; `{…}` groups are printed only when some operand
// inside them is not at its default (zero offset, implicit register, no shift).
// Disassembly is not a hot path: BigInt is used here for 64-bit immediates.
import { type InsnDef, fieldOf, hasField } from './table.js';
import { sysRegName } from './sysregs.js';
import { ALIAS_TABLE } from '../../isa/aliases.js';

export interface DisasmContext {
  /** Address of the instruction (for PC-relative operands). */
  readonly pc: number;
  /** PSTATE.C64: selects base-register kinds and ADRP/ADRDP. */
  readonly c64: boolean;
}

interface Operand {
  text: string;
  /** true when the operand has its default value (zero, implicit register). */
  dflt: boolean;
}

const CONDS = ['eq', 'ne', 'hs', 'lo', 'mi', 'pl', 'vs', 'vc', 'hi', 'ls', 'ge', 'lt', 'gt', 'le', 'al', 'nv'];
const EXTENDS = ['uxtb', 'uxth', 'uxtw', 'uxtx', 'sxtb', 'sxth', 'sxtw', 'sxtx'];
const SHIFTS = ['lsl', 'lsr', 'asr', 'ror'];
const BARRIERS: Record<number, string> = { 1: 'oshld', 2: 'oshst', 3: 'osh', 5: 'nshld', 6: 'nshst', 7: 'nsh', 9: 'ishld', 10: 'ishst', 11: 'ish', 13: 'ld', 14: 'st', 15: 'sy' };
const PERMS = ['', 'x', 'w', 'wx', 'r', 'rx', 'rw', 'rwx'];

export function condName(c: number): string {
  return CONDS[c & 15]!;
}

function sext(v: number, width: number): number {
  const s = 32 - width;
  return width >= 32 ? v | 0 : (v << s) >> s;
}

function hex(n: number | bigint): string {
  if (typeof n === 'bigint') return '0x' + n.toString(16);
  return n < 0 ? '-0x' + (-n).toString(16) : '0x' + n.toString(16);
}

function gpr(n: number, x: boolean, r31: 'zr' | 'sp'): string {
  if (n === 31) return r31 === 'zr' ? (x ? 'xzr' : 'wzr') : x ? 'sp' : 'wsp';
  return (x ? 'x' : 'w') + n;
}

function cap(n: number, r31: 'zr' | 'sp'): string {
  return n === 31 ? (r31 === 'zr' ? 'czr' : 'csp') : 'c' + n;
}

/** Arm DecodeBitMasks (the 'wmask' part) for logical immediates; null if reserved. */
export function decodeBitMask(n: number, immr: number, imms: number, width: 32 | 64, immediate = true): bigint | null {
  const combined = (n << 6) | (~imms & 0x3f);
  let len = -1;
  for (let i = 6; i >= 0; i--) if ((combined >> i) & 1) { len = i; break; }
  if (len < 1) return null;
  const levels = (1 << len) - 1;
  const s = imms & levels;
  const r = immr & levels;
  if (immediate && s === levels) return null;
  const esize = 1 << len;
  const welem = (1n << BigInt(s + 1)) - 1n;
  const emask = (1n << BigInt(esize)) - 1n;
  const rot = BigInt(r);
  const rotated = ((welem >> rot) | (welem << (BigInt(esize) - rot))) & emask;
  let out = 0n;
  for (let i = 0; i < width; i += esize) out |= rotated << BigInt(i);
  return out & ((1n << BigInt(width)) - 1n);
}

/** Arm VFPExpandImm for an 8-bit FP immediate, as a JS number: ±(16 + imm8[3:0])/16 × 2^n, n in -3..4. */
export function expandFpImm(imm8: number): number {
  const n = imm8 & 0x40 ? ((imm8 >> 4) & 3) - 3 : ((imm8 >> 4) & 3) + 1;
  const v = ((16 + (imm8 & 15)) / 16) * Math.pow(2, n);
  return imm8 & 0x80 ? -v : v;
}

function fpImmText(imm8: number): string {
  return '#' + expandFpImm(imm8).toExponential(18).replace(/e([+-])(\d)$/, 'e$10$2');
}

function vArr(size: number, q: number): string {
  return ['8b', '16b', '4h', '8h', '2s', '4s', '1d', '2d'][(size & 3) * 2 + q]!;
}

/** FP register letter for an ftype/opc size code: 0 single, 1 double, 3 half. */
function fpLetter(t: number): string {
  return t === 0 ? 's' : t === 1 ? 'd' : t === 3 ? 'h' : '?';
}

/** Arrangement of a vector operand: FP16 families 4H/8H; FP families (an sz field) 2S/4S/1D/2D;
 *  otherwise size:Q. */
function vecArr(def: InsnDef, f: Getter, has: (n: string) => boolean): string {
  const q = has('Q') ? f('Q') : 1;
  if (def.family.includes('fp16')) return q ? '8h' : '4h';
  if (has('sz') && !has('size')) return f('sz') ? (q ? '2d' : '1d') : (q ? '4s' : '2s');
  return vArr(has('size') ? f('size') : 0, q);
}

/** Scalar register letter: FP16 families h; FP families (sz) s/d; otherwise from size. */
function fpOrIntScalar(def: InsnDef, f: Getter, has: (n: string) => boolean): string {
  if (def.family.includes('fp16')) return 'h';
  if (has('sz') && !has('size')) return f('sz') ? 'd' : 's';
  return scalarLetter(has('size') ? f('size') : 3);
}

/** The by-element operand `Vm.T[index]` (Arm ARM: index H:L:M with Vm in V0–V15 for halfwords;
 *  H:L with Vm = M:Rm for words; H for doublewords; dot products index 4-byte groups). */
function byElement(def: InsnDef, f: Getter, has: (n: string) => boolean): string {
  const hl = (f('H') << 1) | f('L');
  const m4 = f('Rm');
  const mFull = (f('M') << 4) | m4;
  if (def.family.includes('dotp')) return `v${mFull}.4b[${hl}]`;
  if (def.family.includes('fp16') || (has('size') && f('size') === 1)) return `v${m4}.h[${(hl << 1) | f('M')}]`;
  if (has('sz') && !has('size')) return f('sz') ? `v${mFull}.d[${f('H')}]` : `v${mFull}.s[${hl}]`;
  return `v${mFull}.s[${hl}]`;
}

function scalarLetter(size: number): string {
  return 'bhsdq'[size] ?? '?';
}

function highestSetBit(v: number): number {
  return 31 - Math.clz32(v);
}

type Getter = (name: string) => number;

/** Formats one operand placeholder. `spec` is the text between < and >. */
function operand(spec: string, def: InsnDef, word: number, f: Getter, has: (n: string) => boolean, ctx: DisasmContext): Operand {
  const [kind, a = '', b = '', c = ''] = spec.split(':');
  const reg = (n: number, x: boolean, r31: 'zr' | 'sp'): Operand => ({ text: gpr(n, x, r31), dflt: false });
  const imm = (v: number): Operand => ({ text: String(v), dflt: v === 0 });
  const sf = (): boolean => (has('sf') ? f('sf') === 1 : true);
  switch (kind) {
    case 'r': return reg(f(a), sf(), 'zr');
    case 'rsp': return reg(f(a), sf(), 'sp');
    case 'x': return reg(f(a), true, 'zr');
    case 'xsp': return reg(f(a), true, 'sp');
    case 'w': return reg(f(a), false, 'zr');
    case 'wsp': return reg(f(a), false, 'sp');
    case 'c': return { text: cap(f(a), 'zr'), dflt: false };
    case 'csp': return { text: cap(f(a), 'sp'), dflt: false };
    case 'base': return ctx.c64 ? { text: cap(f(a), 'sp'), dflt: false } : reg(f(a), true, 'sp');
    case 'alt': return ctx.c64 ? reg(f(a), true, 'sp') : { text: cap(f(a), 'sp'), dflt: false };
    case 'cadr': return ctx.c64 ? { text: cap(f(a), 'zr'), dflt: false } : reg(f(a), true, 'zr');
    case 'xret': return { text: gpr(f(a), true, 'zr'), dflt: f(a) === 30 };
    case 'xopt': return { text: gpr(f(a), true, 'zr'), dflt: f(a) === 31 };
    case 'tbr': return reg(f(a), f('b5') === 1, 'zr');
    case 'rsz': return reg(f(a), f('size') === 3, 'zr');
    case 'rsz1': return reg(f(a), f('sz') === 1, 'zr');
    case 'rsz1p': return reg((f(a) + 1) & 31, f('sz') === 1, 'zr');
    case 'rsx': return reg(f(a), (f('opc') & 1) === 0, 'zr');
    case 'ropc': return reg(f(a), f('opc') === 1, 'zr');
    case 'rpair': return reg(f(a), (f('opc') & 2) !== 0, 'zr');
    case 'crcm': return reg(f(a), f('sz') === 3, 'zr');
    case 'r5': return reg(f(a), (f('imm5') & 15) === 8, 'zr');
    case 'rQ': return reg(f(a), f('Q') === 1, 'zr');
    case 'fp': return { text: fpLetter(f('ftype')) + f(a), dflt: false };
    case 'fpopc': return { text: fpLetter(f('opc')) + f(a), dflt: false };
    case 'fpcmp': return (f('opc') & 1) ? { text: '#0.0', dflt: false } : { text: fpLetter(f('ftype')) + f(a), dflt: false };
    case 'fb': case 'fh': case 'fs': case 'fd': case 'fq': return { text: kind.slice(1) + f(a), dflt: false };
    case 'vls': {
      const size = f('size');
      const opc = f('opc');
      return { text: (opc & 2 && size === 0 ? 'q' : scalarLetter(size)) + f(a), dflt: false };
    }
    case 'vlit': case 'vpair': return { text: (['s', 'd', 'q', '?'][f('opc')]!) + f(a), dflt: false };
    case 'vq': return { text: `v${f(a)}.${vecArr(def, f, has)}`, dflt: false };
    case 'vqw': return { text: `v${f(a)}.${vArr((has('size') ? f('size') : 0) + 1, has('Q') ? f('Q') : 1)}`, dflt: false };
    case 'vsw': return { text: scalarLetter((has('size') ? f('size') : 0) + 1) + f(a), dflt: false };
    case 'vq8': return { text: `v${f(a)}.${f('Q') ? '16b' : '8b'}`, dflt: false };
    case 'vs': return { text: fpOrIntScalar(def, f, has) + f(a), dflt: false };
    case 'vsh': case 'vshw': case 'vqh': case 'vnarrowh': case 'vwideh': {
      const es = Math.max(0, highestSetBit(f('immh')));
      if (kind === 'vsh' || kind === 'vshw') return { text: scalarLetter(kind === 'vshw' ? es + 1 : es) + f(a), dflt: false };
      const size = kind === 'vwideh' ? es + 1 : es;
      const q = kind === 'vwideh' ? 1 : f('Q');
      return { text: `v${f(a)}.${vArr(size, q)}`, dflt: false };
    }
    case 'vl': return { text: `v${f(a)}.${vArr((has('size') ? f('size') : 0) + 1, 1)}`, dflt: false };
    case 'vl2': return { text: `v${f(a)}.${vArr(has('size') ? f('size') : 0, has('Q') ? f('Q') : 0)}`, dflt: false };
    case 'vredd': return { text: (def.family.includes('fp16') ? 'h' : has('sz') && !has('size') ? (f('sz') ? 'd' : 's') : scalarLetter(has('size') ? f('size') : 2)) + f(a), dflt: false };
    case 'vpr': return { text: `v${f(a)}.${def.family.includes('fp16') ? '2h' : has('sz') && f('sz') ? '2d' : '2s'}`, dflt: false }; // scalar pairwise source
    case 'v4s': case 'v2d': case 'v16b': return { text: `v${f(a)}.${kind.slice(1)}`, dflt: false };
    case 'velem': return { text: byElement(def, f, has), dflt: false };
    case 'vt5': case 'vs5': case 'velt5': case 'velt54': {
      const imm5 = f('imm5');
      const sz = Math.max(0, Math.min(3, 31 - Math.clz32(imm5 & -imm5)));
      if (kind === 'vt5') return { text: `v${f(a)}.${vArr(sz, has('Q') ? f('Q') : 1)}`, dflt: false };
      if (kind === 'vs5') return { text: scalarLetter(sz) + f(a), dflt: false };
      const idx = kind === 'velt54' ? f('imm4') >> sz : imm5 >> (sz + 1);
      return { text: `v${f(a)}.${scalarLetter(sz)}[${idx}]`, dflt: false };
    }
    case 'vtbl': {
      const n = f(a);
      const len = has('len') ? f('len') : 0;
      const regs: string[] = [];
      for (let i = 0; i <= len; i++) regs.push(`v${(n + i) & 31}.16b`);
      return { text: `{${regs.join(', ')}}`, dflt: false };
    }
    case 'vlist': case 'velist': {
      const t = f(a);
      if (def.family.startsWith('memory_vector_single')) return { text: singleStructureList(t, f), dflt: false };
      const count = vectorListCountFor(def, f);
      const regs: string[] = [];
      const arr = kind === 'vlist' ? vArr(has('size') ? f('size') : 0, has('Q') ? f('Q') : 1) : scalarLetter(has('size') ? f('size') : 0);
      for (let i = 0; i < count; i++) regs.push(`v${(t + i) & 31}.${arr}`);
      // objdump writes three or four consecutive registers as a range
      return { text: count > 2 && kind === 'vlist' ? `{${regs[0]}-${regs[count - 1]}}` : `{${regs.join(', ')}}`, dflt: false };
    }
    case 'postinc': {
      const m = f(a);
      if (m !== 31) return reg(m, true, 'zr');
      if (def.family.startsWith('memory_vector_single')) return { text: '#' + singleStructureBytes(f), dflt: false };
      return { text: '#' + vectorListCountFor(def, f) * (has('Q') && f('Q') ? 16 : 8), dflt: false };
    }
    case 'vmodimm': return { text: modImmText(def, f(a), f), dflt: false };
    case 'fmovgen': return { text: fmovGen(f), dflt: false };
    case 'u': return imm(f(a));
    case 'u12': return imm(f(a) * 12);
    case 'u4': return imm(f(a) * 4);
    case 'u8': return imm(f(a) * 8);
    case 'u16': return imm(f(a) * 16);
    case 'simm': return imm(sext(f(a), fieldWidth(def, a)));
    case 'simm16': return imm(sext(f(a), fieldWidth(def, a)) * 16);
    case 'uszl': {
      let scale = has('size') ? f('size') : 0;
      if (def.family.includes('simdfp') && (f('opc') & 2) && scale === 0) scale = 4;
      return imm(f(a) * (1 << scale));
    }
    case 'spair': {
      const opc = f('opc');
      const scale = def.family.includes('simdfp') ? 4 << opc : opc & 2 ? 8 : 4;
      return imm(sext(f(a), 7) * scale);
    }
    case 'hex': {
      const v = b ? (f(a) << fieldWidth(def, b)) | f(b) : f(a);
      return { text: hex(c ? (v << fieldWidth(def, c)) | f(c) : v), dflt: v === 0 };
    }
    case 'label': return { text: hex(ctx.pc + sext(f(a), fieldWidth(def, a)) * 4), dflt: false };
    case 'label16': return { text: hex(Math.floor(ctx.pc / 16) * 16 + sext(f(a), 17) * 16), dflt: false };
    case 'adrlabel': {
      const v = sext((f('P') << 20) | (f('immhi') << 2) | f('immlo'), 21);
      return { text: hex(ctx.pc + v), dflt: false };
    }
    case 'adrplabel': {
      // C64 with P = 0 is ADRDP (DDC-relative, unsigned page offset): an immediate, not a label
      if (ctx.c64 && has('P') && f('P') === 0) return { text: `#${hex(adrdpOffset(f))}`, dflt: false };
      const v = ctx.c64 ? sext((f('immhi') << 2) | f('immlo'), 20) : sext(((has('P') ? f('P') : 1) << 20) | (f('immhi') << 2) | f('immlo'), 21);
      return { text: hex(Math.floor(ctx.pc / 4096) * 4096 + v * 4096), dflt: false };
    }
    case 'adrdp': return { text: hex(adrdpOffset(f)), dflt: false };
    case 'cond': return { text: condName(f(a)), dflt: false };
    case 'shift': {
      const amt = f(b);
      const t = f(a);
      return amt === 0 && t === 0 ? { text: '', dflt: true } : { text: `, ${SHIFTS[t]} #${amt}`, dflt: false };
    }
    case 'extreg': {
      const opt = f(b);
      const amt = f(c);
      const rm = gpr(f(a), (opt & 3) === 3, 'zr');
      const spForm = (has('Rd') && f('Rd') === 31) || (has('Rn') && f('Rn') === 31) || (has('Cd') && f('Cd') === 31) || (has('Cn') && f('Cn') === 31);
      const x64 = has('sf') ? f('sf') === 1 : true;
      if (spForm && opt === (x64 ? 3 : 2)) return { text: amt ? `${rm}, lsl #${amt}` : rm, dflt: false };
      return { text: `${rm}, ${EXTENDS[opt]}${amt ? ' #' + amt : ''}`, dflt: false };
    }
    case 'memext': {
      const opt = f(b);
      const s = f(c);
      const rm = gpr(f(a), (opt & 1) === 1, 'zr');
      const amount = s ? memScale(def, f, has) : 0;
      if (opt === 3) return { text: s ? `${rm}, lsl #${amount}` : rm, dflt: false };
      return { text: `${rm}, ${EXTENDS[opt]}${s ? ' #' + amount : ''}`, dflt: false };
    }
    case 'rrb': {
      const opt = (f('sign') << 2) | 2 | f('sz');
      const s = f('S');
      const rm = gpr(f(a), (opt & 1) === 1, 'zr');
      const amount = s ? Number(b) : 0;
      if (opt === 3) return { text: s ? `${rm}, lsl #${amount}` : rm, dflt: false };
      return { text: `${rm}, ${EXTENDS[opt]}${s ? ' #' + amount : ''}`, dflt: false };
    }
    case 'bimm': {
      const v = decodeBitMask(f(a), f(b), f(c), sf() ? 64 : 32);
      return { text: v === null ? '<reserved>' : hex(v), dflt: false };
    }
    case 'tbit': return imm((f(a) << 5) | f(b));
    case 'fpimm': return { text: fpImmText(f(a)).slice(1), dflt: false };
    case 'fbits': return imm(64 - f(a));
    case 'shr': case 'shl': {
      const immh = f(a);
      const es = 8 << Math.max(0, highestSetBit(immh));
      const v = (immh << 3) | f(b);
      return imm(kind === 'shr' ? 2 * es - v : v - es);
    }
    case 'barrier': return { text: BARRIERS[f(a)] ?? `#${hex(f(a))}`, dflt: false };
    case 'isbopt': return { text: `#${hex(f(a))}`, dflt: f(a) === 15 }; // ISB SY prints bare
    case 'prfop': {
      const rt = f(a);
      const type = ['pld', 'pli', 'pst'][rt >> 3];
      const target = rt >> 1 & 3;
      if (type === undefined || target === 3) return { text: `#${hex(rt)}`, dflt: false };
      return { text: `${type}l${target + 1}${rt & 1 ? 'strm' : 'keep'}`, dflt: false };
    }
    case 'sysreg': case 'capsysreg':
      return { text: sysRegName(kind === 'capsysreg', 2 + f('o0'), f('op1'), f('CRn'), f('CRm'), f('op2')), dflt: false };
    case 'pstatefield': {
      const k = (f(a) << 3) | f(b);
      const names: Record<number, string> = { 5: 'spsel', 30: 'daifset', 31: 'daifclr', 3: 'uao', 4: 'pan', 25: 'ssbs', 26: 'dit' };
      return { text: names[k] ?? `#${k}`, dflt: false };
    }
    case 'crn': return { text: 'c' + f(a), dflt: false };
    case 'invcond': return { text: condName(f(a) ^ 1), dflt: false };
    case 'movz': return { text: hex(BigInt(f('imm16')) << BigInt(16 * f('hw'))), dflt: false };
    case 'movn': {
      const width = sf() ? 64n : 32n;
      const v = ~(BigInt(f('imm16')) << BigInt(16 * f('hw'))) & ((1n << width) - 1n);
      return { text: sf() || v < 0x80000000n ? hex(v) : '-' + hex((1n << 32n) - v), dflt: false };
    }
    case 'lslamt': return imm((sf() ? 63 : 31) - f('imms'));
    case 'bfizlsb': return imm(((sf() ? 64 : 32) - f('immr')) & (sf() ? 63 : 31));
    case 'bfizwidth': return imm(f('imms') + 1);
    case 'bfxwidth': return imm(f('imms') - f('immr') + 1);
    case 'btitarget': return { text: ['', 'c', 'j', 'jc'][(f('op2') >> 1) & 3]!, dflt: false };
    case 'sealform': return { text: ['#0', 'rb', 'lpb', 'lb'][f(a)]!, dflt: false };
    case 'permimm': return { text: PERMS[f(a)] || '#0', dflt: false };
    default:
      throw new Error(`isa: unknown operand kind '${kind}' in ${def.id}`);
  }
}

function fieldWidth(def: InsnDef, name: string): number {
  for (const fl of def.fields) if (fl.name === name) return fl.width;
  throw new Error(`isa: ${def.id} has no field ${name}`);
}

function memScale(def: InsnDef, f: Getter, has: (n: string) => boolean): number {
  const size = has('size') ? f('size') : 0;
  if (def.family.includes('simdfp') && (f('opc') & 2) && size === 0) return 4;
  return size;
}

/** LD1–LD4/ST1–ST4 (single structure) and LD1R–LD4R (Arm ARM, Sail memory_vector_single decode):
 *  structure count, element size (log2 bytes), lane index, replicate. */
function singleStructure(f: Getter): { selem: number; scale: number; index: number; replicate: boolean } {
  const opcode = f('opcode');
  const q = f('Q');
  const s = f('S');
  const size = f('size');
  const selem = (((opcode & 1) << 1) | f('R')) + 1;
  switch (opcode >> 1) {
    case 3: return { selem, scale: size, index: 0, replicate: true };
    case 0: return { selem, scale: 0, index: (q << 3) | (s << 2) | size, replicate: false };
    case 1: return { selem, scale: 1, index: (q << 2) | (s << 1) | (size >> 1), replicate: false };
    default: return size & 1 ? { selem, scale: 3, index: q, replicate: false } : { selem, scale: 2, index: (q << 1) | s, replicate: false };
  }
}

function singleStructureList(t: number, f: Getter): string {
  const st = singleStructure(f);
  const regs: string[] = [];
  const arr = st.replicate ? vArr(st.scale, f('Q')) : scalarLetter(st.scale);
  for (let i = 0; i < st.selem; i++) regs.push(`v${(t + i) & 31}.${arr}`);
  const list = st.selem > 2 ? `{${regs[0]}-${regs[st.selem - 1]}}` : `{${regs.join(', ')}}`;
  return st.replicate ? list : `${list}[${st.index}]`;
}

function singleStructureBytes(f: Getter): number {
  const st = singleStructure(f);
  return st.selem * (1 << st.scale);
}

function vectorListCountFor(def: InsnDef, f: Getter): number {
  if (def.family.startsWith('memory_vector_multiple') && hasField(def, 'opcode')) {
    const regs: Record<number, number> = { 0: 4, 2: 4, 4: 3, 6: 3, 7: 1, 8: 2, 10: 2 };
    const opc = f('opcode');
    const selem: Record<number, number> = { 0: 4, 2: 1, 4: 3, 6: 1, 7: 1, 8: 2, 10: 1 };
    if (selem[opc] === 1) return regs[opc]!;
  }
  return vectorListCount(def);
}

function vectorListCount(def: InsnDef): number {
  const m = /^(?:ld|st)([1-4])/.exec(def.mnemonic);
  return m ? Number(m[1]) : 1;
}

/** AdvSIMD modified-immediate operands as objdump writes them (Arm ARM AdvSIMDExpandImm's cmode
 *  classes): 32-bit lanes with `lsl` or `msl`, 16-bit lanes with `lsl`, bytes, the 64-bit byte
 *  mask (scalar D for Q=0), and FP immediates. */
function modImmText(def: InsnDef, rd: number, f: Getter): string {
  const imm8 = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].reduce((v, n) => (v << 1) | f(n), 0);
  const q = f('Q');
  if (def.family === 'vector_fp16_movi') return `v${rd}.${q ? '8h' : '4h'}, ${fpImmText(imm8)}`;
  const cmode = f('cmode');
  const op = f('op');
  const v = (arr: string): string => `v${rd}.${arr}`;
  if (cmode < 8) return `${v(q ? '4s' : '2s')}, #${hex(imm8)}${cmode >> 1 ? `, lsl #${8 * (cmode >> 1)}` : ''}`;
  if (cmode < 12) return `${v(q ? '8h' : '4h')}, #${hex(imm8)}${(cmode >> 1) & 1 ? ', lsl #8' : ''}`;
  if (cmode < 14) return `${v(q ? '4s' : '2s')}, #${hex(imm8)}, msl #${cmode & 1 ? 16 : 8}`;
  if (cmode === 14 && op === 0) return `${v(q ? '16b' : '8b')}, #${hex(imm8)}`;
  if (cmode === 14) {
    let m = 0n;
    for (let i = 0; i < 8; i++) if ((imm8 >> i) & 1) m |= 0xffn << BigInt(8 * i);
    return `${q ? v('2d') : `d${rd}`}, #${hex(m)}`;
  }
  return `${v(op ? '2d' : q ? '4s' : '2s')}, ${fpImmText(imm8)}`;
}


/** ADRDP's operand: an unsigned 20-bit page offset from DDC (or C28). */
function adrdpOffset(f: Getter): number {
  return ((f('immhi') << 2) | f('immlo')) * 4096;
}

function fmovGen(f: Getter): string {
  const sf = f('sf');
  const ftype = f('ftype');
  const rmode = f('rmode');
  const toGen = (f('opcode') & 1) === 0;
  const v = rmode === 1 ? `v${toGen ? f('Rn') : f('Rd')}.d[1]` : fpLetter(ftype) + (toGen ? f('Rn') : f('Rd'));
  const r = gpr(toGen ? f('Rd') : f('Rn'), sf === 1, 'zr');
  return toGen ? `${r}, ${v}` : `${v}, ${r}`;
}

/** One operand placeholder formatted for a word, with the fields its formatting read (for the
 *  assembler, which searches field values whose formatting matches the source text). */
export function formatOperand(spec: string, def: InsnDef, word: number, ctx: DisasmContext): { text: string; dflt: boolean; reads: Set<string> } {
  const reads = new Set<string>();
  const f: Getter = (n) => {
    reads.add(n);
    return fieldOf(def, word, n);
  };
  const op = operand(spec, def, word, f, (n) => hasField(def, n), ctx);
  return { text: op.text, dflt: op.dflt, reads };
}

function render(template: string, def: InsnDef, word: number, ctx: DisasmContext, allGroups = false): { text: string; allDefault: boolean } {
  const f: Getter = (n) => fieldOf(def, word, n);
  const has = (n: string): boolean => hasField(def, n);
  let out = '';
  let allDefault = true;
  let i = 0;
  while (i < template.length) {
    const ch = template[i]!;
    if (ch === '<') {
      const j = template.indexOf('>', i);
      const op = operand(template.slice(i + 1, j), def, word, f, has, ctx);
      out += op.text;
      if (!op.dflt) allDefault = false;
      i = j + 1;
    } else if (ch === '{') {
      const j = template.indexOf('}', i);
      const inner = render(template.slice(i + 1, j), def, word, ctx, allGroups);
      if (!inner.allDefault || allGroups) {
        out += inner.text;
        allDefault = false;
      }
      i = j + 1;
    } else {
      out += ch;
      i++;
    }
  }
  return { text: out, allDefault };
}

interface AliasRule {
  readonly conds: readonly ((f: Getter, has: (n: string) => boolean) => boolean)[];
  /** The condition column as written (the assembler reads its `F=v` terms as field values). */
  readonly cond: string;
  readonly mnemonic: string;
  readonly syntax: string;
}

// Predicates named in isa/aliases.ts conditions.
const PREDICATES: Record<string, (f: Getter) => boolean> = {
  // ORR immediate is `mov` unless the value is also a MOVZ/MOVN immediate (objdump's rule).
  movable: (f) => {
    const v = decodeBitMask(f('N'), f('immr'), f('imms'), f('sf') ? 64 : 32);
    if (v === null) return false;
    return !isMovWide(v, f('sf') ? 64 : 32);
  },
  movzable: (f) => !(f('imm16') === 0 && f('hw') !== 0),
  movnable: (f) => !(f('imm16') === 0 && f('hw') !== 0) && !(f('sf') === 0 && f('imm16') === 0xffff),
  lslform: (f) => {
    const w = f('sf') ? 63 : 31;
    return f('imms') !== w && f('imms') + 1 === f('immr');
  },
  topform: (f) => f('imms') === (f('sf') ? 63 : 31),
  bfizform: (f) => f('imms') < f('immr'),
  condok: (f) => (f('cond') & 0xe) !== 0xe,
  bti: () => true,
  // USHLL/SSHLL #0 are UXTL/SXTL.
  shl0: (f) => ((f('immh') << 3) | f('immb')) === 8 << (31 - Math.clz32(f('immh'))),
  // AdvSIMD modified immediate: which operation op:cmode selects.
  vmovi: (f) => vModImmOp(f('op'), f('cmode')) === 'movi',
  vmvni: (f) => vModImmOp(f('op'), f('cmode')) === 'mvni',
  vorr: (f) => vModImmOp(f('op'), f('cmode')) === 'orr',
  vbic: (f) => vModImmOp(f('op'), f('cmode')) === 'bic',
  vfmov: (f) => vModImmOp(f('op'), f('cmode')) === 'fmov',
  umovmov: (f) => {
    const imm5 = f('imm5');
    return f('Q') === 1 ? (imm5 & 15) === 8 : (imm5 & 7) === 4;
  },
};

/** Which AdvSIMD modified-immediate operation (op, cmode) selects (Sail: AdvSIMDExpandImm's callers). */
export function vModImmOp(op: number, cmode: number): 'fmov' | 'movi' | 'mvni' | 'bic' | 'orr' {
  if (cmode === 15) return 'fmov';
  if (cmode === 14) return 'movi';
  if (cmode >= 12) return op ? 'mvni' : 'movi';
  if (cmode & 1) return op ? 'bic' : 'orr';
  return op ? 'mvni' : 'movi';
}

function isMovWide(v: bigint, width: 32 | 64): boolean {
  const mask = (1n << BigInt(width)) - 1n;
  for (const x of [v, ~v & mask]) {
    for (let hw = 0; hw < width / 16; hw++) if ((x & ~(0xffffn << BigInt(16 * hw)) & mask) === 0n) return true;
  }
  return false;
}

function parseCondition(tok: string): (f: Getter, has: (n: string) => boolean) => boolean {
  let m = /^(\w+)(?:\|(\w+))?(!?=)(\w+)$/.exec(tok);
  if (m) {
    const [, a, b, op, rhs] = m as unknown as [string, string, string | undefined, string, string];
    const val = (f: Getter): number => (/^\d+$/.test(rhs) ? Number(rhs) : f(rhs));
    const eq = op === '=';
    return (f, has) => {
      if (!has(a) || (b !== undefined && !has(b)) || (!/^\d+$/.test(rhs) && !has(rhs))) return false;
      const hit = f(a) === val(f) || (b !== undefined && f(b) === val(f));
      return eq ? hit : !hit;
    };
  }
  m = /^(\w+)$/.exec(tok);
  const p = m ? PREDICATES[tok] : undefined;
  if (p === undefined) throw new Error(`isa: bad alias condition '${tok}'`);
  return (f) => p(f);
}

const ALIASES: ReadonlyMap<string, readonly AliasRule[]> = (() => {
  const m = new Map<string, AliasRule[]>();
  for (const line of ALIAS_TABLE.split('\n')) {
    if (line.trim() === '') continue;
    const cols = line.split(' | ').map((c) => (c.trim() === '-' ? '' : c.trim()));
    if (cols.length !== 4) throw new Error(`isa: malformed alias row '${line}'`);
    const [enc, cond, mnemonic, syntax] = cols as [string, string, string, string];
    const rule: AliasRule = { conds: cond === '' ? [] : cond.split(/\s+/).map(parseCondition), cond, mnemonic, syntax };
    m.set(enc, [...(m.get(enc) ?? []), rule]);
  }
  return m;
})();

/** The alias spellings an encoding may be written with: mnemonic and operand syntax. */
export function aliasSpellings(def: InsnDef): readonly { mnemonic: string; syntax: string; cond: string }[] {
  return ALIASES.get(def.id) ?? (def.cls === 'a64' ? ALIASES.get(def.id.slice(0, def.id.indexOf('.'))) : undefined) ?? [];
}

function aliasOf(def: InsnDef, word: number): AliasRule | null {
  const rules = ALIASES.get(def.id) ?? (def.cls === 'a64' ? ALIASES.get(def.id.slice(0, def.id.indexOf('.'))) : undefined);
  if (rules === undefined) return null;
  const f: Getter = (n) => fieldOf(def, word, n);
  const has = (n: string): boolean => hasField(def, n);
  for (const r of rules) if (r.conds.every((c) => c(f, has))) return r;
  return null;
}

/** The mnemonic for this word (resolves `b.<cond>`, `adrp`/`adrdp` in C64, and `…2` upper-half SIMD forms). */
export function mnemonicOf(def: InsnDef, word: number, ctx: DisasmContext, preferAlias = true): string {
  const alias = preferAlias ? aliasOf(def, word) : null;
  let mn: string;
  if (alias !== null) mn = alias.mnemonic;
  else if (def.mnemonic === 'b.<cond>') return 'b.' + condName(word & 15);
  else if (def.mnemonic === '<adrpm>') return ctx.c64 && ((word >>> 23) & 1) === 0 ? 'adrdp' : 'adrp';
  else mn = def.mnemonic;
  mn = orderingSuffix(def, word, mn);
  if (def.family.startsWith('memory_vector_single') && fieldOf(def, word, 'L') === 1 && fieldOf(def, word, 'opcode') >> 1 === 3 && !mn.endsWith('r')) mn += 'r'; // LD1R–LD4R
  if (def.family === 'integer_crc') mn += 'bhwx'[fieldOf(def, word, 'sz')]!;
  // Upper-half ("2") forms of widening/narrowing AdvSIMD instructions (Q = 1).
  if (hasField(def, 'Q') && fieldOf(def, word, 'Q') === 1 && /disparate|narrow|long|widen|xtn|shift_left_long|extract_|element_mul(_acc)?_double_simd/.test(def.family) &&
    !def.family.endsWith('_sisd') && !/^(sha|aes|sm[34])/.test(def.mnemonic)) {
    return mn + '2';
  }
  return mn;
}

/** The word written with the encoding's own mnemonic and syntax (no alias); with `allGroups`,
 *  optional operands are written even at their defaults (`[c1, #0]`), as a programmer may. */
export function formatInsnUnaliased(def: InsnDef, word: number, ctx: DisasmContext, allGroups = false): string {
  const mn = mnemonicOf(def, word, ctx, false);
  if (def.syntax === '') return mn;
  return `${mn} ${render(def.syntax, def, word, ctx, allGroups).text}`.trimEnd();
}

/** LSE atomics and CAS: the acquire (a) / release (l) variants share an encoding row; the
 *  suffix goes before the b/h size letter (ldaddalb, casah, swpl, casp…). */
function orderingSuffix(def: InsnDef, word: number, mn: string): string {
  let acq = 0;
  let rel = 0;
  if (def.family === 'memory_atomicops_ld' || def.family === 'memory_atomicops_swp') {
    acq = fieldOf(def, word, 'A');
    rel = fieldOf(def, word, 'R');
  } else if (def.family === 'memory_atomicops_cas_single' || def.family === 'memory_atomicops_cas_pair') {
    acq = fieldOf(def, word, 'L');
    rel = fieldOf(def, word, 'o0');
  } else return mn;
  const sfx = (acq ? 'a' : '') + (rel ? 'l' : '');
  if (sfx === '') return mn;
  const m = /^(.*?)([bh]?)$/.exec(mn)!;
  const base = m[1]!;
  // ldaddb/ldaddh: the size letter is the last character only where the base is a known op
  if (m[2] !== '' && /^(ld(add|clr|eor|set|smax|smin|umax|umin)|swp|cas)$/.test(base)) return base + sfx + m[2];
  return mn + sfx;
}

/** Disassembles one decoded word: "mnemonic operands". */
export function formatInsn(def: InsnDef, word: number, ctx: DisasmContext): string {
  const alias = aliasOf(def, word);
  if (alias === null) return formatInsnUnaliased(def, word, ctx);
  const mn = mnemonicOf(def, word, ctx);
  return alias.syntax === '' ? mn : `${mn} ${render(alias.syntax, def, word, ctx).text}`.trimEnd();
}
