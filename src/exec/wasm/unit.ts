// One compiled unit of the WebAssembly tier: the A64 code of one 4 KiB page reachable from its
// entry points (direct branches, fall-through, call return addresses), as one WebAssembly function.
// Layout: a dispatch loop around one block per leader (entry, branch target or return address);
// `br_table` on (PC − page) / 4 enters at any leader, forward branches leave blocks directly,
// backward and indirect branches go round the loop (where the instruction budget is checked).
// Registers are i64 locals, loaded from and stored to the arena's exchange area by the function.
import { writeFileSync } from 'node:fs';
import { decode } from '../../isa/decoder.js';
import type { InsnDef } from '../../isa/table.js';
import type { TaggedMemory } from '../../mem/tagged-memory.js';
import { EXIT_BAIL, EXIT_IXC, EXIT_MISS, EXIT_MISS_ADDR, EXIT_NZCV, EXIT_PC_LO, REG_HI, REG_LO } from '../../mem/page-arena.js';
import { A64Wasm } from './emit-a64.js';
import { P_ENTRY, P_NZCV } from './emit-core.js';
import { FunctionBody, I32, I64, Op, encodeModule } from './encoder.js';

const SLOTS = 1024;

export type UnitFn = (entryOffset: number, budget: number, nzcv: number, spAlign: number) => number;

export interface Unit {
  readonly run: UnitFn;
  /** Slots (instruction index in the page) the unit can be entered at. */
  readonly leaders: Uint8Array;
  /** Slots the unit does not compile (the JavaScript engines run them). */
  readonly stops: Uint8Array;
  /** Slots it compiles (entered only at leaders: elsewhere after a bail, JavaScript runs on to
   *  the next branch). */
  readonly inside: Uint8Array;
  /** Entry slots it was built from (a later entry rebuilds it with the union). */
  readonly entries: readonly number[];
  /** Registers its code may write (their capability metadata must be clear on entry). */
  readonly written: Int32Array;
  /** Its code uses SIMD&FP registers (exchanged with the arena; FP needs FPCR's plain mode). */
  readonly usesV: boolean;
}

interface Slot {
  readonly def: InsnDef | null;
  readonly w: number;
  /** Compiled (false: a stop). */
  readonly ok: boolean;
  readonly falls: boolean;
}

/** Whether a word compiles and can fall through (bit 0, bit 1), by word: it depends on the
 *  encoding alone, and code repeats words, so each is probed once per process. */
const wordClass = new Map<number, number>();
const WORD_CLASSES = 1 << 16;

/** Decodes and classifies every slot of the page once (a probe emission tells what compiles). */
function scanPage(mem: TaggedMemory, pageBase: number): Slot[] {
  const out: Slot[] = [];
  let probe: A64Wasm | null = null;
  for (let i = 0; i < SLOTS; i++) {
    const pc = pageBase + 4 * i;
    const w = mem.read32(pc);
    const def = decode(w);
    let c = wordClass.get(w);
    if (c === undefined) {
      probe ??= new A64Wasm(null);
      probe.pc = pc;
      const r = def === null ? { ok: false, falls: false } : probe.emit(def, w);
      c = (r.ok ? 1 : 0) | (r.ok && r.falls ? 2 : 0);
      if (wordClass.size >= WORD_CLASSES) wordClass.clear();
      wordClass.set(w, c);
    }
    out.push({ def, w, ok: (c & 1) !== 0, falls: (c & 2) !== 0 });
  }
  return out;
}

/** Slots that are likely entry points besides the one asked for: the targets of the page's direct
 *  branches, call return addresses, and the instruction after each unconditional branch or word
 *  the tier does not compile (function starts, jump-table cases, where JavaScript comes back
 *  after running an instruction for the tier). Building the unit once with all of them avoids a
 *  rebuild per new entry. */
function likelyEntries(page: readonly Slot[], pageBase: number): number[] {
  const out: number[] = [];
  let after = true;
  for (let i = 0; i < SLOTS; i++) {
    const s = page[i]!;
    if (after && s.ok) out.push(i); // an entry at a word the tier does not compile is never taken
    after = !s.ok || !s.falls;
    if (!s.ok) continue;
    for (const t of A64Wasm.targets(s.def!, s.w, pageBase + 4 * i)) if (t >= pageBase && t < pageBase + 4096) out.push((t - pageBase) / 4);
    if (A64Wasm.isCall(s.def!, s.w)) after = true;
  }
  return out;
}

/** The unit's instructions: those reachable from `entries` (slot numbers), and its leaders. */
function discover(page: readonly Slot[], pageBase: number, entries: readonly number[]): { slots: Map<number, Slot>; leaders: Set<number> } {
  const slots = new Map<number, Slot>();
  const leaders = new Set<number>(entries);
  const work = [...leaders];
  while (work.length > 0) {
    for (let i = work.pop()!; i < SLOTS && !slots.has(i); i++) {
      const s = page[i]!;
      slots.set(i, s);
      if (!s.ok) break;
      for (const t of A64Wasm.targets(s.def!, s.w, pageBase + 4 * i)) {
        const ti = (t - pageBase) / 4;
        if (ti >= 0 && ti < SLOTS && !leaders.has(ti)) {
          leaders.add(ti);
          work.push(ti);
        }
      }
      if (A64Wasm.isCall(s.def!, s.w) && i + 1 < SLOTS) leaders.add(i + 1);
      if (!s.falls) break;
    }
  }
  return { slots, leaders };
}

