// A64 branches, exception generation, system instructions (Sail execute_aarch64_instrs_branch_*,
// _system_*), with the Morello changes: PC-relative targets via CapAdd(PCC), register targets via
// CapSetValue(PCC, Xn), capability links in C64 (Sail LinkCap: CapAdd(PCC, 5), RB-sealed if CCTLR.SBL).
import { defineSemantics, type Cpu, SPSR_KEYS, ELR_KEYS } from './cpu.js';
import { ArchException } from '../cpu/exception.js';
import { capAdd, capSetValue, capGetBounds } from '../cap/bounds.js';
import { capWithObjectType, OTYPE_RB, NULL_CAP, capGetPerms, PERM_SYSTEM, capWithTag, PERM_STORE } from '../cap/format.js';
import { readSysreg, writeSysreg } from './sysregs.js';
import { sysRegKey } from '../isa/sysregs.js';
import { MASK64, signExtendBig } from './u64.js';
import { bits } from '../isa/table.js';


/** The link written by Morello capability branches (BLR Cn, BLRS, BLRR, BLR [Cn,#imm], LDPBLR):
 *  always a capability, CapAdd(PCC, 4 in A64 / 5 in C64), RB-sealed when CCTLR.SBL (Sail execute_BLR_C_C). */
export function writeCapLink(cpu: Cpu): void {
  let link = capAdd(cpu.pcc, cpu.c64 ? 5n : 4n);
  if ((cpu.cctlr() >> 7n) & 1n) link = capWithObjectType(link, OTYPE_RB);
  cpu.setC(30, link);
}

/** The link written by base A64 BL/BLR: a capability in C64, else an integer (PCCBO aware). */
export function writeLink(cpu: Cpu): void {
  const cctlr = cpu.cctlr();
  if (cpu.c64) {
    let link = capAdd(cpu.pcc, 5n);
    if ((cctlr >> 7n) & 1n) link = capWithObjectType(link, OTYPE_RB);
    cpu.setC(30, link);
  } else if ((cctlr >> 3n) & 1n) {
    cpu.setX(30, (cpu.pcc.value + 4n - capGetBounds(cpu.pcc).base) & MASK64);
  } else cpu.setX(30, (cpu.pcc.value + 4n) & MASK64);
}

defineSemantics('branch_unconditional_immediate', (cpu, w) => {
  if ((w >>> 31) & 1) writeLink(cpu);
  cpu.branchRel(signExtendBig(BigInt(w & 0x3ffffff), 26) * 4n);
});

defineSemantics('branch_conditional_cond', (cpu, w) => {
  if (cpu.condHolds(w & 15)) cpu.branchRel(signExtendBig(BigInt(bits(w, 23, 5)), 19) * 4n);
});

defineSemantics('branch_conditional_compare', (cpu, w) => {
  const sf = (w >>> 31) & 1;
  const v = sf ? cpu.x(w & 31) : cpu.w(w & 31);
  const nz = (w >>> 24) & 1;
  if ((v === 0n) !== (nz === 1)) cpu.branchRel(signExtendBig(BigInt(bits(w, 23, 5)), 19) * 4n);
});

defineSemantics('branch_conditional_test', (cpu, w) => {
  const bit = (bits(w, 31, 31) << 5) | bits(w, 23, 19);
  const v = (cpu.x(w & 31) >> BigInt(bit)) & 1n;
  if (v === BigInt((w >>> 24) & 1)) cpu.branchRel(signExtendBig(BigInt(bits(w, 18, 5)), 14) * 4n);
});

defineSemantics('branch_unconditional_register', (cpu, w) => {
  const opc = bits(w, 22, 21);
  if (bits(w, 11, 10) !== 0 || (w & 31) !== 0 || ((w >>> 24) & 1) !== 0) throw new ArchException('undefined'); // pointer authentication: not implemented
  const xn = cpu.x(bits(w, 9, 5));
  const target = (cpu.cctlr() >> 3n) & 1n ? capAdd(cpu.pcc, (capGetBounds(cpu.pcc).base + xn - cpu.pcc.value) & MASK64) : capSetValue(cpu.pcc, xn);
  if (opc === 1) writeLink(cpu);
  if (opc === 3) throw new ArchException('undefined');
  cpu.branchToCap(target);
});

