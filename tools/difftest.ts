// Differential testing against qemu-aarch64 (Debian qemu-user): random A64 instruction sequences
// (integer, FP, AdvSIMD) run inside a harness that loads known register values, executes the
// sequence and writes all registers (X0–X27, V0–V7, NZCV, FPSR) to stdout. The same Linux ELF runs
// under qemu-aarch64 and on our CPU; any difference is reported with the instruction and register.
//
//   node dist/tools/difftest.js [--seed N] [--count M] [--per-elf K] [--keep DIR] [--only REGEX] [--engine blocks|js|interp]
import { runCpu, defaultEngine, engineKind, type EngineKind } from '../src/exec/block-engine.js';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { INSNS, type InsnDef } from '../src/isa/table.js';
import { decode } from '../src/isa/decoder.js';
import { encodeId } from '../src/isa/encode.js';
import { formatInsn } from '../src/isa/syntax.js';
import { Bus } from '../src/exec/bus.js';
import { Cpu } from '../src/exec/cpu.js';
import { ArchException } from '../src/cpu/exception.js';
import { CMAX, capWithValue } from '../src/cap/format.js';
import { sysRegKey } from '../src/isa/sysregs.js';
import { capAdd } from '../src/cap/bounds.js';
import '../src/exec/semantics.js';
import { isUndefinedInstruction } from '../src/exec/probe.js';

const BASE = 0x400000;
const SEQ_LEN = 6;
const NREG = 28; // X0–X27 are random; X28 scratch base, X29 data pointer, X30 free
const NVEC = 32; // all of V0–V31 are loaded and dumped; operands favour V0–V7 so that sequences chain
/** Per-sequence data block: X0–X27, Q0–Q31, NZCV (+FPCR.RMode), FPSR, scratch memory. */
const BLOCK_REGS = NREG * 8 + NVEC * 16 + 16;
/** Scratch memory per sequence for the AdvSIMD structure loads/stores (base X28), compared too. */
const SCRATCH = 1024;
/** X30 = scratch + 0 (fixed, 16-byte aligned: exclusives, atomics, acquire/release); X28 = scratch +
 *  SCRATCH/2 (the base of every other load/store; its offsets and write-backs are kept small). */
const MID = SCRATCH / 2;
const BLOCK = BLOCK_REGS + SCRATCH;


/** Families whose encodings are safe to execute at random (no memory, no branches, no system). */
const FAMILIES = [
  /^integer_arithmetic_add_sub_(immediate|shiftedreg|extendedreg|carry)$/, /^integer_logical_(immediate|shiftedreg)$/, /^integer_bitfield$/,
  /^integer_conditional_(select|compare_immediate|compare_register)$/, /^integer_shift_variable$/, /^integer_ins_ext_(extract_immediate|insert_movewide)$/,
  /^integer_arithmetic_(rev|rbit|cnt|div|mul_uniform_add_sub|mul_widening_32_64|mul_widening_64_128hi)$/,
  /^float_arithmetic_(add_sub|mul_product|div|max_min|mul_add_sub|unary|round_frint)$/, /^float_compare_(uncond|cond)$/, /^float_move_fp_(imm|select)$/,
  /^float_convert_(fp|int|fix)$/,
  /^vector_/, // every AdvSIMD data-processing and crypto family (the probe drops encodings we treat as UNDEFINED)
  /^memory_(?!literal)/, // every load/store except PC-relative literals, on scratch memory
];

/** xorshift32: the same programs from the same seed. */
class Rng {
  constructor(private s: number) {}
  next(): number {
    let x = this.s >>> 0 || 1;
    x ^= x << 13; x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5; x >>>= 0;
    this.s = x;
    return x;
  }
  below(n: number): number {
    return this.next() % n;
  }
  u64(): bigint {
    const pick = this.below(6);
    const raw = (BigInt(this.next()) << 32n) | BigInt(this.next());
    if (pick === 0) return BigInt(this.below(16));
    if (pick === 1) return (1n << 64n) - BigInt(1 + this.below(16));
    if (pick === 2) return 0x8000000000000000n + BigInt(this.below(4));
    if (pick === 3) return 0x3ff0000000000000n + (raw & 0xfffffn); // near 1.0 (double)
    return raw;
  }
}

