// The sandbox under a hostile layout: dangling links, links to "/", links chained through "..",
// links to host directories outside the root, link loops. Guests of both ABIs (the system-call
// driver fixtures) make the calls; the oracles are FreeBSD's semantics for a process whose root is
// the sandbox (chroot: kern/vfs_lookup.c namei, vfs_syscalls.c, vfs_vnops.c vn_open_cred, errnos
// from sys/sys/errno.h) and the host file system itself: after every run, nothing outside the root
// exists or changed.
import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync, symlinkSync, rmSync, readdirSync, lstatSync, readlinkSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { createHash } from 'node:crypto';
import { Script, runScript, NR, O, ERRNO, AT_FDCWD, type Abi, type CallResult } from './helpers/sysdrv.js';
import { loadElfFile } from '../src/elf/reader.js';
import { GuestProcess } from '../src/os/cheribsd/process.js';
import { lcg64 } from './helpers/rng.js';

const ABIS: Abi[] = ['hybrid', 'purecap'];

/** Every file, directory and link under dir, with contents / link texts, as one comparable map. */
function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      const st = lstatSync(p);
      if (st.isSymbolicLink()) out.set(p, `link ${readlinkSync(p)}`);
      else if (st.isDirectory()) {
        out.set(p, `dir ${st.mode}`);
        walk(p);
      } else out.set(p, `file ${st.mode} ${st.mtimeMs} ${createHash('sha256').update(readFileSync(p)).digest('hex')}`);
    }
  };
  walk(dir);
  return out;
}

interface Layout {
  readonly top: string;
  readonly root: string;
  readonly outside: string;
  /** The whole tree outside the root (the top folder without the root). */
  outsideNow(): Map<string, string>;
}

/** top/outside (a host directory the guest must never reach) and top/root (the sandbox) with
 *  hostile links planted in it. */
function hostileLayout(): Layout {
  const top = mkdtempSync(join(tmpdir(), 'msim-hostile-'));
  const root = join(top, 'root');
  const outside = join(top, 'outside');
  mkdirSync(root);
  mkdirSync(outside);
  writeFileSync(join(outside, 'secret.txt'), 'outside the root\n');
  mkdirSync(join(root, 'sub'));
  writeFileSync(join(root, 'file.txt'), 'inside\n');
  writeFileSync(join(root, 'f'), 'top-level f\n');
  symlinkSync(join(outside, 'created-by-guest.txt'), join(root, 'dangling')); // absolute, missing target outside
  symlinkSync(join(outside, 'secret.txt'), join(root, 'to-secret')); // absolute, existing target outside
  symlinkSync(outside, join(root, 'outdir')); // absolute, a directory outside
  symlinkSync('/', join(root, 'to-root'));
  symlinkSync('../..', join(root, 'up'));
  symlinkSync('up/up/outside', join(root, 'chain'));
  symlinkSync('../../outside/created-through-dotdot.txt', join(root, 'sub', 'back'));
  symlinkSync('loop', join(root, 'loop'));
  symlinkSync(join(root, 'sub'), join(root, 'host-inside')); // a host path into the root
  symlinkSync('/made-inside.txt', join(root, 'dangling-inside'));
  const outsideNow = (): Map<string, string> => {
    const m = snapshot(top);
    for (const k of [...m.keys()]) if (k === root || k.startsWith(root + '/')) m.delete(k);
    return m;
  };
  return { top, root, outside, outsideNow };
}

const ok = (r: CallResult | undefined): bigint => {
  expect(r?.err, `call failed with errno ${r?.ret}`).toBe(false);
  return r!.ret;
};
const errno = (r: CallResult | undefined): number => {
  expect(r?.err, `call succeeded with ${r?.ret}`).toBe(true);
  return Number(r!.ret);
};