/** Sail's 64×64 → 128-bit multiply, high half (UMULH; SMULH when the flag is set) from 32-bit
 *  partial products. */
function mulHighBody(): FunctionBody {
  const f = new FunctionBody(3);
  const al = f.local(I64), ah = f.local(I64), bl = f.local(I64), bh = f.local(I64), lh = f.local(I64), hl = f.local(I64), mid = f.local(I64);
  const low = (): FunctionBody => f.i64(-1, 0).op(Op.i64_and);
  const high = (): FunctionBody => f.i64(32, 0).op(Op.i64_shr_u);
  f.get(0);
  low().set(al).get(0);
  high().set(ah).get(1);
  low().set(bl).get(1);
  high().set(bh);
  f.get(al).get(bh).op(Op.i64_mul).set(lh);
  f.get(ah).get(bl).op(Op.i64_mul).set(hl);
  f.get(al).get(bl).op(Op.i64_mul);
  high().get(lh);
  low().op(Op.i64_add).get(hl);
  low().op(Op.i64_add).set(mid);
  f.get(ah).get(bh).op(Op.i64_mul).get(lh);
  high().op(Op.i64_add).get(hl);
  high().op(Op.i64_add).get(mid);
  high().op(Op.i64_add);
  // signed: minus (a < 0 ? b : 0) and (b < 0 ? a : 0), modulo 2^64
  f.get(1).i64(0, 0).get(0).i64(0, 0).op(Op.i64_lt_s).get(2).op(Op.i32_and).op(Op.select).op(Op.i64_sub);
  f.get(0).i64(0, 0).get(1).i64(0, 0).op(Op.i64_lt_s).get(2).op(Op.i32_and).op(Op.select).op(Op.i64_sub);
  return f;
}

/** A unit's compiled module and what the tier knows of it (shared by every process that runs the
 *  same page: V8 compiles a module's code once for all its instances). */
interface UnitCode {
  readonly module: WebAssembly.Module;
  readonly meta: Omit<Unit, 'run'>;
}

/** Compiled units by everything their code depends on (page address and bytes, PCC window, entries,
 *  memory size); the oldest go first beyond CACHE_UNITS. */
const unitCache = new Map<string, UnitCode | null>();
const CACHE_UNITS = 128;

/** The unit for the page at `pageBase` entered at `entries` (slots), instantiated on `memory`;
 *  null when nothing there compiles. */
export function compileUnit(mem: TaggedMemory, pageBase: number, window: { base: number; limit: number }, entries: readonly number[], memory: WebAssembly.Memory, wasmPages: number): Unit | null {
  const win = { base: window.base, limit: Math.min(window.limit, 2 ** 52) };
  const key = `${pageBase}:${win.base}:${win.limit}:${wasmPages}:${entries.join(',')}:${Buffer.from(mem.readBytes(pageBase, 4096)).toString('latin1')}`;
  let code = unitCache.get(key);
  if (code === undefined) {
    code = buildUnitCode(mem, pageBase, win, entries, wasmPages);
    if (unitCache.size >= CACHE_UNITS) unitCache.delete(unitCache.keys().next().value!);
    unitCache.set(key, code);
  }
  if (code === null) return null;
  const inst = new WebAssembly.Instance(code.module, { env: { mem: memory } });
  return { run: inst.exports.run as UnitFn, ...code.meta };
}

