// Profiles: counts are exact and deterministic (cross-checked against the run loop's own counters and
// between runs), the class split follows isa/ classes, and the SVG charts are well-formed and render
// in headless Chromium (when installed).
import { describe, it, expect } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { XMLValidator } from 'fast-xml-parser';
import { loadElfFile } from '../src/elf/reader.js';
import { profileProgram } from '../src/profile/profiler.js';
import { stackedBarsSvg, compareSvg } from '../src/profile/svg.js';
import { runBareMetal } from '../src/machine/baremetal.js';
import { generatedTestsDir } from '../src/machine/generated-tests.js';

const FIX = join(import.meta.dirname, '..', 'fixtures', 'hybrid');
const quiet = (): void => {};

describe('instruction-count profiles', () => {
  it('per-mnemonic, per-function and total counts agree and repeat exactly', () => {
    const a = profileProgram(loadElfFile(join(FIX, 'sort-O2.elf')), ['sort'], { stdout: quiet });
    const b = profileProgram(loadElfFile(join(FIX, 'sort-O2.elf')), ['sort'], { stdout: quiet });
    expect(a.totals).toEqual(b.totals);
    expect(a.byMnemonic.reduce((s, m) => s + m.count, 0)).toBe(a.totals.instructions);
    expect(a.byFunction.reduce((s, f) => s + f.count, 0)).toBe(a.totals.instructions);
    expect(a.byFunction.map((f) => f.name)).toContain('quicksort');
    expect(a.totals.morello).toBe(0); // a plain AArch64 program
    expect(a.totals.loads).toBeGreaterThan(0);
  });
  it.skipIf(generatedTestsDir() === null)('counts Morello instructions in a Morello program, matching the run loop', () => {
    const f = join(generatedTestsDir()!, '2020-10-01-test1', 'test1.elf.gz');
    const p = profileProgram(loadElfFile(f), [f], { stdout: quiet });
    const r = runBareMetal(loadElfFile(f));
    expect(p.totals.instructions).toBe(r.instructions);
    expect(p.totals.morello).toBe(r.morelloInstructions);
    expect(p.totals.morello).toBeGreaterThan(0);
    expect(p.totals.capLoads + p.totals.capStores).toBeGreaterThan(0);
  });
  it('draws well-formed SVG charts that headless Chromium renders', () => {
    const p1 = profileProgram(loadElfFile(join(FIX, 'sort-O2.elf')), ['sort'], { stdout: quiet });
    const p2 = profileProgram(loadElfFile(join(FIX, 'sort-O0.elf')), ['sort'], { stdout: quiet });
    const bars = stackedBarsSvg([p1, p2]);
    const cmp = compareSvg(p1, p2);
    expect(XMLValidator.validate(bars)).toBe(true);
    expect(XMLValidator.validate(cmp)).toBe(true);
    expect(cmp).toContain('4.61×'); // 629158 / 136623 instructions
    let chromium = true;
    try {
      execFileSync('chromium', ['--version'], { stdio: 'ignore' });
    } catch {
      chromium = false;
    }
    if (!chromium) return;
    const dir = mkdtempSync(join(tmpdir(), 'msim-svg-'));
    writeFileSync(join(dir, 'bars.svg'), bars);
    execFileSync('chromium', ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', `--user-data-dir=${dir}/profile`, '--window-size=500,400', `--screenshot=${dir}/bars.png`,
      `file://${dir}/bars.svg`], { stdio: 'ignore', timeout: 60_000 });
    expect(statSync(join(dir, 'bars.png')).size).toBeGreaterThan(2000);
  }, 120_000);
});
