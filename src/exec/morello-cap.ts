// Morello capability manipulation, inspection and branch instructions (Sail instrs.sail
// execute_<CLAUSE>). Every one begins with CheckCapabilitiesEnabled(); sealed inputs clear the tag
// of results rather than fault.
import { defineSemantics, type Cpu } from './cpu.js';
import { ArchException } from '../cpu/exception.js';
import { checkCapabilitiesEnabled, readCapSysreg, writeCapSysreg } from './sysregs.js';
import {
  type Capability, NULL_CAP, capGetPerms, capIsSealed, capGetObjectType, capWithTag, capWithPerms, capWithObjectType, capWithValue,
  capEquals, PERM_EXECUTIVE, PERM_GLOBAL, PERM_SEAL, PERM_UNSEAL, PERM_EXECUTE, PERM_STORE, PERM_LOAD, PERM_BRANCH_SEALED_PAIR,
  PERM_SYSTEM, OTYPE_RB, CAP_MAX_OBJECT_TYPE, CAP_MAX_FIXED_SEAL_TYPE, MASK64,
} from '../cap/format.js';
import {
  capAdd, capSetValue, capSetOffset, capSetBounds, capGetBounds, capIsInBounds, capIsSubsetOf, capGetRepresentableMask, capGetOffset,
} from '../cap/bounds.js';
import { addWithCarry, extendReg } from './a64-integer.js';
import { sysRegKey } from '../isa/sysregs.js';
import { writeCapLink as writeLink } from './a64-branch-system.js';
import { signExtendBig } from './u64.js';
import { bits } from '../isa/table.js';

const D = (w: number): number => w & 31;
const N = (w: number): number => (w >>> 5) & 31;
const M = (w: number): number => (w >>> 16) & 31;

function unseal(c: Capability): Capability {
  return capWithObjectType(c, 0n);
}
function tagIf(c: Capability, keep: boolean): Capability {
  return keep ? c : capWithTag(c, false);
}
/** Result of an operation on `src`: tag cleared when `src` was sealed. */
function sealedClears(result: Capability, src: Capability): Capability {
  return capIsSealed(src) ? capWithTag(result, false) : result;
}
function inRestricted(cpu: Cpu): boolean {
  return (capGetPerms(cpu.pcc) & PERM_EXECUTIVE) === 0;
}
function cctlr(cpu: Cpu, bit: number): boolean {
  return ((cpu.cctlr() >> BigInt(bit)) & 1n) === 1n;
}

type H = (cpu: Cpu, w: number, id: string) => void;
function def(ids: string | string[], h: H): void {
  defineSemantics(ids, (cpu, w, d) => {
    checkCapabilitiesEnabled(cpu);
    h(cpu, w, d.id);
  });
}

// ---------------------------------------------------------------- arithmetic and value setters
def(['ADD_C_CIS_C', 'SUB_C_CIS_C'], (cpu, w) => {
  let imm = BigInt(bits(w, 21, 10)) << (bits(w, 22, 22) ? 12n : 0n);
  if ((w >>> 23) & 1) imm = -imm;
  const src = cpu.csp(N(w));
  cpu.setCsp(D(w), sealedClears(capAdd(src, imm & MASK64), src));
});

def('ADD_C_CRI_C', (cpu, w) => {
  const shift = bits(w, 12, 10);
  if (shift > 4) throw new ArchException('undefined');
  const src = cpu.csp(N(w));
  const off = extendReg(cpu.x(M(w)), bits(w, 15, 13), shift, 64);
  cpu.setCsp(D(w), sealedClears(capAdd(src, off), src));
});

def(['ALIGND_C_CI_C', 'ALIGNU_C_CI_C'], (cpu, w) => {
  const src = cpu.csp(N(w));
  const mask = (1n << BigInt(bits(w, 20, 15))) - 1n;
  const v = (w >>> 14) & 1 ? (src.value + mask) & ~mask : src.value & ~mask;
  cpu.setCsp(D(w), sealedClears(capSetValue(src, v & MASK64), src));
});

