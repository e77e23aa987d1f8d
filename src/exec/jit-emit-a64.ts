// JavaScript source for one A64-state instruction of a compiled block (the block engine's code
// generator). Each emitter mirrors the interpreter's semantics for the same isa/ family (see
// a64-integer.ts, a64-memory.ts, a64-branch-system.ts) on 32-bit halves; anything it cannot do
// exactly — an UNDEFINED field combination, an access that might fault, a branch leaving PCC's
// bounds — is either not compiled (null: the block ends before it) or bails out at run time
// before any side effect, so that the interpreter executes that instruction instead.
//
// Names in the generated code: E engine state (TLBs, PCC window, DDC window), cpu (flags),
// X/H value halves of the registers, ML/MH/T capability metadata and tag (cleared by X writes),
// V the SIMD&FP registers (4 words each), R the JitRuntime helpers, n instructions completed by earlier loop iterations.
import type { InsnDef } from '../isa/table.js';
import { bits } from '../isa/table.js';
import { bitfieldMasks, logicalImmediate } from './a64-integer.js';
import { expandFpImm, vModImmOp } from '../isa/syntax.js';
import { expandImm } from './a64-simd-int.js';
import { bigLo, bigHi } from './u64.js';
import { laneMask } from './jit-runtime.js';
import { PERM_LOAD, PERM_STORE, PERM_MUTABLE_LOAD, PERM_STORE_CAP, PERM_STORE_LOCAL_CAP } from '../cap/format.js';

export interface EmitContext {
  /** Address of this instruction. */
  readonly pc: number;
  /** Its index in the block (instructions before it completed). */
  readonly index: number;
  /** PSTATE.C64: load/store bases are capability registers. */
  readonly c64: boolean;
  /** What earlier instructions of the block have already checked (a check that passed stays true
   *  until the block ends or the register is written): capability registers guarded, Morello and
   *  SIMD&FP enables. */
  readonly known?: { caps: Set<number>; capOk: boolean; fpOk: boolean };
  /** The PCC window [base, limit) the code is compiled for (the engine drops compiled code when
   *  PCC's bounds change): a constant branch target is checked against it here, not at run time. */
  readonly window?: { readonly base: number; readonly limit: number };
}

export interface Emitted {
  readonly code: string;
  /** The block ends with this instruction (a branch). */
  readonly ends: boolean;
}

const bail = (c: EmitContext): string => `{E.pc=${c.pc};E.bail=true;return n+${c.index};}`;

function lo(r: number, sp = false): string {
  return r === 31 && !sp ? '0' : `X[${r}]`;
}
function hi(r: number, sp = false): string {
  return r === 31 && !sp ? '0' : `H[${r}]`;
}

/** Writes (l, h) to X[d] (zero-extended to a capability: metadata and tag cleared); XZR discards. */
function wr(d: number, l: string, h: string, sp = false): string {
  if (d === 31 && !sp) return '';
  return `X[${d}]=${l};H[${d}]=${h};ML[${d}]=0;MH[${d}]=0;T[${d}]=0;`;
}

function halves(v: bigint): [number, number] {
  const u = BigInt.asUintN(64, v);
  return [bigLo(u), bigHi(u)];
}

/** Sail ConditionHolds over cpu.n/z/c/v_. */
export function condExpr(cond: number): string {
  let e: string;
  switch (cond >> 1) {
    case 0: e = 'cpu.z===1'; break;
    case 1: e = 'cpu.c===1'; break;
    case 2: e = 'cpu.n===1'; break;
    case 3: e = 'cpu.v_===1'; break;
    case 4: e = '(cpu.c===1&&cpu.z===0)'; break;
    case 5: e = 'cpu.n===cpu.v_'; break;
    case 6: e = '(cpu.n===cpu.v_&&cpu.z===0)'; break;
    default: return 'true';
  }
  return cond & 1 ? `!(${e})` : e;
}

/** Constant shift of (l, h) into locals `${out}l`, `${out}h` (Sail ShiftReg; 32-bit forms: high half 0). */
function shiftConst(type: number, k: number, l: string, h: string, sf: boolean, out = 'y'): string {
  const ol = `${out}l`;
  const oh = `${out}h`;
  if (!sf) {
    const x = l;
    if (k === 0) return `const ${ol}=${x},${oh}=0;`;
    switch (type) {
      case 0: return `const ${ol}=(${x}<<${k})>>>0,${oh}=0;`;
      case 1: return `const ${ol}=${x}>>>${k},${oh}=0;`;
      case 2: return `const ${ol}=(${x}>>${k})>>>0,${oh}=0;`;
      default: return `const ${ol}=((${x}>>>${k})|(${x}<<${32 - k}))>>>0,${oh}=0;`;
    }
  }
  if (k === 0) return `const ${ol}=${l},${oh}=${h};`;
  const [ql, qh] = shift64Const(type, k, 'x0', 'x1');
  return `const x0=${l},x1=${h},${ol}=${ql},${oh}=${qh};`;
}

/** Expressions for (lo, hi) of a 64-bit value (l, h: simple names) shifted by a constant 1..63. */
function shift64Const(type: number, k: number, l: string, h: string): [string, string] {
  if (k < 32) {
    switch (type) {
      case 0: return [`(${l}<<${k})>>>0`, `((${h}<<${k})|(${l}>>>${32 - k}))>>>0`];
      case 1: return [`((${l}>>>${k})|(${h}<<${32 - k}))>>>0`, `${h}>>>${k}`];
      case 2: return [`((${l}>>>${k})|(${h}<<${32 - k}))>>>0`, `(${h}>>${k})>>>0`];
      default: return [`((${l}>>>${k})|(${h}<<${32 - k}))>>>0`, `((${h}>>>${k})|(${l}<<${32 - k}))>>>0`];
    }
  }
  const j = k - 32;
  switch (type) {
    case 0: return ['0', j === 0 ? l : `(${l}<<${j})>>>0`];
    case 1: return [j === 0 ? h : `${h}>>>${j}`, '0'];
    case 2: return [j === 0 ? h : `(${h}>>${j})>>>0`, `(${h}>>31)>>>0`];
    default: return j === 0 ? [h, l] : [`((${h}>>>${j})|(${l}<<${32 - j}))>>>0`, `((${l}>>>${j})|(${h}<<${32 - j}))>>>0`];
  }
}

/** Sail AddWithCarry of (al,ah) and (bl,bh) (already inverted for subtraction) + cin, into rl/rh,
 *  with the NZCV update when `flags`. */
function addCarry(sf: boolean, al: string, ah: string, bl: string, bh: string, cin: string, flags: boolean): string {
  if (!sf) {
    let s = `const a0=${al},b0=${bl},s0=a0+b0+${cin},rl=s0>>>0,rh=0;`;
    if (flags) s += 'cpu.n=rl>>>31;cpu.z=rl===0?1:0;cpu.c=s0>4294967295?1:0;cpu.v_=((a0^rl)&(b0^rl))>>>31;';
    return s;
  }
  let s = `const a1=${ah},b1=${bh},s0=${al}+${bl}+${cin},rl=s0>>>0,s1=a1+b1+(s0>4294967295?1:0),rh=s1>>>0;`;
  if (flags) s += 'cpu.n=rh>>>31;cpu.z=(rl|rh)===0?1:0;cpu.c=s1>4294967295?1:0;cpu.v_=((a1^rh)&(b1^rh))>>>31;';
  return s;
}

/** Emits the NZCV of a logical result (N, Z; C = V = 0). */
function logicalFlags(sf: boolean): string {
  return sf ? 'cpu.n=rh>>>31;cpu.z=(rl|rh)===0?1:0;cpu.c=0;cpu.v_=0;' : 'cpu.n=rl>>>31;cpu.z=rl===0?1:0;cpu.c=0;cpu.v_=0;';
}

const LOGIC_OPS = ['&', '|', '^', '&'];

// ---------------------------------------------------------------- integer data processing
function addSubImm(w: number): string | null {
  const sf = w >>> 31 === 1;
  const sub = (w >>> 30) & 1;
  const S = ((w >>> 29) & 1) === 1;
  const [il, ih] = halves(BigInt(bits(w, 21, 10)) << (bits(w, 22, 22) ? 12n : 0n));
  const n = bits(w, 9, 5);
  const bl = sub ? `${(~il) >>> 0}` : `${il}`;
  const bh = sub ? `${(~ih) >>> 0}` : `${ih}`;
  return `{${addCarry(sf, lo(n, true), hi(n, true), bl, sf ? bh : '0', sub ? '1' : '0', S)}${wr(w & 31, 'rl', 'rh', !S)}}`;
}

function addSubShifted(w: number): string | null {
  const sf = w >>> 31 === 1;
  const shift = bits(w, 23, 22);
  const amount = bits(w, 15, 10);
  if (shift === 3 || (!sf && amount >= 32)) return null;
  const m = bits(w, 20, 16);
  const n = bits(w, 9, 5);
  const sub = (w >>> 30) & 1;
  const S = ((w >>> 29) & 1) === 1;
  const y = shiftConst(shift, amount, lo(m), hi(m), sf);
  const bl = sub ? '(~yl>>>0)' : 'yl';
  const bh = sub ? '(~yh>>>0)' : 'yh';
  return `{${y}${addCarry(sf, lo(n), hi(n), bl, bh, sub ? '1' : '0', S)}${wr(w & 31, 'rl', 'rh')}}`;
}

/** Sail ExtendReg of register m (type 0..7 = UXTB..SXTX) shifted left by 0..4, into yl/yh. */
function extendConst(m: number, type: number, shift: number, sf: boolean): string {
  const len = 8 << (type & 3);
  const signed = (type & 4) !== 0;
  const l = lo(m);
  const h = hi(m);
  let s: string;
  if (len === 64) s = `let el=${l},eh=${h};`;
  else if (len === 32) s = signed ? `let el=${l},eh=(${l}>>31)>>>0;` : `let el=${l},eh=0;`;
  else {
    const mask = len === 8 ? 0xff : 0xffff;
    s = signed ? `let el=((${l}<<${32 - len})>>${32 - len})>>>0,eh=(el>>31)>>>0;` : `let el=${l}&${mask},eh=0;`;
  }
  if (shift > 0) s += `eh=((eh<<${shift})|(el>>>${32 - shift}))>>>0;el=(el<<${shift})>>>0;`;
  return s + (sf ? 'const yl=el,yh=eh;' : 'const yl=el,yh=0;');
}

