// What the CPU sees of the machine: tagged memory plus memory-mapped devices.
import { TaggedMemory } from '../mem/tagged-memory.js';

export interface Device {
  /** Handles a write of `size` bytes at `addr`; return true if claimed. */
  write(addr: number, size: number, lo: number, hi: number): boolean;
  /** Handles a read; return null when not claimed. */
  read(addr: number, size: number): number | null;
}

export class Bus {
  readonly mem = new TaggedMemory();
  readonly devices: { base: number; size: number; dev: Device }[] = [];

  deviceAt(addr: number): Device | null {
    for (const d of this.devices) if (addr >= d.base && addr < d.base + d.size) return d.dev;
    return null;
  }
}
