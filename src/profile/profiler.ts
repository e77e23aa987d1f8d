// Instruction-count profiles: per mnemonic, per function (ELF symbols), hottest basic blocks, and
// the class split (plain A64 vs Morello) with loads, stores, capability loads/stores and branches —
// all from exact per-PC execution counts.
import { type ElfImage, functionSymbols, classifyElf } from '../elf/reader.js';
import { GuestProcess } from '../os/cheribsd/process.js';
import { createBareMetal } from '../machine/baremetal.js';
import { MachineHalt } from '../cpu/exception.js';
import { decode } from '../isa/decoder.js';
import { mnemonicOf } from '../isa/syntax.js';
import type { InsnDef } from '../isa/table.js';
import type { Cpu } from '../exec/cpu.js';

export interface ClassCounts {
  instructions: number;
  a64: number;
  morello: number;
  loads: number;
  stores: number;
  capLoads: number;
  capStores: number;
  branches: number;
}

export interface Profile {
  readonly program: string;
  readonly exitStatus: number | null;
  readonly totals: ClassCounts;
  readonly byMnemonic: { mnemonic: string; cls: string; count: number }[];
  readonly byFunction: { name: string; count: number; morello: number }[];
  readonly hotBlocks: { start: string; end: string; function: string; instructions: number; executions: number }[];
}

/** What an instruction does, for the class split (from the isa/ family names and Morello clause ids). */
export function kindOf(def: InsnDef): { load: boolean; store: boolean; cap: boolean; branch: boolean } {
  const f = def.family;
  const id = def.id;
  const branch = f.startsWith('branch_') || /^(BR|BLR|RET|BRR|BLRR|RETR|BRS|BLRS|RETS|BX|LDPBR|LDPBLR)_/.test(id);
  let load = false;
  let store = false;
  let cap = false;
  if (def.cls === 'morello') {
    cap = /_C_|_CC_|C_R_C|_R_CR_C/.test(id) && /^(A?LD|A?ST|CAS|SWP|LDP|STP|LDN|STN|LDX|STX|LDA|STL|LDT|STT)/.test(id);
    load = /^(ALD|LD|CAS|SWP|BR_CI|BLR_CI)/.test(id);
    store = /^(AST|ST|CAS|SWP)/.test(id);
    if (/^(CAS|SWP)/.test(id)) cap = true;
  } else if (f.startsWith('memory_')) {
    const isPrefetch = /prfm|prfum/.test(id);
    load = !isPrefetch && (/^ld|^cas|^swp/.test(id) || f.includes('atomicops_ld'));
    store = !isPrefetch && (/^st|^cas|^swp/.test(id) || f.includes('atomicops'));
  }
  return { load, store, cap, branch };
}

function emptyCounts(): ClassCounts {
  return { instructions: 0, a64: 0, morello: 0, loads: 0, stores: 0, capLoads: 0, capStores: 0, branches: 0 };
}

/** Runs a program with per-PC counting and builds its profile. */
export function profileProgram(img: ElfImage, argv: readonly string[], opts: { root?: string; stdout?: (b: Uint8Array) => void } = {}): Profile {
  const counts = new Map<number, number>();
  let cpu: Cpu;
  let exitStatus: number | null = null;
  let loadBase = 0;
  if (classifyElf(img) === 'baremetal') {
    const m = createBareMetal(img);
    cpu = m.cpu;
    cpu.pcCounts = counts;
    try {
      while (cpu.retired < 100_000_000) cpu.step();
    } catch (e) {
      if (!(e instanceof MachineHalt)) throw e;
    }
    opts.stdout?.(Uint8Array.from(m.trickbox.out));
  } else {
    const proc = new GuestProcess(img, { argv, env: [], ...(opts.root ? { root: opts.root } : {}), ...(opts.stdout ? { stdout: opts.stdout } : {}) });
    cpu = proc.cpu;
    cpu.pcCounts = counts;
    loadBase = proc.loadBase;
    exitStatus = proc.run().status;
  }
  return buildProfile(img, counts, cpu, exitStatus, loadBase);
}