function addSubExtended(w: number): string | null {
  const sf = w >>> 31 === 1;
  const shift = bits(w, 12, 10);
  if (shift > 4) return null;
  const sub = (w >>> 30) & 1;
  const S = ((w >>> 29) & 1) === 1;
  const n = bits(w, 9, 5);
  const y = extendConst(bits(w, 20, 16), bits(w, 15, 13), shift, sf);
  const bl = sub ? '(~yl>>>0)' : 'yl';
  const bh = sub ? '(~yh>>>0)' : 'yh';
  return `{${y}${addCarry(sf, lo(n, true), hi(n, true), bl, bh, sub ? '1' : '0', S)}${wr(w & 31, 'rl', 'rh', !S)}}`;
}

function addSubCarry(w: number): string {
  const sf = w >>> 31 === 1;
  const sub = (w >>> 30) & 1;
  const S = ((w >>> 29) & 1) === 1;
  const m = bits(w, 20, 16);
  const n = bits(w, 9, 5);
  const bl = sub ? `(~${lo(m)}>>>0)` : lo(m);
  const bh = sub ? `(~${hi(m)}>>>0)` : hi(m);
  return `{${addCarry(sf, lo(n), hi(n), bl, bh, 'cpu.c', S)}${wr(w & 31, 'rl', 'rh')}}`;
}

function logicalShifted(w: number): string | null {
  const sf = w >>> 31 === 1;
  const amount = bits(w, 15, 10);
  if (!sf && amount >= 32) return null;
  const opc = bits(w, 30, 29);
  const m = bits(w, 20, 16);
  const n = bits(w, 9, 5);
  const inv = (w >>> 21) & 1 ? '~' : '';
  const op = LOGIC_OPS[opc]!;
  let s = shiftConst(bits(w, 23, 22), amount, lo(m), hi(m), sf);
  s += `const rl=(${lo(n)}${op}${inv}yl)>>>0,rh=${sf ? `(${hi(n)}${op}${inv}yh)>>>0` : '0'};`;
  if (opc === 3) s += logicalFlags(sf);
  return `{${s}${wr(w & 31, 'rl', 'rh')}}`;
}

function logicalImm(w: number): string | null {
  const sf = w >>> 31 === 1;
  const imm = logicalImmediate(w);
  if (imm === null) return null;
  const [il, ih] = halves(imm);
  const opc = bits(w, 30, 29);
  const n = bits(w, 9, 5);
  const op = LOGIC_OPS[opc]!;
  let s = `const rl=(${lo(n)}${op}${il})>>>0,rh=${sf ? `(${hi(n)}${op}${ih})>>>0` : '0'};`;
  if (opc === 3) s += logicalFlags(sf);
  return `{${s}${wr(w & 31, 'rl', 'rh', opc !== 3)}}`;
}

function moveWide(w: number): string | null {
  const sf = w >>> 31 === 1;
  const hw = bits(w, 22, 21);
  const opc = bits(w, 30, 29);
  if ((!sf && hw >= 2) || opc === 1) return null;
  const d = w & 31;
  const imm = bits(w, 20, 5);
  const pos = hw * 16;
  if (opc === 3) {
    // MOVK: replace one 16-bit field
    const word = pos >= 32 ? 'h' : 'l';
    const sh = pos & 31;
    const keep = (~(0xffff << sh)) >>> 0;
    const l = word === 'l' ? `((${lo(d)}&${keep})|${(imm << sh) >>> 0})>>>0` : lo(d);
    const h = !sf ? '0' : word === 'h' ? `((${hi(d)}&${keep})|${(imm << sh) >>> 0})>>>0` : hi(d);
    return `{const rl=${l},rh=${h};${wr(d, 'rl', 'rh')}}`;
  }
  let [l, h] = halves(BigInt(imm) << BigInt(pos));
  if (opc === 0) {
    l = (~l) >>> 0;
    h = sf ? (~h) >>> 0 : 0;
  }
  return `{${wr(d, `${l}`, `${h}`)}}`;
}

function bitfield(w: number): string | null {
  const sf = w >>> 31 === 1;
  const opc = bits(w, 30, 29);
  const masks = bitfieldMasks(w);
  if (masks === null || opc === 3) return null;
  const immr = bits(w, 21, 16);
  const imms = bits(w, 15, 10);
  const [wl, wh] = halves(masks.wmask);
  const [tl, th] = halves(masks.tmask);
  const n = bits(w, 9, 5);
  const d = w & 31;
  let s = shiftConst(3, immr, lo(n), hi(n), sf, 'q');
  if (opc === 2) s += `const rl=(ql&${wl}&${tl})>>>0,rh=${sf ? `(qh&${wh}&${th})>>>0` : '0'};`;
  else {
    const dl = opc === 1 ? lo(d) : '0';
    const dh = opc === 1 && sf ? hi(d) : '0';
    s += `const bl=((${dl}&${(~wl) >>> 0})|(ql&${wl}))>>>0,bh=((${dh}&${(~wh) >>> 0})|(qh&${wh}))>>>0;`;
    if (opc === 0) {
      const bit = imms >= 32 ? `(${hi(n)}>>>${imms - 32})&1` : `(${lo(n)}>>>${imms})&1`;
      s += `const tp=${bit}?4294967295:0;const tl_=tp,th_=${sf ? 'tp' : '0'};`;
    } else s += `const tl_=${dl},th_=${dh};`;
    s += `const rl=((tl_&${(~tl) >>> 0})|(bl&${tl}))>>>0,rh=${sf ? `((th_&${(~th) >>> 0})|(bh&${th}))>>>0` : '0'};`;
  }
  return `{${s}${wr(d, 'rl', 'rh')}}`;
}

function extract(w: number): string | null {
  const sf = w >>> 31 === 1;
  const lsb = bits(w, 15, 10);
  if ((sf ? 1 : 0) !== bits(w, 22, 22) || (!sf && lsb >= 32)) return null;
  const n = bits(w, 9, 5);
  const m = bits(w, 20, 16);
  const words = sf ? [lo(m), hi(m), lo(n), hi(n)] : [lo(m), lo(n)];
  const k = lsb >> 5;
  const b = lsb & 31;
  const at = (i: number): string => (b === 0 ? words[k + i]! : `((${words[k + i]}>>>${b})|(${words[k + i + 1] ?? '0'}<<${32 - b}))>>>0`);
  return `{const rl=${at(0)},rh=${sf ? at(1) : '0'};${wr(w & 31, 'rl', 'rh')}}`;
}

function shiftVariable(w: number): string {
  const sf = w >>> 31 === 1;
  const type = bits(w, 11, 10);
  const n = bits(w, 9, 5);
  const m = bits(w, 20, 16);
  if (!sf) return `{const rl=R.shift32(${lo(n)},${type},${lo(m)}&31);${wr(w & 31, 'rl', '0')}}`;
  return `{R.shift64(${lo(n)},${hi(n)},${type},${lo(m)}&63);const rl=R.lo,rh=R.hi;${wr(w & 31, 'rl', 'rh')}}`;
}

function condSelect(w: number): string {
  const sf = w >>> 31 === 1;
  const n = bits(w, 9, 5);
  const m = bits(w, 20, 16);
  let alt = `rl=${lo(m)};rh=${sf ? hi(m) : '0'};`;
  if ((w >>> 30) & 1) alt += `rl=(~rl)>>>0;rh=${sf ? '(~rh)>>>0' : '0'};`; // CSINV/CSNEG
  if ((w >>> 10) & 1) alt += sf ? 'rl=(rl+1)>>>0;if(rl===0)rh=(rh+1)>>>0;' : 'rl=(rl+1)>>>0;'; // CSINC/CSNEG
  return `{let rl,rh;if(${condExpr(bits(w, 15, 12))}){rl=${lo(n)};rh=${sf ? hi(n) : '0'};}else{${alt}}${wr(w & 31, 'rl', 'rh')}}`;
}

function condCompare(w: number, imm: boolean): string {
  const sf = w >>> 31 === 1;
  const sub = (w >>> 30) & 1;
  const n = bits(w, 9, 5);
  const m = bits(w, 20, 16);
  const yl = imm ? `${m}` : lo(m);
  const yh = imm ? '0' : hi(m);
  const bl = sub ? `(~${yl}>>>0)` : yl;
  const bh = sub ? `(~${yh}>>>0)` : yh;
  const nzcv = w & 15;
  return `{if(${condExpr(bits(w, 15, 12))}){${addCarry(sf, lo(n), hi(n), bl, bh, sub ? '1' : '0', true)}}` +
    `else{cpu.n=${(nzcv >> 3) & 1};cpu.z=${(nzcv >> 2) & 1};cpu.c=${(nzcv >> 1) & 1};cpu.v_=${nzcv & 1};}}`;
}

function mulAddSub(w: number): string {
  const sf = w >>> 31 === 1;
  const n = bits(w, 9, 5);
  const m = bits(w, 20, 16);
  const a = bits(w, 14, 10);
  const sub = (w >>> 15) & 1;
  if (!sf) return `{const rl=(${lo(a)}${sub ? '-' : '+'}Math.imul(${lo(n)},${lo(m)}))>>>0;${wr(w & 31, 'rl', '0')}}`;
  return `{R.mul64(${lo(n)},${hi(n)},${lo(m)},${hi(m)});R.${sub ? 'sub64' : 'add64'}(${lo(a)},${hi(a)},R.lo,R.hi);const rl=R.lo,rh=R.hi;${wr(w & 31, 'rl', 'rh')}}`;
}

function mulWiden(w: number): string {
  const u = (w >>> 23) & 1;
  const n = bits(w, 9, 5);
  const m = bits(w, 20, 16);
  const a = bits(w, 14, 10);
  const sub = (w >>> 15) & 1;
  return `{R.${u ? 'mulu32' : 'muls32'}(${lo(n)},${lo(m)});R.${sub ? 'sub64' : 'add64'}(${lo(a)},${hi(a)},R.lo,R.hi);const rl=R.lo,rh=R.hi;${wr(w & 31, 'rl', 'rh')}}`;
}

