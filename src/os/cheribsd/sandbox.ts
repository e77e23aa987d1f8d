// Host file access for guests: every guest path resolves inside a sandbox root; ".." and symbolic
// links cannot lead outside it.
import { realpathSync, existsSync } from 'node:fs';
import { resolve, dirname, sep, isAbsolute, join } from 'node:path';

export class Sandbox {
  readonly root: string;
  /** The guest's current directory, as a guest path ("/" = the root). */
  cwd = '/';

  constructor(root: string) {
    this.root = realpathSync(resolve(root));
  }

  /** Host path for a guest path, or null when it would leave the root. */
  hostPath(guestPath: string): string | null {
    const g = isAbsolute(guestPath) ? guestPath : join(this.cwd, guestPath);
    const host = resolve(this.root, '.' + resolve('/', g));
    if (!this.inside(host)) return null;
    // Resolve symbolic links of the longest existing prefix; the result must stay inside.
    let probe = host;
    while (!existsSync(probe) && probe !== this.root) probe = dirname(probe);
    const real = realpathSync(probe);
    if (!this.inside(real)) return null;
    return real + host.slice(probe.length);
  }

  private inside(p: string): boolean {
    return p === this.root || p.startsWith(this.root.endsWith(sep) ? this.root : this.root + sep);
  }
}
