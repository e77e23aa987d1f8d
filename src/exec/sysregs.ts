// System-register storage and access rules. Integer views of registers that Morello widens to
// capabilities (ELR→CELR, VBAR→CVBAR, SP_ELx→CSP_ELx, TPIDR→CTPIDR) read the capability's value and
// write a capability holding only the value (tag clear). Access checks follow the pattern of the
// Sail model's auto-generated *_SysRegRead/Write functions: UNDEFINED below the register's EL, a
// trap (EC 0x18) at EL1+ when PCC lacks System permission, and for capability registers the
// capability-enable traps (CPTR_EL3.EC, CPACR_EL1.CEN; EC 0x29).
import { type Cpu } from './cpu.js';
import { ArchException } from '../cpu/exception.js';
import { type Capability, NULL_CAP, capFromInteger, capGetPerms, PERM_SYSTEM } from '../cap/format.js';
import { sysRegKey } from '../isa/sysregs.js';

const K = sysRegKey;
export const NZCV = K(3, 3, 4, 2, 0);
export const DAIF = K(3, 3, 4, 2, 1);
export const FPCR = K(3, 3, 4, 4, 0);
export const FPSR = K(3, 3, 4, 4, 1);
export const SPSEL = K(3, 0, 4, 2, 0);
export const CURRENTEL = K(3, 0, 4, 2, 2);
export const CPTR_EL3 = K(3, 6, 1, 1, 2);
export const CPACR_EL1 = K(3, 0, 1, 0, 2);
export const DCZID_EL0 = K(3, 3, 0, 0, 7);
export const CNTVCT_EL0 = K(3, 3, 14, 0, 2);
export const CNTFRQ_EL0 = K(3, 3, 14, 0, 0);
export const MIDR_EL1 = K(3, 0, 0, 0, 0);

/** Registers readable/writable at EL0. */
const EL0_REGS = new Set([NZCV, DAIF, FPCR, FPSR, DCZID_EL0, K(3, 3, 0, 0, 1), K(3, 3, 13, 0, 2), K(3, 3, 13, 0, 3), K(3, 3, 13, 0, 4),
  K(3, 3, 13, 0, 7), K(3, 3, 4, 1, 1), K(3, 3, 4, 3, 1), K(3, 7, 4, 1, 3), CNTVCT_EL0, CNTFRQ_EL0, K(3, 3, 14, 0, 1), K(3, 3, 1, 2, 2)]);

/** Lowest EL that may access a register, from op1 (Arm ARM D12.3.1). */
function minEl(key: number): number {
  if (EL0_REGS.has(key)) return 0;
  const op1 = (key >> 11) & 7;
  switch (op1) {
    case 0: case 1: case 2: return 1;
    case 3: return 0;
    case 4: case 5: return 2;
    case 6: return 3;
    default: return 1;
  }
}

// Capability registers that also have an integer view, by encoding.
const ELR = [K(3, 0, 4, 0, 1), K(3, 4, 4, 0, 1), K(3, 6, 4, 0, 1)];
const VBAR = [K(3, 0, 12, 0, 0), K(3, 4, 12, 0, 0), K(3, 6, 12, 0, 0)];
const TPIDR = [K(3, 3, 13, 0, 2), K(3, 0, 13, 0, 4), K(3, 4, 13, 0, 2), K(3, 6, 13, 0, 2), K(3, 3, 13, 0, 3), K(3, 3, 13, 0, 4)];
const SP_BANKS: Record<number, number> = { [K(3, 0, 4, 1, 0)]: 0, [K(3, 4, 4, 1, 0)]: 1, [K(3, 6, 4, 1, 0)]: 2 };
const DDC_BANKS: Record<number, number> = { [K(3, 0, 4, 1, 1)]: 0, [K(3, 4, 4, 1, 1)]: 1, [K(3, 6, 4, 1, 1)]: 2 };
const DDC_CURRENT = K(3, 3, 4, 1, 1);
const RDDC = K(3, 3, 4, 3, 1);
const RCSP = K(3, 7, 4, 1, 3);
const CAP_BACKED = new Set([...ELR, ...VBAR, ...TPIDR, K(3, 3, 13, 0, 7)]);

function hasSystem(cpu: Cpu): boolean {
  return (capGetPerms(cpu.pcc) & PERM_SYSTEM) !== 0;
}

function issFor(key: number, rt: number, read: boolean): number {
  const op0 = key >> 14;
  const op1 = (key >> 11) & 7;
  const crn = (key >> 7) & 15;
  const crm = (key >> 3) & 15;
  const op2 = key & 7;
  return (op0 << 20) | (op2 << 17) | (op1 << 14) | (crn << 10) | (rt << 5) | (crm << 1) | (read ? 1 : 0);
}

function checkAccess(cpu: Cpu, key: number, rt: number, read: boolean, isCap: boolean): void {
  if (cpu.el < minEl(key)) throw new ArchException('undefined');
  if (isCap || CAP_BACKED.has(key) || key in SP_BANKS || key in DDC_BANKS) {
    // Capability-enable traps (Sail CheckCapabilitiesEnabled pattern).
    if (isCap) checkCapabilitiesEnabled(cpu);
  }
  const el0Class = EL0_REGS.has(key);
  if (cpu.el >= 1 && !el0Class && !hasSystem(cpu)) throw new ArchException('sysreg', issFor(key, rt, read));
  if (cpu.el === 0 && key === K(3, 3, 1, 2, 2) && !hasSystem(cpu)) throw new ArchException('sysreg', issFor(key, rt, read));
}

/** Sail CheckFPAdvSIMDEnabled64: CPACR_EL1.FPEN at EL0/EL1, then CPTR_EL3.TFP; trap with EC 0x07 and
 *  the AArch64 condition syndrome (CV=1, COND=0b1110). */
