#!/usr/bin/env node
// morello-sim command line.
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import { loadElfFile, ElfError, classifyElf } from '../elf/reader.js';
import { disasmImage } from '../isa/disasm.js';

const EXIT_USAGE = 2;

function die(msg: string): never {
  process.stderr.write(`morello-sim: ${msg}\n`);
  process.exit(EXIT_USAGE);
}

function loadOrDie(file: string) {
  try {
    return loadElfFile(file);
  } catch (e) {
    if (e instanceof ElfError) die(e.message);
    throw e;
  }
}

function notYet(cmd: string, what: string): never {
  die(`${cmd}: ${what} is not implemented in this version`);
}

export async function main(argv: string[]): Promise<void> {
  // A closed pipe (e.g. `| head`) ends output quietly.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
  await yargs(argv)
    .scriptName('morello-sim')
    .usage('$0 <command> [options]\n\nInstruction-set simulator for Arm Morello (AArch64 + CHERI).')
    .command('run <elf> [args..]', 'run a Morello/AArch64 ELF (purecap, hybrid or bare-metal)', (y) =>
      y.positional('elf', { type: 'string', demandOption: true, describe: 'ELF file (.elf or .elf.gz)' })
        .positional('args', { type: 'string', array: true, describe: 'guest arguments' })
        .option('machine', { choices: ['auto', 'baremetal', 'cheribsd'] as const, default: 'auto' as const })
        .option('count', { type: 'boolean', describe: 'print instruction counts at exit' })
        .option('strace', { type: 'boolean', describe: 'trace system calls' })
        .option('root', { type: 'string', describe: 'sandbox root for guest file access' }), (a) => {
      const img = loadOrDie(a.elf);
      notYet('run', `executing ${classifyElf(img)} programs`);
    })
    .command('disasm <elf>', 'disassemble the executable segments of an ELF, by function symbol', (y) =>
      y.positional('elf', { type: 'string', demandOption: true })
        .option('c64', { type: 'boolean', describe: 'decode as C64 where no symbol says (default: yes for purecap images)' }), (a) => {
      const img = loadOrDie(a.elf);
      const lines = disasmImage(img, { defaultC64: a.c64 ?? classifyElf(img) === 'purecap' });
      process.stdout.write(`${a.elf}:\tfile format elf64-littleaarch64 (${classifyElf(img)})\n${lines.join('\n')}\n`);
    })
    .command('conformance <dir>', 'run the Sail-generated Morello tests under DIR', (y) =>
      y.positional('dir', { type: 'string', demandOption: true }), () => notYet('conformance', 'the bare-metal machine'))
    .command('profile <elf> [args..]', 'instruction-count profile of a program', (y) =>
      y.positional('elf', { type: 'string', demandOption: true }), () => notYet('profile', 'profiling'))
    .command('test <dir>', 'run every ELF under DIR against its sidecar files', (y) =>
      y.positional('dir', { type: 'string', demandOption: true }), () => notYet('test', 'the regression runner'))
    .demandCommand(1, 'give a command: run, disasm, conformance, profile or test')
    .strict()
    .fail((msg, err) => {
      if (err) throw err;
      die(`${msg} (see --help)`);
    })
    .help()
    .parseAsync();
}

main(hideBin(process.argv)).catch((e: unknown) => {
  process.stderr.write(`morello-sim: internal error: ${(e as Error).stack ?? String(e)}\n`);
  process.exit(70);
});
