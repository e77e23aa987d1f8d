// Morello loads and stores: capability loads/stores in every form, alternate-base data accesses,
// capability exclusives/atomics, load-pair-and-branch, load-branch and tag loads/stores (Sail
// instrs.sail execute_<CLAUSE>; checks in Sail CheckCapability order, then alignment).
import { defineSemantics, type Cpu, type BaseRef, ACC_ATOMIC, ACC_NORMAL, ACC_ORDERED, ACC_UNPRIV, Cpu as CpuClass } from './cpu.js';
import { ArchException, FSC_ALIGNMENT } from '../cpu/exception.js';
import { checkCapabilitiesEnabled, checkFPEnabled } from './sysregs.js';
import { type Capability, capEquals, capIsSealed, capGetObjectType, capWithObjectType, capGetPerms, capWithTag,
  PERM_LOAD, PERM_STORE, PERM_LOAD_CAP, PERM_STORE_CAP, PERM_SYSTEM, OTYPE_LPB, OTYPE_LB, MASK64, PERM_EXECUTIVE } from '../cap/format.js';
import { signExtendBig } from './u64.js';
import { writeCapLink as writeLink } from './a64-branch-system.js';
import { readV, writeV } from './a64-memory.js';
import { bits } from '../isa/table.js';

const T = (w: number): number => w & 31;
const N = (w: number): number => (w >>> 5) & 31;
const S = (w: number): number => (w >>> 16) & 31;

function def(ids: string | string[], h: (cpu: Cpu, w: number, id: string) => void): void {
  defineSemantics(ids, (cpu, w, d) => {
    checkCapabilitiesEnabled(cpu);
    // SIMD&FP register forms (…_V_…): Sail CheckFPAdvSIMDEnabled64 right after the capability check.
    if (d.id.includes('_V_')) checkFPEnabled(cpu);
    h(cpu, w, d.id);
  });
}

function loadCap(cpu: Cpu, base: BaseRef, addr: bigint, acc = ACC_NORMAL): Capability {
  cpu.checkAccess(base, addr, 16, PERM_LOAD);
  return CpuClass.squash(cpu.readCapMem(addr & MASK64, acc), cpu.authOf(base));
}

function storeCap(cpu: Cpu, base: BaseRef, addr: bigint, data: Capability, acc = ACC_NORMAL): void {
  cpu.checkAccess(base, addr, 16, CpuClass.capStorePerms(data));
  cpu.writeCapMem(addr & MASK64, data, acc);
}

// ---------------------------------------------------------------- native-base capability loads/stores
def(['LDR_C_RUIB_C', 'STR_C_RUIB_C'], (cpu, w, id) => {
  const base = cpu.baseRead(N(w));
  const addr = base.addr + (BigInt(bits(w, 21, 10)) << 4n);
  if (id[0] === 'L') cpu.setCz(T(w), loadCap(cpu, base, addr));
  else storeCap(cpu, base, addr, cpu.cz(T(w)));
});

def(['LDUR_C_RI_C', 'STUR_C_RI_C', 'LDTR_C_RIB_C', 'STTR_C_RIB_C'], (cpu, w, id) => {
  const base = cpu.baseRead(N(w));
  const scaled = id.includes('TR');
  const off = signExtendBig(BigInt(bits(w, 20, 12)), 9) << (scaled ? 4n : 0n);
  const acc = scaled && cpu.el === 1 ? ACC_UNPRIV : ACC_NORMAL;
  if (id[0] === 'L') cpu.setCz(T(w), loadCap(cpu, base, base.addr + off, acc));
  else storeCap(cpu, base, base.addr + off, cpu.cz(T(w)), acc);
});

def(['LDR_C_RIAW_C', 'STR_C_RIAW_C', 'LDR_C_RIBW_C', 'STR_C_RIBW_C'], (cpu, w, id) => {
  const n = N(w);
  const t = T(w);
  const base = cpu.baseRead(n);
  const off = signExtendBig(BigInt(bits(w, 20, 12)), 9) << 4n;
  const post = id.includes('RIAW');
  const addr = post ? base.addr : base.addr + off;
  let wback = true;
  if (id[0] === 'L') {
    if (n === t && n !== 31) wback = false; // WBSUPPRESS
    cpu.setCz(t, loadCap(cpu, base, addr));
  } else storeCap(cpu, base, addr, cpu.cz(t));
  if (wback) cpu.writeback(n, base, off);
});

