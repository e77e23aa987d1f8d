// WebAssembly for A64-state instructions of one code page (the WebAssembly tier's code generator):
// integer data processing, general loads/stores, branches, and the per-family dispatch (scalar FP
// and SIMD&FP in emit-fp.ts, the shared state and helpers in emit-core.ts). Each emitter mirrors the
// block engine's JavaScript emitter for the same isa/ family (jit-emit-a64.ts), which mirrors the
// interpreter. An instruction whose run-time preconditions fail (a TLB miss, a page-straddling
// access, SP misaligned, an indirect branch leaving PCC's window) "bails": the unit returns with the
// instruction's PC before any of its side effects, and the interpreter executes it.
//
// An emitter returns false, before emitting anything, for encodings it does not compile; the unit
// then ends there and the JavaScript engines run that instruction.
import type { InsnDef } from '../../isa/table.js';
import { bits } from '../../isa/table.js';
import { bitfieldMasks, logicalImmediate } from '../a64-integer.js';
import { Op } from './encoder.js';
import { FpEmitter } from './emit-fp.js';
import { FN_MULH, WIDE, NARROW, type UnitShape } from './emit-core.js';

export type { UnitShape };

export class A64Wasm extends FpEmitter {
  // ------------------------------------------------------------ integer data processing
  private addSubImm(w: number): boolean {
    const sf = w >>> 31 === 1;
    const sub = (w >>> 30) & 1;
    const S = ((w >>> 29) & 1) === 1;
    const imm = BigInt(bits(w, 21, 10)) << (bits(w, 22, 22) ? 12n : 0n);
    const b = sub ? ~imm : imm;
    const operand = (): void => (sf ? this.konst(b) : void this.f.i32(Number(b & 0xffffffffn) | 0));
    this.addCarry(sf, () => this.rdW(sf, bits(w, 9, 5), true), operand, sub ? 1 : 0, S);
    this.wrW(sf, w & 31, !S);
    return true;
  }

  private addSubShifted(w: number): boolean {
    const sf = w >>> 31 === 1;
    const shift = bits(w, 23, 22);
    const amount = bits(w, 15, 10);
    if (shift === 3 || (!sf && amount >= 32)) return false;
    const sub = (w >>> 30) & 1;
    const operand = (): void => {
      this.shifted(bits(w, 20, 16), shift, amount, sf);
      if (sub) this.invert(sf);
    };
    this.addCarry(sf, () => this.rdW(sf, bits(w, 9, 5)), operand, sub ? 1 : 0, ((w >>> 29) & 1) === 1);
    this.wrW(sf, w & 31);
    return true;
  }

  private addSubExtended(w: number): boolean {
    const sf = w >>> 31 === 1;
    const shift = bits(w, 12, 10);
    if (shift > 4) return false;
    const sub = (w >>> 30) & 1;
    const S = ((w >>> 29) & 1) === 1;
    const operand = (): void => {
      this.extended(bits(w, 20, 16), bits(w, 15, 13), shift);
      if (!sf) this.f.op(Op.i32_wrap_i64);
      if (sub) this.invert(sf);
    };
    this.addCarry(sf, () => this.rdW(sf, bits(w, 9, 5), true), operand, sub ? 1 : 0, S);
    this.wrW(sf, w & 31, !S);
    return true;
  }

  private addSubCarry(w: number): boolean {
    const sf = w >>> 31 === 1;
    const sub = (w >>> 30) & 1;
    const operand = (): void => {
      this.rdW(sf, bits(w, 20, 16));
      if (sub) this.invert(sf);
    };
    this.addCarry(sf, () => this.rdW(sf, bits(w, 9, 5)), operand, 'C', ((w >>> 29) & 1) === 1);
    this.wrW(sf, w & 31);
    return true;
  }

  private logicalShifted(w: number): boolean {
    const sf = w >>> 31 === 1;
    const amount = bits(w, 15, 10);
    if (!sf && amount >= 32) return false;
    const W = sf ? WIDE : NARROW;
    const opc = bits(w, 30, 29);
    this.rdW(sf, bits(w, 9, 5));
    this.shifted(bits(w, 20, 16), bits(w, 23, 22), amount, sf);
    if ((w >>> 21) & 1) this.invert(sf);
    this.f.op([W.and, W.or, W.xor, W.and][opc]!);
    if (opc === 3) this.logicalFlags(sf);
    this.wrW(sf, w & 31);
    return true;
  }