def('SCVALUE_C_CR_C', (cpu, w) => {
  const src = cpu.csp(N(w));
  cpu.setCsp(D(w), sealedClears(capSetValue(src, cpu.x(M(w))), src));
});

def('SCOFF_C_CR_C', (cpu, w) => {
  const src = cpu.csp(N(w));
  cpu.setCsp(D(w), sealedClears(capSetOffset(src, cpu.x(M(w))), src));
});

def(['SCBNDS_C_CI_C', 'SCBNDS_C_CI_S', 'SCBNDS_C_CR_C', 'SCBNDSE_C_CR_C'], (cpu, w, id) => {
  const src = cpu.csp(N(w));
  let len: bigint;
  let exact: boolean;
  if (id === 'SCBNDS_C_CI_C' || id === 'SCBNDS_C_CI_S') {
    len = BigInt(bits(w, 20, 15)) << (id === 'SCBNDS_C_CI_S' ? 4n : 0n);
    exact = true;
  } else {
    len = cpu.x(M(w));
    exact = id === 'SCBNDSE_C_CR_C';
  }
  cpu.setCsp(D(w), sealedClears(capSetBounds(src, len, exact), src));
});

def('SCTAG_C_CR_C', (cpu, w) => {
  if (cpu.el === 0) throw new ArchException('undefined');
  const src = cpu.csp(N(w));
  const set = (cpu.x(M(w)) & 1n) === 1n && (capGetPerms(cpu.pcc) & PERM_SYSTEM) !== 0;
  cpu.setCsp(D(w), capWithTag(src, set));
});

function flagsOp(cpu: Cpu, w: number, f: (old: bigint) => bigint): void {
  const src = cpu.csp(N(w));
  const old = src.value >> 56n;
  const v = (f(old) & 0xffn) << 56n | (src.value & ((1n << 56n) - 1n));
  cpu.setCsp(D(w), sealedClears(capWithValue(src, v), src));
}
def('BICFLGS_C_CI_C', (cpu, w) => flagsOp(cpu, w, (o) => o & ~BigInt(bits(w, 20, 13))));
def('ORRFLGS_C_CI_C', (cpu, w) => flagsOp(cpu, w, (o) => o | BigInt(bits(w, 20, 13))));
def('EORFLGS_C_CI_C', (cpu, w) => flagsOp(cpu, w, (o) => o ^ BigInt(bits(w, 20, 13))));
def('BICFLGS_C_CR_C', (cpu, w) => flagsOp(cpu, w, (o) => o & ~(cpu.x(M(w)) >> 56n)));
def('ORRFLGS_C_CR_C', (cpu, w) => flagsOp(cpu, w, (o) => o | (cpu.x(M(w)) >> 56n)));
def('EORFLGS_C_CR_C', (cpu, w) => flagsOp(cpu, w, (o) => o ^ (cpu.x(M(w)) >> 56n)));
def('SCFLGS_C_CR_C', (cpu, w) => flagsOp(cpu, w, () => cpu.x(M(w)) >> 56n));

def('CLRPERM_C_CR_C', (cpu, w) => {
  const src = cpu.csp(N(w));
  const clr = Number(cpu.x(M(w)) & 0x3ffffn);
  cpu.setCsp(D(w), sealedClears(capWithPerms(src, capGetPerms(src) & ~clr), src));
});

def('CLRPERM_C_CI_C', (cpu, w) => {
  const src = cpu.csp(N(w));
  const imm = bits(w, 15, 13);
  let clr = 0;
  if (imm & 1) clr |= PERM_EXECUTE;
  if (imm & 2) clr |= PERM_STORE;
  if (imm & 4) clr |= PERM_LOAD;
  cpu.setCsp(D(w), sealedClears(capWithPerms(src, capGetPerms(src) & ~clr), src));
});

def('CLRTAG_C_C_C', (cpu, w) => cpu.setCsp(D(w), capWithTag(cpu.csp(N(w)), false)));
def('CPY_C_C_C', (cpu, w) => cpu.setCsp(D(w), cpu.csp(N(w))));

