// The WebAssembly tier of the block engine: A64 code of a user process (integer, scalar FP, loads
// and stores, branches; see emit-a64.ts), one 4 KiB code page per WebAssembly function (unit.ts),
// guest pages in a WebAssembly.Memory arena so that loads and stores are a few instructions behind
// a small TLB. The block engine's dispatcher offers every transfer to the tier first; the tier
// declines (returns -1) when the page is not hot yet, the PC is an instruction it does not
// compile, or a register the unit may write holds capability metadata (an integer write must clear
// it, which the unit does not model).
//
// Exactness is the block engine's: same instructions retired in the same order, counts exact,
// an instruction whose fast-path preconditions fail is left to the interpreter before any effect.
import { setFlagsFromString } from 'node:v8';
import type { Cpu } from '../cpu.js';
import { PageArena, REG_LO, REG_HI, REG_V, EXIT_PC_LO } from '../../mem/page-arena.js';
import { compileUnit, type Unit } from './unit.js';
import { PROT_EXEC } from '../../mem/tagged-memory.js';

/** Instructions the JavaScript engines retire from entries into a code page before the page is
 *  compiled: code that runs once (start-up, straight-line test harnesses) is not worth a compile.
 *  MORELLO_SIM_WASM_HOT overrides it: 0 compiles every page on first use, which tests use to run
 *  as much code as possible through the tier. */
const HOT = 4096;
/** Rebuilds of a page's unit for new entry points before the page is left to JavaScript. */
const MAX_REBUILDS = 24;
/** A unit returns at least this often (the JavaScript side's checks, e.g. a pending signal in a
 *  long loop, run between calls). */
const MAX_BUDGET = 1 << 22;
/** Instructions a unit may run past its budget: forward control flow inside one page retires at
 *  most one instruction per slot between two budget checks. */
export const UNIT_OVERRUN = 1024;

/** V8 flags the tier runs under: the baseline WebAssembly compiler only. Its code runs these units
 *  at hundreds of MIPS and compiles in a few milliseconds, while the optimising compiler spends
 *  100+ ms per unit in register allocation (every guest register is a local live across the
 *  dispatch loop) and holds the process at exit until its background jobs finish. V8's code
 *  caches depend on the flags: the CLI sets them before it loads its cached bundle (main.cts),
 *  and tools/bundle-run.ts before it makes that cache. */
export const WASM_V8_FLAGS = '--liftoff-only';

/** MORELLO_SIM_WASM_TIERUP=1 leaves V8's flags alone: hot units are recompiled by the optimising
 *  compiler in the background, about twice as fast at steady state (life ×800: 1.0 s instead of
 *  1.9 s) but a few hundred ms slower on short runs, and the CLI's code cache is then not used. */
export function wasmTierUp(): boolean {
  return process.env.MORELLO_SIM_WASM_TIERUP === '1';
}

/** What the tier needs from the block engine. */
export interface TierHost {
  /** The engine's TLB fill rules (unmapped, device and watched pages refused). */
  fillTlb(pn: number, write: boolean): boolean;
  /** Watches a code page (a write to it calls the engine's invalidation, which calls drop). */
  watchCode(pn: number): void;
  /** The engine state's windows. */
  readonly E: { pc: number; bail: boolean; ldBase: number; ldLimit: number; stBase: number; stLimit: number; pcBase: number; pcLimit: number; spAlign: boolean; fpOk: boolean; fpRN: boolean };
}

/** A number from the environment, or `fallback` when unset or not `valid`. */
function envNumber(name: string, fallback: number, valid: (v: number) => boolean): number {
  const v = Number(process.env[name] ?? fallback);
  return Number.isFinite(v) && valid(v) ? v : fallback;
}

