/**
 * Which Chromium the browser tests and benchmarks drive, in this order:
 * 1. `SALESFLOOR_CHROMIUM=/path/to/chrome` when set (a missing file is an error);
 * 2. the Chromium inside the `@sparticuz/chromium` devDependency, which `npm ci`
 *    brings on Linux x86-64 (the only platform that package ships a binary for);
 * 3. a system Chromium or Chrome at its usual place (macOS, Windows, Linux arm64).
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { ROOT } from './site';

const SYSTEM: readonly string[] = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
];

/** The flags every launch uses: headless, no sandbox (root in CI), nothing that phones home. */
export const CHROMIUM_ARGS: readonly string[] = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run',
];

export interface ChromiumBinary {
  path: string;
  /** where it came from, for the one line a run prints */
  source: 'SALESFLOOR_CHROMIUM' | '@sparticuz/chromium' | 'system';
}

let found: Promise<ChromiumBinary> | undefined;

export function chromiumBinary(): Promise<ChromiumBinary> {
  found ??= locate();
  return found;
}

async function locate(): Promise<ChromiumBinary> {
  const chosen = process.env.SALESFLOOR_CHROMIUM;
  if (chosen) {
    if (!existsSync(chosen)) throw new Error(`SALESFLOOR_CHROMIUM=${chosen}: no such file`);
    return { path: chosen, source: 'SALESFLOOR_CHROMIUM' };
  }
  if (process.platform === 'linux' && process.arch === 'x64') return { path: await unpackPackaged(), source: '@sparticuz/chromium' };
  const system = SYSTEM.find((p) => existsSync(p));
  if (system) return { path: system, source: 'system' };
  throw new Error(
    `no Chromium for ${process.platform}-${process.arch}: @sparticuz/chromium ships Linux x86-64 only; ` +
      'install Chromium or Chrome, or set SALESFLOOR_CHROMIUM=/path/to/chrome',
  );
}

/**
 * Unpacks the package's Chromium (with its SwiftShader libraries beside it)
 * into node_modules/.cache/salesfloor-chromium/<version>/, once: a fresh
 * folder is filled then renamed into place, so concurrent test workers never
 * launch a half-written binary, and a new version of the package never runs an
 * old binary left in /tmp (the package's own executablePath() does both).
 */
async function unpackPackaged(): Promise<string> {
  const require = createRequire(import.meta.url);
  const pkgDir = join(dirname(require.resolve('@sparticuz/chromium')), '..');
  const { version } = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')) as { version: string };
  const cache = join(ROOT, 'node_modules', '.cache', 'salesfloor-chromium');
  const dir = join(cache, version);
  const binary = join(dir, 'chromium');
  if (existsSync(binary)) return binary;
  const scratch = join(cache, `${version}.${process.pid}`);
  rmSync(scratch, { recursive: true, force: true });
  mkdirSync(scratch, { recursive: true });
  const { inflate } = await import('@sparticuz/chromium');
  // inflate() writes under os.tmpdir(), which reads TMPDIR when each call starts
  const saved = process.env.TMPDIR;
  process.env.TMPDIR = scratch;
  const done = ['chromium.br', 'swiftshader.tar.br', 'fonts.tar.br'].map((f) => inflate(join(pkgDir, 'bin', f)));
  if (saved === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = saved;
  await Promise.all(done);
  try {
    renameSync(scratch, dir);
  } catch (error) {
    // another worker got there first: use theirs
    rmSync(scratch, { recursive: true, force: true });
    if (!existsSync(binary)) throw error;
  }
  return binary;
}
