// The Morello capability: 128 bits + tag (Arm DDI0606; Sail v8_base.sail CAP_* constants).
//   bit 128      tag (out of band)
//   127:110      permissions (18)        109:95  object type (15)
//   94           IE: 0 = exponent stored internally (in the low 3 bits of T and B, inverted)
//   93:80        T (top, 14 stored bits)  79:64  B (bottom, 16 bits)
//   63:0         value; 63:56 are the flags
// Capabilities are immutable values here; `hi` holds bits 127:64, `value` bits 63:0.

export interface Capability {
  readonly tag: boolean;
  /** Bits 127:64 (permissions, object type, bounds). */
  readonly hi: bigint;
  /** Bits 63:0 (the value / cursor, flags in 63:56). */
  readonly value: bigint;
}

export const MASK64 = (1n << 64n) - 1n;
export const CAP_MW = 16;
export const CAP_MAX_EXPONENT = 50;
export const CAP_MAX_ENCODEABLE_EXPONENT = 63;
export const CAP_MAX_OBJECT_TYPE = 32767;
export const CAP_MAX_FIXED_SEAL_TYPE = 3;
export const OTYPE_RB = 1n;
export const OTYPE_LPB = 2n;
export const OTYPE_LB = 3n;

// Permission bits (bit n of the 18-bit field; capability bit 110+n).
export const PERM_GLOBAL = 1 << 0;
export const PERM_EXECUTIVE = 1 << 1;
export const PERM_USER0 = 1 << 2;
export const PERM_MUTABLE_LOAD = 1 << 6;
export const PERM_COMPARTMENT_ID = 1 << 7;
export const PERM_BRANCH_SEALED_PAIR = 1 << 8;
export const PERM_SYSTEM = 1 << 9;
export const PERM_UNSEAL = 1 << 10;
export const PERM_SEAL = 1 << 11;
export const PERM_STORE_LOCAL_CAP = 1 << 12;
export const PERM_STORE_CAP = 1 << 13;
export const PERM_LOAD_CAP = 1 << 14;
export const PERM_EXECUTE = 1 << 15;
export const PERM_STORE = 1 << 16;
export const PERM_LOAD = 1 << 17;
export const PERMS_ALL = (1 << 18) - 1;

export const PERM_NAMES: readonly (readonly [number, string])[] = [
  [PERM_LOAD, 'Load'], [PERM_STORE, 'Store'], [PERM_EXECUTE, 'Execute'], [PERM_LOAD_CAP, 'LoadCap'],
  [PERM_STORE_CAP, 'StoreCap'], [PERM_STORE_LOCAL_CAP, 'StoreLocalCap'], [PERM_SEAL, 'Seal'], [PERM_UNSEAL, 'Unseal'],
  [PERM_SYSTEM, 'System'], [PERM_BRANCH_SEALED_PAIR, 'BranchSealedPair'], [PERM_COMPARTMENT_ID, 'CompartmentID'],
  [PERM_MUTABLE_LOAD, 'MutableLoad'], [1 << 5, 'User3'], [1 << 4, 'User2'], [1 << 3, 'User1'], [PERM_USER0, 'User0'],
  [PERM_EXECUTIVE, 'Executive'], [PERM_GLOBAL, 'Global'],
];

export const NULL_CAP: Capability = { tag: false, hi: 0n, value: 0n };
/** The maximal capability (reset PCC/DDC): all permissions, otype 0, bounds [0, 2^64). Sail CMAX. */
export const CMAX: Capability = { tag: true, hi: 0xffffc00000010005n, value: 0n };

/** Bits [hi:lo] of a bigint (unsigned). */
export function slice(x: bigint, hi: number, lo: number): bigint {
  return (x >> BigInt(lo)) & ((1n << BigInt(hi - lo + 1)) - 1n);
}

/** Builds a capability from its 128-bit memory image (little-endian: value in bytes 0-7). */
export function capFromBits(tag: boolean, hi: bigint, value: bigint): Capability {
  return { tag, hi: hi & MASK64, value: value & MASK64 };
}

/** An X-register write: value only, everything else zero, tag clear. */
export function capFromInteger(value: bigint): Capability {
  return { tag: false, hi: 0n, value: value & MASK64 };
}

export function capGetPerms(c: Capability): number {
  return Number(c.hi >> 46n) & PERMS_ALL;
}

export function capGetObjectType(c: Capability): bigint {
  return slice(c.hi, 45, 31);
}

export function capIsSealed(c: Capability): boolean {
  return capGetObjectType(c) !== 0n;
}

export function capGetFlags(c: Capability): bigint {
  return c.value >> 56n;
}

export function capWithTag(c: Capability, tag: boolean): Capability {
  return c.tag === tag ? c : { tag, hi: c.hi, value: c.value };
}

export function capWithValue(c: Capability, value: bigint): Capability {
  return { tag: c.tag, hi: c.hi, value: value & MASK64 };
}

export function capWithPerms(c: Capability, perms: number): Capability {
  const hi = (c.hi & ~(BigInt(PERMS_ALL) << 46n)) | (BigInt(perms & PERMS_ALL) << 46n);
  return { tag: c.tag, hi, value: c.value };
}

export function capWithObjectType(c: Capability, otype: bigint): Capability {
  const hi = (c.hi & ~(0x7fffn << 31n)) | ((otype & 0x7fffn) << 31n);
  return { tag: c.tag, hi, value: c.value };
}

export function capHasPerms(c: Capability, mask: number): boolean {
  return (capGetPerms(c) & mask) === mask;
}

export function permNames(perms: number): string {
  const out: string[] = [];
  for (const [bit, name] of PERM_NAMES) if (perms & bit) out.push(name);
  return out.join(',') || 'none';
}

export function capEquals(a: Capability, b: Capability): boolean {
  return a.tag === b.tag && a.hi === b.hi && a.value === b.value;
}
