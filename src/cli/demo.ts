// `morello-sim demo`: the exploit demo side by side. The same program, built hybrid (integer
// pointers, DDC over the whole address space) and purecap (every pointer a bounded capability),
// scans past a 3-byte buffer into a 12-byte one and writes "HACK!!" there.
import { join } from 'node:path';
import { loadElfFile } from '../elf/reader.js';
import { GuestProcess } from '../os/cheribsd/process.js';

interface Outcome {
  /** What the user sees: stdout, the shell's message, the exit status. */
  readonly lines: string[];
  /** The simulator's -v fault report. */
  readonly detail: string[];
}

function runCaptured(file: string): Outcome {
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  const proc = new GuestProcess(loadElfFile(file), {
    argv: ['./exploit'], env: [], stdout: (b) => out.push(Buffer.from(b)), stderr: (b) => err.push(Buffer.from(b)), verbose: true,
  });
  const r = proc.run(10_000_000);
  const errLines = Buffer.concat(err).toString().trimEnd().split('\n').filter((l) => l !== '');
  const detail = errLines.filter((l) => l.startsWith('morello-sim:') || l.startsWith('  '));
  const shown = [...Buffer.concat(out).toString().trimEnd().split('\n').filter((l) => l !== ''), ...errLines.filter((l) => !detail.includes(l))];
  return { lines: [...shown, `exit status ${r.status}`], detail };
}

export function exploitDemo(fixtures: string): string {
  const width = 52;
  const hybrid = runCaptured(join(fixtures, 'exploit-hybrid.elf'));
  const purecap = runCaptured(join(fixtures, 'exploit.elf'));
  const left = ['hybrid (AArch64, DDC = whole address space)', '-'.repeat(width), ...hybrid.lines];
  const right = ['purecap (CheriABI: pointers are capabilities)', '-'.repeat(width), ...purecap.lines];
  const rows: string[] = [];
  for (let i = 0; i < Math.max(left.length, right.length); i++) rows.push(`${(left[i] ?? '').padEnd(width)} | ${right[i] ?? ''}`);
  return [
    'The exploit demo: a routine scans from a 3-byte buffer for the "#" that starts the 12-byte buffer',
    'beside it and writes "HACK!!" there (fixtures/purecap/src/exploit*.s).',
    '',
    ...rows,
    '',
    ...(purecap.detail.length ? ['The capability fault (morello-sim -v):', ...purecap.detail, ''] : []),
  ].join('\n');
}