defineSemantics('system_exceptions_runtime_svc', (_cpu, w) => {
  throw new ArchException('svc', bits(w, 20, 5));
});
defineSemantics('system_exceptions_runtime_hvc', (cpu, w) => {
  if (cpu.el === 0) throw new ArchException('undefined');
  throw new ArchException('hvc', bits(w, 20, 5), null, 0, false, 2);
});
defineSemantics('system_exceptions_runtime_smc', (cpu, w) => {
  if (cpu.el === 0) throw new ArchException('undefined');
  throw new ArchException('smc', bits(w, 20, 5), null, 0, false, 3); // SMC is taken to EL3

});
defineSemantics('system_exceptions_debug_breakpoint', (_cpu, w) => {
  throw new ArchException('brk', bits(w, 20, 5));
});
defineSemantics(['system_exceptions_debug_halt', 'system_exceptions_debug_exception'], () => {
  throw new ArchException('undefined');
});

defineSemantics(['system_hints', 'system_barriers_dmb', 'system_barriers_dsb', 'system_barriers_isb', 'system_barriers_ssbb',
  'system_barriers_pssbb', 'system_barriers_sb'], () => {});

defineSemantics('system_monitors', (cpu) => {
  cpu.exclAddr = -1;
});

defineSemantics('system_register_system', (cpu, w) => {
  const key = sysRegKey(2 + bits(w, 19, 19), bits(w, 18, 16), bits(w, 15, 12), bits(w, 11, 8), bits(w, 7, 5));
  const rt = w & 31;
  if ((w >>> 21) & 1) cpu.setXr(rt, readSysreg(cpu, key, rt));
  else writeSysreg(cpu, key, rt, cpu.x(rt));
});

defineSemantics('system_register_cpsr', (cpu, w) => {
  const op1 = bits(w, 18, 16);
  const op2 = bits(w, 7, 5);
  const crm = bits(w, 11, 8);
  const field = (op1 << 3) | op2;
  if (field === 5) {
    if (cpu.el === 0) throw new ArchException('undefined');
    cpu.spsel = crm & 1;
    cpu.syncSp();
  } else if (field === 30) {
    cpu.daif |= crm;
  } else if (field === 31) {
    cpu.daif &= ~crm;
  } else if (field === 3 || field === 4 || field === 25 || field === 26) {
    // UAO, PAN, SSBS, DIT: accepted, no effect modelled
  } else throw new ArchException('undefined');
});

const DC_ZVA = sysRegKey(1, 3, 7, 4, 1);

defineSemantics('system_sysops', (cpu, w) => {
  const key = sysRegKey(1, bits(w, 18, 16), bits(w, 15, 12), bits(w, 11, 8), bits(w, 7, 5));
  if ((w >>> 21) & 1) throw new ArchException('undefined'); // SYSL: no readable system operations
  if (key === DC_ZVA) {
    // DC ZVA: 64 bytes at the aligned-down address, checked as a store (Sail CAP_DC_ZVA / DC ZVA).
    const rt = w & 31;
    const base = cpu.c64 ? cpu.cz(rt) : null;
    const addr = (base !== null ? base.value : cpu.x(rt)) & ~63n;
    cpu.checkCap(base ?? cpu.curDdc, addr, 64, PERM_STORE, true);
    for (let i = 0n; i < 64n; i += 8n) cpu.write(addr + i, 8, 0n);
    return;
  }
  // Cache and TLB maintenance, address translation: no architectural effect here.
  if (cpu.el === 0 && bits(w, 18, 16) !== 3) throw new ArchException('undefined');
});

defineSemantics('branch_unconditional_eret', (cpu) => {
  if (cpu.el === 0) throw new ArchException('undefined');
  const el = cpu.el;
  const spsr = cpu.sysreg(SPSR_KEYS[el]!);
  let target = cpu.capSys.get(ELR_KEYS[el]!) ?? NULL_CAP;
  // Sail SetPSTATEFromPSR then AArch64_ExceptionReturnToCapability.
  const newEl = Number((spsr >> 2n) & 3n);
  cpu.setNzcv(Number((spsr >> 28n) & 15n));
  cpu.daif = Number((spsr >> 6n) & 15n);
  cpu.c64 = ((spsr >> 26n) & 1n) === 1n;
  if (newEl <= el && (spsr & 0x10n) === 0n) {
    cpu.el = newEl;
    cpu.spsel = Number(spsr & 1n);
  }
  cpu.exclAddr = -1;
  if ((capGetPerms(cpu.pcc) & PERM_SYSTEM) === 0) target = capWithTag(target, false);
  cpu.branchToCap(target);
});


// DRPS: only valid in Debug state, which this simulator never enters (Sail: if !Halted() then UNDEFINED).
defineSemantics('branch_unconditional_dret', () => {
  throw new ArchException('undefined');
});