function buildUnitCode(mem: TaggedMemory, pageBase: number, window: { base: number; limit: number }, entries: readonly number[], wasmPages: number): UnitCode | null {
  const t0 = performance.now();
  const page = scanPage(mem, pageBase);
  const seeds = entries.length === 1 ? [...new Set([...entries, ...likelyEntries(page, pageBase)])] : entries;
  const { slots, leaders } = discover(page, pageBase, seeds);
  const order = [...slots.keys()].sort((x, y) => x - y);
  const leaderList = [...leaders].filter((i) => slots.has(i)).sort((x, y) => x - y);
  const labelOf = new Int32Array(SLOTS).fill(-1);
  leaderList.forEach((s, m) => (labelOf[s] = m));
  const K = leaderList.length;
  const a = new A64Wasm({ pageBase, window, labelOf, labels: K });
  const f = a.f;
  // dispatch: exit block, loop, one block per label; br_table on the slot of npc
  f.block().loop();
  for (let m = 0; m < K; m++) f.block();
  const exitD = K + 1;
  f.get(a.npc);
  a.konstOn(f, pageBase);
  f.op(Op.i64_sub).tee(a.scratch64).i64(4096, 0).op(Op.i64_ge_u).brIf(exitD);
  f.get(a.scratch64).i64(2, 0).op(Op.i64_shr_u).op(Op.i32_wrap_i64);
  const table: number[] = [];
  for (let i = 0; i < SLOTS; i++) table.push(labelOf[i]! >= 0 ? labelOf[i]! : exitD);
  f.brTable(table, exitD);
  let compiled = 0;
  let prev = -2;
  let prevFalls = false;
  for (const i of order) {
    const slot = slots.get(i)!;
    const m = labelOf[i]!;
    if (m >= 0) {
      if (prev === i - 1 && prevFalls) a.flushPending();
      f.end();
      a.seg = m;
      a.nest = 0;
      a.pending = 0;
    } else if (prev !== i - 1 || !prevFalls) throw new Error(`wasm unit: slot ${i} of page 0x${pageBase.toString(16)} is not reachable by fall-through`);
    a.pc = pageBase + 4 * i;
    if (slot.ok) {
      const r = a.emit(slot.def!, slot.w);
      if (!r.ok) throw new Error(`wasm unit: instruction at 0x${a.pc.toString(16)} compiled in discovery but not in emission`);
      compiled++;
      if (r.falls && !slots.has(i + 1)) {
        a.pc += 4;
        a.stopHere();
      }
    } else a.stopHere();
    prev = i;
    prevFalls = slot.ok && slot.falls;
  }
  f.end(); // loop
  f.end(); // exit block
  // epilogue: registers written, flags, next PC, bail flag; the count returned
  const written = [...a.written].sort((x, y) => x - y);
  for (const r of written) {
    f.i32(0).get(a.regLocal(r)).op(Op.i32_wrap_i64).mem(Op.i32_store, 2, REG_LO + 4 * r);
    f.i32(0).get(a.regLocal(r)).i64(32, 0).op(Op.i64_shr_u).op(Op.i32_wrap_i64).mem(Op.i32_store, 2, REG_HI + 4 * r);
  }
  f.i32(0).get(a.npc).mem(Op.i64_store, 3, EXIT_PC_LO);
  f.i32(0).get(a.bailFlag).mem(Op.i32_store, 2, EXIT_BAIL);
  f.i32(0).get(a.fn).i32(3).op(Op.i32_shl).get(a.fz).i32(2).op(Op.i32_shl).op(Op.i32_or);
  f.get(a.fc).i32(1).op(Op.i32_shl).op(Op.i32_or).get(a.fv).op(Op.i32_or).mem(Op.i32_store, 2, EXIT_NZCV);
  f.i32(0).get(a.ixc).mem(Op.i32_store, 2, EXIT_IXC);
  f.i32(0).get(a.miss).mem(Op.i32_store, 2, EXIT_MISS);
  f.i32(0).get(a.addr).mem(Op.i64_store, 3, EXIT_MISS_ADDR);
  f.get(a.cnt);
  // prologue: registers used, flags, entry PC
  const pro = new FunctionBody(4);
  for (const r of [...a.used].sort((x, y) => x - y)) {
    pro.i32(0).mem(Op.i64_load32_u, 2, REG_LO + 4 * r).i32(0).mem(Op.i64_load32_u, 2, REG_HI + 4 * r).i64(32, 0).op(Op.i64_shl).op(Op.i64_or).set(a.regLocal(r));
  }
  const flags: [number, number][] = [[a.fn, 3], [a.fz, 2], [a.fc, 1], [a.fv, 0]];
  for (const [l, b] of flags) pro.get(P_NZCV).i32(b).op(Op.i32_shr_u).i32(1).op(Op.i32_and).set(l);
  pro.get(P_ENTRY).op(Op.i64_extend_i32_u);
  a.konstOn(pro, pageBase);
  pro.op(Op.i64_add).set(a.npc);
  if (compiled === 0) return null;
  const bytes = encodeModule({
    types: [
      { params: [I64, I64, I32], results: [I64] },
      { params: [I32, I32, I32, I32], results: [I32] },
    ],
    imports: [],
    memoryPages: wasmPages,
    funcs: [
      { type: 0, body: mulHighBody() },
      { type: 1, body: f, prologue: pro.code, export: 'run' },
    ],
  });
  if (process.env.MORELLO_SIM_WASM_DUMP) writeFileSync(`${process.env.MORELLO_SIM_WASM_DUMP}/unit-${pageBase.toString(16)}-${compiled}.wasm`, bytes);
  const t1 = performance.now();
  const module = new WebAssembly.Module(bytes);
  if (process.env.MORELLO_SIM_WASM_DEBUG === '1') process.stderr.write(`unit 0x${pageBase.toString(16)}: ${compiled} insns, ${K} labels, ${bytes.length} bytes, emitted in ${(t1 - t0).toFixed(1)} ms, validated in ${(performance.now() - t1).toFixed(1)} ms\n`);
  const leaderFlags = new Uint8Array(SLOTS);
  const stops = new Uint8Array(SLOTS);
  const inside = new Uint8Array(SLOTS);
  for (const [i, s] of slots) {
    if (!s.ok) stops[i] = 1;
    else {
      inside[i] = 1;
      if (labelOf[i]! >= 0) leaderFlags[i] = 1;
    }
  }
  return { module, meta: { leaders: leaderFlags, stops, inside, entries: seeds, written: Int32Array.from(written), usesV: a.usesV } };
}