const ALL_CANDIDATES: InsnDef[] = INSNS.filter((d) => d.cls === 'a64' && FAMILIES.some((r) => r.test(d.family)));
let CANDIDATES: InsnDef[] = ALL_CANDIDATES;

/** Restricts generation to encodings whose family or id matches (developers' `--only REGEX`). */
export function restrictCandidates(only: RegExp | null): number {
  CANDIDATES = only === null ? ALL_CANDIDATES : ALL_CANDIDATES.filter((d) => only.test(d.family) || only.test(d.id));
  return CANDIDATES.length;
}

/** A random word of one of the candidate encodings, with register fields limited to X0–X27/V0–V7. */
function randomInsn(r: Rng): number {
  for (;;) {
    const d = CANDIDATES[r.below(CANDIDATES.length)]!;
    let w = ((r.next() & ~d.mask) | d.value) >>> 0;
    for (const f of d.fields) {
      if (!/^R[dnmats]$|^Rt2$/.test(f.name) || f.width !== 5) continue;
      const isVec = d.family.startsWith('vector_') || (d.family.startsWith('float_') && !d.id.includes('_int') && !d.id.includes('fix'));
      // UMOV/SMOV/INS/DUP (general) name an X register in one field: keep those below X28.
      const wide = isVec && !d.family.startsWith('vector_transfer_integer');
      const v = wide ? (r.below(4) === 0 ? r.below(NVEC) : r.below(8)) : isVec ? r.below(8) : r.below(NREG);
      w = ((w & ~(31 << f.lo)) | (v << f.lo)) >>> 0;
    }
    if (d.family.startsWith('float_convert_int') || d.family.startsWith('float_convert_fix')) {
      // General registers in these: keep both Rd and Rn in the shared 0..7 range.
      w = ((w & ~0x3ff) | (r.below(8) << 5) | r.below(8)) >>> 0;
    }
    if (d.family.startsWith('memory_')) w = scratchAddressing(d, w, r);
    const got = decode(w);
    if (got === null || !CANDIDATES.includes(got)) continue;
    if (isUndefinedInstruction(w) || qemuDiffers(d, w)) continue;
    return w;
  }
}

/** Points a load/store at the scratch block: base X30 (aligned, fixed) for exclusives, atomics and
 *  acquire/release, else X28 with small immediates; register offsets and post-increments use XZR
 *  or the immediate form. */
function scratchAddressing(d: InsnDef, w: number, r: Rng): number {
  const set = (name: string, v: number): void => {
    const f = d.fields.find((x) => x.name === name);
    if (f) w = ((w & ~(((1 << f.width) - 1) << f.lo)) | ((v & ((1 << f.width) - 1)) << f.lo)) >>> 0;
  };
  set('Rn', /exclusive|atomic|ordered/.test(d.family) ? 30 : 28);
  set('Rm', 31);
  set('imm12', r.below(4));
  set('imm9', r.below(32) - 16);
  set('imm7', r.below(4) - 2);
  return w;
}

/** Encodings where qemu-aarch64 departs from the Arm specification (Sail), so not comparable. */
function qemuDiffers(d: InsnDef, w: number): boolean {
  // FCVTZS/FCVTZU (scalar, fixed-point) on half precision (immh = 001x): qemu writes a 32-bit
  // sign-extended result; Sail writes the 16-bit element and zeroes the rest of V[d].
  return d.family === 'vector_shift_conv_float_sisd' && ((w >>> 19) & 0xe) === 2;
}

