// WebAssembly for A64-state instructions of one code page (the WebAssembly tier's code generator):
// integer data processing, scalar FP, general and SIMD&FP loads/stores, branches. Each emitter
// mirrors the block engine's JavaScript emitter for the same isa/ family (jit-emit-a64.ts), which
// mirrors the interpreter; registers live in i64 locals, NZCV in four i32 locals, SIMD&FP registers
// in the arena's exchange area. An instruction whose run-time preconditions fail (a TLB miss the engine refuses, SP
// misaligned, an indirect branch leaving PCC's window) "bails": the unit returns with the
// instruction's PC before any of its side effects, and the interpreter executes it.
//
// An emitter returns false, before emitting anything, for encodings it does not compile; the unit
// then ends there and the JavaScript engines run that instruction.
import type { InsnDef } from '../../isa/table.js';
import { bits } from '../../isa/table.js';
import { bitfieldMasks, logicalImmediate } from '../a64-integer.js';
import { bigLo, bigHi } from '../u64.js';
import { FunctionBody, Op, I32, I64, F64 } from './encoder.js';
import { TLB_READ, TLB_WRITE, REG_V } from '../../mem/page-arena.js';
import { expandFpImm, vModImmOp } from '../../isa/syntax.js';
import { expandImm } from '../a64-simd-int.js';

/** Function index of the unit module's multiply-high helper. */
export const FN_MULH = 0;

/** Parameters of the unit's run function. */
export const P_ENTRY = 0;
export const P_BUDGET = 1;
export const P_NZCV = 2;
export const P_SPALIGN = 3;

export interface UnitShape {
  /** Address of the code page. */
  readonly pageBase: number;
  /** PCC window [base, limit) the unit is compiled for. */
  readonly window: { readonly base: number; readonly limit: number };
  /** Label index of each instruction slot of the page (-1: not a leader). */
  readonly labelOf: Int32Array;
  /** Number of labels. */
  readonly labels: number;
}

const halves = (v: bigint): [number, number] => {
  const u = BigInt.asUintN(64, v);
  return [bigLo(u), bigHi(u)];
};

/** The i64 and i32 forms of the operations AddWithCarry needs. */
interface Width {
  readonly add: number;
  readonly eqz: number;
  readonly ltU: number;
  readonly leU: number;
  readonly xor: number;
  readonly and: number;
  /** Pushes the constant 1. */
  one(f: FunctionBody): FunctionBody;
  /** The top bit of the value on the stack, as i32. */
  top(f: FunctionBody): FunctionBody;
}
const WIDE: Width = {
  add: Op.i64_add, eqz: Op.i64_eqz, ltU: Op.i64_lt_u, leU: Op.i64_le_u, xor: Op.i64_xor, and: Op.i64_and,
  one: (f) => f.i64(1, 0),
  top: (f) => f.i64(63, 0).op(Op.i64_shr_u).op(Op.i32_wrap_i64),
};
const NARROW: Width = {
  add: Op.i32_add, eqz: Op.i32_eqz, ltU: Op.i32_lt_u, leU: Op.i32_le_u, xor: Op.i32_xor, and: Op.i32_and,
  one: (f) => f.i32(1),
  top: (f) => f.i32(31).op(Op.i32_shr_u),
};

export class A64Wasm {
  readonly f = new FunctionBody(4);
  /** i64 local of each register (31 = SP). */
  private readonly reg: number[] = [];
  readonly used = new Set<number>();
  readonly written = new Set<number>();
  readonly fn: number;
  readonly fz: number;
  readonly fc: number;
  readonly fv: number;
  readonly cnt: number;
  readonly npc: number;
  readonly bailFlag: number;
  /** A scratch i64 local for the unit's dispatcher. */
  readonly scratch64: number;
  private readonly a64: number;
  private readonly b64: number;
  private readonly r64: number;
  readonly addr: number;
  private readonly pn: number;
  private readonly nb: number;
  private readonly a32: number;
  private readonly b32: number;
  private readonly r32: number;
  private readonly ent: number;
  private readonly off: number;
  private readonly po: number;
  /** FPSR.IXC raised (i32), and FP temporaries. */
  readonly ixc: number;
  /** The TLB a miss was in (1 read, 2 write; 0 none) and the address in `addr`. */
  readonly miss: number;
  private readonly fa: number;
  private readonly fb: number;
  private readonly fr: number;
  private readonly fe: number;
  private readonly fq: number;
  private readonly fh: number;
  private readonly fl: number;
  private readonly gh: number;
  private readonly gl: number;
  /** The unit reads or writes SIMD&FP registers (exchanged through the arena at REG_V). */
  usesV = false;

  /** Address of the instruction being emitted. */
  pc = 0;
  /** Instructions retired on the current path since the count was last committed. */
  pending = 0;
  /** Label segment the code is in, and blocks/ifs opened inside the instruction. */
  seg = 0;
  nest = 0;

  constructor(readonly shape: UnitShape | null) {
    for (let r = 0; r < 32; r++) this.reg.push(this.f.local(I64));
    this.fn = this.f.local(I32);
    this.fz = this.f.local(I32);
    this.fc = this.f.local(I32);
    this.fv = this.f.local(I32);
    this.cnt = this.f.local(I32);
    this.bailFlag = this.f.local(I32);
    this.npc = this.f.local(I64);
    this.scratch64 = this.f.local(I64);
    this.a64 = this.f.local(I64);
    this.b64 = this.f.local(I64);
    this.r64 = this.f.local(I64);
    this.addr = this.f.local(I64);
    this.pn = this.f.local(I64);
    this.nb = this.f.local(I64);
    this.a32 = this.f.local(I32);
    this.b32 = this.f.local(I32);
    this.r32 = this.f.local(I32);
    this.ent = this.f.local(I32);
    this.off = this.f.local(I32);
    this.po = this.f.local(I32);
    this.ixc = this.f.local(I32);
    this.miss = this.f.local(I32);
    this.fa = this.f.local(F64);
    this.fb = this.f.local(F64);
    this.fr = this.f.local(F64);
    this.fe = this.f.local(F64);
    this.fq = this.f.local(F64);
    this.fh = this.f.local(F64);
    this.fl = this.f.local(F64);
    this.gh = this.f.local(F64);
    this.gl = this.f.local(F64);
  }

  /** Pushes the i64 constant v (an address) on this body or another. */
  konstInto(v: number): void {
    this.konst(BigInt(v));
  }
  konstOn(body: FunctionBody, v: number): void {
    const [l, h] = halves(BigInt(v));
    body.i64(l, h);
  }

  /** Commits the pending count (control falls into a label). */
  flushPending(): void {
    this.commit(this.pending);
    this.pending = 0;
  }

  regLocal(r: number): number {
    return this.reg[r]!;
  }

  // ------------------------------------------------------------ control
  private get labels(): number {
    return this.shape?.labels ?? 1;
  }
  /** Branch depth of the unit's exit block, of the dispatch loop, and of label m. */
  private exitDepth(): number {
    return this.labels - this.seg + this.nest;
  }
  private loopDepth(): number {
    return this.labels - 1 - this.seg + this.nest;
  }

  private open(kind: 'if' | 'block'): void {
    if (kind === 'if') this.f.if();
    else this.f.block();
    this.nest++;
  }
  private close(): void {
    this.f.end();
    this.nest--;
  }

  /** Adds k instructions to the count. */
  private commit(k: number): void {
    if (k === 0) return;
    this.f.get(this.cnt).i32(k).op(Op.i32_add).set(this.cnt);
  }

  /** Returns to JavaScript with the next PC already in npc (after committing). */
  private exitNow(): void {
    this.f.br(this.exitDepth());
  }

  private setNpc(target: number): void {
    const [l, h] = halves(BigInt(target));
    this.f.i64(l, h).set(this.npc);
  }

  /** Leaves before this instruction: the interpreter runs it. */
  bail(): void {
    this.commit(this.pending);
    this.setNpc(this.pc);
    this.f.i32(1).set(this.bailFlag);
    this.exitNow();
  }

