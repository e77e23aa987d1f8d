// One instruction line → its 32-bit word, driven entirely by the isa/ table: the candidate
// encodings are those whose mnemonic (or alias mnemonic) matches; each operand placeholder of the
// candidate's syntax template is solved by searching the values of the fields its formatting reads
// until the disassembler prints the source text; the result is accepted only if disassembling the
// encoded word gives back the source line (so every accepted word is right by construction).
import { INSNS, type InsnDef } from '../../src/isa/table.js';
import { encode } from '../../src/isa/encode.js';
import { decode } from '../../src/isa/decoder.js';
import { isUndefinedInstruction } from '../../src/exec/probe.js';
import { formatOperand, formatInsn, formatInsnUnaliased, aliasSpellings, type DisasmContext } from '../../src/isa/syntax.js';

/** Canonical text for comparisons: lower case, no white space, every number in decimal, negative
 *  numbers as their 64-bit two's complement (so `#-1` and `#0xffffffffffffffff` compare equal). */
export function canon(text: string): string {
  return text
    .toLowerCase()
    // register-list ranges as lists: {v4.2s-v6.2s} → {v4.2s, v5.2s, v6.2s}
    .replace(/\{\s*v(\d+)\.(\w+)\s*-\s*v(\d+)\.\w+\s*\}/g, (_m, a: string, t: string, b: string) => {
      const regs: string[] = [];
      for (let r = Number(a); r !== (Number(b) + 1) % 32; r = (r + 1) % 32) regs.push(`v${r}.${t}`);
      return `{${regs.join(',')}}`;
    })
    .replace(/\s+/g, '')
    .replace(/(^|[^a-z0-9_.])(-?)(0x[0-9a-f]+|[0-9]+)(?![0-9a-z_])/g, (_m, pre: string, sign: string, num: string) => {
      const v = BigInt(num);
      return `${pre}${sign === '-' ? BigInt.asUintN(64, -v).toString() : v.toString()}`;
    });
}

/** Canonical instruction line: the mnemonic, one space, the canonical operands. */
export function canonLine(line: string): string {
  const t = line.trim();
  const sp = t.search(/\s/);
  return sp < 0 ? t.toLowerCase() : `${t.slice(0, sp).toLowerCase()} ${canon(t.slice(sp))}`;
}

/** A canonical number as a signed JS number (canonical text holds negatives as 64-bit unsigned). */
function signedNum(t: string): number {
  return Number(BigInt.asIntN(64, BigInt(t)));
}

type Part = { lit: string } | { spec: string } | { group: Part[] };

function parseTemplate(t: string): Part[] {
  const out: Part[] = [];
  let i = 0;
  while (i < t.length) {
    if (t[i] === '<') {
      const j = t.indexOf('>', i);
      out.push({ spec: t.slice(i + 1, j) });
      i = j + 1;
    } else if (t[i] === '{') {
      const j = t.indexOf('}', i);
      out.push({ group: parseTemplate(t.slice(i + 1, j)) });
      i = j + 1;
    } else {
      let j = i;
      while (j < t.length && t[j] !== '<' && t[j] !== '{') j++;
      const lit = canon(t.slice(i, j));
      if (lit !== '') out.push({ lit });
      i = j;
    }
  }
  return out;
}

type Assignment = ReadonlyMap<string, number>;

interface Candidate {
  readonly def: InsnDef;
  readonly parts: Part[];
  /** Field values an alias spelling implies (its `F=v` conditions). */
  readonly fixed: Assignment;
}

const BY_MNEMONIC = new Map<string, Candidate[]>();
function addCandidate(mn: string, c: Candidate): void {
  const list = BY_MNEMONIC.get(mn) ?? [];
  list.push(c);
  BY_MNEMONIC.set(mn, list);
}
/** The field values an alias condition fixes; `F|G=v` gives one alternative per field. */
function impliedFields(def: InsnDef, cond: string): Assignment[] {
  let out: Map<string, number>[] = [new Map()];
  for (const tok of cond.split(/\s+/)) {
    const m = /^(\w+)(?:\|(\w+))?=(\d+)$/.exec(tok);
    if (m === null) continue;
    const names = [m[1]!, ...(m[2] !== undefined ? [m[2]] : [])].filter((n) => def.fields.some((f) => f.name === n));
    if (names.length === 0) continue;
    out = out.flatMap((a) => names.map((n) => new Map(a).set(n, Number(m[3]))));
  }
  return out;
}

