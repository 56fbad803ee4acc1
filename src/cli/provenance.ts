/**
 * The provenance of a command's results (issue 20 §4), for the sweep's
 * manifest, Parquet key-value metadata, merge and any other output:
 *
 *   provenance(argv): Provenance   — model name + version, git commit, dirty, sourcesHash, Node version,
 *                                    platform, the RNG, the command line (cached per process, but the command)
 *   sourceProvenance(root)         — { commit, dirty, sourcesHash } of a tree on disk (uncached; tests, tools)
 *   modelMismatch(a, b)            — re-exported from src/research/provenance.ts: merge refuses when it is not null
 *   commandLine(argv)              — the command as typed, quoted for a POSIX shell (provenance's `command`)
 *
 * The model's sources are src/sim and src/scenarios (bin/modelSources.mjs
 * MODEL_SOURCE_DIRS). `dirty` is whether they differ from the checked-out
 * commit (`git status --porcelain` over those folders, untracked files
 * included); `sourcesHash` is a SHA-256 of their contents, the same for two
 * trees holding the same model whatever git says. Three ways of running:
 *   - TypeScript through tsx: the hash is read from the sources on disk;
 *   - the bundled bin (bin/cliBundle.mjs): the hash was injected at bundle time
 *     (the bundle is rebuilt whenever a model file changes); git is asked at
 *     run time in the project's root, else the build's commit and dirty state stand;
 *   - outside a git checkout: commit and dirty are null, the hash is still right.
 * Nothing here reads the clock, so two identical sweeps write identical provenance.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gitState, MODEL_SOURCE_DIRS, modelSourcesHash } from '../../bin/modelSources.mjs';
import { injectedBuild, modelProvenance, type RngProvenance } from '../research/provenance';

export { modelMismatch } from '../research/provenance';

export type Provenance = {
  model: { name: string; version: string };
  /** the git commit checked out, or null outside a git checkout */
  commit: string | null;
  /** whether the model's sources differ from that commit, or null outside a git checkout */
  dirty: boolean | null;
  /** SHA-256 (hex) of the model's sources (bin/modelSources.mjs) */
  sourcesHash: string;
  /** the folders hashed and checked for changes */
  sources: readonly string[];
  /** process.version, e.g. v20.19.0 */
  node: string;
  /** process.platform-process.arch */
  platform: string;
  rng: RngProvenance;
  /** the command as typed, quoted for a POSIX shell */
  command: string;
};

export type SourceState = { commit: string | null; dirty: boolean | null; sourcesHash: string };

/** The command as typed, quoted where a shell would need it. */
export function commandLine(argv: readonly string[]): string {
  return ['salesfloor', ...argv].map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`)).join(' ');
}

/** Commit, dirty flag and hash of the model's sources in the tree at root. */
export function sourceProvenance(root: string): SourceState {
  return { ...gitState(root), sourcesHash: modelSourcesHash(root) };
}

/** The bundle's project root, relative to the bundle's folder, injected by bin/cliBundle.mjs. */
declare const __SALESFLOOR_BUNDLE_ROOT__: string | undefined;

/** The project root: from the bundle's folder when bundled, else two folders above this file. */
function projectRoot(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  return typeof __SALESFLOOR_BUNDLE_ROOT__ === 'string' ? resolve(here, __SALESFLOOR_BUNDLE_ROOT__) : resolve(here, '../..');
}

let cached: SourceState | null = null;

/** The running code's source state, worked out once per process (the code loaded does not change). */
function runningSources(): SourceState {
  if (cached) return cached;
  const build = injectedBuild();
  const root = projectRoot();
  if (!build) return (cached = sourceProvenance(root));
  const git = gitState(root);
  cached = git.commit === null ? { commit: build.commit, dirty: build.dirty, sourcesHash: build.sourcesHash } : { ...git, sourcesHash: build.sourcesHash };
  return cached;
}

/** Everything a result needs to say which model, which generator and which command made it. */
export function provenance(argv: readonly string[] = process.argv.slice(2)): Provenance {
  const { model, rng } = modelProvenance();
  const { commit, dirty, sourcesHash } = runningSources();
  return {
    model,
    commit,
    dirty,
    sourcesHash,
    sources: MODEL_SOURCE_DIRS,
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    rng,
    command: commandLine(argv),
  };
}
