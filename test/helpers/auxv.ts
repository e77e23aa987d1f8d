// Reading a CheriABI process's auxiliary vector as crt1 and rtld do: C0 points at 32-byte entries,
// the type at +0 and the value or capability at +16, ending at AT_NULL.
import type { GuestProcess } from '../../src/os/cheribsd/process.js';
import type { Capability } from '../../src/cap/format.js';

export function auxvEntries(proc: GuestProcess): Map<number, Capability> {
  const entries = new Map<number, Capability>();
  for (let a = proc.cpu.getC(0).value; ; a += 32n) {
    const type = Number(proc.bus.mem.read32(Number(a)));
    if (type === 0) return entries;
    entries.set(type, proc.cpu.readCapMem(a + 16n));
  }
}
