// The full morello-sim command line (yargs): every command, help and usage errors. `run` has a
// start-up fast path in main.ts that does not load this module.
import yargs from 'yargs';
import { classifyElf } from '../elf/reader.js';
import { disasmImage } from '../isa/disasm.js';
import { writeFileSync, readFileSync, statSync } from 'node:fs';
import { profileProgram, profileText } from '../profile/profiler.js';
import { stackedBarsSvg, compareSvg } from '../profile/svg.js';
import { runRegression, junitXml, tap, countsOf, countRegressions, type CountsFile } from '../profile/regression.js';
import { RUN_OPTIONS, runArgsFrom, runCommand, die, loadOrDie, type RunOption } from './run-command.js';
import { runConformance, type TestOutcome } from '../machine/conformance.js';
import { relative, join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { exploitDemo } from './demo.js';

/** The directory a command runs over: it must exist and be a directory (one line, status 2, not
 *  a host exception). */
function requireDir(command: string, dir: string): void {
  let isDir = false;
  try {
    isDir = statSync(dir).isDirectory();
  } catch {
    die(`${command}: ${dir}: no such directory`);
  }
  if (!isDir) die(`${command}: ${dir}: not a directory`);
}

/** A progress bar on stderr when it is a terminal. */
function progress(tty: boolean, done: number, total: number): void {
  if (!tty || (done % 5 !== 0 && done !== total)) return;
  const w = 30;
  const f = Math.round((done / total) * w);
  process.stderr.write(`\r[${'#'.repeat(f)}${'.'.repeat(w - f)}] ${done}/${total}`);
}

function describeFailure(f: TestOutcome): string {
  const exc = f.lastException !== undefined ? `; last exception: ${f.lastException}` : '';
  if (f.status === 'halted') return `output ${JSON.stringify(f.output)}, last pc ${f.lastPc}${exc}`;
  if (f.status === 'limit') return `no end of test after ${f.instructions} instructions, last pc ${f.lastPc}${exc}`;
  return `error at ${f.lastPc}: ${f.message ?? ''}${exc}`;
}

/** The full command line (every command, help and usage errors). */
export async function commandLine(argv: string[]): Promise<void> {
  await yargs(argv)
    .scriptName('morello-sim')
    .usage('$0 <command> [options]\n\nInstruction-set simulator for Arm Morello (AArch64 + CHERI).')
    .parserConfiguration({ 'unknown-options-as-args': false })
    .command('demo', 'the exploit demo: the same program built hybrid and purecap, side by side', (y) => y, () => {
      process.stdout.write(exploitDemo(join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'fixtures', 'purecap')));
    })
    .command('run <elf> [args..]', 'run a Morello/AArch64 ELF (purecap, hybrid or bare-metal)', (y) => {
      let b = y.positional('elf', { type: 'string', demandOption: true, describe: 'ELF file (.elf or .elf.gz)' })
        .positional('args', { type: 'string', array: true, describe: 'guest arguments' });
      for (const [name, o] of Object.entries(RUN_OPTIONS) as [string, RunOption][]) {
        b = b.option(name, {
          type: o.type === 'strings' ? 'string' : o.type, ...(o.type === 'strings' ? { array: true } : {}), describe: o.describe,
          ...(o.choices !== undefined ? { choices: o.choices } : {}), ...(o.default !== undefined ? { default: o.default } : {}),
        });
      }
      return b;
    }, async (a) => {
      const r = runArgsFrom(a.elf, a.args ?? [], a);
      if (r === null) die('run: invalid option value (see --help)');
      await runCommand(r);
    })
    .command('disasm <elf>', 'disassemble the executable segments of an ELF, by function symbol', (y) =>
      y.positional('elf', { type: 'string', demandOption: true })
        .option('c64', { type: 'boolean', describe: 'decode as C64 where no symbol says (default: yes for purecap images)' }), (a) => {
      const img = loadOrDie(a.elf);
      const lines = disasmImage(img, { defaultC64: a.c64 ?? classifyElf(img) === 'purecap' });
      process.stdout.write(`${a.elf}:\tfile format elf64-littleaarch64 (${classifyElf(img)})\n${lines.join('\n')}\n`);
    })
    .command('conformance <dir>', 'run the Sail-generated Morello tests under DIR (all cores)', (y) =>
      y.positional('dir', { type: 'string', demandOption: true })
        .option('json', { type: 'string', describe: 'write a JSON report to this file' })
        .option('workers', { type: 'number', describe: 'worker threads (default: one per core)' }), async (a) => {
      requireDir('conformance', a.dir);
      const tty = process.stderr.isTTY === true;
      const t0 = Date.now();
      const results = await runConformance(a.dir, {
        ...(a.workers !== undefined ? { workers: a.workers } : {}),
        onResult: (done, total) => progress(tty, done, total),
      });
      if (results.length === 0) die(`conformance: no generated tests (.elf, .elf.gz) under ${a.dir}`);
      if (tty) process.stderr.write('\n');
      const failed = results.filter((r) => !r.passed);
      for (const f of failed) process.stdout.write(`FAIL ${relative(a.dir, f.file)}: ${describeFailure(f)}\n`);
      const secs = ((Date.now() - t0) / 1000).toFixed(1);
      process.stdout.write(`${results.length - failed.length} passed, ${failed.length} failed (${secs} s)\n`);
      if (a.json) writeFileSync(a.json, JSON.stringify({ passed: results.length - failed.length, failed: failed.length, seconds: Number(secs), failures: failed }, null, 2));
      process.exitCode = failed.length === 0 ? 0 : 1;
    })
    .command('profile <elf> [args..]', 'instruction-count profile (per mnemonic, function, hot block); --svg/--compare charts', (y) =>
      y.positional('elf', { type: 'string', demandOption: true })
        .positional('args', { type: 'string', array: true })
        .option('json', { type: 'boolean', describe: 'print the profile as JSON on stdout (the guest\'s stdout then goes to stderr)' })
        .option('svg', { type: 'string', describe: 'write a stacked A64/Morello bar chart of ELF and the further ELFs given as args' })
        .option('compare', { type: 'boolean', describe: 'chart the second ELF\'s counts normalised to the first (use with --svg)' })
        .option('root', { type: 'string' }), (a) => {
      const quiet = (): void => {};
      if (a.svg !== undefined) {
        const files = [a.elf, ...(a.args ?? []).map(String)];
        const profiles = files.map((f) => profileProgram(loadOrDie(f), [f], { stdout: quiet, ...(a.root ? { root: a.root } : {}) }));
        if (a.compare) {
          if (profiles.length !== 2) die('profile --compare takes exactly two ELF files');
          writeFileSync(a.svg, compareSvg(profiles[0]!, profiles[1]!));
        } else writeFileSync(a.svg, stackedBarsSvg(profiles));
        for (const p of profiles) process.stdout.write(`${p.program}: ${p.totals.instructions} instructions (a64 ${p.totals.a64}, morello ${p.totals.morello})\n`);
        return;
      }
      const img = loadOrDie(a.elf);
      // With --json, stdout is the profile alone: the guest's own output goes to stderr.
      const p = profileProgram(img, [a.elf, ...(a.args ?? []).map(String)], {
        ...(a.root ? { root: a.root } : {}), ...(a.json ? { stdout: (b: Uint8Array) => void process.stderr.write(b) } : {}),
      });
      process.stderr.write(a.json ? '' : '\n');
      process.stdout.write(a.json ? JSON.stringify(p, null, 2) + '\n' : profileText(p));
    })
    .command('test <dir>', 'run every ELF under DIR against its sidecar files (.args .stdin .expected .status)', (y) =>
      y.positional('dir', { type: 'string', demandOption: true })
        .option('junit', { type: 'string', describe: 'write JUnit XML to this file' })
        .option('tap', { type: 'boolean', describe: 'print TAP instead of the summary' })
        .option('counts', { type: 'string', describe: 'write each program\'s instruction counts (JSON)' })
        .option('baseline', { type: 'string', describe: 'counts file of an earlier run to compare with' })
        .option('max-increase', { type: 'string', default: '2%', describe: 'instruction-count growth that counts as a regression' })
        .option('workers', { type: 'number' }), async (a) => {
      requireDir('test', a.dir);
      const tty = process.stderr.isTTY === true;
      const results = await runRegression(a.dir, a.workers, (done, total) => progress(tty, done, total));
      if (results.length === 0) die(`test: no programs (.elf, .elf.gz) under ${a.dir}`);
      if (tty) process.stderr.write('\n');
      if (a.junit) writeFileSync(a.junit, junitXml(results, a.dir));
      if (a.counts) writeFileSync(a.counts, JSON.stringify(countsOf(results), null, 2));
      let regressions: string[] = [];
      if (a.baseline) {
        const pct = Number(String(a['max-increase']).replace('%', '')) / 100;
        regressions = countRegressions(results, JSON.parse(readFileSync(a.baseline, 'utf8')) as CountsFile, pct);
      }
      const failed = results.filter((r) => !r.passed);
      if (a.tap) process.stdout.write(tap(results));
      else for (const f of failed) process.stdout.write(`FAIL ${f.file}: ${f.reason}\n`);
      for (const r of regressions) process.stdout.write(`COUNT REGRESSION ${r}\n`);
      if (!a.tap) process.stdout.write(`${results.length - failed.length} passed, ${failed.length} failed\n`);
      process.exitCode = failed.length > 0 || regressions.length > 0 ? 1 : 0;
    })
    .demandCommand(1, 'give a command: run, disasm, conformance, profile or test')
    .strict()
    .fail((msg, err) => {
      if (err) throw err;
      die(`${msg} (see --help)`);
    })
    .help()
    .parseAsync();
}
