// Host file access for guests: the sandbox root is the guest's "/", as a chroot makes it. Guest
// paths are resolved here component by component (FreeBSD namei: "..", ".", symbolic links up to
// MAXSYMLINKS, a trailing "/"), never by the host: every component before the last is checked with
// lstat to be a real directory inside the root, a symbolic link's target is read and resolved again
// from the sandbox's "/" (absolute) or from the link's directory (relative), so neither "..", an
// absolute link, a dangling link nor a chain of them can name a host file outside the root. The
// host path returned has no symbolic link in it except, where the caller asked not to follow it, the
// last component itself; callers open it with O_NOFOLLOW so that nothing the host resolves differs.
import { realpathSync, lstatSync, readlinkSync, type Stats } from 'node:fs';
import { resolve as resolveHost } from 'node:path';
import { E } from './constants.js';
import { SysError, hostErrno } from './errno.js';

/** FreeBSD MAXSYMLINKS (sys/sys/param.h): more links than this in one lookup is ELOOP. */
const MAXSYMLINKS = 32;
/** PATH_MAX (including the NUL) and NAME_MAX (sys/sys/syslimits.h). */
export const PATH_MAX = 1024;
const NAME_MAX = 255;

/** What a lookup found. */
export interface Resolved {
  /** Canonical guest path ("/" is the root): no ".", "..", or followed link in it. */
  readonly guest: string;
  /** Host path inside the root. */
  readonly host: string;
  /** lstat of the last component (a link's own status where it was not followed); null: absent. */
  readonly st: Stats | null;
  /** The last component as the path spelt it ("." and ".." are special to rmdir and rename). */
  readonly last: string;
  /** The lookup named the root itself. */
  readonly isRoot: boolean;
}

export class Sandbox {
  readonly root: string;
  /** The guest's current directory, a canonical guest path ("/" = the root). */
  cwd = '/';

  constructor(root: string) {
    this.root = realpathSync(resolveHost(root));
  }

  /**
   * Looks `path` up from `base` (a canonical guest directory, for a relative path) as namei does.
   * `follow`: whether a symbolic link in the last component is followed (links before it always
   * are). Errors: ENOENT (empty path, a missing directory on the way), ENOTDIR (a file on the way,
   * or a trailing "/" after a non-directory), ELOOP, ENAMETOOLONG.
   */
  lookup(path: string, base: string, follow: boolean): Resolved {
    if (path === '') throw new SysError(E.ENOENT);
    if (Buffer.byteLength(path) >= PATH_MAX) throw new SysError(E.ENAMETOOLONG);
    let dirs = path.startsWith('/') ? [] : components(base);
    let todo = components(path);
    // A trailing slash asks for a directory, and follows a link in the last component (namei).
    let mustBeDir = path.endsWith('/');
    let last = todo.length === 0 ? '.' : todo[todo.length - 1]!;
    let links = 0;
    while (todo.length > 0) {
      const c = todo.shift()!;
      const final = todo.length === 0;
      if (c === '.') continue;
      if (c === '..') {
        dirs.pop(); // every entry of dirs is a real directory: ".." is its parent, and the root's is itself
        continue;
      }
      if (Buffer.byteLength(c) > NAME_MAX) throw new SysError(E.ENAMETOOLONG);
      const host = this.hostOf([...dirs, c]);
      let st: Stats;
      try {
        st = lstatSync(host);
      } catch (e) {
        const err = hostErrno(e);
        if (err.errno === E.ENOENT && final) {
          return { guest: guestOf([...dirs, c]), host, st: null, last, isRoot: false };
        }
        throw err;
      }
      if (st.isSymbolicLink() && (!final || follow || mustBeDir)) {
        if (++links > MAXSYMLINKS) throw new SysError(E.ELOOP);
        const target = this.guestTarget(readLink(host));
        if (target === '') throw new SysError(E.ENOENT);
        if (target.startsWith('/')) dirs = [];
        const more = components(target);
        if (final) {
          last = more.length === 0 ? '.' : more[more.length - 1]!;
          mustBeDir ||= target.endsWith('/');
        }
        todo = [...more, ...todo];
        continue;
      }
      if (final) {
        if (mustBeDir && !st.isDirectory()) throw new SysError(E.ENOTDIR);
        return { guest: guestOf([...dirs, c]), host, st, last, isRoot: false };
      }
      if (!st.isDirectory()) throw new SysError(E.ENOTDIR);
      dirs.push(c);
    }
    // The path ended in ".", "..", "/" or a link to a directory already walked: a directory.
    const host = this.hostOf(dirs);
    let st: Stats;
    try {
      st = lstatSync(host);
    } catch (e) {
      throw hostErrno(e); // e.g. the current directory was removed
    }
    return { guest: guestOf(dirs), host, st, last, isRoot: dirs.length === 0 };
  }

  /** The canonical current directory, ENOENT once it no longer exists (FreeBSD __getcwd). */
  currentDir(): string {
    const r = this.lookup('.', this.cwd, true);
    if (r.st === null || !r.st.isDirectory()) throw new SysError(E.ENOENT);
    return r.guest;
  }

  /** A link target as the guest sees it: a host-absolute path into the root becomes the guest path
   *  (so the root's host path is never shown), anything else is the guest's own path text. */
  guestTarget(target: string): string {
    if (target === this.root) return '/';
    if (target.startsWith(this.root + '/')) return target.slice(this.root.length);
    return target;
  }

  private hostOf(parts: readonly string[]): string {
    return parts.length === 0 ? this.root : `${this.root}/${parts.join('/')}`;
  }
}

function components(p: string): string[] {
  return p.split('/').filter((c) => c !== '');
}

function guestOf(parts: readonly string[]): string {
  return '/' + parts.join('/');
}

function readLink(host: string): string {
  try {
    return readlinkSync(host);
  } catch (e) {
    throw hostErrno(e);
  }
}
