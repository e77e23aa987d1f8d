// Locating the Sail-generated Morello test suite: $MORELLO_TESTS_DIR, else ../shared/morello-generated-tests
// relative to the project root. The suite is read in place, never copied.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root (the directory holding package.json), from this module's location. */
export function projectRoot(): string {
  let d = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(d, 'package.json'))) return d;
    d = dirname(d);
  }
  return process.cwd();
}

export function generatedTestsDir(): string | null {
  const env = process.env['MORELLO_TESTS_DIR'];
  const dir = env && env !== '' ? resolve(env) : resolve(projectRoot(), '..', 'shared', 'morello-generated-tests');
  return existsSync(dir) && statSync(dir).isDirectory() ? dir : null;
}

/** All files under dir whose names end with one of the suffixes, sorted. */
export function listFiles(dir: string, suffixes: readonly string[]): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (suffixes.some((s) => e.name.endsWith(s))) out.push(p);
    }
  };
  walk(dir);
  return out.sort();
}
