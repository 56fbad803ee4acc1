// The command line's prebuilt bundle: src/cli/main.ts and everything it
// imports (the core, the scenarios, the strings, zod, seedrandom) in one ES
// module under node_modules/.cache/salesfloor-cli/, built by esbuild on first
// use and rebuilt whenever any file that went into it has changed, so it is
// never stale. Loading one bundled file instead of compiling ~150 TypeScript
// and package files through tsx at every call is what makes the CLI start fast.
// Extra entries (the sweep's worker thread, which needs a script of its own)
// are bundled in the same build, next to it, under their own names.
// The model's sources are hashed at bundle time and the hash injected
// (__SALESFLOOR_MODEL_BUILD__, src/research/provenance.ts); every model file
// is an input of the bundle, imported or not, so the hash is never stale.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gitState, modelSourceFiles, modelSourcesHash } from './modelSources.mjs';

/** Bumped when the set of files a build writes or its externals change, so an older cache is rebuilt. */
const FORMAT = 4;
const MAIN = 'cli';

/** The bundle's other entries: output name (without .mjs) → source, written next to cli.mjs. */
export const EXTRA_ENTRIES = { sweepWorker: 'src/cli/sweepWorker.ts' };

const sha1 = (file) => createHash('sha1').update(readFileSync(file)).digest('hex');

/** Whether every input recorded in the manifest is unchanged (size and mtime, else content). */
export function isFresh(root, manifestFile) {
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  } catch {
    return false;
  }
  if (manifest.format !== FORMAT || manifest.node !== process.versions.node.split('.')[0]) return false;
  // a model file added or removed changes the injected hash, even if nothing imports it yet
  if (JSON.stringify(modelSourceFiles(root)) !== JSON.stringify(manifest.modelFiles)) return false;
  for (const [rel, seen] of Object.entries(manifest.inputs)) {
    const file = join(root, rel);
    let stat;
    try {
      stat = statSync(file);
    } catch {
      return false;
    }
    if (stat.size === seen.size && stat.mtimeMs === seen.mtimeMs) continue;
    if (stat.size !== seen.size || sha1(file) !== seen.sha1) return false;
  }
  return true;
}

/**
 * Bundles `entry` into `outFile` (and each of `extra`, name → source, into
 * `name.mjs` beside it) and writes the manifest of their inputs; all land by
 * rename, the main bundle and the manifest last, so concurrent calls never
 * read half a file.
 */
export async function buildBundle(root, entry, outFile, manifestFile, extra = {}) {
  const { build } = await import('esbuild');
  const tmpDir = `${outFile}.${process.pid}.tmp.d`;
  const modelBuild = { sourcesHash: modelSourcesHash(root), ...gitState(root) };
  const result = await build({
    entryPoints: { [MAIN]: entry, ...extra },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outdir: tmpDir,
    outExtension: { '.js': '.mjs' },
    // loaded from node_modules at run time: piscina finds its own worker script
    // beside itself, and cli-progress, ws and qrcode (CommonJS, for `class`) require Node's built-ins
    external: ['piscina', 'cli-progress', 'ws', 'qrcode'],
    // provenance (src/research/provenance.ts, src/cli/provenance.ts): the model's hash, and where the project root lies from the bundle
    define: {
      __SALESFLOOR_MODEL_BUILD__: JSON.stringify(modelBuild),
      __SALESFLOOR_BUNDLE_ROOT__: JSON.stringify(relative(dirname(outFile), root) || '.'),
    },
    metafile: true,
    logLevel: 'error',
    absWorkingDir: root,
  });
  const inputs = {};
  // (an object define is a virtual input, <define:NAME>: not a file)
  const built = Object.keys(result.metafile.inputs).filter((input) => !input.startsWith('<'));
  for (const input of [...built, ...modelSourceFiles(root)]) {
    const file = resolve(root, input);
    const stat = statSync(file);
    inputs[relative(root, file)] = { size: stat.size, mtimeMs: stat.mtimeMs, sha1: sha1(file) };
  }
  const manifest = { format: FORMAT, node: process.versions.node.split('.')[0], entry, inputs, modelFiles: modelSourceFiles(root) };
  writeFileSync(`${manifestFile}.${process.pid}.tmp`, JSON.stringify(manifest));
  for (const name of Object.keys(extra)) renameSync(join(tmpDir, `${name}.mjs`), join(dirname(outFile), `${name}.mjs`));
  renameSync(join(tmpDir, `${MAIN}.mjs`), outFile);
  rmSync(tmpDir, { recursive: true, force: true });
  renameSync(`${manifestFile}.${process.pid}.tmp`, manifestFile);
}

/**
 * The module at `entry` (a path relative to `root`), from a fresh bundle when
 * one can be built, else null (no esbuild, a read-only install): the caller
 * then loads the TypeScript through tsx.
 */
export async function importBundled(root, entry, cacheDir) {
  const outFile = join(cacheDir, 'cli.mjs');
  const manifestFile = join(cacheDir, 'inputs.json');
  try {
    if (!isFresh(root, manifestFile)) {
      mkdirSync(cacheDir, { recursive: true });
      await buildBundle(root, entry, outFile, manifestFile, EXTRA_ENTRIES);
    }
  } catch {
    return null;
  }
  return import(pathToFileURL(outFile).href);
}
