// The file-system system calls' semantics (FreeBSD kern/vfs_syscalls.c, vfs_vnops.c vn_open_cred,
// vfs_lookup.c), on host files inside the sandbox: every path goes through Sandbox.lookup, the host
// only ever sees the paths it returns, and host errors become FreeBSD errnos. Guest memory is the
// shim's business; this module deals in guest paths (relative ones to a canonical guest directory).
import * as fs from 'node:fs';
import { E, O } from './constants.js';
import { SysError, hostCall } from './errno.js';
import { Sandbox, PATH_MAX, type Resolved } from './sandbox.js';

const HOST = fs.constants;

export interface OpenedFile {
  readonly hostFd: number;
  readonly dir: boolean;
  /** Canonical guest path of what was opened. */
  readonly guest: string;
}

/** Which operation a last component is looked up for (namei's nameiop). */
type NameOp = 'lookup' | 'create' | 'delete' | 'rename';

export class GuestFs {
  constructor(readonly sandbox: Sandbox) {}

  /** namei for an operation: ".", ".." and the degenerate "/" refused as vfs_lookup.c refuses them
   *  for DELETE/RENAME ("." or ".." last: EINVAL) and any non-LOOKUP operation ("/": EISDIR). */
  private lookup(base: string, path: string, follow: boolean, op: NameOp): Resolved {
    const r = this.sandbox.lookup(path, base, follow);
    if (op !== 'lookup') {
      if (/^\/+$/.test(path)) throw new SysError(E.EISDIR);
      if ((op === 'delete' || op === 'rename') && (r.last === '.' || r.last === '..')) throw new SysError(E.EINVAL);
      if (r.isRoot) throw new SysError(op === 'create' ? E.EEXIST : E.EBUSY);
    }
    return r;
  }

  /** open/openat (vn_open_cred): O_CREAT follows a dangling link and creates its target unless
   *  O_EXCL or O_NOFOLLOW; O_EXCL fails on anything present, a link included (EEXIST); O_NOFOLLOW
   *  on a link is EMLINK; a directory opens read-only. */
  open(base: string, path: string, flags: number, mode: number): OpenedFile {
    const creat = (flags & O.CREAT) !== 0;
    const excl = creat && (flags & O.EXCL) !== 0;
    const r = this.lookup(base, path, !(excl || (flags & O.NOFOLLOW) !== 0), creat ? 'create' : 'lookup');
    const acc = flags & O.ACCMODE;
    if (acc === 3) throw new SysError(E.EINVAL);
    let hostFlags = acc | HOST.O_NOFOLLOW;
    if (flags & O.APPEND) hostFlags |= HOST.O_APPEND;
    if (r.st === null) {
      if (!creat) throw new SysError(E.ENOENT);
      if (path.endsWith('/')) throw new SysError(E.EISDIR);
      // Created now: O_EXCL on the host too, so nothing that appeared since the lookup is followed.
      const fd = hostCall(() => fs.openSync(r.host, hostFlags | HOST.O_CREAT | HOST.O_EXCL, mode & 0o7777));
      return { hostFd: fd, dir: false, guest: r.guest };
    }
    if (excl) throw new SysError(E.EEXIST);
    if (r.st.isSymbolicLink()) throw new SysError(E.EMLINK);
    if (r.st.isDirectory()) {
      if (acc !== O.RDONLY || flags & O.TRUNC) throw new SysError(E.EISDIR);
      return { hostFd: hostCall(() => fs.openSync(r.host, HOST.O_RDONLY | HOST.O_DIRECTORY | HOST.O_NOFOLLOW)), dir: true, guest: r.guest };
    }
    if (flags & O.DIRECTORY) throw new SysError(E.ENOTDIR);
    if (flags & O.TRUNC && acc !== O.RDONLY) hostFlags |= HOST.O_TRUNC;
    return { hostFd: hostCall(() => fs.openSync(r.host, hostFlags)), dir: false, guest: r.guest };
  }

  /** mkdir/mkdirat: the last component is never followed (a dangling link is EEXIST). */
  mkdir(base: string, path: string, mode: number): void {
    const r = this.lookup(base, path, false, 'create');
    if (r.st !== null) throw new SysError(E.EEXIST);
    hostCall(() => fs.mkdirSync(r.host, mode & 0o7777));
  }

  /** rmdir, unlinkat(AT_REMOVEDIR) (kern_frmdirat): the root, ".", ".." and links are refused. */
  rmdir(base: string, path: string): void {
    const r = this.lookup(base, path, false, 'delete');
    if (r.st === null) throw new SysError(E.ENOENT);
    if (!r.st.isDirectory()) throw new SysError(E.ENOTDIR);
    hostCall(() => fs.rmdirSync(r.host));
  }