describe.each(ABIS)('the sandbox holds against a hostile layout (%s guest)', (abi) => {
  let L: Layout;
  let before: Map<string, string>;
  beforeEach(() => {
    L = hostileLayout();
    before = L.outsideNow();
  });
  afterEach(() => {
    expect(L.outsideNow()).toEqual(before); // nothing outside the root exists or changed
    expect(existsSync(L.root)).toBe(true);
    rmSync(L.top, { recursive: true, force: true });
  });

  it('O_CREAT through a dangling link resolves the link inside the root (ENOENT: no /tmp there)', () => {
    const s = new Script();
    const text = s.str('escaped\n');
    s.call(NR.open, s.str('dangling'), O.WRONLY | O.CREAT, 0o644);
    s.call(NR.openat, AT_FDCWD, s.str('dangling'), O.WRONLY | O.CREAT | O.TRUNC, 0o644);
    s.call(NR.open, s.str('/'), O.RDONLY | O.DIRECTORY);
    s.call(NR.openat, 3, s.str('dangling'), O.WRONLY | O.CREAT, 0o644); // fd 3: the root, opened above
    s.call(NR.open, s.str('outdir/new.txt'), O.WRONLY | O.CREAT, 0o644);
    s.call(NR.open, s.str('chain/new.txt'), O.WRONLY | O.CREAT, 0o644);
    s.call(NR.open, s.str('sub/back'), O.WRONLY | O.CREAT, 0o644);
    s.call(NR.open, s.str('to-secret'), O.RDONLY);
    s.call(NR.open, s.str('up/up/up/outside/secret.txt'), O.RDONLY);
    s.call(NR.open, s.str('dangling-inside'), O.WRONLY | O.CREAT, 0o644); // → /made-inside.txt in the root
    s.call(NR.write, 4, text, 8);
    const r = runScript(abi, s, L.root);
    expect(r.status).toBe(0);
    expect(errno(r.calls[0])).toBe(ERRNO.ENOENT);
    expect(errno(r.calls[1])).toBe(ERRNO.ENOENT);
    expect(ok(r.calls[2])).toBe(3n);
    expect(errno(r.calls[3])).toBe(ERRNO.ENOENT);
    for (const k of [4, 5, 6, 7, 8]) expect(errno(r.calls[k])).toBe(ERRNO.ENOENT);
    expect(ok(r.calls[9])).toBe(4n);
    expect(ok(r.calls[10])).toBe(8n);
    expect(readFileSync(join(L.root, 'made-inside.txt'), 'utf8')).toBe('escaped\n');
  });

  it('O_EXCL and O_NOFOLLOW do not follow the last link (EEXIST, EMLINK); loops are ELOOP', () => {
    const s = new Script();
    s.call(NR.open, s.str('dangling'), O.WRONLY | O.CREAT | O.EXCL, 0o644);
    s.call(NR.open, s.str('dangling'), O.WRONLY | O.CREAT | O.NOFOLLOW, 0o644);
    s.call(NR.open, s.str('to-root'), O.RDONLY | O.NOFOLLOW);
    s.call(NR.open, s.str('loop'), O.RDONLY);
    s.call(NR.open, s.str('loop/x'), O.RDONLY);
    s.call(NR.open, s.str('file.txt/x'), O.RDONLY);
    s.call(NR.open, s.str('file.txt'), O.RDONLY | O.DIRECTORY);
    s.call(NR.open, s.str('sub'), O.WRONLY);
    const r = runScript(abi, s, L.root);
    expect(r.calls.map(errno)).toEqual([ERRNO.EEXIST, ERRNO.EMLINK, ERRNO.EMLINK, ERRNO.ELOOP, ERRNO.ELOOP, ERRNO.ENOTDIR, ERRNO.ENOTDIR, ERRNO.EISDIR]);
  });

  it('the root cannot be removed or renamed, through "/", "..", "." or a link to it', () => {
    const s = new Script();
    s.call(NR.rmdir, s.str('/'));
    s.call(NR.rmdir, s.str('..'));
    s.call(NR.rmdir, s.str('.'));
    s.call(NR.rmdir, s.str('sub/../..'));
    s.call(NR.rmdir, s.str('to-root'));
    s.call(NR.rename, s.str('/'), s.str('moved'));
    s.call(NR.rename, s.str('..'), s.str('moved'));
    s.call(NR.unlinkat, AT_FDCWD, s.str('/'), 0x800); // AT_REMOVEDIR
    s.call(NR.unlink, s.str('/'));
    s.call(NR.mkdir, s.str('/'), 0o755);
    s.call(NR.rename, s.str('file.txt'), s.str('/'));
    const r = runScript(abi, s, L.root);
    expect(r.calls.map(errno)).toEqual([
      ERRNO.EISDIR, ERRNO.EINVAL, ERRNO.EINVAL, ERRNO.EINVAL, ERRNO.ENOTDIR, ERRNO.EISDIR, ERRNO.EINVAL, ERRNO.EISDIR, ERRNO.EISDIR,
      ERRNO.EISDIR, ERRNO.EISDIR,
    ]);
    expect(readdirSync(L.root)).toContain('file.txt');
  });

  it('links to "/" and chains through ".." stay inside: mkdir, symlink, rename, link, realpath, getcwd', () => {
    const s = new Script();
    const buf = s.space(256);
    s.call(NR.mkdir, s.str('to-root/made-by-guest'), 0o755); // 0
    s.call(NR.mkdir, s.str('up/up/up/deep'), 0o755); // 1: up/up/up → "/" of the sandbox
    s.call(NR.symlink, s.str('/../../..'), s.str('sub/my-link')); // 2
    s.call(NR.open, s.str('sub/my-link/file.txt'), O.RDONLY); // 3 → fd 3
    s.call(NR.realpathat, AT_FDCWD, s.str('sub/my-link/up/sub/..'), buf, 256, 0); // 4
    s.dump(buf, 2);
    s.call(NR.rename, s.str('file.txt'), s.str('chain')); // 5: replaces the link itself, not its target
    s.call(NR.link, s.str('to-secret'), s.str('hard')); // 6: follows to-secret → ENOENT inside
    s.call(NR.mkdir, s.str('dangling'), 0o755); // 7: EEXIST (the link is there)
    s.call(NR.chdir, s.str('chain')); // 8: now a file: ENOTDIR
    s.call(NR.chdir, s.str('up/sub')); // 9
    s.call(NR.getcwd, buf, 256); // 10
    s.dump(buf, 5);
    s.call(NR.readlink, s.str('/host-inside'), buf, 256); // 11: a host path into the root reads as the guest path
    s.dump(buf, 4);
    s.call(NR.symlink, s.str('x'), s.str('/dangling')); // 12
    s.call(NR.unlink, s.str('/dangling')); // 13: removes the link, never its target
    s.call(NR.unlink, s.str('/sub')); // 14: a directory: EPERM
    const r = runScript(abi, s, L.root);
    expect(ok(r.calls[0])).toBe(0n);
    expect(ok(r.calls[1])).toBe(0n);
    expect(ok(r.calls[2])).toBe(0n);
    expect(ok(r.calls[3])).toBe(3n);
    expect(ok(r.calls[4])).toBe(0n);
    expect(r.dumps[0]!.toString('latin1')).toBe('/\0');
    expect(ok(r.calls[5])).toBe(0n);
    expect(errno(r.calls[6])).toBe(ERRNO.ENOENT);
    expect(errno(r.calls[7])).toBe(ERRNO.EEXIST);
    expect(errno(r.calls[8])).toBe(ERRNO.ENOTDIR);
    expect(ok(r.calls[9])).toBe(0n);
    expect(ok(r.calls[10])).toBe(0n);
    expect(r.dumps[1]!.toString('latin1')).toBe('/sub\0');
    expect(ok(r.calls[11])).toBe(4n);
    expect(r.dumps[2]!.toString('latin1')).toBe('/sub');
    expect(errno(r.calls[12])).toBe(ERRNO.EEXIST);
    expect(ok(r.calls[13])).toBe(0n);
    expect(errno(r.calls[14])).toBe(ERRNO.EPERM);
    expect(existsSync(join(L.root, 'made-by-guest'))).toBe(true);
    expect(existsSync(join(L.root, 'deep'))).toBe(true);
    expect(readFileSync(join(L.root, 'chain'), 'utf8')).toBe('inside\n');
    expect(existsSync(join(L.root, 'dangling'))).toBe(false);
  });

  it('*at() calls honour their directory descriptor (unlinkat removes sub/f, not f)', () => {
    const s = new Script();
    s.call(NR.open, s.str('sub'), O.RDONLY | O.DIRECTORY); // fd 3
    s.call(NR.openat, 3, s.str('f'), O.WRONLY | O.CREAT, 0o644); // fd 4: sub/f
    s.call(NR.unlinkat, 3, s.str('f'), 0);
    s.call(NR.mkdirat, 3, s.str('d'), 0o755);
    s.call(NR.unlinkat, 3, s.str('d'), 0x800);
    s.call(NR.symlinkat, s.str('../file.txt'), 3, s.str('l'));
    s.call(NR.renameat, 3, s.str('l'), AT_FDCWD, s.str('l2'));
    s.call(NR.unlinkat, 4, s.str('x'), 0); // a file descriptor that is no directory
    s.call(NR.unlinkat, 42, s.str('x'), 0);
    const r = runScript(abi, s, L.root);
    expect(r.calls.slice(0, 7).map(ok)).toEqual([3n, 4n, 0n, 0n, 0n, 0n, 0n]);
    expect(errno(r.calls[7])).toBe(ERRNO.ENOTDIR);
    expect(errno(r.calls[8])).toBe(ERRNO.EBADF);
    expect(readFileSync(join(L.root, 'f'), 'utf8')).toBe('top-level f\n');
    expect(existsSync(join(L.root, 'sub', 'f'))).toBe(false);
    expect(readlinkSync(join(L.root, 'l2'))).toBe('../file.txt');
  });

  it('__getcwd after the current directory was removed is ENOENT', () => {
    const s = new Script();
    const buf = s.space(64);
    s.call(NR.mkdir, s.str('gone'), 0o755);
    s.call(NR.chdir, s.str('gone'));
    s.call(NR.rmdir, s.str('/gone'));
    s.call(NR.getcwd, buf, 64);
    s.call(NR.open, s.str('x'), O.WRONLY | O.CREAT, 0o644);
    const r = runScript(abi, s, L.root);
    expect(r.calls.slice(0, 3).map(ok)).toEqual([0n, 0n, 0n]);
    expect(errno(r.calls[3])).toBe(ERRNO.ENOENT);
    expect(errno(r.calls[4])).toBe(ERRNO.ENOENT);
  });
});

