// The block engine: runs straight-line runs of instructions ("blocks", ending at a branch or before an
// instruction the code generator does not handle) as JavaScript functions compiled once with
// `new Function`, over the interpreter's own state (register halves in typed arrays). The
// interpreter (Cpu.step) remains the reference: it runs every instruction a block cannot, every
// instruction whose fast-path preconditions fail at run time (a compiled instruction "bails out"
// before any side effect), and everything while the machine is in a state the engine does not model
// (C64, stage-1 translation on, PCC/DDC offsets, profiling per PC).
//
// Exactness: a block retires the same instructions, in the same order, with the same results as
// the interpreter; PCC is materialised as CapAdd(PCC, delta) on leaving, which equals the
// interpreter's sequence of CapAdd/CapSetValue while the PC stays inside PCC's bounds (the only PCs
// a block runs at). Code pages are watched: a write to one drops its blocks.
import type { Cpu } from './cpu.js';
import { decode } from '../isa/decoder.js';
import { emitA64, transfer, forgetWritten } from './jit-emit-a64.js';
import { JitRuntime } from './jit-runtime.js';
import { preferDoubleFields } from './u64.js';
import { capAdd, capGetBounds, capGetBottom, capGetExponent, capBoundsIeNumbers, capIsRepresentableFastNumbers, representableR } from '../cap/bounds.js';
import { type Capability, capGetPerms, capIsSealed, PERM_EXECUTE, PERM_LOAD, PERM_STORE } from '../cap/format.js';
import { type Page, PROT_READ, PROT_WRITE, PROT_EXEC } from '../mem/tagged-memory.js';
import { checkFPEnabled, checkCapabilitiesEnabled } from './sysregs.js';
import { WasmTier, UNIT_OVERRUN } from './wasm/tier.js';

/** FPCR bits that leave plain IEEE round-to-nearest: IOE..IXE, IDE, FZ16, RMode, FZ, DN, AHP. */
const FPCR_NOT_PLAIN = 0x1f00 | 0x8000 | (1 << 19) | (3 << 22) | (1 << 24) | (1 << 25) | (1 << 26);

/** Longest block compiled (instructions). */
const MAX_BLOCK = 64;
const TLB_SIZE = 256;

/** Code for the blocks of one 128-byte region of the address space: `switch (pc)` over their starts
 *  inside a loop, so that branches between them stay inside one JavaScript function. */
type RegionFn = (E: EngineState, cpu: Cpu, X: Uint32Array, H: Uint32Array, ML: Uint32Array, MH: Uint32Array, T: Uint8Array, V: Uint32Array, R: JitRuntime) => number;

const REGION_BYTES = 128;

interface Region {
  /** Block start → its JavaScript (null: the interpreter runs the instruction there). */
  readonly blocks: Map<number, string | null>;
  fn: RegionFn | null;
}