function mulHigh(w: number): string {
  const n = bits(w, 9, 5);
  const m = bits(w, 20, 16);
  const signed = (w >>> 23) & 1 ? 'false' : 'true';
  return `{R.mulHigh64(${lo(n)},${hi(n)},${lo(m)},${hi(m)},${signed});const rl=R.lo,rh=R.hi;${wr(w & 31, 'rl', 'rh')}}`;
}

function divide(w: number): string {
  const sf = w >>> 31 === 1;
  const signed = (w >>> 10) & 1 ? 'true' : 'false';
  const n = bits(w, 9, 5);
  const m = bits(w, 20, 16);
  if (!sf) return `{const rl=R.div32(${lo(n)},${lo(m)},${signed});${wr(w & 31, 'rl', '0')}}`;
  return `{R.div64(${lo(n)},${hi(n)},${lo(m)},${hi(m)},${signed});const rl=R.lo,rh=R.hi;${wr(w & 31, 'rl', 'rh')}}`;
}

function countLeading(w: number): string {
  const sf = w >>> 31 === 1;
  const cls = (w >>> 10) & 1;
  const n = bits(w, 9, 5);
  if (!sf) return `{const x=${lo(n)};const rl=${cls ? 'Math.clz32((x^(x>>31))>>>0)-1' : 'Math.clz32(x)'};${wr(w & 31, 'rl', '0')}}`;
  return `{const rl=R.${cls ? 'cls64' : 'clz64'}(${lo(n)},${hi(n)});${wr(w & 31, 'rl', '0')}}`;
}

function reverse(w: number): string | null {
  const sf = w >>> 31 === 1;
  const opc = bits(w, 11, 10);
  const n = bits(w, 9, 5);
  if ((!sf && opc === 3) || opc === 0) return null; // RBIT is not compiled
  let s: string;
  if (opc === 1) s = `const rl=R.bswap16x2(${lo(n)}),rh=${sf ? `R.bswap16x2(${hi(n)})` : '0'};`;
  else if (opc === 2) s = `const rl=R.bswap32(${lo(n)}),rh=${sf ? `R.bswap32(${hi(n)})` : '0'};`;
  else s = `const rl=R.bswap32(${hi(n)}),rh=R.bswap32(${lo(n)});`;
  return `{${s}${wr(w & 31, 'rl', 'rh')}}`;
}

function pcRelative(w: number, c: EmitContext, page: boolean): string {
  const imm = BigInt.asIntN(21, BigInt((bits(w, 23, 5) << 2) | bits(w, 30, 29)));
  const base = page ? BigInt(c.pc) & ~0xfffn : BigInt(c.pc);
  const [l, h] = halves(base + (page ? imm << 12n : imm));
  return `{if(!E.plainPc)${bail(c)}${wr(w & 31, `${l}`, `${h}`)}}`;
}

/** C64 ADR/ADRP: Cd = CapAdd(PCC, increment) (Sail execute_ADR_C_I_C, ADRP_C_I_C). Compiled when the
 *  result lies inside PCC's bounds (the window), where CapAdd keeps the tag and the metadata: Cd is
 *  PCC's metadata with the new value; otherwise the interpreter. */
function pcRelativeCap(w: number, c: EmitContext, page: boolean): string | null {
  const d = w & 31;
  const imm = page ? BigInt.asIntN(20, BigInt((bits(w, 22, 5) << 2) | bits(w, 30, 29))) << 12n : BigInt.asIntN(21, BigInt((bits(w, 23, 5) << 2) | bits(w, 30, 29)));
  const v = (page ? BigInt(c.pc) & ~0xfffn : BigInt(c.pc)) + imm;
  if (c.window === undefined || v < BigInt(c.window.base) || v > BigInt(c.window.limit) || d === 31) return null;
  const [l, h] = halves(v);
  return `{${enabled(c, 'capOk')}X[${d}]=${l};H[${d}]=${h};ML[${d}]=E.pccMl;MH[${d}]=E.pccMh;T[${d}]=1;cpu.retiredMorello++;}`;
}

// ---------------------------------------------------------------- loads and stores
/** Bounds, alignment and TLB check for `size` bytes at (al, ah) through DDC (or PCC for literals);
 *  defines pg (the page) and o (offset in it). `span` is the bytes covered (pairs: 2 × size). */
function access(c: EmitContext, size: number, span: number, store: boolean, base: number | 'pcc', perms?: string): string {
  const b = bail(c);
  let win: string;
  let lim: string;
  let s = '';
  if (base === 'pcc') {
    win = 'E.litBase';
    lim = 'E.litLimit';
  } else if (c.c64) {
    // Sail CheckCapability on the base capability: tag, seal, permissions, bounds (cached decode).
    s += capGuard(base, c);
    const need = perms ?? `${store ? PERM_STORE : PERM_LOAD}`;
    s += `if((E.kPerm[${base}]&(${need}))!==(${need}))${b}`;
    win = `E.kBase[${base}]`;
    lim = `E.kLimit[${base}]`;
  } else {
    win = store ? 'E.stBase' : 'E.ldBase';
    lim = store ? 'E.stLimit' : 'E.ldLimit';
  }
  const tlb = store ? 'w' : 'r';
  s += `if(ah>=2097152)${b}const a=ah*4294967296+al;if(a<${win}||a+${span}>${lim})${b}`;
  if (size > 1) s += `if((al&${size - 1})!==0&&!E.unaligned)${b}`;
  if (span > 1) s += `if((al&4095)>${4096 - span})${b}`; // the page holds every byte
  s += `const ix=(al>>>12)&255,pn=ah*1048576+(al>>>12);if(E.${tlb}Tag[ix]!==pn&&!E.fill(pn,${store ? 'true' : 'false'}))${b}`;
  s += `const pg=E.${tlb}Page[ix],o=al&4095;`;
  return s;
}

/** The Morello or SIMD&FP enable check, once per block. */
function enabled(c: EmitContext, which: 'capOk' | 'fpOk'): string {
  if (c.known !== undefined) {
    if (c.known[which]) return '';
    c.known[which] = true;
  }
  return `if(!E.${which})${bail(c)}`;
}

/** Registers an instruction's code writes (X/H/ML/MH/T stores): their capability checks lapse. */
export function forgetWritten(code: string, known: { caps: Set<number> }): void {
  for (const m of code.matchAll(/(?:^|[;{}])(?:X|H|ML|MH|T)\[(\d+)\]=/g)) known.caps.delete(Number(m[1]));
}

/** Capability register n is tagged, unsealed, with valid bounds decoded into E.k*[n] (the cache is
 *  keyed by its metadata and the value bits the decode depends on: 13 and up). */
function capGuard(n: number, c: EmitContext): string {
  if (c.known !== undefined) {
    if (c.known.caps.has(n)) return '';
    c.known.caps.add(n);
  }
  return `if(T[${n}]!==1||ML[${n}]!==E.kMl[${n}]||MH[${n}]!==E.kMh[${n}]||H[${n}]!==E.kXh[${n}]||(X[${n}]>>>13)!==E.kXl[${n}]){if(!E.capFill(${n}))${bail(c)}}`;
}

/** Reads `size` bytes at pg/o+off into (vl, vh) sign- or zero-extended to regsize. */
function loadValue(size: number, off: number, signed: boolean, regsize: number, vl: string, vh: string): string {
  const at = off === 0 ? 'o' : `o+${off}`;
  if (size === 8) return `const ${vl}=pg.view.getUint32(${at},true),${vh}=pg.view.getUint32(${at}+4,true);`;
  const read = size === 1 ? (signed ? `((pg.data[${at}]<<24)>>24)` : `pg.data[${at}]`)
    : size === 2 ? `pg.view.get${signed ? 'Int' : 'Uint'}16(${at},true)` : `pg.view.get${signed ? 'Int' : 'Uint'}32(${at},true)`;
  if (!signed) return `const ${vl}=${read},${vh}=0;`;
  return `const ${vl}=${read}>>>0,${vh}=${regsize === 64 ? `(${vl}>>31)>>>0` : '0'};`;
}

/** Writes `size` bytes of (l, h) at pg/o+off; clears the granule tags touched. */
function storeValue(size: number, off: number, l: string, h: string): string {
  const at = off === 0 ? 'o' : `o+${off}`;
  let s: string;
  if (size === 8) s = `pg.view.setUint32(${at},${l},true);pg.view.setUint32(${at}+4,${h},true);`;
  else if (size === 4) s = `pg.view.setUint32(${at},${l},true);`;
  else if (size === 2) s = `pg.view.setUint16(${at},${l}&65535,true);`;
  else s = `pg.data[${at}]=${l}&255;`;
  return s + `pg.tags[(${at})>>>4]=0;pg.tags[(${at}+${size - 1})>>>4]=0;`;
}

/** Loads `size` bytes at pg/o+off into V[t] (upper bytes zeroed: a scalar SIMD&FP write). */
function loadVector(size: number, off: number, t: number): string {
  const at = off === 0 ? 'o' : `o+${off}`;
  const b = t * 4;
  const w = (k: number): string => `pg.view.getUint32(${at}+${4 * k},true)`;
  switch (size) {
    case 1: return `V[${b}]=pg.data[${at}];V[${b + 1}]=0;V[${b + 2}]=0;V[${b + 3}]=0;`;
    case 2: return `V[${b}]=pg.view.getUint16(${at},true);V[${b + 1}]=0;V[${b + 2}]=0;V[${b + 3}]=0;`;
    case 4: return `V[${b}]=${w(0)};V[${b + 1}]=0;V[${b + 2}]=0;V[${b + 3}]=0;`;
    case 8: return `V[${b}]=${w(0)};V[${b + 1}]=${w(1)};V[${b + 2}]=0;V[${b + 3}]=0;`;
    default: return `V[${b}]=${w(0)};V[${b + 1}]=${w(1)};V[${b + 2}]=${w(2)};V[${b + 3}]=${w(3)};`;
  }
}

