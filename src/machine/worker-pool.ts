// Runs one job per file on a pool of worker threads (one per core by default), keeping result order.
// Each worker module answers {i, file} messages with {i, result}.
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';

/**
 * `compiledWorker` is the worker's path relative to the compiled `dist/src` tree (e.g.
 * 'machine/conformance-worker.js'); when the caller runs from TypeScript source (tests), the compiled
 * worker that `npm test` builds first is used.
 */
export async function runInWorkers<R>(files: readonly string[], compiledWorker: string, workers = availableParallelism(),
  onResult?: (done: number, total: number, r: R) => void): Promise<R[]> {
  const here = import.meta.url;
  const workerUrl = here.endsWith('.ts') ? new URL(`../../dist/src/${compiledWorker}`, here) : new URL(`../${compiledWorker}`, here);
  const results = new Array<R>(files.length);
  let next = 0;
  let done = 0;
  await Promise.all(Array.from({ length: Math.max(1, Math.min(workers, files.length)) }, () => new Promise<void>((resolve, reject) => {
    const w = new Worker(fileURLToPath(workerUrl));
    const feed = (): void => {
      if (next >= files.length) {
        void w.terminate().then(() => resolve());
        return;
      }
      const i = next++;
      w.postMessage({ i, file: files[i] });
    };
    w.on('message', (m: { i: number; result: R }) => {
      results[m.i] = m.result;
      onResult?.(++done, files.length, m.result);
      feed();
    });
    w.on('error', reject);
    feed();
  })));
  return results;
}