// ---------------------------------------------------------------- harness assembly (via the isa table)
const X = (n: number): number => n;
function harnessWords(seqs: number[][], dataAddr: number): number[] {
  const code: number[] = [];
  const dataOff = (i: number): number => i * BLOCK;
  for (let s = 0; s < seqs.length; s++) {
    // x29 = data block of this sequence (movz/movk)
    const addr = dataAddr + dataOff(s);
    code.push(encodeId('movz.integer_ins_ext_insert_movewide', { sf: 1, hw: 0, imm16: addr & 0xffff, Rd: 29 }));
    code.push(encodeId('movk.integer_ins_ext_insert_movewide', { sf: 1, hw: 1, imm16: (addr >>> 16) & 0xffff, Rd: 29 }));
    for (let i = 0; i < NREG; i += 2) code.push(encodeId('ldp_gen.memory_pair_general_offset', { opc: 2, L: 1, imm7: i, Rt2: X(i + 1), Rn: 29, Rt: X(i) }));
    for (let v = 0; v < NVEC; v++) code.push(encodeId('ldr_imm_fpsimd.memory_single_simdfp_immediate_unsigned', { size: 0, opc: 3, imm12: (NREG * 8) / 16 + v, Rn: 29, Rt: v }));
    // NZCV from the data block's last word: ldr x28, [x29, #off]; msr nzcv, x28
    code.push(encodeId('ldr_imm_gen.memory_single_general_immediate_unsigned', { size: 3, opc: 1, imm12: (NREG * 8 + NVEC * 16) / 8, Rn: 29, Rt: 28 }));
    code.push(encodeId('msr_reg.system_register_system', { o0: 1, op1: 3, CRn: 4, CRm: 2, op2: 0, Rt: 28 }));
    code.push(encodeId('msr_reg.system_register_system', { o0: 1, op1: 3, CRn: 4, CRm: 4, op2: 1, Rt: 31 })); // FPSR = 0
    // FPCR.RMode from bits 23:22 of the same word: and x28, x28, #0xc00000; msr fpcr, x28
    code.push(encodeId('and_log_imm.integer_logical_immediate', { sf: 1, N: 1, immr: 42, imms: 1, Rn: 28, Rd: 28 }));
    code.push(encodeId('msr_reg.system_register_system', { o0: 1, op1: 3, CRn: 4, CRm: 4, op2: 0, Rt: 28 }));
    code.push(encodeId('add_addsub_imm.integer_arithmetic_add_sub_immediate', { sf: 1, sh: 0, imm12: BLOCK_REGS + MID, Rn: 29, Rd: 28 }));
    code.push(encodeId('add_addsub_imm.integer_arithmetic_add_sub_immediate', { sf: 1, sh: 0, imm12: BLOCK_REGS, Rn: 29, Rd: 30 }));
    code.push(...seqs[s]!);
    // dump into the same block: x0..x27, q0..q7, nzcv, fpsr
    for (let i = 0; i < NREG; i += 2) code.push(encodeId('stp_gen.memory_pair_general_offset', { opc: 2, L: 0, imm7: i, Rt2: X(i + 1), Rn: 29, Rt: X(i) }));
    for (let v = 0; v < NVEC; v++) code.push(encodeId('str_imm_fpsimd.memory_single_simdfp_immediate_unsigned', { size: 0, opc: 2, imm12: (NREG * 8) / 16 + v, Rn: 29, Rt: v }));
    code.push(encodeId('mrs.system_register_system', { o0: 1, op1: 3, CRn: 4, CRm: 2, op2: 0, Rt: 28 }));
    code.push(encodeId('str_imm_gen.memory_single_general_immediate_unsigned', { size: 3, opc: 0, imm12: (NREG * 8 + NVEC * 16) / 8, Rn: 29, Rt: 28 }));
    code.push(encodeId('mrs.system_register_system', { o0: 1, op1: 3, CRn: 4, CRm: 4, op2: 1, Rt: 28 }));
    code.push(encodeId('str_imm_gen.memory_single_general_immediate_unsigned', { size: 3, opc: 0, imm12: (NREG * 8 + NVEC * 16) / 8 + 1, Rn: 29, Rt: 28 }));
  }
  // write(1, data, size); exit(0) — Linux AArch64 numbers (64, 93)
  const size = seqs.length * BLOCK;
  code.push(encodeId('movz.integer_ins_ext_insert_movewide', { sf: 1, hw: 0, imm16: 1, Rd: 0 }));
  code.push(encodeId('movz.integer_ins_ext_insert_movewide', { sf: 1, hw: 0, imm16: dataAddr & 0xffff, Rd: 1 }));
  code.push(encodeId('movk.integer_ins_ext_insert_movewide', { sf: 1, hw: 1, imm16: (dataAddr >>> 16) & 0xffff, Rd: 1 }));
  code.push(encodeId('movz.integer_ins_ext_insert_movewide', { sf: 1, hw: 0, imm16: size & 0xffff, Rd: 2 }));
  code.push(encodeId('movk.integer_ins_ext_insert_movewide', { sf: 1, hw: 1, imm16: (size >>> 16) & 0xffff, Rd: 2 }));
  code.push(encodeId('movz.integer_ins_ext_insert_movewide', { sf: 1, hw: 0, imm16: 64, Rd: 8 }));
  code.push(encodeId('svc.system_exceptions_runtime_svc', { imm16: 0 }));
  code.push(encodeId('movz.integer_ins_ext_insert_movewide', { sf: 1, hw: 0, imm16: 0, Rd: 0 }));
  code.push(encodeId('movz.integer_ins_ext_insert_movewide', { sf: 1, hw: 0, imm16: 93, Rd: 8 }));
  code.push(encodeId('svc.system_exceptions_runtime_svc', { imm16: 0 }));
  return code;
}