function regOffset(cpu: Cpu, w: number, shift: number): bigint {
  const option = (bits(w, 15, 15) << 2) | 2 | bits(w, 13, 13);
  const m = cpu.x(S(w));
  const len = option & 1 ? 64 : 32;
  let x = m & ((1n << BigInt(len)) - 1n);
  if (option & 4) x = signExtendBig(x, len);
  return (x << BigInt(bits(w, 12, 12) ? shift : 0)) & MASK64;
}

def(['LDR_C_RRB_C', 'STR_C_RRB_C'], (cpu, w, id) => {
  const base = cpu.baseRead(N(w));
  const addr = base.addr + regOffset(cpu, w, 4);
  if (id[0] === 'L') cpu.setCz(T(w), loadCap(cpu, base, addr));
  else storeCap(cpu, base, addr, cpu.cz(T(w)));
});

def('LDR_C_I_C', (cpu, w) => {
  const pcc = cpu.pcc;
  const addr = ((pcc.value & ~15n) + (signExtendBig(BigInt(bits(w, 21, 5)), 17) << 4n)) & MASK64;
  cpu.setCz(T(w), loadCap(cpu, { cap: pcc, addr: pcc.value }, addr));
});

def(['LDP_C_RIB_C', 'LDNP_C_RIB_C', 'STP_C_RIB_C', 'STNP_C_RIB_C', 'LDP_C_RIBW_C', 'STP_C_RIBW_C', 'LDP_CC_RIAW_C', 'STP_CC_RIAW_C'], (cpu, w, id) => {
  const n = N(w);
  const t = T(w);
  const t2 = bits(w, 14, 10);
  const load = id[0] === 'L';
  if (load && t === t2) throw new ArchException('undefined');
  const base = cpu.baseRead(n);
  const off = signExtendBig(BigInt(bits(w, 21, 15)), 7) << 4n;
  const post = id.includes('RIAW');
  const wb = post || id.includes('RIBW');
  const addr = post ? base.addr : base.addr + off;
  let wback = wb;
  if (load) {
    if (wb && (t === n || t2 === n) && n !== 31) wback = false;
    cpu.checkAccess(base, addr, 32, PERM_LOAD);
    const a = CpuClass.squash(cpu.readCapMem(addr & MASK64), cpu.authOf(base));
    const b = CpuClass.squash(cpu.readCapMem((addr + 16n) & MASK64), cpu.authOf(base));
    cpu.setCz(t, a);
    cpu.setCz(t2, b);
  } else {
    // STP of capabilities: two separately checked stores (fact sheet §5.1).
    const a = cpu.cz(t);
    const b = cpu.cz(t2);
    storeCap(cpu, base, addr, a);
    storeCap(cpu, base, addr + 16n, b);
  }
  if (wback) cpu.writeback(n, base, off);
});

// ---------------------------------------------------------------- ordered, exclusive, atomic
def(['LDAR_C_R_C', 'LDAPR_C_R_C'], (cpu, w) => {
  const base = cpu.baseRead(N(w));
  cpu.setCz(T(w), loadCap(cpu, base, base.addr, ACC_ORDERED));
});
def('STLR_C_R_C', (cpu, w) => {
  const base = cpu.baseRead(N(w));
  storeCap(cpu, base, base.addr, cpu.cz(T(w)), ACC_ORDERED);
});

def(['LDXR_C_R_C', 'LDAXR_C_R_C'], (cpu, w) => {
  const base = cpu.baseRead(N(w));
  cpu.setCz(T(w), loadCap(cpu, base, base.addr, ACC_ATOMIC));
  cpu.markExclusive(base.addr);
});

def(['STXR_R_CR_C', 'STLXR_R_CR_C'], (cpu, w) => {
  const base = cpu.baseRead(N(w));
  const data = cpu.cz(T(w));
  cpu.checkAccess(base, base.addr, 16, CpuClass.capStorePerms(data));
  if ((base.addr & 15n) !== 0n) throw new ArchException('dabort', 0, base.addr, FSC_ALIGNMENT, true);
  const ok = cpu.exclusivePass(base.addr);
  if (ok) cpu.writeCapMem(base.addr & MASK64, data);
  cpu.setWr(S(w), ok ? 0n : 1n);
});

def(['LDXP_C_R_C', 'LDAXP_C_R_C'], (cpu, w) => {
  const t = T(w);
  const t2 = bits(w, 14, 10);
  if (t === t2) throw new ArchException('undefined');
  const base = cpu.baseRead(N(w));
  cpu.checkAccess(base, base.addr, 32, PERM_LOAD);
  if ((base.addr & 31n) !== 0n) throw new ArchException('dabort', 0, base.addr, FSC_ALIGNMENT, false);
  const auth = cpu.authOf(base);
  cpu.setCz(t, CpuClass.squash(cpu.readCapMem(base.addr & MASK64), auth));
  cpu.setCz(t2, CpuClass.squash(cpu.readCapMem((base.addr + 16n) & MASK64), auth));
  cpu.markExclusive(base.addr);
});

