// The command line: the start-up fast path for `run` (and its bundle) behaves as the full yargs
// command line does. Oracle: the fixtures' native outputs and exit statuses, and the yargs path.
import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { INSNS } from '../src/isa/table.js';
import { parseRunFast } from '../src/cli/run-command.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist', 'src', 'cli', 'main.cjs');
const hello = join(root, 'fixtures', 'hybrid', 'hello-O2.elf');
const helloOut = readFileSync(join(root, 'fixtures', 'hybrid', 'hello.expected'), 'utf8');
const helloArgs = readFileSync(join(root, 'fixtures', 'hybrid', 'hello.args'), 'utf8').trim().split(/\s+/);
const helloStatus = Number(readFileSync(join(root, 'fixtures', 'hybrid', 'hello.status'), 'utf8'));
const COMMANDS = ['demo', 'run', 'disasm', 'conformance', 'profile', 'test'];

function cliRun(args: string[], env: Record<string, string> = {}): { out: string; err: string; status: number | null } {
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', env: { ...process.env, ...env } });
  return { out: r.stdout, err: r.stderr, status: r.status };
}

describe('command line', () => {
  it('parses run options without yargs the way the yargs command line does', () => {
    expect(parseRunFast(['run', '--count', '--engine', 'interp', 'p.elf', 'a', 'b'], COMMANDS)).toMatchObject({ elf: 'p.elf', args: ['a', 'b'], count: true, engine: 'interp' });
    expect(parseRunFast(['p.elf', '--', '-x'], COMMANDS)).toMatchObject({ elf: 'p.elf', args: ['-x'] });
    expect(parseRunFast(['run', '--env', 'A=1', '--env', 'B=2', '--max-instructions=5', 'p.elf'], COMMANDS)).toMatchObject({ env: ['A=1', 'B=2'], maxInstructions: 5 });
    // Everything after the ELF is the guest's (qemu-user's convention): options, expressions, a later --.
    expect(parseRunFast(['run', 'p.elf', '-v', 'x'], COMMANDS)).toMatchObject({ args: ['-v', 'x'], v: false });
    expect(parseRunFast(['calc.elf', '1+2*3', '-(4-10)/3', '-l'], COMMANDS)).toMatchObject({ elf: 'calc.elf', args: ['1+2*3', '-(4-10)/3', '-l'] });
    expect(parseRunFast(['p.elf', 'a', '--', '--count'], COMMANDS)).toMatchObject({ args: ['a', '--', '--count'], count: false });
    // Left to yargs: other commands, help, unknown options, invalid choices.
    for (const a of [['disasm', 'p.elf'], ['--help'], ['run', '--bogus', 'p.elf'], ['run', '--engine', 'jit', 'p.elf'], ['run']]) {
      expect(parseRunFast(a, COMMANDS)).toBeNull();
    }
  });

  it.skipIf(!existsSync(cli))('runs a program through the fast path, the bare form and the yargs path alike', () => {
    const forms = [['run', hello, ...helloArgs], [hello, ...helloArgs], ['run', '--count', hello, ...helloArgs], [hello, '--', ...helloArgs], ['run', '--count=true', hello, ...helloArgs]]; // the last one goes through yargs
    for (const f of forms) {
      const r = cliRun(f);
      expect(r.out, f.join(' ')).toBe(helloOut);
      expect(r.status, f.join(' ')).toBe(helloStatus);
    }
    expect(cliRun(['run', '--count', hello, ...helloArgs]).err).toBe(cliRun(['run', '--count=true', hello, ...helloArgs]).err);
    const bad = cliRun(['run', '--engine', 'jit', hello]);
    expect(bad.status).toBe(2);
    expect(bad.err).toMatch(/engine/);
  });

  it.skipIf(!existsSync(join(root, 'dist', 'run-bundle.js')))('bundles the instruction table exactly as the isa/ tables parse', () => {
    const file = join(root, 'dist', 'run-bundle.js');
    const script = new vm.Script(readFileSync(file, 'latin1'), { filename: file });
    const load = (script.runInThisContext() as (req: NodeJS.Require) => (id: string) => { INSNS: unknown })(createRequire(file));
    expect(load('dist/src/isa/table.js').INSNS).toEqual(INSNS);
  });
});

describe('directory commands on a user mistake: one line and status 2, no stack trace', () => {
  it('conformance and test on a missing directory, a file, an empty directory', async () => {
    const { mkdtempSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const empty = mkdtempSync(join(tmpdir(), 'msim-empty-'));
    for (const cmd of ['conformance', 'test']) {
      expect(cliRun([cmd, '/no/such/dir'])).toEqual({ out: '', err: `morello-sim: ${cmd}: /no/such/dir: no such directory\n`, status: 2 });
      expect(cliRun([cmd, hello])).toEqual({ out: '', err: `morello-sim: ${cmd}: ${hello}: not a directory\n`, status: 2 });
      const r = cliRun([cmd, empty]);
      expect(r.status).toBe(2);
      expect(r.err).toMatch(new RegExp(`^morello-sim: ${cmd}: no (generated tests|programs) \\(\\.elf, \\.elf\\.gz\\) under ${empty}\\n$`));
    }
    rmSync(empty, { recursive: true, force: true });
  });
});

describe('profile --json', () => {
  it('stdout is the profile alone (JSON that parses); the guest\'s output goes to stderr', () => {
    const r = cliRun(['profile', '--json', hello, ...helloArgs]);
    expect(r.status).toBe(0);
    const p = JSON.parse(r.out) as { totals: { instructions: number } };
    expect(p.totals.instructions).toBeGreaterThan(0);
    expect(r.err).toContain(helloOut);
  });
});