/** A minimal static Linux AArch64 ELF with one RWX PT_LOAD segment. */
function buildElf(image: Uint8Array): Uint8Array {
  const hdr = Buffer.alloc(64 + 56);
  hdr.write('\x7fELF', 0, 'latin1');
  hdr[4] = 2; hdr[5] = 1; hdr[6] = 1;
  hdr.writeUInt16LE(2, 16); // ET_EXEC
  hdr.writeUInt16LE(183, 18);
  hdr.writeUInt32LE(1, 20);
  hdr.writeBigUInt64LE(BigInt(BASE + 0x1000), 24); // entry
  hdr.writeBigUInt64LE(64n, 32); // phoff
  hdr.writeUInt16LE(64, 52);
  hdr.writeUInt16LE(56, 54);
  hdr.writeUInt16LE(1, 56);
  hdr.writeUInt16LE(64, 58);
  const ph = 64;
  hdr.writeUInt32LE(1, ph);
  hdr.writeUInt32LE(7, ph + 4);
  hdr.writeBigUInt64LE(0n, ph + 8);
  hdr.writeBigUInt64LE(BigInt(BASE), ph + 16);
  hdr.writeBigUInt64LE(BigInt(BASE), ph + 24);
  const total = 0x1000 + image.length;
  hdr.writeBigUInt64LE(BigInt(total), ph + 32);
  hdr.writeBigUInt64LE(BigInt(total), ph + 40);
  hdr.writeBigUInt64LE(0x1000n, ph + 48);
  const file = new Uint8Array(total);
  file.set(hdr, 0);
  file.set(image, 0x1000);
  return file;
}

export interface DiffProgram {
  readonly elf: Uint8Array;
  readonly seqs: number[][];
}