for (const def of INSNS) {
  addCandidate(def.mnemonic, { def, parts: parseTemplate(def.syntax), fixed: new Map() });
  for (const a of aliasSpellings(def)) {
    for (const fixed of impliedFields(def, a.cond)) addCandidate(a.mnemonic, { def, parts: parseTemplate(a.syntax), fixed });
  }
}

function candidatesFor(mn: string): Candidate[] {
  const out = [...(BY_MNEMONIC.get(mn) ?? [])];
  // Spellings the disassembler derives from fields: atomics' acquire/release suffixes (ldaddalh →
  // ldaddh, casa → cas, swpl → swp) and CRC32's size letter (crc32cw → crc32c).
  const ord = /^(ld(?:add|clr|eor|set|smax|smin|umax|umin)|st(?:add|clr|eor|set|smax|smin|umax|umin)|swp|casp?)(al|a|l)([bh]?)$/.exec(mn);
  if (ord !== null) out.push(...(BY_MNEMONIC.get(ord[1]! + ord[3]!) ?? []));
  const crc = /^(crc32c?)[bhwx]$/.exec(mn);
  if (crc !== null) out.push(...(BY_MNEMONIC.get(crc[1]!) ?? []));
  if (/^b\.[a-z]{2}$/.test(mn)) out.push(...(BY_MNEMONIC.get('b.<cond>') ?? []));
  if (mn === 'adrp' || mn === 'adrdp') out.push(...(BY_MNEMONIC.get('<adrpm>') ?? []));
  if (mn.endsWith('2')) out.push(...(BY_MNEMONIC.get(mn.slice(0, -1)) ?? []));
  return out;
}

const MAX_SEARCH = 1 << 16;

function fieldWidth(def: InsnDef, name: string): number {
  return def.fields.find((f) => f.name === name)?.width ?? 0;
}

/** Values a field may take: every value consistent with the encoding's fixed bits. */
/** How many values a field may take (its bits not fixed by the encoding). */
function fieldValueCount(def: InsnDef, name: string): number {
  const f = def.fields.find((x) => x.name === name)!;
  let free = 0;
  for (let i = 0; i < f.width; i++) if (((def.mask >>> (f.lo + i)) & 1) === 0) free++;
  return 2 ** free;
}

function fieldValues(def: InsnDef, name: string): number[] {
  const f = def.fields.find((x) => x.name === name)!;
  const m = f.width >= 31 ? 0xffffffff : (1 << f.width) - 1;
  const fixed = (def.mask >>> f.lo) & m;
  const fixedVal = (def.value >>> f.lo) & m;
  const out: number[] = [];
  for (let v = 0; v <= m && out.length < MAX_SEARCH; v++) if ((v & fixed) === fixedVal) out.push(v);
  return out;
}

function wordOf(def: InsnDef, a: Assignment): number | null {
  try {
    return encode(def, Object.fromEntries(a));
  } catch {
    return null;
  }
}