describe('the unmodified purecap fileio fixture with its output name a dangling link out of the root', () => {
  it('writes nothing outside the root', () => {
    const L = hostileLayout();
    const before = L.outsideNow();
    symlinkSync(join(L.outside, 'created-by-guest.txt'), join(L.root, 'purecap-file.txt'));
    const proc = new GuestProcess(loadElfFile(join(import.meta.dirname, '..', 'fixtures', 'purecap', 'fileio.elf')), {
      argv: ['fileio'], env: [], root: L.root, stdout: () => {}, stderr: () => {},
    });
    const r = proc.run(10_000_000);
    expect(typeof r.status).toBe('number');
    expect(L.outsideNow()).toEqual(before);
    rmSync(L.top, { recursive: true, force: true });
  });
});

describe('path system calls fuzzed with hostile links planted', () => {
  /** Random sequences of every path call over names that include each planted link; both ABIs must
   *  agree call by call, leave the outside untouched and never end the simulator. */
  it('400 random scripts per ABI: nothing outside the root changes; hybrid and purecap agree', () => {
    const rng = lcg64(20261202n);
    const next = (n: number): number => Number((rng() >> 33n) % BigInt(n));
    const pick = <T>(xs: readonly T[]): T => xs[next(xs.length)]!;
    const names = ['dangling', 'to-secret', 'outdir', 'to-root', 'up', 'chain', 'sub', 'sub/back', 'loop', 'host-inside', 'file.txt',
      'f', 'new', 'sub/new', '..', '.', '/', '/..', 'up/up', 'to-root/..', 'outdir/x', 'chain/secret.txt', 'dangling-inside', ''];
    const path = (): string => {
      const n = next(3) + 1;
      return Array.from({ length: n }, () => pick(names)).join('/').replace(/\/+/g, '/');
    };
    const flagsPool = [O.RDONLY, O.WRONLY | O.CREAT, O.RDWR | O.CREAT | O.TRUNC, O.WRONLY | O.CREAT | O.EXCL, O.RDONLY | O.NOFOLLOW,
      O.RDONLY | O.DIRECTORY, O.WRONLY | O.CREAT | O.NOFOLLOW];
    for (let round = 0; round < 400; round++) {
      const s = new Script();
      const buf = s.space(128);
      for (let k = 0; k < 12; k++) {
        const fd = pick([AT_FDCWD, 3, 4, 5]);
        switch (next(12)) {
          case 0: s.call(NR.openat, fd, s.str(path()), pick(flagsPool), 0o644); break;
          case 1: s.call(NR.mkdirat, fd, s.str(path()), 0o755); break;
          case 2: s.call(NR.unlinkat, fd, s.str(path()), pick([0, 0x800])); break;
          case 3: s.call(NR.renameat, fd, s.str(path()), pick([AT_FDCWD, 3]), s.str(path())); break;
          case 4: s.call(NR.linkat, fd, s.str(path()), AT_FDCWD, s.str(path()), pick([0, 0x400])); break;
          case 5: s.call(NR.symlinkat, s.str(path()), fd, s.str(path())); break;
          case 6: s.call(NR.readlinkat, fd, s.str(path()), buf, 128); break;
          case 7: s.call(NR.chdir, s.str(path())); break;
          case 8: s.call(NR.fstatat, fd, s.str(path()), buf, pick([0, 0x200])); break;
          case 9: s.call(NR.realpathat, fd, s.str(path()), buf, 128, 0); break;
          case 10: s.call(NR.write, pick([3, 4, 5]), s.str('data'), 4); break;
          default: s.call(NR.rmdir, s.str(path())); break;
        }
      }
      const results: string[] = [];
      for (const abi of ABIS) {
        const L = hostileLayout();
        const before = L.outsideNow();
        const r = runScript(abi, s, L.root);
        expect(r.status, `round ${round} ${abi}`).toBe(0);
        expect(L.outsideNow(), `round ${round} ${abi}`).toEqual(before);
        expect(existsSync(L.root)).toBe(true);
        expect(r.stderr).not.toContain(L.top); // no host path in any message
        results.push(JSON.stringify(r.calls.map((c) => [c.err, c.ret.toString()])));
        rmSync(L.top, { recursive: true, force: true });
      }
      expect(results[1], `round ${round}`).toBe(results[0]);
    }
  });
});