def(['STXP_R_CR_C', 'STLXP_R_CR_C'], (cpu, w) => {
  const base = cpu.baseRead(N(w));
  const a = cpu.cz(T(w));
  const b = cpu.cz(bits(w, 14, 10));
  cpu.checkAccess(base, base.addr, 32, CpuClass.capStorePerms(a) | CpuClass.capStorePerms(b));
  if ((base.addr & 31n) !== 0n) throw new ArchException('dabort', 0, base.addr, FSC_ALIGNMENT, true);
  const ok = cpu.exclusivePass(base.addr);
  if (ok) {
    cpu.writeCapMem(base.addr & MASK64, a);
    cpu.writeCapMem((base.addr + 16n) & MASK64, b);
  }
  cpu.setWr(S(w), ok ? 0n : 1n);
});

def(['CAS_C_R_C', 'CASA_C_R_C', 'CASL_C_R_C', 'CASAL_C_R_C'], (cpu, w) => {
  const base = cpu.baseRead(N(w));
  const s = S(w);
  const expected = cpu.cz(s);
  const newv = cpu.cz(T(w));
  cpu.checkAccess(base, base.addr, 16, PERM_LOAD);
  cpu.checkAccess(base, base.addr, 16, CpuClass.capStorePerms(newv));
  // Sail MemAtomicCompareAndSwapC: the squashed old capability is compared (CapIsEqual) and returned.
  const old = CpuClass.squash(cpu.readCapMem(base.addr & MASK64, ACC_ATOMIC), cpu.authOf(base));
  if (capEquals(old, expected)) cpu.writeCapMem(base.addr & MASK64, newv);
  cpu.setCz(s, old);
});

def(['SWP_CC_R_C', 'SWPA_CC_R_C', 'SWPL_CC_R_C', 'SWPAL_CC_R_C'], (cpu, w) => {
  const base = cpu.baseRead(N(w));
  const data = cpu.cz(S(w));
  cpu.checkAccess(base, base.addr, 16, PERM_LOAD);
  cpu.checkAccess(base, base.addr, 16, CpuClass.capStorePerms(data));
  const old = cpu.readCapMem(base.addr & MASK64, ACC_ATOMIC);
  cpu.writeCapMem(base.addr & MASK64, data);
  cpu.setCz(T(w), CpuClass.squash(old, cpu.authOf(base)));
});

// ---------------------------------------------------------------- load-and-branch
function executiveCheck(cpu: Cpu, t: Capability): Capability {
  return (capGetPerms(cpu.pcc) & PERM_EXECUTIVE) !== 0 && (capGetPerms(t) & PERM_EXECUTIVE) === 0 ? capWithTag(t, false) : t;
}
function unsealSentry(t: Capability): Capability {
  return t.tag && capIsSealed(t) && capGetObjectType(t) === 1n ? capWithObjectType(t, 0n) : t;
}

def(['LDPBR_C_C_C', 'LDPBLR_C_C_C'], (cpu, w, id) => {
  const t = T(w);
  const n = N(w);
  let baseCap = cpu.csp(n);
  if (t === 29 && baseCap.tag && capIsSealed(baseCap) && capGetObjectType(baseCap) === OTYPE_LPB) baseCap = capWithObjectType(baseCap, 0n);
  const base: BaseRef = { cap: baseCap, addr: baseCap.value };
  cpu.checkAccess(base, base.addr, 32, PERM_LOAD);
  const data = CpuClass.squash(cpu.readCapMem(base.addr & MASK64), baseCap);
  let target = CpuClass.squash(cpu.readCapMem((base.addr + 16n) & MASK64), baseCap);
  target = unsealSentry(executiveCheck(cpu, target));
  if (id === 'LDPBLR_C_C_C') writeLink(cpu);
  cpu.setCz(t, data);
  cpu.branchXToCap(target);
});

