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
  // A hand-written scanner (not regular expressions): this runs for every row at start-up.
  let bit = 32;
  let mask = 0;
  let value = 0;
  let guardMask = 0;
  let guardValue = 0;
  const fields: Field[] = [];
  const bad = (tok: string): never => {
    throw new Error(`isa: bad pattern token '${tok}' in ${id}`);
  };
  for (const tok of pattern.split(' ')) {
    if (tok === '') continue;
    if (tok.charCodeAt(0) === 33 /* ! */) {
      // !hi:lo=bits
      const colon = tok.indexOf(':');
      const eq = tok.indexOf('=');
      const hi = Number(tok.slice(1, colon));
      const lo = Number(tok.slice(colon + 1, eq));
      const v = tok.slice(eq + 1);
      if (colon < 0 || eq < colon || !Number.isInteger(hi) || !Number.isInteger(lo) || !isBinary(v, false)) throw new Error(`isa: bad guard '${tok}' in ${id}`);
      const w = hi - lo + 1;
      guardMask = (((w === 32 ? 0xffffffff : (1 << w) - 1) << lo) >>> 0);
      guardValue = (parseInt(v, 2) << lo) >>> 0;
      continue;
    }
    const colon = tok.indexOf(':');
    const eq = tok.indexOf('=');
    let name: string | null = null;
    let width: number;
    let pat: string | null = null;
    if (colon > 0) {
      name = tok.slice(0, colon);
      width = Number(tok.slice(colon + 1));
      if (!Number.isInteger(width) || width <= 0 || !isWord(name)) bad(tok);
    } else if (eq > 0) {
      name = tok.slice(0, eq);
      pat = tok.slice(eq + 1);
      if (!isWord(name) || !isBinary(pat, true)) bad(tok);
      width = pat.length;
    } else {
      if (!isBinary(tok, true)) bad(tok);
      pat = tok;
      width = tok.length;
    }
    const hi = bit - 1;
    if (pat !== null) {
      for (let i = 0; i < pat.length; i++) {
        bit--;
        const ch = pat.charCodeAt(i);
        if (ch !== 120 /* x */) {
          mask |= 1 << bit;
          if (ch === 49) value |= 1 << bit;
        }
      }
    } else bit -= width;
    if (name !== null) fields.push({ name, lo: bit, width: hi - bit + 1 });
  }
  if (bit !== 0) throw new Error(`isa: pattern of ${id} covers ${32 - bit} bits, not 32`);
  return { mask: mask >>> 0, value: value >>> 0, fields, guardMask, guardValue };
}

/** Whether s is a non-empty string of 0/1 (and x when allowed). */
function isBinary(s: string, x: boolean): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c !== 48 && c !== 49 && !(x && c === 120)) return false;
  }
  return true;
}

/** Whether s is a non-empty identifier of [A-Za-z0-9_]. */
function isWord(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95)) return false;
  }
  return true;
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

/** The definitions in a compact form (strings and field lists stored once, rows as numbers) for
 *  tools/bundle-run.ts, which puts them in the CLI's start-up bundle in place of parsing the text
 *  tables; expandCompactTable turns them back into equal definitions (field lists shared). */
export interface CompactTable {
  readonly strings: string[];
  /** Field lists: [name string index, lo, width]… */
  readonly fieldLists: number[][];
  /** Per definition: id, mnemonic, family, cls, syntax (string indices), mask, value, guardMask, guardValue, field list. */
  readonly rows: number[];
}

const COMPACT_ROW = 10;

export function compactTable(defs: readonly InsnDef[]): CompactTable {
  const strings: string[] = [];
  const stringIx = new Map<string, number>();
  const str = (v: string): number => {
    let i = stringIx.get(v);
    if (i === undefined) {
      i = strings.length;
      strings.push(v);
      stringIx.set(v, i);
    }
    return i;
  };
  const fieldLists: number[][] = [];
  const listIx = new Map<string, number>();
  const rows: number[] = [];
  for (const d of defs) {
    const flat = d.fields.flatMap((f) => [str(f.name), f.lo, f.width]);
    const key = flat.join(',');
    let li = listIx.get(key);
    if (li === undefined) {
      li = fieldLists.length;
      fieldLists.push(flat);
      listIx.set(key, li);
    }
    rows.push(str(d.id), str(d.mnemonic), str(d.family), str(d.cls), str(d.syntax), d.mask, d.value, d.guardMask, d.guardValue, li);
  }
  return { strings, fieldLists, rows };
}

export function expandCompactTable(c: CompactTable): InsnDef[] {
  const S = c.strings;
  const lists = c.fieldLists.map((a) => {
    const fields: Field[] = [];
    for (let i = 0; i < a.length; i += 3) fields.push({ name: S[a[i]!]!, lo: a[i + 1]!, width: a[i + 2]! });
    return fields;
  });
  const r = c.rows;
  const defs: InsnDef[] = [];
  for (let i = 0; i < r.length; i += COMPACT_ROW) {
    defs.push({
      index: defs.length, id: S[r[i]!]!, mnemonic: S[r[i + 1]!]!, family: S[r[i + 2]!]!, cls: S[r[i + 3]!]! as InsnClass, syntax: S[r[i + 4]!]!,
      mask: r[i + 5]!, value: r[i + 6]!, fields: lists[r[i + 9]!]!, guardMask: r[i + 7]!, guardValue: r[i + 8]!,
    });
  }
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