/** Stores the low `size` bytes of V[t] at pg/o+off; clears the granule tags touched. */
function storeVector(size: number, off: number, t: number): string {
  const at = off === 0 ? 'o' : `o+${off}`;
  const b = t * 4;
  let s: string;
  switch (size) {
    case 1: s = `pg.data[${at}]=V[${b}]&255;`; break;
    case 2: s = `pg.view.setUint16(${at},V[${b}]&65535,true);`; break;
    default: {
      s = '';
      for (let k = 0; k < size / 4; k++) s += `pg.view.setUint32(${at}+${4 * k},V[${b + k}],true);`;
    }
  }
  return s + `pg.tags[(${at})>>>4]=0;pg.tags[(${at}+${size - 1})>>>4]=0;`;
}

/** A SIMD&FP register load/store (LDR/STR/LDUR/STUR Bt..Qt): FP enabled, then as the general forms. */
function singleVector(w: number, c: EmitContext, ol: string, oh: string, pre: string, post: boolean, wb: boolean): string | null {
  const scale = (bits(w, 23, 23) << 2) | bits(w, 31, 30);
  if (scale > 4) return null;
  const size = 1 << scale;
  const load = bits(w, 22, 22) === 1;
  const n = bits(w, 9, 5);
  const t = w & 31;
  if (wb && c.c64) return null; // C64 write-back is CapAdd on the base: interpreter
  let code = `{${baseCheck(n, c)}${enabled(c, 'fpOk')}${pre}${baseAddress(n, ol, oh, post)}`;
  code += access(c, size, size, !load, n);
  code += load ? loadVector(size, 0, t) : storeVector(size, 0, t);
  if (wb) code += wr(n, 'nl', 'nh', true);
  return code + '}';
}

function pairVector(w: number, c: EmitContext, mode: 'offset' | 'pre' | 'post'): string | null {
  const n = bits(w, 9, 5);
  const t = w & 31;
  const t2 = bits(w, 14, 10);
  const load = bits(w, 22, 22) === 1;
  const opc = bits(w, 31, 30);
  if (opc === 3 || (load && t === t2) || (mode !== 'offset' && c.c64)) return null;
  const size = 4 << opc;
  const [ol, oh] = constOffset(Number(BigInt.asIntN(7, BigInt(bits(w, 21, 15)))) * size);
  let code = `{${baseCheck(n, c)}${enabled(c, 'fpOk')}${baseAddress(n, ol, oh, mode === 'post')}`;
  code += access(c, size, 2 * size, !load, n);
  code += load ? loadVector(size, 0, t) + loadVector(size, size, t2) : storeVector(size, 0, t) + storeVector(size, size, t2);
  if (mode !== 'offset') code += wr(n, 'nl', 'nh', true);
  return code + '}';
}

interface Shape { memop: 'load' | 'store' | 'prefetch'; size: number; regsize: number; signed: boolean }

/** Sail decode of size:opc for LDR/STR/LDRS* (null = UNDEFINED). */
function generalShape(w: number): Shape | null {
  const size = bits(w, 31, 30);
  const opc = bits(w, 23, 22);
  if ((opc & 2) === 0) return { memop: opc & 1 ? 'load' : 'store', size: 1 << size, regsize: size === 3 ? 64 : 32, signed: false };
  if (size === 3) return opc & 1 ? null : { memop: 'prefetch', size: 8, regsize: 64, signed: false };
  if (size === 2 && opc & 1) return null;
  return { memop: 'load', size: 1 << size, regsize: opc & 1 ? 32 : 64, signed: true };
}

/** Base X[n] + offset (ol, oh: expressions for its halves) into nl/nh, and the access address into
 *  al/ah: the base itself for post-index, else the sum. */
function baseAddress(n: number, ol: string, oh: string, post: boolean): string {
  return `const s0=X[${n}]+(${ol}),nl=s0>>>0,nh=(H[${n}]+(${oh})+(s0>4294967295?1:0))>>>0;` +
    (post ? `const al=X[${n}],ah=H[${n}];` : 'const al=nl,ah=nh;');
}

/** The base register read (Sail BaseReg_read in A64: X[n] or SP, SP alignment checked). */
function baseCheck(n: number, c: EmitContext): string {
  return n === 31 ? `if(E.spAlign&&(X[31]&15)!==0)${bail(c)}` : '';
}

/** One general-register load/store at base n + offset (ol, oh: code for the offset's halves);
 *  `post`: access at the base, then write back; `wb`: write base + offset back. */
function single(w: number, c: EmitContext, ol: string, oh: string, pre: string, post: boolean, wb: boolean): string | null {
  if (bits(w, 26, 26) === 1) return singleVector(w, c, ol, oh, pre, post, wb);
  const s = generalShape(w);
  if (s === null) return null;
  const n = bits(w, 9, 5);
  const t = w & 31;
  if (s.memop === 'prefetch') return wb ? null : '{}';
  if (wb && c.c64) return null; // C64 write-back is CapAdd on the base: interpreter
  let writeback = wb;
  if (s.memop === 'load' && writeback && n === t && n !== 31) writeback = false; // WBSUPPRESS
  let code = `{${baseCheck(n, c)}${pre}${baseAddress(n, ol, oh, post)}`;
  code += access(c, s.size, s.size, s.memop === 'store', n);
  if (s.memop === 'load') code += loadValue(s.size, 0, s.signed, s.regsize, 'vl', 'vh') + wr(t, 'vl', 'vh');
  else code += storeValue(s.size, 0, lo(t), hi(t));
  if (writeback) code += wr(n, 'nl', 'nh', true);
  return code + '}';
}

function constOffset(v: number): [string, string] {
  const [l, h] = halves(BigInt(v));
  return [`${l}`, `${h}`];
}

function pair(w: number, c: EmitContext, mode: 'offset' | 'pre' | 'post'): string | null {
  if (bits(w, 26, 26) === 1) return pairVector(w, c, mode);
  const n = bits(w, 9, 5);
  const t = w & 31;
  const t2 = bits(w, 14, 10);
  const load = bits(w, 22, 22) === 1;
  const opc = bits(w, 31, 30);
  if (opc === 3 || (opc === 1 && !load) || (load && t === t2) || (mode !== 'offset' && c.c64)) return null;
  const signed = opc === 1;
  const size = opc === 2 ? 8 : 4;
  let wback = mode !== 'offset';
  if (wback && load && (t === n || t2 === n) && n !== 31) wback = false;
  const [ol, oh] = constOffset(Number(BigInt.asIntN(7, BigInt(bits(w, 21, 15)))) * size);
  let code = `{${baseCheck(n, c)}${baseAddress(n, ol, oh, mode === 'post')}`;
  code += access(c, size, 2 * size, !load, n);
  const rs = signed ? 64 : size * 8;
  if (load) {
    code += loadValue(size, 0, signed, rs, 'vl', 'vh') + loadValue(size, size, signed, rs, 'ul', 'uh');
    code += wr(t, 'vl', 'vh') + wr(t2, 'ul', 'uh');
  } else code += storeValue(size, 0, lo(t), hi(t)) + storeValue(size, size, lo(t2), hi(t2));
  if (wback) code += wr(n, 'nl', 'nh', true);
  return code + '}';
}

function registerOffset(w: number, c: EmitContext): string | null {
  const option = bits(w, 15, 13);
  if ((option & 2) === 0) return null;
  const scale = bits(w, 26, 26) ? (bits(w, 23, 23) << 2) | bits(w, 31, 30) : bits(w, 31, 30);
  if (scale > 4) return null;
  const shift = bits(w, 12, 12) ? scale : 0;
  const m = bits(w, 20, 16);
  // ExtendReg(m, option, shift) as 64 bits (UXTW, LSL/UXTX, SXTW, SXTX)
  const ext = extendConst(m, option, shift, true);
  return single(w, c, 'yl', 'yh', ext, false, false);
}

function literal(w: number, c: EmitContext): string | null {
  const opc = bits(w, 31, 30);
  if (bits(w, 26, 26) === 1) return null;
  if (opc === 3) return '{}'; // PRFM (literal)
  const size = opc === 1 ? 8 : 4;
  const [al, ah] = halves(BigInt(c.pc) + BigInt.asIntN(19, BigInt(bits(w, 23, 5))) * 4n);
  let code = `{const al=${al},ah=${ah};` + access(c, size, size, false, 'pcc');
  code += loadValue(size, 0, opc === 2, opc === 0 ? 32 : 64, 'vl', 'vh') + wr(w & 31, 'vl', 'vh');
  return code + '}';
}

// ---------------------------------------------------------------- branches
/** Moves to the next block at `next` (a JS expression): counts this block's instructions, then
 *  continues in the region's dispatch loop unless the instruction budget is spent. */
export function transfer(next: string, count: number): string {
  return `n+=${count};pc=${next};if(n>E.budget){E.pc=pc;return n;}continue;`;
}

/** A taken branch to a constant target: bails out if the target leaves PCC's window (known when
 *  compiling: code is dropped when PCC's bounds change). */
function jump(target: number, c: EmitContext): string {
  if (c.window !== undefined) return target < c.window.base || target + 4 > c.window.limit ? bail(c) : transfer(`${target}`, c.index + 1);
  return `if(${target}<E.pcBase||${target + 4}>E.pcLimit)${bail(c)}${transfer(`${target}`, c.index + 1)}`;
}

function fallThrough(c: EmitContext): string {
  return transfer(`${c.pc + 4}`, c.index + 1);
}

function branchImm(w: number, c: EmitContext): string | null {
  const target = c.pc + Number(BigInt.asIntN(26, BigInt(w & 0x3ffffff))) * 4;
  if ((w >>> 31) & 1 && c.c64) return capLink(c) === null ? null : `${capLink(c)!}${jump(target, c)}`;
  if ((w >>> 31) & 1) {
    // BL: the link is an integer in A64 (Sail: X[30] = PC + 4 unless PCCBO)
    const [l, h] = halves(BigInt(c.pc + 4));
    return `if(!E.plainPc)${bail(c)}${wr(30, `${l}`, `${h}`)}${jump(target, c)}`;
  }
  return jump(target, c);
}

/** C64 link (Sail BranchToCapability's link: C30 = CapAdd(PCC, 4 + 1), C64 in bit 0): compiled when
 *  PC + 4 is inside PCC's bounds (the tag and metadata are PCC's) and CCTLR.SBL does not ask for a
 *  sentry. */
