// Parses the isa/ tables into instruction definitions. This is the single source from which the
// decoder, the disassembler, the assembler and the profiler's instruction classes are derived.
import { A64_TABLE } from '../../isa/a64.js';
import { MORELLO_TABLE } from '../../isa/morello.js';
import { DECODE_ORDER } from '../../isa/order.js';

export type InsnClass = 'a64' | 'morello';

export interface Field {
  readonly name: string;
  readonly lo: number;
  readonly width: number;
}

export interface InsnDef {
  /** Position in the global first-match order; also a dense numeric id. */
  readonly index: number;
  readonly id: string;
  readonly mnemonic: string;
  /** Semantics family: the handler the executor dispatches on. */
  readonly family: string;
  readonly cls: InsnClass;
  readonly mask: number;
  readonly value: number;
  /** Guard: the word must not satisfy (word & guardMask) === guardValue. guardMask 0 = none. */
  readonly guardMask: number;
  readonly guardValue: number;
  readonly fields: readonly Field[];
  readonly syntax: string;
}

function parsePattern(id: string, pattern: string): { mask: number; value: number; fields: Field[]; guardMask: number; guardValue: number } {
  let bit = 32;
  let mask = 0;
  let value = 0;
  let guardMask = 0;
  let guardValue = 0;
  const fields: Field[] = [];
  for (const tok of pattern.trim().split(/\s+/)) {
    if (tok.startsWith('!')) {
      const m = /^!(\d+):(\d+)=([01]+)$/.exec(tok);
      if (!m) throw new Error(`isa: bad guard '${tok}' in ${id}`);
      const hi = Number(m[1]);
      const lo = Number(m[2]);
      const w = hi - lo + 1;
      guardMask = (((w === 32 ? 0xffffffff : (1 << w) - 1) << lo) >>> 0);
      guardValue = (parseInt(m[3]!, 2) << lo) >>> 0;
      continue;
    }
    let bits: string;
    let name: string | null = null;
    let m: RegExpExecArray | null;
    if ((m = /^(\w+):(\d+)$/.exec(tok))) {
      name = m[1]!;
      bits = 'x'.repeat(Number(m[2]));
    } else if ((m = /^(\w+)=([01x]+)$/.exec(tok))) {
      name = m[1]!;
      bits = m[2]!;
    } else if (/^[01x]+$/.test(tok)) {
      bits = tok;
    } else {
      throw new Error(`isa: bad pattern token '${tok}' in ${id}`);
    }
    const hi = bit - 1;
    for (const ch of bits) {
      bit--;
      if (ch !== 'x') {
        mask |= 1 << bit;
        if (ch === '1') value |= 1 << bit;
      }
    }
    if (name !== null) fields.push({ name, lo: bit, width: hi - bit + 1 });
  }
  if (bit !== 0) throw new Error(`isa: pattern of ${id} covers ${32 - bit} bits, not 32`);
  return { mask: mask >>> 0, value: value >>> 0, fields, guardMask, guardValue };
}

interface Row {
  id: string;
  mnemonic: string;
  family: string;
  pattern: string;
  syntax: string;
  cls: InsnClass;
}

function parseTable(text: string, cls: InsnClass): Row[] {
  const rows: Row[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    const cols = line.split(' | ');
    if (cols.length !== 5) throw new Error(`isa: malformed row '${line}'`);
    const [id, mnemonic, family, pattern, syntax] = cols.map((c) => c.trim()) as [string, string, string, string, string];
    rows.push({ id, mnemonic, family, pattern, syntax, cls });
  }
  return rows;
}

function build(): InsnDef[] {
  const byId = new Map<string, Row>();
  for (const r of [...parseTable(A64_TABLE, 'a64'), ...parseTable(MORELLO_TABLE, 'morello')]) {
    if (byId.has(r.id)) throw new Error(`isa: duplicate id ${r.id}`);
    byId.set(r.id, r);
  }
  const defs: InsnDef[] = [];
  for (const id of DECODE_ORDER.split('\n').map((s) => s.trim()).filter((s) => s !== '')) {
    const r = byId.get(id);
    if (!r) throw new Error(`isa: decode order names unknown id ${id}`);
    byId.delete(id);
    const p = parsePattern(id, r.pattern);
    defs.push({ index: defs.length, id, mnemonic: r.mnemonic, family: r.family, cls: r.cls, syntax: r.syntax, ...p });
  }
  if (byId.size !== 0) throw new Error(`isa: ids missing from decode order: ${[...byId.keys()].join(', ')}`);
  return defs;
}

/** All instruction definitions in first-match order. */
export const INSNS: readonly InsnDef[] = build();

export const INSN_BY_ID: ReadonlyMap<string, InsnDef> = new Map(INSNS.map((d) => [d.id, d]));

/** Extracts field `name` of `def` from `word` (unsigned); throws if the field does not exist. */
export function fieldOf(def: InsnDef, word: number, name: string): number {
  for (const f of def.fields) {
    if (f.name === name) return f.width === 32 ? word >>> 0 : (word >>> f.lo) & ((1 << f.width) - 1);
  }
  throw new Error(`isa: ${def.id} has no field ${name}`);
}

export function hasField(def: InsnDef, name: string): boolean {
  return def.fields.some((f) => f.name === name);
}

/** Unsigned bits [hi:lo] of a word. */
export function bits(word: number, hi: number, lo: number): number {
  const w = hi - lo + 1;
  return w === 32 ? word >>> 0 : (word >>> lo) & ((1 << w) - 1);
}
