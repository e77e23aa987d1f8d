// System register names by encoding (op0, op1, CRn, CRm, op2), for MRS/MSR disassembly and for the
// CPU's system-register file. Capability system registers (Morello MRS/MSR Ct) share the encodings of
// their integer counterparts where they widen one (VBAR→CVBAR, ELR→CELR, SP→CSP, TPIDR→CTPIDR).

export interface SysRegName {
  readonly name: string;
  readonly op0: number;
  readonly op1: number;
  readonly crn: number;
  readonly crm: number;
  readonly op2: number;
}

// [name, op0, op1, CRn, CRm, op2]
const INTEGER: readonly (readonly [string, number, number, number, number, number])[] = [
  ['midr_el1', 3, 0, 0, 0, 0], ['mpidr_el1', 3, 0, 0, 0, 5], ['ctr_el0', 3, 3, 0, 0, 1], ['dczid_el0', 3, 3, 0, 0, 7],
  ['id_aa64pfr0_el1', 3, 0, 0, 4, 0], ['id_aa64isar0_el1', 3, 0, 0, 6, 0], ['id_aa64mmfr0_el1', 3, 0, 0, 7, 0],
  ['sctlr_el1', 3, 0, 1, 0, 0], ['cpacr_el1', 3, 0, 1, 0, 2], ['sctlr_el2', 3, 4, 1, 0, 0], ['hcr_el2', 3, 4, 1, 1, 0],
  ['sctlr_el3', 3, 6, 1, 0, 0], ['scr_el3', 3, 6, 1, 1, 0], ['cptr_el3', 3, 6, 1, 1, 2], ['cptr_el2', 3, 4, 1, 1, 2],
  ['cctlr_el0', 3, 3, 1, 2, 2], ['cctlr_el1', 3, 0, 1, 2, 2], ['cctlr_el2', 3, 4, 1, 2, 2], ['cctlr_el3', 3, 6, 1, 2, 2],
  ['ttbr0_el1', 3, 0, 2, 0, 0], ['ttbr1_el1', 3, 0, 2, 0, 1], ['tcr_el1', 3, 0, 2, 0, 2], ['ttbr0_el2', 3, 4, 2, 0, 0],
  ['tcr_el2', 3, 4, 2, 0, 2], ['ttbr0_el3', 3, 6, 2, 0, 0], ['tcr_el3', 3, 6, 2, 0, 2],
  ['spsr_el1', 3, 0, 4, 0, 0], ['elr_el1', 3, 0, 4, 0, 1], ['sp_el0', 3, 0, 4, 1, 0], ['spsel', 3, 0, 4, 2, 0],
  ['currentel', 3, 0, 4, 2, 2], ['daif', 3, 3, 4, 2, 1], ['nzcv', 3, 3, 4, 2, 0], ['fpcr', 3, 3, 4, 4, 0], ['fpsr', 3, 3, 4, 4, 1],
  ['spsr_el2', 3, 4, 4, 0, 0], ['elr_el2', 3, 4, 4, 0, 1], ['sp_el1', 3, 4, 4, 1, 0], ['spsr_el3', 3, 6, 4, 0, 0],
  ['elr_el3', 3, 6, 4, 0, 1], ['sp_el2', 3, 6, 4, 1, 0], ['rsp_el0', 3, 7, 4, 1, 3],
  ['esr_el1', 3, 0, 5, 2, 0], ['esr_el2', 3, 4, 5, 2, 0], ['esr_el3', 3, 6, 5, 2, 0],
  ['far_el1', 3, 0, 6, 0, 0], ['far_el2', 3, 4, 6, 0, 0], ['far_el3', 3, 6, 6, 0, 0], ['par_el1', 3, 0, 7, 4, 0],
  ['mair_el1', 3, 0, 10, 2, 0], ['mair_el2', 3, 4, 10, 2, 0], ['mair_el3', 3, 6, 10, 2, 0],
  ['vbar_el1', 3, 0, 12, 0, 0], ['vbar_el2', 3, 4, 12, 0, 0], ['vbar_el3', 3, 6, 12, 0, 0],
  ['tpidr_el1', 3, 0, 13, 0, 4], ['tpidr_el0', 3, 3, 13, 0, 2], ['tpidrro_el0', 3, 3, 13, 0, 3], ['tpidr_el2', 3, 4, 13, 0, 2],
  ['tpidr_el3', 3, 6, 13, 0, 2], ['rtpidr_el0', 3, 3, 13, 0, 4], ['cid_el0', 3, 3, 13, 0, 7],
  ['cntfrq_el0', 3, 3, 14, 0, 0], ['cntpct_el0', 3, 3, 14, 0, 1], ['cntvct_el0', 3, 3, 14, 0, 2],
  ['cntv_ctl_el0', 3, 3, 14, 3, 1], ['cntv_cval_el0', 3, 3, 14, 3, 2],
];

