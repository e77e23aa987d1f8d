// Worker thread for the conformance runner: runs one test per message.
import { parentPort } from 'node:worker_threads';
import { runOneTest } from './conformance.js';

parentPort?.on('message', (m: { i: number; file: string }) => {
  parentPort!.postMessage({ i: m.i, result: runOneTest(m.file) });
});