function capLink(c: EmitContext): string | null {
  if (c.window === undefined || c.pc + 8 > c.window.limit) return null;
  const [l, h] = halves(BigInt(c.pc + 5));
  return `if(E.sentryLinks)${bail(c)}X[30]=${l};H[30]=${h};ML[30]=E.pccMl;MH[30]=E.pccMh;T[30]=1;`;
}

/** C64 BR/BLR/RET Cn (Sail execute_BR_C_C etc.): compiled when the target, after unsealing a sentry,
 *  has PCC's metadata (so the executive check passes, the SP bank stays, and PCC stays the engine's
 *  window), is tagged, selects C64 (bit 0) and lands inside the window; otherwise the interpreter. */
function branchCap(w: number, c: EmitContext, link: boolean): string | null {
  const n = bits(w, 9, 5);
  if (n === 31) return null; // CZR: the interpreter raises the fault
  const lk = link ? capLink(c) : '';
  if (lk === null) return null;
  const b = bail(c);
  return `{${enabled(c, 'capOk')}if(T[${n}]!==1)${b}const tml=ML[${n}],tmh=MH[${n}],ot=((tmh&0x3fff)*2)|(tml>>>31);` +
    `if(ot>1||(tml&0x7fffffff)!==E.pccMl||((tmh&0xffffc000)>>>0)!==E.pccMh)${b}` +
    `const tl=X[${n}],th=H[${n}];if(th>=2097152||(tl&3)!==1)${b}const ta=th*4294967296+tl-1;if(ta<E.pcBase||ta+4>E.pcLimit)${b}` +
    `${lk}cpu.retiredMorello++;${transfer('ta', c.index + 1)}}`;
}

function branchCond(w: number, c: EmitContext, test: string, offset: number): string {
  return `if(${test}){${jump(c.pc + offset * 4, c)}}${fallThrough(c)}`;
}

function branchRegister(w: number, c: EmitContext): string | null {
  const opc = bits(w, 22, 21);
  if (bits(w, 11, 10) !== 0 || (w & 31) !== 0 || ((w >>> 24) & 1) !== 0 || opc === 3) return null;
  const n = bits(w, 9, 5);
  const [l, h] = halves(BigInt(c.pc + 4));
  const link = opc === 1 ? wr(30, `${l}`, `${h}`) : '';
  return `{const tl=${lo(n)},th=${hi(n)};if(!E.plainPc||th>=2097152||(tl&3)!==0)${bail(c)}const ta=th*4294967296+tl;` +
    `if(ta<E.pcBase||ta+4>E.pcLimit)${bail(c)}${link}${transfer('ta', c.index + 1)}}`;
}

// ---------------------------------------------------------------- scalar floating point
/** FP precision of ftype (0 single, 1 double; half precision is not compiled). */
function fpKind(w: number): 'S' | 'D' | null {
  const t = bits(w, 23, 22);
  return t === 0 ? 'S' : t === 1 ? 'D' : null;
}

/** Reads of a scalar FP register as a JS number, and writes (upper bits zeroed), through the
 *  region's aliases of the runtime's views (D32/F64, S32/F32); `b` is the register's word index. */
function rdFp(k: 'S' | 'D', b: number): string {
  return k === 'D' ? `(D32[0]=V[${b}],D32[1]=V[${b + 1}],F64[0])` : `(S32[0]=V[${b}],F32[0])`;
}
function wrFp(k: 'S' | 'D', b: number, x: string): string {
  return k === 'D' ? `F64[0]=${x};V[${b}]=D32[0];V[${b + 1}]=D32[1];V[${b + 2}]=0;V[${b + 3}]=0;`
    : `F32[0]=${x};V[${b}]=S32[0];V[${b + 1}]=0;V[${b + 2}]=0;V[${b + 3}]=0;`;
}

/** The checks every compiled FP data-processing instruction makes: FP enabled, FPCR simple. */
function fpEntry(c: EmitContext): string {
  return `${enabled(c, 'fpOk')}if(!E.fpRN)${bail(c)}`;
}

/** FADD/FSUB/FMUL/FNMUL/FDIV through the runtime's exact-flag fast paths. */
function fpBinary(w: number, c: EmitContext, op: 'add' | 'sub' | 'mul' | 'nmul' | 'div'): string | null {
  const k = fpKind(w);
  if (k === null) return null;
  const n = bits(w, 9, 5) * 4;
  const m = bits(w, 20, 16) * 4;
  const d = (w & 31) * 4;
  const fn = op === 'sub' ? 'add' : op === 'nmul' ? 'mul' : op;
  const b = op === 'sub' ? `-${rdFp(k, m)}` : rdFp(k, m);
  const r = op === 'nmul' ? '-r' : 'r';
  return `{${fpEntry(c)}const r=R.${fn}${k}(${rdFp(k, n)},${b});if(R.bad)${bail(c)}${wrFp(k, d, r)}cpu.fpsr|=R.inexact<<4;}`;
}

function fpCompare(w: number, c: EmitContext): string | null {
  const k = fpKind(w);
  if (k === null) return null;
  const b = bits(w, 3, 3) ? '0' : rdFp(k, bits(w, 20, 16) * 4);
  return `{${fpEntry(c)}const f=R.compare(${rdFp(k, bits(w, 9, 5) * 4)},${b});if(R.bad)${bail(c)}cpu.n=f>>3;cpu.z=(f>>2)&1;cpu.c=(f>>1)&1;cpu.v_=0;}`;
}

/** FMOV/FABS/FNEG (register): bit operations, no exceptions. */
function fpUnary(w: number, c: EmitContext): string | null {
  const k = fpKind(w);
  const opc = bits(w, 16, 15);
  if (k === null || opc === 3) return null; // FSQRT: interpreter
  const n = bits(w, 9, 5) * 4;
  const d = (w & 31) * 4;
  const top = k === 'D' ? 1 : 0; // the word holding the sign bit
  const sign = opc === 1 ? '&0x7fffffff' : opc === 2 ? '^0x80000000' : '';
  const w0 = top === 0 ? `(V[${n}]${sign})>>>0` : `V[${n}]`;
  const w1 = top === 1 ? `(V[${n + 1}]${sign})>>>0` : '0';
  return `{${enabled(c, 'fpOk')}const a=${w0},b=${w1};V[${d}]=a;V[${d + 1}]=b;V[${d + 2}]=0;V[${d + 3}]=0;}`;
}

function fpMoveImm(w: number, c: EmitContext): string | null {
  const k = fpKind(w);
  if (k === null) return null;
  const v = expandFpImm(bits(w, 20, 13));
  const buf = new DataView(new ArrayBuffer(8));
  if (k === 'D') buf.setFloat64(0, v, true);
  else buf.setFloat32(0, v, true);
  const d = (w & 31) * 4;
  return `{${enabled(c, 'fpOk')}V[${d}]=${buf.getUint32(0, true)};V[${d + 1}]=${k === 'D' ? buf.getUint32(4, true) : 0};V[${d + 2}]=0;V[${d + 3}]=0;}`;
}

function fpSelect(w: number, c: EmitContext): string | null {
  const k = fpKind(w);
  if (k === null) return null;
  const n = bits(w, 9, 5) * 4;
  const m = bits(w, 20, 16) * 4;
  const d = (w & 31) * 4;
  const hiWord = k === 'D' ? `V[s+1]` : '0';
  return `{${enabled(c, 'fpOk')}const s=${condExpr(bits(w, 15, 12))}?${n}:${m};const a=V[s],b=${hiWord};V[${d}]=a;V[${d + 1}]=b;V[${d + 2}]=0;V[${d + 3}]=0;}`;
}

/** SCVTF/UCVTF, FCVTZS/FCVTZU and FMOV between general and FP registers (same size). */
function fpConvertInt(w: number, c: EmitContext): string | null {
  const k = fpKind(w);
  if (k === null) return null;
  const sf = w >>> 31 === 1;
  const rmode = bits(w, 20, 19);
  const opcode = bits(w, 18, 16);
  const n = bits(w, 9, 5);
  const d = w & 31;
  const size = sf ? 64 : 32;
  if (rmode === 0 && (opcode === 2 || opcode === 3)) { // SCVTF, UCVTF
    const signed = opcode === 2;
    return `{${fpEntry(c)}const x=R.fromInt(${lo(n)},${hi(n)},${signed},${size});if(R.bad)${bail(c)}` +
      (k === 'D' ? wrFp('D', d * 4, 'x') : `const r=Math.fround(x);${wrFp('S', d * 4, 'r')}if(r!==x)cpu.fpsr|=16;`) + '}';
  }
  if (rmode === 3 && (opcode === 0 || opcode === 1)) { // FCVTZS, FCVTZU
    return `{${fpEntry(c)}R.toInt(${rdFp(k, n * 4)},${opcode === 0},${size});if(R.bad)${bail(c)}` +
      `const rl=R.lo,rh=R.hi;${wr(d, 'rl', 'rh')}cpu.fpsr|=R.inexact<<4;}`;
  }
  if (rmode === 0 && (opcode === 6 || opcode === 7) && (sf ? k === 'D' : k === 'S')) { // FMOV
    if (opcode === 6) return `{${enabled(c, 'fpOk')}const rl=V[${n * 4}],rh=${sf ? `V[${n * 4 + 1}]` : '0'};${wr(d, 'rl', 'rh')}}`;
    return `{${enabled(c, 'fpOk')}const a=${lo(n)},b=${sf ? hi(n) : '0'};V[${d * 4}]=a;V[${d * 4 + 1}]=b;V[${d * 4 + 2}]=0;V[${d * 4 + 3}]=0;}`;
  }
  return null;
}

/** ADD/SUB (vector and 64-bit scalar): wrapping lane arithmetic on the 32-bit words; 8- and 16-bit
 *  lanes within a word at once (carries kept inside each lane: the lanes' top bits are added
 *  apart), 64-bit lanes with a carry between their words. Results are computed before any word of
 *  Vd is written (Vd may be Vn or Vm); a 64-bit vector or a scalar clears the rest of Vd. */