/** What compiled code reads and writes besides the registers. */
export class EngineState {
  /** Next PC after a block returns. */
  pc = 0;
  /** Set when the block stopped before an instruction the interpreter must run. */
  bail = false;
  /** Instructions a looping block may still retire. */
  budget = 0;
  /** PCC window [pcBase, pcLimit) the block may branch within. */
  pcBase = 0;
  pcLimit = 0;
  /** Integer results of ADR/ADRP/BL link are plain (no PCCBO). */
  plainPc = true;
  /** PCC's metadata halves (capability bits 95:64, 127:96): C64 links and PC-relative
   *  capabilities carry them, and C64 branch targets must have them. */
  pccMl = 0;
  pccMh = 0;
  /** CCTLR.SBL: C64 links are sealed as sentries (the interpreter makes them). */
  sentryLinks = false;
  /** DDC windows for loads and stores (limit -1: no access allowed) and PCC's for literal loads. */
  ldBase = 0;
  ldLimit = -1;
  stBase = 0;
  stLimit = -1;
  litBase = 0;
  litLimit = -1;
  /** Unaligned accesses are allowed (Normal memory, SCTLR.A clear). */
  unaligned = false;
  /** SP alignment checking is enabled for the current EL (SCTLR.SA0/SA). */
  spAlign = false;
  /** SIMD&FP instructions are enabled (CheckFPAdvSIMDEnabled64 passes). */
  fpOk = false;
  /** Morello instructions are enabled (CheckCapabilitiesEnabled passes). */
  capOk = false;
  /** FPCR selects plain IEEE behaviour (round to nearest; no FZ, FZ16, DN, AHP or trap enables):
   *  the compiled scalar FP fast paths apply. */
  fpRN = false;
  /** Decoded capability registers, valid while the register's metadata, tag and value bits 63:13
   *  equal the key (kMl, kMh, kXh, kXl = X >>> 13): bounds, permissions, exponent, and the R
   *  value of Sail CapIsRepresentableFast. */
  readonly kMl = new Float64Array(32).fill(-1);
  readonly kMh = new Float64Array(32).fill(-1);
  readonly kXh = new Float64Array(32).fill(-1);
  readonly kXl = new Float64Array(32).fill(-1);
  readonly kBase = new Float64Array(32);
  readonly kLimit = new Float64Array(32);
  readonly kPerm = new Int32Array(32);
  readonly kE = new Int32Array(32);
  readonly kR = new Int32Array(32);
  readonly rTag = new Float64Array(TLB_SIZE).fill(-1);
  readonly rPage: (Page | undefined)[] = new Array<Page | undefined>(TLB_SIZE).fill(undefined);
  readonly wTag = new Float64Array(TLB_SIZE).fill(-1);
  readonly wPage: (Page | undefined)[] = new Array<Page | undefined>(TLB_SIZE).fill(undefined);

  constructor(private readonly engine: BlockEngine) {
    // Fields that hold addresses above 2^30 are given a double representation from the start, so
    // that V8 never deprecates the object's shape while compiled code runs.
    preferDoubleFields(this, ['pc', 'budget', 'pcBase', 'pcLimit', 'pccMl', 'pccMh', 'ldBase', 'ldLimit', 'stBase', 'stLimit', 'litBase', 'litLimit']);
  }

  /** TLB miss: installs page pn for reading or writing; false if the interpreter must do the access. */
  fill(pn: number, write: boolean): boolean {
    return this.engine.fillTlb(pn, write);
  }

  /** Decodes capability register n into the cache; false if it is untagged, sealed or has invalid
   *  bounds (the interpreter then runs the instruction). */
  capFill(n: number): boolean {
    return this.engine.fillCap(n);
  }
}

export class BlockEngine {
  readonly E = new EngineState(this);
  private readonly R = new JitRuntime();
  private readonly regions = new Map<number, Region>();
  /** Block start × 2 + C64 → the linked function of its region (the dispatcher's one lookup per
   *  transfer). Regions are keyed by (address / REGION_BYTES) × 2 + C64: code differs by state. */
  private readonly entries = new Map<number, RegionFn>();
  /** Regions whose blocks read each watched 4 KiB page. */
  private readonly regionsByPage = new Map<number, Set<number>>();
  /** The PCC window code was compiled for (blocks stop at its end). */
  private codeBase = -1;
  private codeLimit = -1;
  private layoutVersion = -1;
  /** PCC on entry to the fast loop (materialised PCCs are CapAdd of it). */
  private entryPcc: Capability | null = null;
  /** Metadata of the PCC whose decode E.pcBase/E.pcLimit/E.lit* hold, with its exponent and
   *  CapIsRepresentableFast R (-1n: none). */
  private pccHi = -1n;
  private pccE = 0;
  private pccR = 0;
  /** The DDC whose load and store windows E holds (capabilities are immutable objects). */
  private ddcSeen: Capability | null = null;
  /** Blocks compiled, and instructions retired inside blocks (the rest ran in the interpreter). */
  compiled = 0;
  retiredInBlocks = 0;
  /** The WebAssembly tier (user processes in A64 state), created on first use unless
   *  MORELLO_SIM_WASM=0. */
  private wasm: WasmTier | null = null;
  private readonly wasmOff: boolean;

