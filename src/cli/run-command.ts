// The `run` command: its options (one table, from which both the yargs command line and the
// start-up fast path are derived) and its action.
import { parseArgs } from 'node:util';
import { loadElfFile, ElfError, classifyElf, PT_INTERP, linuxRefusal, interpreterPath, type ElfImage } from '../elf/reader.js';
import { GuestProcess, InstructionLimit, type ProcessResult } from '../os/cheribsd/process.js';
import { runBareMetal } from '../machine/baremetal.js';
import { defaultEngine, engineKind, engineReport, ENGINE_KINDS, type EngineKind } from '../exec/block-engine.js';
import { hostStdout, hostStderr } from '../host/output.js';
import { wasmTierUp } from '../exec/wasm/tier.js';

export const EXIT_USAGE = 2;

export function die(msg: string, status = EXIT_USAGE): never {
  hostStderr(`morello-sim: ${msg}\n`);
  process.exit(status);
}

export function loadOrDie(file: string): ElfImage {
  try {
    return loadElfFile(file);
  } catch (e) {
    if (e instanceof ElfError) die(e.message);
    throw e;
  }
}

export function countLine(total: number, morello: number): string {
  return `instructions: ${total} (a64 ${total - morello}, morello ${morello})\n`;
}

export interface RunOption {
  readonly type: 'boolean' | 'string' | 'number' | 'strings';
  readonly describe: string;
  readonly choices?: readonly string[];
  readonly default?: string | number;
}

/** The options of `run`, by name. */
export const RUN_OPTIONS = {
  machine: { type: 'string', choices: ['auto', 'baremetal', 'cheribsd'], default: 'auto', describe: 'process model (default: from the ELF)' },
  count: { type: 'boolean', describe: 'print instruction counts at exit' },
  strace: { type: 'boolean', describe: 'trace system calls' },
  root: { type: 'string', describe: 'sandbox root for guest file access' },
  env: { type: 'strings', describe: 'guest environment entry NAME=VALUE (repeatable; default: empty environment)' },
  'inherit-env': { type: 'boolean', describe: "pass the host's environment to the guest (before any --env entries)" },
  'max-instructions': { type: 'number', default: 10_000_000_000, describe: 'stop after this many instructions' },
  'real-time': { type: 'boolean', describe: 'real clock and randomness (default: deterministic)' },
  engine: { type: 'string', choices: ENGINE_KINDS, describe: 'execution engine: compiled blocks with the WebAssembly tier (default), the JavaScript blocks alone, or the interpreter alone' },
  v: { type: 'boolean', describe: 'verbose fault reports' },
} as const satisfies Record<string, RunOption>;

/** Parsed arguments of `run`. */
export interface RunArgs {
  elf: string;
  args: string[];
  machine: 'auto' | 'baremetal' | 'cheribsd';
  count: boolean;
  strace: boolean;
  root: string | undefined;
  env: string[];
  inheritEnv: boolean;
  maxInstructions: number;
  realTime: boolean;
  engine: EngineKind | undefined;
  v: boolean;
}

/** The parsed option values (as yargs or parseArgs give them) as RunArgs; null if one is invalid. */
export function runArgsFrom(elf: string, args: readonly (string | number)[], o: Readonly<Record<string, unknown>>): RunArgs | null {
  const str = (k: keyof typeof RUN_OPTIONS): string | undefined => (o[k] === undefined ? undefined : String(o[k]));
  const machine = str('machine') ?? RUN_OPTIONS.machine.default;
  const engine = str('engine');
  const max = o['max-instructions'] === undefined ? RUN_OPTIONS['max-instructions'].default : Number(o['max-instructions']);
  if (!(RUN_OPTIONS.machine.choices as readonly string[]).includes(machine)) return null;
  if (engine !== undefined && engineKind(engine) === null) return null;
  if (!Number.isFinite(max) || max < 0) return null;
  const env = o.env === undefined ? [] : (Array.isArray(o.env) ? o.env : [o.env]).map(String);
  return {
    elf, args: args.map(String), machine: machine as RunArgs['machine'], count: o.count === true, strace: o.strace === true,
    root: str('root'), env, inheritEnv: o['inherit-env'] === true, maxInstructions: max, realTime: o['real-time'] === true,
    engine: engine as EngineKind | undefined, v: o.v === true,
  };
}

/** `morello-sim run ELF ARGS…` (or `morello-sim ELF ARGS…`) parsed without yargs, so that a run does
 *  not pay for loading the full command line's modules; null when the arguments need yargs (help,
 *  another command, an unknown or invalid option: yargs then explains). */
export function parseRunFast(argv: readonly string[], commands: readonly string[]): RunArgs | null {
  let rest = argv;
  if (rest[0] === 'run') rest = rest.slice(1);
  else if (rest.length === 0 || commands.includes(rest[0]!) || rest[0]!.startsWith('-')) return null;
  const options: Record<string, { type: 'boolean' | 'string'; multiple?: boolean; short?: string }> = {};
  for (const [name, def] of Object.entries(RUN_OPTIONS) as [string, RunOption][]) {
    options[name] = { type: def.type === 'boolean' ? 'boolean' : 'string', ...(def.type === 'strings' ? { multiple: true } : {}), ...(name.length === 1 ? { short: name } : {}) };
  }
  // Our options come before the ELF; everything after it is the guest's, as qemu-user passes it
  // (`-v`, `-(4-10)/3` and a later `--` included); one `--` right after the ELF is dropped.
  const elfAt = rest.findIndex((a, i) => !a.startsWith('-') && !(i > 0 && takesValue(rest[i - 1]!)));
  if (elfAt < 0) return null;
  let guest = rest.slice(elfAt + 1);
  if (guest[0] === '--') guest = guest.slice(1);
  try {
    const parsed = parseArgs({ args: rest.slice(0, elfAt), options, strict: true, allowPositionals: false });
    return runArgsFrom(rest[elfAt]!, guest, parsed.values);
  } catch {
    return null;
  }
}