function vectorAddSub(w: number, c: EmitContext, scalar: boolean): string | null {
  const size = bits(w, 23, 22);
  const q = bits(w, 30, 30);
  if (scalar ? size !== 3 : size === 3 && !q) return null; // UNDEFINED: the interpreter raises it
  const sub = bits(w, 29, 29) === 1;
  const n = bits(w, 9, 5) * 4;
  const m = bits(w, 20, 16) * 4;
  const d = (w & 31) * 4;
  const words = scalar ? 2 : q ? 4 : 2;
  const r: string[] = [];
  let code = `{${enabled(c, 'fpOk')}`;
  if (size === 3) {
    for (let k = 0; k < words; k += 2) {
      code += sub
        ? `const s${k}=V[${n + k}]-V[${m + k}],r${k}=s${k}>>>0,r${k + 1}=(V[${n + k + 1}]-V[${m + k + 1}]-(s${k}<0?1:0))>>>0;`
        : `const s${k}=V[${n + k}]+V[${m + k}],r${k}=s${k}>>>0,r${k + 1}=(V[${n + k + 1}]+V[${m + k + 1}]+(s${k}>4294967295?1:0))>>>0;`;
      r.push(`r${k}`, `r${k + 1}`);
    }
  } else {
    for (let k = 0; k < words; k++) {
      const a = `V[${n + k}]`;
      const b = `V[${m + k}]`;
      let e: string;
      if (size === 2) e = `(${a}${sub ? '-' : '+'}${b})>>>0`;
      else {
        const top = size === 0 ? '0x80808080' : '0x80008000';
        const low = size === 0 ? '0x7f7f7f7f' : '0x7fff7fff';
        e = sub ? `(((${a}|${top})-(${b}&${low}))^((${a}^~${b})&${top}))>>>0` : `(((${a}&${low})+(${b}&${low}))^((${a}^${b})&${top}))>>>0`;
      }
      code += `const r${k}=${e};`;
      r.push(`r${k}`);
    }
  }
  for (let k = 0; k < 4; k++) code += `V[${d + k}]=${k < r.length ? r[k] : '0'};`;
  return code + '}';
}

/** Vector AND/BIC/ORR/ORN and EOR/BSL/BIT/BIF (register): word-wise bit operations (Sail
 *  execute_aarch64_instrs_vector_arithmetic_binary_uniform_logical_*); Q = 0 clears the upper half. */
function vectorLogical(w: number, c: EmitContext, bsl: boolean): string {
  const q = bits(w, 30, 30);
  const op = bits(w, 23, 22);
  const n = bits(w, 9, 5) * 4;
  const m = bits(w, 20, 16) * 4;
  const d = (w & 31) * 4;
  const words = q ? 4 : 2;
  let code = `{${enabled(c, 'fpOk')}`;
  for (let k = 0; k < words; k++) {
    const a = `V[${n + k}]`;
    const b = `V[${m + k}]`;
    const t = `V[${d + k}]`;
    const e = bsl
      ? [`${a}^${b}`, `${b}^((${b}^${a})&${t})`, `${t}^((${t}^${a})&${b})`, `${t}^((${t}^${a})&~${b})`][op]!
      : [`${a}&${b}`, `${a}&~${b}`, `${a}|${b}`, `${a}|~${b}`][op]!;
    code += `const r${k}=(${e})>>>0;`;
  }
  for (let k = 0; k < 4; k++) code += `V[${d + k}]=${k < words ? `r${k}` : '0'};`;
  return code + '}';
}

/** SHL, SSHR/USHR, SSRA/USRA (vector, immediate): R.vshift; the rounding forms (o1) and the
 *  reserved 64-bit-lane 64-bit vector stay with the interpreter. */
function vectorShiftImm(w: number, c: EmitContext, left: boolean): string | null {
  const immh = bits(w, 22, 19);
  const q = bits(w, 30, 30);
  if (immh === 0 || (immh & 8 && !q) || (!left && bits(w, 13, 13) === 1)) return null;
  const esize = 8 << (31 - Math.clz32(immh));
  const immhb = (immh << 3) | bits(w, 18, 16);
  const shift = left ? immhb - esize : 2 * esize - immhb;
  const signed = !left && bits(w, 29, 29) === 0;
  const acc = !left && bits(w, 12, 12) === 1;
  return `{${enabled(c, 'fpOk')}R.vshift(V,${w & 31},${bits(w, 9, 5)},${esize},${shift},${left},${signed},${acc},${q});}`;
}

/** Lane `idx` of `esize` bits (≤ 32) of V register word array index base `b`: its word and shift. */
function laneAt(b: number, esize: number, idx: number): { word: number; shift: number; mask: number } {
  const bit = idx * esize;
  return { word: b + (bit >> 5), shift: bit & 31, mask: laneMask(esize) };
}

/** Element moves between general and vector registers (Sail execute_aarch64_instrs_vector_transfer_*):
 *  UMOV, INS (general), DUP (general), DUP (element, scalar). Reserved imm5/Q combinations: null. */
function vectorTransfer(w: number, c: EmitContext, kind: 'umov' | 'ins' | 'dupg' | 'dups'): string | null {
  const imm5 = bits(w, 20, 16);
  const q = bits(w, 30, 30);
  const size = (imm5 & 15) === 0 ? -1 : 31 - Math.clz32(imm5 & -imm5);
  if (size < 0) return null;
  const esize = 8 << size;
  const idx = imm5 >>> (size + 1);
  const n = bits(w, 9, 5);
  const d = w & 31;
  let body: string;
  switch (kind) {
    case 'umov': {
      if ((q === 1) !== (size === 3)) return null;
      if (size === 3) body = wr(d, `V[${n * 4 + idx * 2}]`, `V[${n * 4 + idx * 2 + 1}]`);
      else {
        const l = laneAt(n * 4, esize, idx);
        body = wr(d, `((V[${l.word}]>>>${l.shift})&${l.mask})>>>0`, '0');
      }
      break;
    }
    case 'ins':
      if (size === 3) body = `V[${d * 4 + idx * 2}]=${lo(n)};V[${d * 4 + idx * 2 + 1}]=${hi(n)};`;
      else {
        const l = laneAt(d * 4, esize, idx);
        body = `V[${l.word}]=((V[${l.word}]&${(~(l.mask << l.shift)) >>> 0})|((${lo(n)}&${l.mask})<<${l.shift}))>>>0;`;
      }
      break;
    case 'dupg': {
      if (size === 3 && !q) return null;
      const rep = size === 3 ? null : size === 2 ? `${lo(n)}` : size === 1 ? `((${lo(n)}&65535)*65537)>>>0` : `((${lo(n)}&255)*16843009)>>>0`;
      const ws = rep === null ? [lo(n), hi(n), lo(n), hi(n)] : [rep, rep, q ? rep : '0', q ? rep : '0'];
      body = `const e0=${ws[0]},e1=${ws[1]},e2=${ws[2]},e3=${ws[3]};V[${d * 4}]=e0;V[${d * 4 + 1}]=e1;V[${d * 4 + 2}]=e2;V[${d * 4 + 3}]=e3;`;
      break;
    }
    default: {
      if (size === 3) body = `const e0=V[${n * 4 + idx * 2}],e1=V[${n * 4 + idx * 2 + 1}];V[${d * 4}]=e0;V[${d * 4 + 1}]=e1;`;
      else {
        const l = laneAt(n * 4, esize, idx);
        body = `const e0=((V[${l.word}]>>>${l.shift})&${l.mask})>>>0;V[${d * 4}]=e0;V[${d * 4 + 1}]=0;`;
      }
      body += `V[${d * 4 + 2}]=0;V[${d * 4 + 3}]=0;`;
    }
  }
  return `{${enabled(c, 'fpOk')}${body}}`;
}

/** CMGT/CMGE/CMEQ/CMLE/CMLT (vector, zero): R.vcmpz; the reserved 64-bit-lane 64-bit vector: null. */
function vectorCompareZero(w: number, c: EmitContext, lessThan: boolean): string | null {
  const size = bits(w, 23, 22);
  const q = bits(w, 30, 30);
  if (size === 3 && !q) return null;
  const u = bits(w, 29, 29);
  const op = bits(w, 12, 12);
  const cond = lessThan ? 4 : op === 0 ? (u ? 1 : 0) : u ? 3 : 2;
  return `{${enabled(c, 'fpOk')}R.vcmpz(V,${w & 31},${bits(w, 9, 5)},${8 << size},${cond},${q});}`;
}

/** SSHLL/USHLL{2}: R.vshll; immh<3> set (64-bit source lanes) is reserved: null. */
function vectorShiftLong(w: number, c: EmitContext): string | null {
  const immh = bits(w, 22, 19);
  if (immh === 0 || immh & 8) return null;
  const esize = 8 << (31 - Math.clz32(immh));
  const shift = ((immh << 3) | bits(w, 18, 16)) - esize;
  return `{${enabled(c, 'fpOk')}R.vshll(V,${w & 31},${bits(w, 9, 5)},${esize},${shift},${bits(w, 29, 29) === 0},${bits(w, 30, 30) === 1});}`;
}

/** ZIP/UZP/TRN (R.vperm); 64-bit lanes in a 64-bit vector are reserved: null. */
function vectorPermute(w: number, c: EmitContext, kind: number): string | null {
  const size = bits(w, 23, 22);
  const q = bits(w, 30, 30);
  if (size === 3 && !q) return null;
  return `{${enabled(c, 'fpOk')}R.vperm(V,${w & 31},${bits(w, 9, 5)},${bits(w, 20, 16)},${8 << size},${kind},${bits(w, 14, 14)},${q});}`;
}

/** ADDV: the sum of the lanes of Vn, modulo the lane size, into the low lane of Vd (rest cleared). */
function vectorAddAcross(w: number, c: EmitContext): string | null {
  const size = bits(w, 23, 22);
  const q = bits(w, 30, 30);
  if (size === 3 || (size === 2 && !q)) return null; // UNDEFINED: the interpreter raises it
  const n = bits(w, 9, 5) * 4;
  const d = (w & 31) * 4;
  const terms: string[] = [];
  for (let k = 0; k < (q ? 4 : 2); k++) {
    const v = `V[${n + k}]`;
    if (size === 0) terms.push(`(${v}&255)+((${v}>>>8)&255)+((${v}>>>16)&255)+(${v}>>>24)`);
    else if (size === 1) terms.push(`(${v}&65535)+(${v}>>>16)`);
    else terms.push(v);
  }
  const mask = size === 0 ? '&255' : size === 1 ? '&65535' : '>>>0';
  return `{${enabled(c, 'fpOk')}const r=(${terms.join('+')})${mask};V[${d}]=r;V[${d + 1}]=0;V[${d + 2}]=0;V[${d + 3}]=0;}`;
}