export function checkFPEnabled(cpu: Cpu): void {
  const iss = 0x1e00000;
  if (cpu.el <= 1) {
    const fpen = Number((cpu.sysreg(CPACR_EL1) >> 20n) & 3n);
    if ((fpen & 1) === 0 || (fpen === 1 && cpu.el === 0)) throw new ArchException('fpaccess', iss, null, 0, false, 1);
  }
  if (((cpu.sysreg(CPTR_EL3) >> 10n) & 1n) === 1n) throw new ArchException('fpaccess', iss, null, 0, false, 3);
}

/** Sail CheckCapabilitiesEnabled: CPACR_EL1.CEN at EL0/EL1, CPTR_EL3.EC; trap with EC 0x29. */
export function checkCapabilitiesEnabled(cpu: Cpu): void {
  if (cpu.el <= 1) {
    const cen = Number((cpu.sysreg(CPACR_EL1) >> 18n) & 3n);
    if ((cpu.el === 0 && cen !== 3) || (cpu.el === 1 && (cen & 1) === 0)) throw new ArchException('capdisabled', 0, null, 0, false, 1);
  }
  if (((cpu.sysreg(CPTR_EL3) >> 9n) & 1n) === 0n) throw new ArchException('capdisabled', 0, null, 0, false, 3);
}

function spBankGet(cpu: Cpu, i: number): Capability {
  return cpu.spBankGet(i);
}
function spBankSet(cpu: Cpu, i: number, c: Capability): void {
  cpu.spBankSet(i, c);
}

export function readCapSysreg(cpu: Cpu, key: number, rt: number): Capability {
  checkAccess(cpu, key, rt, true, true);
  if (key === DDC_CURRENT) return cpu.curDdc;
  if (key in DDC_BANKS) return cpu.ddc[DDC_BANKS[key]!]!;
  if (key in SP_BANKS) return spBankGet(cpu, SP_BANKS[key]!);
  if (key === RDDC) return cpu.rddc;
  if (key === RCSP) return spBankGet(cpu, 4);
  if (!cpu.capSys.has(key) && !CAP_BACKED.has(key)) throw new ArchException('undefined');
  return cpu.capSys.get(key) ?? NULL_CAP;
}

export function writeCapSysreg(cpu: Cpu, key: number, rt: number, c: Capability): void {
  checkAccess(cpu, key, rt, false, true);
  if (key === K(3, 3, 13, 0, 3) && cpu.el === 0) throw new ArchException('undefined');
  if (key === DDC_CURRENT) {
    if (cpu.restricted) cpu.rddc = c;
    else cpu.ddc[cpu.spsel ? cpu.el : 0] = c;
  }
  else if (key in DDC_BANKS) cpu.ddc[DDC_BANKS[key]!] = c;
  else if (key in SP_BANKS) spBankSet(cpu, SP_BANKS[key]!, c);
  else if (key === RDDC) cpu.rddc = c;
  else if (key === RCSP) spBankSet(cpu, 4, c);
  else if (CAP_BACKED.has(key)) cpu.capSys.set(key, c);
  else throw new ArchException('undefined');
}

export function readSysreg(cpu: Cpu, key: number, rt: number): bigint {
  checkAccess(cpu, key, rt, true, false);
  switch (key) {
    case NZCV: return BigInt(cpu.nzcv()) << 28n;
    case DAIF: return BigInt(cpu.daif) << 6n;
    case FPCR: return BigInt(cpu.fpcr >>> 0);
    case FPSR: return BigInt(cpu.fpsr >>> 0);
    case SPSEL: return BigInt(cpu.spsel);
    case CURRENTEL: return BigInt(cpu.el << 2);
    case DCZID_EL0: return 4n; // 64-byte DC ZVA blocks (BS = log2(words) = 4)
    case MIDR_EL1: return 0x410fd0c0n;
    case CNTFRQ_EL0: return cpu.sys.get(key) ?? 1000000000n;
    case CNTVCT_EL0: return BigInt(cpu.retired);
  }
  if (key in SP_BANKS) return spBankGet(cpu, SP_BANKS[key]!).value;
  if (CAP_BACKED.has(key)) return (cpu.capSys.get(key) ?? NULL_CAP).value;
  return cpu.sys.get(key) ?? 0n;
}

export function writeSysreg(cpu: Cpu, key: number, rt: number, v: bigint): void {
  checkAccess(cpu, key, rt, false, false);
  switch (key) {
    case NZCV: cpu.setNzcv(Number((v >> 28n) & 15n)); return;
    case DAIF: cpu.daif = Number((v >> 6n) & 15n); return;
    case FPCR:
      cpu.fpcr = Number(v & 0xffffffffn);
      // Flush-to-zero (FZ, FZ16) and alternative half precision (AHP) are not modelled.
      if (cpu.fpcr & ((1 << 24) | (1 << 19) | (1 << 26))) cpu.notice(`FPCR = 0x${cpu.fpcr.toString(16)} at pc 0x${cpu.curPc.toString(16)} sets FZ/FZ16/AHP, which this simulator does not model: IEEE 754 behaviour continues`);
      return;
    case FPSR: cpu.fpsr = Number(v & 0xffffffffn); return;
    case SPSEL: cpu.spsel = Number(v & 1n); cpu.syncSp(); return;
    case CURRENTEL: case DCZID_EL0: case MIDR_EL1: case CNTVCT_EL0: throw new ArchException('undefined');
  }
  if (key in SP_BANKS) spBankSet(cpu, SP_BANKS[key]!, capFromInteger(v));
  else if (CAP_BACKED.has(key)) cpu.capSys.set(key, capFromInteger(v));
  else cpu.sys.set(key, v);
}
