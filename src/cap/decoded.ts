// A capability's seal, permissions and bounds, decoded once per metadata. With the same metadata
// (upper 64 bits) and a value inside the bounds decoded before, CapGetBounds decodes the same bounds
// (the value only selects the representable region's corrections), and seal and permissions are
// fields of the metadata: the interpreter's fetch and data checks keep one each.
import { type Capability, capGetPerms, capIsSealed } from './format.js';
import { capGetBounds } from './bounds.js';

export class DecodedCap {
  /** Metadata of the last decode with valid bounds (-1: none). */
  hi = -1n;
  sealed = false;
  perms = 0;
  base = 0n;
  /** -1 when the bounds are invalid. */
  limit = -1n;

  /** Decodes `c` unless the last decode applies to it; false when its bounds are invalid. */
  of(c: Capability): boolean {
    if (c.hi === this.hi && c.value >= this.base && c.value < this.limit) return true;
    const b = capGetBounds(c);
    this.sealed = capIsSealed(c);
    this.perms = capGetPerms(c);
    this.hi = b.valid ? c.hi : -1n;
    this.base = b.base;
    this.limit = b.valid ? b.limit : -1n;
    return b.valid;
  }

  /** Whether [addr, addr + size) lies inside the decoded bounds. */
  covers(addr: bigint, size: number): boolean {
    return this.limit >= 0n && addr >= this.base && addr + BigInt(size) <= this.limit;
  }
}