/** TBL/TBX: a byte table of 1–4 consecutive registers (R.table). */
function vectorTable(w: number, c: EmitContext): string {
  return `{${enabled(c, 'fpOk')}R.table(V,${w & 31},${bits(w, 9, 5)},${bits(w, 20, 16)},${bits(w, 14, 13) + 1},${bits(w, 30, 30)},${bits(w, 12, 12) === 1});}`;
}

/** MOVI/MVNI/ORR/BIC (vector, immediate): Sail AdvSIMDExpandImm at compile time. */
function vectorImmediate(w: number, c: EmitContext): string | null {
  const q = bits(w, 30, 30);
  const op = bits(w, 29, 29);
  const cmode = bits(w, 15, 12);
  if (cmode === 15 && op === 1 && q === 0) return null;
  const imm = expandImm(op, cmode, BigInt((bits(w, 18, 16) << 5) | bits(w, 9, 5)));
  const [il, ih] = halves(imm);
  const kind = vModImmOp(op, cmode);
  const d = (w & 31) * 4;
  const lane = (k: number, v: number): string => {
    if (kind === 'orr') return `(V[${d + k}]|${v})>>>0`;
    if (kind === 'bic') return `(V[${d + k}]&${(~v) >>> 0})>>>0`;
    return `${kind === 'mvni' ? (~v) >>> 0 : v}`;
  };
  const ws = [lane(0, il), lane(1, ih), q ? lane(2, il) : '0', q ? lane(3, ih) : '0'];
  return `{${enabled(c, 'fpOk')}const a=${ws[0]},b=${ws[1]},e=${ws[2]},f=${ws[3]};V[${d}]=a;V[${d + 1}]=b;V[${d + 2}]=e;V[${d + 3}]=f;}`;
}

// ---------------------------------------------------------------- Morello capability instructions
/** Registers Cd ← Cn with a new value (nl, nh): metadata copied, tag set. */
function wrCapValue(d: number, n: number): string {
  return `X[${d}]=nl;H[${d}]=nh;ML[${d}]=ML[${n}];MH[${d}]=MH[${n}];T[${d}]=1;`;
}

/** ADD/SUB (immediate) and ADD (extended register) on a capability: Sail CapAdd. Fast path: a
 *  tagged, unsealed source whose result stays representable (R.capAddKeepsTag); otherwise the
 *  interpreter (tag clearing). */
function capAddInsn(c: EmitContext, n: number, d: number, pre: string, il: string, ih: string): string {
  const b = bail(c);
  return `{${enabled(c, 'capOk')}${capGuard(n, c)}if(H[${n}]>=2097152)${b}${pre}` +
    `const s0=X[${n}]+${il},nl=s0>>>0,nh=(H[${n}]+${ih}+(s0>4294967295?1:0))>>>0;` +
    `if(nh>=2097152||!R.capAddKeepsTag(E.kE[${n}],E.kR[${n}],X[${n}],H[${n}],${il},${ih}))${b}${wrCapValue(d, n)}cpu.retiredMorello++;}`;
}

/** SCBNDS with a length below 2^14 (exponent 0: exact bounds, IE format); Sail CapSetBounds. */
function setBounds(c: EmitContext, n: number, d: number, len: string, lenHi: string): string {
  const b = bail(c);
  return `{${enabled(c, 'capOk')}${capGuard(n, c)}const ln=${len};if(${lenHi}!==0||ln>=16384||H[${n}]>=2097152)${b}` +
    `const ba=H[${n}]*4294967296+X[${n}],tp=ba+ln,ok=ba>=E.kBase[${n}]&&tp<=E.kLimit[${n}];` +
    `const ml=((ML[${n}]&0x80000000)|0x40000000|(((X[${n}]+ln)&0x3fff)<<16)|(X[${n}]&0xffff))>>>0;` +
    `X[${d}]=X[${n}];H[${d}]=H[${n}];MH[${d}]=MH[${n}];ML[${d}]=ml;T[${d}]=ok?1:0;cpu.retiredMorello++;}`;
}

/** Capability loads and stores through a capability base (C64): LDR/STR Ct, [Cn, #imm] (one
 *  register) and LDP/STP/LDNP/STNP Ct, Ct2 (two; offset, pre- or post-index). All `regs.length`
 *  × 16 bytes, 16-byte aligned, are checked before any side effect (the interpreter then redoes an
 *  STP whose second half would fault, keeping its first store, as Morello does); loads clear the
 *  tag without LoadCap (Sail CapSquashPostLoadCap; no MutableLoad: interpreter); a store needs
 *  StoreCap for a tagged capability and StoreLocalCap for a non-Global one; the write-back is
 *  CapAdd on the base, compiled when the result stays representable. */
function capTransfer(c: EmitContext, n: number, regs: readonly number[], off: number, load: boolean, mode: 'offset' | 'pre' | 'post'): string {
  const [il, ih] = halves(BigInt(off));
  const wb = mode !== 'offset' && !(load && regs.includes(n) && n !== 31);
  const b = bail(c);
  let code = `{${enabled(c, 'capOk')}${baseCheck(n, c)}`;
  code += `const s0=X[${n}]+${il},nl=s0>>>0,nh=(H[${n}]+${ih}+(s0>4294967295?1:0))>>>0;`;
  code += mode === 'post' ? `const al=X[${n}],ah=H[${n}];` : 'const al=nl,ah=nh;';
  code += `if((al&15)!==0)${b}`;
  const need = (r: number): string => (r === 31 ? `${PERM_STORE}` : `(T[${r}]===1?${PERM_STORE | PERM_STORE_CAP}|((MH[${r}]>>>14)&1?0:${PERM_STORE_LOCAL_CAP}):${PERM_STORE})`);
  code += access(c, 16, 16 * regs.length, !load, n, load ? `${PERM_LOAD | PERM_MUTABLE_LOAD}` : regs.map(need).join('|'));
  if (wb) code += `if(nh>=2097152||!R.capAddKeepsTag(E.kE[${n}],E.kR[${n}],X[${n}],H[${n}],${il},${ih}))${b}`;
  if (load) {
    // Every word is read before any register is written.
    code += `const lc=(E.kPerm[${n}]>>>14)&1;`;
    regs.forEach((_, k) => {
      const at = (i: number): string => `pg.view.getUint32(o+${16 * k + 4 * i},true)`;
      code += `const c${k}0=${at(0)},c${k}1=${at(1)},c${k}2=${at(2)},c${k}3=${at(3)},c${k}g=pg.tags[(o>>>4)+${k}]&lc;`;
    });
    regs.forEach((r, k) => {
      if (r !== 31) code += `X[${r}]=c${k}0;H[${r}]=c${k}1;ML[${r}]=c${k}2;MH[${r}]=c${k}3;T[${r}]=c${k}g;`;
    });
  } else {
    regs.forEach((r, k) => {
      const words = r === 31 ? ['0', '0', '0', '0', '0'] : [`X[${r}]`, `H[${r}]`, `ML[${r}]`, `MH[${r}]`, `T[${r}]`];
      for (let i = 0; i < 4; i++) code += `pg.view.setUint32(o+${16 * k + 4 * i},${words[i]},true);`;
      code += `pg.tags[(o>>>4)+${k}]=${words[4]};`;
    });
  }
  if (wb) code += `X[${n}]=nl;H[${n}]=nh;`;
  return `${code}cpu.retiredMorello++;}`;
}

/** LDP/STP/LDNP/STNP of capabilities (Sail execute_LDP_C_RIB_C etc.); Ct = Ct2 in a load is UNDEFINED. */
function capPair(c: EmitContext, w: number, load: boolean, mode: 'offset' | 'pre' | 'post'): string | null {
  const t = w & 31;
  const t2 = bits(w, 14, 10);
  if (load && t === t2) return null;
  return capTransfer(c, bits(w, 9, 5), [t, t2], Number(BigInt.asIntN(7, BigInt(bits(w, 21, 15)))) * 16, load, mode);
}

function emitMorello(id: string, w: number, c: EmitContext): string | null {
  const n = bits(w, 9, 5);
  const d = w & 31;
  switch (id) {
    case 'ADD_C_CIS_C': case 'SUB_C_CIS_C': {
      let imm = BigInt(bits(w, 21, 10)) << (bits(w, 22, 22) ? 12n : 0n);
      if ((w >>> 23) & 1) imm = -imm;
      const [il, ih] = halves(imm);
      return capAddInsn(c, n, d, '', `${il}`, `${ih}`);
    }
    case 'ADD_C_CRI_C': {
      const shift = bits(w, 12, 10);
      if (shift > 4) return null;
      return capAddInsn(c, n, d, extendConst(bits(w, 20, 16), bits(w, 15, 13), shift, true), 'yl', 'yh');
    }
    case 'SCBNDS_C_CR_C': case 'SCBNDSE_C_CR_C': {
      const m = bits(w, 20, 16);
      return setBounds(c, n, d, lo(m), hi(m));
    }
    case 'SCBNDS_C_CI_C': case 'SCBNDS_C_CI_S':
      return setBounds(c, n, d, `${bits(w, 20, 15) << (id === 'SCBNDS_C_CI_S' ? 4 : 0)}`, '0');
    case 'CPY_C_C_C': // Cd = Cn (31: CSP)
      return `{${enabled(c, 'capOk')}X[${d}]=X[${n}];H[${d}]=H[${n}];ML[${d}]=ML[${n}];MH[${d}]=MH[${n}];T[${d}]=T[${n}];cpu.retiredMorello++;}`;
    case 'GCVALUE_R_C_C': // Xd = Cn.value (31: CSP)
      return `{${enabled(c, 'capOk')}${wr(d, lo(n, true), hi(n, true))}cpu.retiredMorello++;}`;
    case 'SCVALUE_C_CR_C': {
      // Sail CapSetValue on a tagged, unsealed Cn: a new value inside its bounds (below 2^53, so bit
      // 55 is unchanged) decodes to the same bounds, and the tag stays; anything else: interpreter.
      const m = bits(w, 20, 16);
      const b = bail(c);
      return `{${enabled(c, 'capOk')}${capGuard(n, c)}const vl=${lo(m)},vh=${hi(m)};if(vh>=2097152)${b}const va=vh*4294967296+vl;` +
        `if(va<E.kBase[${n}]||va>E.kLimit[${n}])${b}X[${d}]=vl;H[${d}]=vh;ML[${d}]=ML[${n}];MH[${d}]=MH[${n}];T[${d}]=1;cpu.retiredMorello++;}`;
    }
    case 'BR_C_C': case 'RET_C_C': return c.c64 ? branchCap(w, c, false) : null;
    case 'BLR_C_C': return c.c64 ? branchCap(w, c, true) : null;
    case 'LDR_C_RUIB_C': case 'STR_C_RUIB_C': // unsigned offset
      return c.c64 ? capTransfer(c, n, [d], bits(w, 21, 10) << 4, id[0] === 'L', 'offset') : null;
    case 'LDP_C_RIB_C': case 'LDNP_C_RIB_C': return c.c64 ? capPair(c, w, true, 'offset') : null;
    case 'STP_C_RIB_C': case 'STNP_C_RIB_C': return c.c64 ? capPair(c, w, false, 'offset') : null;
    case 'LDP_C_RIBW_C': return c.c64 ? capPair(c, w, true, 'pre') : null;
    case 'STP_C_RIBW_C': return c.c64 ? capPair(c, w, false, 'pre') : null;
    case 'LDP_CC_RIAW_C': return c.c64 ? capPair(c, w, true, 'post') : null;
    case 'STP_CC_RIAW_C': return c.c64 ? capPair(c, w, false, 'post') : null;
    default: return null;
  }
}

