// Oracle: the Sail-generated Morello test suite (Arm's formal model). Each test checks registers,
// flags, memory, tags, and (for the exception tests) ESR/ELR/CELR itself and writes "OK" to the
// trickbox only if everything matched the model. Read from ../shared/morello-generated-tests or
// $MORELLO_TESTS_DIR; skipped when absent.
import { describe, it, expect } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { generatedTestsDir, projectRoot } from '../src/machine/generated-tests.js';
import { runConformance } from '../src/machine/conformance.js';

const dir = generatedTestsDir();
const built = existsSync(join(projectRoot(), 'dist', 'src', 'machine', 'conformance-worker.js'));

describe.skipIf(dir === null || !built)('Sail-generated Morello conformance suite', () => {
  it('passes every test', async () => {
    const t0 = Date.now();
    const results = await runConformance(dir!);
    const failed = results.filter((r) => !r.passed);
    console.log(`conformance: ${results.length - failed.length} passed, ${failed.length} failed of ${results.length} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    expect(results.length).toBe(2003);
    expect(failed.map((f) => `${f.file}: ${f.status} ${JSON.stringify(f.output)} at ${f.lastPc}`)).toEqual([]);
  }, 300_000);
});
