/**
 * What a result carries to say which model made it (issue 20 §4), framework-free
 * (no DOM, no Node): the lab puts it in every download, the CLI's
 * src/cli/provenance.ts adds what only Node knows (git at run time, Node's
 * version, the command).
 *
 * Exported for other parts:
 *   modelProvenance(): ModelProvenance   — model name + version, sourcesHash, the build's commit and dirty flag, rng
 *   RNG_PROVENANCE                       — { library: 'seedrandom', version, algorithm: 'alea', streams, derivation }
 *   modelMismatch(a, b): string | null   — the first of 'model.name' | 'model.version' | 'sourcesHash' that differs
 *                                          (null when both hold the same model): what merge refuses on
 *
 * The hash of the model's sources (bin/modelSources.mjs: SHA-256 over src/sim
 * and src/scenarios) is computed when the code is built and injected as
 * __SALESFLOOR_MODEL_BUILD__: by vite.config.ts (and vitest.config.ts) for the
 * site, by bin/cliBundle.mjs for the CLI bundle. Where nothing injected it
 * (the CLI run from its TypeScript through tsx) the fields are null here and
 * src/cli/provenance.ts reads the sources from disk.
 */
import seedrandomPackage from 'seedrandom/package.json';
import { MODEL_NAME, MODEL_VERSION } from '../sim/types';
import { STREAM_NAMES } from '../sim/rng';

/** What the build saw: bin/modelSources.mjs's hash and git state at build time. */
type BuildInfo = { sourcesHash: string; commit: string | null; dirty: boolean | null };
declare const __SALESFLOOR_MODEL_BUILD__: BuildInfo | undefined;

/** The injected build info, or null where none was injected (tsx). */
export function injectedBuild(): BuildInfo | null {
  return typeof __SALESFLOOR_MODEL_BUILD__ === 'undefined' ? null : __SALESFLOOR_MODEL_BUILD__;
}

export type RngProvenance = {
  library: 'seedrandom';
  version: string;
  algorithm: 'alea';
  streams: string[];
  derivation: string;
};

/** The random number generator and how a run's streams come from its seed (docs/MODEL.md §3.6). */
export const RNG_PROVENANCE: RngProvenance = {
  library: 'seedrandom',
  version: seedrandomPackage.version,
  algorithm: 'alea',
  streams: [...STREAM_NAMES],
  derivation: 'each stream starts from seedrandom.alea(`${seed}/${stream}`) (src/sim/rng.ts deriveStreams); uniform draws are its next(), normals Marsaglia polar pairs',
};

export type ModelProvenance = {
  model: { name: string; version: string };
  /** SHA-256 (hex) of the model's sources, or null where the build injected none */
  sourcesHash: string | null;
  /** the git commit the code was built from, or null (not a git checkout, or not injected) */
  commit: string | null;
  /** whether the model's sources differed from that commit at build time, or null when unknown */
  dirty: boolean | null;
  rng: RngProvenance;
};

/** The model this code is, as the build recorded it. */
export function modelProvenance(): ModelProvenance {
  const build = injectedBuild();
  return {
    model: { name: MODEL_NAME, version: MODEL_VERSION },
    sourcesHash: build?.sourcesHash ?? null,
    commit: build?.commit ?? null,
    dirty: build?.dirty ?? null,
    rng: RNG_PROVENANCE,
  };
}

type Comparable = { model?: { name?: string; version?: string }; sourcesHash?: string | null };

/**
 * The first field on which two results' models differ ('model.name',
 * 'model.version' or 'sourcesHash'), or null when they hold the same model.
 * A missing or null hash (an older manifest) differs from any hash, so a
 * result of unknown sources is never mixed with one of known sources.
 */
export function modelMismatch(a: Comparable, b: Comparable): 'model.name' | 'model.version' | 'sourcesHash' | null {
  if (a.model?.name !== b.model?.name) return 'model.name';
  if (a.model?.version !== b.model?.version) return 'model.version';
  if ((a.sourcesHash ?? null) === null || a.sourcesHash !== b.sourcesHash) return 'sourcesHash';
  return null;
}