/** Whether `--name` (without `=value`) consumes the next argument. */
function takesValue(arg: string): boolean {
  if (!arg.startsWith('--') || arg.includes('=')) return false;
  const def = (RUN_OPTIONS as Record<string, RunOption>)[arg.slice(2)];
  return def !== undefined && def.type !== 'boolean';
}

/** The guest environment: optionally the host's, then each NAME=VALUE entry (replacing a same-named one). */
function guestEnv(entries: readonly string[], inherit: boolean): string[] {
  const env = new Map<string, string>();
  if (inherit) for (const [k, v] of Object.entries(process.env)) if (v !== undefined) env.set(k, `${k}=${v}`);
  for (const e of entries) {
    const eq = e.indexOf('=');
    if (eq <= 0) die(`--env ${e}: expected NAME=VALUE`);
    env.set(e.slice(0, eq), e);
  }
  return [...env.values()];
}

/** Host signals that end a run (numbers as on FreeBSD and Linux). */
const HOST_SIGNALS = { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 } as const;

class HostSignal {
  constructor(readonly name: keyof typeof HOST_SIGNALS) {}
}

/**
 * Runs the process in slices of about 25–100 ms of host time, letting Node's event loop turn between
 * them so that a SIGINT, SIGTERM or SIGHUP sent to morello-sim is seen (JavaScript signal handlers
 * run only then): the run then ends with the guest's output flushed. Slicing changes nothing the
 * guest sees: every engine stops and resumes exactly at an instruction count.
 */
async function runInterruptible(proc: GuestProcess, max: number): Promise<ProcessResult> {
  let caught: keyof typeof HOST_SIGNALS | null = null;
  const handlers = Object.keys(HOST_SIGNALS).map((name) => {
    const h = (): void => {
      caught ??= name as keyof typeof HOST_SIGNALS;
    };
    process.on(name, h);
    return [name, h] as const;
  });
  try {
    let slice = 1 << 20;
    for (;;) {
      const t0 = performance.now();
      const r = proc.runUntil(Math.min(max, proc.cpu.retired + slice), false);
      if (r !== null) return r;
      if (proc.cpu.retired >= max) throw new InstructionLimit(max, proc.cpu.curPc);
      const ms = performance.now() - t0;
      if (ms < 25 && slice < 2 ** 30) slice *= 2;
      else if (ms > 100 && slice > 4096) slice = Math.floor(slice / 2);
      await new Promise<void>((resolve) => setImmediate(resolve));
      if (caught !== null) throw new HostSignal(caught);
    }
  } finally {
    for (const [name, h] of handlers) process.off(name, h);
    engineReport(proc.cpu);
  }
}

/** Runs the program: a CheriBSD process (purecap or hybrid) or the bare-metal machine. */
export async function runCommand(a: RunArgs): Promise<void> {
  const img = loadOrDie(a.elf);
  const engine = a.engine ?? defaultEngine();
  const kind = classifyElf(img);
  if (kind === 'linux' && a.machine === 'auto') die(linuxRefusal(a.elf));
  const machine = a.machine === 'auto' ? (kind === 'baremetal' ? 'baremetal' : 'cheribsd') : a.machine;
  if (machine !== 'baremetal') {
    if (img.segments.some((s) => s.type === PT_INTERP)) die(`${a.elf}: dynamically linked executable: needs its run-time linker (${interpreterPath(img) ?? '?'}; not yet supported)`);
    const proc = new GuestProcess(img, {
      argv: [a.elf, ...a.args], env: guestEnv(a.env, a.inheritEnv), ...(a.root !== undefined ? { root: a.root } : {}),
      strace: a.strace, realTime: a.realTime, verbose: a.v, engine,
    });
    let res: ProcessResult;
    const counts = (): void => {
      if (a.count) hostStderr(countLine(proc.cpu.retired, proc.cpu.retiredMorello));
    };
    try {
      // Start-up time (process start to the first guest instruction), for `npm run bench`.
      if (process.env.MORELLO_SIM_TIMING === '1') hostStderr(`morello-sim: first instruction after ${performance.now().toFixed(1)} ms\n`);
      res = await runInterruptible(proc, a.maxInstructions);
    } catch (e) {
      counts();
      if (e instanceof HostSignal) {
        die(`${a.elf}: ended by ${e.name} after ${proc.cpu.retired} instructions at pc 0x${proc.cpu.curPc.toString(16)}`, 128 + HOST_SIGNALS[e.name]);
      }
      die(`${a.elf}: ${e instanceof InstructionLimit ? e.message : `simulator error at pc 0x${proc.cpu.curPc.toString(16)}: ${(e as Error).message}`}`);
    }
    counts();
    // With V8's optimising WebAssembly compiler on, end now rather than after its background jobs.
    if (wasmTierUp()) process.exit(res.status);
    process.exitCode = res.status;
    return;
  }
  const r = runBareMetal(img, a.maxInstructions, engine);
  hostStdout(r.output);
  if (a.count) hostStderr(countLine(r.instructions, r.morelloInstructions));
  if (r.status === 'error') die(`${a.elf}: simulator error at pc 0x${r.lastPc.toString(16)}: ${r.message ?? ''}`);
  if (r.status === 'limit') die(`${a.elf}: ${new InstructionLimit(r.instructions, r.lastPc).message}`);
}
