// The host's standard output and error as the simulator writes them: synchronously and completely,
// so that nothing a guest wrote, and no final diagnostic, is lost when the process ends right after
// (process.exit, a signal, an error), whatever stdout/stderr are (terminal, file, pipe — a
// non-blocking pipe that is full answers EAGAIN: the write waits and goes on). A reader that went
// away (EPIPE) ends that stream's output quietly, as `| head` expects.
import { writeSync } from 'node:fs';

const closed = new Set<number>();
let pause: Int32Array | null = null;

/** Writes all of `data` to host descriptor `fd`; false once the reader has gone (EPIPE). */
export function writeFully(fd: number, data: Uint8Array | string): boolean {
  if (closed.has(fd)) return false;
  const bytes = typeof data === 'string' ? Buffer.from(data) : data;
  let off = 0;
  while (off < bytes.length) {
    try {
      off += writeSync(fd, bytes, off, bytes.length - off);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') {
        Atomics.wait((pause ??= new Int32Array(new SharedArrayBuffer(4))), 0, 0, 1); // 1 ms, then again
        continue;
      }
      if (code === 'EPIPE') {
        closed.add(fd);
        return false;
      }
      throw e;
    }
  }
  return true;
}

/** The host's stdout and stderr as byte sinks. */
export const hostStdout = (b: Uint8Array | string): void => void writeFully(1, b);
export const hostStderr = (b: Uint8Array | string): void => void writeFully(2, b);
