// The command line's prebuilt bundle: src/cli/main.ts and everything it
// imports (the core, the scenarios, the strings, zod, seedrandom) in one ES
// module under node_modules/.cache/salesfloor-cli/, built by esbuild on first
// use and rebuilt whenever any file that went into it has changed, so it is
// never stale. Loading one bundled file instead of compiling ~150 TypeScript
// and package files through tsx at every call is what makes the CLI start fast.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const sha1 = (file) => createHash('sha1').update(readFileSync(file)).digest('hex');

/** Whether every input recorded in the manifest is unchanged (size and mtime, else content). */
export function isFresh(root, manifestFile) {
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  } catch {
    return false;
  }
  if (manifest.format !== 1 || manifest.node !== process.versions.node.split('.')[0]) return false;
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

/** Bundles `entry` into `outFile` and writes the manifest of its inputs; both land by rename, so concurrent calls never read half a file. */
export async function buildBundle(root, entry, outFile, manifestFile) {
  const { build } = await import('esbuild');
  const tmp = `${outFile}.${process.pid}.tmp`;
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: tmp,
    metafile: true,
    logLevel: 'error',
    absWorkingDir: root,
  });
  const inputs = {};
  for (const input of Object.keys(result.metafile.inputs)) {
    const file = resolve(root, input);
    const stat = statSync(file);
    inputs[relative(root, file)] = { size: stat.size, mtimeMs: stat.mtimeMs, sha1: sha1(file) };
  }
  const manifest = { format: 1, node: process.versions.node.split('.')[0], entry, inputs };
  writeFileSync(`${manifestFile}.${process.pid}.tmp`, JSON.stringify(manifest));
  renameSync(tmp, outFile);
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
      await buildBundle(root, entry, outFile, manifestFile);
    }
  } catch {
    return null;
  }
  return import(pathToFileURL(outFile).href);
}
