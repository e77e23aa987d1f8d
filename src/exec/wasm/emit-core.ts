// The WebAssembly tier's code generator, its common part: the locals of a unit (guest registers as
// i64, NZCV as i32, temporaries), the unit's control structure (segments, exits, bails, the count of
// retired instructions, the budget), register and flag access, AddWithCarry, shifted and extended
// operands, and address translation through the unit's TLB. emit-fp.ts adds scalar FP and SIMD&FP
// loads/stores, emit-a64.ts the integer instructions, general loads/stores, branches and the
// per-family dispatch.
import { bigLo, bigHi } from '../u64.js';
import { FunctionBody, Op, I32, I64, F64 } from './encoder.js';
import { TLB_READ, TLB_WRITE } from '../../mem/page-arena.js';

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

export const halves = (v: bigint): [number, number] => {
  const u = BigInt.asUintN(64, v);
  return [bigLo(u), bigHi(u)];
};

/** The i64 and i32 forms of the operations AddWithCarry needs. */
export interface Width {
  /** i64 or i32, and its bits. */
  readonly type: number;
  readonly bits: number;
  readonly add: number;
  readonly sub: number;
  readonly mul: number;
  readonly divS: number;
  readonly divU: number;
  readonly eqz: number;
  readonly eq: number;
  readonly ltU: number;
  readonly leU: number;
  readonly and: number;
  readonly or: number;
  readonly xor: number;
  readonly shl: number;
  readonly shrU: number;
  readonly shrS: number;
  readonly rotr: number;
  readonly clz: number;
  /** Pushes the small constant v. */
  k(f: FunctionBody, v: number): FunctionBody;
  /** The top bit of the value on the stack, as i32. */
  top(f: FunctionBody): FunctionBody;
}
/** The operations of a 64-bit (sf = 1) and a 32-bit form. */
export const WIDE: Width = {
  type: I64, bits: 64, add: Op.i64_add, sub: Op.i64_sub, mul: Op.i64_mul, divS: Op.i64_div_s, divU: Op.i64_div_u,
  eqz: Op.i64_eqz, eq: Op.i64_eq, ltU: Op.i64_lt_u, leU: Op.i64_le_u, and: Op.i64_and, or: Op.i64_or, xor: Op.i64_xor,
  shl: Op.i64_shl, shrU: Op.i64_shr_u, shrS: Op.i64_shr_s, rotr: Op.i64_rotr, clz: Op.i64_clz,
  k: (f, v) => f.i64(v, v < 0 ? -1 : 0),
  top: (f) => f.i64(63, 0).op(Op.i64_shr_u).op(Op.i32_wrap_i64),
};
export const NARROW: Width = {
  type: I32, bits: 32, add: Op.i32_add, sub: Op.i32_sub, mul: Op.i32_mul, divS: Op.i32_div_s, divU: Op.i32_div_u,
  eqz: Op.i32_eqz, eq: Op.i32_eq, ltU: Op.i32_lt_u, leU: Op.i32_le_u, and: Op.i32_and, or: Op.i32_or, xor: Op.i32_xor,
  shl: Op.i32_shl, shrU: Op.i32_shr_u, shrS: Op.i32_shr_s, rotr: Op.i32_rotr, clz: Op.i32_clz,
  k: (f, v) => f.i32(v),
  top: (f) => f.i32(31).op(Op.i32_shr_u),
};

/** The state and helpers every emitter shares. */
export class EmitterCore {
  readonly f = new FunctionBody(4);
  /** i64 local of each register (31 = SP). */
  protected readonly reg: number[] = [];
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
  protected readonly a64: number;
  protected readonly b64: number;
  protected readonly r64: number;
  readonly addr: number;
  protected readonly pn: number;
  protected readonly nb: number;
  protected readonly a32: number;
  protected readonly b32: number;
  protected readonly r32: number;
  protected readonly ent: number;
  protected readonly off: number;
  protected readonly po: number;
  /** FPSR.IXC raised (i32), and FP temporaries. */
  readonly ixc: number;
  /** The TLB a miss was in (1 read, 2 write; 0 none) and the address in `addr`. */
  readonly miss: number;
  protected readonly fa: number;
  protected readonly fb: number;
  protected readonly fr: number;
  protected readonly fe: number;
  protected readonly fq: number;
  protected readonly fh: number;
  protected readonly fl: number;
  protected readonly gh: number;
  protected readonly gl: number;
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

  /** Pushes the i64 constant v (an address, below 2^53) on this unit's body or another. */
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
  protected get labels(): number {
    return this.shape?.labels ?? 1;
  }
  /** Branch depth of the unit's exit block, of the dispatch loop, and of label m. */
  protected exitDepth(): number {
    return this.labels - this.seg + this.nest;
  }
  protected loopDepth(): number {
    return this.labels - 1 - this.seg + this.nest;
  }

  protected open(kind: 'if' | 'block'): void {
    if (kind === 'if') this.f.if();
    else this.f.block();
    this.nest++;
  }
  protected close(): void {
    this.f.end();
    this.nest--;
  }

  /** Adds k instructions to the count. */
  protected commit(k: number): void {
    if (k === 0) return;
    this.f.get(this.cnt).i32(k).op(Op.i32_add).set(this.cnt);
  }

  /** Returns to JavaScript with the next PC already in npc (after committing). */
  protected exitNow(): void {
    this.f.br(this.exitDepth());
  }

  protected setNpc(target: number): void {
    this.konstOn(this.f, target);
    this.f.set(this.npc);
  }