  /** `wasm`: with the WebAssembly tier (unless MORELLO_SIM_WASM=0). */
  constructor(private readonly cpu: Cpu, wasm = true) {
    this.wasmOff = !wasm || process.env.MORELLO_SIM_WASM === '0';
    const mem = cpu.bus.mem;
    mem.onWatchedWrite = (pn) => this.invalidatePage(pn);
  }

  /** When set (MORELLO_SIM_ENGINE_STATS=1), instructions the interpreter ran, by isa/ family. */
  readonly fallbacks: Map<string, number> | null = process.env.MORELLO_SIM_ENGINE_STATS === '1' ? new Map() : null;

  private noteFallback(): void {
    const cpu = this.cpu;
    let key = 'unfetchable';
    try {
      const pc = Number(cpu.pcc.value);
      const def = decode(cpu.bus.mem.read32(pc));
      key = def === null ? 'undefined' : `${def.family}${cpu.c64 ? ' (C64)' : ''}`;
    } catch {
      /* reported as unfetchable */
    }
    this.fallbacks!.set(key, (this.fallbacks!.get(key) ?? 0) + 1);
  }

  /** A one-paragraph report of where instructions ran (for MORELLO_SIM_ENGINE_STATS). */
  report(): string {
    const total = this.cpu.retired;
    const lines = [`block engine: ${this.retiredInBlocks} of ${total} instructions in ${this.compiled} compiled blocks (${((100 * this.retiredInBlocks) / Math.max(total, 1)).toFixed(1)} %)`];
    const w = this.wasm;
    if (w !== null) lines.push(`  of which WebAssembly: ${w.retired} in ${w.built} page units (${w.calls} calls, ${w.fills} TLB fills, ${w.compileMs.toFixed(0)} ms compiling)`);
    const top = [...(this.fallbacks ?? new Map<string, number>())].sort((a, b) => b[1] - a[1]).slice(0, 15);
    for (const [k, v] of top) lines.push(`  interpreter: ${v} × ${k}`);
    return lines.join('\n') + '\n';
  }

  /** Runs until `limit` instructions have retired (exceptions that end the run propagate, as from step()). */
  run(limit: number): void {
    const cpu = this.cpu;
    const E = this.E;
    while (cpu.retired < limit) {
      if (!this.enter()) {
        cpu.step();
        continue;
      }
      let pc = E.pc;
      const start = pc;
      const X = cpu.xlo;
      const H = cpu.xhi;
      const ML = cpu.mlo;
      const MH = cpu.mhi;
      const T = cpu.tag;
      const V = cpu.v;
      const R = this.R;
      const mode = cpu.c64 ? 1 : 0; // compiled code never changes PSTATE.C64
      const tier = mode === 0 ? this.tier() : null;
      for (;;) {
        // the WebAssembly tier first (-1: declined), else the region's JavaScript
        let k = tier !== null && limit - cpu.retired > 2 * UNIT_OVERRUN ? tier.run(pc, limit - cpu.retired - UNIT_OVERRUN) : -1;
        if (k < 0 || (k === 0 && !E.bail)) {
          let fn = this.entries.get(pc * 2 + mode);
          if (fn === undefined) {
            const f = this.entryFor(pc, mode);
            if (f === null) break;
            fn = f;
          }
          const room = limit - cpu.retired;
          if (room < 2 * MAX_BLOCK) break;
          E.budget = room - MAX_BLOCK;
          E.pc = pc;
          k = fn(E, cpu, X, H, ML, MH, T, V, R);
          if (tier !== null) tier.credit(k);
        }
        cpu.retired += k;
        this.retiredInBlocks += k;
        pc = E.pc;
        if (E.bail) {
          E.bail = false;
          break;
        }
        if (pc < E.pcBase || pc + 4 > E.pcLimit || (pc & 3) !== 0) break;
      }
      if (pc !== start) this.leave(pc);
      if (cpu.retired < limit) {
        if (this.fallbacks !== null) this.noteFallback();
        cpu.step();
      }
    }
  }