  /** Leaves before this instruction without a bail: the JavaScript engines continue at it. */
  stopHere(): void {
    this.commit(this.pending);
    this.pending = 0;
    this.setNpc(this.pc);
    this.exitNow();
  }

  /** Continues at the constant address `target` after this instruction retired (count
   *  committed): inside the unit directly (forward) or through the dispatcher (backward, budget
   *  checked); outside it by returning. A target outside PCC's window bails (checked here:
   *  compiled code is dropped when the window changes). */
  private goto(target: number): void {
    const s = this.shape;
    if (s === null) {
      this.f.br(0);
      return;
    }
    const inPage = target >= s.pageBase && target < s.pageBase + 4096;
    const m = inPage ? s.labelOf[(target - s.pageBase) >> 2]! : -1;
    if (m >= 0 && target > this.pc && m > this.seg) {
      this.f.br(m - this.seg - 1 + this.nest);
      return;
    }
    this.setNpc(target);
    if (m >= 0) {
      this.budgetCheck();
      this.f.br(this.loopDepth());
    } else this.exitNow();
  }

  private budgetCheck(): void {
    this.f.get(this.cnt).get(P_BUDGET).op(Op.i32_gt_s).brIf(this.exitDepth());
  }

  /** A taken branch to a constant target (the instruction retires). */
  private jump(target: number): void {
    const w = this.shape?.window;
    if (w !== undefined && (target < w.base || target + 4 > w.limit)) {
      this.bail();
      return;
    }
    this.commit(this.pending + 1);
    this.goto(target);
  }

  // ------------------------------------------------------------ registers
  /** Pushes register r as i64 (31: XZR reads 0 unless `sp`). */
  private rd(r: number, sp = false): void {
    if (r === 31 && !sp) {
      this.f.i64(0, 0);
      return;
    }
    this.used.add(r);
    this.f.get(this.reg[r]!);
  }
  private rd32(r: number, sp = false): void {
    if (r === 31 && !sp) {
      this.f.i32(0);
      return;
    }
    this.rd(r, sp);
    this.f.op(Op.i32_wrap_i64);
  }
  /** Pops an i64 into register d (31: discarded unless `sp`). */
  private wr(d: number, sp = false): void {
    if (d === 31 && !sp) {
      this.f.op(Op.drop);
      return;
    }
    this.used.add(d);
    this.written.add(d);
    this.f.set(this.reg[d]!);
  }
  private wr32(d: number, sp = false): void {
    this.f.op(Op.i64_extend_i32_u);
    this.wr(d, sp);
  }
  private konst(v: bigint): void {
    const [l, h] = halves(v);
    this.f.i64(l, h);
  }

  // ------------------------------------------------------------ flags
  /** Sail ConditionHolds as an i32 0/1 on the stack. */
  private cond(c: number): void {
    const f = this.f;
    switch (c >> 1) {
      case 0: f.get(this.fz); break;
      case 1: f.get(this.fc); break;
      case 2: f.get(this.fn); break;
      case 3: f.get(this.fv); break;
      case 4: f.get(this.fc).get(this.fz).i32(1).op(Op.i32_xor).op(Op.i32_and); break;
      case 5: f.get(this.fn).get(this.fv).op(Op.i32_eq); break;
      case 6: f.get(this.fn).get(this.fv).op(Op.i32_eq).get(this.fz).i32(1).op(Op.i32_xor).op(Op.i32_and); break;
      default: f.i32(1); return;
    }
    if (c & 1) f.i32(1).op(Op.i32_xor);
  }

  private setFlags(n: number, z: number, c: number, v: number): void {
    this.f.i32(n).set(this.fn).i32(z).set(this.fz).i32(c).set(this.fc).i32(v).set(this.fv);
  }

  /** Sail AddWithCarry of a and b (b already inverted for subtraction) and the carry in, both
   *  pushed by the callers' closures; leaves the result (i64, or i32 when !sf) on the stack. */
  private addCarry(sf: boolean, a: () => void, b: () => void, cin: 0 | 1 | 'C', flags: boolean): void {
    const f = this.f;
    const W = sf ? WIDE : NARROW;
    const [ta, tb, tr] = sf ? [this.a64, this.b64, this.r64] : [this.a32, this.b32, this.r32];
    a();
    f.tee(ta);
    b();
    f.tee(tb).op(W.add);
    if (cin === 1) W.one(f).op(W.add);
    else if (cin === 'C') {
      f.get(this.fc);
      if (sf) f.op(Op.i64_extend_i32_u);
      f.op(W.add);
    }
    f.set(tr);
    if (flags) {
      W.top(f.get(tr)).set(this.fn);
      f.get(tr).op(W.eqz).set(this.fz);
      // carry out: r < a, or r <= a with a carry in (selected by C for ADC/SBC)
      const lt = (): void => void f.get(tr).get(ta).op(W.ltU);
      const le = (): void => void f.get(tr).get(ta).op(W.leU);
      if (cin === 0) lt();
      else if (cin === 1) le();
      else {
        le();
        lt();
        f.get(this.fc).op(Op.select);
      }
      f.set(this.fc);
      W.top(f.get(ta).get(tr).op(W.xor).get(tb).get(tr).op(W.xor).op(W.and)).set(this.fv);
    }
    f.get(tr);
  }

  /** N and Z of a logical result on the stack (kept there); C = V = 0. */
  private logicalFlags(sf: boolean): void {
    const f = this.f;
    if (sf) {
      f.tee(this.r64).i64(63, 0).op(Op.i64_shr_u).op(Op.i32_wrap_i64).set(this.fn);
      f.get(this.r64).op(Op.i64_eqz).set(this.fz).get(this.r64);
    } else {
      f.tee(this.r32).i32(31).op(Op.i32_shr_u).set(this.fn);
      f.get(this.r32).op(Op.i32_eqz).set(this.fz).get(this.r32);
    }
    f.i32(0).set(this.fc).i32(0).set(this.fv);
  }

  // ------------------------------------------------------------ operands
  /** Sail ShiftReg(m, type, amount) pushed (i64 when sf, else i32). */
  private shifted(m: number, type: number, amount: number, sf: boolean): void {
    const f = this.f;
    if (sf) {
      this.rd(m);
      if (amount === 0) return;
      f.i64(amount, 0).op([Op.i64_shl, Op.i64_shr_u, Op.i64_shr_s, Op.i64_rotr][type]!);
    } else {
      this.rd32(m);
      if (amount === 0) return;
      f.i32(amount).op([Op.i32_shl, Op.i32_shr_u, Op.i32_shr_s, Op.i32_rotr][type]!);
    }
  }

  /** Sail ExtendReg(m, type, shift) as i64. */
  private extended(m: number, type: number, shift: number): void {
    const f = this.f;
    this.rd(m);
    switch (type) {
      case 0: f.i64(0xff, 0).op(Op.i64_and); break;
      case 1: f.i64(0xffff, 0).op(Op.i64_and); break;
      case 2: f.i64(0xffffffff, 0).op(Op.i64_and); break;
      case 4: f.op(Op.i64_extend8_s); break;
      case 5: f.op(Op.i64_extend16_s); break;
      case 6: f.op(Op.i64_extend32_s); break;
      default: break;
    }
    if (shift > 0) f.i64(shift, 0).op(Op.i64_shl);
  }

  // ------------------------------------------------------------ integer data processing
  private addSubImm(w: number): boolean {
    const sf = w >>> 31 === 1;
    const sub = (w >>> 30) & 1;
    const S = ((w >>> 29) & 1) === 1;
    const imm = BigInt(bits(w, 21, 10)) << (bits(w, 22, 22) ? 12n : 0n);
    const n = bits(w, 9, 5);
    if (sf) this.addCarry(true, () => this.rd(n, true), () => this.konst(sub ? ~imm : imm), sub ? 1 : 0, S);
    else this.addCarry(false, () => this.rd32(n, true), () => void this.f.i32(Number(sub ? ~imm & 0xffffffffn : imm) | 0), sub ? 1 : 0, S);
    if (sf) this.wr(w & 31, !S);
    else this.wr32(w & 31, !S);
    return true;
  }