describe('mutated file-writing ELFs with hostile links planted', () => {
  /** The purecap and hybrid fileio programs with random bytes changed (code, data, the path string,
   *  headers), run where their output name is a dangling link out of the root: whatever a mutant
   *  does, nothing outside the root changes. (That corrupt ELFs are refused cleanly is the issue
   *  "Hostile guests and corrupt ELFs"; here a mutant may still end with an error of ours.) */
  it('200 mutants: nothing outside the root changes', () => {
    const rng = lcg64(777n);
    const next = (n: number): number => Number((rng() >> 33n) % BigInt(n));
    const fixtures = [
      { file: join(import.meta.dirname, '..', 'fixtures', 'purecap', 'fileio.elf'), out: 'purecap-file.txt' },
      { file: join(import.meta.dirname, '..', 'fixtures', 'hybrid', 'fileio-O2.elf'), out: 'fixture-fileio.tmp' },
    ];
    for (let k = 0; k < 200; k++) {
      const fx = fixtures[k % 2]!;
      const bytes = Buffer.from(readFileSync(fx.file));
      for (let m = next(8) + 1; m > 0; m--) bytes[next(bytes.length)] = next(256);
      const L = hostileLayout();
      const before = L.outsideNow();
      symlinkSync(join(L.outside, 'created-by-guest.txt'), join(L.root, fx.out));
      const elf = join(L.top, 'mutant.elf');
      writeFileSync(elf, bytes);
      const beforeWithElf = L.outsideNow();
      try {
        new GuestProcess(loadElfFile(elf), { argv: ['mutant'], env: [], root: L.root, stdout: () => {}, stderr: () => {}, stdin: () => new Uint8Array(0) })
          .run(2_000_000);
      } catch {
        // an error of ours (corrupt ELF, instruction limit): allowed here, not an escape
      }
      expect(L.outsideNow(), `mutant ${k}`).toEqual(beforeWithElf);
      expect(before.size + 1).toBe(beforeWithElf.size);
      expect(existsSync(L.root)).toBe(true);
      rmSync(L.top, { recursive: true, force: true });
    }
  });
});