def(['BR_CI_C', 'BLR_CI_C'], (cpu, w, id) => {
  const n = N(w);
  let baseCap = cpu.csp(n);
  if (n === 29 && baseCap.tag && capIsSealed(baseCap) && capGetObjectType(baseCap) === OTYPE_LB) {
    baseCap = capWithObjectType(baseCap, 0n);
    cpu.setC(29, baseCap);
  }
  const addr = baseCap.value + (signExtendBig(BigInt(bits(w, 19, 13)), 7) << 4n);
  const base: BaseRef = { cap: baseCap, addr: baseCap.value };
  cpu.checkAccess(base, addr, 16, PERM_LOAD);
  let target = CpuClass.squash(cpu.readCapMem(addr & MASK64), baseCap);
  target = unsealSentry(executiveCheck(cpu, target));
  if (id === 'BLR_CI_C') writeLink(cpu);
  cpu.branchXToCap(target);
});

// ---------------------------------------------------------------- tags
def('LDCT_R_R__', (cpu, w) => {
  const base = cpu.baseRead(N(w));
  cpu.checkAccess(base, base.addr, 64, PERM_LOAD);
  if ((base.addr & 63n) !== 0n) throw new ArchException('dabort', 0, base.addr, FSC_ALIGNMENT, false);
  let r = 0n;
  if ((capGetPerms(cpu.authOf(base)) & PERM_LOAD_CAP) !== 0) {
    for (let i = 0; i < 4; i++) if (cpu.readCapMem((base.addr + BigInt(16 * i)) & MASK64).tag) r |= 1n << BigInt(i);
  }
  cpu.setXr(T(w), r);
});

def('STCT_R_R__', (cpu, w) => {
  if (cpu.el === 0) throw new ArchException('undefined');
  const base = cpu.baseRead(N(w));
  const tags = cpu.x(T(w));
  const sys = (capGetPerms(cpu.pcc) & PERM_SYSTEM) !== 0;
  cpu.checkAccess(base, base.addr, 64, PERM_STORE | (sys && (tags & 15n) !== 0n ? PERM_STORE_CAP : 0));
  if ((base.addr & 63n) !== 0n) throw new ArchException('dabort', 0, base.addr, FSC_ALIGNMENT, true);
  for (let i = 0; i < 4; i++) {
    const a = (base.addr + BigInt(16 * i)) & MASK64;
    const c = cpu.readCapMem(a);
    cpu.writeCapMem(a, capWithTag(c, sys && ((tags >> BigInt(i)) & 1n) === 1n));
  }
});

// ---------------------------------------------------------------- alternate-base accesses
interface AltShape {
  kind: 'c' | 'x' | 'w' | 'v';
  size: number;
  load: boolean;
  signed: boolean;
  regsize: number;
}

function altShape(id: string): AltShape {
  const load = id.startsWith('ALD');
  const body = id.replace(/^A(LD|ST)(UR|R|AR|LR)?/, '');
  // body examples: 'B_R_RI_32', 'SB_R_RI_64', '_C_RI_C', '_R_RUI_64', 'H_R_RRB_32', '_V_RI_Q'
  const m = /^(S?)([BHW]?)_(C|R|V)_\w+?_(\w+)$/.exec(body);
  if (!m) throw new Error(`morello: cannot shape ${id}`);
  const [, sgn, width, cls, suffix] = m as unknown as [string, string, string, string, string];
  if (cls === 'C') return { kind: 'c', size: 16, load, signed: false, regsize: 128 };
  if (cls === 'V') {
    const size = ({ B: 1, H: 2, S: 4, D: 8, Q: 16 } as Record<string, number>)[suffix]!;
    return { kind: 'v', size, load, signed: false, regsize: size * 8 };
  }
  const size = width === 'B' ? 1 : width === 'H' ? 2 : width === 'W' ? 4 : suffix === '64' ? 8 : 4;
  const regsize = suffix === '64' ? 64 : 32;
  return { kind: regsize === 64 ? 'x' : 'w', size, load, signed: sgn === 'S', regsize };
}

const ALT_SHAPES = new Map<string, AltShape>();

function altShapeOf(id: string): AltShape {
  let sh = ALT_SHAPES.get(id);
  if (sh === undefined) {
    sh = altShape(id);
    ALT_SHAPES.set(id, sh);
  }
  return sh;
}