/** Direct inverses for operands whose fields are too wide to search (labels, wide immediates). */
function directSolutions(spec: string, def: InsnDef, text: string, a: Assignment, ctx: DisasmContext): Assignment[] | null {
  const [kind, f1 = ''] = spec.split(':');
  const num = /^#?(-?\d+)$/.exec(text);
  const set = (pairs: [string, number][]): Assignment[] => {
    const m = new Map(a);
    for (const [k, v] of pairs) {
      const w = fieldWidth(def, k);
      m.set(k, w >= 32 ? v >>> 0 : v & ((1 << w) - 1));
    }
    return [m];
  };
  const LABELS = ['label', 'label16', 'adrlabel', 'adrplabel', 'adrdp', 'movz', 'movn'];
  if (num === null) return LABELS.includes(kind!) ? [] : null;
  const v = signedNum(num[1]!);
  switch (kind) {
    case 'label': return (v - ctx.pc) % 4 === 0 ? set([[f1, (v - ctx.pc) / 4]]) : [];
    case 'label16': return set([[f1, (v - Math.floor(ctx.pc / 16) * 16) / 16]]);
    case 'adrlabel': {
      const d = v - ctx.pc;
      return set([['immlo', d & 3], ['immhi', (d >> 2) & 0x3ffff], ['P', (d >> 20) & 1]]);
    }
    case 'adrplabel': {
      // C64 with P = 0 is ADRDP: an unsigned page offset from DDC, written as an immediate.
      if (ctx.c64 && text.startsWith('#')) return set([['immlo', (v / 4096) & 3], ['immhi', ((v / 4096) >> 2) & 0x3ffff], ['P', 0]]);
      const d = Math.floor((v - Math.floor(ctx.pc / 4096) * 4096) / 4096);
      const pairs: [string, number][] = [['immlo', d & 3], ['immhi', (d >> 2) & 0x3ffff]];
      if (def.fields.some((x) => x.name === 'P')) pairs.push(['P', ctx.c64 ? 1 : (d >> 20) & 1]);
      return set(pairs);
    }
    case 'adrdp': return set([['immlo', (v / 4096) & 3], ['immhi', ((v / 4096) >> 2) & 0x3ffff]]);
    case 'movz': case 'movn': {
      const out: Assignment[] = [];
      const big = BigInt(num[1]!);
      for (let hw = 0; hw < 4; hw++) {
        const imm = kind === 'movz' ? (big >> BigInt(16 * hw)) & 0xffffn : (~big >> BigInt(16 * hw)) & 0xffffn;
        out.push(...set([['hw', hw], ['imm16', Number(imm)]]));
      }
      return out;
    }
    case 'u': case 'hex': case 'simm':
      if (f1 !== '' && fieldWidth(def, f1) > 12 && spec.split(':').length === 2) return set([[f1, v]]);
      return null;
    default: return null;
  }
}

/** Field assignments (extending `a`) under which the placeholder formats as `text`. */
function solveOperand(spec: string, def: InsnDef, text: string, a: Assignment, ctx: DisasmContext): Assignment[] {
  const direct = directSolutions(spec, def, text, a, ctx);
  const check = (m: Assignment): boolean => {
    const w = wordOf(def, m);
    return w !== null && canon(formatOperand(spec, def, w, ctx).text) === text;
  };
  if (direct !== null) return direct.filter(check);
  const probe = wordOf(def, a);
  if (probe === null) return [];
  let reads: string[];
  try {
    reads = [...formatOperand(spec, def, probe, ctx).reads].filter((n) => !a.has(n));
  } catch {
    return [];
  }
  // A numeric operand of a wide field: only the values that scale to it (by 1, 2, 4, 8, 12 or 16,
  // the scalings the formatter applies) are worth trying.
  const num = /^#?(-?\d+)$/.exec(text);
  const arg = spec.split(':')[1] ?? '';
  const reg = /^[{[]?([xwcvbhsdq]|w?sp|csp|[xwc]zr)(\d+)?(?=$|[.,\]}-])/.exec(text);
  const narrow = (n: string): number[] | null => {
    // A register operand: its number is the register field (31 for sp/zr spellings).
    if (n === arg && fieldWidth(def, n) === 5 && reg !== null && num === null) {
      if (reg[2] !== undefined) return [Number(reg[2]) & 31];
      if (/^(w?sp|csp|[xwc]zr)$/.test(reg[1]!)) return [31];
    }
    // A register field read by a whole-operand placeholder (e.g. `h1, w2`): a number in the text.
    if (n !== arg && /^R[a-z]\d?$/.test(n) && fieldWidth(def, n) === 5) {
      const nums = new Set([31, ...[...text.matchAll(/\d+/g)].map((m) => Number(m[0]) & 31)]);
      return [...nums];
    }
    if (num === null || n !== arg || fieldWidth(def, n) <= 6) return null;
    const v = signedNum(num[1]!);
    const mask = (2 ** fieldWidth(def, n)) - 1;
    const vals = new Set<number>();
    for (const k of [1, 2, 4, 8, 12, 16]) if (v % k === 0) vals.add((v / k) & mask);
    if (spec.startsWith('fbits')) vals.add((64 - v) & mask);
    return [...vals];
  };
  const sizes = reads.map((n) => narrow(n)?.length ?? fieldValueCount(def, n));
  if (sizes.reduce((p, k) => p * k, 1) > MAX_SEARCH) return [];
  const domains = reads.map((n) => narrow(n) ?? fieldValues(def, n));
  const total = domains.reduce((p, d) => p * d.length, 1);
  const out: Assignment[] = [];
  const idx = new Array<number>(reads.length).fill(0);
  for (let k = 0; k < total; k++) {
    let r = k;
    const m = new Map(a);
    for (let i = 0; i < reads.length; i++) {
      idx[i] = r % domains[i]!.length;
      r = Math.floor(r / domains[i]!.length);
      m.set(reads[i]!, domains[i]![idx[i]!]!);
    }
    try {
      if (check(m)) out.push(m);
    } catch {
      /* an operand that cannot format with these values */
    }
  }
  return out;
}

