// The WebAssembly tier's code generator, scalar floating point and SIMD&FP registers: the block
// engine's exact FP fast paths (JitRuntime.addD …) in WebAssembly f64 arithmetic, FPSR.IXC from the
// exact rounding error, vector immediates, and SIMD&FP loads/stores of 4, 8 and 16 bytes. The
// registers live in the arena's exchange area (REG_V), copied in and out by the tier around a unit
// that uses them.
import { bits } from '../../isa/table.js';
import { Op } from './encoder.js';
import { REG_V } from '../../mem/page-arena.js';
import { expandFpImm, vModImmOp } from '../../isa/syntax.js';
import { expandImm } from '../a64-simd-int.js';
import { EmitterCore } from './emit-core.js';
import { FP_ADD_LIMIT, FP_INT_LIMIT, FP_MIN_NORMAL_D, FP_MIN_NORMAL_S, FP_MODERATE_HI, FP_MODERATE_LO, FP_SPLIT } from '../jit-runtime.js';

export class FpEmitter extends EmitterCore {
  // ------------------------------------------------------------ scalar floating point
  // The block engine's exact fast paths (JitRuntime.addD …, which cite the rules): FPCR plain
  // round-to-nearest (the tier declines units with FP code otherwise); operands and results where
  // IEEE binary64 arithmetic gives Arm's result bit for bit, FPSR.IXC computed exactly from the
  // rounding error; NaN, infinity, overflow, possible underflow and huge operands bail.

  /** Pushes S/D register n as f64 (a single is exact in double). */
  protected rdF(k: 'S' | 'D', n: number): void {
    this.usesV = true;
    this.f.i32(0);
    if (k === 'D') this.f.mem(Op.f64_load, 3, REG_V + 16 * n);
    else this.f.mem(Op.f32_load, 2, REG_V + 16 * n).op(Op.f64_promote_f32);
  }

  /** Writes f64 local x to S/D register d (a single: x is exactly representable), the rest of the
   *  register zeroed. */
  protected wrF(k: 'S' | 'D', d: number, x: number): void {
    this.usesV = true;
    const f = this.f;
    if (k === 'D') f.i32(0).get(x).mem(Op.f64_store, 3, REG_V + 16 * d);
    else f.i32(0).get(x).op(Op.f32_demote_f64).mem(Op.f32_store, 2, REG_V + 16 * d).i32(0).i32(0).mem(Op.i32_store, 2, REG_V + 16 * d + 4);
    f.i32(0).i64(0, 0).mem(Op.i64_store, 3, REG_V + 16 * d + 8);
  }

  /** Writes the i64 on the stack (bits; a single's in the low word) to register d, rest zeroed. */
  protected wrBits(d: number): void {
    this.usesV = true;
    this.f.set(this.b64).i32(0).get(this.b64).mem(Op.i64_store, 3, REG_V + 16 * d).i32(0).i64(0, 0).mem(Op.i64_store, 3, REG_V + 16 * d + 8);
  }

  protected rdBits(k: 'S' | 'D', n: number): void {
    this.usesV = true;
    this.f.i32(0).mem(k === 'D' ? Op.i64_load : Op.i64_load32_u, k === 'D' ? 3 : 2, REG_V + 16 * n);
  }

  /** |x| < bound as i32 (false for NaN). */
  protected absBelow(x: number, bound: number): void {
    this.f.get(x).op(Op.f64_abs).f64(bound).op(Op.f64_lt);
  }

  /** Zero, or a magnitude in 2^±400 (JitRuntime.moderate). */
  protected moderate(x: number): void {
    const f = this.f;
    f.get(x).f64(0).op(Op.f64_eq);
    f.get(x).op(Op.f64_abs).f64(FP_MODERATE_LO).op(Op.f64_gt);
    this.absBelow(x, FP_MODERATE_HI);
    f.op(Op.i32_and).op(Op.i32_or);
  }

  /** Knuth's TwoSum error of a + b rounded to r, pushed. */
  protected sumError(a: number, b: number, r: number): void {
    const f = this.f;
    f.get(r).get(a).op(Op.f64_sub).set(this.fq); // bb
    f.get(a).get(r).get(this.fq).op(Op.f64_sub).op(Op.f64_sub);
    f.get(b).get(this.fq).op(Op.f64_sub).op(Op.f64_add);
  }