  /** unlink/unlinkat (kern_funlinkat): removes a link itself, never its target; a directory is EPERM. */
  unlink(base: string, path: string): void {
    const r = this.lookup(base, path, false, 'delete');
    if (r.st === null) throw new SysError(E.ENOENT);
    if (r.st.isDirectory()) throw new SysError(E.EPERM);
    hostCall(() => fs.unlinkSync(r.host));
  }

  /** rename/renameat (kern_renameat): neither last component is followed. */
  rename(fromBase: string, from: string, toBase: string, to: string): void {
    const a = this.lookup(fromBase, from, false, 'rename');
    const b = this.lookup(toBase, to, false, 'rename');
    if (a.st === null) throw new SysError(E.ENOENT);
    if (b.st !== null && a.st.isDirectory() !== b.st.isDirectory()) throw new SysError(a.st.isDirectory() ? E.ENOTDIR : E.EISDIR);
    if (a.st.isDirectory() && (b.guest + '/').startsWith(a.guest + '/') && a.guest !== b.guest) throw new SysError(E.EINVAL);
    hostCall(() => fs.renameSync(a.host, b.host));
  }

  /** link/linkat (kern_linkat): the source followed as link() does (linkat: with AT_SYMLINK_FOLLOW). */
  link(fromBase: string, from: string, toBase: string, to: string, follow: boolean): void {
    const a = this.lookup(fromBase, from, follow, 'lookup');
    if (a.st === null) throw new SysError(E.ENOENT);
    if (a.st.isDirectory()) throw new SysError(E.EPERM);
    const b = this.lookup(toBase, to, false, 'create');
    if (b.st !== null) throw new SysError(E.EEXIST);
    hostCall(() => fs.linkSync(a.host, b.host));
  }

  /** symlink/symlinkat: the target is stored as the guest gave it; it is resolved inside the sandbox
   *  whenever it is followed. */
  symlink(target: string, base: string, path: string): void {
    if (Buffer.byteLength(target) >= PATH_MAX) throw new SysError(E.ENAMETOOLONG);
    const r = this.lookup(base, path, false, 'create');
    if (r.st !== null) throw new SysError(E.EEXIST);
    hostCall(() => fs.symlinkSync(target, r.host));
  }

  /** readlink/readlinkat: the link's own text (a host path into the root shown as the guest path). */
  readlink(base: string, path: string): Buffer {
    const r = this.lookup(base, path, false, 'lookup');
    if (r.st === null) throw new SysError(E.ENOENT);
    if (!r.st.isSymbolicLink()) throw new SysError(E.EINVAL);
    return Buffer.from(this.sandbox.guestTarget(hostCall(() => fs.readlinkSync(r.host))));
  }

  /** stat/lstat/fstatat. */
  stat(base: string, path: string, follow: boolean): fs.Stats {
    const r = this.lookup(base, path, follow, 'lookup');
    if (r.st === null) throw new SysError(E.ENOENT);
    return r.st;
  }

  /** access/faccessat: F_OK 0, X_OK 1, W_OK 2, R_OK 4. */
  access(base: string, path: string, mode: number, follow: boolean): void {
    if (mode & ~7) throw new SysError(E.EINVAL);
    const r = this.lookup(base, path, follow, 'lookup');
    if (r.st === null) throw new SysError(E.ENOENT);
    if (r.st.isSymbolicLink()) return; // AT_SYMLINK_NOFOLLOW on a link: it exists
    hostCall(() => fs.accessSync(r.host, mode));
  }

  /** __realpathat: the canonical guest path of something that exists. */
  realpath(base: string, path: string): string {
    const r = this.lookup(base, path, true, 'lookup');
    if (r.st === null) throw new SysError(E.ENOENT);
    return r.guest;
  }

  /** chdir: the canonical guest path of a directory. */
  chdir(base: string, path: string): string {
    const r = this.lookup(base, path, true, 'lookup');
    if (r.st === null) throw new SysError(E.ENOENT);
    if (!r.st.isDirectory()) throw new SysError(E.ENOTDIR);
    return r.guest;
  }

  /** The names in a directory opened earlier (by its canonical guest path), sorted. */
  list(dir: string): string[] {
    const r = this.lookup('/', dir, false, 'lookup');
    if (r.st === null || !r.st.isDirectory()) throw new SysError(E.ENOENT);
    return hostCall(() => fs.readdirSync(r.host)).sort();
  }
}