/** All assignments under which `parts` match input[pos..] exactly (to the end when `last`). */
function matchParts(parts: Part[], k: number, input: string, pos: number, a: Assignment, cand: Candidate, ctx: DisasmContext,
  rest: (pos: number, a: Assignment) => Assignment[], top = false): Assignment[] {
  if (k === parts.length) return rest(pos, a);
  const isGroupInner = !top;
  const p = parts[k]!;
  if ('lit' in p) return input.startsWith(p.lit, pos) ? matchParts(parts, k + 1, input, pos + p.lit.length, a, cand, ctx, rest, top) : [];
  if ('group' in p) {
    const present = matchParts(p.group, 0, input, pos, a, cand, ctx, (q, b) => matchParts(parts, k + 1, input, q, b, cand, ctx, rest, top));
    const absent = matchParts(parts, k + 1, input, pos, a, cand, ctx, rest, top);
    return [...present, ...absent];
  }
  // A placeholder: try every end position that lets the next literal match.
  const next = parts[k + 1];
  const out: Assignment[] = [];
  for (let end = input.length; end >= pos; end--) {
    if (next === undefined && k === parts.length - 1 && end !== input.length && !isGroupInner) continue;
    if (next !== undefined && 'lit' in next && !input.startsWith(next.lit, end)) continue;
    const text = input.slice(pos, end);
    if (text === '' && !(next === undefined || 'lit' in next || 'group' in next)) continue;
    for (const b of solveOperand(p.spec, cand.def, text, a, ctx)) {
      out.push(...matchParts(parts, k + 1, input, end, b, cand, ctx, rest, top));
      if (out.length > 0) return out;
    }
  }
  return out;
}

/** Remaining free fields: all small ones are searched (the final check picks the right values). */
function completions(def: InsnDef, a: Assignment): Assignment[] {
  const free = def.fields.filter((f) => !a.has(f.name) && ((def.mask >>> f.lo) & ((1 << f.width) - 1)) !== (1 << f.width) - 1);
  const bitsFree = free.reduce((n, f) => n + f.width, 0);
  if (bitsFree > 12) {
    const m = new Map(a);
    for (const f of free) m.set(f.name, fieldValues(def, f.name)[0] ?? 0);
    return [m];
  }
  let out: Assignment[] = [a];
  for (const f of free) {
    const vals = fieldValues(def, f.name);
    out = out.flatMap((m) => vals.map((v) => new Map(m).set(f.name, v)));
  }
  return out;
}

export class AsmError extends Error {}

/** Encodes one instruction ("mnemonic operands", numbers already resolved) at pc. */
export function encodeLine(line: string, ctx: DisasmContext): number {
  const t = line.trim();
  const sp = t.search(/\s/);
  const mn = (sp < 0 ? t : t.slice(0, sp)).toLowerCase();
  const ops = canon(sp < 0 ? '' : t.slice(sp));
  const input = canonLine(t);
  const cands = candidatesFor(mn);
  if (cands.length === 0) throw new AsmError(`unknown mnemonic '${mn}'`);
  let fallback: number | null = null;
  for (const cand of cands) {
    const found = matchParts(cand.parts, 0, ops, 0, cand.fixed, cand, ctx, (pos, a) => {
      if (pos !== ops.length) return [];
      for (const m of completions(cand.def, a)) {
        const w = wordOf(cand.def, m);
        if (w === null) continue;
        const d = decode(w);
        if (d === null) continue;
        if (canonLine(formatInsn(d, w, ctx)) === input || canonLine(formatInsnUnaliased(d, w, ctx)) === input ||
          canonLine(formatInsnUnaliased(d, w, ctx, true)) === input) {
          // Prefer an encoding the processor executes over an UNDEFINED one that prints the same.
          if (!isUndefinedInstruction(w, ctx.c64)) return [new Map([['word', w]])];
          fallback ??= w;
        }
      }
      return [];
    }, true);
    if (found.length > 0) return found[0]!.get('word')! >>> 0;
  }
  if (fallback !== null) return fallback;
  throw new AsmError(`no encoding of '${mn}' matches '${t}'`);
}
