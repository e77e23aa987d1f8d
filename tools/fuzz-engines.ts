// Control-flow fuzzing of the execution engines against the interpreter: random A64 programs of
// two code pages (integer data processing, general and SIMD&FP loads/stores, scalar FP, and
// branches of every kind with targets mostly inside the code) run in a user-process CPU from the
// same registers and memory, under the interpreter and under the block engine (its WebAssembly
// tier compiling every page on first use, or the JavaScript blocks alone); the first fault (kind
// and PC) or the instruction limit ends a run, and everything architectural is compared:
// instructions retired, X0–X30, SP, NZCV, V0–V7, FPSR, the data and stack pages.
//
//   node dist/tools/fuzz-engines.js [--seed N] [--count M] [--engine blocks|js]
import { runCpu, type EngineKind } from '../src/exec/block-engine.js';
import { INSNS, type InsnDef } from '../src/isa/table.js';
import { decode } from '../src/isa/decoder.js';
import { Bus } from '../src/exec/bus.js';
import { Cpu } from '../src/exec/cpu.js';
import { ArchException } from '../src/cpu/exception.js';
import { CMAX, capWithValue } from '../src/cap/format.js';
import { sysRegKey } from '../src/isa/sysregs.js';
import { isUndefinedInstruction } from '../src/exec/probe.js';
import '../src/exec/semantics.js';
import { Rng, numberArg, engineArg } from './difftest.js';

const CODE = 0x400000;
const CODE_WORDS = 2048; // two pages
const DATA = 0x500000;
const DATA_BYTES = 0x4000;
const STACK = 0x600000;
const STACK_BYTES = 0x4000;
const LIMIT = 20_000;

const FAMILIES = [
  /^integer_arithmetic_add_sub_(immediate|shiftedreg|extendedreg|carry)$/, /^integer_logical_(immediate|shiftedreg)$/, /^integer_bitfield$/,
  /^integer_conditional_(select|compare_immediate|compare_register)$/, /^integer_shift_variable$/, /^integer_ins_ext_(extract_immediate|insert_movewide)$/,
  /^integer_arithmetic_(cnt|div|mul_uniform_add_sub|mul_widening_32_64|mul_widening_64_128hi)$/,
  /^float_arithmetic_(add_sub|mul_product|div|unary)$/, /^float_compare_uncond$/, /^float_move_fp_(imm|select)$/, /^float_convert_int$/,
  /^memory_(single|pair)_(general|simdfp)_/, /^vector_logical$/,
  /^branch_(unconditional_immediate|conditional_cond|conditional_compare|conditional_test|unconditional_register)$/,
];
const CANDIDATES: InsnDef[] = INSNS.filter((d) => d.cls === 'a64' && FAMILIES.some((r) => r.test(d.family)));
const BRANCHES = CANDIDATES.filter((d) => d.family.startsWith('branch_'));
const ADR = INSNS.find((d) => d.id === 'ADR_C_I_C')!;

function setField(d: InsnDef, w: number, name: string, v: number): number {
  const f = d.fields.find((x) => x.name === name);
  return f ? ((w & ~(((1 << f.width) - 1) << f.lo)) | ((v & ((1 << f.width) - 1)) << f.lo)) >>> 0 : w;
}

/** A random word: a quarter branches (offsets of a few dozen instructions either way), a few ADRs
 *  to code (indirect branch targets), the rest data processing and loads/stores. */
function randomWord(r: Rng): number {
  for (;;) {
    const pick = r.below(16);
    const d = pick < 4 ? BRANCHES[r.below(BRANCHES.length)]! : pick === 4 ? ADR : CANDIDATES[r.below(CANDIDATES.length)]!;
    let w = ((r.next() & ~d.mask) | d.value) >>> 0;
    const near = r.below(96) - 48;
    for (const name of ['imm26', 'imm19', 'imm14']) w = setField(d, w, name, near);
    if (d === ADR) {
      // a word address a few dozen instructions away (P is the offset's sign bit in A64)
      w = setField(d, setField(d, setField(d, w, 'immlo', 0), 'immhi', near), 'P', near < 0 ? 1 : 0);
    }
    // X20–X27 hold data pointers that only loads' and stores' write-back changes: results go to
    // X0–X19, sources are any of X0–X27, bases are X20–X27 or SP
    for (const f of d.fields) {
      if (f.width !== 5) continue;
      if (f.name === 'Rd' || f.name === 'Rt' || f.name === 'Rt2') w = setField(d, w, f.name, r.below(20));
      else if (f.name === 'Rm' || (f.name === 'Rn' && !d.family.startsWith('memory_'))) w = setField(d, w, f.name, r.below(28));
    }
    if (d.family.startsWith('memory_')) {
      w = setField(d, w, 'Rn', r.below(9) === 8 ? 31 : 20 + r.below(8));
      w = setField(d, w, 'imm12', r.below(8));
      w = setField(d, w, 'imm9', r.below(64) - 32);
      w = setField(d, w, 'imm7', r.below(8) - 4);
    }
    const got = decode(w);
    if (got === null || isUndefinedInstruction(w)) continue;
    return w;
  }
}