  /** The WebAssembly tier, when the state allows it: a user process (unaligned accesses allowed,
   *  the single address space), integer PC links (no PCCBO). */
  private tier(): WasmTier | null {
    if (this.wasmOff || !this.cpu.userProcess || !this.E.unaligned || !this.E.plainPc) return null;
    this.wasm ??= new WasmTier(this.cpu, { E: this.E, fillTlb: (pn, write) => this.fillTlb(pn, write), watchCode: (pn) => this.watch(pn, -1) });
    return this.wasm;
  }

  /** The function to run at `pc` (compiling its block and relinking its region as needed), or null
   *  when the interpreter must run the instruction there. */
  private entryFor(pc: number, mode: number): RegionFn | null {
    const rk = Math.floor(pc / REGION_BYTES) * 2 + mode;
    let r = this.regions.get(rk);
    if (r === undefined || !r.blocks.has(pc)) r = this.compile(pc, rk);
    if (r.blocks.get(pc) === null) return null;
    if (r.fn === null) {
      const fn = this.link(r);
      r.fn = fn;
      for (const [start, code] of r.blocks) if (code !== null) this.entries.set(start * 2 + mode, fn);
    }
    return r.fn;
  }

  /** Sets PCC for the interpreter after blocks ran from the entry PC to `pc`. */
  private leave(pc: number): void {
    const entry = this.entryPcc!;
    const cpu = this.cpu;
    if (pc >= this.E.pcBase && pc < this.E.pcLimit) {
      // Sail CapAdd(entry, pc - entry.value) without BigInt arithmetic: both values are below
      // 2^52 (no bit-55 change); the tag survives iff CapIsRepresentableFast holds.
      const ev = Number(entry.value);
      const d = pc - ev;
      const dh = Math.floor(d / 4294967296);
      const keep = capIsRepresentableFastNumbers(this.pccE, this.pccR, ev % 4294967296, Math.floor(ev / 4294967296), (d - dh * 4294967296) >>> 0, dh >>> 0);
      cpu.pcc = { tag: entry.tag && keep, hi: entry.hi, value: BigInt(pc) };
    } else cpu.pcc = capAdd(entry, BigInt(pc) - entry.value);
    cpu.curPc = cpu.pcc.value;
  }