def('CTHI_C_CR_C', (cpu, w) => {
  const src = cpu.cz(N(w));
  cpu.setCsp(D(w), { tag: false, hi: cpu.x(M(w)), value: src.value });
});

def('CSEL_C_CI_C', (cpu, w) => {
  cpu.setCz(D(w), cpu.condHolds(bits(w, 15, 12)) ? cpu.cz(N(w)) : cpu.cz(M(w)));
});

def('CPYVALUE_C_C_C', (cpu, w) => {
  const key = cpu.cz(N(w));
  cpu.setCz(D(w), sealedClears(capSetValue(key, cpu.cz(M(w)).value), key));
});

def('CPYTYPE_C_C_C', (cpu, w) => {
  const key = cpu.cz(N(w));
  const data = cpu.cz(M(w));
  const v = capIsSealed(data) ? capGetObjectType(data) : MASK64;
  cpu.setCz(D(w), sealedClears(capSetValue(key, v), key));
});

// ---------------------------------------------------------------- sealing
def('SEAL_C_CI_C', (cpu, w) => {
  const f = bits(w, 14, 13);
  if (f === 0) throw new ArchException('undefined');
  const op = cpu.cz(N(w));
  cpu.setCz(D(w), tagIf(capWithObjectType(op, BigInt(f)), op.tag && !capIsSealed(op)));
});

def('SEAL_C_CC_C', (cpu, w) => {
  const auth = cpu.cz(M(w));
  const op = cpu.cz(N(w));
  const otype = auth.value;
  const ok = op.tag && auth.tag && !capIsSealed(op) && !capIsSealed(auth) && (capGetPerms(auth) & PERM_SEAL) !== 0 &&
    capIsInBounds(auth) && otype <= BigInt(CAP_MAX_OBJECT_TYPE);
  cpu.setCz(D(w), tagIf(capWithObjectType(op, otype), ok));
});

def('UNSEAL_C_CC_C', (cpu, w) => {
  const auth = cpu.cz(M(w));
  const op = cpu.cz(N(w));
  let c = unseal(op);
  if ((capGetPerms(auth) & PERM_GLOBAL) === 0) c = capWithPerms(c, capGetPerms(c) & ~PERM_GLOBAL);
  const ok = op.tag && auth.tag && capIsSealed(op) && !capIsSealed(auth) && (capGetPerms(auth) & PERM_UNSEAL) !== 0 &&
    capIsInBounds(auth) && capGetObjectType(op) === auth.value;
  cpu.setCz(D(w), tagIf(c, ok));
});

def('CSEAL_C_C_C', (cpu, w) => {
  const op = cpu.csp(N(w));
  const auth = cpu.csp(M(w));
  const otype = auth.value;
  let result = op;
  if (otype === MASK64) cpu.setNzcv(1);
  else if (op.tag && auth.tag && !capIsSealed(op) && !capIsSealed(auth) && (capGetPerms(auth) & PERM_SEAL) !== 0 && capIsInBounds(auth) &&
    otype <= BigInt(CAP_MAX_OBJECT_TYPE)) {
    result = capWithObjectType(op, otype);
    cpu.setNzcv(1);
  } else cpu.setNzcv(0);
  cpu.setCsp(D(w), result);
});

def('BUILD_C_C_C', (cpu, w) => {
  let data = cpu.csp(N(w));
  const key = cpu.csp(M(w));
  const wasSealed = capIsSealed(data);
  if (wasSealed) data = unseal(data);
  const b = capGetBounds(data);
  let result: Capability;
  if (!key.tag || capIsSealed(key) || !capIsSubsetOf(data, key) || b.base > b.limit) result = wasSealed ? capWithTag(data, false) : data;
  else result = capWithTag(data, true);
  cpu.setCsp(D(w), result);
});