  private addSubShifted(w: number): boolean {
    const sf = w >>> 31 === 1;
    const shift = bits(w, 23, 22);
    const amount = bits(w, 15, 10);
    if (shift === 3 || (!sf && amount >= 32)) return false;
    const m = bits(w, 20, 16);
    const n = bits(w, 9, 5);
    const sub = (w >>> 30) & 1;
    const S = ((w >>> 29) & 1) === 1;
    const b = (): void => {
      this.shifted(m, shift, amount, sf);
      if (sub) sf ? this.f.i64(-1, -1).op(Op.i64_xor) : this.f.i32(-1).op(Op.i32_xor);
    };
    this.addCarry(sf, () => (sf ? this.rd(n) : this.rd32(n)), b, sub ? 1 : 0, S);
    if (sf) this.wr(w & 31);
    else this.wr32(w & 31);
    return true;
  }

  private addSubExtended(w: number): boolean {
    const sf = w >>> 31 === 1;
    const shift = bits(w, 12, 10);
    if (shift > 4) return false;
    const sub = (w >>> 30) & 1;
    const S = ((w >>> 29) & 1) === 1;
    const n = bits(w, 9, 5);
    const b = (): void => {
      this.extended(bits(w, 20, 16), bits(w, 15, 13), shift);
      if (!sf) this.f.op(Op.i32_wrap_i64);
      if (sub) sf ? this.f.i64(-1, -1).op(Op.i64_xor) : this.f.i32(-1).op(Op.i32_xor);
    };
    this.addCarry(sf, () => (sf ? this.rd(n, true) : this.rd32(n, true)), b, sub ? 1 : 0, S);
    if (sf) this.wr(w & 31, !S);
    else this.wr32(w & 31, !S);
    return true;
  }

  private addSubCarry(w: number): boolean {
    const sf = w >>> 31 === 1;
    const sub = (w >>> 30) & 1;
    const S = ((w >>> 29) & 1) === 1;
    const m = bits(w, 20, 16);
    const n = bits(w, 9, 5);
    const b = (): void => {
      if (sf) {
        this.rd(m);
        if (sub) this.f.i64(-1, -1).op(Op.i64_xor);
      } else {
        this.rd32(m);
        if (sub) this.f.i32(-1).op(Op.i32_xor);
      }
    };
    this.addCarry(sf, () => (sf ? this.rd(n) : this.rd32(n)), b, 'C', S);
    if (sf) this.wr(w & 31);
    else this.wr32(w & 31);
    return true;
  }

  private logicalShifted(w: number): boolean {
    const sf = w >>> 31 === 1;
    const amount = bits(w, 15, 10);
    if (!sf && amount >= 32) return false;
    const opc = bits(w, 30, 29);
    const m = bits(w, 20, 16);
    const n = bits(w, 9, 5);
    const f = this.f;
    if (sf) this.rd(n);
    else this.rd32(n);
    this.shifted(m, bits(w, 23, 22), amount, sf);
    if ((w >>> 21) & 1) sf ? f.i64(-1, -1).op(Op.i64_xor) : f.i32(-1).op(Op.i32_xor);
    f.op(sf ? [Op.i64_and, Op.i64_or, Op.i64_xor, Op.i64_and][opc]! : [Op.i32_and, Op.i32_or, Op.i32_xor, Op.i32_and][opc]!);
    if (opc === 3) this.logicalFlags(sf);
    if (sf) this.wr(w & 31);
    else this.wr32(w & 31);
    return true;
  }

  private logicalImm(w: number): boolean {
    const sf = w >>> 31 === 1;
    const imm = logicalImmediate(w);
    if (imm === null) return false;
    const opc = bits(w, 30, 29);
    const n = bits(w, 9, 5);
    const f = this.f;
    if (sf) {
      this.rd(n);
      this.konst(imm);
      f.op([Op.i64_and, Op.i64_or, Op.i64_xor, Op.i64_and][opc]!);
    } else {
      this.rd32(n);
      f.i32(Number(imm) | 0);
      f.op([Op.i32_and, Op.i32_or, Op.i32_xor, Op.i32_and][opc]!);
    }
    if (opc === 3) this.logicalFlags(sf);
    if (sf) this.wr(w & 31, opc !== 3);
    else this.wr32(w & 31, opc !== 3);
    return true;
  }

  private moveWide(w: number): boolean {
    const sf = w >>> 31 === 1;
    const hw = bits(w, 22, 21);
    const opc = bits(w, 30, 29);
    if ((!sf && hw >= 2) || opc === 1) return false;
    const d = w & 31;
    const imm = BigInt(bits(w, 20, 5)) << BigInt(hw * 16);
    const mask = sf ? 0xffffffffffffffffn : 0xffffffffn;
    if (opc === 3) {
      // MOVK: replace one 16-bit field
      this.rd(d);
      this.konst(~(0xffffn << BigInt(hw * 16)) & mask);
      this.f.op(Op.i64_and);
      this.konst(imm);
      this.f.op(Op.i64_or);
      this.wr(d);
      return true;
    }
    this.konst(opc === 0 ? ~imm & mask : imm);
    this.wr(d);
    return true;
  }

  private bitfield(w: number): boolean {
    const sf = w >>> 31 === 1;
    const opc = bits(w, 30, 29);
    const masks = bitfieldMasks(w);
    if (masks === null || opc === 3) return false;
    const immr = bits(w, 21, 16);
    const imms = bits(w, 15, 10);
    const n = bits(w, 9, 5);
    const d = w & 31;
    const f = this.f;
    const all = sf ? 0xffffffffffffffffn : 0xffffffffn;
    const wm = masks.wmask & all;
    const tm = masks.tmask & all;
    // everything in i64; 32-bit forms rotate the low word and keep the result's high half 0
    const ror = (): void => {
      if (sf) {
        this.rd(n);
        if (immr !== 0) f.i64(immr, 0).op(Op.i64_rotr);
      } else {
        this.rd32(n);
        if (immr !== 0) f.i32(immr).op(Op.i32_rotr);
        f.op(Op.i64_extend_i32_u);
      }
    };
    if (opc === 2) {
      ror();
      this.konst(wm & tm);
      f.op(Op.i64_and);
      this.wr(d);
      return true;
    }
    // bot = (dst AND NOT wmask) OR (ROR(src) AND wmask); dst = 0 for SBFM
    ror();
    this.konst(wm);
    f.op(Op.i64_and);
    if (opc === 1) {
      this.rd(d);
      this.konst(~wm & all);
      f.op(Op.i64_and).op(Op.i64_or);
    }
    this.konst(tm);
    f.op(Op.i64_and);
    // top = replicated bit imms of src (SBFM) or dst (BFM)
    if (opc === 0) {
      this.rd(n);
      f.i64(imms, 0).op(Op.i64_shr_u).i64(1, 0).op(Op.i64_and);
      f.i64(0, 0).op(Op.i64_xor).set(this.r64);
      f.i64(0, 0).get(this.r64).op(Op.i64_sub); // 0 or all ones
    } else this.rd(d);
    this.konst(~tm & all);
    f.op(Op.i64_and).op(Op.i64_or);
    this.wr(d);
    return true;
  }

  private extract(w: number): boolean {
    const sf = w >>> 31 === 1;
    const lsb = bits(w, 15, 10);
    if ((sf ? 1 : 0) !== bits(w, 22, 22) || (!sf && lsb >= 32)) return false;
    const n = bits(w, 9, 5);
    const m = bits(w, 20, 16);
    const f = this.f;
    if (sf) {
      this.rd(m);
      if (lsb !== 0) {
        f.i64(lsb, 0).op(Op.i64_shr_u);
        this.rd(n);
        f.i64(64 - lsb, 0).op(Op.i64_shl).op(Op.i64_or);
      }
      this.wr(w & 31);
    } else {
      this.rd32(m);
      if (lsb !== 0) {
        f.i32(lsb).op(Op.i32_shr_u);
        this.rd32(n);
        f.i32(32 - lsb).op(Op.i32_shl).op(Op.i32_or);
      }
      this.wr32(w & 31);
    }
    return true;
  }