  /** Whether the machine state lets blocks run; computes the windows they check against. */
  private enter(): boolean {
    const cpu = this.cpu;
    const E = this.E;
    if (cpu.pcCounts !== null) return false;
    const sctlr = cpu.sctlr();
    if (sctlr & 1n) return false; // stage 1 translation: interpreter
    const cctlr = cpu.cctlr();
    if (cctlr & 4n) return false; // DDCBO: integer addresses are DDC-relative
    E.plainPc = (cctlr & 8n) === 0n; // PCCBO
    E.sentryLinks = (cctlr & 0x80n) !== 0n; // SBL
    const pcc = cpu.pcc;
    const pc = Number(pcc.value);
    // PCC's decode is reused while its metadata is unchanged and the PC stays inside the bounds
    // decoded before (inside them the compressed bounds decode to the same values).
    if (pcc.hi !== this.pccHi || !pcc.tag || !(pc >= E.pcBase && pc < E.pcLimit)) {
      this.pccHi = -1n;
      if (!pcc.tag || capIsSealed(pcc) || (capGetPerms(pcc) & PERM_EXECUTE) === 0) return false;
      const pb = capGetBounds(pcc);
      if (!pb.valid) return false;
      E.pcBase = Number(pb.base);
      E.pcLimit = Number(pb.limit);
      if (E.pcBase !== this.codeBase || E.pcLimit !== this.codeLimit) {
        this.flushCode();
        this.codeBase = E.pcBase;
        this.codeLimit = E.pcLimit;
      }
      const lit = (capGetPerms(pcc) & PERM_LOAD) !== 0;
      E.litBase = lit ? E.pcBase : 0;
      E.litLimit = lit ? E.pcLimit : -1;
      this.pccE = capGetExponent(pcc);
      this.pccR = representableR(Number(capGetBottom(pcc) >> 13n));
      this.pccHi = pcc.hi;
      E.pccMl = Number(pcc.hi & 0xffffffffn);
      E.pccMh = Number(pcc.hi >> 32n);
    }
    if (pc < E.pcBase || pc + 4 > E.pcLimit || (pc & 3) !== 0 || pc >= 2 ** 52) return false;
    E.pc = pc;
    const ddc = cpu.curDdc;
    if (ddc !== this.ddcSeen) {
      this.ddcSeen = ddc;
      this.wasm?.flushTlb();
      E.ldLimit = -1;
      E.stLimit = -1;
      if (ddc.tag && !capIsSealed(ddc)) {
        const db = capGetBounds(ddc);
        if (db.valid) {
          const perms = capGetPerms(ddc);
          if (perms & PERM_LOAD) {
            E.ldBase = Number(db.base);
            E.ldLimit = Number(db.limit);
          }
          if (perms & PERM_STORE) {
            E.stBase = Number(db.base);
            E.stLimit = Number(db.limit);
          }
        }
      }
    }
    E.unaligned = cpu.userProcess && (sctlr & 2n) === 0n;
    E.fpOk = passes(() => checkFPEnabled(cpu));
    E.capOk = passes(() => checkCapabilitiesEnabled(cpu));
    E.fpRN = (cpu.fpcr & FPCR_NOT_PLAIN) === 0;
    E.spAlign = ((cpu.el === 0 ? sctlr >> 4n : sctlr >> 3n) & 1n) === 1n;
    if (this.layoutVersion !== cpu.bus.mem.layoutVersion) {
      this.flushTlb();
      this.wasm?.flushTlb();
      this.layoutVersion = cpu.bus.mem.layoutVersion;
    }
    this.entryPcc = pcc;
    return true;
  }

  /** capBoundsIeNumbers' result (fields given a double representation by the 0.5s). */
  private readonly ieBounds = { base: 0.5, limit: 0.5 };

  fillCap(n: number): boolean {
    const cpu = this.cpu;
    if (cpu.tag[n] !== 1) return false;
    const ml = cpu.mlo[n]!;
    const mh = cpu.mhi[n]!;
    if ((ml >>> 31) !== 0 || (mh & 0x3fff) !== 0) return false; // sealed (object type bits 109:95)
    // Exponent-zero bounds (tightly bounded objects, the common case) decode without BigInt.
    if (capBoundsIeNumbers(ml, cpu.xlo[n]!, cpu.xhi[n]!, this.ieBounds)) {
      this.cacheCap(n, this.ieBounds.base, this.ieBounds.limit, mh >>> 14, 0, representableR((ml & 0xffff) >>> 13));
      return true;
    }
    const c = cpu.getC(n);
    const b = capGetBounds(c);
    if (!b.valid) return false;
    this.cacheCap(n, Number(b.base), Number(b.limit), capGetPerms(c), capGetExponent(c), representableR(Number(capGetBottom(c) >> 13n)));
    return true;
  }

  /** Records register n's decode under its current key (metadata, value bits 63:13). */
  private cacheCap(n: number, base: number, limit: number, perms: number, e: number, r: number): void {
    const cpu = this.cpu;
    const E = this.E;
    E.kMl[n] = cpu.mlo[n]!;
    E.kMh[n] = cpu.mhi[n]!;
    E.kXh[n] = cpu.xhi[n]!;
    E.kXl[n] = cpu.xlo[n]! >>> 13;
    E.kBase[n] = base;
    E.kLimit[n] = limit;
    E.kPerm[n] = perms;
    E.kE[n] = e;
    E.kR[n] = r;
  }