interface Outcome {
  readonly retired: number;
  readonly stop: string;
  readonly state: string;
}

class Stop {
  constructor(readonly what: string) {}
}

function run(words: Uint32Array, regs: bigint[], data: Uint8Array, engine: EngineKind): Outcome {
  const bus = new Bus();
  const mem = bus.mem;
  mem.map(CODE, CODE_WORDS * 4);
  mem.map(DATA, DATA_BYTES);
  mem.map(STACK, STACK_BYTES);
  mem.writeBytes(CODE, new Uint8Array(words.buffer, words.byteOffset, words.byteLength));
  mem.writeBytes(DATA, data);
  const cpu = new Cpu(bus);
  cpu.el = 0;
  cpu.spsel = 0;
  cpu.spBank = 0;
  cpu.userProcess = true;
  cpu.pcc = capWithValue(CMAX, BigInt(CODE));
  cpu.sys.set(sysRegKey(3, 0, 1, 0, 2), 0x3n << 20n); // CPACR_EL1.FPEN
  for (let i = 0; i < 31; i++) cpu.setX(i, regs[i]!);
  cpu.setX(31, BigInt(STACK + STACK_BYTES / 2));
  cpu.onException = (c, e: ArchException) => {
    throw new Stop(`${e.kind} at 0x${c.curPc.toString(16)}`);
  };
  let stop = 'limit';
  try {
    runCpu(cpu, LIMIT, engine);
  } catch (e) {
    if (!(e instanceof Stop)) throw e;
    stop = e.what;
  }
  const parts: string[] = [];
  for (let i = 0; i < 32; i++) parts.push(`${cpu.xlo[i]!.toString(16)}:${cpu.xhi[i]!.toString(16)}`);
  parts.push(`nzcv ${cpu.n}${cpu.z}${cpu.c}${cpu.v_} fpsr ${cpu.fpsr}`);
  for (let i = 0; i < 32; i++) parts.push(cpu.v[i]!.toString(16));
  parts.push(Buffer.from(mem.readBytes(DATA, DATA_BYTES)).toString('base64'));
  parts.push(Buffer.from(mem.readBytes(STACK, STACK_BYTES)).toString('base64'));
  return { retired: cpu.retired, stop, state: parts.join(' ') };
}

export interface FuzzResult {
  readonly programs: number;
  readonly mismatches: string[];
  /** Runs that ended at the limit (loops), by a fault, and instructions retired in all. */
  readonly limits: number;
  readonly faults: number;
  readonly instructions: number;
}

export function fuzzEngines(seed: number, count: number, engine: EngineKind = 'blocks'): FuzzResult {
  const r = new Rng(seed);
  const mismatches: string[] = [];
  let limits = 0;
  let faults = 0;
  let instructions = 0;
  for (let p = 0; p < count; p++) {
    const words = new Uint32Array(CODE_WORDS);
    for (let i = 0; i < CODE_WORDS; i++) words[i] = randomWord(r);
    const regs: bigint[] = [];
    for (let i = 0; i < 31; i++) {
      const k = r.below(4);
      regs.push(i >= 20 && i < 28 ? BigInt(DATA + DATA_BYTES / 4 + 8 * r.below(DATA_BYTES / 16)) : k === 0 ? BigInt(DATA + 8 * r.below(DATA_BYTES / 8 - 64)) : k === 1 ? BigInt(CODE + 4 * r.below(CODE_WORDS)) : k === 2 ? BigInt(r.below(64)) : (BigInt(r.next()) << 32n) | BigInt(r.next()));
    }
    const data = new Uint8Array(DATA_BYTES);
    for (let i = 0; i < DATA_BYTES; i++) data[i] = r.below(256);
    const a = run(words, regs, data, 'interp');
    const b = run(words, regs, data, engine);
    instructions += a.retired;
    if (a.stop === 'limit') limits++;
    else faults++;
    if (a.retired !== b.retired || a.stop !== b.stop || a.state !== b.state) {
      mismatches.push(`program ${p} (seed ${seed}): interp ${a.retired} instructions, ${a.stop}; ${engine} ${b.retired}, ${b.stop}${a.state !== b.state ? '; state differs' : ''}`);
    }
  }
  return { programs: count, mismatches, limits, faults, instructions };
}

if (process.argv[1]?.endsWith('fuzz-engines.js')) {
  const engine = engineArg();
  if (engine === 'blocks' && process.env.MORELLO_SIM_WASM_HOT === undefined) process.env.MORELLO_SIM_WASM_HOT = '0';
  const res = fuzzEngines(numberArg('--seed', 1), numberArg('--count', 200), engine);
  for (const m of res.mismatches.slice(0, 20)) console.log(m);
  console.log(`${res.programs - res.mismatches.length} of ${res.programs} programs agree (${res.instructions} instructions; ${res.limits} reached the limit, ${res.faults} faulted)`);
  process.exit(res.mismatches.length === 0 ? 0 : 1);
}