  private shiftVariable(w: number): boolean {
    const sf = w >>> 31 === 1;
    const type = bits(w, 11, 10);
    const n = bits(w, 9, 5);
    const m = bits(w, 20, 16);
    // WebAssembly shift counts are taken modulo the width, as Sail's UInt(m) MOD datasize
    if (sf) {
      this.rd(n);
      this.rd(m);
      this.f.op([Op.i64_shl, Op.i64_shr_u, Op.i64_shr_s, Op.i64_rotr][type]!);
      this.wr(w & 31);
    } else {
      this.rd32(n);
      this.rd32(m);
      this.f.op([Op.i32_shl, Op.i32_shr_u, Op.i32_shr_s, Op.i32_rotr][type]!);
      this.wr32(w & 31);
    }
    return true;
  }

  private condSelect(w: number): boolean {
    const sf = w >>> 31 === 1;
    const n = bits(w, 9, 5);
    const m = bits(w, 20, 16);
    const f = this.f;
    this.rd(n);
    this.rd(m);
    if ((w >>> 30) & 1) f.i64(-1, -1).op(Op.i64_xor); // CSINV/CSNEG
    if ((w >>> 10) & 1) f.i64(1, 0).op(Op.i64_add); // CSINC/CSNEG
    this.cond(bits(w, 15, 12));
    f.op(Op.select);
    if (!sf) f.i64(0xffffffff, 0).op(Op.i64_and);
    this.wr(w & 31);
    return true;
  }

  private condCompare(w: number, imm: boolean): boolean {
    const sf = w >>> 31 === 1;
    const sub = (w >>> 30) & 1;
    const n = bits(w, 9, 5);
    const m = bits(w, 20, 16);
    const nzcv = w & 15;
    const f = this.f;
    this.cond(bits(w, 15, 12));
    this.open('if');
    const b = (): void => {
      if (sf) {
        if (imm) f.i64(m, 0);
        else this.rd(m);
        if (sub) f.i64(-1, -1).op(Op.i64_xor);
      } else {
        if (imm) f.i32(m);
        else this.rd32(m);
        if (sub) f.i32(-1).op(Op.i32_xor);
      }
    };
    this.addCarry(sf, () => (sf ? this.rd(n) : this.rd32(n)), b, sub ? 1 : 0, true);
    f.op(Op.drop);
    f.else();
    this.setFlags((nzcv >> 3) & 1, (nzcv >> 2) & 1, (nzcv >> 1) & 1, nzcv & 1);
    this.close();
    return true;
  }

  private mulAddSub(w: number): boolean {
    const sf = w >>> 31 === 1;
    const n = bits(w, 9, 5);
    const m = bits(w, 20, 16);
    const a = bits(w, 14, 10);
    const sub = (w >>> 15) & 1;
    const f = this.f;
    if (sf) {
      this.rd(a);
      this.rd(n);
      this.rd(m);
      f.op(Op.i64_mul).op(sub ? Op.i64_sub : Op.i64_add);
      this.wr(w & 31);
    } else {
      this.rd32(a);
      this.rd32(n);
      this.rd32(m);
      f.op(Op.i32_mul).op(sub ? Op.i32_sub : Op.i32_add);
      this.wr32(w & 31);
    }
    return true;
  }

  private mulWiden(w: number): boolean {
    const u = (w >>> 23) & 1;
    const n = bits(w, 9, 5);
    const m = bits(w, 20, 16);
    const a = bits(w, 14, 10);
    const sub = (w >>> 15) & 1;
    const f = this.f;
    const ext = u ? Op.i64_extend_i32_u : Op.i64_extend_i32_s;
    this.rd(a);
    this.rd32(n);
    f.op(ext);
    this.rd32(m);
    f.op(ext).op(Op.i64_mul).op(sub ? Op.i64_sub : Op.i64_add);
    this.wr(w & 31);
    return true;
  }

  private mulHigh(w: number): boolean {
    this.rd(bits(w, 9, 5));
    this.rd(bits(w, 20, 16));
    this.f.i32((w >>> 23) & 1 ? 0 : 1).call(FN_MULH);
    this.wr(w & 31);
    return true;
  }

  private divide(w: number): boolean {
    const sf = w >>> 31 === 1;
    const signed = ((w >>> 10) & 1) === 1;
    const n = bits(w, 9, 5);
    const m = bits(w, 20, 16);
    const f = this.f;
    // Sail: a zero divisor gives 0; INT_MIN / -1 wraps to INT_MIN (= 0 - n), which
    // WebAssembly's division would trap on.
    if (sf) {
      this.rd(m);
      f.tee(this.b64).op(Op.i64_eqz);
      f.if(I64).i64(0, 0).else();
      if (signed) {
        f.get(this.b64).i64(-1, -1).op(Op.i64_eq).if(I64).i64(0, 0);
        this.rd(n);
        f.op(Op.i64_sub).else();
        this.rd(n);
        f.get(this.b64).op(Op.i64_div_s).end();
      } else {
        this.rd(n);
        f.get(this.b64).op(Op.i64_div_u);
      }
      f.end();
      this.wr(w & 31);
    } else {
      this.rd32(m);
      f.tee(this.b32).op(Op.i32_eqz);
      f.if(I32).i32(0).else();
      if (signed) {
        f.get(this.b32).i32(-1).op(Op.i32_eq).if(I32).i32(0);
        this.rd32(n);
        f.op(Op.i32_sub).else();
        this.rd32(n);
        f.get(this.b32).op(Op.i32_div_s).end();
      } else {
        this.rd32(n);
        f.get(this.b32).op(Op.i32_div_u);
      }
      f.end();
      this.wr32(w & 31);
    }
    return true;
  }

  private countLeading(w: number): boolean {
    const sf = w >>> 31 === 1;
    const cls = (w >>> 10) & 1;
    const n = bits(w, 9, 5);
    const f = this.f;
    if (sf) {
      this.rd(n);
      if (cls) {
        f.tee(this.a64);
        f.get(this.a64).i64(63, 0).op(Op.i64_shr_s).op(Op.i64_xor).op(Op.i64_clz).i64(1, 0).op(Op.i64_sub);
      } else f.op(Op.i64_clz);
      this.wr(w & 31);
    } else {
      this.rd32(n);
      if (cls) {
        f.tee(this.a32);
        f.get(this.a32).i32(31).op(Op.i32_shr_s).op(Op.i32_xor).op(Op.i32_clz).i32(1).op(Op.i32_sub);
      } else f.op(Op.i32_clz);
      this.wr32(w & 31);
    }
    return true;
  }

  private pcRelative(w: number, page: boolean): boolean {
    const imm = BigInt.asIntN(21, BigInt((bits(w, 23, 5) << 2) | bits(w, 30, 29)));
    const base = page ? BigInt(this.pc) & ~0xfffn : BigInt(this.pc);
    this.konst(base + (page ? imm << 12n : imm));
    this.wr(w & 31);
    return true;
  }

  // ------------------------------------------------------------ loads and stores
  /** Translates `span` bytes at the address in `addr` through the unit's TLB; leaves `off` = arena
   *  offset of the first byte and `po` = offset in the page. A miss leaves the unit before the
   *  instruction (`miss` says which TLB): the interpreter runs it, and the tier offers the page to
   *  the TLB with the engine's fill rules (unmapped, devices, outside DDC's window for this access,
   *  watched for writes are refused). No call and no merge on the fast path. */
  private translate(span: number, store: boolean): void {
    const f = this.f;
    f.get(this.addr).op(Op.i32_wrap_i64).i32(4095).op(Op.i32_and).tee(this.po);
    if (span > 1) {
      f.i32(4096 - span).op(Op.i32_gt_u);
      this.open('if');
      this.bail();
      this.close();
    } else f.op(Op.drop);
    f.get(this.addr).i64(12, 0).op(Op.i64_shr_u).tee(this.pn).op(Op.i32_wrap_i64).i32(255).op(Op.i32_and).i32(4).op(Op.i32_shl);
    f.i32(store ? TLB_WRITE : TLB_READ).op(Op.i32_add).tee(this.ent);
    f.mem(Op.i64_load, 3, 0).get(this.pn).op(Op.i64_ne);
    this.open('if');
    f.i32(store ? 2 : 1).set(this.miss);
    this.bail();
    this.close();
    f.get(this.ent).mem(Op.i32_load, 2, 8).get(this.po).op(Op.i32_add).set(this.off);
    if (store) {
      // every granule the store touches loses its tag (Sail __WriteMem): the first and last
      f.get(this.ent).mem(Op.i32_load, 2, 12).tee(this.b32);
      f.get(this.po).i32(4).op(Op.i32_shr_u).op(Op.i32_add).i32(0).mem(Op.i32_store8, 0, 0);
      f.get(this.b32).get(this.po).i32(span - 1).op(Op.i32_add).i32(4).op(Op.i32_shr_u).op(Op.i32_add).i32(0).mem(Op.i32_store8, 0, 0);
    }
  }