const CAPABILITY: readonly (readonly [string, number, number, number, number, number])[] = [
  ['ddc', 3, 3, 4, 1, 1], ['ddc_el0', 3, 0, 4, 1, 1], ['ddc_el1', 3, 4, 4, 1, 1], ['rddc_el0', 3, 3, 4, 3, 1],
  ['csp_el0', 3, 0, 4, 1, 0], ['csp_el1', 3, 4, 4, 1, 0], ['csp_el2', 3, 6, 4, 1, 0], ['rcsp_el0', 3, 7, 4, 1, 3],
  ['celr_el1', 3, 0, 4, 0, 1], ['celr_el2', 3, 4, 4, 0, 1], ['celr_el3', 3, 6, 4, 0, 1],
  ['cvbar_el1', 3, 0, 12, 0, 0], ['cvbar_el2', 3, 4, 12, 0, 0], ['cvbar_el3', 3, 6, 12, 0, 0],
  ['ctpidr_el0', 3, 3, 13, 0, 2], ['ctpidrro_el0', 3, 3, 13, 0, 3], ['rctpidr_el0', 3, 3, 13, 0, 4], ['cid_el0', 3, 3, 13, 0, 7],
  ['ctpidr_el1', 3, 0, 13, 0, 4], ['ctpidr_el2', 3, 4, 13, 0, 2], ['ctpidr_el3', 3, 6, 13, 0, 2],
];

export function sysRegKey(op0: number, op1: number, crn: number, crm: number, op2: number): number {
  return (op0 << 14) | (op1 << 11) | (crn << 7) | (crm << 3) | op2;
}

function index(rows: typeof INTEGER): Map<number, string> {
  const m = new Map<number, string>();
  for (const [n, a, b, c, d, e] of rows) m.set(sysRegKey(a, b, c, d, e), n);
  return m;
}

const INTEGER_BY_KEY = index(INTEGER);
const CAPABILITY_BY_KEY = index(CAPABILITY);
const BY_NAME = new Map<string, number>();
for (const [n, a, b, c, d, e] of [...INTEGER, ...CAPABILITY]) BY_NAME.set(n, sysRegKey(a, b, c, d, e));

/** Name of an integer (isCap=false) or capability system register; the generic S<op0>_<op1>_C<n>_C<m>_<op2> form if unknown. */
export function sysRegName(isCap: boolean, op0: number, op1: number, crn: number, crm: number, op2: number): string {
  const key = sysRegKey(op0, op1, crn, crm, op2);
  const n = (isCap ? CAPABILITY_BY_KEY : INTEGER_BY_KEY).get(key);
  return n ?? `s${op0}_${op1}_c${crn}_c${crm}_${op2}`;
}

/** Encoding key of a register name (either kind), or of the generic S form; undefined if unknown. */
export function sysRegByName(name: string): number | undefined {
  const n = name.toLowerCase();
  const k = BY_NAME.get(n);
  if (k !== undefined) return k;
  const m = /^s([23])_([0-7])_c(\d+)_c(\d+)_([0-7])$/.exec(n);
  if (m && Number(m[3]) < 16 && Number(m[4]) < 16) return sysRegKey(Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5]));
  return undefined;
}
