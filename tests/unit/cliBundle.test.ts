/**
 * The command line's prebuilt bundle (bin/cliBundle.mjs) is never stale: any
 * change to a file that went into it, and nothing else, forces a rebuild; and
 * the bundled CLI computes exactly what the TypeScript sources compute.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module of the bin, without types
import { buildBundle, isFresh } from '../../bin/cliBundle.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TMP = mkdtempSync(join(tmpdir(), 'salesfloor-bundle-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

describe('the CLI bundle', () => {
  const dep = join(TMP, 'dep.ts');
  const out = join(TMP, 'cache', 'cli.mjs');
  const manifest = join(TMP, 'cache', 'inputs.json');
  const rebuild = async () => {
    writeFileSync(join(TMP, 'entry.ts'), "import { value } from './dep';\nexport const main = (): string => value;\n");
    await buildBundle(TMP, 'entry.ts', out, manifest);
  };

  it('is rebuilt after a change of content, not after a touch', async () => {
    writeFileSync(dep, "export const value = 'one';\n");
    expect(isFresh(TMP, manifest)).toBe(false); // nothing built yet
    await rebuild();
    expect(isFresh(TMP, manifest)).toBe(true);
    utimesSync(dep, new Date(2030, 0, 1), new Date(2030, 0, 1));
    expect(isFresh(TMP, manifest)).toBe(true); // same bytes, new mtime
    writeFileSync(dep, "export const value = 'two';\n"); // same size, new content
    expect(isFresh(TMP, manifest)).toBe(false);
    await rebuild();
    writeFileSync(dep, "export const value = 'three';\n");
    expect(isFresh(TMP, manifest)).toBe(false);
    await rebuild();
    rmSync(dep);
    expect(isFresh(TMP, manifest)).toBe(false);
  });

  it('bundles extra entries beside the main one (the sweep\'s worker), and rebuilds when only an extra entry\'s file changes', async () => {
    const dir = join(TMP, 'extra');
    const out2 = join(dir, 'cache', 'cli.mjs');
    const manifest2 = join(dir, 'cache', 'inputs.json');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'main.ts'), "export const main = (): string => 'main';\n");
    writeFileSync(join(dir, 'worker.ts'), "import { value } from './only.ts';\nexport default (): string => value;\n");
    writeFileSync(join(dir, 'only.ts'), "export const value = 'one';\n");
    await buildBundle(dir, 'main.ts', out2, manifest2, { sweepWorker: 'worker.ts' });
    expect(isFresh(dir, manifest2)).toBe(true);
    const worker = await import(`${pathToFileURL(join(dir, 'cache', 'sweepWorker.mjs')).href}?v=1`);
    expect(worker.default()).toBe('one');
    writeFileSync(join(dir, 'only.ts'), "export const value = 'two';\n");
    expect(isFresh(dir, manifest2)).toBe(false);
  });

  it('gives the same run as the TypeScript sources through tsx', async () => {
    const run = (env: Record<string, string>) =>
      new Promise<string>((resolve, reject) => {
        execFile(process.execPath, [join(ROOT, 'bin', 'salesfloor.mjs'), 'run', '--scenario', 'clawback', '--seed', 'b7', '--weeks', '30'], { cwd: ROOT, env: { ...process.env, ...env } }, (error, stdout) =>
          error ? reject(error) : resolve(stdout),
        );
      });
    const [bundled, compiled] = await Promise.all([run({}), run({ SALESFLOOR_CLI_TSX: '1' })]);
    expect(JSON.parse(bundled).hash).toMatch(/^[0-9a-f]{16}$/);
    expect(bundled).toBe(compiled);
  });
});