  /** Sail BaseReg_read for A64: SP must be 16-byte aligned when checking is on. */
  private baseCheck(n: number): void {
    if (n !== 31) return;
    this.f.get(P_SPALIGN);
    this.rd(31, true);
    this.f.op(Op.i32_wrap_i64).i32(15).op(Op.i32_and).op(Op.i32_and);
    this.open('if');
    this.bail();
    this.close();
  }

  /** nb = X[n] + offset (pushed by `offset`); addr = nb, or X[n] for post-index. */
  private baseAddress(n: number, offset: () => void, post: boolean): void {
    this.rd(n, true);
    offset();
    this.f.op(Op.i64_add).set(this.nb);
    if (post) this.rd(n, true);
    else this.f.get(this.nb);
    this.f.set(this.addr);
  }

  private loadInto(t: number, size: number, signed: boolean, regsize: number, at: number): void {
    const f = this.f;
    f.get(this.off);
    if (size === 8) f.mem(Op.i64_load, 0, at);
    else if (!signed) f.mem([Op.i64_load8_u, Op.i64_load16_u, 0, Op.i64_load32_u][size - 1]!, 0, at);
    else if (regsize === 64) f.mem([Op.i64_load8_s, Op.i64_load16_s, 0, Op.i64_load32_s][size - 1]!, 0, at);
    else {
      f.mem(size === 1 ? Op.i32_load8_s : Op.i32_load16_s, 0, at).op(Op.i64_extend_i32_u);
    }
    this.wr(t);
  }

  private storeFrom(t: number, size: number, at: number): void {
    const f = this.f;
    f.get(this.off);
    this.rd(t);
    f.mem([Op.i64_store8, Op.i64_store16, 0, Op.i64_store32, 0, 0, 0, Op.i64_store][size - 1]!, 0, at);
  }

  private single(w: number, offset: () => void, post: boolean, wb: boolean): boolean {
    if (bits(w, 26, 26) === 1) return this.singleVector(w, offset, post, wb);
    const size = 1 << bits(w, 31, 30);
    const opc = bits(w, 23, 22);
    let load: boolean;
    let signed = false;
    let regsize = size === 8 ? 64 : 32;
    if ((opc & 2) === 0) load = (opc & 1) === 1;
    else {
      if (size === 8) {
        if (opc & 1 || wb) return false;
        return true; // PRFM: no effect
      }
      if (size === 4 && opc & 1) return false;
      load = true;
      signed = true;
      regsize = opc & 1 ? 32 : 64;
    }
    const n = bits(w, 9, 5);
    const t = w & 31;
    let writeback = wb;
    if (load && writeback && n === t && n !== 31) writeback = false; // WBSUPPRESS
    this.baseCheck(n);
    this.baseAddress(n, offset, post);
    this.translate(size, !load);
    if (load) this.loadInto(t, size, signed, regsize, 0);
    else this.storeFrom(t, size, 0);
    if (writeback) {
      this.f.get(this.nb);
      this.wr(n, true);
    }
    return true;
  }

  private pair(w: number, mode: 'offset' | 'pre' | 'post'): boolean {
    if (bits(w, 26, 26) === 1) return this.pairVector(w, mode);
    const n = bits(w, 9, 5);
    const t = w & 31;
    const t2 = bits(w, 14, 10);
    const load = bits(w, 22, 22) === 1;
    const opc = bits(w, 31, 30);
    if (opc === 3 || (opc === 1 && !load) || (load && t === t2)) return false;
    const signed = opc === 1;
    const size = opc === 2 ? 8 : 4;
    let wback = mode !== 'offset';
    if (wback && load && (t === n || t2 === n) && n !== 31) wback = false;
    const imm = BigInt.asIntN(7, BigInt(bits(w, 21, 15))) * BigInt(size);
    this.baseCheck(n);
    this.baseAddress(n, () => this.konst(imm), mode === 'post');
    this.translate(2 * size, !load);
    const rs = signed ? 64 : size * 8;
    if (load) {
      this.loadInto(t, size, signed, rs, 0);
      this.loadInto(t2, size, signed, rs, size);
    } else {
      this.storeFrom(t, size, 0);
      this.storeFrom(t2, size, size);
    }
    if (wback) {
      this.f.get(this.nb);
      this.wr(n, true);
    }
    return true;
  }

  private registerOffset(w: number): boolean {
    const option = bits(w, 15, 13);
    if ((option & 2) === 0) return false;
    const scale = bits(w, 26, 26) ? (bits(w, 23, 23) << 2) | bits(w, 31, 30) : bits(w, 31, 30);
    if (scale > 4) return false;
    const shift = bits(w, 12, 12) ? scale : 0;
    const m = bits(w, 20, 16);
    return this.single(w, () => this.extended(m, option, shift), false, false);
  }


  // ------------------------------------------------------------ scalar floating point
  // The block engine's exact fast paths (JitRuntime.addD …, which cite the rules): FPCR plain
  // round-to-nearest (the tier declines units with FP code otherwise); operands and results where
  // IEEE binary64 arithmetic gives Arm's result bit for bit, FPSR.IXC computed exactly from the
  // rounding error; NaN, infinity, overflow, possible underflow and huge operands bail.

  /** Pushes S/D register n as f64 (a single is exact in double). */
  private rdF(k: 'S' | 'D', n: number): void {
    this.usesV = true;
    this.f.i32(0);
    if (k === 'D') this.f.mem(Op.f64_load, 3, REG_V + 16 * n);
    else this.f.mem(Op.f32_load, 2, REG_V + 16 * n).op(Op.f64_promote_f32);
  }

  /** Writes f64 local x to S/D register d (a single: x is exactly representable), the rest of the
   *  register zeroed. */
  private wrF(k: 'S' | 'D', d: number, x: number): void {
    this.usesV = true;
    const f = this.f;
    if (k === 'D') f.i32(0).get(x).mem(Op.f64_store, 3, REG_V + 16 * d);
    else f.i32(0).get(x).op(Op.f32_demote_f64).mem(Op.f32_store, 2, REG_V + 16 * d).i32(0).i32(0).mem(Op.i32_store, 2, REG_V + 16 * d + 4);
    f.i32(0).i64(0, 0).mem(Op.i64_store, 3, REG_V + 16 * d + 8);
  }

  /** Writes the i64 on the stack (bits; a single's in the low word) to register d, rest zeroed. */
  private wrBits(d: number): void {
    this.usesV = true;
    this.f.set(this.b64).i32(0).get(this.b64).mem(Op.i64_store, 3, REG_V + 16 * d).i32(0).i64(0, 0).mem(Op.i64_store, 3, REG_V + 16 * d + 8);
  }

  private rdBits(k: 'S' | 'D', n: number): void {
    this.usesV = true;
    this.f.i32(0).mem(k === 'D' ? Op.i64_load : Op.i64_load32_u, k === 'D' ? 3 : 2, REG_V + 16 * n);
  }

  /** Bails when the i32 on the stack is non-zero. */
  private bailIf(): void {
    this.open('if');
    this.bail();
    this.close();
  }

  /** |x| < bound as i32 (false for NaN). */
  private absBelow(x: number, bound: number): void {
    this.f.get(x).op(Op.f64_abs).f64(bound).op(Op.f64_lt);
  }

