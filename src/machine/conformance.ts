// Runs the Sail-generated Morello tests: every *.elf / *.elf.gz under a directory, in worker threads,
// each on a fresh bare-metal machine. A test passes when it writes exactly "OK\n" then 0x04 to the
// trickbox.
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { loadElfFile } from '../elf/reader.js';
import { runBareMetal } from './baremetal.js';
import { listFiles } from './generated-tests.js';

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
  const files = conformanceFiles(dir);
  const n = Math.max(1, Math.min(opts.workers ?? availableParallelism(), files.length));
  const results: TestOutcome[] = new Array<TestOutcome>(files.length);
  let next = 0;
  let done = 0;
  // Run from compiled JavaScript; when this module is loaded from TypeScript source (tests), use the
  // compiled worker that `npm test` builds first.
  const workerUrl = import.meta.url.endsWith('.ts')
    ? new URL('../../dist/src/machine/conformance-worker.js', import.meta.url)
    : new URL('./conformance-worker.js', import.meta.url);
  await Promise.all(Array.from({ length: n }, () => new Promise<void>((resolve, reject) => {
    const w = new Worker(fileURLToPath(workerUrl));
    const feed = (): void => {
      if (next >= files.length) {
        void w.terminate().then(() => resolve());
        return;
      }
      const i = next++;
      w.postMessage({ i, file: files[i] });
    };
    w.on('message', (m: { i: number; outcome: TestOutcome }) => {
      results[m.i] = m.outcome;
      done++;
      opts.onResult?.(done, files.length, m.outcome);
      feed();
    });
    w.on('error', reject);
    feed();
  })));
  return results;
}