/** JS for one instruction (A64 or C64 state), or null when the interpreter must run it. */
export function emitA64(def: InsnDef, w: number, c: EmitContext): Emitted | null {
  const code = (s: string | null): Emitted | null => (s === null ? null : { code: s, ends: false });
  const end = (s: string | null): Emitted | null => (s === null ? null : { code: s, ends: true });
  switch (def.family) {
    case 'integer_arithmetic_add_sub_immediate': return code(addSubImm(w));
    case 'integer_arithmetic_add_sub_shiftedreg': return code(addSubShifted(w));
    case 'integer_arithmetic_add_sub_extendedreg': return code(addSubExtended(w));
    case 'integer_arithmetic_add_sub_carry': return code(addSubCarry(w));
    case 'integer_logical_shiftedreg': return code(logicalShifted(w));
    case 'integer_logical_immediate': return code(logicalImm(w));
    case 'integer_ins_ext_insert_movewide': return code(moveWide(w));
    case 'integer_bitfield': return code(bitfield(w));
    case 'integer_ins_ext_extract_immediate': return code(extract(w));
    case 'integer_shift_variable': return code(shiftVariable(w));
    case 'integer_conditional_select': return code(condSelect(w));
    case 'integer_conditional_compare_immediate': return code(condCompare(w, true));
    case 'integer_conditional_compare_register': return code(condCompare(w, false));
    case 'integer_arithmetic_mul_uniform_add_sub': return code(mulAddSub(w));
    case 'integer_arithmetic_mul_widening_32_64': return code(mulWiden(w));
    case 'integer_arithmetic_div': return code(divide(w));
    case 'integer_arithmetic_cnt': return code(countLeading(w));
    case 'integer_arithmetic_rev': return code(reverse(w));
    case 'ADR_C_I_C': return code(c.c64 ? pcRelativeCap(w, c, false) : pcRelative(w, c, false));
    case 'ADRP_C_I_C': case 'ADRP_C_IP_C': // A64: P is imm<20>; C64: ADRP when P = 1 (ADRDP otherwise)
      return code(c.c64 ? ((w >>> 23) & 1 ? pcRelativeCap(w, c, true) : null) : pcRelative(w, c, true));
    case 'system_hints': case 'system_barriers_dmb': case 'system_barriers_dsb': case 'system_barriers_isb':
      return code('');
    case 'memory_single_general_immediate_unsigned': case 'memory_single_simdfp_immediate_unsigned': {
      const scale = bits(w, 26, 26) ? (bits(w, 23, 23) << 2) | bits(w, 31, 30) : bits(w, 31, 30);
      if (scale > 4) return null;
      const [ol, oh] = constOffset(bits(w, 21, 10) << scale);
      return code(single(w, c, ol, oh, '', false, false));
    }
    case 'memory_single_general_immediate_signed_offset_normal': case 'memory_single_simdfp_immediate_signed_offset_normal': {
      const [ol, oh] = constOffset(Number(BigInt.asIntN(9, BigInt(bits(w, 20, 12)))));
      return code(single(w, c, ol, oh, '', false, false));
    }
    case 'memory_single_general_immediate_signed_pre_idx': case 'memory_single_simdfp_immediate_signed_pre_idx':
    case 'memory_single_general_immediate_signed_post_idx': case 'memory_single_simdfp_immediate_signed_post_idx': {
      const [ol, oh] = constOffset(Number(BigInt.asIntN(9, BigInt(bits(w, 20, 12)))));
      const post = def.family.endsWith('post_idx');
      return code(single(w, c, ol, oh, '', post, true));
    }
    case 'memory_single_general_register': case 'memory_single_simdfp_register': return code(registerOffset(w, c));
    case 'memory_pair_general_offset': case 'memory_pair_general_no_alloc':
    case 'memory_pair_simdfp_offset': case 'memory_pair_simdfp_no_alloc': return code(pair(w, c, 'offset'));
    case 'memory_pair_general_pre_idx': case 'memory_pair_simdfp_pre_idx': return code(pair(w, c, 'pre'));
    case 'memory_pair_general_post_idx': case 'memory_pair_simdfp_post_idx': return code(pair(w, c, 'post'));
    case 'integer_arithmetic_mul_widening_64_128hi': return code(mulHigh(w));
    case 'float_arithmetic_add_sub': return code(fpBinary(w, c, (w >>> 12) & 1 ? 'sub' : 'add'));
    case 'float_arithmetic_mul_product': return code(fpBinary(w, c, (w >>> 15) & 1 ? 'nmul' : 'mul'));
    case 'float_arithmetic_div': return code(fpBinary(w, c, 'div'));
    case 'float_compare_uncond': return code(fpCompare(w, c));
    case 'float_arithmetic_unary': return code(fpUnary(w, c));
    case 'float_move_fp_imm': return code(fpMoveImm(w, c));
    case 'float_move_fp_select': return code(fpSelect(w, c));
    case 'float_convert_int': return code(fpConvertInt(w, c));
    case 'vector_logical': return code(vectorImmediate(w, c));
    case 'vector_arithmetic_binary_uniform_add_wrapping_single_simd': return code(vectorAddSub(w, c, false));
    case 'vector_arithmetic_binary_uniform_add_wrapping_single_sisd': return code(vectorAddSub(w, c, true));
    case 'vector_reduce_add_simd': return code(vectorAddAcross(w, c));
    case 'vector_arithmetic_binary_uniform_logical_and_orr': return code(vectorLogical(w, c, false));
    case 'vector_transfer_integer_move_unsigned': return code(vectorTransfer(w, c, 'umov'));
    case 'vector_arithmetic_unary_cmp_int_bulk_simd': return code(vectorCompareZero(w, c, false));
    case 'vector_arithmetic_unary_cmp_int_lessthan_simd': return code(vectorCompareZero(w, c, true));
    case 'vector_shift_left_long': return code(vectorShiftLong(w, c));
    case 'vector_transfer_vector_permute_zip': return code(vectorPermute(w, c, 0));
    case 'vector_transfer_vector_permute_unzip': return code(vectorPermute(w, c, 1));
    case 'vector_transfer_vector_permute_transpose': return code(vectorPermute(w, c, 2));
    case 'vector_transfer_integer_insert': return code(vectorTransfer(w, c, 'ins'));
    case 'vector_transfer_integer_dup': return code(vectorTransfer(w, c, 'dupg'));
    case 'vector_transfer_vector_cpy_dup_sisd': return code(vectorTransfer(w, c, 'dups'));
    case 'vector_shift_left_simd': return code(def.id.startsWith('shl_') ? vectorShiftImm(w, c, true) : null);
    case 'vector_shift_right_simd': return code(vectorShiftImm(w, c, false));
    case 'vector_arithmetic_binary_uniform_logical_bsl_eor': return code(vectorLogical(w, c, true));
    case 'vector_transfer_vector_table': return code(vectorTable(w, c));
    case 'memory_literal_general': return code(literal(w, c));
    case 'branch_unconditional_immediate': return end(branchImm(w, c));
    case 'branch_conditional_cond': return end(branchCond(w, c, condExpr(w & 15), Number(BigInt.asIntN(19, BigInt(bits(w, 23, 5))))));
    case 'branch_conditional_compare': {
      const t = w & 31;
      const sf = w >>> 31 === 1;
      const zero = sf ? `(${lo(t)}|${hi(t)})===0` : `${lo(t)}===0`;
      const test = (w >>> 24) & 1 ? `!(${zero})` : zero;
      return end(branchCond(w, c, test, Number(BigInt.asIntN(19, BigInt(bits(w, 23, 5))))));
    }
    case 'branch_conditional_test': {
      const t = w & 31;
      const bit = (bits(w, 31, 31) << 5) | bits(w, 23, 19);
      const v = bit >= 32 ? `((${hi(t)}>>>${bit - 32})&1)` : `((${lo(t)}>>>${bit})&1)`;
      return end(branchCond(w, c, `${v}===${(w >>> 24) & 1}`, Number(BigInt.asIntN(14, BigInt(bits(w, 18, 5))))));
    }
    case 'branch_unconditional_register': return end(c.c64 ? null : branchRegister(w, c));
    case 'BR_C_C': case 'BLR_C_C': case 'RET_C_C': return end(emitMorello(def.id, w, c));
    default: return def.cls === 'morello' ? code(emitMorello(def.id, w, c)) : null;
  }
}

