// morello-sim's assembler command: `node dist/tools/asm/masm.js [--purecap] [--entry SYM] -o OUT.elf IN.s [IN2.s …]`
// (several inputs are assembled as one source, in order). Errors name the file and line.
import { readFileSync, writeFileSync } from 'node:fs';
import { assembleToElf } from './elf-writer.js';
import { AsmError } from './assembler.js';

function main(argv: string[]): number {
  let out: string | null = null;
  let purecap = false;
  let entry: string | undefined;
  const inputs: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '-o') out = argv[++i] ?? null;
    else if (a === '--purecap') purecap = true;
    else if (a === '--entry') entry = argv[++i];
    else inputs.push(a);
  }
  if (out === null || inputs.length === 0) {
    process.stderr.write('usage: masm [--purecap] [--entry SYM] -o OUT.elf IN.s [IN2.s …]\n');
    return 2;
  }
  try {
    const sources = inputs.map((f) => ({ file: f, text: readFileSync(f, 'utf8') }));
    writeFileSync(out, assembleToElf(sources, { purecap, ...(entry !== undefined ? { entry } : {}) }), { mode: 0o755 });
  } catch (e) {
    if (e instanceof AsmError || (e as NodeJS.ErrnoException).code === 'ENOENT') {
      process.stderr.write(`masm: ${(e as Error).message}\n`);
      return 1;
    }
    throw e;
  }
  return 0;
}

process.exitCode = main(process.argv.slice(2));