export function makeProgram(r: Rng, count: number): DiffProgram {
  const seqs: number[][] = [];
  for (let s = 0; s < count; s++) seqs.push(Array.from({ length: SEQ_LEN }, () => randomInsn(r)));
  const block = BLOCK;
  // Code first, then data (page aligned).
  const codeLen = harnessWords(seqs, 0).length * 4;
  const dataAddr = BASE + 0x1000 + Math.ceil(codeLen / 4096) * 4096;
  const code = harnessWords(seqs, dataAddr);
  const image = new Uint8Array(dataAddr - BASE - 0x1000 + count * block + 16);
  const dv = new DataView(image.buffer);
  code.forEach((w, i) => dv.setUint32(i * 4, w, true));
  for (let s = 0; s < count; s++) {
    const off = dataAddr - BASE - 0x1000 + s * block;
    for (let i = 0; i < NREG + NVEC * 2; i++) dv.setBigUint64(off + i * 8, r.u64(), true);
    // NZCV, and in a quarter of the sequences a directed FPCR rounding mode (RP, RM or RZ)
    const rmode = r.below(4) === 0 ? BigInt(1 + r.below(3)) << 22n : 0n;
    dv.setBigUint64(off + (NREG + NVEC * 2) * 8, (BigInt(r.below(16)) << 28n) | rmode, true);
    for (let i = 0; i < SCRATCH; i += 8) dv.setBigUint64(off + BLOCK_REGS + i, r.u64(), true);
  }
  return { elf: buildElf(image), seqs };
}

/** Runs the program on our CPU (Linux write/exit only) and returns stdout. */
/** The harness's exit system call ends the run. */
class HarnessExit {}

export function runOurs(elf: Uint8Array, engine: EngineKind = defaultEngine()): Uint8Array {
  const bus = new Bus();
  const dv = new DataView(elf.buffer, elf.byteOffset, elf.length);
  const memsz = Number(dv.getBigUint64(64 + 40, true));
  bus.mem.map(BASE, Math.ceil(memsz / 4096) * 4096);
  bus.mem.writeBytes(BASE, elf.subarray(0, memsz));
  bus.mem.map(0x7f0000, 0x10000);
  const cpu = new Cpu(bus);
  cpu.el = 0;
  cpu.spsel = 0;
  cpu.spBank = 0;
  cpu.userProcess = true;
  cpu.pcc = capWithValue(CMAX, BigInt(BASE + 0x1000));
  cpu.sys.set(sysRegKey(3, 0, 1, 0, 2), 0x3n << 20n | 0x3n << 18n);
  cpu.sys.set(sysRegKey(3, 6, 1, 1, 2), 0x200n);
  cpu.setX(31, 0x7f8000n);
  const out: number[] = [];
  cpu.onException = (c, e: ArchException) => {
    if (e.kind !== 'svc') throw new Error(`harness fault ${e.kind} at 0x${c.curPc.toString(16)}`);
    const nr = Number(c.x(8));
    if (nr === 64) {
      const a = Number(c.x(1));
      for (let i = 0; i < Number(c.x(2)); i++) out.push(bus.mem.read8(a + i));
    } else if (nr === 93) throw new HarnessExit();
    c.pcc = capAdd(c.pcc, 4n);
    return true;
  };
  try {
    runCpu(cpu, 10_000_000, engine);
  } catch (e) {
    if (!(e instanceof HarnessExit)) throw e;
  }
  return Uint8Array.from(out);
}

export interface Mismatch {
  readonly seq: number;
  readonly reg: string;
  readonly ours: string;
  readonly qemu: string;
  readonly insns: string[];
}

