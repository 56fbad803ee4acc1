/**
 * `salesfloor serve --stdio` from Python, as a researcher's loop calls it:
 * tests/python/test_serve.py drives docs/python/salesfloor.py (the bin in a
 * child process, its worker pool, the end of input) through 1,000 small runs
 * and checks them against `salesfloor sweep` for the same seeds, hash and
 * totals. Where python3 is missing the test is skipped with one visible line —
 * except in CI (CI=true), where that is a failure (.ci/run installs it).
 */
import { execFile, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './cliHarness';

const PYTHON = process.env.SALESFLOOR_PYTHON ?? 'python3';

/** Why the Python test cannot run here, or undefined when it can. In CI a missing python3 throws. */
function pythonMissing(): string | undefined {
  const probe = spawnSync(PYTHON, ['--version'], { encoding: 'utf8' });
  if (probe.status === 0) return undefined;
  const why = `no ${PYTHON} found (apt-get install python3, or set SALESFLOOR_PYTHON=/path/to/python3)`;
  if (process.env.CI === 'true') throw new Error(`CI needs the Python check of salesfloor serve: ${why}`);
  console.warn(`\n  ⚠ Python check of salesfloor serve skipped: ${why}\n`);
  return why;
}

describe.skipIf(pythonMissing())('serve from Python', () => {
  it('answers 1,000 runs with the hashes and totals the CLI gives, and a batch on the worker pool with the same numbers', async () => {
    const { code, stdout, stderr } = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      const env = { ...process.env, LANG: 'C', LC_ALL: '', LC_MESSAGES: '', SALESFLOOR_NODE: process.execPath, PYTHONDONTWRITEBYTECODE: '1' };
      execFile(PYTHON, [join(ROOT, 'tests', 'python', 'test_serve.py')], { cwd: ROOT, env }, (error, out, err) => {
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout: out, stderr: err });
      });
    });
    expect(stderr).toBe('');
    expect(stdout).not.toMatch(/FAIL/);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^ok 1000 runs through serve: hashes and totals equal the CLI's/m);
    expect(stdout).toMatch(/^ok 200 runs in one runs request on the worker pool/m);
    expect(stdout).toMatch(/^ok a bad request raised SalesfloorError/m);
  });
});