// ---------------------------------------------------------------- inspection
function setX(cpu: Cpu, w: number, v: bigint): void {
  cpu.setXr(D(w), v & MASK64);
}
def('GCBASE_R_C_C', (cpu, w) => setX(cpu, w, capGetBounds(cpu.csp(N(w))).base));
def('GCVALUE_R_C_C', (cpu, w) => setX(cpu, w, cpu.csp(N(w)).value));
def('GCLEN_R_C_C', (cpu, w) => {
  const b = capGetBounds(cpu.csp(N(w)));
  const len = (b.limit - b.base) & ((1n << 65n) - 1n);
  setX(cpu, w, len >> 64n ? MASK64 : len);
});
def('GCLIM_R_C_C', (cpu, w) => {
  const l = capGetBounds(cpu.csp(N(w))).limit;
  setX(cpu, w, l >> 64n ? MASK64 : l);
});
def('GCOFF_R_C_C', (cpu, w) => setX(cpu, w, capGetOffset(cpu.csp(N(w)))));
def('GCPERM_R_C_C', (cpu, w) => setX(cpu, w, BigInt(capGetPerms(cpu.csp(N(w))))));
def('GCSEAL_R_C_C', (cpu, w) => setX(cpu, w, capIsSealed(cpu.csp(N(w))) ? 1n : 0n));
def('GCTAG_R_C_C', (cpu, w) => setX(cpu, w, cpu.csp(N(w)).tag ? 1n : 0n));
def('GCTYPE_R_C_C', (cpu, w) => setX(cpu, w, capGetObjectType(cpu.csp(N(w)))));
def('GCFLGS_R_C_C', (cpu, w) => setX(cpu, w, cpu.csp(N(w)).value & (0xffn << 56n)));
def('CFHI_R_C_C', (cpu, w) => setX(cpu, w, cpu.csp(N(w)).hi));

def('RRLEN_R_R_C', (cpu, w) => {
  const len = cpu.x(N(w));
  const mask = capGetRepresentableMask(len);
  setX(cpu, w, (len + (~mask & MASK64)) & mask);
});
def('RRMASK_R_R_C', (cpu, w) => setX(cpu, w, capGetRepresentableMask(cpu.x(N(w)))));

def('SUBS_R_CC_C', (cpu, w) => {
  const a = cpu.cz(N(w));
  const b = cpu.cz(M(w));
  let res: bigint;
  let nzcv: number;
  if (a.tag !== b.tag) {
    // Differing tags compare the tags as 2-bit numbers (Sail execute_SUBS_R_CC_C).
    [res, nzcv] = addWithCarry(a.tag ? 1n : 0n, ~(b.tag ? 1n : 0n), 1n, 2);
  } else [res, nzcv] = addWithCarry(a.value, ~b.value & MASK64, 1n, 64);
  cpu.setNzcv(nzcv);
  setX(cpu, w, res);
});

def('CHKEQ___CC_C', (cpu, w) => cpu.setNzcv(capEquals(cpu.csp(N(w)), cpu.cz(M(w))) ? 4 : 0));
def('CHKSS___CC_C', (cpu, w) => {
  const a = cpu.csp(N(w));
  const b = cpu.csp(M(w));
  cpu.setNzcv(capIsSubsetOf(a, b) && a.tag === b.tag ? 8 : 0);
});
def('CHKSSU_C_CC_C', (cpu, w) => {
  const a = cpu.csp(N(w));
  const b = cpu.csp(M(w));
  let result = a;
  if (capIsSubsetOf(a, b) && a.tag === b.tag) {
    if (b.tag && !capIsSealed(b) && a.tag && capIsSealed(a)) result = unseal(a);
    cpu.setNzcv(8);
  } else cpu.setNzcv(0);
  cpu.setCz(D(w), result);
});
def('CHKSLD_C_C', (cpu, w) => cpu.setNzcv(capIsSealed(cpu.csp(N(w))) ? 1 : 0));
def('CHKTGD_C_C', (cpu, w) => cpu.setNzcv(cpu.csp(N(w)).tag ? 2 : 0));

