// Runs the Sail-generated Morello tests: every *.elf / *.elf.gz under a directory, in worker threads,
// each on a fresh bare-metal machine. A test passes when it writes exactly "OK\n" then 0x04 to the
// trickbox.
import { loadElfFile } from '../elf/reader.js';
import { runBareMetal } from './baremetal.js';
import { listFiles } from './generated-tests.js';
import { runInWorkers } from './worker-pool.js';

export const TEST_INSTRUCTION_LIMIT = 1_000_000;

export interface TestOutcome {
  readonly file: string;
  readonly passed: boolean;
  readonly output: string;
  readonly status: string;
  readonly instructions: number;
  readonly lastPc: string;
  readonly message?: string;
  readonly lastException?: string;
}

export function runOneTest(file: string): TestOutcome {
  try {
    const r = runBareMetal(loadElfFile(file), TEST_INSTRUCTION_LIMIT);
    const passed = r.status === 'halted' && r.output === 'OK\n';
    return {
      file, passed, output: r.output, status: r.status, instructions: r.instructions, lastPc: `0x${r.lastPc.toString(16)}`,
      ...(r.message !== undefined ? { message: r.message } : {}),
      ...(r.lastException !== undefined ? { lastException: r.lastException } : {}),
    };
  } catch (e) {
    return { file, passed: false, output: '', status: 'error', instructions: 0, lastPc: '-', message: (e as Error).message };
  }
}

export function conformanceFiles(dir: string): string[] {
  return listFiles(dir, ['.elf', '.elf.gz']);
}

export interface ConformanceOptions {
  readonly workers?: number;
  readonly onResult?: (done: number, total: number, o: TestOutcome) => void;
}

/** Runs all tests under `dir` on `workers` threads (default: one per core). */
export async function runConformance(dir: string, opts: ConformanceOptions = {}): Promise<TestOutcome[]> {
  return runInWorkers<TestOutcome>(conformanceFiles(dir), 'machine/conformance-worker.js', opts.workers, opts.onResult);
}