export class WasmTier {
  /** Created with the first unit (a process whose code never gets hot costs nothing). */
  private arena: PageArena | null = null;
  /** No WebAssembly memory could be had, or the process outgrew it (a page outside the arena was
   *  accessed: every such access would leave the compiled code): the tier declines everything. */
  private unavailable = false;
  private readonly units = new Map<number, Unit | null>();
  private readonly heat = new Map<number, number>();
  private readonly rebuilds = new Map<number, number>();
  private lo = new Uint32Array(32);
  private hi = new Uint32Array(32);
  private v = new Uint32Array(128);
  private exit = new Uint32Array(8);
  private readonly hot = envNumber('MORELLO_SIM_WASM_HOT', HOT, (v) => v >= 0);
  /** The page a declined entry was in while not yet hot (credit() adds what JavaScript then ran). */
  private coldPage = -1;
  /** Units built, and instructions retired in them. */
  built = 0;
  retired = 0;
  calls = 0;
  compileMs = 0;
  fills = 0;

  constructor(private readonly cpu: Cpu, private readonly host: TierHost) {}

  /** The arena and its views, made on first need; false if this host cannot have one. */
  private ensureArena(): boolean {
    if (this.arena !== null) return true;
    if (this.unavailable) return false;
    try {
      if (!wasmTierUp()) setFlagsFromString(WASM_V8_FLAGS);
      // MORELLO_SIM_ARENA_MB: its size (1 GiB of address space by default; pages are touched lazily)
      const arena = new PageArena(envNumber('MORELLO_SIM_ARENA_MB', 1024, (v) => v > 0) * 1048576);
      this.cpu.bus.mem.attachArena(arena);
      const buf = arena.memory.buffer;
      this.lo = new Uint32Array(buf, REG_LO, 32);
      this.hi = new Uint32Array(buf, REG_HI, 32);
      this.v = new Uint32Array(buf, REG_V, 128);
      this.exit = new Uint32Array(buf, EXIT_PC_LO, 8); // next PC lo, hi; bail; NZCV; IXC; TLB miss; its address lo, hi
      this.arena = arena;
      return true;
    } catch {
      this.unavailable = true;
      return false;
    }
  }

  /** Empties the compiled code's TLBs (DDC or the memory layout changed). */
  flushTlb(): void {
    this.arena?.flushTlb();
  }

  /** Page pn now holds code: compiled stores must not reach it. */
  dropWrite(pn: number): void {
    this.arena?.dropWrite(pn);
  }

  /** Runs compiled code at pc (A64, inside PCC's window) for at most `budget` instructions
   *  (plus at most UNIT_OVERRUN); returns the instructions retired with E.pc/E.bail set, or -1 if declined. */
  run(pc: number, budget: number): number {
    if (this.unavailable) return -1;
    const pn = Math.floor(pc / 4096);
    const slot = (pc - pn * 4096) >>> 2;
    this.coldPage = -1;
    let u = this.units.get(pn);
    if (u === undefined) {
      if ((this.heat.get(pn) ?? 0) < this.hot) {
        this.coldPage = pn;
        return -1;
      }
      if (!this.ensureArena()) return -1;
      u = this.build(pn, [slot]);
    }
    if (u === null) return -1;
    if (u.leaders[slot] === 0) {
      if (u.stops[slot] === 1 || u.inside[slot] === 1) return -1;
      const n = this.rebuilds.get(pn) ?? 0;
      if (n >= MAX_REBUILDS) return -1;
      this.rebuilds.set(pn, n + 1);
      if (process.env.MORELLO_SIM_WASM_DEBUG === '1') process.stderr.write(`wasm tier: page 0x${(pn * 4096).toString(16)} rebuilt for entry 0x${pc.toString(16)}\n`);
      u = this.build(pn, [...u.entries, slot]);
      if (u === null || u.leaders[slot] === 0) return -1;
    }
    const cpu = this.cpu;
    const ML = cpu.mlo;
    const MH = cpu.mhi;
    const T = cpu.tag;
    const written = u.written;
    for (let i = 0; i < written.length; i++) {
      const r = written[i]!;
      if ((ML[r]! | MH[r]! | T[r]!) !== 0) return -1;
    }
    const E = this.host.E;
    const usesV = u.usesV;
    if (usesV) {
      if (!E.fpOk || !E.fpRN) return -1;
      this.v.set(cpu.v);
    }
    this.lo.set(cpu.xlo);
    this.hi.set(cpu.xhi);
    const nzcv = (cpu.n << 3) | (cpu.z << 2) | (cpu.c << 1) | cpu.v_;
    this.calls++;
    let k: number;
    try {
      k = u.run(slot * 4, budget < MAX_BUDGET ? budget : MAX_BUDGET, nzcv, E.spAlign ? 1 : 0);
    } catch (e) {
      // A trap is a bug of the tier, never the guest's (every trapping case is guarded): say
      // where, rather than leave a bare RuntimeError.
      throw new Error(`WebAssembly tier: the unit for page 0x${(pn * 4096).toString(16)} entered at 0x${pc.toString(16)} failed (${(e as Error).message}); MORELLO_SIM_WASM=0 runs without the tier`);
    }
    cpu.xlo.set(this.lo);
    cpu.xhi.set(this.hi);
    const ex = this.exit;
    const f = ex[3]!;
    cpu.n = (f >>> 3) & 1;
    cpu.z = (f >>> 2) & 1;
    cpu.c = (f >>> 1) & 1;
    cpu.v_ = f & 1;
    E.pc = ex[1]! * 4294967296 + ex[0]!;
    E.bail = ex[2]! !== 0;
    if (usesV) {
      cpu.v.set(this.v);
      if (ex[4] !== 0) cpu.fpsr |= 16; // IXC
    }
    // a TLB miss: the interpreter runs the instruction; the page goes in the TLB if it may
    if (ex[5] !== 0 && ex[7]! < 0x100000) this.fillAfterMiss(ex[7]! * 1048576 + (ex[6]! >>> 12), ex[5] === 2);
    this.retired += k;
    return k;
  }