  /** Leaves before this instruction: the interpreter runs it. */
  bail(): void {
    this.commit(this.pending);
    this.setNpc(this.pc);
    this.f.i32(1).set(this.bailFlag);
    this.exitNow();
  }

  /** Bails when the i32 on the stack is non-zero. */
  protected bailIf(): void {
    this.open('if');
    this.bail();
    this.close();
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
  protected goto(target: number): void {
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

  protected budgetCheck(): void {
    this.f.get(this.cnt).get(P_BUDGET).op(Op.i32_gt_s).brIf(this.exitDepth());
  }

  /** A taken branch to a constant target (the instruction retires). */
  protected jump(target: number): void {
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
  protected rd(r: number, sp = false): void {
    if (r === 31 && !sp) {
      this.f.i64(0, 0);
      return;
    }
    this.used.add(r);
    this.f.get(this.reg[r]!);
  }
  protected rd32(r: number, sp = false): void {
    if (r === 31 && !sp) {
      this.f.i32(0);
      return;
    }
    this.rd(r, sp);
    this.f.op(Op.i32_wrap_i64);
  }
  /** Pops an i64 into register d (31: discarded unless `sp`). */
  protected wr(d: number, sp = false): void {
    if (d === 31 && !sp) {
      this.f.op(Op.drop);
      return;
    }
    this.used.add(d);
    this.written.add(d);
    this.f.set(this.reg[d]!);
  }
  protected wr32(d: number, sp = false): void {
    this.f.op(Op.i64_extend_i32_u);
    this.wr(d, sp);
  }
  /** Register r read (rdW) or written (wrW) in the width of an sf form: the low word, or all. */
  protected rdW(sf: boolean, r: number, sp = false): void {
    if (sf) this.rd(r, sp);
    else this.rd32(r, sp);
  }
  protected wrW(sf: boolean, d: number, sp = false): void {
    if (sf) this.wr(d, sp);
    else this.wr32(d, sp);
  }

  /** NOT of the value on the stack (i64, or i32 when !sf). */
  protected invert(sf: boolean): void {
    const W = sf ? WIDE : NARROW;
    W.k(this.f, -1).op(W.xor);
  }

  protected konst(v: bigint): void {
    const [l, h] = halves(v);
    this.f.i64(l, h);
  }

  // ------------------------------------------------------------ flags
  /** Sail ConditionHolds as an i32 0/1 on the stack. */
  protected cond(c: number): void {
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

  protected setFlags(n: number, z: number, c: number, v: number): void {
    this.f.i32(n).set(this.fn).i32(z).set(this.fz).i32(c).set(this.fc).i32(v).set(this.fv);
  }

  /** Sail AddWithCarry of a and b (b already inverted for subtraction) and the carry in, both
   *  pushed by the callers' closures; leaves the result (i64, or i32 when !sf) on the stack. */
  protected addCarry(sf: boolean, a: () => void, b: () => void, cin: 0 | 1 | 'C', flags: boolean): void {
    const f = this.f;
    const W = sf ? WIDE : NARROW;
    const [ta, tb, tr] = sf ? [this.a64, this.b64, this.r64] : [this.a32, this.b32, this.r32];
    a();
    f.tee(ta);
    b();
    f.tee(tb).op(W.add);
    if (cin === 1) W.k(f, 1).op(W.add);
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
  protected logicalFlags(sf: boolean): void {
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
  protected shifted(m: number, type: number, amount: number, sf: boolean): void {
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
  protected extended(m: number, type: number, shift: number): void {
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

  // ------------------------------------------------------------ loads and stores
  /** Translates `span` bytes at the address in `addr` through the unit's TLB; leaves `off` = arena
   *  offset of the first byte and `po` = offset in the page. A miss leaves the unit before the
   *  instruction (`miss` says which TLB): the interpreter runs it, and the tier offers the page to
   *  the TLB with the engine's fill rules (unmapped, devices, outside DDC's window for this access,
   *  watched for writes are refused). No call and no merge on the fast path. */
  protected translate(span: number, store: boolean): void {
    const f = this.f;
    f.get(this.addr).op(Op.i32_wrap_i64).i32(4095).op(Op.i32_and).tee(this.po);
    if (span > 1) {
      f.i32(4096 - span).op(Op.i32_gt_u);
      this.bailIf();
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
  protected baseCheck(n: number): void {
    if (n !== 31) return;
    this.f.get(P_SPALIGN);
    this.rd(31, true);
    this.f.op(Op.i32_wrap_i64).i32(15).op(Op.i32_and).op(Op.i32_and);
    this.bailIf();
  }

  /** One load/store through base X[n]/SP (Sail BaseReg_read, then the address): base + offset
   *  (pushed by `offset`) or the base itself for post-index, `span` bytes translated, `transfer`
   *  moving the data at `off`, then base + offset written back when `writeback`. */
  protected access(n: number, offset: () => void, post: boolean, span: number, store: boolean, transfer: () => void, writeback: boolean): void {
    this.baseCheck(n);
    this.baseAddress(n, offset, post);
    this.translate(span, store);
    transfer();
    if (writeback) {
      this.f.get(this.nb);
      this.wr(n, true);
    }
  }

  /** nb = X[n] + offset (pushed by `offset`); addr = nb, or X[n] for post-index. */
  protected baseAddress(n: number, offset: () => void, post: boolean): void {
    this.rd(n, true);
    offset();
    this.f.op(Op.i64_add).set(this.nb);
    if (post) this.rd(n, true);
    else this.f.get(this.nb);
    this.f.set(this.addr);
  }
}
