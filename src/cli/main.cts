#!/usr/bin/env node
// morello-sim command line. `morello-sim [run] ELF ARGS…` with plain options starts the program
// without loading yargs and the other commands' modules (start-up to the first instruction is most
// of a short run), from dist/run-bundle.js when it is there (one script compiled from a V8 code
// cache: tools/bundle-run.ts); everything else goes to the full command line in commands.ts.
// A CommonJS module (Node starts a CommonJS entry ~10 ms sooner than an ES module one).
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import vm from 'node:vm';
import { setFlagsFromString } from 'node:v8';
import type * as RunCommand from './run-command.js';

/** The commands of commands.ts (a first argument that is none of them is taken as an ELF to run). */
const COMMANDS = ['demo', 'run', 'disasm', 'conformance', 'profile', 'test'] as const;

type RunModule = Pick<typeof RunCommand, 'parseRunFast' | 'runCommand'>;

/** The `run` command from the bundle, or null when there is none or it is older than a file it was
 *  made from (e.g. after a plain `tsc`): then the modules themselves are loaded. */
function runFromBundle(): RunModule | null {
  const root = join(__dirname, '..', '..', '..');
  const file = join(root, 'dist', 'run-bundle.js');
  try {
    const made = statSync(file).mtimeMs;
    const manifest = JSON.parse(readFileSync(join(root, 'dist', 'run-bundle.json'), 'utf8')) as { entry: string; sources: string[] };
    for (const m of manifest.sources) if (statSync(join(root, m)).mtimeMs > made) return null;
    let cachedData: Buffer | undefined;
    try {
      cachedData = readFileSync(join(root, 'dist', 'run-bundle.cache'));
    } catch {
      cachedData = undefined;
    }
    // The WebAssembly tier's V8 flags (WASM_V8_FLAGS in src/exec/wasm/tier.ts, unless
    // MORELLO_SIM_WASM_TIERUP=1), set before the cache is read: it was made under them.
    if (process.env.MORELLO_SIM_WASM_TIERUP !== '1') setFlagsFromString('--liftoff-only');
    const script = new vm.Script(readFileSync(file, 'latin1'), { filename: file, ...(cachedData ? { cachedData } : {}) });
    const load = (script.runInThisContext() as (req: NodeJS.Require) => (id: string) => unknown)(createRequire(file));
    return load(manifest.entry) as RunModule;
  } catch {
    return null;
  }
}

async function main(argv: string[]): Promise<void> {
  // A closed pipe (e.g. `| head`) ends output quietly.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
  const run = runFromBundle() ?? (await import('./run-command.js'));
  const fast = run.parseRunFast(argv, COMMANDS);
  if (fast !== null) return run.runCommand(fast);
  const bareElf = argv.length > 0 && !argv[0]!.startsWith('-') && !(COMMANDS as readonly string[]).includes(argv[0]!);
  const { commandLine } = await import('./commands.js');
  await commandLine(bareElf ? ['run', ...argv] : argv);
}

main(process.argv.slice(2)).catch((e: unknown) => {
  process.stderr.write(`morello-sim: internal error: ${(e as Error).stack ?? String(e)}\n`);
  process.exit(70);
});
