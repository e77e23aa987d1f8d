// Encoding from the isa/ table: a definition plus named field values → the 32-bit word. This is
// the core the assembler builds on.
import { type InsnDef, INSN_BY_ID } from './table.js';

export function encode(def: InsnDef, fields: Readonly<Record<string, number>>): number {
  let w = def.value >>> 0;
  for (const [name, v] of Object.entries(fields)) {
    const f = def.fields.find((x) => x.name === name);
    if (f === undefined) throw new Error(`encode: ${def.id} has no field ${name}`);
    const m = f.width === 32 ? 0xffffffff : (1 << f.width) - 1;
    if ((v & ~m) !== 0 && v >= 0) throw new Error(`encode: ${def.id}.${name} = ${v} does not fit in ${f.width} bits`);
    const fixedInField = (def.mask >>> f.lo) & m;
    if (((v & fixedInField) >>> 0) !== ((def.value >>> f.lo) & fixedInField)) {
      throw new Error(`encode: ${def.id}.${name} = ${v} conflicts with the encoding's fixed bits`);
    }
    w = ((w & ~(m << f.lo)) | ((v & m) << f.lo)) >>> 0;
  }
  return w >>> 0;
}

export function encodeId(id: string, fields: Readonly<Record<string, number>>): number {
  const d = INSN_BY_ID.get(id);
  if (d === undefined) throw new Error(`encode: no instruction ${id}`);
  return encode(d, fields);
}