export function compare(p: DiffProgram, ours: Uint8Array, qemu: Uint8Array, fpsr: boolean): Mismatch[] {
  const out: Mismatch[] = [];
  const block = BLOCK;
  const a = Buffer.from(ours);
  const b = Buffer.from(qemu);
  for (let s = 0; s < p.seqs.length; s++) {
    const o = s * block;
    const name = (i: number): string => (i < NREG ? `x${i}` : i < NREG + NVEC * 2 ? `v${(i - NREG) >> 1}.d[${(i - NREG) & 1}]`
      : i === NREG + NVEC * 2 ? 'nzcv' : i === NREG + NVEC * 2 + 1 ? 'fpsr' : `scratch[+${i * 8 - BLOCK_REGS}]`);
    for (let i = 0; i < BLOCK / 8; i++) {
      if (i === NREG + NVEC * 2 + 1 && !fpsr) continue;
      const x = a.readBigUInt64LE(o + i * 8);
      const y = b.readBigUInt64LE(o + i * 8);
      if (x !== y) {
        out.push({ seq: s, reg: name(i), ours: `0x${x.toString(16)}`, qemu: `0x${y.toString(16)}`, insns: p.seqs[s]!.map((w) => describe(w)) });
        break;
      }
    }
  }
  return out;
}

function describe(w: number): string {
  const d = decode(w);
  return `${w.toString(16).padStart(8, '0')} ${d ? formatInsn(d, w, { pc: 0, c64: false }) : '?'}`;
}

export { Rng };

export function runDifferential(seed: number, count: number, perElf = 100, keep?: string, engine: EngineKind = defaultEngine()): { sequences: number; mismatches: Mismatch[] } {
  const r = new Rng(seed);
  const dir = keep ?? mkdtempSync(join(tmpdir(), 'msim-diff-'));
  if (keep) mkdirSync(keep, { recursive: true });
  const mismatches: Mismatch[] = [];
  let n = 0;
  try {
    for (let k = 0; n < count; k++) {
      const m = Math.min(perElf, count - n);
      const p = makeProgram(r, m);
      const f = join(dir, `diff-${seed}-${k}.elf`);
      writeFileSync(f, p.elf, { mode: 0o755 });
      let qemu: Buffer;
      try {
        qemu = execFileSync('qemu-aarch64', ['-d', 'in_asm,nochain', '-D', `${f}.log`, f], { maxBuffer: 64 << 20, stdio: ['ignore', 'pipe', 'pipe'] });
      } catch (e) {
        // qemu died (e.g. SIGILL on an encoding we execute): report the last instruction it translated.
        const log = readFileSync(`${f}.log`, 'utf8').trim().split('\n');
        const last = log[log.length - 1] ?? '';
        mismatches.push({ seq: n, reg: `qemu ${(e as { signal?: string }).signal ?? 'failed'}`, ours: 'executed', qemu: last, insns: [last] });
        n += m;
        continue;
      }
      const ours = runOurs(p.elf, engine);
      for (const mm of compare(p, ours, qemu, true)) mismatches.push({ ...mm, seq: n + mm.seq });
      n += m;
    }
  } finally {
    if (!keep) rmSync(dir, { recursive: true, force: true });
  }
  return { sequences: n, mismatches };
}

/** A command-line tool's numeric option `--name N` (the fuzzers' and this tool's). */
export function numberArg(name: string, dflt: number): number {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : dflt;
}

/** A command-line tool's `--engine blocks|js|interp` (default blocks). */
export function engineArg(): EngineKind {
  const i = process.argv.indexOf('--engine');
  return (i >= 0 ? engineKind(process.argv[i + 1]) : null) ?? 'blocks';
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const keepI = process.argv.indexOf('--keep');
  const onlyI = process.argv.indexOf('--only');
  if (onlyI >= 0 && restrictCandidates(new RegExp(process.argv[onlyI + 1]!)) === 0) throw new Error('--only matches no candidate encoding');
  const res = runDifferential(numberArg('--seed', 1), numberArg('--count', 2000), numberArg('--per-elf', 100), keepI >= 0 ? process.argv[keepI + 1] : undefined, engineArg());
  for (const m of res.mismatches.slice(0, 20)) {
    console.log(`sequence ${m.seq}: ${m.reg} ours ${m.ours} qemu ${m.qemu}\n  ${m.insns.join('\n  ')}`);
  }
  console.log(`${res.sequences - res.mismatches.length} passed, ${res.mismatches.length} failed`);
  process.exitCode = res.mismatches.length ? 1 : 0;
}