  /** Zero, or a magnitude in 2^±400 (JitRuntime.moderate). */
  private moderate(x: number): void {
    const f = this.f;
    f.get(x).f64(0).op(Op.f64_eq);
    f.get(x).op(Op.f64_abs).f64(3.872591914849318e-121).op(Op.f64_gt);
    this.absBelow(x, 2.5822498780869086e120);
    f.op(Op.i32_and).op(Op.i32_or);
  }

  /** Knuth's TwoSum error of a + b rounded to r, pushed. */
  private sumError(a: number, b: number, r: number): void {
    const f = this.f;
    f.get(r).get(a).op(Op.f64_sub).set(this.fq); // bb
    f.get(a).get(r).get(this.fq).op(Op.f64_sub).op(Op.f64_sub);
    f.get(b).get(this.fq).op(Op.f64_sub).op(Op.f64_add);
  }

  /** Dekker's TwoProduct error of a × b rounded to r, pushed. */
  private productError(a: number, b: number, r: number): void {
    const f = this.f;
    const split = (x: number, h: number, l: number): void => {
      f.f64(134217729).get(x).op(Op.f64_mul).tee(this.fq);
      f.get(this.fq).get(x).op(Op.f64_sub).op(Op.f64_sub).tee(h);
      f.get(x).get(h).op(Op.f64_sub).set(l);
      f.op(Op.drop);
    };
    split(a, this.fh, this.fl);
    split(b, this.gh, this.gl);
    f.get(this.fh).get(this.gh).op(Op.f64_mul).get(r).op(Op.f64_sub);
    f.get(this.fh).get(this.gl).op(Op.f64_mul).op(Op.f64_add);
    f.get(this.fl).get(this.gh).op(Op.f64_mul).op(Op.f64_add);
    f.get(this.fl).get(this.gl).op(Op.f64_mul).op(Op.f64_add);
  }

  /** Bails unless the result fr (from r64 for singles) is finite and zero or normal. */
  private resultCheck(k: 'S' | 'D'): void {
    const f = this.f;
    const wide = k === 'D' ? this.fr : this.fe; // tininess judged before rounding to single
    this.absBelow(this.fr, Infinity);
    f.op(Op.i32_eqz);
    f.get(wide).f64(0).op(Op.f64_ne);
    f.get(wide).op(Op.f64_abs).f64(k === 'D' ? 2.2250738585072014e-308 : 1.1754943508222875e-38).op(Op.f64_le).op(Op.i32_and);
    f.op(Op.i32_or);
    this.bailIf();
  }

  private fpKind(w: number): 'S' | 'D' | null {
    const t = bits(w, 23, 22);
    return t === 0 ? 'S' : t === 1 ? 'D' : null;
  }

  /** FADD/FSUB/FMUL/FNMUL/FDIV (JitRuntime.addD, mulD, divD, addS, mulS, divS). */
  private fpBinary(w: number, op: 'add' | 'sub' | 'mul' | 'nmul' | 'div'): boolean {
    const k = this.fpKind(w);
    if (k === null) return false;
    const f = this.f;
    const [a, b, r, e] = [this.fa, this.fb, this.fr, this.fe];
    this.rdF(k, bits(w, 9, 5));
    f.set(a);
    this.rdF(k, bits(w, 20, 16));
    if (op === 'sub') f.op(Op.f64_neg);
    f.set(b);
    // operand checks
    if (k === 'D' && (op === 'add' || op === 'sub')) {
      this.absBelow(a, 1e300);
      this.absBelow(b, 1e300);
      f.op(Op.i32_and);
    } else if (k === 'D') {
      this.moderate(a);
      this.moderate(b);
      f.op(Op.i32_and);
    } else {
      this.absBelow(a, Infinity);
      this.absBelow(b, Infinity);
      f.op(Op.i32_and);
    }
    if (op === 'div') f.get(b).f64(0).op(Op.f64_ne).op(Op.i32_and);
    f.op(Op.i32_eqz);
    this.bailIf();
    // the result (singles: the double result rounded once more, kept in e as r64)
    f.get(a).get(b).op(op === 'add' || op === 'sub' ? Op.f64_add : op === 'div' ? Op.f64_div : Op.f64_mul);
    if (k === 'S') f.tee(e).op(Op.f32_demote_f64).op(Op.f64_promote_f32);
    f.set(r);
    this.resultCheck(k);
    // inexact (i32 pushed)
    if (op === 'add' || op === 'sub') {
      if (k === 'D') {
        this.sumError(a, b, r);
        f.f64(0).op(Op.f64_ne);
      } else {
        f.get(r).get(e).op(Op.f64_ne);
        this.sumError(a, b, e);
        f.f64(0).op(Op.f64_ne).op(Op.i32_or);
      }
    } else if (op === 'div') {
      if (k === 'D') {
        f.get(r).get(b).op(Op.f64_mul).tee(this.fq).get(a).op(Op.f64_ne);
        f.get(this.fq).set(e);
        this.productError(r, b, e);
        f.f64(0).op(Op.f64_ne).op(Op.i32_or);
      } else f.get(r).get(b).op(Op.f64_mul).get(a).op(Op.f64_ne);
    } else if (k === 'D') {
      this.productError(a, b, r);
      f.f64(0).op(Op.f64_ne);
    } else f.get(r).get(e).op(Op.f64_ne);
    f.get(this.ixc).op(Op.i32_or).set(this.ixc);
    if (op === 'nmul') f.get(r).op(Op.f64_neg).set(r);
    this.wrF(k, w & 31, r);
    return true;
  }

  /** FCMP/FCMPE (register or zero) on non-NaN operands (JitRuntime.compare). */
  private fpCompare(w: number): boolean {
    const k = this.fpKind(w);
    if (k === null) return false;
    const f = this.f;
    this.rdF(k, bits(w, 9, 5));
    f.set(this.fa);
    if (bits(w, 3, 3)) f.f64(0);
    else this.rdF(k, bits(w, 20, 16));
    f.set(this.fb);
    f.get(this.fa).get(this.fa).op(Op.f64_ne).get(this.fb).get(this.fb).op(Op.f64_ne).op(Op.i32_or);
    this.bailIf();
    f.get(this.fa).get(this.fb).op(Op.f64_lt).tee(this.fn).i32(1).op(Op.i32_xor).set(this.fc);
    f.get(this.fa).get(this.fb).op(Op.f64_eq).set(this.fz);
    f.i32(0).set(this.fv);
    return true;
  }

  /** FMOV/FABS/FNEG (register): bit operations. */
  private fpUnary(w: number): boolean {
    const k = this.fpKind(w);
    const opc = bits(w, 16, 15);
    if (k === null || opc === 3) return false; // FSQRT: not compiled
    const f = this.f;
    const sign = k === 'D' ? [0, 0x80000000] : [0x80000000, 0];
    this.rdBits(k, bits(w, 9, 5));
    if (opc === 1) f.i64(~sign[0]! | 0, k === 'D' ? 0x7fffffff : 0).op(Op.i64_and);
    else if (opc === 2) f.i64(sign[0]!, sign[1]!).op(Op.i64_xor);
    this.wrBits(w & 31);
    return true;
  }

  private fpMoveImm(w: number): boolean {
    const k = this.fpKind(w);
    if (k === null) return false;
    const v = expandFpImm(bits(w, 20, 13));
    const buf = new DataView(new ArrayBuffer(8));
    if (k === 'D') buf.setFloat64(0, v, true);
    else buf.setFloat32(0, v, true);
    this.f.i64(buf.getUint32(0, true), k === 'D' ? buf.getUint32(4, true) : 0);
    this.wrBits(w & 31);
    return true;
  }

  private fpSelect(w: number): boolean {
    const k = this.fpKind(w);
    if (k === null) return false;
    this.rdBits(k, bits(w, 9, 5));
    this.rdBits(k, bits(w, 20, 16));
    this.cond(bits(w, 15, 12));
    this.f.op(Op.select);
    this.wrBits(w & 31);
    return true;
  }