  /** Dekker's TwoProduct error of a × b rounded to r, pushed. */
  protected productError(a: number, b: number, r: number): void {
    const f = this.f;
    const split = (x: number, h: number, l: number): void => {
      f.f64(FP_SPLIT).get(x).op(Op.f64_mul).tee(this.fq);
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
  protected resultCheck(k: 'S' | 'D'): void {
    const f = this.f;
    const wide = k === 'D' ? this.fr : this.fe; // tininess judged before rounding to single
    this.absBelow(this.fr, Infinity);
    f.op(Op.i32_eqz);
    f.get(wide).f64(0).op(Op.f64_ne);
    f.get(wide).op(Op.f64_abs).f64(k === 'D' ? FP_MIN_NORMAL_D : FP_MIN_NORMAL_S).op(Op.f64_le).op(Op.i32_and);
    f.op(Op.i32_or);
    this.bailIf();
  }

  protected fpKind(w: number): 'S' | 'D' | null {
    const t = bits(w, 23, 22);
    return t === 0 ? 'S' : t === 1 ? 'D' : null;
  }

  /** FADD/FSUB/FMUL/FNMUL/FDIV (JitRuntime.addD, mulD, divD, addS, mulS, divS). */
  protected fpBinary(w: number, op: 'add' | 'sub' | 'mul' | 'nmul' | 'div'): boolean {
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
      this.absBelow(a, FP_ADD_LIMIT);
      this.absBelow(b, FP_ADD_LIMIT);
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
  protected fpCompare(w: number): boolean {
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
  protected fpUnary(w: number): boolean {
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

  protected fpMoveImm(w: number): boolean {
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

  protected fpSelect(w: number): boolean {
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
  protected fpConvertInt(w: number): boolean {
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
      this.absBelow(this.fr, FP_INT_LIMIT);
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
  protected vectorImmediate(w: number): boolean {
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
  protected loadV(t: number, size: number, at: number): void {
    const f = this.f;
    this.usesV = true;
    const v = REG_V + 16 * t;
    if (size === 4) f.i32(0).get(this.off).mem(Op.i64_load32_u, 0, at).mem(Op.i64_store, 3, v);
    else f.i32(0).get(this.off).mem(Op.i64_load, 0, at).mem(Op.i64_store, 3, v);
    if (size === 16) f.i32(0).get(this.off).mem(Op.i64_load, 0, at + 8).mem(Op.i64_store, 3, v + 8);
    else f.i32(0).i64(0, 0).mem(Op.i64_store, 3, v + 8);
  }

  protected storeV(t: number, size: number, at: number): void {
    const f = this.f;
    this.usesV = true;
    const v = REG_V + 16 * t;
    if (size === 4) f.get(this.off).i32(0).mem(Op.i32_load, 2, v).mem(Op.i32_store, 0, at);
    else f.get(this.off).i32(0).mem(Op.i64_load, 3, v).mem(Op.i64_store, 0, at);
    if (size === 16) f.get(this.off).i32(0).mem(Op.i64_load, 3, v + 8).mem(Op.i64_store, 0, at + 8);
  }

  protected singleVector(w: number, offset: () => void, post: boolean, wb: boolean): boolean {
    const scale = (bits(w, 23, 23) << 2) | bits(w, 31, 30);
    if (scale < 2 || scale > 4) return false; // B and H registers: not compiled
    const size = 1 << scale;
    const load = bits(w, 22, 22) === 1;
    const transfer = (): void => (load ? this.loadV(w & 31, size, 0) : this.storeV(w & 31, size, 0));
    this.access(bits(w, 9, 5), offset, post, size, !load, transfer, wb);
    return true;
  }

  protected pairVector(w: number, mode: 'offset' | 'pre' | 'post'): boolean {
    const n = bits(w, 9, 5);
    const t = w & 31;
    const t2 = bits(w, 14, 10);
    const load = bits(w, 22, 22) === 1;
    const opc = bits(w, 31, 30);
    if (opc === 3 || (load && t === t2)) return false;
    const size = 4 << opc;
    const imm = BigInt.asIntN(7, BigInt(bits(w, 21, 15))) * BigInt(size);
    const transfer = (): void => {
      if (load) {
        this.loadV(t, size, 0);
        this.loadV(t2, size, size);
      } else {
        this.storeV(t, size, 0);
        this.storeV(t2, size, size);
      }
    };
    this.access(n, () => this.konst(imm), mode === 'post', 2 * size, !load, transfer, mode !== 'offset');
    return true;
  }
}