  fillTlb(pn: number, write: boolean): boolean {
    const cpu = this.cpu;
    const mem = cpu.bus.mem;
    const addr = pn * 4096;
    // A user process's page protection: a page enters the write TLB only if writable, the read
    // TLB only if readable (the interpreter then raises the permission fault).
    if (cpu.userProcess && !mem.pageAllows(pn, write ? PROT_WRITE : PROT_READ)) return false;
    const page = mem.page(pn);
    if (page === undefined) return false;
    for (const d of cpu.bus.devices) if (d.base < addr + 4096 && d.base + d.size > addr) return false;
    if (write && mem.watched.has(pn)) return false;
    const ix = pn % TLB_SIZE;
    const E = this.E;
    if (write) {
      E.wTag[ix] = pn;
      E.wPage[ix] = page;
    } else {
      E.rTag[ix] = pn;
      E.rPage[ix] = page;
    }
    return true;
  }

  private flushTlb(): void {
    this.E.rTag.fill(-1);
    this.E.wTag.fill(-1);
    this.E.rPage.fill(undefined);
    this.E.wPage.fill(undefined);
  }

  /** A write to a page holding compiled code: the regions whose blocks read it are dropped. */
  private invalidatePage(pn: number): void {
    for (const rk of this.regionsByPage.get(pn) ?? []) this.dropRegion(rk);
    this.wasm?.drop(pn);
    this.regionsByPage.delete(pn);
    this.cpu.bus.mem.watched.delete(pn);
  }

  private dropRegion(rk: number): void {
    const r = this.regions.get(rk);
    if (r === undefined) return;
    for (const start of r.blocks.keys()) this.entries.delete(start * 2 + (rk % 2));
    this.regions.delete(rk);
  }

  private flushCode(): void {
    for (const pn of this.regionsByPage.keys()) this.cpu.bus.mem.watched.delete(pn);
    this.regions.clear();
    this.entries.clear();
    this.wasm?.clear();
    this.regionsByPage.clear();
  }

  private watch(pn: number, rk: number): void {
    const mem = this.cpu.bus.mem;
    let set = this.regionsByPage.get(pn);
    if (set === undefined) {
      set = new Set();
      this.regionsByPage.set(pn, set);
    }
    set.add(rk);
    if (!mem.watched.has(pn)) {
      mem.watched.add(pn);
      // A page that becomes code must not stay writable through the TLB.
      const ix = pn % TLB_SIZE;
      this.wasm?.dropWrite(pn);
      if (this.E.wTag[ix] === pn) {
        this.E.wTag[ix] = -1;
        this.E.wPage[ix] = undefined;
      }
    }
  }

  /** Compiles the block at `start` (A64 state, stage 1 off: the PC is the physical address) into
   *  region `rk`, whose function is then rebuilt on next use. */
  private compile(start: number, rk: number): Region {
    const mem = this.cpu.bus.mem;
    const E = this.E;
    let region = this.regions.get(rk);
    if (region === undefined) {
      region = { blocks: new Map(), fn: null };
      this.regions.set(rk, region);
    }
    const parts: string[] = [];
    let pc = start;
    let ended = false;
    const known = { caps: new Set<number>(), capOk: false, fpOk: false };
    while (parts.length < MAX_BLOCK && pc + 4 <= E.pcLimit && this.fetchable(Math.floor(pc / 4096))) {
      const word = mem.read32(pc);
      const def = decode(word);
      if (def === null) break;
      const e = emitA64(def, word, { pc, index: parts.length, c64: rk % 2 === 1, known, window: { base: E.pcBase, limit: E.pcLimit } });
      if (e === null) break;
      parts.push(e.code);
      forgetWritten(e.code, known);
      pc += 4;
      if (e.ends) {
        ended = true;
        break;
      }
    }
    this.watch(Math.floor(start / 4096), rk);
    if (parts.length === 0) {
      region.blocks.set(start, null);
      return region;
    }
    if (Math.floor((pc - 4) / 4096) !== Math.floor(start / 4096)) this.watch(Math.floor((pc - 4) / 4096), rk);
    if (!ended) parts.push(transfer(`${pc}`, parts.length));
    region.blocks.set(start, `case ${start}:{${parts.join('\n')}}`);
    region.fn = null;
    this.compiled++;
    return region;
  }