  /** After a declined entry: the JavaScript engines retired k instructions from it. */
  credit(k: number): void {
    if (this.coldPage < 0) return;
    this.heat.set(this.coldPage, (this.heat.get(this.coldPage) ?? 0) + k);
    this.coldPage = -1;
  }

  private build(pn: number, entries: readonly number[]): Unit | null {
    const E = this.host.E;
    let u: Unit | null = null;
    const t0 = performance.now();
    try {
      // A page without PROT_EXEC gets no unit (the interpreter's fetch faults); it is watched like
      // code, so a protection change (mprotect) drops the refusal.
      if (this.cpu.bus.mem.pageAllows(pn, PROT_EXEC)) u = compileUnit(this.cpu.bus.mem, pn * 4096, { base: E.pcBase, limit: E.pcLimit }, entries, this.arena!.memory, this.arena!.wasmPages);
    } catch (e) {
      // A compile failure is our bug, never the guest's: the JavaScript engines run the page.
      if (process.env.MORELLO_SIM_WASM_DEBUG === '1') process.stderr.write(`wasm tier: page 0x${(pn * 4096).toString(16)}: ${(e as Error).message}\n`);
      u = null;
    }
    this.compileMs += performance.now() - t0;
    this.units.set(pn, u);
    this.host.watchCode(pn);
    if (u !== null) this.built++;
    return u;
  }

  /** After a unit left on a TLB miss for page pn: the page goes in the compiled code's TLB if the
   *  engine's rules allow it, it is in the arena, and it lies wholly inside DDC's window for this
   *  kind of access (otherwise every access to it keeps leaving the unit). */
  private fillAfterMiss(pn: number, write: boolean): void {
    this.fills++;
    if (!(pn < 2 ** 40) || !this.host.fillTlb(pn, write)) return;
    const page = this.cpu.bus.mem.page(pn);
    if (page === undefined) return;
    if (page.slot < 0) {
      this.unavailable = true; // the arena is full: the JavaScript engines take over for good
      return;
    }
    const E = this.host.E;
    const a = pn * 4096;
    if (write ? a < E.stBase || a + 4096 > E.stLimit : a < E.ldBase || a + 4096 > E.ldLimit) return;
    this.arena!.setTlb(write, pn, page.slot);
  }

  /** Code page pn was written: its unit goes. */
  drop(pn: number): void {
    this.units.delete(pn);
    this.heat.delete(pn);
    this.rebuilds.delete(pn);
  }

  /** PCC's window changed: every unit goes (constant branch targets were checked against it). */
  clear(): void {
    this.units.clear();
    this.heat.clear();
    this.rebuilds.clear();
  }
}