  private logicalImm(w: number): boolean {
    const sf = w >>> 31 === 1;
    const imm = logicalImmediate(w);
    if (imm === null) return false;
    const W = sf ? WIDE : NARROW;
    const opc = bits(w, 30, 29);
    this.rdW(sf, bits(w, 9, 5));
    if (sf) this.konst(imm);
    else this.f.i32(Number(imm) | 0);
    this.f.op([W.and, W.or, W.xor, W.and][opc]!);
    if (opc === 3) this.logicalFlags(sf);
    this.wrW(sf, w & 31, opc !== 3);
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
    const W = sf ? WIDE : NARROW;
    const f = this.f;
    this.rdW(sf, bits(w, 20, 16));
    if (lsb !== 0) {
      W.k(f, lsb).op(W.shrU);
      this.rdW(sf, bits(w, 9, 5));
      W.k(f, W.bits - lsb).op(W.shl).op(W.or);
    }
    this.wrW(sf, w & 31);
    return true;
  }

  private shiftVariable(w: number): boolean {
    const sf = w >>> 31 === 1;
    const W = sf ? WIDE : NARROW;
    // WebAssembly shift counts are taken modulo the width, as Sail's UInt(m) MOD datasize
    this.rdW(sf, bits(w, 9, 5));
    this.rdW(sf, bits(w, 20, 16));
    this.f.op([W.shl, W.shrU, W.shrS, W.rotr][bits(w, 11, 10)]!);
    this.wrW(sf, w & 31);
    return true;
  }

  private condSelect(w: number): boolean {
    const sf = w >>> 31 === 1;
    const n = bits(w, 9, 5);
    const m = bits(w, 20, 16);
    const f = this.f;
    this.rd(n);
    this.rd(m);
    if ((w >>> 30) & 1) this.invert(true); // CSINV/CSNEG
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
      if (imm) (sf ? WIDE : NARROW).k(f, m);
      else this.rdW(sf, m);
      if (sub) this.invert(sf);
    };
    this.addCarry(sf, () => this.rdW(sf, n), b, sub ? 1 : 0, true);
    f.op(Op.drop);
    f.else();
    this.setFlags((nzcv >> 3) & 1, (nzcv >> 2) & 1, (nzcv >> 1) & 1, nzcv & 1);
    this.close();
    return true;
  }

  private mulAddSub(w: number): boolean {
    const sf = w >>> 31 === 1;
    const W = sf ? WIDE : NARROW;
    this.rdW(sf, bits(w, 14, 10));
    this.rdW(sf, bits(w, 9, 5));
    this.rdW(sf, bits(w, 20, 16));
    this.f.op(W.mul).op((w >>> 15) & 1 ? W.sub : W.add);
    this.wrW(sf, w & 31);
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
    const W = sf ? WIDE : NARROW;
    const n = bits(w, 9, 5);
    const m = bits(w, 20, 16);
    const d = sf ? this.b64 : this.b32;
    const f = this.f;
    // Sail: a zero divisor gives 0; INT_MIN / -1 wraps to INT_MIN (= 0 - n), which
    // WebAssembly's division would trap on.
    this.rdW(sf, m);
    f.tee(d).op(W.eqz).if(W.type);
    W.k(f, 0).else();
    if ((w >>> 10) & 1) {
      f.get(d);
      W.k(f, -1).op(W.eq).if(W.type);
      W.k(f, 0);
      this.rdW(sf, n);
      f.op(W.sub).else();
      this.rdW(sf, n);
      f.get(d).op(W.divS).end();
    } else {
      this.rdW(sf, n);
      f.get(d).op(W.divU);
    }
    f.end();
    this.wrW(sf, w & 31);
    return true;
  }

  private countLeading(w: number): boolean {
    const sf = w >>> 31 === 1;
    const W = sf ? WIDE : NARROW;
    const x = sf ? this.a64 : this.a32;
    const f = this.f;
    this.rdW(sf, bits(w, 9, 5));
    if ((w >>> 10) & 1) {
      // CLS: the bits below the top one that equal it = CLZ(x XOR (x >> N-1, arithmetic)) - 1
      f.tee(x).get(x);
      W.k(f, W.bits - 1).op(W.shrS).op(W.xor).op(W.clz);
      W.k(f, 1).op(W.sub);
    } else f.op(W.clz);
    this.wrW(sf, w & 31);
    return true;
  }

  private pcRelative(w: number, page: boolean): boolean {
    const imm = BigInt.asIntN(21, BigInt((bits(w, 23, 5) << 2) | bits(w, 30, 29)));
    const base = page ? BigInt(this.pc) & ~0xfffn : BigInt(this.pc);
    this.konst(base + (page ? imm << 12n : imm));
    this.wr(w & 31);
    return true;
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
    const transfer = (): void => (load ? this.loadInto(t, size, signed, regsize, 0) : this.storeFrom(t, size, 0));
    this.access(n, offset, post, size, !load, transfer, writeback);
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
    const rs = signed ? 64 : size * 8;
    const transfer = (): void => {
      if (load) {
        this.loadInto(t, size, signed, rs, 0);
        this.loadInto(t2, size, signed, rs, size);
      } else {
        this.storeFrom(t, size, 0);
        this.storeFrom(t2, size, size);
      }
    };
    this.access(n, () => this.konst(imm), mode === 'post', 2 * size, !load, transfer, wback);
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
    this.bailIf();
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
