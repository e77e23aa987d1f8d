// Whether a word is UNDEFINED for the executor (decode-time checks that the isa/ patterns do not
// express: reserved sizes, unallocated field combinations, features Morello lacks). One step on a
// scratch EL0 CPU with FP and capabilities enabled; aborts and other exceptions do not count.
import { Bus } from './bus.js';
import { Cpu } from './cpu.js';
import { CMAX, capWithValue } from '../cap/format.js';
import { sysRegKey } from '../isa/sysregs.js';
import './semantics.js';

const AT = 0x1000;

export function isUndefinedInstruction(word: number, c64 = false): boolean {
  const bus = new Bus();
  bus.mem.map(AT, 0x1000);
  bus.mem.write32(AT, word);
  const cpu = new Cpu(bus);
  cpu.el = 0;
  cpu.userProcess = true;
  cpu.c64 = c64;
  cpu.pcc = capWithValue(CMAX, BigInt(AT));
  cpu.sys.set(sysRegKey(3, 0, 1, 0, 2), 0x3n << 20n | 0x3n << 18n); // CPACR_EL1: FP and capabilities at EL0
  cpu.sys.set(sysRegKey(3, 6, 1, 1, 2), 0x200n); // CPTR_EL3.EC
  let undef = false;
  cpu.onException = (_c, e) => {
    if (e.kind === 'undefined') undef = true;
    return true;
  };
  try {
    cpu.step();
  } catch {
    return true; // not executable at all
  }
  return undef;
}