  /** SCVTF/UCVTF, FCVTZS/FCVTZU and FMOV between general and FP registers (JitRuntime.fromInt,
   *  toInt). */
  private fpConvertInt(w: number): boolean {
    const k = this.fpKind(w);
    if (k === null) return false;
    const sf = w >>> 31 === 1;
    const rmode = bits(w, 20, 19);
    const opcode = bits(w, 18, 16);
    const n = bits(w, 9, 5);
    const d = w & 31;
    const f = this.f;
    if (rmode === 0 && (opcode === 2 || opcode === 3)) { // SCVTF, UCVTF
      const signed = opcode === 2;
      if (sf) {
        // the value must be below 2^52 in magnitude
        this.rd(n);
        if (signed) f.i64(0, 0x100000).op(Op.i64_add);
        f.i64(0, signed ? 0x200000 : 0x100000).op(Op.i64_ge_u);
        this.bailIf();
        this.rd(n);
        f.op(Op.f64_convert_i64_s);
      } else {
        this.rd32(n);
        f.op(signed ? Op.f64_convert_i32_s : Op.f64_convert_i32_u);
      }
      f.set(this.fa);
      if (k === 'S') {
        f.get(this.fa).op(Op.f32_demote_f64).op(Op.f64_promote_f32).tee(this.fr).get(this.fa).op(Op.f64_ne);
        f.get(this.ixc).op(Op.i32_or).set(this.ixc);
        this.wrF('S', d, this.fr);
      } else this.wrF('D', d, this.fa);
      return true;
    }
    if (rmode === 3 && (opcode === 0 || opcode === 1)) { // FCVTZS, FCVTZU
      const signed = opcode === 0;
      const size = sf ? 64 : 32;
      this.rdF(k, n);
      f.tee(this.fa).op(Op.f64_trunc).set(this.fr);
      const lo = signed ? -(2 ** (size - 1)) : 0;
      const hi = signed ? 2 ** (size - 1) - 1 : 2 ** size - 1;
      f.get(this.fr).f64(lo).op(Op.f64_ge).get(this.fr).f64(hi).op(Op.f64_le).op(Op.i32_and);
      this.absBelow(this.fr, 9007199254740992);
      f.op(Op.i32_and).op(Op.i32_eqz);
      this.bailIf();
      f.get(this.fr).get(this.fa).op(Op.f64_ne).get(this.ixc).op(Op.i32_or).set(this.ixc);
      f.get(this.fr).op(Op.i64_trunc_f64_s);
      if (!sf) f.i64(-1, 0).op(Op.i64_and);
      this.wr(d);
      return true;
    }
    if (rmode === 0 && (opcode === 6 || opcode === 7) && (sf ? k === 'D' : k === 'S')) { // FMOV
      if (opcode === 6) {
        this.rdBits(k, n);
        this.wr(d);
      } else {
        this.rd(n);
        if (!sf) f.i64(-1, 0).op(Op.i64_and);
        this.wrBits(d);
      }
      return true;
    }
    return false;
  }

  /** MOVI/MVNI/ORR/BIC/FMOV (vector, immediate) (the block engine's vectorImmediate): the
   *  expanded 64-bit immediate in each half (Q) or the low half (the high half cleared). */
  private vectorImmediate(w: number): boolean {
    const q = bits(w, 30, 30);
    const op = bits(w, 29, 29);
    const cmode = bits(w, 15, 12);
    if (cmode === 15 && op === 1 && q === 0) return false;
    const imm = expandImm(op, cmode, BigInt((bits(w, 18, 16) << 5) | bits(w, 9, 5)));
    const kind = vModImmOp(op, cmode);
    const v = REG_V + 16 * (w & 31);
    const f = this.f;
    this.usesV = true;
    for (const half of q ? [0, 8] : [0]) {
      f.i32(0);
      if (kind === 'orr' || kind === 'bic') {
        f.i32(0).mem(Op.i64_load, 3, v + half);
        this.konst(kind === 'bic' ? ~imm : imm);
        f.op(kind === 'bic' ? Op.i64_and : Op.i64_or);
      } else this.konst(kind === 'mvni' ? ~imm : imm);
      f.mem(Op.i64_store, 3, v + half);
    }
    if (!q) f.i32(0).i64(0, 0).mem(Op.i64_store, 3, v + 8);
    return true;
  }

  /** SIMD&FP register loads/stores of 4, 8 or 16 bytes at `at` past `off`. */
  private loadV(t: number, size: number, at: number): void {
    const f = this.f;
    this.usesV = true;
    const v = REG_V + 16 * t;
    if (size === 4) f.i32(0).get(this.off).mem(Op.i64_load32_u, 0, at).mem(Op.i64_store, 3, v);
    else f.i32(0).get(this.off).mem(Op.i64_load, 0, at).mem(Op.i64_store, 3, v);
    if (size === 16) f.i32(0).get(this.off).mem(Op.i64_load, 0, at + 8).mem(Op.i64_store, 3, v + 8);
    else f.i32(0).i64(0, 0).mem(Op.i64_store, 3, v + 8);
  }

  private storeV(t: number, size: number, at: number): void {
    const f = this.f;
    this.usesV = true;
    const v = REG_V + 16 * t;
    if (size === 4) f.get(this.off).i32(0).mem(Op.i32_load, 2, v).mem(Op.i32_store, 0, at);
    else f.get(this.off).i32(0).mem(Op.i64_load, 3, v).mem(Op.i64_store, 0, at);
    if (size === 16) f.get(this.off).i32(0).mem(Op.i64_load, 3, v + 8).mem(Op.i64_store, 0, at + 8);
  }

  private singleVector(w: number, offset: () => void, post: boolean, wb: boolean): boolean {
    const scale = (bits(w, 23, 23) << 2) | bits(w, 31, 30);
    if (scale < 2 || scale > 4) return false; // B and H registers: not compiled
    const size = 1 << scale;
    const load = bits(w, 22, 22) === 1;
    const n = bits(w, 9, 5);
    this.baseCheck(n);
    this.baseAddress(n, offset, post);
    this.translate(size, !load);
    if (load) this.loadV(w & 31, size, 0);
    else this.storeV(w & 31, size, 0);
    if (wb) {
      this.f.get(this.nb);
      this.wr(n, true);
    }
    return true;
  }

  private pairVector(w: number, mode: 'offset' | 'pre' | 'post'): boolean {
    const n = bits(w, 9, 5);
    const t = w & 31;
    const t2 = bits(w, 14, 10);
    const load = bits(w, 22, 22) === 1;
    const opc = bits(w, 31, 30);
    if (opc === 3 || (load && t === t2)) return false;
    const size = 4 << opc;
    const imm = BigInt.asIntN(7, BigInt(bits(w, 21, 15))) * BigInt(size);
    this.baseCheck(n);
    this.baseAddress(n, () => this.konst(imm), mode === 'post');
    this.translate(2 * size, !load);
    if (load) {
      this.loadV(t, size, 0);
      this.loadV(t2, size, size);
    } else {
      this.storeV(t, size, 0);
      this.storeV(t2, size, size);
    }
    if (mode !== 'offset') {
      this.f.get(this.nb);
      this.wr(n, true);
    }
    return true;
  }

  // ------------------------------------------------------------ branches
  private condBranch(test: () => void, offset: number): boolean {
    test();
    this.open('if');
    this.jump(this.pc + offset * 4);
    this.close();
    this.pending++;
    return true;
  }

  private branchRegister(w: number): boolean {
    const opc = bits(w, 22, 21);
    if (bits(w, 11, 10) !== 0 || (w & 31) !== 0 || ((w >>> 24) & 1) !== 0 || opc === 3) return false;
    const n = bits(w, 9, 5);
    const win = this.shape?.window ?? { base: 0, limit: 4 };
    const f = this.f;
    // target inside PCC's window and 4-aligned, else the interpreter (which faults or leaves)
    this.rd(n);
    f.tee(this.a64).i64(3, 0).op(Op.i64_and).op(Op.i64_eqz);
    f.get(this.a64);
    this.konst(BigInt(win.base));
    f.op(Op.i64_sub);
    this.konst(BigInt(win.limit - win.base - 3));
    f.op(Op.i64_lt_u).op(Op.i32_and).op(Op.i32_eqz);
    this.open('if');
    this.bail();
    this.close();
    if (opc === 1) {
      this.konst(BigInt(this.pc + 4));
      this.wr(30);
    }
    this.commit(this.pending + 1);
    f.get(this.a64).set(this.npc);
    this.budgetCheck();
    f.br(this.loopDepth());
    return true;
  }

