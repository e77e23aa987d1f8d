// Oracle: every `.inst 0x… // NAME …` line of the Sail-generated Morello tests names the clause the
// formal model decoded. Our decoder must agree on the instruction identity for all of them.
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { decode } from '../src/isa/decoder.js';
import { INSN_BY_ID, type InsnDef } from '../src/isa/table.js';
import { mnemonicOf } from '../src/isa/syntax.js';
import { generatedTestsDir, listFiles } from '../src/machine/generated-tests.js';

const dir = generatedTestsDir();

// The model's names, mapped to ours once. The suite was generated from an older model release that
// spelled the unsigned-offset forms "RI"/"RIB" where the current clause names say "RUI"/"RUIB".
const RENAMED: Record<string, string> = {
  ALDRB_R_RI_B: 'ALDRB_R_RUI_B', ALDR_C_RI_C: 'ALDR_C_RUI_C', ALDR_R_RI_32: 'ALDR_R_RUI_32', ALDR_R_RI_64: 'ALDR_R_RUI_64',
  ASTRB_R_RI_B: 'ASTRB_R_RUI_B', ASTR_C_RI_C: 'ASTR_C_RUI_C', ASTR_R_RI_32: 'ASTR_R_RUI_32', ASTR_R_RI_64: 'ASTR_R_RUI_64',
  LDR_C_RIB_C: 'LDR_C_RUIB_C', STR_C_RIB_C: 'STR_C_RUIB_C',
};
// Clauses that an earlier clause with identical behaviour shadows in the model's first-match decode:
// ADRP_C_IP_C / ADRDP_C_ID_C behind ADRP_C_I_C, the ST<op> atomics (= LD<op> with Rt=31), and any
// clause behind an earlier one of the same execute family (REV with opc=10 is the REV32 clause).
function shadowedBy(named: InsnDef, got: InsnDef, word: number): boolean {
  const alsoMatches = ((word & named.mask) >>> 0) === named.value && got.index < named.index;
  if (!alsoMatches) return false;
  if ((named.id === 'ADRP_C_IP_C' || named.id === 'ADRDP_C_ID_C') && got.id === 'ADRP_C_I_C') return true;
  if (named.cls === 'a64' && named.family === got.family) return true;
  return named.family === 'memory_atomicops_st' && got.family === 'memory_atomicops_ld' && named.mnemonic.slice(2) === got.mnemonic.slice(2);
}
// Harness lines carry assembler text; the generator's assembler says `cpy` where LLVM says `mov`.
const MNEMONIC_ALIASES: Record<string, string> = { cpy: 'mov' };

function modelIdOf(comment: string): string | null {
  let m = /^(\w+):aarch64\/instrs\/(\S+)/.exec(comment);
  if (m) return `${m[1]}.${m[2]!.replace(/[/-]/g, '_')}`;
  m = /^([A-Z][A-Z0-9]*-[A-Za-z0-9_.-]+)(\s|$)/.exec(comment);
  if (m) {
    const id = m[1]!.replace(/[-.]/g, '_');
    return RENAMED[id] ?? id;
  }
  return null;
}

describe.skipIf(dir === null)('decoder agrees with the Sail-generated tests', () => {
  it('names the same instruction as the formal model for every .inst line', () => {
    const files = listFiles(dir!, ['.s']);
    expect(files.length).toBeGreaterThan(2000);
    let named = 0;
    let exact = 0;
    let shadowed = 0;
    let asm = 0;
    let unnamedDefined = 0;
    const mismatches: string[] = [];
    for (const f of files) {
      for (const line of readFileSync(f, 'utf8').split('\n')) {
        const m = /\.inst\s+(0x[0-9a-fA-F]+)(?:\s*\/\/\s*(.*))?/.exec(line);
        if (!m) continue;
        const word = parseInt(m[1]!, 16) >>> 0;
        const comment = (m[2] ?? '').trim();
        const got = decode(word);
        if (comment === '') continue;
        const id = modelIdOf(comment);
        if (id !== null) {
          named++;
          const want = INSN_BY_ID.get(id);
          if (want === undefined) mismatches.push(`${f}: model clause ${id} unknown to the isa table`);
          else if (got === want) exact++;
          else if (got !== null && shadowedBy(want, got, word)) shadowed++;
          else mismatches.push(`${f}: 0x${word.toString(16)} model ${id}, ours ${got?.id ?? 'UNDEFINED'}`);
        } else if (/^0x[0-9a-f]+$/i.test(comment)) {
          if (got !== null) unnamedDefined++;
          else mismatches.push(`${f}: 0x${word.toString(16)} is UNDEFINED to us`);
        } else {
          asm++;
          const want = comment.split(/\s+/)[0]!.toLowerCase();
          const ours = got === null ? 'UNDEFINED' : mnemonicOf(got, word, { pc: 0, c64: false });
          if ((MNEMONIC_ALIASES[want] ?? want) !== ours) mismatches.push(`${f}: 0x${word.toString(16)} '${comment}' ours ${ours}`);
        }
      }
    }
    console.log(`generated tests: ${named} model-named words (${exact} exact, ${shadowed} shadowed aliases), ` +
      `${asm} harness words with assembler text, ${unnamedDefined} unnamed words, ${mismatches.length} mismatches`);
    expect(mismatches.slice(0, 20)).toEqual([]);
    expect(named).toBeGreaterThan(15000);
  });
});