function buildProfile(img: ElfImage, counts: Map<number, number>, cpu: Cpu, exitStatus: number | null, loadBase: number): Profile {
  const totals = emptyCounts();
  const mn = new Map<string, { cls: string; count: number }>();
  // An ET_DYN image runs at its load base: its symbols are shifted by it.
  const syms = functionSymbols(img).map((f) => ({ ...f, addr: f.addr + loadBase }));
  const fnOf = (pc: number): string => {
    let lo = 0;
    let hi = syms.length - 1;
    let best = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (syms[mid]!.addr <= pc) {
        best = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return best >= 0 ? syms[best]!.name : '?';
  };
  const fns = new Map<string, { count: number; morello: number }>();
  const pcs = [...counts.keys()].sort((a, b) => a - b);
  for (const pc of pcs) {
    const n = counts.get(pc)!;
    let word: number;
    try {
      word = cpu.bus.mem.read32(pc);
    } catch {
      continue;
    }
    const def = decode(word);
    if (def === null) continue;
    const k = kindOf(def);
    const isMorello = def.cls === 'morello' && !(/^ADRD?P?_C_I/.test(def.id) && !cpu.c64);
    totals.instructions += n;
    if (isMorello) totals.morello += n;
    else totals.a64 += n;
    if (k.load) totals.loads += n;
    if (k.store) totals.stores += n;
    if (k.cap && k.load) totals.capLoads += n;
    if (k.cap && k.store) totals.capStores += n;
    if (k.branch) totals.branches += n;
    const m = mnemonicOf(def, word, { pc, c64: false });
    const e = mn.get(m) ?? { cls: isMorello ? 'morello' : 'a64', count: 0 };
    e.count += n;
    mn.set(m, e);
    const fname = fnOf(pc);
    const fe = fns.get(fname) ?? { count: 0, morello: 0 };
    fe.count += n;
    if (isMorello) fe.morello += n;
    fns.set(fname, fe);
  }
  // Basic blocks: maximal runs of consecutive PCs with the same execution count.
  const blocks: Profile['hotBlocks'] = [];
  for (let i = 0; i < pcs.length; ) {
    let j = i;
    while (j + 1 < pcs.length && pcs[j + 1] === pcs[j]! + 4 && counts.get(pcs[j + 1]!) === counts.get(pcs[i]!)) j++;
    const len = j - i + 1;
    blocks.push({
      start: `0x${pcs[i]!.toString(16)}`, end: `0x${pcs[j]!.toString(16)}`, function: fnOf(pcs[i]!),
      instructions: len * counts.get(pcs[i]!)!, executions: counts.get(pcs[i]!)!,
    });
    i = j + 1;
  }
  blocks.sort((a, b) => b.instructions - a.instructions);
  return {
    program: img.file, exitStatus, totals,
    byMnemonic: [...mn].map(([mnemonic, v]) => ({ mnemonic, cls: v.cls, count: v.count })).sort((a, b) => b.count - a.count),
    byFunction: [...fns].map(([name, v]) => ({ name, ...v })).sort((a, b) => b.count - a.count),
    hotBlocks: blocks.slice(0, 10),
  };
}

export function profileText(p: Profile, top = 15): string {
  const t = p.totals;
  const pct = (n: number): string => (t.instructions ? ((100 * n) / t.instructions).toFixed(1) : '0.0') + '%';
  const lines = [
    `${p.program}: ${t.instructions} instructions (a64 ${t.a64} ${pct(t.a64)}, morello ${t.morello} ${pct(t.morello)})`,
    `  loads ${t.loads}, stores ${t.stores}, capability loads ${t.capLoads}, capability stores ${t.capStores}, branches ${t.branches}`,
    '', 'mnemonic          class      count      share',
    ...p.byMnemonic.slice(0, top).map((m) => `${m.mnemonic.padEnd(18)}${m.cls.padEnd(8)}${String(m.count).padStart(10)}  ${pct(m.count).padStart(8)}`),
    '', 'function                        count   morello      share',
    ...p.byFunction.slice(0, top).map((f) => `${f.name.slice(0, 28).padEnd(28)}${String(f.count).padStart(9)}${String(f.morello).padStart(10)}  ${pct(f.count).padStart(8)}`),
    '', 'hottest basic blocks (instructions executed)',
    ...p.hotBlocks.map((b) => `  ${b.start}-${b.end} ${b.function.padEnd(20)} ${b.instructions} (${b.executions}×)`),
  ];
  return lines.join('\n') + '\n';
}