// ---------------------------------------------------------------- conversions
function cvtTo(cpu: Cpu, w: number, op1: Capability, op2: Capability, boBit: number): void {
  let r = 0n;
  if (op1.tag) {
    r = cctlr(cpu, boBit) ? (op1.value - capGetBounds(op2).base) & MASK64 : op1.value;
    cpu.setNzcv(r === 0n ? 6 : 2);
  } else cpu.setNzcv(0);
  setX(cpu, w, r);
}
def('CVT_R_CC_C', (cpu, w) => cvtTo(cpu, w, cpu.csp(N(w)), cpu.cz(M(w)), 2));
def('CVTD_R_C_C', (cpu, w) => cvtTo(cpu, w, cpu.csp(N(w)), cpu.curDdc, 2));
def('CVTP_R_C_C', (cpu, w) => cvtTo(cpu, w, cpu.csp(N(w)), cpu.pcc, 3));

function cvtFrom(cpu: Cpu, w: number, base: Capability, x: bigint, boBit: number, zeroNull: boolean): void {
  let r: Capability;
  if (zeroNull && x === 0n) r = NULL_CAP;
  else r = cctlr(cpu, boBit) ? capSetOffset(base, x) : capSetValue(base, x);
  cpu.setCz(D(w), sealedClears(r, base));
}
def('CVTD_C_R_C', (cpu, w) => cvtFrom(cpu, w, cpu.curDdc, cpu.x(N(w)), 2, false));
def('CVTDZ_C_R_C', (cpu, w) => cvtFrom(cpu, w, cpu.curDdc, cpu.x(N(w)), 2, true));
def('CVTP_C_R_C', (cpu, w) => cvtFrom(cpu, w, cpu.pcc, cpu.x(N(w)), 3, false));
def('CVTPZ_C_R_C', (cpu, w) => cvtFrom(cpu, w, cpu.pcc, cpu.x(N(w)), 3, true));
def('CVT_C_CR_C', (cpu, w) => cvtFrom(cpu, w, cpu.csp(N(w)), cpu.x(M(w)), 2, false));
def('CVTZ_C_CR_C', (cpu, w) => cvtFrom(cpu, w, cpu.csp(N(w)), cpu.x(M(w)), 2, true));

// ---------------------------------------------------------------- PC-relative
defineSemantics('ADR_C_I_C', (cpu, w) => {
  const imm = signExtendBig(BigInt((bits(w, 23, 5) << 2) | bits(w, 30, 29)), 21);
  if (cpu.c64) {
    checkCapabilitiesEnabled(cpu);
    cpu.setCz(D(w), sealedClears(capAdd(cpu.pcc, imm & MASK64), cpu.pcc));
  } else {
    const base = cctlr(cpu, 3) ? cpu.pcc.value - capGetBounds(cpu.pcc).base : cpu.pcc.value;
    cpu.setXr(D(w), (base + imm) & MASK64);
  }
});

// ADRP_C_IP_C and ADRDP_C_ID_C are shadowed by ADRP_C_I_C in the first-match decode; same semantics.
defineSemantics(['ADRP_C_I_C', 'ADRP_C_IP_C', 'ADRDP_C_ID_C'], (cpu, w) => {
  const p = (w >>> 23) & 1;
  if (cpu.c64) {
    checkCapabilitiesEnabled(cpu);
    if (p === 1) {
      const imm = signExtendBig(BigInt((bits(w, 22, 5) << 2) | bits(w, 30, 29)), 20) << 12n;
      const pcc = cpu.pcc;
      const inc = ((pcc.value & ~0xfffn) - pcc.value + imm) & MASK64;
      cpu.setCz(D(w), sealedClears(capAdd(pcc, inc), pcc));
    } else {
      // ADRDP: DDC, or C28 when CCTLR.ADRDPB.
      const base = cctlr(cpu, 4) ? cpu.getC(28) : cpu.curDdc;
      const imm = BigInt((bits(w, 22, 5) << 2) | bits(w, 30, 29)) << 12n;
      const inc = ((base.value & ~0xfffn) - base.value + imm) & MASK64;
      cpu.setCz(D(w), sealedClears(capAdd(base, inc), base));
    }
  } else {
    const imm = signExtendBig(BigInt((bits(w, 23, 5) << 2) | bits(w, 30, 29)), 21) << 12n;
    const base = cctlr(cpu, 3) ? cpu.pcc.value - capGetBounds(cpu.pcc).base : cpu.pcc.value;
    cpu.setXr(D(w), ((base & ~0xfffn) + imm) & MASK64);
  }
});