  /** Emits instruction `w` at `pc`; false (nothing emitted) when not compiled. `falls` reports
   *  whether execution can continue at pc + 4. */
  emit(def: InsnDef, w: number): { ok: boolean; falls: boolean } {
    const no = { ok: false, falls: false };
    const go = (ok: boolean): { ok: boolean; falls: boolean } => {
      if (ok) this.pending++;
      return { ok, falls: true };
    };
    const end = (ok: boolean): { ok: boolean; falls: boolean } => ({ ok, falls: false });
    switch (def.family) {
      case 'integer_arithmetic_add_sub_immediate': return go(this.addSubImm(w));
      case 'integer_arithmetic_add_sub_shiftedreg': return go(this.addSubShifted(w));
      case 'integer_arithmetic_add_sub_extendedreg': return go(this.addSubExtended(w));
      case 'integer_arithmetic_add_sub_carry': return go(this.addSubCarry(w));
      case 'integer_logical_shiftedreg': return go(this.logicalShifted(w));
      case 'integer_logical_immediate': return go(this.logicalImm(w));
      case 'integer_ins_ext_insert_movewide': return go(this.moveWide(w));
      case 'integer_bitfield': return go(this.bitfield(w));
      case 'integer_ins_ext_extract_immediate': return go(this.extract(w));
      case 'integer_shift_variable': return go(this.shiftVariable(w));
      case 'integer_conditional_select': return go(this.condSelect(w));
      case 'integer_conditional_compare_immediate': return go(this.condCompare(w, true));
      case 'integer_conditional_compare_register': return go(this.condCompare(w, false));
      case 'integer_arithmetic_mul_uniform_add_sub': return go(this.mulAddSub(w));
      case 'integer_arithmetic_mul_widening_32_64': return go(this.mulWiden(w));
      case 'integer_arithmetic_mul_widening_64_128hi': return go(this.mulHigh(w));
      case 'integer_arithmetic_div': return go(this.divide(w));
      case 'integer_arithmetic_cnt': return go(this.countLeading(w));
      case 'ADR_C_I_C': return go(this.pcRelative(w, false));
      case 'ADRP_C_I_C': case 'ADRP_C_IP_C': return go(this.pcRelative(w, true));
      case 'system_hints': case 'system_barriers_dmb': case 'system_barriers_dsb': case 'system_barriers_isb': return go(true);
      case 'memory_single_general_immediate_unsigned': case 'memory_single_simdfp_immediate_unsigned': {
        const scale = bits(w, 26, 26) ? (bits(w, 23, 23) << 2) | bits(w, 31, 30) : bits(w, 31, 30);
        if (scale > 4) return no;
        return go(this.single(w, () => this.konst(BigInt(bits(w, 21, 10)) << BigInt(scale)), false, false));
      }
      case 'memory_single_general_immediate_signed_offset_normal': case 'memory_single_simdfp_immediate_signed_offset_normal':
        return go(this.single(w, () => this.konst(BigInt.asIntN(9, BigInt(bits(w, 20, 12)))), false, false));
      case 'memory_single_general_immediate_signed_pre_idx': case 'memory_single_general_immediate_signed_post_idx':
      case 'memory_single_simdfp_immediate_signed_pre_idx': case 'memory_single_simdfp_immediate_signed_post_idx':
        return go(this.single(w, () => this.konst(BigInt.asIntN(9, BigInt(bits(w, 20, 12)))), def.family.endsWith('post_idx'), true));
      case 'memory_single_general_register': case 'memory_single_simdfp_register': return go(this.registerOffset(w));
      case 'memory_pair_general_offset': case 'memory_pair_general_no_alloc':
      case 'memory_pair_simdfp_offset': case 'memory_pair_simdfp_no_alloc': return go(this.pair(w, 'offset'));
      case 'memory_pair_general_pre_idx': case 'memory_pair_simdfp_pre_idx': return go(this.pair(w, 'pre'));
      case 'memory_pair_general_post_idx': case 'memory_pair_simdfp_post_idx': return go(this.pair(w, 'post'));
      case 'float_arithmetic_add_sub': return go(this.fpBinary(w, (w >>> 12) & 1 ? 'sub' : 'add'));
      case 'float_arithmetic_mul_product': return go(this.fpBinary(w, (w >>> 15) & 1 ? 'nmul' : 'mul'));
      case 'float_arithmetic_div': return go(this.fpBinary(w, 'div'));
      case 'float_compare_uncond': return go(this.fpCompare(w));
      case 'float_arithmetic_unary': return go(this.fpUnary(w));
      case 'float_move_fp_imm': return go(this.fpMoveImm(w));
      case 'float_move_fp_select': return go(this.fpSelect(w));
      case 'float_convert_int': return go(this.fpConvertInt(w));
      case 'vector_logical': return go(this.vectorImmediate(w));
      case 'branch_unconditional_immediate': {
        const target = this.pc + Number(BigInt.asIntN(26, BigInt(w & 0x3ffffff))) * 4;
        if ((w >>> 31) & 1) {
          this.konst(BigInt(this.pc + 4)); // BL: X30 = PC + 4 (the tier runs only without PCCBO)
          this.wr(30);
        }
        this.jump(target);
        return end(true);
      }
      case 'branch_conditional_cond': {
        const c = w & 15;
        return { ok: this.condBranch(() => this.cond(c), Number(BigInt.asIntN(19, BigInt(bits(w, 23, 5))))), falls: true };
      }
      case 'branch_conditional_compare': {
        const t = w & 31;
        const sf = w >>> 31 === 1;
        const test = (): void => {
          if (sf) {
            this.rd(t);
            this.f.op(Op.i64_eqz);
          } else {
            this.rd32(t);
            this.f.op(Op.i32_eqz);
          }
          if ((w >>> 24) & 1) this.f.op(Op.i32_eqz);
        };
        return { ok: this.condBranch(test, Number(BigInt.asIntN(19, BigInt(bits(w, 23, 5))))), falls: true };
      }
      case 'branch_conditional_test': {
        const t = w & 31;
        const bit = (bits(w, 31, 31) << 5) | bits(w, 23, 19);
        const test = (): void => {
          this.rd(t);
          this.f.i64(bit, 0).op(Op.i64_shr_u).i64(1, 0).op(Op.i64_and).op(Op.i64_eqz);
          if ((w >>> 24) & 1) this.f.op(Op.i32_eqz);
        };
        return { ok: this.condBranch(test, Number(BigInt.asIntN(14, BigInt(bits(w, 18, 5))))), falls: true };
      }
      case 'branch_unconditional_register': {
        const opc = bits(w, 22, 21);
        return { ok: this.branchRegister(w), falls: opc === 1 };
      }
      default: return no;
    }
  }

  /** Whether `def`/`w` ends a run of instructions unconditionally (no fall-through). */
  static isEnd(def: InsnDef, w: number): boolean {
    if (def.family === 'branch_unconditional_immediate') return true;
    if (def.family === 'branch_unconditional_register') return bits(w, 22, 21) !== 1;
    return false;
  }

  /** Constant branch targets of a compiled instruction (for the unit's control-flow graph). */
  static targets(def: InsnDef, w: number, pc: number): number[] {
    switch (def.family) {
      case 'branch_unconditional_immediate': return [pc + Number(BigInt.asIntN(26, BigInt(w & 0x3ffffff))) * 4];
      case 'branch_conditional_cond': case 'branch_conditional_compare': return [pc + Number(BigInt.asIntN(19, BigInt(bits(w, 23, 5)))) * 4];
      case 'branch_conditional_test': return [pc + Number(BigInt.asIntN(14, BigInt(bits(w, 18, 5)))) * 4];
      default: return [];
    }
  }

  /** Calls return to pc + 4 (a return address is an entry of the unit). */
  static isCall(def: InsnDef, w: number): boolean {
    return (def.family === 'branch_unconditional_immediate' && ((w >>> 31) & 1) === 1) ||
      (def.family === 'branch_unconditional_register' && bits(w, 22, 21) === 1);
  }
}
