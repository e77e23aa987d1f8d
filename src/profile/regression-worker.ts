// Worker thread for `morello-sim test`: runs one program per message.
import { parentPort } from 'node:worker_threads';
import { runProgram } from './regression.js';

parentPort?.on('message', (m: { i: number; file: string }) => {
  parentPort!.postMessage({ i: m.i, result: runProgram(m.file) });
});
