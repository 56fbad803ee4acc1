// The model's sources and their fingerprint, for provenance (issue 20 §4).
// Plain JavaScript so the bundle script (bin/cliBundle.mjs), Vite's config and
// the TypeScript CLI (src/cli/provenance.ts) all use this one definition.
//
// The model is what makes a run's numbers from (parameters, seed, decision
// log): src/sim (the core) and src/scenarios (the presets a scenario id
// resolves to). Nothing else of src/ changes a run: the CLI, the lab and the
// game only call the core; tests, docs and views are outside it. (seedrandom's
// version is recorded beside the hash, see src/research/provenance.ts.)
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The folders, relative to the project root, whose files make the model. */
export const MODEL_SOURCE_DIRS = ['src/sim', 'src/scenarios'];

/** Every file under the model's folders, as sorted POSIX paths relative to root (missing folders give none). */
export function modelSourceFiles(root) {
  const out = [];
  const walk = (rel) => {
    const abs = join(root, rel);
    if (!existsSync(abs)) return;
    for (const entry of readdirSync(abs, { withFileTypes: true })) {
      const child = `${rel}/${entry.name}`;
      if (entry.isDirectory()) walk(child);
      else if (entry.isFile()) out.push(child);
    }
  };
  for (const dir of MODEL_SOURCE_DIRS) walk(dir);
  // code-unit order, not the locale's: the same on every machine
  return out.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * SHA-256 (hex) of the model's sources: for each file in modelSourceFiles
 * order, its path, a NUL, its bytes with CRLF read as LF, a NUL. Two trees
 * holding the same model give the same hash, whatever git says of them.
 */
export function modelSourcesHash(root) {
  const hash = createHash('sha256');
  for (const rel of modelSourceFiles(root)) {
    const text = readFileSync(join(root, rel)).toString('latin1').replace(/\r\n/g, '\n');
    hash.update(rel, 'utf8').update('\0').update(text, 'latin1').update('\0');
  }
  return hash.digest('hex');
}

/**
 * The git commit checked out at root and whether the model's folders differ
 * from it (`git status --porcelain` over MODEL_SOURCE_DIRS, untracked files
 * included); both null when root is not the top of a git checkout or git is
 * missing. Git's own variables (set inside hooks) are dropped so the answer is
 * about root.
 */
export function gitState(root) {
  if (!existsSync(join(root, '.git'))) return { commit: null, dirty: null };
  const env = { ...process.env };
  for (const name of ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE', 'GIT_PREFIX', 'GIT_COMMON_DIR']) delete env[name];
  try {
    const out = execFileSync('git', ['status', '--porcelain=v2', '--branch', '--untracked-files=all', '--', ...MODEL_SOURCE_DIRS], {
      cwd: root,
      env,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    const lines = out.split('\n').filter(Boolean);
    const oid = lines.find((line) => line.startsWith('# branch.oid '))?.slice('# branch.oid '.length);
    return { commit: oid && /^[0-9a-f]{40}$/.test(oid) ? oid : null, dirty: lines.some((line) => !line.startsWith('#')) };
  } catch {
    return { commit: null, dirty: null };
  }
}
