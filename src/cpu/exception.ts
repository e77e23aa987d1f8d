// Synchronous exceptions raised by instruction semantics, carrying what AArch64_TakeException needs.
// Exception classes and fault status codes: Arm ARM D13.2.36 (ESR_ELx) and the Morello supplement;
// Sail v8_base.sail AArch64_ExceptionClass / EncodeLDFSC.

export const EC_UNKNOWN = 0x00;
export const EC_FP_ACCESS = 0x07;
export const EC_SVC = 0x15;
export const EC_HVC = 0x16;
export const EC_SMC = 0x17;
export const EC_SYSREG = 0x18;
export const EC_IABORT_LOWER = 0x20;
export const EC_IABORT_SAME = 0x21;
export const EC_PC_ALIGN = 0x22;
export const EC_DABORT_LOWER = 0x24;
export const EC_DABORT_SAME = 0x25;
export const EC_SP_ALIGN = 0x26;
export const EC_CAP_DISABLED = 0x29;
export const EC_BRK = 0x3c;

export const FSC_ALIGNMENT = 0x21;
export const FSC_CAP_TAG = 0x28;
export const FSC_CAP_SEAL = 0x29;
export const FSC_CAP_BOUNDS = 0x2a;
export const FSC_CAP_PERM = 0x2b;
export const FSC_CAP_PAGE_PERM = 0x2c;
export const FSC_TRANSLATION_L3 = 0x07;
export const FSC_PERMISSION_L3 = 0x0f;

export type ExceptionKind = 'fpaccess' | 'capdisabled' | 'undefined' | 'svc' | 'hvc' | 'smc' | 'brk' | 'hlt' | 'sysreg' | 'dabort' | 'iabort' | 'pcalign' | 'spalign';

/** A synchronous exception. `fsc` is the fault status code for aborts; `iss` any other syndrome bits. */
export class ArchException {
  constructor(
    readonly kind: ExceptionKind,
    readonly iss: number = 0,
    /** Faulting virtual address (FAR) for aborts and PC-alignment faults. */
    readonly far: bigint | null = null,
    readonly fsc: number = 0,
    readonly write: boolean = false,
    /** Target exception level when the architecture routes it explicitly (e.g. CPTR_EL3 traps). */
    readonly targetEl: number | null = null,
  ) {}
}

export function undefinedInstruction(): ArchException {
  return new ArchException('undefined');
}

/** Thrown by the trickbox/machine to end a run (not an architectural exception). */
export class MachineHalt {
  constructor(readonly reason: string) {}
}