// ---------------------------------------------------------------- system registers
function capSysKey(w: number): number {
  return sysRegKey(2 + bits(w, 19, 19), bits(w, 18, 16), bits(w, 15, 12), bits(w, 11, 8), bits(w, 7, 5));
}
def('MRS_C_I_C', (cpu, w) => cpu.setCz(D(w), readCapSysreg(cpu, capSysKey(w), D(w))));
def('MSR_C_I_C', (cpu, w) => writeCapSysreg(cpu, capSysKey(w), D(w), cpu.cz(D(w))));

// ---------------------------------------------------------------- branches
function executiveCheck(cpu: Cpu, t: Capability): Capability {
  return !inRestricted(cpu) && (capGetPerms(t) & PERM_EXECUTIVE) === 0 ? capWithTag(t, false) : t;
}
function unsealSentry(t: Capability): Capability {
  return t.tag && capIsSealed(t) && capGetObjectType(t) === OTYPE_RB ? unseal(t) : t;
}

def(['BR_C_C', 'BLR_C_C', 'RET_C_C'], (cpu, w) => {
  const target = unsealSentry(executiveCheck(cpu, cpu.cz(N(w))));
  if (((w >>> 13) & 3) === 1) writeLink(cpu);
  cpu.branchXToCap(target);
});

def(['BRR_C_C', 'BLRR_C_C', 'RETR_C_C'], (cpu, w) => {
  if (inRestricted(cpu)) throw new ArchException('undefined');
  let target = cpu.cz(N(w));
  if (target.tag && capIsSealed(target) && capGetObjectType(target) === OTYPE_RB) target = unseal(target);
  else if (cctlr(cpu, 7)) target = capWithTag(target, false);
  if (((w >>> 13) & 3) === 1) writeLink(cpu);
  cpu.branchXToCap(target);
});

def(['BRS_C_C', 'BLRS_C_C', 'RETS_C_C'], (cpu, w) => {
  let target = executiveCheck(cpu, cpu.cz(N(w)));
  if (target.tag && capIsSealed(target) && capGetObjectType(target) === OTYPE_RB) target = unseal(target);
  else if (cctlr(cpu, 7)) target = capWithTag(target, false);
  if (((w >>> 13) & 3) === 1) writeLink(cpu);
  cpu.branchXToCap(target);
});

def(['BRS_C_C_C', 'BLRS_C_C_C', 'RETS_C_C_C'], (cpu, w) => {
  const st = executiveCheck(cpu, cpu.cz(N(w)));
  const sd = cpu.cz(M(w));
  const pt = capGetPerms(st);
  const pd = capGetPerms(sd);
  let target: Capability;
  const ok = st.tag && sd.tag && capIsSealed(st) && capIsSealed(sd) && capGetObjectType(st) > BigInt(CAP_MAX_FIXED_SEAL_TYPE) &&
    capGetObjectType(st) === capGetObjectType(sd) && (pt & PERM_BRANCH_SEALED_PAIR) !== 0 && (pd & PERM_BRANCH_SEALED_PAIR) !== 0 &&
    (pt & PERM_EXECUTE) !== 0 && (pd & PERM_EXECUTE) === 0;
  if (ok) {
    target = unseal(st);
    cpu.setC(29, unseal(sd));
  } else {
    target = capWithTag(st, false);
    cpu.setC(29, sd);
  }
  if (((w >>> 13) & 3) === 1) writeLink(cpu);
  cpu.branchXToCap(target);
});

def('BX___C', (cpu) => {
  cpu.branchXToCap(capAdd(cpu.pcc, cpu.c64 ? 4n : 5n));
});