  /** Whether code on page pn may be compiled: it exists and, in a user process, is executable
   *  (a fetch from a page without PROT_EXEC is left to the interpreter, which faults). A change of
   *  the page's protection drops its compiled code (TaggedMemory.protect). */
  private fetchable(pn: number): boolean {
    const mem = this.cpu.bus.mem;
    if (this.cpu.userProcess && !mem.pageAllows(pn, PROT_EXEC)) return false;
    return mem.page(pn) !== undefined;
  }

  /** The region's function: a dispatch loop over its compiled blocks. */
  private link(r: Region): RegionFn {
    const cases = [...r.blocks.values()].filter((c) => c !== null).join('\n');
    const src = `const D32=R.d32,F64=R.f64,S32=R.s32,F32=R.f32;let n=0,pc=E.pc;for(;;){switch(pc){${cases}\ndefault:E.pc=pc;return n;}}`;
    return new Function('E', 'cpu', 'X', 'H', 'ML', 'MH', 'T', 'V', 'R', src) as RegionFn;
  }
}

/** Whether a check (which throws an architectural exception when it fails) passes. */
function passes(check: () => void): boolean {
  try {
    check();
    return true;
  } catch {
    return false;
  }
}

/** Which engine runs instructions: 'blocks' (compiled blocks with the WebAssembly tier, interpreter
 *  fallback), 'js' (the compiled JavaScript blocks alone, interpreter fallback) or 'interp'. */
export type EngineKind = 'blocks' | 'js' | 'interp';
export const ENGINE_KINDS: readonly EngineKind[] = ['blocks', 'js', 'interp'];

/** The engine a name (an option's or MORELLO_SIM_ENGINE's value) names, or null. */
export function engineKind(name: string | undefined): EngineKind | null {
  return (ENGINE_KINDS as readonly (string | undefined)[]).includes(name) ? (name as EngineKind) : null;
}

/** The default engine: blocks, unless MORELLO_SIM_ENGINE names another. */
export function defaultEngine(): EngineKind {
  return engineKind(process.env.MORELLO_SIM_ENGINE) ?? 'blocks';
}

const engines = new WeakMap<Cpu, BlockEngine>();

/** The block engine attached to `cpu` (after runCpu with blocks), for statistics. */
export function blockEngineOf(cpu: Cpu): BlockEngine | undefined {
  return engines.get(cpu);
}

/** Runs `cpu` until `limit` instructions have retired, with the chosen engine; `report`: print the
 *  engine's statistics (MORELLO_SIM_ENGINE_STATS=1) when it stops (a run cut into slices reports
 *  once, at its end: engineReport). */
export function runCpu(cpu: Cpu, limit: number, kind: EngineKind = defaultEngine(), report = true): void {
  if (kind === 'interp') {
    while (cpu.retired < limit) cpu.step();
    return;
  }
  let e = engines.get(cpu);
  if (e === undefined) {
    e = new BlockEngine(cpu, kind === 'blocks');
    engines.set(cpu, e);
  }
  try {
    e.run(limit);
  } finally {
    if (report) engineReport(cpu);
  }
}

/** Prints the block engine's statistics for `cpu` if they were asked for (MORELLO_SIM_ENGINE_STATS=1). */
export function engineReport(cpu: Cpu): void {
  const e = engines.get(cpu);
  if (e !== undefined && e.fallbacks !== null) process.stderr.write(e.report());
}