function altAccess(cpu: Cpu, w: number, id: string, base: BaseRef, addr: bigint, acc: number): void {
  const sh = altShapeOf(id);
  const t = T(w);
  if (sh.kind === 'c') {
    if (sh.load) cpu.setCz(t, loadCap(cpu, base, addr, acc));
    else storeCap(cpu, base, addr, cpu.cz(t), acc);
    return;
  }
  cpu.checkAccess(base, addr, sh.size, sh.load ? PERM_LOAD : PERM_STORE);
  if (sh.kind === 'v') {
    if (sh.load) {
      if (sh.size === 16) {
        const lo = cpu.read(addr & MASK64, 8);
        const hi = cpu.read((addr + 8n) & MASK64, 8);
        writeV(cpu, t, 16, (hi << 64n) | lo);
      } else writeV(cpu, t, sh.size, cpu.read(addr & MASK64, sh.size));
    } else {
      const v = readV(cpu, t, sh.size);
      if (sh.size === 16) {
        cpu.write(addr & MASK64, 8, v & MASK64);
        cpu.write((addr + 8n) & MASK64, 8, v >> 64n);
      } else cpu.write(addr & MASK64, sh.size, v);
    }
    return;
  }
  if (sh.load) {
    const d = cpu.read(addr & MASK64, sh.size, acc);
    const v = sh.signed ? signExtendBig(d, sh.size * 8) & (sh.regsize === 64 ? MASK64 : 0xffffffffn) : d;
    if (sh.regsize === 64) cpu.setXr(t, v);
    else cpu.setWr(t, v);
  } else cpu.write(addr & MASK64, sh.size, cpu.x(t) & ((1n << BigInt(sh.size * 8)) - 1n), acc);
}

const ALT_RUI = ['ALDR_C_RUI_C', 'ASTR_C_RUI_C', 'ALDRB_R_RUI_B', 'ASTRB_R_RUI_B', 'ALDR_R_RUI_32', 'ASTR_R_RUI_32', 'ALDR_R_RUI_64', 'ASTR_R_RUI_64'];
def(ALT_RUI, (cpu, w, id) => {
  const base = cpu.altBaseRead(N(w));
  const sh = altShapeOf(id);
  altAccess(cpu, w, id, base, base.addr + BigInt(bits(w, 20, 12)) * BigInt(sh.size), ACC_NORMAL);
});

const ALT_RI = ['ALDUR_C_RI_C', 'ASTUR_C_RI_C', 'ALDUR_R_RI_32', 'ALDUR_R_RI_64', 'ASTUR_R_RI_32', 'ASTUR_R_RI_64', 'ALDURB_R_RI_32',
  'ASTURB_R_RI_32', 'ALDURH_R_RI_32', 'ASTURH_R_RI_32', 'ALDURSB_R_RI_32', 'ALDURSB_R_RI_64', 'ALDURSH_R_RI_32', 'ALDURSH_R_RI_64',
  'ALDURSW_R_RI_64', 'ALDUR_V_RI_B', 'ALDUR_V_RI_H', 'ALDUR_V_RI_S', 'ALDUR_V_RI_D', 'ALDUR_V_RI_Q', 'ASTUR_V_RI_B', 'ASTUR_V_RI_H',
  'ASTUR_V_RI_S', 'ASTUR_V_RI_D', 'ASTUR_V_RI_Q'];
def(ALT_RI, (cpu, w, id) => {
  const base = cpu.altBaseRead(N(w));
  altAccess(cpu, w, id, base, base.addr + signExtendBig(BigInt(bits(w, 20, 12)), 9), ACC_NORMAL);
});

const ALT_RRB = ['ALDR_C_RRB_C', 'ASTR_C_RRB_C', 'ALDRB_R_RRB_B', 'ASTRB_R_RRB_B', 'ALDRH_R_RRB_32', 'ASTRH_R_RRB_32', 'ALDR_R_RRB_32',
  'ASTR_R_RRB_32', 'ALDR_R_RRB_64', 'ASTR_R_RRB_64', 'ALDRSB_R_RRB_32', 'ALDRSB_R_RRB_64', 'ALDRSH_R_RRB_32', 'ALDRSH_R_RRB_64',
  'ALDR_V_RRB_S', 'ALDR_V_RRB_D', 'ASTR_V_RRB_S', 'ASTR_V_RRB_D'];
def(ALT_RRB, (cpu, w, id) => {
  const base = cpu.altBaseRead(N(w));
  const sh = altShapeOf(id);
  const shift = Math.log2(sh.size);
  altAccess(cpu, w, id, base, base.addr + regOffset(cpu, w, shift), ACC_NORMAL);
});

def(['ALDAR_C_R_C', 'ASTLR_C_R_C', 'ALDARB_R_R_B', 'ASTLRB_R_R_B', 'ALDAR_R_R_32', 'ASTLR_R_R_32'], (cpu, w, id) => {
  const base = cpu.altBaseRead(N(w));
  altAccess(cpu, w, id.replace('ALDAR', 'ALDR').replace('ASTLR', 'ASTR'), base, base.addr, ACC_ORDERED);
});

