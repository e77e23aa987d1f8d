// Benchmark (not a test): cost of instruction counting. Runs a fixture with and without --count and
// with the full per-PC profile, median of 5 runs each, and prints seconds and overheads.
//   node dist/tools/bench-count.js [program.elf]
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { join, dirname } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const cli = join(root, 'dist', 'src', 'cli', 'main.js');
const prog = process.argv[2] ?? join(root, 'fixtures', 'hybrid', 'sort-O0.elf');

function median(cmd: string[]): number {
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t = process.hrtime.bigint();
    execFileSync(process.execPath, [cli, ...cmd], { stdio: 'ignore' });
    times.push(Number(process.hrtime.bigint() - t) / 1e9);
  }
  return times.sort((a, b) => a - b)[2]!;
}

const plain = median(['run', prog]);
const counted = median(['run', '--count', prog]);
const profiled = median(['profile', prog]);
const pct = (x: number): string => `${(((x - plain) / plain) * 100).toFixed(1)}%`;
console.log(`program            ${prog}`);
console.log(`run                ${plain.toFixed(3)} s`);
console.log(`run --count        ${counted.toFixed(3)} s  overhead ${pct(counted)}`);
console.log(`profile (per-PC)   ${profiled.toFixed(3)} s  overhead ${pct(profiled)}`);
