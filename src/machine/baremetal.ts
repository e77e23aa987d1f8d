// A bare-metal Morello machine: the ELF's PT_LOAD segments at their addresses, reset at EL3 with
// the MMU off (Sail TakeReset: PCC = CMAX at the entry point, DDC_ELx = CMAX, A64), and the
// trickbox device of the Sail-generated tests: bytes written to it are output; 0x04 ends the run.
import { runCpu, defaultEngine, type EngineKind } from '../exec/block-engine.js';
import { type ElfImage, PT_LOAD } from '../elf/reader.js';
import { Bus, type Device } from '../exec/bus.js';
import { Cpu } from '../exec/cpu.js';
import { CMAX, capWithValue } from '../cap/format.js';
import { MachineHalt } from '../cpu/exception.js';
import '../exec/semantics.js';

export const DEFAULT_TRICKBOX = 0x13000000;

export interface BareMetalResult {
  /** Bytes written to the trickbox, as text (0x04 not included). */
  readonly output: string;
  readonly status: 'halted' | 'limit' | 'error';
  readonly instructions: number;
  readonly morelloInstructions: number;
  readonly lastPc: bigint;
  readonly message?: string;
  /** The last exception the program took, e.g. "dabort at 0x400010 to EL1, ESR 0x96000028, FAR 0x1000". */
  readonly lastException?: string;
}

class Trickbox implements Device {
  out: number[] = [];
  write(_addr: number, _size: number, lo: number): boolean {
    const b = lo & 0xff;
    if (b === 0x04) throw new MachineHalt('end of transmission');
    this.out.push(b);
    return true;
  }
  read(): number | null {
    return 0;
  }
}

export function createBareMetal(img: ElfImage): { cpu: Cpu; trickbox: Trickbox } {
  const bus = new Bus();
  for (const seg of img.segments) {
    if (seg.type !== PT_LOAD || seg.memsz === 0) continue;
    // Physical placement (p_paddr): the MMU, when the program enables it, maps virtual addresses.
    bus.mem.writeBytes(seg.paddr, seg.data);
    if (seg.memsz > seg.filesz) bus.mem.writeBytes(seg.paddr + seg.filesz, new Uint8Array(seg.memsz - seg.filesz));
  }
  const tbAddr = img.symbols.find((s) => s.name === 'trickbox')?.value ?? DEFAULT_TRICKBOX;
  const trickbox = new Trickbox();
  bus.devices.push({ base: tbAddr, size: 16, dev: trickbox });
  const cpu = new Cpu(bus);
  cpu.el = 3;
  cpu.spsel = 1;
  cpu.c64 = false;
  cpu.pcc = capWithValue(CMAX, BigInt(img.entry));
  for (let i = 0; i < 4; i++) cpu.ddc[i] = CMAX;
  return { cpu, trickbox };
}

export function runBareMetal(img: ElfImage, maxInstructions = 2_000_000, engine: EngineKind = defaultEngine()): BareMetalResult {
  const { cpu, trickbox } = createBareMetal(img);
  let status: BareMetalResult['status'] = 'limit';
  let message: string | undefined;
  try {
    runCpu(cpu, maxInstructions, engine);
  } catch (e) {
    if (e instanceof MachineHalt) status = 'halted';
    else {
      status = 'error';
      message = e instanceof Error ? e.message : String(e);
    }
  }
  const x = cpu.lastException;
  const lastException = x === null ? undefined
    : `${x.kind} at 0x${x.pc.toString(16)} to EL${x.el}, ESR 0x${x.esr.toString(16)}${x.far !== null ? `, FAR 0x${x.far.toString(16)}` : ''}`;
  return {
    output: Buffer.from(trickbox.out).toString('latin1'), status, instructions: cpu.retired, morelloInstructions: cpu.retiredMorello, lastPc: cpu.curPc,
    ...(message !== undefined ? { message } : {}),
    ...(lastException !== undefined ? { lastException } : {}),
  };
}
